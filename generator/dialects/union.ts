// Dialect: the union layout of many-connector platforms. One OpenAPI document
// whose create request carries `configuration: { oneOf: [ …one member per
// connector… ] }`. Each member is a connector; its code is the value of the
// member's constant property (`sourceType: { const: "postgres" }`, also a
// one-value enum), else its title. That property is left out of the authoring
// type and filled in by the builder.

import type { Diagnostics } from "../ir/diagnostics.js";
import { pointer } from "../ir/diagnostics.js";
import type { IrConnector, JsonValue } from "../ir/ir.js";
import { bundleSchema } from "./bundle-schema.js";
import { deref, mergeAllOf, schemaToFields, type SchemaContext } from "./json-schema-type.js";
import type { Snapshot } from "../input/load-snapshot.js";
import type { KindApiOptions } from "../config/config.js";
import { findCreateBody } from "./openapi.js";

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export interface UnionOptions {
  suffixes: readonly string[];
  kinds: Record<string, KindApiOptions & { discriminator?: string }>;
}

/** The member's constant property: the configured name, else the one required property with a single value. */
function constantProperty(
  member: Obj,
  preferred: string | undefined,
  at: string,
  ctx: SchemaContext,
): { key: string; value: string } | undefined {
  const properties = isObject(member.properties) ? member.properties : {};
  const required = new Set(Array.isArray(member.required) ? member.required : []);
  const single = (key: string): string | undefined => {
    const s = deref(properties[key], `${at}/properties${pointer(key)}`, ctx)?.schema;
    if (!isObject(s)) return undefined;
    if (typeof s.const === "string") return s.const;
    if (Array.isArray(s.enum) && s.enum.length === 1 && typeof s.enum[0] === "string") return s.enum[0];
    return undefined;
  };
  if (preferred !== undefined && Object.hasOwn(properties, preferred)) {
    const value = single(preferred);
    return value === undefined ? undefined : { key: preferred, value };
  }
  const candidates = Object.keys(properties)
    .map((key) => ({ key, value: single(key) }))
    .filter((c): c is { key: string; value: string } => c.value !== undefined);
  const requiredOnes = candidates.filter((c) => required.has(c.key));
  const pick = requiredOnes.length === 1 ? requiredOnes : candidates;
  return pick.length === 1 ? pick[0] : undefined;
}

const slug = (title: string) =>
  title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

export function parseUnionConnectors(
  snapshot: Snapshot,
  kinds: readonly string[],
  options: UnionOptions,
  diags: Diagnostics,
): IrConnector[] {
  const connectors: IrConnector[] = [];
  const file = snapshot.openapi.path;
  for (const kind of kinds) {
    const kindOptions = options.kinds[kind];
    if (!kindOptions) continue; // the envelope parser reports an unconfigured kind
    const ctx: SchemaContext = { root: snapshot.openapi.json, file, diags, suffixes: options.suffixes };
    const body = findCreateBody(snapshot.openapi, kind, kindOptions, ctx);
    if (!body) continue; // reported by the envelope parser
    const configProperty = kindOptions.configProperty ?? "configuration";
    const properties = isObject(body.schema.properties) ? body.schema.properties : {};
    const configAt = `${body.at}/properties${pointer(configProperty)}`;
    const config = deref(properties[configProperty], configAt, ctx);
    if (!config) continue;
    const union = isObject(config.schema)
      ? Array.isArray(config.schema.oneOf)
        ? "oneOf"
        : Array.isArray(config.schema.anyOf)
          ? "anyOf"
          : undefined
      : undefined;
    if (!union || !isObject(config.schema)) {
      diags.error({
        rule: "no-config-union",
        file,
        pointer: config.at,
        message: `the ${kind} create request's ${JSON.stringify(configProperty)} is not a oneOf/anyOf of connector schemas`,
      });
      continue;
    }
    const seen = new Map<string, string>();
    for (const [i, raw] of (config.schema[union] as unknown[]).entries()) {
      const memberAt = `${config.at}/${union}/${i}`;
      const resolved = deref(raw, memberAt, ctx);
      if (!resolved || !isObject(resolved.schema)) {
        if (resolved)
          diags.error({
            rule: "invalid-connector-schema",
            file,
            pointer: memberAt,
            message: "a union member must be an object schema",
          });
        continue;
      }
      const merged = Array.isArray(resolved.schema.allOf)
        ? mergeAllOf(resolved.schema, resolved.at, ctx)
        : resolved.schema;
      if (!merged) continue;
      const constant = constantProperty(merged, kindOptions.discriminator, resolved.at, ctx);
      const title = typeof merged.title === "string" ? merged.title : undefined;
      const code = constant?.value ?? (title !== undefined ? slug(title) : "");
      if (code === "") {
        diags.error({
          rule: "no-connector-code",
          file,
          pointer: resolved.at,
          message: "cannot tell this member's connector code: give it a property with a `const` value or a title",
        });
        continue;
      }
      const name = `${kind}/${code}`;
      const previous = seen.get(code);
      if (previous !== undefined) {
        diags.error({
          rule: "duplicate-connector",
          file,
          pointer: resolved.at,
          connector: name,
          message: `connector code ${JSON.stringify(code)} is also used by ${previous}`,
        });
        continue;
      }
      seen.set(code, resolved.at);
      // The constant is the builder's to fill in, not the author's.
      const own = isObject(merged.properties) ? { ...merged.properties } : {};
      if (constant) delete own[constant.key];
      const required = Array.isArray(merged.required) ? merged.required.filter((k) => k !== constant?.key) : undefined;
      const memberCtx: SchemaContext = { ...ctx, connector: name };
      const fields = schemaToFields(
        { ...merged, properties: own, ...(required ? { required } : {}) },
        resolved.at,
        memberCtx,
      );
      const wireSchema = bundleSchema(resolved.schema, memberCtx);
      if (!fields || wireSchema === undefined) continue;
      const description =
        typeof merged.description === "string" && merged.description.trim() !== "" ? merged.description : undefined;
      connectors.push({
        kind,
        code,
        displayName: title ?? code,
        ...(description !== undefined ? { description } : {}),
        comingSoon: false,
        fields: fields.filter((f) => !f.readOnly),
        serverKeys: fields.filter((f) => f.readOnly).map((f) => f.wireKey),
        ...(constant ? { constants: [{ wireKey: constant.key, value: constant.value as JsonValue }] } : {}),
        wireSchema,
        source: { file, pointer: resolved.at },
      });
    }
  }
  return connectors;
}
