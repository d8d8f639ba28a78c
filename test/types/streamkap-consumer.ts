// Type test (checked by `tsc --noEmit`, see typecheck.test.ts): a consumer of the
// generated Streamkap package. Each @ts-expect-error must be a real compile error.
import { sources, type ConnectorConfig, type PostgresqlSourceConfig } from "../../generated/streamkap/index.js";

const config = {
  databaseHostname: "db.internal",
  databaseUser: "streamkap",
  databasePassword: "from-a-vault",
  databaseDbname: "orders",
  schemaIncludeList: "public",
  tableIncludeList: "public.orders",
  // heartbeatEnabled defaults to true, which makes this one required:
  heartbeatDataCollectionSchemaOrDatabase: "public",
} satisfies PostgresqlSourceConfig;

// The README's example.
const request = sources.postgresql.create({ name: "orders-db", config }, { wait: false });
const connector: "postgresql" = request.body.connector;
const host: string | undefined = request.body.config["database.hostname.user.defined"];
const state: "Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete" | null | undefined =
  request.body.desired_state;
void [connector, host, state];

export const misspelt: PostgresqlSourceConfig = {
  ...config,
  // @ts-expect-error a misspelt key is not in the authoring interface
  databseHostname: "db.internal",
};

export const wrongType: PostgresqlSourceConfig = {
  ...config,
  // @ts-expect-error the port is an integer
  databasePort: "5432",
};

export const notInEnum: PostgresqlSourceConfig = {
  ...config,
  // @ts-expect-error "Maybe" is not one of "Yes" | "No"
  snapshotReadOnly: "Maybe",
};

// @ts-expect-error a required key (databaseDbname) is missing
export const missing: PostgresqlSourceConfig = {
  databaseHostname: "h",
  databaseUser: "u",
  databasePassword: "p",
  schemaIncludeList: "s",
  tableIncludeList: "t",
};

// Wire keys are not authoring keys.
// @ts-expect-error "database.hostname.user.defined" belongs to the wire config
sources.postgresql.create({ name: "x", config: { ...config, "database.hostname.user.defined": "h" } });

// The envelope is typed from the OpenAPI document.
// @ts-expect-error created_from is one of terraform | web | api
sources.postgresql.create({ name: "x", createdFrom: "cli", config });

// @ts-expect-error unknown query option
sources.postgresql.create({ name: "x", config }, { waitt: false });

// An update may leave set-once fields out...
const { databaseDbname: _dbname, ...updatable } = config;
sources.postgresql.update("src-1", { name: "orders-db", config: updatable });

// The discriminated union narrows the config by kind and connector.
export function hostOf(entry: ConnectorConfig): string | undefined {
  if (entry.kind === "sources" && entry.connector === "postgresql") return entry.config.databaseHostname;
  // @ts-expect-error other connectors' configs have no databaseHostname in general
  return entry.config.databaseHostname;
}

// Wire and authoring configs are distinct types.
const wire = sources.postgresql.toWire(config);
// @ts-expect-error wire configs have wire keys
void wire.databaseHostname;
const back: PostgresqlSourceConfig = sources.postgresql.fromWire(wire);
void back;

// defineSource: `config` follows `connector`; the definition feeds the builder.
import { createSourceRequest, defineSource } from "../../generated/streamkap/index.js";

export const definedPg = defineSource({
  connector: "postgresql",
  name: "orders",
  config: {
    databaseHostname: "db.internal",
    databaseUser: "cdc",
    databasePassword: "from-secret-store",
    databaseDbname: "orders",
    schemaIncludeList: "public",
    tableIncludeList: "public.orders",
    heartbeatEnabled: false,
  },
});
export const definedPgRequest = createSourceRequest(definedPg);
const pgConnector: "postgresql" = definedPgRequest.body.connector;
void pgConnector;
defineSource({
  connector: "postgresql",
  name: "orders",
  // @ts-expect-error: a MySQL-only key on a PostgreSQL config
  config: { databaseHostname: "h", databaseUser: "u", databasePassword: "p", databaseDbname: "d", databaseServerId: 1 },
});

// isValidWire narrows a value read from anywhere to the wire type, as Ajv's validators are used.
export function wireHost(response: unknown): string | undefined {
  // @ts-expect-error an unknown value has no config keys until it is checked
  void response["database.hostname.user.defined"];
  if (!sources.postgresql.isValidWire(response)) return undefined;
  return response["database.hostname.user.defined"];
}
