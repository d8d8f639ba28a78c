// The package root's own files (package.json, the root modules, the validate
// templates compiled, the bin, README): written or, in check mode, compared.
// Each file is replaced whole (temp file, rename); the providers' folders are
// written by the pipeline.

import { mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { ResolvedPackage, ResolvedProvider } from "../config/config.js";
import { runOptions, type RunOptions } from "../config/run-options.js";
import { emitPackage, emitPackageTemplates } from "../emit/package.js";
import { compileFiles } from "../print/compile.js";
import { formatFiles } from "../print/format.js";
import { replaceFile } from "./replace-file.js";
import { stageCache } from "./cache.js";
import type { OutputFile } from "./output.js";

export async function packageFiles(
  pkg: ResolvedPackage,
  providers: readonly ResolvedProvider[],
  options: Partial<RunOptions> = {},
): Promise<OutputFile[]> {
  const cache = stageCache(runOptions(options));
  const templates = await formatFiles(await emitPackageTemplates(), cache);
  return [...emitPackage(pkg, providers), ...templates, ...(await compileFiles(templates, cache))];
}

/** Writes the package root's files, or in check mode returns those that differ (paths relative to the root). */
export async function writePackage(
  pkg: ResolvedPackage,
  providers: readonly ResolvedProvider[],
  mode: "write" | "check",
  options: Partial<RunOptions> = {},
): Promise<string[]> {
  const stale: string[] = [];
  for (const file of await packageFiles(pkg, providers, options)) {
    const target = join(pkg.rootDir, file.path);
    const current = await readFile(target, "utf8").catch(() => undefined);
    if (current === file.content) continue;
    stale.push(file.path);
    if (mode === "check") continue;
    await mkdir(dirname(target), { recursive: true });
    await replaceFile(target, file.content, { mode: file.path.startsWith("bin/") ? 0o755 : 0o644 });
  }
  return mode === "check" ? stale : [];
}
