// The generated JSON Schemas in the tools that read them: Ajv (draft 2020-12,
// default strict mode, with the one README line that registers the editor
// annotations and formats), yaml-language-server (the YAML extension of VS Code
// and other editors) and vscode-json-languageservice (VS Code's JSON support),
// driven as an editor drives them: completion, hover and diagnostics.

import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { getLanguageService as yamlLanguageService } from "yaml-language-server";
import { getLanguageService as jsonLanguageService } from "vscode-json-languageservice";
import { TextDocument } from "vscode-languageserver-textdocument";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const generated = join(root, "generated");
const providers = ["streamkap", "unstructured"];
const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

type Json = { [key: string]: unknown };
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8")) as Json;

interface ManifestField {
  key: string;
  wireKey: string;
  required: boolean;
  default?: unknown;
  description?: string;
  /** The manifest states a field's type inline: `"type": "string", "enum": [...]`. */
  type: string;
  enum?: unknown[];
}
interface ManifestConnector {
  kind: string;
  code: string;
  fields: ManifestField[];
}
const connectors = providers.flatMap((provider) =>
  (readJson(join(generated, provider, "manifest.json")).connectors as ManifestConnector[]).map((c) => ({
    provider,
    ...c,
  })),
);
type Connector = (typeof connectors)[number];
const schemaFile = (c: Connector, side: "config" | "wire") =>
  join(generated, c.provider, "schemas", c.kind, `${c.code}.${side}.schema.json`);
const configFileSchema = (provider: string) => join(generated, provider, "schemas", "config-file.schema.json");

/** Ajv as the README sets it up: the 2020 dialect, default (strict) options, one registration line. */
function readmeAjv(warnings: unknown[]): Ajv2020 {
  const logger = { log: () => {}, warn: (...a: unknown[]) => warnings.push(a), error: () => {} };
  return addFormats(new Ajv2020({ logger })).addVocabulary(["markdownDescription"]);
}

describe("Ajv (draft 2020-12, strict mode)", () => {
  it("the README shows the line that registers the annotations and formats", () => {
    expect(readFileSync(join(root, "README.md"), "utf8")).toContain(
      'addFormats(new Ajv2020()).addVocabulary(["markdownDescription"]);',
    );
  });

  it("rejects the schemas without that line (the line is needed, and enough)", () => {
    expect(() => new Ajv2020().compile(readJson(schemaFile(connectors[0]!, "config")))).toThrow(
      /unknown keyword: "markdownDescription"|unknown format/,
    );
  });

  it.each(connectors.map((c) => [`${c.provider}/${c.kind}/${c.code}`, c] as const))(
    "compiles both schemas of %s with no warning",
    (_name, c) => {
      const warnings: unknown[] = [];
      for (const side of ["config", "wire"] as const) readmeAjv(warnings).compile(readJson(schemaFile(c, side)));
      expect(warnings).toEqual([]);
    },
  );

  it.each(providers)("compiles %s's config-file.schema.json as shipped (self-contained)", (provider) => {
    const warnings: unknown[] = [];
    const validate = readmeAjv(warnings).compile(readJson(configFileSchema(provider)));
    expect(warnings).toEqual([]);
    // Every docs page's YAML example is a valid config file; a wrong connector code is not.
    for (const c of connectors.filter((x) => x.provider === provider)) {
      const page = readFileSync(join(generated, provider, "docs", c.kind, `${c.code}.md`), "utf8");
      const yaml = /^```yaml\n([\s\S]*?)^```$/m.exec(page)![1]!;
      const file = parse(yaml) as Json;
      expect(validate(file), `${c.kind}/${c.code}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...file, connector: "no-such-connector" })).toBe(false);
    }
  });
});

/** Line (0-based) of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle));

/** A connector's first top-level field with a string enum, and its first always-required key without a default. */
function probeFields(c: Connector): { enumField?: ManifestField; required?: ManifestField } {
  return {
    enumField: c.fields.find((f) => f.type === "string" && (f.enum?.length ?? 0) > 0),
    required: c.fields.find((f) => f.required && f.default === undefined),
  };
}

const probed = connectors.filter(
  (c) => probeFields(c).enumField !== undefined && probeFields(c).required !== undefined,
);

it("at least 20 connectors have a string enum and a required key to probe diagnostics with", () => {
  expect(probed.length).toBeGreaterThanOrEqual(20);
});

/** A config file with nothing in `config` yet, the cursor's line last. */
const emptyConfigFile = (c: Connector, modeline: string) =>
  `${modeline}\nprovider: ${c.provider}\nkind: ${c.kind}\nconnector: ${c.code}\nname: example\nconfig:\n  \n`;

/**
 * A config file whose config sets the enum field to a value it does not allow
 * and leaves the required key out (others required are filled in).
 */
function brokenConfigFile(c: Connector, modeline: string, enumField: ManifestField, required: ManifestField): string {
  const lines = [modeline, `provider: ${c.provider}`, `kind: ${c.kind}`, `connector: ${c.code}`, "name: example"];
  lines.push("config:", `  ${enumField.key}: not-an-allowed-value`);
  for (const f of c.fields)
    if (f.required && f.default === undefined && f !== required && f !== enumField) lines.push(`  ${f.key}: x`);
  return `${lines.join("\n")}\n`;
}

const readSchema = async (uri: string) => readFile(fileURLToPath(uri), "utf8");

describe("yaml-language-server", () => {
  const service = yamlLanguageService({
    schemaRequestService: readSchema,
    workspaceContext: { resolveRelativePath: (relative, resource) => new URL(relative, resource).href },
  });
  beforeAll(() => service.configure({ validate: true, hover: true, completion: true, schemas: [] }));
  const modeline = (provider: string) =>
    `# yaml-language-server: $schema=${pathToFileURL(configFileSchema(provider)).href}`;
  // The service caches a parsed document by URI and version: each text is a new version.
  let version = 0;
  const document = (text: string) =>
    TextDocument.create(pathToFileURL(join(root, "connector.yaml")).href, "yaml", ++version, text);

  it.each(connectors.map((c) => [`${c.provider}/${c.kind}/${c.code}`, c] as const))(
    "%s: completion in `config` offers every authoring key; hover shows the description",
    async (_name, c) => {
      const text = emptyConfigFile(c, modeline(c.provider));
      const completion = await service.doComplete(
        document(text),
        { line: lineOf(text, "config:") + 1, character: 2 },
        false,
      );
      const labels = new Set(completion.items.map((i) => i.label));
      expect(c.fields.map((f) => f.key).filter((k) => !labels.has(k))).toEqual([]);

      const described = c.fields.find((f) => f.description !== undefined);
      if (described === undefined) return;
      const withKey = `${text.trimEnd()}\n  ${described.key}: null\n`;
      const line = lineOf(withKey, `  ${described.key}:`);
      const hover = await service.doHover(document(withKey), { line, character: 4 });
      const shown = (hover?.contents as { value: string } | undefined)?.value ?? "";
      expect(shown).toContain(described.description!.split("\n")[0]!.slice(0, 40));
      expect(shown).toContain(`wire key \`${described.wireKey}\``);
    },
    30_000,
  );

  it.each(probed.map((c) => [`${c.provider}/${c.kind}/${c.code}`, c] as const))(
    "%s: a wrong enum value and a missing required key are diagnostics on their lines",
    async (_name, c) => {
      const { enumField, required } = probeFields(c);
      const text = brokenConfigFile(c, modeline(c.provider), enumField!, required!);
      const diagnostics = await service.doValidation(document(text), false);
      const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
      expect(at(lineOf(text, `  ${enumField!.key}:`)).join("\n")).toMatch(/Value is not accepted|Valid values/);
      expect(at(lineOf(text, "config:")).join("\n")).toContain(`Missing property "${required!.key}"`);
    },
    30_000,
  );

  it("a bare config with the connector's own schema: completion, hover and diagnostics", async () => {
    const c = connectors.find((x) => x.provider === "streamkap" && x.kind === "sources" && x.code === "postgresql")!;
    const head = `# yaml-language-server: $schema=${pathToFileURL(schemaFile(c, "config")).href}\n`;
    const text = `${head}databaseSslmode: maybe\ndatabaseHostname: db\n`;
    const diagnostics = await service.doValidation(document(text), false);
    expect(
      diagnostics
        .filter((d) => d.range.start.line === 1)
        .map((d) => d.message)
        .join("\n"),
    ).toMatch(/Valid values: "require", "disable"/);
    expect(diagnostics.some((d) => String(d.message).includes('Missing property "databaseUser"'))).toBe(true);
    const completion = await service.doComplete(document(`${head}\n`), { line: 1, character: 0 }, false);
    const labels = new Set(completion.items.map((i) => i.label));
    expect(c.fields.map((f) => f.key).filter((k) => !labels.has(k))).toEqual([]);
    const hover = await service.doHover(document(text), { line: 2, character: 3 });
    expect((hover?.contents as { value: string }).value).toContain("PostgreSQL hostname.");
  }, 30_000);
});

describe("vscode-json-languageservice", () => {
  const service = jsonLanguageService({ schemaRequestService: readSchema });
  service.configure({ validate: true, allowComments: false });
  const json = (text: string) => {
    const document = TextDocument.create(pathToFileURL(join(root, "connector.json")).href, "json", 1, text);
    return { document, parsed: service.parseJSONDocument(document) };
  };
  /** A config file in JSON, one key a line, `$schema` naming the provider's config-file schema. */
  const jsonFile = (c: Connector, config: [string, string][]) =>
    [
      "{",
      `  "$schema": ${JSON.stringify(pathToFileURL(configFileSchema(c.provider)).href)},`,
      `  "provider": "${c.provider}",`,
      `  "kind": "${c.kind}",`,
      `  "connector": "${c.code}",`,
      `  "name": "example",`,
      `  "config": {`,
      config.map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`).join(",\n"),
      "  }",
      "}",
    ].join("\n");

  it.each(connectors.map((c) => [`${c.provider}/${c.kind}/${c.code}`, c] as const))(
    "%s: completion in `config` offers every authoring key; hover shows the description",
    async (_name, c) => {
      const text = jsonFile(c, []);
      const { document, parsed } = json(text);
      const completion = await service.doComplete(document, { line: lineOf(text, '"config"'), character: 13 }, parsed);
      const labels = new Set(completion!.items.map((i) => i.label.replace(/^"|"$/g, "")));
      expect(c.fields.map((f) => f.key).filter((k) => !labels.has(k))).toEqual([]);

      const described = c.fields.find((f) => f.description !== undefined);
      if (described === undefined) return;
      const withKey = jsonFile(c, [[described.key, "null"]]);
      const hoverDoc = json(withKey);
      const hover = await service.doHover(
        hoverDoc.document,
        { line: lineOf(withKey, `"${described.key}"`), character: 6 },
        hoverDoc.parsed,
      );
      const shown = JSON.stringify(hover?.contents ?? "");
      expect(shown).toContain(JSON.stringify(described.description!.split("\n")[0]!.slice(0, 40)).slice(1, -1));
    },
    30_000,
  );

  it.each(probed.map((c) => [`${c.provider}/${c.kind}/${c.code}`, c] as const))(
    "%s: a wrong enum value and a missing required key are diagnostics on their lines",
    async (_name, c) => {
      const { enumField, required } = probeFields(c);
      const config: [string, string][] = [[enumField!.key, '"not-an-allowed-value"']];
      for (const f of c.fields)
        if (f.required && f.default === undefined && f !== required && f !== enumField) config.push([f.key, '"x"']);
      const text = jsonFile(c, config);
      const { document, parsed } = json(text);
      const diagnostics = await service.doValidation(document, parsed);
      const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message);
      expect(at(lineOf(text, `"${enumField!.key}"`)).join("\n")).toMatch(/Value is not accepted|Valid values/);
      expect(at(lineOf(text, '"config"')).join("\n")).toContain(`Missing property "${required!.key}"`);
    },
    30_000,
  );
});

it("every provider's connectors are covered", () => {
  for (const provider of providers) {
    const kinds = readdirSync(join(generated, provider, "schemas"), { withFileTypes: true }).filter((d) =>
      d.isDirectory(),
    );
    const files = kinds.flatMap((k) => readdirSync(join(generated, provider, "schemas", k.name)));
    expect(files.length).toBe(2 * connectors.filter((c) => c.provider === provider).length);
  }
});
