// Emitter adapter: openapi-typescript types for the whole OpenAPI document.

import openapiTS, { astToString } from "openapi-typescript";
import { banner, type OutputFile } from "./output.js";

export async function emitOpenApiTypes(provider: string, document: unknown): Promise<OutputFile> {
  // openapi-typescript mutates nothing we keep, but give it its own copy anyway.
  const ast = await openapiTS(structuredClone(document) as Parameters<typeof openapiTS>[0], { silent: true });
  return {
    path: "openapi.gen.ts",
    content: banner(`${provider}/openapi.json by openapi-typescript`) + astToString(ast),
  };
}
