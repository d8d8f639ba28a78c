// The runtime's fast path (compiled checks tried before the problem-listing
// walk) must change nothing but speed. From templates/runtime.ts two copies are
// made: one without the fast path (the walk alone, which also skips nothing by
// compiled checks) and one that exports `quickValid`. For every connector of both providers and the union golden
// case, on both key sides, with valid and randomly broken configs:
//   - validate / validateWire / the create builder give exactly the same
//     problems (or request) as the walk alone;
//   - every valid config takes the fast path (quickValid is true), so it is
//     actually used.
// FAST_PATH_RUNS configs per connector and side (default 300).

import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectors as streamkap } from "../generated/streamkap/index.js";
import { connectors as unstructured } from "../generated/unstructured/index.js";
import type { ConnectorSpec, KindApiSpec, Problem } from "../generated/streamkap/runtime.gen.js";
import { connectors as union } from "./cases/union/expected/index.js";
import { arbitraryConfig, noisy } from "./arbitraries.js";
import { removeDir, tempDir } from "./helpers.js";

const RUNS = Number(process.env.FAST_PATH_RUNS ?? 300);
type Plain = Record<string, unknown>;

interface Runtime {
  validateConfig(spec: ConnectorSpec, config: unknown): Problem[];
  validateWireConfig(spec: ConnectorSpec, wire: unknown): Problem[];
  buildCreateRequest(api: KindApiSpec, spec: ConnectorSpec, input: unknown, options?: unknown): unknown;
  quickValid?(spec: ConnectorSpec, side: "authoring" | "wire", value: unknown): boolean;
}
interface Module {
  spec: ConnectorSpec;
  toWire(config: object): unknown;
}

let work: string;
let fast: Runtime;
let walk: Runtime;
let closures: Runtime;

beforeAll(async () => {
  work = await tempDir("codegen-fast-path-");
  const source = readFileSync(resolve(import.meta.dirname, "../templates/runtime.ts"), "utf8");
  const shortcuts = /^.*quickValid\(spec, "(authoring|wire)", (config|wire)\)\) return \[\];\n/gm;
  expect(source.match(shortcuts)).toHaveLength(2);
  const builderShortcut = `else if (configWalk.mode !== "create" || !quickValid(spec, "authoring", config))`;
  expect(source).toContain(builderShortcut);
  writeFileSync(join(work, "fast.ts"), `${source}\nexport { quickValid };\n`);
  // Inside the walk, passing fields and items are skipped by their compiled checks: the walk alone has none.
  const walkSkips = /^.*checkFor\((field\.type|spec\.items), walk\.side\)\((value\[name\]|item), depth \+ 1\)\).*\n/gm;
  expect(source.match(walkSkips)).toHaveLength(2);
  writeFileSync(
    join(work, "walk.ts"),
    source.replace(shortcuts, "").replace(builderShortcut, "else").replace(walkSkips, ""),
  );
  // Where `new Function` is refused (a strict CSP), the closures do the same job.
  const generator = "const make = new Function(";
  expect(source).toContain(generator);
  writeFileSync(
    join(work, "closures.ts"),
    `${source.replace(generator, 'const make = ((..._: unknown[]) => { throw new EvalError("refused"); })(')}\nexport { quickValid };\n`,
  );
  fast = (await import(pathToFileURL(join(work, "fast.ts")).href)) as Runtime;
  walk = (await import(pathToFileURL(join(work, "walk.ts")).href)) as Runtime;
  closures = (await import(pathToFileURL(join(work, "closures.ts")).href)) as Runtime;
});
afterAll(async () => {
  await removeDir(work);
});

/** The outcome of a call: its value or its error's message and problems. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: (e as Error).message, problems: (e as { problems?: unknown }).problems };
  }
}

const registries: [string, Record<string, Record<string, Module>>][] = [
  ["streamkap", streamkap as unknown as Record<string, Record<string, Module>>],
  ["unstructured", unstructured as unknown as Record<string, Record<string, Module>>],
  ["union golden", union as unknown as Record<string, Record<string, Module>>],
];

for (const [provider, registry] of registries) {
  describe(provider, () => {
    for (const [kind, byCode] of Object.entries(registry)) {
      for (const [code, module] of Object.entries(byCode)) {
        it(`${kind}/${code}: same problems with and without the fast path; valid configs take it`, () => {
          const spec = module.spec;
          const valid = arbitraryConfig(spec);
          fc.assert(
            fc.property(valid, (config) => {
              expect(fast.quickValid!(spec, "authoring", config)).toBe(true);
              expect(fast.quickValid!(spec, "wire", module.toWire(config))).toBe(true);
              expect(closures.quickValid!(spec, "authoring", config)).toBe(true);
            }),
            { numRuns: Math.ceil(RUNS / 3), seed: 11 },
          );
          let rejected = 0;
          fc.assert(
            fc.property(
              noisy(
                spec,
                spec.fields.map((f) => f.key),
                valid,
              ),
              (config) => {
                const problems = fast.validateConfig(spec, config);
                if (problems.length > 0) rejected++;
                expect(problems).toEqual(walk.validateConfig(spec, config));
                expect(closures.validateConfig(spec, config)).toEqual(problems);
              },
            ),
            { numRuns: RUNS, seed: 12 },
          );
          fc.assert(
            fc.property(
              noisy(
                spec,
                spec.fields.map((f) => f.wireKey),
                valid.map((c) => module.toWire(c) as Plain),
              ),
              (wire) => {
                const problems = walk.validateWireConfig(spec, wire);
                expect(fast.validateWireConfig(spec, wire)).toEqual(problems);
                expect(closures.validateWireConfig(spec, wire)).toEqual(problems);
              },
            ),
            { numRuns: RUNS, seed: 13 },
          );
          expect(rejected).toBeGreaterThan(0);
        });
      }
    }
  });
}

describe("odd objects", () => {
  it("a polluted prototype, own keys set to undefined, inherited and non-enumerable fields, null prototypes, holes", () => {
    const module = Object.values((union as unknown as Record<string, Record<string, Module>>).sources!)[0]!;
    const spec = module.spec;
    const valid = fc.sample(arbitraryConfig(spec), { numRuns: 20, seed: 5 });
    const field = spec.fields.find((f) => f.required && f.default === undefined)!;
    const optional = spec.fields.find((f) => !f.required)!;
    const variants = (config: Plain): unknown[] => {
      const { [field.key]: _required, ...withoutRequired } = config;
      const inherits = Object.assign(Object.create({ [field.key]: config[field.key] }) as Plain, withoutRequired);
      const hidden = { ...withoutRequired };
      Object.defineProperty(hidden, field.key, { value: config[field.key], enumerable: false });
      return [
        { ...config, [optional.key]: undefined },
        { ...config, [field.key]: undefined },
        inherits,
        hidden,
        Object.assign(Object.create(null) as Plain, config),
        { ...config, extra: [1, , 3] },
      ];
    };
    for (const config of valid)
      for (const value of variants(config)) {
        expect(fast.validateConfig(spec, value)).toEqual(walk.validateConfig(spec, value));
        expect(closures.validateConfig(spec, value)).toEqual(walk.validateConfig(spec, value));
      }
    // An enumerable property on Object.prototype: every answer still the walk's.
    const proto = Object.prototype as Plain;
    proto[field.key] = valid[0]![field.key];
    try {
      for (const config of valid) {
        const { [field.key]: _required, ...withoutRequired } = config;
        expect(fast.validateConfig(spec, withoutRequired)).toEqual(walk.validateConfig(spec, withoutRequired));
        expect(walk.validateConfig(spec, withoutRequired).length).toBeGreaterThan(0);
        expect(fast.validateConfig(spec, config)).toEqual(walk.validateConfig(spec, config));
      }
    } finally {
      delete proto[field.key];
    }
  });
});

describe("builders", () => {
  it("the create builder gives the same request or the same problems", async () => {
    const { sourcesApi } = (await import("../generated/streamkap/api.gen.js")) as { sourcesApi: KindApiSpec };
    for (const module of Object.values((streamkap as unknown as Record<string, Record<string, Module>>).sources!)) {
      fc.assert(
        fc.property(
          noisy(
            module.spec,
            module.spec.fields.map((f) => f.key),
            arbitraryConfig(module.spec),
          ),
          (config) => {
            const input = { name: "n", config };
            expect(outcome(() => fast.buildCreateRequest(sourcesApi, module.spec, input))).toEqual(
              outcome(() => walk.buildCreateRequest(sourcesApi, module.spec, input)),
            );
          },
        ),
        { numRuns: 50, seed: 14 },
      );
    }
  });
});
