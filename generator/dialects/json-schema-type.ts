// JSON Schema (as used in OpenAPI 3.0/3.1 documents) to IR types and fields.
// Used for the API envelope (request bodies, parameters) of every provider.

import { type Diagnostics, pointer as toPointer } from "../ir/diagnostics.js";
import type { Condition, EnumOption, IrField, IrType, JsonValue, ObjectType } from "../ir/ir.js";
import { authoringKey } from "../ir/naming.js";

export interface SchemaContext {
  /** The whole document, for resolving local `$ref`s. */
  root: unknown;
  file: string;
  diags: Diagnostics;
  connector?: string;
  /** Suffixes dropped from wire keys when deriving authoring keys. */
  suffixes: readonly string[];
  /** Where `$ref`s that `root` cannot resolve are looked up (a schema file's refs into the OpenAPI document). */
  fallbackRoot?: unknown;
  /** `$ref`s being expanded right now: re-entering one is a recursive schema. */
  expanding?: Set<string>;
}

type Schema = Record<string, unknown>;

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Resolves a local JSON pointer (`#/components/schemas/X`). */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith("#")) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref` chains; reports dangling and cyclic references. */
export function deref(schema: unknown, at: string, ctx: SchemaContext): { schema: unknown; at: string } | undefined {
  const seen = new Set<string>();
  while (isObject(schema) && typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (seen.has(ref)) {
      ctx.diags.error({
        rule: "cyclic-ref",
        file: ctx.file,
        pointer: at,
        connector: ctx.connector,
        message: `$ref cycle through ${ref}`,
      });
      return undefined;
    }
    seen.add(ref);
    const target =
      resolvePointer(ctx.root, ref) ??
      (ctx.fallbackRoot !== undefined ? resolvePointer(ctx.fallbackRoot, ref) : undefined);
    if (target === undefined) {
      ctx.diags.error({
        rule: "dangling-ref",
        file: ctx.file,
        pointer: at,
        connector: ctx.connector,
        message: `$ref ${JSON.stringify(ref)} points nowhere`,
      });
      return undefined;
    }
    schema = target;
    at = ref.slice(1);
  }
  return { schema, at };
}

function scalarType(value: unknown): "string" | "integer" | "number" | "boolean" | undefined {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return undefined;
}

function enumType(values: unknown[], at: string, ctx: SchemaContext): IrType | undefined {
  const nullable = values.includes(null);
  const options = values.filter((v) => v !== null);
  const kinds = new Set(options.map(scalarType));
  if (kinds.has("integer") && kinds.has("number")) kinds.delete("integer");
  if (kinds.size !== 1 || kinds.has(undefined)) {
    ctx.diags.error({
      rule: "unsupported-enum",
      file: ctx.file,
      pointer: at,
      connector: ctx.connector,
      message: "enum values must all be strings, all numbers or all booleans",
    });
    return undefined;
  }
  const type = [...kinds][0]!;
  const enumOptions: EnumOption[] = options.map((value) => ({ value: value as string | number | boolean }));
  return { type, enum: enumOptions, ...(nullable ? { nullable } : {}) };
}

export function schemaToType(input: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  const ref = isObject(input) && typeof input.$ref === "string" ? input.$ref : undefined;
  if (ref === undefined) return typeOf(input, at, ctx);
  const expanding = (ctx.expanding ??= new Set());
  if (expanding.has(ref)) {
    ctx.diags.error({
      rule: "recursive-schema",
      file: ctx.file,
      pointer: at,
      connector: ctx.connector,
      message: `recursive schema through ${ref} cannot be expressed as a finite config type`,
    });
    return undefined;
  }
  expanding.add(ref);
  try {
    return typeOf(input, at, ctx);
  } finally {
    expanding.delete(ref);
  }
}

/** Keywords whose constraint the IR does not carry: reported, never dropped silently. */
const UNENFORCED = [
  "not",
  "patternProperties",
  "propertyNames",
  "prefixItems",
  "contains",
  "multipleOf",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "uniqueItems",
  "dependentSchemas",
  "unevaluatedProperties",
  "else",
];

function typeOf(input: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  const resolved = deref(input, at, ctx);
  if (!resolved) return undefined;
  let { schema } = resolved;
  at = resolved.at;
  if (isObject(schema)) {
    for (const keyword of UNENFORCED.filter((k) => k in (schema as Schema))) {
      ctx.diags.warn({
        rule: "unenforced-keyword",
        file: ctx.file,
        pointer: `${at}/${keyword}`,
        connector: ctx.connector,
        message: `${keyword} is not enforced by the generated types or validators`,
      });
    }
    if (Array.isArray(schema.allOf)) {
      const merged = mergeAllOf(schema, at, ctx);
      if (!merged) return undefined;
      schema = merged;
    }
  }
  if (
    schema === true ||
    (isObject(schema) &&
      Object.keys(schema).every((k) => ["description", "title", "default", "examples", "example"].includes(k)))
  ) {
    return { type: "unknown" };
  }
  if (!isObject(schema)) {
    ctx.diags.error({
      rule: "invalid-schema",
      file: ctx.file,
      pointer: at,
      connector: ctx.connector,
      message: "expected a schema object",
    });
    return undefined;
  }
  const nullableFlag = schema.nullable === true;
  const withNull = (type: IrType | undefined): IrType | undefined =>
    type && nullableFlag ? { ...type, nullable: true } : type;

  if (Array.isArray(schema.enum)) return withNull(enumType(schema.enum, `${at}/enum`, ctx));
  if ("const" in schema) return withNull(enumType([schema.const], `${at}/const`, ctx));

  for (const keyword of ["anyOf", "oneOf"] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    const isNull = (s: unknown) => {
      const r = deref(s, at, ctx)?.schema;
      return isObject(r) && (r.type === "null" || (Array.isArray(r.enum) && r.enum.length === 1 && r.enum[0] === null));
    };
    const rest = list.map((s, i) => [s, i] as const).filter(([s]) => !isNull(s));
    const nullable = rest.length < list.length || nullableFlag;
    const variants = rest.map(([s, i]) => schemaToType(s, `${at}/${keyword}/${i}`, ctx));
    if (variants.some((v) => v === undefined)) return undefined;
    const types = variants as IrType[];
    const type: IrType = types.length === 1 ? types[0]! : { type: "union", variants: types };
    return nullable ? { ...type, nullable: true } : type;
  }

  let types = Array.isArray(schema.type) ? (schema.type as unknown[]) : schema.type === undefined ? [] : [schema.type];
  const nullable = types.includes("null") || nullableFlag;
  types = types.filter((t) => t !== "null");
  if (types.length === 0 && isObject(schema.properties)) types = ["object"];
  if (types.length === 0 && schema.items !== undefined) types = ["array"];
  if (types.length > 1) {
    const variants = types.map((t) => schemaToType({ ...schema, type: t, nullable: false }, at, ctx));
    if (variants.some((v) => v === undefined)) return undefined;
    return { type: "union", variants: variants as IrType[], ...(nullable ? { nullable } : {}) };
  }
  const type = types[0];
  const extra = nullable ? { nullable: true } : {};
  const num = (key: string) => {
    const value = schema[key];
    if (typeof value !== "number") return {};
    if (!Number.isFinite(value) || !Number.isSafeInteger(Math.trunc(value))) {
      ctx.diags.warn({
        rule: "unsafe-number",
        file: ctx.file,
        pointer: `${at}/${key}`,
        connector: ctx.connector,
        message: `${key} ${String(value)} is beyond what a JavaScript number holds exactly (±2^53); it is not enforced`,
      });
      return {};
    }
    return { [key]: value };
  };
  const pattern = () => {
    if (typeof schema.pattern !== "string") return {};
    try {
      new RegExp(schema.pattern, "u");
      return { pattern: schema.pattern };
    } catch (error) {
      ctx.diags.warn({
        rule: "invalid-pattern",
        file: ctx.file,
        pointer: `${at}/pattern`,
        connector: ctx.connector,
        message: `pattern is not a valid regular expression with the u flag (${(error as Error).message}); it is not enforced`,
      });
      return {};
    }
  };
  switch (type) {
    case undefined:
      return { type: "unknown", ...extra };
    case "string":
      return {
        type: "string",
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
        ...num("minLength"),
        ...num("maxLength"),
        ...pattern(),
        ...extra,
      };
    case "integer":
    case "number":
      return { type, ...num("minimum"), ...num("maximum"), ...extra };
    case "boolean":
      return { type: "boolean", ...extra };
    case "array": {
      if (schema.items === undefined) return { type: "array", items: { type: "unknown" }, ...extra };
      const items = schemaToType(schema.items, `${at}/items`, ctx);
      return items ? { type: "array", items, ...num("minItems"), ...num("maxItems"), ...extra } : undefined;
    }
    case "object": {
      const object = objectType(schema, at, ctx);
      return object ? { ...object, ...extra } : undefined;
    }
    default:
      ctx.diags.error({
        rule: "unsupported-type",
        file: ctx.file,
        pointer: `${at}/type`,
        connector: ctx.connector,
        message: `unsupported type ${JSON.stringify(type)}`,
      });
      return undefined;
  }
}

/**
 * allOf members merged into one schema: properties and required lists united,
 * if/then pairs collected (in CONDITIONALS) for the object's conditional requirements.
 */
const CONDITIONALS = Symbol("conditionals");
interface Conditional {
  if: unknown;
  then: unknown;
  at: string;
}
type Merged = Schema & { [CONDITIONALS]?: Conditional[] };

export function mergeAllOf(schema: Schema, at: string, ctx: SchemaContext): Merged | undefined {
  const { allOf, ...rest } = schema;
  const merged: Merged = { ...rest };
  const properties: Schema = isObject(rest.properties) ? { ...rest.properties } : {};
  const required = new Set<unknown>(Array.isArray(rest.required) ? rest.required : []);
  const conditionals: Conditional[] = [];
  if (rest.if !== undefined) conditionals.push({ if: rest.if, then: rest.then, at });
  for (const [i, member] of (allOf as unknown[]).entries()) {
    const memberAt = `${at}/allOf/${i}`;
    const r = deref(member, memberAt, ctx);
    if (!r) return undefined;
    let m = r.schema;
    if (isObject(m) && Array.isArray(m.allOf)) m = mergeAllOf(m, r.at, ctx);
    if (!isObject(m)) return undefined;
    if (isObject(m.properties)) Object.assign(properties, m.properties);
    if (Array.isArray(m.required)) m.required.forEach((k) => required.add(k));
    if (m.if !== undefined) conditionals.push({ if: m.if, then: m.then, at: r.at });
    conditionals.push(...((m as Merged)[CONDITIONALS] ?? []));
    for (const key of ["type", "additionalProperties", "dependentRequired", "title", "description"]) {
      if (m[key] !== undefined && merged[key] === undefined) merged[key] = m[key];
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  delete merged.if;
  delete merged.then;
  merged[CONDITIONALS] = conditionals;
  return merged;
}

function objectType(schema: Schema, at: string, ctx: SchemaContext): ObjectType | undefined {
  const fields = schemaToFields(schema, at, ctx);
  if (!fields) return undefined;
  const extra = schema.additionalProperties;
  let additionalProperties: false | IrType = false;
  if (extra === true || (extra === undefined && fields.length === 0)) additionalProperties = { type: "unknown" };
  else if (isObject(extra)) {
    const t = schemaToType(extra, `${at}/additionalProperties`, ctx);
    if (!t) return undefined;
    additionalProperties = t;
  }
  return { type: "object", fields, additionalProperties };
}

const SECRET_EXTENSIONS = ["x-secret", "x-sensitive", "x-airbyte-secret", "airbyte_secret", "x-speakeasy-secret"];

export function isSecretSchema(schema: Schema): boolean {
  return schema.writeOnly === true || schema.format === "password" || SECRET_EXTENSIONS.some((k) => schema[k] === true);
}

/** The properties of an object schema as IR fields (authoring keys camelCased). */
export function schemaToFields(input: Schema, at: string, ctx: SchemaContext): IrField[] | undefined {
  const schema: Merged | undefined = Array.isArray(input.allOf) ? mergeAllOf(input, at, ctx) : input;
  if (!schema) return undefined;
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const fields: IrField[] = [];
  let ok = true;
  for (const wireKey of Object.keys(properties)) {
    const fieldAt = `${at}/properties${toPointer(wireKey)}`;
    const resolved = deref(properties[wireKey], fieldAt, ctx);
    const type = schemaToType(properties[wireKey], fieldAt, ctx);
    if (!resolved || !type) {
      ok = false;
      continue;
    }
    const prop = isObject(resolved.schema) ? resolved.schema : {};
    const outer = isObject(properties[wireKey]) ? (properties[wireKey] as Schema) : {};
    const key = authoringKey(wireKey, ctx.suffixes);
    if (key === undefined) {
      ctx.diags.error({
        rule: "unnamed-key",
        file: ctx.file,
        pointer: fieldAt,
        connector: ctx.connector,
        field: wireKey,
        message: "key has no letters or digits to derive an authoring name from",
      });
      ok = false;
      continue;
    }
    const clash = fields.find((f) => f.key === key);
    if (clash) {
      ctx.diags.error({
        rule: "authoring-key-collision",
        file: ctx.file,
        pointer: fieldAt,
        connector: ctx.connector,
        field: wireKey,
        message: `wire keys ${JSON.stringify(clash.wireKey)} and ${JSON.stringify(wireKey)} both map to authoring key ${JSON.stringify(key)}`,
      });
      ok = false;
      continue;
    }
    const description = outer.description ?? prop.description;
    const title = outer.title ?? prop.title;
    let def = "default" in outer ? outer.default : prop.default;
    if (def !== undefined && !fits(type, def)) {
      ctx.diags.warn({
        rule: "default-type-mismatch",
        file: ctx.file,
        pointer: `${fieldAt}/default`,
        connector: ctx.connector,
        field: wireKey,
        message: `default ${JSON.stringify(def)} does not fit the declared type; left out`,
      });
      def = undefined;
    }
    fields.push({
      key,
      wireKey,
      type,
      required: required.has(wireKey),
      ...(def !== undefined ? { default: def as JsonValue } : {}),
      secret: isSecretSchema(prop) || isSecretSchema(outer) || membersSecret(prop, fieldAt, ctx),
      setOnce: false,
      ...(prop.readOnly === true ? { readOnly: true } : {}),
      ...(typeof title === "string" ? { title } : {}),
      ...(typeof description === "string" ? { description } : {}),
      source: { file: ctx.file, pointer: fieldAt },
    });
  }
  if (!ok) return undefined;
  applyConditionalRequirements(schema, fields, at, ctx);
  return fields;
}

function membersSecret(schema: Schema, at: string, ctx: SchemaContext): boolean {
  const members = [
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
  ];
  return members.some((m) => {
    const r = deref(m, at, ctx)?.schema;
    return isObject(r) && isSecretSchema(r);
  });
}

/** Does a JSON value fit an IR type? (for defaults; mirrors the runtime's checks loosely) */
export function fits(type: IrType, value: unknown): boolean {
  if (value === null) return type.nullable === true;
  if ("enum" in type && type.enum && !type.enum.some((o) => o.value === value)) return false;
  switch (type.type) {
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && value.every((v) => fits(type.items, v));
    case "object":
      return isObject(value);
    case "union":
      return type.variants.some((v) => fits(v, value));
    case "unknown":
      return true;
  }
}

/** if/then (`if` testing properties with const/enum, `then` listing required) and dependentRequired. */
function applyConditionalRequirements(schema: Merged, fields: IrField[], at: string, ctx: SchemaContext): void {
  const byWire = new Map(fields.map((f) => [f.wireKey, f]));
  const conditionals = [...(schema[CONDITIONALS] ?? [])];
  if (schema.if !== undefined) conditionals.push({ if: schema.if, then: schema.then, at });
  const warn = (pointer: string, message: string) =>
    ctx.diags.warn({ rule: "unsupported-conditional", file: ctx.file, pointer, connector: ctx.connector, message });
  const requireWhen = (name: unknown, conditions: Condition[], pointer: string) => {
    const field = typeof name === "string" ? byWire.get(name) : undefined;
    if (!field) return warn(pointer, `conditionally required ${JSON.stringify(name)} is not a property; ignored`);
    if (field.required) return;
    if (field.requiredWhen)
      return warn(pointer, `${field.wireKey} is required under two different conditions; only the first is checked`);
    field.requiredWhen = conditions;
  };
  for (const c of conditionals) {
    const test = deref(c.if, `${c.at}/if`, ctx)?.schema;
    const then = deref(c.then, `${c.at}/then`, ctx)?.schema;
    if (!isObject(test) || !isObject(test.properties) || !isObject(then)) {
      warn(`${c.at}/if`, "only if/then with `if.properties` and `then.required` is supported; ignored");
      continue;
    }
    // Each tested property: const → eq, enum → in; any other test of a property the
    // `if` also requires → "is set" (its type is checked by validation anyway).
    const mustBeSet = new Set(Array.isArray(test.required) ? test.required : []);
    const conditions: Condition[] = [];
    let usable = true;
    for (const name of new Set([...Object.keys(test.properties), ...mustBeSet].map(String))) {
      const target = byWire.get(name);
      const sub = test.properties[name];
      const s = sub === undefined ? {} : deref(sub, `${c.at}/if/properties${toPointer(name)}`, ctx)?.schema;
      if (!target || !isObject(s)) usable = false;
      else if ("const" in s) conditions.push({ key: target.key, wireKey: name, op: "eq", value: s.const as JsonValue });
      else if (Array.isArray(s.enum))
        conditions.push({ key: target.key, wireKey: name, op: "in", value: s.enum as JsonValue[] });
      else if (mustBeSet.has(name)) conditions.push({ key: target.key, wireKey: name, op: "present", value: null });
      else usable = false;
    }
    if (!usable || conditions.length === 0) {
      warn(
        `${c.at}/if`,
        "`if` must test known properties with const or enum, or require them; this condition is ignored",
      );
      continue;
    }
    if (isObject(then.properties)) {
      warn(`${c.at}/then/properties`, "value constraints under `then` are not enforced; only `then.required` is");
    }
    (Array.isArray(then.required) ? then.required : []).forEach((name, i) =>
      requireWhen(name, conditions, `${c.at}/then/required/${i}`),
    );
  }
  const dependent = schema.dependentRequired;
  if (isObject(dependent)) {
    for (const [name, list] of Object.entries(dependent)) {
      const target = byWire.get(name);
      if (!target || !Array.isArray(list)) {
        warn(
          `${at}/dependentRequired${toPointer(name)}`,
          `dependentRequired names unknown property ${JSON.stringify(name)}; ignored`,
        );
        continue;
      }
      list.forEach((dep, i) =>
        requireWhen(
          dep,
          [{ key: target.key, wireKey: name, op: "present", value: null }],
          `${at}/dependentRequired${toPointer(name)}/${i}`,
        ),
      );
    }
  }
}
