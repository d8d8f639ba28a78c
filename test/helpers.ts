import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { ProviderConfig, ResolvedProvider } from "../generator/config/config.js";
import { OUTPUT_MARKER } from "../generator/output/write.js";
import { diffIrs, diffSnapshots } from "../generator/diff/diff.js";
import type { Change } from "../generator/diff/compare.js";
import { buildIr } from "../generator/pipeline.js";

export const BASIC_INPUT = resolve(import.meta.dirname, "cases/basic/input");

/** The command line's entry, as `npm run codegen` runs it: the compiled generator, rebuilt first if stale. */
export const CLI = resolve(import.meta.dirname, "../scripts/codegen.mjs");

/** A provider over a test snapshot, configured like the Streamkap one. */
export function providerFor(
  snapshotDir: string,
  outDir: string,
  extra: Partial<ProviderConfig> = {},
): ResolvedProvider {
  return {
    name: "demo",
    dialect: "field-list",
    snapshot: snapshotDir,
    out: outDir,
    suffixes: [".user.defined", ".user.displayed"],
    kinds: { sources: { connectorProperty: "connector" }, destinations: { connectorProperty: "connector" } },
    ...extra,
    snapshotDir,
    outDir,
  };
}

export async function tempDir(prefix = "codegen-test-"): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A copy of a snapshot directory, to break on purpose. */
export async function copySnapshot(from: string = BASIC_INPUT): Promise<string> {
  const dir = await tempDir();
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` with its content (but the output marker), for before/after comparisons. */
export async function readTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    if (full === join(dir, OUTPUT_MARKER)) continue; // not output: it marks a directory the tool wrote
    out[full.slice(dir.length + 1)] = await readFile(full, "utf8");
  }
  return out;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * Runs `tsc -p` on a tsconfig written to `dir` (strict, ES2022, no emit, no
 * ambient types, plus `compilerOptions`); returns what tsc printed, empty when
 * it passed.
 */
export async function typeCheck(
  dir: string,
  project: { compilerOptions?: Record<string, unknown>; include?: string[]; exclude?: string[]; files?: string[] },
): Promise<string> {
  const { execFile } = await import("node:child_process");
  const { writeFile } = await import("node:fs/promises");
  const { promisify } = await import("node:util");
  const config = join(dir, "tsconfig.json");
  await writeFile(
    config,
    JSON.stringify({
      ...project,
      compilerOptions: { target: "ES2022", strict: true, noEmit: true, types: [], ...project.compilerOptions },
    }),
  );
  const tsc = resolve(import.meta.dirname, "../node_modules/typescript/bin/tsc");
  return promisify(execFile)(process.execPath, [tsc, "-p", config], { maxBuffer: 64 * 1024 * 1024 }).then(
    () => "",
    (e: { stdout: string }) => e.stdout,
  );
}

/** A provider of the union layout over a snapshot directory, as for the synthetic corpus. */
export function unionProvider(snapshotDir: string, outDir: string): ResolvedProvider {
  return {
    name: "platform",
    dialect: "union",
    snapshot: snapshotDir,
    out: outDir,
    snapshotDir,
    outDir,
    kinds: { sources: { configProperty: "configuration" }, destinations: { configProperty: "configuration" } },
  };
}

/**
 * Two json-schema snapshots under `dir` (base/, head/), one connector `sources/app` each with the
 * schema given, beside the diff cases' OpenAPI document; and the provider that reads the head.
 */
export async function jsonSchemaPair(
  dir: string,
  base: unknown,
  head: unknown,
): Promise<{ provider: ResolvedProvider; base: string; head: string }> {
  return jsonSchemaPairs(dir, { app: [base, head] });
}

/** As jsonSchemaPair, with a connector `sources/<code>` for each entry of `connectors` (its base and head schema). */
export async function jsonSchemaPairs(
  dir: string,
  connectors: Record<string, readonly [base: unknown, head: unknown]>,
): Promise<{ provider: ResolvedProvider; base: string; head: string }> {
  const openapi = resolve(import.meta.dirname, "cases/diff/json-schema/base/openapi.json");
  for (const [side, index] of [
    ["base", 0],
    ["head", 1],
  ] as const) {
    await mkdir(join(dir, side, "connectors/sources"), { recursive: true });
    await cp(openapi, join(dir, side, "openapi.json"));
    await Promise.all(
      Object.entries(connectors).map(([code, schemas]) =>
        writeFile(join(dir, side, `connectors/sources/${code}.json`), JSON.stringify(schemas[index])),
      ),
    );
  }
  const provider: ResolvedProvider = {
    name: "demo",
    dialect: "json-schema",
    snapshot: join(dir, "head"),
    out: join(dir, "out"),
    snapshotDir: join(dir, "head"),
    outDir: join(dir, "out"),
    kinds: { sources: { connectorProperty: "connector" } },
  };
  return { provider, base: join(dir, "base"), head: join(dir, "head") };
}

type Obj = Record<string, unknown>;

/**
 * A union-layout OpenAPI document (create and update bodies' `configuration: { oneOf }`) whose one
 * connector, `probe`, has the given field schemas as `f0`, `f1`, …, those marked required.
 */
export function probeUnionDocument(fields: Obj[], required: boolean[] = []): Obj {
  const properties: Obj = { sourceType: { type: "string", const: "probe" } };
  fields.forEach((schema, i) => (properties[`f${i}`] = schema));
  const requiredKeys = ["sourceType", ...fields.flatMap((_, i) => (required[i] ? [`f${i}`] : []))];
  const request = { $ref: "#/components/schemas/SourceCreateRequest" };
  const body = { required: true, content: { "application/json": { schema: request } } };
  return {
    openapi: "3.1.0",
    info: { title: "probe", version: "1" },
    paths: {
      "/v1/sources": { post: { requestBody: body, responses: { 200: { description: "OK" } } } },
      "/v1/sources/{sourceId}": {
        parameters: [{ name: "sourceId", in: "path", required: true, schema: { type: "string" } }],
        patch: { requestBody: body, responses: { 200: { description: "OK" } } },
      },
    },
    components: {
      schemas: {
        SourceCreateRequest: {
          type: "object",
          required: ["name", "configuration"],
          properties: {
            name: { type: "string" },
            configuration: { oneOf: [{ $ref: "#/components/schemas/Probe" }] },
          },
        },
        Probe: { type: "object", required: requiredKeys, properties },
      },
    },
  };
}

/**
 * The diff of two probe union documents of the same fields (probeUnionDocument, `required` as [base, head]
 * per field), built as the command builds them (buildIr on each, then diffIrs): each field's own changes
 * (those of `f0`, `f1`, …, nested paths included), in field order.
 */
export async function diffProbeFields(
  base: Obj[],
  head: Obj[],
  required: readonly [boolean, boolean][] = [],
): Promise<Change[][]> {
  const dir = await tempDir("codegen-probe-diff-");
  try {
    const provider = (at: string): ResolvedProvider => ({
      ...unionProvider(at, join(at, "out")),
      kinds: { sources: { configProperty: "configuration" } },
    });
    const [baseDir, headDir] = [join(dir, "base"), join(dir, "head")];
    for (const [side, fields, index] of [
      [baseDir, base, 0],
      [headDir, head, 1],
    ] as const) {
      await mkdir(side, { recursive: true });
      const doc = probeUnionDocument(
        fields,
        required.map((r) => r[index]),
      );
      await writeFile(join(side, "openapi.json"), JSON.stringify(doc));
    }
    const [before, after] = [
      await buildIr(provider(baseDir), { cache: false }),
      await buildIr(provider(headDir), { cache: false }),
    ];
    const { changes } = diffIrs(
      provider(headDir),
      before.ir,
      after.ir,
      {},
      { headWarnings: after.warnings, baseWarnings: before.warnings },
    );
    return base.map((_, i) => {
      const key = `f${i}`;
      return changes.filter(
        (c) =>
          c.field !== undefined &&
          (c.field === key || (/^[/[{]/.test(c.field.slice(key.length)) && c.field.startsWith(key))),
      );
    });
  } finally {
    await removeDir(dir);
  }
}

/**
 * The changes `diff` reports between two union-layout OpenAPI documents (a `sources` kind whose config
 * is `configuration`), written as snapshots and compared as the command compares them, without the cache.
 */
export async function diffUnionDocuments(base: Obj, head: Obj): Promise<Change[]> {
  const dir = await tempDir("codegen-union-diff-");
  try {
    for (const [side, doc] of [
      ["base", base],
      ["head", head],
    ] as const) {
      await mkdir(join(dir, side), { recursive: true });
      await writeFile(join(dir, side, "openapi.json"), JSON.stringify(doc));
    }
    const provider = {
      ...unionProvider(join(dir, "head"), join(dir, "out")),
      kinds: { sources: { configProperty: "configuration" } },
    };
    return (await diffSnapshots(provider, join(dir, "base"), join(dir, "head"), { cache: false })).changes;
  } finally {
    await removeDir(dir);
  }
}
