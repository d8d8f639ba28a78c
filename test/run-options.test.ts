// RunOptions from the environment (generator/config/run-options.ts): the
// variables README documents, over the library defaults.

import { describe, expect, it } from "vitest";
import { DEFAULT_RUN_OPTIONS, runOptions, runOptionsFromEnv } from "../generator/config/run-options.js";
import { CodegenError } from "../generator/ir/diagnostics.js";

describe("run options", () => {
  it("default to cache on, 8 threads from 1000 connectors, snapshot nesting up to 256", () => {
    expect(runOptions()).toEqual({ cache: true, threads: 8, parallelFrom: 1000, maxDepth: 256 });
    expect(runOptionsFromEnv({})).toEqual(DEFAULT_RUN_OPTIONS);
    expect(runOptions({ threads: 1 })).toEqual({ ...DEFAULT_RUN_OPTIONS, threads: 1 });
  });

  it("take CODEGEN_CACHE, CODEGEN_THREADS and CODEGEN_PARALLEL_FROM", () => {
    expect(runOptionsFromEnv({ CODEGEN_CACHE: "0", CODEGEN_THREADS: "1", CODEGEN_PARALLEL_FROM: "5" })).toEqual({
      cache: false,
      threads: 1,
      parallelFrom: 5,
      maxDepth: 256,
    });
    expect(runOptionsFromEnv({ CODEGEN_CACHE: "1" }).cache).toBe(true);
  });

  it("refuse values that are not counts", () => {
    for (const env of [{ CODEGEN_THREADS: "x" }, { CODEGEN_THREADS: "0" }, { CODEGEN_PARALLEL_FROM: "" }])
      expect(() => runOptionsFromEnv(env)).toThrow(CodegenError);
  });
});
