// Conditions spelled two ways that JSON Schema reads alike: an `if` property test as `const`/`enum`, or as an
// anyOf/oneOf of choices that list the values; `if: X, then: T, else: E` or `if: { not: X }, then: E, else: T`.
// Random conditions over a config of keys mode, a and b; each written plainly in the base and respelled in the
// head (and the other way round). Ajv, on the schemas as written, takes the same configs under both (checked on
// every config of a small domain, so the pair is equivalent), and the diff must then report no change that is
// not info. SPELLING_RUNS and SPELLING_SEED set the runs (each up to 6 pairs in one snapshot) and the seed.

import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { diffSnapshots } from "../generator/diff/diff.js";
import { jsonSchemaPairs, removeDir, tempDir } from "./helpers.js";

type Obj = Record<string, unknown>;
const ajv = new Ajv2020({ strict: false });
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map(removeDir)));

const VALUES = ["x", "y", "z"] as const;
type Value = (typeof VALUES)[number];
interface Cond {
  values: Value[];
  modeRequired: boolean;
  then: Obj;
  else?: Obj;
}
const branch = fc.oneof(
  fc.constant<Obj>({ required: ["a"] }),
  fc.constant<Obj>({ required: ["a", "b"] }),
  fc.constant<Obj>({ properties: { a: { maxLength: 3 } } }),
  fc.constant<Obj>({ properties: { b: { minLength: 2 } }, required: ["b"] }),
);
const condArb: fc.Arbitrary<Cond> = fc.record(
  {
    values: fc.subarray([...VALUES], { minLength: 1, maxLength: 2 }),
    modeRequired: fc.boolean(),
    then: branch,
    else: branch,
  },
  { requiredKeys: ["values", "modeRequired", "then"] },
);
type Spelling = { test: "const" | "anyOf" | "oneOf"; negated: boolean };
const spellingArb: fc.Arbitrary<Spelling> = fc.record({
  test: fc.constantFrom("const" as const, "anyOf" as const, "oneOf" as const),
  negated: fc.boolean(),
});

function written(c: Cond, s: Spelling): Obj {
  const listed =
    s.test === "const"
      ? c.values.length === 1
        ? { const: c.values[0] }
        : { enum: c.values }
      : { [s.test]: c.values.map((v) => ({ const: v, title: v.toUpperCase() })) };
  const test: Obj = { properties: { mode: listed }, ...(c.modeRequired ? { required: ["mode"] } : {}) };
  if (!s.negated) return { if: test, then: c.then, ...(c.else !== undefined ? { else: c.else } : {}) };
  return { if: { not: test }, ...(c.else !== undefined ? { then: c.else } : {}), else: c.then };
}

const config = (conds: readonly Obj[]): Obj => ({
  type: "object",
  properties: { mode: { type: "string", enum: [...VALUES] }, a: { type: "string" }, b: { type: "string" } },
  allOf: conds,
});

const DOMAIN: Obj[] = [];
for (const mode of [undefined, ...VALUES])
  for (const a of [undefined, "ab", "abcd"])
    for (const b of [undefined, "s", "st"])
      DOMAIN.push({
        ...(mode === undefined ? {} : { mode }),
        ...(a === undefined ? {} : { a }),
        ...(b === undefined ? {} : { b }),
      });

it("a condition respelled is no change the diff calls more than info, where Ajv takes the same configs", async () => {
  let judged = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.tuple(fc.array(condArb, { minLength: 1, maxLength: 2 }), spellingArb, spellingArb), {
        minLength: 1,
        maxLength: 6,
      }),
      async (cases) => {
        const pairs = cases.map(([conds, from, to]): [Obj, Obj] => [
          config(conds.map((c) => written(c, from))),
          config(conds.map((c) => written(c, to))),
        ]);
        for (const [base, head] of pairs) {
          const [b, h] = [ajv.compile(base), ajv.compile(head)];
          for (const value of DOMAIN) expect(h(value), JSON.stringify({ base, head, value })).toBe(b(value));
        }
        const dir = await tempDir("codegen-diff-spellings-");
        dirs.push(dir);
        const pair = await jsonSchemaPairs(dir, Object.fromEntries(pairs.map((p, i) => [`c${i}`, p] as const)));
        const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
        const said = report.changes.filter((c) => c.severity !== "info");
        expect(said, JSON.stringify({ pairs, said })).toEqual([]);
        judged += pairs.length;
      },
    ),
    { numRuns: Number(process.env.SPELLING_RUNS ?? 30), seed: Number(process.env.SPELLING_SEED ?? 20261202) },
  );
  expect(judged).toBeGreaterThan(30);
});
