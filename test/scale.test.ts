// The union layout at scale: a synthetic document with SCALE_CONNECTORS
// connectors (default 500, the size issue 7 asks CI to type-check) goes
// through the whole pipeline, and the output — sources and the compiled
// dist/*.d.ts a package consumer sees — passes `tsc --strict` with library
// checking on. Times are printed for the record, never asserted.

import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as prettier from "prettier";
import { PRETTIER_OPTIONS } from "../generator/print/format.js";
import { run } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { removeDir, tempDir, typeCheck, unionProvider } from "./helpers.js";

const connectors = Number(process.env.SCALE_CONNECTORS ?? 500);
let work: string;

beforeAll(async () => {
  work = await tempDir("codegen-scale-");
});
afterAll(async () => {
  await removeDir(work);
});

it(`${connectors} union-layout connectors generate, and the output type-checks`, async () => {
  const snapshotDir = join(work, "snapshot");
  const outDir = join(work, "out");
  await mkdir(snapshotDir, { recursive: true });
  await writeFile(join(snapshotDir, "openapi.json"), JSON.stringify(syntheticDocument(connectors, 1)));
  const provider = unionProvider(snapshotDir, outDir);
  const start = performance.now();
  const result = await run(provider, "write");
  const generateMs = performance.now() - start;
  expect(result.ir.connectors).toHaveLength(connectors);
  const modules = (await readdir(outDir, { recursive: true })).filter((p) =>
    /^(sources|destinations)\/.*\.gen\.ts$/.test(p),
  );
  expect(modules).toHaveLength(connectors);
  // Connector modules and index.ts skip Prettier (generator/print/pretty.ts prints them in its format): check a sample.
  for (const path of [...modules.filter((_, i) => i % 10 === 0), "index.ts"]) {
    const content = await readFile(join(outDir, path), "utf8");
    expect(await prettier.format(content, { ...PRETTIER_OPTIONS, parser: "typescript" })).toBe(content);
  }

  const tscStart = performance.now();
  const output = await typeCheck(work, {
    compilerOptions: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      // The dist/*.d.ts are what a package consumer type-checks against: check them too.
      skipLibCheck: false,
    },
    include: ["out/**/*.ts"],
  });
  expect(output.slice(0, 4000)).toBe("");
  console.info(
    `scale: ${connectors} connectors generated in ${(generateMs / 1000).toFixed(1)} s, tsc over sources and dist in ${((performance.now() - tscStart) / 1000).toFixed(1)} s`,
  );
}, 900_000);
