// The validate command: config files in YAML, JSON and TypeScript, problems at
// their line and column, secrets never printed.
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";
import { formatProblems, validateFiles } from "../generator/commands/validate-files.js";
import { removeDir, tempDir } from "./helpers.js";

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
  await writeFile(path, text);
  return path;
}

const where = (p: { line: number; column: number; path: string; code: string }) =>
  `${p.line}:${p.column} ${p.path} ${p.code}`;

describe("validate", () => {
  it("reports every problem of a YAML file at its position, across documents", async () => {
    const path = await file(
      "two.yaml",
      [
        "provider: streamkap", // 1
        "kind: sources",
        "connector: postgresql",
        "name: orders-db",
        "config:", // 5
        "  databaseHostname: db.internal",
        '  databasePort: "5432"',
        "  databaseUser: cdc",
        "  databasePassword: hunter2-secret",
        "  databaseDbname: orders", // 10
        "  schemaIncludeList: public",
        "  tableIncludeList: public.orders",
        "  databaseSslmode: maybe",
        "  tableIncludeLst: public.orders",
        "---", // 15
        "provider: unstructured",
        "kind: sources",
        "connector: s3",
        "name: docs",
        "config:", // 20
        "  remote_url: 42",
        '  recursive: "yes"',
        "",
      ].join("\n"),
    );
    const problems = await validateFiles([path], providers);
    expect(problems.map(where)).toEqual([
      "6:3 config.heartbeatDataCollectionSchemaOrDatabase required",
      "7:17 config.databasePort type",
      "13:20 config.databaseSslmode enum",
      "14:3 config.tableIncludeLst unknown-key",
      "21:15 config.remoteUrl type",
      "22:14 config.recursive type",
    ]);
    expect(problems[1]!.wirePath).toBe("config.database.port.user.defined");
    expect(formatProblems(problems).split("\n")[1]).toBe(
      `${problems[1]!.file}:7:17  config.databasePort (config.database.port.user.defined)  expected an integer, got "5432"`,
    );
    expect(formatProblems(problems)).toContain('unknown key; did you mean "tableIncludeList"?');
  });

  it("reads wire keys (dotted) from JSON and points missing keys at their object", async () => {
    const path = await file(
      "wire.json",
      JSON.stringify(
        {
          provider: "streamkap",
          kind: "sources",
          connector: "postgresql",
          name: "m",
          config: { "database.hostname.user.defined": "db", "database.port.user.defined": 70000, "database.user": "u" },
        },
        null,
        2,
      ),
    );
    const problems = await validateFiles([path], providers);
    const port = problems.find((p) => p.code === "range")!;
    expect(`${port.line}:${port.column}`).toBe("8:35");
    expect(port.wirePath).toBe("config.database.port.user.defined");
    const missing = problems.filter((p) => p.code === "required");
    expect(missing.length).toBeGreaterThan(0);
    for (const p of missing) expect(`${p.line}:${p.column}`).toBe("6:13");
  });

  it("reads a .ts module's default export made with defineSource", async () => {
    const index = resolve(root, "generated/unstructured/index.js");
    const path = await file(
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
    const problems = await validateFiles([path], providers);
    expect(problems.map(where)).toEqual(["5:85 config.port range"]);
  });

  it("reports envelope problems and never prints a secret from a broken line", async () => {
    const envelope = await file(
      "envelope.yaml",
      "provider: streamkap\nkind: sources\nconnector: postgress\nname: x\nconfig: {}\nextra: 1\n",
    );
    const broken = await file("broken.yaml", "provider: streamkap\nconfig:\n  databasePassword: [hunter2-secret\n");
    const problems = await validateFiles([envelope, broken], providers);
    expect(problems.map((p) => `${p.file.endsWith("broken.yaml") ? "b" : "e"} ${where(p)}`)).toEqual([
      "e 3:12 connector enum",
      "e 6:1 extra unknown-key",
      expect.stringMatching(/^b \d+:\d+  parse$/),
    ]);
    expect(formatProblems(problems)).not.toContain("hunter2");
  });

  it("runs from the command line: exit 1 with problems, 0 without, JSON on request", async () => {
    const good = await file(
      "good.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: s3://bucket/\n",
    );
    const bad = await file(
      "bad.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig: {}\n",
    );
    const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
    const cli = (args: string[]) =>
      promisify(execFile)(process.execPath, [tsx, resolve(root, "generator/commands/cli.ts"), "validate", ...args], {
        cwd: root,
      }).then(
        (r) => ({ code: 0, stdout: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
      );
    const ok = await cli([good]);
    expect(ok).toEqual({ code: 0, stdout: "1 file(s): no problems\n" });
    const failed = await cli([good, bad, "--format", "json"]);
    expect(failed.code).toBe(1);
    const report = JSON.parse(failed.stdout) as { problems: { line: number; column: number; path: string }[] };
    expect(report.problems.map((p) => `${p.line}:${p.column} ${p.path}`)).toEqual(["5:9 config.remoteUrl"]);
  });

  it("takes time in proportion to the file: 20,000 unknown keys, each at its line", async () => {
    // Quadratic before (each problem looked its key up among all the keys, and yaml compared each key with
    // every earlier one): minutes here. The test timeout only fails it if it hangs.
    const n = 20_000;
    const lines = ["provider: unstructured", "kind: sources", "connector: s3", "name: docs", "config:"];
    lines.push("  remoteUrl: s3://bucket/");
    for (let i = 0; i < n; i++) lines.push(`  unknownKey${i}: v`);
    const problems = await validateFiles([await file("many.yaml", `${lines.join("\n")}\n`)], providers);
    expect(problems).toHaveLength(n);
    expect(problems.every((p) => p.code === "unknown-key")).toBe(true);
    expect(problems.map((p) => p.line)).toEqual(Array.from({ length: n }, (_, i) => i + 7));
  });

  it("reports a repeated key at the repeat, at any depth", async () => {
    const path = await file(
      "repeat.yaml",
      "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: a\n  remoteUrl: b\n",
    );
    const problems = await validateFiles([path], providers);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.message}`)).toEqual([
      "7:3 parse invalid YAML: Map keys must be unique",
    ]);
  });
});
