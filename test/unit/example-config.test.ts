// generator/emit/example-config.ts on its own: strings for patterns, example
// values and the smallest config the docs show, as given/want tables.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EXAMPLE_SECRET,
  envName,
  exampleObject,
  exampleValue,
  sampleForPattern,
  withSchemaConstraints,
} from "../../generator/emit/example-config.js";
import type { IrField, IrType, JsonValue } from "../../generator/ir/ir.js";

describe("sampleForPattern", () => {
  it.each([
    { name: "literal prefix", given: "^s3://", want: "s3://" },
    { name: "optional character left out", given: "^couchbases?://", want: "couchbase://" },
    { name: "group: first alternative", given: "^(s1|p1|p2)\\.x(1|2|4|8)$", want: "s1.x1" },
    { name: "class with +: one member", given: "^[A-Za-z0-9-]+$", want: "A" },
    { name: "negated class: a character outside it", given: "^[^.]", want: "a" },
    { name: "escapes", given: "^\\d{3}-\\w$", want: "111-a" },
    { name: "non-capturing group", given: "^(?:ab|c)+$", want: "ab" },
    { name: "lookahead is not sampled", given: "^(?=a)a$", want: undefined },
    { name: "unbalanced parenthesis", given: "^(ab", want: undefined },
    { name: "past the length bound", given: "^a{1000}$", want: undefined },
  ])("$name: $given", ({ given, want }) => {
    expect(sampleForPattern(given)).toBe(want);
  });

  it("whatever it returns matches the pattern it came from, in time linear in the pattern", () => {
    const atom = fc.constantFrom("a", "\\d", "[a-z]", "[^x]", "(b|c)", "\\.", "(?:de)");
    const quantifier = fc.constantFrom("", "?", "*", "+", "{2}", "{1,3}");
    const pattern = fc
      .array(fc.tuple(atom, quantifier), { maxLength: 12 })
      .map((parts) => `^${parts.map(([a, q]) => a + q).join("")}$`);
    fc.assert(
      fc.property(pattern, (p) => {
        const sample = sampleForPattern(p);
        if (sample !== undefined) expect(new RegExp(p, "u").test(sample), `${p} → ${sample}`).toBe(true);
      }),
    );
    const long = "(a|".repeat(20_000) + ")".repeat(20_000);
    // Returns (the test's timeout bounds a hang; speed is the bench's to measure).
    expect(() => sampleForPattern(long)).not.toThrow();
  });
});

describe("exampleValue", () => {
  const cases: { name: string; given: { type: IrType; key: string; secret?: boolean }; want: unknown }[] = [
    {
      name: "enum: first value",
      given: { type: { type: "string", enum: [{ value: "b" }, { value: "a" }] }, key: "mode" },
      want: "b",
    },
    { name: "a host", given: { type: { type: "string" }, key: "databaseHostname" }, want: "host.example.com" },
    {
      name: "a URL by format",
      given: { type: { type: "string", format: "uri" }, key: "target" },
      want: "https://example.com",
    },
    { name: "a secret", given: { type: { type: "string" }, key: "password", secret: true }, want: EXAMPLE_SECRET },
    {
      name: "pattern beats the name",
      given: { type: { type: "string", pattern: "^s3://" }, key: "remoteUrl" },
      want: "s3://example",
    },
    {
      name: "anchored pattern",
      given: { type: { type: "string", pattern: "^(s1|p1)\\.x(1|2)$" }, key: "podType" },
      want: "s1.x1",
    },
    { name: "length bound", given: { type: { type: "string", maxLength: 7 }, key: "longName" }, want: "example" },
    { name: "no string fits", given: { type: { type: "string", maxLength: 2 }, key: "x" }, want: undefined },
    {
      name: "a port in range",
      given: { type: { type: "integer", minimum: 0, maximum: 65535 }, key: "sshPort" },
      want: 443,
    },
    {
      name: "a number clamped to its minimum",
      given: { type: { type: "integer", minimum: 10 }, key: "size" },
      want: 10,
    },
    { name: "array: one item", given: { type: { type: "array", items: { type: "integer" } }, key: "n" }, want: [1] },
    {
      name: "union: first variant with an example",
      given: { type: { type: "union", variants: [{ type: "never" }, { type: "boolean" }] }, key: "u" },
      want: true,
    },
  ];
  it.each(cases)("$name", ({ given, want }) => {
    expect(exampleValue(given.type, given.key, given.secret ?? false)).toEqual(want);
  });
});

const field = (key: string, type: IrType, more: Partial<IrField> = {}): IrField => ({
  key,
  wireKey: key,
  type,
  required: false,
  secret: false,
  setOnce: false,
  source: { file: "x.json", pointer: `/${key}` },
  ...more,
});

describe("exampleObject", () => {
  it.each([
    {
      name: "required keys without a default only",
      given: [
        field("host", { type: "string" }, { required: true }),
        field("port", { type: "integer" }, { required: true, default: 5432 }),
        field("note", { type: "string" }),
      ],
      want: { host: "host.example.com" },
    },
    {
      name: "a default that triggers a requirement",
      given: [
        field("heartbeat", { type: "boolean" }, { default: true }),
        field(
          "heartbeatTable",
          { type: "string" },
          {
            requiredWhen: [{ key: "heartbeat", wireKey: "heartbeat", op: "eq", value: true }],
          },
        ),
      ],
      want: { heartbeatTable: "example-heartbeat-table" },
    },
    {
      name: "a requirement triggered by another requirement",
      given: [
        field("b", { type: "string" }, { requiredWhen: [{ key: "a", wireKey: "a", op: "present", value: null }] }),
        field("a", { type: "boolean" }, { required: true }),
        field("c", { type: "string" }, { requiredWhen: [{ key: "b", wireKey: "b", op: "present", value: null }] }),
      ],
      want: { a: true, b: "example-b", c: "example-c" },
    },
    {
      name: "a condition that does not hold",
      given: [
        field("mode", { type: "string", enum: [{ value: "x" }] }, { required: true }),
        field("y", { type: "string" }, { requiredWhen: [{ key: "mode", wireKey: "mode", op: "ne", value: "x" }] }),
      ],
      want: { mode: "x" },
    },
    {
      name: "no example for a required value",
      given: [field("x", { type: "never" }, { required: true })],
      want: undefined,
    },
  ])("$name", ({ given, want }) => {
    expect(exampleObject(given)).toEqual(want);
  });
});

describe("withSchemaConstraints and envName", () => {
  it.each<{ name: string; given: JsonValue | undefined; want: IrType }>([
    {
      name: "pattern from an anyOf string branch",
      given: {
        properties: { url: { anyOf: [{ type: "string", pattern: "^az://", minLength: 6 }, { type: "null" }] } },
      },
      want: { type: "string", pattern: "^az://", minLength: 6 },
    },
    { name: "no such property", given: { properties: {} }, want: { type: "string" } },
    { name: "no schema", given: undefined, want: { type: "string" } },
  ])("$name", ({ given, want }) => {
    expect(withSchemaConstraints({ type: "string" }, given, "url")).toEqual(want);
  });

  it.each([
    { given: ["kafka-cloud", "kafkaApiKey"], want: "KAFKA_CLOUD_KAFKA_API_KEY" },
    { given: ["postgresql", "databasePassword"], want: "POSTGRESQL_DATABASE_PASSWORD" },
    { given: ["databricks_volumes", "token"], want: "DATABRICKS_VOLUMES_TOKEN" },
  ])("envName($given) = $want", ({ given, want }) => {
    expect(envName(...given)).toBe(want);
  });
});
