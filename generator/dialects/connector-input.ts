// What a dialect reads to build one connector, shown to its caller before the
// connector is built. Two snapshots whose connector has equal inputs give that
// connector equal fields, so the diff builds only the connectors whose inputs
// differ (see diff/same-input.ts).

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

/** Whether to build a connector: asked once per connector, once its code is known. */
export type ConnectorSelect = (input: ConnectorInput) => boolean;
