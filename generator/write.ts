// Stage: compare rendered files with an output directory, and replace that
// directory as a whole (temp dir, then rename) so a failed or killed run never
// leaves it half-written. The swap is two renames (dir → .old, temp → dir); a
// run killed between them leaves the complete old directory under .old, which
// the next run (or `recoverDir`) puts back before anything else.

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

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

/**
 * Undoes what a killed run left next to `dir`: puts a complete old directory
 * back if `dir` itself is missing, and removes temp, old and staging siblings
 * of runs that are no longer alive. Returns what it did, for logs and tests.
 */
export async function recoverDir(dir: string): Promise<string[]> {
  const parent = dirname(dir);
  const base = basename(dir);
  let siblings: string[];
  try {
    siblings = await readdir(parent);
  } catch {
    return [];
  }
  const done: string[] = [];
  const ours = siblings
    .map((name) => ({
      name,
      m: new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(tmp|old|fetch)-(\\d+)-`).exec(name),
    }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .filter((x) => Number(x.m[2]) !== process.pid && !isAlive(Number(x.m[2])))
    .sort((a, b) => (a.name < b.name ? 1 : -1)); // newest tag first
  let exists = true;
  try {
    await readdir(dir);
  } catch {
    exists = false;
  }
  const old = ours.find((x) => x.m[1] === "old");
  if (!exists && old) {
    await rename(join(parent, old.name), dir);
    done.push(`restored ${base} from ${old.name}`);
  }
  for (const x of ours) {
    if (x === old && !exists) continue;
    await rm(join(parent, x.name), { recursive: true, force: true });
    done.push(`removed ${x.name}`);
  }
  return done;
}

/** Replaces `dir` with exactly `files`. Returns false when it already matched. */
export async function writeOutput(dir: string, files: readonly OutputFile[]): Promise<boolean> {
  await recoverDir(dir);
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
