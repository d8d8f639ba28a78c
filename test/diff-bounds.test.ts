// The diff's work on one connector stays linear in its schema where the schema shares what it refers
// to: many keywords that `$ref` one large target, and a `$ref` graph whose targets are shared (each
// reached by 2^depth paths) under a secret. Each case is a json-schema snapshot pair run through the
// command's entry point; before, the first ran out of memory and the second ran for minutes and
// gave up on comparing the connector's unmodeled keywords.

import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { diffSnapshots } from "../generator/diff/diff.js";
import { jsonSchemaPair, removeDir, tempDir } from "./helpers.js";

type Schema = Record<string, unknown>;

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-diff-bounds-");
});
afterAll(async () => {
  await removeDir(work);
});

async function diffOf(name: string, base: Schema, head: Schema) {
  const pair = await jsonSchemaPair(join(work, name), base, head);
  return diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
}

it("2,000 keywords that $ref one 1 MB target: each change names the target by a digest", async () => {
  const values = (n: number) => Array.from({ length: n }, (_, i) => `value-${String(i).padStart(7, "0")}`);
  const schema = (n: number): Schema => ({
    type: "object",
    $defs: { big: { type: "string", enum: values(n) } },
    properties: Object.fromEntries(
      Array.from({ length: 2000 }, (_, i) => [`p${i}`, { type: "string", not: { $ref: "#/$defs/big" } }]),
    ),
  });
  // The head lists one value more: every `not` that refers to it changed.
  const report = await diffOf("many-refs", schema(60_000), schema(60_001));
  const added = report.changes.filter((c) => c.rule === "constraint-added");
  expect(added).toHaveLength(2000);
  expect(added[0]!.message).toMatch(
    /^not \{"\$ref":"#\/\$defs\/(\w*)big"\} \(\$ref #\/\$defs\/\1big: #[0-9a-f]{16}\) added$/,
  );
});

it("a $ref graph of 2^20 paths under a secret: walked once, its keywords compared", async () => {
  const depth = 20;
  const $defs: Schema = Object.fromEntries(
    Array.from({ length: depth }, (_, i) => [
      `d${i}`,
      { allOf: [{ $ref: `#/$defs/d${i + 1}` }, { $ref: `#/$defs/d${i + 1}` }] },
    ]),
  );
  $defs[`d${depth}`] = { type: "string", enum: Array.from({ length: 20_000 }, (_, i) => `v${i}`) };
  const schema = (q: Schema): Schema => ({
    type: "object",
    $defs,
    properties: { s: { $ref: "#/$defs/d0", writeOnly: true }, q },
    additionalProperties: false,
  });
  const report = await diffOf("secret-graph", schema({ type: "string" }), schema({ type: "string", maxLength: 3 }));
  expect(report.changes.map((c) => `${c.rule} ${c.field}: ${c.message}`)).toEqual([
    "range-tightened q: maxLength 3 added",
  ]);
});
