// IR to the plain spec objects the generated runtime interprets. Only what
// validation, re-keying and request building need; docs stay in the IR.

import type { Condition, IrConnector, IrField, IrKindApi, IrOperation, IrType, JsonValue } from "../ir/ir.js";

/** JSON with undefined members allowed (they are left out when printed). */
export type Spec = { [key: string]: SpecValue };
export type SpecValue = JsonValue | undefined | Spec | SpecValue[];

export function typeSpec(type: IrType): Spec {
  const base: Spec = { type: type.type };
  if (type.nullable) base.nullable = true;
  switch (type.type) {
    case "string":
      return {
        ...base,
        enum: type.enum?.map((o) => o.value),
        minLength: type.minLength,
        maxLength: type.maxLength,
        pattern: type.pattern,
        format: type.format,
      };
    case "integer":
    case "number":
      return { ...base, enum: type.enum?.map((o) => o.value), minimum: type.minimum, maximum: type.maximum };
    case "boolean":
      return { ...base, enum: type.enum?.map((o) => o.value) };
    case "array":
      return { ...base, items: typeSpec(type.items), minItems: type.minItems, maxItems: type.maxItems };
    case "object":
      return {
        ...base,
        fields: type.fields.map(fieldSpec),
        additionalProperties: type.additionalProperties === false ? false : typeSpec(type.additionalProperties),
      };
    case "union":
      return { ...base, variants: type.variants.map(typeSpec) };
    case "unknown":
      return base;
  }
}

function conditionSpec(c: Condition): Spec {
  return { key: c.key, op: c.op, value: c.value };
}

export function fieldSpec(field: IrField): Spec {
  return {
    key: field.key,
    wireKey: field.wireKey,
    type: typeSpec(field.type),
    required: field.required || undefined,
    requiredWhen: field.requiredWhen?.map(conditionSpec),
    default: field.default,
    secret: field.secret || undefined,
    setOnce: field.setOnce || undefined,
  };
}

export function connectorSpec(c: IrConnector): Spec {
  return {
    kind: c.kind,
    code: c.code,
    fields: c.fields.map(fieldSpec),
    serverKeys: c.serverKeys,
    constants:
      c.constants && c.constants.length > 0
        ? Object.fromEntries(c.constants.map((k) => [k.wireKey, k.value]))
        : undefined,
    schema: c.wireSchema,
  };
}

function operationSpec(op: IrOperation): Spec {
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

export function kindApiSpec(api: IrKindApi): Spec {
  return {
    kind: api.kind,
    connectorProperty: api.connectorProperty,
    configProperty: api.configProperty,
    create: operationSpec(api.create),
    update: operationSpec(api.update),
  };
}
