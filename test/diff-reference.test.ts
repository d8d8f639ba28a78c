// The diff's verdicts against the reference. A change the diff calls info (or
// no change at all) must break no config: every value Ajv accepts under the
// base field's schema, as written, Ajv also accepts under the head's (and a
// config without the field stays valid unless the field became required). Random
// pairs of field schemas of one kind (strings, numbers, arrays, booleans,
// nullable or not) go into one union connector on each side; the whole
// command's path builds both IRs and classifies; Ajv (draft 2020-12 with its
// formats) judges values drawn from both schemas and their near misses.

import { Ajv2020 } from "ajv/dist/2020.js";
import { Ajv } from "ajv";
import formats from "ajv-formats";
import fc from "fast-check";
import { dirname } from "node:path";
import { afterAll, expect, it } from "vitest";
import { diffSnapshots } from "../generator/diff/diff.js";
import { diffProbeFields, jsonSchemaPair, removeDir, tempDir } from "./helpers.js";
import { mutated, schemaValues } from "./schema-arbitrary.js";

type Obj = Record<string, unknown>;

const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true, unicodeRegExp: true });
(formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
/** For schemas that say draft-07 (its `dependencies`). */
const ajv07 = new Ajv({ strict: false, allErrors: false, validateFormats: true, unicodeRegExp: true });
(formats as unknown as { default: (a: Ajv) => void }).default(ajv07);

const subset = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

/** One constraint keyword or none, so most pairs share most of their constraints. */
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 2 });

/** Patterns strings are drawn with: some take more or fewer of each other's values, compared as sets of strings. */
const PATTERNS = [
  "^a",
  "^[a-z]+$",
  ".*",
  "^.*$",
  "b$",
  "^[a-z]*$|^$",
  "^a*",
  "^[0-9]{4}-[0-9]{2}",
  // Patterns that take more or fewer of each other's values, compared as sets of strings.
  "^[a-z0-9]+$",
  "^[a-z]{2,}$",
  "^(a|b)+$",
  "^[ab]+$",
  "\\d",
  "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$",
  "^ab?$",
  "[^a]",
  // Dates and timestamps, as Airbyte's start_date patterns are, beside a format.
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}",
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$",
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)?$",
];

const FORMATS = ["email", "date", "uri", "uri-reference", "date-time"];

const stringSchema = fc.record({
  type: fc.constant("string"),
  minLength: maybe(fc.integer({ min: 0, max: 3 })),
  maxLength: maybe(fc.integer({ min: 1, max: 6 })),
  pattern: maybe(fc.constantFrom(...PATTERNS)),
  format: maybe(fc.constantFrom(...FORMATS)),
  enum: maybe(subset(["a", "b", "ab", "2024-01-01", "x@example.com", ""])),
});

const numberSchema = fc.record({
  type: fc.constantFrom("integer", "number"),
  minimum: maybe(fc.integer({ min: -2, max: 3 })),
  maximum: maybe(fc.integer({ min: 2, max: 10 })),
  exclusiveMinimum: maybe(fc.integer({ min: -2, max: 3 })),
  exclusiveMaximum: maybe(fc.integer({ min: 2, max: 10 })),
  // Integer steps: Ajv's multipleOf works on doubles, the runtime's on decimals, so fractions would disagree.
  multipleOf: maybe(fc.constantFrom(1, 2, 3, 4, 6)),
  enum: maybe(subset([0, 1, 2, 4, 6, 1.5])),
});

const arraySchema = fc.record({
  type: fc.constant("array"),
  items: fc.oneof(
    fc.constant({ type: "string" }),
    fc.record({ type: fc.constant("string"), enum: subset(["a", "b", "c"]) }),
    fc.record({ type: fc.constant("integer"), maximum: maybe(fc.integer({ min: 0, max: 5 })) }),
  ),
  minItems: maybe(fc.integer({ min: 0, max: 2 })),
  maxItems: maybe(fc.integer({ min: 1, max: 4 })),
  uniqueItems: maybe(fc.boolean()),
});

const booleanSchema = fc.record({ type: fc.constant("boolean"), enum: maybe(subset([true, false])) });

/** Bounds of strings, numbers and arrays in a schema that says no type: each holds for values of its kind. */
const untypedSchema = fc.record({
  minLength: maybe(fc.integer({ min: 0, max: 3 })),
  maxLength: maybe(fc.integer({ min: 1, max: 6 })),
  pattern: maybe(fc.constantFrom("^a", "^[a-z]+$", ".*", "(^a)|(^b)", "^b|^a")),
  minimum: maybe(fc.integer({ min: -2, max: 3 })),
  maximum: maybe(fc.integer({ min: 2, max: 10 })),
  exclusiveMaximum: maybe(fc.integer({ min: 2, max: 10 })),
  maxItems: maybe(fc.integer({ min: 1, max: 4 })),
});

/**
 * Constraints spread over allOf members, a `not`, a `const`: the same values said another way.
 */
const composedSchema = fc.record({
  type: fc.constant("string"),
  allOf: fc.subarray(
    [
      { minLength: 1 },
      { maxLength: 3 },
      { pattern: "^a" },
      { not: { const: "ab" } },
      { enum: ["a", "ab", "abc", "b"] },
      { const: "a" },
    ],
    { minLength: 1 },
  ),
});

/** A nested object: its keys' schemas, which it requires, whether it takes others. */
const objectSchema = fc.record({
  type: fc.constant("object"),
  properties: fc.record(
    {
      a: fc.oneof(fc.constant({ type: "string" }), fc.constant({ type: "string", maxLength: 2 })),
      b: fc.oneof(fc.constant({ type: "integer" }), fc.constant({ type: "integer", minimum: 1 })),
      c: fc.constant({ type: "boolean" }),
    },
    { requiredKeys: ["a"] },
  ),
  required: maybe(subset(["a", "b"])),
  additionalProperties: maybe(fc.oneof(fc.boolean(), fc.constant({ type: "string" }))),
});

/** Alternatives: of kinds, of lists of values that may come to share one, or of objects told apart by a constant. */
const choiceSchema = fc.record({
  oneOf: fc.oneof(
    fc.tuple(subset(["a", "b", "c"]), subset(["c", "d"])).map(([x, y]) => [
      { type: "string", enum: x },
      { type: "string", enum: y },
    ]),
    subset([{ type: "string" }, { type: "integer" }, { type: "boolean" }, { type: "string", format: "email" }]).filter(
      (list) => list.length > 1,
    ),
    // Strings told apart, or not, by their patterns and lengths.
    fc.subarray(
      [
        { type: "string", pattern: "^a" },
        { type: "string", pattern: "b$" },
        { type: "string", pattern: "^[0-9]+$" },
        { type: "string", pattern: "^b", maxLength: 2 },
        { type: "string", minLength: 3 },
      ],
      { minLength: 2 },
    ),
    subset([
      { type: "object", title: "A", required: ["m"], properties: { m: { const: "a" }, x: { type: "string" } } },
      { type: "object", title: "B", required: ["m"], properties: { m: { const: "b" }, y: { type: "integer" } } },
      { type: "object", title: "C", required: ["m", "z"], properties: { m: { const: "c" }, z: { type: "string" } } },
      // Declares the constant without requiring it: apart from those that require theirs, not from E.
      { type: "object", title: "D", required: ["x"], properties: { m: { const: "d" }, x: { type: "string" } } },
      { type: "object", title: "E", properties: { m: { const: "e" }, x: { type: "string" } } },
    ]),
  ),
});

/** Without the keys left undefined; with null allowed by a type list, sometimes. */
const written = (schema: Obj, nullable: boolean): Obj => {
  const out = Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
  if (nullable && out.type !== undefined) out.type = [out.type, "null"];
  return out;
};

/** One kind of field schema. */
const family = fc.constantFrom<fc.Arbitrary<Obj>>(
  stringSchema,
  numberSchema,
  arraySchema,
  booleanSchema,
  objectSchema,
  choiceSchema,
  composedSchema,
  untypedSchema,
);

/** A pair of schemas for one field: of one kind mostly, of two sometimes (a type changed). */
const pair: fc.Arbitrary<[Obj, Obj]> = fc
  .tuple(family, family, fc.integer({ min: 0, max: 9 }))
  .chain(([a, b, same]) => fc.tuple(a, same > 0 ? a : b, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 9 })))
  .map(([a, b, nullA, nullB, keep]) => [written(a, nullA && keep < 3), written(b, nullB && keep < 3)]);

const FIELDS = 12;

const patternedString = fc.record({
  type: fc.constant("string"),
  minLength: maybe(fc.integer({ min: 0, max: 3 })),
  maxLength: maybe(fc.integer({ min: 1, max: 24 })),
  pattern: fc.constantFrom(...PATTERNS),
  format: maybe(fc.constantFrom(...FORMATS)),
});

/** A pair of strings that both have a pattern (and maybe a format and lengths): narrowed patterns name what they lose. */
const patternedPair: fc.Arbitrary<[Obj, Obj]> = fc
  .tuple(patternedString, patternedString)
  .map(([a, b]) => [written(a, false), written(b, false)]);

/** Whether a field is required in the base and in the head: mostly as it was. */
const requirement = fc.constantFrom<[boolean, boolean]>(
  [false, false],
  [false, false],
  [true, true],
  [false, true],
  [true, false],
);

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await removeDir(dir);
});

/** Values both schemas suggest, their near misses, and values of every other kind. */
const valuesFor = ([before, after]: [Obj, Obj]) =>
  fc.array(
    fc.oneof(
      schemaValues(before),
      schemaValues(after),
      schemaValues(before).chain(mutated),
      // The head's near misses: a key the head declares set to what it rejects (an open object took it before).
      schemaValues(after).chain(mutated),
      fc.constantFrom(null, "", "a\nb", 0, -1, 1.5, 7, 12, true, [], ["a", "a"], [1, 2, 3, 4, 5], {}),
    ),
    { minLength: 10, maxLength: 25 },
  );

/**
 * Diffs random pairs of field schemas and checks the verdicts with Ajv: a field the diff calls info
 * (or no change) keeps every value the base took; a value a narrowed pattern is said to lose is
 * one the base took and the head rejects. Returns how many fields and values were judged.
 */
async function judge(
  pairs: fc.Arbitrary<[Obj, Obj]>,
  numRuns: number,
): Promise<{ judged: number; checked: number; witnessed: number }> {
  let judged = 0;
  let checked = 0;
  let witnessed = 0;
  await fc.assert(
    fc.asyncProperty(
      fc
        .tuple(
          fc.array(pairs, { minLength: FIELDS, maxLength: FIELDS }),
          fc.array(requirement, { minLength: FIELDS, maxLength: FIELDS }),
        )
        .chain(([pairs, required]) =>
          fc.tuple(fc.constant(pairs), fc.constant(required), fc.tuple(...pairs.map(valuesFor))),
        ),
      async ([pairs, required, values]) => {
        const changes = await diffProbeFields(
          pairs.map(([b]) => b),
          pairs.map(([, h]) => h),
          required,
        );
        for (const [i, [before, after]] of pairs.entries()) {
          const own = changes[i]!;
          // The field in a config of its own: required or not, as the connector says.
          const config = (schema: Obj, isRequired: boolean) =>
            ajv.compile({ type: "object", properties: { f: schema }, required: isRequired ? ["f"] : [] });
          const [was, now] = [config(before, required[i]![0]), config(after, required[i]![1])];
          // A value a narrowed pattern is said to lose: Ajv takes it under the base and rejects it under the head.
          for (const c of own) {
            const named =
              c.rule === "pattern-narrowed" && c.field === `f${i}`
                ? / ("(?:[^"\\]|\\.)*") matched the old one and is now rejected$/.exec(c.message)
                : null;
            if (named === null) continue;
            const lost = { f: JSON.parse(named[1]!) as unknown };
            witnessed++;
            expect(was(lost) && !now(lost), `${JSON.stringify(before)} → ${JSON.stringify(after)}: ${c.message}`).toBe(
              true,
            );
          }
          if (own.some((c) => c.severity !== "info")) continue;
          judged++;
          for (const value of [undefined, ...values[i]!]) {
            const configValue = value === undefined ? {} : { f: value };
            if (!was(configValue)) continue;
            checked++;
            expect(
              now(configValue),
              `${JSON.stringify(before)}${required[i]![0] ? " (required)" : ""} → ${JSON.stringify(after)}${required[i]![1] ? " (required)" : ""}: ${JSON.stringify(configValue)} was valid and is not, but the diff said ${JSON.stringify(own.map((c) => `${c.rule} ${c.severity}`))}`,
            ).toBe(true);
          }
        }
      },
    ),
    { numRuns },
  );
  return { judged, checked, witnessed };
}

it("a change called info, or no change, breaks no value Ajv accepted before", async () => {
  const { judged, checked } = await judge(pair, 300);
  // Not vacuous: many pairs judged non-breaking, and many values checked against them.
  expect(judged).toBeGreaterThan(50);
  expect(checked).toBeGreaterThan(500);
}, 120_000);

it("a value a narrowed pattern is said to lose is one Ajv accepted before and rejects now", async () => {
  const { witnessed } = await judge(patternedPair, 40);
  expect(witnessed).toBeGreaterThan(20);
}, 120_000);

// The config's own extra keys (the root's additionalProperties), which the IR types only as open or closed:
// the verdict is breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
it.each([
  { name: "a value type given where it was left out", base: undefined, head: { type: "integer" } },
  { name: "the value type changed", base: { type: "string" }, head: { type: "integer" } },
  { name: "the value type described", base: { type: "string" }, head: { type: "string", description: "any" } },
  { name: "the value type dropped", base: { type: "string" }, head: {} },
  { name: "opened from false to a value type", base: false, head: { type: "integer" } },
  { name: "closed from a value type", base: { type: "string" }, head: false },
])("the config's extra keys: $name", async ({ base, head }) => {
  const root = (extra: unknown) => ({
    type: "object",
    properties: { port: { type: "integer" } },
    ...(extra === undefined ? {} : { additionalProperties: extra }),
  });
  const dir = await tempDir("codegen-diff-reference-extra-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const configs = [{}, { port: 1 }, { port: 1, any: "x" }, { any: 1 }, { any: null }, { any: [1] }];
  const lost = configs.filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A list of values (`enum`, `const`) that gave way to a pattern, bounds or a format: breaking exactly when
// Ajv, on the schemas as written, rejects a value the list held (found among the listed values).
it.each([
  {
    name: "a list → a pattern every value matches (a real Amplitude schema's residencyServer)",
    base: { type: "string", enum: ["standard", "EU"] },
    head: { type: "string", pattern: "(^env[.].*)|^(standard|EU)$" },
  },
  { name: "a constant → its pattern", base: { type: "string", const: "a" }, head: { type: "string", pattern: "^a$" } },
  {
    name: "a list → a pattern one value misses",
    base: { type: "string", enum: ["a", "c"] },
    head: { type: "string", pattern: "^[ab]$" },
  },
  {
    name: "a list → lengths all meet",
    base: { type: "string", enum: ["a", "bb"] },
    head: { type: "string", maxLength: 2 },
  },
  {
    name: "a list → lengths one misses",
    base: { type: "string", enum: ["a", "bb"] },
    head: { type: "string", maxLength: 1 },
  },
  {
    name: "a list → bounds all meet",
    base: { type: "integer", enum: [1, 2, 3] },
    head: { type: "integer", minimum: 1, maximum: 3 },
  },
  {
    name: "a list → bounds one misses",
    base: { type: "integer", enum: [1, 5] },
    head: { type: "integer", maximum: 3 },
  },
  {
    name: "a list → a format all meet",
    base: { type: "string", enum: ["2020-01-01"] },
    head: { type: "string", format: "date" },
  },
  {
    name: "a list → a format one misses",
    base: { type: "string", enum: ["2020-01-01", "soon"] },
    head: { type: "string", format: "date" },
  },
])("a list of values given way to constraints: $name", async ({ base, head }) => {
  const root = (field: Obj) => ({ type: "object", properties: { region: field } });
  const dir = await tempDir("codegen-diff-reference-list-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const listed = (base.enum ?? [base.const]) as unknown[];
  const lost = [{}, ...listed.map((v) => ({ region: v }))].filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// RudderStack's config schemas put this idiom (a template, an environment variable, or a bounded length) on
// nearly every string field; a change of its length is judged, within the walk's budget, both ways.
const RUDDER = (n: number) => String.raw`(^\{\{.*\|\|(.*)\}\}$)|(^env[.].+)|^(.{0,${n}})$`;
it.each([
  { name: "its length lowered", base: RUDDER(300), head: RUDDER(100), want: "pattern-narrowed breaking" },
  { name: "its length raised", base: RUDDER(100), head: RUDDER(300), want: "pattern-widened info" },
])("a real pattern idiom (RudderStack's): $name", async ({ base, head, want }) => {
  const root = (pattern: string) => ({ type: "object", properties: { event: { type: "string", pattern } } });
  const dir = await tempDir("codegen-diff-reference-rudder-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => `${c.rule} ${c.severity}`)).toEqual([want]);
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const probe = { event: "a".repeat(101) };
  expect(before(probe) && !after(probe)).toBe(want.endsWith("breaking"));
});

// The other way: a pattern that gave way to a list of values (a real Braze schema's connectionMode fields).
// Breaking exactly when Ajv rejects a value the pattern matched (the probes hold every such value here).
it.each([
  {
    name: "a pattern → a list holding its values and one more",
    base: { type: "string", pattern: "^(cloud|device)$" },
    head: { type: "string", enum: ["cloud", "device", "hybrid"] },
    probes: ["cloud", "device", "hybrid"],
  },
  {
    name: "a pattern → its constant",
    base: { type: "string", pattern: "^cloud$" },
    head: { type: "string", const: "cloud" },
    probes: ["cloud"],
  },
  {
    name: "a class → its values",
    base: { type: "string", pattern: "^[0-2]$" },
    head: { type: "string", enum: ["0", "1", "2"] },
    probes: ["0", "1", "2"],
  },
  {
    name: "a class → a list missing one",
    base: { type: "string", pattern: "^[0-3]$" },
    head: { type: "string", enum: ["0", "1", "2"] },
    probes: ["0", "1", "2", "3"],
  },
  {
    name: "an open pattern → a list",
    base: { type: "string", pattern: "^cloud" },
    head: { type: "string", enum: ["cloud"] },
    probes: ["cloud", "cloudy"],
  },
])("a pattern given way to a list of values: $name", async ({ base, head, probes }) => {
  const root = (field: Obj) => ({ type: "object", properties: { mode: field } });
  const dir = await tempDir("codegen-diff-reference-pattern-list-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const lost = probes.map((v) => ({ mode: v })).filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A `then` that restates what the field holds to without a condition (a real Braze schema's appKey): breaking
// exactly when Ajv, on the schemas as written, rejects a config it accepted (the probes hold one where so).
const IF_M = { properties: { m: { const: "x" } }, required: ["m"] };
it.each([
  {
    name: "required, typed and patterned again under a condition",
    base: { required: ["k"], properties: { m: { type: "string" }, k: { type: "string", pattern: "^a+$" } } },
    then: { properties: { k: { type: "string", pattern: "^a+$" } }, required: ["k"] },
  },
  {
    name: "a looser bound under a condition",
    base: { properties: { m: { type: "string" }, n: { type: "integer", maximum: 5 } } },
    then: { properties: { n: { maximum: 10 } } },
  },
  {
    name: "a tighter bound under a condition",
    base: { properties: { m: { type: "string" }, n: { type: "integer", maximum: 5 } } },
    then: { properties: { n: { maximum: 3 } } },
  },
  {
    name: "a key the field did not require, required under a condition",
    base: { properties: { m: { type: "string" }, k: { type: "string", pattern: "^a+$" } } },
    then: { required: ["k"] },
  },
  {
    name: "another pattern under a condition",
    base: { required: ["k"], properties: { m: { type: "string" }, k: { type: "string", pattern: "^a+$" } } },
    then: { properties: { k: { pattern: "^a$" } } },
  },
])("a condition beside the field's own constraints: $name", async ({ base, then }) => {
  const root = (extra: Obj) => ({ type: "object", ...base, ...extra });
  const dir = await tempDir("codegen-diff-reference-then-");
  dirs.push(dir);
  const head = root({ allOf: [{ if: IF_M, then }] });
  const pair = await jsonSchemaPair(dir, root({}), head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root({})), ajv.compile(head)];
  const probes = [{ m: "x" }, { m: "x", k: "a" }, { m: "x", k: "aa" }, { m: "x", n: 4 }, { m: "x", k: "a", n: 4 }];
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A constraint under a condition beside the field's own, or on a field with no type, compared as the
// field's values (real RudderStack snowflake and GA4 schemas): breaking exactly when Ajv, on the schemas
// as written, rejects a config it accepted; the probes hold one where so.
const IF_F = { properties: { f: { const: false } }, required: ["f"] };
it.each([
  {
    name: "a pattern under a condition that the field's pattern implies",
    field: { type: "string", pattern: "^[a-z]+$" },
    then: { pattern: "^[a-z]*$" },
    probes: ["abc", "", "A"],
  },
  {
    name: "a pattern under a condition narrower than the field's",
    field: { type: "string", pattern: "^[a-z]+$" },
    then: { pattern: "^[a-z]{1,2}$" },
    probes: ["ab", "abc"],
  },
  {
    name: "the field's pattern's values listed under a condition",
    field: { type: "string", pattern: "^(AWS|GCP|AZURE)$" },
    then: { enum: ["AWS", "GCP", "AZURE"] },
    probes: ["AWS", "GCP", "AZURE", "A"],
  },
  {
    name: "some of the field's pattern's values listed under a condition",
    field: { type: "string", pattern: "^(AWS|GCP|AZURE)$" },
    then: { enum: ["AWS", "GCP"] },
    probes: ["AWS", "AZURE"],
  },
  {
    name: "the field's format's shape as a pattern under a condition",
    field: { type: "string", format: "date" },
    then: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
    probes: ["2024-01-31", "x"],
  },
  {
    name: "a pattern under a condition that some dates fail",
    field: { type: "string", format: "date" },
    then: { pattern: "^2024-" },
    probes: ["2024-01-31", "2023-01-31"],
  },
  {
    name: "the field's range listed under a condition",
    field: { type: "integer", minimum: 1, maximum: 3 },
    then: { enum: [1, 2, 3] },
    probes: [1, 2, 3, 4],
  },
  {
    name: "part of the field's range listed under a condition",
    field: { type: "integer", minimum: 1, maximum: 3 },
    then: { enum: [1, 2] },
    probes: [1, 3],
  },
])("a condition on a typed field: $name", async ({ field, then, probes }) => {
  const root = (extra: Obj) => ({ type: "object", properties: { f: { type: "boolean" }, v: field }, ...extra });
  const dir = await tempDir("codegen-diff-reference-then-implied-");
  dirs.push(dir);
  const head = root({ allOf: [{ if: IF_F, then: { properties: { v: then } } }] });
  const pair = await jsonSchemaPair(dir, root({}), head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root({})), ajv.compile(head)];
  const lost = probes.map((v) => ({ f: false, v })).filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A pattern changed where the base holds no string type for it: under a condition (a real GA4 schema's
// measurementId lost `|^$`), or on a field with no type. A value it loses is looked for among those the
// base took there; breaking exactly when Ajv rejects a config it accepted (the probes hold one where so).
it.each([
  { name: "narrowed under a condition", base: "^G-.+$|^$", head: "^G-.+$", untyped: false, probes: ["", "G-1"] },
  { name: "widened under a condition", base: "^G-.+$", head: "^G-.+$|^$", untyped: false, probes: ["", "G-1"] },
  { name: "narrowed with no type", base: "^[a-z]+$", head: "^[a-z]$", untyped: true, probes: ["a", "aa"] },
  { name: "widened with no type", base: "^[a-z]$", head: "^[a-z]+$", untyped: true, probes: ["a", "aa", 1] },
  {
    name: "narrowed with no type, beside a format whose values it loses",
    base: "^[0-9-]+$",
    head: "^[0-9]+$",
    untyped: true,
    lengths: { format: "date" },
    probes: ["2024-01-31", "-", "1"],
  },
  {
    name: "narrowed with no type, where the base's lengths keep what it lost",
    base: "^[a-z]+$",
    head: "^[a-z]$",
    untyped: true,
    lengths: { maxLength: 1 },
    probes: ["a", "aa"],
  },
])("a pattern with no string type in the base: $name", async ({ base, head, untyped, probes, ...rest }) => {
  const lengths = "lengths" in rest ? rest.lengths : {};
  const schema = (pattern: string) =>
    untyped
      ? { type: "object", properties: { v: { pattern, ...lengths } } }
      : {
          type: "object",
          properties: { f: { type: "boolean" } },
          allOf: [{ if: IF_F, then: { properties: { v: { type: "string", pattern } } } }],
        };
  const dir = await tempDir("codegen-diff-reference-untyped-pattern-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, schema(base), schema(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(schema(base)), ajv.compile(schema(head))];
  const lost = probes.map((v) => ({ f: false, v })).filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A key an open config declared only under a condition, declared without one in the head, or the other way
// (a real Google Ads remarketing schema's loginCustomerId): under the condition the two are compared as fields
// are. Breaking exactly when Ajv rejects a config it accepted, the probes holding one where so.
const IF_A = { properties: { mode: { const: "a" } }, required: ["mode"] };
it.each([
  { name: "a string made an integer", under: { type: "string" }, plain: { type: "integer" }, lost: true },
  { name: "a string kept a string", under: { type: "string" }, plain: { type: "string" }, lost: false },
  {
    name: "a longest length lowered",
    under: { type: "string", maxLength: 10 },
    plain: { type: "string", maxLength: 5 },
    lost: true,
  },
  {
    name: "a pattern narrowed",
    under: { type: "string", pattern: "(^env[.].+)|^(.{1,100})$" },
    plain: { type: "string", pattern: "^(.{1,100})$" },
    lost: true,
  },
  { name: "an integer's range kept", under: { type: "integer", maximum: 5 }, plain: { type: "integer" }, lost: false },
])("a key declared only under a condition, then without one: $name", async ({ under, plain, lost }) => {
  const conditional = {
    type: "object",
    properties: { mode: { type: "string" } },
    allOf: [{ if: IF_A, then: { properties: { id: under } } }],
  };
  const unconditional = { type: "object", properties: { mode: { type: "string" }, id: plain } };
  const probes = [
    { mode: "a", id: "x" },
    { mode: "a", id: "abcdefgh" },
    { mode: "a", id: 3 },
    { mode: "a", id: "env.a\n" },
  ];
  for (const [base, head, want] of [
    [conditional, unconditional, lost],
    // The other way the field is removed (breaking for authors, by the rule table) whatever its values.
    [unconditional, conditional, undefined],
  ] as const) {
    const dir = await tempDir("codegen-diff-reference-hoisted-");
    dirs.push(dir);
    const pair = await jsonSchemaPair(dir, base, head);
    const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
    const [before, after] = [ajv.compile(base), ajv.compile(head)];
    const gone = probes.filter((c) => before(c) && !after(c));
    if (want === undefined) {
      expect(report.changes.map((c) => c.rule)).toContain("field-removed");
      continue;
    }
    expect(gone.length > 0).toBe(want);
    expect(
      report.changes.some((c) => c.severity === "breaking"),
      JSON.stringify(report.changes),
    ).toBe(want);
  }
});

// A condition written as the one choice of an anyOf or oneOf, as the one member of an allOf, or bare (a real
// Google Ads offline conversions schema moved it from an anyOf to an allOf): the same constraint, so no change;
// added where there was none, breaking. Judged by Ajv on the schemas as written.
const SUB_LOGIN = {
  if: { properties: { sub: { const: true } }, required: ["sub"] },
  then: { properties: { login: { type: "string" } }, required: ["login"] },
};
const LOGIN_FORMS: Record<string, Obj> = {
  anyOf: { anyOf: [SUB_LOGIN] },
  oneOf: { oneOf: [SUB_LOGIN] },
  allOf: { allOf: [SUB_LOGIN] },
  bare: SUB_LOGIN,
  none: {},
};
it.each([
  ["anyOf", "allOf"],
  ["allOf", "anyOf"],
  ["oneOf", "bare"],
  ["bare", "anyOf"],
  ["none", "anyOf"],
  ["anyOf", "none"],
])("a condition written as %s, then as %s", async (from, to) => {
  const root = (form: string) => ({ type: "object", properties: { sub: { type: "boolean" } }, ...LOGIN_FORMS[form] });
  const dir = await tempDir("codegen-diff-reference-condition-forms-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(from!), root(to!));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(from!)), ajv.compile(root(to!))];
  const probes = [{}, { sub: true }, { sub: true, login: "x" }, { sub: true, login: 1 }, { sub: false, login: 1 }];
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// oneOf choices told apart by a constant each required (a real Square schema's auth_type), told apart now only
// by a new constant neither requires: a config with both choices' keys and no new constant matched one choice
// and now matches both. Breaking exactly when Ajv rejects a config it accepted, the probes holding one where so.
it.each([
  { name: "open choices", closed: false },
  { name: "closed choices, which took no key of the other", closed: true },
])("choices told apart now only by an optional constant: $name", async ({ closed }) => {
  const choice = (t: string, key: string, head: boolean) => ({
    type: "object",
    required: ["t", key],
    properties: {
      ...(head ? { k: { type: "string", const: t } } : { t: { type: "string", const: t } }),
      [key]: { type: "string" },
      ...(closed && head ? { t: {} } : {}),
    },
    ...(closed ? { additionalProperties: false } : {}),
  });
  const root = (head: boolean) => ({
    type: "object",
    properties: { c: { type: "object", oneOf: [choice("A", "a", head), choice("B", "b", head)] } },
  });
  const dir = await tempDir("codegen-diff-reference-optional-constant-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(false), root(true));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(false)), ajv.compile(root(true))];
  const probes = [
    { t: "A", a: "x", b: "y" },
    { t: "A", a: "x" },
    { t: "B", b: "x" },
    { t: "x", a: "x", b: "x" },
  ].map((c) => ({ c }));
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(lost.length > 0).toBe(!closed);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A key required under one condition, now required under another too: an `else` added, or a second `if` (the IR
// models only the first `then` a key is required under). Found by test/diff-conditional-property.test.ts.
const IF_MODE_X = { properties: { mode: { const: "x" } }, required: ["mode"] };
it.each([
  {
    name: "an else added that requires it",
    base: { allOf: [{ if: IF_MODE_X, then: { required: ["b"] } }] },
    head: { allOf: [{ if: IF_MODE_X, then: { required: ["b"] }, else: { required: ["b"] } }] },
  },
  {
    name: "a second condition that requires it",
    base: {
      allOf: [
        { if: { properties: { mode: { const: "x" } } }, then: { required: ["a"] } },
        { if: IF_MODE_X, then: { required: ["b"] } },
      ],
    },
    head: {
      allOf: [
        { if: { properties: { mode: { const: "x" } } }, then: { required: ["a", "b"] } },
        { if: IF_MODE_X, then: { required: ["b"] } },
      ],
    },
  },
])("a key required under a condition, now under another too: $name", async ({ base, head }) => {
  const root = (extra: Obj) => ({
    type: "object",
    properties: { mode: { type: "string" }, a: { type: "string" }, b: { type: "string" } },
    ...extra,
  });
  const dir = await tempDir("codegen-diff-reference-required-under-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const probes = [{}, { a: "s" }, { mode: "y" }, { mode: "x", b: "s" }];
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(lost.length).toBeGreaterThan(0);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(true);
  // Said once a condition: the IR's comparison and this one do not both say it.
  const said = report.changes.filter((c) => c.field === "b").map((c) => c.rule);
  expect(new Set(said).size).toBe(said.length);
});

// An open config declares a key it took as an extra key, with a bound and no type: typed as any value, but Ajv
// checks the bound on values of its kind, so a config that set it otherwise is rejected: extra-key-declared.
it("a key an open config took, declared with a bound and no type, is extra-key-declared", async () => {
  const [base, head] = [{ type: "object" }, { type: "object", properties: { a: { maxLength: 3 } } }];
  const dir = await tempDir("codegen-diff-reference-untyped-declared-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, base, head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(ajv.compile(base)({ a: "long-string" }) && !ajv.compile(head)({ a: "long-string" })).toBe(true);
  expect(report.changes.map((c) => `${c.rule} ${c.field}`)).toEqual(["extra-key-declared a"]);
});

// A oneOf choice added beside one it is told apart from only by a constant neither requires (a real Google
// Analytics v4 schema's CredentialsCraft beside Client): a config with both choices' keys matched the old one
// alone and now matches both. Breaking exactly when Ajv rejects a config it accepted.
it.each([
  { name: "both open", closed: false },
  { name: "both closed", closed: true },
])("a choice added, told apart by a constant neither requires: $name", async ({ closed }) => {
  const choice = (tag: string, key: string) => ({
    title: tag,
    type: "object",
    required: [key],
    properties: { auth_type: { const: tag }, [key]: { type: "string" } },
    ...(closed ? { additionalProperties: false } : {}),
  });
  const root = (choices: Obj[]) => ({ type: "object", properties: { credentials: { oneOf: choices } } });
  const [base, head] = [
    root([choice("Client", "client_id")]),
    root([choice("Client", "client_id"), choice("Craft", "token_id")]),
  ];
  const dir = await tempDir("codegen-diff-reference-added-choice-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, base, head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(base), ajv.compile(head)];
  const probes = [{ client_id: "a", token_id: "b" }, { client_id: "a" }, { token_id: "b" }].map((credentials) => ({
    credentials,
  }));
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(lost.length > 0).toBe(!closed);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(!closed);
});

// Patterns with lookaround, which the pattern walk does not read (real RudderStack namespace, Shopify shop):
// breaking exactly when Ajv rejects a config it accepted, the probes holding one where so.
it.each([
  { base: "^((?!pg_).{0,64})$", head: "^((?!pg_).{1,64})$", probes: ["", "a"] },
  {
    base: "^(?!https://)(?!https://).*",
    head: "^\\s*(https?://)?[A-Za-z0-9][A-Za-z0-9.\\-/]*\\s*$",
    probes: ["", "a"],
  },
  {
    base: "^\\s*(https?://)?[A-Za-z0-9][A-Za-z0-9.\\-/]*\\s*$",
    head: "^(?!https://)(?!https://).*",
    probes: ["https://a"],
  },
  { base: "^((?!pg_).{0,64})$", head: "^((?!pg_).{0,64})$|^x", probes: ["", "a", "pg_a", "x"] },
])("a pattern with lookaround: $base → $head", async ({ base, head, probes }) => {
  const root = (pattern: string) => ({ type: "object", properties: { v: { type: "string", pattern } } });
  const dir = await tempDir("codegen-diff-reference-lookaround-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const lost = probes.map((v) => ({ v })).filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost.length > 0);
});

// A format given to a field with no type: Ajv checks it on strings, so a string of another form is lost.
it.each([
  { name: "added", base: {}, head: { format: "date" }, lost: true },
  { name: "removed", base: { format: "date" }, head: {}, lost: false },
  { name: "kept, the type dropped", base: { type: "string", format: "date" }, head: { format: "date" }, lost: false },
])("a format on a field with no type: $name", async ({ base, head, lost }) => {
  const root = (v: Obj) => ({ type: "object", properties: { v } });
  const dir = await tempDir("codegen-diff-reference-untyped-format-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const probes = ["x", "2024-01-31", 1].map((v) => ({ v }));
  expect(probes.some((c) => before(c) && !after(c))).toBe(lost);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost);
});

// An anyOf under a condition (a real ClickHouse schema's S3 keys): its choices hold one at a time, so it is
// compared as written. Breaking whenever Ajv rejects a config it accepted (the probes hold one where so).
const S3_KEYS = { properties: { a: { type: "string" } }, required: ["a"] };
const S3_ROLE = { properties: { r: { type: "string" }, rb: { const: true } }, required: ["r", "rb"] };
it.each([
  {
    name: "a choice of the anyOf dropped",
    base: { anyOf: [S3_KEYS, S3_ROLE] },
    head: { anyOf: [S3_KEYS] },
    lost: true,
  },
  {
    name: "the anyOf made plain required keys",
    base: { anyOf: [S3_KEYS, S3_ROLE] },
    head: { properties: { a: { type: "string" }, rb: { type: "boolean" } }, required: ["a"] },
    lost: true,
  },
  { name: "unchanged", base: { anyOf: [S3_KEYS, S3_ROLE] }, head: { anyOf: [S3_KEYS, S3_ROLE] }, lost: false },
  // The real pair the other way: every config the base took under the condition has `a`, and meets the first choice.
  {
    name: "plain required keys made an anyOf whose first choice restates them",
    base: { properties: { a: { type: "string" }, rb: { type: "boolean" } }, required: ["a"] },
    head: { anyOf: [S3_KEYS, S3_ROLE] },
    lost: false,
  },
  { name: "a choice added to the anyOf", base: { anyOf: [S3_KEYS] }, head: { anyOf: [S3_KEYS, S3_ROLE] }, lost: false },
  {
    name: "plain required keys made an anyOf whose choices each ask for more",
    base: { properties: { a: { type: "string" } }, required: ["a"] },
    head: { anyOf: [{ properties: { a: { type: "string", maxLength: 3 } }, required: ["a"] }, S3_ROLE] },
    lost: true,
  },
  {
    name: "plain required keys made an anyOf whose choice asks for a key the base did not require",
    base: { properties: { a: { type: "string" } }, required: ["a"] },
    head: { anyOf: [{ properties: { a: { type: "string" } }, required: ["a", "r"] }, S3_ROLE] },
    lost: true,
  },
  {
    name: "a oneOf of two choices, where the base required one's keys",
    base: { properties: { a: { type: "string" } }, required: ["a"] },
    head: { oneOf: [S3_KEYS, S3_ROLE] },
    lost: true,
  },
])("an anyOf under a condition: $name", async ({ base, head, lost }) => {
  const root = (then: Obj) => ({
    type: "object",
    properties: { p: { type: "string" } },
    allOf: [{ if: { properties: { p: { const: "S3" } }, required: ["p"] }, then }],
  });
  const dir = await tempDir("codegen-diff-reference-then-anyof-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, root(base), root(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(root(base)), ajv.compile(root(head))];
  const probes = [
    { p: "S3", a: "x" },
    { p: "S3", r: "x", rb: true },
    { p: "S3" },
    { p: "S3", a: "xxxxx" },
    { p: "S3", a: "x", r: "x", rb: true },
  ];
  expect(probes.some((c) => before(c) && !after(c))).toBe(lost);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost);
});

// An anyOf of constraints on the config itself, beside its fields: breaking exactly when Ajv rejects a config
// it accepted, so not when the base required one choice's keys anyway.
it.each([
  { name: "one choice's key always required", anyOf: [{ required: ["a"] }, { required: ["b"] }], lost: false },
  {
    name: "one choice's key always required and typed as the field is",
    anyOf: [{ required: ["a"], properties: { a: { type: "string", minLength: 1 } } }, { required: ["b"] }],
    lost: false,
  },
  { name: "no choice's key always required", anyOf: [{ required: ["b"] }, { required: ["c"] }], lost: true },
  {
    name: "a choice holds the required key to more",
    anyOf: [{ required: ["a"], properties: { a: { maxLength: 2 } } }, { required: ["b"] }],
    lost: true,
  },
])("an anyOf beside the config's fields: $name", async ({ anyOf, lost }) => {
  const base = {
    type: "object",
    required: ["a"],
    properties: { a: { type: "string", minLength: 1 }, b: { type: "string" }, c: { type: "string" } },
  };
  const head = { ...base, anyOf };
  const dir = await tempDir("codegen-diff-reference-anyof-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, base, head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const [before, after] = [ajv.compile(base), ajv.compile(head)];
  const probes = [{ a: "x" }, { a: "xyz" }, { a: "x", b: "y" }, { a: "x", c: "y" }];
  expect(probes.some((c) => before(c) && !after(c))).toBe(lost);
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    JSON.stringify(report.changes),
  ).toBe(lost);
});

// A key an open config took as an extra key, declared now only under a condition (a real Delta Lake schema's
// cleanupObjectStorageFiles): Ajv rejects a config that set it otherwise; the diff warns, as of a new field.
it("a key declared only under a condition, where the config took it as an extra key, is extra-key-declared", async () => {
  const base = { type: "object", properties: { m: { type: "string" } } };
  const head = {
    ...base,
    allOf: [
      { if: { properties: { m: { const: "x" } }, required: ["m"] }, then: { properties: { k: { type: "boolean" } } } },
    ],
  };
  const dir = await tempDir("codegen-diff-reference-then-key-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, base, head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const witness = { m: "x", k: "s" };
  expect(ajv.compile(base)(witness) && !ajv.compile(head)(witness)).toBe(true);
  expect(report.changes.map((c) => `${c.rule} ${c.severity} ${c.field}`)).toEqual(["extra-key-declared warning k"]);
  // Closed, the config took no such key: nothing is lost.
  const closed = { ...base, additionalProperties: false };
  const closedPair = await jsonSchemaPair(await tempDir("codegen-diff-reference-then-key-"), closed, {
    ...head,
    additionalProperties: false,
  });
  dirs.push(dirname(closedPair.base));
  const closedReport = await diffSnapshots(closedPair.provider, closedPair.base, closedPair.head, { cache: false });
  expect(closedReport.changes.filter((c) => c.field === "k")).toEqual([]);
});

/**
 * Diffs `base` → `head` and expects a breaking verdict exactly when Ajv, on the schemas as written, rejects a
 * probe it accepted before.
 */
/** A row, and the same change the other way round. */
const bothWays = (row: { name: string; base: Obj; head: Obj }) => [
  row,
  { name: `${row.name} (reversed)`, base: row.head, head: row.base },
];

async function expectBreakingAsAjv(base: Obj, head: Obj, probes: readonly unknown[]): Promise<void> {
  const dir = await tempDir("codegen-diff-reference-ajv-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, base, head);
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  const compile = (schema: Obj) => (schema.$schema === DRAFT_07 ? ajv07 : ajv).compile(schema);
  const [before, after] = [compile(base), compile(head)];
  const lost = probes.filter((c) => before(c) && !after(c));
  expect(
    report.changes.some((c) => c.severity === "breaking"),
    `${JSON.stringify(report.changes)} lost ${JSON.stringify(lost)}`,
  ).toBe(lost.length > 0);
}

// One condition written three ways (rudder-integrations-config's generator writes `anyOf` around a schema's
// only condition and `allOf` around two or more), its `if` with keys and names in another order, and a choice
// of conditions that holds the base's: breaking exactly when Ajv, on the schemas as written, rejects a config
// it accepted; the probes hold one where so.
const COND_T = { type: "string", enum: ["gum", "email"] };
const IF_GUM = { properties: { t: { const: "gum" } }, required: ["t"] };
const IF_EMAIL = { properties: { t: { const: "email" } }, required: ["t"] };
const IF_PU = { properties: { p: { const: "S3" }, u: { const: false } }, required: ["p", "u"] };
const IF_UP = { properties: { u: { const: false }, p: { const: "S3" } }, required: ["u", "p"] };
const conditioned = (extra: Obj): Obj => ({
  type: "object",
  properties: {
    t: COND_T,
    g: { type: "string" },
    e: { type: "string" },
    p: { type: "string" },
    u: { type: "boolean" },
    n: { type: "string" },
  },
  ...extra,
});
const GUM = { if: IF_GUM, then: { required: ["g"] } };
const EMAIL = { if: IF_EMAIL, then: { required: ["e"] } };
const PATTERNED = (test: Obj) => ({
  if: test,
  then: { properties: { n: { type: "string", pattern: "^[a-z]+$" } }, required: ["n"] },
});
it.each([
  { name: "anyOf of one condition → allOf of it", base: { anyOf: [GUM] }, head: { allOf: [GUM] } },
  { name: "allOf of one condition → anyOf of it", base: { allOf: [GUM] }, head: { anyOf: [GUM] } },
  { name: "oneOf of one condition → allOf of it", base: { oneOf: [GUM] }, head: { allOf: [GUM] } },
  { name: "anyOf of one condition → allOf of it and another", base: { anyOf: [GUM] }, head: { allOf: [GUM, EMAIL] } },
  { name: "anyOf of one condition → anyOf of it and another", base: { anyOf: [GUM] }, head: { anyOf: [GUM, EMAIL] } },
  { name: "anyOf of two conditions → anyOf of one", base: { anyOf: [GUM, EMAIL] }, head: { anyOf: [GUM] } },
  {
    name: "a condition's keys in another order",
    base: { allOf: [PATTERNED(IF_PU)] },
    head: { allOf: [PATTERNED(IF_UP)] },
  },
  {
    name: "a condition's keys in another order, its pattern narrowed",
    base: { allOf: [PATTERNED(IF_PU)] },
    head: {
      allOf: [{ if: IF_UP, then: { properties: { n: { type: "string", pattern: "^[a-z]$" } }, required: ["n"] } }],
    },
  },
])("one condition, spelled another way: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(conditioned(base), conditioned(head), [
    { t: "gum" },
    { t: "gum", g: "x" },
    { t: "email" },
    { t: "email", e: "x" },
    { t: "gum", e: "x" },
    { p: "S3", u: false },
    { p: "S3", u: false, n: "ab" },
    { p: "S3", u: false, n: "a" },
  ]);
});

// A format added that Ajv's formats package asserts (on strings, and `int32`/`int64` on numbers), or one it does
// not: breaking exactly when Ajv, on the schemas as written, rejects a value it accepted (the probes hold one where so).
it.each([
  { name: "url on a string", field: { type: "string" }, format: "url", probes: ["x", "http://example.com"] },
  { name: "uri-template on a string", field: { type: "string" }, format: "uri-template", probes: ["{a", "a"] },
  { name: "byte on a string", field: { type: "string" }, format: "byte", probes: ["!!!", "QUJD"] },
  { name: "int64 on a number", field: { type: "number" }, format: "int64", probes: [1.5, 2] },
  { name: "int64 on an integer", field: { type: "integer" }, format: "int64", probes: [2, 2 ** 40] },
  { name: "int32 on an integer", field: { type: "integer" }, format: "int32", probes: [2, 2 ** 40] },
  {
    name: "int32 on a bounded integer",
    field: { type: "integer", minimum: 0, maximum: 65535 },
    format: "int32",
    probes: [0, 65535],
  },
  { name: "double on a number", field: { type: "number" }, format: "double", probes: [1.5] },
  { name: "password on a string", field: { type: "string" }, format: "password", probes: ["x"] },
])("a format added: $name", async ({ field, format, probes }) => {
  const [b, h] = [
    { type: "object", properties: { v: field } },
    { type: "object", properties: { v: { ...field, format } } },
  ];
  await expectBreakingAsAjv(
    b,
    h,
    probes.map((v) => ({ v })),
  );
});

// An allOf member that allows no key it does not declare (`additionalProperties: false`) takes no value for a
// property another member, or the schema itself, declares: breaking exactly when Ajv, on the schemas as written,
// rejects a config it accepted (the probes hold one where so).
const A = { type: "string" };
it.each([
  {
    name: "a closed object split into a closed member and another",
    base: { properties: { a: A, b: A }, additionalProperties: false },
    head: { allOf: [{ properties: { a: A }, additionalProperties: false }, { properties: { b: A } }] },
  },
  {
    name: "a closed member that declares every property",
    base: { properties: { a: A, b: A }, additionalProperties: false },
    head: { allOf: [{ properties: { a: A, b: A }, additionalProperties: false }, { properties: { b: A } }] },
  },
  {
    name: "a closed schema beside a member that declares another property",
    base: { properties: { a: A, b: A }, additionalProperties: false },
    head: { properties: { a: A }, additionalProperties: false, allOf: [{ properties: { b: A } }] },
  },
  {
    name: "a closed member whose patternProperties take the other's property",
    base: { properties: { a: A, b: A }, patternProperties: { "^b$": A }, additionalProperties: false },
    head: {
      allOf: [
        { properties: { a: A }, patternProperties: { "^b$": A }, additionalProperties: false },
        { properties: { b: A } },
      ],
    },
  },
  {
    name: "a closed member inside a member",
    base: { properties: { a: A, b: A }, additionalProperties: false },
    head: { allOf: [{ allOf: [{ properties: { a: A }, additionalProperties: false }] }, { properties: { b: A } }] },
  },
])("a closed allOf member: $name", async ({ base, head }) => {
  const [b, h] = [
    { type: "object", ...base },
    { type: "object", ...head },
  ];
  const probes = [{ a: "x" }, { b: "x" }, { a: "x", b: "y" }, {}, { c: "x" }];
  await expectBreakingAsAjv(b, h, probes);
});

// A pattern under a condition narrowed where the field has a pattern of its own (RudderStack writes one on the
// property and another under `then`), and one under a oneOf choice's own condition: breaking exactly when Ajv,
// on the schemas as written, rejects a config it accepted (the probes hold one where so).
const IF_USE = { properties: { use: { const: true } }, required: ["use"] };
const usePattern = (own: string, then: string) => ({
  type: "object",
  properties: { use: { type: "boolean" }, k: { type: "string", pattern: own } },
  allOf: [{ if: IF_USE, then: { properties: { k: { pattern: then } } } }],
});
const choicePattern = (then: string) => ({
  type: "object",
  properties: {
    auth: {
      oneOf: [
        {
          title: "K",
          type: "object",
          properties: { t: { const: "key" }, m: { enum: ["a", "b"] }, x: { type: "string" } },
          required: ["t"],
          if: { properties: { m: { const: "a" } }, required: ["m"] },
          then: { properties: { x: { pattern: then } } },
        },
        { title: "O", type: "object", properties: { t: { const: "o" } }, required: ["t"] },
      ],
    },
  },
});
it.each([
  {
    name: "beside the field's own pattern",
    base: usePattern("^.*$", "^[a-z]{1,10}$"),
    head: usePattern("^.*$", "^[a-z]{1,5}$"),
    probes: [
      { use: true, k: "abcdefg" },
      { use: true, k: "abc" },
    ],
  },
  {
    name: "beside a RudderStack field pattern",
    base: usePattern(RUDDER(100), RUDDER(100).replace("{0,100}", "{1,100}")),
    head: usePattern(RUDDER(100), RUDDER(100).replace("{0,100}", "{1,50}")),
    probes: [
      { use: true, k: "a".repeat(60) },
      { use: true, k: "a" },
    ],
  },
  {
    name: "beside the field's own pattern, widened",
    base: usePattern("^[a-z]*$", "^[a-z]{1,5}$"),
    head: usePattern("^[a-z]*$", "^[a-z]{1,10}$"),
    probes: [
      { use: true, k: "abcdefg" },
      { use: true, k: "abc" },
    ],
  },
  {
    name: "beside the field's own pattern, which took none of the values lost",
    base: usePattern("^[a-c]*$", "^[a-z]{1,10}$"),
    head: usePattern("^[a-c]*$", "^[a-c]{1,10}$|^[d-z]{1,5}$"),
    probes: [
      { use: true, k: "abcabc" },
      { use: true, k: "abc" },
    ],
  },
  {
    name: "under a oneOf choice's own condition",
    base: choicePattern("^[a-z]+$"),
    head: choicePattern("^[a-c]+$"),
    probes: [{ auth: { t: "key", m: "a", x: "z" } }, { auth: { t: "key", m: "a", x: "a" } }],
  },
])("a pattern under a condition narrowed $name", async ({ base, head, probes }) => {
  await expectBreakingAsAjv(base, head, probes);
});

// A list of values written as choices that each list some (a titled enum, as generators write one): the same
// values either way, so no change; and choices that do not list the same values: breaking exactly when Ajv, on
// the schemas as written, rejects a config it accepted (the probes hold one where so).
const MODE = { type: "string", enum: ["a", "b"] };
it.each([
  {
    name: "an enum → a oneOf of one-value enums",
    base: MODE,
    head: {
      oneOf: [
        { type: "string", enum: ["a"] },
        { type: "string", enum: ["b"] },
      ],
    },
  },
  {
    name: "an enum → a oneOf of titled consts",
    base: MODE,
    head: {
      oneOf: [
        { const: "a", title: "A" },
        { const: "b", title: "B" },
      ],
    },
  },
  { name: "an enum → an anyOf of one-value enums", base: MODE, head: { anyOf: [{ enum: ["a"] }, { enum: ["b"] }] } },
  { name: "an enum → a oneOf of consts, one gone", base: MODE, head: { oneOf: [{ const: "a", title: "A" }] } },
  {
    name: "an enum → a oneOf of consts listing one value twice",
    base: MODE,
    head: { oneOf: [{ enum: ["a", "b"] }, { const: "b" }] },
  },
  {
    name: "a oneOf of titled consts → an enum",
    base: {
      oneOf: [
        { const: "a", title: "A" },
        { const: "b", title: "B" },
      ],
    },
    head: MODE,
  },
])("values listed as choices: $name", async ({ base, head }) => {
  const [b, h] = [
    { type: "object", properties: { mode: base } },
    { type: "object", properties: { mode: head } },
  ];
  await expectBreakingAsAjv(b, h, [{ mode: "a" }, { mode: "b" }, { mode: "c" }]);
});

// A length bound a string's format or pattern already held to (pydantic writes `format: uri` with `minLength: 1`),
// and a format changed to one that takes more (date-time → iso-date-time): breaking exactly when Ajv, on the
// schemas as written, rejects a value it accepted (the probes hold one where so).
it.each([
  {
    name: "minLength 1 beside format uri",
    base: { format: "uri" },
    head: { format: "uri", minLength: 1 },
    probes: ["a:b", ""],
  },
  {
    name: "minLength 4 beside format uri",
    base: { format: "uri" },
    head: { format: "uri", minLength: 4 },
    probes: ["a:b", "ab:cd"],
  },
  {
    name: "minLength 1 beside a + pattern",
    base: { pattern: "^[a-z0-9]+$" },
    head: { pattern: "^[a-z0-9]+$", minLength: 1 },
    probes: ["a", ""],
  },
  {
    name: "lengths 10 beside format date",
    base: { format: "date" },
    head: { format: "date", minLength: 10, maxLength: 10 },
    probes: ["2024-01-31"],
  },
  {
    name: "maxLength 36 beside format uuid",
    base: { format: "uuid" },
    head: { format: "uuid", maxLength: 36 },
    probes: ["urn:uuid:123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-12d3-a456-426614174000"],
  },
  {
    name: "minLength 2 beside a * pattern",
    base: { pattern: "^[a-z]*$" },
    head: { pattern: "^[a-z]*$", minLength: 2 },
    probes: ["a", "ab"],
  },
  {
    name: "date-time → iso-date-time",
    base: { format: "date-time" },
    head: { format: "iso-date-time" },
    probes: ["2024-01-01T10:00:00Z", "2024-01-01T10:00:00"],
  },
  {
    name: "iso-time → time",
    base: { format: "iso-time" },
    head: { format: "time" },
    probes: ["10:00:00", "10:00:00Z"],
  },
])("a string's lengths or format beside what it held to: $name", async ({ base, head, probes }) => {
  const [b, h] = [
    { type: "object", properties: { k: { type: "string", ...base } } },
    { type: "object", properties: { k: { type: "string", ...head } } },
  ];
  await expectBreakingAsAjv(
    b,
    h,
    probes.map((k) => ({ k })),
  );
});

// `nullable: true` beside a list of values admits null only when the list has it (OpenAPI 3.0.3; Ajv ignores
// `nullable`): breaking exactly when Ajv, on the schemas as written, rejects a value it accepted.
it.each([
  {
    name: "[string, null] with null listed → nullable without null listed",
    base: { type: ["string", "null"], enum: ["a", null] },
    head: { type: "string", nullable: true, enum: ["a"] },
  },
  {
    name: "nullable without null listed → not nullable",
    base: { type: "string", nullable: true, enum: ["a"] },
    head: { type: "string", enum: ["a"] },
  },
  {
    name: "nullable with null listed → not nullable",
    base: { type: "string", nullable: true, enum: ["a", null] },
    head: { type: "string", enum: ["a"] },
  },
  {
    name: "[string, null] with null listed → nullable with null listed",
    base: { type: ["string", "null"], enum: ["a", null] },
    head: { type: "string", nullable: true, enum: ["a", null] },
  },
])("nullable beside a list: $name", async ({ base, head }) => {
  const [b, h] = [
    { type: "object", properties: { k: base } },
    { type: "object", properties: { k: head } },
  ];
  await expectBreakingAsAjv(b, h, [{ k: null }, { k: "a" }]);
});

// The same constraints written in another order (choices of a oneOf/anyOf of requirements, a `not`'s required
// names or listed values): no change; and a real change beside: breaking exactly when Ajv rejects a value it
// accepted.
const AB = { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } };
it.each([
  {
    name: "oneOf of requirements reordered",
    base: { oneOf: [{ required: ["a"] }, { required: ["b"] }] },
    head: { oneOf: [{ required: ["b"] }, { required: ["a"] }] },
  },
  {
    name: "anyOf of requirements reordered",
    base: { anyOf: [{ required: ["a"] }, { required: ["b"] }] },
    head: { anyOf: [{ required: ["b"] }, { required: ["a"] }] },
  },
  {
    name: "not's required names reordered",
    base: { not: { required: ["a", "b"] } },
    head: { not: { required: ["b", "a"] } },
  },
  {
    name: "not's listed values reordered",
    base: { not: { enum: [{ a: "x" }, { b: "y" }] } },
    head: { not: { enum: [{ b: "y" }, { a: "x" }] } },
  },
  {
    name: "oneOf of requirements reordered and one changed",
    base: { oneOf: [{ required: ["a"] }, { required: ["b"] }] },
    head: { oneOf: [{ required: ["b"] }, { required: ["c"] }] },
  },
])("constraints in another order: $name", async ({ base, head }) => {
  const [b, h] = [
    { type: "object", properties: AB, ...base },
    { type: "object", properties: AB, ...head },
  ];
  const probes = [{ a: "x" }, { b: "y" }, { c: "z" }, { a: "x", b: "y" }, {}];
  await expectBreakingAsAjv(b, h, probes);
});

// A schema with properties or items and no type takes values of every kind (the IR types it an object or an
// array): a type written later rejects the others. Breaking exactly when Ajv rejects a value it accepted.
it.each([
  {
    name: "type object written beside properties",
    base: { properties: { x: { type: "string" } } },
    head: { type: "object", properties: { x: { type: "string" } } },
  },
  {
    name: "type array written beside items",
    base: { items: { type: "string" } },
    head: { type: "array", items: { type: "string" } },
  },
  {
    name: "type object dropped beside properties",
    base: { type: "object", properties: { x: { type: "string" } } },
    head: { properties: { x: { type: "string" } } },
  },
  {
    name: "one $ref on both sides, its target typed",
    base: { $ref: "#/$defs/o" },
    head: { $ref: "#/$defs/o" },
  },
])("a type written where none was: $name", async ({ base, head }) => {
  const defs = { o: { type: "object", properties: { x: { type: "string" } } } };
  await expectBreakingAsAjv(
    { type: "object", $defs: defs, properties: { c: base } },
    { type: "object", $defs: defs, properties: { c: head } },
    [{ c: "s" }, { c: 1 }, { c: { x: "a" } }, { c: ["a"] }],
  );
});

// One requirement or condition written another way: `dependentRequired`, draft-07 `dependencies` and an `if`
// that only requires; a one-value enum and a const in a condition; `integer` beside `number`; a `then` without
// an `if` (which applies to nothing). Breaking exactly when Ajv, on the schemas as written, rejects a config it
// accepted; the probes hold one where so.
const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
const RULE_KEYS = { a: { type: "string" }, b: { type: "string" }, m: { type: "string" }, x: { type: "string" } };
const ruled = (extra: Obj, draft07 = false): Obj => ({
  ...(draft07 ? { $schema: DRAFT_07 } : {}),
  type: "object",
  properties: RULE_KEYS,
  ...extra,
});
const TUPLE = [{ type: "string" }, { type: "integer" }] as const;
const IF_A_SET = { if: { required: ["a"] }, then: { required: ["b"] } };
const RULE_PROBES = [
  { a: "x" },
  { b: "y" },
  { a: "x", b: "y" },
  {},
  { m: "a" },
  { m: "b" },
  { m: "a", a: "x" },
  { m: "a", x: "abcd" },
  { x: "1" },
];
it.each([
  { name: "dependentRequired → if/then", base: ruled({ dependentRequired: { a: ["b"] } }), head: ruled(IF_A_SET) },
  { name: "if/then → dependentRequired", base: ruled(IF_A_SET), head: ruled({ dependentRequired: { a: ["b"] } }) },
  {
    name: "draft-07 dependencies → if/then",
    base: ruled({ dependencies: { a: ["b"] } }, true),
    head: ruled(IF_A_SET, true),
  },
  {
    name: "if/then → draft-07 dependencies",
    base: ruled(IF_A_SET, true),
    head: ruled({ dependencies: { a: ["b"] } }, true),
  },
  {
    name: "draft-07 dependencies → a requirement of another key",
    base: ruled({ dependencies: { a: ["b"] } }, true),
    head: ruled({ dependencies: { a: ["m"] } }, true),
  },
  {
    name: "draft-07 dependencies added",
    base: ruled({}, true),
    head: ruled({ dependencies: { a: ["b"] } }, true),
  },
  {
    name: "draft-07 dependencies' schema added beside its list",
    base: ruled({ dependencies: { a: ["b"] } }, true),
    head: ruled({ dependencies: { a: ["b"], m: { required: ["x"] } } }, true),
  },
  {
    name: "an if/then requirement → an if that requires another key",
    base: ruled(IF_A_SET),
    head: ruled({ if: { required: ["m"] }, then: { required: ["b"] } }),
  },
  {
    name: "a condition's const → a one-value enum",
    base: ruled({
      if: { properties: { m: { const: "a" } }, required: ["m"] },
      then: { properties: { x: { maxLength: 3 } } },
    }),
    head: ruled({
      if: { properties: { m: { enum: ["a"] } }, required: ["m"] },
      then: { properties: { x: { maxLength: 3 } } },
    }),
  },
  {
    name: "a condition's one-value enum → const, requiring",
    base: ruled({ if: { properties: { m: { enum: ["a"] } }, required: ["m"] }, then: { required: ["x"] } }),
    head: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
  },
  {
    name: "a condition's const → a two-value enum",
    base: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
    head: ruled({ if: { properties: { m: { enum: ["a", "b"] } }, required: ["m"] }, then: { required: ["x"] } }),
  },
  {
    name: "type [integer, number] → number",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: ["integer", "number"] } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: "number" } } }),
  },
  {
    name: "type [null, integer, number] → [null, number]",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: ["null", "integer", "number"] } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: ["number", "null"] } } }),
  },
  {
    name: "type [integer, number] → integer",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: ["integer", "number"] } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: "integer" } } }),
  },
  {
    name: "a condition's two-value enum → const",
    base: ruled({ if: { properties: { m: { enum: ["a", "b"] } }, required: ["m"] }, then: { required: ["x"] } }),
    head: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
  },
  {
    name: "an if that required the key it tests → one that does not (it holds where the key is not sent)",
    base: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
    head: ruled({ if: { properties: { m: { const: "a" } } }, then: { required: ["x"] } }),
  },
  {
    name: "an if that did not require the key it tests → one that does",
    base: ruled({ if: { properties: { m: { const: "a" } } }, then: { required: ["x"] } }),
    head: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
  },
  {
    name: "a condition on one key → on two",
    base: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
    head: ruled({
      if: { properties: { m: { const: "a" }, a: { const: "x" } }, required: ["m", "a"] },
      then: { required: ["x"] },
    }),
  },
  {
    name: "a condition on two keys → on one",
    base: ruled({
      if: { properties: { m: { const: "a" }, a: { const: "x" } }, required: ["m", "a"] },
      then: { required: ["x"] },
    }),
    head: ruled({ if: { properties: { m: { const: "a" } }, required: ["m"] }, then: { required: ["x"] } }),
  },
  {
    name: "integer minimum 0.5 → exclusiveMinimum 0",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", minimum: 0.5 } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", exclusiveMinimum: 0 } } }),
  },
  {
    name: "integer maximum 10.5 → 10",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", maximum: 10.5 } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", maximum: 10 } } }),
  },
  {
    name: "integer maximum 10.5 → 9.5",
    base: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", maximum: 10.5 } } }),
    head: ruled({ properties: { ...RULE_KEYS, n: { type: "integer", maximum: 9.5 } } }),
  },
  {
    name: "a draft-07 tuple's entry bounded",
    base: ruled({ properties: { ...RULE_KEYS, t: { type: "array", items: TUPLE } } }, true),
    head: ruled(
      { properties: { ...RULE_KEYS, t: { type: "array", items: [TUPLE[0], { ...TUPLE[1], maximum: 5 }] } } },
      true,
    ),
  },
  {
    name: "a draft-07 tuple's entry retyped",
    base: ruled({ properties: { ...RULE_KEYS, t: { type: "array", items: [{ type: "string" }] } } }, true),
    head: ruled({ properties: { ...RULE_KEYS, t: { type: "array", items: [{ type: "integer" }] } } }, true),
  },
  {
    name: "a draft-07 tuple's entry annotated",
    base: ruled({ properties: { ...RULE_KEYS, t: { type: "array", items: TUPLE } } }, true),
    head: ruled(
      { properties: { ...RULE_KEYS, t: { type: "array", items: [{ ...TUPLE[0], title: "Host" }, TUPLE[1]] } } },
      true,
    ),
  },
  { name: "a then without an if added", base: ruled({}), head: ruled({ then: { required: ["x"] } }) },
  { name: "an else without an if added", base: ruled({}), head: ruled({ else: { required: ["x"] } }) },
  { name: "an if added to a lone then", base: ruled({ then: { required: ["x"] } }), head: ruled(IF_A_SET) },
])("one rule written another way: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    ...RULE_PROBES,
    ...[0, 1, 1.5, 10, 11, null, "1"].map((n) => ({ n })),
    ...[["a", 9], ["a", 3], ["a"], [1]].map((t) => ({ t })),
  ]);
});

// One condition written as several, or narrowed and widened, under a requirement or a value bound; a type beside
// an `if`'s const; unevaluatedProperties (enforced by Ajv for 2020-12). Each row both ways: breaking exactly when
// Ajv, on the schemas as written, rejects a config it accepted; the probes hold one where so.
const MODES = { mode: { type: "string", enum: ["a", "b", "c"] }, x: { type: "string" }, z: {} };
const moded = (...conditions: Obj[]): Obj => ({ type: "object", properties: MODES, allOf: conditions });
const whenMode = (test: Obj, then: Obj): Obj => ({ if: { properties: { mode: test }, required: ["mode"] }, then });
const unlessMode = (test: Obj, otherwise: Obj): Obj => ({
  if: { not: { properties: { mode: test }, required: ["mode"] } },
  else: otherwise,
});
const NEEDS_X = { required: ["x"] };
const LONG_X = { properties: { x: { minLength: 3 } } };
const MODE_PROBES = ["a", "b", "c", undefined].flatMap((mode) =>
  [undefined, "ab", "abc"].map((x) => ({ ...(mode === undefined ? {} : { mode }), ...(x === undefined ? {} : { x }) })),
);
it.each(
  [
    {
      name: "two conditions that require a key → one that lists both values",
      base: moded(whenMode({ const: "a" }, NEEDS_X), whenMode({ const: "b" }, NEEDS_X)),
      head: moded(whenMode({ enum: ["a", "b"] }, NEEDS_X)),
    },
    {
      name: "two conditions that bound a value → one that lists both values",
      base: moded(whenMode({ const: "a" }, LONG_X), whenMode({ const: "b" }, LONG_X)),
      head: moded(whenMode({ enum: ["a", "b"] }, LONG_X)),
    },
    {
      name: "a bound's condition narrowed",
      base: moded(whenMode({ enum: ["a", "b"] }, LONG_X)),
      head: moded(whenMode({ const: "a" }, LONG_X)),
    },
    {
      name: "a requirement's condition narrowed",
      base: moded(whenMode({ enum: ["a", "b"] }, NEEDS_X)),
      head: moded(whenMode({ const: "a" }, NEEDS_X)),
    },
    {
      name: "two conditions that bound a value → one of them",
      base: moded(whenMode({ const: "a" }, LONG_X), whenMode({ const: "b" }, LONG_X)),
      head: moded(whenMode({ const: "c" }, LONG_X), whenMode({ const: "b" }, LONG_X)),
    },
    {
      name: "a type beside an if's const",
      base: moded(whenMode({ const: "a" }, LONG_X)),
      head: moded(whenMode({ type: "string", const: "a" }, LONG_X)),
    },
    {
      name: "a requirement's condition: enum → anyOf of consts",
      base: moded(whenMode({ enum: ["a", "b"] }, NEEDS_X)),
      head: moded(whenMode({ anyOf: [{ const: "a" }, { const: "b", title: "B" }] }, NEEDS_X)),
    },
    {
      name: "a bound's condition: enum → oneOf of a const and an enum",
      base: moded(whenMode({ enum: ["a", "b", "c"] }, LONG_X)),
      head: moded(whenMode({ oneOf: [{ const: "a" }, { enum: ["b", "c"] }] }, LONG_X)),
    },
    {
      name: "a requirement's condition: oneOf of choices that share a value (which matches both)",
      base: moded(whenMode({ enum: ["a", "b"] }, NEEDS_X)),
      head: moded(whenMode({ oneOf: [{ enum: ["a", "b"] }, { const: "b" }] }, NEEDS_X)),
    },
    {
      name: "a requirement under then → under the else of the negated if",
      base: moded(whenMode({ const: "a" }, NEEDS_X)),
      head: moded(unlessMode({ const: "a" }, NEEDS_X)),
    },
    {
      name: "a bound under then → under the else of the negated if",
      base: moded(whenMode({ enum: ["a", "b"] }, LONG_X)),
      head: moded(unlessMode({ enum: ["a", "b"] }, LONG_X)),
    },
    {
      name: "a requirement under then → under the else of another negated if",
      base: moded(whenMode({ const: "a" }, NEEDS_X)),
      head: moded(unlessMode({ const: "b" }, NEEDS_X)),
    },
    {
      name: "unevaluatedProperties false added (2020-12)",
      base: { type: "object", properties: MODES },
      head: { type: "object", properties: MODES, unevaluatedProperties: false },
    },
  ].flatMap(bothWays),
)("conditions as written: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [...MODE_PROBES, { mode: 1, x: "ab" }, { x: "ab", extra: 1 }]);
});

// The config's own extra keys: unevaluatedProperties where nothing beside it marks keys evaluated (which is
// additionalProperties), at the top and in an object field; beside an allOf (which is not); and the values extra
// keys take, widened or narrowed. Each row both ways: breaking exactly when Ajv, on the schemas as written,
// rejects a config it accepted; the probes hold one where so.
const PROP_A = { a: { type: "string" } };
const topWith = (extra: Obj): Obj => ({ type: "object", properties: PROP_A, ...extra });
const innerWith = (extra: Obj): Obj => ({ type: "object", properties: { o: topWith(extra) } });
const EXTRA_PROBES = [
  {},
  { a: "s" },
  { b: "s" },
  { b: 1 },
  { b: true },
  { x1: 1 },
  { a: "s", b: null },
  { xa: "s" },
  { xa: 1 },
  { ya: "s" },
  { ya: 1 },
];
it.each(
  [
    {
      name: "additionalProperties false → unevaluatedProperties false",
      base: topWith({ additionalProperties: false }),
      head: topWith({ unevaluatedProperties: false }),
    },
    {
      name: "in an object field: additionalProperties false → unevaluatedProperties false",
      base: innerWith({ additionalProperties: false }),
      head: innerWith({ unevaluatedProperties: false }),
    },
    {
      name: "beside patternProperties: additionalProperties false → unevaluatedProperties false",
      base: topWith({ patternProperties: { "^x": { type: "integer" } }, additionalProperties: false }),
      head: topWith({ patternProperties: { "^x": { type: "integer" } }, unevaluatedProperties: false }),
    },
    {
      name: "additionalProperties of strings → unevaluatedProperties of strings",
      base: topWith({ additionalProperties: { type: "string" } }),
      head: topWith({ unevaluatedProperties: { type: "string" } }),
    },
    {
      name: "patternProperties given to a config closed to other keys, matching no key it declares",
      base: topWith({ additionalProperties: false }),
      head: topWith({ patternProperties: { "^x": { type: "integer" } }, additionalProperties: false }),
    },
    {
      name: "patternProperties given to a config closed to other keys, matching a key it declares",
      base: { type: "object", properties: { ...PROP_A, xa: { type: "string" } }, additionalProperties: false },
      head: {
        type: "object",
        properties: { ...PROP_A, xa: { type: "string" } },
        patternProperties: { "^x": { type: "integer" } },
        additionalProperties: false,
      },
    },
    {
      name: "patternProperties of a config closed to other keys dropped, the config open to any value",
      base: topWith({ patternProperties: { "^x": { type: "integer" } }, additionalProperties: false }),
      head: topWith({}),
    },
    {
      name: "the same patternProperties, the config closed to other keys → open to strings",
      base: topWith({ patternProperties: { "^x": { type: "integer" } }, additionalProperties: false }),
      head: topWith({ patternProperties: { "^x": { type: "integer" } }, additionalProperties: { type: "string" } }),
    },
    {
      name: "patternProperties of any value given to a config that takes any value under other keys",
      base: topWith({}),
      head: topWith({ patternProperties: { "^x": {} } }),
    },
    {
      name: "the config's patternProperties: integers → integers or strings",
      base: topWith({ patternProperties: { "^x": { type: "integer" } } }),
      head: topWith({ patternProperties: { "^x": { type: ["integer", "string"] } } }),
    },
    {
      name: "the config's patternProperties: one pattern → the same values under a wider pattern",
      base: topWith({ patternProperties: { "^x": { type: "integer" } } }),
      head: topWith({ patternProperties: { "^(x|y)": { type: "integer" } } }),
    },
    {
      name: "the config's patternProperties: one pattern of strings → two that split its keys",
      base: topWith({ patternProperties: { "^(x|y)": { type: "string" } }, additionalProperties: { type: "string" } }),
      head: topWith({
        patternProperties: { "^x": { type: "string" }, "^y": {} },
        additionalProperties: { type: "string" },
      }),
    },
    {
      name: "the config's patternProperties of strings, and strings under other keys → strings under any key",
      base: topWith({ patternProperties: { "^x": { type: "string" } }, additionalProperties: { type: "string" } }),
      head: topWith({ additionalProperties: { type: "string" } }),
    },
    {
      name: "the config's patternProperties refusing their keys' values, the config open to strings",
      base: topWith({ patternProperties: { "^x": false }, additionalProperties: { type: "string" } }),
      head: topWith({ additionalProperties: { type: "string" } }),
    },
    {
      name: "the config's extra keys: strings → strings or numbers",
      base: topWith({ additionalProperties: { type: "string" } }),
      head: topWith({ additionalProperties: { type: ["string", "number"] } }),
    },
    {
      name: "the config's extra keys: any value → strings",
      base: topWith({}),
      head: topWith({ additionalProperties: { type: "string" } }),
    },
    {
      name: "the config's extra keys: strings → non-empty strings",
      base: topWith({ additionalProperties: { type: "string" } }),
      head: topWith({ additionalProperties: { type: "string", minLength: 1 } }),
    },
    {
      name: "the config's extra keys: strings, described → strings",
      base: topWith({ additionalProperties: { type: "string", description: "a tag" } }),
      head: topWith({ additionalProperties: { type: "string" } }),
    },
  ].flatMap(bothWays),
)("extra keys: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    ...EXTRA_PROBES,
    ...EXTRA_PROBES.map((o) => ({ o })),
    { b: "" },
    { o: { b: "" } },
  ]);
});

// Beside an allOf, unevaluatedProperties is not additionalProperties (the allOf's members mark their keys
// evaluated): additionalProperties false there, which closes the keys only a member declares, is breaking. (The
// other way round the diff says breaking too, where Ajv loses no config: it does not judge unevaluatedProperties
// beside applicators.)
it("extra keys: beside an allOf, unevaluatedProperties false → additionalProperties false", async () => {
  const beside = (extra: Obj) => topWith({ allOf: [{ properties: { b: { type: "string" } } }], ...extra });
  await expectBreakingAsAjv(beside({ unevaluatedProperties: false }), beside({ additionalProperties: false }), [
    ...EXTRA_PROBES,
  ]);
});

// A new optional field under a key the config took before as an extra key: no change beyond the field where its
// type takes every value the extra keys' schema did, else extra-key-declared (Ajv loses a config that set it).
it.each([
  { name: "a string field, extra keys strings", field: { type: "string" }, rules: ["field-added-optional"] },
  { name: "an integer field, extra keys strings", field: { type: "integer" }, rules: ["extra-key-declared"] },
  { name: "a string field, extra keys any value", field: { type: "string" }, any: true, rules: ["extra-key-declared"] },
])("extra keys: a new optional field, $name", async ({ field, any, rules }) => {
  const extra = any === true ? {} : { additionalProperties: { type: "string" } };
  const dir = await tempDir("codegen-diff-reference-extra-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, topWith(extra), {
    type: "object",
    properties: { ...PROP_A, b: field },
    ...extra,
  });
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => c.rule)).toEqual(rules);
});

// An integer range read as its values however many there are (a list of all 1,001 of them is the same values),
// and a oneOf choice no value meets (bounds that contradict each other) removed: breaking exactly when Ajv, on the
// schemas as written, rejects a config it accepted; the probes hold one where so.
const to = (n: number, from = 0) => Array.from({ length: n - from + 1 }, (_, i) => from + i);
const inA = (a: Obj): Obj => ({ type: "object", properties: { a } });
it.each(
  [
    {
      name: "0..1000 → the 1,001 integers listed",
      base: inA({ type: "integer", minimum: 0, maximum: 1000 }),
      head: inA({ type: "integer", enum: to(1000) }),
    },
    {
      name: "0..1000 → 1,001 integers listed, one of them outside",
      base: inA({ type: "integer", minimum: 0, maximum: 1000 }),
      head: inA({ type: "integer", enum: [...to(999), 1001] }),
    },
    {
      name: "0..1000 → 1..1001 listed",
      base: inA({ type: "integer", minimum: 0, maximum: 1000 }),
      head: inA({ type: "integer", enum: to(1001, 1) }),
    },
    {
      name: "a choice with contradicting bounds removed",
      base: inA({ oneOf: [{ type: "string" }, { type: "integer", minimum: 5, maximum: 1 }] }),
      head: inA({ oneOf: [{ type: "string" }, { type: "boolean" }] }),
    },
    {
      name: "a choice with contradicting bounds, the oneOf down to one",
      base: inA({ oneOf: [{ type: "string" }, { type: "number", exclusiveMinimum: 2, maximum: 2 }] }),
      head: inA({ type: "string" }),
    },
    {
      name: "a choice with contradicting lengths removed",
      base: inA({ anyOf: [{ type: "integer" }, { type: "string", minLength: 3, maxLength: 2 }] }),
      head: inA({ type: "integer" }),
    },
    {
      name: "values of two kinds listed → a type list that takes each",
      base: inA({ enum: ["ab", 3] }),
      head: inA({ type: ["string", "integer"] }),
    },
    {
      name: "values of two kinds listed → a type list that takes one of them",
      base: inA({ enum: ["ab", 2.5] }),
      head: inA({ type: ["string", "integer"] }),
    },
    {
      name: "a choice whose bounds take none of its list removed",
      base: inA({ anyOf: [{ type: "integer", enum: [1, 2], minimum: 3 }, { type: "string" }] }),
      head: inA({ anyOf: [{ type: "string" }, { type: "boolean" }] }),
    },
  ].flatMap(bothWays),
)("values as written: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(
    base,
    head,
    [0, 1, 2, 3, 5, 999, 1000, 1001, -1, 2.5, "", "ab", "abc", true].map((a) => ({ a })),
  );
});

// A step added where every number the field took is a multiple of it rejects none of them, and a step beside
// bounds takes the multiples among them (the list of them is the same values): breaking exactly when Ajv, on the
// schemas as written, rejects a config it accepted. Each row both ways.
const STEPPED = { type: "integer", minimum: 0, maximum: 10, multipleOf: 5 };
it.each(
  [
    { name: "a list of multiples, a step added", base: { type: "integer", enum: [0, 5, 10] } },
    { name: "a list with one value off the step, a step added", base: { type: "integer", enum: [0, 5, 7] } },
    { name: "a range of one multiple, a step added", base: { type: "integer", minimum: 10, maximum: 10 } },
    { name: "a range of several integers, a step added", base: { type: "integer", minimum: 0, maximum: 10 } },
    { name: "numbers listed, a fraction among them, a step added", base: { type: "number", enum: [0.5, 1] } },
  ]
    .map(({ name, base }) => ({
      name,
      base: inA(base),
      head: inA({ ...base, multipleOf: base.enum?.includes(0.5) === true ? 0.5 : 5 }),
    }))
    .concat(
      [
        { name: "a step beside bounds → the list of its multiples", head: [0, 5, 10] },
        { name: "a step beside bounds → a list of fewer multiples", head: [0, 5] },
        { name: "a step beside bounds → its multiples and one more", head: [0, 5, 10, 3] },
        { name: "a step beside bounds → a list with one value off the step", head: [0, 5, 7] },
      ].map(({ name, head }) => ({ name, base: inA(STEPPED), head: inA({ type: "integer", enum: head }) })),
    )
    .flatMap(bothWays),
)("values as written: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(
    base,
    head,
    [0, 0.5, 1, 3, 5, 7, 10, 15].map((a) => ({ a })),
  );
});

// A keyword the IR does not model, in one of a oneOf's choices that a sibling choice already has there
// (Airbyte's "Standard" / "CDC" replication methods); patternProperties in an object closed to other keys, which
// are the only extra keys it takes. Each row both ways: breaking exactly when Ajv, on the schemas as written,
// rejects a config it accepted; the probes hold one where so.
const method = (name: string, tables: Obj) => ({
  title: name,
  required: ["method"],
  properties: { method: { type: "string", const: name.toUpperCase() }, tables },
});
const replication = (standard: Obj, cdc: Obj): Obj => ({
  type: "object",
  required: ["replication"],
  properties: { replication: { type: "object", oneOf: [method("Standard", standard), method("Cdc", cdc)] } },
});
const TABLES = { type: "array", items: { type: "string" } };
const closedWith = (extra: Obj): Obj => ({
  type: "object",
  additionalProperties: false,
  properties: { a: { type: "string" } },
  ...extra,
});
it.each(
  [
    {
      name: "uniqueItems added to one choice, a sibling having it",
      base: replication(TABLES, { ...TABLES, uniqueItems: true }),
      head: replication({ ...TABLES, uniqueItems: true }, { ...TABLES, uniqueItems: true }),
    },
    {
      name: "uniqueItems moved from one choice to the other",
      base: replication(TABLES, { ...TABLES, uniqueItems: true }),
      head: replication({ ...TABLES, uniqueItems: true }, TABLES),
    },
    {
      name: "the choices in another order",
      base: replication(TABLES, { ...TABLES, uniqueItems: true }),
      head: {
        ...replication(TABLES, { ...TABLES, uniqueItems: true }),
        properties: {
          replication: {
            type: "object",
            oneOf: [method("Cdc", { ...TABLES, uniqueItems: true }), method("Standard", TABLES)],
          },
        },
      },
    },
  ]
    .flatMap(bothWays)
    .concat([
      // (Added, it is said constraint-added: it may hold a declared property's value to more.)
      {
        name: "patternProperties dropped from a closed object",
        base: closedWith({ patternProperties: { "^x_": { type: "string" } } }),
        head: closedWith({}),
      },
    ]),
)("keywords the IR does not model: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    ...["STANDARD", "CDC"].flatMap((m) =>
      [["a"], ["a", "a"]].map((tables) => ({ replication: { method: m, tables } })),
    ),
    { a: "s" },
    { a: "s", x_1: "t" },
    { a: "s", x_1: 1 },
  ]);
});

// An asserted format replaced by a pattern every value of it matches (or does not): breaking exactly when Ajv,
// on the schemas as written, rejects a config it accepted; the probes hold one where so.
it.each(
  [
    { name: "email → a looser pattern", base: { format: "email" }, head: { pattern: "^\\S+@\\S+$" } },
    { name: "email → a pattern without dots", base: { format: "email" }, head: { pattern: "^[^.]+@[^.]+$" } },
    { name: "hostname → a looser pattern", base: { format: "hostname" }, head: { pattern: "^[A-Za-z0-9.-]+$" } },
    { name: "hostname → lowercase only", base: { format: "hostname" }, head: { pattern: "^[a-z0-9.-]+$" } },
    { name: "ipv4 → hostname", base: { format: "ipv4" }, head: { format: "hostname" } },
  ].flatMap(bothWays),
)("a format for a pattern: $name", async ({ base, head }) => {
  const schema = (s: Obj): Obj => ({ type: "object", properties: { e: { type: "string", ...s } } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["a@b.co", "a.b@c.d", "A@B.CO", "a b@c.d", "a@b@c", "host.example", "Host.Example", "a@b", "-x", "10.0.0.1"].map(
      (e) => ({
        e,
      }),
    ),
  );
});

// A oneOf choice another choice took every value of (so the oneOf rejected them all) removed, leaving one
// choice: breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
it.each([
  {
    name: "a string and a date string → a string",
    base: { oneOf: [{ type: "string" }, { type: "string", format: "date" }] },
    head: { type: "string" },
  },
  {
    name: "a number and an integer → a number",
    base: { oneOf: [{ type: "number" }, { type: "integer" }] },
    head: { type: "number" },
  },
  {
    name: "a number and an integer → an integer",
    base: { oneOf: [{ type: "number" }, { type: "integer" }] },
    head: { type: "integer" },
  },
  {
    name: "a string and an integer → a string",
    base: { oneOf: [{ type: "string" }, { type: "integer" }] },
    head: { type: "string" },
  },
])("a covered choice removed: $name", async ({ base, head }) => {
  const schema = (p: Obj): Obj => ({ type: "object", properties: { p } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["s", "2024-01-02", 1, 1.5, null].map((p) => ({ p })),
  );
});

// A titled reference to a oneOf written as a one-member allOf (`{ title, allOf: [{ $ref: Tunnel }] }`, Pydantic v1's
// output): a change inside the choices, and the allOf unwrapped to a plain `$ref`. Breaking exactly when Ajv, on
// the schemas as written, rejects a config it accepted; the probes hold one where so.
const tunnelChoices = (port: Obj): Obj => ({
  type: "object",
  oneOf: [
    {
      type: "object",
      properties: { tunnel_method: { type: "string", const: "NO_TUNNEL" } },
      required: ["tunnel_method"],
    },
    {
      type: "object",
      properties: {
        tunnel_method: { type: "string", const: "SSH" },
        tunnel_host: { type: "string" },
        tunnel_port: port,
      },
      required: ["tunnel_method", "tunnel_host"],
    },
  ],
});
const tunnelled = (tunnel: Obj, port: Obj = { type: "integer" }): Obj => ({
  type: "object",
  properties: { tunnel },
  definitions: { Tunnel: tunnelChoices(port) },
});
const ALL_OF_TUNNEL = { title: "Tunnel", description: "d", allOf: [{ $ref: "#/definitions/Tunnel" }] };
it.each(
  [
    {
      name: "a bound added inside a choice",
      base: tunnelled(ALL_OF_TUNNEL),
      head: tunnelled(ALL_OF_TUNNEL, { type: "integer", maximum: 65535 }),
    },
    {
      name: "the allOf unwrapped to a $ref",
      base: tunnelled(ALL_OF_TUNNEL),
      head: tunnelled({ title: "Tunnel", description: "d", $ref: "#/definitions/Tunnel" }),
    },
    // With `type: "object"` beside the allOf, as hand-written specs often have it.
    {
      name: "typed: a bound added inside a choice",
      base: tunnelled({ ...ALL_OF_TUNNEL, type: "object" }),
      head: tunnelled({ ...ALL_OF_TUNNEL, type: "object" }, { type: "integer", maximum: 65535 }),
    },
    {
      name: "typed: the allOf unwrapped to the oneOf written inline",
      base: tunnelled({ ...ALL_OF_TUNNEL, type: "object" }),
      head: tunnelled({ title: "Tunnel", ...tunnelChoices({ type: "integer" }) }),
    },
    {
      name: "typed: a choice removed",
      base: tunnelled({ ...ALL_OF_TUNNEL, type: "object" }),
      head: {
        ...tunnelled({ ...ALL_OF_TUNNEL, type: "object" }),
        definitions: {
          Tunnel: { ...tunnelChoices({ type: "integer" }), oneOf: (tunnelChoices({}).oneOf as Obj[]).slice(0, 1) },
        },
      },
    },
  ].flatMap(bothWays),
)("a oneOf behind a one-member allOf: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    { tunnel: { tunnel_method: "NO_TUNNEL" } },
    { tunnel: { tunnel_method: "SSH", tunnel_host: "h", tunnel_port: 70000 } },
    { tunnel: { tunnel_method: "SSH", tunnel_host: "h", tunnel_port: 22 } },
    { tunnel: { tunnel_method: "SSH" } },
    { tunnel: "x" },
  ]);
});

// Bounds written beside a oneOf/anyOf the IR types as a union (they hold whatever the choice): added or removed,
// and moved from a choice to beside the list. Breaking exactly when Ajv, on the schemas as written, rejects a
// config it accepted; the probes hold one where so.
const NULLABLE_STRING = { anyOf: [{ type: "string" }, { type: "null" }] };
const NUMBER_OR_NULL = { oneOf: [{ type: "number" }, { type: "null" }] };
it.each(
  [
    { name: "maxLength beside an anyOf", base: NULLABLE_STRING, head: { ...NULLABLE_STRING, maxLength: 3 } },
    { name: "format beside an anyOf", base: NULLABLE_STRING, head: { ...NULLABLE_STRING, format: "date" } },
    { name: "minimum beside a oneOf", base: NUMBER_OR_NULL, head: { ...NUMBER_OR_NULL, minimum: 5 } },
  ]
    .flatMap(bothWays)
    .concat([
      // (The other way, the choice's own bound added is said range-tightened: the bound beside it is not weighed.)
      {
        name: "maxLength moved from the choice to beside the anyOf, lowered",
        base: { anyOf: [{ type: "string", maxLength: 10 }, { type: "null" }] },
        head: { ...NULLABLE_STRING, maxLength: 3 },
      },
    ]),
)("bounds beside a union: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["ab", "abcdefgh", "2024-01-02", 1, 7, null].map((a) => ({ a })),
  );
});

// A number format (int32, int64) on a property with no type: Ajv holds numbers to it as a string format holds
// strings. Breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
it.each(
  [
    { name: "int32 added", base: { title: "Port" }, head: { title: "Port", format: "int32" } },
    { name: "int64 added", base: {}, head: { format: "int64" } },
  ].flatMap(bothWays),
)("a number format with no type: $name", async ({ base, head }) => {
  const schema = (port: Obj): Obj => ({ type: "object", properties: { port } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    [5432, 2147483648, 0.5, "5432", null].map((port) => ({ port })),
  );
});

// A union whose choices one type now covers (date or date-time → any string; a oneOf of two closed objects
// flattened into one open object), and unions it does not cover. Breaking exactly when Ajv, on the schemas as
// written, rejects a config it accepted; the probes hold one where so.
const XY_CHOICES = {
  oneOf: [
    { type: "object", properties: { x: { type: "string" } }, required: ["x"], additionalProperties: false },
    { type: "object", properties: { y: { type: "string" } }, required: ["y"], additionalProperties: false },
  ],
};
it.each(
  [
    {
      name: "date or date-time → string",
      base: {
        anyOf: [
          { type: "string", format: "date" },
          { type: "string", format: "date-time" },
        ],
      },
      head: { type: "string" },
    },
    {
      name: "two length ranges → string",
      base: {
        oneOf: [
          { type: "string", maxLength: 3 },
          { type: "string", minLength: 5 },
        ],
      },
      head: { type: "string" },
    },
    {
      name: "a listed value or a pattern → string",
      base: {
        anyOf: [
          { type: "string", enum: ["a"] },
          { type: "string", pattern: "^b" },
        ],
      },
      head: { type: "string" },
    },
    {
      name: "two length ranges → a string not covering the longer",
      base: {
        anyOf: [
          { type: "string", maxLength: 3 },
          { type: "string", minLength: 5 },
        ],
      },
      head: { type: "string", maxLength: 10 },
    },
    {
      name: "integers of a range or numbers of another → number",
      base: {
        anyOf: [
          { type: "integer", minimum: 10 },
          { type: "number", maximum: 0 },
        ],
      },
      head: { type: "number" },
    },
    {
      name: "integers of a range or numbers of another → integer",
      base: {
        anyOf: [
          { type: "integer", minimum: 10 },
          { type: "number", maximum: 0 },
        ],
      },
      head: { type: "integer" },
    },
    {
      name: "string or integer → string",
      base: { anyOf: [{ type: "string" }, { type: "integer" }] },
      head: { type: "string" },
    },
    {
      name: "two closed objects → one open object",
      base: XY_CHOICES,
      head: { type: "object", properties: { x: { type: "string" }, y: { type: "string" } } },
    },
    {
      name: "two closed objects → one object requiring x",
      base: XY_CHOICES,
      head: { type: "object", properties: { x: { type: "string" }, y: { type: "string" } }, required: ["x"] },
    },
  ].flatMap(bothWays),
)("a union one type covers, or not: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    [
      "2024-01-02",
      "2024-01-02T00:00:00Z",
      "yesterday",
      "ab",
      "abcd",
      "abcdefghijkl",
      "a",
      "bz",
      12,
      11.5,
      -1,
      -1.5,
      3,
      null,
    ]
      .concat([{ x: "1" }, { y: "1" }, { x: "1", y: "2" }, {}, { z: 1 }] as never[])
      .map((a) => ({ a })),
  );
});

// A format replaced by one that takes every value of it (a date is a host name of one label, and a relative
// reference; so are a host name and a UUID), or not (a date-time may have a space): breaking exactly when Ajv,
// on the schemas as written, rejects a config it accepted.
it.each(
  (
    [
      ["date", "uri-reference"],
      ["date", "hostname"],
      ["hostname", "uri-reference"],
      ["uuid", "uri-reference"],
      ["date-time", "uri-reference"],
    ] as const
  )
    .map(([from, to]) => ({
      name: `${from} → ${to}`,
      base: { type: "string", format: from },
      head: { type: "string", format: to },
    }))
    .flatMap(bothWays),
)("a format widened: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    [
      "2024-01-02",
      "2024-01-02T10:00:00Z",
      "2024-01-02 10:00:00Z",
      "db.example.com",
      "example",
      "123e4567-e89b-12d3-a456-426614174000",
      "a b",
      "http://x/y",
      "-x",
    ].map((a) => ({ a })),
  );
});

// Two spellings of one constraint: a whole step on a number (`multipleOf: 1`, `multipleOf: 5`) and an integer
// type; `additionalProperties: { not: {} }` (as converters from TypeScript's `never` write it) and `false`.
// Breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const CLOSED_WITH = (extra: unknown): Obj => ({
  type: "object",
  properties: { x: { type: "string" } },
  additionalProperties: extra,
});
it.each(
  [
    { name: "number with multipleOf 1 → integer", base: { type: "number", multipleOf: 1 }, head: { type: "integer" } },
    {
      name: "number with multipleOf 5 → integer with multipleOf 5",
      base: { type: "number", multipleOf: 5 },
      head: { type: "integer", multipleOf: 5 },
    },
    {
      name: "nullable number with multipleOf 1 → nullable integer",
      base: { type: ["number", "null"], multipleOf: 1 },
      head: { type: ["integer", "null"] },
    },
    { name: "number → number with multipleOf 1", base: { type: "number" }, head: { type: "number", multipleOf: 1 } },
    { name: "additionalProperties not {} → false", base: CLOSED_WITH({ not: {} }), head: CLOSED_WITH(false) },
    { name: "additionalProperties not {} → left out", base: CLOSED_WITH({ not: {} }), head: CLOSED_WITH(undefined) },
  ].flatMap(bothWays),
)("one constraint spelt two ways: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    [5, 10, 7, 1.5, 2.0, null, "x", { x: "s" }, { x: "s", y: 1 }, {}].map((a) => ({ a })),
  );
});

// A tuple (2020-12 prefixItems, draft-07 items as a list) closed past its positions by items/additionalItems
// false, or by maxItems; and opened. Breaking exactly when Ajv, on the schemas as written, rejects a config it
// accepted.
const DATES = [
  { type: "string", format: "date" },
  { type: "string", format: "date" },
];
it.each(
  [
    {
      name: "prefixItems closed by items false → by maxItems",
      base: { type: "array", prefixItems: DATES, items: false },
      head: { type: "array", prefixItems: DATES, maxItems: 2 },
    },
    {
      name: "prefixItems closed by items false → open",
      base: { type: "array", prefixItems: DATES, items: false },
      head: { type: "array", prefixItems: DATES },
    },
    {
      name: "prefixItems then integers → then strings",
      base: { type: "array", prefixItems: DATES, items: { type: "integer" } },
      head: { type: "array", prefixItems: DATES, items: { type: "string" } },
    },
    {
      name: "draft-07 items list closed by additionalItems false → by maxItems",
      base: { $schema: DRAFT_07, type: "array", items: DATES, additionalItems: false },
      head: { $schema: DRAFT_07, type: "array", items: DATES, maxItems: 2 },
    },
  ].flatMap(bothWays),
)("a tuple: $name", async ({ base, head }) => {
  const { $schema, ...b } = base as Obj;
  const { $schema: _h, ...h } = head as Obj;
  const schema = (a: Obj): Obj => ({
    ...($schema !== undefined ? { $schema } : {}),
    type: "object",
    properties: { a },
  });
  await expectBreakingAsAjv(
    schema(b),
    schema(h),
    [
      [],
      ["2024-01-02"],
      ["2024-01-02", "2024-01-03"],
      ["2024-01-02", "2024-01-03", "2024-01-04"],
      ["2024-01-02", "2024-01-03", 5],
      ["x"],
    ].map((a) => ({ a })),
  );
});

// A condition that tests a value inside a nested object (RudderStack's `connectionMode.web`), written at the
// config's top: its tested value changed or widened, the key it tests moved, and `required` added to the `if`
// (which narrows it). Breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const CONNECTION_MODES = {
  type: "object",
  properties: {
    web: { type: "string", enum: ["cloud", "device", "hybrid"] },
    ios: { type: "string", enum: ["cloud", "device"] },
  },
};
const modeGated = (web: Obj, required: boolean, key = "web"): Obj => ({
  type: "object",
  properties: { connectionMode: CONNECTION_MODES, apiKey: { type: "string" } },
  allOf: [
    {
      if: {
        properties: {
          connectionMode: { properties: { [key]: web }, ...(required ? { required: [key] } : {}) },
        },
        ...(required ? { required: ["connectionMode"] } : {}),
      },
      then: { required: ["apiKey"] },
    },
  ],
});
it.each(
  [
    {
      name: "the tested value changed",
      base: modeGated({ const: "cloud" }, true),
      head: modeGated({ const: "device" }, true),
    },
    {
      name: "the tested value widened to a list",
      base: modeGated({ const: "cloud" }, true),
      head: modeGated({ enum: ["cloud", "hybrid"] }, true),
    },
    {
      name: "another key tested",
      base: modeGated({ const: "cloud" }, true),
      head: modeGated({ const: "cloud" }, true, "ios"),
    },
    {
      name: "required added to the if",
      base: modeGated({ const: "cloud" }, false),
      head: modeGated({ const: "cloud" }, true),
    },
  ].flatMap(bothWays),
)("a condition on a nested value: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    {},
    { connectionMode: {} },
    { connectionMode: { web: "cloud" } },
    { connectionMode: { web: "device" } },
    { connectionMode: { web: "hybrid" } },
    { connectionMode: { ios: "cloud", web: "device" } },
    { connectionMode: { web: "cloud" }, apiKey: "k" },
  ]);
});

// draft-07 `dependencies` of a key: a list of keys, and a schema that only requires them (one constraint, two
// spellings); and a schema that says more. Breaking exactly when Ajv, on the schemas as written, rejects a
// config it accepted.
const dependent = (on: unknown): Obj => ({
  $schema: DRAFT_07,
  type: "object",
  properties: { apiKey: { type: "string" }, dataCenter: { type: "string" } },
  dependencies: { apiKey: on },
});
it.each(
  [
    {
      name: "a list → a schema requiring it",
      base: dependent(["dataCenter"]),
      head: dependent({ required: ["dataCenter"] }),
    },
    {
      name: "a schema requiring it → one that also bounds it",
      base: dependent({ required: ["dataCenter"] }),
      head: dependent({ required: ["dataCenter"], properties: { dataCenter: { maxLength: 2 } } }),
    },
  ].flatMap(bothWays),
)("draft-07 dependencies: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    {},
    { apiKey: "k" },
    { apiKey: "k", dataCenter: "EU" },
    { apiKey: "k", dataCenter: "EUROPE" },
    { dataCenter: "EUROPE" },
  ]);
});

// An anyOf of a format choice and a pattern choice made a oneOf: breaking where a value of the format matches the
// pattern (a date and "a date, maybe with a time"), not where none does. Breaking exactly when Ajv, on the schemas
// as written, rejects a config it accepted.
const formatOrPattern = (list: "anyOf" | "oneOf", format: string, pattern: string): Obj => ({
  [list]: [
    { type: "string", format },
    { type: "string", pattern },
  ],
});
it.each([
  {
    name: "a date, or a date maybe with a time",
    base: formatOrPattern("anyOf", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+Z)?$"),
    head: formatOrPattern("oneOf", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+Z)?$"),
  },
  {
    name: "a date-time, or a date alone",
    base: formatOrPattern("anyOf", "date-time", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
    head: formatOrPattern("oneOf", "date-time", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
  },
])("choices of a format and a pattern made exclusive: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["2021-01-01", "2021-01-01T10:00:00Z", "x"].map((a) => ({ a })),
  );
});

// Any string but the empty one, written as a least length and as a `not`: one constraint. Breaking exactly when
// Ajv, on the schemas as written, rejects a config it accepted.
it.each(
  [
    {
      name: 'minLength 1 → not const ""',
      base: { type: "string", minLength: 1 },
      head: { type: "string", not: { const: "" } },
    },
    {
      name: 'minLength 3 → not const ""',
      base: { type: "string", minLength: 3 },
      head: { type: "string", not: { const: "" } },
    },
    { name: 'no bound → not enum [""]', base: { type: "string" }, head: { type: "string", not: { enum: [""] } } },
    {
      name: "not maxLength 0 → minLength 2",
      base: { type: "string", not: { maxLength: 0 } },
      head: { type: "string", minLength: 2 },
    },
  ].flatMap(bothWays),
)("a string not empty: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["", "a", "ab", "abc", " ", 1].map((a) => ({ a })),
  );
});

// A oneOf made an anyOf: a value its choices share, rejected before, is taken now (info); nothing is lost.
it.each([
  {
    name: "a date or a date-time pattern",
    base: formatOrPattern("oneOf", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+Z)?$"),
    head: formatOrPattern("anyOf", "date", "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+Z)?$"),
  },
])("a oneOf made an anyOf: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["2021-01-01", "2021-01-01T10:00:00Z", "x"].map((a) => ({ a })),
  );
  const dir = await tempDir("codegen-diff-reference-inclusive-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, schema(base), schema(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => `${c.rule} ${c.severity} ${c.field}`)).toEqual(["type-widened info a"]);
});

// A key's list grown by a value and a condition on the key widened by that value in the same change (RudderStack's
// "hybrid" mode, Debezium's snapshot.mode "no_data"): the condition holds for no config the base took beyond the
// old one. Flat, on a nested key, and for a constraint under `then`. Breaking exactly when Ajv, on the schemas as
// written, rejects a config it accepted.
const flatGated = (modes: string[], when: Obj): Obj => ({
  type: "object",
  properties: { mode: { type: "string", enum: modes }, sdkBaseUrl: { type: "string" } },
  allOf: [{ if: { properties: { mode: when }, required: ["mode"] }, then: { required: ["sdkBaseUrl"] } }],
});
const nestedGated = (modes: string[], when: Obj): Obj => ({
  type: "object",
  properties: {
    connectionMode: { type: "object", properties: { web: { type: "string", enum: modes } } },
    sdkBaseUrl: { type: "string" },
  },
  allOf: [
    {
      if: {
        properties: { connectionMode: { properties: { web: when }, required: ["web"] } },
        required: ["connectionMode"],
      },
      then: { required: ["sdkBaseUrl"] },
    },
  ],
});
const thenBound = (modes: string[], when: Obj): Obj => ({
  type: "object",
  properties: { "snapshot.mode": { type: "string", enum: modes }, "include.schema.changes": { type: "boolean" } },
  allOf: [
    {
      if: { properties: { "snapshot.mode": when }, required: ["snapshot.mode"] },
      then: { properties: { "include.schema.changes": { const: false } } },
    },
  ],
});
it.each(
  [
    {
      name: "flat",
      base: flatGated(["cloud", "device"], { const: "device" }),
      head: flatGated(["cloud", "device", "hybrid"], { enum: ["device", "hybrid"] }),
    },
    {
      name: "nested",
      base: nestedGated(["cloud", "device"], { const: "device" }),
      head: nestedGated(["cloud", "device", "hybrid"], { enum: ["device", "hybrid"] }),
    },
    {
      name: "a constraint under then",
      base: thenBound(["initial", "never"], { const: "never" }),
      head: thenBound(["initial", "never", "no_data"], { enum: ["never", "no_data"] }),
    },
    {
      name: "flat, the condition widened by a value the base took",
      base: flatGated(["cloud", "device", "hybrid"], { const: "device" }),
      head: flatGated(["cloud", "device", "hybrid"], { enum: ["device", "hybrid"] }),
    },
  ].flatMap(bothWays),
)("a condition widened by a value its key gained: $name", async ({ base, head }) => {
  const configs: unknown[] = [];
  for (const mode of ["cloud", "device", "hybrid", "initial", "never", "no_data"])
    for (const extra of [{}, { sdkBaseUrl: "u" }, { "include.schema.changes": true }])
      configs.push(
        { mode, ...extra },
        { connectionMode: { web: mode }, ...extra },
        { "snapshot.mode": mode, ...extra },
      );
  await expectBreakingAsAjv(base, head, configs);
});

// A negative lookahead added to a pattern (Shopify's `shop`: no scheme, no .myshopify.com suffix): the values its
// body spells are lost. Breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
it.each(
  [
    { name: "no http:// either", base: "^(?!https://).*", head: "^(?!https://)(?!http://).*" },
    { name: "no .myshopify.com suffix", base: "^(?!https://).*", head: "^(?!https://)(?!.*\\.myshopify\\.com).*" },
  ]
    .map(({ name, base, head }) => ({
      name,
      base: { type: "string", pattern: base },
      head: { type: "string", pattern: head },
    }))
    .flatMap(bothWays),
)("a negative lookahead added: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  await expectBreakingAsAjv(
    schema(base),
    schema(head),
    ["my-store", "http://my-store", "https://my-store", "a.myshopify.com"].map((a) => ({ a })),
  );
});

// Two oneOf choices merged into one whose constant lists both (SSL verify-ca and verify-full), titled and not, and
// split again: breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const sslChoice = (title: string | undefined, modes: string[]): Obj => ({
  type: "object",
  ...(title !== undefined ? { title } : {}),
  properties: {
    mode: modes.length === 1 ? { type: "string", const: modes[0] } : { type: "string", enum: modes },
    ca_certificate: { type: "string" },
  },
  required: ["mode", "ca_certificate"],
});
const sslModes = (titled: boolean, merged: boolean): Obj => ({
  oneOf: [
    {
      type: "object",
      ...(titled ? { title: "disable" } : {}),
      properties: { mode: { const: "disable" } },
      required: ["mode"],
    },
    ...(merged
      ? [sslChoice(titled ? "verify" : undefined, ["verify-ca", "verify-full"])]
      : [
          sslChoice(titled ? "verify-ca" : undefined, ["verify-ca"]),
          sslChoice(titled ? "verify-full" : undefined, ["verify-full"]),
        ]),
  ],
});
it.each(
  [
    { name: "titled", base: sslModes(true, false), head: sslModes(true, true) },
    { name: "untitled", base: sslModes(false, false), head: sslModes(false, true) },
  ].flatMap(bothWays),
)("oneOf choices merged: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  const probes: unknown[] = [];
  for (const mode of ["disable", "verify-ca", "verify-full", "other"])
    for (const cert of [{}, { ca_certificate: "c" }]) probes.push({ a: { mode, ...cert } });
  await expectBreakingAsAjv(schema(base), schema(head), probes);
});

// A titled oneOf choice retitled while a one-value list beside its discriminator widened (Postgres's CDC method:
// plugin ["pgoutput"] → ["pgoutput", "wal2json"]): the same choice, by the constant only it has. Breaking exactly
// when Ajv, on the schemas as written, rejects a config it accepted.
const cdcMethods = (title: string, plugins: string[]): Obj => ({
  type: "object",
  oneOf: [
    {
      title,
      required: ["method"],
      properties: { method: { type: "string", const: "CDC" }, plugin: { type: "string", enum: plugins } },
    },
    { title: "Standard", required: ["method"], properties: { method: { type: "string", const: "Standard" } } },
  ],
});
it.each(
  [
    {
      name: "retitled, its plugin list widened",
      base: cdcMethods("Logical Replication (CDC)", ["pgoutput"]),
      head: cdcMethods("Read Changes using Write-Ahead Log (CDC)", ["pgoutput", "wal2json"]),
    },
  ].flatMap(bothWays),
)("a choice retitled beside other edits: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  const probes: unknown[] = [{ a: { method: "Standard" } }];
  for (const plugin of [undefined, "pgoutput", "wal2json"])
    probes.push({ a: { method: "CDC", ...(plugin !== undefined ? { plugin } : {}) } });
  await expectBreakingAsAjv(schema(base), schema(head), probes);
  // Paired by its discriminator: said as a label changed and a list widened or narrowed, not a choice replaced.
  const dir = await tempDir("codegen-diff-reference-retitled-");
  dirs.push(dir);
  const pair = await jsonSchemaPair(dir, schema(base), schema(head));
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => c.rule).sort()).toEqual([
    "doc-changed",
    expect.stringMatching(/^enum-(widened|narrowed)$/),
  ]);
});

// A type beside a oneOf/anyOf holds each choice to it: a choice that says no type of its own (a pattern, a
// const) is of that type, so a field that kept its pattern as one of two choices still takes what it took.
it.each(
  [
    {
      name: "a pattern, and the empty string beside it",
      base: { type: "string", pattern: "^[a-z]+$" },
      head: { type: "string", anyOf: [{ pattern: "^[a-z]+$" }, { const: "" }] },
    },
    {
      name: "a pattern, and a constant it did not match beside it, as a oneOf",
      base: { type: "string", pattern: "^[a-z]+$" },
      head: { type: "string", oneOf: [{ pattern: "^[a-z]+$" }, { const: "123" }] },
    },
    {
      name: "a pattern, and a constant it matched beside it, as a oneOf",
      base: { type: "string", pattern: "^[a-z]+$" },
      head: { type: "string", oneOf: [{ pattern: "^[a-z]+$" }, { const: "abc" }] },
    },
    {
      name: "a pattern narrowed inside the choice",
      base: { type: "string", pattern: "^[a-z]+$" },
      head: { type: "string", anyOf: [{ pattern: "^[a-c]+$" }, { const: "" }] },
    },
    {
      name: "a maximum, and a constant beside it",
      base: { type: "integer", maximum: 10 },
      head: { type: "integer", anyOf: [{ maximum: 10 }, { const: 100 }] },
    },
    {
      name: "a type written beside typed choices, one of another type",
      base: { oneOf: [{ type: "string" }, { type: "integer" }] },
      head: { type: "string", oneOf: [{ type: "string" }, { type: "integer" }] },
    },
    {
      name: "a type list narrowed beside typed choices",
      base: { type: ["string", "integer"], anyOf: [{ type: "string" }, { type: "integer", maximum: 10 }] },
      head: { type: "string", anyOf: [{ type: "string" }, { type: "integer", maximum: 10 }] },
    },
    {
      name: "a type written beside a choice of null",
      base: { oneOf: [{ type: "string", minLength: 1 }, { type: "null" }] },
      head: { type: "string", oneOf: [{ type: "string", minLength: 1 }, { type: "null" }] },
    },
  ].flatMap(bothWays),
)("choices under a type, which each take it: $name", async ({ base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  const probes = ["", "abc", "xyz", "123", "ABC", 5, 10, 11, 100, 7.5, true, null].map((a) => ({ a }));
  await expectBreakingAsAjv(schema(base), schema(head), probes);
});

// Keywords beside a `$ref` hold the value to them too (Ajv applies them, in draft-07 as in 2020-12): the same
// constraint written beside the reference, inlined with its target, or moved into the target is no change.
const HOST = { type: "string", minLength: 1 };
const PORT = { type: "integer", maximum: 65535 };
const withDefs = (host: Obj, port: Obj, defs: Obj = { host: HOST, port: PORT }): Obj => ({
  type: "object",
  $defs: defs,
  properties: { host, port },
});
it.each(
  [
    {
      name: "a pattern beside the reference, inlined",
      base: withDefs({ $ref: "#/$defs/host", pattern: "^[^/]+$" }, { $ref: "#/$defs/port" }),
      head: withDefs({ ...HOST, pattern: "^[^/]+$" }, { $ref: "#/$defs/port" }),
    },
    {
      name: "a minimum beside the reference, moved into its target",
      base: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port", minimum: 1 }),
      head: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port" }, { host: HOST, port: { ...PORT, minimum: 1 } }),
    },
    {
      name: "a pattern written beside the reference",
      base: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port" }),
      head: withDefs({ $ref: "#/$defs/host", pattern: "^[^/]+$" }, { $ref: "#/$defs/port" }),
    },
    {
      name: "a minimum beside the reference raised",
      base: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port", minimum: 1 }),
      head: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port", minimum: 1024 }),
    },
    {
      name: "a list beside the reference",
      base: withDefs({ $ref: "#/$defs/host" }, { $ref: "#/$defs/port" }),
      head: withDefs({ $ref: "#/$defs/host", enum: ["a", "b/c"] }, { $ref: "#/$defs/port" }),
    },
    {
      // A reference to a choice keeps its choices (merging keeps a member's out): what is beside it is compared
      // as written.
      name: "a choice of requirements beside a reference to a choice, dropped",
      base: withDefs(
        { $ref: "#/$defs/host" },
        { $ref: "#/$defs/port", oneOf: [{ minimum: 1 }] },
        { host: HOST, port: { oneOf: [PORT, { type: "string" }] } },
      ),
      head: withDefs(
        { $ref: "#/$defs/host" },
        { $ref: "#/$defs/port" },
        { host: HOST, port: { oneOf: [PORT, { type: "string" }] } },
      ),
    },
  ].flatMap(bothWays),
)("keywords beside a reference: $name", async ({ base, head }) => {
  const probes: unknown[] = [{}];
  for (const host of ["a", "a/b", "", "b/c", 5]) probes.push({ host });
  for (const port of [0, 1, 80, 1024, 65535, 70000, "80"]) probes.push({ port });
  await expectBreakingAsAjv(base, head, probes);
});

// draft-07's `dependencies` schema form is 2020-12's `dependentSchemas`: rewritten from one to the other (as a
// draft-07 → 2020-12 migration does), the same requirement and constraints are no change; changed, they are.
const TUNNEL = { ssh: { type: "boolean" }, tunnel_host: { type: "string" } };
const draft07 = (dependencies: Obj): Obj => ({ $schema: DRAFT_07, type: "object", properties: TUNNEL, dependencies });
const draft2020 = (dependentSchemas: Obj): Obj => ({ type: "object", properties: TUNNEL, dependentSchemas });
it.each(
  [
    {
      name: "a key it requires",
      base: draft07({ ssh: { required: ["tunnel_host"] } }),
      head: draft2020({ ssh: { required: ["tunnel_host"] } }),
    },
    {
      name: "a key it requires, and a bound",
      base: draft07({ ssh: { required: ["tunnel_host"], properties: { tunnel_host: { minLength: 3 } } } }),
      head: draft2020({ ssh: { required: ["tunnel_host"], properties: { tunnel_host: { minLength: 3 } } } }),
    },
    {
      name: "a key it requires, made a bound",
      base: draft07({ ssh: { required: ["tunnel_host"] } }),
      head: draft2020({ ssh: { properties: { tunnel_host: { minLength: 3 } } } }),
    },
    {
      name: "a key it requires, dropped",
      base: draft07({ ssh: { required: ["tunnel_host"] } }),
      head: draft2020({}),
    },
  ].flatMap(bothWays),
)("dependencies rewritten as dependentSchemas: $name", async ({ base, head }) => {
  const probes: unknown[] = [{}, { ssh: true }, { ssh: true, tunnel_host: "h" }, { ssh: true, tunnel_host: "host" }];
  probes.push({ tunnel_host: "h" });
  await expectBreakingAsAjv(base, head, probes);
});

// One oneOf choice split into two that together take what it took (OAuth's auth_type ["oauth", "oauth_legacy"] → a
// choice for each), titled and not, the choice keeping its title or not, cut by its discriminator, by another key
// beside a constant kept, or by whether an optional key is set; and splits that lose configs (a new choice requires
// a key more, a value dropped, two new choices sharing a value, a new choice opened). Breaking exactly when Ajv, on
// the schemas as written, rejects a config it accepted.
interface AuthChoice {
  title?: string;
  /** auth_type's values (one: a `const`). */
  types: string[];
  /** Keys besides auth_type and client_id, and whether each is required. */
  keys?: Record<string, { schema: Obj; required: boolean }>;
  closed?: boolean;
}
const authChoice = ({ title, types, keys = {}, closed }: AuthChoice): Obj => ({
  type: "object",
  ...(title !== undefined ? { title } : {}),
  properties: {
    auth_type: types.length === 1 ? { const: types[0] } : { type: "string", enum: types },
    client_id: { type: "string" },
    ...Object.fromEntries(Object.entries(keys).map(([k, { schema }]) => [k, schema])),
  },
  required: [...new Set(["auth_type", "client_id", ...Object.keys(keys).filter((k) => keys[k]!.required)])],
  ...(closed === true ? { additionalProperties: false } : {}),
});
const API_KEY_CHOICE = (titled: boolean): Obj => ({
  type: "object",
  ...(titled ? { title: "API key" } : {}),
  properties: { auth_type: { const: "key" }, api_key: { type: "string" } },
  required: ["auth_type", "api_key"],
});
const authChoices = (titled: boolean, choices: AuthChoice[], union: "oneOf" | "anyOf" = "oneOf"): Obj => ({
  [union]: [...choices.map((c) => authChoice(titled ? c : { ...c, title: undefined })), API_KEY_CHOICE(titled)],
});
const FLOW = (values: string[]) => ({
  flow: { schema: values.length === 1 ? { const: values[0] } : { type: "string", enum: values }, required: true },
});
const REFRESH = (required: boolean) => ({ refresh_token: { schema: { type: "string" }, required } });
const SPLIT_ROWS: {
  name: string;
  union?: "oneOf" | "anyOf";
  /** Whether the choices are titled, in the rows made of this one (both ways when not said). */
  titles?: boolean[];
  base: AuthChoice[];
  head: AuthChoice[];
}[] = [
  {
    name: "by its discriminator, the choice keeping its title",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth_legacy"] },
    ],
  },
  {
    name: "by its discriminator, neither new choice keeping its title",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"] }],
    head: [
      { title: "OAuth 2", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth_legacy"] },
    ],
  },
  {
    name: "by its discriminator into three",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy", "oauth_old"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth_legacy"] },
      { title: "OAuth old", types: ["oauth_old"] },
    ],
  },
  {
    name: "by another key, beside the constant it keeps",
    base: [{ title: "OAuth", types: ["oauth"], keys: FLOW(["code", "implicit"]) }],
    head: [
      { title: "OAuth", types: ["oauth"], keys: FLOW(["code"]) },
      { title: "OAuth implicit", types: ["oauth"], keys: FLOW(["implicit"]) },
    ],
  },
  {
    name: "by whether an optional key is set, closed choices",
    base: [{ title: "OAuth", types: ["oauth"], keys: REFRESH(false), closed: true }],
    head: [
      { title: "OAuth", types: ["oauth"], closed: true },
      { title: "OAuth refresh", types: ["oauth"], keys: REFRESH(true), closed: true },
    ],
  },
  {
    name: "by two keys, into three",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"], keys: FLOW(["code", "implicit"]) }],
    head: [
      { title: "OAuth", types: ["oauth"], keys: FLOW(["code"]) },
      { title: "OAuth implicit", types: ["oauth"], keys: FLOW(["implicit"]) },
      { title: "OAuth legacy", types: ["oauth_legacy"], keys: FLOW(["code", "implicit"]) },
    ],
  },
  {
    name: "by a boolean key",
    base: [{ title: "OAuth", types: ["oauth"], keys: { pkce: { schema: { type: "boolean" }, required: true } } }],
    head: [
      { title: "OAuth", types: ["oauth"], keys: { pkce: { schema: { const: true }, required: true } } },
      { title: "OAuth plain", types: ["oauth"], keys: { pkce: { schema: { const: false }, required: true } } },
    ],
  },
  {
    name: "a value moved to a choice kept",
    base: [
      { title: "OAuth", types: ["oauth", "oauth_legacy"] },
      { title: "OAuth old", types: ["oauth_old"] },
    ],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth old", types: ["oauth_old", "oauth_legacy"] },
    ],
  },
  {
    name: "an anyOf, the new choices sharing a value",
    union: "anyOf",
    // Untitled, the choice listing both values is the one kept, written the same: nothing is split.
    titles: [true],
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth", "oauth_legacy"] },
    ],
  },
  // Splits that lose configs.
  {
    name: "the new choice requires a key more",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      {
        title: "OAuth legacy",
        types: ["oauth_legacy"],
        keys: { tenant: { schema: { type: "string" }, required: true } },
      },
    ],
  },
  {
    name: "a value dropped",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy", "oauth_old"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth_legacy"] },
    ],
  },
  {
    name: "a oneOf, the new choices sharing a value",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"] }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth legacy", types: ["oauth", "oauth_legacy"] },
    ],
  },
  {
    name: "by another key, a new choice's client_id narrowed",
    base: [{ title: "OAuth", types: ["oauth"], keys: FLOW(["code", "implicit"]) }],
    head: [
      { title: "OAuth", types: ["oauth"], keys: FLOW(["code"]) },
      {
        title: "OAuth implicit",
        types: ["oauth"],
        keys: { ...FLOW(["implicit"]), client_id: { schema: { type: "string", minLength: 5 }, required: true } },
      },
    ],
  },
  {
    name: "by two keys, a pair of values lost",
    base: [{ title: "OAuth", types: ["oauth", "oauth_legacy"], keys: FLOW(["code", "implicit"]) }],
    head: [
      { title: "OAuth", types: ["oauth"], keys: FLOW(["code"]) },
      { title: "OAuth implicit", types: ["oauth"], keys: FLOW(["implicit"]) },
      { title: "OAuth legacy", types: ["oauth_legacy"], keys: FLOW(["code"]) },
    ],
  },
  {
    name: "by whether an optional key is set, the choice without it opened",
    base: [{ title: "OAuth", types: ["oauth"], keys: REFRESH(false), closed: true }],
    head: [
      { title: "OAuth", types: ["oauth"] },
      { title: "OAuth refresh", types: ["oauth"], keys: REFRESH(true), closed: true },
    ],
  },
];
it.each(
  SPLIT_ROWS.flatMap(({ name, union, titles = [true, false], base, head }) =>
    titles.map((titled) => ({
      name: `${name}, ${titled ? "titled" : "untitled"}`,
      base: authChoices(titled, base, union),
      head: authChoices(titled, head, union),
    })),
  )
    .flatMap(bothWays)
    // By %s: $name would cut these names short, and the rows apart would share one.
    .map((row) => [row.name, row] as const),
)("a oneOf choice split in two: %s", async (_, { base, head }) => {
  const schema = (a: Obj): Obj => ({ type: "object", properties: { a } });
  const probes: unknown[] = [];
  for (const auth_type of ["oauth", "oauth_legacy", "oauth_old", "key", "other"])
    for (const client of [{}, { client_id: "c" }, { client_id: "client" }])
      for (const extra of [
        {},
        { tenant: "t" },
        { refresh_token: "r" },
        { flow: "code" },
        { flow: "implicit" },
        { pkce: true },
        { pkce: false },
        { api_key: "k" },
      ])
        probes.push({ a: { auth_type, ...client, ...extra } });
  await expectBreakingAsAjv(schema(base), schema(head), probes);
});

// A requirement under an `else`, or under an `if` inside one, is read as the IR's conditions are: `X fails` is
// the tested key set to another value (or unset, where the `if` requires it), beside what holds with it. An
// else-if chain on a list of methods and the same requirements as separate conditions take the same configs.
const METHOD = { type: "string", enum: ["CDC", "Xmin", "Standard"] };
const methodIs = (m: unknown): Obj => ({
  properties: { method: Array.isArray(m) ? { enum: m } : { const: m } },
  required: ["method"],
});
const methods = (rest: Obj): Obj => ({
  type: "object",
  properties: { method: METHOD, slot: { type: "string" }, xmin: { type: "string" } },
  ...rest,
});
const CDC_SLOT = { if: methodIs("CDC"), then: { required: ["slot"] } };
it.each(
  [
    {
      name: "an else-if chain, as separate conditions",
      base: methods({ ...CDC_SLOT, else: { if: methodIs("Xmin"), then: { required: ["xmin"] } } }),
      head: methods({ allOf: [CDC_SLOT, { if: methodIs("Xmin"), then: { required: ["xmin"] } }] }),
    },
    {
      name: "an else-if chain, as separate conditions of which one takes more",
      base: methods({ ...CDC_SLOT, else: { if: methodIs("Xmin"), then: { required: ["xmin"] } } }),
      head: methods({ allOf: [CDC_SLOT, { if: methodIs(["Xmin", "Standard"]), then: { required: ["xmin"] } }] }),
    },
    {
      name: "a requirement under else, as one under the other values",
      base: methods({ if: methodIs("Standard"), then: {}, else: { required: ["slot"] } }),
      head: methods({ if: { properties: { method: { enum: ["CDC", "Xmin"] } } }, then: { required: ["slot"] } }),
    },
    {
      name: "a requirement under else, as one under fewer of the other values",
      base: methods({ if: methodIs("Standard"), then: {}, else: { required: ["slot"] } }),
      head: methods({ if: methodIs("CDC"), then: { required: ["slot"] } }),
    },
  ].flatMap(bothWays),
)("conditions under else: $name", async ({ base, head }) => {
  const probes: unknown[] = [{}, { slot: "s" }, { xmin: "x" }];
  for (const method of ["CDC", "Xmin", "Standard"])
    for (const more of [{}, { slot: "s" }, { xmin: "x" }, { slot: "s", xmin: "x" }]) probes.push({ method, ...more });
  await expectBreakingAsAjv(base, head, probes);
});

// draft-07's tuple (`items` as a list, `additionalItems`) is 2020-12's (`prefixItems`, `items`): rewritten from
// one to the other, the same tuple is no change; a position's type changed or the length bounded is.
const tuple07 = (items: Obj[], additionalItems?: unknown): Obj => ({
  $schema: DRAFT_07,
  type: "object",
  properties: { range: { type: "array", items, ...(additionalItems === undefined ? {} : { additionalItems }) } },
});
const tuple2020 = (prefixItems: Obj[], items?: unknown): Obj => ({
  type: "object",
  properties: { range: { type: "array", prefixItems, ...(items === undefined ? {} : { items }) } },
});
const STR_INT = [{ type: "string" }, { type: "integer" }];
it.each(
  [
    { name: "closed", base: tuple07(STR_INT, false), head: tuple2020(STR_INT, false) },
    { name: "open", base: tuple07(STR_INT), head: tuple2020(STR_INT) },
    { name: "closed, from open", base: tuple07(STR_INT), head: tuple2020(STR_INT, false) },
    {
      name: "a position's type changed",
      base: tuple07(STR_INT, false),
      head: tuple2020([{ type: "string" }, { type: "string" }], false),
    },
  ].flatMap(bothWays),
)("a tuple rewritten as prefixItems: $name", async ({ base, head }) => {
  const probes = [[], ["a"], ["a", 1], ["a", 1, 2], [1, "a"], ["a", "b"]].map((range) => ({ range }));
  await expectBreakingAsAjv(base, head, probes);
});

// Unique items of a few values (an enum, booleans) number at most that many: a maxItems at or above it bounds
// nothing. Breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const uniqueOf = (items: Obj, bounds: Obj = {}, unique = true): Obj => ({
  type: "object",
  properties: { f: { type: "array", items, ...(unique ? { uniqueItems: true } : {}), ...bounds } },
});
const A_OR_B = { enum: ["a", "b"] };
it.each(
  [
    { name: "maxItems added at the number of values", base: uniqueOf(A_OR_B), head: uniqueOf(A_OR_B, { maxItems: 2 }) },
    {
      name: "maxItems above it, lowered to it",
      base: uniqueOf(A_OR_B, { maxItems: 5 }),
      head: uniqueOf(A_OR_B, { maxItems: 2 }),
    },
    {
      name: "booleans, maxItems added at 2",
      base: uniqueOf({ type: "boolean" }),
      head: uniqueOf({ type: "boolean" }, { maxItems: 2 }),
    },
    {
      name: "maxItems added below the number of values",
      base: uniqueOf(A_OR_B),
      head: uniqueOf(A_OR_B, { maxItems: 1 }),
    },
    {
      name: "lowered from above it to below it",
      base: uniqueOf(A_OR_B, { maxItems: 5 }),
      head: uniqueOf(A_OR_B, { maxItems: 1 }),
    },
    {
      name: "nullable values: null is one more",
      base: uniqueOf({ enum: ["a", "b", null] }),
      head: uniqueOf({ enum: ["a", "b", null] }, { maxItems: 2 }),
    },
    { name: "items not unique", base: uniqueOf(A_OR_B, {}, false), head: uniqueOf(A_OR_B, { maxItems: 2 }, false) },
    {
      name: "uniqueness given up for the bound",
      base: uniqueOf(A_OR_B),
      head: uniqueOf(A_OR_B, { maxItems: 2 }, false),
    },
  ].flatMap(bothWays),
)("maxItems beside unique items of a few values: $name", async ({ base, head }) => {
  const probes = [
    [],
    ["a"],
    ["a", "b"],
    ["b", "a"],
    ["a", "a"],
    ["a", "b", null],
    ["a", "a", "b"],
    [true, false],
    [true],
  ];
  await expectBreakingAsAjv(
    base,
    head,
    probes.map((f) => ({ f })),
  );
});

// How many keys a map has, bounded by another number (keywords the IR does not
// model): breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const map = (bounds: Obj): Obj => ({
  type: "object",
  properties: { m: { type: "object", additionalProperties: { type: "string" }, ...bounds } },
});
it.each(
  [
    { name: "minProperties lowered", base: map({ minProperties: 2 }), head: map({ minProperties: 1 }) },
    { name: "maxProperties raised", base: map({ maxProperties: 2 }), head: map({ maxProperties: 3 }) },
    {
      name: "both bounds moved apart",
      base: map({ minProperties: 2, maxProperties: 2 }),
      head: map({ minProperties: 1, maxProperties: 3 }),
    },
  ].flatMap(bothWays),
)("a count bound the IR does not model: $name", async ({ base, head }) => {
  const maps = [{}, { a: "1" }, { a: "1", b: "2" }, { a: "1", b: "2", c: "3" }].map((m) => ({ m }));
  await expectBreakingAsAjv(base, head, maps);
});

// An object whose method key lists its values, rewritten as a choice per method (as Airbyte's replication
// methods were): breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const choiceFor = (m: string, more: Obj = {}, required: string[] = []): Obj => ({
  properties: { m: { const: m }, ...more },
  required: ["m", ...required],
});
const inR = (r: Obj): Obj => ({ $schema: DRAFT_07, type: "object", properties: { r } });
const METHODS = { type: "object", properties: { m: { enum: ["A", "B"] } }, required: ["m"] };
it.each(
  [
    {
      name: "a oneOf of one choice per value",
      base: METHODS,
      head: { type: "object", oneOf: [choiceFor("A"), choiceFor("B")] },
    },
    {
      name: "an anyOf of one choice per value",
      base: METHODS,
      head: { type: "object", anyOf: [choiceFor("A"), choiceFor("B")] },
    },
    {
      name: "a key of one method moved into its choice",
      base: { type: "object", properties: { m: { enum: ["A", "B"] }, slot: { type: "string" } }, required: ["m"] },
      head: {
        type: "object",
        oneOf: [choiceFor("A", { slot: { type: "string" } }), choiceFor("B", { slot: { type: "string" } })],
      },
    },
    {
      name: "a value left without a choice",
      base: { ...METHODS, properties: { m: { enum: ["A", "B", "C"] } } },
      head: { type: "object", oneOf: [choiceFor("A"), choiceFor("B")] },
    },
    {
      name: "the method was optional",
      base: { ...METHODS, required: [] },
      head: { type: "object", oneOf: [choiceFor("A"), choiceFor("B")] },
    },
    {
      name: "choices that share a value",
      base: METHODS,
      head: { type: "object", oneOf: [choiceFor("A"), { properties: { m: { enum: ["A", "B"] } }, required: ["m"] }] },
    },
  ]
    .map((row) => ({ ...row, base: inR(row.base), head: inR(row.head) }))
    .flatMap(bothWays),
)("an object made a choice per method: $name", async ({ base, head }) => {
  const probes = [
    {},
    { m: "A" },
    { m: "B" },
    { m: "C" },
    { m: "A", slot: "s" },
    { m: "B", slot: "s" },
    { m: "A", slot: 1 },
  ];
  await expectBreakingAsAjv(base, head, [...probes.map((r) => ({ r })), { r: "x" }]);
});

// A oneOf at the top beside the config's properties, its choices told apart by a key the config requires and
// lists the values of: breaking exactly when Ajv, on the schemas as written, rejects a config it accepted.
const TOP_MODE = { m: { type: "string", enum: ["A", "B"] }, s: { type: "string" } };
const modal = (more: Obj, required = ["m"]): Obj => ({
  $schema: DRAFT_07,
  type: "object",
  properties: TOP_MODE,
  required,
  ...more,
});
const modeIs = (value: unknown, more: Obj = {}): Obj => ({ properties: { m: { const: value } }, ...more });
const TOP_MODE_PROBES = [{}, { m: "A" }, { m: "B" }, { m: "B", s: "x" }, { m: "A", s: "x" }, { s: "x" }, { m: "C" }];
it.each(
  [
    {
      name: "a choice per value added",
      base: modal({}),
      head: modal({ oneOf: [modeIs("A"), modeIs("B")] }),
    },
    {
      name: "a choice per value, one requiring a key, added",
      base: modal({}),
      head: modal({ oneOf: [modeIs("A"), modeIs("B", { required: ["s"] })] }),
    },
    {
      name: "a value with no choice",
      base: modal({}),
      head: modal({ oneOf: [modeIs("A")] }),
    },
    {
      name: "the key tested is optional",
      base: modal({}, []),
      head: modal({ oneOf: [modeIs("A"), modeIs("B")] }, []),
    },
    {
      name: "two choices take one value",
      base: modal({}),
      head: modal({ oneOf: [modeIs("A"), { properties: { m: { enum: ["A", "B"] } } }] }),
    },
  ].flatMap(bothWays),
)("a top-level oneOf told apart by a key: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, TOP_MODE_PROBES);
});

// A requirement under a condition on that key, rewritten as the choice for its value requiring the key
// (the other way, the IR does not read requirements inside choices: not judged here).
it("a top-level if/then rewritten as a oneOf told apart by the key it tests", async () => {
  const base = modal({ if: { properties: { m: { const: "B" } }, required: ["m"] }, then: { required: ["s"] } });
  const head = modal({ oneOf: [modeIs("A"), modeIs("B", { required: ["s"] })] });
  await expectBreakingAsAjv(base, head, TOP_MODE_PROBES);
});

// The key the choices are told apart by is fixed at the top of its choice only: a branch inside it that holds
// that key to another value, and a key holding a slash (no nested path), are judged as written.
it.each([
  {
    name: "a then inside the choice holds the key to another value",
    head: modal({
      oneOf: [modeIs("A", { if: true, then: { properties: { m: { const: "Z" } } } }), modeIs("B")],
    }),
  },
  {
    name: "a key holding a slash",
    head: modal({
      oneOf: [modeIs("A", { properties: { m: { const: "A" }, "a/b": { type: "string" } } }), modeIs("B")],
    }),
  },
])("a top-level oneOf told apart by a key, judged as written: $name", async ({ head }) => {
  await expectBreakingAsAjv(modal({}), head, [...TOP_MODE_PROBES, { m: "A", "a/b": 1 }]);
});

// A key another key requires (dependentRequired, draft-07 `dependencies`, a dependentSchemas `required`) that
// the IR does not model: a key not declared, a trigger not declared, a second requirement of a declared key
// (the IR keeps the first). Compared as the `if: { required: [key] }` that says the same.
const DEPENDENT_PROBES = [
  { a: "x" },
  { a: "x", b: "y" },
  { a: "x", z: 1 },
  { z: 1 },
  { z: 1, a: "x" },
  { m: "x", b: "y" },
  {},
];
const requiring = (extra: Obj, draft07 = false): Obj => ({
  ...(draft07 ? { $schema: DRAFT_07 } : {}),
  type: "object",
  properties: { a: { type: "string" }, b: { type: "string" }, m: { type: "string" } },
  ...extra,
});
it.each(
  [
    {
      name: "dependentRequired names a key not declared",
      base: requiring({}),
      head: requiring({ dependentRequired: { a: ["z"] } }),
    },
    {
      name: "dependentSchemas requires a key not declared",
      base: requiring({}),
      head: requiring({ dependentSchemas: { a: { required: ["z"] } } }),
    },
    {
      name: "draft-07 dependencies name a key not declared",
      base: requiring({}, true),
      head: requiring({ dependencies: { a: ["z"] } }, true),
    },
    { name: "a trigger not declared", base: requiring({}), head: requiring({ dependentRequired: { z: ["a"] } }) },
    {
      name: "an if/then requiring a key not declared → dependentRequired",
      base: requiring({ if: { required: ["a"] }, then: { required: ["z"] } }),
      head: requiring({ dependentRequired: { a: ["z"] } }),
    },
    {
      name: "a second requirement of a declared key",
      base: requiring({ if: { required: ["m"] }, then: { required: ["b"] } }),
      head: requiring({ if: { required: ["m"] }, then: { required: ["b"] }, dependentRequired: { a: ["b"] } }),
    },
    {
      name: "in an allOf member",
      base: requiring({}),
      head: requiring({ allOf: [{ dependentSchemas: { a: { required: ["z"] } } }] }),
    },
    {
      name: "in a nested object",
      base: { type: "object", properties: { o: requiring({}) } },
      head: { type: "object", properties: { o: requiring({ dependentRequired: { a: ["z"] } }) } },
    },
    { name: "a key requiring itself", base: requiring({}), head: requiring({ dependentRequired: { a: ["a"] } }) },
    {
      name: "a trigger that takes no value",
      base: requiring({ properties: { a: false, b: { type: "string" } } }),
      head: requiring({ properties: { a: false, b: { type: "string" } }, dependentRequired: { a: ["z"] } }),
    },
    {
      name: "a key not declared, always required",
      base: requiring({ required: ["z"] }),
      head: requiring({ required: ["z"], dependentRequired: { a: ["z"] } }),
    },
    {
      name: "a declared key, always required",
      base: requiring({ required: ["b"] }),
      head: requiring({ required: ["b"], dependentSchemas: { a: { required: ["b"] } } }),
    },
  ].flatMap(bothWays),
)("a key another requires, not modeled: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [...DEPENDENT_PROBES, ...DEPENDENT_PROBES.map((o) => ({ o }))]);
});

// Keywords beside the config's own `$ref` (a schema of `$defs` and a reference to one): JSON Schema applies
// the reference and them both.
const refBeside = (extra: Obj): Obj => ({
  $defs: { c: { type: "object", properties: { a: { type: "string" }, m: { type: "string" } } } },
  $ref: "#/$defs/c",
  ...extra,
});
it.each(
  [
    {
      name: "a property's enum narrowed",
      base: refBeside({ properties: { x: { type: "string" } } }),
      head: refBeside({ properties: { x: { type: "string", enum: ["a"] } } }),
    },
    { name: "required", base: refBeside({}), head: refBeside({ required: ["a"] }) },
    { name: "closed", base: refBeside({}), head: refBeside({ additionalProperties: false }) },
    { name: "minProperties", base: refBeside({}), head: refBeside({ minProperties: 1 }) },
    {
      name: "a condition",
      base: refBeside({}),
      head: refBeside({ if: { properties: { m: { const: "initial" } }, required: ["m"] }, then: { required: ["a"] } }),
    },
    {
      name: "a property moved beside the reference",
      base: { type: "object", properties: { a: { type: "string" }, m: { type: "string" }, x: { type: "string" } } },
      head: refBeside({ properties: { x: { type: "string" } } }),
    },
    { name: "a title beside it", base: refBeside({}), head: refBeside({ title: "Config" }) },
    { name: "unevaluatedProperties false", base: refBeside({}), head: refBeside({ unevaluatedProperties: false }) },
    {
      name: "unevaluatedProperties false, a property beside",
      base: refBeside({ properties: { x: { type: "string" } } }),
      head: refBeside({ properties: { x: { type: "string" } }, unevaluatedProperties: false }),
    },
  ].flatMap(bothWays),
)("keywords beside the config's own $ref: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    {},
    { a: "s" },
    { x: "b" },
    { x: "a" },
    { x: 1 },
    { m: "initial" },
    { m: "initial", a: "s" },
    { z: 1 },
  ]);
});

// Keywords beside a `$ref` in the middle of a chain (a `$defs` entry that is a reference with a bound or a
// requirement beside it): applied with the target, as at the chain's start.
const chained = (mid: Obj, property: Obj = { $ref: "#/$defs/mid" }): Obj => ({
  type: "object",
  $defs: {
    n: { type: "integer", minimum: 0 },
    s: { type: "object", properties: { host: { type: "string" } } },
    mid,
  },
  properties: { p: property },
});
it.each(
  [
    {
      name: "a bound beside it",
      base: chained({ $ref: "#/$defs/n" }),
      head: chained({ $ref: "#/$defs/n", maximum: 10 }),
    },
    {
      name: "that bound tightened",
      base: chained({ $ref: "#/$defs/n", maximum: 10 }),
      head: chained({ $ref: "#/$defs/n", maximum: 5 }),
    },
    {
      name: "a requirement beside an object's",
      base: chained({ $ref: "#/$defs/s" }),
      head: chained({ $ref: "#/$defs/s", required: ["host"] }),
    },
    {
      name: "through an allOf",
      base: chained({ $ref: "#/$defs/n", maximum: 10 }, { allOf: [{ $ref: "#/$defs/mid" }] }),
      head: chained({ $ref: "#/$defs/n", maximum: 5 }, { allOf: [{ $ref: "#/$defs/mid" }] }),
    },
    {
      name: "a description beside it",
      base: chained({ $ref: "#/$defs/n" }),
      head: chained({ $ref: "#/$defs/n", description: "A port." }),
    },
  ].flatMap(bothWays),
)("keywords beside a reference in the middle of a chain: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    {},
    { p: 1 },
    { p: 7 },
    { p: 11 },
    { p: -1 },
    { p: {} },
    { p: { host: "h" } },
  ]);
});

// A oneOf's choices told apart only by constants none of them requires (as auth methods often are): a choice
// added that takes a config a kept choice other than the first took alone, and an anyOf made a oneOf whose
// choices both take a config. The config is found and named.
const unrequiredConst = (title: string, required: string[], extra: Obj = {}): Obj => ({
  type: "object",
  title,
  required,
  properties: { t: { const: title }, ...Object.fromEntries(required.map((k) => [k, { type: "string" }])), ...extra },
});
const choicesOf = (keyword: "oneOf" | "anyOf", choices: Obj[]): Obj => ({
  type: "object",
  properties: { c: { type: "object", [keyword]: choices } },
});
const UNREQUIRED_PROBES = ["A", "B", "X", undefined].flatMap((t) =>
  [{ a: "1" }, { b: "1" }, { a: "1", z: "x" }, { a: "1", b: "1" }].map((o) => ({
    c: t === undefined ? o : { t, ...o },
  })),
);
it.each(
  [
    {
      name: "a choice added that shares a config with the second",
      base: choicesOf("oneOf", [unrequiredConst("A", ["b"]), unrequiredConst("B", ["a"])]),
      head: choicesOf("oneOf", [unrequiredConst("A", ["b"]), unrequiredConst("B", ["a"]), unrequiredConst("X", ["a"])]),
    },
    {
      name: "a choice added that requires more than the second",
      base: choicesOf("oneOf", [unrequiredConst("A", ["b"]), unrequiredConst("B", ["a"])]),
      head: choicesOf("oneOf", [
        unrequiredConst("A", ["b"]),
        unrequiredConst("B", ["a"]),
        unrequiredConst("X", ["a", "z"]),
      ]),
    },
    {
      name: "an anyOf made a oneOf",
      base: choicesOf("anyOf", [unrequiredConst("A", ["a"]), unrequiredConst("B", ["b"])]),
      head: choicesOf("oneOf", [unrequiredConst("A", ["a"]), unrequiredConst("B", ["b"])]),
    },
    {
      name: "an anyOf made a oneOf, the constants required",
      base: choicesOf("anyOf", [unrequiredConst("A", ["a", "t"]), unrequiredConst("B", ["b", "t"])]),
      head: choicesOf("oneOf", [unrequiredConst("A", ["a", "t"]), unrequiredConst("B", ["b", "t"])]),
    },
  ].flatMap(bothWays),
)("choices told apart by constants none requires: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [...UNREQUIRED_PROBES, {}]);
});

// A list of numbers and bounds alone that take the same values, or a few more or fewer (an integer's range is
// the integers in it): the values each takes decide, one by one.
const numbered = (v: Obj): Obj => ({ type: "object", properties: { v } });
it.each(
  [
    {
      name: "an integer range → the list of its values",
      base: { type: "integer", minimum: 0, maximum: 1 },
      head: { type: "integer", enum: [0, 1] },
    },
    {
      name: "an integer range → its values in another order",
      base: { type: "integer", minimum: 1, maximum: 3 },
      head: { type: "integer", enum: [3, 1, 2] },
    },
    {
      name: "an integer range → fewer of its values",
      base: { type: "integer", minimum: 1, maximum: 3 },
      head: { type: "integer", enum: [1, 2] },
    },
    {
      name: "an integer range of one value → a const",
      base: { type: "integer", minimum: 0, maximum: 0 },
      head: { type: "integer", const: 0 },
    },
    {
      name: "exclusive bounds → the list of their integers",
      base: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 3 },
      head: { type: "integer", enum: [1, 2] },
    },
    {
      name: "a list of integers → a number range holding them",
      base: { type: "integer", enum: [0, 1] },
      head: { type: "number", minimum: 0, maximum: 1 },
    },
    {
      name: "a list of integers → a number range holding some",
      base: { type: "integer", enum: [0, 1, 5] },
      head: { type: "number", minimum: 0, maximum: 1 },
    },
    {
      name: "a number range → a list of its ends",
      base: { type: "number", minimum: 0, maximum: 1 },
      head: { type: "number", enum: [0, 1] },
    },
    {
      name: "a number range of one value → a const",
      base: { type: "number", minimum: 0.5, maximum: 0.5 },
      head: { type: "number", const: 0.5 },
    },
    {
      name: "a number range of one value → another const",
      base: { type: "number", minimum: 0.5, maximum: 0.5 },
      head: { type: "number", const: 1 },
    },
  ]
    .map((row) => ({ ...row, base: numbered(row.base), head: numbered(row.head) }))
    .flatMap(bothWays),
)("a list of numbers or bounds alone: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [{}, ...[-1, 0, 0.5, 1, 2, 3, 4, 5].map((v) => ({ v }))]);
});

// Requirements written as conditions that always apply: a key required when a required key is set (chains
// too), or by both branches of an if/then/else whatever the `if` tests, is required; a `then` under
// `if: false` and an `else` under `if: true` apply to nothing. Breaking exactly when Ajv rejects a config it
// accepted.
const ABC = (extra: Obj, draft07 = false): Obj => ({
  ...(draft07 ? { $schema: DRAFT_07 } : {}),
  type: "object",
  properties: { a: { type: "string" }, b: { type: "string" }, c: { type: "string" } },
  ...extra,
});
/** Every set of the three keys, `a` short and long (an `if` may test its length). */
const ABC_PROBES = [0, 1, 2, 3, 4, 5, 6, 7].flatMap((bits) =>
  ["x", "xy"].map((a) => ({
    ...(bits & 1 ? { a } : {}),
    ...(bits & 2 ? { b: "x" } : {}),
    ...(bits & 4 ? { c: "x" } : {}),
  })),
);
it.each(
  [
    {
      name: "dependentRequired of a required key → required",
      base: ABC({ required: ["a"], dependentRequired: { a: ["b"] } }),
      head: ABC({ required: ["a", "b"] }),
    },
    {
      name: "a chain of dependents of a required key → required",
      base: ABC({ required: ["a"], dependentRequired: { a: ["b"], b: ["c"] } }),
      head: ABC({ required: ["a", "b", "c"] }),
    },
    {
      name: "draft-07 dependencies of a required key → required",
      base: ABC({ required: ["a"], dependencies: { a: ["b"] } }, true),
      head: ABC({ required: ["a", "b"] }, true),
    },
    {
      name: "a dependentSchemas' required of a required key → required",
      base: ABC({ required: ["a"], dependentSchemas: { a: { required: ["b"] } } }),
      head: ABC({ required: ["a", "b"] }),
    },
    {
      name: "if a is set then b, a required → required",
      base: ABC({ required: ["a"], if: { required: ["a"] }, then: { required: ["b"] } }),
      head: ABC({ required: ["a", "b"] }),
    },
    {
      name: "dependentRequired of an optional key → required",
      base: ABC({ dependentRequired: { a: ["b"] } }),
      head: ABC({ required: ["b"] }),
    },
    {
      name: "both branches require b → required",
      base: ABC({ if: { required: ["a"] }, then: { required: ["b"] }, else: { required: ["b"] } }),
      head: ABC({ required: ["b"] }),
    },
    {
      name: "both branches of an if testing a length require b → required",
      base: ABC({
        if: { properties: { a: { minLength: 2 } } },
        then: { required: ["b"] },
        else: { required: ["c", "b"] },
      }),
      head: ABC({ required: ["b"] }),
    },
    {
      name: "both branches inside an allOf require b → required",
      base: ABC({ allOf: [{ if: { required: ["a"] }, then: { required: ["b"] }, else: { required: ["b"] } }] }),
      head: ABC({ required: ["b"] }),
    },
    {
      name: "only the then requires b → required",
      base: ABC({ if: { required: ["a"] }, then: { required: ["b"] }, else: { required: ["c"] } }),
      head: ABC({ required: ["b"] }),
    },
    { name: "a then under if: false", base: ABC({}), head: ABC({ if: false, then: { required: ["b"] } }) },
    { name: "an else under if: true", base: ABC({}), head: ABC({ if: true, else: { required: ["b"] } }) },
    { name: "an else under if: {}", base: ABC({}), head: ABC({ if: {}, else: { required: ["b"] } }) },
    { name: "a then under if: true", base: ABC({}), head: ABC({ if: true, then: { required: ["b"] } }) },
    { name: "an else under if: false", base: ABC({}), head: ABC({ if: false, else: { required: ["b"] } }) },
  ].flatMap(bothWays),
)("requirements that always apply: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, ABC_PROBES);
});

// Patterns with Unicode property escapes, read as RegExp reads them: breaking exactly when Ajv (with `u`)
// rejects a value it took.
const patterned = (pattern: string): Obj => ({ type: "object", properties: { v: { type: "string", pattern } } });
it.each(
  [
    { name: "letters → ASCII letters", base: patterned("^\\p{L}+$"), head: patterned("^[a-zA-Z]+$") },
    { name: "upper-case letters → letters", base: patterned("^\\p{Lu}+$"), head: patterned("^\\p{L}+$") },
    { name: "letters or digits → letters", base: patterned("^[\\p{L}\\p{Nd}]+$"), head: patterned("^\\p{L}+$") },
    { name: "not a letter → not an ASCII letter", base: patterned("^\\P{L}+$"), head: patterned("^[^a-zA-Z]+$") },
  ].flatMap(bothWays),
)("property escapes in a pattern: $name", async ({ base, head }) => {
  await expectBreakingAsAjv(base, head, [
    {},
    ...["a", "Z", "é", "É", "ß", "α", "Ω", "中", "1", "١", "a1", "_", " ", "-", "😀"].map((v) => ({ v })),
  ]);
});
