// A default that breaks its own schema is warned (`default-invalid`, with the JSON
// pointer of the default and the evaluator's first problem), left out of the IR,
// and never sent by `create`; a valid default is kept and sent when the field is
// required. Given/want rows over a union-layout snapshot (one connector per row,
// its property `p`), then the JSON Schema dialect (a schema file's $ref into the
// OpenAPI document) and the field-list dialect.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderConfig, ResolvedProvider } from "../generator/config/config.js";
import type { IrConnector, IrField, IrType, JsonValue } from "../generator/ir/ir.js";
import { run, type RunResult } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir, tempDir } from "./helpers.js";

type Obj = Record<string, unknown>;

interface Row {
  name: string;
  /** The schema of property `p`. */
  given: unknown;
  required?: boolean;
  /** The authoring config given to `create` (default: none of the fields). */
  config?: Obj;
  want: {
    /** `pointer message` of each default warning; `~` is the property's pointer. */
    warnings?: string[];
    /** Every default left in the IR, by field path (`p`, `p.port`, `p|0.port` in variant 0, `p[].n` in items). */
    defaults?: Record<string, JsonValue>;
    /** The wire config `create` sends (without the constant), or the problems (`code path`) it throws. */
    sent?: Obj;
    problems?: string[];
  };
}

const ROWS: Row[] = [
  // A default that breaks a keyword of its own schema: warned, left out, not sent (the field is required).
  {
    name: "minimum",
    given: { type: "integer", minimum: 1, default: 0 },
    required: true,
    want: { warnings: ["~/default default 0 is not valid: expected at least 1; left out"], problems: ["required p"] },
  },
  {
    name: "maximum",
    given: { type: "integer", maximum: 65535, default: 70000 },
    required: true,
    want: {
      warnings: ["~/default default 70000 is not valid: expected at most 65535; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "exclusiveMaximum",
    given: { type: "number", exclusiveMaximum: 1, default: 1 },
    required: true,
    want: { warnings: ["~/default default 1 is not valid: expected less than 1; left out"], problems: ["required p"] },
  },
  {
    name: "multipleOf",
    given: { type: "number", multipleOf: 0.5, default: 0.75 },
    required: true,
    want: {
      warnings: ["~/default default 0.75 is not valid: expected a multiple of 0.5; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "pattern",
    given: { type: "string", pattern: "^[a-z]+$", default: "ABC" },
    required: true,
    want: {
      warnings: ['~/default default "ABC" is not valid: expected a match for /^[a-z]+$/; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "minLength",
    given: { type: "string", minLength: 3, default: "ab" },
    required: true,
    want: {
      warnings: ['~/default default "ab" is not valid: expected at least 3 characters; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "maxLength (code points)",
    given: { type: "string", maxLength: 2, default: "a😀b" },
    required: true,
    want: {
      warnings: ['~/default default "a😀b" is not valid: expected at most 2 characters; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "format",
    given: { type: "string", format: "email", default: "not-an-email" },
    required: true,
    want: {
      warnings: ['~/default default "not-an-email" is not valid: expected a valid email; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "const",
    given: { const: "x", default: "y" },
    required: true,
    want: {
      warnings: ['~/default default "y" is not valid: expected exactly "x"; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "enum",
    given: { type: "string", enum: ["a", "b"], default: "c" },
    required: true,
    want: {
      warnings: ['~/default default "c" is not valid: expected one of "a", "b"; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "type",
    given: { type: "integer", default: "5432" },
    required: true,
    want: {
      warnings: ['~/default default "5432" is not valid: expected an integer; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "an allOf member",
    given: { allOf: [{ type: "integer" }, { minimum: 10 }], default: 5 },
    required: true,
    want: { warnings: ["~/default default 5 is not valid: expected at least 10; left out"], problems: ["required p"] },
  },
  {
    name: "not",
    given: { type: "string", not: { const: "admin" }, default: "admin" },
    required: true,
    want: {
      warnings: ['~/default default "admin" is not valid: expected a value the `not` schema rejects; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "oneOf matched by two alternatives",
    given: { oneOf: [{ type: "integer" }, { type: "number" }], default: 1 },
    required: true,
    want: {
      warnings: [
        "~/default default 1 is not valid: expected exactly one of 2 alternatives (it matches alternatives 1 and 2); left out",
      ],
      problems: ["required p"],
    },
  },
  {
    name: "minItems",
    given: { type: "array", items: { type: "string" }, minItems: 1, default: [] },
    required: true,
    want: {
      warnings: ["~/default default [] is not valid: expected at least 1 item; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "an array item outside its enum",
    given: { type: "array", items: { enum: ["a", "b"] }, default: ["a", "c"] },
    required: true,
    want: {
      warnings: ['~/default default ["a","c"] is not valid: at [1], expected one of "a", "b"; left out'],
      problems: ["required p"],
    },
  },
  {
    name: "an object default missing a required key",
    given: { type: "object", properties: { host: { type: "string" } }, required: ["host"], default: {} },
    required: true,
    want: {
      warnings: ["~/default default {} is not valid: at host, expected a value (required); left out"],
      problems: ["required p"],
    },
  },
  // Where the default is written
  {
    name: "in the $ref target: warned there",
    given: { $ref: "#/components/schemas/Port" },
    required: true,
    want: {
      warnings: ["/components/schemas/Port/default default 70000 is not valid: expected at most 65535; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "beside a $ref, breaking the target",
    given: { $ref: "#/components/schemas/Bounded", default: 70000 },
    required: true,
    want: {
      warnings: ["~/default default 70000 is not valid: expected at most 65535; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "optional: left out, nothing sent",
    given: { type: "integer", maximum: 10, default: 30 },
    want: { warnings: ["~/default default 30 is not valid: expected at most 10; left out"], sent: {} },
  },
  // At every depth
  {
    name: "a nested object field",
    given: { type: "object", properties: { port: { type: "integer", maximum: 10, default: 99 } }, required: ["port"] },
    required: true,
    config: { p: {} },
    want: {
      warnings: ["~/properties/port/default default 99 is not valid: expected at most 10; left out"],
      problems: ["required p.port"],
    },
  },
  {
    name: "an array item object's field",
    given: {
      type: "array",
      items: { type: "object", properties: { n: { type: "integer", minimum: 1, default: 0 } }, required: ["n"] },
    },
    config: { p: [{}] },
    want: {
      warnings: ["~/items/properties/n/default default 0 is not valid: expected at least 1; left out"],
      problems: ["required p[0].n"],
    },
  },
  {
    name: "a field of a oneOf variant",
    given: {
      oneOf: [
        {
          type: "object",
          properties: { mode: { const: "a" }, port: { type: "integer", maximum: 10, default: 99 } },
          required: ["mode", "port"],
        },
        { type: "object", properties: { mode: { const: "b" } }, required: ["mode"] },
      ],
    },
    required: true,
    config: { p: { mode: "a" } },
    want: {
      warnings: ["~/oneOf/0/properties/port/default default 99 is not valid: expected at most 10; left out"],
      problems: ["required p.port"],
    },
  },
  // A backtracking pattern (exponential on a value that almost matches) is given a bounded time, then not judged.
  {
    name: "a default a backtracking pattern takes exponential time on: not judged in time, left out",
    given: { type: "string", pattern: "^(?=(a+)+$)", default: `${"a".repeat(40)}!` },
    required: true,
    want: {
      warnings: [
        "backtracking-pattern ~/pattern pattern needs backtracking (a lookahead), which has no linear-time check: values longer than 1000 characters are reported as problems instead of being matched",
        `~/default default "${"a".repeat(40)}!" could not be checked against a backtracking pattern in time; left out`,
      ],
      problems: ["required p"],
    },
  },
  // Valid defaults: kept, sent when the field is required
  {
    name: "valid, required: sent",
    given: { type: "integer", minimum: 1, maximum: 65535, default: 5432 },
    required: true,
    want: { defaults: { p: 5432 }, sent: { p: 5432 } },
  },
  {
    name: "valid format and pattern, required: sent",
    given: { type: "string", format: "email", pattern: "@", default: "ops@example.com" },
    required: true,
    want: { defaults: { p: "ops@example.com" }, sent: { p: "ops@example.com" } },
  },
  {
    name: "valid decimal multipleOf (exact, as the runtime): sent",
    given: { type: "number", multipleOf: 0.0001, default: 0.0075 },
    required: true,
    want: { defaults: { p: 0.0075 }, sent: { p: 0.0075 } },
  },
  {
    name: "valid null of a nullable type: sent",
    given: { type: ["string", "null"], minLength: 1, default: null },
    required: true,
    want: { defaults: { p: null }, sent: { p: null } },
  },
  {
    name: "valid in the $ref target: sent",
    given: { $ref: "#/components/schemas/GoodPort" },
    required: true,
    want: { defaults: { p: 443 }, sent: { p: 443 } },
  },
  {
    name: "valid in the target of a one-member allOf: sent",
    given: { allOf: [{ $ref: "#/components/schemas/GoodPort" }] },
    required: true,
    want: { defaults: { p: 443 }, sent: { p: 443 } },
  },
  {
    name: "in the target of a one-member allOf, breaking it: warned there",
    given: { allOf: [{ $ref: "#/components/schemas/Port" }] },
    required: true,
    want: {
      warnings: ["/components/schemas/Port/default default 70000 is not valid: expected at most 65535; left out"],
      problems: ["required p"],
    },
  },
  {
    name: "valid, optional: kept, not sent",
    given: { type: "integer", maximum: 10, default: 3 },
    want: { defaults: { p: 3 }, sent: {} },
  },
  {
    name: "valid field of a oneOf variant: filled in the chosen variant",
    given: {
      oneOf: [
        {
          type: "object",
          properties: { mode: { const: "a" }, port: { type: "integer", maximum: 10, default: 5 } },
          required: ["mode", "port"],
        },
        { type: "object", properties: { mode: { const: "b" } }, required: ["mode"] },
      ],
    },
    required: true,
    config: { p: { mode: "a" } },
    want: { defaults: { "p|0.port": 5 }, sent: { p: { mode: "a", port: 5 } } },
  },
];

const code = (i: number) => `c${i}`;
const at = (i: number) => `/components/schemas/${code(i)}/properties/p`;

function document(rows: readonly Row[]): Obj {
  const schemas: Obj = {
    Port: { type: "integer", maximum: 65535, default: 70000 },
    Bounded: { type: "integer", maximum: 65535 },
    GoodPort: { type: "integer", maximum: 65535, default: 443 },
  };
  rows.forEach((row, i) => {
    schemas[code(i)] = {
      type: "object",
      properties: { sourceType: { const: code(i) }, p: row.given },
      required: ["sourceType", ...(row.required ? ["p"] : [])],
      additionalProperties: false,
    };
  });
  return {
    openapi: "3.1.0",
    info: { title: "defaults", version: "1" },
    paths: {
      "/v1/sources": {
        post: {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name", "configuration"],
                  properties: {
                    name: { type: "string" },
                    configuration: { oneOf: rows.map((_, i) => ({ $ref: `#/components/schemas/${code(i)}` })) },
                  },
                },
              },
            },
          },
          responses: { "200": { description: "OK" } },
        },
      },
      "/v1/sources/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        put: {
          requestBody: {
            content: {
              "application/json": { schema: { type: "object", properties: { configuration: { type: "object" } } } },
            },
          },
          responses: { "200": { description: "OK" } },
        },
      },
    },
    components: { schemas },
  };
}

/** Every default in a connector's IR, by field path. */
function defaultsOf(fields: readonly IrField[], prefix = ""): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  const walk = (type: IrType, path: string) => {
    if (type.type === "object") Object.assign(out, defaultsOf(type.fields, `${path}.`));
    if (type.type === "array") walk(type.items, `${path}[]`);
    if (type.type === "union") type.variants.forEach((v, i) => walk(v, `${path}|${i}`));
  };
  for (const f of fields) {
    if (f.default !== undefined) out[`${prefix}${f.wireKey}`] = f.default;
    walk(f.type, `${prefix}${f.wireKey}`);
  }
  return out;
}

interface Module {
  create(input: Obj, options?: Obj): { body: Obj };
}

/** What `create` sends as the config (wire keys, no constant), or the problems it throws. */
function created(module: Module, input: Obj, options: Obj = {}): { sent: Obj } | { problems: string[] } {
  try {
    const { body } = module.create(input, options);
    const { sourceType: _constant, ...config } = (body.configuration ?? body.config) as Obj;
    return { sent: config };
  } catch (error) {
    const problems = (error as { problems?: { code: string; path: string }[] }).problems;
    if (!problems) throw error;
    return { problems: problems.map((p) => `${p.code} ${p.path.replace(/^config\./, "")}`) };
  }
}

const DEFAULT_RULES = new Set(["default-invalid", "default-type-mismatch"]);

let work: string;
const cleanup: string[] = [];
beforeAll(async () => {
  work = await tempDir("codegen-defaults-");
});
afterAll(() => Promise.all([work, ...cleanup].map(removeDir)));

describe("a default is checked against its own schema (union layout, one connector per row)", () => {
  let result: RunResult;
  let sources: Record<string, Module>;

  beforeAll(async () => {
    const snapshotDir = join(work, "union", "snapshot");
    const outDir = join(work, "union", "out");
    await mkdir(snapshotDir, { recursive: true });
    await writeFile(join(snapshotDir, "openapi.json"), JSON.stringify(document(ROWS), null, 1));
    const provider: ResolvedProvider = {
      name: "defaults",
      dialect: "union",
      snapshot: snapshotDir,
      out: outDir,
      snapshotDir,
      outDir,
      kinds: { sources: { configProperty: "configuration" } },
    };
    result = await run(provider, "write");
    ({ sources } = (await import(join(outDir, "index.ts"))) as { sources: Record<string, Module> });
  }, 120_000);

  it.each(ROWS.map((r, i) => [i, r.name, r] as const))("%i %s", (i, _name, row) => {
    const connector = result.ir.connectors.find((c) => c.code === code(i));
    expect(connector, "the connector").toBeDefined();
    const warnings = result.warnings
      .filter((w) => w.connector === `sources/${code(i)}`)
      .map((w) => `${DEFAULT_RULES.has(w.rule) ? "" : `${w.rule} `}${w.pointer?.replace(at(i), "~")} ${w.message}`);
    expect(warnings).toEqual(row.want.warnings ?? []);
    for (const w of result.warnings.filter((w) => w.connector === `sources/${code(i)}` && DEFAULT_RULES.has(w.rule))) {
      expect(w).toMatchObject({ rule: "default-invalid", file: "openapi.json", field: expect.any(String) });
    }
    expect(defaultsOf(connector!.fields)).toEqual(row.want.defaults ?? {});
    const outcome = created(sources[code(i)]!, { name: "n", config: row.config ?? {} });
    expect(outcome).toEqual(row.want.problems ? { problems: row.want.problems } : { sent: row.want.sent });
  });

  it("the manifest documents no invalid default", async () => {
    const manifest = JSON.parse(await readFile(join(work, "union", "out", "manifest.json"), "utf8")) as {
      connectors: { code: string; fields: { wireKey: string; default?: unknown }[] }[];
    };
    const maximum = manifest.connectors.find((c) => c.code === code(ROWS.findIndex((r) => r.name === "maximum")))!;
    expect(maximum.fields.find((f) => f.wireKey === "p")).not.toHaveProperty("default");
  });
});

describe("JSON Schema dialect: a schema file's $ref into the OpenAPI document", () => {
  it("the default of the target is warned at the referring property, left out and not sent", async () => {
    const dir = await copySnapshot(join(import.meta.dirname, "cases/json-schema/input"));
    cleanup.push(dir);
    const docPath = join(dir, "openapi.json");
    const doc = JSON.parse(await readFile(docPath, "utf8")) as { components: { schemas: Obj } };
    doc.components.schemas.Limit = { type: "integer", maximum: 10, default: 50 };
    await writeFile(docPath, JSON.stringify(doc));
    await writeFile(
      join(dir, "connectors/sources/limits.json"),
      JSON.stringify({
        type: "object",
        properties: {
          size: { $ref: "#/components/schemas/Limit" },
          count: { type: "integer", minimum: 1, default: 2 },
          ratio: { type: "number", maximum: 1, default: 2 },
        },
        required: ["size", "count", "ratio"],
        additionalProperties: false,
      }),
    );
    const out = join(work, "json-schema-out");
    const options: Partial<ProviderConfig> = {
      dialect: "json-schema",
      suffixes: [],
      kinds: { sources: { connectorProperty: "type" }, destinations: { connectorProperty: "type" } },
    };
    const result = await run(providerFor(dir, out, options), "write");
    expect(
      result.warnings
        .filter((w) => w.connector === "sources/limits")
        .map((w) => `${w.rule} ${w.file}#${w.pointer} ${w.field} ${w.message}`),
    ).toEqual([
      "default-invalid connectors/sources/limits.json#/properties/size size default 50 (of $ref target #/components/schemas/Limit) is not valid: expected at most 10; left out",
      "default-invalid connectors/sources/limits.json#/properties/ratio/default ratio default 2 is not valid: expected at most 1; left out",
    ]);
    const limits = result.ir.connectors.find((c: IrConnector) => c.code === "limits")!;
    expect(defaultsOf(limits.fields)).toEqual({ count: 2 });
    const { sources } = (await import(join(out, "index.ts"))) as { sources: Record<string, Module> };
    const apiOptions = { unstructuredApiKey: "key" };
    expect(created(sources.limits!, { name: "n", config: {} }, apiOptions)).toEqual({
      problems: ["required size", "required ratio"],
    });
    expect(created(sources.limits!, { name: "n", config: { size: 3, ratio: 0.5 } }, apiOptions)).toEqual({
      sent: { size: 3, count: 2, ratio: 0.5 },
    });
  }, 120_000);
});

describe("field-list dialect: a default outside min/max or raw_values", () => {
  it("is warned, left out and not sent; a default inside them is sent", async () => {
    const dir = await copySnapshot();
    cleanup.push(dir);
    const entry = (name: string, value: Obj) => ({ name, user_defined: true, required: true, value });
    await writeFile(
      join(dir, "connectors/sources/limits.json"),
      JSON.stringify({
        display_name: "Limits",
        config: [
          entry("tasks.max", { control: "slider", type: "raw", min: 1, max: 10, default: 20 }),
          entry("poll.interval", { control: "number", type: "raw", min: 100, default: "50" }),
          entry("database.port", { control: "string", type: "raw", default: "70000" }),
          entry("snapshot.mode", {
            control: "one-select",
            type: "raw",
            raw_values: ["initial", "never"],
            default: "always",
          }),
          entry("batch.size", { control: "slider", type: "raw", min: 1, max: 10, default: "5" }),
        ],
      }),
    );
    const out = join(work, "field-list-out");
    const result = await run(providerFor(dir, out), "write");
    expect(
      result.warnings
        .filter((w) => w.connector === "sources/limits")
        .map((w) => `${w.rule} ${w.pointer} ${w.field} ${w.message}`),
    ).toEqual([
      "default-invalid /config/0/value/default tasks.max default 20 is not valid: expected between 1 and 10; left out",
      'default-invalid /config/1/value/default poll.interval default "50" is not valid: expected at least 100; left out',
      'default-invalid /config/2/value/default database.port default "70000" is not valid: expected between 0 and 65535; left out',
      'default-invalid /config/3/value/default snapshot.mode default "always" is not valid: expected one of "initial", "never"; left out',
    ]);
    const limits = result.ir.connectors.find((c: IrConnector) => c.code === "limits")!;
    expect(defaultsOf(limits.fields)).toEqual({ "batch.size": 5 });
    const { sources } = (await import(join(out, "index.ts"))) as { sources: Record<string, Module> };
    expect(created(sources.limits!, { name: "n", config: {} })).toEqual({
      problems: ["required tasksMax", "required pollInterval", "required databasePort", "required snapshotMode"],
    });
    const given = { tasksMax: 2, pollInterval: 200, databasePort: 5432, snapshotMode: "never" };
    expect(created(sources.limits!, { name: "n", config: given })).toEqual({
      sent: { "tasks.max": 2, "poll.interval": 200, "database.port": 5432, "snapshot.mode": "never", "batch.size": 5 },
    });
  }, 120_000);
});
