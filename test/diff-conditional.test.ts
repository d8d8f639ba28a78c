// Value constraints under if/then/else in the diff (generator/diff/compare.ts) on
// hand-built wire schemas: what the message says, and that hostile nesting
// (deep chains of conditions with large `if`s) stays linear in time and in the
// size of what it reports.

import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { diffIr } from "../generator/diff/compare.js";
import type { IrConnector, IrProvider, JsonValue } from "../generator/ir/ir.js";

type Schema = { [keyword: string]: JsonValue };

function provider(wireSchema: Schema): IrProvider {
  const connector: IrConnector = {
    kind: "sources",
    code: "demo",
    displayName: "Demo",
    comingSoon: false,
    fields: [],
    serverKeys: [],
    wireSchema,
    source: { file: "openapi.json", pointer: "/components/schemas/Demo" },
  };
  return { provider: "demo", kinds: [], connectors: [connector] };
}

/**
 * `port` at the top, and `depth` nested conditions, each testing a `size`-long const and
 * bounding `port` from below; the innermost also from above, by `maximum`.
 */
function nested(depth: number, size: number, maximum: number): Schema {
  let node: Schema = { properties: { port: { maximum } } };
  for (let i = 0; i < depth; i++)
    node = {
      if: { properties: { mode: { const: `${"m".repeat(size)}${i}` } } },
      then: { properties: { port: { minimum: i } }, allOf: [node] },
    };
  return { type: "object", properties: { port: { type: "integer" }, mode: { type: "string" } }, allOf: [node] };
}

describe("value constraints under conditions", () => {
  it("names the keyword, both values and the condition", () => {
    const [base, head] = [10, 5].map((maximum) =>
      provider({
        type: "object",
        properties: { port: { type: "integer" }, tls: { type: "boolean" } },
        if: { properties: { tls: { const: true } }, required: ["tls"] },
        then: { properties: { port: { maximum } } },
      }),
    );
    expect(diffIr(base!, head!).changes).toEqual([
      {
        connector: "sources/demo",
        field: "port",
        rule: "range-tightened",
        severity: "breaking",
        message: 'maximum 10 → 5 when {"properties":{"tls":{"const":true}},"required":["tls"]} holds',
      },
    ]);
  });

  it("under else, the condition fails", () => {
    const [base, head] = [undefined, 8].map((minLength) =>
      provider({
        type: "object",
        properties: { password: { type: "string" } },
        if: { required: ["token"] },
        then: {},
        else: minLength === undefined ? {} : { properties: { password: { minLength } } },
      }),
    );
    expect(diffIr(base!, head!).changes.map((c) => [c.rule, c.field, c.message])).toEqual([
      ["range-tightened", "password", 'minLength 8 added when {"required":["token"]} fails'],
    ]);
  });

  // Its time is the bench's to measure (npm run bench), not a test's.
  it("300 conditions deep, each 10 kB: one change, a short message", () => {
    const { changes } = diffIr(provider(nested(300, 10_000, 100)), provider(nested(300, 10_000, 10)));
    expect(changes.map((c) => [c.rule, c.field])).toEqual([["range-tightened", "port"]]);
    expect(changes[0]!.message.length).toBeLessThan(300);
  });
});

describe("what takes no value, and what a $ref in a compared keyword leads to", () => {
  const ajv = new Ajv2020({ strict: false });
  const props = {
    k: { type: "string" },
    z: { type: "integer" },
    o: { type: "object", properties: { x: { type: "string" } } },
  };
  const object = (more: Schema): Schema => ({ type: "object", properties: props, ...more });
  const ifK = { required: ["k"] };
  const withDefs = (more: Schema, s: Schema): Schema => object({ ...more, $defs: { s } });
  // Each head rejects `witness`, which the base accepts (checked with Ajv on both schemas).
  it.each([
    {
      name: "an allOf member false",
      base: object({}),
      head: object({ allOf: [false] }),
      witness: {},
      want: "constraint-added breaking",
    },
    {
      name: "a then branch false",
      base: object({}),
      head: object({ if: ifK, then: false }),
      witness: { k: "a" },
      want: "constraint-added breaking",
    },
    {
      name: "an else branch false",
      base: object({}),
      head: object({ if: ifK, else: false }),
      witness: {},
      want: "constraint-added breaking",
    },
    {
      name: "extra keys refused under a condition",
      base: object({}),
      head: object({ if: ifK, then: { additionalProperties: false } }),
      witness: { k: "a" },
      want: "constraint-added breaking",
    },
    {
      name: "a property refused under a condition",
      base: object({}),
      head: object({ if: ifK, then: { properties: { z: false } } }),
      witness: { k: "a", z: 1 },
      want: "constraint-added breaking",
    },
    {
      name: "dependentRequired under a condition",
      base: object({}),
      head: object({ if: ifK, then: { dependentRequired: { z: ["o"] } } }),
      witness: { k: "a", z: 1 },
      want: "constraint-added breaking",
    },
    {
      name: "a nested object's then false",
      base: object({}),
      head: { type: "object", properties: { ...props, o: { ...props.o, if: { required: ["x"] }, then: false } } },
      witness: { o: { x: "1" } },
      want: "constraint-added breaking o",
    },
    {
      name: "the target of a $ref under not",
      base: withDefs({ properties: { ...props, k: { not: { $ref: "#/$defs/s" } } } }, { maxLength: 1 }),
      head: withDefs({ properties: { ...props, k: { not: { $ref: "#/$defs/s" } } } }, { maxLength: 2 }),
      witness: { k: "ab" },
      want: "constraint-added breaking k; constraint-removed info k",
    },
    {
      name: "the target of a $ref under propertyNames",
      base: withDefs({ propertyNames: { $ref: "#/$defs/s" } }, { maxLength: 9 }),
      head: withDefs({ propertyNames: { $ref: "#/$defs/s" } }, { maxLength: 1 }),
      witness: { ab: 1 },
      want: "constraint-added breaking; constraint-removed info",
    },
    {
      name: "the target of a $ref an if reads",
      base: withDefs({ if: { $ref: "#/$defs/s" }, then: { properties: { z: { maximum: 5 } } } }, { required: ["k"] }),
      head: withDefs({ if: { $ref: "#/$defs/s" }, then: { properties: { z: { maximum: 5 } } } }, { required: ["z"] }),
      witness: { z: 6 },
      want: "range-loosened info z; range-tightened breaking z",
    },
  ] as { name: string; base: Schema; head: Schema; witness: JsonValue; want: string }[])(
    "$name",
    ({ base, head, witness, want }) => {
      expect([ajv.validate(base, witness), ajv.validate(head, witness)]).toEqual([true, false]);
      const changes = diffIr(provider(base), provider(head)).changes;
      expect(
        changes.map((c) => [c.rule, c.severity, c.field].filter((x) => x !== undefined).join(" ")).join("; "),
      ).toBe(want);
    },
  );

  it("a $ref cycle in a compared keyword ends, and an unchanged one is no change", () => {
    const schema = (n: number) =>
      withDefs(
        { properties: { ...props, k: { not: { $ref: "#/$defs/s" } } } },
        { anyOf: [{ maxLength: n }, { $ref: "#/$defs/s" }] },
      );
    expect(diffIr(provider(schema(1)), provider(schema(1))).changes).toEqual([]);
    expect(diffIr(provider(schema(1)), provider(schema(2))).changes.map((c) => c.rule)).toEqual([
      "constraint-added",
      "constraint-removed",
    ]);
  });
});

describe("listed values", () => {
  const withEnum = (values: JsonValue[]): IrProvider => ({
    ...provider({ type: "object" }),
    connectors: [
      {
        ...provider({ type: "object" }).connectors[0]!,
        fields: [
          {
            key: "mode",
            wireKey: "mode",
            required: false,
            secret: false,
            setOnce: false,
            type: { type: "unknown", enum: values.map((value) => ({ value })) },
            source: { file: "f.json", pointer: "/properties/mode" },
          },
        ],
      },
    ],
  });
  it("an object value with its keys in another order is the same value", () => {
    // As JSON Schema has it (Ajv on the schema as written): the reordered value is the listed one.
    expect(new Ajv2020({ strict: false }).validate({ enum: [{ x: 1, y: 2 }] }, { y: 2, x: 1 })).toBe(true);
    expect(diffIr(withEnum([{ x: 1, y: 2 }, "a"]), withEnum([{ y: 2, x: 1 }, "a"])).changes).toEqual([]);
    expect(diffIr(withEnum([{ x: 1, y: 2 }]), withEnum([{ y: 2, x: 2 }])).changes.map((c) => c.message)).toEqual([
      'values removed: {"x":1,"y":2}',
      'values added: {"y":2,"x":2}',
    ]);
  });
});
