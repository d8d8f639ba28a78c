// The pipeline, stage by stage:
//   load snapshot → parse (dialect + OpenAPI envelope) → IR → check → emit → format → write/check
// Each stage is one module; this file only runs them in order and times them.

import { applyOverrides } from "./apply-overrides.js";
import { checkIr } from "./check-ir.js";
import type { ResolvedProvider } from "./config.js";
import { Diagnostics, type Diagnostic } from "./diagnostics.js";
import { parseDialect } from "./dialects.js";
import { emitApi } from "./emit-api.js";
import { emitConnector } from "./emit-connector.js";
import { emitIndex } from "./emit-index.js";
import { emitManifest } from "./emit-manifest.js";
import { emitOpenApiTypes } from "./emit-openapi-types.js";
import { emitRuntime } from "./emit-runtime.js";
import { formatFiles } from "./format.js";
import type { IrConnector, IrProvider } from "./ir.js";
import { loadSnapshot } from "./load-snapshot.js";
import type { OutputFile } from "./output.js";
import { parseOpenApiEnvelope } from "./parse-openapi.js";
import { compareOutput, writeOutput, type StaleFile } from "./write.js";

export type StageName = "load" | "parse" | "emit" | "format" | "write";
export type Timings = Record<StageName, number>;

export interface Generated {
  ir: IrProvider;
  files: OutputFile[];
  warnings: Diagnostic[];
  timings: Timings;
}

async function timed<T>(timings: Partial<Timings>, stage: StageName, work: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - start;
  }
}

const sortConnectors = (list: IrConnector[]) =>
  [...list].sort((a, b) =>
    a.kind !== b.kind ? (a.kind < b.kind ? -1 : 1) : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );

/** Parses a loaded snapshot into the IR; throws CodegenError listing every error. */
export async function buildIr(
  provider: ResolvedProvider,
  timings: Partial<Timings> = {},
): Promise<{ ir: IrProvider; warnings: Diagnostic[]; openapi: unknown }> {
  const snapshot = await timed(timings, "load", () => loadSnapshot(provider.snapshotDir));
  return timed(timings, "parse", () => {
    const diags = new Diagnostics();
    // Kinds with schema files, and configured kinds (whose types may all sit in the document).
    const kinds = [...new Set([...snapshot.connectors.map((c) => c.kind), ...Object.keys(provider.kinds)])].sort();
    const apis = parseOpenApiEnvelope(snapshot.openapi, kinds, provider.kinds, diags);
    const parsed = parseDialect(provider, snapshot, kinds, diags);
    const connectors = sortConnectors(applyOverrides(parsed, provider.overrides ?? {}, "codegen.config.ts", diags));
    const ir: IrProvider = { provider: provider.name, kinds: apis, connectors };
    checkIr(ir, diags);
    diags.throwIfErrors(`${provider.name}: snapshot ${provider.snapshotDir} has errors`);
    return { ir, warnings: diags.warnings, openapi: snapshot.openapi.json };
  });
}

/** Runs every stage but the write: the files as they should be on disk. */
export async function generate(provider: ResolvedProvider): Promise<Generated> {
  const timings: Partial<Timings> = {};
  const { ir, warnings, openapi } = await buildIr(provider, timings);
  const rendered = await timed(timings, "emit", async () => [
    await emitRuntime(),
    await emitOpenApiTypes(provider.name, openapi),
    emitApi(ir),
    ...ir.connectors.map((c) => emitConnector(ir, c)),
    emitIndex(ir),
    emitManifest(ir),
  ]);
  const files = await timed(timings, "format", () => formatFiles(rendered));
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ir, files, warnings, timings: { load: 0, parse: 0, emit: 0, format: 0, write: 0, ...timings } };
}

export interface RunResult extends Generated {
  /** Check mode: every stale file. Write mode: empty. */
  stale: StaleFile[];
  /** Write mode: whether anything on disk changed. */
  changed: boolean;
}

export async function run(provider: ResolvedProvider, mode: "write" | "check"): Promise<RunResult> {
  const generated = await generate(provider);
  const timings = generated.timings;
  if (mode === "check") {
    const stale = await timed(timings, "write", () => compareOutput(provider.outDir, generated.files));
    return { ...generated, stale, changed: false };
  }
  const changed = await timed(timings, "write", () => writeOutput(provider.outDir, generated.files));
  return { ...generated, stale: [], changed };
}
