// The command line as CI and users call it: exit codes and messages.
import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASIC_INPUT, copySnapshot, readTree, removeDir, tempDir } from "./helpers.js";

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

let work: string;
beforeAll(async () => {
  work = await tempDir();
  const config = {
    providers: [
      {
        name: "demo",
        dialect: "field-list",
        snapshot: BASIC_INPUT,
        out: "out/demo",
        suffixes: [".user.defined", ".user.displayed"],
        kinds: { sources: { connectorProperty: "connector" }, destinations: { connectorProperty: "connector" } },
      },
    ],
  };
  await writeFile(join(work, "codegen.config.mjs"), `export default ${JSON.stringify(config)};\n`);
});
afterAll(() => removeDir(work));

describe("cli", () => {
  it("writes, then --check passes, then names every stale file and exits 1", async () => {
    const first = await cli(["--config", "codegen.config.mjs"], work);
    expect(first.stderr).toBe("");
    expect(first.stdout).toMatch(/^demo: 2 connectors, \d+ files: written to out\/demo \(\d+ ms\)\n$/);
    expect(first.code).toBe(0);
    const again = await cli(["--config", "codegen.config.mjs"], work);
    expect(again.stdout).toContain("unchanged in out/demo");

    expect((await cli(["--config", "codegen.config.mjs", "--check"], work)).code).toBe(0);

    const out = join(work, "out/demo");
    await writeFile(join(out, "index.ts"), "// edited by hand\n");
    await writeFile(join(out, "notes.txt"), "stray\n");
    await rm(join(out, "manifest.json"));
    const stale = await cli(["--config", "codegen.config.mjs", "--check"], work);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("demo: out/demo is stale (3 file(s)); run `npm run codegen`:");
    expect(stale.stderr).toContain("differs out/demo/index.ts");
    expect(stale.stderr).toContain("missing out/demo/manifest.json");
    expect(stale.stderr).toContain("extra   out/demo/notes.txt");
  });

  it("--snapshot and --out run a configured provider on another snapshot; bad input exits 1 and writes nothing", async () => {
    const snapshot = await copySnapshot();
    const out = join(work, "custom");
    const ok = await cli(
      ["--config", "codegen.config.mjs", "--provider", "demo", "--snapshot", snapshot, "--out", out],
      work,
    );
    expect(ok.code).toBe(0);
    const before = await readTree(out);
    await writeFile(join(snapshot, "connectors/sources/demo-db.json"), "{ not json");
    const bad = await cli(["--config", "codegen.config.mjs", "--snapshot", snapshot, "--out", out], work);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error [invalid-json] connectors/sources/demo-db.json");
    expect(await readTree(out)).toEqual(before);
    await removeDir(snapshot);
  });

  it("usage errors exit 2 or 1 with a message", async () => {
    expect((await cli(["--nope"], work)).code).toBe(2);
    const lone = await cli(["--config", "codegen.config.mjs", "--snapshot", "x"], work);
    expect(lone.code).toBe(1);
    expect(lone.stderr).toContain("--snapshot and --out go together");
    const unknown = await cli(["--config", "codegen.config.mjs", "--provider", "nope"], work);
    expect(unknown.stderr).toContain('no provider named "nope"');
  });
});
