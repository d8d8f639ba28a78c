// Stage: format every rendered file with the pinned, in-process Prettier.
// Prettier is most of a run's time, and emitters are deterministic, so results
// are cached by the hash of (Prettier version, options, unformatted text) in
// node_modules/.cache/connector-config-codegen/format: a rerun formats only
// files whose text changed. CODEGEN_CACHE=0 turns the cache off.

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import * as prettier from "prettier";
import { CodegenError } from "./diagnostics.js";
import type { OutputFile } from "./output.js";

export const PRETTIER_OPTIONS: prettier.Options = { printWidth: 120, trailingComma: "all", endOfLine: "lf" };

const CACHE_DIR = resolve(import.meta.dirname, "..", "node_modules", ".cache", "connector-config-codegen", "format");
const cacheOn = () => process.env.CODEGEN_CACHE !== "0";

function cacheKey(parser: string, content: string): string {
  return createHash("sha256")
    .update(`${prettier.version}\0${JSON.stringify(PRETTIER_OPTIONS)}\0${parser}\0`)
    .update(content)
    .digest("hex");
}

async function cached(key: string): Promise<string | undefined> {
  try {
    return await readFile(join(CACHE_DIR, key.slice(0, 2), key), "utf8");
  } catch {
    return undefined;
  }
}

async function store(key: string, content: string): Promise<void> {
  try {
    const dir = join(CACHE_DIR, key.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const temp = join(dir, `${key}.${process.pid}.tmp`);
    await writeFile(temp, content);
    await rename(temp, join(dir, key)); // whole or nothing, even if killed
  } catch {
    // A cache that cannot be written only costs time.
  }
}

export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  const out: OutputFile[] = files.map((f) => ({ ...f }));
  const pending: { index: number; key: string | undefined }[] = [];
  for (const [index, file] of files.entries()) {
    // Docs and JSON (schemas, manifest) are data written in their final form
    // (JSON.stringify, two spaces); Prettier is for the TypeScript.
    if (!file.path.endsWith(".ts")) continue;
    const key = cacheOn() ? cacheKey("typescript", file.content) : undefined;
    const hit = key !== undefined ? await cached(key) : undefined;
    if (hit !== undefined) out[index] = { path: file.path, content: hit };
    else pending.push({ index, key });
  }
  const sources = pending.map((p) => files[p.index]!.content);
  // Worker threads were tried: on 2 cores each cold Prettier costs more than it saves.
  const formatted: (string | Error)[] = await Promise.all(
    sources.map((s) =>
      prettier.format(s, { ...PRETTIER_OPTIONS, parser: "typescript" }).catch((e: unknown) => e as Error),
    ),
  );
  for (const [i, p] of pending.entries()) {
    const result = formatted[i]!;
    const path = files[p.index]!.path;
    // A formatting failure is a generator bug: say which file.
    if (result instanceof Error)
      throw new CodegenError(`prettier could not format ${path}: ${result.message.split("\n")[0]}`);
    out[p.index] = { path, content: result };
    if (p.key !== undefined) await store(p.key, result);
  }
  return out;
}
