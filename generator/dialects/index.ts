// Which parser reads which input dialect. A new dialect is one new parser file
// and one case here; emitters never change.

import type { ResolvedProvider } from "../config/config.js";
import type { Diagnostics } from "../ir/diagnostics.js";
import type { IrConnector } from "../ir/ir.js";
import type { Snapshot } from "../input/load-snapshot.js";
import { parseFieldListConnector } from "./field-list.js";
import { planJsonSchemaConnectors } from "./json-schema.js";
import { isObject } from "../ir/plain.js";
import type { ConnectorPlan } from "./connector-input.js";
import type { FieldMemo } from "./json-schema-type.js";

export { documentConnectorCodes } from "./json-schema.js";
import { planUnionConnectors } from "./union.js";

/**
 * The snapshot's connectors, found one by one as they are asked for (each
 * reporting what finding it reports), each built on request: a caller that
 * builds each as it comes gets every warning in the order of the snapshot.
 */
export function planDialect(
  provider: ResolvedProvider,
  snapshot: Snapshot,
  kinds: readonly string[],
  diags: Diagnostics,
  /** Fields built before, to take instead of building them again (see FieldMemo). */
  fieldMemo?: FieldMemo,
): Iterable<ConnectorPlan> {
  const suffixes = provider.suffixes ?? [];
  const memo = fieldMemo ? { fieldMemo } : {};
  switch (provider.dialect) {
    case "field-list":
      return snapshot.connectors.map((c) => ({
        input: {
          id: `${c.kind}/${c.code}`,
          schema: c.file.unreadable ? c.file.raw : c.file.json,
          roots: [],
          file: c.file.path,
          context: "",
        },
        build: () => parseFieldListConnector(c, { suffixes }, diags),
      }));
    case "json-schema":
      return planJsonSchemaConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds, ...memo }, diags);
    case "union":
      return planUnionConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds, ...memo }, diags);
  }
}

/** Every connector of the snapshot, built. */
export function parseDialect(
  provider: ResolvedProvider,
  snapshot: Snapshot,
  kinds: readonly string[],
  diags: Diagnostics,
): IrConnector[] {
  const connectors: IrConnector[] = [];
  for (const plan of planDialect(provider, snapshot, kinds, diags)) {
    const connector = plan.build();
    if (connector !== undefined) connectors.push(connector);
  }
  return connectors;
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
