// Stage: format foreign TypeScript (openapi-typescript's output and the runtime
// template) with the pinned, in-process Prettier; what we write ourselves is
// printed in Prettier's format already (generator/print/pretty.ts). Results are
// cached by the hash of (Prettier version, options, unformatted text) in
// node_modules/.cache/connector-config-codegen/format: a rerun formats only
// files whose text changed.

import { createRequire } from "node:module";
import type { Options } from "prettier";
import type { CacheEntry, StageCache } from "../output/cache.js";
import { CodegenError } from "../ir/diagnostics.js";
import type { OutputFile } from "../output/output.js";
import { PRINT_WIDTH } from "./pretty.js";

export const PRETTIER_OPTIONS: Options = { printWidth: PRINT_WIDTH, trailingComma: "all", endOfLine: "lf" };

export async function formatFiles(files: readonly OutputFile[], cache: StageCache): Promise<OutputFile[]> {
  // The version from its package.json: an up-to-date run never loads Prettier itself.
  const { version } = createRequire(import.meta.url)("prettier/package.json") as { version: string };
  const out: OutputFile[] = files.map((f) => ({ ...f }));
  const pending: { index: number; entry: CacheEntry }[] = [];
  for (const [index, file] of files.entries()) {
    const entry = cache.entry("format", [version, JSON.stringify(PRETTIER_OPTIONS), "typescript", file.content]);
    const hit = await entry.get();
    if (hit !== undefined) out[index] = { ...file, content: hit };
    else pending.push({ index, entry });
  }
  if (pending.length === 0) return out;
  const prettier = await import("prettier");
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
    out[p.index] = { ...files[p.index]!, content: result };
    await p.entry.put(result);
  }
  return out;
}
