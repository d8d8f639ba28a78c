// Stage: compare rendered files with an output directory, and replace that
// directory as a whole (temp dir, then rename) so a failed or killed run never
// leaves it half-written. The swap is two renames (dir → .old, temp → dir); a
// run killed between them leaves the complete old directory under .old, which
// the next run (or `recoverDir`) puts back before anything else.

import { link, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { OutputFile } from "./output.js";
import { pooled } from "./pool.js";
import { byText } from "../ir/plain.js";

export interface StaleFile {
  path: string;
  reason: "missing" | "differs" | "extra";
}

/** Every file under `dir` (relative paths); none when it does not exist. */
export async function listFiles(dir: string, prefix = ""): Promise<string[]> {
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

/** Files in flight at once: thousands of sequential awaits cost more than the disk does. */
export const CONCURRENCY = 32;

/** Every file that differs between `dir` and `files`; empty when up to date. */
export async function compareOutput(dir: string, files: readonly OutputFile[]): Promise<StaleFile[]> {
  const existing = new Set(await listFiles(dir));
  const differs = await pooled(files, CONCURRENCY, async (file) =>
    existing.has(file.path) ? (await readFile(join(dir, file.path), "utf8")) !== file.content : false,
  );
  const stale: StaleFile[] = [];
  files.forEach((file, i) => {
    if (!existing.has(file.path)) stale.push({ path: file.path, reason: "missing" });
    else if (differs[i]) stale.push({ path: file.path, reason: "differs" });
    existing.delete(file.path);
  });
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
    .sort(byText((e) => e.name))
    .reverse(); // newest tag first
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
  return (await writeOutputChanges(dir, files)).length > 0;
}

/** As writeOutput; returns what it changed: each file added (was missing), changed (differed) or removed (extra). */
export async function writeOutputChanges(dir: string, files: readonly OutputFile[]): Promise<StaleFile[]> {
  await recoverDir(dir);
  const stale = await compareOutput(dir, files);
  if (stale.length === 0) return stale;
  // Files that did not change are hard links to the current ones (no copy); the rest are written.
  const changed = new Set(stale.filter((f) => f.reason !== "extra").map((f) => f.path));
  const parent = dirname(dir);
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${Date.now().toString(36)}`;
  const temp = join(parent, `.${basename(dir)}.tmp-${tag}`);
  const old = join(parent, `.${basename(dir)}.old-${tag}`);
  try {
    for (const folder of new Set(files.map((f) => dirname(join(temp, f.path)))))
      await mkdir(folder, { recursive: true });
    await pooled(files, CONCURRENCY, async (file) => {
      const target = join(temp, file.path);
      if (!changed.has(file.path)) {
        try {
          await link(join(dir, file.path), target);
          return;
        } catch {
          // no hard links here (another device, a filesystem without them): write it
        }
      }
      await writeFile(target, file.content);
    });
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
  return stale;
}
