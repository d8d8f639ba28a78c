// Which parser reads which input dialect. A new dialect is one new parser file
// and one case here; emitters never change.

import type { ResolvedProvider } from "../config/config.js";
import type { Diagnostics } from "../ir/diagnostics.js";
import type { IrConnector } from "../ir/ir.js";
import type { Snapshot } from "../input/load-snapshot.js";
import { parseFieldListConnector } from "./field-list.js";
import { parseJsonSchemaConnectors } from "./json-schema.js";
import { isObject } from "../ir/plain.js";
import type { ConnectorSelect } from "./connector-input.js";

export { documentConnectorCodes } from "./json-schema.js";
import { parseUnionConnectors } from "./union.js";

export function parseDialect(
  provider: ResolvedProvider,
  snapshot: Snapshot,
  kinds: readonly string[],
  diags: Diagnostics,
  /** Which connectors to build (default: all); the others are left out without a word. */
  select?: ConnectorSelect,
): IrConnector[] {
  const suffixes = provider.suffixes ?? [];
  switch (provider.dialect) {
    case "field-list":
      return snapshot.connectors
        .filter(
          (c) =>
            select === undefined ||
            select({ id: `${c.kind}/${c.code}`, schema: c.file.json, roots: [], file: c.file.path, context: "" }),
        )
        .map((c) => parseFieldListConnector(c, { suffixes }, diags))
        .filter((c): c is IrConnector => c !== undefined);
    case "json-schema":
      return parseJsonSchemaConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds, select }, diags);
    case "union":
      return parseUnionConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds, select }, diags);
  }
}

/**
 * Why a downloaded connector schema cannot be one of this dialect's, or
 * undefined when it can: the fetch stage asks before it stores anything.
 */
export function connectorShapeProblem(dialect: ResolvedProvider["dialect"], json: unknown): string | undefined {
  if (!isObject(json)) return "expected a JSON object";
  switch (dialect) {
    case "field-list":
      return Array.isArray(json.config) ? undefined : "expected a field-list schema (an object with a `config` array)";
    case "union":
      // Its connectors live in the OpenAPI document, whose shape the fetch checks itself.
      return undefined;
    case "json-schema":
      return json.type === "object" ||
        isObject(json.properties) ||
        Array.isArray(json.allOf) ||
        typeof json.$ref === "string"
        ? undefined
        : "expected a JSON Schema of an object (`type: object` or `properties`)";
  }
}
