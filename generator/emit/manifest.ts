// Emitter: manifest.json — the language-neutral contract other tools and SDKs
// read. Field names here are a public contract: add, never rename.

import type { Condition, IrField, IrProvider, IrType, JsonValue } from "../ir/ir.js";
import { provenanceOf } from "../ir/provenance.js";
import type { OutputFile } from "../output/output.js";

/** JSON with undefined members allowed (JSON.stringify leaves them out). */
type Json = { [key: string]: JsonMember };
type JsonMember = JsonValue | undefined | Json | JsonMember[];

function typeEntry(type: IrType): Json {
  const out: Json = {};
  // The schema's title: a union variant's name ("No tunnel"), an object's.
  if (type.title !== undefined) out.title = type.title;
  if (type.type === "union") {
    const names = [
      ...new Set(
        type.variants.map((v) =>
          v.type === "union" || v.type === "unknown" || v.type === "never" ? "object" : v.type,
        ),
      ),
    ];
    out.type = names.length === 1 ? names[0] : names;
    out.oneOf = type.variants.map(typeEntry);
    // Whether a value must match exactly one variant (a oneOf), or may match several (an anyOf): the key
    // above keeps its name for the contract's sake.
    out.exclusive = type.exclusive === true;
  } else if (type.type === "never") {
    // A value the schema forbids: the field may not be set.
    out.type = "never";
  } else if (type.type !== "unknown") {
    out.type = type.type;
  }
  if (type.nullable) out.nullable = true;
  if ("enum" in type && type.enum) {
    out.enum = type.enum.map((o) => o.value);
    if (type.enum.some((o) => o.label !== undefined)) out.enumLabels = type.enum.map((o) => o.label ?? String(o.value));
  }
  if (type.type === "integer" || type.type === "number") {
    out.minimum = type.minimum;
    out.maximum = type.maximum;
    out.exclusiveMinimum = type.exclusiveMinimum;
    out.exclusiveMaximum = type.exclusiveMaximum;
  }
  if (type.type === "string") {
    out.format = type.format;
    out.minLength = type.minLength;
    out.maxLength = type.maxLength;
    out.pattern = type.pattern;
  }
  if (type.type === "array") {
    out.items = typeEntry(type.items);
    out.minItems = type.minItems;
    out.maxItems = type.maxItems;
  }
  if (type.type === "object") {
    out.fields = type.fields.map(fieldEntry);
    // Whether the schema accepts keys it does not list (on the wire).
    out.open = type.open === true;
    // Other keys the schema allows explicitly, and their type: authoring accepts them too.
    if (type.additionalProperties !== false) out.additionalProperties = typeEntry(type.additionalProperties);
  }
  return out;
}

const conditions = (list: Condition[] | undefined) =>
  list?.map((c) => ({
    key: c.key,
    wireKey: c.wireKey,
    op: c.op,
    value: c.value,
    ...(c.unsetHolds === true ? { unsetHolds: true } : {}),
  }));

function fieldEntry(f: IrField): Json {
  // A field's title is its own (which is its object type's, if any).
  const { title: _typeTitle, ...type } = typeEntry(f.type);
  return {
    key: f.key,
    wireKey: f.wireKey,
    ...type,
    required: f.required,
    requiredWhen: conditions(f.requiredWhen),
    relevantWhen: conditions(f.relevantWhen),
    default: f.default,
    placeholder: f.placeholder,
    secret: f.secret,
    setOnce: f.setOnce,
    readOnly: f.readOnly,
    // Where the value comes from: "user", "default", "server" (never sent) or "secret" (hidden on read).
    provenance: provenanceOf(f),
    title: f.title,
    description: f.description,
  };
}

export function emitManifest(provider: IrProvider): OutputFile {
  const manifest = {
    provider: provider.provider,
    kinds: provider.kinds.map((k) => ({
      kind: k.kind,
      connectorProperty: k.connectorProperty,
      configProperty: k.configProperty,
      create: { method: k.create.method, path: k.create.path },
      update: { method: k.update.method, path: k.update.path },
    })),
    connectors: provider.connectors.map((c) => ({
      kind: c.kind,
      code: c.code,
      displayName: c.displayName,
      description: c.description,
      comingSoon: c.comingSoon,
      // Wire key → value the builders fill in (a union member's `sourceType: "postgres"`); never authored.
      constants: c.constants && Object.fromEntries(c.constants.map((k) => [k.wireKey, k.value])),
      // Whether the wire config accepts keys it does not list.
      open: c.open === true,
      fields: c.fields.map(fieldEntry),
      serverKeys: c.serverKeys,
    })),
  };
  // JSON.stringify drops undefined members, keeping the file minimal and stable.
  return { path: "manifest.json", content: `${JSON.stringify(manifest, null, 2)}\n` };
}
