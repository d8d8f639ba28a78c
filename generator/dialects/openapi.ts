// Parses the API envelope out of the OpenAPI document: for each connector kind,
// the create and update operations (method, path, path/query/header
// parameters, body properties besides the connector code and the config).

import type { Diagnostics } from "../ir/diagnostics.js";
import { pointer } from "../ir/diagnostics.js";
import type { HttpMethod, IrAuth, IrField, IrKindApi, IrKindClient, IrOperation, IrRoute } from "../ir/ir.js";
import {
  deref,
  MAX_SCHEMA_EXPANSIONS,
  mergeAllOf,
  schemaToFields,
  schemaToType,
  type SchemaContext,
} from "./json-schema-type.js";
import { authoringKey } from "../ir/naming.js";
import type { SnapshotFile } from "../input/load-snapshot.js";
import { settingsOfKind, type KindApiOptions } from "../config/config.js";
import { isObject, ownValue, type PlainObject } from "../ir/plain.js";

type Obj = PlainObject;
const METHODS: HttpMethod[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function findOperation(
  paths: Obj,
  spec: string | undefined,
  kind: string,
  createPath: string | undefined,
): [HttpMethod, string] | string {
  if (spec !== undefined) {
    const match = /^(\w+)\s+(\S+)$/.exec(spec.trim());
    const method = match?.[1]!.toUpperCase() as HttpMethod;
    if (!match || !METHODS.includes(method))
      return `cannot read operation ${JSON.stringify(spec)}; expected "METHOD /path"`;
    const path = match[2]!;
    const item = Object.hasOwn(paths, path) ? paths[path] : undefined;
    if (!isObject(item) || !isObject(item[method.toLowerCase()]))
      return `the document has no operation ${method} ${path}`;
    return [method, path];
  }
  const trim = (p: string) => p.replace(/\/$/, "");
  if (createPath === undefined) {
    const found = Object.keys(paths).filter(
      (p) => trim(p).endsWith(`/${kind}`) && isObject(paths[p]) && isObject((paths[p] as Obj).post),
    );
    if (found.length === 1) return ["POST", found[0]!];
    return found.length === 0
      ? `no POST operation on a path ending in /${kind}; set "create" for this kind`
      : `several POST operations could create ${kind} (${found.join(", ")}); set "create" for this kind`;
  }
  const base = trim(createPath);
  const candidates = Object.keys(paths).filter((p) => {
    const rest = trim(p).slice(base.length);
    return trim(p).startsWith(base) && /^\/\{[^/{}]+\}$/.test(rest);
  });
  for (const method of ["PUT", "PATCH"] as const) {
    const found = candidates.filter((p) => isObject((paths[p] as Obj)[method.toLowerCase()]));
    if (found.length === 1) return [method, found[0]!];
  }
  return `no PUT or PATCH operation on ${base}/{id}; set "update" for this kind`;
}

function parameters(
  item: Obj,
  op: Obj,
  at: string,
  ctx: SchemaContext,
): Record<"path" | "query" | "header", IrField[]> {
  const out: Record<"path" | "query" | "header", IrField[]> = { path: [], query: [], header: [] };
  const list = [
    ...(Array.isArray(item.parameters)
      ? item.parameters.map((p, i) => [p, `${at.replace(/\/[^/]+$/, "")}/parameters/${i}`] as const)
      : []),
    ...(Array.isArray(op.parameters) ? op.parameters.map((p, i) => [p, `${at}/parameters/${i}`] as const) : []),
  ];
  const byName = new Map<string, IrField & { in: string }>();
  for (const [raw, paramAt] of list) {
    const resolved = deref(raw, paramAt, ctx);
    if (!resolved || !isObject(resolved.schema)) continue;
    const p = resolved.schema;
    const where = p.in;
    if (where !== "path" && where !== "query" && where !== "header") continue;
    if (typeof p.name !== "string") {
      ctx.diags.error({
        rule: "unnamed-parameter",
        file: ctx.file,
        pointer: paramAt,
        message: "parameter without a name",
      });
      continue;
    }
    const type =
      p.schema === undefined ? ({ type: "string" } as const) : schemaToType(p.schema, `${resolved.at}/schema`, ctx);
    const key = authoringKey(p.name);
    if (!type || key === undefined) continue;
    // Operation-level parameters override path-level ones of the same name and place.
    byName.set(`${where}:${p.name}`, {
      in: where,
      key,
      wireKey: p.name,
      type,
      required: where === "path" || p.required === true,
      secret: false,
      setOnce: false,
      ...(typeof p.description === "string" ? { description: p.description } : {}),
      source: { file: ctx.file, pointer: resolved.at },
    });
  }
  for (const { in: where, ...field } of byName.values()) out[where as "path" | "query" | "header"].push(field);
  return out;
}

/** The application/json request body schema of an operation, allOf merged. */
function requestBodySchema(op: Obj, at: string, ctx: SchemaContext): { schema: Obj; at: string } | undefined {
  const bodyRef = deref(op.requestBody, `${at}/requestBody`, ctx);
  const content = isObject(bodyRef?.schema) ? bodyRef.schema.content : undefined;
  const json = isObject(content) ? (content["application/json"] as Obj | undefined) : undefined;
  const schemaAt = `${bodyRef?.at ?? at}/content/application~1json/schema`;
  const schema = isObject(json) ? deref(json.schema, schemaAt, ctx) : undefined;
  if (!schema || !isObject(schema.schema)) return undefined;
  const merged = Array.isArray(schema.schema.allOf) ? mergeAllOf(schema.schema, schema.at, ctx) : schema.schema;
  return merged ? { schema: merged, at: schema.at } : undefined;
}

/**
 * The create request body schema of a kind, for dialects that find connector
 * types and config schemas inside the OpenAPI document. Reports nothing: the
 * envelope parser reports a missing operation or body.
 */
export function findCreateBody(
  openapi: SnapshotFile,
  kind: string,
  options: KindApiOptions,
  ctx: SchemaContext,
): { schema: Obj; at: string } | undefined {
  const doc = openapi.json;
  if (!isObject(doc) || !isObject(doc.paths)) return undefined;
  const found = findOperation(doc.paths, options.create, kind, undefined);
  if (typeof found === "string") return undefined;
  const op = (doc.paths[found[1]] as Obj)[found[0].toLowerCase()] as Obj;
  return requestBodySchema(op, pointer("paths", found[1], found[0].toLowerCase()), ctx);
}

/**
 * API keys sent in a header (security schemes `type: apiKey, in: header`) become
 * header options: the builder names the header, the caller gives the value.
 */
function apiKeyHeaders(op: Obj, at: string, ctx: SchemaContext): IrField[] {
  const doc = ctx.root as Obj;
  const requirements = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  const fields: IrField[] = [];
  requirements.forEach((requirement) => {
    if (!isObject(requirement)) return;
    for (const name of Object.keys(requirement)) {
      const scheme = deref(ownValue(schemes, name), pointer("components", "securitySchemes", name), ctx)?.schema;
      if (!isObject(scheme) || scheme.type !== "apiKey" || scheme.in !== "header" || typeof scheme.name !== "string")
        continue;
      const key = authoringKey(scheme.name);
      if (key === undefined || fields.some((f) => f.wireKey === scheme.name)) continue;
      fields.push({
        key,
        wireKey: scheme.name,
        type: { type: "string" },
        // Required when every way to authenticate needs it.
        required: requirements.every((r) => isObject(r) && Object.keys(r).includes(name)),
        secret: true,
        setOnce: false,
        description:
          typeof scheme.description === "string" ? scheme.description : `API key sent in the ${scheme.name} header.`,
        source: { file: ctx.file, pointer: `${at}/security` },
      });
    }
  });
  return fields;
}

/**
 * The first way to authenticate the client can speak (http bearer, or an API
 * key in a header), from the operation's `security` or the document's.
 */
function authOf(op: Obj, ctx: SchemaContext): IrAuth | undefined {
  const doc = ctx.root as Obj;
  const requirements = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : [];
  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const requirement of requirements) {
    if (!isObject(requirement)) continue;
    const names = Object.keys(requirement);
    // A requirement naming several schemes needs them all: only single-scheme ones are spoken.
    if (names.length !== 1) continue;
    const name = names[0]!;
    const scheme = deref(schemes[name], pointer("components", "securitySchemes", name), ctx)?.schema;
    if (!isObject(scheme)) continue;
    if (scheme.type === "http" && typeof scheme.scheme === "string" && scheme.scheme.toLowerCase() === "bearer")
      return { type: "bearer" };
    if (scheme.type === "apiKey" && scheme.in === "header" && typeof scheme.name === "string" && scheme.name !== "")
      return { type: "header", name: scheme.name };
  }
  return undefined;
}

/** A route the client calls, when the document has it: its documented JSON status and list wrapper. */
function route(paths: Obj, method: HttpMethod, path: string, ctx: SchemaContext): IrRoute | undefined {
  const item = paths[path];
  const op = isObject(item) ? item[method.toLowerCase()] : undefined;
  if (!isObject(op)) return undefined;
  const at = pointer("paths", path, method.toLowerCase());
  const responses = isObject(op.responses) ? op.responses : {};
  const status = Object.keys(responses)
    .filter((code) => /^2\d\d$/.test(code))
    .sort()
    .find((code) => {
      const response = deref(responses[code], `${at}/responses/${code}`, ctx)?.schema;
      return isObject(response) && isObject(response.content) && isObject(response.content["application/json"]);
    });
  const out: IrRoute = { method, path, ...(status !== undefined ? { status } : {}) };
  if (status === undefined || method !== "GET") return out;
  const response = deref(responses[status], `${at}/responses/${status}`, ctx)?.schema as Obj;
  const json = (response.content as Obj)["application/json"] as Obj;
  const schema = deref(json.schema, `${at}/responses/${status}/content/application~1json/schema`, ctx)?.schema;
  if (!isObject(schema) || schema.type === "array" || !isObject(schema.properties)) return out;
  // A paged wrapper: the one array property holds the items.
  const arrays = Object.entries(schema.properties).filter(([, p]) => isObject(p) && p.type === "array");
  if (arrays.length !== 1) return out;
  const properties = schema.properties;
  const pages = paging(isObject(item) ? item : {}, op, at, ctx);
  const hasNext = HAS_NEXT.find((name) => isObject(properties[name]) && properties[name].type === "boolean");
  return {
    ...out,
    itemsProperty: arrays[0]![0],
    ...(pages ? { paging: { ...pages, ...(hasNext !== undefined ? { hasNextProperty: hasNext } : {}) } } : {}),
  };
}

const HAS_NEXT = ["has_next", "hasNext", "has_more", "hasMore"];
const PAGE_SIZE = ["page_size", "pageSize", "per_page", "perPage", "size"];

/** A list's page-number query parameter (`page`, integer) and its page-size one with the largest size allowed. */
function paging(
  item: Obj,
  op: Obj,
  at: string,
  ctx: SchemaContext,
): { pageParam: string; sizeParam?: string; maxSize?: number } | undefined {
  const given = [
    ...(Array.isArray(item.parameters) ? item.parameters : []),
    ...(Array.isArray(op.parameters) ? op.parameters : []),
  ];
  const query = given
    .map((p, i) => deref(p, `${at}/parameters/${i}`, ctx)?.schema)
    .filter((p): p is Obj => isObject(p) && p.in === "query" && typeof p.name === "string");
  const integer = (p: Obj) => isObject(p.schema) && p.schema.type === "integer";
  const page = query.find((p) => p.name === "page" && integer(p));
  if (!page) return undefined;
  const size = query.find((p) => PAGE_SIZE.includes(p.name as string) && integer(p));
  const max = size && isObject(size.schema) ? size.schema.maximum : undefined;
  return {
    pageParam: "page",
    ...(size ? { sizeParam: size.name as string } : {}),
    ...(typeof max === "number" && Number.isSafeInteger(max) && max > 0 ? { maxSize: max } : {}),
  };
}

function clientRoutes(
  paths: Obj,
  create: [HttpMethod, string],
  update: [HttpMethod, string],
  ctx: SchemaContext,
): IrKindClient {
  const createOp = (paths[create[1]] as Obj)[create[0].toLowerCase()] as Obj;
  const auth = authOf(createOp, ctx);
  const get = route(paths, "GET", update[1], ctx);
  const list = route(paths, "GET", create[1], ctx);
  const del = route(paths, "DELETE", update[1], ctx);
  return {
    ...(auth ? { auth } : {}),
    create: route(paths, create[0], create[1], ctx)!,
    update: route(paths, update[0], update[1], ctx)!,
    ...(get ? { get } : {}),
    ...(list ? { list } : {}),
    ...(del ? { delete: del } : {}),
  };
}

function operation(
  paths: Obj,
  method: HttpMethod,
  path: string,
  options: KindApiOptions,
  ctx: SchemaContext,
  isCreate: boolean,
): IrOperation | undefined {
  const item = paths[path] as Obj;
  const op = item[method.toLowerCase()] as Obj;
  const at = pointer("paths", path, method.toLowerCase());
  const params = parameters(item, op, at, ctx);
  for (const header of apiKeyHeaders(op, at, ctx)) {
    if (!params.header.some((h) => h.wireKey.toLowerCase() === header.wireKey.toLowerCase()))
      params.header.push(header);
  }
  const configProperty = options.configProperty ?? "config";
  const schema = requestBodySchema(op, at, ctx);
  if (!schema) {
    ctx.diags.error({
      rule: "no-request-body",
      file: ctx.file,
      pointer: at,
      message: `${method} ${path} has no application/json request body schema`,
    });
    return undefined;
  }
  const properties = isObject(schema.schema.properties) ? schema.schema.properties : {};
  // An update body may leave the connector code out (the type of a connector is fixed).
  const connectorProperty = options.connectorProperty;
  const sendsConnector =
    connectorProperty !== undefined && Object.prototype.hasOwnProperty.call(properties, connectorProperty);
  const needs = isCreate && connectorProperty !== undefined ? [connectorProperty, configProperty] : [configProperty];
  for (const needed of needs) {
    if (!Object.prototype.hasOwnProperty.call(properties, needed)) {
      ctx.diags.error({
        rule: "missing-body-property",
        file: ctx.file,
        pointer: schema.at,
        message: `${method} ${path} request body has no property ${JSON.stringify(needed)}`,
      });
      return undefined;
    }
  }
  // The connector code and the config are the dialect's business, not the envelope's.
  const envelopeProperties = Object.fromEntries(
    Object.entries(properties).filter(([k]) => k !== options.connectorProperty && k !== configProperty),
  );
  const dialectOwned = (k: unknown) => k === options.connectorProperty || k === configProperty;
  const envelopeRequired = Array.isArray(schema.schema.required)
    ? { required: schema.schema.required.filter((k) => !dialectOwned(k)) }
    : {};
  const fields = schemaToFields(
    { ...schema.schema, properties: envelopeProperties, ...envelopeRequired },
    schema.at,
    ctx,
  );
  if (!fields) return undefined;
  const body = fields.filter(
    (f) => f.wireKey !== options.connectorProperty && f.wireKey !== configProperty && !f.readOnly,
  );
  const clash = body.find((f) => f.key === "config");
  if (clash) {
    ctx.diags.error({
      rule: "name-collision",
      file: ctx.file,
      pointer: clash.source.pointer,
      field: clash.wireKey,
      message: `body property ${JSON.stringify(clash.wireKey)} collides with the authoring name "config"`,
    });
  }
  return {
    method,
    path,
    pathParams: params.path,
    sendsConnector,
    query: params.query,
    headers: params.header,
    body,
    source: { file: ctx.file, pointer: at },
  };
}

export function parseOpenApiEnvelope(
  openapi: SnapshotFile,
  kinds: readonly string[],
  kindOptions: Readonly<Record<string, KindApiOptions>>,
  diags: Diagnostics,
): IrKindApi[] {
  const doc = openapi.json;
  // The envelope's own schemas (parameters, the body beside the config) share one budget.
  const ctx: SchemaContext = {
    root: doc,
    file: openapi.path,
    diags,
    suffixes: [],
    expansions: { left: MAX_SCHEMA_EXPANSIONS },
  };
  if (!isObject(doc) || typeof doc.openapi !== "string" || !isObject(doc.paths)) {
    diags.error({
      rule: "not-openapi",
      file: openapi.path,
      pointer: "",
      message: "expected an OpenAPI 3.x document with `openapi` and `paths`",
    });
    return [];
  }
  if (!/^3\./.test(doc.openapi)) {
    diags.error({
      rule: "not-openapi",
      file: openapi.path,
      pointer: "/openapi",
      message: `unsupported OpenAPI version ${doc.openapi}; 3.0 and 3.1 are supported`,
    });
  }
  const paths = doc.paths;
  const apis: IrKindApi[] = [];
  for (const kind of kinds) {
    const options = settingsOfKind(kindOptions, kind);
    if (!options) {
      diags.error({
        rule: "unconfigured-kind",
        file: `connectors/${kind}`,
        message: `no API settings for kind ${JSON.stringify(kind)} in the provider config (kinds.${kind}.connectorProperty)`,
      });
      continue;
    }
    const create = findOperation(paths, options.create, kind, undefined);
    if (typeof create === "string") {
      diags.error({
        rule: "no-create-operation",
        file: openapi.path,
        pointer: "/paths",
        message: `${kind}: ${create}`,
      });
      continue;
    }
    const update = findOperation(paths, options.update, kind, create[1]);
    if (typeof update === "string") {
      diags.error({
        rule: "no-update-operation",
        file: openapi.path,
        pointer: "/paths",
        message: `${kind}: ${update}`,
      });
      continue;
    }
    const createOp = operation(paths, create[0], create[1], options, ctx, true);
    const updateOp = operation(paths, update[0], update[1], options, ctx, false);
    if (!createOp || !updateOp) continue;
    if (updateOp.pathParams.length === 0) {
      diags.error({
        rule: "no-id-parameter",
        file: openapi.path,
        pointer: updateOp.source.pointer,
        message: `${kind}: update ${update[1]} has no path parameter for the connector id`,
      });
      continue;
    }
    apis.push({
      kind,
      connectorProperty: options.connectorProperty,
      configProperty: options.configProperty ?? "config",
      create: createOp,
      update: updateOp,
      client: clientRoutes(paths, create, update, ctx),
    });
  }
  return apis;
}
