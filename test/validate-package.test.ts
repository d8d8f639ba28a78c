// The validate that ships with the package: `validateText`, `validateFile`,
// `validateFiles` and the `connector-configs validate` bin, over this
// worktree's generated/ (relative imports; the bin is spawned from a temp cwd).
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  stringify,
  type Node as YamlNode,
} from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providers, readText, validateText, type Located } from "../generated/index.js";
import { expandPaths, main, validateFile, validateFiles } from "../generated/validate.js";
import { removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const bin = resolve(root, "generated/bin/cli.js");
let dir: string;

const FOUR_MISTAKES = [
  "provider: streamkap", // 1
  "kind: sources",
  "connector: postgresql",
  "name: orders-db",
  "config:", // 5
  "  databaseHostname: db.internal",
  '  databasePort: "5432"', // a string for an integer
  "  databaseUser: cdc",
  "  databasePassword: hunter2-secret",
  "  databseDbname: orders", // 10: misspelt
  "  schemaIncludeList: public",
  "  tableIncludeList: public.orders",
  "  heartbeatDataCollectionSchemaOrDatabase: public",
  "  signalDataCollectionSchemaOrDatabase: public",
  "  databaseSslmode: maybe", // 15: not in the enum
  "  snapshotReadOnly: maybe", // not Yes or No
  "  slotName: s",
  "  publicationName: p",
  "",
].join("\n");

const GOOD = "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: s3://bucket/\n";

async function put(path: string, text: string): Promise<string> {
  const full = join(dir, path);
  await mkdir(resolve(full, ".."), { recursive: true });
  await writeFile(full, text);
  return full;
}

beforeAll(async () => {
  dir = await tempDir("codegen-validate-package-");
  await put("configs/orders.yaml", FOUR_MISTAKES);
  await put("configs/good.yaml", GOOD);
  await put(
    "configs/more/docs.json",
    JSON.stringify(
      { provider: "unstructured", kind: "sources", connector: "s3", name: "d", config: { remoteUrl: 42 } },
      null,
      2,
    ),
  );
  await put("configs/more/notes.txt", "not a config");
  await put("configs/.hidden/h.yaml", "provider: nope\n");
  await put("configs/node_modules/x.yaml", "provider: nope\n");
});
afterAll(() => removeDir(dir));

const where = (p: { line: number; column: number; path: string; code: string }) =>
  `${p.line}:${p.column} ${p.path} ${p.code}`;

const cli = (args: string[], env: Record<string, string> = {}) =>
  promisify(execFile)(process.execPath, [bin, ...args], { cwd: dir, env: { ...process.env, ...env } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

describe("validateText", () => {
  it("reports each of four mistakes once, at its line and column", () => {
    const problems = validateText(FOUR_MISTAKES, { file: "orders.yaml" });
    expect(problems.map(where)).toEqual([
      "7:17 config.databasePort type",
      "10:3 config.databseDbname unknown-key",
      "15:20 config.databaseSslmode enum",
      "16:21 config.snapshotReadOnly enum",
    ]);
    expect(problems.map((p) => p.message).join("\n")).not.toContain("hunter2");
  });

  it("does not report the key a misspelt wire key meant as missing", () => {
    const text = [
      "provider: streamkap",
      "kind: sources",
      "connector: postgresql",
      "name: m",
      "keys: wire",
      "config:",
      "  database.hostname.user.defined: db",
      "  database.dbnam: orders",
      "",
    ].join("\n");
    const problems = validateText(text);
    const unknown = problems.find((p) => p.code === "unknown-key")!;
    expect(where(unknown)).toBe("8:3 config.database.dbnam unknown-key");
    expect(unknown.message).toBe('unknown key; did you mean "database.dbname"?');
    expect(problems.filter((p) => p.wirePath === "config.database.dbname")).toEqual([]);
    // Missing keys point at the `config:` mapping they belong to.
    const missing = problems.filter((p) => p.code === "required");
    expect(missing.length).toBeGreaterThan(0);
    for (const p of missing) expect(`${p.line}:${p.column}`).toBe("6:1");
  });

  it("points a missing key at the mapping that should hold it, at any depth", () => {
    const text = [
      "provider: unstructured",
      "kind: sources",
      "connector: dropbox",
      "name: d",
      "config:",
      "  remoteUrl: dropbox://folder",
      "  token: t",
      "  fileFilters:",
      "    - action: include",
      "",
    ].join("\n");
    expect(validateText(text).map(where)).toEqual(["9:7 config.fileFilters[0].pattern required"]);
    expect(
      validateText("provider: unstructured\nkind: sources\nconnector: s3\nname: d\nconfig: {}\n").map(where),
    ).toEqual(["5:1 config.remoteUrl required"]);
  });

  it("reads JSON with its own positions", () => {
    const text = JSON.stringify(
      {
        provider: "unstructured",
        kind: "sources",
        connector: "s3",
        name: "d",
        config: { remote_url: 42, recursve: true },
      },
      null,
      2,
    );
    expect(validateText(text, { format: "json" }).map(where)).toEqual([
      "7:19 config.remoteUrl type",
      "8:5 config.recursve unknown-key",
    ]);
    expect(validateText('{"provider": "x",\n  "kind": }', { format: "json" }).map(where)).toEqual(["2:11  parse"]);
  });

  it("reads several documents and lists, and reports the envelope's own problems", () => {
    const text = `${GOOD}---\n- ${GOOD.trimEnd().replace(/\n/g, "\n  ")}\n- provider: streamkap\n  kind: sources\n  connector: postgress\n  name: x\n  config: {}\n  extra: 1\n`;
    expect(validateText(text).map(where)).toEqual(["16:14 connector enum", "19:3 extra unknown-key"]);
  });

  it("never quotes the source in a parse error", () => {
    const problems = validateText("provider: streamkap\nconfig:\n  databasePassword: [hunter2-secret\n");
    expect(problems.map(where)).toEqual(["3:21  parse"]);
    expect(problems[0]!.message).toBe('invalid YAML: unterminated "["');
    const unsupported = validateText("a: &anchor 1\n");
    expect(unsupported.map((p) => `${where(p)} ${p.message}`)).toEqual([
      "1:4  parse invalid YAML: not supported by this YAML reader: anchors (&)",
    ]);
  });

  // A superlinear reading would hit the test's timeout; speed is the bench's to measure.
  it("reads hostile text: deep nesting, 20,000 keys, a value over 100,000 lines", () => {
    const deep = validateText(`a: ${"[".repeat(100_000)}`);
    expect(deep[0]!.message).toContain("nested deeper than");
    const many = Array.from({ length: 20_000 }, (_, i) => `  k${i}: ${i}`).join("\n");
    const problems = validateText(`provider: unstructured\nkind: sources\nconnector: s3\nname: d\nconfig:\n${many}\n`);
    expect(problems.length).toBe(20_001); // every unknown key, and remoteUrl missing
    // A quoted value over 100,000 lines, and a line of 100,000 blanks before its break.
    const long = validateText(`a: "${"x \n".repeat(100_000)}${" ".repeat(100_000)}\n"\n`);
    expect(long.map((p) => p.code)).toEqual([
      "required",
      "required",
      "required",
      "required",
      "required",
      "unknown-key",
    ]);
  });
});

describe("the YAML subset reader", () => {
  const cases: [string, string][] = [
    ["mappings, sequences and flow", "a: 1\nb: [x, {c: 'd'}]\ne:\n  - f: 1\n    g: 2\n  - h\nk:\n- l\n"],
    ["core-schema scalars", "a: ~\nb:\nc: true\nd: 0x1F\ne: 0o17\nf: -1.5e3\ng: .inf\nh: '007'\ni: 007\nj: yes\n"],
    ["quoted", "a: \"tab\\there \\u00e9\"\nb: 'it''s # not a comment'\nc: \"two\n  lines\n\n  apart\"\n"],
    ["block scalars", "a: |\n  one\n  two\n\nb: >-\n  folded\n  line\n\n  next\nc: |+\n  kept\n\n"],
    ["comments and documents", "# top\na: 1 # trailing\n---\nb: x#y\n...\n"],
    ["CRLF", "a: 1\r\nb:\r\n  c: 2\r\n"],
  ];
  it.each(cases)("%s: reads what the yaml package reads", (_, text) => {
    const want = parseAllDocuments(text).map((d) => d.toJS() as unknown);
    const read = readText(text, "yaml");
    expect(read.errors).toEqual([]);
    expect(read.definitions.map((d) => d.value)).toEqual(want.flatMap((v) => (Array.isArray(v) ? v : [v])));
  });

  it("reads what the yaml package writes (round trip)", () => {
    const key = fc.string({ maxLength: 20 }).filter((k) => !/[\n\r]/.test(k));
    const scalar = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.constant(null),
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("object")),
      list: fc.array(tie("tree"), { maxLength: 4 }),
      object: fc.dictionary(key, tie("tree"), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), (value) => {
        const text = stringify(value, { lineWidth: 0 });
        const read = readText(text, "yaml");
        expect(read.errors).toEqual([]);
        expect(read.definitions.map((d) => d.value)).toEqual([value]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("positions", () => {
  // Every key and every non-null value where the yaml package places it, in documents it writes.
  function compare(node: YamlNode | null, located: Located, counter: LineCounter, out: string[], at: string): void {
    if (node === null) return;
    const place = (offset: number) => {
      const p = counter.linePos(offset);
      return `${p.line}:${p.col}`;
    };
    if (!(isScalar(node) && node.value === null))
      out.push(`${at} ${place(node.range![0])} ${located.line}:${located.column}`);
    if (isMap(node))
      for (const pair of node.items) {
        const key = String((pair.key as { value: unknown }).value);
        const child = located.entry(key)!;
        out.push(`${at}.${key} key ${place((pair.key as YamlNode).range![0])} ${child.key!.line}:${child.key!.column}`);
        compare(pair.value as YamlNode | null, child, counter, out, `${at}.${key}`);
      }
    if (isSeq(node))
      node.items.forEach((item, i) => compare(item as YamlNode, located.item(i)!, counter, out, `${at}[${i}]`));
  }

  it("are the yaml package's, for keys and values at every depth", () => {
    const key = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !/[\n\r]/.test(k));
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.boolean());
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("object")),
      list: fc.array(tie("tree"), { minLength: 1, maxLength: 3 }),
      object: fc.dictionary(key, tie("tree"), { minKeys: 1, maxKeys: 3 }),
    }));
    fc.assert(
      fc.property(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 4 }), fc.boolean(), (value, flow) => {
        const text = stringify(value, { lineWidth: 0, ...(flow ? { collectionStyle: "flow" as const } : {}) });
        const counter = new LineCounter();
        const doc = parseDocument(text, { lineCounter: counter });
        const mine = readText(text, "yaml").definitions[0]!;
        const out: string[] = [];
        compare(doc.contents as YamlNode, mine, counter, out, "");
        expect(out.length).toBeGreaterThan(0);
        for (const line of out) {
          const [, theirs, ours] = /^(?:.* )?(\d+:\d+) (\d+:\d+)$/.exec(line)!;
          expect(ours, `${line}\n${text}`).toBe(theirs);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("the JSON reader", () => {
  it("reads what JSON.parse reads", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify({ v: value }, null, pretty ? 2 : undefined);
        const read = readText(text, "json");
        expect(read.errors).toEqual([]);
        expect(read.definitions.map((d) => d.value)).toEqual([JSON.parse(text)]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("validateFile and validateFiles", () => {
  it("reads paths relative to cwd and shows them so", async () => {
    const problems = await validateFile("configs/more/docs.json", { cwd: dir });
    expect(problems.map((p) => `${p.file} ${where(p)}`)).toEqual(["configs/more/docs.json 7:18 config.remoteUrl type"]);
  });

  it("expands directories and globs (*, **, ?), skipping hidden folders and node_modules", async () => {
    const files = async (...paths: string[]) =>
      (await expandPaths(paths, { cwd: dir })).files.map((f) => f.slice(dir.length + 1));
    expect(await files("configs")).toEqual(["configs/good.yaml", "configs/more/docs.json", "configs/orders.yaml"]);
    expect(await files("configs/**/*.json")).toEqual(["configs/more/docs.json"]);
    expect(await files("configs/*.yaml")).toEqual(["configs/good.yaml", "configs/orders.yaml"]);
    expect(await files("configs/g??d.*")).toEqual(["configs/good.yaml"]);
    expect(await files("**/docs.json", "configs/more/docs.json")).toEqual(["configs/more/docs.json"]);
    expect(await files("configs/**/**/**/*.json")).toEqual(["configs/more/docs.json"]);
    expect((await expandPaths(["configs/*.toml", "missing.yaml"], { cwd: dir })).errors).toEqual([
      "configs/*.toml: no file matches",
      "missing.yaml: no such file or directory",
    ]);
  });

  it("validates them all", async () => {
    const result = await validateFiles(["configs"], { cwd: dir });
    expect(result.files).toEqual(["configs/good.yaml", "configs/more/docs.json", "configs/orders.yaml"]);
    expect(result.problems.map((p) => `${p.file} ${where(p)}`)).toEqual([
      "configs/more/docs.json 7:18 config.remoteUrl type",
      "configs/orders.yaml 7:17 config.databasePort type",
      "configs/orders.yaml 10:3 config.databseDbname unknown-key",
      "configs/orders.yaml 15:20 config.databaseSslmode enum",
      "configs/orders.yaml 16:21 config.snapshotReadOnly enum",
    ]);
    expect(result.errors).toEqual([]);
  });
});

describe("the bin", () => {
  it("prints each problem and a summary, exit 1", async () => {
    const run = await cli(["validate", "configs/"]);
    expect(run).toEqual({
      code: 1,
      stdout: [
        "configs/more/docs.json:7:18  config.remoteUrl (config.remote_url)  expected a string, got 42",
        'configs/orders.yaml:7:17  config.databasePort (config.database.port.user.defined)  expected an integer, got "5432"',
        'configs/orders.yaml:10:3  config.databseDbname  unknown key; did you mean "databaseDbname"?',
        'configs/orders.yaml:15:20  config.databaseSslmode (config.database.sslmode)  expected one of "require", "disable", got "maybe"',
        'configs/orders.yaml:16:21  config.snapshotReadOnly (config.snapshot.read.only.user.defined)  expected one of "Yes", "No", got "maybe"',
        "3 files, 2 with problems, 5 problems",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("prints JSON on request; exit 0 when valid", async () => {
    const run = await cli(["validate", "configs/good.yaml", "configs/**/*.json", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      files: ["configs/good.yaml", "configs/more/docs.json"],
      problems: [
        {
          file: "configs/more/docs.json",
          line: 7,
          column: 18,
          path: "config.remoteUrl",
          wirePath: "config.remote_url",
          code: "type",
          message: "expected a string, got 42",
        },
      ],
      summary: { files: 2, withProblems: 1, problems: 1, warnings: 0 },
    });
    expect(await cli(["validate", "configs/good.yaml"])).toEqual({
      code: 0,
      stdout: "1 file, 0 with problems, 0 problems\n",
      stderr: "",
    });
  });

  it("exits 2 on a usage or I/O error", async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(["validate"])).code).toBe(2);
    expect((await cli(["validate", "configs", "--format", "xml"])).code).toBe(2);
    expect((await cli(["validate", "--no-such-flag", "configs"])).code).toBe(2);
    const missing = await cli(["validate", "configs/good.yaml", "nothing-here/"]);
    expect(missing).toEqual({
      code: 2,
      stdout: "1 file, 0 with problems, 0 problems\n",
      stderr: "error: nothing-here/: no such file or directory\n",
    });
    expect((await cli(["validate", "configs/more/notes.txt"])).code).toBe(2);
    expect((await cli(["--help"])).stdout).toContain("Usage: connector-configs validate PATH...");
  });

  it("colours a terminal's output unless NO_COLOR is set", async () => {
    const output = async (env: Record<string, string>, isTTY: boolean) => {
      const out: string[] = [];
      const code = await main(["validate", "configs/orders.yaml"], {
        cwd: dir,
        env,
        isTTY,
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
      });
      return { code, text: out.join("\n") };
    };
    const tty = await output({}, true);
    expect(tty.code).toBe(1);
    expect(tty.text).toContain("\x1b[1mconfigs/orders.yaml:7:17\x1b[0m");
    expect(tty.text).toContain("\x1b[31m1 file, 1 with problems, 4 problems\x1b[0m");
    expect((await output({ NO_COLOR: "1" }, true)).text).not.toContain("\x1b[");
    expect((await output({}, false)).text).not.toContain("\x1b[");
  });
});

it("providers holds every provider's registry", () => {
  expect(Object.keys(providers)).toEqual(["streamkap", "unstructured"]);
  expect(Object.keys(providers.unstructured.connectors)).toEqual(["destinations", "sources"]);
});
