import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "sqlserveraws";
export declare const displayName = "SQL Server";
/**
 * SQL Server
 *
 * Stream change data from Microsoft SQL Server (including Amazon RDS) using SQL Server Change Data Capture. CDC must be enabled on the database and on each captured table.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SqlserverawsSourceConfig {
    /**
     * Hostname
     *
     * The endpoint of the SQL Server database server. For example, `sqlserverdb.abcdefgh.us-west-2.rds.amazonaws.com`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * SQL Server port. For example, 1433.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 1433
     */
    databasePort?: number;
    /**
     * Encrypt Connection
     *
     * Use TLS encryption with the SQL Server.
     *
     * Wire key: "database.encrypt"
     * @default true
     */
    databaseEncrypt?: boolean;
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
     * Database to stream from. CDC must be enabled on it with `sys.sp_cdc_enable_db`.
     *
     * Wire key: "database.names"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseNames: string;
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
     * Source tables to sync. Each table must have CDC enabled with `sys.sp_cdc_enable_table`.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values. Fully-qualified names for columns are of the form schemaName.tableName.columnName.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    columnExcludeList?: string;
    /**
     * Signal Table
     *
     * Path to the signal table as schema.table (e.g., 'dbo.streamkap_signal'). The database name will be added automatically. This table is used for incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * @default "streamkap"
     */
    signalDataCollectionSchemaOrDatabase?: string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat to a Kafka topic, which keeps offsets advancing on low-traffic sources.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    heartbeatEnabled?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Optional. The schema containing a 'streamkap_heartbeat' table. Leave blank for Kafka-only heartbeat (no table or write grant required).
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Store Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the database instance or only captured databases.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedDatabasesDdl?: boolean;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. binary, varbinary should be represented.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes" (Bytes), "base64" (Base64), "base64-url-safe" (Base64 (URL-safe)), "hex" (Hex)
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Skipped Operations
     *
     * Operation types to skip during streaming.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d", "t", "none"
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
     * Chunk Size (bytes)
     *
     * Target byte size for one chunk SELECT. Drives LIMIT = ceil(chunk.size.bytes / avg_row_size).
     *
     * Wire key: "streamkap.snapshot.chunk.size.bytes"
     * Range: 4096 to 8388608
     * @default 524288
     */
    streamkapSnapshotChunkSizeBytes?: number;
    /**
     * Max Split Size (bytes)
     *
     * A table with an estimated size greater than this triggers intra-table parallelism; it is split into parts of this size that are processed in parallel.
     *
     * Wire key: "streamkap.snapshot.max.split.size.bytes"
     * Range: 10485760 to 214748364800
     * @default 53687091200
     */
    streamkapSnapshotMaxSplitSizeBytes?: number;
    /**
     * Snapshot State Refresh (ms)
     *
     * How often the parallel-snapshot executor publishes progress to the `streamkap_state` topic.
     *
     * Wire key: "streamkap.snapshot.state.refresh.ms"
     * Range: 1000 to 60000
     * @default 30000
     */
    streamkapSnapshotStateRefreshMs?: number;
    /**
     * Custom Table Chunks
     *
     * Explicitly set nb of parallel chunks for tables. Format: {"db.Some_Tbl": {"chunks": 5}}.
     *
     * Wire key: "streamkap.snapshot.custom.table.config.user.defined"
     */
    streamkapSnapshotCustomTableConfig?: string;
    /**
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list of table columns in format 'table1.column1,table2.column2'. Supports wildcards (e.g., 'mytable.*').
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    transformsOversizedRecordsFieldsIncludeList?: string;
    /**
     * Oversized Field Behavior
     *
     * Action for oversized fields: TRUNCATE (trim to max size) or NULLIFY (set to null).
     *
     * Wire key: "transforms.OversizedRecords.oversized.field.behavior"
     * Allowed values: "TRUNCATE", "NULLIFY"
     * @default "TRUNCATE"
     */
    transformsOversizedRecordsOversizedFieldBehavior?: "TRUNCATE" | "NULLIFY";
    /**
     * Truncation Suffix
     *
     * Suffix to append to truncated values (e.g., '...[TRUNCATED]'). Leave empty for no suffix.
     *
     * Wire key: "transforms.OversizedRecords.truncation.suffix"
     * Used only when transformsOversizedRecordsOversizedFieldBehavior is one of "TRUNCATE".
     */
    transformsOversizedRecordsTruncationSuffix?: string;
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
/** SQL Server sources connector ("sqlserveraws") config exactly as the API sends and receives it. */
export interface SqlserverawsSourceWireConfig {
    /**
     * Hostname
     *
     * The endpoint of the SQL Server database server. For example, `sqlserverdb.abcdefgh.us-west-2.rds.amazonaws.com`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * SQL Server port. For example, 1433.
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 1433
     */
    "database.port.user.defined"?: number;
    /**
     * Encrypt Connection
     *
     * Use TLS encryption with the SQL Server.
     *
     * Wire key: "database.encrypt"
     * @default true
     */
    "database.encrypt"?: boolean;
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
     * Database to stream from. CDC must be enabled on it with `sys.sp_cdc_enable_db`.
     *
     * Wire key: "database.names"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.names": string;
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
     * Source tables to sync. Each table must have CDC enabled with `sys.sp_cdc_enable_table`.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values. Fully-qualified names for columns are of the form schemaName.tableName.columnName.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Signal Table
     *
     * Path to the signal table as schema.table (e.g., 'dbo.streamkap_signal'). The database name will be added automatically. This table is used for incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * @default "streamkap"
     */
    "signal.data.collection.schema.or.database"?: string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat to a Kafka topic, which keeps offsets advancing on low-traffic sources.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    "heartbeat.enabled"?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Optional. The schema containing a 'streamkap_heartbeat' table. Leave blank for Kafka-only heartbeat (no table or write grant required).
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Store Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the database instance or only captured databases.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.databases.ddl"?: boolean;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. binary, varbinary should be represented.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes" (Bytes), "base64" (Base64), "base64-url-safe" (Base64 (URL-safe)), "hex" (Hex)
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Skipped Operations
     *
     * Operation types to skip during streaming.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d", "t", "none"
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
     * Chunk Size (bytes)
     *
     * Target byte size for one chunk SELECT. Drives LIMIT = ceil(chunk.size.bytes / avg_row_size).
     *
     * Wire key: "streamkap.snapshot.chunk.size.bytes"
     * Range: 4096 to 8388608
     * @default 524288
     */
    "streamkap.snapshot.chunk.size.bytes"?: number;
    /**
     * Max Split Size (bytes)
     *
     * A table with an estimated size greater than this triggers intra-table parallelism; it is split into parts of this size that are processed in parallel.
     *
     * Wire key: "streamkap.snapshot.max.split.size.bytes"
     * Range: 10485760 to 214748364800
     * @default 53687091200
     */
    "streamkap.snapshot.max.split.size.bytes"?: number;
    /**
     * Snapshot State Refresh (ms)
     *
     * How often the parallel-snapshot executor publishes progress to the `streamkap_state` topic.
     *
     * Wire key: "streamkap.snapshot.state.refresh.ms"
     * Range: 1000 to 60000
     * @default 30000
     */
    "streamkap.snapshot.state.refresh.ms"?: number;
    /**
     * Custom Table Chunks
     *
     * Explicitly set nb of parallel chunks for tables. Format: {"db.Some_Tbl": {"chunks": 5}}.
     *
     * Wire key: "streamkap.snapshot.custom.table.config.user.defined"
     */
    "streamkap.snapshot.custom.table.config.user.defined"?: string;
    /**
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list of table columns in format 'table1.column1,table2.column2'. Supports wildcards (e.g., 'mytable.*').
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    "transforms.OversizedRecords.fields.include.list"?: string;
    /**
     * Oversized Field Behavior
     *
     * Action for oversized fields: TRUNCATE (trim to max size) or NULLIFY (set to null).
     *
     * Wire key: "transforms.OversizedRecords.oversized.field.behavior"
     * Allowed values: "TRUNCATE", "NULLIFY"
     * @default "TRUNCATE"
     */
    "transforms.OversizedRecords.oversized.field.behavior"?: "TRUNCATE" | "NULLIFY";
    /**
     * Truncation Suffix
     *
     * Suffix to append to truncated values (e.g., '...[TRUNCATED]'). Leave empty for no suffix.
     *
     * Wire key: "transforms.OversizedRecords.truncation.suffix"
     * Used only when transformsOversizedRecordsOversizedFieldBehavior is one of "TRUNCATE".
     */
    "transforms.OversizedRecords.truncation.suffix"?: string;
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
export type SqlserverawsSourceUpdateConfig = Omit<SqlserverawsSourceConfig, "databaseNames"> & Partial<Pick<SqlserverawsSourceConfig, "databaseNames">>;
export type Config = SqlserverawsSourceConfig;
export type WireConfig = SqlserverawsSourceWireConfig;
export type UpdateConfig = SqlserverawsSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SqlserverawsSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SqlserverawsSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseEncrypt: "database.encrypt";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseNames: "database.names";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl: "schema.history.internal.store.only.captured.databases.ddl";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly skippedOperations: "skipped.operations";
    readonly streamkapSnapshotParallelism: "streamkap.snapshot.parallelism";
    readonly streamkapSnapshotChunkSizeBytes: "streamkap.snapshot.chunk.size.bytes";
    readonly streamkapSnapshotMaxSplitSizeBytes: "streamkap.snapshot.max.split.size.bytes";
    readonly streamkapSnapshotStateRefreshMs: "streamkap.snapshot.state.refresh.ms";
    readonly streamkapSnapshotCustomTableConfig: "streamkap.snapshot.custom.table.config.user.defined";
    readonly transformsOversizedRecordsFieldsIncludeList: "transforms.OversizedRecords.fields.include.list";
    readonly transformsOversizedRecordsOversizedFieldBehavior: "transforms.OversizedRecords.oversized.field.behavior";
    readonly transformsOversizedRecordsTruncationSuffix: "transforms.OversizedRecords.truncation.suffix";
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
    readonly "database.encrypt": "databaseEncrypt";
    readonly "database.user": "databaseUser";
    readonly "database.password": "databasePassword";
    readonly "database.names": "databaseNames";
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "schema.history.internal.store.only.captured.databases.ddl": "schemaHistoryInternalStoreOnlyCapturedDatabasesDdl";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "skipped.operations": "skippedOperations";
    readonly "streamkap.snapshot.parallelism": "streamkapSnapshotParallelism";
    readonly "streamkap.snapshot.chunk.size.bytes": "streamkapSnapshotChunkSizeBytes";
    readonly "streamkap.snapshot.max.split.size.bytes": "streamkapSnapshotMaxSplitSizeBytes";
    readonly "streamkap.snapshot.state.refresh.ms": "streamkapSnapshotStateRefreshMs";
    readonly "streamkap.snapshot.custom.table.config.user.defined": "streamkapSnapshotCustomTableConfig";
    readonly "transforms.OversizedRecords.fields.include.list": "transformsOversizedRecordsFieldsIncludeList";
    readonly "transforms.OversizedRecords.oversized.field.behavior": "transformsOversizedRecordsOversizedFieldBehavior";
    readonly "transforms.OversizedRecords.truncation.suffix": "transformsOversizedRecordsTruncationSuffix";
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
export declare function toWire(config: SqlserverawsSourceConfig): SqlserverawsSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SqlserverawsSourceWireConfig | Readonly<Record<string, unknown>>): SqlserverawsSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SqlserverawsSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SqlserverawsSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<SqlserverawsSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SqlserverawsSourceWireConfig>>;
