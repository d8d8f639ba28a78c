// Stage: compare rendered files with an output directory, and replace that
// directory as a whole (temp dir, then rename) so a failed or killed run never
// leaves it half-written.

import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "./output.js";

export interface StaleFile {
  path: string;
  reason: "missing" | "differs" | "extra";
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(dir, prefix), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else out.push(rel);
  }
  return out;
}

/** Every file that differs between `dir` and `files`; empty when up to date. */
export async function compareOutput(dir: string, files: readonly OutputFile[]): Promise<StaleFile[]> {
  const existing = new Set(await listFiles(dir));
  const stale: StaleFile[] = [];
  for (const file of files) {
    if (!existing.has(file.path)) stale.push({ path: file.path, reason: "missing" });
    else if ((await readFile(join(dir, file.path), "utf8")) !== file.content)
      stale.push({ path: file.path, reason: "differs" });
    existing.delete(file.path);
  }
  for (const path of [...existing].sort()) stale.push({ path, reason: "extra" });
  return stale;
}

/** Replaces `dir` with exactly `files`. Returns false when it already matched. */
export async function writeOutput(dir: string, files: readonly OutputFile[]): Promise<boolean> {
  if ((await compareOutput(dir, files)).length === 0) return false;
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temp = join(parent, `.${basename(dir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(dir)}.old-${tag}`);
  try {
    for (const file of files) {
      const target = join(temp, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    let hadOld = true;
    try {
      await rename(dir, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      hadOld = false;
    }
    try {
      await rename(temp, dir);
    } catch (error) {
      if (hadOld) await rename(old, dir); // put the previous output back
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return true;
}
