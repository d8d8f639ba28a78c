// Emitter: JSON Schema (draft 2020-12) of each connector's config, keyed by
// wire keys and by authoring keys, plus one schema for config files
// (`{ provider, kind, connector, name, config }`), so editors complete and check
// JSON and YAML configs. It states what the IR states; the wire schema does not
// list the server-set keys `validateWire` tolerates in responses. Besides the
// 2020-12 vocabularies it uses one annotation, `markdownDescription` (editors'
// hover), which Ajv's strict mode needs registered (see the README); the
// config-file schema holds everything it refers to, so it compiles as shipped.

import type { Condition, IrConnector, IrField, IrProvider, IrType, JsonValue } from "../ir/ir.js";
import type { OutputFile } from "../output/output.js";
import { describeConditions } from "../print/ir-types.js";
import { connectorNames } from "../ir/naming.js";

type Side = "authoring" | "wire";
type Schema = { [key: string]: JsonValue };

const DIALECT = "https://json-schema.org/draft/2020-12/schema";

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function typeSchema(type: IrType, side: Side): Schema {
  const out: Schema = {};
  const nullable = type.nullable === true;
  const withNull = (name: string): JsonValue => (nullable ? [name, "null"] : name);
  switch (type.type) {
    case "string":
    case "integer":
    case "number":
    case "boolean": {
      out.type = withNull(type.type);
      if (type.enum) out.enum = [...type.enum.map((o) => o.value), ...(nullable ? [null] : [])];
      if (type.type === "string") {
        if (type.minLength !== undefined) out.minLength = type.minLength;
        if (type.maxLength !== undefined) out.maxLength = type.maxLength;
        if (type.pattern !== undefined) out.pattern = type.pattern;
        if (type.format !== undefined) out.format = type.format;
      }
      if (type.type === "integer" || type.type === "number") {
        if (type.minimum !== undefined) out.minimum = type.minimum;
        if (type.maximum !== undefined) out.maximum = type.maximum;
      }
      return out;
    }
    case "array":
      out.type = withNull("array");
      out.items = typeSchema(type.items, side);
      if (type.minItems !== undefined) out.minItems = type.minItems;
      if (type.maxItems !== undefined) out.maxItems = type.maxItems;
      return out;
    case "object":
      return {
        ...objectSchema(type.fields, type.additionalProperties, side),
        ...(nullable ? { type: ["object", "null"] } : {}),
      };
    case "union": {
      // The validator accepts a value that matches any alternative.
      const variants: JsonValue[] = type.variants.map((v) => typeSchema(v, side));
      if (nullable) variants.push({ type: "null" });
      return { anyOf: variants };
    }
    case "unknown":
      return type.enum ? { enum: [...type.enum.map((o) => o.value), ...(nullable ? [null] : [])] } : {};
    case "never":
      return { not: {} };
  }
}

/** JSON Schema for "this condition holds", with the runtime's reading of defaults. */
function conditionSchema(c: Condition, fields: readonly IrField[], side: Side): Schema {
  const field = fields.find((f) => f.key === c.key);
  const name = side === "wire" ? (field?.wireKey ?? c.wireKey) : c.key;
  const absent: Schema = { not: { required: [name] } };
  const given = (value: Schema): Schema => ({ required: [name], properties: { [name]: value } });
  const fallback = field?.default;
  let branches: Schema[];
  switch (c.op) {
    case "present":
      branches = [given({ not: { type: "null" } })];
      break;
    case "eq":
      branches = [
        given({ const: c.value }),
        ...(c.unsetHolds === true || (fallback !== undefined && deepEqual(fallback, c.value)) ? [absent] : []),
      ];
      break;
    case "ne":
      branches = [
        given({ not: { const: c.value } }),
        ...(fallback !== undefined && !deepEqual(fallback, c.value) ? [absent] : []),
      ];
      break;
    case "in": {
      const values = Array.isArray(c.value) ? c.value : [c.value];
      branches = [
        given({ enum: values }),
        ...(c.unsetHolds === true || (fallback !== undefined && values.some((v) => deepEqual(v, fallback)))
          ? [absent]
          : []),
      ];
      break;
    }
  }
  return branches.length === 1 ? branches[0]! : { anyOf: branches };
}

function markdown(field: IrField, side: Side): string {
  const lines: string[] = [];
  if (field.description) lines.push(field.description, "");
  const other = side === "wire" ? `authoring key \`${field.key}\`` : `wire key \`${field.wireKey}\``;
  lines.push(`*${field.title ?? field.key}* (${other})`);
  if (field.requiredWhen) lines.push(`\nRequired when ${describeConditions(field.requiredWhen)}.`);
  else if (field.relevantWhen) lines.push(`\nUsed only when ${describeConditions(field.relevantWhen)}.`);
  if (field.secret) lines.push("\nSecret.");
  if (field.setOnce) lines.push("\nSet once: cannot be changed by an update.");
  if (field.deprecated) lines.push("\nDeprecated: still accepted, set it no more.");
  if (field.placeholder !== undefined) lines.push(`\nResolved by the server when left out (${field.placeholder}).`);
  return lines.join("\n");
}

function fieldSchema(field: IrField, side: Side): Schema {
  const out: Schema = {};
  if (field.title) out.title = field.title;
  if (field.description) out.description = field.description;
  out.markdownDescription = markdown(field, side);
  Object.assign(out, typeSchema(field.type, side));
  if (field.default !== undefined) out.default = field.default;
  if (field.secret) out.writeOnly = true;
  // Editors strike it through, as they do a renamed field's old key.
  if (field.deprecated) out.deprecated = true;
  return out;
}

function objectSchema(fields: readonly IrField[], extra: false | IrType, side: Side): Schema {
  const name = (f: IrField) => (side === "wire" ? f.wireKey : f.key);
  const properties: Schema = {};
  for (const f of fields) properties[name(f)] = fieldSchema(f, side);
  // A field with a default is filled in by the builders, so never required of the author.
  const required = fields.filter((f) => f.required && f.default === undefined).map(name);
  const conditional = fields
    .filter((f) => !f.required && f.requiredWhen && f.default === undefined)
    .map((f): JsonValue => {
      const holds = f.requiredWhen!.map((c) => conditionSchema(c, fields, side));
      return { if: holds.length === 1 ? holds[0]! : { allOf: holds }, then: { required: [name(f)] } };
    });
  const out: Schema = { type: "object", properties };
  if (required.length > 0) out.required = required;
  out.additionalProperties = extra === false ? false : typeSchema(extra, side);
  if (conditional.length > 0) out.allOf = conditional;
  return out;
}

export function connectorSchema(connector: IrConnector, side: Side): Schema {
  const keys = side === "wire" ? "wire keys, as the API expects them" : "authoring keys";
  return {
    $schema: DIALECT,
    title: `${connector.displayName} ${connector.kind} config (${side === "wire" ? "wire" : "authoring"} keys)`,
    description: `${connector.description ?? connector.displayName}\n\nConfig of the ${connector.kind} connector ${JSON.stringify(connector.code)}, with ${keys}.`,
    ...withConstants(
      side === "wire" ? objectSchema(connector.fields, false, side) : withAliases(connector),
      side === "wire" ? (connector.constants ?? []) : [],
    ),
  };
}

/**
 * The authoring schema with a renamed field's former key beside it, marked
 * `deprecated` (editors strike it through); a required renamed field is
 * required under either key.
 */
function withAliases(connector: IrConnector): Schema {
  const schema = objectSchema(connector.fields, false, "authoring");
  const aliases = (connector.aliases ?? []).flatMap((a) => {
    const field = connector.fields.find((f) => f.wireKey === a.toWire);
    return a.key !== undefined && field ? [{ key: a.key, to: a.to, toWire: a.toWire, field }] : [];
  });
  if (aliases.length === 0) return schema;
  const properties = { ...(schema.properties as Schema) };
  let required = (schema.required as string[] | undefined) ?? [];
  const either: JsonValue[] = [];
  for (const a of aliases) {
    const description = `Deprecated: renamed to ${a.to} (wire key ${JSON.stringify(a.toWire)}).`;
    const { title: _t, description: _d, markdownDescription: _m, ...type } = fieldSchema(a.field, "authoring");
    properties[a.key] = {
      description,
      markdownDescription: `Deprecated: renamed to \`${a.to}\` (wire key ${JSON.stringify(a.toWire)}).`,
      ...type,
      deprecated: true,
    };
    if (required.includes(a.to)) {
      required = required.filter((k) => k !== a.to);
      either.push({ anyOf: [{ required: [a.to] }, { required: [a.key] }] });
    }
  }
  const { required: _r, allOf, ...rest } = schema;
  return {
    ...rest,
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    ...(either.length > 0 || allOf !== undefined ? { allOf: [...((allOf as JsonValue[]) ?? []), ...either] } : {}),
  };
}

/** A wire config carries the connector's constant keys (the builders add them); they may be left out. */
function withConstants(schema: Schema, constants: NonNullable<IrConnector["constants"]>): Schema {
  if (constants.length === 0) return schema;
  const properties = { ...(schema.properties as Schema) };
  for (const k of constants) properties[k.wireKey] = { const: k.value };
  return { ...schema, properties };
}

export const schemaPath = (c: IrConnector, side: Side) =>
  connectorNames(c.kind, c.code).schemaPaths[side === "wire" ? "wire" : "authoring"];

/** Name of a connector's schema inside config-file.schema.json's `$defs`. */
const defName = (c: IrConnector, side: Side) => `${c.kind}/${c.code}/${side === "wire" ? "wire" : "config"}`;

/** A `$ref` to a `$defs` entry: its name as a JSON pointer token (`/` → `~1`), URI-encoded. */
const defRef = (name: string) => `#/$defs/${encodeURIComponent(name.replace(/~/g, "~0").replace(/\//g, "~1"))}`;

/**
 * One config file: `{ provider, kind, connector, name, config }`, config in either
 * key style. Self-contained: every connector's two schemas sit in `$defs`, so
 * validators compile it as shipped and editors resolve it without fetching more.
 */
function configFileSchema(ir: IrProvider): Schema {
  const defs: Schema = {};
  for (const c of ir.connectors)
    for (const side of ["authoring", "wire"] as const) {
      // `$schema` belongs at a resource's root only.
      const { $schema: _dialect, ...schema } = connectorSchema(c, side);
      defs[defName(c, side)] = schema;
    }
  const variants: JsonValue[] = ir.connectors.map((c) => ({
    if: { properties: { kind: { const: c.kind }, connector: { const: c.code } }, required: ["kind", "connector"] },
    then: {
      properties: {
        config: { anyOf: [{ $ref: defRef(defName(c, "authoring")) }, { $ref: defRef(defName(c, "wire")) }] },
      },
    },
  }));
  const kinds = [...new Set(ir.connectors.map((c) => c.kind))];
  const pairs: JsonValue[] = ir.connectors.map((c) => ({
    properties: { kind: { const: c.kind }, connector: { const: c.code } },
  }));
  return {
    $schema: DIALECT,
    title: `${ir.provider} connector config file`,
    description: `A ${ir.provider} connector: which one, its name, and its config (authoring keys or wire keys).`,
    type: "object",
    required: ["provider", "kind", "connector", "name", "config"],
    properties: {
      $schema: { type: "string" },
      provider: { const: ir.provider },
      kind: { enum: kinds },
      connector: { enum: [...new Set(ir.connectors.map((c) => c.code))] },
      name: { type: "string", minLength: 1 },
      config: { type: "object" },
      keys: {
        enum: ["authoring", "wire"],
        description: "Which keys `config` uses; by default the validate command tells from the keys themselves.",
      },
    },
    additionalProperties: false,
    allOf: [{ anyOf: pairs }, ...variants],
    $defs: defs,
  };
}

export function emitJsonSchemas(ir: IrProvider): OutputFile[] {
  const json = (value: Schema) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    ...ir.connectors.flatMap((c) => [
      { path: schemaPath(c, "authoring"), content: json(connectorSchema(c, "authoring")) },
      { path: schemaPath(c, "wire"), content: json(connectorSchema(c, "wire")) },
    ]),
    { path: "schemas/config-file.schema.json", content: json(configFileSchema(ir)) },
  ];
}
