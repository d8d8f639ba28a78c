// The intermediate representation: the one shape every input dialect parses
// into and every emitter reads. Plain data only (JSON-serialisable), so it can
// be snapshotted, diffed and cached.

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where something came from, for diagnostics: snapshot-relative file and JSON pointer. */
export interface SourceRef {
  file: string;
  pointer: string;
}

export interface EnumOption {
  /** A string, number or boolean in a single-kind enum; any JSON value in an `unknown` type's enum. */
  value: JsonValue;
  label?: string;
}

interface TypeBase {
  /** `null` is accepted as well as the type itself. */
  nullable?: boolean;
  /**
   * The schema's `title` (also through a `$ref` to it): set on object types and
   * on the variants of a union (`oneOf: [{ title: "No tunnel", … }, …]`).
   */
  title?: string;
}

export interface StringType extends TypeBase {
  type: "string";
  enum?: EnumOption[];
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface NumericType extends TypeBase {
  type: "integer" | "number";
  enum?: EnumOption[];
  minimum?: number;
  maximum?: number;
  /**
   * A number's exclusive bounds (`exclusiveMinimum`, also OpenAPI 3.0's boolean
   * form), never set together with the inclusive one of the same side. An
   * integer's are folded into minimum/maximum (`exclusiveMinimum: 0` is `minimum: 1`).
   */
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

export interface BooleanType extends TypeBase {
  type: "boolean";
  enum?: EnumOption[];
}

export interface ArrayType extends TypeBase {
  type: "array";
  items: IrType;
  minItems?: number;
  maxItems?: number;
}

export interface ObjectType extends TypeBase {
  type: "object";
  fields: IrField[];
  /**
   * On the authoring side: false: unknown keys are rejected (typo protection, also
   * when the schema merely leaves the object open); a type: extra keys of that type
   * are allowed (kept as given).
   */
  additionalProperties: false | IrType;
  /**
   * The schema accepts keys it does not list (no `additionalProperties`, `true` or
   * a schema); false when it says `additionalProperties: false`. Set by the JSON
   * Schema dialects; absent means closed.
   */
  open?: boolean;
  /**
   * What the object takes under the keys each of its `patternProperties` patterns matches (a key several
   * match takes what each takes), where its schema as written has patterns and they, and its
   * `additionalProperties`, can be typed (no `allOf`, choice, condition or `$ref` beside them).
   * `additionalProperties` is then what keys no pattern matches take. Absent otherwise.
   */
  extraPatterns?: { pattern: string; values: IrType }[];
}

/** Exactly one of the variants must match (JSON Schema oneOf/anyOf of alternatives). */
export interface UnionType extends TypeBase {
  type: "union";
  variants: IrType[];
  /** A oneOf: a value that matches two variants is rejected. Absent: an anyOf or a type list (one match suffices). */
  exclusive?: true;
}

/**
 * Any JSON value: the schema says nothing more (e.g. a free-form object's values).
 * With `enum`: exactly one of these values, of mixed kinds (`null`, objects and
 * arrays too): an `enum`/`const` no single scalar type holds, or `type: "null"`.
 */
export interface UnknownType extends TypeBase {
  type: "unknown";
  enum?: EnumOption[];
}

/** No value at all: a `false` schema (a property that may not be present). */
export interface NeverType extends TypeBase {
  type: "never";
}

export type IrType =
  StringType | NumericType | BooleanType | ArrayType | ObjectType | UnionType | UnknownType | NeverType;

/** `present`: the field is set (any value); its `value` is ignored. */
export type ConditionOp = "eq" | "ne" | "in" | "present";

/** "The field `key` compares to `value` with `op`"; a list of conditions holds when all hold. */
export interface Condition {
  key: string;
  wireKey: string;
  op: ConditionOp;
  value: JsonValue;
  /**
   * The condition holds where the field is not set, too: a JSON Schema `if` tests only the properties
   * it requires be present (`eq` and `in` only).
   */
  unsetHolds?: true;
}

export interface IrField {
  /** Authoring key: a camelCase identifier derived from the wire key. */
  key: string;
  /** The key exactly as the API expects it. */
  wireKey: string;
  type: IrType;
  /** Always required. */
  required: boolean;
  /** Required only when every condition holds (never set together with `required`). */
  requiredWhen?: Condition[];
  /** Meaningful only when every condition holds. */
  relevantWhen?: Condition[];
  default?: JsonValue;
  /** A server-resolved placeholder default such as `<SSH.PUBLIC.KEY>`: documented, never sent. */
  placeholder?: string;
  secret: boolean;
  /** May be set at creation, never changed by an update. */
  setOnce: boolean;
  readOnly?: boolean;
  /** The schema marks the field deprecated (`deprecated: true`): still accepted, to be set no more. */
  deprecated?: true;
  /**
   * The schema requires the key, but no value fits it: no config meets the schema. Typed as an
   * optional `never` (warned), so the types still compile; the diff reports it when it appears.
   */
  unsatisfiable?: true;
  title?: string;
  description?: string;
  source: SourceRef;
}

export interface IrConnector {
  /** Snapshot folder name, e.g. `sources`, `destinations`. */
  kind: string;
  /** Connector code as the API spells it, e.g. `postgresql`, `kafka-cloud`. */
  code: string;
  displayName: string;
  description?: string;
  /** Listed but not deployable yet. */
  comingSoon: boolean;
  fields: IrField[];
  /**
   * The wire config accepts keys it does not list (its schema has no
   * `additionalProperties: false`). Field lists are closed; absent means closed.
   */
  open?: boolean;
  /**
   * What the wire config takes as the value of a key it does not list (nor a pattern of
   * `extraPatterns` matches), where its schema gives `additionalProperties` a schema (and no `allOf`
   * shares those keys, and its patterns, if any, can be typed).
   * Absent: any value, where `open`.
   */
  extraValues?: IrType;
  /**
   * What the wire config takes under the keys each of its `patternProperties` patterns matches (a key several
   * match takes what each takes), where it has patterns and they, and its `additionalProperties`, can be typed
   * (no `allOf` or choice beside them). `extraValues` is then the values of keys no pattern matches.
   */
  extraPatterns?: { pattern: string; values: IrType }[];
  /** Wire keys the server computes or sets itself: accepted in responses, never authored. */
  serverKeys: string[];
  /**
   * Wire keys with one fixed value that identify the connector inside its config
   * (a union member's `sourceType: { const: "postgres" }`): filled in by the
   * builder and `toWire`, never authored.
   */
  constants?: { wireKey: string; value: JsonValue }[];
  /**
   * The wire config's JSON Schema as the source states it, self-contained
   * (`$defs` for what it refers to): the generated validators judge by it.
   * Absent for dialects whose fields say everything (field lists).
   */
  wireSchema?: boolean | { [keyword: string]: JsonValue };
  /** Keys of fields renamed since (declared in `diff.renames`): still accepted, as deprecated. */
  aliases?: IrAlias[];
  source: SourceRef;
}

/** A field's former keys, mapped to the field that took its place. */
export interface IrAlias {
  /** The former authoring key; absent when the rename leaves the authoring key as it was. */
  key?: string;
  /** The former wire key. */
  wireKey: string;
  /** The new field's authoring key. */
  to: string;
  /** The new field's wire key. */
  toWire: string;
}

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface IrOperation {
  method: HttpMethod;
  /** Path template as in the OpenAPI document, e.g. `/sources/{id}`. */
  path: string;
  pathParams: IrField[];
  /** Whether the body carries the connector code (an update body may not). */
  sendsConnector: boolean;
  query: IrField[];
  headers: IrField[];
  /** Request body properties other than the connector code and the config. */
  body: IrField[];
  source: SourceRef;
}

/** How one kind (sources, destinations) is created and updated. */
export interface IrKindApi {
  kind: string;
  /** Body property that carries the connector code (`connector`, `type`); absent when the config itself says. */
  connectorProperty?: string;
  /** Body property that carries the config (`config`, `configuration`). */
  configProperty: string;
  create: IrOperation;
  update: IrOperation;
  /** What the generated client needs besides the builders: auth, read and delete routes. */
  client?: IrKindClient;
}

/** How a request authenticates, from the document's `securitySchemes` and `security`. */
export type IrAuth = { type: "bearer" } | { type: "header"; name: string };

/** One operation the client calls, with the status its typed response is documented under. */
export interface IrRoute {
  method: HttpMethod;
  path: string;
  /** The first 2xx response with an application/json body; absent when there is none. */
  status?: string;
  /** A list response wraps its items in this array property (`result`); absent when the body is the array itself or an item. */
  itemsProperty?: string;
  /** A paged list: the page number's query parameter (1-based), and the wrapper's "there is more" flag. */
  paging?: { pageParam: string; sizeParam?: string; maxSize?: number; hasNextProperty?: string };
}

export interface IrKindClient {
  auth?: IrAuth;
  create: IrRoute;
  update: IrRoute;
  get?: IrRoute;
  list?: IrRoute;
  delete?: IrRoute;
}

export interface IrProvider {
  provider: string;
  kinds: IrKindApi[];
  /** Sorted by kind, then code. */
  connectors: IrConnector[];
}
