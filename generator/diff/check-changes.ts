// What `--check` says about a stale output without --fetch: the committed
// output is taken to be generated from the snapshot committed at HEAD (which
// `--check` in CI keeps true), so when the work tree's snapshot differs from
// HEAD's, the change between the two is classified as `diff --base HEAD`
// would. Otherwise no snapshot change explains the stale files, and the
// result says why there is nothing to classify.

import type { ResolvedProvider } from "../config/config.js";
import type { RunOptions } from "../config/run-options.js";
import { CodegenError } from "../ir/diagnostics.js";
import { loadIrForDiff } from "../pipeline.js";
import { diffSnapshots, type ProviderDiff } from "./diff.js";
import { changedSinceHead, snapshotAtRevision } from "./git-snapshot.js";

export type CheckClassification = { diff: ProviderDiff } | { none: string };

export async function classifySinceHead(
  provider: ResolvedProvider,
  options: Partial<RunOptions> = {},
): Promise<CheckClassification> {
  const changed = await changedSinceHead(provider.snapshotDir);
  if (typeof changed === "string") return { none: `the snapshot's committed state is unknown: ${changed}` };
  if (!changed)
    return {
      none: "the snapshot is as committed at HEAD, so no schema change explains the stale files (the generator, the config or the output changed)",
    };
  let base;
  try {
    base = await snapshotAtRevision(provider.snapshotDir, "HEAD", provider.outDir);
  } catch (error) {
    if (error instanceof CodegenError) return { none: error.message };
    throw error;
  }
  const baseOutDir = base.outDir ?? provider.outDir;
  try {
    return { diff: await diffSnapshots(provider, base.dir, provider.snapshotDir, options, baseOutDir) };
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error;
    // Only the snapshot at HEAD is this classification's to explain; the work tree's errors are the run's.
    const atHead = await loadIrForDiff({ ...provider, snapshotDir: base.dir, outDir: baseOutDir }, options).then(
      () => undefined,
      (e: unknown) => (e instanceof CodegenError ? e : undefined),
    );
    if (atHead !== undefined) return { none: `the snapshot at HEAD has errors: ${atHead.message}` };
    throw error;
  } finally {
    await base.remove();
  }
}
