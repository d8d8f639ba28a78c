// A declared rename (`diff.renames`) keeps the field's former keys as
// deprecated aliases: the former authoring key still type-checks (marked
// deprecated), validates with a warning, and the builders send the new wire
// key; given with the new key it is an error. The snapshot is the head of
// test/cases/diff/declared-rename, where `db.pass` became `database.password`.

import { cp, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../generator/ir/diagnostics.js";
import { buildIr, run } from "../generator/pipeline.js";
import { validateCommand } from "../templates/validate-files.js";
import { validateText, type Providers } from "../templates/validate-text.js";
import { providerFor, removeDir, tempDir, typeCheck, unionProvider } from "./helpers.js";

const SNAPSHOT = resolve(import.meta.dirname, "cases/diff/declared-rename/head");

interface Problem {
  path: string;
  wirePath: string;
  code: string;
  message: string;
  severity?: "warning";
}
interface RenamedModule {
  validate(config: unknown): Problem[];
  validateWire(wire: unknown): Problem[];
  isValidWire(wire: unknown): boolean;
  isValid(config: unknown): boolean;
  toWire(config: unknown): Record<string, unknown>;
  read(wire: unknown): { config: Record<string, unknown>; problems: Problem[] };
  create(input: unknown): { body: { config: Record<string, unknown> } };
  standardSchema: { "~standard": { validate(value: unknown): { issues?: unknown[] } } };
}

let work: string;
let out: string;
let warnings: Diagnostic[];
let renamed: RenamedModule;
let index: Providers[string];
/** A connector whose schema takes keys it does not list (open), `account` renamed to `account_id`, `secret_key` to `client_secret`. */
let openStripe: RenamedModule;

beforeAll(async () => {
  work = await tempDir("renames-");
  out = join(work, "out");
  const provider = providerFor(SNAPSHOT, out, {
    diff: {
      renames: {
        "sources/renamed": {
          "db.pass": "database.password",
          "db.password": "database.password",
          "db.gone": "db.new",
          "db.host": "db.user",
        },
        "sources/missing": { a: "b" },
      },
    },
  });
  const result = await run(provider, "write", { cache: false });
  warnings = result.warnings;
  renamed = (await import(pathToFileURL(join(out, "sources/renamed.gen.ts")).href)) as RenamedModule;
  index = (await import(pathToFileURL(join(out, "index.ts")).href)) as Providers[string];
  const open = {
    ...unionProvider(resolve(SNAPSHOT, "../../../union/input"), join(work, "open")),
    diff: { renames: { "sources/stripe": { account: "account_id", secret_key: "client_secret" } } },
  };
  await run(open, "write", { cache: false });
  openStripe = (await import(pathToFileURL(join(work, "open/sources/stripe.gen.ts")).href)) as RenamedModule;
}, 120_000);

afterAll(async () => {
  await removeDir(work);
});

const VALID = { dbHost: "h", dbUser: "u" };

describe("a declared rename", () => {
  it("warns about renames that name keys the connector does not fit, at the config entry", () => {
    const renameWarnings = warnings.filter((w) => w.rule === "rename").map((w) => [w.pointer, w.message]);
    expect(renameWarnings).toEqual([
      ["/diff/renames/sources~1renamed/db.gone", 'rename to "db.new", which this connector does not have: no alias'],
      ["/diff/renames/sources~1renamed/db.host", 'rename from "db.host", which this connector still has: no alias'],
      ["/diff/renames/sources~1missing", 'renames name connector "sources/missing", which the snapshot does not have'],
    ]);
    expect(warnings.find((w) => w.rule === "rename")?.file).toBe("codegen.config.ts");
  });

  it("accepts the former authoring key with a deprecation warning that does not fail validation", () => {
    const problems = renamed.validate({ ...VALID, dbPass: "secret" });
    expect(problems).toEqual([
      {
        path: "dbPass",
        wirePath: "db.pass",
        code: "deprecated",
        message: 'dbPass (db.pass): deprecated: renamed to "databasePassword"',
        severity: "warning",
      },
    ]);
    expect(renamed.isValid({ ...VALID, dbPass: "secret" })).toBe(true);
    expect(renamed.standardSchema["~standard"].validate({ ...VALID, dbPass: "secret" }).issues).toBeUndefined();
  });

  it("sends the new wire key from a config written with the former key", () => {
    expect(renamed.toWire({ ...VALID, dbPass: "secret" })).toEqual({
      "db.host": "h",
      "db.user": "u",
      "database.password": "secret",
    });
    const request = renamed.create({ name: "n", config: { ...VALID, dbPass: "secret" } });
    expect(request.body.config).toEqual({ "db.host": "h", "database.password": "secret", "db.user": "u" });
    expect(JSON.stringify(request.body)).not.toContain("db.pass");
  });

  it("rejects the former and the new key given together, naming both", () => {
    const config = { ...VALID, dbPass: "old", databasePassword: "new" };
    const problems = renamed.validate(config);
    expect(problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      [
        "deprecated",
        undefined,
        'dbPass (db.pass): renamed to "databasePassword", which is given too; give only "databasePassword"',
      ],
    ]);
    expect(renamed.isValid(config)).toBe(false);
    expect(() => renamed.create({ name: "n", config })).toThrow(/dbPass.*databasePassword/);
    expect(() => renamed.toWire(config)).toThrow(/dbPass.*databasePassword/);
  });

  it("rejects two former keys of one field given together, naming both", () => {
    const config = { ...VALID, dbPassword: "two", dbPass: "one" };
    const message = '"dbPassword" and "dbPass" are both renamed to "databasePassword"; give only "databasePassword"';
    const problems = renamed.validate(config);
    expect(problems.map((p) => [p.path, p.code, p.severity, p.message])).toEqual([
      ["dbPass", "deprecated", undefined, `dbPass (db.pass): ${message}`],
      ["dbPassword", "deprecated", undefined, `dbPassword (db.password): ${message}`],
    ]);
    expect(renamed.isValid(config)).toBe(false);
    expect(renamed.standardSchema["~standard"].validate(config).issues).toHaveLength(2);
    expect(() => renamed.toWire(config)).toThrow(/dbPassword" and "dbPass" are both renamed/);
    expect(() => renamed.create({ name: "n", config })).toThrow(/dbPassword" and "dbPass" are both renamed/);
    // Either former key alone is still a deprecated alias.
    expect(renamed.toWire({ ...VALID, dbPassword: "two" })).toEqual({
      "db.host": "h",
      "db.user": "u",
      "database.password": "two",
    });
    // A response holding both is read (the first of them kept), with the problem as a warning.
    const read = renamed.read({ "db.host": "h", "db.user": "u", "db.pass": "one", "db.password": "two" });
    expect(read.config).toEqual({ dbHost: "h", dbUser: "u", databasePassword: "one" });
    expect(read.problems.map((p) => [p.path, p.severity, p.message])).toEqual([
      [
        "dbPass",
        "warning",
        'dbPass (db.pass): "db.pass" and "db.password" are both renamed to "database.password"; give only "database.password"',
      ],
      [
        "dbPassword",
        "warning",
        'dbPassword (db.password): "db.pass" and "db.password" are both renamed to "database.password"; give only "database.password"',
      ],
    ]);
  });

  it("reads a wire config holding the former wire key as the new field", () => {
    const read = renamed.read({ "db.host": "h", "db.user": "u", "db.pass": "secret" });
    expect(read.config).toEqual({ dbHost: "h", dbUser: "u", databasePassword: "secret" });
    expect(read.problems.map((p) => [p.path, p.code, p.severity])).toEqual([["dbPass", "deprecated", "warning"]]);
  });

  it.each([
    // given a wire config, want its problems (path, code, severity, message)
    [
      "a former wire key alone: read as the new key, with a warning",
      () => renamed,
      { "db.host": "h", "db.user": "u", "db.pass": "s" },
      [["dbPass", "deprecated", "warning", 'dbPass (db.pass): deprecated: renamed to "database.password"']],
    ],
    [
      "the former and the new wire key together: an error naming both",
      () => renamed,
      { "db.host": "h", "db.user": "u", "db.pass": "s", "database.password": "t" },
      [
        [
          "dbPass",
          "deprecated",
          undefined,
          'dbPass (db.pass): renamed to "database.password", which is given too; give only "database.password"',
        ],
      ],
    ],
    [
      "a former wire key in an open config: read as the new key, with a warning",
      () => openStripe,
      { sourceType: "stripe", secret_key: "s" },
      [["secretKey", "deprecated", "warning", 'secretKey (secret_key): deprecated: renamed to "client_secret"']],
    ],
    [
      "a former wire key its schema takes as an extra key (open): the config valid as it is, still warned",
      () => openStripe,
      { sourceType: "stripe", client_secret: "s", account: "a" },
      [["account", "deprecated", "warning", 'account: deprecated: renamed to "account_id"']],
    ],
    [
      "a former and the new wire key in a config its schema takes as it is (open): an error naming both",
      () => openStripe,
      { sourceType: "stripe", client_secret: "s", secret_key: "t" },
      [
        [
          "secretKey",
          "deprecated",
          undefined,
          'secretKey (secret_key): renamed to "client_secret", which is given too; give only "client_secret"',
        ],
      ],
    ],
    ["the new wire key: no problem", () => renamed, { "db.host": "h", "db.user": "u", "database.password": "s" }, []],
  ])("validateWire takes %s", (_, module, wire, want) => {
    expect(
      module()
        .validateWire(wire)
        .map((p) => [p.path, p.code, p.severity, p.message]),
    ).toEqual(want);
  });

  it("the validate command takes a former wire key in a wire-key config, with the warning naming the new key", () => {
    const wire = "config:\n  db.host: replica.internal\n  db.pass: hunter2\n  db.user: loader\n";
    for (const text of [
      `provider: demo\nkind: sources\nconnector: renamed\nname: n\nkeys: wire\n${wire}`,
      // The side told from the keys.
      `provider: demo\nkind: sources\nconnector: renamed\nname: n\n${wire}`,
    ])
      expect(validateText({ demo: index }, text, { file: "wire.yaml" })).toEqual([
        {
          file: "wire.yaml",
          line: text.split("\n").indexOf("  db.pass: hunter2") + 1,
          column: 3,
          path: "config.dbPass",
          wirePath: "config.db.pass",
          code: "deprecated",
          message: 'deprecated: renamed to "database.password"',
          severity: "warning",
        },
      ]);
  });

  it.each([
    // given the config's lines, want the wrong value's problem
    [
      "authoring key",
      "config:\n  dbHost: h\n  dbUser: u\n  dbPass: 12345\n",
      ["8:11", "config.dbPass", "config.db.pass", '"dbPass" is the deprecated alias of "databasePassword"'],
    ],
    [
      "wire key",
      "keys: wire\nconfig:\n  db.host: h\n  db.user: u\n  db.pass: 12345\n",
      ["9:12", "config.dbPass", "config.db.pass", '"db.pass" is the deprecated alias of "database.password"'],
    ],
  ])("the validate command places a wrong value under a former %s at that key, naming it", (_, body, want) => {
    const [place, path, wirePath, alias] = want;
    const text = `provider: demo\nkind: sources\nconnector: renamed\nname: n\n${body}`;
    const problems = validateText({ demo: index }, text, { file: "old.yaml" });
    expect(problems.map((p) => [`${p.line}:${p.column}`, p.path, p.wirePath, p.code, p.message])).toEqual([
      [`${place!.split(":")[0]}:3`, path, wirePath, "deprecated", expect.stringMatching(/^deprecated: renamed to/)],
      [place, path, wirePath, "type", `expected a string (secret value not shown); ${alias}`],
    ]);
  });

  it("the validate command counts former keys when it tells which keys a config uses", () => {
    const text = "provider: demo\nkind: sources\nconnector: renamed\nname: n\nconfig:\n  db.pass: s\n";
    expect(validateText({ demo: index }, text).map((p) => [p.wirePath, p.code, p.severity])).toEqual([
      ["config.db.host", "required", undefined],
      ["config.db.user", "required", undefined],
      ["config.db.pass", "deprecated", "warning"],
    ]);
  });

  it("the validate command shows the warning at the key and exits 0 when nothing else is wrong", async () => {
    const text =
      "provider: demo\nkind: sources\nconnector: renamed\nname: n\nconfig:\n  dbHost: h\n  dbUser: u\n  dbPass: s\n";
    expect(validateText({ demo: index }, text, { file: "old.yaml" })).toEqual([
      {
        file: "old.yaml",
        line: 8,
        column: 3,
        path: "config.dbPass",
        wirePath: "config.db.pass",
        code: "deprecated",
        message: 'deprecated: renamed to "databasePassword"',
        severity: "warning",
      },
    ]);
    const file = join(work, "old.yaml");
    await writeFile(file, text);
    const lines: string[] = [];
    const io = {
      cwd: work,
      env: {},
      isTTY: false,
      stdout: (t: string) => lines.push(t),
      stderr: (t: string) => lines.push(t),
    };
    expect(await validateCommand({ demo: index }, ["old.yaml"], io)).toBe(0);
    expect(lines.join("\n")).toBe(
      'old.yaml:8:3  config.dbPass (config.db.pass)  warning: deprecated: renamed to "databasePassword"\n' +
        "1 file, 0 with problems, 0 problems, 1 warning",
    );
    // With an error beside it, the error fails the run and the warning is still shown.
    await writeFile(file, text.replace("dbUser: u", "dbUser: 1"));
    lines.length = 0;
    expect(await validateCommand({ demo: index }, ["old.yaml"], io)).toBe(1);
    expect(lines.at(-1)).toBe("1 file, 1 with problems, 1 problem, 1 warning");
  });

  it("the authoring type keeps the former key, optional and deprecated, and either key satisfies it", async () => {
    const module = await readFile(join(out, "sources/renamed.gen.ts"), "utf8");
    expect(module).toContain(
      '/** @deprecated Renamed to `databasePassword` (wire key "database.password"). */\n  dbPass?: string;',
    );
    const program = [
      'import type { RenamedSourceConfig } from "./out/sources/renamed.gen.js";',
      'export const old: RenamedSourceConfig = { dbHost: "h", dbUser: "u", dbPass: "s" };',
      'export const current: RenamedSourceConfig = { dbHost: "h", dbUser: "u", databasePassword: "s" };',
      "// @ts-expect-error: the password is required under one key or the other",
      'export const neither: RenamedSourceConfig = { dbHost: "h", dbUser: "u" };',
      "// @ts-expect-error: the former key has the new field's type",
      'export const wrong: RenamedSourceConfig = { dbHost: "h", dbUser: "u", dbPass: 1 };',
      "export const password = (config: RenamedSourceConfig) => config.dbPass ?? config.databasePassword;",
      "",
    ].join("\n");
    await writeFile(join(work, "use.ts"), program);
    const result = await typeCheck(work, {
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true },
      files: ["use.ts"],
    });
    expect(result).toBe("");
  }, 120_000);

  it("a field renamed twice takes any one of its keys: each former key alone type-checks", async () => {
    const twice = join(work, "twice");
    const provider = providerFor(SNAPSHOT, join(twice, "out"), {
      diff: { renames: { "sources/renamed": { "db.pass": "database.password", "db.password": "database.password" } } },
    });
    await run(provider, "write", { cache: false });
    const program = [
      'import type { RenamedSourceConfig } from "./out/sources/renamed.gen.js";',
      'export const first: RenamedSourceConfig = { dbHost: "h", dbUser: "u", dbPass: "s" };',
      'export const second: RenamedSourceConfig = { dbHost: "h", dbUser: "u", dbPassword: "s" };',
      'export const current: RenamedSourceConfig = { dbHost: "h", dbUser: "u", databasePassword: "s" };',
      "// @ts-expect-error: the password is required under one of its keys",
      'export const none: RenamedSourceConfig = { dbHost: "h", dbUser: "u" };',
      "",
    ].join("\n");
    await writeFile(join(twice, "use.ts"), program);
    const result = await typeCheck(twice, {
      compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: true },
      files: ["use.ts"],
    });
    expect(result).toBe("");
  }, 120_000);

  it("the authoring JSON Schema lists the former key as deprecated and accepts either key", async () => {
    const schema = JSON.parse(await readFile(join(out, "schemas/sources/renamed.config.schema.json"), "utf8")) as {
      properties: Record<string, { deprecated?: boolean; type?: string }>;
    };
    expect(schema.properties.dbPass).toMatchObject({ deprecated: true, type: "string" });
    const check = new Ajv2020({ strict: false }).compile(schema);
    expect(check({ ...VALID, dbPass: "s" })).toBe(true);
    expect(check({ ...VALID, databasePassword: "s" })).toBe(true);
    expect(check(VALID)).toBe(false);
  });

  it("reading the former key is reported deprecated by the TypeScript language service", async () => {
    // (TypeScript marks uses of a deprecated property, not the keys of object literals.)
    const ts = (await import("typescript")).default;
    const file = join(work, "use.ts");
    const options = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    };
    const service = ts.createLanguageService(
      {
        getCompilationSettings: () => options,
        getScriptFileNames: () => [file],
        getScriptVersion: () => "1",
        getScriptSnapshot: (name) => {
          const text = ts.sys.readFile(name);
          return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
        },
        getCurrentDirectory: () => work,
        getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
        fileExists: ts.sys.fileExists,
        readFile: ts.sys.readFile,
      },
      ts.createDocumentRegistry(),
    );
    const suggestions = service.getSuggestionDiagnostics(file).filter((d) => d.reportsDeprecated);
    const text = ts.sys.readFile(file)!;
    expect(suggestions.map((d) => text.slice(d.start!, d.start! + d.length!))).toEqual(["dbPass"]);
  }, 120_000);
});

describe("a deprecated alias's key", () => {
  it("is not taken by a field added later: the new field gets the next name, and the alias keeps reaching the renamed field", async () => {
    const dir = join(work, "alias-kept");
    await cp(SNAPSHOT, join(dir, "snapshot"), { recursive: true });
    const renames = { "sources/renamed": { "db.pass": "database.password" } };
    const provider = providerFor(join(dir, "snapshot"), join(dir, "out"), { diff: { renames } });
    // The output as generated: its name lock lists today's fields.
    await run(provider, "write", { cache: false });
    // A field `db_pass` comes: its natural authoring key is the alias's, dbPass.
    const file = join(dir, "snapshot/connectors/sources/renamed.json");
    const schema = JSON.parse(await readFile(file, "utf8")) as { config: unknown[] };
    schema.config.push({
      name: "db_pass",
      display_name: "Pass",
      user_defined: true,
      required: false,
      value: { control: "string", type: "raw" },
    });
    await writeFile(file, JSON.stringify(schema, null, 2));
    const { ir, warnings } = await buildIr(provider, { cache: false });
    const connector = ir.connectors.find((c) => c.code === "renamed")!;
    expect(connector.fields.find((f) => f.wireKey === "db_pass")?.key).toBe("dbPass2");
    expect(connector.aliases).toEqual([
      { key: "dbPass", wireKey: "db.pass", to: "databasePassword", toWire: "database.password" },
    ]);
    expect(warnings.find((w) => w.field === "db_pass")?.message).toBe(
      'is "dbPass2": "dbPass" is the deprecated alias of renamed wire key "db.pass"',
    );
  });
});
