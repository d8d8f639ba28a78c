// The diff stage: two snapshots of one provider → their IRs (through the
// pipeline's loadIrForDiff, so the stage cache serves a snapshot parsed before) →
// classified changes, the project's policy applied, semver advice.

import { readFile } from "node:fs/promises";
import type { ResolvedProvider } from "../config/config.js";
import type { RunOptions } from "../config/run-options.js";
import { CodegenError, type Diagnostic } from "../ir/diagnostics.js";
import type { IrConnector, IrProvider } from "../ir/ir.js";
import { irOf, type IrParts } from "../ir/ir-text.js";
import { loadIrPairForDiff, type LoadedIr } from "../pipeline.js";
import { diffIr } from "./compare.js";
import { InputComparer } from "./same-input.js";
import { SharedFieldMemo } from "./field-memo.js";
import type { DiffReport } from "./format.js";
import { applyPolicy, parseIgnoreFile, semverAdvice, type DiffPolicy } from "./policy.js";

export interface ProviderDiff extends DiffReport {
  /** Declared renames that matched nothing (likely stale config). */
  unusedRenames: string[];
  /** Snapshot-relative schema file per connector id, head first, else base. */
  files: Map<string, string>;
}

/** The policy codegen.config.ts sets for `provider` (its ignore file read). */
export async function policyOf(provider: ResolvedProvider): Promise<DiffPolicy> {
  const policy: DiffPolicy = {};
  if (provider.diff?.severity) policy.severity = provider.diff.severity;
  if (provider.diffIgnoreFile !== undefined) {
    let text: string;
    try {
      text = await readFile(provider.diffIgnoreFile, "utf8");
    } catch (error) {
      throw new CodegenError(
        `diff ignore file ${provider.diffIgnoreFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    policy.ignore = parseIgnoreFile(text, provider.diffIgnoreFile);
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
  }: {
    /** Each connector's schema file (default: from the two IRs). */
    files?: Map<string, string>;
    /** The head's warnings: a connector they leave out is said to be left out, not removed. */
    headWarnings?: readonly Diagnostic[];
    /** The base's warnings: a connector left out in both is no change. */
    baseWarnings?: readonly Diagnostic[];
  } = {},
): ProviderDiff {
  const { changes: all, unusedRenames } = diffIr(base, head, {
    renames: provider.diff?.renames ?? {},
    leftOut: leftOutBy(headWarnings),
    leftOutAt: leftOutPlaces(headWarnings),
    baseLeftOut: leftOutBy(baseWarnings),
    invalidDefaults: invalidDefaultsOf(headWarnings),
  });
  const { changes, ignored } = applyPolicy(all, policy);
  return { provider: provider.name, semver: semverAdvice(changes), changes, ignored, unusedRenames, files };
}

/** A warning that leaves something out of the generated code, said with its place. */
const leavesOut = (w: Diagnostic) => w.message.endsWith("; this connector is left out");
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
 * The changes between two IRs in their cache form. A connector whose JSON text
 * is the same on both sides has no change, so only the others are parsed and
 * compared: a diff costs what changed, plus reading both texts.
 */
export function diffIrParts(
  provider: ResolvedProvider,
  base: IrParts,
  head: IrParts,
  policy: DiffPolicy,
): ProviderDiff {
  const headText = new Map(head.connectors.map((c) => [c.id, c.text]));
  const baseText = new Map(base.connectors.map((c) => [c.id, c.text]));
  const differing = (parts: IrParts, other: Map<string, string>): IrProvider => ({
    provider: parts.provider,
    kinds: parts.kinds,
    connectors: parts.connectors
      .filter((c) => other.get(c.id) !== c.text)
      .map((c) => JSON.parse(c.text) as IrConnector),
  });
  const files = new Map<string, string>();
  for (const c of [...base.connectors, ...head.connectors]) files.set(c.id, c.file);
  return diffIrs(provider, differing(base, headText), differing(head, baseText), policy, {
    files,
    headWarnings: head.warnings,
    baseWarnings: base.warnings,
  });
}

/** The changes between two IRs as loadIrForDiff gives them: by their texts when both have them. */
export function diffLoaded(
  provider: ResolvedProvider,
  base: LoadedIr,
  head: LoadedIr,
  policy: DiffPolicy,
  /** Each connector's file, when the IRs hold only some connectors. */
  files?: Map<string, string>,
): ProviderDiff {
  if ("parts" in base && "parts" in head) return diffIrParts(provider, base.parts, head.parts, policy);
  const whole = (loaded: LoadedIr) => ("ir" in loaded ? loaded.ir : irOf(loaded.parts));
  const warnings = (loaded: LoadedIr) => ("ir" in loaded ? loaded.warnings : loaded.parts.warnings);
  return diffIrs(provider, whole(base), whole(head), policy, {
    files,
    headWarnings: warnings(head),
    baseWarnings: warnings(base),
  });
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
): Promise<ProviderDiff> {
  const policy = await policyOf(provider);
  const comparer = new InputComparer();
  const { base, head, files } = await loadIrPairForDiff(
    { ...provider, snapshotDir: baseDir, outDir: baseOutDir },
    { ...provider, snapshotDir: headDir },
    (b, h) => comparer.same(b, h),
    options,
    new SharedFieldMemo(comparer),
  );
  return diffLoaded(provider, base, head, policy, files);
}
