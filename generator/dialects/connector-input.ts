// What a dialect reads to build one connector, shown to its caller before the
// connector is built. Two snapshots whose connector has equal inputs give that
// connector equal fields, so the diff builds only the connectors whose inputs
// differ (see diff/same-input.ts).

import type { IrConnector } from "../ir/ir.js";

export interface ConnectorInput {
  /** `kind/code`. */
  id: string;
  /** The schema the connector is built from. */
  schema: unknown;
  /** Where its local `$ref`s are looked up, first to last. */
  roots: readonly unknown[];
  /** The snapshot file it is read from. */
  file: string;
  /** What else the dialect decided outside the schema that shapes the connector (the union's discriminating property). */
  context: string;
}

/** A connector found in a snapshot, not built yet. */
export interface ConnectorPlan {
  input: ConnectorInput;
  /** Its IR; undefined when it cannot be built (a warning says why). */
  build(): IrConnector | undefined;
}
