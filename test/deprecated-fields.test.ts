// A field the schema marks deprecated (`deprecated: true`, on the property or beside its $ref; at the top, in
// an object field and in an array's objects): still accepted, typed `@deprecated`, and given, a "deprecated"
// warning from validate and validateWire asked for one (`{ deprecated: true }`, as the validate command asks)
// that fails nothing (isValid, the Standard Schema, the builders). Not asked, a valid config has no problem.

import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../generator/pipeline.js";
import { validateText, type Providers } from "../templates/validate-text.js";
import { providerFor, removeDir, tempDir } from "./helpers.js";

interface Problem {
  path: string;
  wirePath: string;
  code: string;
  message: string;
  severity?: "warning";
}
interface AppModule {
  validate(config: unknown, options?: { deprecated?: boolean }): Problem[];
  validateWire(wire: unknown, options?: { deprecated?: boolean }): Problem[];
  isValid(config: unknown): boolean;
  create(input: unknown): { body: { config: Record<string, unknown> } };
  standardSchema: { "~standard": { validate(value: unknown): { issues?: unknown[] } } };
}

const SCHEMA = {
  type: "object",
  properties: {
    host: { type: "string" },
    "old.port": { type: "integer", deprecated: true },
    region: { $ref: "#/$defs/region", deprecated: true },
    tls: {
      type: "object",
      properties: { mode: { type: "string" }, legacy_cipher: { type: "string", deprecated: true } },
    },
    routes: {
      type: "array",
      items: { type: "object", properties: { to: { type: "string" }, weight: { type: "number", deprecated: true } } },
    },
  },
  required: ["host"],
  $defs: { region: { type: "string", enum: ["eu", "us"] } },
};

let work: string;
let app: AppModule;
let source: string;
let index: Providers[string];

beforeAll(async () => {
  work = await tempDir("codegen-deprecated-");
  const snapshot = join(work, "snapshot");
  await mkdir(join(snapshot, "connectors/sources"), { recursive: true });
  await cp(resolve(import.meta.dirname, "cases/diff/json-schema/base/openapi.json"), join(snapshot, "openapi.json"));
  await writeFile(join(snapshot, "connectors/sources/app.json"), JSON.stringify(SCHEMA));
  const out = join(work, "out");
  const provider = providerFor(snapshot, out, {
    dialect: "json-schema",
    suffixes: [],
    kinds: { sources: { connectorProperty: "connector" } },
  });
  await run(provider, "write", { cache: false });
  source = await readFile(join(out, "sources/app.gen.ts"), "utf8");
  app = (await import(pathToFileURL(join(out, "sources/app.gen.ts")).href)) as AppModule;
  index = (await import(pathToFileURL(join(out, "index.ts")).href)) as Providers[string];
}, 120_000);

afterAll(async () => {
  await removeDir(work);
});

/** validate and validateWire asked to warn of deprecated fields, as the validate command asks. */
const warned = (config: unknown) => app.validate(config, { deprecated: true });
const warnedWire = (wire: unknown) => app.validateWire(wire, { deprecated: true });

const warning = (path: string, wirePath: string) => ({
  path,
  wirePath,
  code: "deprecated",
  message: `${path === wirePath ? path : `${path} (${wirePath})`}: deprecated: the schema marks this field deprecated; it is still accepted`,
  severity: "warning",
});

describe("a deprecated field", () => {
  it("is typed @deprecated", () => {
    expect(source.match(/@deprecated The schema marks this field deprecated/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it("given, is a warning at its place, at every depth; not given, nothing", () => {
    const config = {
      host: "h",
      oldPort: 5,
      region: "eu",
      tls: { mode: "m", legacyCipher: "c" },
      routes: [{ to: "a" }, { to: "b", weight: 1 }],
    };
    expect(warned(config)).toEqual([
      warning("oldPort", "old.port"),
      warning("region", "region"),
      warning("tls.legacyCipher", "tls.legacy_cipher"),
      warning("routes[1].weight", "routes[1].weight"),
    ]);
    expect(app.isValid(config)).toBe(true);
    expect(app.standardSchema["~standard"].validate(config).issues).toBeUndefined();
    expect(app.create({ name: "n", config }).body.config).toMatchObject({ "old.port": 5, region: "eu" });
    expect(warned({ host: "h", tls: { mode: "m" }, routes: [{ to: "a" }] })).toEqual([]);
  });

  it("given on the wire, is a warning though the schema takes the config", () => {
    expect(warnedWire({ host: "h", "old.port": 5, tls: { legacy_cipher: "c" } })).toEqual([
      warning("oldPort", "old.port"),
      warning("tls.legacyCipher", "tls.legacy_cipher"),
    ]);
    expect(warnedWire({ host: "h" })).toEqual([]);
  });

  it("not asked for, is no problem: a valid config's list stays empty", () => {
    const config = { host: "h", oldPort: 5, tls: { legacyCipher: "c" } };
    expect(app.validate(config)).toEqual([]);
    expect(app.validateWire({ host: "h", "old.port": 5, tls: { legacy_cipher: "c" } })).toEqual([]);
  });

  it("in a config file, the validate command shows the warning at its key", () => {
    const text =
      "provider: demo\nkind: sources\nconnector: app\nname: n\nconfig:\n  host: h\n  tls:\n    legacyCipher: c\n";
    expect(validateText({ demo: index }, text, { file: "app.yaml" })).toEqual([
      {
        file: "app.yaml",
        line: 8,
        column: 5,
        path: "config.tls.legacyCipher",
        wirePath: "config.tls.legacy_cipher",
        code: "deprecated",
        message: "deprecated: the schema marks this field deprecated; it is still accepted",
        severity: "warning",
      },
    ]);
  });

  it("is a warning beside the errors of the same config", () => {
    const problems = warned({ oldPort: "x" });
    expect(problems.filter((p) => p.severity === "warning")).toEqual([warning("oldPort", "old.port")]);
    expect(
      problems
        .filter((p) => p.severity !== "warning")
        .map((p) => p.code)
        .sort(),
    ).toEqual(["required", "type"]);
    expect(app.isValid({ oldPort: "x" })).toBe(false);
  });
});
