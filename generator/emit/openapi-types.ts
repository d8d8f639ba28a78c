// Emitter adapter: openapi-typescript types for the OpenAPI document, restricted
// to what openapi-typescript alone gives (paths, operations, responses, shared
// components). Connector config schemas that live in the document (the union
// layout) are typed, mapped and validated by the connector modules; they are
// replaced here by a plain object with a pointer to their module. On a
// many-connector document that is most of it: types nobody should use instead of
// ours, redone whenever any one connector changed.

import type { IrConnector } from "../ir/ir.js";
import { connectorNames } from "../ir/naming.js";
import { banner, type OutputFile } from "../output/output.js";

type Obj = Record<string, unknown>;

const unescape = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * A copy of `document` in which every connector schema found in it (by its IR
 * source pointer) is a placeholder object type. Pointers that do not resolve
 * to an object are left alone.
 */
export function withoutConnectorSchemas(document: unknown, documentFile: string, connectors: readonly IrConnector[]) {
  const copy = structuredClone(document) as Obj;
  for (const c of connectors) {
    if (c.source.file !== documentFile || !c.source.pointer.startsWith("/")) continue;
    const segments = c.source.pointer.slice(1).split("/").map(unescape);
    const last = segments.pop()!;
    let parent: unknown = copy;
    for (const s of segments) parent = parent !== null && typeof parent === "object" ? (parent as Obj)[s] : undefined;
    if (parent === null || typeof parent !== "object" || !Object.hasOwn(parent, last)) continue;
    const names = connectorNames(c.kind, c.code);
    (parent as Obj)[last] = {
      type: "object",
      additionalProperties: true,
      // The code is schema text: quoted, and kept from closing the comment openapi-typescript puts it in.
      description: `Config of the ${c.kind} connector ${JSON.stringify(c.code).replace(/\*\//g, "*\\/")}: typed, mapped and validated by ${names.modulePath} (${names.typeName}Config).`,
    };
  }
  return copy;
}

/** Keywords whose value is a schema, and those whose value is a list or map of schemas. */
const SCHEMA_KEYWORDS = [
  "items",
  "additionalProperties",
  "not",
  "contains",
  "if",
  "then",
  "else",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
  "additionalItems",
];
const SCHEMA_LISTS = ["allOf", "anyOf", "oneOf", "prefixItems"];
const SCHEMA_MAPS = ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"];

/** A copy with boolean schemas written as objects (`true` → `{}`, `false` → `{ not: {} }`), which openapi-typescript cannot read. */
export function withoutBooleanSchemas(node: unknown): unknown {
  const schema = (s: unknown): unknown => (s === true ? {} : s === false ? { not: {} } : withoutBooleanSchemas(s));
  if (Array.isArray(node)) return node.map(withoutBooleanSchemas);
  if (node === null || typeof node !== "object") return node;
  const out: Obj = {};
  for (const [k, v] of Object.entries(node as Obj)) {
    if (SCHEMA_KEYWORDS.includes(k)) out[k] = schema(v);
    else if (SCHEMA_LISTS.includes(k) && Array.isArray(v)) out[k] = v.map(schema);
    else if ((SCHEMA_MAPS.includes(k) || k === "schemas") && v !== null && typeof v === "object" && !Array.isArray(v))
      out[k] = Object.fromEntries(Object.entries(v as Obj).map(([name, s]) => [name, schema(s)]));
    else out[k] = withoutBooleanSchemas(v);
  }
  return out;
}

/** First line of an openapi.gen.ts that openapi-typescript could not produce; the pipeline turns it into a warning. */
export const OPENAPI_TYPES_FAILED = "// openapi-typescript could not type this document: ";

export async function emitOpenApiTypes(provider: string, document: unknown): Promise<OutputFile> {
  const header = banner(`${provider}/openapi.json by openapi-typescript`);
  // Loaded here, when the cache has no types for this document: it loads TypeScript too.
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  // openapi-typescript may annotate what it is given: give it its own copy.
  const run = async (doc: unknown) =>
    astToString(await openapiTS(structuredClone(doc) as Parameters<typeof openapiTS>[0], { silent: true }));
  let content: string;
  try {
    content = header + (await run(document));
  } catch {
    try {
      // Boolean schemas are the usual cause; anything else gives an empty module, not a failed run.
      content = header + (await run(withoutBooleanSchemas(document)));
    } catch (error) {
      const reason = String((error as Error)?.message ?? error)
        .replace(/[\r\n\u2028\u2029]+/g, " ")
        .slice(0, 200);
      content = `${OPENAPI_TYPES_FAILED}${reason}\n${header}export type paths = Record<string, never>;\nexport type components = Record<string, never>;\nexport type operations = Record<string, never>;\n`;
    }
  }
  return { path: "openapi.gen.ts", content };
}
