// The diff's reading of patterns and steps, checked against the reference:
// what JavaScript's own RegExp matches (a JSON Schema pattern is an ECMAScript
// regex applied anywhere in the value), and exact integer arithmetic.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { divides } from "../../generator/diff/compare.js";
import {
  matchesEverything,
  negativeLookarounds,
  patternWitness,
  topLevelAlternatives,
  withoutLookaround,
} from "../../generator/diff/pattern-witness.js";
import { AT_END, AT_START, parsePattern } from "../../templates/runtime.js";

/** The values tried on every pattern: empty, line breaks, astral and word characters. */
const SAMPLES = ["", "a", "ab", " ", "\n", "a\nb", "\u2028", "😀", "_x9", "-", "\r\n"];

describe("matchesEverything", () => {
  const rows: [pattern: string, want: boolean][] = [
    [".*", true],
    ["", true],
    ["^", true],
    ["$", true],
    ["^.*", true],
    ["a*", true],
    ["(?:x)?", true],
    ["a|.*", true],
    ["^a*|x", true],
    ["[a-z]*$", true],
    ["^.*$", false], // `.` takes no line break
    ["^$", false],
    ["^a*$", false],
    ["\\b.*", false],
    ["\\B", false],
    ["a", false],
    ["^(?=a)", false], // lookahead: not judged
    ["(a)\\1*", false],
    ["[", false], // no pattern at all
  ];
  it.each(rows)("%j → %s", (pattern, want) => {
    expect(matchesEverything(pattern)).toBe(want);
  });

  it("a pattern it says matches everything matches every sample, by RegExp", () => {
    for (const [pattern] of rows.filter(([, want]) => want))
      for (const s of SAMPLES)
        expect(new RegExp(pattern, "u").test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(true);
  });

  it("each pattern it says constrains rejects some sample, by RegExp (no false no-constraint in the table)", () => {
    for (const [pattern] of rows.filter(([p, want]) => !want && p !== "[" && !p.includes("(?=")))
      expect(
        SAMPLES.some((s) => !new RegExp(pattern, "u").test(s)),
        pattern,
      ).toBe(true);
  });

  it("on random patterns: when it says every value matches, RegExp matches every random string", () => {
    const atom = fc.constantFrom("a", ".", "[a-z]", "\\d", "\\s", "(?:ab)", "\\b", "^", "$", "[^x]", "\\n");
    const quantified = fc
      .tuple(atom, fc.constantFrom("", "*", "?", "+", "{0,2}", "{1}"))
      .map(([a, q]) => ((a === "^" || a === "$" || a === "\\b") && q !== "" ? a : a + q));
    const alternative = fc.array(quantified, { maxLength: 4 }).map((items) => items.join(""));
    const pattern = fc.array(alternative, { minLength: 1, maxLength: 3 }).map((alts) => alts.join("|"));
    let judged = 0;
    fc.assert(
      fc.property(pattern, fc.array(fc.string({ unit: "grapheme", maxLength: 6 }), { maxLength: 8 }), (p, strings) => {
        if (!matchesEverything(p)) return;
        judged++;
        for (const s of [...SAMPLES, ...strings])
          expect(new RegExp(p, "u").test(s), `${p} on ${JSON.stringify(s)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: many of the random patterns match everything.
    expect(judged).toBeGreaterThan(200);
  });

  it("a pattern nested past what can be walked is not judged, and throws nothing", () => {
    for (const depth of [1_000, 5_000, 100_000]) {
      const pattern = `${"(?:".repeat(depth)}a*${")".repeat(depth)}`;
      expect(() => matchesEverything(pattern)).not.toThrow();
    }
    expect(matchesEverything(`${"(?:".repeat(1_000)}a*${")".repeat(1_000)}`)).toBe(true);
  });

  it("reads ^ and $ as the runtime's parser numbers them", () => {
    expect(parsePattern("^", true)).toEqual({ k: "assert", a: AT_START });
    expect(parsePattern("$", true)).toEqual({ k: "assert", a: AT_END });
  });
});

describe("divides", () => {
  const rows: [step: number, multiple: number, want: boolean][] = [
    [2, 4, true],
    [4, 2, false],
    [10, 100, true],
    [0.1, 0.3, true], // as decimals, not as doubles (0.3 / 0.1 is 2.9999999999999996)
    [0.3, 0.1, false],
    [0.01, 1, true],
    [1e-7, 3e-7, true],
    [3, 10, false],
    [1e21, 2e21, true],
    [2.5, 10, true],
    [2.5, 7.5, true],
    [2.5, 6, false],
  ];
  it.each(rows)("%s divides %s: %s", (step, multiple, want) => {
    expect(divides(step, multiple)).toBe(want);
  });

  it("agrees with integer arithmetic on numbers written as digits × 10^exponent", () => {
    const decimal = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -12, max: 12 }));
    fc.assert(
      fc.property(decimal, decimal, ([p, e], [q, f]) => {
        const [step, multiple] = [Number(`${p}e${e}`), Number(`${q}e${f}`)];
        // Both as integers over the common scale 10^-(12 + 12).
        const scaled = (digits: number, exponent: number) => BigInt(digits) * 10n ** BigInt(exponent + 24);
        expect(divides(step, multiple)).toBe(scaled(q, f) % scaled(p, e) === 0n);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("patternWitness", () => {
  const any = () => true;
  // Lookaround somewhere in the old pattern (Shopify's shop, RudderStack's namespace): a value is spelled from
  // the alternatives with lookaround left out, and RegExp must agree the old pattern takes it and the new one not.
  const rows: [was: string, now: string, found: boolean][] = [
    ["^(?!https://)(?!https://).*", "^\\s*(https?://)?[A-Za-z0-9][A-Za-z0-9.\\-/]*\\s*$", true],
    ["^\\s*(https?://)?[A-Za-z0-9][A-Za-z0-9.\\-/]*\\s*$", "^(?!https://)(?!https://).*", true],
    ["(^\\{\\{.*\\|\\|(.*)\\}\\}$)|(^env[.].+)|^((?!pg_|PG_).{0,64})$", "(^env[.].*)|^((?!pg_|PG_).{0,64})$", true],
    ["(^env[.].+)|^(.{0,300})$", "(^env[.].+)|^(.{0,100})$", true],
    ["^((?!pg_).{0,64})$", "^((?!pg_).{0,64})$|^x", false],
    ["^(?=a)a+$", "^a+$", false],
  ];
  it.each(rows)("%j → %j: a lost value found: %s", (was, now, found) => {
    const value = patternWitness(was, now, any);
    expect(value !== undefined).toBe(found);
    if (value !== undefined) {
      expect(new RegExp(was, "u").test(value)).toBe(true);
      expect(new RegExp(now, "u").test(value)).toBe(false);
    }
  });

  it("on random patterns with lookaround, a value it finds is one RegExp says the old takes and the new rejects", () => {
    const atom = fc.constantFrom("a", "b", ".", "[a-z]", "\\d", "(?:ab)", "(?!a)", "(?=b)", "(?<!a)", "^", "$");
    const quantified = fc
      .tuple(atom, fc.constantFrom("", "*", "?", "+", "{0,3}", "{2}"))
      .map(([a, q]) => ((a.startsWith("(?") && a !== "(?:ab)") || a === "^" || a === "$" ? a : a + q));
    const pattern = fc
      .array(
        fc.array(quantified, { maxLength: 4 }).map((items) => items.join("")),
        { minLength: 1, maxLength: 3 },
      )
      .map((alts) => alts.join("|"));
    let found = 0;
    fc.assert(
      fc.property(pattern, pattern, (was, now) => {
        const value = patternWitness(was, now, any);
        if (value === undefined) return;
        found++;
        expect(new RegExp(was, "u").test(value), `${was} on ${JSON.stringify(value)}`).toBe(true);
        expect(new RegExp(now, "u").test(value), `${now} on ${JSON.stringify(value)}`).toBe(false);
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(100);
  });

  it("splits at top-level bars only, and takes out lookaround as written", () => {
    expect(topLevelAlternatives("a|(b|c)|[|]|\\|d")).toEqual(["a", "(b|c)", "[|]", "\\|d"]);
    // A backreference's meaning hangs on group numbers: refused when asked, but not inside a class.
    expect(topLevelAlternatives("(a)\\1|b", true)).toBeUndefined();
    expect(topLevelAlternatives("(a)\\k<x>|b", true)).toBeUndefined();
    expect(topLevelAlternatives("[\\1]|b", true)).toEqual(["[\\1]", "b"]);
    expect(topLevelAlternatives("(a)\\1|b")).toEqual(["(a)\\1", "b"]);
    expect(withoutLookaround("^(?!https://)x(?<=[)]a)y(?=(a)(b))[(?!x)]\\(?!z)")).toBe("^xy[(?!x)]\\(?!z)");
    // Negative lookaround bodies, nested ones too; not a class's or an escaped parenthesis's.
    expect(negativeLookarounds("^(?!https://)(?!.*(?<!a)b)[(?!x)]\\(?!y)(?=z)")).toEqual([
      "https://",
      "a",
      ".*(?<!a)b",
    ]);
  });
  it("finds a value a negative lookahead added rules out, spelled from its body", () => {
    expect(patternWitness("^(?!https://).*", "^(?!https://)(?!http://).*", () => true)).toBe("http://");
    expect(patternWitness("^(?!https://).*", "^(?!https://)(?!.*\\.myshopify\\.com).*", () => true)).toBe(
      ".myshopify.com",
    );
    // The value must be one the old pattern took.
    expect(patternWitness("^(?!https?://).*", "^(?!https?://)(?!http://).*", () => true)).toBeUndefined();
  });
  it("finds a value a negative lookaround added rules out where it stands, spelled from the pattern around it", () => {
    expect(patternWitness("^https://", "^https://(?!localhost)", () => true)).toBe("https://localhost");
    expect(patternWitness("^[a-z]+$", "^(?!admin$)[a-z]+$", () => true)).toBe("admin");
    expect(patternWitness("^[a-z]+\\.com$", "^[a-z]+(?<!test)\\.com$", () => true)).toBe("atest.com");
    // Ruled out where the old pattern takes nothing: no value lost.
    expect(patternWitness("^https://[a-k]", "^https://(?!localhost)", () => true)).toBeUndefined();
    // The old field's other constraints decide too.
    expect(patternWitness("^https://", "^https://(?!localhost)", (v) => v.length < 10)).toBeUndefined();
  });
});
