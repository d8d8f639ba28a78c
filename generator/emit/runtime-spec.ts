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
  TypeSpec,
} from "../../templates/runtime.js";
import type { Condition, IrConnector, IrField, IrKindApi, IrOperation, IrType } from "../ir/ir.js";

export function typeSpec(type: IrType): TypeSpec {
  // `type` then `nullable` first: the printed key order.
  const nullable = type.nullable ? { nullable: true } : {};
  switch (type.type) {
    case "string":
      return {
        type: type.type,
        ...nullable,
        enum: type.enum?.map((o) => o.value),
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
        enum: type.enum?.map((o) => o.value),
        minimum: type.minimum,
        maximum: type.maximum,
      };
    case "boolean":
      return { type: type.type, ...nullable, enum: type.enum?.map((o) => o.value) };
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
      };
    case "union":
      return { type: type.type, ...nullable, variants: type.variants.map(typeSpec) };
    case "unknown":
      return { type: type.type, ...nullable };
  }
}

function conditionSpec(c: Condition): ConditionSpec {
  return { key: c.key, op: c.op, value: c.value };
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
