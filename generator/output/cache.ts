// A content-addressed cache of stage results in node_modules/.cache/connector-config-codegen,
// so reruns redo only what changed. Keys hash the inputs together with the
// generator's own source and the locked dependency versions, so a changed
// generator never reuses an old result. Every stage goes through `stageCache`,
// which builds all keys the same way. Entries are written whole (temp file,
// rename). A run with `cache: false` (RunOptions) neither reads nor writes it.
// Entries live in a folder per generator version; the first write of a process
// removes the folders of other versions, so the cache holds one version's
// results, not every version's since the install.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { mkdir, open, readFile, readdir, rename, rm, writeFile, type FileHandle } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../root.js";

const CACHE_DIR = join(ROOT, "node_modules", ".cache", "connector-config-codegen");

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

/** Every stage that keeps results in the cache; each is a folder of it. */
export type Stage = "parse" | "emit-openapi" | "emit-connector" | "emit-whole" | "format" | "compile" | "run-state";

const STAGES: readonly Stage[] = [
  "parse",
  "emit-openapi",
  "emit-connector",
  "emit-whole",
  "format",
  "compile",
  "run-state",
];

/** The folder of one generator version's entries: the first 16 hex digits of its hash. */
const versionFolder = (v: string): string => `v-${v.slice(0, 16)}`;
const VERSION_FOLDER = /^v-[0-9a-f]{16}$/;

/**
 * Removes, from the cache folder `root`, the entries of every generator
 * version but `current`: the folders this cache names by version, and the
 * stage folders an older layout kept at the top. Anything else is left alone.
 * Returns the names removed. A folder that cannot be removed only costs space.
 */
export async function pruneOtherVersions(root: string, current: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(root);
  } catch {
    return [];
  }
  const keep = versionFolder(current);
  const stale = names.filter(
    (n) => n !== keep && (VERSION_FOLDER.test(n) || (STAGES as readonly string[]).includes(n)),
  );
  for (const name of stale) await rm(join(root, name), { recursive: true, force: true }).catch(() => undefined);
  return stale;
}

let pruned: Promise<unknown> | undefined;

/**
 * The one way keys are built: the stage, the generator version and the
 * inputs, each length-prefixed so no two input lists hash alike. The version is
 * in every key, so a changed generator (or lockfile, hence Prettier or tsc)
 * never reuses an old result; inputs need only name what else decides it.
 */
function cacheKey(stage: Stage, inputs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const part of [stage, version, ...inputs]) hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest("hex");
}

/** One cached result: its key, and reading or writing it. */
export interface CacheEntry {
  readonly key: string;
  get(): Promise<string | undefined>;
  /** The entry opened, to read some of its bytes (close it after); undefined on a miss. */
  open(): Promise<OpenEntry | undefined>;
  put(value: string): Promise<void>;
}

/** An entry open for reading parts of it. */
export interface OpenEntry {
  /** Its length in bytes. */
  readonly size: number;
  /** Its bytes from `position`, `length` of them (fewer at its end); undefined when they cannot be read. */
  read(position: number, length: number): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}

export interface StageCache {
  /** False when the run was asked not to use the cache: every get misses and every put is dropped. */
  readonly enabled: boolean;
  entry(stage: Stage, inputs: readonly string[]): CacheEntry;
  /** `compute()`, or its cached result for the same stage and inputs. */
  cached(stage: Stage, inputs: readonly string[], compute: () => Promise<string> | string): Promise<string>;
}

async function read(stage: Stage, key: string): Promise<string | undefined> {
  try {
    return await readFile(join(CACHE_DIR, versionFolder(version), stage, key.slice(0, 2), key), "utf8");
  } catch {
    return undefined;
  }
}

async function openEntry(stage: Stage, key: string): Promise<OpenEntry | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(join(CACHE_DIR, versionFolder(version), stage, key.slice(0, 2), key), "r");
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new Error("not a file");
    return {
      size: info.size,
      read: async (position, length) => {
        try {
          const buffer = Buffer.allocUnsafe(length);
          const { bytesRead } = await handle.read(buffer, 0, length, position);
          return buffer.subarray(0, bytesRead);
        } catch {
          return undefined;
        }
      },
      close: () => handle.close().catch(() => undefined),
    };
  } catch {
    await handle.close().catch(() => undefined);
    return undefined;
  }
}

async function write(stage: Stage, key: string, value: string): Promise<void> {
  try {
    pruned ??= pruneOtherVersions(CACHE_DIR, version);
    await pruned;
    const dir = join(CACHE_DIR, versionFolder(version), stage, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(temp, value);
    await rename(temp, join(dir, key));
  } catch {
    // a cache that cannot be written only costs time
  }
}

/** The stage cache as `options.cache` allows it. */
export function stageCache(options: { readonly cache: boolean }): StageCache {
  const enabled = options.cache;
  const entry = (stage: Stage, inputs: readonly string[]): CacheEntry => {
    const key = cacheKey(stage, inputs);
    return {
      key,
      get: async () => (enabled ? read(stage, key) : undefined),
      open: async () => (enabled ? openEntry(stage, key) : undefined),
      put: async (value) => {
        if (enabled) await write(stage, key, value);
      },
    };
  };
  return {
    enabled,
    entry,
    async cached(stage, inputs, compute) {
      const e = entry(stage, inputs);
      const hit = await e.get();
      if (hit !== undefined) return hit;
      const value = await compute();
      await e.put(value);
      return value;
    },
  };
}
