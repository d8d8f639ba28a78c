// The generated validators against Ajv (draft 2020-12 with its formats
// package) on each connector's ORIGINAL schema, read from the snapshot it was
// generated from: never against a schema this project emitted. Values: built
// from the schema (mostly valid), one-step mutations of those, and arbitrary
// JSON. And the builders: a config read from a valid wire value is sent as a
// body the original schema accepts.

import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { join, resolve } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig, type ProviderConfig, type ResolvedProvider } from "../generator/config/config.js";
import { resolvePointer } from "../generator/ir/plain.js";
import { buildIr, run } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { providerFor, removeDir, tempDir, unionProvider } from "./helpers.js";
import { mutated, schemaValues } from "./schema-arbitrary.js";
import type { ApiRequest, Problem } from "../generated/unstructured/runtime.gen.js";

const RUNS = Number(process.env.DIFFERENTIAL_RUNS ?? 120);
const CORPUS_CONNECTORS = Number(process.env.DIFFERENTIAL_CORPUS ?? 40);
const root = resolve(import.meta.dirname, "..");

interface Module {
  validateWire(wire: unknown): Problem[];
  isValidWire(wire: unknown): boolean;
  fromWire(wire: object): unknown;
  create(input: { name: string; config: unknown }, options?: object): ApiRequest<unknown>;
}
type Registry = Record<string, Record<string, Module>>;

interface Target {
  name: string;
  provider: ResolvedProvider;
  registry: Registry;
  configProperty: string;
  /** Envelope members the create body needs besides the config. */
  envelope: Record<string, unknown>;
  options?: object;
}

async function targets(): Promise<Target[]> {
  const configured = await loadConfig(resolve(root, "codegen.config.ts"));
  const unstructured = configured.find((p) => p.name === "unstructured")!;
  const caseProvider = (name: string) => {
    const options = JSON.parse(
      readFileSync(resolve(root, "test/cases", name, "case.json"), "utf8"),
    ) as Partial<ProviderConfig>;
    return providerFor(resolve(root, "test/cases", name, "input"), "/nonexistent", options);
  };
  // The synthetic union corpus: nested oneOf, enums, ranges, shared $refs, generated here.
  const corpus = await tempDir("codegen-differential-");
  corpusDirs.push(corpus);
  await mkdir(join(corpus, "snapshot"), { recursive: true });
  await writeFile(join(corpus, "snapshot", "openapi.json"), JSON.stringify(syntheticDocument(CORPUS_CONNECTORS, 3)));
  const corpusProvider = unionProvider(join(corpus, "snapshot"), join(corpus, "out"));
  await run(corpusProvider, "write");
  return [
    {
      name: `synthetic corpus (${CORPUS_CONNECTORS} connectors)`,
      provider: corpusProvider,
      registry: ((await import(pathToFileURL(join(corpus, "out", "index.ts")).href)) as { connectors: Registry })
        .connectors,
      configProperty: "configuration",
      envelope: { name: "n", workspaceId: "123e4567-e89b-12d3-a456-426614174000" },
    },
    {
      name: "unstructured",
      provider: unstructured,
      registry: ((await import("../generated/unstructured/index.js")) as unknown as { connectors: Registry })
        .connectors,
      configProperty: "config",
      envelope: { name: "n" },
      options: { unstructuredApiKey: "k" },
    },
    {
      name: "case json-schema",
      provider: caseProvider("json-schema"),
      registry: ((await import("./cases/json-schema/expected/index.js")) as unknown as { connectors: Registry })
        .connectors,
      configProperty: "config",
      envelope: { name: "n" },
      options: { unstructuredApiKey: "k" },
    },
    {
      name: "case union",
      provider: caseProvider("union"),
      registry: ((await import("./cases/union/expected/index.js")) as unknown as { connectors: Registry }).connectors,
      configProperty: "configuration",
      envelope: { name: "n", workspaceId: "123e4567-e89b-12d3-a456-426614174000" },
    },
  ];
}

/** Ajv as configured by default; `unicode: false` for a schema whose patterns only parse without the `u` flag. */
function newAjv(unicode = true): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true, unicodeRegExp: unicode });
  (formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
  return ajv;
}

interface Reference {
  validate: ValidateFunction;
  /** The schema and the document its `$ref`s resolve in, for building values. */
  schema: boolean | Record<string, unknown>;
  root: Record<string, unknown>;
}

/** The connector's schema as the snapshot has it, compiled by Ajv with its document around it. */
function referenceFor(provider: ResolvedProvider, source: { file: string; pointer: string }, ajv: Ajv2020): Reference {
  const read = (file: string) => {
    const text = readFileSync(join(provider.snapshotDir, file), "utf8");
    return (file.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown>;
  };
  const document = read(source.file);
  if (!source.file.startsWith("openapi.")) {
    // A schema file may point into the OpenAPI document's components; give it those to resolve against.
    const openapi = read("openapi.json");
    const base = { ...document, components: document.components ?? openapi.components };
    const schema = resolvePointer(base, `#${source.pointer}`) as Record<string, unknown>;
    const validate = source.pointer === "" ? ajv.compile(base) : ajv.compile({ ...base, $ref: `#${source.pointer}` });
    return { validate, schema, root: base };
  }
  const id = `urn:snapshot:${provider.name}:${source.file}`;
  if (!ajv.getSchema(id)) ajv.addSchema(document, id);
  const validate = ajv.compile({ $ref: `${id}#${source.pointer.split("/").map(encodeURIComponent).join("/")}` });
  return {
    validate,
    schema: resolvePointer(document, `#${source.pointer}`) as Record<string, unknown>,
    root: document,
  };
}

const corpusDirs: string[] = [];
const allTargets = await targets();
afterAll(async () => {
  for (const dir of corpusDirs) await removeDir(dir);
});

describe.each(allTargets)("$name", (target) => {
  it("validateWire agrees with Ajv on the original schema, and create sends what it accepts", async () => {
    const { ir } = await buildIr(target.provider);
    const ajv = newAjv();
    const plainAjv = newAjv(false);
    let compared = 0;
    let built = 0;
    const disagreements: string[] = [];
    for (const connector of ir.connectors) {
      const module = target.registry[connector.kind]?.[connector.code];
      expect(module, `${connector.kind}/${connector.code} is generated`).toBeDefined();
      let found: Reference;
      try {
        found = referenceFor(target.provider, connector.source, ajv);
      } catch (error) {
        if (!(error instanceof SyntaxError)) throw error;
        found = referenceFor(target.provider, connector.source, plainAjv);
      }
      const { validate: reference, schema, root: document } = found;
      const values = schemaValues(schema, document);
      const samples = fc.sample(fc.oneof(values, values.chain(mutated), fc.jsonValue({ maxDepth: 2 })), {
        numRuns: RUNS,
        seed: 7,
      });
      for (const value of samples) {
        const expected = reference(value) as boolean;
        const problems = module!.validateWire(value);
        compared++;
        if ((problems.length === 0) !== expected) {
          disagreements.push(
            `${connector.kind}/${connector.code}: Ajv says ${expected ? "valid" : "invalid"} for ${JSON.stringify(value).slice(0, 300)}; ours: ${problems.map((p) => p.message).join("; ") || "valid"}`,
          );
        }
        if (module!.isValidWire(value) !== expected) {
          disagreements.push(
            `${connector.kind}/${connector.code}: Ajv says ${expected ? "valid" : "invalid"} for ${JSON.stringify(value).slice(0, 300)}; isValidWire does not`,
          );
        }
        if (!expected) continue;
        // A config read back from a valid wire value is sent as a body the schema accepts.
        let config: unknown;
        try {
          config = module!.fromWire(value as object);
        } catch {
          continue;
        }
        let body: Record<string, unknown>;
        try {
          body = module!.create({ ...target.envelope, config } as { name: string; config: unknown }, target.options)
            .body as Record<string, unknown>;
        } catch (error) {
          // Authoring is stricter than the wire in one way: a required secret may not be empty, though the
          // schema allows "". Anything else is a disagreement.
          const problems = (error as { problems?: { code: string; expected?: string }[] }).problems ?? [];
          if (problems.length > 0 && problems.every((p) => p.expected === "a non-empty string")) continue;
          throw error;
        }
        built++;
        if (!(reference(body[target.configProperty]) as boolean)) {
          disagreements.push(
            `${connector.kind}/${connector.code}: create sent ${JSON.stringify(body[target.configProperty]).slice(0, 300)}, which Ajv rejects`,
          );
        }
      }
    }
    console.log(
      `${target.name}: ${compared} values compared, ${built} requests built, ${disagreements.length} disagreements`,
    );
    expect(disagreements.slice(0, 20)).toEqual([]);
  });
});
