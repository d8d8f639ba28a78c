// The config's own extra keys against Ajv: random pairs of what a config schema says of keys it does not list
// (`additionalProperties` or `unevaluatedProperties`: absent, true, false, {}, or a value schema of one kind or
// of several), beside one declared property, diffed as one connector each (many in one snapshot pair, as the
// command diffs them). Ajv, on the schemas as written, judges configs with extra keys of several kinds: a verdict
// with nothing breaking must lose no config the base took, and a breaking one must lose one. Not drawn:
// `patternProperties` beside them, which the diff compares as written (the README says so), and which this
// property, drawing them, finds false breaking verdicts for (patterns added to a config whose extra keys took
// values of their type already, for one). EXTRA_KEYS_RUNS and EXTRA_KEYS_SEED set the runs and the seed.

import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { afterAll, expect, it } from "vitest";
import { diffSnapshots } from "../generator/diff/diff.js";
import { jsonSchemaPairs, removeDir, tempDir } from "./helpers.js";

type Obj = Record<string, unknown>;
const ajv = new Ajv2020({ strict: false });
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map(removeDir)));

const VALUE_SCHEMAS: unknown[] = [
  undefined,
  true,
  false,
  {},
  { type: "string" },
  { type: "string", description: "a tag" },
  { type: "string", maxLength: 2 },
  { type: ["string", "integer"] },
  { type: "integer" },
  { type: "integer", maximum: 5 },
  { enum: ["s", 1] },
];
const sideArb = fc.record({
  keyword: fc.constantFrom("additionalProperties", "unevaluatedProperties"),
  value: fc.constantFrom(...VALUE_SCHEMAS),
  patterns: fc.constant(false),
});
type Side = { keyword: string; value: unknown; patterns: boolean };
const schemaOf = (s: Side): Obj => ({
  type: "object",
  properties: { a: { type: "string" } },
  ...(s.patterns ? { patternProperties: { "^x": { type: "integer" } } } : {}),
  ...(s.value === undefined ? {} : { [s.keyword]: s.value }),
});

const EXTRA = [undefined, "s", "stu", "", 1, 7, 2.5, true, null, {}];
const CONFIGS: Obj[] = [];
for (const extra of EXTRA)
  for (const x of [undefined, 3, "s"])
    CONFIGS.push({
      a: "v",
      ...(extra === undefined ? {} : { b: extra }),
      ...(x === undefined ? {} : { x1: x }),
    });

it("the config's extra keys: a verdict is breaking exactly when Ajv rejects a config it accepted", async () => {
  let judged = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(sideArb, sideArb), { minLength: 1, maxLength: 8 }), async (sides) => {
      const pairs = sides.map(([b, h]): [Obj, Obj] => [schemaOf(b), schemaOf(h)]);
      const dir = await tempDir("codegen-diff-extra-keys-");
      dirs.push(dir);
      const pair = await jsonSchemaPairs(dir, Object.fromEntries(pairs.map((p, i) => [`c${i}`, p] as const)));
      const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
      for (const [i, [base, head]] of pairs.entries()) {
        const [b, h] = [ajv.compile(base), ajv.compile(head)];
        const lost = CONFIGS.filter((c) => b(c) && !h(c));
        const said = report.changes.filter((c) => c.connector === `sources/c${i}` && c.severity === "breaking");
        expect(said.length > 0, JSON.stringify({ base, head, lost, said })).toBe(lost.length > 0);
        judged++;
      }
    }),
    { numRuns: Number(process.env.EXTRA_KEYS_RUNS ?? 25), seed: Number(process.env.EXTRA_KEYS_SEED ?? 20261202) },
  );
  expect(judged).toBeGreaterThan(25);
});
