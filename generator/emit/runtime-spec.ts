// IR to the plain spec objects the generated runtime interprets. Only what
// validation, re-keying and request building need; docs stay in the IR. The
// types are the runtime's own (templates/runtime.ts), so a spec the runtime
// would misread does not compile. Members left undefined are not printed.

import type {
  ConditionSpec,
  ConnectorSpec,
  FieldSpec,
  KindApiSpec,
  OperationSpec,
  Scalar,
  TypeSpec,
} from "../../templates/runtime.js";
import type { Condition, IrConnector, IrField, IrKindApi, IrOperation, IrType, JsonValue } from "../ir/ir.js";
import { provenanceOf } from "../ir/provenance.js";

/** A typed enum's values: scalars of that type (the dialects put mixed enums on `unknown`). */
const scalarEnum = (type: { enum?: { value: JsonValue }[] }): Scalar[] | undefined =>
  type.enum?.map((o) => o.value as Scalar);

export function typeSpec(type: IrType): TypeSpec {
  // `type` then `nullable` first: the printed key order.
  const nullable = type.nullable ? { nullable: true } : {};
  switch (type.type) {
    case "string":
      return {
        type: type.type,
        ...nullable,
        enum: scalarEnum(type),
        minLength: type.minLength,
        maxLength: type.maxLength,
        pattern: type.pattern,
        format: type.format,
      };
    case "integer":
    case "number":
      return {
        type: type.type,
        ...nullable,
        enum: scalarEnum(type),
        minimum: type.minimum,
        maximum: type.maximum,
      };
    case "boolean":
      return { type: type.type, ...nullable, enum: scalarEnum(type) };
    case "array":
      return {
        type: type.type,
        ...nullable,
        items: typeSpec(type.items),
        minItems: type.minItems,
        maxItems: type.maxItems,
      };
    case "object":
      return {
        type: type.type,
        ...nullable,
        fields: type.fields.map(fieldSpec),
        additionalProperties: type.additionalProperties === false ? false : typeSpec(type.additionalProperties),
        open: type.open === true && type.additionalProperties === false ? true : undefined,
      };
    case "union":
      return { type: type.type, ...nullable, variants: type.variants.map(typeSpec) };
    case "unknown":
      return type.enum
        ? enumSpec(
            type.enum.map((o) => o.value),
            type.nullable === true,
          )
        : { type: type.type, ...nullable };
    case "never":
      // No alternative matches: any value is a problem.
      return { type: "union", variants: [] };
  }
}

/**
 * A mixed-kind enum as a union of single-kind enums (null: nullable). Objects and
 * arrays have no spec the runtime compares by value: such an enum is checked as any JSON.
 */
function enumSpec(values: JsonValue[], nullable: boolean): TypeSpec {
  if (values.some((v) => v !== null && typeof v === "object")) return { type: "unknown" };
  const variants: TypeSpec[] = [];
  for (const kind of ["string", "number", "boolean"] as const) {
    const own = values.filter((v): v is string | number | boolean => typeof v === kind);
    if (own.length > 0)
      variants.push(kind === "string" ? { type: kind, enum: own } : ({ type: kind, enum: own } as TypeSpec));
  }
  return { type: "union", ...(nullable || values.includes(null) ? { nullable: true } : {}), variants };
}

function conditionSpec(c: Condition): ConditionSpec {
  return { key: c.key, op: c.op, value: c.value, ...(c.unsetHolds === true ? { unsetHolds: true as const } : {}) };
}

export function fieldSpec(field: IrField): FieldSpec {
  return {
    key: field.key,
    wireKey: field.wireKey,
    type: typeSpec(field.type),
    required: field.required || undefined,
    requiredWhen: field.requiredWhen?.map(conditionSpec),
    default: field.default,
    secret: field.secret || undefined,
    setOnce: field.setOnce || undefined,
    server: provenanceOf(field) === "server" || undefined,
    deprecated: field.deprecated,
  };
}

export function connectorSpec(c: IrConnector): ConnectorSpec {
  return {
    kind: c.kind,
    code: c.code,
    fields: c.fields.map(fieldSpec),
    serverKeys: c.serverKeys,
    constants:
      c.constants && c.constants.length > 0
        ? Object.fromEntries(c.constants.map((k) => [k.wireKey, k.value]))
        : undefined,
    open: c.open === true ? true : undefined,
    schema: c.wireSchema,
    aliases: c.aliases && c.aliases.length > 0 ? c.aliases : undefined,
  };
}

function operationSpec(op: IrOperation): OperationSpec {
  return {
    method: op.method,
    path: op.path,
    pathParams: op.pathParams.map(fieldSpec),
    sendsConnector: op.sendsConnector,
    query: op.query.map(fieldSpec),
    headers: op.headers.map(fieldSpec),
    body: op.body.map(fieldSpec),
  };
}

export function kindApiSpec(api: IrKindApi): KindApiSpec {
  return {
    kind: api.kind,
    connectorProperty: api.connectorProperty,
    configProperty: api.configProperty,
    create: operationSpec(api.create),
    update: operationSpec(api.update),
  };
}
