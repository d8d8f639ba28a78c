// The one sanitizer for output file names (generator/ir/naming.ts `fileName`)
// and the case-folded collision check over connectors' output files
// (check-ir), as given/want tables.

import { describe, expect, it } from "vitest";
import { checkIr } from "../../generator/ir/check-ir.js";
import { Diagnostics } from "../../generator/ir/diagnostics.js";
import type { IrConnector, IrProvider } from "../../generator/ir/ir.js";
import { connectorNames, fileName } from "../../generator/ir/naming.js";
import { caseCollisions } from "../../generator/output/write.js";

/** True when Windows (and every other file system we know) accepts `name` as one path segment. */
const windowsSafe = (name: string) =>
  name.length > 0 &&
  !/[<>:"/\\|?*\u0000-\u001f]/.test(name) &&
  !/[. ]$/.test(name) &&
  !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(name);

describe("fileName", () => {
  it.each([
    { name: "a plain code", given: "postgresql", want: "postgresql" },
    { name: "dots, dashes, underscores kept", given: "kafka-cloud_v2.1", want: "kafka-cloud_v2.1" },
    { name: "case kept", given: "MySQL", want: "MySQL" },
    { name: "newline", given: "a\nb", want: "a_b" },
    { name: "angle brackets and quote", given: 'x<y>"z"', want: "x_y__z_" },
    { name: "every Windows-reserved character", given: 'a<>:"/\\|?*b', want: "a_________b" },
    { name: "control characters", given: "a\u0000\u001fb\u007f", want: "a__b_" },
    { name: "spaces", given: "my db ", want: "my_db_" },
    { name: "trailing dots", given: "db..", want: "db_" },
    { name: "leading dot (hidden file)", given: ".env", want: "_env" },
    { name: "parent directory", given: "..", want: "_" },
    { name: "path separator", given: "../etc/passwd", want: "__etc_passwd" },
    { name: "empty", given: "", want: "_" },
    { name: "non-ASCII letters", given: "café", want: "caf_" },
    { name: "device name", given: "CON", want: "_CON" },
    { name: "device name in lower case", given: "nul", want: "_nul" },
    { name: "device name with an extension", given: "aux.v2", want: "_aux.v2" },
    { name: "COM port", given: "com1", want: "_com1" },
    { name: "LPT port", given: "LPT9", want: "_LPT9" },
    { name: "not a device name", given: "console", want: "console" },
    { name: "too long", given: "x".repeat(300), want: "x".repeat(120) },
    { name: "too long, cut at a dot", given: `${"x".repeat(119)}.y`, want: `${"x".repeat(119)}_` },
  ])("$name", ({ given, want }) => {
    expect(fileName(given)).toBe(want);
    expect(windowsSafe(`${want}.gen.ts`) && windowsSafe(want)).toBe(true);
  });
});

describe("connectorNames: every output path goes through fileName", () => {
  it.each([
    {
      name: "newline, < and quote in a code",
      given: { kind: "sources", code: 'my\n<db>"' },
      want: [
        "sources/my__db__.gen.ts",
        "dist/sources/my__db__.gen.js",
        "dist/sources/my__db__.gen.d.ts",
        "docs/sources/my__db__.md",
        "schemas/sources/my__db__.config.schema.json",
        "schemas/sources/my__db__.wire.schema.json",
      ],
    },
    {
      name: "a device name",
      given: { kind: "sources", code: "nul" },
      want: [
        "sources/_nul.gen.ts",
        "dist/sources/_nul.gen.js",
        "dist/sources/_nul.gen.d.ts",
        "docs/sources/_nul.md",
        "schemas/sources/_nul.config.schema.json",
        "schemas/sources/_nul.wire.schema.json",
      ],
    },
  ])("$name", ({ given, want }) => {
    expect(connectorNames(given.kind, given.code).paths).toEqual(want);
  });
});

const connector = (code: string): IrConnector =>
  ({
    kind: "sources",
    code,
    displayName: code,
    fields: [],
    source: { file: `connectors/sources/${code}.json` },
  }) as unknown as IrConnector;

describe("checkIr: output paths compared without case", () => {
  it.each([
    { name: "codes differing in case only", given: ["MySQL", "mysql"], want: { kept: ["MySQL"], left: ["mysql"] } },
    { name: "codes equal once sanitized", given: ["a<b", "a_b"], want: { kept: ["a<b"], left: ["a_b"] } },
    {
      name: "sanitized and case-folded",
      given: ["Db\n1", "db_1", "other"],
      want: { kept: ["Db\n1", "other"], left: ["db_1"] },
    },
    { name: "no collision", given: ["a", "b"], want: { kept: ["a", "b"], left: [] } },
  ])("$name", ({ given, want }) => {
    const ir: IrProvider = { provider: "p", kinds: [], connectors: given.map(connector) };
    const diags = new Diagnostics();
    checkIr(ir, diags);
    expect(ir.connectors.map((c) => c.code)).toEqual(want.kept);
    const warned = diags.warnings.filter((w) => w.rule === "file-name-collision");
    expect(warned.map((w) => w.connector)).toEqual(want.left.map((c) => `sources/${c}`));
    // Each warning names both connectors.
    for (const w of warned) expect(w.message).toMatch(/is also written for sources\//);
    expect(diags.errors.filter((e) => e.rule === "name-collision" && /module path/.test(e.message))).toEqual([]);
  });
});

describe("caseCollisions", () => {
  it.each([
    {
      name: "snapshot files differing in case",
      given: ["connectors/sources/MySQL.json", "connectors/sources/mysql.json", "openapi.json"],
      want: [{ path: "connectors/sources/mysql.json", earlier: "connectors/sources/MySQL.json" }],
    },
    { name: "none", given: ["a.ts", "b.ts"], want: [] },
  ])("$name", ({ given, want }) => {
    expect(caseCollisions(given.map((path) => ({ path, content: "" })))).toEqual(want);
  });
});
