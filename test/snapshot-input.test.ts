// Reading snapshot files: exact numbers (a literal no double holds is warned
// about with file#pointer and left out, never rounded or turned into null),
// bounded nesting, strict UTF-8, duplicate keys, kind folders and property
// names that are Object.prototype's (`constructor`, `__proto__`), the same
// for YAML documents, and entries that are not regular files (a directory or
// FIFO where a file should be, a file where a folder should be). Runs the
// pipeline on snapshots written to temp dirs.

import { execFileSync } from "node:child_process";
import { mkdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { CodegenError, type Diagnostic } from "../generator/ir/diagnostics.js";
import type { IrField, IrType } from "../generator/ir/ir.js";
import { loadSnapshot, readSnapshot } from "../generator/input/load-snapshot.js";
import { buildIr } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir, tempDir } from "./helpers.js";

const JSON_SCHEMA_INPUT = resolve(import.meta.dirname, "cases/json-schema/input");
const JSON_SCHEMA: Partial<ProviderConfig> = {
  dialect: "json-schema",
  suffixes: [],
  kinds: { sources: { connectorProperty: "type" }, destinations: { connectorProperty: "type" } },
};
const KAFKA = "connectors/sources/kafka-cloud.json";
const DEMO = "connectors/sources/demo-db.json";
const NO_CACHE = { cache: false, threads: 1 };

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map(removeDir)));

/** A copy of the JSON Schema case whose kafka-cloud.json has `properties` replaced by the raw JSON text given. */
async function kafkaWith(propertiesText: string, extra = ""): Promise<string> {
  const dir = await copySnapshot(JSON_SCHEMA_INPUT);
  cleanup.push(dir);
  await writeFile(join(dir, KAFKA), `{"title": "Kafka", "type": "object", ${extra}"properties": ${propertiesText}}`);
  return dir;
}

const runJsonSchema = (dir: string, options: Partial<typeof NO_CACHE & { maxDepth: number }> = {}) =>
  buildIr(providerFor(dir, "/nonexistent", JSON_SCHEMA), { ...NO_CACHE, ...options });

async function failure(work: Promise<unknown>): Promise<CodegenError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  return error as CodegenError;
}

const kafkaField = (fields: IrField[], wireKey: string) => fields.find((f) => f.wireKey === wireKey);

describe("numbers no double holds exactly", () => {
  it("an enum value of 1e400 or 2^53 + 1 is left out with a warning; the others stay", async () => {
    const dir = await kafkaWith(`{"level": {"type": "integer", "enum": [1, 1e400, 9007199254740993, 3]}}`);
    const { ir, warnings } = await runJsonSchema(dir);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafkaField(kafka.fields, "level")!.type).toEqual({ type: "integer", enum: [{ value: 1 }, { value: 3 }] });
    const inexact = warnings.filter((w) => w.rule === "inexact-number");
    expect(inexact).toEqual([
      expect.objectContaining({ file: KAFKA, pointer: "/properties/level/enum/1", severity: "warning" }),
      expect.objectContaining({ file: KAFKA, pointer: "/properties/level/enum/2", severity: "warning" }),
    ]);
    expect(inexact[0]!.message).toContain("1e400");
    expect(inexact[1]!.message).toContain("9007199254740993");
  });

  it("a default of 1e400 or 2^53 + 1 is left out with a warning, not made null or rounded", async () => {
    const dir = await kafkaWith(
      `{"big": {"type": "number", "default": 1e400}, "id": {"type": "integer", "default": 9007199254740993},` +
        ` "ok": {"type": "integer", "default": 9007199254740991}}`,
    );
    const { ir, warnings } = await runJsonSchema(dir);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafkaField(kafka.fields, "big")).not.toHaveProperty("default");
    expect(kafkaField(kafka.fields, "id")).not.toHaveProperty("default");
    expect(kafkaField(kafka.fields, "ok")!.default).toBe(9007199254740991);
    expect(warnings.filter((w) => w.rule === "inexact-number").map((w) => w.pointer)).toEqual([
      "/properties/big/default",
      "/properties/id/default",
    ]);
  });

  it("a maximum of 1e400 is left out (it bounds nothing a double can be); a property named `default` is a name", async () => {
    const dir = await kafkaWith(`{"default": {"type": "number", "minimum": 0.5, "maximum": 1e400}}`);
    const { ir, warnings } = await runJsonSchema(dir);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafkaField(kafka.fields, "default")!.type).toEqual({ type: "number", minimum: 0.5 });
    expect(warnings).toContainEqual(
      expect.objectContaining({ rule: "inexact-number", file: KAFKA, pointer: "/properties/default/maximum" }),
    );
  });

  it("field-list: a raw value is left out of the options, a default or bound left out of its entry", async () => {
    const dir = await copySnapshot();
    cleanup.push(dir);
    const text = await readFile(join(dir, DEMO), "utf8");
    const slider = '"value": { "control": "slider", "type": "raw", "min": 1, "max": 10, "step": 1, "default": 1 }';
    expect(text).toContain(slider);
    await writeFile(
      join(dir, DEMO),
      text.replace(
        slider,
        '"value": { "control": "one-select", "type": "raw", "raw_values": [1, 1e400, 2], "max": 1e400, "default": 18014398509481985 }',
      ),
    );
    const { ir, warnings } = await buildIr(providerFor(dir, "/nonexistent"), NO_CACHE);
    const demo = ir.connectors.find((c) => c.code === "demo-db")!;
    const tasks = kafkaField(demo.fields, "tasks.max")!;
    expect(tasks.type).toMatchObject({ enum: [{ value: 1 }, { value: 2 }] });
    expect(tasks).not.toHaveProperty("default");
    const inexact = warnings.filter((w) => w.rule === "inexact-number");
    expect(inexact.map((w) => `${w.file}#${w.pointer}`)).toEqual([
      `${DEMO}#/config/6/value/raw_values/1`,
      `${DEMO}#/config/6/value/max`,
      `${DEMO}#/config/6/value/default`,
    ]);
    expect(inexact[2]!.message).toContain("18014398509481985 (line 68, column");
    expect(inexact[2]!.message).toContain("it reads as 18014398509481984");
  });
});

/** Builds; expects `code` left out with one warning of `rule` ending as buildAlone ends it, the rest generated. */
async function leftOutBy(work: ReturnType<typeof runJsonSchema>, code: string, rule: string): Promise<Diagnostic> {
  const { ir, warnings } = await work;
  expect(ir.connectors.some((c) => c.code === code)).toBe(false);
  expect(ir.connectors.length).toBeGreaterThan(0);
  const mine = warnings.filter((w) => w.connector === `sources/${code}`);
  expect(mine.map((w) => w.rule)).toEqual([rule]);
  expect(mine[0]!.message).toMatch(/; this connector is left out$/);
  return mine[0]!;
}

describe("nesting", () => {
  it("10,000 levels in one connector's file leave that connector out with the file and a pointer; the rest generates", async () => {
    const deep = `{"a": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const dir = await kafkaWith(deep);
    const d = await leftOutBy(runJsonSchema(dir), "kafka-cloud", "too-deep");
    expect(d).toMatchObject({ file: KAFKA, severity: "warning" });
    expect(d.pointer).toMatch(/^\/properties\/a(\/0)+$/);
    expect(d.message).toMatch(/deeper than 256 .* at line 1, column \d+/);
  });

  it("the limit is a run option; past it in the OpenAPI document, the run stops", async () => {
    // 9 levels; the document has 8.
    const nine = `{"a": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": {"properties": {"d": {}}}}}}}}`;
    const dir = await kafkaWith(nine);
    expect((await runJsonSchema(dir, { maxDepth: 9 })).ir.connectors.some((c) => c.code === "kafka-cloud")).toBe(true);
    const d = await leftOutBy(runJsonSchema(dir, { maxDepth: 8 }), "kafka-cloud", "too-deep");
    expect(d).toMatchObject({ file: KAFKA, pointer: "/properties/a/properties/b/properties/c/properties/d" });
    const error = await failure(runJsonSchema(dir, { maxDepth: 7 }));
    expect(error.diagnostics).toContainEqual(expect.objectContaining({ rule: "too-deep", file: "openapi.json" }));
    const only = await tempDir();
    cleanup.push(only);
    await writeFile(join(only, "openapi.json"), `{"a": {"b": {"c": [1]}}}`);
    await expect(loadSnapshot(only, { maxDepth: 4 })).resolves.toBeDefined();
    expect((await failure(loadSnapshot(only, { maxDepth: 3 }))).diagnostics[0]).toMatchObject({
      rule: "too-deep",
      file: "openapi.json",
      pointer: "/a/b/c",
    });
  });
});

describe("schemas nested through $ref and allOf", () => {
  /** The JSON Schema case with `n` chained schemas S0 → S1 → … in the document, and kafka-cloud's `deep` property at S0. */
  async function chain(n: number, link: (next: string | undefined, i: number) => unknown): Promise<string> {
    const dir = await kafkaWith(`{"deep": {"$ref": "#/components/schemas/S0"}}`);
    const path = join(dir, "openapi.json");
    const doc = JSON.parse(await readFile(path, "utf8")) as { components: { schemas: Record<string, unknown> } };
    for (let i = 0; i < n; i++)
      doc.components.schemas[`S${i}`] = link(i + 1 < n ? `#/components/schemas/S${i + 1}` : undefined, i);
    await writeFile(path, JSON.stringify(doc));
    return dir;
  }
  const cases: { name: string; link: (next: string | undefined, i: number) => unknown }[] = [
    {
      name: "properties",
      link: (next) => ({ type: "object", properties: { n: next ? { $ref: next } : { type: "string" } } }),
    },
    {
      name: "allOf",
      link: (next, i) => ({ allOf: next ? [{ $ref: next }] : [], properties: { [`p${i}`]: { type: "string" } } }),
    },
    { name: "oneOf", link: (next) => ({ oneOf: [{ type: "string" }, next ? { $ref: next } : { type: "integer" }] }) },
  ];
  for (const { name, link } of cases) {
    it(`a chain of 10,000 through ${name} leaves the connector out with a pointer, not a stack overflow`, async () => {
      const { ir, warnings } = await runJsonSchema(await chain(10_000, link));
      const d = warnings.find((x) => x.rule === "too-deep")!;
      expect(d).toMatchObject({ connector: "sources/kafka-cloud" });
      expect(d.message).toMatch(/; this connector is left out$/);
      expect(d.pointer).toMatch(/^\/components\/schemas\/S25\d/);
      expect(ir.connectors.some((c) => c.code === "kafka-cloud")).toBe(false);
      expect(ir.connectors.length).toBeGreaterThan(0);
    });
  }

  it("a chain of 100 is fine", async () => {
    const { ir } = await runJsonSchema(await chain(100, cases[0]!.link));
    expect(ir.connectors.some((c) => c.code === "kafka-cloud")).toBe(true);
  });

  it("an allOf that includes itself through $refs is a recursive schema: that connector left out", async () => {
    const { ir, warnings } = await runJsonSchema(
      await chain(3, (next) => ({ allOf: [{ $ref: next ?? "#/components/schemas/S0" }] })),
    );
    expect(ir.connectors.some((c) => c.code === "kafka-cloud")).toBe(false);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "recursive-schema",
        connector: "sources/kafka-cloud",
        pointer: "/components/schemas/S2/allOf/0",
      }),
    );
  });
});

describe("bytes and keys", () => {
  it("invalid UTF-8 in one connector's file leaves it out, naming the file and the byte offset, not U+FFFD", async () => {
    const dir = await kafkaWith(`{"port": {"type": "integer", "description": "caf\u00e9"}}`);
    const bytes = await readFile(join(dir, KAFKA));
    const at = bytes.indexOf(0xc3);
    bytes[at + 1] = 0x28; // é's continuation byte replaced: 0xC3 starts a sequence that never finishes
    await writeFile(join(dir, KAFKA), bytes);
    const d = await leftOutBy(runJsonSchema(dir), "kafka-cloud", "invalid-utf8");
    expect(d).toMatchObject({ file: KAFKA, message: `invalid UTF-8 at byte offset ${at}; this connector is left out` });
  });

  it("a duplicate key names both places, not last-one-wins; that connector is left out", async () => {
    const dir = await kafkaWith(
      `{\n  "hostname": {"type": "string"},\n  "port": {"type": "integer"},\n    "hostname": {"type": "integer"}\n}`,
    );
    const d = await leftOutBy(runJsonSchema(dir), "kafka-cloud", "duplicate-key");
    expect(d).toMatchObject({ file: KAFKA, pointer: "/properties/hostname" });
    expect(d.message).toContain('duplicate key "hostname"');
    // Both places: the second at line 4, column 5; the first at line 2, column 3.
    expect(d.message).toMatch(/first at line 2, column 3\) at line 4, column 5/);
  });

  it("invalid JSON in a schema file leaves that type out, not built from the document's copy of its schema", async () => {
    const dir = await copySnapshot(JSON_SCHEMA_INPUT);
    cleanup.push(dir);
    const S3 = "connectors/sources/s3.json";
    await writeFile(join(dir, S3), '{\n  "type": "object",\n  "properties": {,}\n}');
    // The document has a config schema for s3 too (S3SourceConnectorConfigInput): the file, which wins, is broken.
    const d = await leftOutBy(runJsonSchema(dir), "s3", "invalid-json");
    expect(d).toMatchObject({ file: S3, pointer: "/properties" });
    expect(d.message).toBe(
      'invalid JSON expected a property name in double quotes, got "," at line 3, column 18 (/properties); this connector is left out',
    );
  });

  it("a file that is a symbolic link out of the snapshot folder is not read: its connector is left out, warned", async () => {
    const dir = await copySnapshot(JSON_SCHEMA_INPUT);
    cleanup.push(dir);
    const outside = `${dir}-outside.json`;
    cleanup.push(outside);
    await writeFile(outside, '{"type": "object", "properties": {"leaked_key": {"type": "string"}}}');
    await rm(join(dir, KAFKA));
    await symlink(outside, join(dir, KAFKA));
    // A link that stays inside the folder is read as the file it names.
    await mkdir(join(dir, "shared"), { recursive: true });
    await rename(join(dir, "connectors/sources/s3.json"), join(dir, "shared/s3.json"));
    await symlink(join(dir, "shared/s3.json"), join(dir, "connectors/sources/s3.json"));
    const { ir, warnings } = await runJsonSchema(dir);
    const d = await leftOutBy(runJsonSchema(dir), "kafka-cloud", "link-out-of-snapshot");
    expect(d).toMatchObject({ file: KAFKA });
    expect(d.message).toBe("is a symbolic link out of the snapshot folder; it is not read; this connector is left out");
    expect(JSON.stringify({ ir, warnings })).not.toContain("leaked_key");
    expect(ir.connectors.map((c) => c.code)).toContain("s3");
    expect(warnings.filter((w) => w.connector === "sources/s3")).toEqual([]);
  });

  it("an OpenAPI document that is a link out of the snapshot folder stops the run, unread", async () => {
    const dir = await copySnapshot(JSON_SCHEMA_INPUT);
    cleanup.push(dir);
    const outside = `${dir}-openapi.json`;
    cleanup.push(outside);
    await rename(join(dir, "openapi.json"), outside);
    await symlink(outside, join(dir, "openapi.json"));
    const error = await failure(runJsonSchema(dir));
    expect(error.message).toContain("is a link out of the snapshot folder; it is not read");
  });

  it("a required that is no list of names requires nothing, and is warned (Ajv refuses such a schema)", async () => {
    const dir = await kafkaWith(`{"port": {"type": "integer"}}`, `"required": "port", `);
    const { ir, warnings } = await runJsonSchema(dir);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "invalid-schema",
        file: KAFKA,
        pointer: "/required",
        connector: "sources/kafka-cloud",
      }),
    );
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafkaField(kafka.fields, "port")?.required).toBe(false);
  });

  it("an invalid OpenAPI document still stops the run", async () => {
    const dir = await copySnapshot(JSON_SCHEMA_INPUT);
    cleanup.push(dir);
    await writeFile(join(dir, "openapi.json"), '{"openapi": "3.1.0", "openapi": "3.1.0"}');
    const error = await failure(runJsonSchema(dir));
    expect(error.diagnostics).toEqual([expect.objectContaining({ rule: "duplicate-key", file: "openapi.json" })]);
  });

  it("field-list: a duplicate key in an entry leaves that connector out; the rest generates", async () => {
    const dir = await copySnapshot();
    cleanup.push(dir);
    const text = await readFile(join(dir, DEMO), "utf8");
    await writeFile(join(dir, DEMO), text.replace('"required": true,', '"required": true, "required": false,'));
    const { ir, warnings } = await buildIr(providerFor(dir, "/nonexistent"), NO_CACHE);
    expect(ir.connectors.map((c) => `${c.kind}/${c.code}`)).toEqual(["destinations/sink"]);
    expect(warnings.filter((w) => w.connector === "sources/demo-db")).toEqual([
      expect.objectContaining({
        severity: "warning",
        rule: "duplicate-key",
        file: DEMO,
        pointer: "/config/0/required",
        message: expect.stringMatching(/^duplicate key "required" .*; this connector is left out$/),
      }),
    ]);
  });

  for (const kind of ["constructor", "toString", "__proto__", "hasOwnProperty"]) {
    it(`a kind folder named ${kind} is an unconfigured kind, not a crash`, async () => {
      const dir = await copySnapshot();
      cleanup.push(dir);
      await mkdir(join(dir, "connectors", kind));
      await writeFile(join(dir, "connectors", kind, "x.json"), await readFile(join(dir, DEMO)));
      for (const dialect of ["field-list", "json-schema", "union"] as const) {
        const error = await failure(buildIr(providerFor(dir, "/nonexistent", { dialect }), NO_CACHE));
        expect(error.diagnostics).toContainEqual(
          expect.objectContaining({ rule: "unconfigured-kind", file: `connectors/${kind}` }),
        );
      }
    });
  }

  it("a `__proto__` property in an allOf member is a field like any other, with its required entry", async () => {
    const dir = await kafkaWith(
      `{"port": {"type": "integer"}}`,
      `"allOf": [{"properties": {"__proto__": {"type": "string"}, "plain": {"type": "boolean"}}, "required": ["__proto__"]}], `,
    );
    const { ir, warnings } = await runJsonSchema(dir);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    const field = kafkaField(kafka.fields, "__proto__");
    expect(field).toMatchObject({ wireKey: "__proto__", required: true, type: { type: "string" } });
    expect(kafkaField(kafka.fields, "plain")!.type).toEqual({ type: "boolean" } satisfies IrType);
    expect(warnings.filter((w: Diagnostic) => w.connector === "sources/kafka-cloud")).toEqual([]);
  });
});

describe("YAML documents", () => {
  async function yamlSnapshot(text: string): Promise<string> {
    const dir = await tempDir();
    cleanup.push(dir);
    await writeFile(join(dir, "openapi.yaml"), text);
    return dir;
  }

  it("keep numbers exact the same way: inexact ones warned with a pointer and left out", async () => {
    const dir = await yamlSnapshot(
      [
        "openapi: 3.1.0",
        "x-limits:",
        "  maximum: 1e400",
        "  minimum: .inf",
        "  big: 0x20000000000001",
        "  enum: [1, 9007199254740993, .5, +2]",
        "  ok: 0.1",
      ].join("\n"),
    );
    const snapshot = await loadSnapshot(dir);
    expect(snapshot.openapi.json).toEqual({ openapi: "3.1.0", "x-limits": { enum: [1, 0.5, 2], ok: 0.1 } });
    expect(snapshot.warnings!.map((w) => `${w.file}#${w.pointer}`)).toEqual([
      "openapi.yaml#/x-limits/maximum",
      "openapi.yaml#/x-limits/minimum",
      "openapi.yaml#/x-limits/big",
      "openapi.yaml#/x-limits/enum/1",
    ]);
  });

  it("nesting past the limit is an error with a pointer; past the parser's stack, an error still", async () => {
    const nested = await yamlSnapshot(`openapi: 3.1.0\nx: ${"[".repeat(300)}${"]".repeat(300)}\n`);
    const error = await failure(loadSnapshot(nested));
    expect(error.diagnostics[0]).toMatchObject({ rule: "too-deep", file: "openapi.yaml" });
    expect(error.diagnostics[0]!.message).toMatch(/deeper than 256 .*\(\/x(\/0)+\)/);
    const huge = await yamlSnapshot(`openapi: 3.1.0\nx: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    const hugeError = await failure(loadSnapshot(huge));
    expect(hugeError.diagnostics[0]).toMatchObject({ rule: "too-deep", file: "openapi.yaml" });
  });
});

describe("snapshot entries that are not regular files (a snapshot is untrusted)", () => {
  /** A copy of the JSON Schema case with `path` replaced by what `make` puts there. */
  async function withEntry(path: string, make: (full: string) => Promise<void>): Promise<string> {
    const dir = await copySnapshot(JSON_SCHEMA_INPUT);
    cleanup.push(dir);
    await rm(join(dir, path), { recursive: true, force: true });
    await make(join(dir, path));
    return dir;
  }
  const directory = (full: string) => mkdir(full).then(() => undefined);
  const fifo = async (full: string) => {
    execFileSync("mkfifo", [full]);
  };
  const file = (full: string) => writeFile(full, "{}");
  // A FIFO no one writes to would block a read for ever: each case would time out.
  const QUICK = 15_000;

  it.each([
    ["a directory", directory],
    ["a FIFO", fifo],
  ])(
    "a connector's file that is %s is not read: that connector is left out, warned, and the rest generates",
    async (what, make) => {
      const dir = await withEntry(KAFKA, make);
      const d = await leftOutBy(runJsonSchema(dir), "kafka-cloud", "not-a-file");
      expect(d).toMatchObject({ file: KAFKA, severity: "warning" });
      expect(d.message).toBe(`is not a regular file (${what}); it is not read; this connector is left out`);
    },
    QUICK,
  );

  it.each([
    ["a FIFO", fifo],
    ["a directory", directory],
  ])(
    "an OpenAPI document that is %s stops the run with an error naming it, unread",
    async (what, make) => {
      const dir = await withEntry("openapi.json", make);
      const error = await failure(runJsonSchema(dir));
      expect(error.message).toBe(`${join(dir, "openapi.json")} is not a regular file (${what}); it is not read`);
    },
    QUICK,
  );

  it("a `connectors` that is a file stops the run with an error naming it: no connector file can be read", async () => {
    const dir = await withEntry("connectors", file);
    const error = await failure(runJsonSchema(dir));
    expect(error.message).toBe(`${join(dir, "connectors")} is not a directory (a regular file); it is not read`);
  });

  it.each([
    ["a regular file", file],
    ["a FIFO", fifo],
  ])(
    "a kind folder that is %s is not read, warned; the other kinds generate",
    async (what, make) => {
      const dir = await copySnapshot();
      cleanup.push(dir);
      await rm(join(dir, "connectors/destinations"), { recursive: true });
      await make(join(dir, "connectors/destinations"));
      const { ir, warnings } = await buildIr(providerFor(dir, "/nonexistent"), NO_CACHE);
      expect(ir.connectors.map((c) => `${c.kind}/${c.code}`)).toEqual(["sources/demo-db"]);
      expect(warnings.filter((w) => w.file === "connectors/destinations")).toEqual([
        {
          severity: "warning",
          rule: "not-a-directory",
          file: "connectors/destinations",
          message: `is not a directory (${what}); it is not read`,
        },
      ]);
    },
    QUICK,
  );

  it(
    "the snapshot's hash tells each apart, the same each time",
    async () => {
      const layouts = {
        "an empty file": (full: string) => writeFile(full, ""),
        "a directory": directory,
        "a FIFO": fifo,
        "a link out of the folder": (full: string) => symlink("/dev/null", full),
      };
      const hashes: string[] = [];
      for (const make of Object.values(layouts)) {
        const dir = await withEntry(KAFKA, make);
        const [first, again] = [(await readSnapshot(dir)).hash, (await readSnapshot(dir)).hash];
        expect(again).toBe(first);
        hashes.push(first);
      }
      const kindFile = await withEntry("connectors/sources", file);
      const noKind = await withEntry("connectors/sources", async () => {});
      hashes.push((await readSnapshot(kindFile)).hash, (await readSnapshot(noKind)).hash);
      expect(new Set(hashes).size).toBe(hashes.length);
    },
    QUICK,
  );

  it(
    "a file whose bytes spell the next file's name hashes apart from the two files, so it never hits their cached IR",
    async () => {
      const two = await copySnapshot(JSON_SCHEMA_INPUT);
      cleanup.push(two);
      const [openapi, kafka] = [await readFile(join(two, "openapi.json")), await readFile(join(two, KAFKA))];
      // One openapi.json holding both files' bytes, joined as the hash once joined files: "\0<path>\0".
      const one = await copySnapshot(JSON_SCHEMA_INPUT);
      cleanup.push(one);
      await rm(join(one, KAFKA));
      await writeFile(join(one, "openapi.json"), Buffer.concat([openapi, Buffer.from(`\0${KAFKA}\0`), kafka]));
      expect((await readSnapshot(one)).hash).not.toBe((await readSnapshot(two)).hash);
      // With the stage cache: the two files' IR is cached; the one file is parsed, and is no JSON.
      await buildIr(providerFor(two, "/nonexistent", JSON_SCHEMA), { cache: true, threads: 1 });
      const error = await failure(buildIr(providerFor(one, "/nonexistent", JSON_SCHEMA), { cache: true, threads: 1 }));
      expect(error.diagnostics.map((d) => d.file)).toEqual(["openapi.json"]);
    },
    QUICK,
  );
});
