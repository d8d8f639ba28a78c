// One connector's config schema as a self-contained JSON Schema: what the
// generated runtime validates wire configs against. Validation keywords are
// kept exactly; annotations (descriptions, titles, examples, extensions) are
// left out, as no validator reads them, but for `writeOnly: true` on a secret's
// schema (however the input marks it), so what reads the bundle (the diff) knows
// which values are secrets. Every `$ref` the schema reaches is
// copied once into `$defs` and pointed at there, so a schema that refers into
// the OpenAPI document (or from a schema file into it) carries what it needs.

import type { JsonValue } from "../ir/ir.js";
import { isObject, resolvePointer } from "../ir/plain.js";
import { unevaluatedAsAdditional } from "../../templates/runtime.js";
import { isSecretSchema, type SchemaContext } from "./json-schema-type.js";

type Obj = { [key: string]: JsonValue };

/** Keywords whose value is one schema. */
const ONE = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "contains",
  "propertyNames",
  "not",
  "if",
  "then",
  "else",
  "unevaluatedProperties",
  "unevaluatedItems",
]);
/** Keywords whose value is a list of schemas. */
const LIST = new Set(["allOf", "anyOf", "oneOf", "prefixItems"]);
/** Keywords whose value maps names to schemas. */
const MAP = new Set(["properties", "patternProperties", "dependentSchemas"]);
const TYPES = new Set(["null", "boolean", "object", "array", "number", "integer", "string"]);

/** Keywords whose value is data, copied as is. */
const DATA = new Set([
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
  "maxContains",
  "minContains",
  "maxProperties",
  "minProperties",
  "required",
  "dependentRequired",
  "nullable",
]);

/** Every keyword that constrains values (and so is kept in the bundle). */
export const VALIDATION_KEYWORDS: readonly string[] = [
  "type",
  "$ref",
  "dependencies",
  ...DATA,
  ...ONE,
  ...LIST,
  ...MAP,
];

/** Sets a key as own data, so "__proto__" is a key like any other. */
function set(target: Obj, key: string, value: JsonValue): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** The JSON value as it is, cut off from the document (no shared references). */
function copy(value: unknown): JsonValue {
  // A scalar is its own copy, unless JSON would write it as another value (-0 as 0).
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (typeof value === "number" && Number.isFinite(value) && !Object.is(value, -0)) return value;
  return JSON.parse(JSON.stringify(value ?? null)) as JsonValue;
}

/** A `$defs` name for a pointer: readable, unique, and safe inside a URI fragment. */
function defName(ref: string, taken: Set<string>): string {
  const base = ref.replace(/^#\/?/, "").replace(/[^A-Za-z0-9_.-]+/g, "_") || "root";
  let name = base;
  for (let i = 2; taken.has(name); i++) name = `${base}_${i}`;
  taken.add(name);
  return name;
}

/**
 * The schema at `schema` (found in `ctx.root`) with everything it refers to.
 * Returns undefined (the caller's type parsing has reported why) when a
 * reference cannot be resolved.
 */
export function bundleSchema(schema: unknown, ctx: SchemaContext): boolean | Obj | undefined {
  const defs: Obj = {};
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const pending: { ref: string; name: string; root: unknown }[] = [];
  let broken = false;

  const refTo = (ref: string, root: unknown): string | undefined => {
    const key = `${root === ctx.root ? "r" : "f"}${ref}`;
    let name = names.get(key);
    if (name === undefined) {
      const inRoot = resolvePointer(root, ref);
      const target =
        inRoot !== undefined ? { root } : ctx.fallbackRoot !== undefined ? { root: ctx.fallbackRoot } : undefined;
      if (target === undefined || resolvePointer(target.root, ref) === undefined) return undefined;
      name = defName(ref, taken);
      names.set(key, name);
      pending.push({ ref, name, root: target.root });
    }
    return `#/$defs/${name}`;
  };

  const walk = (node: unknown, root: unknown): boolean | Obj => {
    if (typeof node === "boolean") return node;
    if (!isObject(node)) return {};
    const out: Obj = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === "$ref" && typeof value === "string") {
        // A reference outside the document is never fetched: it constrains nothing (the dialect warns).
        if (!value.startsWith("#")) continue;
        const local = refTo(value, root);
        if (local === undefined) broken = true;
        else out.$ref = local;
      } else if (keyword === "type") {
        // A type name JSON Schema does not have is typed as any JSON value (the dialect warns): it constrains nothing.
        const names = (Array.isArray(value) ? value : [value]).filter(
          (t): t is string => typeof t === "string" && TYPES.has(t),
        );
        if (names.length > 0) out.type = Array.isArray(value) ? names : names[0]!;
      } else if (keyword === "unevaluatedProperties" && unevaluatedAsAdditional(node)) {
        // Nothing beside it marks keys evaluated: it is additionalProperties, which the runtime enforces.
        out.additionalProperties = walk(value, root);
      } else if (ONE.has(keyword)) {
        out[keyword] = Array.isArray(value) ? value.map((v) => walk(v, root)) : walk(value, root);
      } else if (LIST.has(keyword) && Array.isArray(value)) {
        out[keyword] = value.map((v) => walk(v, root));
      } else if (MAP.has(keyword) && isObject(value)) {
        const map: Obj = {};
        for (const name of Object.keys(value)) set(map, name, walk(value[name], root));
        out[keyword] = map;
      } else if (keyword === "dependencies" && isObject(value)) {
        const map: Obj = {};
        for (const name of Object.keys(value)) {
          set(map, name, Array.isArray(value[name]) ? copy(value[name]) : walk(value[name], root));
        }
        out[keyword] = map;
      } else if (DATA.has(keyword)) {
        out[keyword] = copy(value);
      }
    }
    if (isSecretSchema(node)) out.writeOnly = true;
    return out;
  };

  const top = walk(schema, ctx.root);
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    set(defs, next.name, walk(resolvePointer(next.root, next.ref), next.root));
  }
  if (broken) return undefined;
  if (Object.keys(defs).length === 0) return top;
  return typeof top === "boolean" ? { allOf: [top], $defs: defs } : { ...(top as Obj), $defs: defs };
}
