// The diff stage: two snapshots of one provider → their IRs (through the
// pipeline's loadIrForDiff, so the stage cache serves a snapshot parsed before) →
// classified changes, the project's policy applied, semver advice.

import { lstat } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { ResolvedProvider } from "../config/config.js";
import type { RunOptions } from "../config/run-options.js";
import { CodegenError, type Diagnostic } from "../ir/diagnostics.js";
import type { IrConnector, IrProvider } from "../ir/ir.js";
import type { IrIndex } from "../ir/ir-text.js";
import { loadIrPairForDiff, type LoadedPair } from "../pipeline.js";
import { diffIr, requestsOf } from "./compare.js";
import { InputComparer } from "./same-input.js";
import { SharedFieldMemo } from "./field-memo.js";
import type { DiffReport } from "./format.js";
import { applyPolicy, MAX_IGNORE_BYTES, parseIgnoreFile, semverAdvice, type DiffPolicy } from "./policy.js";
import { readBoundedBytes, readBoundedFile, type BoundedRead } from "../input/bounded-file.js";
import { MAX_SNAPSHOT_FILE_BYTES } from "../input/load-snapshot.js";

export interface ProviderDiff extends DiffReport {
  /** Declared renames that matched nothing (likely stale config). */
  unusedRenames: string[];
  /** Snapshot-relative schema file per connector id, head first, else base. */
  files: Map<string, string>;
}

/** Two snapshots' diff, and the base snapshot's hash (see readSnapshot): what `--bump` records. */
export interface SnapshotDiff extends ProviderDiff {
  baseHash: () => string;
}

/** The policy codegen.config.ts sets for `provider` (its ignore file read). */
export async function policyOf(provider: ResolvedProvider): Promise<DiffPolicy> {
  const policy: DiffPolicy = {};
  if (provider.diff?.severity) policy.severity = provider.diff.severity;
  if (provider.diffIgnoreFile !== undefined) {
    let read: BoundedRead;
    try {
      // A file of the repository, whose errors quote its lines: a link (planted in a commit, to a file outside,
      // a credential store, say) is not followed, so no line of another file reaches a log.
      if ((await lstat(provider.diffIgnoreFile).catch(() => undefined))?.isSymbolicLink())
        throw new CodegenError(`diff ignore file ${provider.diffIgnoreFile}: a symbolic link; it is not read`);
      // Only a regular file, read no further than the parser's bound: a FIFO or /dev/zero costs nothing.
      read = await readBoundedFile(provider.diffIgnoreFile, MAX_IGNORE_BYTES);
    } catch (error) {
      if (error instanceof CodegenError) throw error;
      throw new CodegenError(
        `diff ignore file ${provider.diffIgnoreFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    if (!("text" in read))
      throw new CodegenError(
        `diff ignore file ${provider.diffIgnoreFile}: ${read.problem === "too-large" ? "larger than 1 MiB" : "not a regular file"}`,
      );
    policy.ignore = parseIgnoreFile(read.text, provider.diffIgnoreFile);
  }
  return policy;
}

/** Classifies the changes between two IRs of `provider` under its policy. */
export function diffIrs(
  provider: ResolvedProvider,
  base: IrProvider,
  head: IrProvider,
  policy: DiffPolicy,
  {
    files = filesOf(base, head),
    headWarnings = [],
    baseWarnings = [],
    sameLeftOut,
  }: {
    /** Each connector's schema file (default: from the two IRs). */
    files?: Map<string, string>;
    /** The head's warnings: a connector they leave out is said to be left out, not removed. */
    headWarnings?: readonly Diagnostic[];
    /** The base's warnings: a connector left out in both is compared by `sameLeftOut`. */
    baseWarnings?: readonly Diagnostic[];
    /** Connectors left out in both whose schema is the same in both snapshots (default: none known). */
    sameLeftOut?: ReadonlySet<string>;
  } = {},
): ProviderDiff {
  const { changes: all, unusedRenames } = diffIr(base, head, {
    renames: provider.diff?.renames ?? {},
    leftOut: leftOutBy(headWarnings),
    leftOutAt: leftOutPlaces(headWarnings),
    duplicates: duplicatesNew(baseWarnings, headWarnings),
    baseLeftOut: leftOutBy(baseWarnings),
    invalidDefaults: invalidDefaultsOf(headWarnings),
    ...(sameLeftOut !== undefined ? { sameLeftOut } : {}),
  });
  const { changes, ignored } = applyPolicy(all, policy);
  // A kind's requests are the OpenAPI document's: the head's, else the base's.
  const withRequests = new Map(files);
  for (const k of [...base.kinds, ...head.kinds])
    for (const { id, operation } of requestsOf(k)) withRequests.set(id, k[operation].source.file);
  return {
    provider: provider.name,
    semver: semverAdvice(changes),
    changes,
    ignored,
    unusedRenames,
    files: withRequests,
  };
}

/**
 * A warning that leaves a connector out of the generated code, said with its place. A union member whose
 * code another member has is left out, not the connector of that code (see duplicatesNew).
 */
const leavesOut = (w: Diagnostic) =>
  w.rule !== "duplicate-connector" && w.message.endsWith("; this connector is left out");
const reasonOf = (w: Diagnostic) => `${w.file ?? ""}${w.pointer !== undefined ? `#${w.pointer}` : ""}: ${w.message}`;

/** Why each connector a snapshot's warnings leave out is left out: the first such warning, with its place. */
function leftOutBy(warnings: readonly Diagnostic[]): Map<string, string> {
  const why = new Map<string, string>();
  for (const w of warnings)
    if (w.connector !== undefined && !why.has(w.connector) && leavesOut(w)) why.set(w.connector, reasonOf(w));
  return why;
}

/**
 * Where warnings leave out what has no connector code yet (a union member that
 * cannot be read): a connector whose schema was there is still in the snapshot.
 */
function leftOutPlaces(warnings: readonly Diagnostic[]): { file: string; pointer: string; why: string }[] {
  return warnings
    .filter((w) => w.connector === undefined && w.pointer !== undefined && leavesOut(w))
    .map((w) => ({ file: w.file ?? "", pointer: w.pointer!, why: reasonOf(w) }));
}

/**
 * The union members the head leaves out for a code another member has, beyond those the base left out for
 * that code: counted per connector, so members that only moved (their pointers changed) are not new. Of a
 * connector's, those whose warning the base did not have are taken first.
 */
function duplicatesNew(
  baseWarnings: readonly Diagnostic[],
  headWarnings: readonly Diagnostic[],
): { id: string; why: string }[] {
  // Each connector's warnings, in order, each text once.
  const duplicates = (warnings: readonly Diagnostic[]) => {
    const byId = new Map<string, Set<string>>();
    for (const w of warnings)
      if (w.rule === "duplicate-connector" && w.connector !== undefined) {
        let whys = byId.get(w.connector);
        if (whys === undefined) byId.set(w.connector, (whys = new Set()));
        whys.add(reasonOf(w));
      }
    return byId;
  };
  const before = duplicates(baseWarnings);
  const found: { id: string; why: string }[] = [];
  for (const [id, whys] of duplicates(headWarnings)) {
    const had = before.get(id) ?? new Set<string>();
    const extra = whys.size - had.size;
    if (extra <= 0) continue;
    const list = [...whys];
    const picked = new Set(
      [...list.filter((why) => !had.has(why)), ...list.filter((why) => had.has(why)).reverse()].slice(0, extra),
    );
    for (const why of list) if (picked.has(why)) found.push({ id, why });
  }
  return found;
}

/** The defaults a snapshot's warnings say were left out as invalid, by `file#pointer`. */
function invalidDefaultsOf(warnings: readonly Diagnostic[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const w of warnings)
    if ((w.rule === "default-invalid" || w.rule === "default-type-mismatch") && w.pointer !== undefined)
      found.set(`${w.file ?? ""}#${w.pointer}`, w.message);
  return found;
}

function filesOf(base: IrProvider, head: IrProvider): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of [...base.connectors, ...head.connectors]) files.set(`${c.kind}/${c.code}`, c.source.file);
  return files;
}

/**
 * The changes between two IRs in their cache form. A connector whose digest
 * is the same on both sides has no change, so only the others are read, parsed
 * and compared: a diff costs what changed, plus reading both headers.
 */
export function diffIndexed(
  provider: ResolvedProvider,
  base: IrIndex,
  head: IrIndex,
  policy: DiffPolicy,
  sameLeftOut?: ReadonlySet<string>,
): ProviderDiff {
  const headDigest = new Map(head.connectors.map((c) => [c.id, c.digest]));
  const baseDigest = new Map(base.connectors.map((c) => [c.id, c.digest]));
  const differing = (index: IrIndex, other: Map<string, string>): IrProvider => ({
    provider: index.provider,
    kinds: index.kinds,
    connectors: index.connectors
      .filter((c) => other.get(c.id) !== c.digest)
      .map((c) => {
        if (c.text === undefined) throw new Error(`internal: the text of ${c.id}, which differs, was not read`);
        return JSON.parse(c.text) as IrConnector;
      }),
  });
  const files = new Map<string, string>();
  for (const c of [...base.connectors, ...head.connectors]) files.set(c.id, c.file);
  return diffIrs(provider, differing(base, headDigest), differing(head, baseDigest), policy, {
    files,
    headWarnings: head.warnings,
    baseWarnings: base.warnings,
    ...(sameLeftOut !== undefined ? { sameLeftOut } : {}),
  });
}

/** The changes between two IRs as loadIrPairForDiff gives them: by their digests when both are from the cache. */
export function diffLoaded(
  provider: ResolvedProvider,
  pair: LoadedPair,
  policy: DiffPolicy,
  /** Connectors left out in both whose schema is the same in both snapshots. */
  sameLeftOut?: ReadonlySet<string>,
): ProviderDiff {
  if ("index" in pair.base && "index" in pair.head)
    return diffIndexed(provider, pair.base.index, pair.head.index, policy, sameLeftOut);
  if (!("files" in pair)) throw new Error("internal: one snapshot's IR from the cache, the other's built");
  return diffIrs(provider, pair.base.ir, pair.head.ir, policy, {
    files: pair.files,
    headWarnings: pair.head.warnings,
    baseWarnings: pair.base.warnings,
    ...(sameLeftOut !== undefined ? { sameLeftOut } : {}),
  });
}

const warningsOf = (loaded: LoadedPair["base"]) => ("ir" in loaded ? loaded.warnings : loaded.index.warnings);

/** The names a snapshot's OpenAPI document may have (input/load-snapshot.ts reads the first there). */
const OPENAPI_NAMES = ["openapi.json", "openapi.yaml", "openapi.yml"];

/** The files each connector's leaving-out warnings name, by connector. */
function leftOutFiles(warnings: readonly Diagnostic[]): Map<string, Set<string>> {
  const files = new Map<string, Set<string>>();
  for (const w of warnings)
    if (w.connector !== undefined && leavesOut(w)) {
      let set = files.get(w.connector);
      if (set === undefined) files.set(w.connector, (set = new Set()));
      if (w.file !== undefined) set.add(w.file);
    }
  return files;
}

/**
 * The connectors left out of both snapshots' IRs whose schema is the same in both: every file
 * their leaving-out warnings name, on either side, and the OpenAPI document (which `$ref`s may
 * reach) are the same in both, as `sameFile` says.
 */
export function sameLeftOutWhere(
  baseWarnings: readonly Diagnostic[],
  headWarnings: readonly Diagnostic[],
  sameFile: (file: string) => boolean,
): Set<string> {
  const before = leftOutFiles(baseWarnings);
  const same = new Set<string>();
  for (const [id, files] of leftOutFiles(headWarnings)) {
    const was = before.get(id);
    if (was !== undefined && [...files, ...was, ...OPENAPI_NAMES].every(sameFile)) same.add(id);
  }
  return same;
}

/**
 * sameLeftOutWhere with two snapshot folders: a file is the same when it has the same bytes in
 * both, or is in neither. One that cannot be read, or names a place outside its folder, is not.
 */
export async function sameLeftOutIn(
  baseDir: string,
  headDir: string,
  baseWarnings: readonly Diagnostic[],
  headWarnings: readonly Diagnostic[],
): Promise<Set<string>> {
  const [before, after] = [leftOutFiles(baseWarnings), leftOutFiles(headWarnings)];
  const files = new Set<string>();
  for (const [id, named] of after)
    if (before.has(id)) for (const file of [...named, ...before.get(id)!, ...OPENAPI_NAMES]) files.add(file);
  const same = new Map<string, boolean>();
  for (const file of files) same.set(file, await sameFileIn(baseDir, headDir, file));
  return sameLeftOutWhere(baseWarnings, headWarnings, (file) => same.get(file) === true);
}

/** Whether `file` (relative to both folders) has the same bytes in both, or is in neither. */
async function sameFileIn(baseDir: string, headDir: string, file: string): Promise<boolean> {
  const read = async (dir: string): Promise<Buffer | undefined | false> => {
    const root = resolve(dir);
    const path = resolve(root, file);
    if (!path.startsWith(root + sep)) return false;
    try {
      // Only a regular file, as the snapshot reads it: a FIFO or a folder in its place is not the same.
      const read = await readBoundedBytes(path, MAX_SNAPSHOT_FILE_BYTES);
      return "bytes" in read ? Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength) : false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" ? undefined : false;
    }
  };
  const [b, h] = [await read(baseDir), await read(headDir)];
  if (b === false || h === false) return false;
  return b === undefined || h === undefined ? b === h : b.equals(h);
}

/**
 * Classifies the changes between two snapshots. Their IRs come from the
 * stage cache, else only the connectors whose inputs differ are built (errors
 * name the snapshot).
 */
export async function diffSnapshots(
  provider: ResolvedProvider,
  baseDir: string,
  headDir: string,
  options: Partial<RunOptions> = {},
  /** Where the base's name lock is (default: the provider's output directory). */
  baseOutDir: string = provider.outDir,
): Promise<SnapshotDiff> {
  const policy = await policyOf(provider);
  const load = (loadOptions: Partial<RunOptions>) => {
    const comparer = new InputComparer();
    return loadIrPairForDiff(
      { ...provider, snapshotDir: baseDir, outDir: baseOutDir },
      { ...provider, snapshotDir: headDir },
      (b, h) => comparer.same(b, h),
      loadOptions,
      new SharedFieldMemo(comparer),
    );
  };
  let loaded = await load(options);
  let same = await sameLeftOutIn(baseDir, headDir, warningsOf(loaded.base), warningsOf(loaded.head));
  // Whole IRs from the cache say a connector is left out of both, not whether its input changed. When its
  // files differ, the inputs decide: the snapshots are read, and only connectors whose inputs differ are built
  // (and left out again), as without the cache.
  if (
    "index" in loaded.base &&
    "index" in loaded.head &&
    leftOutInBoth(warningsOf(loaded.base), warningsOf(loaded.head)).some((id) => !same.has(id))
  ) {
    loaded = await load({ ...options, cache: false });
    same = await sameLeftOutIn(baseDir, headDir, warningsOf(loaded.base), warningsOf(loaded.head));
  }
  return { ...diffLoaded(provider, loaded, policy, same), baseHash: loaded.baseHash };
}

/** The connectors both snapshots' warnings leave out. */
function leftOutInBoth(baseWarnings: readonly Diagnostic[], headWarnings: readonly Diagnostic[]): string[] {
  const before = leftOutFiles(baseWarnings);
  return [...leftOutFiles(headWarnings).keys()].filter((id) => before.has(id));
}
