// A content-addressed cache of stage results in node_modules/.cache/connector-config-codegen,
// so reruns redo only what changed. Keys hash the inputs together with the
// generator's own source and the locked dependency versions, so a changed
// generator never reuses an old result. Entries are written whole (temp file,
// rename). CODEGEN_CACHE=0 turns it off.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const CACHE_DIR = join(ROOT, "node_modules", ".cache", "connector-config-codegen");

export const cacheEnabled = (): boolean => process.env.CODEGEN_CACHE !== "0";

/** Hash of the generator's sources, the runtime template and the lockfile. */
function hashSources(): string {
  const hash = createHash("sha256");
  for (const dir of ["generator", "templates"]) {
    const files = readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
    for (const file of files) {
      hash.update(`${file.slice(ROOT.length)}\0`);
      hash.update(readFileSync(file));
    }
  }
  try {
    hash.update(readFileSync(join(ROOT, "package-lock.json")));
  } catch {
    // no lockfile (e.g. an installed copy): sources alone
  }
  return hash.digest("hex");
}

// Hashed when the generator is loaded, not on first use: sources edited while a
// long run goes on must not label that run's results with the new version.
const version = hashSources();

export function generatorVersion(): string {
  return version;
}

/** Key for results that depend on the generator's own code (emitters). */
export function cacheKey(...parts: string[]): string {
  return contentKey(generatorVersion(), ...parts);
}

/** Key for results that depend only on their inputs and the tool versions named in `parts` (Prettier, tsc). */
export function contentKey(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

export async function cacheGet(namespace: string, key: string): Promise<string | undefined> {
  if (!cacheEnabled()) return undefined;
  try {
    return await readFile(join(CACHE_DIR, namespace, key.slice(0, 2), key), "utf8");
  } catch {
    return undefined;
  }
}

export async function cachePut(namespace: string, key: string, value: string): Promise<void> {
  if (!cacheEnabled()) return;
  try {
    const dir = join(CACHE_DIR, namespace, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(temp, value);
    await rename(temp, join(dir, key));
  } catch {
    // a cache that cannot be written only costs time
  }
}

/** `compute()`, or its cached result for the same key. */
export async function cached(namespace: string, key: string, compute: () => Promise<string> | string): Promise<string> {
  const hit = await cacheGet(namespace, key);
  if (hit !== undefined) return hit;
  const value = await compute();
  await cachePut(namespace, key, value);
  return value;
}
