// schemaNarrows (generator/diff/compare.ts) against Ajv: whenever it says schema `n` is schema `o` with more said,
// every value Ajv accepts under `n` (drawn from both schemas, and their near misses) Ajv accepts under `o`. The
// pairs are a condition's test and an edit of it: keywords added or dropped, lists grown or cut, values changed.

import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaNarrows } from "../../generator/diff/compare.js";
import { mutated, schemaValues } from "../schema-arbitrary.js";

type Obj = Record<string, unknown>;
const ajv = new Ajv2020({ strict: false, allErrors: false });

const leaf: fc.Arbitrary<Obj> = fc.oneof(
  fc.record({ const: fc.constantFrom("a", "b", 1) }),
  fc.record({ enum: fc.subarray(["a", "b", "c", 1], { minLength: 1 }) }),
  fc.record({ type: fc.constantFrom("string", "integer") }, { requiredKeys: [] }),
  fc.record({ minLength: fc.nat(2) }),
);
const keys = fc.constantFrom("m", "n", "web");
/** An object test two levels deep, its keywords each there or not. */
const test: fc.Arbitrary<Obj> = fc.letrec<{ node: Obj }>((tie) => ({
  node: fc.record(
    {
      properties: fc.dictionary(keys, fc.oneof({ depthSize: "small" }, leaf, tie("node")), { maxKeys: 2 }),
      required: fc.subarray(["m", "n", "web"]),
      additionalProperties: fc.constantFrom(false, { type: "string" }),
      type: fc.constant("object"),
      title: fc.constant("T"),
    },
    { requiredKeys: [] },
  ),
})).node;

/** An edit of a test: a keyword added, dropped or changed somewhere in it. */
function edited(t: Obj): fc.Arbitrary<Obj> {
  return fc.tuple(test, fc.nat(), fc.nat(3)).map(([other, pick, how]) => {
    const copy = structuredClone(t);
    const props = (copy.properties ?? {}) as Obj;
    const names = Object.keys(props);
    if (how === 0) return { ...copy, ...other };
    if (how === 1 && names.length > 0) {
      const name = names[pick % names.length]!;
      const sub = props[name] as Obj;
      props[name] = { ...sub, ...(((other.properties ?? {}) as Obj)[name] as Obj | undefined) };
      return copy;
    }
    if (how === 2) {
      const required = Array.isArray(copy.required) ? copy.required : [];
      return { ...copy, required: [...new Set([...required, ["m", "n", "web"][pick % 3]!])] };
    }
    const drop = Object.keys(copy)[pick % Math.max(1, Object.keys(copy).length)];
    if (drop !== undefined) delete copy[drop];
    return copy;
  });
}

describe("schemaNarrows", () => {
  it("says so only where every value Ajv takes under the narrower schema it takes under the other", () => {
    let narrowing = 0;
    fc.assert(
      fc.property(
        test.chain((o) => fc.tuple(fc.constant(o), edited(o))),
        fc.boolean(),
        ([o, e], swap) => {
          const [n, w] = swap ? [o, e] : [e, o];
          if (!schemaNarrows(n, w)) return;
          narrowing++;
          const [takesN, takesW] = [ajv.compile(n), ajv.compile(w)];
          fc.assert(
            fc.property(
              fc.oneof(schemaValues(n), schemaValues(w)).chain((v) => fc.oneof(fc.constant(v), mutated(v))),
              (v) => {
                if (takesN(v))
                  expect(takesW(v), `${JSON.stringify(v)} under ${JSON.stringify(n)} ⊄ ${JSON.stringify(w)}`).toBe(
                    true,
                  );
              },
            ),
            { numRuns: 30 },
          );
        },
      ),
      { numRuns: 400 },
    );
    expect(narrowing).toBeGreaterThan(50);
  });

  it.each([
    { name: "required grown", n: { required: ["a", "b"] }, o: { required: ["a"] }, want: true },
    { name: "required cut", n: { required: ["a"] }, o: { required: ["a", "b"] }, want: false },
    {
      name: "a const kept of a list",
      n: { properties: { m: { const: "a" } } },
      o: { properties: { m: { enum: ["a", "b"] } } },
      want: true,
    },
    {
      name: "a list widened",
      n: { properties: { m: { enum: ["a", "b"] } } },
      o: { properties: { m: { const: "a" } } },
      want: false,
    },
    {
      name: "a nested key's test, required added",
      n: { properties: { c: { properties: { web: { const: "x" } }, required: ["web"] } }, required: ["c"] },
      o: { properties: { c: { properties: { web: { const: "x" } } } } },
      want: true,
    },
    {
      name: "a property added beside additionalProperties false",
      n: { properties: { a: {}, b: {} }, additionalProperties: false },
      o: { properties: { a: {} }, additionalProperties: false },
      want: false,
    },
    {
      name: "a property added with no additionalProperties",
      n: { properties: { a: {}, b: { const: 1 } } },
      o: { properties: { a: {} } },
      want: true,
    },
  ])("$name: $want", ({ n, o, want }) => {
    expect(schemaNarrows(n, o)).toBe(want);
  });
});
