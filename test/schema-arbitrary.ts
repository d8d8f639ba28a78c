// fast-check values built from a JSON Schema as written: mostly valid ones
// (the schema's own enums, bounds, patterns, formats, required keys and
// alternatives), plus near misses by mutation. Whether a value IS valid is
// never decided here: the tests ask Ajv.

import fc from "fast-check";
import { resolvePointer } from "../generator/ir/plain.js";

type Schema = boolean | { [keyword: string]: unknown };
type Obj = { [keyword: string]: unknown };

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const FORMAT_EXAMPLES: Record<string, string[]> = {
  date: ["2024-02-29", "1999-12-31"],
  "date-time": ["2024-01-01T10:00:00Z", "2023-06-30T23:59:59.5+02:00"],
  time: ["10:00:00Z", "23:59:59+01:00"],
  email: ["a@example.com", "first.last@sub.example.org"],
  hostname: ["example.com", "db-1.internal"],
  ipv4: ["10.0.0.1", "192.168.1.255"],
  ipv6: ["::1", "2001:db8::8a2e:370:7334"],
  uri: ["https://example.com", "https://example.com/a?b=c", "s3://bucket/key"],
  "uri-reference": ["/relative/path", "https://example.com"],
  uuid: ["123e4567-e89b-12d3-a456-426614174000"],
  duration: ["P1D", "PT1H30M"],
  regex: ["^a+$"],
  "json-pointer": ["/a/b", ""],
};

/** `allOf` members and `$ref` targets folded into one schema, good enough to generate from. */
function flatten(schema: Schema, root: Schema, depth = 0): Schema {
  if (typeof schema === "boolean" || depth > 20) return schema;
  let out: Schema = { ...schema };
  if (typeof out.$ref === "string") {
    const { $ref, ...rest } = out;
    out = merge(flatten((resolvePointer(root, $ref as string) ?? true) as Schema, root, depth + 1), rest);
    if (typeof out === "boolean") return out;
  }
  if (Array.isArray(out.allOf)) {
    const { allOf, ...rest } = out;
    let merged: Schema = rest;
    for (const member of allOf as Schema[]) merged = merge(merged, flatten(member, root, depth + 1));
    return merged;
  }
  return out;
}

function merge(a: Schema, b: Schema): Schema {
  if (a === false || b === false) return false;
  if (a === true) return b;
  if (b === true) return a;
  const out: Obj = { ...a, ...b };
  if (isObj(a.properties) && isObj(b.properties)) {
    const props: Obj = { ...a.properties };
    for (const [k, v] of Object.entries(b.properties)) props[k] = k in props ? { allOf: [props[k], v] } : v;
    out.properties = props;
  }
  if (Array.isArray(a.required) && Array.isArray(b.required))
    out.required = [...new Set([...a.required, ...b.required])];
  for (const k of ["minimum", "minLength", "minItems", "exclusiveMinimum"])
    if (typeof a[k] === "number" && typeof b[k] === "number") out[k] = Math.max(a[k] as number, b[k] as number);
  for (const k of ["maximum", "maxLength", "maxItems", "exclusiveMaximum"])
    if (typeof a[k] === "number" && typeof b[k] === "number") out[k] = Math.min(a[k] as number, b[k] as number);
  return out;
}

function typesOf(s: Obj): string[] {
  const t = s.type;
  const list = Array.isArray(t) ? (t as string[]) : typeof t === "string" ? [t] : [];
  if (s.nullable === true && !list.includes("null")) list.push("null");
  if (list.length > 0) return list;
  if (isObj(s.properties) || Array.isArray(s.required)) return ["object"];
  if (s.items !== undefined || Array.isArray(s.prefixItems)) return ["array"];
  if (typeof s.pattern === "string" || typeof s.format === "string" || typeof s.minLength === "number")
    return ["string"];
  if (typeof s.minimum === "number" || typeof s.maximum === "number") return ["number"];
  return ["string", "integer", "boolean", "null", "object", "array"];
}

function stringOf(s: Obj): fc.Arbitrary<string> {
  const min = typeof s.minLength === "number" ? s.minLength : 0;
  // A maxLength below minLength admits no string: values of minLength are near misses then.
  const max = Math.max(min, typeof s.maxLength === "number" ? s.maxLength : 12);
  const examples = typeof s.format === "string" ? FORMAT_EXAMPLES[s.format] : undefined;
  if (examples) {
    // A pattern narrows the format: the examples it takes, if any.
    const fitting = typeof s.pattern === "string" ? examples.filter((e) => matches(s.pattern as string, e)) : examples;
    if (fitting.length > 0) return fc.constantFrom(...fitting);
  }
  if (typeof s.pattern === "string") {
    try {
      return fc.stringMatching(new RegExp(s.pattern, "u")).map((v) => v.slice(0, Math.max(max, 64)));
    } catch {
      return fc.string({ minLength: min, maxLength: max });
    }
  }
  return fc.string({ minLength: min, maxLength: max });
}

function matches(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, "u").test(text);
  } catch {
    return false;
  }
}

function numberOf(s: Obj, integer: boolean): fc.Arbitrary<number> {
  const low =
    typeof s.exclusiveMinimum === "number"
      ? s.exclusiveMinimum + (integer ? 1 : 0.5)
      : typeof s.minimum === "number"
        ? s.minimum
        : -1000;
  const high =
    typeof s.exclusiveMaximum === "number"
      ? s.exclusiveMaximum - (integer ? 1 : 0.5)
      : typeof s.maximum === "number"
        ? s.maximum
        : Math.max(low, 0) + 1000;
  const min = Math.min(low, high);
  const max = Math.max(low, high);
  if (typeof s.multipleOf === "number" && s.multipleOf > 0) {
    const m = s.multipleOf;
    return fc
      .integer({ min: Math.ceil(min / m), max: Math.max(Math.ceil(min / m), Math.floor(max / m)) })
      .map((k) => k * m);
  }
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.max(Math.ceil(min), Math.floor(max)) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values meant to satisfy `schema` (resolved against `root`). */
export function schemaValues(schema: Schema, root: Schema = schema, depth = 0): fc.Arbitrary<unknown> {
  const flat = flatten(schema, root);
  if (flat === true || depth > 6) return fc.constantFrom<unknown>(null, 1, "x", true, {}, []);
  if (flat === false) return fc.constant(undefined);
  const s = flat;
  if (Array.isArray(s.enum) && s.enum.length > 0) return fc.constantFrom(...(s.enum as unknown[]));
  if ("const" in s) return fc.constant(s.const);
  for (const keyword of ["oneOf", "anyOf"]) {
    const list = s[keyword];
    if (Array.isArray(list) && list.length > 0) {
      const { [keyword]: _, ...rest } = s;
      return fc.oneof(...(list as Schema[]).map((v) => schemaValues(merge(rest, flatten(v, root)), root, depth + 1)));
    }
  }
  return fc.oneof(
    ...typesOf(s).map((type): fc.Arbitrary<unknown> => {
      switch (type) {
        case "null":
          return fc.constant(null);
        case "boolean":
          return fc.boolean();
        case "string":
          return stringOf(s);
        case "integer":
          return numberOf(s, true);
        case "number":
          return numberOf(s, false);
        case "array": {
          const items = s.items === undefined || Array.isArray(s.items) ? true : (s.items as Schema);
          const minLength = typeof s.minItems === "number" ? s.minItems : 0;
          const maxLength = Math.max(minLength, Math.min(typeof s.maxItems === "number" ? s.maxItems : 3, 3));
          const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as Schema[]) : [];
          const rest = fc.array(schemaValues(items, root, depth + 1), { minLength, maxLength });
          if (prefix.length === 0) return rest;
          return fc
            .tuple(fc.tuple(...prefix.map((p) => schemaValues(p, root, depth + 1))), rest)
            .map(([head, tail]) => [...head, ...tail]);
        }
        default: {
          const props = isObj(s.properties) ? s.properties : {};
          const required = new Set(Array.isArray(s.required) ? (s.required as string[]) : []);
          const entries = Object.keys(props).map((key) => {
            const value = schemaValues(props[key] as Schema, root, depth + 1);
            return [key, required.has(key) ? value : fc.option(value, { nil: undefined })] as const;
          });
          const missing = [...required].filter((k) => !(k in props)).map((k) => [k, fc.constant("x")] as const);
          return fc.tuple(...[...entries, ...missing].map(([k, v]) => v.map((x) => [k, x] as const))).map((pairs) => {
            const out: Obj = {};
            for (const [k, v] of pairs)
              if (v !== undefined)
                Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
            return out;
          });
        }
      }
    }),
  );
}

/** A value changed in one place: a key removed, added or given a value of another type. */
export function mutated(value: unknown): fc.Arbitrary<unknown> {
  const replacements = fc.constantFrom<unknown>(null, 0, -1, 1.5, "", "x", true, [], {}, "2024-13-45", 1e6);
  if (isObj(value) && Object.keys(value).length > 0) {
    const keys = Object.keys(value);
    return fc.oneof(
      fc.constantFrom(...keys).map((k) => {
        const { [k]: _, ...rest } = value;
        return rest;
      }),
      fc.tuple(fc.constantFrom(...keys), replacements).map(([k, v]) => ({ ...value, [k]: v })),
      fc
        .tuple(fc.constantFrom(...keys), fc.constant(null))
        .chain(([k]) => mutated(value[k]).map((inner) => ({ ...value, [k]: inner }))),
      fc.constant({ ...value, unexpectedKey: 1 }),
    );
  }
  if (Array.isArray(value) && value.length > 0) {
    return fc.oneof(
      fc.constant(value.slice(1)),
      fc.constant([...value, value[0]]),
      mutated(value[0]).map((inner) => [inner, ...value.slice(1)]),
    );
  }
  return replacements;
}
