// JSON Schema (as used in OpenAPI 3.0/3.1 documents) to IR types and fields.
// Used for the API envelope (request bodies, parameters) of every provider.

import { type Diagnostics, pointer as toPointer } from "./diagnostics.js";
import type { EnumOption, IrField, IrType, JsonValue, ObjectType } from "./ir.js";
import { authoringKey } from "./naming.js";

export interface SchemaContext {
  /** The whole document, for resolving local `$ref`s. */
  root: unknown;
  file: string;
  diags: Diagnostics;
  connector?: string;
  /** Suffixes dropped from wire keys when deriving authoring keys. */
  suffixes: readonly string[];
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
    const target = resolvePointer(ctx.root, ref);
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
  const resolved = deref(input, at, ctx);
  if (!resolved) return undefined;
  const { schema } = resolved;
  at = resolved.at;
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
  const num = (key: string) => (typeof schema[key] === "number" ? { [key]: schema[key] as number } : {});
  switch (type) {
    case undefined:
      return { type: "unknown", ...extra };
    case "string":
      return {
        type: "string",
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
        ...num("minLength"),
        ...num("maxLength"),
        ...(typeof schema.pattern === "string" ? { pattern: schema.pattern } : {}),
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
export function schemaToFields(schema: Schema, at: string, ctx: SchemaContext): IrField[] | undefined {
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
    const description = outer.description ?? prop.description;
    const title = outer.title ?? prop.title;
    const def = "default" in outer ? outer.default : prop.default;
    fields.push({
      key,
      wireKey,
      type,
      required: required.has(wireKey),
      ...(def !== undefined ? { default: def as JsonValue } : {}),
      secret: isSecretSchema(prop) || isSecretSchema(outer),
      setOnce: false,
      ...(prop.readOnly === true ? { readOnly: true } : {}),
      ...(typeof title === "string" ? { title } : {}),
      ...(typeof description === "string" ? { description } : {}),
      source: { file: ctx.file, pointer: fieldAt },
    });
  }
  return ok ? fields : undefined;
}
