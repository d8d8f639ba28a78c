// Tests spawn the command line through scripts/codegen.mjs, which rebuilds a
// stale build/ itself; building once here keeps test files that start at the
// same time from each rebuilding it.
import { ensureBuilt } from "../scripts/build.mjs";

export default async function setup(): Promise<void> {
  await ensureBuilt();
}
