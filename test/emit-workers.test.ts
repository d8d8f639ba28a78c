// Connector modules emitted on worker threads (generator/emit/connectors.ts)
// are byte-identical to those emitted on one thread. The threshold is lowered
// so a small document takes the parallel path.

import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workerChunks } from "../generator/emit/connectors.js";
import { generate } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { removeDir, tempDir, unionProvider } from "./helpers.js";

let work: string;

beforeAll(async () => {
  work = await tempDir("codegen-emit-workers-");
});
afterAll(async () => {
  await removeDir(work);
});

describe("connector modules emitted on several threads", () => {
  it("are byte-identical to one thread's", async () => {
    const snapshotDir = join(work, "threads");
    await mkdir(snapshotDir, { recursive: true });
    await writeFile(join(snapshotDir, "openapi.json"), JSON.stringify(syntheticDocument(60, 5)));
    const provider = unionProvider(snapshotDir, join(work, "out"));
    const before = workerChunks.count;
    const parallel = await generate(provider, { cache: false, threads: 4, parallelFrom: 1 });
    if (availableParallelism() > 1) expect(workerChunks.count).toBeGreaterThan(before);
    const single = await generate(provider, { cache: false, threads: 1, parallelFrom: 1 });
    expect(parallel.files.length).toBe(single.files.length);
    for (const [i, file] of parallel.files.entries()) expect(file, file.path).toEqual(single.files[i]);
  }, 120_000);
});
