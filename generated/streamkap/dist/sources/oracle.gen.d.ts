import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "oracle";
export declare const displayName = "Oracle";
/**
 * Oracle
 *
 * Capture changes from Oracle databases (including CDB/PDB installations) using LogMiner.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface OracleSourceConfig {
    /**
     * Hostname
     *
     * Oracle hostname or IP address.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Oracle listener port, for example 1521.
     *
     * Wire key: "database.port.user.defined"
     * @default 1521
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
     * Database from which to stream data. For container databases (CDB), this is the CDB name, e.g. 'ORCLCDB'.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDbname: string;
    /**
     * Pluggable Database
     *
     * Pluggable database (PDB) from which to stream data. Use this for CDB installations only.
     *
     * Wire key: "database.pdb.name"
     * Set once: can be set at creation, never changed by an update.
     */
    databasePdbName?: string;
    /**
     * Schemas
     *
     * Schemas to include.
     *
     * Wire key: "schema.include.list"
     */
    schemaIncludeList: string;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g. 'MYSCHEMA.STREAMKAP_SIGNAL'). Used for incremental snapshots.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     */
    signalDataCollectionSchemaOrDatabase: string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat so that offsets keep advancing on low-traffic sources, preventing log lag and false-positive health alerts.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    heartbeatEnabled?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'STREAMKAP'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Log Mining Strategy
     *
     * How LogMiner resolves column metadata: 'online_catalog' is fastest; 'redo_log_catalog' handles schema changes better; 'hybrid' combines both but does not support LOB capture.
     *
     * Wire key: "log.mining.strategy"
     * Allowed values: "online_catalog" (Online Catalog), "redo_log_catalog" (Redo Log Catalog), "hybrid" (Hybrid)
     * @default "online_catalog"
     */
    logMiningStrategy?: "online_catalog" | "redo_log_catalog" | "hybrid";
    /**
     * Log Mining Batch Size
     *
     * The starting SCN interval size that the connector uses for reading data from redo/archive logs.
     *
     * Wire key: "log.mining.batch.size.default"
     * Range: 1000 to 100000
     * @default 20000
     */
    logMiningBatchSizeDefault?: number;
    /**
     * Enable LOB Column Capture
     *
     * Enables capture of CLOB, NCLOB and BLOB columns. Not supported with the Hybrid strategy.
     *
     * Wire key: "lob.enabled"
     * Used only when logMiningStrategy ≠ "hybrid".
     * @default false
     */
    lobEnabled?: boolean;
    /**
     * Re-select Post Processor
     *
     * When enabled, columns unavailable in the redo log (e.g. LOB columns) are re-fetched from the source database at event time.
     *
     * Wire key: "post.processors.reselect.enabled"
     * @default false
     */
    postProcessorsReselectEnabled?: boolean;
    /**
     * Re-select Error Handling
     *
     * What happens when the re-select post processor fails to fetch a column: 'fail' stops the connector, 'warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail", "warn"
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    reselectorReselectErrorHandlingMode?: "fail" | "warn";
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
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, binary, varbinary) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    columnExcludeList?: string;
    /**
     * Move Columns to Key
     *
     * Move column(s) from the value to the key. Comma-separated list of table columns in the format 'table1.column1,table2.column2'.
     *
     * Wire key: "transforms.ValueToKey.fields.include.list"
     */
    transformsValueToKeyFieldsIncludeList?: string;
    /**
     * Preserve NULL Values
     *
     * Preserve NULL values from the source instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    preserveNullValues?: boolean;
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
/** Oracle sources connector ("oracle") config exactly as the API sends and receives it. */
export interface OracleSourceWireConfig {
    /**
     * Hostname
     *
     * Oracle hostname or IP address.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Oracle listener port, for example 1521.
     *
     * Wire key: "database.port.user.defined"
     * @default 1521
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
     * Database from which to stream data. For container databases (CDB), this is the CDB name, e.g. 'ORCLCDB'.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.dbname": string;
    /**
     * Pluggable Database
     *
     * Pluggable database (PDB) from which to stream data. Use this for CDB installations only.
     *
     * Wire key: "database.pdb.name"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.pdb.name"?: string;
    /**
     * Schemas
     *
     * Schemas to include.
     *
     * Wire key: "schema.include.list"
     */
    "schema.include.list": string;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g. 'MYSCHEMA.STREAMKAP_SIGNAL'). Used for incremental snapshots.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     */
    "signal.data.collection.schema.or.database": string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat so that offsets keep advancing on low-traffic sources, preventing log lag and false-positive health alerts.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    "heartbeat.enabled"?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'STREAMKAP'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Log Mining Strategy
     *
     * How LogMiner resolves column metadata: 'online_catalog' is fastest; 'redo_log_catalog' handles schema changes better; 'hybrid' combines both but does not support LOB capture.
     *
     * Wire key: "log.mining.strategy"
     * Allowed values: "online_catalog" (Online Catalog), "redo_log_catalog" (Redo Log Catalog), "hybrid" (Hybrid)
     * @default "online_catalog"
     */
    "log.mining.strategy"?: "online_catalog" | "redo_log_catalog" | "hybrid";
    /**
     * Log Mining Batch Size
     *
     * The starting SCN interval size that the connector uses for reading data from redo/archive logs.
     *
     * Wire key: "log.mining.batch.size.default"
     * Range: 1000 to 100000
     * @default 20000
     */
    "log.mining.batch.size.default"?: number;
    /**
     * Enable LOB Column Capture
     *
     * Enables capture of CLOB, NCLOB and BLOB columns. Not supported with the Hybrid strategy.
     *
     * Wire key: "lob.enabled"
     * Used only when logMiningStrategy ≠ "hybrid".
     * @default false
     */
    "lob.enabled"?: boolean;
    /**
     * Re-select Post Processor
     *
     * When enabled, columns unavailable in the redo log (e.g. LOB columns) are re-fetched from the source database at event time.
     *
     * Wire key: "post.processors.reselect.enabled"
     * @default false
     */
    "post.processors.reselect.enabled"?: boolean;
    /**
     * Re-select Error Handling
     *
     * What happens when the re-select post processor fails to fetch a column: 'fail' stops the connector, 'warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail", "warn"
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    "reselector.reselect.error.handling.mode"?: "fail" | "warn";
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
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, binary, varbinary) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Move Columns to Key
     *
     * Move column(s) from the value to the key. Comma-separated list of table columns in the format 'table1.column1,table2.column2'.
     *
     * Wire key: "transforms.ValueToKey.fields.include.list"
     */
    "transforms.ValueToKey.fields.include.list"?: string;
    /**
     * Preserve NULL Values
     *
     * Preserve NULL values from the source instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    "preserve.null.values"?: boolean;
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
export type OracleSourceUpdateConfig = Omit<OracleSourceConfig, "databaseDbname" | "databasePdbName"> & Partial<Pick<OracleSourceConfig, "databaseDbname" | "databasePdbName">>;
export type Config = OracleSourceConfig;
export type WireConfig = OracleSourceWireConfig;
export type UpdateConfig = OracleSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: OracleSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: OracleSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly databasePdbName: "database.pdb.name";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly logMiningStrategy: "log.mining.strategy";
    readonly logMiningBatchSizeDefault: "log.mining.batch.size.default";
    readonly lobEnabled: "lob.enabled";
    readonly postProcessorsReselectEnabled: "post.processors.reselect.enabled";
    readonly reselectorReselectErrorHandlingMode: "reselector.reselect.error.handling.mode";
    readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl: "schema.history.internal.store.only.captured.databases.ddl";
    readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl: "schema.history.internal.store.only.captured.tables.ddl";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly transformsValueToKeyFieldsIncludeList: "transforms.ValueToKey.fields.include.list";
    readonly preserveNullValues: "preserve.null.values";
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
    readonly "database.pdb.name": "databasePdbName";
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "log.mining.strategy": "logMiningStrategy";
    readonly "log.mining.batch.size.default": "logMiningBatchSizeDefault";
    readonly "lob.enabled": "lobEnabled";
    readonly "post.processors.reselect.enabled": "postProcessorsReselectEnabled";
    readonly "reselector.reselect.error.handling.mode": "reselectorReselectErrorHandlingMode";
    readonly "schema.history.internal.store.only.captured.databases.ddl": "schemaHistoryInternalStoreOnlyCapturedDatabasesDdl";
    readonly "schema.history.internal.store.only.captured.tables.ddl": "schemaHistoryInternalStoreOnlyCapturedTablesDdl";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "transforms.ValueToKey.fields.include.list": "transformsValueToKeyFieldsIncludeList";
    readonly "preserve.null.values": "preserveNullValues";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: OracleSourceConfig): OracleSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: OracleSourceWireConfig | Readonly<Record<string, unknown>>): OracleSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is OracleSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, OracleSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<OracleSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, OracleSourceWireConfig>>;
