// generator/diff/same-input.ts on its own: whether a connector's inputs are
// the same in two snapshots, as given/want tables, and bounded on hostile
// reference graphs.

import { describe, expect, it } from "vitest";
import type { ConnectorInput } from "../../generator/dialects/connector-input.js";
import { InputComparer } from "../../generator/diff/same-input.js";

type Obj = Record<string, unknown>;

const input = (schema: unknown, root: unknown, extra: Partial<ConnectorInput> = {}): ConnectorInput => ({
  id: "sources/a",
  schema,
  roots: [root],
  file: "openapi.json",
  context: "",
  ...extra,
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const doc = (schemas: Obj) => ({ components: { schemas } });

describe("InputComparer.same", () => {
  it.each([
    {
      name: "equal schemas, equal $ref targets",
      base: [{ type: "object", properties: { a: ref("A") } }, doc({ A: { type: "string" } })],
      head: [{ type: "object", properties: { a: ref("A") } }, doc({ A: { type: "string" } })],
      want: true,
    },
    {
      name: "a $ref target changed (the schema itself is the same)",
      base: [{ properties: { a: ref("A") } }, doc({ A: { enum: ["x", "y"] } })],
      head: [{ properties: { a: ref("A") } }, doc({ A: { enum: ["x"] } })],
      want: false,
    },
    {
      name: "a target two references away changed",
      base: [ref("A"), doc({ A: { items: ref("B") }, B: { maximum: 5 } })],
      head: [ref("A"), doc({ A: { items: ref("B") }, B: { maximum: 4 } })],
      want: false,
    },
    {
      name: "a component nobody refers to changed: no matter",
      base: [ref("A"), doc({ A: { type: "string" }, Other: { type: "string" } })],
      head: [ref("A"), doc({ A: { type: "string" }, Other: { type: "number" } })],
      want: true,
    },
    {
      name: "properties in another order differ (order orders the fields)",
      base: [{ properties: { a: {}, b: {} } }, {}],
      head: [{ properties: { b: {}, a: {} } }, {}],
      want: false,
    },
    {
      name: "a $ref that resolves on one side only",
      base: [ref("A"), doc({ A: {} })],
      head: [ref("A"), doc({})],
      want: false,
    },
    {
      name: "a $ref that resolves on neither side (the same error on both)",
      base: [ref("A"), doc({})],
      head: [ref("A"), doc({})],
      want: true,
    },
    {
      name: "a cycle of references, equal",
      base: [ref("A"), doc({ A: { items: ref("B") }, B: { items: ref("A") } })],
      head: [ref("A"), doc({ A: { items: ref("B") }, B: { items: ref("A") } })],
      want: true,
    },
    {
      name: "a cycle of references, one end changed",
      base: [ref("A"), doc({ A: { items: ref("B") }, B: { items: ref("A"), minItems: 1 } })],
      head: [ref("A"), doc({ A: { items: ref("B") }, B: { items: ref("A"), minItems: 2 } })],
      want: false,
    },
    {
      name: "an array and an object with the same keys differ",
      base: [{ enum: ["a"] }, {}],
      head: [{ enum: { 0: "a" } }, {}],
      want: false,
    },
    {
      name: "null and an object differ",
      base: [{ default: null }, {}],
      head: [{ default: {} }, {}],
      want: false,
    },
  ])("$name", ({ base, head, want }) => {
    expect(new InputComparer().same(input(base[0], base[1]), input(head[0], head[1]))).toBe(want);
  });

  it.each([
    { name: "another id", extra: { id: "sources/b" } },
    { name: "another file", extra: { file: "other.json" } },
    { name: "another discriminating property", extra: { context: "kind" } },
  ])("inputs equal but for $name differ", ({ extra }) => {
    expect(new InputComparer().same(input({}, {}), input({}, {}, extra))).toBe(false);
  });

  it("what one comparison learns of a shared target serves the next, both ways", () => {
    const comparer = new InputComparer();
    const base = doc({ Shared: { enum: ["a", "b"] }, Same: { type: "string" } });
    const head = doc({ Shared: { enum: ["a"] }, Same: { type: "string" } });
    const using = (name: string) => ({ properties: { x: ref(name) } });
    expect(comparer.same(input(using("Same"), base), input(using("Same"), head))).toBe(true);
    expect(comparer.same(input(using("Shared"), base), input(using("Shared"), head))).toBe(false);
    // The same answers again, from what was learnt.
    expect(comparer.same(input(using("Same"), base), input(using("Same"), head))).toBe(true);
    expect(comparer.same(input(using("Shared"), base), input(using("Shared"), head))).toBe(false);
  });

  it("a chain of 100,000 references is compared without overflowing the stack", () => {
    const chain = (last: number) => {
      const schemas: Obj = {};
      for (let i = 0; i < 100_000; i++) schemas[`S${i}`] = i < 99_999 ? { items: ref(`S${i + 1}`) } : { maximum: last };
      return doc(schemas);
    };
    const base = chain(1);
    expect(new InputComparer().same(input(ref("S0"), base), input(ref("S0"), chain(1)))).toBe(true);
    expect(new InputComparer().same(input(ref("S0"), base), input(ref("S0"), chain(2)))).toBe(false);
  });
});
