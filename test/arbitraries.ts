// Generators of connector configs from a connector's runtime spec, for the
// round-trip property tests. A connector with a schema of its own gets configs
// read from wire values of that schema, so they are valid by what it says.

import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { expect } from "vitest";
import { schemaValues } from "./schema-arbitrary.js";
import { configFromWire, validateWireConfig } from "../generated/streamkap/runtime.gen.js";
import type {
  ConditionSpec,
  ConfigValidationError,
  ConnectorSpec,
  FieldSpec,
  Problem,
  ProblemCode,
  TypeSpec,
} from "../generated/streamkap/runtime.gen.js";

type Plain = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Small helpers

export function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asPlain(value: unknown, what: string): Plain {
  if (!isPlain(value)) throw new Error(`${what}: expected a plain object, got ${typeof value}`);
  return value;
}

export function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

export function present(config: Plain, key: string): boolean {
  return hasOwn(config, key) && config[key] !== undefined;
}

/** Does the condition list hold for `config` (a field's value, or its default when absent; never for an unset field)? */
export function conditionsHold(
  conditions: readonly ConditionSpec[],
  fields: readonly FieldSpec[],
  config: Plain,
): boolean {
  return conditions.every((c) => {
    const target = fields.find((f) => f.key === c.key);
    if (c.op === "present") return present(config, c.key) && config[c.key] !== null;
    const actual = present(config, c.key) ? config[c.key] : target?.default;
    if (actual === undefined) return false;
    switch (c.op) {
      case "eq":
        return isDeepStrictEqual(actual, c.value);
      case "ne":
        return !isDeepStrictEqual(actual, c.value);
      case "in":
        return Array.isArray(c.value) && c.value.some((v: unknown) => isDeepStrictEqual(v, actual));
    }
  });
}

/** Required now: always, or by conditions that hold. */
export function isNeeded(field: FieldSpec, fields: readonly FieldSpec[], config: Plain): boolean {
  return (
    field.required === true || (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, fields, config))
  );
}

/** Does a value of this type hold objects whose keys toWire renames? */
export function hasNestedKeys(type: TypeSpec): boolean {
  if (type.type === "object") return true;
  if (type.type === "array") return hasNestedKeys(type.items);
  if (type.type === "union") return type.variants.some(hasNestedKeys);
  return false;
}

export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}

export function problemsOf(error: unknown): readonly Problem[] {
  // Each provider's output has its own runtime, so its own ConfigValidationError class.
  const isValidationError = (e: unknown): e is ConfigValidationError =>
    e instanceof Error && e.name === "ConfigValidationError" && Array.isArray((e as { problems?: unknown }).problems);
  if (!isValidationError(error)) throw new Error(`expected a ConfigValidationError, got ${String(error)}`);
  return error.problems;
}

/** Cheap checks first; vitest's expect (for its diff) only on failure: properties run thousands of times. */
export function expectNone(problems: readonly Problem[], what: string): void {
  if (problems.length > 0) expect(problems, `${what}:\n${summary(problems)}`).toEqual([]);
}

export function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

export function expectDeepEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, what).toStrictEqual(expected);
}

export function summary(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.code} @ ${p.path}: ${p.message}`).join("\n");
}

// ---------------------------------------------------------------------------
// Arbitraries of valid values, read from the specs

export const MAX_NESTING = 3;
export const INT32 = 2 ** 31;

export function stringArbitrary(spec: Extract<TypeSpec, { type: "string" }>): fc.Arbitrary<string> {
  const min = spec.minLength ?? 0;
  const max = spec.maxLength ?? Math.max(min, 24);
  // Units are single code points, so fast-check's length is the runtime's `[...s].length`.
  if (spec.pattern === undefined) return fc.string({ unit: "binary", minLength: min, maxLength: max });
  const re = new RegExp(spec.pattern, "u");
  return fc.stringMatching(re).filter((s) => [...s].length >= min && [...s].length <= max && re.test(s));
}

export function numericArbitrary(spec: Extract<TypeSpec, { type: "integer" | "number" }>): fc.Arbitrary<number> {
  if (spec.type === "integer") {
    const min = spec.minimum !== undefined ? Math.ceil(spec.minimum) : -INT32;
    const max = spec.maximum !== undefined ? Math.floor(spec.maximum) : INT32 - 1;
    return fc.integer({ min, max });
  }
  return fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(spec.minimum !== undefined ? { min: spec.minimum } : { min: -1e12 }),
    ...(spec.maximum !== undefined ? { max: spec.maximum } : { max: 1e12 }),
  });
}

/** A valid value of `spec`. */
export function arbitraryValue(spec: TypeSpec, depth = 0): fc.Arbitrary<unknown> {
  let base: fc.Arbitrary<unknown>;
  if (spec.enum !== undefined && spec.enum.length > 0 && spec.type !== "union" && spec.type !== "unknown") {
    base = fc.constantFrom(...spec.enum);
  } else {
    switch (spec.type) {
      case "string":
        base = stringArbitrary(spec);
        break;
      case "integer":
      case "number":
        base = numericArbitrary(spec);
        break;
      case "boolean":
        base = fc.boolean();
        break;
      case "array": {
        const minLength = spec.minItems ?? 0;
        const cap = depth >= MAX_NESTING ? minLength : Math.max(minLength, 4);
        base = fc.array(arbitraryValue(spec.items, depth + 1), {
          minLength,
          maxLength: Math.min(spec.maxItems ?? cap, Math.max(cap, minLength)),
        });
        break;
      }
      case "object":
        base = arbitraryObject(spec.fields, spec.additionalProperties, depth + 1);
        break;
      case "union":
        base = fc.oneof(...spec.variants.map((v) => arbitraryValue(v, depth + 1)));
        break;
      case "unknown":
        base = fc.jsonValue({ maxDepth: depth >= MAX_NESTING ? 0 : 2 });
        break;
    }
  }
  return spec.nullable ? fc.option(base, { nil: null, freq: 5 }) : base;
}

/**
 * A valid object of `fields`: always-required fields without a default are
 * always present, fields required by conditions that hold are present, other
 * fields at random. Extra keys of an `additionalProperties` spec are added too.
 */
export function arbitraryObject(
  fields: readonly FieldSpec[],
  additional: false | TypeSpec = false,
  depth = 0,
): fc.Arbitrary<Plain> {
  const drawn = fc.tuple(...fields.map((f) => fc.tuple(arbitraryValue(f.type, depth), fc.boolean())));
  const fixed = drawn.map((draws) => {
    const out: Plain = {};
    fields.forEach((field, i) => {
      const [value, wanted] = draws[i]!;
      const always = field.required === true && field.default === undefined;
      if (always || wanted) out[field.key] = value;
    });
    // Add conditionally required fields until nothing more is needed (adding
    // one may satisfy another's conditions; fields are only ever added).
    for (let changed = true; changed;) {
      changed = false;
      fields.forEach((field, i) => {
        if (present(out, field.key) || field.default !== undefined) return;
        if (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, fields, out)) {
          out[field.key] = draws[i]![0];
          changed = true;
        }
      });
    }
    // Keep field order, as an author would write it.
    return Object.fromEntries(fields.filter((f) => present(out, f.key)).map((f) => [f.key, out[f.key]]));
  });
  if (additional === false) return fixed;
  const taken = new Set(fields.flatMap((f) => [f.key, f.wireKey]));
  const extraKey = fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !taken.has(k) && k !== "__proto__");
  const extras = fc.dictionary(extraKey, arbitraryValue(additional, depth + 1), { maxKeys: 3 });
  return fc.tuple(fixed, extras).map(([known, extra]) => ({ ...extra, ...known }));
}

/** Valid authoring configs of a connector. */
export function arbitraryConfig(spec: ConnectorSpec): fc.Arbitrary<Plain> {
  if (spec.schema === undefined) {
    return arbitraryObject(spec.fields, false, 0).filter((c) =>
      spec.fields.every((f) => !(f.secret && f.required && c[f.key] === "")),
    );
  }
  const schema = spec.schema;
  // Values the schema rejects are drawn again; a schema that yields no valid value fails loudly, never hangs.
  let misses = 0;
  return schemaValues(schema, schema)
    .filter((wire) => {
      if (validateWireConfig(spec, wire).length === 0 && readable(spec, wire) && noEmptySecret(spec, wire)) {
        misses = 0;
        return true;
      }
      if (++misses > 1000) throw new Error(`${spec.kind}/${spec.code}: 1000 values in a row that the schema rejects`);
      return false;
    })
    .map((wire) => configFromWire<Plain>(spec, wire));
}

/** Authoring is stricter than the wire here: a required secret must not be empty. */
function noEmptySecret(spec: ConnectorSpec, wire: unknown): boolean {
  const given = wire as Plain;
  return spec.fields.every((f) => !(f.secret && f.required && given[f.wireKey] === ""));
}

/** Whether a strict read takes the value (keys the field specs do not know make it throw). */
function readable(spec: ConnectorSpec, wire: unknown): boolean {
  try {
    configFromWire(spec, wire, { strict: true });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// One-step mutations that make a valid config invalid

export interface Mutation {
  readonly name: string;
  /** The field (or unknown key) it breaks, also the expected problem's path. */
  readonly key: string;
  /** The expected problem's wire path; undefined for an unknown key (no wire counterpart). */
  readonly wireKey: string | undefined;
  readonly code: ProblemCode;
  /** When set, the mutation only makes the config invalid if this holds for the mutated config. */
  readonly applies?: (mutated: Plain) => boolean;
  apply(config: Plain): Plain;
}

export function without(key: string): (config: Plain) => Plain {
  return (config) => Object.fromEntries(Object.entries(config).filter(([k]) => k !== key));
}

export function setKey(key: string, value: unknown): (config: Plain) => Plain {
  return (config) => ({ ...config, [key]: value });
}

/** Values of the wrong JS type for `spec` (never null: nullable fields accept it). */
export function wrongTypeValue(spec: TypeSpec): fc.Arbitrary<unknown> | undefined {
  const str = fc.string({ maxLength: 8 });
  const int = fc.integer();
  const bool = fc.boolean();
  const arr = fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 });
  const obj = fc.constant({ not: "this" });
  switch (spec.type) {
    case "string":
      return fc.oneof(int, bool, arr, obj);
    case "integer":
      return fc.oneof(str, bool, arr, fc.constantFrom(0.5, 1.25, -3.75));
    case "number":
      return fc.oneof(str, bool, arr, obj);
    case "boolean":
      return fc.oneof(str, int, arr, obj);
    case "array":
      return fc.oneof(str, int, bool, obj);
    case "object":
      return fc.oneof(str, int, bool, arr);
    case "union":
    case "unknown":
      return undefined;
  }
}

export function mutations(spec: ConnectorSpec): fc.Arbitrary<Mutation>[] {
  const fields = spec.fields;
  const taken = new Set(fields.flatMap((f) => [f.key, f.wireKey]));
  const out: fc.Arbitrary<Mutation>[] = [];

  // (a) an unknown key
  const keyChar = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.");
  out.push(
    fc
      .tuple(
        fc.string({ unit: keyChar, maxLength: 10 }).map((suffix) => `x${suffix}`),
        fc.jsonValue({ maxDepth: 1 }),
      )
      .filter(([key]) => !taken.has(key))
      .map(([key, value]): Mutation => ({
        name: `unknown key ${key}`,
        key,
        wireKey: undefined,
        code: "unknown-key",
        apply: setKey(key, value),
      })),
  );

  for (const field of fields) {
    // (b) a value of the wrong JS type
    const wrong = wrongTypeValue(field.type);
    if (wrong !== undefined) {
      out.push(
        wrong.map((value): Mutation => ({
          name: `wrong type for ${field.key}`,
          key: field.key,
          wireKey: field.wireKey,
          code: "type",
          apply: setKey(field.key, value),
        })),
      );
    }
    const t = field.type;
    // (c) a value outside the enum
    if (t.enum !== undefined && t.enum.length > 0) {
      const allowed = t.enum;
      const outside: fc.Arbitrary<unknown> | undefined =
        t.type === "string"
          ? fc.string({ maxLength: 12 }).filter((s) => !allowed.includes(s))
          : t.type === "integer" || t.type === "number"
            ? fc.integer().filter((n) => !allowed.includes(n))
            : undefined;
      if (outside !== undefined) {
        out.push(
          outside.map((value): Mutation => ({
            name: `outside the enum of ${field.key}`,
            key: field.key,
            wireKey: field.wireKey,
            code: "enum",
            apply: setKey(field.key, value),
          })),
        );
      }
    }
    // (d) out of range (only without an enum: the enum check comes first)
    if ((t.type === "integer" || t.type === "number") && t.enum === undefined) {
      const beyond: number[] = [];
      if (t.maximum !== undefined) beyond.push(t.type === "integer" ? Math.floor(t.maximum) + 1 : t.maximum + 1);
      if (t.minimum !== undefined) beyond.push(t.type === "integer" ? Math.ceil(t.minimum) - 1 : t.minimum - 1);
      if (beyond.length > 0) {
        out.push(
          fc.constantFrom(...beyond).map((value): Mutation => ({
            name: `out of range for ${field.key}`,
            key: field.key,
            wireKey: field.wireKey,
            code: "range",
            apply: setKey(field.key, value),
          })),
        );
      }
    }
    // A string too long or too short (no enum or pattern in the way)
    if (t.type === "string" && t.enum === undefined && t.pattern === undefined) {
      const bad: string[] = [];
      if (t.maxLength !== undefined) bad.push("y".repeat(t.maxLength + 1));
      if (t.minLength !== undefined && t.minLength > 0) bad.push("y".repeat(t.minLength - 1));
      if (bad.length > 0) {
        out.push(
          fc.constantFrom(...bad).map((value): Mutation => ({
            name: `bad length for ${field.key}`,
            key: field.key,
            wireKey: field.wireKey,
            code: "length",
            apply: setKey(field.key, value),
          })),
        );
      }
    }
    // (e) an always-required field without a default, left out
    if (field.required === true && field.default === undefined) {
      out.push(
        fc.constant<Mutation>({
          name: `missing ${field.key}`,
          key: field.key,
          wireKey: field.wireKey,
          code: "required",
          apply: without(field.key),
        }),
      );
    }
    // A conditionally required field without a default, left out while its conditions hold
    const conditions = field.requiredWhen;
    if (conditions !== undefined && field.required !== true && field.default === undefined) {
      out.push(
        fc.constant<Mutation>({
          name: `missing ${field.key} (required when ${JSON.stringify(conditions)})`,
          key: field.key,
          wireKey: field.wireKey,
          code: "required",
          apply: without(field.key),
          applies: (mutated) => conditionsHold(conditions, fields, mutated),
        }),
      );
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Noisy configs: valid ones with a few random edits

/** Scalars worth trying: every enum value and condition value of the spec, and some junk. */
export function interestingValues(spec: ConnectorSpec): unknown[] {
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
export function noisy(spec: ConnectorSpec, keys: string[], valid: fc.Arbitrary<Plain>): fc.Arbitrary<Plain> {
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
