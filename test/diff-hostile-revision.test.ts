// `diff --base GITREF` reads a revision that may be anyone's (a pull request's branch): what it unpacks
// must stay inside the temporary folder, and how much it unpacks must be bounded.
import { execFileSync, spawnSync } from "node:child_process";
import { cp, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeLeftovers, snapshotAtRevision } from "../generator/diff/git-snapshot.js";
import { removeDir, tempDir } from "./helpers.js";

const casesDir = resolve(import.meta.dirname, "cases/diff");
// This process's own: a run unpacking a revision names its folder with its process id.
const leftovers = async () =>
  (await readdir(tmpdir())).filter((f) => f.startsWith(`codegen-diff-base-${process.pid}-`)).sort();

describe("--base GITREF on a hostile revision", () => {
  let repo: string;
  let outside: string;
  afterEach(async () => {
    if (repo) await removeDir(repo);
    if (outside) await removeDir(outside);
  });

  const setUp = async () => {
    repo = await tempDir("codegen-diff-repo-");
    outside = await tempDir("codegen-diff-outside-");
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
        { cwd: repo, stdio: "pipe", encoding: "utf8" },
      );
    git("init", "-q");
    await cp(join(casesDir, "json-schema/base"), join(repo, "schemas/demo"), { recursive: true });
    git("add", "-A");
    git("commit", "-q", "-m", "base");
    return git;
  };

  it("does not follow a snapshot folder that the commit holds as a link out of it", async () => {
    const git = await setUp();
    // Outside the repository: a snapshot of someone else's, which no report may show.
    await cp(join(casesDir, "json-schema/head"), outside, { recursive: true });
    await removeDir(join(repo, "schemas/demo"));
    await symlink(outside, join(repo, "schemas/demo"));
    git("add", "-A");
    git("commit", "-q", "-m", "link");
    // The work tree is the user's, as it was: only the revision holds the link.
    const restore = async () => {
      await removeDir(join(repo, "schemas"));
      await cp(join(casesDir, "json-schema/base"), join(repo, "schemas/demo"), { recursive: true });
    };
    await restore();
    const before = await leftovers();
    await expect(snapshotAtRevision(join(repo, "schemas/demo"), "HEAD")).rejects.toThrow(/symbolic link/);
    // A parent folder that is a link is refused as well.
    await removeDir(join(repo, "schemas"));
    await mkdir(join(outside, "demo"));
    await symlink(outside, join(repo, "schemas"));
    git("add", "-A");
    git("commit", "-q", "-m", "parent link");
    await restore();
    await expect(snapshotAtRevision(join(repo, "schemas/demo"), "HEAD")).rejects.toThrow();
    expect(await leftovers()).toEqual(before);
  });

  it("does not follow a name lock that the commit holds as a link", async () => {
    const git = await setUp();
    await writeFile(join(outside, "names.lock.json"), '{"version":1,"connectors":{}}\n');
    await mkdir(join(repo, "out"));
    await symlink(join(outside, "names.lock.json"), join(repo, "out/names.lock.json"));
    git("add", "-A");
    git("commit", "-q", "-m", "lock link");
    const snapshot = await snapshotAtRevision(join(repo, "schemas/demo"), "HEAD", join(repo, "out"));
    try {
      expect(snapshot.outDir).toBeDefined();
      await expect(readFile(join(snapshot.outDir!, "names.lock.json"), "utf8")).rejects.toThrow(/ENOENT/);
      expect(snapshot.warnings?.join("\n")).toContain("symbolic link");
    } finally {
      await snapshot.remove();
    }
  });

  it("stops unpacking a revision past its bound (one blob listed many times in a tree)", async () => {
    const git = await setUp();
    // 64 names for one 256 KiB blob: a commit of a few KiB that unpacks to 16 MiB.
    const blob = execFileSync("git", ["hash-object", "-w", "--stdin"], {
      cwd: repo,
      input: " ".repeat(256 * 1024),
      encoding: "utf8",
    }).trim();
    const sources = git("write-tree", "--prefix=schemas/demo/connectors/sources/").trim();
    const listing = execFileSync("git", ["ls-tree", sources], { cwd: repo, encoding: "utf8" });
    const bomb = Array.from({ length: 64 }, (_, i) => `100644 blob ${blob}\tz${i}.json\n`).join("");
    const tree = execFileSync("git", ["mktree"], { cwd: repo, input: listing + bomb, encoding: "utf8" }).trim();
    const path = (dir: string) =>
      execFileSync("git", ["rev-parse", `HEAD:${dir}`], { cwd: repo, encoding: "utf8" }).trim();
    const connectors = execFileSync("git", ["mktree"], {
      cwd: repo,
      input: `040000 tree ${tree}\tsources\n`,
      encoding: "utf8",
    }).trim();
    const demo = execFileSync("git", ["mktree"], {
      cwd: repo,
      input: `100644 blob ${path("schemas/demo/openapi.json")}\topenapi.json\n040000 tree ${connectors}\tconnectors\n`,
      encoding: "utf8",
    }).trim();
    const schemas = execFileSync("git", ["mktree"], {
      cwd: repo,
      input: `040000 tree ${demo}\tdemo\n`,
      encoding: "utf8",
    }).trim();
    const root = execFileSync("git", ["mktree"], {
      cwd: repo,
      input: `040000 tree ${schemas}\tschemas\n`,
      encoding: "utf8",
    }).trim();
    const commit = git("commit-tree", root, "-p", "HEAD", "-m", "bomb").trim();
    const before = await leftovers();
    await expect(
      snapshotAtRevision(join(repo, "schemas/demo"), commit, undefined, { maxBytes: 4 * 1024 * 1024 }),
    ).rejects.toThrow(/larger than 4194304 bytes/);
    expect(await leftovers()).toEqual(before);
    // Within the bound it is read as before.
    const read = await snapshotAtRevision(join(repo, "schemas/demo"), commit, undefined, {
      maxBytes: 64 * 1024 * 1024,
    });
    try {
      expect((await readdir(join(read.dir, "connectors/sources"))).length).toBe(65);
    } finally {
      await read.remove();
    }
  }, 60_000);
});

describe("what a killed run left while unpacking a revision", () => {
  it("is removed by a later run: only its own folders, of processes no longer running, never a link or a file", async () => {
    const dir = await tempDir("codegen-diff-tmp-");
    const outside = await tempDir("codegen-diff-outside-");
    try {
      // A process that ran and is gone: its id names what it left.
      const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
      const given = {
        killed: `codegen-diff-base-${dead}-abc123`,
        running: `codegen-diff-base-${process.pid}-abc123`,
        unnamed: `codegen-diff-base-abc123`,
        other: `codegen-diff-basement-${dead}-abc123`,
        link: `codegen-diff-base-${dead}-link00`,
        file: `codegen-diff-base-${dead}-file00`,
      };
      for (const name of [given.killed, given.running, given.unnamed, given.other])
        await mkdir(join(dir, name, "schemas"), { recursive: true });
      await writeFile(join(dir, given.killed, "schemas", "big.json"), "{}");
      await writeFile(join(outside, "keep.json"), "{}");
      await symlink(outside, join(dir, given.link));
      await writeFile(join(dir, given.file), "x");
      expect(await removeLeftovers(dir)).toEqual([given.killed]);
      expect((await readdir(dir)).sort()).toEqual(
        [given.running, given.unnamed, given.other, given.link, given.file].sort(),
      );
      expect(await readdir(outside)).toEqual(["keep.json"]);
    } finally {
      await removeDir(dir);
      await removeDir(outside);
    }
  });
});
