// Each connector's `standardSchema` is its validator behind the Standard Schema
// v1 interface: `{ value }` for a valid config, `{ issues }` with every problem's
// message and path otherwise, the same verdict as `validate`.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as postgresql from "../generated/streamkap/sources/postgresql.gen.js";
import { sources as unstructuredSources } from "../generated/unstructured/index.js";
import { toStandardSchema, type ConnectorSpec, type StandardSchemaResult } from "../templates/runtime.js";
import { arbitraryConfig } from "./arbitraries.js";

const valid: postgresql.Config = {
  databaseHostname: "db.internal",
  databaseUser: "streamkap",
  databasePassword: "from-a-vault",
  databaseDbname: "orders",
  schemaIncludeList: "public",
  tableIncludeList: "public.orders",
  heartbeatDataCollectionSchemaOrDatabase: "public",
};

/** The result of a synchronous validate (ours never returns a promise). */
function run<O>(
  schema: { "~standard": { validate: (v: unknown) => unknown } },
  value: unknown,
): StandardSchemaResult<O> {
  const result = schema["~standard"].validate(value);
  expect(result).not.toBeInstanceOf(Promise);
  return result as StandardSchemaResult<O>;
}

describe("standardSchema", () => {
  it("declares version 1 and a vendor, and no run-time types", () => {
    const props = postgresql.standardSchema["~standard"];
    expect(props.version).toBe(1);
    expect(props.vendor).toBe("connector-config-codegen");
    expect(props.types).toBeUndefined();
  });

  it("a valid config is the value, unchanged", () => {
    const result = run(postgresql.standardSchema, valid);
    expect(result).toEqual({ value: valid });
    expect((result as { value: unknown }).value).toBe(valid);
    expect(result.issues).toBeUndefined();
  });

  it("an invalid config: one issue per problem, with its message and path", () => {
    const given = { ...valid, databaseSslmode: "maybe", tableIncludeList: undefined, databseUser: "x" };
    const result = run(postgresql.standardSchema, given);
    const problems = postgresql.validate(given);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    expect(result.issues).toEqual(problems.map((p) => ({ message: p.message, path: [p.path] })));
    expect(result.issues!.map((i) => i.path)).toEqual(
      expect.arrayContaining([["databaseSslmode"], ["tableIncludeList"], ["databseUser"]]),
    );
  });

  it("a secret's value never appears in an issue", () => {
    const result = run(postgresql.standardSchema, { ...valid, databasePassword: 123456789 });
    expect(JSON.stringify(result.issues)).not.toContain("123456789");
    expect(result.issues!.map((i) => i.path)).toEqual([["databasePassword"]]);
  });

  it("not an object: an issue without a path", () => {
    expect(run(postgresql.standardSchema, "config")).toEqual({
      issues: [{ message: postgresql.validate("config")[0]!.message }],
    });
  });

  it("every connector of a provider registry carries one that agrees with validate", () => {
    for (const [code, module] of Object.entries(unstructuredSources)) {
      const result = run(module.standardSchema, {});
      expect(
        result.issues?.map((i) => i.message),
        code,
      ).toEqual(module.validate({}).map((p) => p.message));
    }
  });

  it("agrees with validate on random configs (fast-check)", () => {
    fc.assert(
      fc.property(arbitraryConfig(postgresql.spec), fc.boolean(), (config, breakIt) => {
        const given = breakIt ? { ...config, databasePort: "not a number" } : config;
        const result = run(postgresql.standardSchema, given);
        const problems = postgresql.validate(given);
        if (problems.length === 0) expect(result).toEqual({ value: given });
        else expect(result.issues!.map((i) => i.message)).toEqual(problems.map((p) => p.message));
      }),
      { numRuns: 200 },
    );
  });
});

describe("issue paths", () => {
  // Nested objects and arrays, and extra keys that hold dots (an open object's keys are the author's).
  const spec: ConnectorSpec = {
    kind: "sources",
    code: "nested",
    serverKeys: [],
    fields: [
      {
        key: "tunnel",
        wireKey: "tunnel",
        type: {
          type: "object",
          additionalProperties: false,
          fields: [{ key: "port", wireKey: "port", type: { type: "integer", maximum: 65535 }, required: true }],
        },
      },
      { key: "hosts", wireKey: "hosts", type: { type: "array", items: { type: "string", minLength: 2 } } },
      {
        key: "labels",
        wireKey: "labels",
        type: { type: "object", fields: [], additionalProperties: { type: "string" } },
      },
    ],
  };
  const schema = toStandardSchema<unknown>(spec, "test");
  const paths = (value: unknown) => run(schema, value).issues?.map((i) => i.path);

  const cases: { given: unknown; want: unknown[] }[] = [
    { given: { tunnel: { port: 70000 } }, want: [["tunnel", "port"]] },
    { given: { tunnel: {} }, want: [["tunnel", "port"]] },
    { given: { hosts: ["ok", "x"] }, want: [["hosts", 1]] },
    { given: { labels: { "team.name": 3 } }, want: [["labels", "team.name"]] },
    { given: { labels: { "a.b": "ok", "a.b.c": 1 } }, want: [["labels", "a.b.c"]] },
  ];
  it.each(cases)("$given → $want", ({ given, want }) => {
    expect(paths(given)).toEqual(want);
  });
});
