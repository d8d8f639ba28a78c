import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "postgresql";
export declare const displayName = "PostgreSQL";
/**
 * PostgreSQL
 *
 * Stream change data from PostgreSQL using logical replication (pgoutput). Supports incremental snapshots via a signal table and SSH tunnelling.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PostgresqlSourceConfig {
    /**
     * Hostname
     *
     * PostgreSQL hostname. For example, `postgres.something.rds.amazonaws.com`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * PostgreSQL port. For example, 5432.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    databasePort?: number;
    /**
     * Username
     *
     * Username to access the database.
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * Password to access the database.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Database
     *
     * Database from which to stream data.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDbname: string;
    /**
     * SSL Mode
     *
     * Whether to use an encrypted connection to the PostgreSQL server.
     *
     * Wire key: "database.sslmode"
     * Allowed values: "require" (Require), "disable" (Disable)
     * @default "require"
     */
    databaseSslmode?: "require" | "disable";
    /**
     * Connect to Read Replica?
     *
     * When connecting to a read replica PostgreSQL database, this must be set to 'Yes' to support Streamkap snapshots.
     *
     * Wire key: "snapshot.read.only.user.defined"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    snapshotReadOnly?: "Yes" | "No";
    /**
     * Signal Table Schema
     *
     * Streamkap will use a table in this schema to monitor incremental snapshotting. Follow the instructions in the documentation for creating this table and specify which schema to use here.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Required when snapshotReadOnly ≠ "Yes".
     */
    signalDataCollectionSchemaOrDatabase?: string;
    /**
     * Heartbeats
     *
     * Heartbeats are used to monitor whether the connector is still receiving change events from the database, especially when there is low and intermittent traffic.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    heartbeatEnabled?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Streamkap will use a table in this schema to simulate activity from the source database to keep the database transaction log 'alive'.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Required when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Replication Slot Name
     *
     * The name of the replication slot for the connector to use.
     *
     * Wire key: "slot.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pgoutput_slot"
     */
    slotName?: string;
    /**
     * Publication Name
     *
     * The name of the publication for the connector to use. Create it with `CREATE PUBLICATION streamkap_pub FOR TABLE ...` before deploying.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    publicationName?: string;
    /**
     * Schemas
     *
     * Comma-separated list of schemas to include.
     *
     * Wire key: "schema.include.list"
     */
    schemaIncludeList: string;
    /**
     * Tables
     *
     * Source tables to sync, as a comma-separated list of fully-qualified names (`schema.table`).
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (include only selected columns) and Exclusion (exclude selected columns). Defaults to Inclusion (On).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    columnIncludeListToggled?: boolean;
    /**
     * Columns to Include
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be included in change event record values. Fully-qualified names for columns are of the form schemaName[.]tableName[.](columnName1|columnName2).
     *
     * Wire key: "column.include.list"
     * Used only when columnIncludeListToggled = true.
     */
    columnIncludeList?: string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values. Fully-qualified names for columns are of the form schemaName.tableName.columnName.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled ≠ true.
     */
    columnExcludeList?: string;
    /**
     * Include Database Name in Topic
     *
     * Changes the format of topics to 'DatabaseName_TopicName'.
     *
     * Wire key: "include.source.db.name.in.table.name.user.defined"
     * @default false
     */
    includeSourceDbNameInTableName?: boolean;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. blob, binary, varbinary should be represented. This setting depends on what the destination is.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Decimal Handling Mode
     *
     * Specifies how the connector should handle values for `DECIMAL` and `NUMERIC` columns.
     *
     * Wire key: "decimal.handling.mode"
     * Allowed values: "precise" (Precise (java.math.BigDecimal)), "double" (Double), "string" (String)
     * @default "double"
     */
    decimalHandlingMode?: "precise" | "double" | "string";
    /**
     * Skipped Operations
     *
     * Operation types to skip during streaming. By default, truncate operations are skipped.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c" (Inserts), "u" (Updates), "d" (Deletes), "t" (Truncates), "none" (None)
     * @default ["t"]
     */
    skippedOperations?: ("c" | "u" | "d" | "t" | "none")[];
    /**
     * Snapshot Parallelism
     *
     * How many parallel chunk requests to send to the source DB.
     *
     * Wire key: "streamkap.snapshot.parallelism"
     * Range: 1 to 50
     * @default 1
     */
    streamkapSnapshotParallelism?: number;
    /**
     * Large Table Threshold (MB)
     *
     * The threshold in MB for a Large Table to require multiple chunks to be read in parallel.
     *
     * Wire key: "streamkap.snapshot.large.table.threshold"
     * Range: 1 to 64000
     * @default 20000
     */
    streamkapSnapshotLargeTableThreshold?: number;
    /**
     * Custom Table Chunks
     *
     * Explicitly set nb of parallel chunks for tables. Format: {"db.Some_Tbl": {"chunks": 5}}. Use it when stats are outdated and the estimated table size cannot be computed reliably.
     *
     * Wire key: "streamkap.snapshot.custom.table.config.user.defined"
     */
    streamkapSnapshotCustomTableConfig?: string;
    /**
     * Regex Support
     *
     * Enable regex support. Useful for merging multiple tables into the same output topic.
     *
     * Wire key: "SourceRegexSupport.enabled"
     * @default false
     */
    sourceRegexSupportEnabled?: boolean;
    /**
     * Regex Replacement
     *
     * Replacement string for matching regex snippets.
     *
     * Wire key: "transforms.SourceRegexSupport.regex.replacement"
     * Used only when sourceRegexSupportEnabled = true.
     * @default "_REGEX_"
     */
    transformsSourceRegexSupportRegexReplacement?: string;
    /**
     * Static Key Field
     *
     * The name of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.field"
     */
    transformsInsertStaticKey1StaticField?: string;
    /**
     * Static Key Value
     *
     * The value of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.value"
     */
    transformsInsertStaticKey1StaticValue?: string;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    sshEnabled?: boolean;
    /**
     * SSH Host
     *
     * Hostname or IP address of your SSH server.
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    sshHost?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server.
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    sshPort?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to the SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    sshUser?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the `authorized_keys` file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    sshPublicKey?: string;
}
/** PostgreSQL sources connector ("postgresql") config exactly as the API sends and receives it. */
export interface PostgresqlSourceWireConfig {
    /**
     * Hostname
     *
     * PostgreSQL hostname. For example, `postgres.something.rds.amazonaws.com`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * PostgreSQL port. For example, 5432.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * Username to access the database.
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * Password to access the database.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Database
     *
     * Database from which to stream data.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.dbname": string;
    /**
     * SSL Mode
     *
     * Whether to use an encrypted connection to the PostgreSQL server.
     *
     * Wire key: "database.sslmode"
     * Allowed values: "require" (Require), "disable" (Disable)
     * @default "require"
     */
    "database.sslmode"?: "require" | "disable";
    /**
     * Connect to Read Replica?
     *
     * When connecting to a read replica PostgreSQL database, this must be set to 'Yes' to support Streamkap snapshots.
     *
     * Wire key: "snapshot.read.only.user.defined"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    "snapshot.read.only.user.defined"?: "Yes" | "No";
    /**
     * Signal Table Schema
     *
     * Streamkap will use a table in this schema to monitor incremental snapshotting. Follow the instructions in the documentation for creating this table and specify which schema to use here.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Required when snapshotReadOnly ≠ "Yes".
     */
    "signal.data.collection.schema.or.database"?: string;
    /**
     * Heartbeats
     *
     * Heartbeats are used to monitor whether the connector is still receiving change events from the database, especially when there is low and intermittent traffic.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    "heartbeat.enabled"?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Streamkap will use a table in this schema to simulate activity from the source database to keep the database transaction log 'alive'.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Required when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Replication Slot Name
     *
     * The name of the replication slot for the connector to use.
     *
     * Wire key: "slot.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pgoutput_slot"
     */
    "slot.name"?: string;
    /**
     * Publication Name
     *
     * The name of the publication for the connector to use. Create it with `CREATE PUBLICATION streamkap_pub FOR TABLE ...` before deploying.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    "publication.name"?: string;
    /**
     * Schemas
     *
     * Comma-separated list of schemas to include.
     *
     * Wire key: "schema.include.list"
     */
    "schema.include.list": string;
    /**
     * Tables
     *
     * Source tables to sync, as a comma-separated list of fully-qualified names (`schema.table`).
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (include only selected columns) and Exclusion (exclude selected columns). Defaults to Inclusion (On).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    "column.include.list.toggled"?: boolean;
    /**
     * Columns to Include
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be included in change event record values. Fully-qualified names for columns are of the form schemaName[.]tableName[.](columnName1|columnName2).
     *
     * Wire key: "column.include.list"
     * Used only when columnIncludeListToggled = true.
     */
    "column.include.list"?: string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values. Fully-qualified names for columns are of the form schemaName.tableName.columnName.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled ≠ true.
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Include Database Name in Topic
     *
     * Changes the format of topics to 'DatabaseName_TopicName'.
     *
     * Wire key: "include.source.db.name.in.table.name.user.defined"
     * @default false
     */
    "include.source.db.name.in.table.name.user.defined"?: boolean;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. blob, binary, varbinary should be represented. This setting depends on what the destination is.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Decimal Handling Mode
     *
     * Specifies how the connector should handle values for `DECIMAL` and `NUMERIC` columns.
     *
     * Wire key: "decimal.handling.mode"
     * Allowed values: "precise" (Precise (java.math.BigDecimal)), "double" (Double), "string" (String)
     * @default "double"
     */
    "decimal.handling.mode"?: "precise" | "double" | "string";
    /**
     * Skipped Operations
     *
     * Operation types to skip during streaming. By default, truncate operations are skipped.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c" (Inserts), "u" (Updates), "d" (Deletes), "t" (Truncates), "none" (None)
     * @default ["t"]
     */
    "skipped.operations"?: ("c" | "u" | "d" | "t" | "none")[];
    /**
     * Snapshot Parallelism
     *
     * How many parallel chunk requests to send to the source DB.
     *
     * Wire key: "streamkap.snapshot.parallelism"
     * Range: 1 to 50
     * @default 1
     */
    "streamkap.snapshot.parallelism"?: number;
    /**
     * Large Table Threshold (MB)
     *
     * The threshold in MB for a Large Table to require multiple chunks to be read in parallel.
     *
     * Wire key: "streamkap.snapshot.large.table.threshold"
     * Range: 1 to 64000
     * @default 20000
     */
    "streamkap.snapshot.large.table.threshold"?: number;
    /**
     * Custom Table Chunks
     *
     * Explicitly set nb of parallel chunks for tables. Format: {"db.Some_Tbl": {"chunks": 5}}. Use it when stats are outdated and the estimated table size cannot be computed reliably.
     *
     * Wire key: "streamkap.snapshot.custom.table.config.user.defined"
     */
    "streamkap.snapshot.custom.table.config.user.defined"?: string;
    /**
     * Regex Support
     *
     * Enable regex support. Useful for merging multiple tables into the same output topic.
     *
     * Wire key: "SourceRegexSupport.enabled"
     * @default false
     */
    "SourceRegexSupport.enabled"?: boolean;
    /**
     * Regex Replacement
     *
     * Replacement string for matching regex snippets.
     *
     * Wire key: "transforms.SourceRegexSupport.regex.replacement"
     * Used only when sourceRegexSupportEnabled = true.
     * @default "_REGEX_"
     */
    "transforms.SourceRegexSupport.regex.replacement"?: string;
    /**
     * Static Key Field
     *
     * The name of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.field"
     */
    "transforms.InsertStaticKey1.static.field"?: string;
    /**
     * Static Key Value
     *
     * The value of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.value"
     */
    "transforms.InsertStaticKey1.static.value"?: string;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    "ssh.enabled"?: boolean;
    /**
     * SSH Host
     *
     * Hostname or IP address of your SSH server.
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    "ssh.host"?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server.
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    "ssh.port"?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to the SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    "ssh.user"?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the `authorized_keys` file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    "ssh.public.key.user.displayed"?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PostgresqlSourceUpdateConfig = Omit<PostgresqlSourceConfig, "databaseDbname" | "slotName" | "publicationName"> & Partial<Pick<PostgresqlSourceConfig, "databaseDbname" | "slotName" | "publicationName">>;
export type Config = PostgresqlSourceConfig;
export type WireConfig = PostgresqlSourceWireConfig;
export type UpdateConfig = PostgresqlSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: PostgresqlSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: PostgresqlSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly databaseSslmode: "database.sslmode";
    readonly snapshotReadOnly: "snapshot.read.only.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly slotName: "slot.name";
    readonly publicationName: "publication.name";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly columnIncludeListToggled: "column.include.list.toggled";
    readonly columnIncludeList: "column.include.list";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly includeSourceDbNameInTableName: "include.source.db.name.in.table.name.user.defined";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly decimalHandlingMode: "decimal.handling.mode";
    readonly skippedOperations: "skipped.operations";
    readonly streamkapSnapshotParallelism: "streamkap.snapshot.parallelism";
    readonly streamkapSnapshotLargeTableThreshold: "streamkap.snapshot.large.table.threshold";
    readonly streamkapSnapshotCustomTableConfig: "streamkap.snapshot.custom.table.config.user.defined";
    readonly sourceRegexSupportEnabled: "SourceRegexSupport.enabled";
    readonly transformsSourceRegexSupportRegexReplacement: "transforms.SourceRegexSupport.regex.replacement";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly transformsInsertStaticKey1StaticValue: "transforms.InsertStaticKey1.static.value";
    readonly sshEnabled: "ssh.enabled";
    readonly sshHost: "ssh.host";
    readonly sshPort: "ssh.port";
    readonly sshUser: "ssh.user";
    readonly sshPublicKey: "ssh.public.key.user.displayed";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "database.hostname.user.defined": "databaseHostname";
    readonly "database.port.user.defined": "databasePort";
    readonly "database.user": "databaseUser";
    readonly "database.password": "databasePassword";
    readonly "database.dbname": "databaseDbname";
    readonly "database.sslmode": "databaseSslmode";
    readonly "snapshot.read.only.user.defined": "snapshotReadOnly";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "slot.name": "slotName";
    readonly "publication.name": "publicationName";
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "column.include.list.toggled": "columnIncludeListToggled";
    readonly "column.include.list": "columnIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "include.source.db.name.in.table.name.user.defined": "includeSourceDbNameInTableName";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "decimal.handling.mode": "decimalHandlingMode";
    readonly "skipped.operations": "skippedOperations";
    readonly "streamkap.snapshot.parallelism": "streamkapSnapshotParallelism";
    readonly "streamkap.snapshot.large.table.threshold": "streamkapSnapshotLargeTableThreshold";
    readonly "streamkap.snapshot.custom.table.config.user.defined": "streamkapSnapshotCustomTableConfig";
    readonly "SourceRegexSupport.enabled": "sourceRegexSupportEnabled";
    readonly "transforms.SourceRegexSupport.regex.replacement": "transformsSourceRegexSupportRegexReplacement";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "transforms.InsertStaticKey1.static.value": "transformsInsertStaticKey1StaticValue";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PostgresqlSourceConfig): PostgresqlSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PostgresqlSourceWireConfig | Readonly<Record<string, unknown>>): PostgresqlSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PostgresqlSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, PostgresqlSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<PostgresqlSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, PostgresqlSourceWireConfig>>;
