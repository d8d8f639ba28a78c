// The stage cache (node_modules/.cache/connector-config-codegen) never changes
// what is generated: cold, warm and disabled runs give byte-identical files.
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config.js";
import { generate } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir } from "./helpers.js";

const cases = resolve(import.meta.dirname, "cases");

describe("stage cache", () => {
  it.each(["basic", "json-schema", "union"])("%s: cached and uncached runs agree byte for byte", async (name) => {
    const options = JSON.parse(readFileSync(resolve(cases, name, "case.json"), "utf8")) as Partial<ProviderConfig>;
    const provider = providerFor(resolve(cases, name, "input"), "/nonexistent", options);
    const previous = process.env.CODEGEN_CACHE;
    try {
      process.env.CODEGEN_CACHE = "0";
      const uncached = (await generate(provider)).files;
      process.env.CODEGEN_CACHE = "1";
      const first = (await generate(provider)).files;
      const second = (await generate(provider)).files;
      expect(first).toEqual(uncached);
      expect(second).toEqual(uncached);
    } finally {
      if (previous === undefined) delete process.env.CODEGEN_CACHE;
      else process.env.CODEGEN_CACHE = previous;
    }
  });

  it("after one connector changes, a warm run recompiles only what changed and still agrees", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      const previous = process.env.CODEGEN_CACHE;
      try {
        process.env.CODEGEN_CACHE = "1";
        await generate(provider); // warm
        const file = join(dir, "connectors/sources/s3.json");
        const schema = JSON.parse(await readFile(file, "utf8")) as { properties: Record<string, unknown> };
        schema.properties.added_by_test = { type: "string", description: "changed" };
        await writeFile(file, JSON.stringify(schema));
        const warm = (await generate(provider)).files;
        process.env.CODEGEN_CACHE = "0";
        const cold = (await generate(provider)).files;
        expect(warm).toEqual(cold);
        expect(warm.find((f) => f.path === "dist/sources/s3.gen.d.ts")!.content).toContain("addedByTest");
      } finally {
        if (previous === undefined) delete process.env.CODEGEN_CACHE;
        else process.env.CODEGEN_CACHE = previous;
      }
    } finally {
      await removeDir(dir);
    }
  });
});
