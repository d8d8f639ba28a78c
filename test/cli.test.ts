// The command line as CI and users call it: exit codes and messages.
import { execFile } from "node:child_process";
import { readdir, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASIC_INPUT, CLI, copySnapshot, readTree, removeDir, tempDir } from "./helpers.js";

const JSON_SCHEMA_INPUT = resolve(import.meta.dirname, "cases/json-schema/input");

/** The command line as `npm run codegen` starts it: the compiled generator, rebuilt if stale. */
async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return promisify(execFile)(process.execPath, [CLI, ...args], { cwd }).then(
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
    expect(first.stdout).toMatch(
      /^demo: 2 connectors, (\d+) files: written to out\/demo: \1 added, 0 changed, 0 removed \(\d+ ms\)\n$/,
    );
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
    // A broken connector file only leaves that connector out; a broken document fails the run.
    await writeFile(join(snapshot, "openapi.json"), "{ not json");
    const bad = await cli(["--config", "codegen.config.mjs", "--snapshot", snapshot, "--out", out], work);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("error [invalid-json] openapi.json");
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
    const threads = await cli(["--config", "codegen.config.mjs", "--threads", "0"], work);
    expect(threads.code).toBe(1);
    expect(threads.stderr).toContain("--threads must be an integer >= 1");
  });
});

describe("cli conventions", () => {
  /** Writes `config` as a module in the work folder; returns its name. */
  async function configFile(name: string, config: unknown): Promise<string> {
    await writeFile(join(work, name), `export default ${JSON.stringify(config)};\n`);
    return name;
  }
  const demo = {
    name: "demo",
    dialect: "field-list",
    snapshot: BASIC_INPUT,
    out: "out/conventions",
    suffixes: [".user.defined", ".user.displayed"],
    kinds: { sources: { connectorProperty: "connector" }, destinations: { connectorProperty: "connector" } },
  };

  it("an unknown flag exits 2 naming the closest flag", async () => {
    const given: [string[], string][] = [
      [["--chek"], "unknown option --chek (did you mean --check?)"],
      [["--no-cach"], "unknown option --no-cach (did you mean --no-cache?)"],
      [["--Quiet"], "unknown option --Quiet (did you mean --quiet?)"],
      [["--config", "x.mjs", "--provder=demo"], "unknown option --provder (did you mean --provider?)"],
      [["validate", "a.yaml", "--fromat", "json"], "unknown option --fromat (did you mean --format?)"],
      [["diff", "--provider", "demo", "--bas", "main"], "unknown option --bas (did you mean --base?)"],
      [["diff", "--no-cach"], "unknown option --no-cach (did you mean --no-cache?)"],
      [["migrate", "a.yaml", "--dryrun"], "unknown option --dryrun (did you mean --dry-run?)"],
    ];
    for (const [args, want] of given) {
      const r = await cli(args, work);
      expect({ args, code: r.code, stderr: r.stderr.split("\n")[0] }).toEqual({
        args,
        code: 2,
        stderr: expect.stringContaining(want),
      });
    }
    const far = await cli(["--xyzzy"], work);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain("unknown option --xyzzy");
    expect(far.stderr).not.toContain("did you mean");
    // A flag's value is not a flag.
    expect((await cli(["--provider=--chek", "--help"], work)).code).toBe(0);
  });

  it("--help lists every flag with its default", async () => {
    const help = await cli(["--help"], work);
    expect(help.code).toBe(0);
    const flags = [...help.stdout.matchAll(/^ {2}(?:-\w, )?--([a-z-]+)/gm)].map((m) => m[1]);
    expect(flags).toEqual(expect.arrayContaining(["check", "fetch", "config", "snapshot", "out", "quiet", "verbose"]));
    // One default per flag, wherever its description wraps.
    const entries = help.stdout
      .trimEnd()
      .split(/\n(?= {2}-)/)
      .slice(1);
    expect(entries).toHaveLength(flags.length);
    for (const entry of entries) expect(entry).toMatch(/\[default: [^\]]+\]$/);
    expect(help.stdout).toMatch(/--concurrency N +downloads in flight \[default: 8\]/);
    expect(help.stdout).toMatch(/--config FILE +config file \[default: codegen\.config\.ts\]/);
    expect(help.stdout).toMatch(/--out DIR +write \(or check\) here instead; needs --snapshot/);
  });

  it("config errors name the key and suggest the closest valid one; no stack traces", async () => {
    const { kinds: _kinds, ...withoutKinds } = demo;
    const given: [string, unknown, string][] = [
      ["top-level typo", { provider: [demo] }, "unknown key `provider` (did you mean `providers`?)"],
      [
        "provider key typo",
        { providers: [{ ...withoutKinds, kind: demo.kinds }] },
        "providers[0]: unknown key `kind` (did you mean `kinds`?)",
      ],
      ["no kinds", { providers: [withoutKinds] }, "provider demo: `kinds` must be an object"],
      ["no out", { providers: [{ ...demo, out: undefined }] }, "provider demo: `out` must be a folder path"],
      [
        "dialect typo",
        { providers: [{ ...demo, dialect: "feild-list" }] },
        'unknown dialect "feild-list" (did you mean "field-list"?)',
      ],
      [
        "kind entry typo",
        { providers: [{ ...demo, kinds: { sources: { conectorProperty: "connector" } } }] },
        "provider demo: kinds.sources: unknown key `conectorProperty` (did you mean `connectorProperty`?)",
      ],
      [
        "fetch typo",
        { providers: [{ ...demo, fetch: { baseUrlEnv: "X", openApi: "/openapi.json" } }] },
        "provider demo: fetch: unknown key `openApi` (did you mean `openapi`?)",
      ],
      [
        "package typo",
        { package: { name: "p", version: "1.0.0", dri: "out" }, providers: [demo] },
        "package: unknown key `dri` (did you mean `dir`?)",
      ],
    ];
    for (const [label, config, want] of given) {
      const file = await configFile(`bad-${label.replace(/ /g, "-")}.mjs`, config);
      const r = await cli(["--config", file], work);
      expect({ label, code: r.code, stderr: r.stderr }).toEqual({
        label,
        code: 1,
        stderr: expect.stringContaining(`${file}: `),
      });
      expect(r.stderr, label).toContain(want);
      expect(r.stderr, label).not.toMatch(/TypeError|\n\s+at /);
    }
  });

  it("a TypeScript config is loaded without a TypeScript loader", async () => {
    await writeFile(
      join(work, "typed.config.ts"),
      `interface Kind { connectorProperty: string }\nconst kind: Kind = { connectorProperty: "connector" };\nexport default { providers: [{ ...${JSON.stringify(demo)}, out: "out/typed", kinds: { sources: kind, destinations: kind } }] };\n`,
    );
    const r = await cli(["--config", "typed.config.ts", "--quiet"], work);
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(Object.keys(await readTree(join(work, "out/typed")))).toContain("index.ts");
    // The transformed copy is gone.
    expect((await readdir(work)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("warnings show when the output changes or with --verbose, are counted otherwise, and --quiet prints nothing", async () => {
    // The case's snapshot has defaults its own schemas reject: warnings.
    const file = await configFile("warns.mjs", {
      providers: [
        {
          name: "warns",
          dialect: "json-schema",
          snapshot: JSON_SCHEMA_INPUT,
          out: "out/warns",
          kinds: { sources: { connectorProperty: "type" }, destinations: { connectorProperty: "type" } },
        },
      ],
    });
    const quiet = await cli(["--config", file, "--quiet"], work);
    expect(quiet).toEqual({ code: 0, stdout: "", stderr: "" });
    await removeDir(join(work, "out/warns"));
    const first = await cli(["--config", file], work);
    expect(first.code).toBe(0);
    const warnings = first.stderr.split("\n").filter((l) => l.startsWith("warning ["));
    expect(warnings.length).toBeGreaterThan(0);
    const again = await cli(["--config", file], work);
    expect(again.stderr).toBe("");
    expect(again.stdout).toMatch(
      new RegExp(
        `^warns: \\d+ connectors, \\d+ files, ${warnings.length} warning\\(s\\) \\(--verbose shows them\\): unchanged`,
      ),
    );
    const verbose = await cli(["--config", file, "--verbose"], work);
    expect(verbose.stderr.split("\n").filter((l) => l.startsWith("warning ["))).toEqual(warnings);
    for (const args of [["--check"], ["--check", "--verbose"], []])
      expect(await cli(["--config", file, "--quiet", ...args], work)).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a write run counts what it added, changed and removed; --verbose names the files", async () => {
    const file = await configFile("summary.mjs", { providers: [{ ...demo, out: "out/summary" }] });
    const out = join(work, "out/summary");
    const first = await cli(["--config", file], work);
    const [, total] =
      /, (\d+) files: written to out\/summary: (\d+) added, 0 changed, 0 removed/.exec(first.stdout) ?? [];
    expect(Number(total)).toBeGreaterThan(5);

    await writeFile(join(out, "index.ts"), "// edited by hand\n");
    await writeFile(join(out, "notes.txt"), "stray\n");
    await rm(join(out, "manifest.json"));
    const second = await cli(["--config", file, "--verbose"], work);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("written to out/summary: 1 added, 1 changed, 1 removed");
    expect(second.stdout).toContain("  added   out/summary/manifest.json\n");
    expect(second.stdout).toContain("  changed out/summary/index.ts\n");
    expect(second.stdout).toContain("  removed out/summary/notes.txt\n");

    const third = await cli(["--config", file], work);
    expect(third.stdout).toMatch(/unchanged in out\/summary/);
    expect(third.stdout).not.toContain("  changed");
  });
});
