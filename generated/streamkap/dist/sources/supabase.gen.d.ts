import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "supabase";
export declare const displayName = "Supabase";
/**
 * Supabase
 *
 * Stream change data from a Supabase Postgres database using logical replication. Connect directly to the database host rather than through the connection pooler.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SupabaseSourceConfig {
    /**
     * Hostname
     *
     * Supabase database hostname, shown under Project Settings → Database. For example, `db.abcdefghijklmnop.supabase.co`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * PostgreSQL port. Use 5432 for a direct connection; the transaction pooler (6543) does not support logical replication.
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
     * @default "postgres"
     */
    databaseDbname?: string;
    /**
     * SSL Mode
     *
     * Whether to use an encrypted connection to the PostgreSQL server.
     *
     * Wire key: "database.sslmode"
     * Allowed values: "require", "disable"
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
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g., 'public.streamkap_signal'). This table is used for incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Used only when snapshotReadOnly = "No".
     */
    signalDataCollectionSchemaOrDatabase?: string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat to a Kafka topic so offsets keep advancing on low-traffic sources.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    heartbeatEnabled?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Optional. The schema containing a 'streamkap_heartbeat' table; providing it also writes to the table on each beat. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
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
     * The name of the publication for the connector to use.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    publicationName?: string;
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
     * Controls what happens when the re-select post processor fails to fetch a column. 'Fail' stops the connector; 'Warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail" (Fail), "warn" (Warn)
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    reselectorReselectErrorHandlingMode?: "fail" | "warn";
    /**
     * Schemas
     *
     * Comma-separated list of schemas to include.
     *
     * Wire key: "schema.include.list"
     * @default "public"
     */
    schemaIncludeList?: string;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (include only selected columns) and Exclusion (exclude selected columns).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    columnIncludeListToggled?: boolean;
    /**
     * Columns to Include
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to include, of the form schemaName[.]tableName[.](columnName1|columnName2).
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    columnIncludeList?: string;
    /**
     * Columns to Exclude
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled = false.
     */
    columnExcludeList?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. bytea should be represented.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list of table columns in format 'table1.column1,table2.column2'. Do not include primary key columns.
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    transformsOversizedRecordsFieldsIncludeList?: string;
    /**
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Fields exceeding this size will be truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    transformsOversizedRecordsMaxFieldSizeBytes?: number;
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
     * Preserve NULL Values
     *
     * When enabled, preserves NULL values from the source database instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    preserveNullValues?: boolean;
    /**
     * Insert Topic Name
     *
     * Add `_streamkap_topic` field containing the Kafka topic name. Required for topic_router transforms to preserve end-to-end data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    insertTopicNameEnabled?: boolean;
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
/** Supabase sources connector ("supabase") config exactly as the API sends and receives it. */
export interface SupabaseSourceWireConfig {
    /**
     * Hostname
     *
     * Supabase database hostname, shown under Project Settings → Database. For example, `db.abcdefghijklmnop.supabase.co`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * PostgreSQL port. Use 5432 for a direct connection; the transaction pooler (6543) does not support logical replication.
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
     * @default "postgres"
     */
    "database.dbname"?: string;
    /**
     * SSL Mode
     *
     * Whether to use an encrypted connection to the PostgreSQL server.
     *
     * Wire key: "database.sslmode"
     * Allowed values: "require", "disable"
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
     * Signal Table
     *
     * Full path to the signal table including schema and table name (e.g., 'public.streamkap_signal'). This table is used for incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Used only when snapshotReadOnly = "No".
     */
    "signal.data.collection.schema.or.database"?: string;
    /**
     * Heartbeats
     *
     * When enabled, the connector emits a periodic heartbeat to a Kafka topic so offsets keep advancing on low-traffic sources.
     *
     * Wire key: "heartbeat.enabled"
     * @default true
     */
    "heartbeat.enabled"?: boolean;
    /**
     * Heartbeat Table Schema
     *
     * Optional. The schema containing a 'streamkap_heartbeat' table; providing it also writes to the table on each beat. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
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
     * The name of the publication for the connector to use.
     *
     * Wire key: "publication.name"
     * Set once: can be set at creation, never changed by an update.
     * @default "streamkap_pub"
     */
    "publication.name"?: string;
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
     * Controls what happens when the re-select post processor fails to fetch a column. 'Fail' stops the connector; 'Warn' logs a warning and continues.
     *
     * Wire key: "reselector.reselect.error.handling.mode"
     * Allowed values: "fail" (Fail), "warn" (Warn)
     * Used only when postProcessorsReselectEnabled = true.
     * @default "fail"
     */
    "reselector.reselect.error.handling.mode"?: "fail" | "warn";
    /**
     * Schemas
     *
     * Comma-separated list of schemas to include.
     *
     * Wire key: "schema.include.list"
     * @default "public"
     */
    "schema.include.list"?: string;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Column Inclusion Mode
     *
     * Toggle between Inclusion (include only selected columns) and Exclusion (exclude selected columns).
     *
     * Wire key: "column.include.list.toggled"
     * @default true
     */
    "column.include.list.toggled"?: boolean;
    /**
     * Columns to Include
     *
     * Comma-separated list of regular expressions matching fully-qualified column names to include, of the form schemaName[.]tableName[.](columnName1|columnName2).
     *
     * Wire key: "column.include.list.user.defined"
     * Used only when columnIncludeListToggled = true.
     */
    "column.include.list.user.defined"?: string;
    /**
     * Columns to Exclude
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude.
     *
     * Wire key: "column.exclude.list.user.defined"
     * Used only when columnIncludeListToggled = false.
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns e.g. bytea should be represented.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list of table columns in format 'table1.column1,table2.column2'. Do not include primary key columns.
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    "transforms.OversizedRecords.fields.include.list"?: string;
    /**
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Fields exceeding this size will be truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    "transforms.OversizedRecords.max.field.size.bytes"?: number;
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
     * Preserve NULL Values
     *
     * When enabled, preserves NULL values from the source database instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    "preserve.null.values"?: boolean;
    /**
     * Insert Topic Name
     *
     * Add `_streamkap_topic` field containing the Kafka topic name. Required for topic_router transforms to preserve end-to-end data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    "InsertTopicName.enabled"?: boolean;
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
export type SupabaseSourceUpdateConfig = Omit<SupabaseSourceConfig, "databaseDbname" | "slotName" | "publicationName"> & Partial<Pick<SupabaseSourceConfig, "databaseDbname" | "slotName" | "publicationName">>;
export type Config = SupabaseSourceConfig;
export type WireConfig = SupabaseSourceWireConfig;
export type UpdateConfig = SupabaseSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SupabaseSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SupabaseSourceUpdateConfig;
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
    readonly postProcessorsReselectEnabled: "post.processors.reselect.enabled";
    readonly reselectorReselectErrorHandlingMode: "reselector.reselect.error.handling.mode";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly columnIncludeListToggled: "column.include.list.toggled";
    readonly columnIncludeList: "column.include.list.user.defined";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly transformsOversizedRecordsFieldsIncludeList: "transforms.OversizedRecords.fields.include.list";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
    readonly transformsOversizedRecordsOversizedFieldBehavior: "transforms.OversizedRecords.oversized.field.behavior";
    readonly preserveNullValues: "preserve.null.values";
    readonly insertTopicNameEnabled: "InsertTopicName.enabled";
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
    readonly "post.processors.reselect.enabled": "postProcessorsReselectEnabled";
    readonly "reselector.reselect.error.handling.mode": "reselectorReselectErrorHandlingMode";
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "column.include.list.toggled": "columnIncludeListToggled";
    readonly "column.include.list.user.defined": "columnIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "transforms.OversizedRecords.fields.include.list": "transformsOversizedRecordsFieldsIncludeList";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "transforms.OversizedRecords.oversized.field.behavior": "transformsOversizedRecordsOversizedFieldBehavior";
    readonly "preserve.null.values": "preserveNullValues";
    readonly "InsertTopicName.enabled": "insertTopicNameEnabled";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SupabaseSourceConfig): SupabaseSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SupabaseSourceWireConfig | Readonly<Record<string, unknown>>): SupabaseSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SupabaseSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SupabaseSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<SupabaseSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SupabaseSourceWireConfig>>;
