// Runtime shared by every generated connector module: validation, key mapping
// and request building, all driven by the plain specs the generator emits.
// Values are judged by one JSON Schema evaluator (below), against the schema a
// connector came from; the field specs give authoring names, secrets and defaults.
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
  /** false: unknown authoring keys are problems; a spec: extra keys of that type pass through unchanged. */
  readonly additionalProperties: false | TypeSpec;
  /** The schema accepts keys it does not list (it says nothing, or allows them): fromWire keeps them. */
  readonly open?: boolean;
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
  /** The condition holds where the field is not sent, too (a JSON Schema `if` that does not require it). */
  readonly unsetHolds?: true;
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
  /** Derived by the server (read-only, or a placeholder it resolves): kept on read, never sent. */
  readonly server?: boolean;
  /** The schema marks it deprecated: still accepted, with a "deprecated" warning when given. */
  readonly deprecated?: true;
}

export interface ConnectorSpec {
  readonly kind: string;
  readonly code: string;
  readonly fields: readonly FieldSpec[];
  /** Wire keys the server computes or sets: ignored by fromWire, never authored. */
  readonly serverKeys: readonly string[];
  /** Wire keys with a fixed value naming the connector inside its config: added by toWire, never authored. */
  readonly constants?: Readonly<Record<string, unknown>>;
  /** The wire config accepts keys it does not list: fromWire keeps them. */
  readonly open?: boolean;
  /**
   * The wire config's JSON Schema exactly as the source gave it (local `$ref`s
   * only). Absent when the source is a field list: the fields then describe it.
   */
  readonly schema?: JsonSchema;
  /** Former keys of renamed fields: accepted in their place, with a "deprecated" warning. */
  readonly aliases?: readonly AliasSpec[];
}

/** A renamed field's former keys and the field that took its place. */
export interface AliasSpec {
  /** The former authoring key; absent when the rename left the authoring key as it was. */
  readonly key?: string;
  readonly wireKey: string;
  /** The new field's authoring key. */
  readonly to: string;
  /** The new field's wire key. */
  readonly toWire: string;
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
  | "format"
  | "no-variant"
  | "too-deep"
  /** A former key of a renamed field: a warning when given alone, an error when given with the new key. */
  | "deprecated"
  /** Any other keyword: `not`, `uniqueItems`, `contains`, `propertyNames`, a `false` schema, two `oneOf` matches. */
  | "constraint";

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
  /** Set on what a read reports but keeps: a value or key the server knows and the snapshot does not. */
  readonly severity?: "warning";
}

/** The problems that make a config invalid: all but warnings. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity !== "warning");
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
  /** Values that stand for a hidden secret (default DEFAULT_SECRET_MASKS): an update leaves such a secret out. */
  readonly masks?: readonly (string | null)[];
  /**
   * Also warn (code `deprecated`) where the config gives a field the schema marks deprecated, at any depth.
   * Off by default, so that a valid config's problem list stays empty; the `validate` command turns it on.
   */
  readonly deprecated?: boolean;
}

type Side = "authoring" | "wire";
type Plain = Record<string, unknown>;

/** Nesting past this is a problem, not a stack overflow (deep values, `$ref` loops). */
const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Keywords that mark keys of an object evaluated beside properties, patternProperties and additionalProperties. */
const EVALUATING = [
  "allOf",
  "anyOf",
  "oneOf",
  "if",
  "then",
  "else",
  "dependentSchemas",
  "dependencies",
  "$ref",
  "$dynamicRef",
  "$recursiveRef",
];

/**
 * Whether a schema's `unevaluatedProperties` means what `additionalProperties` would: it has none, and
 * nothing beside it but `properties` and `patternProperties` marks a key evaluated. Only then is it enforced.
 */
export function unevaluatedAsAdditional(schema: Readonly<Record<string, unknown>>): boolean {
  return (
    schema["unevaluatedProperties"] !== undefined &&
    schema["additionalProperties"] === undefined &&
    !evaluatesKeysBeside(schema)
  );
}

/**
 * Whether something beside a schema's `properties`, `patternProperties` and `additionalProperties` judges or
 * evaluates keys of its object: then those three alone do not say what an unlisted key may hold.
 */
export function evaluatesKeysBeside(schema: Readonly<Record<string, unknown>>): boolean {
  return EVALUATING.some((k) => hasOwn(schema, k));
}

function hasOwn(value: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(value, key);
}

/** Sets an own data property: a key such as "__proto__" is a key like any other, never the prototype. */
function setOwn(target: Plain, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Present: an own key whose value is not undefined (undefined reads as "left out", as in JSON). */
function present(value: Plain, key: string): boolean {
  return hasOwn(value, key) && value[key] !== undefined;
}

function nameOf(field: FieldSpec, side: Side): string {
  return side === "wire" ? field.wireKey : field.key;
}

function join(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}

/** A value as a message shows it: short, never a whole document. */
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

/** JSON equality: numbers by value, objects by own keys in any order. Past the nesting limit, different. */
export function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b) || (a === 0 && b === 0)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], other[i], depth + 1)) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!hasOwn(b, k) || !deepEqual((a as Plain)[k], (b as Plain)[k], depth + 1)) return false;
  return true;
}

/** Edit distance, or `limit` once it cannot be below `limit`; `cells` counts the work. */
function levenshtein(a: string, b: string, limit: number, work: { cells: number }): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
      if (prev[j]! < rowMin) rowMin = prev[j]!;
    }
    work.cells += b.length;
    if (rowMin >= limit) return limit;
  }
  return Math.min(prev[b.length]!, limit);
}

interface KeyIndex {
  /** A field by its other-side name, lowercased: a wire key in an authoring config, or the reverse. */
  readonly crossed: ReadonlyMap<string, FieldSpec>;
  /** A field by either name, lowercased, without separators. */
  readonly squashed: ReadonlyMap<string, FieldSpec>;
  /** This side's names, lowercased, by length, each with its field's place in the list. */
  readonly byLength: ReadonlyMap<number, readonly { name: string; lower: string; order: number }[]>;
}

const keyIndexes: Record<Side, WeakMap<readonly FieldSpec[], KeyIndex>> = {
  authoring: new WeakMap(),
  wire: new WeakMap(),
};

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Built once per field list and side: a suggestion then costs no pass over every field. */
function keyIndex(fields: readonly FieldSpec[], side: Side): KeyIndex {
  let index = keyIndexes[side].get(fields);
  if (index === undefined) {
    const other: Side = side === "wire" ? "authoring" : "wire";
    const crossed = new Map<string, FieldSpec>();
    const squashed = new Map<string, FieldSpec>();
    const byLength = new Map<number, { name: string; lower: string; order: number }[]>();
    fields.forEach((f, order) => {
      const lowerOther = nameOf(f, other).toLowerCase();
      if (!crossed.has(lowerOther)) crossed.set(lowerOther, f);
      for (const name of [squash(f.key), squash(f.wireKey)]) if (!squashed.has(name)) squashed.set(name, f);
      const name = nameOf(f, side);
      const bucket = byLength.get(name.length) ?? [];
      bucket.push({ name, lower: name.toLowerCase(), order });
      byLength.set(name.length, bucket);
    });
    index = { crossed, squashed, byLength };
    keyIndexes[side].set(fields, index);
  }
  return index;
}

/** Edit-distance work one suggestion may take, in table cells: bounded however many fields there are. */
const SUGGESTION_WORK = 50_000;

/** The known key an unknown one most likely meant, if any is close enough. */
export function suggestKey(unknown: string, fields: readonly FieldSpec[], side: Side): string | undefined {
  const index = keyIndex(fields, side);
  const lower = unknown.toLowerCase();
  // Written with the other side's key (a wire key in an authoring config, or the reverse).
  const crossed = index.crossed.get(lower);
  if (crossed) return nameOf(crossed, side);
  const loose = index.squashed.get(squash(unknown));
  if (loose) return nameOf(loose, side);
  if (unknown.length > 256) return undefined;
  let best: { name: string; order: number } | undefined;
  let bestDistance = Math.max(2, Math.floor(unknown.length / 3)) + 1;
  const work = { cells: 0 };
  // Nearest lengths first: a name whose length differs by d is at least d edits away.
  for (let delta = 0; delta <= bestDistance && work.cells < SUGGESTION_WORK; delta++) {
    for (const length of delta === 0 ? [unknown.length] : [unknown.length - delta, unknown.length + delta]) {
      for (const candidate of index.byLength.get(length) ?? []) {
        if (work.cells >= SUGGESTION_WORK) break;
        const d = levenshtein(lower, candidate.lower, bestDistance + 1, work);
        if (d < bestDistance || (d === bestDistance && best !== undefined && candidate.order < best.order)) {
          bestDistance = d;
          best = candidate;
        }
      }
    }
  }
  return best?.name;
}

// ---------------------------------------------------------------------------
// JSON Schema (draft 2020-12, plus OpenAPI 3.0's `nullable` and boolean
// `exclusiveMinimum`/`exclusiveMaximum`), evaluated exactly as the schema says.
// Each keyword has one description (KEYWORDS below): a function that compiles
// it into a check. The same check answers "valid?" cheaply and, when asked,
// lists every problem, so the fast answer and the problem list cannot disagree.

/** A JSON Schema: an object or a boolean. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaProblem {
  /** Instance location: object keys and array indexes from the validated value. */
  readonly path: readonly (string | number)[];
  readonly keyword: string;
  /** What was expected, in words ("an integer", "at least 3 items"). */
  readonly expected: string;
  /** Whether the value at `path` belongs in a message (false for a missing key). */
  readonly showsValue: boolean;
  readonly value?: unknown;
}

export interface SchemaValidator {
  /** True when the value is valid: stops at the first failing keyword. */
  readonly isValid: (value: unknown) => boolean;
  /** Every problem, in schema order. Empty exactly when the value is valid. */
  readonly problems: (value: unknown) => SchemaProblem[];
}

/** Schema applications nested deeper than this are a problem, not a stack overflow (`$ref` loops). */
const SCHEMA_DEPTH = 256;

type Path = readonly (string | number)[];

/** Shared by every check of one validation; `problems` is absent on the fast path. */
interface Run {
  readonly problems: SchemaProblem[] | undefined;
}

/** The run of a check whose failures are not problems: the fast path, `not`, `if`, alternatives tried. */
const QUIET: Run = Object.freeze({ problems: undefined });

/** A compiled check; `depth` counts the `$ref`s followed to get here. */
type Check = (value: unknown, run: Run, path: Path, depth: number) => boolean;

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

/** Digits after the decimal point of a finite number as JavaScript writes it. */
function decimals(n: number): number {
  const [mantissa = "", exponent] = String(n).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

/** Decimal-exact where both numbers scale to safe integers (0.0075 of 0.0001), else the remainder. */
function isMultiple(value: number, of: number): boolean {
  const digits = Math.max(decimals(value), decimals(of));
  const scale = 10 ** digits;
  if (digits <= 20 && Math.abs(value * scale) <= Number.MAX_SAFE_INTEGER && of * scale <= Number.MAX_SAFE_INTEGER) {
    return Math.round(value * scale) % Math.round(of * scale) === 0;
  }
  return value % of === 0;
}

/** Values an enum's message names; a longer enum is told by its size. */
const ENUM_SHOWN = 5;

function thousands(n: number): string {
  const digits = String(n);
  let out = "";
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? "," : "") + digits[i];
  return out;
}

/** JSON-equal membership: scalars through a set (one lookup however long the enum), objects and arrays by deepEqual. */
function memberOf(values: readonly unknown[]): (value: unknown) => boolean {
  const scalars = new Set<unknown>();
  const complex: unknown[] = [];
  for (const v of values) {
    if (typeof v === "object" && v !== null) complex.push(v);
    else scalars.add(v === 0 ? 0 : v); // -0 and 0 are one JSON number
  }
  return (value) => {
    if (typeof value !== "object" || value === null) return scalars.has(value === 0 ? 0 : value);
    return complex.some((v) => deepEqual(v, value));
  };
}

function plural(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// ---------------------------------------------------------------------------
// Formats: asserted on strings, as Ajv's formats package does ("full" mode);
// any other format name is an annotation.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const year = +m[1]!;
  const month = +m[2]!;
  const day = +m[3]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!);
}

/** RFC 3339's time; `iso-time` (zoneless: true) may leave out the zone. */
function isTime(s: string, zoneless = false): boolean {
  const m = TIME.exec(s);
  if (!m || (m[4] === undefined && !zoneless)) return false;
  const hr = +m[1]!;
  const min = +m[2]!;
  const sec = +m[3]!;
  const tzSign = m[5] === "-" ? -1 : 1;
  const tzH = +(m[6] ?? 0);
  const tzM = +(m[7] ?? 0);
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second is 23:59:60 in UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

function isDateTime(s: string, zoneless = false): boolean {
  const i = s.search(/t|\s/i);
  return i > 0 && isDate(s.slice(0, i)) && isTime(s.slice(i + 1), zoneless);
}

/** Standard base64 with its padding. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `byte`: as Ajv's formats package reads it, line by line (its pattern is multiline): some line is base64. */
function isByte(s: string): boolean {
  return s.split(/[\n\r\u2028\u2029]/).some((line) => BASE64.test(line));
}

/** RFC 6570 URI templates: literal characters, percent-escapes and `{op var,var:3,var*}` expressions. */
function isUriTemplate(s: string): boolean {
  const hex = (i: number) => /^[0-9a-f]{2}$/i.test(s.slice(i, i + 2));
  for (let i = 0; i < s.length;) {
    const c = s.charCodeAt(i);
    if (c === 0x25) {
      if (!hex(i + 1)) return false;
      i += 3;
    } else if (c === 0x7b) {
      const end = s.indexOf("}", i);
      if (end === -1) return false;
      let body = s.slice(i + 1, end);
      if (/^[+#./;?&=,!@|]/.test(body)) body = body.slice(1);
      if (!body.split(",").every((v) => /^(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?$/i.test(v))) return false;
      i = end + 1;
    } else if (c <= 0x20 || "\"'<>\\^`{|}".includes(s[i]!)) return false;
    else i++;
  }
  return true;
}

/** Characters a `url` host may hold (with the `u` flag: code points up to U+FFFF). */
const isHostChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x30 && code <= 0x39) ||
  code === 0x2d ||
  code === 0x2e ||
  (code >= 0xa1 && code <= 0xffff);

/** A host name of `url`: labels of letters, digits and inner single hyphens, then a top-level label of two letters or more. */
function isUrlHostName(host: string): boolean {
  const labels = host.split(".");
  if (labels.length < 2) return false;
  const tld = labels.pop()!;
  if ([...tld].length < 2 || !/^[a-z\u00a1-\uffff]+$/iu.test(tld)) return false;
  return labels.every((l) => /^[a-z0-9\u00a1-\uffff]+(?:-[a-z0-9\u00a1-\uffff]+)*$/iu.test(l));
}

/** A public IPv4 address, as `url` takes one: 1–223 first, 1–254 last, no private or link-local range. */
function isUrlIpv4(host: string): boolean {
  const m =
    /^([1-9]\d?|1\d\d|2[01]\d|22[0-3])\.(1?\d{1,2}|2[0-4]\d|25[0-5])\.(1?\d{1,2}|2[0-4]\d|25[0-5])\.([1-9]\d?|1\d\d|2[0-4]\d|25[0-4])$/.exec(
      host,
    );
  if (!m) return false;
  const [a, b] = [+m[1]!, +m[2]!];
  return !(
    a === 10 ||
    a === 127 ||
    (a === 169 && b === 254) ||
    (a === 192 && b === 168) ||
    (a === 172 && b >= 16 && b <= 31)
  );
}

/**
 * `url` as Ajv's formats package reads it: http, https or ftp, `//`, an optional user part ending in `@`,
 * a public IPv4 address or a host name with a top-level label, an optional port of 2–5 digits, an optional
 * path. Read in one pass (each `@` tried as the user part's end), never by backtracking.
 */
function isUrl(s: string): boolean {
  const scheme = /^(?:https?|ftp):\/\//i.exec(s);
  if (!scheme) return false;
  const rest = s.slice(scheme[0].length);
  // Where the first and last white space are: a user part and a path may hold none.
  const firstSpace = rest.search(/\s/u);
  const lastSpace = rest.search(/\s\S*$/u);
  const hostAt = (from: number): boolean => {
    let end = from;
    while (end < rest.length) {
      const code = rest.codePointAt(end)!;
      if (!isHostChar(code)) break;
      end += code > 0xffff ? 2 : 1;
    }
    const host = rest.slice(from, end);
    if (!(isUrlIpv4(host) || isUrlHostName(host))) return false;
    let i = end;
    const port = /^:(\d{2,5})(?!\d)/.exec(rest.slice(i, i + 7));
    if (port) i += port[0].length;
    return i === rest.length || (rest[i] === "/" && lastSpace < i);
  };
  if (hostAt(0)) return true;
  // A user part: at least one character, no white space, up to an `@`.
  for (
    let at = rest.indexOf("@", 1);
    at !== -1 && (firstSpace === -1 || at < firstSpace);
    at = rest.indexOf("@", at + 1)
  )
    if (hostAt(at + 1)) return true;
  return false;
}

const FORMATS: Readonly<Record<string, (s: string) => boolean>> = {
  date: isDate,
  time: isTime,
  "date-time": isDateTime,
  duration: (s) =>
    /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/.test(s) && s !== "PT" && !s.endsWith("T"),
  email: (s) =>
    /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(
      s,
    ),
  hostname: (s) =>
    s.length <= 253 &&
    /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i.test(s),
  ipv4: (s) => /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(s),
  ipv6: isIpv6,
  uri: (s) => isUriLike(s, false),
  "uri-reference": (s) => isUriLike(s, true),
  uuid: (s) => /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(s),
  regex: (s) => {
    if (/[^\\]\\Z/.test(s)) return false;
    try {
      new RegExp(s, "u");
      return true;
    } catch {
      return false;
    }
  },
  "json-pointer": (s) => /^(?:\/(?:[^~/]|~0|~1)*)*$/.test(s),
  "iso-time": (s) => isTime(s, true),
  "iso-date-time": (s) => isDateTime(s, true),
  "uri-template": isUriTemplate,
  url: isUrl,
  "json-pointer-uri-fragment": (s) => /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i.test(s),
  "relative-json-pointer": (s) => /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/.test(s),
  byte: isByte,
};

/** Formats asserted on numbers, as Ajv's formats package does (`float` and `double` take every number). */
const NUMBER_FORMATS: Readonly<Record<string, (n: number) => boolean>> = {
  int32: (n) => Number.isInteger(n) && n >= -(2 ** 31) && n <= 2 ** 31 - 1,
  int64: (n) => Number.isInteger(n),
};

function isIpv6(s: string): boolean {
  if (s.length > 45 || !/^[0-9a-f:.]+$/i.test(s)) return false;
  let body = s;
  let groups = 8;
  // An IPv4 address may stand for the last two groups.
  const v4 = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
  if (v4) {
    if (!FORMATS["ipv4"]!(v4[1]!)) return false;
    body = s.slice(0, s.length - v4[1]!.length);
    if (!body.endsWith(":")) return false;
    if (!body.endsWith("::")) body = body.slice(0, -1);
    groups = 6;
  } else if (s.includes(".")) return false;
  const halves = body.split("::");
  if (halves.length > 2) return false;
  const parts = (h: string): string[] => (h === "" ? [] : h.split(":"));
  const head = parts(halves[0]!);
  const tail = halves.length === 2 ? parts(halves[1]!) : [];
  if ([...head, ...tail].some((g) => !/^[0-9a-f]{1,4}$/i.test(g))) return false;
  const count = head.length + tail.length;
  return halves.length === 2 ? count < groups : count === groups;
}

// URIs as RFC 3986 writes them and Ajv's full formats read them: a scheme, then an authority
// (`//user@host:port`), an absolute path or a rootless one, then a query and a fragment. As Ajv
// reads them, a uri's path after its scheme is never empty (`a:` is no uri), a reference may be
// empty, and a reference's host, path, query and fragment may hold `"`.

/** Text made of the RFC's unreserved characters, sub-delimiters, `extra`, and percent-escapes. */
const uriText = (extra: string): RegExp => new RegExp(`^(?:[a-z0-9\\-._~!$&'()*+,;=${extra}]|%[0-9a-f]{2})*$`, "i");

interface UriParts {
  readonly segment: RegExp;
  readonly host: RegExp;
  readonly query: RegExp;
}

const URI_PARTS: UriParts = { segment: uriText(":@"), host: uriText(""), query: uriText(":@/?") };
const REFERENCE_PARTS: UriParts = { segment: uriText(':@"'), host: uriText('"'), query: uriText(':@/?"') };
const USERINFO = uriText(":");
const SCHEME = /^[a-z][a-z0-9+\-.]*:/i;
const IP_FUTURE = /^v[0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+$/i;

function isAuthority(a: string, parts: UriParts): boolean {
  const at = a.indexOf("@");
  if (at >= 0 && !USERINFO.test(a.slice(0, at))) return false;
  const hostPort = a.slice(at + 1);
  let rest: string;
  if (hostPort.startsWith("[")) {
    const close = hostPort.indexOf("]");
    if (close < 0) return false;
    const literal = hostPort.slice(1, close);
    if (!isIpv6(literal) && !IP_FUTURE.test(literal)) return false;
    rest = hostPort.slice(close + 1);
  } else {
    const colon = hostPort.indexOf(":");
    if (!parts.host.test(colon < 0 ? hostPort : hostPort.slice(0, colon))) return false;
    rest = colon < 0 ? "" : hostPort.slice(colon);
  }
  return rest === "" || /^:\d*$/.test(rest);
}

/** The part before a query: an authority and its path, an absolute path, or a rootless one. */
function isHierPart(h: string, parts: UriParts, emptyOk: boolean): boolean {
  if (h === "") return emptyOk;
  const segments = (path: string) => path.split("/").every((segment) => parts.segment.test(segment));
  // `//authority` (also after one slash, as Ajv reads it), then `/segment`s.
  const withAuthority = (from: number) => {
    const slash = h.indexOf("/", from);
    const authority = slash < 0 ? h.slice(from) : h.slice(from, slash);
    return isAuthority(authority, parts) && (slash < 0 || segments(h.slice(slash + 1)));
  };
  if (h.startsWith("/")) {
    if ((h.startsWith("//") && withAuthority(2)) || withAuthority(1)) return true;
    return h === "/" || (h[1] !== "/" && segments(h.slice(1)));
  }
  return h.split("/")[0] !== "" && segments(h);
}

/** Whether `s` is a URI (`scheme` required) or a URI reference, its query and fragment checked. */
function isUriLike(s: string, reference: boolean): boolean {
  const parts = reference ? REFERENCE_PARTS : URI_PARTS;
  const hash = s.indexOf("#");
  if (hash >= 0 && !parts.query.test(s.slice(hash + 1))) return false;
  const main = hash < 0 ? s : s.slice(0, hash);
  const question = main.indexOf("?");
  if (question >= 0 && !parts.query.test(main.slice(question + 1))) return false;
  const hier = question < 0 ? main : main.slice(0, question);
  const scheme = SCHEME.exec(hier)?.[0];
  if (reference && isHierPart(hier, parts, true)) return true;
  return scheme !== undefined && isHierPart(hier.slice(scheme.length), parts, reference);
}

// ---------------------------------------------------------------------------
// Patterns in linear time. A schema's `pattern` is untrusted, and a
// backtracking engine takes exponential time on `(a+)+$`. So a pattern is
// parsed here and run as a Thompson NFA (a Pike VM without captures): work is
// at most input length × program size, whatever the pattern. A one-character
// atom (a class, `.`, `\d`, `\p{…}`) is judged by the native engine on that one
// character, which keeps its exact semantics and is constant time.
// Backreferences and lookaround have no linear-time algorithm: such a pattern
// (or one too large to compile) runs natively on at most
// BACKTRACKING_INPUT_LIMIT characters, and the generator warns about it.

/** The longest string a pattern that needs backtracking is run on; longer ones are problems. */
export const BACKTRACKING_INPUT_LIMIT = 1000;
/** Most instructions a compiled pattern may have: counted repetition (`{n,m}`) expands. */
const PROGRAM_LIMIT = 20_000;

export interface PatternMatcher {
  /** Whether the pattern matches somewhere in `s`; undefined when `s` is too long for a backtracking pattern. */
  readonly test: (s: string) => boolean | undefined;
  /** Why the pattern needs backtracking (it then runs on bounded input only); undefined when it runs in linear time. */
  readonly backtracking: string | undefined;
  /** Instructions stepped by the last `test` of a linear-time pattern: lets tests bound the work. */
  readonly steps: () => number;
}

export type RegexNode =
  | { readonly k: "char"; readonly c: number }
  | { readonly k: "set"; readonly source: string }
  | { readonly k: "assert"; readonly a: number }
  | { readonly k: "seq"; readonly items: readonly RegexNode[] }
  | { readonly k: "alt"; readonly options: readonly RegexNode[] }
  | { readonly k: "rep"; readonly node: RegexNode; readonly min: number; readonly max: number };

// Assertions.
export const AT_START = 0;
export const AT_END = 1;
const AT_WORD_BOUNDARY = 2;
const NOT_WORD_BOUNDARY = 3;

class NeedsBacktracking extends Error {}

const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const HEX2 = /[0-9a-fA-F]{2}/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(s);
}

/** ECMAScript pattern syntax (with `u`, or without it as Annex B reads it). The source already compiled natively. */
export function parsePattern(source: string, unicode: boolean): RegexNode {
  let i = 0;
  const unsupported = (what: string): never => {
    throw new NeedsBacktracking(what);
  };
  const literalAt = (): number => {
    const c = unicode ? source.codePointAt(i)! : source.charCodeAt(i);
    i += c > 0xffff ? 2 : 1;
    return c;
  };

  function disjunction(): RegexNode {
    const options = [alternative()];
    while (source[i] === "|") {
      i++;
      options.push(alternative());
    }
    return options.length === 1 ? options[0]! : { k: "alt", options };
  }

  function alternative(): RegexNode {
    const items: RegexNode[] = [];
    while (i < source.length && source[i] !== "|" && source[i] !== ")") {
      const atom = term();
      const q = quantifier();
      items.push(q === undefined ? atom : { k: "rep", node: atom, min: q[0], max: q[1] });
    }
    return items.length === 1 ? items[0]! : { k: "seq", items };
  }

  function quantifier(): [number, number] | undefined {
    let q: [number, number] | undefined;
    const ch = source[i];
    if (ch === "*") q = [0, Infinity];
    else if (ch === "+") q = [1, Infinity];
    else if (ch === "?") q = [0, 1];
    if (q) i++;
    else if (ch === "{") {
      const m = sticky(BRACES, source, i);
      // Without `u`, a `{` that starts no quantifier is a literal.
      if (!m) return undefined;
      i = BRACES.lastIndex;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3])];
    }
    // A lazy quantifier matches the same strings: `test` only asks whether one exists.
    if (q && source[i] === "?") i++;
    return q;
  }

  function term(): RegexNode {
    switch (source[i]) {
      case "^":
        i++;
        return { k: "assert", a: AT_START };
      case "$":
        i++;
        return { k: "assert", a: AT_END };
      case ".":
        i++;
        return { k: "set", source: "." };
      case "[":
        return charClass();
      case "(":
        return group();
      case "\\":
        return escape();
      default:
        return { k: "char", c: literalAt() };
    }
  }

  function charClass(): RegexNode {
    const start = i;
    i++;
    if (source[i] === "^") i++;
    // The first unescaped `]` closes it (`[]` is the empty class in JavaScript).
    while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
    if (i >= source.length) unsupported("an unclosed class");
    i++;
    return { k: "set", source: source.slice(start, i) };
  }

  function group(): RegexNode {
    if (source.startsWith("(?=", i) || source.startsWith("(?!", i)) unsupported("a lookahead");
    if (source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) unsupported("a lookbehind");
    if (source.startsWith("(?:", i)) i += 3;
    else if (source.startsWith("(?<", i)) i = source.indexOf(">", i) + 1;
    else if (source.startsWith("(?", i)) unsupported("a group modifier");
    else i++;
    if (i === 0) unsupported("an unclosed group name");
    const inner = disjunction();
    if (source[i] !== ")") unsupported("an unclosed group");
    i++;
    return inner;
  }

  function escape(): RegexNode {
    const next = source[i + 1];
    if (next === undefined) return unsupported("a trailing backslash");
    if (next === "b" || next === "B") {
      i += 2;
      return { k: "assert", a: next === "b" ? AT_WORD_BOUNDARY : NOT_WORD_BOUNDARY };
    }
    if ("dDwWsS".includes(next)) {
      i += 2;
      return { k: "set", source: `\\${next}` };
    }
    if (unicode && (next === "p" || next === "P")) {
      const end = source.indexOf("}", i);
      if (end < 0) unsupported("an unclosed property escape");
      const set = source.slice(i, end + 1);
      i = end + 1;
      return { k: "set", source: set };
    }
    if (next === "k") unsupported("a named backreference");
    if (next >= "1" && next <= "9") unsupported("a backreference");
    return { k: "char", c: escapedChar() };
  }

  /** The character an escape outside a class stands for; `i` is at the backslash. */
  function escapedChar(): number {
    const next = source[i + 1]!;
    const control = "fnrtv".indexOf(next);
    if (control >= 0) {
      i += 2;
      return [12, 10, 13, 9, 11][control]!;
    }
    if (next === "0") {
      if (/[0-9]/.test(source[i + 2] ?? "")) unsupported("a legacy octal escape");
      i += 2;
      return 0;
    }
    if (next === "c") {
      const letter = source.charCodeAt(i + 2);
      if ((letter >= 65 && letter <= 90) || (letter >= 97 && letter <= 122)) {
        i += 3;
        return letter % 32;
      }
      // Without `u`, `\c` before a non-letter is a backslash, then `c`.
      i += 1;
      return 0x5c;
    }
    if (next === "x" && sticky(HEX2, source, i + 2)) {
      i += 4;
      return parseInt(source.slice(i - 2, i), 16);
    }
    if (next === "u") {
      if (unicode && source[i + 2] === "{") {
        const end = source.indexOf("}", i);
        const c = parseInt(source.slice(i + 3, end), 16);
        i = end + 1;
        return c;
      }
      if (sticky(HEX4, source, i + 2)) {
        let c = parseInt(source.slice(i + 2, i + 6), 16);
        i += 6;
        // With `u`, an escaped surrogate pair is one code point.
        if (unicode && c >= 0xd800 && c <= 0xdbff && source.startsWith("\\u", i) && sticky(HEX4, source, i + 2)) {
          const trail = parseInt(source.slice(i + 2, i + 6), 16);
          if (trail >= 0xdc00 && trail <= 0xdfff) {
            c = (c - 0xd800) * 0x400 + (trail - 0xdc00) + 0x10000;
            i += 6;
          }
        }
        return c;
      }
    }
    // An identity escape: the character itself.
    i += 1;
    return literalAt();
  }

  const tree = disjunction();
  if (i < source.length) unsupported("an unmatched `)`");
  return tree;
}

// Instructions of the compiled program (exported for the generator's comparison of patterns).
export const OP_CHAR = 0;
export const OP_SET = 1;
export const OP_SPLIT = 2;
export const OP_JUMP = 3;
export const OP_ASSERT = 4;
export const OP_MATCH = 5;

interface Program {
  readonly op: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  readonly sets: readonly ((c: number) => boolean)[];
  readonly unicode: boolean;
  /** Every match starts at 0 (a leading `^`): no thread needs starting later. */
  readonly anchored: boolean;
  // Scratch space, reused by each run (runs never nest).
  readonly lists: [Int32Array, Int32Array];
  readonly mark: Int32Array;
  readonly stack: Int32Array;
  generation: number;
  steps: number;
  /** Thread sets met so far, by their seeds (absent with `\b`/`\B`, whose closure depends on the characters around). */
  readonly states: Map<string, DfaState> | undefined;
  start: DfaState | undefined;
}

/**
 * A set of threads at one position, reached from its seeds (the instructions
 * after the last character read): the NFA simulation's steps, remembered so a
 * character read in a known state again costs one map lookup (a lazy DFA).
 */
interface DfaState {
  /** Consuming instructions alive here, when more input follows. */
  readonly threads: Int32Array;
  /** A thread matches here when more input follows, or here at the end. */
  readonly matchesBefore: boolean;
  readonly matchesAtEnd: boolean;
  readonly ascii: (DfaState | undefined)[];
  readonly other: Map<number, DfaState>;
}

/** Thread sets a pattern keeps: past this, a string runs on the plain simulation (still linear). */
const DFA_STATES = 1000;

/** Threads the seeds reach without reading, with `^` and `$` told by the position; whether one matches. */
function closeSeeds(p: Program, seeds: readonly number[], atStart: boolean, atEnd: boolean): [number[], boolean] {
  const { op, a, b, mark, stack } = p;
  p.generation++;
  const threads: number[] = [];
  let matched = false;
  for (const seed of seeds) {
    let sp = 0;
    stack[sp++] = seed;
    while (sp > 0) {
      const x = stack[--sp]!;
      p.steps++;
      if (mark[x] === p.generation) continue;
      mark[x] = p.generation;
      const o = op[x];
      if (o === OP_MATCH) matched = true;
      else if (o === OP_JUMP) stack[sp++] = a[x]!;
      else if (o === OP_SPLIT) {
        stack[sp++] = b[x]!;
        stack[sp++] = a[x]!;
      } else if (o === OP_ASSERT) {
        if (a[x] === AT_START ? atStart : atEnd) stack[sp++] = x + 1;
      } else threads.push(x);
    }
  }
  return [threads, matched];
}

function dfaState(p: Program, seeds: number[], atStart: boolean): DfaState {
  const key = `${atStart ? "^" : ""}${seeds.join(",")}`;
  let state = p.states!.get(key);
  if (state === undefined) {
    const [threads, matchesBefore] = closeSeeds(p, seeds, atStart, false);
    state = {
      threads: Int32Array.from(threads),
      matchesBefore,
      matchesAtEnd: closeSeeds(p, seeds, atStart, true)[1],
      ascii: [],
      other: new Map(),
    };
    p.states!.set(key, state);
  }
  return state;
}

/** The state after reading `c` in `state`. */
function dfaStep(p: Program, state: DfaState, c: number): DfaState {
  const seeds: number[] = [];
  for (const x of state.threads) {
    if (p.op[x] === OP_CHAR ? p.a[x] === c : p.sets[p.a[x]!]!(c)) seeds.push(x + 1);
  }
  if (!p.anchored) seeds.push(0);
  const next = dfaState(
    p,
    [...new Set(seeds)].sort((x, y) => x - y),
    false,
  );
  if (c < 128) state.ascii[c] = next;
  else if (state.other.size < DFA_STATES) state.other.set(c, next);
  return next;
}

/** runProgram's answer, from remembered states; undefined when too many states are needed (then the caller simulates). */
function runDfa(p: Program, s: string): boolean | undefined {
  p.steps = 0;
  if (p.generation > 0x3fffffff - 2 * DFA_STATES) {
    p.mark.fill(0);
    p.generation = 0;
  }
  if (s.length === 0) return closeSeeds(p, [0], true, true)[1];
  let state = (p.start ??= dfaState(p, [0], true));
  for (let at = 0; at < s.length;) {
    if (state.matchesBefore) return true;
    if (p.anchored && state.threads.length === 0) return false;
    // With `u`, a surrogate pair is one character; a lone surrogate is itself.
    const c = p.unicode ? s.codePointAt(at)! : s.charCodeAt(at);
    const after = at + (c > 0xffff ? 2 : 1);
    p.steps++;
    const known = c < 128 ? state.ascii[c] : state.other.get(c);
    // Past the cap no state is added: memory stays bounded, and the caller simulates instead.
    if (known === undefined && p.states!.size >= DFA_STATES) return undefined;
    state = known ?? dfaStep(p, state, c);
    at = after;
  }
  return state.matchesAtEnd;
}

function programSize(node: RegexNode): number {
  const cap = (n: number) => Math.min(n, PROGRAM_LIMIT + 1);
  switch (node.k) {
    case "char":
    case "set":
    case "assert":
      return 1;
    case "seq":
      return cap(node.items.reduce((sum, item) => cap(sum + programSize(item)), 0));
    case "alt":
      return cap(node.options.reduce((sum, option) => cap(sum + programSize(option) + 2), 0));
    case "rep": {
      const body = programSize(node.node);
      return node.max === Infinity ? cap(body * (node.min + 1) + 2) : cap((body + 1) * node.max);
    }
  }
}

/** A one-character atom judged natively on one character, with the answers for ASCII kept. */
function oneCharacter(source: string, unicode: boolean): (c: number) => boolean {
  const re = new RegExp(`^(?:${source})$`, unicode ? "u" : "");
  const ascii = new Int8Array(128);
  return (c) => {
    if (c < 128) {
      if (ascii[c] === 0) ascii[c] = re.test(String.fromCharCode(c)) ? 1 : -1;
      return ascii[c] === 1;
    }
    return re.test(unicode ? String.fromCodePoint(c) : String.fromCharCode(c));
  };
}

/** A pattern's instructions: `a` holds a character (OP_CHAR), a set's number (OP_SET), a target or an assertion. */
export interface Instructions {
  readonly op: Int32Array;
  readonly a: Int32Array;
  readonly b: Int32Array;
  /** Instructions written (the arrays may be longer). */
  readonly length: number;
}

/**
 * Thompson's construction of a parsed pattern; `setNumber` numbers each one-character class by its
 * source. Undefined past `limit` instructions (at most PROGRAM_LIMIT): counted repetition expands.
 */
export function instructionsOf(
  tree: RegexNode,
  limit: number,
  setNumber: (source: string) => number,
): Instructions | undefined {
  const size = programSize(tree) + 1;
  if (size > Math.min(limit, PROGRAM_LIMIT)) return undefined;
  const op = new Int32Array(size);
  const a = new Int32Array(size);
  const b = new Int32Array(size);
  let pc = 0;
  const put = (o: number, x = 0, y = 0): number => {
    op[pc] = o;
    a[pc] = x;
    b[pc] = y;
    return pc++;
  };
  const emit = (node: RegexNode): void => {
    switch (node.k) {
      case "char":
        put(OP_CHAR, node.c);
        return;
      case "set":
        put(OP_SET, setNumber(node.source));
        return;
      case "assert":
        put(OP_ASSERT, node.a);
        return;
      case "seq":
        for (const item of node.items) emit(item);
        return;
      case "alt": {
        const jumps: number[] = [];
        node.options.forEach((option, k) => {
          if (k === node.options.length - 1) return emit(option);
          const split = put(OP_SPLIT, pc + 1);
          emit(option);
          jumps.push(put(OP_JUMP));
          b[split] = pc;
        });
        for (const j of jumps) a[j] = pc;
        return;
      }
      case "rep": {
        for (let k = 0; k < node.min; k++) emit(node.node);
        if (node.max === Infinity) {
          const split = put(OP_SPLIT, pc + 1);
          emit(node.node);
          put(OP_JUMP, split);
          b[split] = pc;
          return;
        }
        const splits: number[] = [];
        for (let k = node.min; k < node.max; k++) {
          splits.push(put(OP_SPLIT, pc + 1));
          emit(node.node);
        }
        for (const s of splits) b[s] = pc;
        return;
      }
    }
  };
  emit(tree);
  put(OP_MATCH);
  return { op, a, b, length: pc };
}

function compileProgram(tree: RegexNode, unicode: boolean): Program {
  const sets: ((c: number) => boolean)[] = [];
  const setIndex = new Map<string, number>();
  const code = instructionsOf(tree, PROGRAM_LIMIT, (source) => {
    let index = setIndex.get(source);
    if (index === undefined) {
      index = sets.push(oneCharacter(source, unicode)) - 1;
      setIndex.set(source, index);
    }
    return index;
  });
  if (code === undefined) throw new NeedsBacktracking(`more than ${PROGRAM_LIMIT} instructions`);
  const { op, a, b, length: pc } = code;
  return {
    op: op.subarray(0, pc),
    a,
    b,
    sets,
    unicode,
    anchored: op[0] === OP_ASSERT && a[0] === AT_START,
    lists: [new Int32Array(pc), new Int32Array(pc)],
    mark: new Int32Array(pc),
    stack: new Int32Array(2 * pc + 2),
    generation: 0,
    steps: 0,
    start: undefined,
    states: op.subarray(0, pc).some((o, x) => o === OP_ASSERT && a[x]! >= AT_WORD_BOUNDARY) ? undefined : new Map(),
  };
}

const isWordUnit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

function assertionHolds(assertion: number, s: string, at: number): boolean {
  if (assertion === AT_START) return at === 0;
  if (assertion === AT_END) return at === s.length;
  const before = at > 0 && isWordUnit(s.charCodeAt(at - 1));
  const after = at < s.length && isWordUnit(s.charCodeAt(at));
  return (before !== after) === (assertion === AT_WORD_BOUNDARY);
}

/** Adds to `list` the threads `from` reaches at `at` without reading; -1 when one of them matches. */
function follow(p: Program, s: string, list: Int32Array, count: number, from: number, at: number): number {
  const { op, a, b, mark, stack } = p;
  let sp = 0;
  stack[sp++] = from;
  while (sp > 0) {
    const x = stack[--sp]!;
    p.steps++;
    if (mark[x] === p.generation) continue;
    mark[x] = p.generation;
    switch (op[x]) {
      case OP_MATCH:
        return -1;
      case OP_JUMP:
        stack[sp++] = a[x]!;
        break;
      case OP_SPLIT:
        stack[sp++] = b[x]!;
        stack[sp++] = a[x]!;
        break;
      case OP_ASSERT:
        if (assertionHolds(a[x]!, s, at)) stack[sp++] = x + 1;
        break;
      default:
        list[count++] = x;
    }
  }
  return count;
}

/** Whether the program matches somewhere in `s`: every thread advances in step, one character at a time. */
function runProgram(p: Program, s: string): boolean {
  const { op, a } = p;
  let current = p.lists[0];
  let next = p.lists[1];
  p.steps = 0;
  // Generations tell this step's marks from older ones without clearing.
  if (p.generation > 0x3fffffff - s.length - 2) {
    p.mark.fill(0);
    p.generation = 0;
  }
  p.generation++;
  let count = follow(p, s, current, 0, 0, 0);
  if (count < 0) return true;
  for (let at = 0; at < s.length;) {
    // With `u`, a surrogate pair is one character; a lone surrogate is itself.
    const c = p.unicode ? s.codePointAt(at)! : s.charCodeAt(at);
    const after = at + (c > 0xffff ? 2 : 1);
    p.generation++;
    let found = 0;
    for (let t = 0; t < count; t++) {
      const x = current[t]!;
      p.steps++;
      if (op[x] === OP_CHAR ? a[x] === c : p.sets[a[x]!]!(c)) {
        found = follow(p, s, next, found, x + 1, after);
        if (found < 0) return true;
      }
    }
    // A match may also start here, unless the pattern is anchored at the start.
    if (!p.anchored) {
      found = follow(p, s, next, found, 0, after);
      if (found < 0) return true;
    } else if (found === 0) return false;
    const swap = current;
    current = next;
    next = swap;
    count = found;
    at = after;
  }
  return false;
}

/**
 * A schema pattern, compiled once: with `u` as JSON Schema means it, or, when
 * it only parses without (`[\w-.]`), as its author wrote it. Undefined when it
 * parses neither way (then it is an annotation). No state between tests.
 */
export function patternMatcher(source: string): PatternMatcher | undefined {
  let unicode = true;
  let native: RegExp;
  try {
    native = new RegExp(source, "u");
  } catch {
    try {
      native = new RegExp(source);
      unicode = false;
    } catch {
      return undefined;
    }
  }
  let program: Program;
  try {
    program = compileProgram(parsePattern(source, unicode), unicode);
  } catch (error) {
    // Deep nesting overflows the parser's stack: that pattern too runs natively, on bounded input.
    const why = error instanceof NeedsBacktracking ? error.message : "nesting too deep to compile";
    return {
      backtracking: why,
      test: (s) => {
        if (s.length > BACKTRACKING_INPUT_LIMIT) return undefined;
        try {
          return native.test(s);
        } catch {
          // The native engine compiles lazily and may give up (stack overflow) only now.
          return undefined;
        }
      },
      steps: () => 0,
    };
  }
  return {
    backtracking: undefined,
    test: (s) => (program.states && runDfa(program, s)) ?? runProgram(program, s),
    steps: () => program.steps,
  };
}

// ---------------------------------------------------------------------------
// Compilation: each keyword has one description, which writes the code that
// checks it. A schema object becomes one JavaScript function, written and
// compiled once; the same function answers "valid?" (returning at the first
// failure) and lists every problem (when `run.problems` is set), so the two
// cannot drift. Untrusted text reaches the code only as JSON string literals
// (property names) or through the constants array `K` (messages, values).

interface Compiler {
  readonly root: JsonSchema;
  /** Values the code reads as `K[i]`: messages, matchers, enum sets, constants. */
  readonly constants: unknown[];
  readonly constantIndex: Map<unknown, number>;
  /** The function written for each schema object (by identity). */
  readonly functions: Map<object, string>;
  readonly sources: string[];
  /** Statements run once the functions exist (closures over them). */
  readonly tail: string[];
  readonly patterns: Map<string, PatternMatcher | undefined>;
  names: number;
}

/** Where the code being written stands: the variable holding the value, its path, and its plain-object test. */
interface At {
  readonly v: string;
  /** An expression for the value's path; evaluated only when a problem is recorded. */
  readonly p: string;
  /** A variable holding whether the value is a plain object, when the schema has object keywords. */
  readonly o: string;
}

type KeywordCode = (c: Compiler, value: unknown, schema: Plain, at: At) => string | undefined;

function problem(run: Run, path: Path, keyword: string, expected: string, value: unknown, showsValue = true): false {
  run.problems?.push({ path, keyword, expected, showsValue, value });
  return false;
}

function constant(c: Compiler, value: unknown): string {
  let i = c.constantIndex.get(value);
  if (i === undefined) {
    i = c.constants.length;
    c.constants.push(value);
    c.constantIndex.set(value, i);
  }
  return `K[${i}]`;
}

function fresh(c: Compiler, prefix: string): string {
  return `${prefix}${c.names++}`;
}

/** A string as a JavaScript literal: JSON escapes every character that could end or break it. */
const literal = (s: string): string => JSON.stringify(s);

/** A finite number as a JavaScript expression. */
const numeric = (n: number): string => `(${String(n)})`;

/** The path expression as an argument: built only when problems are listed. */
function pathArgument(at: At): string {
  return at.p === "p" ? "p" : `(r.problems === undefined ? p : ${at.p})`;
}

const FAILED = "{ if (r.problems === undefined) return false; ok = false; }";

/** Fails the keyword, with a problem, unless `passes` holds. */
function unless(
  c: Compiler,
  at: At,
  passes: string,
  keyword: string,
  expected: string,
  where: { path?: string; value?: string; shows?: boolean } = {},
): string {
  const report = `report(r, ${where.path ?? at.p}, ${literal(keyword)}, ${constant(c, expected)}, ${where.value ?? at.v}, ${where.shows ?? true})`;
  return `if (!(${passes})) { if (r.problems === undefined) return false; ok = false; ${report}; }`;
}

/** Fails the keyword unless a compiled check passes (its problems are its own). */
function unlessCall(call: string): string {
  return `if (!${call}) ${FAILED}`;
}

/** Whether a property name is also found on Object.prototype: only an own-key test tells it is there. */
const inherited = (key: string): boolean => key in Object.prototype;

/**
 * Code that runs `body` with the property `key` of the object in `at` bound
 * to `x`, when present: its value is not undefined, as in JSON. A name that
 * Object.prototype also has must be the object's own; others are read as they
 * are (own, for a plain object).
 */
function withProperty(at: At, key: string, x: string, body: string): string {
  const k = literal(key);
  return inherited(key)
    ? `if (has(${at.v}, ${k}) && ${at.v}[${k}] !== undefined) { const ${x} = ${at.v}[${k}]; ${body} }`
    : `{ const ${x} = ${at.v}[${k}]; if (${x} !== undefined) { ${body} } }`;
}

function presentCode(at: At, key: string): string {
  const k = literal(key);
  return inherited(key) ? `(has(${at.v}, ${k}) && ${at.v}[${k}] !== undefined)` : `${at.v}[${k}] !== undefined`;
}

/** Keywords that hold subschemas: a schema without them is checked inline where it is used. */
const APPLICATORS = new Set([
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "items",
  "prefixItems",
  "contains",
  "dependentSchemas",
  "dependencies",
]);

/** A pattern as a message shows it: short, however long the schema's. */
function patternShown(source: string): string {
  return `/${source.length > 60 ? `${source.slice(0, 57)}...` : source}/`;
}

function tooLongFor(re: PatternMatcher, source: string, what: string): string {
  return `${what} of at most ${BACKTRACKING_INPUT_LIMIT} characters: ${patternShown(source)} needs backtracking (${re.backtracking ?? ""}), so longer ones are not matched against it`;
}

/** A pattern compiled once per validator (see patternMatcher). */
function regex(c: Compiler, source: string): PatternMatcher | undefined {
  if (!c.patterns.has(source)) c.patterns.set(source, patternMatcher(source));
  return c.patterns.get(source);
}

function resolveRef(c: Compiler, ref: string): JsonSchema {
  if (!ref.startsWith("#")) throw new Error(`unsupported $ref ${JSON.stringify(ref)}: only local references`);
  let node: unknown = c.root;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === "") return node as JsonSchema;
  // `#name` names an `$anchor`, not a place: never the document itself.
  if (!pointer.startsWith("/")) throw new Error(`$ref ${JSON.stringify(ref)} points at nothing`);
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !hasOwn(node, key))
      throw new Error(`$ref ${JSON.stringify(ref)} points at nothing`);
    node = (node as Plain)[key];
  }
  if (typeof node !== "boolean" && !isPlainObject(node)) throw new Error(`$ref ${JSON.stringify(ref)} is not a schema`);
  return node as JsonSchema;
}

/** The name of the function checking `schema`, written on first use. */
function functionFor(c: Compiler, schema: JsonSchema): string {
  if (schema === true) return "pass";
  if (schema === false) return "fail";
  const known = c.functions.get(schema);
  if (known) return known;
  const name = `f${c.functions.size}`;
  // Registered before its body is written: a schema that reaches itself (through `$ref`) calls this name.
  c.functions.set(schema, name);
  const body = schemaCode(c, schema, "v", "p");
  c.sources.push(`function ${name}(v, r, p, d) {\nlet ok = true;\n${body}\nreturn ok;\n}`);
  return name;
}

/** The statements checking the value in variable `v` (path expression `p`) against `schema`. */
function schemaCode(c: Compiler, schema: JsonSchema, v: string, p: string): string {
  if (schema === true) return "";
  if (schema === false) return unless(c, { v, p, o: "" }, "false", "false", "nothing (no value is allowed)");
  const keys = KEYWORD_ORDER.filter((k) => hasOwn(schema, k));
  const o = keys.some((k) => OBJECT_KEYWORDS.has(k)) ? fresh(c, "o") : "";
  const at: At = { v, p, o };
  const lines = o ? [`const ${o} = ${objectTest(v)};`] : [];
  for (const keyword of keys) {
    const line = KEYWORDS[keyword]!(c, schema[keyword], schema, at);
    if (line) lines.push(line);
  }
  return lines.join("\n");
}

/** Checks a subschema where every subschema must hold: a schema without subschemas inline, others by their function. */
function subschema(c: Compiler, schema: JsonSchema, at: At): string {
  if (typeof schema === "boolean" || !Object.keys(schema).some((k) => APPLICATORS.has(k)))
    return schemaCode(c, schema, at.v, at.p);
  return unlessCall(`${functionFor(c, schema)}(${at.v}, r, ${pathArgument(at)}, d)`);
}

/** "between 1 and 10" when a schema has both inclusive bounds: one phrase for either bound broken. */
function range(schema: Plain): string | undefined {
  const min = numberOf(schema["minimum"]);
  const max = numberOf(schema["maximum"]);
  if (
    min === undefined ||
    max === undefined ||
    schema["exclusiveMinimum"] === true ||
    schema["exclusiveMaximum"] === true
  )
    return undefined;
  return `between ${min} and ${max}`;
}

const numberOf = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function typeNames(types: readonly string[]): string {
  const names = types.map((t) =>
    t === "integer" ? "an integer" : t === "array" || t === "object" ? `an ${t}` : t === "null" ? "null" : `a ${t}`,
  );
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

/**
 * Whether a value is a JSON object, as code. An object whose constructor is
 * `Object` counts without reading its prototype, which costs more than the
 * whole check of a small object; others (no prototype, an own `constructor`
 * key) go through isPlainObject. Unlike isPlainObject, this accepts an object
 * made by `Object.create` from a plain object, whose inherited keys it reads.
 */
function objectTest(v: string): string {
  return `(typeof ${v} === "object" && ${v} !== null && (${v}.constructor === Object ? !Array.isArray(${v}) : isPlain(${v})))`;
}

/** The test that a value is of one JSON type, as code ("integer" for integral numbers). */
function typeTest(type: string, at: At): string {
  switch (type) {
    case "null":
      return `${at.v} === null`;
    case "boolean":
    case "string":
      return `typeof ${at.v} === ${literal(type)}`;
    case "number":
      return `(typeof ${at.v} === "number" && Number.isFinite(${at.v}))`;
    case "integer":
      return `Number.isInteger(${at.v})`;
    case "array":
      return `Array.isArray(${at.v})`;
    case "object":
      return at.o || objectTest(at.v);
    default:
      return "false";
  }
}

/** A JSON value compared with `===` where that is JSON equality, else through deepEqual. */
function equalityTest(c: Compiler, at: At, value: unknown): string {
  if (typeof value === "string" || typeof value === "boolean" || value === null)
    return `${at.v} === ${JSON.stringify(value)}`;
  if (typeof value === "number" && Number.isFinite(value)) return `${at.v} === ${numeric(value)}`;
  return `equal(${constant(c, value)}, ${at.v})`;
}

/** The test that a value is a number, as code: the numeric bounds apply to numbers only. */
const number = (at: At): string => `typeof ${at.v} === "number"`;

/**
 * A keyword that bounds one measure of values of one type: `applies` (code)
 * tells the type, `measure` (code) the size compared with the schema's number.
 */
function bound(
  c: Compiler,
  raw: unknown,
  at: At,
  keyword: string,
  applies: string,
  measure: string,
  op: "<" | "<=" | ">" | ">=",
  expected: (n: number) => string,
): string | undefined {
  const n = numberOf(raw);
  if (n === undefined) return undefined;
  return unless(c, at, `!(${applies}) || ${measure} ${op} ${numeric(n)}`, keyword, expected(n));
}

/** Enums of this many scalars or fewer are compared inline; longer ones go through a set. */
const INLINE_ENUM = 8;

/**
 * The keywords, one description each: the code that checks it. A keyword
 * that constrains one instance type ignores instances of other types, as
 * JSON Schema says.
 */
const KEYWORDS: Readonly<Record<string, KeywordCode>> = {
  $ref: (c, ref, _schema, at) => {
    if (typeof ref !== "string") return undefined;
    let target: string;
    try {
      target = functionFor(c, resolveRef(c, ref));
    } catch (error) {
      // A reference that resolves to nothing fails when the value reaches it, not before.
      const message = (error as Error).message;
      target = constant(c, () => {
        throw new Error(message);
      });
    }
    // Only a `$ref` can make evaluation recurse: the depth is counted here.
    return [
      `if (d >= ${SCHEMA_DEPTH}) { if (r.problems === undefined) return false; ok = false; report(r, ${at.p}, "depth", ${constant(c, `at most ${SCHEMA_DEPTH} levels of nesting`)}, ${at.v}, false); }`,
      `else if (!${target}(${at.v}, r, ${pathArgument(at)}, d + 1)) ${FAILED}`,
    ].join("\n");
  },
  type: (c, type, schema, at) => {
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
    if (schema["nullable"] === true && !types.includes("null")) types.push("null");
    const test = types.length === 0 ? "false" : types.map((t) => typeTest(t, at)).join(" || ");
    return unless(c, at, test, "type", typeNames(types));
  },
  // OpenAPI 3.0's `nullable` is read by `type` only: it does not add null to an enum, which must list it.
  enum: (c, values, _schema, at) => {
    if (!Array.isArray(values)) return undefined;
    // A long enum is named by its size and first values: a message stays short however large the schema.
    const expected =
      values.length <= ENUM_SHOWN
        ? `one of ${values.map(shown).join(", ")}`
        : `one of ${thousands(values.length)} values, e.g. ${values.slice(0, ENUM_SHOWN).map(shown).join(", ")}`;
    const scalars = values.every((v) => v === null || typeof v !== "object");
    const test =
      values.length === 0
        ? "false"
        : scalars && values.length <= INLINE_ENUM
          ? values.map((v) => equalityTest(c, at, v)).join(" || ")
          : `${constant(c, memberOf(values))}(${at.v})`;
    return unless(c, at, test, "enum", expected);
  },
  const: (c, value, _schema, at) => unless(c, at, equalityTest(c, at, value), "const", `exactly ${shown(value)}`),
  multipleOf: (c, raw, _schema, at) => {
    const m = numberOf(raw);
    if (m === undefined || m <= 0) return undefined;
    return unless(
      c,
      at,
      `typeof ${at.v} !== "number" || isMultiple(${at.v}, ${numeric(m)})`,
      "multipleOf",
      `a multiple of ${m}`,
    );
  },
  maximum: (c, raw, schema, at) => {
    const exclusive = schema["exclusiveMaximum"] === true;
    return bound(c, raw, at, "maximum", number(at), at.v, exclusive ? "<" : "<=", (max) =>
      exclusive ? `less than ${max}` : (range(schema) ?? `at most ${max}`),
    );
  },
  exclusiveMaximum: (c, raw, _schema, at) =>
    bound(c, raw, at, "exclusiveMaximum", number(at), at.v, "<", (max) => `less than ${max}`),
  minimum: (c, raw, schema, at) => {
    const exclusive = schema["exclusiveMinimum"] === true;
    return bound(c, raw, at, "minimum", number(at), at.v, exclusive ? ">" : ">=", (min) =>
      exclusive ? `more than ${min}` : (range(schema) ?? `at least ${min}`),
    );
  },
  exclusiveMinimum: (c, raw, _schema, at) =>
    bound(c, raw, at, "exclusiveMinimum", number(at), at.v, ">", (min) => `more than ${min}`),
  maxLength: (c, raw, _schema, at) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    return unless(
      c,
      at,
      `typeof ${at.v} !== "string" || ${at.v}.length <= ${numeric(max)} || codePoints(${at.v}) <= ${numeric(max)}`,
      "maxLength",
      `at most ${plural(max, "character")}`,
    );
  },
  minLength: (c, raw, _schema, at) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    return unless(
      c,
      at,
      `typeof ${at.v} !== "string" || ${at.v}.length / 2 >= ${numeric(min)} || codePoints(${at.v}) >= ${numeric(min)}`,
      "minLength",
      `at least ${plural(min, "character")}`,
    );
  },
  pattern: (c, source, _schema, at) => {
    const re = typeof source === "string" ? regex(c, source) : undefined;
    if (re === undefined) return undefined;
    const m = fresh(c, "m");
    const report = (message: string) => `report(r, ${at.p}, "pattern", ${constant(c, message)}, ${at.v}, true)`;
    return [
      `if (typeof ${at.v} === "string") { const ${m} = ${constant(c, re)}.test(${at.v});`,
      `if (${m} !== true) { if (r.problems === undefined) return false; ok = false;`,
      `if (${m} === undefined) ${report(tooLongFor(re, source as string, "a value"))}; else ${report(`a match for ${patternShown(source as string)}`)}; } }`,
    ].join("\n");
  },
  format: (c, name, _schema, at) => {
    const numeric = typeof name === "string" && hasOwn(NUMBER_FORMATS, name) ? NUMBER_FORMATS[name]! : undefined;
    if (numeric)
      return unless(
        c,
        at,
        `typeof ${at.v} !== "number" || ${constant(c, numeric)}(${at.v})`,
        "format",
        `a valid ${String(name)}`,
      );
    const test = typeof name === "string" && hasOwn(FORMATS, name) ? FORMATS[name]! : undefined;
    if (!test) return undefined;
    return unless(
      c,
      at,
      `typeof ${at.v} !== "string" || ${constant(c, test)}(${at.v})`,
      "format",
      `a valid ${String(name)}`,
    );
  },
  maxItems: (c, raw, _schema, at) =>
    bound(
      c,
      raw,
      at,
      "maxItems",
      `Array.isArray(${at.v})`,
      `${at.v}.length`,
      "<=",
      (n) => `at most ${plural(n, "item")}`,
    ),
  minItems: (c, raw, _schema, at) =>
    bound(
      c,
      raw,
      at,
      "minItems",
      `Array.isArray(${at.v})`,
      `${at.v}.length`,
      ">=",
      (n) => `at least ${plural(n, "item")}`,
    ),
  uniqueItems: (c, unique, _schema, at) =>
    unique === true
      ? unless(c, at, `!Array.isArray(${at.v}) || uniqueItems(${at.v})`, "uniqueItems", "no duplicate items")
      : undefined,
  prefixItems: (c, schemas, _schema, at) => {
    if (!Array.isArray(schemas)) return undefined;
    return tupleCode(c, schemas as JsonSchema[], at);
  },
  items: (c, items, schema, at) => {
    // Before 2020-12 an array here listed the items one by one; `additionalItems` then covered the rest.
    const tuple = Array.isArray(items);
    const first = tuple ? items.length : Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].length : 0;
    const rest: JsonSchema | undefined = tuple
      ? (schema["additionalItems"] as JsonSchema | undefined)
      : (items as JsonSchema);
    const lines = tuple ? [tupleCode(c, items as JsonSchema[], at)] : [];
    if (rest !== undefined && rest !== true) {
      const i = fresh(c, "i");
      const x = fresh(c, "x");
      const check = subschema(c, rest, { v: x, p: `[...${at.p}, ${i}]`, o: "" });
      lines.push(
        `if (Array.isArray(${at.v})) for (let ${i} = ${first}; ${i} < ${at.v}.length; ${i}++) { const ${x} = ${at.v}[${i}]; ${check} }`,
      );
    }
    return lines.join("\n") || undefined;
  },
  contains: (c, contains, schema, at) => {
    const check = functionFor(c, contains as JsonSchema);
    const min = numberOf(schema["minContains"]) ?? 1;
    const max = numberOf(schema["maxContains"]);
    const n = fresh(c, "n");
    const x = fresh(c, "x");
    const atLeast = min === 1 ? "at least one matching item" : `at least ${min} matching items`;
    return [
      `if (Array.isArray(${at.v})) { let ${n} = 0;`,
      `for (const ${x} of ${at.v}) if (${check}(${x}, QUIET, p, d)) ${n}++;`,
      unless(c, at, `${n} >= ${numeric(min)}`, "contains", atLeast),
      max === undefined
        ? ""
        : `else ${unless(c, at, `${n} <= ${numeric(max)}`, "maxContains", `at most ${max} matching items`)}`,
      "}",
    ].join("\n");
  },
  maxProperties: (c, raw, _schema, at) =>
    bound(c, raw, at, "maxProperties", at.o, `Object.keys(${at.v}).length`, "<=", (n) => `at most ${plural(n, "key")}`),
  minProperties: (c, raw, _schema, at) =>
    bound(
      c,
      raw,
      at,
      "minProperties",
      at.o,
      `Object.keys(${at.v}).length`,
      ">=",
      (n) => `at least ${plural(n, "key")}`,
    ),
  required: (c, names, _schema, at) => {
    if (!Array.isArray(names)) return undefined;
    const keys = names.filter((n): n is string => typeof n === "string");
    if (keys.length === 0) return undefined;
    const lines = keys.map((key) =>
      unless(c, at, presentCode(at, key), "required", "a value (required)", {
        path: `[...${at.p}, ${literal(key)}]`,
        value: "undefined",
        shows: false,
      }),
    );
    return `if (${at.o}) {\n${lines.join("\n")}\n}`;
  },
  dependentRequired: (c, map, _schema, at) => dependentRequired(c, map, at),
  dependencies: (c, map, _schema, at) => {
    // Draft 7: an array means dependentRequired, a schema means dependentSchemas.
    if (!isPlainObject(map)) return undefined;
    const lists = Object.fromEntries(Object.entries(map).filter(([, v]) => Array.isArray(v)));
    const schemas = Object.fromEntries(Object.entries(map).filter(([, v]) => !Array.isArray(v)));
    return [dependentRequired(c, lists, at), dependentSchemas(c, schemas, at)].filter(Boolean).join("\n") || undefined;
  },
  dependentSchemas: (c, map, _schema, at) => dependentSchemas(c, map, at),
  properties: (c, props, _schema, at) => {
    if (!isPlainObject(props)) return undefined;
    const lines: string[] = [];
    for (const key of Object.keys(props)) {
      const x = fresh(c, "x");
      const check = subschema(c, props[key] as JsonSchema, { v: x, p: `[...${at.p}, ${literal(key)}]`, o: "" });
      if (check !== "") lines.push(withProperty(at, key, x, check));
    }
    return lines.length > 0 ? `if (${at.o}) {\n${lines.join("\n")}\n}` : undefined;
  },
  patternProperties: (c, props, _schema, at) => {
    if (!isPlainObject(props)) return undefined;
    const k = fresh(c, "k");
    const lines: string[] = [];
    for (const source of Object.keys(props)) {
      const re = regex(c, source);
      if (!re) continue;
      const m = fresh(c, "m");
      const x = fresh(c, "x");
      const check = subschema(c, props[source] as JsonSchema, { v: x, p: `[...${at.p}, ${k}]`, o: "" });
      lines.push(
        `{ const ${m} = ${constant(c, re)}.test(${k});`,
        `if (${m} === undefined) { if (r.problems === undefined) return false; ok = false; report(r, [...${at.p}, ${k}], "pattern", ${constant(c, tooLongFor(re, source, "a key"))}, ${k}, true); }`,
        `else if (${m}) { const ${x} = ${at.v}[${k}]; ${check} } }`,
      );
    }
    return lines.length > 0
      ? `if (${at.o}) for (const ${k} of Object.keys(${at.v})) {\n${lines.join("\n")}\n}`
      : undefined;
  },
  additionalProperties: (c, extra, schema, at) => {
    if (extra === true || extra === undefined) return undefined;
    const known = isPlainObject(schema["properties"]) ? Object.keys(schema["properties"]) : [];
    const patterns = (
      isPlainObject(schema["patternProperties"]) ? Object.keys(schema["patternProperties"]) : []
    ).flatMap((p) => regex(c, p) ?? []);
    const k = fresh(c, "k");
    const x = fresh(c, "x");
    // A key too long for a backtracking pattern is reported by patternProperties.
    const skip = [
      ...(known.length > 0 ? [`${constant(c, new Set(known))}.has(${k})`] : []),
      ...patterns.map((re) => `${constant(c, re)}.test(${k}) !== false`),
    ];
    const check =
      extra === false
        ? unless(
            c,
            { v: x, p: `[...${at.p}, ${k}]`, o: "" },
            "false",
            "additionalProperties",
            "no such key (unknown key)",
          )
        : subschema(c, extra as JsonSchema, { v: x, p: `[...${at.p}, ${k}]`, o: "" });
    return [
      `if (${at.o}) for (const ${k} of Object.keys(${at.v})) {`,
      skip.length > 0 ? `if (${skip.join(" || ")}) continue;` : "",
      `const ${x} = ${at.v}[${k}]; ${check} }`,
    ].join("\n");
  },
  unevaluatedProperties: (c, extra, schema, at) =>
    unevaluatedAsAdditional(schema) ? KEYWORDS["additionalProperties"]!(c, extra, schema, at) : undefined,
  propertyNames: (c, names, _schema, at) => {
    const check = functionFor(c, names as JsonSchema);
    const k = fresh(c, "k");
    return `if (${at.o}) for (const ${k} of Object.keys(${at.v})) { ${unless(
      c,
      { v: k, p: `[...${at.p}, ${k}]`, o: "" },
      `${check}(${k}, QUIET, p, d)`,
      "propertyNames",
      "a key name the schema allows",
    )} }`;
  },
  allOf: (c, schemas, _schema, at) => {
    if (!Array.isArray(schemas)) return undefined;
    return schemas.map((s) => subschema(c, s as JsonSchema, at)).join("\n") || undefined;
  },
  anyOf: (c, schemas, _schema, at) =>
    Array.isArray(schemas) ? alternativesCode(c, schemas as JsonSchema[], "anyOf", at) : undefined,
  oneOf: (c, schemas, _schema, at) =>
    Array.isArray(schemas) ? alternativesCode(c, schemas as JsonSchema[], "oneOf", at) : undefined,
  not: (c, schema, _schema, at) =>
    unless(
      c,
      at,
      `!${functionFor(c, schema as JsonSchema)}(${at.v}, QUIET, p, d)`,
      "not",
      "a value the `not` schema rejects",
    ),
  if: (c, condition, schema, at) => {
    const then = hasOwn(schema, "then") ? subschema(c, schema["then"] as JsonSchema, at) : "";
    const otherwise = hasOwn(schema, "else") ? subschema(c, schema["else"] as JsonSchema, at) : "";
    if (!then && !otherwise) return undefined;
    return `if (${functionFor(c, condition as JsonSchema)}(${at.v}, QUIET, p, d)) { ${then} } else { ${otherwise} }`;
  },
};

const KEYWORD_ORDER: readonly string[] = [
  "type",
  "enum",
  "const",
  "multipleOf",
  "maximum",
  "exclusiveMaximum",
  "minimum",
  "exclusiveMinimum",
  "maxLength",
  "minLength",
  "pattern",
  "format",
  "maxItems",
  "minItems",
  "uniqueItems",
  "prefixItems",
  "items",
  "contains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "dependencies",
  "properties",
  "patternProperties",
  "additionalProperties",
  "unevaluatedProperties",
  "propertyNames",
  "dependentSchemas",
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
];

/** The keywords that constrain objects only: KEYWORD_ORDER keeps them together. */
const OBJECT_KEYWORDS = new Set(
  KEYWORD_ORDER.slice(KEYWORD_ORDER.indexOf("maxProperties"), KEYWORD_ORDER.indexOf("dependentSchemas") + 1),
);

/** Items checked one by one from the first (prefixItems, or a draft-07 `items` array). */
function tupleCode(c: Compiler, schemas: readonly JsonSchema[], at: At): string {
  const lines = schemas.map((s, i) => {
    const x = fresh(c, "x");
    const check = subschema(c, s, { v: x, p: `[...${at.p}, ${i}]`, o: "" });
    return check ? `if (${at.v}.length > ${i}) { const ${x} = ${at.v}[${i}]; ${check} }` : "";
  });
  const body = lines.filter(Boolean).join("\n");
  return body ? `if (Array.isArray(${at.v})) {\n${body}\n}` : "";
}

function dependentRequired(c: Compiler, map: unknown, at: At): string | undefined {
  if (!isPlainObject(map)) return undefined;
  const lines: string[] = [];
  for (const trigger of Object.keys(map)) {
    const needed = (Array.isArray(map[trigger]) ? (map[trigger] as unknown[]) : []).filter(
      (n): n is string => typeof n === "string",
    );
    if (needed.length === 0) continue;
    const checks = needed.map((key) =>
      unless(
        c,
        at,
        presentCode(at, key),
        "dependentRequired",
        `a value (required when ${JSON.stringify(trigger)} is set)`,
        {
          path: `[...${at.p}, ${literal(key)}]`,
          value: "undefined",
          shows: false,
        },
      ),
    );
    lines.push(`if (${presentCode(at, trigger)}) {\n${checks.join("\n")}\n}`);
  }
  return lines.length > 0 ? `if (${at.o}) {\n${lines.join("\n")}\n}` : undefined;
}

function dependentSchemas(c: Compiler, map: unknown, at: At): string | undefined {
  if (!isPlainObject(map)) return undefined;
  const lines = Object.keys(map).map(
    (trigger) => `if (${presentCode(at, trigger)}) { ${subschema(c, map[trigger] as JsonSchema, at)} }`,
  );
  return lines.length > 0 ? `if (${at.o}) {\n${lines.join("\n")}\n}` : undefined;
}

/**
 * The property that tells the alternatives apart: present in every one as a
 * `const` (or one-value `enum`), with distinct values. Problems then follow
 * the alternative it names instead of guessing.
 */
function discriminatorOf(c: Compiler, schemas: readonly JsonSchema[]): Discriminator | undefined {
  const resolved = schemas.map((s) =>
    isPlainObject(s) && typeof s["$ref"] === "string" ? safeResolve(c, s["$ref"]) : s,
  );
  const first = resolved[0];
  if (!isPlainObject(first) || !isPlainObject(first["properties"])) return undefined;
  for (const key of Object.keys(first["properties"])) {
    const values: unknown[] = [];
    for (const s of resolved) {
      const prop = isPlainObject(s) && isPlainObject(s["properties"]) ? (s["properties"] as Plain)[key] : undefined;
      const v = isPlainObject(prop)
        ? hasOwn(prop, "const")
          ? prop["const"]
          : Array.isArray(prop["enum"]) && prop["enum"].length === 1
            ? prop["enum"][0]
            : undefined
        : undefined;
      if (v === undefined || values.some((o) => deepEqual(o, v))) break;
      values.push(v);
    }
    if (values.length === resolved.length) return { key, values };
  }
  return undefined;
}

interface Discriminator {
  readonly key: string;
  readonly values: readonly unknown[];
}

function safeResolve(c: Compiler, ref: string): JsonSchema | undefined {
  try {
    return resolveRef(c, ref);
  } catch {
    return undefined;
  }
}

function alternativesCode(c: Compiler, schemas: readonly JsonSchema[], keyword: "anyOf" | "oneOf", at: At): string {
  const functions = schemas.map((s) => functionFor(c, s));
  const tag = discriminatorOf(c, schemas);
  const scalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
  // Scalar constants are compared in the written code below; the helper looks up only other ones.
  const inline = tag !== undefined && tag.values.every(scalar);
  const name = fresh(c, "a");
  c.tail.push(
    `const ${name} = alternatives([${functions.join(", ")}], ${literal(keyword)}, ${tag && !inline ? constant(c, tag) : "undefined"});`,
  );
  const path = pathArgument(at);
  if (!inline) return unlessCall(`${name}(${at.v}, r, ${path}, d)`);
  // The constant names the alternative: its check is called directly.
  const t = fresh(c, "t");
  const y = fresh(c, "y");
  const key = literal(tag.key);
  const read = inherited(tag.key) ? `has(${at.v}, ${key}) ? ${at.v}[${key}] : undefined` : `${at.v}[${key}]`;
  const named = tag.values.map(
    (v, i) => `${equalityTest(c, { v: t, p: "", o: "" }, v)} ? ${functions[i]}(${at.v}, r, ${path}, d) : `,
  );
  return [
    `{ const ${t} = ${objectTest(at.v)} ? ${read} : undefined;`,
    `const ${y} = ${named.join("")}${name}(${at.v}, r, ${path}, d);`,
    `if (!${y}) ${FAILED} }`,
  ].join("\n");
}

/** anyOf and oneOf over compiled alternatives. */
function alternatives(checks: readonly Check[], keyword: "anyOf" | "oneOf", tag: Discriminator | undefined): Check {
  return (value, run, path, depth) => {
    // The value names its alternative: every other one fails on that constant, so
    // "exactly one" (and "at least one") is that alternative's own verdict.
    if (tag && isPlainObject(value) && hasOwn(value, tag.key)) {
      const given = value[tag.key];
      for (let i = 0; i < tag.values.length; i++)
        if (deepEqual(tag.values[i], given)) return checks[i]!(value, run, path, depth);
    }
    const matched: number[] = [];
    for (let i = 0; i < checks.length; i++) {
      if (!checks[i]!(value, QUIET, path, depth)) continue;
      matched.push(i);
      if (keyword === "anyOf" || matched.length > 1) break;
    }
    if (keyword === "anyOf" ? matched.length > 0 : matched.length === 1) return true;
    if (!run.problems) return false;
    if (matched.length > 1) {
      return problem(
        run,
        path,
        "oneOf",
        `exactly one of ${checks.length} alternatives (it matches alternatives ${matched[0]! + 1} and ${matched[1]! + 1})`,
        value,
      );
    }
    // No alternative named by the value: the problems of the one with the fewest.
    let closest: SchemaProblem[] | undefined;
    for (const check of checks) {
      const trial: SchemaProblem[] = [];
      check(value, { problems: trial }, path, depth);
      if (closest === undefined || trial.length < closest.length) closest = trial;
    }
    problem(run, path, keyword, `one of ${checks.length} alternatives`, value);
    run.problems.push(...(closest ?? []));
    return false;
  };
}

/** Scalars by a keyed set; objects and arrays pairwise, which only they need. */
function uniqueItems(value: readonly unknown[]): boolean {
  const seen = new Set<string>();
  const complex: unknown[] = [];
  for (const item of value) {
    if (typeof item === "object" && item !== null) {
      if (complex.some((other) => deepEqual(other, item))) return false;
      complex.push(item);
    } else {
      const k = `${typeof item}:${String(item)}`;
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

/** What the written code calls, by these names. */
const CODE_HELPERS = {
  isPlain: isPlainObject,
  // The path of the value validated: paths below it are new arrays, so one empty array serves every run.
  top: Object.freeze([]),
  has: hasOwn,
  report: problem,
  QUIET,
  alternatives,
  uniqueItems,
  isMultiple,
  equal: deepEqual,
  codePoints,
  pass: (): boolean => true,
  fail: (value: unknown, run: Run, path: Path): boolean =>
    problem(run, path, "false", "nothing (no value is allowed)", value),
};

/** The code of a schema's validator: a function body taking the helpers and `K`, returning the check. */
function validatorCode(schema: JsonSchema, root: JsonSchema): { code: string; constants: unknown[] } {
  const c: Compiler = {
    root,
    constants: [],
    constantIndex: new Map(),
    functions: new Map(),
    sources: [],
    tail: [],
    patterns: new Map(),
    names: 0,
  };
  const main = functionFor(c, schema);
  // The "valid?" entry holds the top schema's own checks, written a second time with the run fixed: the
  // common call then makes no call of its own, and the engine folds away every problem branch.
  const quietBody =
    typeof schema === "boolean"
      ? `return ${String(schema)};`
      : `const r = QUIET, p = top, d = 0;\nlet ok = true;\n${schemaCode(c, schema, "v", "p")}\nreturn ok;`;
  const code = [
    '"use strict";',
    `const { ${Object.keys(CODE_HELPERS).join(", ")} } = helpers;`,
    ...c.sources,
    ...c.tail,
    `return [`,
    `function isValid(v) {\n${quietBody}\n},`,
    `(v) => { const problems = []; ${main}(v, { problems }, top, 0); return problems; },`,
    `];`,
  ].join("\n");
  return { code, constants: c.constants };
}

/**
 * Compiles a schema once; `$ref`s resolve against `root` (the schema itself
 * unless given). The code is compiled with `new Function`, as Ajv compiles
 * its validators: an environment that forbids it gets this error, not a
 * validator that accepts everything.
 */
export function schemaValidator(schema: JsonSchema, root: JsonSchema = schema): SchemaValidator {
  const { code, constants } = validatorCode(schema, root);
  let made: [SchemaValidator["isValid"], SchemaValidator["problems"]];
  try {
    made = new Function("helpers", "K", code)(CODE_HELPERS, constants) as typeof made;
  } catch (error) {
    throw new Error(
      `cannot compile a validator: this environment forbids \`new Function\` (${(error as Error).message}); validation needs it, as Ajv does`,
    );
  }
  // One object shape for every validator: callers read these two properties without a megamorphic lookup.
  return { isValid: made[0], problems: made[1] };
}

// ---------------------------------------------------------------------------
// A connector's wire schema: the one it was generated from (JSON Schema
// sources), or the one its field specs describe (field-list sources). Either
// way the evaluator above is the only place a value is judged.

function typeSchema(spec: TypeSpec): Plain {
  const out: Plain = {};
  switch (spec.type) {
    case "string":
      out["type"] = "string";
      if (spec.minLength !== undefined) out["minLength"] = spec.minLength;
      if (spec.maxLength !== undefined) out["maxLength"] = spec.maxLength;
      if (spec.pattern !== undefined) out["pattern"] = spec.pattern;
      if (spec.format !== undefined) out["format"] = spec.format;
      break;
    case "integer":
    case "number":
      out["type"] = spec.type;
      if (spec.minimum !== undefined) out["minimum"] = spec.minimum;
      if (spec.maximum !== undefined) out["maximum"] = spec.maximum;
      break;
    case "boolean":
      out["type"] = "boolean";
      break;
    case "array":
      out["type"] = "array";
      out["items"] = typeSchema(spec.items);
      if (spec.minItems !== undefined) out["minItems"] = spec.minItems;
      if (spec.maxItems !== undefined) out["maxItems"] = spec.maxItems;
      break;
    case "object":
      Object.assign(out, objectSchema(spec.fields, spec.additionalProperties, []));
      break;
    case "union":
      out["anyOf"] = [...spec.variants.map(typeSchema), ...(spec.nullable ? [{ type: "null" }] : [])];
      return out;
    case "unknown":
      return out;
  }
  if (spec.enum) out["enum"] = spec.nullable ? [...spec.enum, null] : spec.enum;
  if (spec.nullable) out["type"] = [out["type"], "null"];
  return out;
}

/** "This condition holds" on a wire object; an absent field reads as its default. */
function conditionSchema(c: ConditionSpec, fields: readonly FieldSpec[]): Plain {
  const field = fields.find((f) => f.key === c.key);
  const name = field?.wireKey ?? c.key;
  const given = (value: Plain): Plain => ({ required: [name], properties: { [name]: value } });
  const absent: Plain = { not: { required: [name] } };
  const fallback = field?.default;
  const values = c.op === "in" && Array.isArray(c.value) ? c.value : [c.value];
  const byDefault =
    c.unsetHolds === true ||
    (fallback !== undefined &&
      (c.op === "ne"
        ? !deepEqual(fallback, c.value)
        : c.op !== "present" && values.some((v) => deepEqual(v, fallback))));
  const test: Plain =
    c.op === "present"
      ? given({ not: { type: "null" } })
      : c.op === "ne"
        ? given({ not: { const: c.value } })
        : given({ enum: values });
  return byDefault ? { anyOf: [test, absent] } : test;
}

function objectSchema(fields: readonly FieldSpec[], extra: false | TypeSpec, allowed: readonly string[]): Plain {
  const properties: Plain = {};
  for (const f of fields) setOwn(properties, f.wireKey, typeSchema(f.type));
  for (const k of allowed) if (!hasOwn(properties, k)) setOwn(properties, k, true);
  const out: Plain = { type: "object", properties };
  const required = fields.filter((f) => f.required).map((f) => f.wireKey);
  if (required.length > 0) out["required"] = required;
  const conditional = fields
    .filter((f) => !f.required && f.requiredWhen)
    .map((f) => {
      const holds = f.requiredWhen!.map((c) => conditionSchema(c, fields));
      return { if: holds.length === 1 ? holds[0] : { allOf: holds }, then: { required: [f.wireKey] } };
    });
  if (conditional.length > 0) out["allOf"] = conditional;
  out["additionalProperties"] = extra === false ? false : typeSchema(extra);
  return out;
}

/** Where a connector spec keeps its compiled validator: a symbol, so neither JSON nor `Object.keys` sees it. */
const WIRE_VALIDATOR: unique symbol = Symbol("connector-configs.wireValidator");

type CompiledSpec = ConnectorSpec & { [WIRE_VALIDATOR]?: SchemaValidator };

const wireSchemas = new WeakMap<ConnectorSpec, SchemaValidator>();

/** The connector's wire schema, compiled once. */
function wireValidator(spec: ConnectorSpec): SchemaValidator {
  const kept = (spec as CompiledSpec)[WIRE_VALIDATOR];
  if (kept !== undefined) return kept;
  let validator = wireSchemas.get(spec);
  if (validator === undefined) {
    const constants = spec.constants ?? {};
    const derived = (): JsonSchema => {
      const schema = objectSchema(spec.fields, false, spec.serverKeys);
      const properties = schema["properties"] as Plain;
      for (const key of Object.keys(constants)) setOwn(properties, key, { const: constants[key] });
      return schema;
    };
    validator = schemaValidator(spec.schema ?? derived());
    wireSchemas.set(spec, validator);
    // Read from the spec itself on later calls, which is cheaper than the map; a frozen spec keeps the map.
    if (Object.isExtensible(spec)) Object.defineProperty(spec, WIRE_VALIDATOR, { value: validator, enumerable: false });
  }
  return validator;
}

const objectValidators = new WeakMap<ObjectSpec, SchemaValidator>();

function objectValidator(spec: ObjectSpec): SchemaValidator {
  let validator = objectValidators.get(spec);
  if (validator === undefined) {
    validator = schemaValidator(objectSchema(spec.fields, spec.additionalProperties, []));
    objectValidators.set(spec, validator);
  }
  return validator;
}

// ---------------------------------------------------------------------------
// Problems: the evaluator's findings told with authoring keys and wire keys.

interface Place {
  path: string;
  wirePath: string;
  secret: boolean;
}

const ROOT: Place = { path: "", wirePath: "", secret: false };

function problemOf(place: Place, code: ProblemCode, text: string, expected?: string, given?: unknown): Problem {
  const label =
    place.path === ""
      ? "(top level)"
      : place.path === place.wirePath
        ? place.path
        : `${place.path} (${place.wirePath})`;
  const givenText = given !== undefined && !place.secret ? describe(given) : undefined;
  let message = `${label}: ${text}`;
  if (given !== undefined) message += place.secret ? " (secret value not shown)" : `, got ${givenText}`;
  return {
    path: place.path,
    wirePath: place.wirePath,
    code,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(givenText !== undefined ? { given: givenText } : {}),
  };
}

const CODES: Readonly<Record<string, ProblemCode>> = {
  type: "type",
  enum: "enum",
  const: "enum",
  minimum: "range",
  maximum: "range",
  exclusiveMinimum: "range",
  exclusiveMaximum: "range",
  multipleOf: "range",
  minLength: "length",
  maxLength: "length",
  minItems: "length",
  maxItems: "length",
  minProperties: "length",
  maxProperties: "length",
  pattern: "pattern",
  format: "format",
  required: "required",
  dependentRequired: "required",
  additionalProperties: "unknown-key",
  oneOf: "no-variant",
  anyOf: "no-variant",
  depth: "too-deep",
};

/** The field a wire key names in a type, looking into a union's object variants. */
function fieldIn(type: TypeSpec | undefined, wireKey: string): FieldSpec | undefined {
  if (type?.type === "object") return fieldNamed(type, "wire", wireKey);
  if (type?.type === "union") {
    for (const variant of type.variants) {
      const field = fieldIn(variant, wireKey);
      if (field) return field;
    }
  }
  return undefined;
}

function itemsOf(type: TypeSpec | undefined): TypeSpec | undefined {
  if (type?.type === "array") return type.items;
  if (type?.type === "union") return type.variants.find((v) => v.type === "array")?.items;
  return undefined;
}

/** Where an instance path lands, with authoring keys where the specs know them, and the field it names. */
function placeOf(
  top: TypeSpec,
  base: Place,
  path: readonly (string | number)[],
): { place: Place; field: FieldSpec | undefined } {
  let type: TypeSpec | undefined = top;
  let place = base;
  let field: FieldSpec | undefined;
  for (const segment of path) {
    if (typeof segment === "number") {
      place = { ...place, path: `${place.path}[${segment}]`, wirePath: `${place.wirePath}[${segment}]` };
      type = itemsOf(type);
      field = undefined;
      continue;
    }
    field = fieldIn(type, segment);
    place = {
      path: join(place.path, field ? field.key : segment),
      wirePath: join(place.wirePath, segment),
      secret: place.secret || field?.secret === true,
    };
    type = field?.type;
  }
  return { place, field };
}

function toProblem(found: SchemaProblem, top: TypeSpec, base: Place): Problem {
  const { place, field } = placeOf(top, base, found.path);
  const code = CODES[found.keyword] ?? "constraint";
  if (code === "required") {
    const conditional = found.keyword === "dependentRequired" || (field !== undefined && field.required !== true);
    return problemOf(
      place,
      code,
      conditional ? "required by the current settings but missing" : "required but missing",
    );
  }
  if (code === "unknown-key") return problemOf(place, code, "unknown key");
  if (code === "too-deep") return problemOf(place, code, `nested more than ${SCHEMA_DEPTH} levels`);
  return problemOf(
    place,
    code,
    `expected ${found.expected}`,
    found.expected,
    found.showsValue ? found.value : undefined,
  );
}

/**
 * Problems in the order of the fields they concern (unknown keys first), each
 * once: two `allOf` members may say the same thing of one value.
 */
const fieldRankMaps: Record<Side, WeakMap<readonly FieldSpec[], ReadonlyMap<string, number>>> = {
  authoring: new WeakMap(),
  wire: new WeakMap(),
};

/** Each field's position by its name on one side, built once per field list. */
function fieldRanks(fields: readonly FieldSpec[], side: Side): ReadonlyMap<string, number> {
  let ranks = fieldRankMaps[side].get(fields);
  if (ranks === undefined) {
    ranks = new Map(fields.map((f, i) => [nameOf(f, side), i]));
    fieldRankMaps[side].set(fields, ranks);
  }
  return ranks;
}

function inFieldOrder(all: Problem[], fields: readonly FieldSpec[], side: Side): Problem[] {
  // One problem is in order, and unique, already.
  if (all.length < 2) return all;
  const seen = new Set<string>();
  const problems = all.filter((p) => {
    const id = `${p.code}\0${p.path}\0${p.wirePath}\0${p.message}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const rank = fieldRanks(fields, side);
  const first = (p: Problem) => {
    // Unknown keys first: a typo explains the problems that follow from it.
    if (p.code === "unknown-key") return -1;
    // The longest leading part of the path that names a field (wire keys may hold dots); linear in the path.
    const path = side === "wire" ? p.wirePath : p.path;
    let found = Number.MAX_SAFE_INTEGER;
    for (let end = 1; end <= path.length; end++) {
      if (end < path.length && path[end] !== "." && path[end] !== "[") continue;
      found = rank.get(path.slice(0, end)) ?? found;
    }
    return found;
  };
  return problems
    .map((p, i) => [p, first(p), i] as const)
    .sort((a, b) => a[1] - b[1] || a[2] - b[2])
    .map(([p]) => p);
}

// ---------------------------------------------------------------------------
// Authoring keys to wire keys. On the authoring side an unknown key is an
// error with a suggestion, unless the schema explicitly allows extra keys;
// then it passes through unchanged. Object.fromEntries defines own
// properties, so a key such as "__proto__" never reaches a prototype.

interface Rekeying {
  readonly problems: Problem[];
  /** Authoring paths some unknown key was probably meant for: not also reported as missing. */
  readonly meant: Set<string>;
  /** Set when reading a response: nothing throws, unknown keys are kept, hidden secrets are left out. */
  readonly reading?: Reading;
  /** Wire paths of keys a read kept and the author's config sends back: the snapshot need not know them. */
  readonly sentBack?: Set<string>;
  /** Unknown keys looked up for a suggestion so far: past SUGGESTED_KEYS, the rest are just unknown. */
  suggested: number;
}

/** Unknown keys of one config looked up for a "did you mean": a flood of them gets no more work than this. */
const SUGGESTED_KEYS = 100;

/** The object variant of a union that a value's keys (and discriminating constants) point at. */
function variantFor(type: UnionSpec, value: unknown, from: Side): TypeSpec | undefined {
  if (!isPlainObject(value)) {
    return type.variants.find((v) => v.type !== "object" && v.type !== "union") ?? type.variants[0];
  }
  let best: TypeSpec | undefined;
  let bestScore = -1;
  const keys = Object.keys(value);
  for (const variant of type.variants) {
    if (variant.type !== "object") continue;
    let score = 0;
    for (const key of keys) {
      const field = fieldNamed(variant, from, key);
      if (!field) continue;
      score += 2;
      // A one-value enum that the value matches names this variant.
      if (field.type.enum?.length === 1 && deepEqual(field.type.enum[0], value[key])) score += 1000;
    }
    if (keys.length > 0 && score === keys.length * 2 && variant.additionalProperties === false) score += 1;
    if (score > bestScore) {
      bestScore = score;
      best = variant;
    }
  }
  return best;
}

const fieldsByName: Record<Side, WeakMap<ObjectSpec, ReadonlyMap<string, FieldSpec>>> = {
  authoring: new WeakMap(),
  wire: new WeakMap(),
};

/** An object spec's fields by their name on one side, built once: lookups stay linear in the value's keys. */
function fieldNamed(spec: ObjectSpec, side: Side, name: string): FieldSpec | undefined {
  let byName = fieldsByName[side].get(spec);
  if (byName === undefined) {
    byName = new Map(spec.fields.map((f) => [nameOf(f, side), f]));
    fieldsByName[side].set(spec, byName);
  }
  return byName.get(name);
}

// ---------------------------------------------------------------------------
// Reading a response. The server may be newer than the snapshot and may
// hide secrets: nothing in a response throws, what does not fit is reported.

/** Where a read config keeps the keys the snapshot does not know; spreading the config carries them along. */
const WIRE_EXTRAS: unique symbol = Symbol.for("connector-configs.wireExtras");

function wireExtras(value: object): Plain {
  const kept: unknown = (value as { [WIRE_EXTRAS]?: unknown })[WIRE_EXTRAS];
  return isPlainObject(kept) ? kept : {};
}

function keepExtras(target: Plain, extras: Plain): void {
  // Enumerable, so `{ ...config, port: 1 }` keeps them; a symbol, so JSON and Object.keys never see them.
  Object.defineProperty(target, WIRE_EXTRAS, { value: extras, enumerable: true, writable: true, configurable: true });
}

/**
 * How providers commonly hide a secret in a response; a secret left out of the
 * response counts too. `null` is not among them by default, since a nullable
 * secret may really be null: pass `masks` with null for a provider that hides that way.
 */
export const DEFAULT_SECRET_MASKS: readonly (string | null)[] = ["********", "[hidden]"];

interface Reading {
  readonly masks: readonly (string | null)[];
  /** Authoring paths of secrets the server hid or left out. */
  readonly hidden: string[];
  readonly warnings: Problem[];
  /** Top-level wire keys the snapshot does not know. */
  readonly unknown: Plain;
}

function isMask(reading: Reading, value: unknown): boolean {
  return reading.masks.some((mask) => mask === value || (mask === null && value === undefined));
}

const INTEGER_TEXT = /^-?(?:0|[1-9][0-9]*)$/;
const NUMBER_TEXT = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

/** Whether a type takes a string as it is: then a string from the server is never reinterpreted. */
function takesText(type: TypeSpec): boolean {
  if (type.type === "union") return type.variants.some(takesText);
  return type.type === "string" || type.type === "unknown";
}

/**
 * A string the server sent, as the value of `type` it stands for, when that is
 * lossless and unambiguous: "true"/"false", integers (safe ones only),
 * numbers, and comma-separated lists (Kafka Connect's LIST form, items
 * trimmed). Anything else is returned unchanged for the schema to judge.
 */
function fromServerText(type: TypeSpec, text: string): unknown {
  if (takesText(type)) return text;
  switch (type.type) {
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "integer": {
      const n = Number(text);
      return INTEGER_TEXT.test(text) && Number.isSafeInteger(n) ? n : text;
    }
    case "number": {
      const n = Number(text);
      return NUMBER_TEXT.test(text) && Number.isFinite(n) ? n : text;
    }
    case "array": {
      if (text.trim() === "") return [];
      const items = text.split(",").map((part) => part.trim());
      const read = items.map((item) => fromServerText(type.items, item));
      return read.every((item, i) => typeof item !== "string" || takesText(type.items) || item !== items[i])
        ? read
        : text;
    }
    case "union": {
      // Exactly one variant reads the text as its own value; several would be a guess.
      const readings = type.variants.map((v) => fromServerText(v, text)).filter((v) => v !== text);
      return readings.length === 1 ? readings[0] : text;
    }
    default:
      return text;
  }
}

function rekeyValue(type: TypeSpec, value: unknown, to: Side, place: Place, r: Rekeying, depth: number): unknown {
  if (value === null || value === undefined || depth > MAX_DEPTH) return value;
  if (type.type === "array" && Array.isArray(value)) {
    return value.map((item, i) =>
      rekeyValue(
        type.items,
        item,
        to,
        { ...place, path: `${place.path}[${i}]`, wirePath: `${place.wirePath}[${i}]` },
        r,
        depth + 1,
      ),
    );
  }
  if (type.type === "object" && isPlainObject(value)) return rekeyObject(type, value, to, place, r, depth);
  // Servers built on Kafka Connect return values as strings; the authoring type says what they stand for.
  if (to === "authoring" && typeof value === "string") return fromServerText(type, value);
  if (type.type === "union") {
    const variant = variantFor(type, value, to === "wire" ? "authoring" : "wire");
    if (variant) return rekeyValue(variant, value, to, place, r, depth + 1);
  }
  return value;
}

function rekeyObject(
  spec: ObjectSpec,
  value: Plain,
  to: Side,
  place: Place,
  r: Rekeying,
  depth: number,
  ignored: ReadonlySet<string> = new Set(),
): Plain {
  const from: Side = to === "wire" ? "authoring" : "wire";
  const entries: [string, unknown][] = [];
  const extras: [string, unknown][] = [];
  for (const key of Object.keys(value)) {
    const field = fieldNamed(spec, from, key);
    if (field) {
      const child: Place = {
        path: join(place.path, field.key),
        wirePath: join(place.wirePath, field.wireKey),
        secret: place.secret || field.secret === true,
      };
      if (r.reading && field.secret === true && isMask(r.reading, value[key])) {
        r.reading.hidden.push(child.path);
        continue;
      }
      entries.push([nameOf(field, to), rekeyValue(field.type, value[key], to, child, r, depth + 1)]);
    } else if (ignored.has(key)) {
      // The server's own keys and the connector's constants: not the author's to see.
    } else if (r.reading && spec.additionalProperties === false && spec.open === true) {
      // Allowed by the schema, unknown to the snapshot's fields: kept beside them, sent back by an update.
      extras.push([key, value[key]]);
      if (depth === 0) setOwn(r.reading.unknown, key, value[key]);
    } else if (spec.additionalProperties !== false || (to === "authoring" && spec.open === true)) {
      // Allowed by the schema: a response's extra key is kept as the server sent it, never a reason to throw.
      entries.push([key, value[key]]);
    } else if (r.reading) {
      // A server newer than the snapshot: the key is kept beside the typed fields, for an update to send back.
      const child: Place = { path: join(place.path, key), wirePath: join(place.wirePath, key), secret: place.secret };
      extras.push([key, value[key]]);
      if (depth === 0) setOwn(r.reading.unknown, key, value[key]);
      const hint = suggestKey(key, spec.fields, from);
      const text = "not in the snapshot; kept as the server sent it";
      r.reading.warnings.push({
        ...problemOf(child, "unknown-key", hint ? `${text} (did you mean ${JSON.stringify(hint)}?)` : text),
        severity: "warning",
      });
    } else {
      const child: Place = { path: join(place.path, key), wirePath: join(place.wirePath, key), secret: place.secret };
      const hint = r.suggested++ < SUGGESTED_KEYS ? suggestKey(key, spec.fields, from) : undefined;
      if (hint !== undefined) {
        const meant = fieldNamed(spec, from, hint);
        if (meant) r.meant.add(join(place.path, meant.key));
      }
      r.problems.push(
        problemOf(child, "unknown-key", hint ? `unknown key; did you mean ${JSON.stringify(hint)}?` : "unknown key"),
      );
    }
  }
  const out = Object.fromEntries(entries);
  if (to === "wire") {
    // Keys a read kept: sent back as the server gave them (a key the author also set wins).
    const kept = wireExtras(value);
    for (const key of Object.keys(kept)) {
      if (hasOwn(out, key)) continue;
      setOwn(out, key, kept[key]);
      r.sentBack?.add(join(place.wirePath, key));
    }
  } else if (r.reading) {
    for (const field of spec.fields) {
      if (field.secret === true && !present(value, field.wireKey)) r.reading.hidden.push(join(place.path, field.key));
    }
    if (extras.length > 0) keepExtras(out, Object.fromEntries(extras));
  }
  return out;
}

// ---------------------------------------------------------------------------
// Defaults: a required field left out is filled with its default, at every
// depth, in the chosen union variant and in array items too.

function conditionsHold(conditions: readonly ConditionSpec[], spec: ObjectSpec, wire: Plain): boolean {
  return conditions.every((c) => {
    const field = fieldNamed(spec, "authoring", c.key);
    const name = field ? field.wireKey : c.key;
    const given = present(wire, name);
    if (c.op === "present") return given && wire[name] !== null;
    if (!given && c.unsetHolds === true) return true;
    const actual = given ? wire[name] : field?.default;
    // An unset field without a default holds no value: no condition on it holds (not even NE).
    if (actual === undefined) return false;
    if (c.op === "eq") return deepEqual(actual, c.value);
    if (c.op === "ne") return !deepEqual(actual, c.value);
    return Array.isArray(c.value) && c.value.some((v) => deepEqual(v, actual));
  });
}

function withDefaults(type: TypeSpec, value: unknown, depth: number, skip?: (f: FieldSpec) => boolean): unknown {
  if (depth > MAX_DEPTH) return value;
  if (type.type === "array" && Array.isArray(value))
    return value.map((item) => withDefaults(type.items, item, depth + 1));
  if (type.type === "union") {
    const variant = variantFor(type, value, "wire");
    return variant ? withDefaults(variant, value, depth + 1) : value;
  }
  if (type.type !== "object" || !isPlainObject(value)) return value;
  const entries: [string, unknown][] = [];
  const byWire = new Set<string>();
  for (const field of type.fields) {
    byWire.add(field.wireKey);
    if (present(value, field.wireKey)) {
      entries.push([field.wireKey, withDefaults(field.type, value[field.wireKey], depth + 1)]);
    } else if (field.default !== undefined && !skip?.(field)) {
      const needed =
        field.required === true ||
        (field.requiredWhen !== undefined && conditionsHold(field.requiredWhen, type, value));
      if (needed) entries.push([field.wireKey, field.default]);
    }
  }
  for (const key of Object.keys(value)) if (!byWire.has(key)) entries.push([key, value[key]]);
  return Object.fromEntries(entries);
}

/** The wire config with the connector's constant keys first, as APIs list them. */
function withConstants(spec: ConnectorSpec, wire: Plain): Plain {
  return spec.constants ? Object.fromEntries([...Object.entries(spec.constants), ...Object.entries(wire)]) : wire;
}

// ---------------------------------------------------------------------------
// Validation.

const configObjects = new WeakMap<ConnectorSpec, ObjectSpec>();

function configObject(spec: ConnectorSpec): ObjectSpec {
  let object = configObjects.get(spec);
  if (object === undefined) {
    object = { type: "object", fields: spec.fields, additionalProperties: false, open: spec.open === true };
    configObjects.set(spec, object);
  }
  return object;
}

/** Set-once rules of an update: such a field may be left out, or resent equal to `current`. */
function setOnceProblems(
  spec: ConnectorSpec,
  config: Plain,
  side: Side,
  options: ValidateOptions,
  base: Place,
): Problem[] {
  const problems: Problem[] = [];
  for (const field of spec.fields) {
    const name = nameOf(field, side);
    if (!field.setOnce || !present(config, name)) continue;
    const place: Place = {
      path: join(base.path, field.key),
      wirePath: join(base.wirePath, field.wireKey),
      secret: field.secret === true,
    };
    if (options.current === undefined) {
      problems.push(
        problemOf(
          place,
          "set-once",
          "can only be set at creation; leave it out of an update (or pass options.current to resend it unchanged)",
        ),
      );
    } else if (!deepEqual(options.current[field.key], config[name])) {
      problems.push(
        problemOf(
          place,
          "set-once",
          "can only be set at creation and cannot be changed by an update",
          undefined,
          config[name],
        ),
      );
    }
  }
  return problems;
}

/**
 * The evaluator's problems with `wire`, told with authoring keys, less the
 * "missing" ones already explained at `explained` (the key a typo meant, a
 * set-once field an update leaves out).
 */
function schemaProblems(
  validator: SchemaValidator,
  wire: unknown,
  tree: ObjectSpec,
  base: Place,
  explained: ReadonlySet<string>,
): Problem[] {
  return validator
    .problems(wire)
    .map((p) => toProblem(p, tree, base))
    .filter((p) => !(p.code === "required" && explained.has(p.path)));
}

/** Paths of the set-once fields an update may leave out. */
function setOnceLeftOut(spec: ConnectorSpec, options: ValidateOptions, base: Place): string[] {
  return options.mode === "update" ? spec.fields.filter((f) => f.setOnce).map((f) => join(base.path, f.key)) : [];
}

/**
 * A top-level config with the former keys of renamed fields (`spec.aliases`)
 * moved to the new ones: a warning for each, an error when the new key is
 * given too (the former key is then left as it was) or another former key of
 * the same field is (the first of them, in the config's order, is moved).
 */
function resolveAliases(spec: ConnectorSpec, config: Plain, side: Side, base: Place, problems: Problem[]): Plain {
  const aliases = spec.aliases;
  if (aliases === undefined || aliases.length === 0) return config;
  // The former keys given, in the config's order, by the new key they stand for.
  const targets = new Map<string, string>();
  for (const a of aliases) {
    const from = side === "wire" ? a.wireKey : a.key;
    if (from !== undefined) targets.set(from, side === "wire" ? a.toWire : a.to);
  }
  const given = new Map<string, string[]>();
  for (const k of Object.keys(config)) {
    const to = targets.get(k);
    if (to !== undefined && present(config, k)) given.set(to, [...(given.get(to) ?? []), k]);
  }
  // Former key → new key; undefined: dropped, the new key given too is the one kept.
  const moved = new Map<string, string | undefined>();
  for (const alias of aliases) {
    const from = side === "wire" ? alias.wireKey : alias.key;
    if (from === undefined || !present(config, from)) continue;
    const to = side === "wire" ? alias.toWire : alias.to;
    const field = spec.fields.find((f) => f.wireKey === alias.toWire);
    const place: Place = {
      path: join(base.path, alias.key ?? alias.to),
      wirePath: join(base.wirePath, alias.wireKey),
      secret: field?.secret === true,
    };
    if (present(config, to)) {
      problems.push(
        problemOf(
          place,
          "deprecated",
          `renamed to ${JSON.stringify(to)}, which is given too; give only ${JSON.stringify(to)}`,
        ),
      );
      moved.set(from, undefined);
      continue;
    }
    const together = given.get(to) ?? [];
    if (together.length > 1) {
      const names = together.map((k) => JSON.stringify(k));
      problems.push(
        problemOf(
          place,
          "deprecated",
          `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]!} are ${together.length === 2 ? "both" : "all"} ` +
            `renamed to ${JSON.stringify(to)}; give only ${JSON.stringify(to)}`,
        ),
      );
      moved.set(from, together[0] === from ? to : undefined);
      continue;
    }
    problems.push({
      ...problemOf(place, "deprecated", `deprecated: renamed to ${JSON.stringify(to)}`),
      severity: "warning",
    });
    moved.set(from, to);
  }
  if (moved.size === 0) return config;
  // In place, so the order of the keys (and of any problems about them) stays the author's.
  const out = Object.fromEntries(
    Object.entries(config).flatMap(([k, v]) =>
      !moved.has(k) ? [[k, v]] : moved.get(k) === undefined ? [] : [[moved.get(k)!, v]],
    ),
  );
  const kept = wireExtras(config);
  if (Object.keys(kept).length > 0) keepExtras(out, kept);
  return out;
}

/**
 * The wire config an authoring config stands for, as the builders send it
 * (defaults filled, constants added), and every problem with it.
 */
function checkAuthoring(
  spec: ConnectorSpec,
  config: unknown,
  options: ValidateOptions,
  base: Place,
): { wire: Plain; problems: Problem[] } {
  if (!isPlainObject(config)) {
    return { wire: {}, problems: [problemOf(base, "type", "expected an object", "an object", config)] };
  }
  const updating = options.mode === "update";
  const r: Rekeying = { problems: [], meant: new Set(), sentBack: new Set(), suggested: 0 };
  const renamed: Problem[] = [];
  const current = resolveAliases(spec, config, "authoring", base, renamed);
  if (options.deprecated === true) renamed.push(...deprecatedGiven(spec, current, "authoring", base));
  // An update leaves out a secret it does not change; a mask read back stands for "unchanged" too.
  const given = updating ? withoutMaskedSecrets(spec, current, options.masks ?? DEFAULT_SECRET_MASKS) : current;
  const rekeyed = rekeyObject(configObject(spec), given, "wire", base, r, 0);
  const setOnce = updating ? setOnceProblems(spec, given, "authoring", options, base) : [];
  const wire = withConstants(
    spec,
    withDefaults(configObject(spec), rekeyed, 0, (f) => updating && (f.setOnce === true || f.secret === true)) as Plain,
  );
  const empty = emptySecrets(spec, given, base);
  const validator = wireValidator(spec);
  if (r.problems.length === 0 && setOnce.length === 0 && empty.length === 0 && !updating && validator.isValid(wire))
    return { wire, problems: renamed };
  const leftOut = updating ? [...setOnceLeftOut(spec, options, base), ...secretsLeftOut(spec, given, base)] : [];
  const found = schemaProblems(validator, wire, configObject(spec), base, new Set([...r.meant, ...leftOut])).filter(
    (p) =>
      // A key a read kept is the server's, sent back as it came; the snapshot need not know it.
      !(p.code === "unknown-key" && r.sentBack!.has(p.wirePath)),
  );
  return {
    wire,
    problems: inFieldOrder([...renamed, ...r.problems, ...setOnce, ...empty, ...found], spec.fields, "authoring"),
  };
}

/** A config without the secrets whose value is a mask a read may have returned. */
function withoutMaskedSecrets(spec: ConnectorSpec, config: Plain, masks: readonly (string | null)[]): Plain {
  const masked = spec.fields.filter(
    (f) => f.secret === true && present(config, f.key) && masks.includes(config[f.key] as string | null),
  );
  if (masked.length === 0) return config;
  const names = new Set(masked.map((f) => f.key));
  const out = Object.fromEntries(Object.entries(config).filter(([k]) => !names.has(k)));
  keepExtras(out, wireExtras(config));
  return out;
}

/** Paths of the secrets an update leaves out: the server keeps them. */
function secretsLeftOut(spec: ConnectorSpec, config: Plain, base: Place): string[] {
  return spec.fields.filter((f) => f.secret === true && !present(config, f.key)).map((f) => join(base.path, f.key));
}

/** A required secret given as "": the schema may allow it, a connection never works with it. */
function emptySecrets(spec: ConnectorSpec, config: Plain, base: Place): Problem[] {
  return spec.fields
    .filter((f) => f.secret === true && f.required === true && config[f.key] === "" && hasOwn(config, f.key))
    .map((f) =>
      problemOf(
        { path: join(base.path, f.key), wirePath: join(base.wirePath, f.wireKey), secret: true },
        "length",
        "a required secret must not be empty",
        "a non-empty string",
      ),
    );
}

/** Every problem with an authoring-keyed config; an empty list means valid. */
export function validateConfig(spec: ConnectorSpec, config: unknown, options?: ValidateOptions): Problem[] {
  return checkAuthoring(spec, config, options ?? {}, ROOT).problems;
}

/** A connector's compiled "is this wire config valid?"; each connector module keeps its own. */
export function wireCheck(spec: ConnectorSpec): (wire: unknown) => boolean {
  return wireValidator(spec).isValid;
}

/**
 * Every problem with a wire-keyed config (as sent to or received from the API), exactly as its schema says,
 * but for a renamed field's former wire key: read as the new key, with a "deprecated" warning (as
 * `validateConfig` reads a former authoring key).
 */
export function validateWireConfig(spec: ConnectorSpec, wire: unknown, options?: ValidateOptions): Problem[] {
  if (
    options?.mode !== "update" &&
    options?.deprecated !== true &&
    wireValidator(spec).isValid(wire) &&
    !givesFormerWireKey(spec, wire)
  )
    return [];
  return wireConfigProblems(spec, wire, options);
}

/**
 * Whether `wire` gives a renamed field's former wire key: its problems then hold a warning (or an error, with
 * the new key given too) whatever the schema says, so a "valid?" answer alone does not settle them.
 */
export function givesFormerWireKey(spec: ConnectorSpec, wire: unknown): boolean {
  return isPlainObject(wire) && (spec.aliases ?? []).some((a) => present(wire, a.wireKey));
}

/**
 * Whether a connector has a field the schema marks deprecated, at any depth outside a oneOf/anyOf (where
 * deprecatedGiven does not look: which choice a value is of is the schema's to say): found once per spec.
 */
const deprecatedIn = new WeakMap<ConnectorSpec, boolean>();

function hasDeprecated(spec: ConnectorSpec): boolean {
  let found = deprecatedIn.get(spec);
  if (found === undefined) {
    const inFields = (fields: readonly FieldSpec[], depth: number): boolean =>
      depth <= MAX_DEPTH && fields.some((f) => f.deprecated === true || inType(f.type, depth + 1));
    const inType = (t: TypeSpec, depth: number): boolean =>
      t.type === "object" ? inFields(t.fields, depth) : t.type === "array" && inType(t.items, depth);
    deprecatedIn.set(spec, (found = inFields(spec.fields, 0)));
  }
  return found;
}

/**
 * A warning for each field the schema marks deprecated that `config` gives (authoring or wire keys), in an
 * object field and an array's objects too, outside a oneOf/anyOf: it is still accepted. Walks only a
 * connector that has one.
 */
function deprecatedGiven(spec: ConnectorSpec, config: unknown, side: "authoring" | "wire", base: Place): Problem[] {
  const problems: Problem[] = [];
  if (!hasDeprecated(spec)) return problems;
  const walk = (fields: readonly FieldSpec[], value: unknown, place: Place, depth: number): void => {
    if (!isPlainObject(value) || depth > MAX_DEPTH) return;
    for (const f of fields) {
      const key = side === "wire" ? f.wireKey : f.key;
      if (!present(value, key)) continue;
      const at: Place = {
        path: join(place.path, f.key),
        wirePath: join(place.wirePath, f.wireKey),
        secret: place.secret || f.secret === true,
      };
      if (f.deprecated === true)
        problems.push({
          ...problemOf(at, "deprecated", "deprecated: the schema marks this field deprecated; it is still accepted"),
          severity: "warning",
        });
      walkType(f.type, value[key], at, depth + 1);
    }
  };
  const walkType = (t: TypeSpec, value: unknown, place: Place, depth: number): void => {
    if (t.type === "object") walk(t.fields, value, place, depth);
    else if (t.type === "array" && Array.isArray(value))
      value.forEach((item, i) =>
        walkType(
          t.items,
          item,
          { path: `${place.path}[${i}]`, wirePath: `${place.wirePath}[${i}]`, secret: place.secret },
          depth + 1,
        ),
      );
  };
  walk(spec.fields, config, base, 0);
  return problems;
}

/**
 * validateWireConfig without its "valid?" answer first: for a caller that has
 * it already (a connector module's own check). Correct for any config; a valid
 * one just costs the listing run.
 */
export function wireConfigProblems(spec: ConnectorSpec, wire: unknown, options: ValidateOptions = {}): Problem[] {
  const updating = options.mode === "update";
  // A config written before a rename: its former wire keys stand for the new ones, as on the authoring side.
  const renamed: Problem[] = [];
  const given = isPlainObject(wire) ? resolveAliases(spec, wire, "wire", ROOT, renamed) : wire;
  if (options.deprecated === true) renamed.push(...deprecatedGiven(spec, given, "wire", ROOT));
  const setOnce = updating && isPlainObject(given) ? setOnceProblems(spec, given, "wire", options, ROOT) : [];
  const found = schemaProblems(
    wireValidator(spec),
    given,
    configObject(spec),
    ROOT,
    new Set(setOnceLeftOut(spec, options, ROOT)),
  );
  return inFieldOrder([...renamed, ...setOnce, ...found], spec.fields, "wire");
}

// ---------------------------------------------------------------------------
// Re-keying on its own.

/** Authoring keys to wire keys, throwing on unknown keys (reading the other way is readConfig's). */
function rekeyToWire(spec: ConnectorSpec, value: unknown, context: string): Plain {
  const r: Rekeying = { problems: [], meant: new Set(), suggested: 0 };
  if (!isPlainObject(value)) {
    r.problems.push(problemOf(ROOT, "type", "expected an object", "an object", value));
    throw new ConfigValidationError(context, r.problems);
  }
  const given = resolveAliases(spec, value, "authoring", ROOT, r.problems);
  const out = rekeyObject(configObject(spec), given, "wire", ROOT, r, 0);
  const errors = errorsOf(r.problems);
  if (errors.length > 0) throw new ConfigValidationError(context, errors);
  return out;
}

/** Authoring keys to wire keys. Throws on unknown keys; does not check values (see validateConfig). */
export function configToWire<Wire>(spec: ConnectorSpec, config: unknown): Wire {
  return withConstants(spec, rekeyToWire(spec, config, `${spec.kind}/${spec.code} toWire`)) as Wire;
}

export interface ReadOptions {
  /** Values that stand for a hidden secret (default DEFAULT_SECRET_MASKS); a secret left out is hidden too. */
  readonly masks?: readonly (string | null)[];
  /** Throw ConfigValidationError on any problem or warning instead of reporting it (for tests). */
  readonly strict?: boolean;
}

export interface ReadResult<Config> {
  /**
   * Authoring keys, values read as their types (a "5432" port as 5432). Hidden
   * secrets are left out. Keys the snapshot does not know ride along under a
   * symbol: `{ ...config, port: 1 }` keeps them and an update sends them back.
   */
  readonly config: Config;
  /** Top-level wire keys the snapshot does not know, as the server sent them. */
  readonly unknown: Readonly<Record<string, unknown>>;
  /** Authoring paths of the secrets the server hid (masked or left out): an update leaves them unchanged. */
  readonly hiddenSecrets: readonly string[];
  /** What does not fit the snapshot. `severity: "warning"` marks what the server knows and the snapshot does not. */
  readonly problems: readonly Problem[];
}

/**
 * A wire config read back from the API, never throwing on data: server keys
 * and constants dropped, strings read as the field's type where that is
 * lossless, hidden secrets left out, unknown keys and enum values kept.
 */
export function readConfig<Config>(spec: ConnectorSpec, wire: unknown, options: ReadOptions = {}): ReadResult<Config> {
  const context = `${spec.kind}/${spec.code} read`;
  const reading: Reading = { masks: options.masks ?? DEFAULT_SECRET_MASKS, hidden: [], warnings: [], unknown: {} };
  if (!isPlainObject(wire)) {
    const problems = [problemOf(ROOT, "type", "expected an object", "an object", wire)];
    if (options.strict) throw new ConfigValidationError(context, problems);
    return { config: {} as Config, unknown: {}, hiddenSecrets: [], problems };
  }
  const r: Rekeying = { problems: [], meant: new Set(), reading, suggested: 0 };
  const ignored = new Set([...spec.serverKeys, ...Object.keys(spec.constants ?? {})]);
  // A server older than the snapshot may still send a field's former wire key: read as the new field.
  const renamed: Problem[] = [];
  const given = resolveAliases(spec, wire, "wire", ROOT, renamed);
  for (const p of renamed) reading.warnings.push(p.severity === "warning" ? p : { ...p, severity: "warning" });
  const config = rekeyObject(configObject(spec), given, "authoring", ROOT, r, 0, ignored);
  // The values as read, judged by the schema: what the server sent and the snapshot's rules disagree on.
  const hidden = new Set(reading.hidden);
  const asRead = rekeyObject(
    configObject(spec),
    config,
    "wire",
    ROOT,
    { problems: [], meant: new Set(), suggested: 0 },
    0,
  );
  const found = wireValidator(spec)
    .problems(withConstants(spec, { ...pickServerKeys(spec, wire), ...asRead }))
    .map((p) => toProblem(p, configObject(spec), ROOT))
    .filter((p) => !hidden.has(p.path) && p.code !== "unknown-key")
    .map((p): Problem => (p.code === "enum" ? { ...p, severity: "warning" } : p));
  const problems = inFieldOrder([...reading.warnings, ...found], spec.fields, "authoring");
  if (options.strict && problems.length > 0) throw new ConfigValidationError(context, problems);
  return { config: config as Config, unknown: reading.unknown, hiddenSecrets: reading.hidden, problems };
}

function pickServerKeys(spec: ConnectorSpec, wire: Plain): Plain {
  return Object.fromEntries(spec.serverKeys.filter((k) => hasOwn(wire, k)).map((k) => [k, wire[k]]));
}

/**
 * Wire keys to authoring keys (see readConfig): never throws on data unless
 * `strict`; keys the snapshot does not know are kept for an update to send back.
 */
export function configFromWire<Config>(spec: ConnectorSpec, wire: unknown, options?: ReadOptions): Config {
  return readConfig<Config>(spec, wire, options).config;
}

/** A copy that is safe to log: every secret value, at any depth, replaced by "[redacted]". */
export function redactConfig<Config>(spec: ConnectorSpec, config: Config): Config {
  return redactValue(configObject(spec), config, 0) as Config;
}

const REDACTED = "[redacted]";
/** Keys the snapshot does not know that may hold credentials: redacted too. */
const SECRET_NAME = /pass|secret|token|credential|private|api.?key|auth/i;

function redactValue(type: TypeSpec, value: unknown, depth: number): unknown {
  if (value === null || value === undefined) return value;
  if (depth > MAX_DEPTH) return REDACTED;
  if (type.type === "array" && Array.isArray(value))
    return value.map((item) => redactValue(type.items, item, depth + 1));
  if (type.type === "union") {
    const variant = variantFor(type, value, "authoring");
    return variant ? redactValue(variant, value, depth + 1) : REDACTED;
  }
  if (!isPlainObject(value)) return value;
  const out: Plain = {};
  for (const key of Object.keys(value)) {
    const field = type.type === "object" ? fieldNamed(type, "authoring", key) : undefined;
    const secret = field ? field.secret === true : SECRET_NAME.test(key);
    setOwn(
      out,
      key,
      secret && value[key] !== undefined ? REDACTED : redactValue(field?.type ?? UNKNOWN, value[key], depth + 1),
    );
  }
  const extras = wireExtras(value);
  const names = Object.keys(extras);
  if (names.length > 0) {
    keepExtras(out, Object.fromEntries(names.map((k) => [k, SECRET_NAME.test(k) ? REDACTED : extras[k]])));
  }
  return out;
}

const UNKNOWN: TypeSpec = { type: "unknown" };

export interface ConfigChange {
  /** The smallest config an update needs: the fields that differ from `current` (authoring keys). */
  readonly config: Readonly<Record<string, unknown>>;
  /** Authoring keys `current` has and `desired` leaves out (secrets excepted): an update cannot clear them. */
  readonly removed: readonly string[];
  /** A changed set-once field, named. */
  readonly problems: readonly Problem[];
}

/**
 * What changed from `current` (a config read back) to `desired`. A secret
 * left out or given as a mask is unchanged; keys read back but unknown to the
 * snapshot are compared too.
 */
export function diffConfig(
  spec: ConnectorSpec,
  currentConfig: object,
  desiredConfig: object,
  options: { readonly masks?: readonly (string | null)[] } = {},
): ConfigChange {
  const current = currentConfig as Plain;
  const desired = desiredConfig as Plain;
  const masks = options.masks ?? DEFAULT_SECRET_MASKS;
  const config: Plain = {};
  const removed: string[] = [];
  const problems: Problem[] = [];
  const known = new Set<string>();
  for (const field of spec.fields) {
    known.add(field.key);
    const has = present(desired, field.key);
    if (field.secret === true && (!has || masks.includes(desired[field.key] as string | null))) continue;
    if (!has) {
      if (present(current, field.key)) removed.push(field.key);
      continue;
    }
    if (present(current, field.key) && deepEqual(current[field.key], desired[field.key])) continue;
    if (field.setOnce === true && present(current, field.key)) {
      const place: Place = { path: field.key, wirePath: field.wireKey, secret: field.secret === true };
      problems.push(
        problemOf(
          place,
          "set-once",
          "can only be set at creation and cannot be changed by an update",
          undefined,
          desired[field.key],
        ),
      );
      continue;
    }
    setOwn(config, field.key, desired[field.key]);
  }
  // Keys the author may add when the schema allows extra ones.
  for (const key of Object.keys(desired)) {
    if (known.has(key) || (present(current, key) && deepEqual(current[key], desired[key]))) continue;
    setOwn(config, key, desired[key]);
  }
  const before = wireExtras(current);
  const after = wireExtras(desired);
  const changed = Object.keys(after).filter((k) => !hasOwn(before, k) || !deepEqual(before[k], after[k]));
  if (changed.length > 0) keepExtras(config, Object.fromEntries(changed.map((k) => [k, after[k]])));
  return { config, removed, problems };
}

// ---------------------------------------------------------------------------
// Request building: the envelope (name, state, tags...) and the options are
// object specs checked the same way as a config.

function checkFields(spec: ObjectSpec, value: unknown, base: Place): { wire: Plain; problems: Problem[] } {
  if (!isPlainObject(value))
    return { wire: {}, problems: [problemOf(base, "type", "expected an object", "an object", value)] };
  const r: Rekeying = { problems: [], meant: new Set(), suggested: 0 };
  const wire = rekeyObject(spec, value, "wire", base, r, 0);
  const validator = objectValidator(spec);
  if (r.problems.length === 0 && validator.isValid(wire)) return { wire, problems: [] };
  const found = schemaProblems(validator, wire, spec, base, r.meant);
  return { wire, problems: inFieldOrder([...r.problems, ...found], spec.fields, "authoring") };
}

const envelopeSpecs = new WeakMap<OperationSpec, ObjectSpec>();
const optionSpecs = new WeakMap<OperationSpec, ObjectSpec[]>();

function envelopeSpec(op: OperationSpec): ObjectSpec {
  let spec = envelopeSpecs.get(op);
  if (spec === undefined) {
    spec = { type: "object", fields: op.body, additionalProperties: false };
    envelopeSpecs.set(op, spec);
  }
  return spec;
}

function optionsSpec(op: OperationSpec, skipLastPathParam: boolean): ObjectSpec {
  let specs = optionSpecs.get(op);
  if (specs === undefined) {
    const of = (params: readonly FieldSpec[]): ObjectSpec => ({
      type: "object",
      fields: [...params, ...op.query, ...op.headers],
      additionalProperties: false,
    });
    specs = [of(op.pathParams), of(op.pathParams.slice(0, -1))];
    optionSpecs.set(op, specs);
  }
  return specs[skipLastPathParam ? 1 : 0]!;
}

function fillPath(template: string, params: readonly FieldSpec[], values: Plain): string {
  let path = template;
  for (const p of params) path = path.split(`{${p.wireKey}}`).join(encodeURIComponent(String(values[p.key])));
  return path;
}

function pick(fields: readonly FieldSpec[], values: Plain): [string, unknown][] {
  return fields.filter((f) => values[f.key] !== undefined).map((f) => [f.wireKey, values[f.key]]);
}

/**
 * A deep copy of what the caller gave, each property read exactly once (a
 * getter or Proxy trap runs once): the copy is checked and the copy is sent,
 * so nothing is read again after validation. Only JSON data is copied; any
 * other value (a function, a Date, a Map, a class instance, a cycle) is a problem.
 */
function snapshot(
  value: unknown,
  place: Place,
  problems: Problem[],
  depth = 0,
  ancestors = new Set<object>(),
): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  const refuse = (what: string): undefined => {
    problems.push(
      problemOf(
        place,
        "type",
        `expected JSON data (an object literal, array, string, number, boolean or null), got ${what}`,
      ),
    );
    return undefined;
  };
  if (typeof value !== "object") return refuse(`a ${typeof value}`);
  if (depth >= SCHEMA_DEPTH) {
    problems.push(problemOf(place, "too-deep", `nested more than ${SCHEMA_DEPTH} levels`));
    return undefined;
  }
  if (ancestors.has(value)) return refuse("a value that contains itself");
  const array = Array.isArray(value);
  if (!array && !isPlainObject(value))
    return refuse("an object that is not plain data (a class instance, Date, Map...)");
  ancestors.add(value);
  let copy: unknown;
  if (array) {
    const items = value as unknown[];
    const length = items.length;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      const at = { ...place, path: `${place.path}[${i}]`, wirePath: `${place.wirePath}[${i}]` };
      out.push(snapshot(items[i], at, problems, depth + 1, ancestors));
    }
    copy = out;
  } else {
    const object = value as Plain;
    const out: Plain = {};
    for (const key of Object.keys(object)) {
      const at = { ...place, path: join(place.path, key), wirePath: join(place.wirePath, key) };
      setOwn(out, key, snapshot(object[key], at, problems, depth + 1, ancestors));
    }
    // Keys a read kept for an update to send back: copied (once) like the rest.
    const kept = wireExtras(object);
    if (Object.keys(kept).length > 0) keepExtras(out, snapshot(kept, place, problems, depth + 1, ancestors) as Plain);
    copy = out;
  }
  ancestors.delete(value);
  return copy;
}

/** The server's own values (a public key it generated, say): shown when read, checked when given, never sent. */
function withoutServerFields(spec: ConnectorSpec, wire: Plain): Plain {
  const server = spec.fields.filter((f) => f.server === true && hasOwn(wire, f.wireKey));
  if (server.length === 0) return wire;
  const names = new Set(server.map((f) => f.wireKey));
  return Object.fromEntries(Object.entries(wire).filter(([k]) => !names.has(k)));
}

/** Path parameters that would name another resource once the URL is resolved. */
const UNSAFE_SEGMENTS = new Set(["", ".", ".."]);

function build(
  api: KindApiSpec,
  op: OperationSpec,
  spec: ConnectorSpec,
  rawInput: unknown,
  rawOptions: unknown,
  id: string | undefined,
  mode: ValidationMode,
): ApiRequest<Plain> {
  const context = `${spec.kind}/${spec.code} ${mode}`;
  const place = (path: string, wirePath: string): Place => ({ path, wirePath, secret: false });
  const taken: Problem[] = [];
  const input = snapshot(rawInput, ROOT, taken);
  const options = snapshot(rawOptions, place("options", "options"), taken);
  if (taken.length > 0) throw new ConfigValidationError(context, taken);
  const current = isPlainObject(options) && isPlainObject(options["current"]) ? options["current"] : undefined;
  const validation: ValidateOptions = { mode, ...(current ? { current } : {}) };
  const problems: Problem[] = [];
  let envelope: Plain = {};
  let config: Plain = {};
  if (!isPlainObject(input)) {
    problems.push(problemOf(place("", ""), "type", "expected an object", "an object", input));
  } else {
    const { config: given, ...rest } = input;
    const checked = checkFields(envelopeSpec(op), rest, place("", ""));
    envelope = checked.wire;
    problems.push(...checked.problems);
    if (given === undefined) {
      problems.push(problemOf(place("config", api.configProperty), "required", "required but missing"));
    } else {
      const result = checkAuthoring(spec, given, validation, place("config", api.configProperty));
      config = withoutServerFields(spec, result.wire);
      problems.push(...result.problems);
    }
  }
  if (id !== undefined && (typeof id !== "string" || id === "")) {
    problems.push(problemOf(place("id", "id"), "type", "expected a non-empty string", "a non-empty string", id));
  }
  const { current: _current, ...params } = isPlainObject(options) ? options : {};
  if (options !== undefined && !isPlainObject(options)) {
    problems.push(problemOf(place("options", "options"), "type", "expected an object", "an object", options));
  } else {
    problems.push(...checkFields(optionsSpec(op, id !== undefined), params, place("options", "options")).problems);
  }
  const pathValues: Plain = { ...params };
  const last = op.pathParams[op.pathParams.length - 1];
  if (id !== undefined && last) setOwn(pathValues, last.key, id);
  for (const p of op.pathParams) {
    const value = pathValues[p.key];
    const isId = p === last && id !== undefined;
    if (value === undefined || !UNSAFE_SEGMENTS.has(String(value)) || (isId && id === "")) continue;
    const at = isId ? place("id", "id") : place(`options.${p.key}`, `options.${p.wireKey}`);
    problems.push(
      problemOf(
        at,
        "constraint",
        `expected a path segment other than "", "." and ".." (the request would name another resource)`,
        undefined,
        value,
      ),
    );
  }
  // A deprecated key's warning does not stop a request: the builders send the new key.
  const errors = errorsOf(problems);
  if (errors.length > 0) throw new ConfigValidationError(context, errors);

  const body: Plain = Object.fromEntries([
    ...(op.sendsConnector && api.connectorProperty !== undefined ? [[api.connectorProperty, spec.code] as const] : []),
    ...Object.entries(envelope),
    [api.configProperty, config],
  ]);
  const headers = pick(op.headers, params).map(([k, v]) => [k, String(v)] as const);
  return {
    method: op.method,
    path: fillPath(op.path, op.pathParams, pathValues),
    query: Object.fromEntries(pick(op.query, params)) as Record<string, QueryValue>,
    ...(op.headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}),
    body,
  };
}

/** A validated create request; throws ConfigValidationError listing every problem. */
export function buildCreateRequest<Body>(
  api: KindApiSpec,
  spec: ConnectorSpec,
  input: unknown,
  options?: unknown,
): ApiRequest<Body> {
  return build(api, api.create, spec, input, options, undefined, "create") as ApiRequest<Body>;
}

/** A validated update request: set-once fields must be absent or equal to `options.current`. */
export function buildUpdateRequest<Body>(
  api: KindApiSpec,
  spec: ConnectorSpec,
  id: string,
  input: unknown,
  options?: unknown,
): ApiRequest<Body> {
  return build(api, api.update, spec, input, options, id, "update") as ApiRequest<Body>;
}

// ---------------------------------------------------------------------------
// Standard Schema v1 (https://standardschema.dev): the interface, declared here
// by shape so that generated code depends on nothing; it is assignable to
// `StandardSchemaV1` of `@standard-schema/spec`.

export interface StandardSchemaIssue {
  readonly message: string;
  /** Keys from the validated value's root to the problem; absent for the value itself. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

export type StandardSchemaResult<Output> =
  { readonly value: Output; readonly issues?: undefined } | { readonly issues: ReadonlyArray<StandardSchemaIssue> };

export interface StandardSchema<Input = unknown, Output = Input> {
  readonly "~standard": {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (
      value: unknown,
      options?: { readonly libraryOptions?: Record<string, unknown> | undefined } | undefined,
    ) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
    /** Types only: never set at run time. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
}

/**
 * A problem's path (`tunnel.port`, `hosts[1]`) as the keys it walks through in
 * `value`: an object's own key may hold dots or brackets (the longest that fits
 * is taken), `[n]` is an array index. Past the value (a missing key) the rest
 * splits at dots and brackets.
 */
function pathSegments(path: string, value: unknown): PropertyKey[] {
  const out: PropertyKey[] = [];
  let rest = path;
  let at: unknown = value;
  while (rest !== "") {
    const index = /^\[(\d+)\]/.exec(rest);
    if (index !== null) {
      out.push(Number(index[1]));
      at = Array.isArray(at) ? at[Number(index[1])] : undefined;
      rest = rest.slice(index[0].length);
    } else {
      let key: string | undefined;
      if (isPlainObject(at))
        for (const k of Object.keys(at))
          if (
            (rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`)) &&
            (key === undefined || k.length > key.length)
          )
            key = k;
      key ??= /^.[^.[]*/.exec(rest)![0];
      out.push(key);
      at = isPlainObject(at) && hasOwn(at, key) ? at[key] : undefined;
      rest = rest.slice(key.length);
    }
    if (rest.startsWith(".")) rest = rest.slice(1);
  }
  return out;
}

/** `validateConfig` as a Standard Schema: the value itself when valid, else every problem as an issue. */
export function toStandardSchema<Config>(spec: ConnectorSpec, vendor: string): StandardSchema<Config, Config> {
  return {
    "~standard": {
      version: 1,
      vendor,
      validate: (value) => {
        const problems = errorsOf(validateConfig(spec, value));
        if (problems.length === 0) return { value: value as Config };
        return {
          issues: problems.map((p) =>
            p.path === "" ? { message: p.message } : { message: p.message, path: pathSegments(p.path, value) },
          ),
        };
      },
    },
  };
}
