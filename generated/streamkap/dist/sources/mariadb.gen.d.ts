import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "mariadb";
export declare const displayName = "MariaDB";
/**
 * MariaDB
 *
 * Capture row-level changes from MariaDB using the binary log with GTIDs.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface MariadbSourceConfig {
    /**
     * Hostname
     *
     * The IP address or hostname of the MariaDB database server. For example, mariadb.something.rds.amazonaws.com.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Port number of the MariaDB database server, for example 3306.
     *
     * Wire key: "database.port.user.defined"
     * @default 3306
     */
    databasePort?: number;
    /**
     * Username
     *
     * The MariaDB user that the connector uses to connect to the database server.
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * The password of the MariaDB user.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Databases
     *
     * Databases to include. The connector does not capture changes in any database that is not listed.
     *
     * Wire key: "database.include.list.user.defined"
     */
    databaseIncludeList: string;
    /**
     * Tables
     *
     * Source tables to sync. The connector does not capture changes in any table that is not listed.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Signal Database
     *
     * Streamkap will use a table in this database to monitor incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    signalDataCollectionSchemaOrDatabase?: string;
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'streamkap'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Required when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Connection Time Zone
     *
     * Connection time zone. With SERVER, the time zone is detected from the server's 'time_zone' or 'system_time_zone' variables.
     *
     * Wire key: "database.connectionTimeZone"
     * Allowed values: "SERVER", "UTC", "America/Bogota", "America/Denver", "America/Phoenix", "Asia/Calcutta", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Amsterdam", "Europe/Dublin", "Europe/Paris", "US/Central", "US/Eastern", "US/Pacific"
     * @default "SERVER"
     */
    databaseConnectionTimeZone?: "SERVER" | "UTC" | "America/Bogota" | "America/Denver" | "America/Phoenix" | "Asia/Calcutta" | "Asia/Singapore" | "Asia/Tokyo" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Dublin" | "Europe/Paris" | "US/Central" | "US/Eastern" | "US/Pacific";
    /**
     * Use GTID Snapshots
     *
     * Whether or not to use a read-only, GTID-based snapshot. MariaDB has GTID enabled by default, so no extra configuration is needed.
     *
     * Wire key: "snapshot.gtid"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    snapshotGtid?: "Yes" | "No";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot tables in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 8
     * @default 1
     */
    snapshotMaxThreads?: number;
    /**
     * SSL Mode
     *
     * 'disable' uses an unencrypted connection; 'trust' encrypts without certificate verification.
     *
     * Wire key: "database.ssl.mode"
     * Allowed values: "disable" (Disable), "trust" (Trust)
     * @default "trust"
     */
    databaseSslMode?: "disable" | "trust";
    /**
     * Regex Table Support
     *
     * Enable regex support, useful for merging many tables into the same output topic. Usually requires "Capture Only Captured Tables DDL" as well.
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
     * @default "REGEX"
     */
    transformsSourceRegexSupportRegexReplacement?: string;
    /**
     * Key Field Template
     *
     * Template for the extra key field that keeps keys unique across tables. Available variables: database, schema, table, sourceId.
     *
     * Wire key: "transforms.SourceRegexSupport.key.field.template"
     * Used only when sourceRegexSupportEnabled = true.
     * @default "{{database}}.{{table}}"
     */
    transformsSourceRegexSupportKeyFieldTemplate?: string;
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
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    columnExcludeList?: string;
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
/** MariaDB sources connector ("mariadb") config exactly as the API sends and receives it. */
export interface MariadbSourceWireConfig {
    /**
     * Hostname
     *
     * The IP address or hostname of the MariaDB database server. For example, mariadb.something.rds.amazonaws.com.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Port number of the MariaDB database server, for example 3306.
     *
     * Wire key: "database.port.user.defined"
     * @default 3306
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * The MariaDB user that the connector uses to connect to the database server.
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * The password of the MariaDB user.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Databases
     *
     * Databases to include. The connector does not capture changes in any database that is not listed.
     *
     * Wire key: "database.include.list.user.defined"
     */
    "database.include.list.user.defined": string;
    /**
     * Tables
     *
     * Source tables to sync. The connector does not capture changes in any table that is not listed.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Signal Database
     *
     * Streamkap will use a table in this database to monitor incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    "signal.data.collection.schema.or.database"?: string;
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'streamkap'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Required when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Connection Time Zone
     *
     * Connection time zone. With SERVER, the time zone is detected from the server's 'time_zone' or 'system_time_zone' variables.
     *
     * Wire key: "database.connectionTimeZone"
     * Allowed values: "SERVER", "UTC", "America/Bogota", "America/Denver", "America/Phoenix", "Asia/Calcutta", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Amsterdam", "Europe/Dublin", "Europe/Paris", "US/Central", "US/Eastern", "US/Pacific"
     * @default "SERVER"
     */
    "database.connectionTimeZone"?: "SERVER" | "UTC" | "America/Bogota" | "America/Denver" | "America/Phoenix" | "Asia/Calcutta" | "Asia/Singapore" | "Asia/Tokyo" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Dublin" | "Europe/Paris" | "US/Central" | "US/Eastern" | "US/Pacific";
    /**
     * Use GTID Snapshots
     *
     * Whether or not to use a read-only, GTID-based snapshot. MariaDB has GTID enabled by default, so no extra configuration is needed.
     *
     * Wire key: "snapshot.gtid"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    "snapshot.gtid"?: "Yes" | "No";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot tables in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 8
     * @default 1
     */
    "snapshot.max.threads"?: number;
    /**
     * SSL Mode
     *
     * 'disable' uses an unencrypted connection; 'trust' encrypts without certificate verification.
     *
     * Wire key: "database.ssl.mode"
     * Allowed values: "disable" (Disable), "trust" (Trust)
     * @default "trust"
     */
    "database.ssl.mode"?: "disable" | "trust";
    /**
     * Regex Table Support
     *
     * Enable regex support, useful for merging many tables into the same output topic. Usually requires "Capture Only Captured Tables DDL" as well.
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
     * @default "REGEX"
     */
    "transforms.SourceRegexSupport.regex.replacement"?: string;
    /**
     * Key Field Template
     *
     * Template for the extra key field that keeps keys unique across tables. Available variables: database, schema, table, sourceId.
     *
     * Wire key: "transforms.SourceRegexSupport.key.field.template"
     * Used only when sourceRegexSupportEnabled = true.
     * @default "{{database}}.{{table}}"
     */
    "transforms.SourceRegexSupport.key.field.template"?: string;
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
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    "column.exclude.list.user.defined"?: string;
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
export type MariadbSourceUpdateConfig = Omit<MariadbSourceConfig, "signalDataCollectionSchemaOrDatabase"> & Partial<Pick<MariadbSourceConfig, "signalDataCollectionSchemaOrDatabase">>;
export type Config = MariadbSourceConfig;
export type WireConfig = MariadbSourceWireConfig;
export type UpdateConfig = MariadbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: MariadbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: MariadbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseIncludeList: "database.include.list.user.defined";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly databaseConnectionTimeZone: "database.connectionTimeZone";
    readonly snapshotGtid: "snapshot.gtid";
    readonly snapshotMaxThreads: "snapshot.max.threads";
    readonly databaseSslMode: "database.ssl.mode";
    readonly sourceRegexSupportEnabled: "SourceRegexSupport.enabled";
    readonly transformsSourceRegexSupportRegexReplacement: "transforms.SourceRegexSupport.regex.replacement";
    readonly transformsSourceRegexSupportKeyFieldTemplate: "transforms.SourceRegexSupport.key.field.template";
    readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl: "schema.history.internal.store.only.captured.databases.ddl";
    readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl: "schema.history.internal.store.only.captured.tables.ddl";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly columnExcludeList: "column.exclude.list.user.defined";
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
    readonly "database.include.list.user.defined": "databaseIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "database.connectionTimeZone": "databaseConnectionTimeZone";
    readonly "snapshot.gtid": "snapshotGtid";
    readonly "snapshot.max.threads": "snapshotMaxThreads";
    readonly "database.ssl.mode": "databaseSslMode";
    readonly "SourceRegexSupport.enabled": "sourceRegexSupportEnabled";
    readonly "transforms.SourceRegexSupport.regex.replacement": "transformsSourceRegexSupportRegexReplacement";
    readonly "transforms.SourceRegexSupport.key.field.template": "transformsSourceRegexSupportKeyFieldTemplate";
    readonly "schema.history.internal.store.only.captured.databases.ddl": "schemaHistoryInternalStoreOnlyCapturedDatabasesDdl";
    readonly "schema.history.internal.store.only.captured.tables.ddl": "schemaHistoryInternalStoreOnlyCapturedTablesDdl";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: MariadbSourceConfig): MariadbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: MariadbSourceWireConfig | Readonly<Record<string, unknown>>): MariadbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is MariadbSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, MariadbSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<MariadbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, MariadbSourceWireConfig>>;
