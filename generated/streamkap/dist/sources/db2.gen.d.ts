import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "db2";
export declare const displayName = "Db2";
/**
 * Db2
 *
 * Capture changes from IBM Db2 for Linux, UNIX and Windows using the ASN capture (SQL Replication) change tables.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface Db2SourceConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the Db2 database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Port number of the Db2 database server.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 50000
     */
    databasePort?: number;
    /**
     * Username
     *
     * Name of the Db2 database user for connecting to the Db2 database server.
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * Password to use when connecting to the Db2 database server.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Database
     *
     * The name of the Db2 database from which to stream the changes.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDbname: string;
    /**
     * Schemas
     *
     * Source schemas to sync.
     *
     * Wire key: "schema.include.list.user.defined"
     */
    schemaIncludeList: string;
    /**
     * Tables
     *
     * Source tables to sync, e.g. `DB2INST1.CUSTOMERS`.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Signal Table Schema
     *
     * Streamkap will use a table in this schema to monitor incremental snapshotting. Follow the documentation to create this table.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     */
    signalDataCollectionSchemaOrDatabase: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude from change events.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    columnExcludeList?: string;
    /**
     * CDC Control Schema
     *
     * The schema containing the ASN capture control tables (e.g. IBMSNAP_REGISTER).
     *
     * Wire key: "cdc.control.schema"
     * Set once: can be set at creation, never changed by an update.
     * @default "ASNCDC"
     */
    cdcControlSchema?: string;
    /**
     * CDC Change Tables Schema
     *
     * The schema in which the ASN capture agent creates change data tables.
     *
     * Wire key: "cdc.change.tables.schema"
     * Set once: can be set at creation, never changed by an update.
     * @default "ASNCDC"
     */
    cdcChangeTablesSchema?: string;
    /**
     * Snapshot Mode
     *
     * Specifies the criteria for running a snapshot when the connector starts.
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial", "initial_only", "no_data", "when_needed"
     * @default "initial"
     */
    snapshotMode?: "initial" | "initial_only" | "no_data" | "when_needed";
    /**
     * Snapshot Isolation Mode
     *
     * Controls the transaction isolation level and how long the connector locks captured tables while it takes the initial snapshot.
     *
     * Wire key: "snapshot.isolation.mode"
     * Allowed values: "read_uncommitted", "read_committed", "repeatable_read", "exclusive"
     * Used only when snapshotMode is one of "initial", "initial_only", "when_needed".
     * @default "repeatable_read"
     */
    snapshotIsolationMode?: "read_uncommitted" | "read_committed" | "repeatable_read" | "exclusive";
    /**
     * Poll Interval (ms)
     *
     * Number of milliseconds the connector waits for new change events to appear before it starts processing a batch.
     *
     * Wire key: "poll.interval.ms"
     * Range: 100 to 5000
     * @default 500
     */
    pollIntervalMs?: number;
    /**
     * Max Batch Size
     *
     * Maximum size of each batch of events that the connector processes.
     *
     * Wire key: "max.batch.size"
     * @default 2048
     */
    maxBatchSize?: number;
    /**
     * Capture Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the instance or only from captured databases. Enabling this when you have many databases can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedDatabasesDdl?: boolean;
    /**
     * Capture Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all tables in the captured schemas or databases, or only from captured tables. Enabling this when you have many tables can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedTablesDdl?: boolean;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. Enable this if Streamkap cannot connect directly to your database.
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
     * Required when sshEnabled = true.
     * @default 22
     */
    sshPort?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to your SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    sshUser?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the authorized_keys file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    sshPublicKey?: string;
}
/** Db2 sources connector ("db2") config exactly as the API sends and receives it. */
export interface Db2SourceWireConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the Db2 database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Port number of the Db2 database server.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 50000
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * Name of the Db2 database user for connecting to the Db2 database server.
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * Password to use when connecting to the Db2 database server.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Database
     *
     * The name of the Db2 database from which to stream the changes.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.dbname": string;
    /**
     * Schemas
     *
     * Source schemas to sync.
     *
     * Wire key: "schema.include.list.user.defined"
     */
    "schema.include.list.user.defined": string;
    /**
     * Tables
     *
     * Source tables to sync, e.g. `DB2INST1.CUSTOMERS`.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Signal Table Schema
     *
     * Streamkap will use a table in this schema to monitor incremental snapshotting. Follow the documentation to create this table.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     */
    "signal.data.collection.schema.or.database": string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude from change events.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * CDC Control Schema
     *
     * The schema containing the ASN capture control tables (e.g. IBMSNAP_REGISTER).
     *
     * Wire key: "cdc.control.schema"
     * Set once: can be set at creation, never changed by an update.
     * @default "ASNCDC"
     */
    "cdc.control.schema"?: string;
    /**
     * CDC Change Tables Schema
     *
     * The schema in which the ASN capture agent creates change data tables.
     *
     * Wire key: "cdc.change.tables.schema"
     * Set once: can be set at creation, never changed by an update.
     * @default "ASNCDC"
     */
    "cdc.change.tables.schema"?: string;
    /**
     * Snapshot Mode
     *
     * Specifies the criteria for running a snapshot when the connector starts.
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial", "initial_only", "no_data", "when_needed"
     * @default "initial"
     */
    "snapshot.mode"?: "initial" | "initial_only" | "no_data" | "when_needed";
    /**
     * Snapshot Isolation Mode
     *
     * Controls the transaction isolation level and how long the connector locks captured tables while it takes the initial snapshot.
     *
     * Wire key: "snapshot.isolation.mode"
     * Allowed values: "read_uncommitted", "read_committed", "repeatable_read", "exclusive"
     * Used only when snapshotMode is one of "initial", "initial_only", "when_needed".
     * @default "repeatable_read"
     */
    "snapshot.isolation.mode"?: "read_uncommitted" | "read_committed" | "repeatable_read" | "exclusive";
    /**
     * Poll Interval (ms)
     *
     * Number of milliseconds the connector waits for new change events to appear before it starts processing a batch.
     *
     * Wire key: "poll.interval.ms"
     * Range: 100 to 5000
     * @default 500
     */
    "poll.interval.ms"?: number;
    /**
     * Max Batch Size
     *
     * Maximum size of each batch of events that the connector processes.
     *
     * Wire key: "max.batch.size"
     * @default 2048
     */
    "max.batch.size"?: number;
    /**
     * Capture Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the instance or only from captured databases. Enabling this when you have many databases can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.databases.ddl"?: boolean;
    /**
     * Capture Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all tables in the captured schemas or databases, or only from captured tables. Enabling this when you have many tables can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.tables.ddl"?: boolean;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. Enable this if Streamkap cannot connect directly to your database.
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
     * Required when sshEnabled = true.
     * @default 22
     */
    "ssh.port"?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to your SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    "ssh.user"?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the authorized_keys file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    "ssh.public.key.user.displayed"?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type Db2SourceUpdateConfig = Omit<Db2SourceConfig, "databaseDbname" | "cdcControlSchema" | "cdcChangeTablesSchema"> & Partial<Pick<Db2SourceConfig, "databaseDbname" | "cdcControlSchema" | "cdcChangeTablesSchema">>;
export type Config = Db2SourceConfig;
export type WireConfig = Db2SourceWireConfig;
export type UpdateConfig = Db2SourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: Db2SourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: Db2SourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly schemaIncludeList: "schema.include.list.user.defined";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly cdcControlSchema: "cdc.control.schema";
    readonly cdcChangeTablesSchema: "cdc.change.tables.schema";
    readonly snapshotMode: "snapshot.mode";
    readonly snapshotIsolationMode: "snapshot.isolation.mode";
    readonly pollIntervalMs: "poll.interval.ms";
    readonly maxBatchSize: "max.batch.size";
    readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl: "schema.history.internal.store.only.captured.databases.ddl";
    readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl: "schema.history.internal.store.only.captured.tables.ddl";
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
    readonly "schema.include.list.user.defined": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "cdc.control.schema": "cdcControlSchema";
    readonly "cdc.change.tables.schema": "cdcChangeTablesSchema";
    readonly "snapshot.mode": "snapshotMode";
    readonly "snapshot.isolation.mode": "snapshotIsolationMode";
    readonly "poll.interval.ms": "pollIntervalMs";
    readonly "max.batch.size": "maxBatchSize";
    readonly "schema.history.internal.store.only.captured.databases.ddl": "schemaHistoryInternalStoreOnlyCapturedDatabasesDdl";
    readonly "schema.history.internal.store.only.captured.tables.ddl": "schemaHistoryInternalStoreOnlyCapturedTablesDdl";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: Db2SourceConfig): Db2SourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: Db2SourceWireConfig | Readonly<Record<string, unknown>>): Db2SourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is Db2SourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, Db2SourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<Db2SourceConfig>): ApiRequest<SourceUpdateBody<typeof code, Db2SourceWireConfig>>;
