// sameJson (the diff's test of two values written alike) against its reference: JSON.stringify's texts.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameJson } from "../../generator/diff/compare.js";

const reference = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// Values JSON.stringify writes differently from how they are held: -0, NaN, undefined members and items.
const leaf = fc.oneof(
  fc.constantFrom(0, -0, 1, NaN, Infinity, null, true, false, "", "a", undefined),
  fc.integer({ min: -3, max: 3 }),
  fc.string({ maxLength: 3 }),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.constantFrom("a", "b", "c", "__proto__"), tie("value"), { maxKeys: 3 }),
}));

describe("sameJson", () => {
  it("agrees with JSON.stringify on random pairs", () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with JSON.stringify on a value and a copy of it changed in one place or reordered", () => {
    fc.assert(
      fc.property(value, leaf, (a, replacement) => {
        const copy = structuredClone(a);
        if (copy !== null && typeof copy === "object" && !Array.isArray(copy)) {
          const keys = Object.keys(copy);
          const reordered = Object.fromEntries(keys.reverse().map((k) => [k, (copy as Record<string, unknown>)[k]]));
          expect(sameJson(a, reordered)).toBe(reference(a, reordered));
          if (keys.length > 0) (copy as Record<string, unknown>)[keys[0]!] = replacement;
        }
        expect(sameJson(a, copy)).toBe(reference(a, copy));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["-0 and 0", -0, 0, true],
    ["NaN and null", NaN, null, true],
    ["an undefined member and none", { a: 1, b: undefined }, { a: 1 }, true],
    ["an undefined item and null", [undefined], [null], true],
    ["keys in another order", { a: 1, b: 2 }, { b: 2, a: 1 }, false],
    ["an array and an object", [], {}, false],
    ["1 and '1'", 1, "1", false],
  ])("%s", (_, a, b, want) => {
    expect(sameJson(a, b)).toBe(want);
    expect(reference(a, b)).toBe(want);
  });
});
