// Which parser reads which input dialect. A new dialect is one new parser file
// and one case here; emitters never change.

import type { ResolvedProvider } from "../config/config.js";
import type { Diagnostics } from "../ir/diagnostics.js";
import type { IrConnector } from "../ir/ir.js";
import type { Snapshot } from "../input/load-snapshot.js";
import { parseFieldListConnector } from "./field-list.js";
import { parseJsonSchemaConnectors } from "./json-schema.js";
import { parseUnionConnectors } from "./union.js";

export function parseDialect(
  provider: ResolvedProvider,
  snapshot: Snapshot,
  kinds: readonly string[],
  diags: Diagnostics,
): IrConnector[] {
  const suffixes = provider.suffixes ?? [];
  switch (provider.dialect) {
    case "field-list":
      return snapshot.connectors
        .map((c) => parseFieldListConnector(c, { suffixes }, diags))
        .filter((c): c is IrConnector => c !== undefined);
    case "json-schema":
      return parseJsonSchemaConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds }, diags);
    case "union":
      return parseUnionConnectors(snapshot, kinds, { suffixes, kinds: provider.kinds }, diags);
  }
}
