// The emitted JSON Schemas (generated/<provider>/schemas/) accept and reject
// the same configs as the generated validators: for every connector, valid
// configs and configs broken in random ways (wrong types, nulls, values that
// flip conditions, missing and unknown keys), on both key sides, judged by
// Ajv (draft 2020-12) and by `validate` / `validateWire`.
//
// PARITY_RUNS configs per connector and side (default 1000); seed PARITY_SEED.
// Every config both accept also survives fromWire(toWire(x)).

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { connectors as streamkap } from "../generated/streamkap/index.js";
import { connectors as unstructured } from "../generated/unstructured/index.js";
import type { ConnectorSpec, Problem } from "../generated/streamkap/runtime.gen.js";
import { arbitraryConfig, noisy } from "./arbitraries.js";

const RUNS = Number(process.env.PARITY_RUNS ?? 1000);
const SEED = Number(process.env.PARITY_SEED ?? 7);
const root = resolve(import.meta.dirname, "..");

type Plain = Record<string, unknown>;
interface Module {
  spec: ConnectorSpec;
  keyMap: Readonly<Record<string, string>>;
  toWire(config: object): unknown;
  fromWire(wire: object): unknown;
  validate(config: unknown): Problem[];
  validateWire(wire: unknown): Problem[];
}

const ajv = new Ajv2020({ strict: true, strictRequired: false, validateFormats: false, allErrors: false });
ajv.addKeyword("markdownDescription");

const providers: [string, Record<string, Record<string, Module>>][] = [
  ["streamkap", streamkap as unknown as Record<string, Record<string, Module>>],
  ["unstructured", unstructured as unknown as Record<string, Record<string, Module>>],
];

for (const [provider, registry] of providers) {
  describe(provider, () => {
    for (const [kind, byCode] of Object.entries(registry)) {
      for (const [code, module] of Object.entries(byCode)) {
        it(`${kind}/${code}: JSON Schema and validator agree`, () => {
          const load = (side: string) =>
            ajv.compile(
              JSON.parse(
                readFileSync(
                  resolve(root, `generated/${provider}/schemas/${kind}/${code}.${side}.schema.json`),
                  "utf8",
                ),
              ) as object,
            );
          const authoringSchema = load("config");
          const wireSchema = load("wire");
          const spec = module.spec;
          const valid = arbitraryConfig(spec);
          let rejected = 0;
          fc.assert(
            fc.property(
              noisy(
                spec,
                spec.fields.map((f) => f.key),
                valid,
              ),
              (config) => {
                const ours = module.validate(config).length === 0;
                const theirs = authoringSchema(config);
                if (!ours) rejected++;
                expect({ config, ours, ajv: theirs, errors: authoringSchema.errors }).toMatchObject({ ours: theirs });
              },
            ),
            { numRuns: RUNS, seed: SEED },
          );
          const validWire = valid.map((c) => module.toWire(c) as Plain);
          fc.assert(
            fc.property(
              noisy(
                spec,
                spec.fields.map((f) => f.wireKey),
                validWire,
              ),
              (wire) => {
                const ours = module.validateWire(wire).length === 0;
                const theirs = wireSchema(wire);
                expect({ wire, ours, ajv: theirs, errors: wireSchema.errors }).toMatchObject({ ours: theirs });
              },
            ),
            { numRuns: RUNS, seed: SEED },
          );
          // The sample must hold both verdicts to mean anything.
          expect(rejected).toBeGreaterThan(0);
          expect(rejected).toBeLessThan(RUNS);
        });
      }
    }
  });
}
