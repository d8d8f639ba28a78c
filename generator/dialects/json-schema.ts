// Dialect parser: one JSON Schema per connector type (Unstructured style).
// Connector types of a kind are the values of the create body's connector
// property (an enum) plus the schema files in connectors/<kind>/. A type's
// config schema is its file if there is one, else the member of the `config`
// oneOf/anyOf in the OpenAPI document that the discriminator mapping names, or
// whose component name is `<Type><Kind>…` (e.g. GoogleDriveSourceConnectorConfigInput).

import type { Diagnostics } from "../ir/diagnostics.js";
import { buildAlone, pointer } from "../ir/diagnostics.js";
import type { IrConnector } from "../ir/ir.js";
import { bundleSchema } from "./bundle-schema.js";
import {
  acceptsOtherKeys,
  configSchemaOf,
  definitionWith,
  deref,
  extraKeysSchema,
  extraKeysOf,
  withKeywordsBesideRef,
  MAX_SCHEMA_EXPANSIONS,
  schemaToFields,
  takesNoValue,
  type FieldMemo,
  type SchemaContext,
} from "./json-schema-type.js";
import type { Snapshot, SnapshotFile } from "../input/load-snapshot.js";
import { kindTypeName, stripSuffix } from "../ir/naming.js";
import { settingsOfKind, type KindApiOptions } from "../config/config.js";
import { findCreateBody } from "./openapi.js";
import { isObject, ownValue } from "../ir/plain.js";
import type { ConnectorPlan } from "./connector-input.js";

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

export interface JsonSchemaOptions {
  suffixes: readonly string[];
  kinds: Readonly<Record<string, KindApiOptions>>;
  /** Fields built before, to take instead of building them again (see FieldMemo). */
  fieldMemo?: FieldMemo;
}

interface Located {
  schema: unknown;
  at: string;
  file: SnapshotFile;
}

/** Connector codes and in-document config schemas of one kind. */
function documentTypes(openapi: SnapshotFile, kind: string, options: KindApiOptions, ctx: SchemaContext) {
  const codes: string[] = [];
  const schemas = new Map<string, Located>();
  const body = findCreateBody(openapi, kind, options, ctx);
  if (!body) return { codes, schemas };
  const properties = isObject(body.schema.properties) ? body.schema.properties : {};
  const connectorProperty = options.connectorProperty ?? "";
  const connectorAt = `${body.at}/properties${pointer(connectorProperty)}`;
  const connector = options.connectorProperty
    ? definitionWith(
        ownValue(properties, connectorProperty),
        connectorAt,
        ctx,
        (s) => Array.isArray(s.enum) || "const" in s || Array.isArray(s.anyOf) || Array.isArray(s.oneOf),
      )?.schema
    : undefined;
  const collect = (s: unknown) => {
    if (!isObject(s)) return;
    if (Array.isArray(s.enum)) s.enum.forEach((v) => typeof v === "string" && codes.push(v));
    if (typeof s.const === "string") codes.push(s.const);
    for (const k of ["anyOf", "oneOf"])
      if (Array.isArray(s[k])) (s[k] as unknown[]).forEach((m) => collect(deref(m, connectorAt, ctx)?.schema));
  };
  collect(connector);

  const configProperty = options.configProperty ?? "config";
  const configAt = `${body.at}/properties${pointer(configProperty)}`;
  const config = definitionWith(
    ownValue(properties, configProperty),
    configAt,
    ctx,
    (s) => Array.isArray(s.oneOf) || Array.isArray(s.anyOf),
  );
  if (!config || !isObject(config.schema)) return { codes, schemas };
  const keyword = Array.isArray(config.schema.oneOf)
    ? "oneOf"
    : Array.isArray(config.schema.anyOf)
      ? "anyOf"
      : undefined;
  if (!keyword) return { codes, schemas };
  const members = (config.schema[keyword] as unknown[]).map((m, i) => ({ m, at: `${config.at}/${keyword}/${i}` }));
  const discriminator = isObject(config.schema.discriminator) ? config.schema.discriminator : undefined;
  const mapping = discriminator && isObject(discriminator.mapping) ? discriminator.mapping : undefined;
  if (mapping) {
    for (const [code, ref] of Object.entries(mapping)) {
      if (typeof ref !== "string") continue;
      const target = deref({ $ref: ref }, `${config.at}/discriminator/mapping${pointer(code)}`, ctx);
      if (target)
        schemas.set(code, {
          schema: { $ref: ref },
          at: `${config.at}/discriminator/mapping${pointer(code)}`,
          file: openapi,
        });
      if (!codes.includes(code)) codes.push(code);
    }
  }
  // Members without a mapping entry are matched by name: `<type><kind singular>…`.
  const kindWord = squash(kindTypeName(kind));
  for (const code of codes) {
    if (schemas.has(code)) continue;
    const prefix = squash(code) + kindWord;
    const matches = members.filter(({ m }) => {
      const ref = isObject(m) && typeof m.$ref === "string" ? m.$ref.split("/").pop()! : "";
      const title = isObject(m) ? deref(m, config.at, ctx)?.schema : undefined;
      const names = [ref, isObject(title) && typeof title.title === "string" ? title.title : ""];
      return names.some((n) => n !== "" && (squash(n) === squash(code) || squash(n).startsWith(prefix)));
    });
    if (matches.length === 1) schemas.set(code, { schema: matches[0]!.m, at: matches[0]!.at, file: openapi });
  }
  return { codes, schemas };
}

/** The snapshot's connectors, each found (with what finding it reports) as it is asked for, and built on request. */
export function* planJsonSchemaConnectors(
  snapshot: Snapshot,
  kinds: readonly string[],
  options: JsonSchemaOptions,
  diags: Diagnostics,
): Generator<ConnectorPlan> {
  for (const kind of kinds) {
    const kindOptions = settingsOfKind(options.kinds, kind);
    if (!kindOptions) continue; // the envelope parser reports an unconfigured kind
    const docCtx: SchemaContext = {
      root: snapshot.openapi.json,
      file: snapshot.openapi.path,
      diags,
      suffixes: options.suffixes,
    };
    const fromDoc = documentTypes(snapshot.openapi, kind, kindOptions, docCtx);
    const files = new Map(snapshot.connectors.filter((c) => c.kind === kind).map((c) => [c.code, c.file]));
    const codes = [...new Set([...fromDoc.codes, ...files.keys()])].sort();
    for (const code of codes) {
      const name = `${kind}/${code}`;
      const file = files.get(code);
      // A schema file wins over the document's copy.
      const located: Located | undefined = file ? { schema: file.json, at: "", file } : fromDoc.schemas.get(code);
      if (!located) {
        diags.warn({
          rule: "no-config-schema",
          file: snapshot.openapi.path,
          connector: name,
          message: `no config schema for ${kind} type ${JSON.stringify(code)}: add connectors/${kind}/${code}.json or a member of the config oneOf (discriminator mapping or a component named like ${kindTypeName(kind)} configs); this connector is left out`,
        });
        continue;
      }
      const roots = file ? [located.file.json, snapshot.openapi.json] : [located.file.json];
      yield {
        // An unreadable file is its bytes: one that changed is built (and left out) again, and so compared.
        input: {
          id: name,
          schema: file?.unreadable ? file.raw : located.schema,
          roots,
          file: located.file.path,
          context: "",
        },
        build: (): IrConnector | undefined =>
          buildAlone(
            diags,
            (local) => {
              // An unreadable file still wins over the document's copy: the connector is left out.
              if (file?.unreadable) {
                local.error({ ...file.unreadable, connector: name });
                return undefined;
              }
              const ctx: SchemaContext = {
                root: located.file.json,
                file: located.file.path,
                diags: local,
                connector: name,
                suffixes: options.suffixes,
                ...(file ? { fallbackRoot: snapshot.openapi.json } : {}),
                expansions: { left: MAX_SCHEMA_EXPANSIONS },
                ...(options.fieldMemo ? { fieldMemo: options.fieldMemo } : {}),
              };
              const resolved = deref(withKeywordsBesideRef(located.schema), located.at, ctx);
              if (!resolved) return undefined;
              const schema = resolved.schema;
              const config = isObject(schema) ? configSchemaOf(schema, resolved.at, ctx) : undefined;
              if (
                !isObject(schema) ||
                !config ||
                (schema.type !== "object" && !isObject(config.schema.properties) && !Array.isArray(config.schema.allOf))
              ) {
                local.warn({
                  rule: "invalid-connector-schema",
                  file: ctx.file,
                  pointer: resolved.at,
                  connector: name,
                  message:
                    "a config schema must be an object schema with properties (a top-level oneOf/anyOf of more than one alternative is not supported); this connector is left out",
                });
                return undefined;
              }
              const extra = extraKeysSchema(schema);
              if (extra !== undefined && !takesNoValue(extra)) {
                local.warn({
                  rule: "open-config",
                  file: ctx.file,
                  pointer: `${resolved.at}/${schema.additionalProperties !== undefined ? "additionalProperties" : "unevaluatedProperties"}`,
                  connector: name,
                  message: "the schema allows extra keys; the generated config accepts only the declared ones",
                });
              }
              const parsed = schemaToFields(config.schema, config.at, ctx);
              const wireSchema = bundleSchema(schema, ctx);
              const extraKeys = extraKeysOf(config.schema, config.at, ctx);
              if (!parsed || wireSchema === undefined) return undefined;
              // readOnly properties are set by the server: accepted in responses, never authored.
              const fields = parsed.filter((f) => !f.readOnly);
              const readOnly = parsed.filter((f) => f.readOnly).map((f) => f.wireKey);
              const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
              const description = text(schema.description);
              return {
                kind,
                code,
                displayName: text(schema["x-display-name"]) ?? code,
                ...(description !== undefined ? { description } : {}),
                comingSoon: false,
                fields,
                open: acceptsOtherKeys(config.schema, ctx),
                ...extraKeys,
                serverKeys: [
                  ...readOnly,
                  ...fields
                    .filter((f) => stripSuffix(f.wireKey, options.suffixes) !== f.wireKey)
                    .map((f) => stripSuffix(f.wireKey, options.suffixes)),
                ].sort(),
                wireSchema,
                source: { file: ctx.file, pointer: resolved.at },
              };
            },
            { file: located.file.path, pointer: located.at, connector: name },
          ),
      };
    }
  }
}

/**
 * Connector codes the OpenAPI document itself lists for a kind (the connector
 * property's enum/const, the config oneOf's discriminator mapping), for the
 * fetch stage to know which per-type schemas to ask for.
 */
export function documentConnectorCodes(
  openapi: SnapshotFile,
  kind: string,
  options: KindApiOptions,
  diags: Diagnostics,
): string[] {
  const ctx: SchemaContext = { root: openapi.json, file: openapi.path, diags, suffixes: [] };
  return [...new Set(documentTypes(openapi, kind, options, ctx).codes)].sort();
}
