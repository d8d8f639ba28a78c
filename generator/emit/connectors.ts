// Emits many connector modules, on every core. Each module is a pure function
// of the IR (emit-connector.ts), so the connectors are split into contiguous
// chunks: worker threads take all but the first, this thread takes the first,
// and the results come back in order — byte-identical to a one-thread run.
// Below `parallelFrom` connectors, on one core, or wherever a worker cannot
// start (no TypeScript loader in a worker, a sandbox without threads), every
// chunk is emitted here instead.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { emitConnector } from "./connector.js";
import type { OutputFile } from "../output/output.js";
import type { IrConnector, IrProvider } from "../ir/ir.js";
import type { RunOptions } from "../config/run-options.js";

export interface ConnectorChunk {
  provider: Omit<IrProvider, "connectors">;
  connectors: IrConnector[];
}

export function emitChunk({ provider, connectors }: ConnectorChunk): OutputFile[][] {
  const ir: IrProvider = { ...provider, connectors };
  return connectors.map((c) => emitConnector(ir, c));
}

/**
 * A worker that runs worker.ts. Compiled (build/), the worker loads worker.js
 * as is. Run as TypeScript by tsx (tests), a worker does not inherit tsx's
 * loader: the worker registers it first.
 */
function startWorker(chunk: ConnectorChunk): Worker {
  if (import.meta.url.endsWith(".js"))
    return new Worker(new URL("./worker.js", import.meta.url), { workerData: chunk });
  const loader = import.meta.resolve("tsx/esm/api");
  const body = new URL("./worker.ts", import.meta.url).href;
  const source = `import { register } from ${JSON.stringify(loader)}; register(); await import(${JSON.stringify(body)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(source)}`), { workerData: chunk });
}

function inWorker(chunk: ConnectorChunk): Promise<OutputFile[][]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(chunk);
    worker.once("message", (result: OutputFile[][]) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`emit worker exited with code ${code}`)));
  });
}

/** Chunks emitted by workers so far (tests check the parallel path really ran). */
export const workerChunks = { count: 0 };

export async function emitConnectors(
  provider: IrProvider,
  connectors: IrConnector[],
  options: Pick<RunOptions, "threads" | "parallelFrom">,
): Promise<OutputFile[][]> {
  const { connectors: _all, ...shared } = provider;
  const threads = Math.min(availableParallelism(), options.threads);
  if (!(threads >= 2) || connectors.length < Math.max(options.parallelFrom, 2))
    return emitChunk({ provider: shared, connectors });
  const size = Math.ceil(connectors.length / threads);
  const chunks: ConnectorChunk[] = [];
  for (let i = 0; i < connectors.length; i += size)
    chunks.push({ provider: shared, connectors: connectors.slice(i, i + size) });
  // Workers start first; this thread emits the first chunk meanwhile.
  const others = chunks.slice(1).map((chunk) =>
    inWorker(chunk).then(
      (result) => result,
      () => undefined, // could not run there: emitted here below
    ),
  );
  const first = emitChunk(chunks[0]!);
  const rest = await Promise.all(others);
  workerChunks.count += rest.filter((result) => result !== undefined).length;
  return [first, ...rest.map((result, i) => result ?? emitChunk(chunks[i + 1]!))].flat();
}
