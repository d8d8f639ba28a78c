// Hostile schemas, for each input dialect: text that tries to break out of
// comments, strings and templates; keys that name prototypes, are empty, dotted
// oddly, reserved, huge or invisible; 10,000 fields; 100-deep nesting; $ref
// cycles and dangling $refs; duplicate and hostile connector codes; numbers past
// 2^53; a 20 MB document. Each case must either generate code that compiles,
// imports with no side effect and validates as the schema says, or stop with an
// error naming the file and a JSON pointer, leaving the output untouched. A
// connector too odd to generate is left out with a warning naming its file and
// a pointer, and the rest of the provider generates.
//
// HOSTILE_ONLY=substring runs the matching cases only.

import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as prettier from "prettier";
import { CodegenError } from "../generator/ir/diagnostics.js";
import { PRETTIER_OPTIONS } from "../generator/print/format.js";
import { run, type RunResult } from "../generator/pipeline.js";
import { MARKER_CONTENT, OUTPUT_MARKER } from "../generator/output/write.js";
import { providerFor, readTree, removeDir, tempDir, typeCheck } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
type Json = unknown;
type Plain = Record<string, unknown>;

interface Module {
  keyMap: Record<string, string>;
  wireKeyMap: Record<string, string>;
  spec: { fields: { key: string; wireKey: string }[] };
  validate(config: unknown): { code: string; path: string }[];
  toWire(config: object): Plain;
  fromWire(wire: object): Plain;
}
type Registry = Record<string, Record<string, Module>>;

interface Case {
  name: string;
  dialect: "field-list" | "json-schema";
  /** Connector files to add (path under connectors/ → JSON or raw text). */
  files: Record<string, Json>;
  /** Changes to the base OpenAPI document. */
  openapi?: (doc: Plain) => void;
  /** Checks on the generated registry when generation succeeds. */
  check?: (connectors: Registry) => void;
  /** The case must fail (true) or must succeed (false); undefined: either, by the rules above. */
  mustFail?: boolean;
  /**
   * The added connector (`sources/hostile`) is odd in a way that leaves it out:
   * a warning with this rule names its file and a pointer, and the rest generates.
   */
  leftOut?: string;
}

// ---------------------------------------------------------------------------
// Hostile text and keys

const TEXTS = [
  "*/ alert(1) /* end",
  "`${process.exit(1)}` ${globalThis.x = 1}",
  `"double" 'single' \\" \\' quotes`,
  "back\\slash \\u0041 \\n \\\\",
  "line\nbreak\r\nand\u2028separators\u2029end",
  "</script><script>alert(1)</script><!--",
  "@type {any} @param x @returns {void} @default 1",
  "\u202eRTL override\u202c and \u05e9\u05dc\u05d5\u05dd",
  "zero\u200bwidth\ufeffjoiner\u200d",
  "nul\u0000 and \u0007 bell %s {{x}}",
];

const KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "__defineGetter__",
  "",
  ".",
  "..",
  ".leading",
  "trailing.",
  "double..dot",
  "1leading.digit",
  "class",
  "default",
  "delete",
  "k".repeat(10_000),
  "ключ.поле",
  "مفتاح.الحقل",
  "zero\u200bwidth",
  "with space",
  "$ref",
];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

// ---------------------------------------------------------------------------
// Connector builders per dialect

function flField(name: string, extra: Plain = {}, value: Plain = {}): Plain {
  return {
    name,
    display_name: name,
    user_defined: true,
    required: false,
    ...extra,
    value: { control: "string", type: "raw", ...value },
  };
}
const flConnector = (config: Plain[], extra: Plain = {}): Plain => ({
  display_name: "Hostile",
  description: "A hostile connector",
  coming_soon: false,
  ...extra,
  config,
});
const jsConnector = (properties: Plain, extra: Plain = {}): Plain => ({ type: "object", properties, ...extra });

/** The connector module a case adds (code `hostile` unless the case says otherwise). */
const moduleOf = (connectors: Registry, code = "hostile") => {
  const m = connectors.sources?.[code];
  if (!m) throw new Error(`no module sources/${code}`);
  return m;
};

function textCases(): Case[] {
  return TEXTS.flatMap((text, i): Case[] => [
    {
      name: `field-list text #${i} in every text field`,
      dialect: "field-list",
      files: {
        "sources/hostile.json": flConnector(
          [
            flField(
              "mode",
              { display_name: text, description: text, required: true },
              {
                control: "one-select",
                raw_values: [{ value: text, label: text }, "plain"],
                default: text,
                placeholder: text,
              },
            ),
            flField("note", { display_name: text, description: text }, { default: text }),
          ],
          { display_name: text, description: text },
        ),
      },
      check: (c) => {
        const m = moduleOf(c);
        expect(m.validate({ mode: text })).toEqual([]);
        expect(m.validate({ mode: "other" }).map((p) => p.code)).toEqual(["enum"]);
        expect(m.toWire({ mode: text, note: text })).toEqual({ mode: text, note: text });
      },
    },
    {
      name: `json-schema text #${i} in every text field`,
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector(
          {
            mode: { type: "string", title: text, description: text, enum: [text, "plain"], default: text },
            exact: { type: "string", description: text, pattern: `^${escapeRegex(text)}$`, format: text },
            note: { type: ["string", "null"], title: text, examples: [text], "x-display-name": text },
          },
          { required: ["exact"], title: text, description: text, "x-display-name": text },
        ),
      },
      check: (c) => {
        const m = moduleOf(c);
        expect(m.validate({ exact: text, mode: text })).toEqual([]);
        expect(m.validate({ exact: `${text}!`, mode: "other" }).map((p) => p.code)).toEqual(["enum", "pattern"]);
      },
    },
  ]);
}

function keyCases(): Case[] {
  return KEYS.flatMap((key, i): Case[] => {
    const label = key.length > 40 ? `${key.slice(0, 10)}… (${key.length} chars)` : JSON.stringify(key);
    const check = (c: Registry) => {
      const m = moduleOf(c);
      const field = m.spec.fields.find((f) => f.wireKey === key);
      expect(field, "the hostile key is a field").toBeDefined();
      const config = JSON.parse(JSON.stringify({ [field!.key]: "v", plain: "p" })) as Plain;
      expect(m.validate(config)).toEqual([]);
      const wire = m.toWire(config);
      expect(Object.hasOwn(wire, key)).toBe(true);
      expect(Object.getPrototypeOf(wire)).toBe(Object.prototype);
      expect(m.fromWire(wire)).toEqual(config);
      expect(m.validate({ plain: "p" }).map((p) => p.code)).toEqual(["required"]);
    };
    return [
      {
        name: `field-list key #${i} ${label}`,
        dialect: "field-list",
        files: { "sources/hostile.json": flConnector([flField(key, { required: true }), flField("plain")]) },
        // A required entry without a name asks for a key no config can send: that connector is left out.
        // A wire key with no letter or digit is authored as `unnamed`, as in the JSON Schema dialect.
        ...(key.trim() === "" ? { leftOut: "unnamed-field", mustFail: false } : { check }),
      },
      {
        name: `json-schema key #${i} ${label}`,
        dialect: "json-schema",
        files: {
          "sources/hostile.json": jsConnector(
            { [key]: { type: "string" }, plain: { type: "string" } },
            { required: [key] },
          ),
        },
        check,
      },
    ];
  });
}

function structureCases(): Case[] {
  const many = 10_000;
  let deep: Plain = { type: "string" };
  for (let i = 0; i < 100; i++) deep = { type: "object", properties: { [`level${i}`]: deep } };
  const codes = ["__proto__", "constructor", "class", "1password", "a.b", "ümlaut"];
  return [
    {
      name: `field-list ${many} fields`,
      dialect: "field-list",
      files: {
        "sources/hostile.json": flConnector(
          Array.from({ length: many }, (_, i) => flField(`field.number${i}.user.defined`, { required: i % 100 === 0 })),
        ),
      },
      check: (c) => expect(moduleOf(c).validate({}).length).toBe(many / 100),
    },
    {
      name: `json-schema ${many} properties`,
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector(
          Object.fromEntries(Array.from({ length: many }, (_, i) => [`field_${i}`, { type: "integer", minimum: i }])),
          { required: Array.from({ length: many / 100 }, (_, i) => `field_${i * 100}`) },
        ),
      },
      check: (c) => expect(moduleOf(c).validate({}).length).toBe(many / 100),
    },
    {
      name: "json-schema 100-deep nesting",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ root: deep }) },
    },
    {
      name: "json-schema $ref cycle",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector(
          { a: { $ref: "#/$defs/A" } },
          {
            $defs: {
              A: { type: "object", properties: { b: { $ref: "#/$defs/B" } } },
              B: { type: "object", properties: { a: { $ref: "#/$defs/A" } } },
            },
          },
        ),
      },
    },
    {
      name: "json-schema self-referencing $ref",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ me: { $ref: "#" } }) },
    },
    {
      name: "json-schema dangling $ref",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ gone: { $ref: "#/$defs/Nope" } }) },
      leftOut: "dangling-ref",
      mustFail: false,
    },
    {
      name: "json-schema dangling $ref into the document",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ gone: { $ref: "#/components/schemas/Nope" } }) },
      leftOut: "dangling-ref",
      mustFail: false,
    },
    {
      // Never fetched: typed as any JSON value, with a warning.
      name: "json-schema remote $ref is never fetched",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ remote: { $ref: "http://127.0.0.1:9/evil.json" } }) },
      mustFail: false,
    },
    {
      name: "json-schema numbers beyond 2^53",
      dialect: "json-schema",
      files: {
        "sources/hostile.json":
          '{"type":"object","properties":{"big":{"type":"integer","minimum":-1e400,"maximum":1e400,"default":9007199254740993},"n":{"type":"number","maximum":1.7976931348623157e308}}}',
      },
    },
    {
      name: "field-list numbers beyond 2^53",
      dialect: "field-list",
      files: {
        "sources/hostile.json":
          '{"display_name":"Big","config":[{"name":"big","user_defined":true,"required":false,"value":{"control":"slider","type":"raw","min":-1e400,"max":90071992547409930,"default":9007199254740993}}]}',
      },
    },
    {
      name: "json-schema invalid regular expressions",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector({
          a: { type: "string", pattern: "(unclosed" },
          b: { type: "string", pattern: "[\\w-.]" },
        }),
      },
      check: (c) => expect(moduleOf(c).validate({ a: "x", b: "y" })).toEqual([]),
    },
    {
      name: "json-schema odd enums and defaults",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector({
          mixed: { enum: ["a", 1, true, null, { o: 1 }, [1]] },
          wrongDefault: { type: "integer", default: "not a number" },
          "X-Some-Token": { type: "string", writeOnly: true },
        }),
      },
    },
    {
      name: "json-schema non-string descriptions and titles",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": jsConnector(
          { a: { type: "string", description: 42, title: { no: 1 } } },
          { description: ["x"] },
        ),
      },
    },
    {
      name: "json-schema required names a missing property",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ a: { type: "string" } }, { required: ["nope", "__proto__"] }) },
    },
    {
      name: "json-schema a 20 MB document",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ a: { type: "string" } }) },
      openapi: (doc) => {
        doc["x-padding"] = Array.from({ length: 200_000 }, (_, i) => ({ id: i, text: "p".repeat(90) }));
      },
      check: (c) => expect(moduleOf(c).validate({ a: "x" })).toEqual([]),
    },
    {
      name: "field-list duplicate connector codes by case",
      dialect: "field-list",
      files: { "sources/dup.json": flConnector([flField("a")]), "sources/DUP.json": flConnector([flField("a")]) },
    },
    {
      name: "json-schema duplicate connector codes in the document",
      dialect: "json-schema",
      files: { "sources/hostile.json": jsConnector({ a: { type: "string" } }) },
      openapi: (doc) => {
        const schemas = (doc.components as Plain).schemas as Record<string, Plain>;
        const create = schemas.CreateSourceConnector!;
        const type = (create.properties as Record<string, Plain>).type!;
        type.enum = [...(type.enum as string[]), "hostile", "hostile"];
      },
    },
    {
      name: "field-list entries that are not objects",
      dialect: "field-list",
      files: { "sources/hostile.json": flConnector([flField("ok"), 42 as unknown as Plain, null as unknown as Plain]) },
      leftOut: "invalid-field",
      mustFail: false,
    },
    {
      name: "field-list entries without a name, optional: those fields left out, the rest kept and closed",
      dialect: "field-list",
      files: {
        "sources/hostile.json": flConnector([flField("ok"), { user_defined: true, value: { control: "string" } }]),
      },
      check: (c) => {
        const m = moduleOf(c);
        expect(m.spec.fields.map((f) => f.wireKey)).toEqual(["ok"]);
        expect(m.validate({ ok: "x" })).toEqual([]);
        // No key stands for the nameless entry: any other key is unknown, as for every field-list connector.
        expect(m.validate({ ok: "x", unnamed: "y" }).map((p) => [p.code, p.path])).toEqual([
          ["unknown-key", "unnamed"],
        ]);
      },
    },
    {
      name: "field-list invalid JSON",
      dialect: "field-list",
      files: { "sources/hostile.json": '{"display_name": "x", "config": [ {"name": "a",, } ]}' },
      leftOut: "invalid-json",
      mustFail: false,
    },
    {
      // JSON Schema 2020-12 applies a `$ref` and the keywords beside it both, as Ajv does.
      name: "json-schema config of a $ref with properties, required and a bound beside it",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": {
          $defs: { base: jsConnector({ a: { type: "string" } }) },
          $ref: "#/$defs/base",
          properties: { x: { type: "string", enum: ["on"] } },
          required: ["x"],
          minProperties: 1,
        },
      },
      check: (c) => {
        const m = moduleOf(c);
        expect(m.spec.fields.map((f) => f.wireKey)).toEqual(["x", "a"]);
        expect(m.validate({ a: "s" }).map((p) => `${p.code} ${p.path}`)).toEqual(["required x"]);
        expect(m.validate({ a: "s", x: "off" }).map((p) => `${p.code} ${p.path}`)).toEqual(["enum x"]);
        expect(m.validate({ x: "on" })).toEqual([]);
      },
    },
    {
      // The same in the middle of a chain: a `$defs` entry that is a `$ref` with a bound beside it.
      name: "json-schema property through a chain of $refs with a bound beside one in the middle",
      dialect: "json-schema",
      files: {
        "sources/hostile.json": {
          type: "object",
          $defs: { n: { type: "integer", minimum: 0 }, mid: { $ref: "#/$defs/n", maximum: 10 } },
          properties: { p: { $ref: "#/$defs/mid" } },
        },
      },
      check: (c) => {
        const m = moduleOf(c);
        expect(m.validate({ p: 11 }).map((p) => `${p.code} ${p.path}`)).toEqual(["range p"]);
        expect(m.validate({ p: -1 }).map((p) => `${p.code} ${p.path}`)).toEqual(["range p"]);
        expect(m.validate({ p: 10 })).toEqual([]);
      },
    },
    {
      name: "json-schema invalid JSON",
      dialect: "json-schema",
      files: { "sources/hostile.json": '{"type": "object", "properties": {"a": ' },
      leftOut: "invalid-json",
      mustFail: false,
    },
    ...codes.flatMap((code): Case[] => [
      {
        name: `field-list connector code ${JSON.stringify(code)}`,
        dialect: "field-list",
        files: { [`sources/${code}.json`]: flConnector([flField("a", { required: true })]) },
        check: (c) =>
          expect(
            moduleOf(c, code)
              .validate({})
              .map((p) => p.code),
          ).toEqual(["required"]),
      },
      {
        name: `json-schema connector code ${JSON.stringify(code)}`,
        dialect: "json-schema",
        files: { [`sources/${code}.json`]: jsConnector({ a: { type: "string" } }, { required: ["a"] }) },
        check: (c) =>
          expect(
            moduleOf(c, code)
              .validate({})
              .map((p) => p.code),
          ).toEqual(["required"]),
      },
    ]),
  ];
}

const only = process.env.HOSTILE_ONLY;
const cases = [...textCases(), ...keyCases(), ...structureCases()].filter((c) => !only || c.name.includes(only));

// ---------------------------------------------------------------------------
// The harness

let work: string;
const generatedOk: { name: string; out: string; check?: Case["check"] }[] = [];
const outcomes = { ok: 0, refused: 0 };

beforeAll(async () => {
  work = await tempDir("codegen-hostile-");
});
afterAll(() => removeDir(work));

const BASES = {
  "field-list": resolve(root, "test/cases/basic/input"),
  "json-schema": resolve(root, "test/cases/json-schema/input"),
} as const;

async function snapshotFor(c: Case, dir: string): Promise<void> {
  await cp(BASES[c.dialect], dir, { recursive: true });
  if (c.openapi) {
    const doc = JSON.parse(await readFile(join(dir, "openapi.json"), "utf8")) as Plain;
    c.openapi(doc);
    await writeFile(join(dir, "openapi.json"), JSON.stringify(doc));
  }
  for (const [path, content] of Object.entries(c.files)) {
    await mkdir(join(dir, "connectors", path, ".."), { recursive: true });
    await writeFile(
      join(dir, "connectors", path),
      typeof content === "string" ? content : JSON.stringify(content, null, 1),
    );
  }
}

describe("hostile schemas", () => {
  it.each(cases.map((c, i) => [i, c.name, c] as const))("%i %s", async (i, _name, c) => {
    const dir = join(work, `case-${i}`);
    const snapshot = join(dir, "snapshot");
    const out = join(dir, "out");
    await snapshotFor(c, snapshot);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "previous.txt"), "the previous output\n");
    await writeFile(join(out, OUTPUT_MARKER), MARKER_CONTENT); // a previous output: written by the tool
    const provider = providerFor(
      snapshot,
      out,
      c.dialect === "json-schema"
        ? {
            dialect: "json-schema",
            suffixes: [],
            kinds: { sources: { connectorProperty: "type" }, destinations: { connectorProperty: "type" } },
          }
        : {},
    );
    let result: RunResult | undefined;
    const error = await run(provider, "write").then(
      (r) => {
        result = r;
        return undefined;
      },
      (e: unknown) => e,
    );
    if (error !== undefined) {
      if (!(error instanceof CodegenError)) throw error; // a crash, not a report
      expect(c.mustFail ?? true, `refused: ${error.message.slice(0, 2000)}`).toBe(true);
      // Names the file and a JSON pointer in it.
      expect(error.message).toMatch(
        /(openapi\.json|connectors\/sources\/[^#\s]+\.json)(#\S*|: invalid JSON at line \d+, column \d+)/,
      );
      expect(await readTree(out)).toEqual({ "previous.txt": "the previous output\n" });
      outcomes.refused++;
      return;
    }
    expect(c.mustFail ?? false, "expected the run to be refused").toBe(false);
    const generated = result!.ir.connectors.map((x) => `${x.kind}/${x.code}`);
    if (c.leftOut !== undefined) {
      expect(generated).not.toContain("sources/hostile");
      // The rest generates.
      expect(generated).toContain(c.dialect === "field-list" ? "sources/demo-db" : "destinations/postgres");
      expect(result!.warnings).toContainEqual(
        expect.objectContaining({
          rule: c.leftOut,
          file: "connectors/sources/hostile.json",
          pointer: expect.stringMatching(c.dialect === "field-list" ? /^\/config\// : /^\/properties\//),
          connector: "sources/hostile",
          message: expect.stringMatching(/; this connector is left out$/),
        }),
      );
    }
    outcomes.ok++;
    generatedOk.push({ name: c.name, out, ...(c.check ? { check: c.check } : {}) });
  });

  it("every generated output imports with no side effect and validates as its schema says", async () => {
    const globals = Object.getOwnPropertyNames(globalThis).sort().join();
    const prototype = Object.getOwnPropertyNames(Object.prototype).sort().join();
    const logged: unknown[] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => logged.push(args);
    try {
      for (const g of generatedOk) {
        const index = (await import(join(g.out, "index.ts"))) as { connectors: Registry };
        g.check?.(index.connectors);
      }
    } finally {
      console.log = log;
    }
    expect(logged).toEqual([]);
    expect(Object.getOwnPropertyNames(globalThis).sort().join()).toBe(globals);
    expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototype);
    expect((globalThis as Record<string, unknown>).x).toBeUndefined();
  });

  it("connector modules and index.ts, printed without Prettier, are exactly what Prettier prints", async () => {
    if (only && generatedOk.length === 0) return;
    let checked = 0;
    for (const g of generatedOk) {
      const tree = await readTree(g.out);
      for (const [path, content] of Object.entries(tree)) {
        if (!/^((sources|destinations)\/[^/]+\.gen\.ts|index\.ts)$/.test(path)) continue;
        const formatted = await prettier.format(content, { ...PRETTIER_OPTIONS, parser: "typescript" });
        expect(formatted === content, `${g.name}: ${path} is not in Prettier's format`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  }, 600_000);

  it("every generated output type-checks (one tsc run over all of them)", async () => {
    // Only a filtered run (HOSTILE_ONLY) may have nothing to type-check.
    if (only && generatedOk.length === 0) return;
    expect(generatedOk.length).toBeGreaterThan(0);
    const result = await typeCheck(work, {
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true },
      include: generatedOk.map((g) => `${g.out}/**/*.ts`),
      exclude: [`${work}/**/dist/**`],
    });
    expect(result.slice(0, 4000)).toBe("");
    console.info(`hostile schemas: ${cases.length} cases, ${outcomes.ok} generated, ${outcomes.refused} refused`);
  }, 600_000);
});
