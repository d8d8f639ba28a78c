// A snapshot folder as it was at a git revision: `git archive` of that one
// folder, unpacked by `tar` into a fresh temporary directory. Both run with
// argument arrays (no shell); the revision is resolved to a commit id first,
// so nothing the user typed reaches a command line as an option.

import { spawn } from "node:child_process";
import { lstat, mkdir, mkdtemp, readdir, realpath, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { NAME_LOCK_FILE } from "../ir/apply-name-lock.js";
import { CodegenError } from "../ir/diagnostics.js";

function capture(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString("utf8").trim());
      else
        reject(new Error(`${command} ${args[0]} failed: ${Buffer.concat(err).toString("utf8").trim().slice(0, 500)}`));
    });
  });
}

/**
 * The most bytes of tar stream one `git archive` may hand to `tar`. A revision is untrusted: a commit of a
 * few kilobytes (one blob listed many times in a tree, trees listed in trees) unpacks to terabytes, so the
 * stream is counted and both commands stopped past this bound, before the disk fills.
 */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

/** `git archive COMMIT PATH | tar -x -C DIR`, failing when either side fails or more than `maxBytes` stream. */
function archive(cwd: string, commit: string, path: string, into: string, maxBytes: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // `--` ends the options: a folder named like one (`--output=x`) is a path.
    const git = spawn("git", ["archive", "--format=tar", commit, "--", path], {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tar = spawn("tar", ["-x", "-f", "-", "-C", into], { stdio: ["pipe", "ignore", "pipe"] });
    let streamed = 0;
    let tooLarge = false;
    git.stdout.on("data", (b: Buffer) => {
      streamed += b.length;
      if (streamed <= maxBytes || tooLarge) return;
      tooLarge = true;
      git.kill();
      tar.kill();
    });
    // tar ending first (stopped, or failing) breaks the pipe: its status reports that, not an unhandled EPIPE.
    tar.stdin.on("error", () => {});
    git.stdout.pipe(tar.stdin);
    const errors: string[] = [];
    git.stderr.on("data", (b: Buffer) => errors.push(b.toString("utf8")));
    tar.stderr.on("data", (b: Buffer) => errors.push(b.toString("utf8")));
    let left = 2;
    const failed: string[] = [];
    const done = (name: string) => (code: number | null) => {
      if (code !== 0) failed.push(name);
      if (--left > 0) return;
      if (tooLarge) reject(new Error(`${path} is larger than ${maxBytes} bytes as a tar archive; it is not read`));
      else if (failed.length > 0)
        reject(new Error(`${failed.join(" and ")} failed: ${errors.join("").trim().slice(0, 500)}`));
      else resolve();
    };
    git.on("error", reject);
    tar.on("error", reject);
    git.on("close", done("git archive"));
    tar.on("close", done("tar"));
  });
}

export interface GitSnapshot {
  /** The snapshot folder as of the revision. */
  dir: string;
  /**
   * With `outDir` given: a folder holding the output's name lock as of the
   * revision, empty when the revision had none. Undefined when `outDir` is
   * outside the work tree (the revision cannot say what it held).
   */
  outDir?: string;
  /** The commit the revision named. */
  commit: string;
  /** What was left out of the revision's files, and why (printed as warnings). */
  warnings?: string[];
  /** Removes the temporary directory (and nothing else). */
  remove(): Promise<void>;
}

/** The path of `dir` relative to the work tree `top`, with forward slashes; symlinks resolved as git does. */
async function treePath(top: string, dir: string): Promise<string> {
  const real = await realpath(dir).catch(() => dir);
  return relative(top, real).split(sep).join("/");
}

/** Whether `revision` names a commit in the git work tree holding `snapshotDir` (false outside one). */
export async function isRevision(snapshotDir: string, revision: string): Promise<boolean> {
  if (revision === "" || revision.startsWith("-") || /[\0\n]/.test(revision)) return false;
  const cwd = await stat(snapshotDir).then(
    (s) => (s.isDirectory() ? snapshotDir : join(snapshotDir, "..")),
    () => join(snapshotDir, ".."),
  );
  return capture("git", ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`], cwd).then(
    () => true,
    () => false,
  );
}

/**
 * Reads `snapshotDir` (a folder inside a git work tree) as it was at `revision`
 * into a temporary directory, and with `outDir` the output's name lock as it
 * was then (an IR is built with the lock of its time). Errors are
 * CodegenErrors naming the revision and path.
 */
export async function snapshotAtRevision(
  snapshotDir: string,
  revision: string,
  outDir?: string,
  { maxBytes = MAX_ARCHIVE_BYTES }: { maxBytes?: number } = {},
): Promise<GitSnapshot> {
  if (revision === "" || revision.startsWith("-") || /[\0\n]/.test(revision))
    throw new CodegenError(`--base ${JSON.stringify(revision)} is neither a folder nor a git revision`);
  const cwd = await stat(snapshotDir).then(
    (s) => (s.isDirectory() ? snapshotDir : join(snapshotDir, "..")),
    () => join(snapshotDir, ".."),
  );
  let top: string;
  let commit: string;
  try {
    top = await capture("git", ["rev-parse", "--show-toplevel"], cwd);
    commit = await capture(
      "git",
      ["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`],
      cwd,
    );
  } catch (error) {
    throw new CodegenError(
      `--base ${JSON.stringify(revision)} is neither a folder nor a git revision (${(error as Error).message})`,
    );
  }
  // git prints the top level with symlinks resolved; so must the snapshot path be.
  const path = await treePath(top, snapshotDir);
  if (path === "" || path.startsWith(".."))
    throw new CodegenError(`snapshot ${snapshotDir} is not inside the git work tree ${top}`);
  // A revision from before the provider was added has no such folder: said so, not as git's and tar's errors.
  if (!(await inCommit(top, commit, path)))
    throw new CodegenError(
      `cannot read ${path} at ${revision} (${commit.slice(0, 12)}): that revision has no such folder; give a revision that has this provider's snapshot, or a snapshot folder`,
    );
  const snapshotWarnings: string[] = [];
  await removeLeftovers();
  const tmp = await mkdtemp(join(tmpdir(), `${TEMP_PREFIX}${process.pid}-`));
  const remove = () => rm(tmp, { recursive: true, force: true });
  try {
    await archive(top, commit, path, tmp, maxBytes);
    // The commit may hold a symbolic link where the folder or a parent of it is (`schemas/p -> /home/…`):
    // what the base is read from must be what the revision unpacked, not a folder outside it.
    const root = await realpath(tmp);
    const inside = async (file: string) => {
      const real = await realpath(file).catch(() => undefined);
      return real !== undefined && real.startsWith(root + sep);
    };
    if (!(await inside(join(tmp, path))))
      throw new Error(`${path} is a symbolic link (or lies below one) in that commit; it is not followed`);
    const snapshot: GitSnapshot = { dir: join(tmp, path), commit, remove };
    if (outDir === undefined) return snapshot;
    const out = await treePath(top, outDir);
    if (out === "" || out.startsWith("..")) return snapshot;
    const lock = `${out}/${NAME_LOCK_FILE}`;
    if (await inCommit(top, commit, lock)) {
      await archive(top, commit, lock, tmp, maxBytes);
      // A lock that is a link (out of the revision) is no lock of its: left out, so nothing outside is read.
      if ((await lstat(join(tmp, lock))).isSymbolicLink()) {
        await rm(join(tmp, lock), { force: true });
        snapshotWarnings.push(
          `${lock} at ${revision} is a symbolic link; it is not followed (the base is built without a name lock)`,
        );
      }
    } else await mkdir(join(tmp, out), { recursive: true });
    return {
      ...snapshot,
      outDir: join(tmp, out),
      ...(snapshotWarnings.length > 0 ? { warnings: snapshotWarnings } : {}),
    };
  } catch (error) {
    await remove();
    throw new CodegenError(`cannot read ${path} at ${revision} (${commit.slice(0, 12)}): ${(error as Error).message}`);
  }
}

/** Whether `commit` holds `path` (a file or a folder). */
const inCommit = (top: string, commit: string, path: string): Promise<boolean> =>
  capture("git", ["cat-file", "-e", `${commit}:${path}`], top).then(
    () => true,
    () => false,
  );

/** Where a revision is unpacked: named with the process id, so a later run knows a killed one's leftovers. */
const TEMP_PREFIX = "codegen-diff-base-";
const TEMP_NAME = /^codegen-diff-base-(\d+)-[A-Za-z0-9]{6}$/;

/** Whether process `pid` is running (one of another user's counts: it cannot be signalled, but it is there). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

/**
 * Removes from `dir` what runs killed while unpacking a revision left there (up to the archive
 * bound each): only folders named as this module names them, of a process no longer running, owned
 * by this user; never a link or a file. Returns the names removed; one that cannot be removed only
 * costs space.
 */
export async function removeLeftovers(dir: string = tmpdir()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || running(Number(pid))) continue;
    const info = await lstat(join(dir, name)).catch(() => undefined);
    if (info === undefined || !info.isDirectory() || (process.getuid !== undefined && info.uid !== process.getuid()))
      continue;
    await rm(join(dir, name), { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}

/**
 * Whether the work tree's `snapshotDir` differs from its state at HEAD (a file
 * changed, added, removed or untracked), or, as a string, why git cannot say.
 */
export async function changedSinceHead(snapshotDir: string): Promise<boolean | string> {
  const cwd = await stat(snapshotDir).then(
    (s) => (s.isDirectory() ? snapshotDir : join(snapshotDir, "..")),
    () => join(snapshotDir, ".."),
  );
  let top: string;
  try {
    top = await capture("git", ["rev-parse", "--show-toplevel"], cwd);
    await capture("git", ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], cwd);
  } catch {
    return "it is not in a git work tree with a commit";
  }
  const path = await treePath(top, snapshotDir);
  if (path === "" || path.startsWith("..")) return `it is not inside the git work tree ${top}`;
  const committed = await capture("git", ["ls-tree", "--name-only", "HEAD", "--", path], top).catch(() => "");
  if (committed === "") return `HEAD has no ${path}`;
  const status = await capture(
    "git",
    ["status", "--porcelain", "--untracked-files=all", "--ignored=no", "--", path],
    top,
  ).catch((error: Error) => error);
  if (status instanceof Error) return `git status failed (${status.message})`;
  return status !== "";
}
