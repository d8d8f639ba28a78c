// Patterns compared as sets of strings (generator/diff/pattern-language.ts),
// checked against the reference: what JavaScript's own RegExp matches, with
// the `u` flag, anywhere in the value, as JSON Schema applies a pattern.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { characterRanges, findValue, patternBudget, type LengthBounds } from "../../generator/diff/pattern-language.js";

const test = (pattern: string, value: string) => new RegExp(pattern, "u").test(value);
const codePoints = (value: string) => [...value].length;

describe("findValue", () => {
  const rows: [
    first: string,
    second: string,
    goal: "apart" | "shared",
    lengths: LengthBounds,
    want: string | null | undefined,
  ][] = [
    // A date that may now carry a time: every old value still matches, not the other way round.
    ["^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}Z)?$", "apart", {}, null],
    [
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}Z)?$",
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
      "apart",
      {},
      "0000-00-00T00:00Z",
    ],
    ["^[a-z]+$", "^[a-z0-9]+$", "apart", {}, null],
    ["^[a-z0-9]+$", "^[a-z]+$", "apart", {}, "0"],
    // Unanchored: found anywhere in the value.
    ["abc", "^abc", "apart", {}, "aabc"],
    ["^abc", "abc", "apart", {}, null],
    ["^a{2,5}$", "^a{2,}$", "apart", {}, null],
    ["^a{2,}$", "^a{2,5}$", "apart", {}, "aaaaaa"],
    // The same values, written otherwise.
    ["^(a|b)+$", "^[ab]+$", "apart", {}, null],
    ["^[ab]+$", "^(a|b)+$", "apart", {}, null],
    ["^\\d+$", "^[0-9]+$", "apart", {}, null],
    ["^\\w+$", "^[^\\W]+$", "apart", {}, null],
    // `.` takes no line terminator; a negated class does.
    ["^[^\\n\\r]*$", "^.*$", "apart", {}, "\u2028"],
    // Within the old field's lengths only.
    ["^[a-z]+$", "^[a-z]{1,3}$", "apart", { max: 3 }, null],
    ["^[a-z]+$", "^[a-z]{1,3}$", "apart", { max: 5 }, "aaaa"],
    ["^$|^[a-z]+$", "^[a-z]+$", "apart", { min: 1 }, null],
    ["^$|^[a-z]+$", "^[a-z]+$", "apart", {}, ""],
    ["^[a-z]+$", "^[a-z]{3,}$", "apart", { min: 3 }, null],
    ["^[a-z]+$", "^[a-z]+$", "apart", { min: 4, max: 3 }, null],
    // Shared values.
    ["^a", "b$", "shared", {}, "ab"],
    ["^a", "^b", "shared", {}, null],
    ["^[0-9]+$", "^[a-z]+$", "shared", {}, null],
    ["^a", "^[a-z]*$", "shared", { min: 3 }, "aaa"],
    ["^a.*", "^.{0,2}$", "shared", { min: 3 }, null],
    // Property escapes, as RegExp reads them (alone, negated, in a class).
    ["^\\p{L}+$", "^[a-z]+$", "apart", {}, "A"],
    ["^[a-z]+$", "^\\p{L}+$", "apart", {}, null],
    ["^\\p{Lu}+$", "^\\p{L}+$", "apart", {}, null],
    ["^[\\p{L}\\d]+$", "^\\p{L}+$", "apart", {}, "0"],
    ["^\\P{L}$", "^[^a-zA-Z]$", "apart", {}, null],
    ["^[^a-zA-Z]$", "^\\P{L}$", "apart", {}, "ª"],
    ["^\\p{Script=Greek}$", "^[α-ω]$", "apart", {}, "Ͱ"],
    // Not judged: word boundaries, lookaround, backreferences, `u` on one side only.
    ["\\bx", "x", "apart", {}, undefined],
    ["^(?!x)a", "a", "apart", {}, undefined],
    ["^(a)\\1$", "^aa$", "apart", {}, undefined],
    ["[\\w-.]", "[\\w.-]", "apart", {}, undefined],
    // Too large to compare: past the instructions an automaton may have.
    ["^(?:a{1000}){1000}$", "^b$", "apart", {}, undefined],
  ];
  it.each(rows)("%j, %j (%s, %j) → %j", (first, second, goal, lengths, want) => {
    expect(findValue(first, second, goal, lengths)).toBe(want);
  });

  it("each value in the table is one RegExp agrees on", () => {
    for (const [first, second, goal, lengths, want] of rows) {
      if (typeof want !== "string") continue;
      expect(test(first, want), `${first} on ${JSON.stringify(want)}`).toBe(true);
      expect(test(second, want), `${second} on ${JSON.stringify(want)}`).toBe(goal === "shared");
      expect(codePoints(want)).toBeGreaterThanOrEqual(lengths.min ?? 0);
      expect(codePoints(want)).toBeLessThanOrEqual(lengths.max ?? Infinity);
    }
  });

  it("stays within its budget on patterns built to blow up (a subset construction's worst case)", () => {
    // `(a|b)*a(a|b){n}`: its deterministic automaton has 2^n states; the step budget stops the walk.
    expect(findValue("^[ab]*a[ab]{20}$", "^[ab]*b[ab]{20}$", "apart")).toBeUndefined();
    // A small n is within the budget, and found.
    expect(findValue("^[ab]*a[ab]{2}$", "^[ab]*b[ab]{2}$", "apart")).toBe("aaa");
  });

  it("finds a value that also matches a third pattern (a format's shape), or says there is none", () => {
    const date = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$";
    const value = findValue("^[0-9]{4}-[0-9]{2}-[0-9]{2}", "T", "apart", {}, undefined, date);
    expect(value).toBe("0000-01-01");
    expect(test(date, value!) && test("^[0-9]{4}-[0-9]{2}-[0-9]{2}", value!) && !test("T", value!)).toBe(true);
    // Every date matches `-`: none is apart from it.
    expect(findValue("^[0-9]{4}-[0-9]{2}-[0-9]{2}", "-", "apart", {}, undefined, date)).toBeNull();
  });

  it("charges the budget it is given, and gives up when it is spent", () => {
    const [first, second] = ["^[0-9]{4}-[0-9]{2}$", "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"];
    const plenty = { left: patternBudget(first, second) };
    expect(findValue(first, second, "apart", {}, plenty)).toBeNull();
    const spent = patternBudget(first, second) - plenty.left;
    expect(spent).toBeGreaterThan(0);
    // Less than that, and the same question is not judged; the budget is then used up.
    const short = { left: spent - 1 };
    expect(findValue(first, second, "apart", {}, short)).toBeUndefined();
    expect(short.left).toBeLessThanOrEqual(0);
  });
});

/** Patterns of the supported grammar (with `u`): classes, escapes, groups, alternation, quantifiers, anchors. */
const atom = fc.constantFrom(
  "a",
  "b",
  "0",
  ".",
  "[a-c]",
  "[^a]",
  "\\d",
  "\\w",
  "\\s",
  "[0-9a-f]",
  "(?:ab|c)",
  "(a|b0)",
  "\\.",
  "-",
  "é",
);
const quantified = fc
  .tuple(atom, fc.constantFrom("", "", "*", "+", "?", "{2}", "{1,3}", "{0,}"))
  .map(([a, q]) => a + q);
const alternative = fc
  .tuple(fc.boolean(), fc.array(quantified, { minLength: 0, maxLength: 4 }), fc.boolean())
  .map(([start, items, end]) => `${start ? "^" : ""}${items.join("")}${end ? "$" : ""}`);
const pattern = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((alts) => alts.join("|"));
/** Values over characters each atom tells apart, and a few it does not name. */
const value = fc.string({
  unit: fc.constantFrom("a", "b", "c", "0", "1", "f", "g", ".", "-", " ", "\n", "é", "😀", "_"),
  maxLength: 7,
});
/** Values matching `p`, as fast-check spells them (it spells no empty pattern: then plain values). */
function matching(p: string): fc.Arbitrary<string> {
  try {
    return fc.stringMatching(new RegExp(p, "u")).map((v) => v.slice(0, 12));
  } catch {
    return value;
  }
}
const samples = (p: string) => fc.array(fc.oneof(value, matching(p)), { minLength: 20, maxLength: 20 });

describe("findValue on random patterns, against RegExp", () => {
  it("apart: a value found is matched by the first and not the second; none found means no sample tells them apart", () => {
    fc.assert(
      fc.property(
        pattern,
        pattern,
        fc.constantFrom<LengthBounds>({}, { max: 3 }, { min: 2 }),
        fc.gen(),
        (first, second, lengths, gen) => {
          const found = findValue(first, second, "apart", lengths);
          // Every pattern of this grammar is judged.
          expect(found).not.toBeUndefined();
          if (typeof found === "string") {
            expect(test(first, found)).toBe(true);
            expect(test(second, found)).toBe(false);
            expect(codePoints(found)).toBeGreaterThanOrEqual(lengths.min ?? 0);
            expect(codePoints(found)).toBeLessThanOrEqual(lengths.max ?? Infinity);
            return;
          }
          for (const s of gen(() => samples(first))) {
            const within = codePoints(s) >= (lengths.min ?? 0) && codePoints(s) <= (lengths.max ?? Infinity);
            if (within && test(first, s)) expect(test(second, s), `${JSON.stringify(s)}`).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("shared: a value found is matched by both; none found means no sample is matched by both", () => {
    fc.assert(
      fc.property(pattern, pattern, fc.gen(), (first, second, gen) => {
        const found = findValue(first, second, "shared");
        expect(found).not.toBeUndefined();
        if (typeof found === "string") {
          expect(test(first, found) && test(second, found)).toBe(true);
          return;
        }
        for (const s of [...gen(() => samples(first)), ...gen(() => samples(second))])
          expect(test(first, s) && test(second, s), JSON.stringify(s)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("a pattern compared with itself, or with itself in a group, matches the same values", () => {
    fc.assert(
      fc.property(pattern, (p) => {
        expect(findValue(p, `(?:${p})`, "apart")).toBeNull();
        expect(findValue(`(${p})`, p, "apart")).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe("findValue on random patterns with property escapes, against RegExp", () => {
  // A property escape cuts the alphabet into hundreds of classes: a pair may be past the budget (not judged).
  const withProperties = fc
    .array(
      fc
        .tuple(
          fc.constantFrom("a", "0", "é", "\\d", "\\p{L}", "\\P{Ll}", "[\\p{Lu}0-9]", "\\p{Script=Greek}", "[^\\p{N}]"),
          fc.constantFrom("", "+", "?", "{1,2}"),
        )
        .map(([a, q]) => a + q),
      { minLength: 1, maxLength: 3 },
    )
    .map((parts) => `^${parts.join("")}$`);
  const unit = fc.constantFrom("a", "A", "0", "é", "É", "α", "Ω", "١", "ß", "ǅ", "_", " ", "😀");
  const near = fc.array(unit, { minLength: 1, maxLength: 6 }).map((u) => u.join(""));
  it("a value found is matched by the first and not the second; none found means no sample tells them apart", () => {
    let judged = 0;
    fc.assert(
      fc.property(
        withProperties,
        withProperties,
        fc.array(near, { minLength: 30, maxLength: 30 }),
        (first, second, values) => {
          const found = findValue(first, second, "apart");
          if (found === undefined) return;
          judged++;
          if (typeof found === "string") {
            expect(test(first, found)).toBe(true);
            expect(test(second, found)).toBe(false);
            return;
          }
          for (const s of values) if (test(first, s)) expect(test(second, s), JSON.stringify(s)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 7 },
    );
    // Not vacuous: most pairs are judged.
    expect(judged).toBeGreaterThan(30);
  });
});

describe("characterRanges, against RegExp", () => {
  const piece = fc.constantFrom(
    "a",
    "z",
    "0",
    "-",
    "^",
    "\\d",
    "\\D",
    "\\w",
    "\\W",
    "\\s",
    "\\S",
    "\\n",
    "\\t",
    "\\b",
    "\\-",
    "\\]",
    "\\\\",
    "\\x41",
    "\\u00e9",
    "\\u{1F600}",
    "a-f",
    "0-9",
    "\\x00-\\x1f",
    "é",
    "😀",
    ".",
    "\\0",
    "\\cJ",
    "$",
  );
  const cls = fc
    .tuple(fc.boolean(), fc.array(piece, { minLength: 0, maxLength: 5 }))
    .map(([negated, pieces]) => `[${negated ? "^" : ""}${pieces.join("")}]`);
  const point = fc.oneof(
    fc.integer({ min: 0, max: 0x7f }),
    fc.integer({ min: 0, max: 0xffff }),
    fc.integer({ min: 0, max: 0x10ffff }),
    fc.constantFrom(0x2028, 0x2029, 0xa0, 0xfeff, 0x1f600, 0xe9, 0x5d, 0x5c),
  );
  const inRanges = (ranges: number[], c: number) => {
    for (let k = 0; k < ranges.length; k += 2) if (c >= ranges[k]! && c <= ranges[k + 1]!) return true;
    return false;
  };

  it("takes exactly the characters RegExp's class takes", () => {
    fc.assert(
      fc.property(cls, fc.array(point, { minLength: 30, maxLength: 30 }), (source, points) => {
        let re: RegExp;
        try {
          re = new RegExp(`^${source}$`, "u");
        } catch {
          return; // a range out of order, or a class escape at a range's end
        }
        const ranges = characterRanges(source, true);
        expect(ranges).toBeDefined();
        for (const c of points)
          expect(inRanges(ranges!, c), `${source} on U+${c.toString(16)}`).toBe(re.test(String.fromCodePoint(c)));
      }),
      { numRuns: 1000 },
    );
  });

  it("without `u` (a class only RegExp's Annex B reads), what it reads takes exactly RegExp's characters", () => {
    fc.assert(
      fc.property(
        cls,
        fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 30, maxLength: 30 }),
        (source, units) => {
          let re: RegExp;
          try {
            re = new RegExp(`^${source}$`);
          } catch {
            return;
          }
          const ranges = characterRanges(source, false);
          if (ranges === undefined) return; // an escape read differently with and without `u`: not judged
          for (const c of units) expect(inRanges(ranges, c), `${source} on ${c}`).toBe(re.test(String.fromCharCode(c)));
        },
      ),
      { numRuns: 500 },
    );
    // `[\w-.]`, as written in real schemas: word characters, `-` and `.`.
    expect(characterRanges("[\\w-.]", false)).toEqual([0x2d, 0x2e, 0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]);
  });

  it("reads `.`, and the class escapes outside a class, as RegExp does", () => {
    for (const source of [".", "\\d", "\\D", "\\w", "\\W", "\\s", "\\S"]) {
      const ranges = characterRanges(source, true)!;
      const re = new RegExp(`^${source}$`, "u");
      for (let c = 0; c <= 0x3100; c++)
        expect(inRanges(ranges, c), `${source} on U+${c.toString(16)}`).toBe(re.test(String.fromCodePoint(c)));
      expect(inRanges(ranges, 0xfeff)).toBe(re.test("\ufeff"));
      expect(inRanges(ranges, 0x1f600)).toBe(re.test("😀"));
    }
  });
});
