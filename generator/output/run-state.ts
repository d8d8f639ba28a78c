// What the last successful write put in an output directory: the key of its
// inputs (the parse stage's key: snapshot bytes, provider settings, generator
// version) and each file's size and modification time. A write run whose inputs
// have the same key, over a directory that still holds exactly those files
// untouched, has nothing to do and stops after loading the snapshot, as build
// tools skip up-to-date targets. Kept in the stage cache
// (node_modules/.cache/connector-config-codegen/run-state), so a run without the
// cache neither reads nor records it; `--check` never uses it (it always
// compares contents).

import { lstat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { StageCache } from "./cache.js";
import { pooled } from "./pool.js";
import { CONCURRENCY, listFiles, OUTPUT_MARKER } from "./write.js";

interface RunState {
  key: string;
  /** Path → [size, mtimeMs] of every file written. */
  files: Record<string, [number, number]>;
}

const stateEntry = (cache: StageCache, outDir: string) => cache.entry("run-state", [resolve(outDir)]);

async function describe(dir: string, paths: readonly string[]): Promise<RunState["files"]> {
  const stats = await pooled(paths, CONCURRENCY, (p) => lstat(join(dir, p)));
  return Object.fromEntries(paths.map((p, i) => [p, [stats[i]!.size, stats[i]!.mtimeMs]]));
}

/**
 * The number of output files in `outDir` (the marker is not one) when it holds exactly what the last write
 * with inputs `key` left there; undefined when anything differs.
 */
export async function upToDate(cache: StageCache, outDir: string, key: string): Promise<number | undefined> {
  const text = await stateEntry(cache, outDir).get();
  if (text === undefined) return undefined;
  const state = JSON.parse(text) as RunState;
  if (state.key !== key) return undefined;
  const paths = await listFiles(outDir);
  if (paths.length !== Object.keys(state.files).length) return undefined;
  try {
    const now = await describe(outDir, paths);
    const same = paths.every((p) => {
      const was = state.files[p];
      return was !== undefined && was[0] === now[p]![0] && was[1] === now[p]![1];
    });
    return same ? paths.filter((p) => p !== OUTPUT_MARKER).length : undefined;
  } catch {
    return undefined;
  }
}

/** Records what a successful write left in `outDir`. */
export async function recordWrite(cache: StageCache, outDir: string, key: string): Promise<void> {
  if (!cache.enabled) return;
  const paths = await listFiles(outDir);
  const state: RunState = { key, files: await describe(outDir, paths) };
  await stateEntry(cache, outDir).put(JSON.stringify(state));
}
