// Extra keys against Ajv: random pairs of what a config schema says of keys it does not list
// (`additionalProperties` or `unevaluatedProperties`: absent, true, false, {}, or a value schema of one kind or
// of several; and `patternProperties`: none, or patterns that may overlap, each with a value schema), beside one
// declared property, as the config itself or as an object field of it, diffed as one connector each (many in one
// snapshot pair, as the command diffs them). Ajv, on the schemas as written, judges configs with one extra key
// of several names and values: a verdict with nothing breaking must lose no config the base took, and a breaking
// one must lose one. Not drawn: a pattern matching the declared key, which the diff compares as written (the
// README says so). EXTRA_KEYS_RUNS and EXTRA_KEYS_SEED set the runs and the seed.

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
/** None, or patterns (overlapping ones too, and one refusing its keys' values), none matching the declared `a`. */
const PATTERNS: (Obj | undefined)[] = [
  undefined,
  { "^x": { type: "integer" } },
  { "^x": {} },
  { "^x": { type: "string" } },
  { "^y": { type: "integer" } },
  { "^x": { type: "integer" }, "^y": {} },
  { "^(x|y)": { type: "string" } },
  { "1$": { type: "integer", maximum: 5 } },
  { "^x": false },
];
const sideArb = fc.record({
  keyword: fc.constantFrom("additionalProperties", "unevaluatedProperties"),
  value: fc.constantFrom(...VALUE_SCHEMAS),
  patterns: fc.constantFrom(...PATTERNS),
});
type Side = { keyword: string; value: unknown; patterns: Obj | undefined };
const schemaOf = (s: Side): Obj => ({
  type: "object",
  properties: { a: { type: "string" } },
  ...(s.patterns !== undefined ? { patternProperties: s.patterns } : {}),
  ...(s.value === undefined ? {} : { [s.keyword]: s.value }),
});

// Keys of each region the patterns make (each pattern's alone, both of ^x and 1$, none), with values of each kind.
const KEYS = ["b", "x", "x1", "y", "y1", "z1"];
const EXTRA = ["s", "stu", "", 1, 3, 7, 9, -1, 2.5, true, null, {}];
const CONFIGS: Obj[] = [{ a: "v" }];
for (const key of KEYS) for (const extra of EXTRA) CONFIGS.push({ a: "v", [key]: extra });

/**
 * Draws pairs of sides, diffs them as connectors (`place` puts a side's schema and a config where they are
 * judged), and holds each verdict to Ajv's: breaking exactly when a config the base took is rejected now.
 * `authorsOnly`: a change that breaks only authored configs (their types), which Ajv does not judge.
 */
async function judgedAgainstAjv(
  place: { schema: (s: Obj) => Obj; config: (c: Obj) => Obj },
  authorsOnly: (message: string) => boolean = () => false,
): Promise<number> {
  let judged = 0;
  const configs = CONFIGS.map(place.config);
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(sideArb, sideArb), { minLength: 1, maxLength: 8 }), async (sides) => {
      const pairs = sides.map(([b, h]): [Obj, Obj] => [place.schema(schemaOf(b)), place.schema(schemaOf(h))]);
      const dir = await tempDir("codegen-diff-extra-keys-");
      dirs.push(dir);
      const pair = await jsonSchemaPairs(dir, Object.fromEntries(pairs.map((p, i) => [`c${i}`, p] as const)));
      const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
      for (const [i, [base, head]] of pairs.entries()) {
        const [b, h] = [ajv.compile(base), ajv.compile(head)];
        const lost = configs.filter((c) => b(c) && !h(c));
        const said = report.changes.filter(
          (c) => c.connector === `sources/c${i}` && c.severity === "breaking" && !authorsOnly(c.message),
        );
        expect(said.length > 0, JSON.stringify({ base, head, lost, said })).toBe(lost.length > 0);
        judged++;
      }
    }),
    { numRuns: Number(process.env.EXTRA_KEYS_RUNS ?? 25), seed: Number(process.env.EXTRA_KEYS_SEED ?? 20261202) },
  );
  return judged;
}

it("the config's extra keys: a verdict is breaking exactly when Ajv rejects a config it accepted", async () => {
  expect(await judgedAgainstAjv({ schema: (s) => s, config: (c) => c })).toBeGreaterThan(25);
});

it("an object field's extra keys: a verdict is breaking exactly when Ajv rejects a config it accepted", async () => {
  const judged = await judgedAgainstAjv(
    { schema: (s) => ({ type: "object", properties: { o: s } }), config: (c) => ({ o: c }) },
    // Authors' types closed to extra keys the wire still takes (additionalProperties left out, beside a property).
    (message) => message.includes("no longer takes extra keys from authors"),
  );
  expect(judged).toBeGreaterThan(25);
});
