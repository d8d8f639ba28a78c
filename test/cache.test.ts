// The stage cache (node_modules/.cache/connector-config-codegen) never changes
// what is generated: cold, warm and disabled runs give byte-identical files.
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { generate } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir } from "./helpers.js";

const cases = resolve(import.meta.dirname, "cases");

describe("stage cache", () => {
  it.each(["basic", "json-schema", "union"])("%s: cached and uncached runs agree byte for byte", async (name) => {
    const options = JSON.parse(readFileSync(resolve(cases, name, "case.json"), "utf8")) as Partial<ProviderConfig>;
    const provider = providerFor(resolve(cases, name, "input"), "/nonexistent", options);
    const uncached = (await generate(provider, { cache: false })).files;
    const first = (await generate(provider, { cache: true })).files;
    const second = (await generate(provider, { cache: true })).files;
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
  });

  it("after one connector changes, a warm run recompiles only what changed and still agrees", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      await generate(provider, { cache: true }); // warm
      const file = join(dir, "connectors/sources/s3.json");
      const schema = JSON.parse(await readFile(file, "utf8")) as { properties: Record<string, unknown> };
      schema.properties.added_by_test = { type: "string", description: "changed" };
      await writeFile(file, JSON.stringify(schema));
      const warm = (await generate(provider, { cache: true })).files;
      const cold = (await generate(provider, { cache: false })).files;
      expect(warm).toEqual(cold);
      expect(warm.find((f) => f.path === "dist/sources/s3.gen.d.ts")!.content).toContain("addedByTest");
    } finally {
      await removeDir(dir);
    }
  });
});

describe("up-to-date write runs (run-state.ts)", () => {
  it("skip when inputs and output are untouched; redo when a file is edited, removed or the snapshot changes", async () => {
    const { run } = await import("../generator/pipeline.js");
    const { readTree, tempDir } = await import("./helpers.js");
    const snapshot = await copySnapshot(resolve(cases, "union", "input"));
    const out = join(await tempDir(), "out");
    const options = JSON.parse(readFileSync(resolve(cases, "union", "case.json"), "utf8")) as Partial<ProviderConfig>;
    const provider = providerFor(snapshot, out, options);
    try {
      const first = await run(provider, "write");
      expect(first.changed).toBe(true);
      const written = await readTree(out);
      const again = await run(provider, "write");
      expect({ changed: again.changed, files: again.files.length }).toEqual({ changed: false, files: 0 });
      expect(again.fileCount).toBe(first.files.length);
      expect(again.ir.connectors.length).toBe(first.ir.connectors.length);
      expect(again.warnings).toEqual(first.warnings);

      // A hand edit (even one keeping the size) is undone by the next run.
      const module = join(out, "sources/postgres.gen.ts");
      const text = await readFile(module, "utf8");
      await writeFile(module, text.replace("export", "EXPORT"));
      expect((await run(provider, "write")).changed).toBe(true);
      expect(await readTree(out)).toEqual(written);

      // A removed file comes back.
      await removeDir(join(out, "docs"));
      expect((await run(provider, "write")).changed).toBe(true);
      expect(await readTree(out)).toEqual(written);
      expect((await run(provider, "write")).files).toEqual([]);

      // Changed inputs regenerate.
      const doc = join(snapshot, "openapi.yaml");
      await writeFile(doc, (await readFile(doc, "utf8")).replace("Replicates", "Copies"));
      const changed = await run(provider, "write");
      expect(changed.changed).toBe(true);
      expect(changed.files.length).toBeGreaterThan(0);

      // Check mode always compares contents.
      expect((await run(provider, "check")).files.length).toBeGreaterThan(0);
    } finally {
      await removeDir(snapshot);
      await removeDir(dirname(out));
    }
  });
});

describe("parse cache", () => {
  it("a -0 in the schema gives the same output fresh and from the cache (JSON has no -0)", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const doc = join(dir, "openapi.json");
      const text = await readFile(doc, "utf8");
      expect(text).toContain('"minimum": 1,');
      await writeFile(doc, text.replace('"minimum": 1,', '"minimum": -0,'));
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      const fresh = (await generate(provider, { cache: false })).files;
      await generate(provider, { cache: true });
      const cached = (await generate(provider, { cache: true })).files;
      expect(cached).toEqual(fresh);
      expect(fresh.some((f) => f.content.includes("minimum: 0"))).toBe(true);
    } finally {
      await removeDir(dir);
    }
  });
});
