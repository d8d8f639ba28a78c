// The pipeline, stage by stage:
//   load snapshot → parse (dialect + OpenAPI envelope) → IR → check → emit →
//   (foreign TypeScript only) format → compile → write/check
// Each stage is one module; this file runs them in order, times them, looks
// their results up in the stage cache, skips a write run whose output is up to
// date (run-state.ts), and for --fetch swaps the new snapshot and output in
// together. The library entry points (`run`, `generate`, `buildIr`,
// `fetchAndRun`) take RunOptions; they read no environment.

import { applyOverrides } from "./ir/apply-overrides.js";
import { applyRenames } from "./ir/apply-renames.js";
import { applyNameLock, NAME_LOCK_FILE, parseNameLock, readNameLockText, type NameLock } from "./ir/apply-name-lock.js";
import { emitNameLock } from "./emit/name-lock.js";
import { checkIr } from "./ir/check-ir.js";
import type { ResolvedProvider } from "./config/config.js";
import { runOptions, type RunOptions } from "./config/run-options.js";
import { CodegenError, Diagnostics, type Diagnostic } from "./ir/diagnostics.js";
import { parseDialect, planDialect } from "./dialects/index.js";
import type { ConnectorInput, ConnectorPlan } from "./dialects/connector-input.js";
import type { FieldMemo } from "./dialects/json-schema-type.js";
import { emitApi } from "./emit/api.js";
import { stageCache, type OpenEntry, type StageCache } from "./output/cache.js";
import { emitConnectors } from "./emit/connectors.js";
import { compileFiles } from "./print/compile.js";
import { emitDocs } from "./emit/docs.js";
import { emitIndex } from "./emit/index-module.js";
import { emitJsonSchemas } from "./emit/json-schema.js";
import { emitManifest } from "./emit/manifest.js";
import { emitOpenApiTypes, OPENAPI_TYPES_FAILED, withoutConnectorSchemas } from "./emit/openapi-types.js";
import { emitRuntime } from "./emit/runtime.js";
import { emitClient, emitClientRuntime } from "./emit/client.js";
import { fetchSnapshot, FETCH_STATE_FILE, type FetchOptions, type FetchStats } from "./fetch/fetch-snapshot.js";
import { formatFiles } from "./print/format.js";
import type { IrConnector, IrProvider } from "./ir/ir.js";
import {
  parseSnapshot,
  parseSnapshotPair,
  readSnapshot,
  type Snapshot,
  type SnapshotBytes,
} from "./input/load-snapshot.js";
import {
  decodeIr,
  encodeIr,
  hasNegativeZero,
  irOf,
  readIrIndex,
  withTexts,
  type IrIndex,
  type IrParts,
} from "./ir/ir-text.js";
import type { OutputFile } from "./output/output.js";
import { parseOpenApiEnvelope } from "./dialects/openapi.js";
import { recordWrite, upToDate } from "./output/run-state.js";
import {
  assertReplaceable,
  caseCollisions,
  compareOutput,
  leftoversOf,
  MARKER_CONTENT,
  newTag,
  OUTPUT_MARKER,
  prepareDir,
  recoverDirs,
  stagingName,
  swapDirs,
  writeOutputChanges,
  type Prepared,
  type StaleFile,
  type WriteHooks,
} from "./output/write.js";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { byText } from "./ir/plain.js";

export type StageName = "fetch" | "load" | "parse" | "emit" | "format" | "compile" | "write";
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
  [...list].sort(
    byText(
      (c) => c.kind,
      (c) => c.code,
    ),
  );

/**
 * Parses a loaded snapshot into the IR; throws CodegenError listing every
 * error. The IR and warnings of a snapshot already parsed with the same
 * settings come from the stage cache; `inputKey` names all that decides them.
 */
export async function buildIr(
  provider: ResolvedProvider,
  options: Partial<RunOptions> = {},
  timings: Partial<Timings> = {},
): Promise<Built> {
  const resolved = runOptions(options);
  return buildIrWith(provider, stageCache(resolved), timings, resolved);
}

interface Built {
  ir: IrProvider;
  warnings: Diagnostic[];
  openapi: unknown;
  openapiFile: string;
  inputKey: string;
  /** The input key of a later run that finds `lock` (the written names.lock.json) in the output. */
  keyAfterWrite: (lock: string | undefined) => string;
}

/** The IR as the cache keeps it, or as this run built it (then both when the cache is on), and how to get the snapshot. */
interface Loaded {
  parts?: IrParts;
  /** Set when this run built the IR (a cache miss). */
  ir?: IrProvider;
  warnings: Diagnostic[];
  /** The parsed snapshot: the one this run built from, or parsed on first call from the bytes it hashed. */
  snapshot: () => Promise<Snapshot>;
  inputKey: string;
  keyAfterWrite: (lock: string | undefined) => string;
}

async function buildIrWith(
  provider: ResolvedProvider,
  cache: StageCache,
  timings: Partial<Timings>,
  options: RunOptions,
): Promise<Built> {
  return complete(await loadIr(provider, cache, timings, options), timings);
}

/** The whole IR and the OpenAPI document of what loadIr gave. */
async function complete(loaded: Loaded, timings: Partial<Timings>): Promise<Built> {
  const snapshot = await timed(timings, "load", loaded.snapshot);
  // The IR is plain JSON, and so is every cache key made of it: a -0 (which JSON writes as 0) becomes 0
  // here too, so a run from the cache and a fresh run give the same output.
  const ir =
    loaded.ir === undefined
      ? irOf(loaded.parts!)
      : hasNegativeZero(loaded.ir)
        ? (JSON.parse(JSON.stringify(loaded.ir)) as IrProvider)
        : loaded.ir;
  return {
    ir,
    warnings: loaded.warnings,
    openapi: snapshot.openapi.json,
    openapiFile: snapshot.openapi.path,
    inputKey: loaded.inputKey,
    keyAfterWrite: loaded.keyAfterWrite,
  };
}

/** An IR in its cache form (ir/ir-text.ts), or whole when the cache is off and so nothing encoded it. */
export type LoadedIr = { parts: IrParts } | { ir: IrProvider; warnings: Diagnostic[] };

/** Two snapshots' IRs for the diff: from the cache in part (see bothIndexed), or built in part (see loadIrPairForDiff). */
export type LoadedPair = (
  | { base: { index: IrIndex }; head: { index: IrIndex } }
  | {
      base: { ir: IrProvider; warnings: Diagnostic[] };
      head: { ir: IrProvider; warnings: Diagnostic[] };
      /** The file of every connector of either snapshot, head first, else base. */
      files: Map<string, string>;
    }
) & {
  /** The base snapshot's hash (readSnapshot's), worked out from the bytes read when asked for. */
  baseHash: () => string;
};

/**
 * The IR of the provider's snapshot for a caller that may not need all of it
 * (the diff). The snapshot's files are read and hashed first; they are
 * decoded, strictly parsed and turned into the IR only when the cache holds no
 * IR for those bytes under the same settings, name lock and limits.
 */
export async function loadIrForDiff(provider: ResolvedProvider, options: Partial<RunOptions> = {}): Promise<LoadedIr> {
  const resolved = runOptions(options);
  const loaded = await loadIr(provider, stageCache(resolved), {}, resolved);
  return loaded.parts !== undefined ? { parts: loaded.parts } : { ir: loaded.ir!, warnings: loaded.warnings };
}

/**
 * The IRs of two snapshots of a provider, for comparing them. From the cache
 * when it holds both. Otherwise both snapshots are parsed, and a connector is
 * built only when `sameInput` says its inputs differ between them (or its
 * name lock entries do): an unchanged connector is left out of both IRs, as
 * it has no change to report. Problems in connectors left out are not
 * reported; those of the snapshots themselves are, base first.
 */
export async function loadIrPairForDiff(
  base: ResolvedProvider,
  head: ResolvedProvider,
  sameInput: (base: ConnectorInput, head: ConnectorInput) => boolean,
  options: Partial<RunOptions> = {},
  /** Fields the head built, for the base's changed connectors to take (see FieldMemo). */
  fieldMemo?: FieldMemo,
): Promise<LoadedPair> {
  const resolved = runOptions(options);
  const cache = stageCache(resolved);
  // Both snapshots read at once: reading is I/O the thread pool does while the other is read.
  const [b, h] = await Promise.all([
    lookUpIr(base, cache, {}, resolved, false),
    lookUpIr(head, cache, {}, resolved, false),
  ]);
  const baseHash = () => b.read.hash;
  const fromCache = await bothIndexed(b, h);
  if (fromCache !== undefined) return { ...fromCache, baseHash };
  // The base's values written as the head's are the head's: comparing them costs nothing.
  const { base: baseSnapshot, head: headSnapshot } = await parseSnapshotPair(b.read, h.read, {
    maxDepth: resolved.maxDepth,
  });
  const baseLock = b.lockText === undefined ? undefined : parseNameLock(b.lockText, new Diagnostics());
  const headLock = h.lockText === undefined ? undefined : parseNameLock(h.lockText, new Diagnostics());
  const lockOf = (lock: NameLock | undefined, id: string) => JSON.stringify([...(lock?.get(id) ?? [])]);
  const sameLock =
    b.lockText === h.lockText ? () => true : (id: string) => lockOf(baseLock, id) === lockOf(headLock, id);
  // Every connector of both sides found (not built), then only those whose inputs differ built, base first.
  const [baseStart, headStart] = [
    parseEnvelope(base, baseSnapshot, b.lockDiags),
    parseEnvelope(head, headSnapshot, h.lockDiags),
  ];
  const basePlans = [...planDialect(base, baseSnapshot, baseStart.kinds, baseStart.diags, fieldMemo)];
  const headPlans = [...planDialect(head, headSnapshot, headStart.kinds, headStart.diags, fieldMemo)];
  const files = new Map<string, string>();
  for (const { input } of [...basePlans, ...headPlans]) files.set(input.id, input.file);
  const baseInputs = new Map(basePlans.map((p) => [p.input.id, p.input]));
  const unchanged = new Set<string>();
  for (const { input } of headPlans) {
    const other = baseInputs.get(input.id);
    if (other !== undefined && sameLock(input.id) && sameInput(other, input)) unchanged.add(input.id);
  }
  const built = (plans: ConnectorPlan[]) => plans.flatMap((p) => (unchanged.has(p.input.id) ? [] : (p.build() ?? [])));
  // The head first: the base takes the fields it has in common from it.
  const headConnectors = built(headPlans);
  const baseIr = completeIr(base, baseStart.apis, built(basePlans), baseStart.diags, b.lockText);
  const headIr = completeIr(head, headStart.apis, headConnectors, headStart.diags, h.lockText);
  return { base: baseIr, head: headIr, files, baseHash };
}

/**
 * Both IRs from the cache, read in part: each entry's header, then only the texts of the connectors
 * whose digests differ (or that one side has). Undefined when either is not there or cannot be read.
 */
async function bothIndexed(
  b: IrLookUp,
  h: IrLookUp,
): Promise<{ base: { index: IrIndex }; head: { index: IrIndex } } | undefined> {
  if (b.opened === undefined || h.opened === undefined) {
    await Promise.all([b.opened?.close(), h.opened?.close()]);
    return undefined;
  }
  const [bo, ho] = [b.opened, h.opened];
  try {
    const [bi, hi] = [await readIrIndex(bo.read, bo.size), await readIrIndex(ho.read, ho.size)];
    if (bi === undefined || hi === undefined) return undefined;
    const digests = (index: IrIndex) => new Map(index.connectors.map((c) => [c.id, c.digest]));
    const [bd, hd] = [digests(bi.index), digests(hi.index)];
    const [base, head] = [
      await withTexts(bi.index, bi.places, bo.read, (c) => hd.get(c.id) !== c.digest),
      await withTexts(hi.index, hi.places, ho.read, (c) => bd.get(c.id) !== c.digest),
    ];
    return base === undefined || head === undefined ? undefined : { base: { index: base }, head: { index: head } };
  } finally {
    await Promise.all([bo.close(), ho.close()]);
  }
}

/** What decides a snapshot's IR, and the IR the cache holds for it. */
interface IrLookUp {
  /** The snapshot's files as read. */
  read: SnapshotBytes;
  /** The parsed snapshot, parsed on first call from the bytes hashed. */
  snapshot: () => Promise<Snapshot>;
  lockText: string | undefined;
  lockDiags: Diagnostics;
  entry: ReturnType<StageCache["entry"]>;
  inputKey: string;
  keyAfterWrite: (lock: string | undefined) => string;
  /** The whole IR the cache holds (when read whole). */
  cached: IrParts | undefined;
  /** The cache entry, open to read in part (when not read whole); the caller closes it. */
  opened: OpenEntry | undefined;
}

async function lookUpIr(
  provider: ResolvedProvider,
  cache: StageCache,
  timings: Partial<Timings>,
  options: RunOptions,
  /** Whether a hit is read whole (else only opened). */
  whole = true,
): Promise<IrLookUp> {
  const read = await timed(timings, "load", () => readSnapshot(provider.snapshotDir));
  let parsed: Promise<Snapshot> | undefined;
  const snapshot = () => (parsed ??= parseSnapshot(read, { maxDepth: options.maxDepth }));
  // Where the snapshot and output live, how to fetch them and how to judge changes decide nothing in the IR.
  const {
    snapshotDir: _s,
    outDir: _o,
    snapshot: _sn,
    out: _ou,
    fetch: _f,
    diff: _d,
    diffIgnoreFile: _i,
    ...settings
  } = provider;
  // The declared renames do: they become deprecated aliases.
  const renames = provider.diff?.renames;
  // So does the previous run's name lock, read from the output it wrote.
  const lockDiags = new Diagnostics();
  const lockText = await readNameLockText(provider.outDir, lockDiags);
  // And the nesting limit: a hit skips the parse that would enforce it.
  const parseInputs = (lock: string | undefined) => [
    JSON.stringify(renames ? { ...settings, renames } : settings),
    read.hash,
    lock ?? "",
    String(options.maxDepth),
  ];
  // Made when asked for: a diff without the cache needs no key (nor the snapshot's hash).
  let entry: ReturnType<StageCache["entry"]> | undefined;
  const entryOf = () => (entry ??= cache.entry("parse", parseInputs(lockText)));
  // A write replaces the lock: the next run's inputs are these with the lock just written.
  const keyAfterWrite = (lock: string | undefined) => cache.entry("parse", parseInputs(lock)).key;
  const hit = cache.enabled && whole ? await entryOf().get() : undefined;
  const cached = hit === undefined ? undefined : decodeIr(hit);
  const opened = cache.enabled && !whole ? await entryOf().open() : undefined;
  return {
    read,
    snapshot,
    lockText,
    lockDiags,
    get entry() {
      return entryOf();
    },
    get inputKey() {
      return entryOf().key;
    },
    keyAfterWrite,
    cached,
    opened,
  };
}

/** Kinds with schema files, and configured kinds (whose types may all sit in the document). */
const kindsOf = (provider: ResolvedProvider, snapshot: Snapshot) =>
  [...new Set([...snapshot.connectors.map((c) => c.kind), ...Object.keys(provider.kinds)])].sort();

/** The IR of a parsed snapshot; throws CodegenError listing every error. */
function buildFromSnapshot(
  provider: ResolvedProvider,
  snapshot: Snapshot,
  lockText: string | undefined,
  lockDiags: Diagnostics,
): { ir: IrProvider; warnings: Diagnostic[] } {
  const { diags, apis, kinds } = parseEnvelope(provider, snapshot, lockDiags);
  const connectors = parseDialect(provider, snapshot, kinds, diags);
  return completeIr(provider, apis, connectors, diags, lockText);
}

/** The snapshot's kinds and their APIs, in diagnostics that hold the reading's and the lock's first. */
function parseEnvelope(provider: ResolvedProvider, snapshot: Snapshot, lockDiags: Diagnostics) {
  const diags = new Diagnostics();
  for (const w of snapshot.warnings ?? []) diags.items.push(w);
  diags.items.push(...lockDiags.items);
  const kinds = kindsOf(provider, snapshot);
  const apis = parseOpenApiEnvelope(snapshot.openapi, kinds, provider.kinds, diags);
  return { diags, apis, kinds };
}

/**
 * The IR of the connectors parsed from a snapshot: the overrides, the name
 * lock and the renames applied, and checked. Throws CodegenError listing
 * every error in `diags`.
 */
function completeIr(
  provider: ResolvedProvider,
  apis: IrProvider["kinds"],
  parsed: IrConnector[],
  diags: Diagnostics,
  lockText: string | undefined,
): { ir: IrProvider; warnings: Diagnostic[] } {
  const overridden = applyOverrides(parsed, provider.overrides ?? {}, "codegen.config.ts", diags);
  // Before the renames, so their aliases see the locked keys.
  const lock = lockText === undefined ? undefined : parseNameLock(lockText, diags);
  const locked = applyNameLock(overridden, lock, diags, {
    suffixes: provider.suffixes ?? [],
    renamed: Object.fromEntries(
      Object.entries(provider.overrides ?? {}).map(([name, o]) => [name, Object.keys(o.rename ?? {})]),
    ),
    aliases: provider.diff?.renames ?? {},
  });
  const connectors = sortConnectors(
    applyRenames(locked, provider.diff?.renames ?? {}, provider.suffixes ?? [], "codegen.config.ts", diags),
  );
  const ir: IrProvider = { provider: provider.name, kinds: apis, connectors };
  checkIr(ir, diags);
  diags.throwIfErrors(`${provider.name}: snapshot ${provider.snapshotDir} has errors`);
  return { ir, warnings: diags.warnings };
}

async function loadIr(
  provider: ResolvedProvider,
  cache: StageCache,
  timings: Partial<Timings>,
  options: RunOptions,
): Promise<Loaded> {
  const look = await lookUpIr(provider, cache, timings, options);
  const { snapshot, inputKey, keyAfterWrite, cached } = look;
  if (cached !== undefined) return { parts: cached, warnings: cached.warnings, snapshot, inputKey, keyAfterWrite };
  const parsedSnapshot = await timed(timings, "load", snapshot);
  const built = await timed(timings, "parse", () =>
    buildFromSnapshot(provider, parsedSnapshot, look.lockText, look.lockDiags),
  );
  const result = { ir: built.ir, warnings: built.warnings, snapshot, inputKey, keyAfterWrite };
  if (!cache.enabled) return result;
  const text = encodeIr(built.ir, built.warnings);
  await look.entry.put(text);
  return { ...result, parts: decodeIr(text)! };
}

/**
 * Runs every stage but the write: the files as they should be on disk.
 * `options` default to DEFAULT_RUN_OPTIONS (cache on, up to 8 emit threads
 * from 1000 connectors).
 */
export async function generate(provider: ResolvedProvider, options: Partial<RunOptions> = {}): Promise<Generated> {
  const resolved = runOptions(options);
  const cache = stageCache(resolved);
  const timings: Partial<Timings> = {};
  return generateFrom(provider, await buildIrWith(provider, cache, timings, resolved), resolved, cache, timings);
}

async function generateFrom(
  provider: ResolvedProvider,
  { ir, warnings, openapi, openapiFile, inputKey }: Built,
  options: RunOptions,
  cache: StageCache,
  timings: Partial<Timings>,
): Promise<Generated> {
  // Foreign TypeScript: the runtime template and openapi-typescript's types, formatted and compiled here.
  const foreign: OutputFile[] = await timed(timings, "emit", async () => [
    await emitRuntime(),
    // The HTTP client: its runtime template and the provider's wiring.
    ...(() => {
      const client = emitClient(ir);
      return client ? [client] : [];
    })(),
    ...(ir.kinds.some((k) => k.client !== undefined) ? [await emitClientRuntime()] : []),
    // Reused when the document (without connector schemas) is unchanged.
    await (async () => {
      const document = withoutConnectorSchemas(openapi, openapiFile, ir.connectors);
      return {
        path: "openapi.gen.ts",
        content: await cache.cached(
          "emit-openapi",
          [provider.name, JSON.stringify(document)],
          async () => (await emitOpenApiTypes(provider.name, document)).content,
        ),
      };
    })(),
  ]);
  // Everything else is ours, printed in its final form (TypeScript modules with their dist/ files).
  const own: OutputFile[] = await timed(timings, "emit", async () => [
    ...emitApi(ir),
    ...(await (async () => {
      // Cached modules first; the misses are emitted together, on every core.
      const kinds = JSON.stringify(ir.kinds);
      const entries = ir.connectors.map((c) => cache.entry("emit-connector", [ir.provider, kinds, JSON.stringify(c)]));
      const hits = await Promise.all(entries.map((entry) => entry.get()));
      const misses = ir.connectors.filter((_, i) => hits[i] === undefined);
      const emitted = new Map((await emitConnectors(ir, misses, options)).map((m, i) => [misses[i]!, m]));
      const modules = await Promise.all(
        ir.connectors.map(async (c, i) => {
          if (hits[i] !== undefined) return JSON.parse(hits[i]!) as OutputFile[];
          const module = emitted.get(c)!;
          await entries[i]!.put(JSON.stringify(module));
          return module;
        }),
      );
      return modules.flat();
    })()),
    // Files about every connector at once, reused while the inputs (hence the IR) are unchanged.
    ...(JSON.parse(
      await cache.cached("emit-whole", [inputKey], async () =>
        JSON.stringify([...emitIndex(ir), emitManifest(ir), emitNameLock(ir), ...emitJsonSchemas(ir), ...emitDocs(ir)]),
      ),
    ) as OutputFile[]),
  ]);
  const openapiTypes = foreign.find((f) => f.path === "openapi.gen.ts");
  const allWarnings = [...warnings];
  if (openapiTypes?.content.startsWith(OPENAPI_TYPES_FAILED)) {
    allWarnings.push({
      severity: "warning",
      rule: "openapi-types-failed",
      file: openapiFile,
      message: `${openapiTypes.content.split("\n")[0]!.slice(3)}; openapi.gen.ts holds empty types`,
    });
  }
  const formatted = await timed(timings, "format", () => formatFiles(foreign, cache));
  const compiled = await timed(timings, "compile", () => compileFiles(formatted, cache));
  const files = [...formatted, ...compiled, ...own].map(({ path, content }) => ({ path, content }));
  files.sort(byText((f) => f.path));
  return {
    ir,
    files,
    warnings: allWarnings,
    timings: { fetch: 0, load: 0, parse: 0, emit: 0, format: 0, compile: 0, write: 0, ...timings },
  };
}

export interface RunResult extends Generated {
  /** Check mode: every stale file. Write mode: empty. */
  stale: StaleFile[];
  /** Write mode: whether anything on disk changed. */
  changed: boolean;
  /** Write mode: each output file added (reason "missing"), changed ("differs") or removed ("extra"). */
  written: StaleFile[];
  /** Files the output has. `files` is empty when a write run found the output up to date (see run-state.ts). */
  fileCount: number;
}

const outGuard = (p: ResolvedProvider) => ({ protect: [{ path: p.snapshotDir, what: "the snapshot" }] });
const snapshotGuard = (p: ResolvedProvider) => ({
  snapshot: true,
  protect: [{ path: p.outDir, what: "the output directory" }],
});

/** Generates and writes (or, in check mode, compares) the output; `options` as for `generate`. */
export async function run(
  provider: ResolvedProvider,
  mode: "write" | "check",
  options: Partial<RunOptions> = {},
): Promise<RunResult> {
  const resolved = runOptions(options);
  const cache = stageCache(resolved);
  const timings: Partial<Timings> = {};
  // A killed run's swap is finished (or its temps dropped) before the snapshot is read.
  if (mode === "write") await recoverDirs([provider.snapshotDir, provider.outDir]);
  else {
    // A check changes nothing, so it cannot finish a killed run's swap: it says so instead of comparing half of one.
    const left = await leftoversOf([provider.snapshotDir, provider.outDir]);
    if (left.some((l) => /\.(swap|old)-[^/]*$/.test(l)))
      throw new CodegenError(
        `${provider.name}: a killed run left its swap unfinished (${left.join(", ")}); run \`npm run codegen\` to finish it`,
      );
  }
  const loaded = await loadIr(provider, cache, timings, resolved);
  // Write mode: the same inputs over an untouched output leave nothing to do.
  const key = loaded.inputKey;
  if (mode === "write") {
    await assertReplaceable(provider.outDir, outGuard(provider));
    const fileCount = await upToDate(cache, provider.outDir, key);
    if (fileCount !== undefined)
      return {
        ir: loaded.parts !== undefined ? irOf(loaded.parts) : loaded.ir!,
        warnings: loaded.warnings,
        files: [],
        fileCount,
        timings: { fetch: 0, load: 0, parse: 0, emit: 0, format: 0, compile: 0, write: 0, ...timings },
        stale: [],
        changed: false,
        written: [],
      };
  }
  const built = await complete(loaded, timings);
  const generated = await generateFrom(provider, built, resolved, cache, timings);
  const all = generated.timings;
  if (mode === "check") {
    const stale = await timed(all, "write", () => compareOutput(provider.outDir, generated.files));
    return { ...generated, stale, changed: false, written: [], fileCount: generated.files.length };
  }
  const written = await timed(all, "write", async () => {
    const changes = await writeOutputChanges(provider.outDir, generated.files, outGuard(provider));
    const lock = generated.files.find((f) => f.path === NAME_LOCK_FILE)?.content;
    await recordWrite(cache, provider.outDir, built.keyAfterWrite(lock));
    return changes;
  });
  return { ...generated, stale: [], changed: written.length > 0, written, fileCount: generated.files.length };
}

export interface SnapshotChanges {
  added: string[];
  removed: string[];
  changed: string[];
  unchanged: number;
}

export interface FetchRunResult extends RunResult {
  fetch: FetchStats;
  /** Connectors added, removed and changed, compared as IR with the previous snapshot. */
  changes: SnapshotChanges;
  /** Check mode: snapshot files that differ from what the API serves now. */
  staleSnapshot: StaleFile[];
  /** Snapshot files (relative paths) the fetch adds, removes or changes, in either mode. */
  snapshotFilesChanged: string[];
  /** The previous snapshot's IR (absent when there was none, or it did not parse), for the diff's classification. */
  previous?: IrProvider;
  /** The previous snapshot's warnings, with its IR. */
  previousWarnings?: Diagnostic[];
}

function compareConnectors(before: IrConnector[], after: IrConnector[]): SnapshotChanges {
  const id = (c: IrConnector) => `${c.kind}/${c.code}`;
  const old = new Map(before.map((c) => [id(c), JSON.stringify(c)]));
  const changes: SnapshotChanges = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const c of after) {
    const was = old.get(id(c));
    if (was === undefined) changes.added.push(id(c));
    else if (was !== JSON.stringify(c)) changes.changed.push(id(c));
    else changes.unchanged++;
    old.delete(id(c));
  }
  changes.removed = [...old.keys()];
  return changes;
}

/**
 * Downloads the snapshot, generates from it, and only when both succeed
 * replaces the snapshot and the output (each as a whole). A failure anywhere
 * leaves both exactly as they were. `runOpts` as for `generate`.
 */
export async function fetchAndRun(
  provider: ResolvedProvider,
  mode: "write" | "check",
  options: FetchOptions,
  runOpts: Partial<RunOptions> = {},
  hooks: WriteHooks = {},
): Promise<FetchRunResult> {
  await recoverDirs([provider.snapshotDir, provider.outDir]); // what a killed run left behind
  if (mode === "write") {
    // Refused before anything is downloaded.
    await assertReplaceable(provider.snapshotDir, snapshotGuard(provider));
    await assertReplaceable(provider.outDir, outGuard(provider));
  }
  const fetchStart = performance.now();
  const fetched = await fetchSnapshot(provider, options);
  // Codes that differ only in case would overwrite each other in the snapshot on macOS and
  // Windows before the IR check could see both: the later one is left out here, as there.
  const collisions = caseCollisions(fetched.files);
  const fetchWarnings: Diagnostic[] = collisions.map(({ path, earlier }) => ({
    severity: "warning",
    rule: "file-name-collision",
    file: path,
    message: `differs from ${earlier} only in case; left out of the snapshot`,
  }));
  fetched.files = fetched.files.filter((f) => !collisions.some((c) => c.path === f.path));
  const fetchMs = performance.now() - fetchStart;
  let previous: IrProvider | undefined;
  let previousWarnings: Diagnostic[] = [];
  try {
    ({ ir: previous, warnings: previousWarnings } = await buildIr(provider, runOpts));
  } catch {
    // no previous snapshot, or one that no longer parses: every connector counts as added
  }
  await mkdir(dirname(provider.snapshotDir), { recursive: true });
  const tag = newTag();
  const staging = stagingName(provider.snapshotDir, tag);
  await mkdir(staging);
  try {
    // The marker first: a killed run's staging copy is then recognisably ours.
    await writeFile(join(staging, OUTPUT_MARKER), MARKER_CONTENT);
    for (const file of fetched.files) {
      await mkdir(dirname(join(staging, file.path)), { recursive: true });
      await writeFile(join(staging, file.path), file.content);
    }
    let generated: Generated;
    try {
      generated = await generate({ ...provider, snapshotDir: staging }, runOpts);
    } catch (error) {
      if (error instanceof CodegenError)
        throw new CodegenError(
          `${provider.name}: the downloaded snapshot has errors; the snapshot and ${basename(provider.outDir)}/ are unchanged`,
          error.diagnostics,
        );
      throw error;
    }
    generated.warnings.unshift(...fetchWarnings);
    const timings = { ...generated.timings, fetch: fetchMs };
    const changes = compareConnectors(previous?.connectors ?? [], generated.ir.connectors);
    const before = previous ? { previous, previousWarnings } : {};
    const content = fetched.files.filter((f) => f.path !== FETCH_STATE_FILE);
    const staleSnapshot = (await compareOutput(provider.snapshotDir, content)).filter(
      (s) => s.path !== FETCH_STATE_FILE,
    );
    const snapshotFilesChanged = staleSnapshot.map((s) => s.path);
    if (mode === "check") {
      const stale = await timed(timings, "write", () => compareOutput(provider.outDir, generated.files));
      return {
        ...generated,
        timings,
        stale,
        staleSnapshot,
        snapshotFilesChanged,
        changed: false,
        written: [],
        fetch: fetched.stats,
        changes,
        fileCount: generated.files.length,
        ...before,
      };
    }
    // Both directories are written complete first, then swapped together under one journal:
    // a kill anywhere leaves the old pair or, after the next run, the new pair.
    const { changed, written } = await timed(timings, "write", async () => {
      const written = await compareOutput(provider.outDir, generated.files);
      const prepared: Prepared[] = [];
      try {
        for (const [dir, files] of [
          [provider.snapshotDir, fetched.files],
          [provider.outDir, generated.files],
        ] as const) {
          const p = await prepareDir(dir, files, tag);
          if (p) prepared.push(p);
        }
      } catch (error) {
        for (const p of prepared) await rm(p.temp, { recursive: true, force: true });
        throw error;
      }
      await swapDirs(prepared, tag, hooks);
      return { changed: prepared.length > 0, written };
    });
    return {
      ...generated,
      timings,
      stale: [],
      staleSnapshot: [],
      snapshotFilesChanged,
      changed,
      written,
      fetch: fetched.stats,
      changes,
      fileCount: generated.files.length,
      ...before,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
