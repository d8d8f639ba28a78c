// Emitter adapter: openapi-typescript types for the OpenAPI document, restricted
// to what openapi-typescript alone gives (paths, operations, responses, shared
// components). Connector config schemas that live in the document (the union
// layout) are typed, mapped and validated by the connector modules; they are
// replaced here by a plain object with a pointer to their module. On a
// many-connector document this is most of it: at 500 connectors openapi-typescript
// and Prettier spent ~2 s on types nobody should use instead of ours, and a
// one-connector change redid them all.

import openapiTS, { astToString } from "openapi-typescript";
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

export async function emitOpenApiTypes(provider: string, document: unknown): Promise<OutputFile> {
  // openapi-typescript may annotate what it is given: give it its own copy.
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return {
    path: "openapi.gen.ts",
    content: banner(`${provider}/openapi.json by openapi-typescript`) + astToString(ast),
  };
}
