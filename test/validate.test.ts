// The repository's validate command: the package's validate (one implementation,
// tested in validate-package.test.ts) over codegen.config.ts's providers, plus
// `.ts` config modules and paths relative to the directory npm was run from.
import { execFile, execFileSync } from "node:child_process";
import { closeSync, constants, openSync } from "node:fs";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";
import { formatProblems, validateCommand, validateFiles } from "../generator/commands/validate-files.js";
import { CLI, removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
let providers: ResolvedProvider[];
let dir: string;
beforeAll(async () => {
  providers = await loadConfig(resolve(root, "codegen.config.ts"));
  dir = await tempDir("codegen-validate-");
});
afterAll(() => removeDir(dir));

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await mkdir(resolve(path, ".."), { recursive: true });
  await writeFile(path, text);
  return path;
}

const where = (p: { line: number; column: number; path: string; code: string }) =>
  `${p.line}:${p.column} ${p.path} ${p.code}`;

describe("validate in the repository", () => {
  it("reads a .ts module's default export made with defineSource", async () => {
    const index = resolve(root, "generated/unstructured/index.js");
    await file(
      "def.ts",
      [
        `import { defineSource } from ${JSON.stringify(index)};`,
        "export default defineSource({",
        '  connector: "kafka-cloud",',
        '  name: "k",',
        '  config: { bootstrapServers: "b", topic: "t", kafkaApiKey: "k", secret: "s", port: -5 } as never,',
        "});",
        "",
      ].join("\n"),
    );
    await file(
      "def-missing.ts",
      `export default { provider: "unstructured", kind: "sources", connector: "s3", name: "d",\n  config: {} };\n`,
    );
    const { problems, files } = await validateFiles(["def.ts", "def-missing.ts"], providers, { cwd: dir });
    expect(files).toEqual(["def.ts", "def-missing.ts"]);
    expect(problems.map((p) => `${p.file} ${where(p)}`)).toEqual([
      "def.ts 5:85 config.port range",
      // A missing key points at the key of the object that should hold it.
      "def-missing.ts 2:3 config.remoteUrl required",
    ]);
  });

  it("gives the package's results for YAML and JSON, with directories and globs", async () => {
    await file(
      "yaml/a.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: d\nconfig:\n  recursve: true\n  remoteUrl: s3://b/\n",
    );
    await file(
      "yaml/b.json",
      '{ "provider": "unstructured", "kind": "sources", "connector": "s3", "name": "d", "config": { "remoteUrl": 1 } }',
    );
    const { problems } = await validateFiles(["yaml/", "yaml/*.json"], providers, { cwd: dir });
    expect(formatProblems(problems)).toBe(
      [
        'yaml/a.yaml:6:3  config.recursve  unknown key; did you mean "recursive"?',
        "yaml/b.json:1:107  config.remoteUrl (config.remote_url)  expected a string, got 1",
      ].join("\n"),
    );
  });

  it("runs as `npm run codegen -- validate`, paths relative to where npm was run", async () => {
    await file(
      "cli/good.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: s3://bucket/\n",
    );
    await file("cli/bad.yaml", "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig: {}\n");
    const cli = (args: string[]) =>
      promisify(execFile)(process.execPath, [CLI, "validate", ...args], {
        cwd: root,
        env: { ...process.env, INIT_CWD: dir },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    expect(await cli(["cli/good.yaml"])).toEqual({ code: 0, stdout: "1 file, 0 with problems, 0 problems\n" });
    const failed = await cli(["cli", "--format", "json", "--config", "codegen.config.ts"]);
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout) as {
      problems: { file: string; line: number; column: number; path: string }[];
    };
    expect(report.problems.map((p) => `${p.file} ${p.line}:${p.column} ${p.path}`)).toEqual([
      "cli/bad.yaml 5:1 config.remoteUrl",
    ]);
    expect((await cli(["cli", "--config", "missing.config.ts"])).code).toBe(2);
  });

  it("takes time in proportion to the file: 20,000 unknown keys, each at its line", async () => {
    // Quadratic before (each problem looked its key up among all the keys, and yaml compared each key with
    // every earlier one): minutes here. The test timeout only fails it if it hangs.
    const n = 20_000;
    const lines = ["provider: unstructured", "kind: sources", "connector: s3", "name: docs", "config:"];
    lines.push("  remoteUrl: s3://bucket/");
    for (let i = 0; i < n; i++) lines.push(`  unknownKey${i}: v`);
    const { problems } = await validateFiles([await file("many.yaml", `${lines.join("\n")}\n`)], providers);
    expect(problems).toHaveLength(n);
    expect(problems.every((p) => p.code === "unknown-key")).toBe(true);
    expect(problems.map((p) => p.line)).toEqual(Array.from({ length: n }, (_, i) => i + 7));
  });

  it("reports a repeated key at the repeat, at any depth", async () => {
    const path = await file(
      "repeat.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: a\n  remoteUrl: b\n",
    );
    const { problems } = await validateFiles([path], providers);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
      "7:3 parse invalid YAML: duplicate key",
    ]);
  });

  it("shows control characters in file names, keys and messages as escapes: one line per problem", async () => {
    // A key that clears the screen, sets the title and forges a GitHub annotation; a file name with ESC and a newline.
    const key = "\x1b[2J\x1b]0;owned\x07\n::error file=README.md,line=1::forged annotation\nx";
    const name = "ctl/evil\x1b[31m\n::error::x\u009b.json";
    const config = { remoteUrl: "s3://b/", [key]: 1 };
    await file(name, JSON.stringify({ provider: "unstructured", kind: "sources", connector: "s3", name: "d", config }));
    const { problems } = await validateFiles([name], providers, { cwd: dir });
    expect(problems.map((p) => [p.path, p.code])).toEqual([[`config.${key}`, "unknown-key"]]);
    expect(formatProblems(problems)).toBe(
      "ctl/evil\\u001b[31m\\u000a::error::x\\u009b.json:1:105  " +
        "config.\\u001b[2J\\u001b]0;owned\\u0007\\u000a::error file=README.md,line=1::forged annotation\\u000ax  unknown key",
    );
    const printed: string[] = [];
    const io = {
      cwd: dir,
      env: {},
      isTTY: false,
      stdout: (t: string) => printed.push(t),
      stderr: (t: string) => printed.push(t),
    };
    expect(await validateCommand([name, "gone\x1b[2J\n::error::x.yaml"], io)).toBe(2);
    expect(printed[0]).toBe("error: gone\\u001b[2J\\u000a::error::x.yaml: no such file or directory");
    expect(printed.join("\n").split("\n")).toHaveLength(3);
  });

  it("reads only regular files, without blocking: a FIFO or a device named is an error, the other files are checked", async () => {
    await mkdir(join(dir, "special"), { recursive: true });
    const fifo = join(dir, "special/fifo.yaml");
    execFileSync("mkfifo", [fifo]);
    await symlink("/dev/zero", join(dir, "special/zero.yaml"));
    await file("special/good.yaml", "provider: unstructured\nkind: sources\nconnector: s3\nname: d\nconfig: {}\n");
    // Should a reader be waiting on the FIFO (as one did before), a writer that comes and goes lets it go.
    onTestFinished(() => {
      try {
        closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
      } catch {
        // No reader waiting.
      }
    });
    const paths = ["special/fifo.yaml", "special/zero.yaml", "special/good.yaml"];
    const result = await validateFiles(paths, providers, { cwd: dir });
    expect(result.errors).toEqual([
      "special/fifo.yaml: not a regular file (a FIFO)",
      "special/zero.yaml: not a regular file (a device)",
    ]);
    expect(result.files).toEqual(["special/good.yaml"]);
    expect(result.problems.map((p) => `${p.file} ${where(p)}`)).toEqual([
      "special/good.yaml 5:1 config.remoteUrl required",
    ]);
  }, 20_000);
});
