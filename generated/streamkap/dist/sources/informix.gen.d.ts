import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "informix";
export declare const displayName = "Informix";
/**
 * Informix
 *
 * Capture changes from IBM Informix databases through the Informix CDC API.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface InformixSourceConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the Informix database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Informix SQLI listener port, for example 9088.
     *
     * Wire key: "database.port.user.defined"
     * @default 9088
     */
    databasePort?: number;
    /**
     * Username
     *
     * Username to access the Informix database.
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * Password to access the Informix database.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Database
     *
     * The name of the Informix database from which to stream the changes.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDbname: string;
    /**
     * Schemas
     *
     * Schemas (owners) to include.
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
     * Path to the signal table as schema.table (e.g. 'informix.streamkap_signal'). The database name is added automatically.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * @default "streamkap"
     */
    signalDataCollectionSchemaOrDatabase?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude from change events.
     *
     * Wire key: "column.exclude.list.user.defined"
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'informix'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    heartbeatDataCollectionSchemaOrDatabase?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, byte, text) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    binaryHandlingMode?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * CDC Buffer Size (bytes)
     *
     * Size of the read buffer for receiving CDC events from the Informix server.
     *
     * Wire key: "cdc.buffersize"
     * Range: 4096 to 1048576
     * @default 65536
     */
    cdcBuffersize?: number;
    /**
     * CDC Timeout (s)
     *
     * Seconds the CDC engine waits before breaking out of a blocking read to check for shutdown signals.
     *
     * Wire key: "cdc.timeout"
     * Range: 1 to 60
     * @default 5
     */
    cdcTimeout?: number;
    /**
     * Snapshot Parallelism
     *
     * How many parallel chunk requests to send to the source database during snapshots.
     *
     * Wire key: "streamkap.snapshot.parallelism"
     * Range: 1 to 50
     * @default 1
     */
    streamkapSnapshotParallelism?: number;
    /**
     * Snapshot Chunk Size (bytes)
     *
     * Target byte size for one chunk SELECT; the row LIMIT is derived from the average row size.
     *
     * Wire key: "streamkap.snapshot.chunk.size.bytes"
     * Range: 4096 to 8388608
     * @default 524288
     */
    streamkapSnapshotChunkSizeBytes?: number;
    /**
     * Snapshot State Refresh (ms)
     *
     * How often the parallel snapshot executor publishes its progress to the state topic.
     *
     * Wire key: "streamkap.snapshot.state.refresh.ms"
     * Range: 1000 to 60000
     * @default 30000
     */
    streamkapSnapshotStateRefreshMs?: number;
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
     * Static Value Field 1
     *
     * The name of the static field to be added to the message value.
     *
     * Wire key: "transforms.InsertStaticValue1.static.field"
     */
    transformsInsertStaticValue1StaticField?: string;
    /**
     * Static Value Value 1
     *
     * The value of the static field to be added to the message value.
     *
     * Wire key: "transforms.InsertStaticValue1.static.value"
     */
    transformsInsertStaticValue1StaticValue?: string;
    /**
     * Add Topic Name Field
     *
     * Add a `_streamkap_topic` field containing the Kafka topic name. Required for topic router transforms to preserve data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    insertTopicNameEnabled?: boolean;
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
/** Informix sources connector ("informix") config exactly as the API sends and receives it. */
export interface InformixSourceWireConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the Informix database server.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Informix SQLI listener port, for example 9088.
     *
     * Wire key: "database.port.user.defined"
     * @default 9088
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * Username to access the Informix database.
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * Password to access the Informix database.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Database
     *
     * The name of the Informix database from which to stream the changes.
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.dbname": string;
    /**
     * Schemas
     *
     * Schemas (owners) to include.
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
     * Path to the signal table as schema.table (e.g. 'informix.streamkap_signal'). The database name is added automatically.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * @default "streamkap"
     */
    "signal.data.collection.schema.or.database"?: string;
    /**
     * Exclude Columns
     *
     * Comma-separated list of regular expressions matching fully-qualified column names (schemaName.tableName.columnName) to exclude from change events.
     *
     * Wire key: "column.exclude.list.user.defined"
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
     * The schema or database containing a 'streamkap_heartbeat' table (e.g. 'informix'). Streamkap writes to this table on each beat to keep the source transaction log active. Leave blank for Kafka-only heartbeats.
     *
     * Wire key: "heartbeat.data.collection.schema.or.database"
     * Used only when heartbeatEnabled = true.
     */
    "heartbeat.data.collection.schema.or.database"?: string;
    /**
     * Binary Handling Mode
     *
     * Specifies how the data for binary columns (e.g. blob, byte, text) should be represented. The right choice depends on the destination.
     *
     * Wire key: "binary.handling.mode"
     * Allowed values: "bytes", "base64", "base64-url-safe", "hex"
     * @default "bytes"
     */
    "binary.handling.mode"?: "bytes" | "base64" | "base64-url-safe" | "hex";
    /**
     * CDC Buffer Size (bytes)
     *
     * Size of the read buffer for receiving CDC events from the Informix server.
     *
     * Wire key: "cdc.buffersize"
     * Range: 4096 to 1048576
     * @default 65536
     */
    "cdc.buffersize"?: number;
    /**
     * CDC Timeout (s)
     *
     * Seconds the CDC engine waits before breaking out of a blocking read to check for shutdown signals.
     *
     * Wire key: "cdc.timeout"
     * Range: 1 to 60
     * @default 5
     */
    "cdc.timeout"?: number;
    /**
     * Snapshot Parallelism
     *
     * How many parallel chunk requests to send to the source database during snapshots.
     *
     * Wire key: "streamkap.snapshot.parallelism"
     * Range: 1 to 50
     * @default 1
     */
    "streamkap.snapshot.parallelism"?: number;
    /**
     * Snapshot Chunk Size (bytes)
     *
     * Target byte size for one chunk SELECT; the row LIMIT is derived from the average row size.
     *
     * Wire key: "streamkap.snapshot.chunk.size.bytes"
     * Range: 4096 to 8388608
     * @default 524288
     */
    "streamkap.snapshot.chunk.size.bytes"?: number;
    /**
     * Snapshot State Refresh (ms)
     *
     * How often the parallel snapshot executor publishes its progress to the state topic.
     *
     * Wire key: "streamkap.snapshot.state.refresh.ms"
     * Range: 1000 to 60000
     * @default 30000
     */
    "streamkap.snapshot.state.refresh.ms"?: number;
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
     * Static Value Field 1
     *
     * The name of the static field to be added to the message value.
     *
     * Wire key: "transforms.InsertStaticValue1.static.field"
     */
    "transforms.InsertStaticValue1.static.field"?: string;
    /**
     * Static Value Value 1
     *
     * The value of the static field to be added to the message value.
     *
     * Wire key: "transforms.InsertStaticValue1.static.value"
     */
    "transforms.InsertStaticValue1.static.value"?: string;
    /**
     * Add Topic Name Field
     *
     * Add a `_streamkap_topic` field containing the Kafka topic name. Required for topic router transforms to preserve data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    "InsertTopicName.enabled"?: boolean;
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
export type InformixSourceUpdateConfig = Omit<InformixSourceConfig, "databaseDbname"> & Partial<Pick<InformixSourceConfig, "databaseDbname">>;
export type Config = InformixSourceConfig;
export type WireConfig = InformixSourceWireConfig;
export type UpdateConfig = InformixSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: InformixSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: InformixSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly schemaIncludeList: "schema.include.list";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly columnExcludeList: "column.exclude.list.user.defined";
    readonly heartbeatEnabled: "heartbeat.enabled";
    readonly heartbeatDataCollectionSchemaOrDatabase: "heartbeat.data.collection.schema.or.database";
    readonly binaryHandlingMode: "binary.handling.mode";
    readonly cdcBuffersize: "cdc.buffersize";
    readonly cdcTimeout: "cdc.timeout";
    readonly streamkapSnapshotParallelism: "streamkap.snapshot.parallelism";
    readonly streamkapSnapshotChunkSizeBytes: "streamkap.snapshot.chunk.size.bytes";
    readonly streamkapSnapshotStateRefreshMs: "streamkap.snapshot.state.refresh.ms";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly transformsInsertStaticKey1StaticValue: "transforms.InsertStaticKey1.static.value";
    readonly transformsInsertStaticValue1StaticField: "transforms.InsertStaticValue1.static.field";
    readonly transformsInsertStaticValue1StaticValue: "transforms.InsertStaticValue1.static.value";
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
    readonly "schema.include.list": "schemaIncludeList";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "heartbeat.enabled": "heartbeatEnabled";
    readonly "heartbeat.data.collection.schema.or.database": "heartbeatDataCollectionSchemaOrDatabase";
    readonly "binary.handling.mode": "binaryHandlingMode";
    readonly "cdc.buffersize": "cdcBuffersize";
    readonly "cdc.timeout": "cdcTimeout";
    readonly "streamkap.snapshot.parallelism": "streamkapSnapshotParallelism";
    readonly "streamkap.snapshot.chunk.size.bytes": "streamkapSnapshotChunkSizeBytes";
    readonly "streamkap.snapshot.state.refresh.ms": "streamkapSnapshotStateRefreshMs";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "transforms.InsertStaticKey1.static.value": "transformsInsertStaticKey1StaticValue";
    readonly "transforms.InsertStaticValue1.static.field": "transformsInsertStaticValue1StaticField";
    readonly "transforms.InsertStaticValue1.static.value": "transformsInsertStaticValue1StaticValue";
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
export declare function toWire(config: InformixSourceConfig): InformixSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: InformixSourceWireConfig | Readonly<Record<string, unknown>>): InformixSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is InformixSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, InformixSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<InformixSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, InformixSourceWireConfig>>;
