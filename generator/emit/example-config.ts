// Example values for the docs: the smallest config a connector accepts, with
// readable values. Only what must be written is written (required keys without
// a default, and the keys the conditions then require); values follow each
// field's enum, range, length, format and pattern, so the example validates.

import type { Condition, IrField, IrType, JsonValue } from "../ir/ir.js";

/** What a secret string is in examples; the TypeScript example reads it from the environment instead. */
export const EXAMPLE_SECRET = "example-secret";

/** Longest string a pattern is turned into, and deepest group nesting walked: patterns are schema text. */
const MAX_SAMPLE = 64;
const MAX_GROUP_DEPTH = 32;
const MAX_TESTED = 32;

/**
 * A string a simple regular expression matches: literals, escapes, classes,
 * groups (first alternative), quantifiers (fewest repetitions, at least one for
 * `+`). Undefined past the length bound; callers check the result with RegExp.
 */
export function sampleForPattern(pattern: string): string | undefined {
  let i = 0;
  let depth = 0;
  const alternative = (): string | undefined => {
    let out = "";
    while (i < pattern.length && pattern[i] !== "|" && pattern[i] !== ")") {
      const atom = parseAtom();
      if (atom === undefined) return undefined;
      const times = quantifier();
      out += atom.repeat(times);
      if (out.length > MAX_SAMPLE) return undefined;
    }
    return out;
  };
  const disjunction = (): string | undefined => {
    const first = alternative();
    // Later alternatives are skipped, but still parsed so the walk ends at the right parenthesis.
    while (pattern[i] === "|") {
      i++;
      if (alternative() === undefined) return undefined;
    }
    return first;
  };
  const quantifier = (): number => {
    const c = pattern[i];
    let times = 1;
    if (c === "?" || c === "*") ((times = 0), i++);
    else if (c === "+") i++;
    else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(pattern.slice(i, i + 24));
      if (m) ((times = Math.min(Number(m[1]), MAX_SAMPLE + 1)), (i += m[0].length));
    }
    if (pattern[i] === "?") i++; // lazy
    return times;
  };
  const escape = (c: string): string => ({ d: "1", w: "a", s: " ", D: "a", W: "-", S: "a" })[c] ?? c;
  const parseAtom = (): string | undefined => {
    const c = pattern[i++]!;
    if (c === "^" || c === "$") return "";
    if (c === ".") return "a";
    if (c === "\\") return escape(pattern[i++] ?? "");
    if (c === "(") {
      if (++depth > MAX_GROUP_DEPTH) return undefined;
      if (pattern[i] === "?") {
        if (pattern[i + 1] !== ":") return undefined; // lookaround: not sampled
        i += 2;
      }
      const inner = disjunction();
      if (pattern[i] !== ")") return undefined;
      i++;
      depth--;
      return inner;
    }
    if (c === "[") {
      const negated = pattern[i] === "^";
      if (negated) i++;
      const members: string[] = [];
      while (i < pattern.length && pattern[i] !== "]") {
        const m = pattern[i++]!;
        members.push(m === "\\" ? escape(pattern[i++] ?? "") : m);
      }
      if (pattern[i] !== "]") return undefined;
      i++;
      if (!negated) return members[0] ?? undefined;
      return ["a", "x", "1", "-"].find((x) => !members.includes(x));
    }
    if ("*+?{|)".includes(c)) return undefined;
    return c;
  };
  const result = disjunction();
  return i === pattern.length ? result : undefined;
}

function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return false;
  }
}

/** `kafka-cloud`, `databasePassword` → `KAFKA_CLOUD`, `DATABASE_PASSWORD`. */
export function envName(...parts: string[]): string {
  return parts
    .map((p) => p.replace(/([a-z0-9])([A-Z])/g, "$1_$2"))
    .join("_")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .toUpperCase();
}

/** A readable string for a field named `key`, or undefined when its constraints rule every candidate out. */
function exampleString(type: Extract<IrType, { type: "string" }>, key: string, secret: boolean): string | undefined {
  const lower = key.toLowerCase();
  const named = secret
    ? EXAMPLE_SECRET
    : type.format === "email" || lower.includes("email")
      ? "ops@example.com"
      : type.format === "uri" || /url|uri|endpoint/.test(lower)
        ? "https://example.com"
        : type.format === "date-time"
          ? "2024-01-01T00:00:00Z"
          : type.format === "date"
            ? "2024-01-01"
            : type.format === "uuid"
              ? "00000000-0000-4000-8000-000000000000"
              : lower.includes("host")
                ? "host.example.com"
                : `example-${key.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase()}`;
  const sampled = type.pattern !== undefined ? sampleForPattern(type.pattern) : undefined;
  // A pattern is only tried on short strings: a hostile one may backtrack exponentially in the length.
  const candidates = [named, ...(sampled !== undefined ? [`${sampled}example`, sampled] : []), "example"].filter(
    (c) => type.pattern === undefined || c.length <= MAX_TESTED,
  );
  return candidates.find(
    (c) =>
      (type.pattern === undefined || matches(type.pattern, c)) &&
      [...c].length >= (type.minLength ?? 0) &&
      [...c].length <= (type.maxLength ?? Infinity),
  );
}

function exampleNumber(type: Extract<IrType, { type: "integer" | "number" }>, key: string): number {
  const wanted = /port/i.test(key) ? 443 : 1;
  const low = type.minimum ?? -Infinity;
  const high = type.maximum ?? Infinity;
  const clamped = Math.min(Math.max(wanted, low), high);
  return type.type === "integer" ? Math.ceil(clamped) : clamped;
}

/** An example value of `type`; undefined when none is known to be valid. */
export function exampleValue(type: IrType, key: string, secret = false, depth = 0): JsonValue | undefined {
  if (depth > 16) return undefined;
  if ("enum" in type && type.enum && type.enum.length > 0) return type.enum[0]!.value;
  switch (type.type) {
    case "string":
      return exampleString(type, key, secret);
    case "integer":
    case "number":
      return exampleNumber(type, key);
    case "boolean":
      return true;
    case "array": {
      const count = Math.min(Math.max(type.minItems ?? 0, 1), type.maxItems ?? 1);
      const item = exampleValue(type.items, key, secret, depth + 1);
      return item === undefined ? (count === 0 ? [] : undefined) : Array.from({ length: count }, () => item);
    }
    case "object":
      return exampleObject(type.fields, depth + 1);
    case "union":
      for (const variant of type.variants) {
        const value = exampleValue(variant, key, secret, depth + 1);
        if (value !== undefined) return value;
      }
      return undefined;
    case "unknown":
      return "example";
    case "never":
      return undefined;
  }
}

/** The value a condition sees: the config's, else the default the builders fill in. */
function holds(c: Condition, config: Record<string, JsonValue>, fields: readonly IrField[]): boolean {
  const given = Object.hasOwn(config, c.key) ? config[c.key] : fields.find((f) => f.key === c.key)?.default;
  const same = (a: JsonValue | undefined, b: JsonValue) => JSON.stringify(a) === JSON.stringify(b);
  switch (c.op) {
    case "present":
      return given !== undefined && given !== null;
    case "eq":
      return given !== undefined && same(given, c.value);
    case "ne":
      return given !== undefined && !same(given, c.value);
    case "in":
      return given !== undefined && (Array.isArray(c.value) ? c.value : [c.value]).some((v) => same(given, v));
  }
}

/**
 * The smallest object of these fields an author writes: required keys without a
 * default, then the keys conditions require (repeated, as a requirement may
 * trigger another). Undefined when some required value has no example.
 */
export function exampleObject(
  fields: readonly IrField[],
  depth = 0,
  typeOf: (f: IrField) => IrType = (f) => f.type,
): Record<string, JsonValue> | undefined {
  const out: Record<string, JsonValue> = {};
  const add = (f: IrField): boolean => {
    const value = exampleValue(typeOf(f), f.key, f.secret, depth);
    if (value === undefined) return false;
    out[f.key] = value;
    return true;
  };
  for (const f of fields) if (f.required && f.default === undefined && !add(f)) return undefined;
  // Each round adds at least one field, so at most fields.length rounds.
  for (let changed = true; changed;) {
    changed = false;
    for (const f of fields) {
      if (Object.hasOwn(out, f.key) || f.default !== undefined || !f.requiredWhen) continue;
      if (!f.requiredWhen.every((c) => holds(c, out, fields))) continue;
      if (!add(f)) return undefined;
      changed = true;
    }
  }
  return out;
}

type SchemaObject = { [keyword: string]: JsonValue };
const isSchemaObject = (v: JsonValue | undefined): v is SchemaObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A top-level field's string type with the constraints the connector's own
 * schema states for its wire key (directly or in an `anyOf`/`oneOf` string
 * branch) and the field type lacks: the validator judges by that schema.
 */
export function withSchemaConstraints(type: IrType, wireSchema: JsonValue | undefined, wireKey: string): IrType {
  if (type.type !== "string" || !isSchemaObject(wireSchema) || !isSchemaObject(wireSchema.properties)) return type;
  const property = wireSchema.properties[wireKey];
  if (!isSchemaObject(property)) return type;
  const branches = [property, ...[property.anyOf, property.oneOf].flatMap((b) => (Array.isArray(b) ? b : []))];
  const string = branches.find(
    (b): b is SchemaObject => isSchemaObject(b) && (b.type === "string" || typeof b.pattern === "string"),
  );
  if (string === undefined) return type;
  return {
    ...type,
    ...(type.pattern === undefined && typeof string.pattern === "string" ? { pattern: string.pattern } : {}),
    ...(type.minLength === undefined && typeof string.minLength === "number" ? { minLength: string.minLength } : {}),
    ...(type.maxLength === undefined && typeof string.maxLength === "number" ? { maxLength: string.maxLength } : {}),
  };
}
