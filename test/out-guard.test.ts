// Directories the tool replaces as a whole are guarded: only one it wrote (it
// carries the output marker), an empty one or a missing one is replaced. Every
// case runs in a temp directory under os.tmpdir(), never in the repository.
import { execFile } from "node:child_process";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_MARKER, RefusedDirectory, writeOutput } from "../generator/output/write.js";
import { BASIC_INPUT, readTree, removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [tsx, resolve(root, "generator/commands/cli.ts"), ...args], {
    cwd,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const provider = (name: string) => ({
  name,
  dialect: "field-list",
  snapshot: BASIC_INPUT,
  out: `generated/${name}`,
  suffixes: [".user.defined", ".user.displayed"],
  kinds: { sources: { connectorProperty: "connector" }, destinations: { connectorProperty: "connector" } },
});

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-out-guard-");
  const config = {
    package: { name: "demo-configs", version: "0.0.0", dir: "generated" },
    providers: [provider("a"), provider("b")],
  };
  await writeFile(join(work, "codegen.config.mjs"), `export default ${JSON.stringify(config)};\n`);
  await writeFile(join(work, "keep.txt"), "mine\n");
  const first = await cli(["--config", "codegen.config.mjs", "--quiet"], work);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
}, 120_000);
afterAll(() => removeDir(work));

const redirected = (out: string, name = "a") => [
  "--config",
  "codegen.config.mjs",
  "--provider",
  name,
  "--snapshot",
  BASIC_INPUT,
  "--out",
  out,
];

describe("--out guard", () => {
  it("writes the marker into every output directory it creates", async () => {
    for (const name of ["a", "b"]) expect(await readdir(join(work, "generated", name))).toContain(OUTPUT_MARKER);
  });

  it("refuses `.` (the directory holding the config and the current directory) and exits 2", async () => {
    const before = await readTree(work);
    const r = await cli(redirected("."), work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`refusing to replace ${work}`);
    expect(r.stderr).toMatch(/current directory|config file/);
    expect(await readTree(work)).toEqual(before);
  }, 60_000);

  it("refuses a directory that contains .git", async () => {
    const repo = join(work, "repo");
    await mkdir(join(repo, ".git"), { recursive: true });
    await writeFile(join(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
    await writeFile(join(repo, "src.ts"), "export {};\n");
    const r = await cli(redirected(repo), work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`refusing to replace ${repo}`);
    expect(r.stderr).toContain(".git");
    expect(await readTree(repo)).toEqual({ ".git/HEAD": "ref: refs/heads/main\n", "src.ts": "export {};\n" });
  }, 60_000);

  it("refuses a non-empty directory without the marker, naming the marker", async () => {
    const foreign = join(work, "foreign");
    await mkdir(foreign);
    await writeFile(join(foreign, "notes.txt"), "not generated\n");
    const r = await cli(redirected(foreign), work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`refusing to replace ${foreign}`);
    expect(r.stderr).toContain(OUTPUT_MARKER);
    expect(await readTree(foreign)).toEqual({ "notes.txt": "not generated\n" });
  }, 60_000);

  it("refuses `generated`, the parent of several providers' outputs, and deletes no sibling", async () => {
    const generated = join(work, "generated");
    const before = await readTree(generated);
    const r = await cli(redirected("generated"), work);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`refusing to replace ${generated}`);
    expect(await readTree(generated)).toEqual(before);
  }, 60_000);

  it("replaces an empty directory, a missing one, and one it wrote before", async () => {
    await mkdir(join(work, "empty"));
    for (const out of ["empty", "missing/deeper", "generated/a"]) {
      const r = await cli([...redirected(out), "--quiet"], work);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(await readdir(join(work, out))).toContain(OUTPUT_MARKER);
    }
  }, 120_000);

  it("the write stage itself refuses a foreign directory (library callers too)", async () => {
    const foreign = await tempDir("codegen-out-guard-lib-");
    try {
      await writeFile(join(foreign, "notes.txt"), "not generated\n");
      await expect(writeOutput(foreign, [{ path: "a.ts", content: "export {};\n" }])).rejects.toBeInstanceOf(
        RefusedDirectory,
      );
      expect(await readTree(foreign)).toEqual({ "notes.txt": "not generated\n" });
    } finally {
      await removeDir(foreign);
    }
  });
});
