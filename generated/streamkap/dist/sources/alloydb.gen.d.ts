import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "alloydb";
export declare const displayName = "AlloyDB";
/**
 * AlloyDB
 *
 * Stream changes from Google AlloyDB for PostgreSQL using logical replication with the pgoutput plugin.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface AlloydbSourceConfig {
    /**
     * Hostname
     *
     * AlloyDB (PostgreSQL) hostname or IP address.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * AlloyDB (PostgreSQL) port. For example, 5432.
     *
     * Wire key: "database.port.user.defined"
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
     * Read Only
     *
     * When connecting to a read replica, this must be set to 'Yes' to support Streamkap snapshots.
     *
     * Wire key: "snapshot.read.only.user.defined"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    snapshotReadOnly?: "Yes" | "No";
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
     * Schemas
     *
     * Comma-separated list of schemas to capture, e.g. `public,sales`.
     *
     * Wire key: "schema.include.list"
     */
    schemaIncludeList: string;
    /**
     * Tables
     *
     * Source tables to sync, as a comma-separated list of schema-qualified names (e.g. `public.orders`).
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (capture only the listed columns) and Exclusion (capture all columns except the listed ones). Defaults to Inclusion.
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    columnIncludeListToggled?: boolean;
    /**
     * Include Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to include, in the form schemaName.tableName.columnName.
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    columnIncludeList?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to exclude from change event values.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled ≠ true.
     */
    columnExcludeList?: string;
    /**
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g. 'public.streamkap_signal'). Used for incremental snapshots.
     *
     * Wire key: "signal.data.collection.schema.or.database"
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'public'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Replication Slot Name
     *
     * The name of the logical replication slot for the connector to use.
     *
     * Wire key: "slot.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pgoutput_slot"
     */
    slotName?: string;
    /**
     * Publication Name
     *
     * The name of the PostgreSQL publication for the connector to use.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    publicationName?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, binary, varbinary) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes" (Bytes), "base64" (Base64), "base64-url-safe" (Base64 (URL safe)), "hex" (Hex)
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Re-select TOAST Columns
     *
     * When enabled, TOAST columns that cannot be read from the WAL are re-fetched from the source database at event time.
     *
     * Wire key: "post.processors.reselect.enabled"
     * @default true
     */
    postProcessorsReselectEnabled?: boolean;
    /**
     * Re-select Error Handling
     *
     * What happens when the re-select post processor fails to fetch a column: 'fail' stops the connector, 'warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail" (Fail), "warn" (Warn)
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    reselectorReselectErrorHandlingMode?: "fail" | "warn";
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
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Larger string fields are truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    transformsOversizedRecordsMaxFieldSizeBytes?: number;
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
/** AlloyDB sources connector ("alloydb") config exactly as the API sends and receives it. */
export interface AlloydbSourceWireConfig {
    /**
     * Hostname
     *
     * AlloyDB (PostgreSQL) hostname or IP address.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * AlloyDB (PostgreSQL) port. For example, 5432.
     *
     * Wire key: "database.port.user.defined"
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
     * Read Only
     *
     * When connecting to a read replica, this must be set to 'Yes' to support Streamkap snapshots.
     *
     * Wire key: "snapshot.read.only.user.defined"
     * Allowed values: "Yes", "No"
     * @default "Yes"
     */
    "snapshot.read.only.user.defined"?: "Yes" | "No";
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
     * Schemas
     *
     * Comma-separated list of schemas to capture, e.g. `public,sales`.
     *
     * Wire key: "schema.include.list"
     */
    "schema.include.list": string;
    /**
     * Tables
     *
     * Source tables to sync, as a comma-separated list of schema-qualified names (e.g. `public.orders`).
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (capture only the listed columns) and Exclusion (capture all columns except the listed ones). Defaults to Inclusion.
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    "column.include.list.toggled"?: boolean;
    /**
     * Include Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to include, in the form schemaName.tableName.columnName.
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    "column.include.list.user.defined"?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to exclude from change event values.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled ≠ true.
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g. 'public.streamkap_signal'). Used for incremental snapshots.
     *
     * Wire key: "signal.data.collection.schema.or.database"
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'public'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Replication Slot Name
     *
     * The name of the logical replication slot for the connector to use.
     *
     * Wire key: "slot.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pgoutput_slot"
     */
    "slot.name"?: string;
    /**
     * Publication Name
     *
     * The name of the PostgreSQL publication for the connector to use.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    "publication.name"?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, binary, varbinary) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes" (Bytes), "base64" (Base64), "base64-url-safe" (Base64 (URL safe)), "hex" (Hex)
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Re-select TOAST Columns
     *
     * When enabled, TOAST columns that cannot be read from the WAL are re-fetched from the source database at event time.
     *
     * Wire key: "post.processors.reselect.enabled"
     * @default true
     */
    "post.processors.reselect.enabled"?: boolean;
    /**
     * Re-select Error Handling
     *
     * What happens when the re-select post processor fails to fetch a column: 'fail' stops the connector, 'warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail" (Fail), "warn" (Warn)
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    "reselector.reselect.error.handling.mode"?: "fail" | "warn";
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
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Larger string fields are truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    "transforms.OversizedRecords.max.field.size.bytes"?: number;
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
export type AlloydbSourceUpdateConfig = Omit<AlloydbSourceConfig, "databaseDbname" | "slotName" | "publicationName"> & Partial<Pick<AlloydbSourceConfig, "databaseDbname" | "slotName" | "publicationName">>;
export type Config = AlloydbSourceConfig;
export type WireConfig = AlloydbSourceWireConfig;
export type UpdateConfig = AlloydbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: AlloydbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: AlloydbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly snapshotReadOnly: "snapshot.read.only.user.defined";
    readonly databaseSslmode: "database.sslmode";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly columnIncludeListToggled: "column.include.list.toggled";
    readonly columnIncludeList: "column.include.list.user.defined";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly slotName: "slot.name";
    readonly publicationName: "publication.name";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly postProcessorsReselectEnabled: "post.processors.reselect.enabled";
    readonly reselectorReselectErrorHandlingMode: "reselector.reselect.error.handling.mode";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly transformsInsertStaticKey1StaticValue: "transforms.InsertStaticKey1.static.value";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
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
    readonly "snapshot.read.only.user.defined": "snapshotReadOnly";
    readonly "database.sslmode": "databaseSslmode";
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "column.include.list.toggled": "columnIncludeListToggled";
    readonly "column.include.list.user.defined": "columnIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "slot.name": "slotName";
    readonly "publication.name": "publicationName";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "post.processors.reselect.enabled": "postProcessorsReselectEnabled";
    readonly "reselector.reselect.error.handling.mode": "reselectorReselectErrorHandlingMode";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "transforms.InsertStaticKey1.static.value": "transformsInsertStaticKey1StaticValue";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: AlloydbSourceConfig): AlloydbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: AlloydbSourceWireConfig | Readonly<Record<string, unknown>>): AlloydbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is AlloydbSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, AlloydbSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<AlloydbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, AlloydbSourceWireConfig>>;
