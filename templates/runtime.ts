// Runtime shared by every generated connector module: validation, key mapping
// and request building, all driven by the plain specs the generator emits.
// Static on purpose: no code in here depends on a schema, so it is copied
// verbatim into each output and has no dependencies of its own.

export type Scalar = string | number | boolean;

interface TypeSpecBase {
  readonly nullable?: boolean;
  readonly enum?: readonly Scalar[];
}
export interface StringSpec extends TypeSpecBase {
  readonly type: "string";
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
}
export interface NumericSpec extends TypeSpecBase {
  readonly type: "integer" | "number";
  readonly minimum?: number;
  readonly maximum?: number;
}
export interface BooleanSpec extends TypeSpecBase {
  readonly type: "boolean";
}
export interface ArraySpec extends TypeSpecBase {
  readonly type: "array";
  readonly items: TypeSpec;
  readonly minItems?: number;
  readonly maxItems?: number;
}
export interface ObjectSpec extends TypeSpecBase {
  readonly type: "object";
  readonly fields: readonly FieldSpec[];
  /** false: unknown keys are problems; a spec: extra keys of that type pass through unchanged. */
  readonly additionalProperties: false | TypeSpec;
}
export interface UnionSpec extends TypeSpecBase {
  readonly type: "union";
  readonly variants: readonly TypeSpec[];
}
/** Any JSON value. */
export interface UnknownSpec extends TypeSpecBase {
  readonly type: "unknown";
}
export type TypeSpec = StringSpec | NumericSpec | BooleanSpec | ArraySpec | ObjectSpec | UnionSpec | UnknownSpec;

export interface ConditionSpec {
  readonly key: string;
  readonly op: "eq" | "ne" | "in" | "present";
  readonly value: unknown;
}

export interface FieldSpec {
  readonly key: string;
  readonly wireKey: string;
  readonly type: TypeSpec;
  readonly required?: boolean;
  readonly requiredWhen?: readonly ConditionSpec[];
  readonly default?: unknown;
  readonly secret?: boolean;
  readonly setOnce?: boolean;
}

export interface ConnectorSpec {
  readonly kind: string;
  readonly code: string;
  readonly fields: readonly FieldSpec[];
  /** Wire keys the server computes or sets: ignored by fromWire, never authored. */
  readonly serverKeys: readonly string[];
  /** Wire keys with a fixed value naming the connector inside its config: added by toWire, never authored. */
  readonly constants?: Readonly<Record<string, unknown>>;
}

/** The wire config with the connector's constant keys (first, as APIs list them). */
function withConstants(spec: ConnectorSpec, wire: Plain): Plain {
  return spec.constants ? Object.fromEntries([...Object.entries(spec.constants), ...Object.entries(wire)]) : wire;
}

export interface OperationSpec {
  readonly method: string;
  readonly path: string;
  readonly pathParams: readonly FieldSpec[];
  /** Whether the body carries the connector code. */
  readonly sendsConnector: boolean;
  readonly query: readonly FieldSpec[];
  readonly headers: readonly FieldSpec[];
  readonly body: readonly FieldSpec[];
}

export interface KindApiSpec {
  readonly kind: string;
  /** Absent when the connector is told by a constant inside the config instead. */
  readonly connectorProperty?: string;
  readonly configProperty: string;
  readonly create: OperationSpec;
  readonly update: OperationSpec;
}

export type QueryValue = Scalar | readonly Scalar[];

export interface ApiRequest<Body> {
  readonly method: string;
  /** Path with its parameters filled in and percent-encoded. */
  readonly path: string;
  readonly query: Readonly<Record<string, QueryValue>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: Body;
}

export type ProblemCode =
  | "required"
  | "type"
  | "enum"
  | "range"
  | "length"
  | "pattern"
  | "unknown-key"
  | "set-once"
  | "no-variant"
  | "too-deep";

export interface Problem {
  /** Authoring path, e.g. `config.databaseHostname`. */
  readonly path: string;
  /** The same place with wire keys, e.g. `config.database.hostname.user.defined`. */
  readonly wirePath: string;
  readonly code: ProblemCode;
  readonly message: string;
  readonly expected?: string;
  /** The offending value, abbreviated; absent for secrets. */
  readonly given?: string;
}

export class ConfigValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(context: string, problems: readonly Problem[]) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`${context}: ${count}\n${problems.map((p) => `  - ${p.message}`).join("\n")}`);
    this.name = "ConfigValidationError";
    this.problems = problems;
  }
}

export type ValidationMode = "create" | "update";

export interface ValidateOptions {
  /** Update mode: set-once fields are not required and may not change. */
  readonly mode?: ValidationMode;
  /** The connector's current config (authoring keys); lets an update resend unchanged set-once values. */
  readonly current?: Readonly<Record<string, unknown>>;
}

type Side = "authoring" | "wire";
type Plain = Record<string, unknown>;

const MAX_DEPTH = 64;

interface Walk {
  readonly side: Side;
  readonly problems: Problem[];
  readonly mode: ValidationMode;
  readonly current: Readonly<Plain> | undefined;
}

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

function nameOf(field: FieldSpec, side: Side): string {
  return side === "wire" ? field.wireKey : field.key;
}

function join(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === "object" ? "an object" : typeof value;
}

function typeName(spec: TypeSpec): string {
  let name: string;
  if (spec.enum) name = `one of ${spec.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  else if (spec.type === "array") name = `an array of ${typeName(spec.items)}`;
  else if (spec.type === "union") name = `one of ${spec.variants.length} alternatives`;
  else if (spec.type === "unknown") name = "any value";
  else name = spec.type === "integer" ? "an integer" : spec.type === "object" ? "an object" : `a ${spec.type}`;
  return spec.nullable ? `${name} or null` : name;
}

interface Place {
  path: string;
  wirePath: string;
  secret: boolean;
}

function report(
  walk: Walk,
  place: Place,
  code: ProblemCode,
  text: string,
  expected?: string,
  given?: unknown,
  showGiven = true,
): void {
  const label =
    place.path === ""
      ? "(top level)"
      : place.path === place.wirePath
        ? place.path
        : `${place.path} (${place.wirePath})`;
  const visible = showGiven && given !== undefined && !place.secret;
  const givenText = visible ? describe(given) : undefined;
  let message = `${label}: ${text}`;
  if (showGiven && given !== undefined) message += place.secret ? " (secret value not shown)" : `, got ${givenText}`;
  walk.problems.push({
    path: place.path,
    wirePath: place.wirePath,
    code,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(givenText !== undefined ? { given: givenText } : {}),
  });
}

export function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  // Past the nesting limit (or around a cycle) values count as different.
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => deepEqual(item, b[i], depth + 1));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length && ka.every((k) => hasOwn(b, k) && deepEqual((a as Plain)[k], (b as Plain)[k], depth + 1))
  );
}

function conditionsHold(conditions: readonly ConditionSpec[], fields: readonly FieldSpec[], value: Plain): boolean {
  return conditions.every((c) => {
    const field = fields.find((f) => f.key === c.key);
    // The referenced value is read by authoring key; the wire side maps through the field.
    const name = field ? field.key : c.key;
    const given = hasOwn(value, name) && value[name] !== undefined;
    if (c.op === "present") return given && value[name] !== null;
    const actual = given ? value[name] : field?.default;
    // An unset field without a default holds no value: no condition on it holds (not even NE).
    if (actual === undefined) return false;
    if (c.op === "eq") return deepEqual(actual, c.value);
    if (c.op === "ne") return !deepEqual(actual, c.value);
    return Array.isArray(c.value) && c.value.some((v) => deepEqual(v, actual));
  });
}

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The known key an unknown one most likely meant, if any is close enough. */
export function suggestKey(unknown: string, fields: readonly FieldSpec[], side: Side): string | undefined {
  const lower = unknown.toLowerCase();
  const other: Side = side === "wire" ? "authoring" : "wire";
  // Written with the other side's key (a wire key in an authoring config, or the reverse).
  const crossed = fields.find((f) => nameOf(f, other) === unknown || nameOf(f, other).toLowerCase() === lower);
  if (crossed) return nameOf(crossed, side);
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const squashed = squash(unknown);
  const loose = fields.find((f) => squash(f.key) === squashed || squash(f.wireKey) === squashed);
  if (loose) return nameOf(loose, side);
  if (unknown.length > 256) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
  for (const f of fields) {
    const candidate = nameOf(f, side);
    if (Math.abs(candidate.length - unknown.length) >= bestDistance) continue;
    const d = levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function checkObject(walk: Walk, spec: ObjectSpec, value: unknown, place: Place, depth: number, top: boolean): void {
  if (!isPlainObject(value)) {
    report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
    return;
  }
  const names = fieldNames(spec, walk.side);
  for (const key of Object.keys(value)) {
    if (names.has(key)) continue;
    const child: Place = { path: join(place.path, key), wirePath: join(place.wirePath, key), secret: place.secret };
    if (spec.additionalProperties !== false) {
      checkValue(walk, spec.additionalProperties, value[key], child, depth + 1);
      continue;
    }
    const hint = suggestKey(key, spec.fields, walk.side);
    report(walk, child, "unknown-key", hint ? `unknown key; did you mean ${JSON.stringify(hint)}?` : "unknown key");
  }
  const updating = top && walk.mode === "update";
  // Conditions name fields by authoring key; a wire-keyed object is re-keyed (once, when needed) for them.
  let byAuthoring: Plain | undefined;
  for (const field of spec.fields) {
    const name = nameOf(field, walk.side);
    const present = hasOwn(value, name) && value[name] !== undefined;
    // A value its compiled check passes holds no problem: the walk goes only where there is one.
    if (present && !(updating && field.setOnce) && checkFor(field.type, walk.side)(value[name], depth + 1)) continue;
    const child: Place = {
      path: join(place.path, field.key),
      wirePath: join(place.wirePath, field.wireKey),
      secret: place.secret || field.secret === true,
    };
    if (!present) {
      // A required field with a default is filled in by the request builders.
      if ((updating && field.setOnce) || field.default !== undefined) continue;
      const needed =
        field.required === true ||
        (field.requiredWhen !== undefined &&
          conditionsHold(
            field.requiredWhen,
            spec.fields,
            (byAuthoring ??= walk.side === "authoring" ? value : fromSide(spec, value)),
          ));
      if (needed) {
        const why = field.required === true ? "required" : "required by the current settings";
        report(walk, child, "required", `${why} but missing`, typeName(field.type));
      }
      continue;
    }
    if (updating && field.setOnce) {
      const current = walk.current;
      if (current === undefined) {
        report(
          walk,
          child,
          "set-once",
          "can only be set at creation; leave it out of an update (or pass options.current to resend it unchanged)",
        );
        continue;
      }
      if (!deepEqual(current[field.key], value[name])) {
        report(
          walk,
          child,
          "set-once",
          "can only be set at creation and cannot be changed by an update",
          undefined,
          value[name],
        );
        continue;
      }
    }
    checkValue(walk, field.type, value[name], child, depth + 1);
  }
}

const fieldNameSets: Record<Side, WeakMap<ObjectSpec, ReadonlySet<string>>> = {
  authoring: new WeakMap(),
  wire: new WeakMap(),
};

/** The field names of an object spec on one side, computed once. */
function fieldNames(spec: ObjectSpec, side: Side): ReadonlySet<string> {
  let names = fieldNameSets[side].get(spec);
  if (names === undefined) {
    names = new Set(spec.fields.map((f) => nameOf(f, side)));
    fieldNameSets[side].set(spec, names);
  }
  return names;
}

/** A wire-keyed object re-keyed by authoring keys, shallowly, for condition checks. */
function fromSide(spec: ObjectSpec, value: Plain): Plain {
  return Object.fromEntries(spec.fields.filter((f) => hasOwn(value, f.wireKey)).map((f) => [f.key, value[f.wireKey]]));
}

function checkValue(walk: Walk, spec: TypeSpec, value: unknown, place: Place, depth: number): void {
  if (depth > MAX_DEPTH) {
    report(walk, place, "too-deep", `nested more than ${MAX_DEPTH} levels`);
    return;
  }
  if (value === null) {
    if (!spec.nullable) report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
    return;
  }
  switch (spec.type) {
    case "unknown":
      return;
    case "string":
      if (typeof value !== "string")
        return report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
      break;
    case "integer":
      if (typeof value !== "number" || !Number.isInteger(value))
        return report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
      break;
    case "number":
      if (typeof value !== "number" || !Number.isFinite(value))
        return report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
      break;
    case "boolean":
      if (typeof value !== "boolean")
        return report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
      break;
    case "array":
      if (!Array.isArray(value))
        return report(walk, place, "type", `expected ${typeName(spec)}`, typeName(spec), value);
      if (spec.minItems !== undefined && value.length < spec.minItems)
        report(walk, place, "length", `expected at least ${spec.minItems} items`, undefined, value);
      if (spec.maxItems !== undefined && value.length > spec.maxItems)
        report(walk, place, "length", `expected at most ${spec.maxItems} items`, undefined, value);
      value.forEach((item, i) => {
        if (checkFor(spec.items, walk.side)(item, depth + 1)) return;
        const child = { ...place, path: `${place.path}[${i}]`, wirePath: `${place.wirePath}[${i}]` };
        checkValue(walk, spec.items, item, child, depth + 1);
      });
      return;
    case "object":
      return checkObject(walk, spec, value, place, depth, false);
    case "union": {
      let closest: Problem[] | undefined;
      for (const variant of spec.variants) {
        const trial: Walk = { ...walk, problems: [] };
        checkValue(trial, variant, value, place, depth + 1);
        if (trial.problems.length === 0) return;
        if (closest === undefined || trial.problems.length < closest.length) closest = trial.problems;
      }
      report(walk, place, "no-variant", `matches none of the ${spec.variants.length} alternatives`, typeName(spec));
      walk.problems.push(...(closest ?? []));
      return;
    }
  }
  if (spec.enum && !spec.enum.some((v) => v === value)) {
    report(walk, place, "enum", `expected ${typeName(spec)}`, typeName(spec), value);
    return;
  }
  if (spec.type === "string") {
    const s = value as string;
    const length = [...s].length;
    if (spec.minLength !== undefined && length < spec.minLength)
      report(walk, place, "length", `expected at least ${spec.minLength} characters`, undefined, value);
    if (spec.maxLength !== undefined && length > spec.maxLength)
      report(walk, place, "length", `expected at most ${spec.maxLength} characters`, undefined, value);
    if (spec.pattern !== undefined && !pattern(spec.pattern).test(s))
      report(walk, place, "pattern", `expected to match /${spec.pattern}/`, spec.pattern, value);
  } else if (spec.type === "integer" || spec.type === "number") {
    const n = value as number;
    const low = spec.minimum !== undefined && n < spec.minimum;
    const high = spec.maximum !== undefined && n > spec.maximum;
    if (low || high) {
      const range =
        spec.minimum !== undefined && spec.maximum !== undefined
          ? `between ${spec.minimum} and ${spec.maximum}`
          : spec.minimum !== undefined
            ? `at least ${spec.minimum}`
            : `at most ${spec.maximum}`;
      report(walk, place, "range", `expected ${range}`, range, value);
    }
  }
}

function run(
  side: Side,
  spec: ObjectSpec,
  value: unknown,
  options: ValidateOptions | undefined,
  root: Place,
): Problem[] {
  const walk: Walk = { side, problems: [], mode: options?.mode ?? "create", current: options?.current };
  checkObject(walk, spec, value, root, 0, true);
  return walk.problems;
}

const configObjects = new WeakMap<ConnectorSpec, ObjectSpec>();

function configObject(spec: ConnectorSpec): ObjectSpec {
  let object = configObjects.get(spec);
  if (object === undefined) {
    object = { type: "object", fields: spec.fields, additionalProperties: false };
    configObjects.set(spec, object);
  }
  return object;
}

// ---------------------------------------------------------------------------
// Fast path. Most configs a program validates are valid, and for those the
// walk above spends its time building paths and problem lists nobody reads.
// Each type spec is compiled once (on first use) into a closure that answers
// only "would the walk find no problem?" — the same rules, in the same terms —
// and the walk runs only when it says no, to say why. Update mode (set-once
// rules) always takes the walk.

const patterns = new Map<string, RegExp>();

/** A pattern compiled once; `u` as JSON Schema means it, no `g`/`y`, so `test` keeps no state. */
function pattern(source: string): RegExp {
  let re = patterns.get(source);
  if (re === undefined) {
    re = new RegExp(source, "u");
    patterns.set(source, re);
  }
  return re;
}

/** `[...s].length` without the array: code points, a lone surrogate counting as one. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

type Check = (value: unknown, depth: number) => boolean;
/** At the top of a wire config: keys the walk strips before it starts (server keys, constants). */
type Skip = (key: string, value: unknown) => boolean;

const compiledChecks: Record<Side, WeakMap<object, Check>> = { authoring: new WeakMap(), wire: new WeakMap() };

function checkFor(spec: TypeSpec, side: Side): Check {
  let check = compiledChecks[side].get(spec);
  if (check === undefined) {
    check = compileCheck(spec, side);
    compiledChecks[side].set(spec, check);
  }
  return check;
}

function compileCheck(spec: TypeSpec, side: Side): Check {
  const nullable = spec.nullable === true;
  const inner = spec.type === "object" ? compileObjectCheck(spec, side) : compileInnerCheck(spec, side);
  return (value, depth) => {
    if (depth > MAX_DEPTH) return false;
    if (value === null) return nullable;
    return inner(value, depth);
  };
}

function compileInnerCheck(spec: Exclude<TypeSpec, ObjectSpec>, side: Side): Check {
  switch (spec.type) {
    case "unknown":
      return () => true;
    case "boolean": {
      const allowed = spec.enum;
      return (v) => typeof v === "boolean" && (allowed === undefined || allowed.includes(v));
    }
    case "string": {
      const { minLength, maxLength, enum: allowed, pattern: source } = spec;
      return (v) => {
        if (typeof v !== "string") return false;
        if (allowed !== undefined && !allowed.includes(v)) return false;
        if (minLength !== undefined || maxLength !== undefined) {
          const length = codePoints(v);
          if ((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength))
            return false;
        }
        // Compiled on first use, as the walk would: a bad pattern fails only configs that reach it.
        return source === undefined || pattern(source).test(v);
      };
    }
    case "integer":
    case "number": {
      const { minimum, maximum, enum: allowed } = spec;
      const integer = spec.type === "integer";
      return (v) =>
        typeof v === "number" &&
        (integer ? Number.isInteger(v) : Number.isFinite(v)) &&
        (allowed === undefined || allowed.includes(v)) &&
        (minimum === undefined || v >= minimum) &&
        (maximum === undefined || v <= maximum);
    }
    case "array": {
      const { minItems, maxItems } = spec;
      const item = checkFor(spec.items, side);
      return (v, depth) =>
        Array.isArray(v) &&
        (minItems === undefined || v.length >= minItems) &&
        (maxItems === undefined || v.length <= maxItems) &&
        // `every`, like the walk's `forEach`, skips holes.
        v.every((x) => item(x, depth + 1));
    }
    case "union": {
      const variants = spec.variants.map((variant) => checkFor(variant, side));
      return (v, depth) => variants.some((variant) => variant(v, depth + 1));
    }
  }
}

function compileObjectCheck(spec: ObjectSpec, side: Side, skip?: Skip): Check {
  const fields = spec.fields.map((f) => ({
    name: nameOf(f, side),
    check: checkFor(f.type, side),
    // Required and without a default (a default is filled in by the request builders).
    required: f.required === true && f.default === undefined,
  }));
  const byName = new Map(fields.map((f) => [f.name, f]));
  const requiredCount = fields.filter((f) => f.required).length;
  const extra = spec.additionalProperties === false ? undefined : checkFor(spec.additionalProperties, side);
  const conditionsMet = conditionalCheck(spec, side, skip);
  return (v, depth) => {
    if (!isPlainObject(v)) return false;
    // One pass over the keys: each is a field whose value must pass, or an extra one.
    let requiredSeen = 0;
    for (const key of Object.keys(v)) {
      const given = v[key];
      if (skip !== undefined && skip(key, given)) continue;
      const field = byName.get(key);
      if (field === undefined) {
        if (extra === undefined || !extra(given, depth + 1)) return false;
        continue;
      }
      if (given === undefined) continue; // set to undefined: absent, as for the walk
      if (!field.check(given, depth + 1)) return false;
      if (field.required) requiredSeen++;
    }
    return requiredSeen === requiredCount && (conditionsMet === undefined || conditionsMet(v));
  };
}

/** No field required by conditions is missing (undefined when the object has no such field). */
function conditionalCheck(spec: ObjectSpec, side: Side, skip?: Skip): ((v: Plain) => boolean) | undefined {
  const conditional = spec.fields
    .filter((f) => f.default === undefined && f.requiredWhen !== undefined)
    .map((f) => ({ name: nameOf(f, side), requiredWhen: f.requiredWhen! }));
  if (conditional.length === 0) return undefined;
  const absent = (v: Plain, name: string) =>
    v[name] === undefined || !hasOwn(v, name) || (skip !== undefined && skip(name, v[name]));
  return (v) => {
    let byAuthoring: Plain | undefined;
    for (const f of conditional) {
      if (!absent(v, f.name)) continue;
      // As the walk: conditions read authoring keys, on the config as the walk sees it.
      byAuthoring ??= side === "authoring" ? v : fromSide(spec, skip ? stripKeys(v, skip) : v);
      if (conditionsHold(f.requiredWhen, spec.fields, byAuthoring)) return false;
    }
    return true;
  };
}

function stripKeys(value: Plain, skip: Skip): Plain {
  return Object.fromEntries(Object.entries(value).filter(([k, v]) => !skip(k, v)));
}

// The same check as straight-line JavaScript, built once per connector with
// `new Function` (as Ajv does): V8 optimises it like hand-written code. Every
// schema string enters the source only as JSON.stringify output (a string
// literal), every number only when finite; nothing else from the spec is
// written into it. Where code cannot be generated (no `new Function` under a
// strict CSP, specs nested past GENERATED_DEPTH) the closures above are used.

const GENERATED_DEPTH = 32;

/** What the walk strips from the top of a wire config before it starts. */
interface Stripped {
  readonly serverKeys: readonly string[];
  readonly constants: Readonly<Record<string, unknown>>;
  readonly skip: Skip;
}

function generateCheck(spec: ObjectSpec, side: Side, stripped?: Stripped): Check | undefined {
  const constants: unknown[] = [];
  const hoisted: string[] = [];
  let names = 0;
  const fresh = (prefix: string) => `${prefix}${names++}`;
  const constant = (value: unknown) => {
    constants.push(value);
    return `K[${constants.length - 1}]`;
  };
  const number = (n: number) => {
    if (!Number.isFinite(n)) throw new RangeError("not finite");
    return `(${JSON.stringify(n)})`;
  };
  const literal = (v: Scalar) => (typeof v === "number" ? number(v) : JSON.stringify(v));
  const oneOf = (v: string, allowed: readonly Scalar[]) =>
    allowed.length <= 8
      ? `if (!(${allowed.map((a) => `${v} === ${literal(a)}`).join(" || ") || "false"})) return false;`
      : `if (!${constant(new Set(allowed))}.has(${v})) return false;`;

  /** Statements that return false unless `v` passes `t` (as `compileCheck` would). */
  const check = (t: TypeSpec, v: string, depth: number): string => {
    if (depth > GENERATED_DEPTH) throw new RangeError("too deep");
    const body = inner(t, v, depth);
    if (t.nullable) return `if (${v} !== null) { ${body} }`;
    // typeof, Array.isArray and the object test reject null themselves.
    return t.type === "unknown" || t.type === "union" ? `if (${v} === null) return false; ${body}` : body;
  };
  const inner = (t: TypeSpec, v: string, depth: number): string => {
    switch (t.type) {
      case "unknown":
        return "";
      case "boolean":
        return `if (typeof ${v} !== "boolean") return false; ${t.enum ? oneOf(v, t.enum) : ""}`;
      case "string": {
        let out = `if (typeof ${v} !== "string") return false; ${t.enum ? oneOf(v, t.enum) : ""}`;
        if (t.minLength !== undefined || t.maxLength !== undefined) {
          const n = fresh("n");
          out += ` const ${n} = codePoints(${v});`;
          if (t.minLength !== undefined) out += ` if (${n} < ${number(t.minLength)}) return false;`;
          if (t.maxLength !== undefined) out += ` if (${n} > ${number(t.maxLength)}) return false;`;
        }
        // Compiled on first use, as the walk would: a bad pattern fails only configs that reach it.
        if (t.pattern !== undefined) out += ` if (!pattern(${JSON.stringify(t.pattern)}).test(${v})) return false;`;
        return out;
      }
      case "integer":
      case "number": {
        let out =
          t.type === "integer"
            ? `if (typeof ${v} !== "number" || !Number.isInteger(${v})) return false;`
            : `if (typeof ${v} !== "number" || !Number.isFinite(${v})) return false;`;
        if (t.enum) out += ` ${oneOf(v, t.enum)}`;
        if (t.minimum !== undefined) out += ` if (${v} < ${number(t.minimum)}) return false;`;
        if (t.maximum !== undefined) out += ` if (${v} > ${number(t.maximum)}) return false;`;
        return out;
      }
      case "array": {
        const i = fresh("i");
        const x = fresh("x");
        let out = `if (!Array.isArray(${v})) return false;`;
        if (t.minItems !== undefined) out += ` if (${v}.length < ${number(t.minItems)}) return false;`;
        if (t.maxItems !== undefined) out += ` if (${v}.length > ${number(t.maxItems)}) return false;`;
        // Holes are skipped, as the walk's forEach skips them.
        return `${out} for (let ${i} = 0; ${i} < ${v}.length; ${i}++) { const ${x} = ${v}[${i}]; if (${x} === undefined && !(${i} in ${v})) continue; ${check(t.items, x, depth + 1)} }`;
      }
      case "union": {
        const variants = t.variants.map((variant) => {
          const name = fresh("u");
          const arg = fresh("d");
          hoisted.push(`const ${name} = (${arg}) => { ${check(variant, arg, depth + 1)} return true; };`);
          return `${name}(${v})`;
        });
        return `if (!(${variants.join(" || ") || "false"})) return false;`;
      }
      case "object":
        return object(t, v, depth, undefined);
    }
  };
  const object = (t: ObjectSpec, v: string, depth: number, stripped: Stripped | undefined): string => {
    const k = fresh("k");
    const x = fresh("x");
    const seen = fresh("r");
    const fields = t.fields.map((f) => ({
      f,
      name: nameOf(f, side),
      required: f.required === true && f.default === undefined,
    }));
    const serverKeys = stripped ? [...new Set(stripped.serverKeys)] : [];
    const constantKeys = stripped ? Object.keys(stripped.constants).filter((c) => !serverKeys.includes(c)) : [];
    const collides = [...serverKeys, ...constantKeys].some((key) => fields.some((f) => f.name === key));
    const conditionsMet = conditionalCheck(t, side, stripped?.skip);
    const proto = fresh("p");
    let out = `if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return false;`;
    out += ` const ${proto} = Object.getPrototypeOf(${v}); if (${proto} !== OP && ${proto} !== null) return false;`;
    const constantTest = (key: string, value: unknown, x: string) =>
      typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value))
        ? `${x} === ${literal(value)}`
        : `${constant(deepEqual)}(${constant(value)}, ${x})`;

    if (t.additionalProperties === false && !collides && !fields.some((f) => f.name === "__proto__")) {
      // Like Ajv: read each field by name, then count the own keys. Every own key must be a field that
      // was read, or a key the walk strips. Anything unusual (an own key set to undefined, an inherited or
      // non-enumerable field) makes the counts differ: then the walk decides.
      const required = fresh("r");
      out += ` let ${seen} = 0; let ${required} = 0;`;
      for (const { f, name, required: must } of fields) {
        const key = JSON.stringify(name);
        const y = fresh("x");
        // No own-property test here: a value read from the prototype either fails its check or is not
        // counted among the own keys below (and the generated check starts by refusing a polluted prototype).
        out += ` const ${y} = ${v}[${key}]; if (${y} !== undefined) { ${check(f.type, y, depth + 1)} ${seen}++;${must ? ` ${required}++;` : ""} }`;
      }
      out += ` if (${required} !== ${fields.filter((f) => f.required).length}) return false;`;
      for (const key of serverKeys) out += ` if (hop.call(${v}, ${JSON.stringify(key)})) ${seen}++;`;
      for (const key of constantKeys) {
        const y = fresh("x");
        out += ` const ${y} = ${v}[${JSON.stringify(key)}];`;
        out += ` if (hop.call(${v}, ${JSON.stringify(key)}) && ${constantTest(key, stripped!.constants[key], y)}) ${seen}++;`;
      }
      out += ` for (const ${k} in ${v}) ${seen}--; if (${seen} !== 0) return false;`;
      if (conditionsMet) out += ` if (!${constant(conditionsMet)}(${v})) return false;`;
      return out;
    }

    const cases = fields
      .map(
        ({ name, f, required }) =>
          `case ${JSON.stringify(name)}: if (${x} === undefined) break; ${check(f.type, x, depth + 1)} ${required ? `${seen}++;` : ""} break;`,
      )
      .join(" ");
    const extra =
      t.additionalProperties === false ? "return false;" : `${check(t.additionalProperties, x, depth + 1)} break;`;
    out += ` let ${seen} = 0;`;
    // for-in with an own-property test is V8's fastest key walk; it sees what Object.keys sees.
    out += ` for (const ${k} in ${v}) { if (!hop.call(${v}, ${k})) continue; const ${x} = ${v}[${k}];`;
    // Keys the walk strips first (server keys, constants with their value) get cases of their own,
    // unless a field shares the name: then every key goes through the walk's own test first.
    let stripCases = "";
    if (stripped !== undefined && collides) out += ` if (${constant(stripped.skip)}(${k}, ${x})) continue;`;
    else if (stripped !== undefined) {
      stripCases += serverKeys.map((key) => `case ${JSON.stringify(key)}: break;`).join(" ");
      for (const key of constantKeys)
        stripCases += ` case ${JSON.stringify(key)}: if (${constantTest(key, stripped.constants[key], x)}) break; ${extra}`;
    }
    out += ` switch (${k}) { ${cases} ${stripCases} default: ${extra} } }`;
    out += ` if (${seen} !== ${fields.filter((f) => f.required).length}) return false;`;
    // Conditional requirements: the closures' rules, run only after every key passed.
    if (conditionsMet) out += ` if (!${constant(conditionsMet)}(${v})) return false;`;
    return out;
  };

  try {
    const body = object(spec, "value", 0, stripped);
    // An enumerable property on Object.prototype would be counted as an own key: then the walk decides.
    const source = `"use strict"; ${hoisted.join(" ")} return (value) => { for (const _ in OP) return false; ${body} return true; };`;
    const make = new Function("K", "codePoints", "pattern", "OP", "hop", source) as (
      ...args: unknown[]
    ) => (value: unknown) => boolean;
    return make(constants, codePoints, pattern, Object.prototype, Object.prototype.hasOwnProperty);
  } catch {
    return undefined;
  }
}

const configChecks: Record<Side, WeakMap<ConnectorSpec, Check>> = { authoring: new WeakMap(), wire: new WeakMap() };

/** True when the walk would find no problem with this config (create mode). */
function quickValid(spec: ConnectorSpec, side: Side, value: unknown): boolean {
  let check = configChecks[side].get(spec);
  if (check === undefined) {
    const constants = spec.constants ?? {};
    const serverKeys = new Set(spec.serverKeys);
    const skip: Skip | undefined =
      side === "wire" && (serverKeys.size > 0 || Object.keys(constants).length > 0)
        ? (k, v) => serverKeys.has(k) || (hasOwn(constants, k) && deepEqual(constants[k], v))
        : undefined;
    const stripped = skip && { serverKeys: spec.serverKeys, constants, skip };
    check = generateCheck(configObject(spec), side, stripped) ?? compileObjectCheck(configObject(spec), side, skip);
    configChecks[side].set(spec, check);
  }
  return check(value, 0);
}

/** Every problem with an authoring-keyed config; an empty list means valid. */
export function validateConfig(spec: ConnectorSpec, config: unknown, options?: ValidateOptions): Problem[] {
  if ((options?.mode ?? "create") === "create" && quickValid(spec, "authoring", config)) return [];
  return run("authoring", configObject(spec), config, options, { path: "", wirePath: "", secret: false });
}

/** Every problem with a wire-keyed config (as sent to or received from the API). */
export function validateWireConfig(spec: ConnectorSpec, wire: unknown, options?: ValidateOptions): Problem[] {
  if ((options?.mode ?? "create") === "create" && quickValid(spec, "wire", wire)) return [];
  // Keys the server computes may appear in responses; they are not the author's.
  const constants = spec.constants ?? {};
  const stripped = isPlainObject(wire)
    ? Object.fromEntries(
        Object.entries(wire).filter(
          ([k, v]) => !spec.serverKeys.includes(k) && !(hasOwn(constants, k) && deepEqual(constants[k], v)),
        ),
      )
    : wire;
  return run("wire", configObject(spec), stripped, options, { path: "", wirePath: "", secret: false });
}

// Re-keying. Unknown keys are never dropped or passed through silently: they
// fail the conversion. Object.fromEntries defines own properties, so a key such
// as "__proto__" can never reach a prototype.

function convert(spec: TypeSpec, value: unknown, to: Side, place: Place, walk: Walk, depth: number): unknown {
  if (value === null || value === undefined || depth > MAX_DEPTH) return value;
  if (
    spec.type === "integer" &&
    to === "authoring" &&
    typeof value === "string" &&
    /^-?(0|[1-9]\d{0,15})$/.test(value)
  ) {
    // Servers may store integers (ports) as strings; the authoring type is an integer.
    return Number(value);
  }
  if (spec.type === "array" && Array.isArray(value)) {
    return value.map((item, i) =>
      convert(
        spec.items,
        item,
        to,
        { ...place, path: `${place.path}[${i}]`, wirePath: `${place.wirePath}[${i}]` },
        walk,
        depth + 1,
      ),
    );
  }
  if (spec.type === "object" && isPlainObject(value)) return convertObject(spec, value, to, place, walk, depth, []);
  if (spec.type === "union") {
    const from: Side = to === "wire" ? "authoring" : "wire";
    for (const variant of spec.variants) {
      const trial: Walk = { side: from, problems: [], mode: "create", current: undefined };
      checkValue(trial, variant, value, place, depth + 1);
      if (trial.problems.length === 0) return convert(variant, value, to, place, walk, depth + 1);
    }
  }
  return value;
}

function convertObject(
  spec: ObjectSpec,
  value: Plain,
  to: Side,
  place: Place,
  walk: Walk,
  depth: number,
  ignored: readonly string[],
): Plain {
  const from: Side = to === "wire" ? "authoring" : "wire";
  const byName = new Map(spec.fields.map((f) => [nameOf(f, from), f]));
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const field = byName.get(key);
    if (field) {
      const child: Place = {
        path: join(place.path, field.key),
        wirePath: join(place.wirePath, field.wireKey),
        secret: place.secret || field.secret === true,
      };
      entries.push([nameOf(field, to), convert(field.type, value[key], to, child, walk, depth + 1)]);
    } else if (spec.additionalProperties !== false) {
      entries.push([key, value[key]]);
    } else if (!ignored.includes(key)) {
      const child: Place = { path: join(place.path, key), wirePath: join(place.wirePath, key), secret: place.secret };
      const hint = suggestKey(key, spec.fields, from);
      report(walk, child, "unknown-key", hint ? `unknown key; did you mean ${JSON.stringify(hint)}?` : "unknown key");
    }
  }
  return Object.fromEntries(entries);
}

function rekey(spec: ConnectorSpec, value: unknown, to: Side, context: string): Plain {
  const walk: Walk = { side: to === "wire" ? "authoring" : "wire", problems: [], mode: "create", current: undefined };
  const root: Place = { path: "", wirePath: "", secret: false };
  if (!isPlainObject(value)) {
    report(walk, root, "type", "expected an object", "an object", value);
    throw new ConfigValidationError(context, walk.problems);
  }
  const ignored = to === "authoring" ? [...spec.serverKeys, ...Object.keys(spec.constants ?? {})] : [];
  const out = convertObject(configObject(spec), value, to, root, walk, 0, ignored);
  if (walk.problems.length > 0) throw new ConfigValidationError(context, walk.problems);
  return out;
}

/** Authoring keys to wire keys. Throws on unknown keys; does not check values (see validateConfig). */
export function configToWire<Wire>(spec: ConnectorSpec, config: unknown): Wire {
  return withConstants(spec, rekey(spec, config, "wire", `${spec.kind}/${spec.code} toWire`)) as Wire;
}

/** Wire keys to authoring keys. Server-computed keys are dropped; other unknown keys throw. */
export function configFromWire<Config>(spec: ConnectorSpec, wire: unknown): Config {
  return rekey(spec, wire, "authoring", `${spec.kind}/${spec.code} fromWire`) as Config;
}

// Request building: the envelope (name, state, tags...) and the config are one
// object spec, so the same validation and re-keying cover both.

function envelopeSpec(api: KindApiSpec, op: OperationSpec, spec: ConnectorSpec): ObjectSpec {
  const config: FieldSpec = { key: "config", wireKey: api.configProperty, type: configObject(spec), required: true };
  return { type: "object", fields: [...op.body, config], additionalProperties: false };
}

function optionsSpec(op: OperationSpec, skipLastPathParam: boolean): ObjectSpec {
  const params = skipLastPathParam ? op.pathParams.slice(0, -1) : op.pathParams;
  return { type: "object", fields: [...params, ...op.query, ...op.headers], additionalProperties: false };
}

function fillPath(template: string, params: readonly FieldSpec[], values: Plain): string {
  let path = template;
  for (const p of params) path = path.split(`{${p.wireKey}}`).join(encodeURIComponent(String(values[p.key])));
  return path;
}

function pick(fields: readonly FieldSpec[], values: Plain): [string, unknown][] {
  return fields.filter((f) => values[f.key] !== undefined).map((f) => [f.wireKey, values[f.key]]);
}

function build(
  api: KindApiSpec,
  op: OperationSpec,
  spec: ConnectorSpec,
  input: unknown,
  options: unknown,
  id: string | undefined,
  validation: ValidateOptions,
): ApiRequest<Plain> {
  const walk: Walk = { side: "authoring", problems: [], mode: "create", current: undefined };
  const place = (path: string, wirePath: string): Place => ({ path, wirePath, secret: false });
  if (!isPlainObject(input)) {
    report(walk, place("", ""), "type", "expected an object", "an object", input);
  } else {
    const { config, ...envelope } = input;
    checkObject(
      walk,
      { type: "object", fields: op.body, additionalProperties: false },
      envelope,
      place("", ""),
      0,
      false,
    );
    // The config is checked as a top level of its own, so update rules (set-once) apply to it.
    const configWalk: Walk = { ...walk, mode: validation.mode ?? "create", current: validation.current };
    if (config === undefined) report(walk, place("config", api.configProperty), "required", "required but missing");
    else if (configWalk.mode !== "create" || !quickValid(spec, "authoring", config))
      checkObject(configWalk, configObject(spec), config, place("config", api.configProperty), 0, true);
  }
  if (id !== undefined && (typeof id !== "string" || id === "")) {
    report(walk, place("id", "id"), "type", "expected a non-empty string", "a non-empty string", id);
  }
  if (options !== undefined && !isPlainObject(options)) {
    report(walk, place("options", "options"), "type", "expected an object", "an object", options);
  }
  const { current: _current, ...params } = isPlainObject(options) ? options : {};
  checkObject(walk, optionsSpec(op, id !== undefined), params, place("options", "options"), 0, false);
  const context = `${spec.kind}/${spec.code} ${op === api.create ? "create" : "update"}`;
  if (walk.problems.length > 0) throw new ConfigValidationError(context, walk.problems);

  const values = input as Plain;
  const config = withDefaults(spec, values.config as Plain, validation);
  const converted = convertObject(
    envelopeSpec(api, op, spec),
    { ...values, config },
    "wire",
    place("", ""),
    walk,
    0,
    [],
  );
  const body: Plain = Object.fromEntries([
    ...(op.sendsConnector && api.connectorProperty !== undefined ? [[api.connectorProperty, spec.code] as const] : []),
    ...Object.entries(converted).map(([k, v]) =>
      k === api.configProperty && isPlainObject(v) ? ([k, withConstants(spec, v)] as const) : ([k, v] as const),
    ),
  ]);
  const pathValues: Plain = { ...params };
  const last = op.pathParams[op.pathParams.length - 1];
  if (id !== undefined && last) pathValues[last.key] = id;
  const headers = pick(op.headers, params).map(([k, v]) => [k, String(v)] as const);
  return {
    method: op.method,
    path: fillPath(op.path, op.pathParams, pathValues),
    query: Object.fromEntries(pick(op.query, params)) as Record<string, QueryValue>,
    ...(op.headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
    body,
  };
}

/** The config plus the defaults of required fields left out (in field order). */
function withDefaults(spec: ConnectorSpec, config: Plain, validation: ValidateOptions): Plain {
  const updating = validation.mode === "update";
  const entries: [string, unknown][] = [];
  for (const field of spec.fields) {
    if (hasOwn(config, field.key) && config[field.key] !== undefined) entries.push([field.key, config[field.key]]);
    else if (field.default !== undefined && !(updating && field.setOnce)) {
      const needed =
        field.required === true ||
        (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, spec.fields, config));
      if (needed) entries.push([field.key, field.default]);
    }
  }
  return Object.fromEntries(entries);
}

/** A validated create request; throws ConfigValidationError listing every problem. */
export function buildCreateRequest<Body>(
  api: KindApiSpec,
  spec: ConnectorSpec,
  input: unknown,
  options?: unknown,
): ApiRequest<Body> {
  return build(api, api.create, spec, input, options, undefined, { mode: "create" }) as ApiRequest<Body>;
}

/** A validated update request: set-once fields must be absent or equal to `options.current`. */
export function buildUpdateRequest<Body>(
  api: KindApiSpec,
  spec: ConnectorSpec,
  id: string,
  input: unknown,
  options?: unknown,
): ApiRequest<Body> {
  const current = isPlainObject(options) && isPlainObject(options.current) ? options.current : undefined;
  return build(api, api.update, spec, input, options, id, { mode: "update", current }) as ApiRequest<Body>;
}
