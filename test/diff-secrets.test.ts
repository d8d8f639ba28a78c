// Secrets are never printed: a change that involves a secret's values is reported without them, in
// every format, wherever the schema writes them (the secret's own schema, an `if` or `not` that tests
// it, a parent object's default or listed values, array items or extra keys marked secret). Each case
// is a json-schema snapshot pair run through the command's entry point.

import { cp, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedProvider } from "../generator/config/config.js";
import { diffSnapshots } from "../generator/diff/diff.js";
import { DIFF_FORMATS, formatReport } from "../generator/diff/format.js";
import { jsonSchemaPair, removeDir, tempDir } from "./helpers.js";

type Schema = Record<string, unknown>;
const SECRET = "HUNTER2";
const sec = (more: Schema = {}): Schema => ({ type: "string", writeOnly: true, ...more });
const object = (properties: Schema, more: Schema = {}): Schema => ({ type: "object", properties, ...more });

const CASES: { name: string; base: Schema; head: Schema }[] = [
  {
    name: "a secret's default",
    base: object({ p: sec({ default: "HUNTER1" }) }),
    head: object({ p: sec({ default: SECRET }) }),
  },
  {
    name: "an if that tests a secret, requiring another key",
    base: object({ p: sec(), q: { type: "string" } }),
    head: object(
      { p: sec(), q: { type: "string" } },
      { if: { properties: { p: { const: SECRET } }, required: ["p"] }, then: { required: ["q"] } },
    ),
  },
  {
    name: "an if that tests a secret, bounding another key",
    base: object(
      { p: sec(), q: { type: "integer" } },
      { if: { properties: { p: { const: SECRET } }, required: ["p"] }, then: { properties: { q: { maximum: 5 } } } },
    ),
    head: object(
      { p: sec(), q: { type: "integer" } },
      { if: { properties: { p: { const: SECRET } }, required: ["p"] }, then: { properties: { q: { maximum: 4 } } } },
    ),
  },
  {
    name: "an else under an if on a secret's pattern",
    base: object({ p: sec(), q: { type: "string" } }),
    head: object(
      { p: sec(), q: { type: "string" } },
      { if: { properties: { p: { pattern: `^${SECRET}` } } }, else: { required: ["q"] } },
    ),
  },
  {
    name: "dependentSchemas that fix a secret",
    base: object({ p: sec(), q: { type: "string" } }),
    head: object(
      { p: sec(), q: { type: "string" } },
      { dependentSchemas: { q: { properties: { p: { const: SECRET } } } } },
    ),
  },
  {
    name: "a parent object's default",
    base: object({ o: object({ p: sec() }, { default: { p: "HUNTER1" } }) }),
    head: object({ o: object({ p: sec() }, { default: { p: SECRET } }) }),
  },
  {
    name: "a parent object's listed values",
    base: object({ o: object({ p: sec() }, { enum: [{ p: "HUNTER1" }, { p: SECRET }] }) }),
    head: object({ o: object({ p: sec() }, { enum: [{ p: "HUNTER1" }] }) }),
  },
  {
    name: "a not on the parent that names a secret's value",
    base: object({ o: object({ p: sec() }) }),
    head: object({ o: object({ p: sec() }, { not: { properties: { p: { const: SECRET } }, required: ["p"] } }) }),
  },
  {
    name: "secret array items' listed values",
    base: object({ p: { type: "array", items: sec({ enum: ["HUNTER1", SECRET] }) } }),
    head: object({ p: { type: "array", items: sec({ enum: ["HUNTER1"] }) } }),
  },
  {
    name: "contains on an array of secrets",
    base: object({ p: { type: "array", items: sec() } }),
    head: object({ p: { type: "array", items: sec(), contains: { const: SECRET } } }),
  },
  {
    name: "secret extra keys' listed values",
    base: object({ o: { type: "object", additionalProperties: sec({ enum: ["HUNTER1", SECRET] }) } }),
    head: object({ o: { type: "object", additionalProperties: sec({ enum: ["HUNTER1"] }) } }),
  },
  {
    // The dialect leaves an invalid default out, and the diff says why: for a secret, without the value.
    name: "a new required secret whose default is not valid",
    base: object({ q: { type: "string" } }),
    head: object({ q: { type: "string" }, p: sec({ minLength: 20, default: SECRET }) }, { required: ["p"] }),
  },
  {
    // Estuary's connectors mark secrets with `secret: true`.
    name: "an Estuary secret's default",
    base: object({ password: { type: "string", secret: true, default: "HUNTER1" } }),
    head: object({ password: { type: "string", secret: true, default: SECRET } }),
  },
  {
    // Past 256 secret values, every value in the connector's messages is hidden: the work stays bounded.
    name: "a parent object's many listed values",
    base: object({
      o: object({ p: sec() }, { enum: Array.from({ length: 300 }, (_, i) => ({ p: `${SECRET}-${i}` })) }),
    }),
    head: object({
      o: object({ p: sec() }, { enum: Array.from({ length: 299 }, (_, i) => ({ p: `${SECRET}-${i}` })) }),
    }),
  },
];

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-diff-secrets-");
});
afterAll(async () => {
  await removeDir(work);
});

describe("secrets in the diff", () => {
  it.each(CASES)("$name: reported, the value shown in no format", async ({ name, base, head }) => {
    const pair = await jsonSchemaPair(join(work, name.replace(/[^a-z0-9]+/gi, "-")), base, head);
    const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
    expect(report.changes.length).toBeGreaterThan(0);
    for (const format of DIFF_FORMATS) expect(formatReport(report, format), format).not.toContain("HUNTER");
  });
});

it("a new required field whose default is not valid says so, with why", async () => {
  const pair = await jsonSchemaPair(
    join(work, "invalid-default"),
    object({ q: { type: "string" } }),
    object({ q: { type: "string" }, mode: { type: "object", default: "CDC" } }, { required: ["mode"] }),
  );
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => c.message)).toEqual([
    'new required field "mode" has no default (the one it writes is left out: default "CDC" is not valid: expected an object)',
  ]);
});

it("a field-list condition that tests a secret's value does not show the value", async () => {
  const dir = join(work, "field-list-condition");
  const from = resolve(import.meta.dirname, "cases/diff/field-list/base");
  await cp(from, join(dir, "base"), { recursive: true });
  await cp(from, join(dir, "head"), { recursive: true });
  const file = join(dir, "head/connectors/sources/demo-db.json");
  const spec = JSON.parse(await readFile(file, "utf8")) as { config: Schema[] };
  const user = spec.config.find((f) => f.name === "ssh.user")!;
  // database.password is `encrypt: true`; one condition compares it, the other is "in" a list of its values.
  user.conditions = [
    ...(user.conditions as Schema[]),
    { operator: "NE", config: "database.password", value: SECRET },
    { operator: "IN", config: "database.password", value: ["HUNTER3", "HUNTER4"] },
  ];
  await writeFile(file, JSON.stringify(spec));
  const provider: ResolvedProvider = {
    name: "demo",
    dialect: "field-list",
    suffixes: [".user.defined", ".user.displayed"],
    snapshot: join(dir, "head"),
    out: join(dir, "out"),
    snapshotDir: join(dir, "head"),
    outDir: join(dir, "out"),
    kinds: { sources: { connectorProperty: "connector" }, destinations: { connectorProperty: "connector" } },
  };
  const report = await diffSnapshots(provider, join(dir, "base"), join(dir, "head"), { cache: false });
  expect(report.changes.map((c) => `${c.rule} ${c.field}`)).toContain("required-when-changed ssh.user");
  for (const format of DIFF_FORMATS) expect(formatReport(report, format), format).not.toContain("HUNTER");
});

it("a secret's bounds are not shown, and a message whose values differ only in secrets says they are hidden", async () => {
  const parent = (pin: string) => ({ type: "object", properties: { pin: sec() }, default: { pin } });
  const pair = await jsonSchemaPair(
    join(work, "bounds"),
    object({ n: sec({ type: "integer", maximum: 999999 }), s: sec({ minLength: 32 }), o: parent("HUNTER1") }),
    object({ n: sec({ type: "integer", maximum: 888888 }), s: sec({ minLength: 40 }), o: parent(SECRET) }),
  );
  const report = await diffSnapshots(pair.provider, pair.base, pair.head, { cache: false });
  expect(report.changes.map((c) => `${c.rule} ${c.field}: ${c.message}`)).toEqual([
    "range-tightened n: a bound tightened: values outside it are rejected (a secret field: its values are not shown)",
    "range-tightened s: a bound tightened: values outside it are rejected (a secret field: its values are not shown)",
    'default-changed o: default changed from {"pin":"<secret>"} to {"pin":"<secret>"}: configs that relied on it behave differently (a secret\'s values are shown as "<secret>")',
  ]);
  for (const format of DIFF_FORMATS) expect(formatReport(report, format), format).not.toMatch(/HUNTER|999|888|32|40/);
});
