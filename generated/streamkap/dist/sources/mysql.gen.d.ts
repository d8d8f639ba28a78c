import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "mysql";
export declare const displayName = "MySQL";
/**
 * MySQL
 *
 * Capture row-level changes from MySQL using the binary log.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface MysqlSourceConfig {
    /**
     * Hostname
     *
     * The IP address or hostname of the MySQL database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Port number of the MySQL database server, for example 3306.
     *
     * Wire key: "database.port.user.defined"
     * @default 3306
     */
    databasePort?: number;
    /**
     * Username
     *
     * The MySQL user that the connector uses to connect to the database server.
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * The password of the MySQL user.
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
     * Source tables to sync, e.g. `shop.orders,shop.customers`.
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
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (capture only the listed columns) and Exclusion (capture all columns except the listed ones).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    columnIncludeListToggled?: boolean;
    /**
     * Include Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to include.
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    columnIncludeList?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled = false.
     */
    columnExcludeList?: string;
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
     * Used only when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Connection Time Zone
     *
     * Connection time zone. With SERVER, the time zone is detected from the server's 'time_zone' or 'system_time_zone' variables.
     *
     * Wire key: "database.connectionTimeZone"
     * Allowed values: "SERVER" (Server default), "UTC", "America/Bogota", "America/Denver", "America/Phoenix", "Asia/Calcutta", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Amsterdam", "Europe/Dublin", "Europe/Paris", "US/Central", "US/Eastern", "US/Pacific"
     * @default "SERVER"
     */
    databaseConnectionTimeZone?: "SERVER" | "UTC" | "America/Bogota" | "America/Denver" | "America/Phoenix" | "Asia/Calcutta" | "Asia/Singapore" | "Asia/Tokyo" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Dublin" | "Europe/Paris" | "US/Central" | "US/Eastern" | "US/Pacific";
    /**
     * GTID Mode
     *
     * Set to 'Yes' if GTID mode is enabled on the server; snapshots then run without table locks.
     *
     * Wire key: "snapshot.gtid"
     * Allowed values: "Yes", "No"
     * @default "No"
     */
    snapshotGtid?: "Yes" | "No";
    /**
     * Snapshot Locking Mode
     *
     * Controls whether and how long the connector holds the global read lock while taking a snapshot.
     *
     * Wire key: "snapshot.locking.mode"
     * Allowed values: "minimal" (Minimal), "extended" (Extended), "none" (None)
     * Used only when snapshotGtid = "No".
     * @default "minimal"
     */
    snapshotLockingMode?: "minimal" | "extended" | "none";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot tables in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 16
     * @default 1
     */
    snapshotMaxThreads?: number;
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
     * Capture Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all tables in the captured schemas or databases, or only from captured tables. Enabling this when you have many tables can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedTablesDdl?: boolean;
    /**
     * Skipped Operations
     *
     * Change event operations to skip during streaming. Truncates are skipped by default.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c" (Inserts), "u" (Updates), "d" (Deletes), "t" (Truncates)
     * @default ["t"]
     */
    skippedOperations?: ("c" | "u" | "d" | "t")[];
    /**
     * Static Key Field 1
     *
     * The name of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.field"
     */
    transformsInsertStaticKey1StaticField?: string;
    /**
     * Static Key Value 1
     *
     * The value of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.value"
     */
    transformsInsertStaticKey1StaticValue?: string;
    /**
     * Enrich Topic Pattern
     *
     * Regex pattern matching the topics the static field transforms apply to. The default `$^` matches nothing.
     *
     * Wire key: "predicates.IsTopicToEnrich.pattern"
     * @default "$^"
     */
    predicatesIsTopicToEnrichPattern?: string;
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
/** MySQL sources connector ("mysql") config exactly as the API sends and receives it. */
export interface MysqlSourceWireConfig {
    /**
     * Hostname
     *
     * The IP address or hostname of the MySQL database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Port number of the MySQL database server, for example 3306.
     *
     * Wire key: "database.port.user.defined"
     * @default 3306
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * The MySQL user that the connector uses to connect to the database server.
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * The password of the MySQL user.
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
     * Source tables to sync, e.g. `shop.orders,shop.customers`.
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
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (capture only the listed columns) and Exclusion (capture all columns except the listed ones).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    "column.include.list.toggled"?: boolean;
    /**
     * Include Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to include.
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    "column.include.list.user.defined"?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (databaseName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled = false.
     */
    "column.exclude.list.user.defined"?: string;
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
     * Used only when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Connection Time Zone
     *
     * Connection time zone. With SERVER, the time zone is detected from the server's 'time_zone' or 'system_time_zone' variables.
     *
     * Wire key: "database.connectionTimeZone"
     * Allowed values: "SERVER" (Server default), "UTC", "America/Bogota", "America/Denver", "America/Phoenix", "Asia/Calcutta", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney", "Europe/Amsterdam", "Europe/Dublin", "Europe/Paris", "US/Central", "US/Eastern", "US/Pacific"
     * @default "SERVER"
     */
    "database.connectionTimeZone"?: "SERVER" | "UTC" | "America/Bogota" | "America/Denver" | "America/Phoenix" | "Asia/Calcutta" | "Asia/Singapore" | "Asia/Tokyo" | "Australia/Sydney" | "Europe/Amsterdam" | "Europe/Dublin" | "Europe/Paris" | "US/Central" | "US/Eastern" | "US/Pacific";
    /**
     * GTID Mode
     *
     * Set to 'Yes' if GTID mode is enabled on the server; snapshots then run without table locks.
     *
     * Wire key: "snapshot.gtid"
     * Allowed values: "Yes", "No"
     * @default "No"
     */
    "snapshot.gtid"?: "Yes" | "No";
    /**
     * Snapshot Locking Mode
     *
     * Controls whether and how long the connector holds the global read lock while taking a snapshot.
     *
     * Wire key: "snapshot.locking.mode"
     * Allowed values: "minimal" (Minimal), "extended" (Extended), "none" (None)
     * Used only when snapshotGtid = "No".
     * @default "minimal"
     */
    "snapshot.locking.mode"?: "minimal" | "extended" | "none";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot tables in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 16
     * @default 1
     */
    "snapshot.max.threads"?: number;
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
     * Capture Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all tables in the captured schemas or databases, or only from captured tables. Enabling this when you have many tables can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.tables.ddl"?: boolean;
    /**
     * Skipped Operations
     *
     * Change event operations to skip during streaming. Truncates are skipped by default.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c" (Inserts), "u" (Updates), "d" (Deletes), "t" (Truncates)
     * @default ["t"]
     */
    "skipped.operations"?: ("c" | "u" | "d" | "t")[];
    /**
     * Static Key Field 1
     *
     * The name of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.field"
     */
    "transforms.InsertStaticKey1.static.field"?: string;
    /**
     * Static Key Value 1
     *
     * The value of the static field to be added to the message key.
     *
     * Wire key: "transforms.InsertStaticKey1.static.value"
     */
    "transforms.InsertStaticKey1.static.value"?: string;
    /**
     * Enrich Topic Pattern
     *
     * Regex pattern matching the topics the static field transforms apply to. The default `$^` matches nothing.
     *
     * Wire key: "predicates.IsTopicToEnrich.pattern"
     * @default "$^"
     */
    "predicates.IsTopicToEnrich.pattern"?: string;
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
export type MysqlSourceUpdateConfig = Omit<MysqlSourceConfig, "signalDataCollectionSchemaOrDatabase"> & Partial<Pick<MysqlSourceConfig, "signalDataCollectionSchemaOrDatabase">>;
export type Config = MysqlSourceConfig;
export type WireConfig = MysqlSourceWireConfig;
export type UpdateConfig = MysqlSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: MysqlSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: MysqlSourceUpdateConfig;
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
    readonly columnIncludeListToggled: "column.include.list.toggled";
    readonly columnIncludeList: "column.include.list.user.defined";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly databaseConnectionTimeZone: "database.connectionTimeZone";
    readonly snapshotGtid: "snapshot.gtid";
    readonly snapshotLockingMode: "snapshot.locking.mode";
    readonly snapshotMaxThreads: "snapshot.max.threads";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl: "schema.history.internal.store.only.captured.tables.ddl";
    readonly skippedOperations: "skipped.operations";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly transformsInsertStaticKey1StaticValue: "transforms.InsertStaticKey1.static.value";
    readonly predicatesIsTopicToEnrichPattern: "predicates.IsTopicToEnrich.pattern";
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
    readonly "column.include.list.toggled": "columnIncludeListToggled";
    readonly "column.include.list.user.defined": "columnIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "database.connectionTimeZone": "databaseConnectionTimeZone";
    readonly "snapshot.gtid": "snapshotGtid";
    readonly "snapshot.locking.mode": "snapshotLockingMode";
    readonly "snapshot.max.threads": "snapshotMaxThreads";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "schema.history.internal.store.only.captured.tables.ddl": "schemaHistoryInternalStoreOnlyCapturedTablesDdl";
    readonly "skipped.operations": "skippedOperations";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "transforms.InsertStaticKey1.static.value": "transformsInsertStaticKey1StaticValue";
    readonly "predicates.IsTopicToEnrich.pattern": "predicatesIsTopicToEnrichPattern";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: MysqlSourceConfig): MysqlSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: MysqlSourceWireConfig | Readonly<Record<string, unknown>>): MysqlSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is MysqlSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, MysqlSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<MysqlSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, MysqlSourceWireConfig>>;
