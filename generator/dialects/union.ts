// Dialect: the union layout of many-connector platforms. One OpenAPI document
// whose create request carries `configuration: { oneOf: [ …one member per
// connector… ] }`. Each member is a connector; its code is the value of the
// member's constant property (`sourceType: { const: "postgres" }`, also a
// one-value enum), else its title. That property is left out of the authoring
// type and filled in by the builder.

import { Diagnostics } from "../ir/diagnostics.js";
import { buildAlone, pointer } from "../ir/diagnostics.js";
import type { IrConnector, JsonValue } from "../ir/ir.js";
import { bundleSchema } from "./bundle-schema.js";
import {
  configSchemaOf,
  definitionWith,
  deref,
  extraKeysOf,
  withKeywordsBesideRef,
  isOpenSchema,
  MAX_SCHEMA_EXPANSIONS,
  mergeAllOf,
  schemaToFields,
  warnOnce,
  type FieldMemo,
  type SchemaContext,
} from "./json-schema-type.js";
import type { Snapshot } from "../input/load-snapshot.js";
import { settingsOfKind, type KindApiOptions } from "../config/config.js";
import { findCreateBody } from "./openapi.js";
import { kindTypeName } from "../ir/naming.js";
import { isObject, ownValue, type PlainObject } from "../ir/plain.js";
import type { ConnectorPlan } from "./connector-input.js";

type Obj = PlainObject;

export interface UnionOptions {
  suffixes: readonly string[];
  kinds: Record<string, KindApiOptions & { discriminator?: string }>;
  /** Fields built before, to take instead of building them again (see FieldMemo). */
  fieldMemo?: FieldMemo;
}

/**
 * A member's properties with one fixed string value (`const`, or a one-value `enum`), each worked out when
 * first asked for: finding the discriminator asks for a few keys of every member, and only the first
 * member's (or, with no discriminator, each member's) are all needed.
 */
class FixedValues {
  private readonly properties: Obj;
  private readonly found = new Map<string, string | undefined>();
  /** Problems in these properties are reported when the connector's fields are parsed (naming the connector). */
  private ctx: SchemaContext | undefined;

  constructor(
    member: Obj,
    private readonly at: string,
    private readonly parent: SchemaContext,
  ) {
    this.properties = isObject(member.properties) ? member.properties : {};
  }

  /** The one string property `key` is fixed to, if any. */
  get(key: string): string | undefined {
    if (this.found.has(key)) return this.found.get(key);
    let value: string | undefined;
    if (Object.hasOwn(this.properties, key)) {
      const raw = this.properties[key];
      // A property the member and an allOf schema both define is the allOf of its definitions: any may fix it.
      if (isObject(raw) && Array.isArray(raw.allOf) && !("const" in raw)) {
        for (const definition of raw.allOf) if ((value = this.single(definition, key)) !== undefined) break;
      } else value = this.single(raw, key);
    }
    this.found.set(key, value);
    return value;
  }

  /** Every fixed property, in property order. */
  all(): Map<string, string> {
    const out = new Map<string, string>();
    for (const key of Object.keys(this.properties)) {
      const value = this.get(key);
      if (value !== undefined) out.set(key, value);
    }
    return out;
  }

  /** The one string `definition` fixes, if any; its place is worked out only for a reference, the one case that can report a problem. */
  private single(definition: unknown, key: string): string | undefined {
    const s =
      isObject(definition) && "$ref" in definition
        ? deref(
            definition,
            `${this.at}/properties${pointer(key)}`,
            (this.ctx ??= { ...this.parent, diags: new Diagnostics() }),
          )?.schema
        : definition;
    if (!isObject(s)) return undefined;
    if (typeof s.const === "string") return s.const;
    if (Array.isArray(s.enum) && s.enum.length === 1 && typeof s.enum[0] === "string") return s.enum[0];
    return undefined;
  }
}

/**
 * The likeliest discriminator among several: named `<kind singular>Type`
 * (`sourceType`), else `type`, else `…Type`/`…_type`, else one every member
 * requires, else the first in property order.
 */
function likeliest(candidates: readonly string[], kind: string, requiredByAll: (key: string) => boolean): string {
  const own = `${kindTypeName(kind).toLowerCase()}type`;
  const tests = [
    (k: string) => k.toLowerCase().replace(/[^a-z0-9]/g, "") === own,
    (k: string) => k === "type",
    (k: string) => /(Type|_type|-type)$/.test(k),
    requiredByAll,
  ];
  for (const test of tests) {
    const found = candidates.find(test);
    if (found !== undefined) return found;
  }
  return candidates[0]!;
}

const isUnion = (s: Obj) => Array.isArray(s.oneOf) || Array.isArray(s.anyOf);

const slug = (title: string) =>
  title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

interface Member {
  /** As written (a `$ref` followed). */
  schema: Obj;
  /** Its `allOf` merged. */
  merged: Obj;
  /** Where its fields stand: the member, or the one alternative of its own oneOf/anyOf. */
  at: string;
  values: FixedValues;
  /** A oneOf/anyOf of several configs, which no list of fields can say. */
  several: boolean;
}

/** A schema without its own oneOf/anyOf. */
function withoutAlternatives(schema: Obj): Obj {
  const { oneOf: _oneOf, anyOf: _anyOf, ...own } = schema;
  return own;
}

/** A union member's schema, or undefined (an error in `ctx.diags` says why) when it is no object schema one can read. */
function findMember(raw: unknown, memberAt: string, ctx: SchemaContext): Member | undefined {
  const resolved = deref(withKeywordsBesideRef(raw), memberAt, ctx);
  if (!resolved) return undefined;
  const { schema, at } = resolved;
  if (!isObject(schema)) {
    ctx.diags.error({
      rule: "invalid-connector-schema",
      file: ctx.file,
      pointer: memberAt,
      message: "a union member must be an object schema",
    });
    return undefined;
  }
  // A member that is a oneOf/anyOf of several configs keeps its own keys, to tell its code;
  // building it leaves it out, warned.
  const single = configSchemaOf(schema, at, ctx);
  const several = single === undefined;
  const config = single ?? { schema: withoutAlternatives(schema), at };
  const merged = Array.isArray(config.schema.allOf) ? mergeAllOf(config.schema, config.at, ctx) : config.schema;
  if (!merged) return undefined;
  const type = merged.type;
  if (type !== undefined && type !== "object" && !(Array.isArray(type) && type.includes("object"))) {
    ctx.diags.error({
      rule: "invalid-connector-schema",
      file: ctx.file,
      pointer: `${config.at}/type`,
      message: `a union member must be an object schema, not of type ${JSON.stringify(type)}`,
    });
    return undefined;
  }
  return { schema, merged, at: config.at, values: new FixedValues(merged, config.at, ctx), several };
}

/** The snapshot's connectors, each found (with what finding it reports) as it is asked for, and built on request. */
export function* planUnionConnectors(
  snapshot: Snapshot,
  kinds: readonly string[],
  options: UnionOptions,
  diags: Diagnostics,
): Generator<ConnectorPlan> {
  const file = snapshot.openapi.path;
  for (const kind of kinds) {
    const kindOptions = settingsOfKind(options.kinds, kind);
    if (!kindOptions) continue; // the envelope parser reports an unconfigured kind
    const ctx: SchemaContext = { root: snapshot.openapi.json, file, diags, suffixes: options.suffixes };
    const body = findCreateBody(snapshot.openapi, kind, kindOptions, ctx);
    if (!body) continue; // reported by the envelope parser
    const configProperty = kindOptions.configProperty ?? "configuration";
    const properties = isObject(body.schema.properties) ? body.schema.properties : {};
    const configAt = `${body.at}/properties${pointer(configProperty)}`;
    const config = definitionWith(ownValue(properties, configProperty), configAt, ctx, isUnion);
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
    const members: Member[] = [];
    // Members are found one by one, each with diagnostics of its own: one whose schema cannot be read
    // (a dangling or cyclic $ref, an allOf that includes itself, no object schema) is left out, warned.
    const shown = new Set<string>();
    for (const [i, raw] of (config.schema[union] as unknown[]).entries()) {
      const own = new Diagnostics();
      const memberAt = `${config.at}/${union}/${i}`;
      const member = buildAlone(
        own,
        (local) => {
          const found = findMember(raw, memberAt, { ...ctx, diags: local });
          // A problem found elsewhere (a $ref target, an allOf member) says which member it leaves out.
          for (const d of local.errors)
            if (d.pointer !== memberAt && !d.pointer?.startsWith(`${memberAt}/`))
              d.message = `${d.message} (union member ${memberAt})`;
          return found;
        },
        { file, pointer: memberAt },
      );
      for (const { connector, ...d } of own.items) {
        // A warning on a schema members share (through allOf) is shown once, as one walk would.
        const id = JSON.stringify([d.rule, d.file, d.pointer, d.message]);
        if (d.severity === "warning" && !d.message.endsWith("; this connector is left out") && shown.has(id)) continue;
        shown.add(id);
        diags.items.push(connector !== undefined ? { ...d, connector } : d);
      }
      if (member) members.push(member);
    }
    const requiredByAll = (key: string) =>
      members.every((m) => Array.isArray(m.merged.required) && m.merged.required.includes(key));
    // The discriminator: configured, else the property every member fixes to a value of its own.
    let discriminator = kindOptions.discriminator;
    if (discriminator === undefined && members.length > 0) {
      const candidates = [...members[0]!.values.all().keys()].filter((key) => {
        const values = members.map((m) => m.values.get(key));
        return values.every((v) => v !== undefined) && new Set(values).size === values.length;
      });
      if (candidates.length > 0) discriminator = likeliest(candidates, kind, requiredByAll);
      if (candidates.length > 1)
        warnOnce(
          ctx,
          "guessed-discriminator",
          config.at,
          `several properties have a distinct constant value in every ${kind} member (${candidates.map((c) => JSON.stringify(c)).join(", ")}); connector codes are taken from ${JSON.stringify(discriminator)}: set kinds.${kind}.discriminator to choose`,
        );
      if (candidates.length === 0 && members.length > 1)
        warnOnce(
          ctx,
          "no-discriminator",
          config.at,
          `no property has a distinct constant value in every ${kind} member; each member's code is its own constant property, else its title`,
        );
    }
    const seen = new Map<string, string>();
    for (const { schema, merged, at, values, several } of members) {
      const resolved = { at };
      let constant: { key: string; value: string } | undefined;
      if (discriminator !== undefined) {
        const value = values.get(discriminator);
        if (value !== undefined) constant = { key: discriminator, value };
      } else {
        // No common discriminator: this member's own constant; with several, the likeliest, warned.
        const own = values.all();
        const candidates = [...own.keys()];
        const required = (key: string) => Array.isArray(merged.required) && merged.required.includes(key);
        const key = candidates.length > 0 ? likeliest(candidates, kind, required) : undefined;
        if (candidates.length > 1)
          warnOnce(
            ctx,
            "guessed-discriminator",
            at,
            `several constant properties (${candidates.map((c) => JSON.stringify(c)).join(", ")}); the code is taken from ${JSON.stringify(key)}`,
          );
        if (key !== undefined) constant = { key, value: own.get(key)! };
      }
      const title = typeof merged.title === "string" ? merged.title : undefined;
      const code = constant?.value ?? (title !== undefined ? slug(title) : "");
      if (code === "") {
        diags.warn({
          rule: "no-connector-code",
          file,
          pointer: resolved.at,
          message:
            "cannot tell this member's connector code: give it a property with a `const` value or a title; this connector is left out",
        });
        continue;
      }
      const name = `${kind}/${code}`;
      if (discriminator !== undefined && constant === undefined) {
        // Only a configured discriminator can be missing from a member: a found one is in every member.
        const properties = isObject(merged.properties) ? merged.properties : {};
        diags.warn({
          rule: "no-discriminator",
          file,
          pointer: Object.hasOwn(properties, discriminator) ? `${at}/properties${pointer(discriminator)}` : at,
          connector: name,
          message: `the discriminator ${JSON.stringify(discriminator)} has no string constant in this member; its code is taken from its title`,
        });
      }
      const previous = seen.get(code);
      if (previous !== undefined) {
        diags.warn({
          rule: "duplicate-connector",
          file,
          pointer: resolved.at,
          connector: name,
          message: `connector code ${JSON.stringify(code)} is also used by ${previous}; this connector is left out`,
        });
        continue;
      }
      seen.set(code, resolved.at);
      const context = constant?.key ?? "";
      yield {
        input: { id: name, schema, roots: [snapshot.openapi.json], file, context },
        build: (): IrConnector | undefined =>
          buildAlone(
            diags,
            (local) => {
              // The constant is the builder's to fill in, not the author's.
              if (several) {
                local.warn({
                  rule: "invalid-connector-schema",
                  file,
                  pointer: resolved.at,
                  connector: name,
                  message:
                    "a union member must be one object schema, not a oneOf/anyOf of several; this connector is left out",
                });
                return undefined;
              }
              // Copied without the constant, not copied and deleted from: an object a key is deleted from is
              // slower to read for the rest of the build.
              const own = isObject(merged.properties)
                ? constant
                  ? Object.fromEntries(Object.entries(merged.properties).filter(([k]) => k !== constant.key))
                  : { ...merged.properties }
                : {};
              const required = Array.isArray(merged.required)
                ? merged.required.filter((k) => k !== constant?.key)
                : undefined;
              const memberCtx: SchemaContext = {
                ...ctx,
                diags: local,
                connector: name,
                expansions: { left: MAX_SCHEMA_EXPANSIONS },
                ...(options.fieldMemo ? { fieldMemo: options.fieldMemo } : {}),
              };
              const fields = schemaToFields(
                { ...merged, properties: own, ...(required ? { required } : {}) },
                resolved.at,
                memberCtx,
              );
              const wireSchema = bundleSchema(schema, memberCtx);
              const extraKeys = extraKeysOf(schema, resolved.at, memberCtx);
              if (!fields || wireSchema === undefined) return undefined;
              const description =
                typeof merged.description === "string" && merged.description.trim() !== ""
                  ? merged.description
                  : undefined;
              return {
                kind,
                code,
                displayName: title ?? code,
                ...(description !== undefined ? { description } : {}),
                comingSoon: false,
                fields: fields.filter((f) => !f.readOnly),
                open: isOpenSchema(merged),
                ...extraKeys,
                serverKeys: fields.filter((f) => f.readOnly).map((f) => f.wireKey),
                ...(constant ? { constants: [{ wireKey: constant.key, value: constant.value as JsonValue }] } : {}),
                wireSchema,
                source: { file, pointer: resolved.at },
              };
            },
            { file, pointer: resolved.at, connector: name },
          ),
      };
    }
  }
}
