// Stage: compare rendered files with an output directory, and replace that
// directory as a whole so a failed or killed run never leaves it half-written.
//
// Guard: the tool replaces only a directory it wrote (it carries OUTPUT_MARKER),
// an empty one or a missing one, and never one that holds a repository (.git),
// the current directory or another protected path (config file, snapshot).
//
// Swap: every directory of a run (the output; for --fetch the snapshot too) is
// first written complete to a temp sibling `.<name>.tmp-<tag>`. Then a journal
// `.<name>.swap-<tag>.json` naming all of them is written next to the first
// directory, and only then each is swapped by two renames (dir → `.old-<tag>`,
// temp → dir). The journal is removed last. A run killed at any point is
// finished by the next write run (`recoverDirs`): with a journal every temp
// is complete, so the swap is rolled forward; without one nothing was swapped,
// so the temps are dropped. Leftovers are recognised by name and marker.

import { link, lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import type { OutputFile } from "./output.js";
import { TOOL_NAME } from "./output.js";
import { pooled } from "./pool.js";
import { byText } from "../ir/plain.js";
import { CodegenError } from "../ir/diagnostics.js";
import { readBoundedFile } from "../input/bounded-file.js";

export interface StaleFile {
  path: string;
  reason: "missing" | "differs" | "extra";
}

/** Marks a directory this tool wrote, so it may replace it; it is not part of the output compared. */
export const OUTPUT_MARKER = ".connector-configs-output";
export const MARKER_CONTENT = `Written by ${TOOL_NAME}, which replaces this directory as a whole on every run.\n`;

/** A directory the tool will not replace; the CLI exits 2 for it. */
export class RefusedDirectory extends CodegenError {
  constructor(dir: string, why: string) {
    super(`refusing to replace ${dir}: ${why}`);
    this.name = "RefusedDirectory";
  }
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

/** Larger than any file written: one past it differs. */
const MAX_COMPARED_BYTES = 256 * 1024 * 1024;

/** Every file that differs between `dir` and `files`; empty when up to date. The marker counts only when asked for. */
export async function compareOutput(dir: string, files: readonly OutputFile[]): Promise<StaleFile[]> {
  const existing = new Set(await listFiles(dir));
  if (!files.some((f) => f.path === OUTPUT_MARKER)) existing.delete(OUTPUT_MARKER);
  // Only a regular file is read, within a bound (a FIFO is not waited on): anything else there differs.
  const differs = await pooled(files, CONCURRENCY, async (file) => {
    if (!existing.has(file.path)) return false;
    const got = await readBoundedFile(join(dir, file.path), MAX_COMPARED_BYTES).catch(() => undefined);
    return got === undefined || !("text" in got) || got.text !== file.content;
  });
  const stale: StaleFile[] = [];
  files.forEach((file, i) => {
    if (!existing.has(file.path)) stale.push({ path: file.path, reason: "missing" });
    else if (differs[i]) stale.push({ path: file.path, reason: "differs" });
    existing.delete(file.path);
  });
  for (const path of [...existing].sort()) stale.push({ path, reason: "extra" });
  return stale;
}

/** A path the replaced directory must not hold, and what to call it in the refusal. */
export interface Protected {
  path: string;
  what: string;
}

export interface GuardOptions {
  /** Paths the directory must not be or contain; the current directory is always one. */
  protect?: readonly Protected[];
  /**
   * A snapshot directory: also replaceable when it holds only files a fetch
   * writes (openapi.json, .fetch-state.json, connectors/<kind>/<code>.json),
   * so snapshots committed before the marker existed can be fetched into.
   */
  snapshot?: boolean;
}

/** `path` with symlinks resolved as far as it exists. */
async function real(path: string): Promise<string> {
  const abs = resolve(path);
  try {
    return await realpath(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(await real(parent), basename(abs));
  }
}

const within = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
};

const SNAPSHOT_FILE = /^(openapi\.(json|ya?ml)|\.fetch-state\.json|connectors\/[^/]+\/[^/]+\.json)$/;

/** Throws RefusedDirectory unless the tool may replace `dir` as a whole. */
export async function assertReplaceable(dir: string, options: GuardOptions = {}): Promise<void> {
  const abs = resolve(dir);
  const at = await real(abs);
  const protect = [{ path: process.cwd(), what: "the current directory" }, ...(options.protect ?? [])];
  for (const p of protect) {
    if (within(await real(p.path), at)) throw new RefusedDirectory(abs, `it is or contains ${p.what} (${p.path})`);
  }
  let stat;
  try {
    stat = await lstat(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (stat.isSymbolicLink()) throw new RefusedDirectory(abs, "it is a symbolic link");
  if (!stat.isDirectory()) throw new RefusedDirectory(abs, "it is not a directory");
  const entries = await readdir(abs);
  if (entries.includes(".git")) throw new RefusedDirectory(abs, "it contains .git (a repository)");
  if (entries.length === 0 || entries.includes(OUTPUT_MARKER)) return;
  if (options.snapshot && (await listFiles(abs)).every((f) => SNAPSHOT_FILE.test(f))) return;
  throw new RefusedDirectory(
    abs,
    `it is not empty and has no ${OUTPUT_MARKER} file, so this tool did not write it` +
      ` (${entries.length} entr${entries.length === 1 ? "y" : "ies"}, e.g. ${JSON.stringify(entries.sort()[0])});` +
      ` choose another directory, empty this one, or create ${join(abs, OUTPUT_MARKER)} if it is generated output`,
  );
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Names of what runs leave next to a directory named `base`: [1] what, [2] tag, [3] pid, [4] journal suffix. */
const leftoverName = (base: string) =>
  new RegExp(`^\\.${escape(base)}\\.(tmp|old|fetch|swap)-((\\d+)-[0-9a-z]+)(\\.json(?:\\.tmp)?)?$`);

const tempName = (dir: string, tag: string) => join(dirname(dir), `.${basename(dir)}.tmp-${tag}`);
const oldName = (dir: string, tag: string) => join(dirname(dir), `.${basename(dir)}.old-${tag}`);
const journalName = (dir: string, tag: string) => join(dirname(dir), `.${basename(dir)}.swap-${tag}.json`);
/** Where a fetch writes the downloaded snapshot to generate from it before anything is swapped. */
export const stagingName = (dir: string, tag: string) => join(dirname(dir), `.${basename(dir)}.fetch-${tag}`);

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

async function hasMarker(dir: string): Promise<boolean> {
  try {
    const entries = await readdir(dir);
    return entries.length === 0 || entries.includes(OUTPUT_MARKER);
  } catch {
    return false;
  }
}

/** The intent of one swap: its directories (relative to the journal's folder), all with one tag. */
interface Journal {
  version: 1;
  tag: string;
  dirs: string[];
}

/** Steps of a swap, for tests that kill the process at each one. */
export type SwapStep = "prepared" | "journal" | `moved-old-${number}` | `moved-new-${number}` | "swapped" | "cleaned";
export interface WriteHooks {
  /** Called as each step is done; a test kills the process here. */
  onStep?: (step: SwapStep) => void | Promise<void>;
}

/** Rolls the swap of `journal` (written at `file`) forward: every temp it names is complete. */
async function replay(file: string, journal: Journal, done: string[]): Promise<void> {
  const folder = dirname(file);
  const dirs = journal.dirs.map((d) => resolve(folder, d));
  for (const dir of dirs) {
    const temp = tempName(dir, journal.tag);
    const old = oldName(dir, journal.tag);
    if (!(await exists(temp))) continue; // swapped already
    if (!(await hasMarker(temp))) continue; // not ours
    if (await exists(dir)) {
      if (await exists(old)) continue; // not a state a swap passes through: leave both alone
      // The run passed the guard before it wrote the journal; this catches a journal it did not write.
      if (
        !(await assertReplaceable(dir, { snapshot: true }).then(
          () => true,
          () => false,
        ))
      )
        continue;
      await rename(dir, old);
    }
    await rename(temp, dir);
    done.push(`finished swapping ${basename(dir)} from ${basename(temp)}`);
  }
  for (const dir of dirs) {
    const old = oldName(dir, journal.tag);
    if (await exists(old)) {
      await rm(old, { recursive: true, force: true });
      done.push(`removed ${basename(old)}`);
    }
  }
  await rm(file, { force: true });
  done.push(`removed ${basename(file)}`);
}

/**
 * Finishes what killed runs left next to `dirs`: swaps with a journal are
 * rolled forward, then temp, staging and old siblings of dead runs (ours by
 * name, and by marker or emptiness where they could hold anything) are
 * removed. Returns what it did, for logs and tests.
 */
export async function recoverDirs(dirs: readonly string[]): Promise<string[]> {
  const done: string[] = [];
  const found: { dir: string; name: string; what: string; tag: string; suffix: string }[] = [];
  for (const dir of new Set(dirs.map((d) => resolve(d)))) {
    let siblings: string[];
    try {
      siblings = await readdir(dirname(dir));
    } catch {
      continue;
    }
    const pattern = leftoverName(basename(dir));
    for (const name of siblings) {
      const m = pattern.exec(name);
      if (!m || (m[1] === "swap") !== (m[4] !== undefined)) continue;
      const pid = Number(m[3]);
      if (pid === process.pid || isAlive(pid)) continue;
      found.push({ dir, name, what: m[1]!, tag: m[2]!, suffix: m[4] ?? "" });
    }
  }
  found.sort(byText((x) => x.name));
  // Journals first: they may rename the very temps listed below.
  for (const j of found.filter((x) => x.what === "swap")) {
    const file = join(dirname(j.dir), j.name);
    let journal: Journal | undefined;
    if (j.suffix === ".json")
      try {
        const parsed = JSON.parse(await readFile(file, "utf8")) as Journal;
        if (parsed.version === 1 && parsed.tag === j.tag && Array.isArray(parsed.dirs)) journal = parsed;
      } catch {
        // unreadable: not a journal this tool wrote whole (it renames them into place)
      }
    if (journal) await replay(file, journal, done);
    else {
      await rm(file, { force: true });
      done.push(`removed ${j.name}`);
    }
  }
  for (const x of found.filter((f) => f.what !== "swap")) {
    const path = join(dirname(x.dir), x.name);
    if (!(await exists(path))) continue;
    // A dir missing next to its own old copy: a single swap killed between its renames before journals existed.
    if (x.what === "old" && !(await exists(x.dir))) {
      await rename(path, x.dir);
      done.push(`restored ${basename(x.dir)} from ${x.name}`);
      continue;
    }
    if (!(await hasMarker(path))) continue;
    await rm(path, { recursive: true, force: true });
    done.push(`removed ${x.name}`);
  }
  return done;
}

/** What dead runs left next to `dirs` that `recoverDirs` would finish or remove; reads only. */
export async function leftoversOf(dirs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const dir of new Set(dirs.map((d) => resolve(d)))) {
    const pattern = leftoverName(basename(dir));
    const siblings = await readdir(dirname(dir)).catch(() => [] as string[]);
    for (const name of siblings) {
      const m = pattern.exec(name);
      if (m && Number(m[3]) !== process.pid && !isAlive(Number(m[3]))) out.push(join(dirname(dir), name));
    }
  }
  return out.sort();
}

/** `recoverDirs` for one directory. */
export const recoverDir = (dir: string): Promise<string[]> => recoverDirs([dir]);

/**
 * Files of `files` whose paths differ only in case from an earlier one: on
 * macOS and Windows they would overwrite each other. Each with the path it meets.
 */
export function caseCollisions(files: readonly OutputFile[]): { path: string; earlier: string }[] {
  const seen = new Map<string, string>();
  const out: { path: string; earlier: string }[] = [];
  for (const f of files) {
    const key = f.path.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) out.push({ path: f.path, earlier });
    else seen.set(key, f.path);
  }
  return out;
}

/** A directory whose new content is complete in `temp`, ready to swap in. */
export interface Prepared {
  dir: string;
  temp: string;
}

export const newTag = () => `${process.pid}-${Date.now().toString(36)}`;

/**
 * Writes `files` (and the marker) complete into a temp sibling of `dir`;
 * undefined when `dir` already holds exactly them. Unchanged files are hard
 * links to the current ones (no copy).
 */
export async function prepareDir(
  dir: string,
  files: readonly OutputFile[],
  tag: string,
): Promise<Prepared | undefined> {
  const all = files.some((f) => f.path === OUTPUT_MARKER)
    ? files
    : [...files, { path: OUTPUT_MARKER, content: MARKER_CONTENT }];
  const clash = caseCollisions(all)[0];
  if (clash)
    throw new CodegenError(
      `${dir}: ${JSON.stringify(clash.path)} and ${JSON.stringify(clash.earlier)} differ only in case; nothing written`,
    );
  const stale = await compareOutput(dir, all);
  if (stale.length === 0) return undefined;
  const changed = new Set(stale.filter((f) => f.reason !== "extra").map((f) => f.path));
  await mkdir(dirname(dir), { recursive: true });
  const temp = tempName(dir, tag);
  try {
    await mkdir(temp);
    // The marker first: from here on a leftover temp is recognisably ours.
    await writeFile(join(temp, OUTPUT_MARKER), MARKER_CONTENT);
    for (const folder of new Set(all.map((f) => dirname(join(temp, f.path))))) await mkdir(folder, { recursive: true });
    await pooled(
      all.filter((f) => f.path !== OUTPUT_MARKER),
      CONCURRENCY,
      async (file) => {
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
      },
    );
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return { dir, temp };
}

/**
 * Swaps every prepared directory in, journaled so a kill at any point is
 * finished by the next run's `recoverDirs`. A failure before the journal
 * changes nothing; after it, what was not swapped is put back.
 */
export async function swapDirs(prepared: readonly Prepared[], tag: string, hooks: WriteHooks = {}): Promise<void> {
  const step = async (s: SwapStep) => hooks.onStep?.(s);
  if (prepared.length === 0) return;
  await step("prepared");
  // One copy of the journal next to every directory, so recovering any one of them finds it.
  const journals = prepared.map((p) => [dirname(p.dir), journalName(p.dir, tag)] as const);
  try {
    for (const [folder, file] of journals) {
      const body: Journal = { version: 1, tag, dirs: prepared.map((p) => relative(folder, p.dir)) };
      await writeFile(`${file}.tmp`, `${JSON.stringify(body)}\n`);
      await rename(`${file}.tmp`, file);
    }
  } catch (error) {
    for (const [, file] of journals) await rm(file, { force: true });
    for (const [, file] of journals) await rm(`${file}.tmp`, { force: true });
    for (const p of prepared) await rm(p.temp, { recursive: true, force: true });
    throw error;
  }
  await step("journal");
  const moved: { dir: string; old: string | undefined }[] = [];
  try {
    for (const [i, p] of prepared.entries()) {
      const old = oldName(p.dir, tag);
      let hadOld = true;
      try {
        await rename(p.dir, old);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        hadOld = false;
      }
      await step(`moved-old-${i}`);
      try {
        await rename(p.temp, p.dir);
      } catch (error) {
        if (hadOld) await rename(old, p.dir);
        throw error;
      }
      moved.push({ dir: p.dir, old: hadOld ? old : undefined });
      await step(`moved-new-${i}`);
    }
  } catch (error) {
    // Put back what was swapped, so a failed run leaves every directory as it was.
    for (const m of moved.reverse()) {
      if (!m.old) continue;
      await rm(m.dir, { recursive: true, force: true });
      await rename(m.old, m.dir);
    }
    for (const p of prepared) await rm(p.temp, { recursive: true, force: true });
    for (const [, file] of journals) await rm(file, { force: true });
    throw error;
  }
  await step("swapped");
  for (const m of moved) if (m.old) await rm(m.old, { recursive: true, force: true });
  await step("cleaned");
  for (const [, file] of journals) await rm(file, { force: true });
}

/**
 * Replaces `dir` with exactly `files` (plus the marker). Returns false when it
 * already matched. Throws RefusedDirectory for a directory it may not replace.
 */
export async function writeOutput(
  dir: string,
  files: readonly OutputFile[],
  options: GuardOptions & WriteHooks = {},
): Promise<boolean> {
  await recoverDirs([dir]);
  await assertReplaceable(dir, options);
  const tag = newTag();
  const prepared = await prepareDir(dir, files, tag);
  if (!prepared) return false;
  await swapDirs([prepared], tag, options);
  return true;
}

/** As writeOutput; returns what it changed: each file added (was missing), changed (differed) or removed (extra). */
export async function writeOutputChanges(
  dir: string,
  files: readonly OutputFile[],
  options: GuardOptions & WriteHooks = {},
): Promise<StaleFile[]> {
  await recoverDirs([dir]);
  const changes = await compareOutput(dir, files);
  // Written even when no file changed: a directory without the marker gets it.
  await writeOutput(dir, files, options);
  return changes;
}
