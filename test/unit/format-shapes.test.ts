// The format shapes the diff walks patterns with (generator/diff/compare.ts), held to the
// runtime's own format checks, which test/json-schema-keywords.test.ts holds to Ajv: every value
// of a format matches its outline, every value of a shape is of its format, and every value of a
// format is of each format said to be wider.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FORMAT_OUTLINES, FORMAT_SHAPES, WIDER_FORMATS } from "../../generator/diff/compare.js";
import { schemaValidator } from "../../templates/runtime.js";

const holds = (format: string) => {
  const validator = schemaValidator({ type: "string", format });
  return (value: string) => validator.isValid(value);
};

/** Two digits, mostly within `[min, max]` (a month, an hour), sometimes past it. */
const two = (min: number, max: number) =>
  fc
    .oneof(
      { arbitrary: fc.integer({ min, max }), weight: 4 },
      { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 },
    )
    .map((n) => String(n).padStart(2, "0"));
const year = fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0"));
const date = fc.tuple(year, two(1, 12), two(1, 31)).map(([y, m, d]) => `${y}-${m}-${d}`);
const offset = fc.oneof(
  fc.constantFrom("Z", "z"),
  fc.tuple(fc.constantFrom("+", "-"), two(0, 23), fc.constantFrom("", ":"), two(0, 59)).map((p) => p.join("")),
  fc.tuple(fc.constantFrom("+", "-"), two(0, 23)).map((p) => p.join("")),
);
const time = fc
  .tuple(
    two(0, 23),
    two(0, 59),
    two(0, 60),
    fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }),
    offset,
  )
  .map(([h, m, s, f, z]) => `${h}:${m}:${s}${f === undefined ? "" : `.${f}`}${z}`);
/** A character of `valid` nine times in ten, else one of `other`. */
const mostly = (valid: string, other: string) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...valid.split("")), weight: 9 },
    { arbitrary: fc.constantFrom(...other.split("")), weight: 1 },
  );
/** Values near each format: most of them valid, many not. */
const NEAR: Record<string, fc.Arbitrary<string>> = {
  date,
  time,
  "date-time": fc.tuple(date, fc.constantFrom("T", "t", " ", "\t"), time).map((p) => p.join("")),
  ipv4: fc
    .array(
      fc.oneof(
        { arbitrary: fc.integer({ min: 0, max: 255 }).map(String), weight: 6 },
        { arbitrary: fc.constantFrom("01", "00", "256"), weight: 1 },
      ),
      { minLength: 4, maxLength: 4 },
    )
    .map((p) => p.join(".")),
  uri: fc
    .tuple(
      fc.constantFrom("", "a:", "http:", "x+y.z-1:", "A:", "1:"),
      fc.string({
        unit: fc.constantFrom(..."aZ09:/?#[]@!$&'()*+,;=-._~% \"\\é\n\u2028".split(""), "//", "%20"),
        maxLength: 10,
      }),
    )
    .map(([scheme, rest]) => scheme + rest),
  email: fc
    .tuple(
      fc.string({ unit: mostly("aZ09!#$%&'*+/=?^_`{|}~.-", '@ "(),:;<>[]\\é'), minLength: 1, maxLength: 8 }),
      fc.constantFrom("@", "@", "@", "@@", ""),
      fc.array(fc.string({ unit: mostly("aZ09aZ09-", "_ é@."), minLength: 1, maxLength: 6 }), {
        minLength: 2,
        maxLength: 3,
      }),
    )
    .map(([local, at, labels]) => `${local}${at}${labels.join(".")}`),
  hostname: fc
    .tuple(
      fc.array(fc.string({ unit: mostly("aZ09-", "_ é@"), maxLength: 8 }), {
        minLength: 1,
        maxLength: 4,
      }),
      fc.constantFrom("", "."),
    )
    .map(([labels, end]) => labels.join(".") + end),
  uuid: fc
    .tuple(fc.uuid(), fc.constantFrom("", "urn:uuid:", "URN:UUID:"), fc.boolean())
    .map(([u, prefix, upper]) => prefix + (upper ? u.toUpperCase() : u)),
};

describe("format outlines: every value the runtime takes as of the format matches its outline", () => {
  it.each(Object.keys(FORMAT_OUTLINES))("%s", (format) => {
    const outline = new RegExp(FORMAT_OUTLINES[format]!, "u");
    const valid = holds(format);
    let taken = 0;
    fc.assert(
      fc.property(fc.oneof(NEAR[format]!, fc.string({ maxLength: 12 })), (value) => {
        if (!valid(value)) return;
        taken++;
        expect(outline.test(value), JSON.stringify(value)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    expect(taken).toBeGreaterThan(100);
  });
});

describe("format shapes: every value of a shape is of its format", () => {
  it.each(Object.keys(FORMAT_SHAPES))("%s", (format) => {
    const valid = holds(format);
    fc.assert(
      fc.property(fc.stringMatching(new RegExp(FORMAT_SHAPES[format]!, "u")), (value) => {
        expect(valid(value), JSON.stringify(value)).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("wider formats: every value the runtime takes as of a format, it takes as of each wider one", () => {
  it.each(Object.keys(WIDER_FORMATS).filter((format) => NEAR[format] !== undefined))("%s", (format) => {
    const valid = holds(format);
    const wider = WIDER_FORMATS[format]!.map((w) => [w, holds(w)] as const);
    let taken = 0;
    fc.assert(
      fc.property(NEAR[format]!, (value) => {
        if (!valid(value)) return;
        taken++;
        for (const [name, check] of wider) expect(check(value), `${JSON.stringify(value)} as ${name}`).toBe(true);
      }),
      { numRuns: 3_000 },
    );
    expect(taken).toBeGreaterThan(100);
  });
});
