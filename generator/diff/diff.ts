// The diff stage: two snapshots of one provider → their IRs (through the
// pipeline's buildIr, so the stage cache serves a snapshot parsed before) →
// classified changes, the project's policy applied, semver advice.

import { readFile } from "node:fs/promises";
import type { ResolvedProvider } from "../config/config.js";
import type { RunOptions } from "../config/run-options.js";
import { CodegenError } from "../ir/diagnostics.js";
import type { IrProvider } from "../ir/ir.js";
import { buildIr } from "../pipeline.js";
import { diffIr } from "./compare.js";
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
): ProviderDiff {
  const { changes: all, unusedRenames } = diffIr(base, head, { renames: provider.diff?.renames ?? {} });
  const { changes, ignored } = applyPolicy(all, policy);
  const files = new Map<string, string>();
  for (const c of [...base.connectors, ...head.connectors]) files.set(`${c.kind}/${c.code}`, c.source.file);
  return { provider: provider.name, semver: semverAdvice(changes), changes, ignored, unusedRenames, files };
}

/** Builds both snapshots' IRs (errors name the snapshot) and classifies the changes. */
export async function diffSnapshots(
  provider: ResolvedProvider,
  baseDir: string,
  headDir: string,
  options: Partial<RunOptions> = {},
): Promise<ProviderDiff> {
  const policy = await policyOf(provider);
  const base = (await buildIr({ ...provider, snapshotDir: baseDir }, options)).ir;
  const head = (await buildIr({ ...provider, snapshotDir: headDir }, options)).ir;
  return diffIrs(provider, base, head, policy);
}
