// Property-based round-trip tests over every generated connector module.
//
// From each module's `spec` we build an arbitrary of VALID authoring configs
// and check that validation accepts them, that re-keying is lossless, that
// one-step mutations are rejected with the right problem code, that `create`
// sends the config plus the defaults of omitted required fields, and that
// secret values never reach a problem's text.
//
// Deterministic: a fixed seed (override with ROUNDTRIP_SEED) and ROUNDTRIP_RUNS
// runs per property (default 200).

import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { connectors as streamkap } from "../generated/streamkap/index.js";
import { connectors as unstructured } from "../generated/unstructured/index.js";
import {
  type ConfigValidationError,
  configFromWire,
  configToWire,
  validateConfig,
  validateWireConfig,
  type ApiRequest,
  type ConditionSpec,
  type ConnectorSpec,
  type FieldSpec,
  type Problem,
  type ProblemCode,
  type TypeSpec,
} from "../generated/streamkap/runtime.gen.js";

// ---------------------------------------------------------------------------
// Settings

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const NUM_RUNS = envInt("ROUNDTRIP_RUNS", 200);
const SEED = envInt("ROUNDTRIP_SEED", 20240611);
const FC_OPTIONS = { numRuns: NUM_RUNS, seed: SEED } as const;

// ---------------------------------------------------------------------------
// The registry, typed structurally.

type Plain = Record<string, unknown>;

/** What the tests need of a generated connector module (method syntax: parameters are compared bivariantly). */
interface ConnectorModule {
  readonly kind: string;
  readonly code: string;
  readonly spec: ConnectorSpec;
  readonly keyMap: Readonly<Record<string, string>>;
  readonly wireKeyMap: Readonly<Record<string, string>>;
  toWire(config: object): unknown;
  fromWire(wire: object): unknown;
  validate(config: unknown): Problem[];
  validateWire(wire: unknown): Problem[];
  create(input: { name: string; config: object }, options?: object): ApiRequest<unknown>;
}

type Registry = Readonly<Record<string, Readonly<Record<string, ConnectorModule>>>>;

/** Each provider's registry and what its create request looks like. */
interface Provider {
  readonly name: string;
  readonly registry: Registry;
  readonly createPath: (kind: string) => string;
  readonly connectorProperty: string;
  readonly options?: object;
  readonly headers?: Readonly<Record<string, string>>;
}

const providers: Provider[] = [
  { name: "streamkap", registry: streamkap, createPath: (kind) => `/${kind}`, connectorProperty: "connector" },
  {
    name: "unstructured",
    registry: unstructured,
    createPath: (kind) => `/api/v1/${kind}/`,
    connectorProperty: "type",
    options: { unstructuredApiKey: "key-from-the-caller" },
    headers: { "unstructured-api-key": "key-from-the-caller" },
  },
];

interface Entry {
  readonly label: string;
  readonly kind: string;
  readonly code: string;
  readonly module: ConnectorModule;
  readonly provider: Provider;
}

const entries: Entry[] = providers.flatMap((provider) =>
  Object.entries(provider.registry).flatMap(([kind, byCode]) =>
    Object.entries(byCode).map(([code, module]) => ({
      label: `${provider.name} ${kind}/${code}`,
      kind,
      code,
      module,
      provider,
    })),
  ),
);

// ---------------------------------------------------------------------------
// Small helpers

function isPlain(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asPlain(value: unknown, what: string): Plain {
  if (!isPlain(value)) throw new Error(`${what}: expected a plain object, got ${typeof value}`);
  return value;
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

function present(config: Plain, key: string): boolean {
  return hasOwn(config, key) && config[key] !== undefined;
}

/** Does the condition list hold for `config` (a field's value, or its default when absent; never for an unset field)? */
function conditionsHold(conditions: readonly ConditionSpec[], fields: readonly FieldSpec[], config: Plain): boolean {
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
function isNeeded(field: FieldSpec, fields: readonly FieldSpec[], config: Plain): boolean {
  return (
    field.required === true || (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, fields, config))
  );
}

/** Does a value of this type hold objects whose keys toWire renames? */
function hasNestedKeys(type: TypeSpec): boolean {
  if (type.type === "object") return true;
  if (type.type === "array") return hasNestedKeys(type.items);
  if (type.type === "union") return type.variants.some(hasNestedKeys);
  return false;
}

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error: unknown) {
    return error;
  }
  return undefined;
}

function problemsOf(error: unknown): readonly Problem[] {
  // Each provider's output has its own runtime, so its own ConfigValidationError class.
  const isValidationError = (e: unknown): e is ConfigValidationError =>
    e instanceof Error && e.name === "ConfigValidationError" && Array.isArray((e as { problems?: unknown }).problems);
  if (!isValidationError(error)) throw new Error(`expected a ConfigValidationError, got ${String(error)}`);
  return error.problems;
}

/** Cheap checks first; vitest's expect (for its diff) only on failure: properties run thousands of times. */
function expectNone(problems: readonly Problem[], what: string): void {
  if (problems.length > 0) expect(problems, `${what}:\n${summary(problems)}`).toEqual([]);
}

function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}

function expectDeepEqual(actual: unknown, expected: unknown, what: string): void {
  if (!isDeepStrictEqual(actual, expected)) expect(actual, what).toStrictEqual(expected);
}

function summary(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.code} @ ${p.path}: ${p.message}`).join("\n");
}

// ---------------------------------------------------------------------------
// Arbitraries of valid values, read from the specs

const MAX_NESTING = 3;
const INT32 = 2 ** 31;

function stringArbitrary(spec: Extract<TypeSpec, { type: "string" }>): fc.Arbitrary<string> {
  const min = spec.minLength ?? 0;
  const max = spec.maxLength ?? Math.max(min, 24);
  // Units are single code points, so fast-check's length is the runtime's `[...s].length`.
  if (spec.pattern === undefined) return fc.string({ unit: "binary", minLength: min, maxLength: max });
  const re = new RegExp(spec.pattern, "u");
  return fc.stringMatching(re).filter((s) => [...s].length >= min && [...s].length <= max && re.test(s));
}

function numericArbitrary(spec: Extract<TypeSpec, { type: "integer" | "number" }>): fc.Arbitrary<number> {
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
function arbitraryValue(spec: TypeSpec, depth = 0): fc.Arbitrary<unknown> {
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
function arbitraryObject(
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
function arbitraryConfig(spec: ConnectorSpec): fc.Arbitrary<Plain> {
  return arbitraryObject(spec.fields, false, 0);
}

// ---------------------------------------------------------------------------
// One-step mutations that make a valid config invalid

interface Mutation {
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

function without(key: string): (config: Plain) => Plain {
  return (config) => Object.fromEntries(Object.entries(config).filter(([k]) => k !== key));
}

function setKey(key: string, value: unknown): (config: Plain) => Plain {
  return (config) => ({ ...config, [key]: value });
}

/** Values of the wrong JS type for `spec` (never null: nullable fields accept it). */
function wrongTypeValue(spec: TypeSpec): fc.Arbitrary<unknown> | undefined {
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

function mutations(spec: ConnectorSpec): fc.Arbitrary<Mutation>[] {
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
// The tests

describe.each(entries)("$label", ({ kind, code, module, provider }) => {
  const spec = module.spec;
  const configs = arbitraryConfig(spec);
  const wireKeys = new Set(spec.fields.map((f) => f.wireKey));
  const byKey = new Map(spec.fields.map((f) => [f.key, f]));

  it("module metadata matches the spec", () => {
    expect(module.kind).toBe(kind);
    expect(module.code).toBe(code);
    expect(spec.kind).toBe(kind);
    expect(spec.code).toBe(code);
    expect(Object.keys(module.keyMap).sort()).toEqual(spec.fields.map((f) => f.key).sort());
    for (const f of spec.fields) {
      expect(module.keyMap[f.key]).toBe(f.wireKey);
      expect(module.wireKeyMap[f.wireKey]).toBe(f.key);
    }
    expect(wireKeys.size).toBe(spec.fields.length);
    for (const k of spec.serverKeys) expect(wireKeys.has(k), `server key ${k} is also a field's wire key`).toBe(false);
  });

  it("valid configs validate and survive toWire/fromWire", () => {
    fc.assert(
      fc.property(configs, (config) => {
        expectNone(module.validate(config), "validate(config)");
        const wire = asPlain(module.toWire(config), "toWire");
        expectNone(module.validateWire(wire), "validateWire(toWire(config))");
        const stray = Object.keys(wire).filter((k) => !wireKeys.has(k));
        if (stray.length > 0) expect(stray, "toWire produced keys that are no field's wire key").toEqual([]);
        const unmapped = Object.entries(config).filter(([k, v]) => {
          const wk = module.keyMap[k];
          return (
            wk === undefined ||
            wk !== byKey.get(k)?.wireKey ||
            !hasOwn(wire, wk) ||
            // Values with nested objects are re-keyed too; fromWire(toWire) covers them.
            (!hasNestedKeys(byKey.get(k)!.type) && !isDeepStrictEqual(wire[wk], v))
          );
        });
        if (unmapped.length > 0) expect(unmapped, "config keys not carried over through keyMap").toEqual([]);
        if (Object.keys(wire).length !== Object.keys(config).length)
          expect(Object.keys(wire)).toHaveLength(Object.keys(config).length);
        expectDeepEqual(module.fromWire(wire), config, "fromWire(toWire(config))");
      }),
      FC_OPTIONS,
    );
  });

  it("invalid configs are rejected with the right problem", () => {
    const applicable = mutations(spec);
    fc.assert(
      fc.property(configs, fc.oneof(...applicable), (config, mutation) => {
        const bad = mutation.apply(config);
        if (mutation.applies !== undefined && !mutation.applies(bad)) return;
        const problems = module.validate(bad);
        const hit = problems.find((p) => p.code === mutation.code && p.path === mutation.key);
        check(
          hit !== undefined,
          () => `${mutation.name}: expected ${mutation.code} at ${mutation.key}, got\n${summary(problems)}`,
        );
        if (mutation.wireKey === undefined) {
          // Unknown keys cannot be re-keyed: toWire refuses them.
          const error = caught(() => module.toWire(bad));
          const thrown = problemsOf(error);
          check(
            thrown.some((p) => p.code === "unknown-key" && p.path === mutation.key),
            () => `toWire: expected unknown-key at ${mutation.key}, got\n${summary(thrown)}`,
          );
        } else {
          // The same problem on the wire side, at the wire key.
          const wireProblems = module.validateWire(module.toWire(bad));
          const wireHit = wireProblems.find((p) => p.code === mutation.code && p.wirePath === mutation.wireKey);
          check(
            wireHit !== undefined,
            () =>
              `${mutation.name} (wire): expected ${mutation.code} at ${mutation.wireKey}, got\n${summary(wireProblems)}`,
          );
        }
        // And create refuses it.
        const error = caught(() => module.create({ name: "n", config: bad }, provider.options));
        const createProblems = problemsOf(error);
        check(
          createProblems.some((p) => p.code === mutation.code && p.path === `config.${mutation.key}`),
          () => `${mutation.name} (create): got\n${summary(createProblems)}`,
        );
      }),
      FC_OPTIONS,
    );
  });

  it("create sends the wire config plus defaults of omitted required fields", () => {
    fc.assert(
      fc.property(configs, fc.string({ maxLength: 16 }), (config, name) => {
        const request = module.create({ name, config }, provider.options);
        check(request.method === "POST", () => `method ${request.method}`);
        check(request.path === provider.createPath(kind), () => `path ${request.path}`);
        expectDeepEqual(request.query, {}, "query");
        expectDeepEqual(request.headers, provider.headers, "headers");
        const body = asPlain(request.body, "body");
        check(
          body[provider.connectorProperty] === code,
          () => `body.${provider.connectorProperty} ${String(body[provider.connectorProperty])}`,
        );
        check(body.name === name, () => `body.name ${String(body.name)}`);
        const expected: Plain = { ...asPlain(module.toWire(config), "toWire") };
        for (const f of spec.fields) {
          if (!present(config, f.key) && f.default !== undefined && isNeeded(f, spec.fields, config))
            expected[f.wireKey] = f.default;
        }
        const sent = asPlain(body.config, "body.config");
        expectDeepEqual(sent, expected, "body.config");
        // Defaults are valid values: what is sent validates on the wire side.
        expectNone(module.validateWire(sent), "validateWire(body.config)");
      }),
      FC_OPTIONS,
    );
  });

  const secrets = spec.fields.filter((f) => f.secret === true);
  it.skipIf(secrets.length === 0)("secret values never appear in problems", () => {
    const MARK = 987654321;
    const TEXT = "s3cr3t-Value-42";
    const leaks = (problems: readonly Problem[], needle: string): Problem[] =>
      problems.filter((p) => p.message.includes(needle) || (p.given ?? "").includes(needle));
    const badValues = fc.constantFrom<unknown>(MARK, [TEXT], { token: TEXT }, `${TEXT}`, true);
    fc.assert(
      fc.property(configs, fc.constantFrom(...secrets), badValues, (config, field, value) => {
        const bad = { ...config, [field.key]: value };
        const problems = module.validate(bad);
        const wireProblems = module.validateWire(module.toWire(bad));
        const createError = caught(() => module.create({ name: "n", config: bad }, provider.options));
        const createProblems = createError === undefined ? [] : problemsOf(createError);
        for (const needle of [String(MARK), TEXT]) {
          expectNone(leaks(problems, needle), `validate leaks ${needle}`);
          expectNone(leaks(wireProblems, needle), `validateWire leaks ${needle}`);
          expectNone(leaks(createProblems, needle), `create leaks ${needle}`);
          if (createError instanceof Error)
            check(
              !createError.message.includes(needle),
              () => `create error text leaks ${needle}: ${createError.message}`,
            );
        }
        const mine = problems.filter((p) => p.path === field.key);
        for (const p of mine) check(p.given === undefined, () => `given of secret ${field.key}: ${String(p.given)}`);
        // A wrong-typed secret is still reported, just without its value.
        if (typeof value !== "string" && field.type.type === "string")
          check(
            mine.some((p) => p.code === "type"),
            () => `no type problem for ${field.key}: ${summary(problems)}`,
          );
      }),
      FC_OPTIONS,
    );
  });
});

// ---------------------------------------------------------------------------
// The generic arbitrary over every TypeSpec kind, against the runtime directly
// (the registry's connectors only use strings, numbers, booleans and arrays).

const everyKind: ConnectorSpec = {
  kind: "sources",
  code: "every-kind",
  serverKeys: ["server.only"],
  fields: [
    { key: "name", wireKey: "name.user.defined", type: { type: "string", minLength: 1, maxLength: 5 }, required: true },
    { key: "port", wireKey: "port", type: { type: "integer", minimum: 1, maximum: 10 }, required: true, default: 3 },
    { key: "ratio", wireKey: "ratio", type: { type: "number", minimum: 0, maximum: 1, nullable: true } },
    { key: "mode", wireKey: "the.mode", type: { type: "string", enum: ["a", "b"] }, default: "a" },
    { key: "level", wireKey: "level", type: { type: "integer", enum: [1, 2, 3] } },
    { key: "code", wireKey: "code", type: { type: "string", pattern: "^[A-Z]{2}[0-9]$" } },
    {
      key: "extra",
      wireKey: "extra.when.b",
      type: { type: "string" },
      requiredWhen: [{ key: "mode", op: "eq", value: "b" }],
      secret: true,
    },
    {
      key: "chained",
      wireKey: "chained",
      type: { type: "boolean" },
      requiredWhen: [
        { key: "extra", op: "ne", value: "off" },
        { key: "level", op: "in", value: [2, 3] },
      ],
    },
    { key: "tags", wireKey: "tags", type: { type: "array", items: { type: "string" }, maxItems: 3 } },
    {
      key: "inner",
      wireKey: "inner.obj",
      type: {
        type: "object",
        additionalProperties: false,
        fields: [
          { key: "hostName", wireKey: "host.name", type: { type: "string" }, required: true },
          { key: "deep", wireKey: "deep.list", type: { type: "array", items: { type: "integer" } } },
        ],
      },
    },
    {
      key: "labels",
      wireKey: "labels",
      type: { type: "object", fields: [], additionalProperties: { type: "string" } },
    },
    {
      key: "either",
      wireKey: "either",
      type: { type: "union", variants: [{ type: "integer" }, { type: "array", items: { type: "boolean" } }] },
    },
    { key: "anything", wireKey: "any.thing", type: { type: "unknown", nullable: true } },
    { key: "flag", wireKey: "flag", type: { type: "boolean", nullable: true } },
  ],
};

describe("arbitraryConfig over every TypeSpec kind (runtime directly)", () => {
  it("generates valid configs that round-trip", () => {
    fc.assert(
      fc.property(arbitraryConfig(everyKind), (config) => {
        expectNone(validateConfig(everyKind, config), "validateConfig");
        const wire = configToWire<Plain>(everyKind, config);
        expectNone(validateWireConfig(everyKind, wire), "validateWireConfig");
        expectDeepEqual(configFromWire<Plain>(everyKind, { ...wire, "server.only": 1 }), config, "round trip");
      }),
      FC_OPTIONS,
    );
  });

  it("mutations are rejected", () => {
    fc.assert(
      fc.property(arbitraryConfig(everyKind), fc.oneof(...mutations(everyKind)), (config, mutation) => {
        const bad = mutation.apply(config);
        if (mutation.applies !== undefined && !mutation.applies(bad)) return;
        const problems = validateConfig(everyKind, bad);
        check(
          problems.some((p) => p.code === mutation.code && p.path === mutation.key),
          () => `${mutation.name}: expected ${mutation.code} at ${mutation.key}, got\n${summary(problems)}`,
        );
      }),
      FC_OPTIONS,
    );
  });
});
