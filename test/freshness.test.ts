// The committed generated/ is exactly what the embedded snapshots produce
// (the same comparison as `npm run codegen -- --check`).
import { resolve } from "node:path";
import { expect, it } from "vitest";
import { loadConfig, loadConfigFile } from "../generator/config/config.js";
import { writePackage } from "../generator/output/write-package.js";
import { run } from "../generator/pipeline.js";

const providers = await loadConfig(resolve(import.meta.dirname, "../codegen.config.ts"));

it.each(providers.map((p) => [p.name, p]))("generated/%s is fresh", async (_name, provider) => {
  const result = await run(provider, "check");
  expect(result.stale).toEqual([]);
});

it("the package's own files (package.json, root modules, validate, bin, README) are fresh", async () => {
  const { package: pkg, providers: all } = await loadConfigFile(resolve(import.meta.dirname, "../codegen.config.ts"));
  expect(await writePackage(pkg!, all, "check")).toEqual([]);
});
