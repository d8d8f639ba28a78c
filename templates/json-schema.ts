// JSON Schema (draft 2020-12, plus OpenAPI 3.0's `nullable` and boolean
// `exclusiveMinimum`/`exclusiveMaximum`) evaluated exactly as the schema says.
// Each keyword has one description below: a function that compiles it into a
// check. The same check answers "valid?" cheaply and, when asked, lists every
// problem, so the fast answer and the problem list cannot disagree.

/** A JSON Schema: an object or a boolean. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

export interface SchemaProblem {
  /** Instance location: object keys and array indexes from the validated value. */
  readonly path: readonly (string | number)[];
  readonly keyword: string;
  /** What was expected, in words ("an integer", "at least 3 items"). */
  readonly expected: string;
  /** Whether the given value itself is worth showing (false for "missing" problems). */
  readonly showsValue: boolean;
  /** The value at `path` (for messages); undefined when the problem is a missing key. */
  readonly value?: unknown;
}

export interface SchemaValidator {
  /** True when the value is valid: stops at the first failing keyword. */
  readonly isValid: (value: unknown) => boolean;
  /** Every problem, in schema order. Empty when the value is valid. */
  readonly problems: (value: unknown) => SchemaProblem[];
}

type Plain = { readonly [key: string]: unknown };
type Path = readonly (string | number)[];

/** Shared by every check of one validation; `problems` is absent on the fast path. */
interface Run {
  problems: SchemaProblem[] | undefined;
  depth: number;
}

type Check = (value: unknown, run: Run, path: Path) => boolean;

/** Nesting past this is a problem, not a stack overflow (deep values, `$ref` loops). */
const MAX_DEPTH = 128;

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/** JSON equality: numbers by value, objects by own keys regardless of order. */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], other[i], depth + 1)) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!hasOwn(b, k) || !jsonEqual((a as Plain)[k], (b as Plain)[k], depth + 1)) return false;
  return true;
}

/** The JSON type of a value, with "integer" for integral numbers. */
function jsonTypeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "boolean":
      return typeof value === "boolean";
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isPlain(value);
    default:
      return false;
  }
}

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
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)$/i;
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

function isTime(s: string): boolean {
  const m = TIME.exec(s);
  if (!m) return false;
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

function isDateTime(s: string): boolean {
  const i = s.search(/t|\s/i);
  return i > 0 && isDate(s.slice(0, i)) && isTime(s.slice(i + 1));
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
  uri: (s) => /^[a-z][a-z0-9+\-.]*:/i.test(s) && isUriReference(s),
  "uri-reference": isUriReference,
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

function isUriReference(s: string): boolean {
  // RFC 3986: no spaces or characters outside its sets; percent-escapes well formed.
  return /^(?:[a-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9a-f]{2})*$/i.test(s);
}

export const ASSERTED_FORMATS: readonly string[] = Object.keys(FORMATS);

// ---------------------------------------------------------------------------
// Compilation: a schema object becomes a list of keyword checks, once.

interface Compiler {
  readonly root: JsonSchema;
  readonly compiled: WeakMap<object, Check>;
  readonly patterns: Map<string, RegExp>;
}

function problem(run: Run, path: Path, keyword: string, expected: string, value: unknown, showsValue = true): false {
  run.problems?.push({ path, keyword, expected, showsValue, value });
  return false;
}

function regex(c: Compiler, source: string): RegExp {
  let re = c.patterns.get(source);
  if (re === undefined) {
    re = new RegExp(source, "u");
    c.patterns.set(source, re);
  }
  return re;
}

function resolveRef(c: Compiler, ref: string): JsonSchema {
  if (!ref.startsWith("#")) throw new Error(`unsupported $ref ${JSON.stringify(ref)}: only local references`);
  let node: unknown = c.root;
  const pointer = decodeURIComponent(ref.slice(1));
  if (pointer === "") return node as JsonSchema;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null || !hasOwn(node, key))
      throw new Error(`$ref ${JSON.stringify(ref)} points at nothing`);
    node = (node as Plain)[key];
  }
  if (typeof node !== "boolean" && !isPlain(node)) throw new Error(`$ref ${JSON.stringify(ref)} is not a schema`);
  return node as JsonSchema;
}

function compile(c: Compiler, schema: JsonSchema): Check {
  if (schema === true) return () => true;
  if (schema === false)
    return (value, run, path) => problem(run, path, "false", "nothing (no value is allowed)", value);
  const done = c.compiled.get(schema);
  if (done) return done;
  // Placeholder first, so a schema that reaches itself through $ref compiles.
  let checks: Check[] = [];
  const self: Check = (value, run, path) => {
    if (run.depth > MAX_DEPTH)
      return problem(run, path, "depth", `at most ${MAX_DEPTH} levels of nesting`, value, false);
    run.depth++;
    let ok = true;
    try {
      for (const check of checks) {
        if (!check(value, run, path)) {
          ok = false;
          if (run.problems === undefined) break;
        }
      }
    } finally {
      run.depth--;
    }
    return ok;
  };
  c.compiled.set(schema, self);
  checks = keywordChecks(c, schema);
  return self;
}

/** Every keyword of one schema object, in a fixed order: type first, applicators last. */
function keywordChecks(c: Compiler, s: Plain): Check[] {
  const checks: Check[] = [];
  const add = (check: Check | undefined) => {
    if (check) checks.push(check);
  };
  for (const keyword of KEYWORD_ORDER) {
    if (hasOwn(s, keyword)) add(KEYWORDS[keyword]!(c, s[keyword], s));
  }
  return checks;
}

type KeywordCompiler = (c: Compiler, value: unknown, schema: Plain) => Check | undefined;

const numberOf = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function typeNames(types: readonly string[]): string {
  const names = types.map((t) =>
    t === "integer" ? "an integer" : t === "array" || t === "object" ? `an ${t}` : t === "null" ? "null" : `a ${t}`,
  );
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

function objectKeywordsApply(value: unknown): value is Plain {
  return isPlain(value);
}

/**
 * The keywords, one description each. A keyword that constrains one instance
 * type ignores instances of other types, as JSON Schema says.
 */
const KEYWORDS: Readonly<Record<string, KeywordCompiler>> = {
  $ref: (c, ref) => {
    if (typeof ref !== "string") return undefined;
    let target: Check | undefined;
    return (value, run, path) => (target ??= compile(c, resolveRef(c, ref)))(value, run, path);
  },
  type: (_c, type, schema) => {
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
    if (schema["nullable"] === true && !types.includes("null")) types.push("null");
    const expected = typeNames(types);
    return (value, run, path) =>
      types.some((t) => jsonTypeMatches(t, value)) || problem(run, path, "type", expected, value);
  },
  nullable: (_c, nullable, schema) => {
    // OpenAPI 3.0: only meaningful beside `type` (which takes it in); alone it adds nothing.
    void nullable;
    void schema;
    return undefined;
  },
  enum: (_c, values, schema) => {
    if (!Array.isArray(values)) return undefined;
    // OpenAPI 3.0: `nullable` does not add null to an enum; the enum must list it.
    const allowed = values;
    void schema;
    const expected = `one of ${allowed.map(shown).join(", ")}`;
    return (value, run, path) =>
      allowed.some((v) => jsonEqual(v, value)) || problem(run, path, "enum", expected, value);
  },
  const: (_c, constant) => (value, run, path) =>
    jsonEqual(constant, value) || problem(run, path, "const", `exactly ${shown(constant)}`, value),
  multipleOf: (_c, raw) => {
    const m = numberOf(raw);
    if (m === undefined || m <= 0) return undefined;
    return (value, run, path) => {
      if (typeof value !== "number") return true;
      return isMultiple(value, m) || problem(run, path, "multipleOf", `a multiple of ${m}`, value);
    };
  },
  maximum: (_c, raw, schema) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    const exclusive = schema["exclusiveMaximum"] === true;
    return (value, run, path) =>
      typeof value !== "number" ||
      (exclusive ? value < max : value <= max) ||
      problem(run, path, "maximum", exclusive ? `less than ${max}` : `at most ${max}`, value);
  },
  exclusiveMaximum: (_c, raw) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    return (value, run, path) =>
      typeof value !== "number" || value < max || problem(run, path, "exclusiveMaximum", `less than ${max}`, value);
  },
  minimum: (_c, raw, schema) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    const exclusive = schema["exclusiveMinimum"] === true;
    return (value, run, path) =>
      typeof value !== "number" ||
      (exclusive ? value > min : value >= min) ||
      problem(run, path, "minimum", exclusive ? `more than ${min}` : `at least ${min}`, value);
  },
  exclusiveMinimum: (_c, raw) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    return (value, run, path) =>
      typeof value !== "number" || value > min || problem(run, path, "exclusiveMinimum", `more than ${min}`, value);
  },
  maxLength: (_c, raw) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    return (value, run, path) =>
      typeof value !== "string" ||
      value.length <= max ||
      codePoints(value) <= max ||
      problem(run, path, "maxLength", `at most ${plural(max, "character")}`, value);
  },
  minLength: (_c, raw) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    return (value, run, path) =>
      typeof value !== "string" ||
      codePoints(value) >= min ||
      problem(run, path, "minLength", `at least ${plural(min, "character")}`, value);
  },
  pattern: (c, source) => {
    if (typeof source !== "string") return undefined;
    return (value, run, path) =>
      typeof value !== "string" ||
      regex(c, source).test(value) ||
      problem(run, path, "pattern", `a match for /${source}/`, value);
  },
  format: (_c, name) => {
    const test = typeof name === "string" && hasOwn(FORMATS, name) ? FORMATS[name]! : undefined;
    if (!test) return undefined;
    return (value, run, path) =>
      typeof value !== "string" || test(value) || problem(run, path, "format", `a valid ${String(name)}`, value);
  },
  maxItems: (_c, raw) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    return (value, run, path) =>
      !Array.isArray(value) ||
      value.length <= max ||
      problem(run, path, "maxItems", `at most ${plural(max, "item")}`, value);
  },
  minItems: (_c, raw) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    return (value, run, path) =>
      !Array.isArray(value) ||
      value.length >= min ||
      problem(run, path, "minItems", `at least ${plural(min, "item")}`, value);
  },
  uniqueItems: (_c, unique) => {
    if (unique !== true) return undefined;
    return (value, run, path) => {
      if (!Array.isArray(value)) return true;
      // Scalars by a keyed set; objects and arrays pairwise, which only they need.
      const seen = new Set<string>();
      const complex: unknown[] = [];
      for (const item of value) {
        if (typeof item === "object" && item !== null) {
          if (complex.some((other) => jsonEqual(other, item)))
            return problem(run, path, "uniqueItems", "no duplicate items", value);
          complex.push(item);
        } else {
          const k = `${typeof item}:${String(item)}`;
          if (seen.has(k)) return problem(run, path, "uniqueItems", "no duplicate items", value);
          seen.add(k);
        }
      }
      return true;
    };
  },
  prefixItems: (c, schemas) => {
    if (!Array.isArray(schemas)) return undefined;
    const checks = schemas.map((s) => compile(c, s as JsonSchema));
    return (value, run, path) => {
      if (!Array.isArray(value)) return true;
      let ok = true;
      for (let i = 0; i < checks.length && i < value.length; i++) {
        if (!checks[i]!(value[i], run, run.problems ? [...path, i] : path)) {
          ok = false;
          if (!run.problems) return false;
        }
      }
      return ok;
    };
  },
  items: (c, items, schema) => {
    // Before 2020-12 an array here listed the items one by one; `additionalItems` then covered the rest.
    const tuple = Array.isArray(items);
    const first = tuple ? items.length : Array.isArray(schema["prefixItems"]) ? schema["prefixItems"].length : 0;
    const tupleChecks = tuple ? items.map((s) => compile(c, s as JsonSchema)) : [];
    const rest: JsonSchema | undefined = tuple
      ? (schema["additionalItems"] as JsonSchema | undefined)
      : (items as JsonSchema);
    const restCheck = rest === undefined || rest === true ? undefined : compile(c, rest);
    return (value, run, path) => {
      if (!Array.isArray(value)) return true;
      let ok = true;
      for (let i = 0; i < value.length; i++) {
        const check = i < tupleChecks.length ? tupleChecks[i] : i >= first ? restCheck : undefined;
        if (check && !check(value[i], run, run.problems ? [...path, i] : path)) {
          ok = false;
          if (!run.problems) return false;
        }
      }
      return ok;
    };
  },
  contains: (c, contains, schema) => {
    const check = compile(c, contains as JsonSchema);
    const min = numberOf(schema["minContains"]) ?? 1;
    const max = numberOf(schema["maxContains"]);
    return (value, run, path) => {
      if (!Array.isArray(value)) return true;
      const quiet: Run = { problems: undefined, depth: run.depth };
      let count = 0;
      for (const item of value) if (check(item, quiet, path)) count++;
      if (count < min)
        return problem(
          run,
          path,
          "contains",
          min === 1 ? "at least one matching item" : `at least ${min} matching items`,
          value,
        );
      if (max !== undefined && count > max)
        return problem(run, path, "maxContains", `at most ${max} matching items`, value);
      return true;
    };
  },
  maxProperties: (_c, raw) => {
    const max = numberOf(raw);
    if (max === undefined) return undefined;
    return (value, run, path) =>
      !objectKeywordsApply(value) ||
      Object.keys(value).length <= max ||
      problem(run, path, "maxProperties", `at most ${plural(max, "key")}`, value);
  },
  minProperties: (_c, raw) => {
    const min = numberOf(raw);
    if (min === undefined) return undefined;
    return (value, run, path) =>
      !objectKeywordsApply(value) ||
      Object.keys(value).length >= min ||
      problem(run, path, "minProperties", `at least ${plural(min, "key")}`, value);
  },
  required: (_c, names) => {
    if (!Array.isArray(names)) return undefined;
    const keys = names.filter((n): n is string => typeof n === "string");
    return (value, run, path) => {
      if (!objectKeywordsApply(value)) return true;
      let ok = true;
      for (const key of keys) {
        if (hasOwn(value, key)) continue;
        ok = false;
        if (!run.problems) return false;
        problem(run, [...path, key], "required", "a value (required)", undefined, false);
      }
      return ok;
    };
  },
  dependentRequired: (_c, map) => dependentRequired(map),
  dependencies: (c, map) => {
    // Draft 7: an array means dependentRequired, a schema means dependentSchemas.
    if (!isPlain(map)) return undefined;
    const lists = Object.fromEntries(Object.entries(map).filter(([, v]) => Array.isArray(v)));
    const schemas = Object.fromEntries(Object.entries(map).filter(([, v]) => !Array.isArray(v)));
    const a = dependentRequired(lists);
    const b = dependentSchemas(c, schemas);
    return a && b ? both(a, b) : (a ?? b);
  },
  dependentSchemas: (c, map) => dependentSchemas(c, map),
  properties: (c, props, schema) => {
    if (!isPlain(props)) return undefined;
    const entries = Object.keys(props).map((k) => [k, compile(c, props[k] as JsonSchema)] as const);
    void schema;
    return (value, run, path) => {
      if (!objectKeywordsApply(value)) return true;
      let ok = true;
      for (const [key, check] of entries) {
        if (!hasOwn(value, key)) continue;
        if (!check(value[key], run, run.problems ? [...path, key] : path)) {
          ok = false;
          if (!run.problems) return false;
        }
      }
      return ok;
    };
  },
  patternProperties: (c, props) => {
    if (!isPlain(props)) return undefined;
    const entries = Object.keys(props).map((k) => [k, compile(c, props[k] as JsonSchema)] as const);
    return (value, run, path) => {
      if (!objectKeywordsApply(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        for (const [source, check] of entries) {
          if (!regex(c, source).test(key)) continue;
          if (!check(value[key], run, run.problems ? [...path, key] : path)) {
            ok = false;
            if (!run.problems) return false;
          }
        }
      }
      return ok;
    };
  },
  additionalProperties: (c, extra, schema) => {
    if (extra === true || extra === undefined) return undefined;
    const known = new Set(isPlain(schema["properties"]) ? Object.keys(schema["properties"]) : []);
    const patterns = isPlain(schema["patternProperties"]) ? Object.keys(schema["patternProperties"]) : [];
    const check = compile(c, extra as JsonSchema);
    return (value, run, path) => {
      if (!objectKeywordsApply(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        if (known.has(key) || patterns.some((p) => regex(c, p).test(key))) continue;
        const at = run.problems ? [...path, key] : path;
        const passed =
          extra === false
            ? problem(run, at, "additionalProperties", "no such key (unknown key)", value[key])
            : check(value[key], run, at);
        if (!passed) {
          ok = false;
          if (!run.problems) return false;
        }
      }
      return ok;
    };
  },
  propertyNames: (c, names) => {
    const check = compile(c, names as JsonSchema);
    return (value, run, path) => {
      if (!objectKeywordsApply(value)) return true;
      let ok = true;
      for (const key of Object.keys(value)) {
        if (check(key, { problems: undefined, depth: run.depth }, path)) continue;
        ok = false;
        if (!run.problems) return false;
        problem(run, [...path, key], "propertyNames", "a key name the schema allows", key);
      }
      return ok;
    };
  },
  allOf: (c, schemas) => {
    if (!Array.isArray(schemas)) return undefined;
    const checks = schemas.map((s) => compile(c, s as JsonSchema));
    return (value, run, path) => {
      let ok = true;
      for (const check of checks) {
        if (!check(value, run, path)) {
          ok = false;
          if (!run.problems) return false;
        }
      }
      return ok;
    };
  },
  anyOf: (c, schemas) => (Array.isArray(schemas) ? alternatives(c, schemas as JsonSchema[], "anyOf") : undefined),
  oneOf: (c, schemas) => (Array.isArray(schemas) ? alternatives(c, schemas as JsonSchema[], "oneOf") : undefined),
  not: (c, schema) => {
    const check = compile(c, schema as JsonSchema);
    return (value, run, path) =>
      !check(value, { problems: undefined, depth: run.depth }, path) ||
      problem(run, path, "not", "a value the `not` schema rejects", value);
  },
  if: (c, condition, schema) => {
    const test = compile(c, condition as JsonSchema);
    const then = hasOwn(schema, "then") ? compile(c, schema["then"] as JsonSchema) : undefined;
    const otherwise = hasOwn(schema, "else") ? compile(c, schema["else"] as JsonSchema) : undefined;
    if (!then && !otherwise) return undefined;
    return (value, run, path) => {
      const branch = test(value, { problems: undefined, depth: run.depth }, path) ? then : otherwise;
      return branch === undefined || branch(value, run, path);
    };
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
  "propertyNames",
  "dependentSchemas",
  "$ref",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
];

/** Keywords this evaluator knows; any other keyword is an annotation to it. */
export const KNOWN_KEYWORDS: readonly string[] = [
  ...KEYWORD_ORDER,
  "then",
  "else",
  "minContains",
  "maxContains",
  "additionalItems",
  "nullable",
  "$defs",
  "definitions",
];

function both(a: Check, b: Check): Check {
  return (value, run, path) => {
    const first = a(value, run, path);
    if (!first && !run.problems) return false;
    return b(value, run, path) && first;
  };
}

function dependentRequired(map: unknown): Check | undefined {
  if (!isPlain(map)) return undefined;
  const entries = Object.keys(map).map(
    (k) =>
      [
        k,
        (Array.isArray(map[k]) ? (map[k] as unknown[]) : []).filter((n): n is string => typeof n === "string"),
      ] as const,
  );
  return (value, run, path) => {
    if (!objectKeywordsApply(value)) return true;
    let ok = true;
    for (const [trigger, needed] of entries) {
      if (!hasOwn(value, trigger)) continue;
      for (const key of needed) {
        if (hasOwn(value, key)) continue;
        ok = false;
        if (!run.problems) return false;
        problem(
          run,
          [...path, key],
          "dependentRequired",
          `a value (required when ${JSON.stringify(trigger)} is set)`,
          undefined,
          false,
        );
      }
    }
    return ok;
  };
}

function dependentSchemas(c: Compiler, map: unknown): Check | undefined {
  if (!isPlain(map)) return undefined;
  const entries = Object.keys(map).map((k) => [k, compile(c, map[k] as JsonSchema)] as const);
  if (entries.length === 0) return undefined;
  return (value, run, path) => {
    if (!objectKeywordsApply(value)) return true;
    let ok = true;
    for (const [trigger, check] of entries) {
      if (!hasOwn(value, trigger) || check(value, run, path)) continue;
      ok = false;
      if (!run.problems) return false;
    }
    return ok;
  };
}

/**
 * The property that tells the alternatives apart: present in every one as a
 * `const` (or one-value `enum`), with distinct values. Problems then follow
 * the alternative it names instead of guessing.
 */
function discriminatorOf(c: Compiler, schemas: readonly JsonSchema[]): { key: string; values: unknown[] } | undefined {
  const resolved = schemas.map((s) => (isPlain(s) && typeof s["$ref"] === "string" ? safeResolve(c, s["$ref"]) : s));
  const first = resolved[0];
  if (!isPlain(first) || !isPlain(first["properties"])) return undefined;
  for (const key of Object.keys(first["properties"])) {
    const values: unknown[] = [];
    for (const s of resolved) {
      const prop = isPlain(s) && isPlain(s["properties"]) ? (s["properties"] as Plain)[key] : undefined;
      const v = isPlain(prop)
        ? hasOwn(prop, "const")
          ? prop["const"]
          : Array.isArray(prop["enum"]) && prop["enum"].length === 1
            ? prop["enum"][0]
            : undefined
        : undefined;
      if (v === undefined || values.some((o) => jsonEqual(o, v))) break;
      values.push(v);
    }
    if (values.length === resolved.length) return { key, values };
  }
  return undefined;
}

function safeResolve(c: Compiler, ref: string): JsonSchema | undefined {
  try {
    return resolveRef(c, ref);
  } catch {
    return undefined;
  }
}

function alternatives(c: Compiler, schemas: readonly JsonSchema[], keyword: "anyOf" | "oneOf"): Check {
  const checks = schemas.map((s) => compile(c, s));
  let tag: { key: string; values: unknown[] } | undefined | null = null;
  return (value, run, path) => {
    const quiet: Run = { problems: undefined, depth: run.depth };
    const matched: number[] = [];
    for (let i = 0; i < checks.length; i++) {
      if (!checks[i]!(value, quiet, path)) continue;
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
    // Name the alternative the value itself points at, else the one with the fewest problems.
    if (tag === null) tag = discriminatorOf(c, schemas);
    let chosen = -1;
    if (tag && isPlain(value) && hasOwn(value, tag.key))
      chosen = tag.values.findIndex((v) => jsonEqual(v, value[tag!.key]));
    let closest: SchemaProblem[] | undefined;
    if (chosen >= 0) {
      closest = [];
      checks[chosen]!(value, { problems: closest, depth: run.depth }, path);
    } else {
      for (const check of checks) {
        const trial: SchemaProblem[] = [];
        check(value, { problems: trial, depth: run.depth }, path);
        if (closest === undefined || trial.length < closest.length) closest = trial;
      }
      problem(run, path, keyword, `one of ${checks.length} alternatives`, value);
    }
    run.problems.push(...(closest ?? []));
    return false;
  };
}

/** Compiles a schema once; `$ref`s resolve against `root` (the schema itself unless given). */
export function schemaValidator(schema: JsonSchema, root: JsonSchema = schema): SchemaValidator {
  const c: Compiler = { root, compiled: new WeakMap(), patterns: new Map() };
  const check = compile(c, schema);
  return {
    isValid: (value) => check(value, { problems: undefined, depth: 0 }, []),
    problems: (value) => {
      const problems: SchemaProblem[] = [];
      check(value, { problems, depth: 0 }, []);
      return problems;
    },
  };
}
