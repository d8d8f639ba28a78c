// How a run goes, as opposed to what it generates (codegen.config.ts): the
// stage cache and the emit threads. The CLI builds these from its flags and the
// environment; library callers (tests, scripts) pass them to `run`/`generate`.
// Nothing below the CLI and this layer reads the environment, so one process
// can run with different options side by side.

import { CodegenError } from "../ir/diagnostics.js";

export interface RunOptions {
  /** Reuse stage results from node_modules/.cache/connector-config-codegen. Default true. */
  cache: boolean;
  /** Most threads emitting connector modules, capped at the cores; 1: none. Default 8. */
  threads: number;
  /**
   * Fewest connectors worth emitting on worker threads. Default 1000: below it,
   * starting a worker (loading the generator in it) costs more than it saves.
   */
  parallelFrom: number;
  /**
   * Most arrays and objects open at once in a snapshot file; deeper nesting is an
   * error naming the file and a JSON pointer. Default 256.
   */
  maxDepth: number;
}

export const DEFAULT_RUN_OPTIONS: Readonly<RunOptions> = { cache: true, threads: 8, parallelFrom: 1000, maxDepth: 256 };

/** `options` over the defaults. */
export function runOptions(options: Partial<RunOptions> = {}): RunOptions {
  return { ...DEFAULT_RUN_OPTIONS, ...options };
}

function integer(name: string, text: string, min: number): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isInteger(n) || n < min)
    throw new CodegenError(`${name} must be an integer >= ${min}, got ${JSON.stringify(text)}`);
  return n;
}

/**
 * The defaults as the environment changes them: CODEGEN_CACHE=0 turns the
 * cache off, CODEGEN_THREADS caps the threads, CODEGEN_PARALLEL_FROM moves the
 * worker threshold.
 */
export function runOptionsFromEnv(env: NodeJS.ProcessEnv): RunOptions {
  const options = runOptions();
  if (env.CODEGEN_CACHE !== undefined) options.cache = env.CODEGEN_CACHE !== "0";
  if (env.CODEGEN_THREADS !== undefined) options.threads = integer("CODEGEN_THREADS", env.CODEGEN_THREADS, 1);
  if (env.CODEGEN_PARALLEL_FROM !== undefined)
    options.parallelFrom = integer("CODEGEN_PARALLEL_FROM", env.CODEGEN_PARALLEL_FROM, 0);
  return options;
}
