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
import type { ConnectorSpec, Problem, TypeSpec } from "../generated/streamkap/runtime.gen.js";
import { arbitraryConfig } from "./arbitraries.js";

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

/** Scalars worth trying: every enum value and condition value of the spec, and some junk. */
function interestingValues(spec: ConnectorSpec): unknown[] {
  const out: unknown[] = [null, "", "x", 0, -1, 1.5, 70000, true, false, [], ["a"], {}, { a: 1 }];
  const visit = (t: TypeSpec) => {
    if ("enum" in t && t.enum) out.push(...t.enum);
    if (t.type === "array") visit(t.items);
    if (t.type === "union") t.variants.forEach(visit);
  };
  for (const f of spec.fields) {
    visit(f.type);
    for (const c of f.requiredWhen ?? []) out.push(...(Array.isArray(c.value) ? c.value : [c.value]));
    if (f.default !== undefined) out.push(f.default);
  }
  return out;
}

/** A valid config with 0-3 edits: a key set to some value, deleted, or an unknown key added. */
function noisy(spec: ConnectorSpec, keys: string[], valid: fc.Arbitrary<Plain>): fc.Arbitrary<Plain> {
  const values = interestingValues(spec);
  const edit = fc.tuple(
    fc.constantFrom(...keys, "notAField"),
    fc.oneof(fc.constant<"delete">("delete"), fc.constantFrom(...values), fc.string({ maxLength: 4 }), fc.integer()),
  );
  return fc.tuple(valid, fc.array(edit, { maxLength: 3 })).map(([config, edits]) => {
    const out: Plain = { ...config };
    for (const [key, value] of edits) {
      if (value === "delete") delete out[key];
      else out[key] = value;
    }
    return out;
  });
}

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
