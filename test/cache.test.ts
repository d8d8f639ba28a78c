// The stage cache (node_modules/.cache/connector-config-codegen) never changes
// what is generated: cold, warm and disabled runs give byte-identical files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config.js";
import { generate } from "../generator/pipeline.js";
import { providerFor } from "./helpers.js";

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
});
