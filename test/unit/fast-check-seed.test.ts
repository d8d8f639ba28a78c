// Properties without a seed of their own replay: the setup file's seed reaches every fast-check run.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

describe("fast-check seed", () => {
  it("two runs of a property that names no seed draw the same values", () => {
    const draws = () => fc.sample(fc.string(), { numRuns: 20 });
    expect(draws()).toEqual(draws());
  });
});
