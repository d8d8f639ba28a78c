// Which parser reads which input dialect. A new dialect is one new parser file
// and one line here; emitters never change.

import type { ResolvedProvider } from "./config.js";
import type { Diagnostics } from "./diagnostics.js";
import type { IrConnector } from "./ir.js";
import type { Snapshot } from "./load-snapshot.js";
import { parseFieldListConnector } from "./parse-field-list.js";

export function parseDialect(provider: ResolvedProvider, snapshot: Snapshot, diags: Diagnostics): IrConnector[] {
  switch (provider.dialect) {
    case "field-list": {
      const suffixes = provider.suffixes ?? [];
      return snapshot.connectors
        .map((c) => parseFieldListConnector(c, { suffixes }, diags))
        .filter((c): c is IrConnector => c !== undefined);
    }
  }
}
