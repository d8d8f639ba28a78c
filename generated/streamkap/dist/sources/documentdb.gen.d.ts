import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "documentdb";
export declare const displayName = "DocumentDB";
/**
 * DocumentDB
 *
 * Stream changes from Amazon DocumentDB clusters using change streams.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface DocumentdbSourceConfig {
    /**
     * Connection String
     *
     * DocumentDB connection string, e.g. `mongodb://user:pass@docdb.cluster-xyz.us-east-1.docdb.amazonaws.com:27017/?tls=true&replicaSet=rs0`. See the DocumentDB documentation for details.
     *
     * Wire key: "mongodb.connection.string.user.defined"
     * Secret: never logged or echoed by the generated code.
     */
    mongodbConnectionString: string;
    /**
     * Databases
     *
     * Source databases to sync.
     *
     * Wire key: "database.include.list"
     */
    databaseIncludeList: string;
    /**
     * Collections
     *
     * Source collections to sync, as database.collection names.
     *
     * Wire key: "collection.include.list.user.defined"
     */
    collectionIncludeList: string;
    /**
     * Signal Database
     *
     * Streamkap will use a collection in this database to monitor incremental snapshotting. Follow the documentation to create this collection.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    signalDataCollectionSchemaOrDatabase: string;
    /**
     * Capture Mode
     *
     * How update events are captured. 'change_streams_update_full' looks up the full document for each update.
     *
     * Wire key: "capture.mode"
     * Allowed values: "change_streams", "change_streams_update_full"
     * @default "change_streams_update_full"
     */
    captureMode?: "change_streams" | "change_streams_update_full";
    /**
     * Snapshot Mode
     *
     * Specifies the criteria for running a snapshot when the connector starts.
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial", "no_data", "when_needed"
     * @default "initial"
     */
    snapshotMode?: "initial" | "no_data" | "when_needed";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot collections in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 16
     * @default 1
     */
    snapshotMaxThreads?: number;
    /**
     * Array Encoding
     *
     * How to encode arrays. 'array' requires all values in an array to share a type; 'array_string' encodes arrays as JSON strings and should be used for mixed types.
     *
     * Wire key: "transforms.unwrap.array.encoding"
     * Allowed values: "array", "array_string"
     * @default "array_string"
     */
    transformsUnwrapArrayEncoding?: "array" | "array_string";
    /**
     * Nested Document Encoding
     *
     * How to encode nested documents: 'document' as JSON objects, 'string' as JSON strings.
     *
     * Wire key: "transforms.unwrap.document.encoding"
     * Allowed values: "document", "string"
     * @default "document"
     */
    transformsUnwrapDocumentEncoding?: "document" | "string";
    /**
     * Skipped Operations
     *
     * Change event operations to skip during streaming.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d"
     */
    skippedOperations?: ("c" | "u" | "d")[];
    /**
     * Use TLS
     *
     * Connect to the cluster over TLS. Amazon DocumentDB enables TLS by default.
     *
     * Wire key: "mongodb.ssl.enabled"
     * @default true
     */
    mongodbSslEnabled?: boolean;
    /**
     * Allow Invalid Hostnames
     *
     * Skip strict hostname verification of the server certificate, which is needed when connecting through an SSH tunnel.
     *
     * Wire key: "mongodb.ssl.invalid.hostname.allowed"
     * Used only when mongodbSslEnabled = true.
     * @default false
     */
    mongodbSslInvalidHostnameAllowed?: boolean;
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
/** DocumentDB sources connector ("documentdb") config exactly as the API sends and receives it. */
export interface DocumentdbSourceWireConfig {
    /**
     * Connection String
     *
     * DocumentDB connection string, e.g. `mongodb://user:pass@docdb.cluster-xyz.us-east-1.docdb.amazonaws.com:27017/?tls=true&replicaSet=rs0`. See the DocumentDB documentation for details.
     *
     * Wire key: "mongodb.connection.string.user.defined"
     * Secret: never logged or echoed by the generated code.
     */
    "mongodb.connection.string.user.defined": string;
    /**
     * Databases
     *
     * Source databases to sync.
     *
     * Wire key: "database.include.list"
     */
    "database.include.list": string;
    /**
     * Collections
     *
     * Source collections to sync, as database.collection names.
     *
     * Wire key: "collection.include.list.user.defined"
     */
    "collection.include.list.user.defined": string;
    /**
     * Signal Database
     *
     * Streamkap will use a collection in this database to monitor incremental snapshotting. Follow the documentation to create this collection.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    "signal.data.collection.schema.or.database": string;
    /**
     * Capture Mode
     *
     * How update events are captured. 'change_streams_update_full' looks up the full document for each update.
     *
     * Wire key: "capture.mode"
     * Allowed values: "change_streams", "change_streams_update_full"
     * @default "change_streams_update_full"
     */
    "capture.mode"?: "change_streams" | "change_streams_update_full";
    /**
     * Snapshot Mode
     *
     * Specifies the criteria for running a snapshot when the connector starts.
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial", "no_data", "when_needed"
     * @default "initial"
     */
    "snapshot.mode"?: "initial" | "no_data" | "when_needed";
    /**
     * Snapshot Threads
     *
     * Number of threads used to snapshot collections in parallel.
     *
     * Wire key: "snapshot.max.threads"
     * Range: 1 to 16
     * @default 1
     */
    "snapshot.max.threads"?: number;
    /**
     * Array Encoding
     *
     * How to encode arrays. 'array' requires all values in an array to share a type; 'array_string' encodes arrays as JSON strings and should be used for mixed types.
     *
     * Wire key: "transforms.unwrap.array.encoding"
     * Allowed values: "array", "array_string"
     * @default "array_string"
     */
    "transforms.unwrap.array.encoding"?: "array" | "array_string";
    /**
     * Nested Document Encoding
     *
     * How to encode nested documents: 'document' as JSON objects, 'string' as JSON strings.
     *
     * Wire key: "transforms.unwrap.document.encoding"
     * Allowed values: "document", "string"
     * @default "document"
     */
    "transforms.unwrap.document.encoding"?: "document" | "string";
    /**
     * Skipped Operations
     *
     * Change event operations to skip during streaming.
     *
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d"
     */
    "skipped.operations"?: ("c" | "u" | "d")[];
    /**
     * Use TLS
     *
     * Connect to the cluster over TLS. Amazon DocumentDB enables TLS by default.
     *
     * Wire key: "mongodb.ssl.enabled"
     * @default true
     */
    "mongodb.ssl.enabled"?: boolean;
    /**
     * Allow Invalid Hostnames
     *
     * Skip strict hostname verification of the server certificate, which is needed when connecting through an SSH tunnel.
     *
     * Wire key: "mongodb.ssl.invalid.hostname.allowed"
     * Used only when mongodbSslEnabled = true.
     * @default false
     */
    "mongodb.ssl.invalid.hostname.allowed"?: boolean;
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
export type DocumentdbSourceUpdateConfig = Omit<DocumentdbSourceConfig, "signalDataCollectionSchemaOrDatabase"> & Partial<Pick<DocumentdbSourceConfig, "signalDataCollectionSchemaOrDatabase">>;
export type Config = DocumentdbSourceConfig;
export type WireConfig = DocumentdbSourceWireConfig;
export type UpdateConfig = DocumentdbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: DocumentdbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: DocumentdbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly mongodbConnectionString: "mongodb.connection.string.user.defined";
    readonly databaseIncludeList: "database.include.list";
    readonly collectionIncludeList: "collection.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly captureMode: "capture.mode";
    readonly snapshotMode: "snapshot.mode";
    readonly snapshotMaxThreads: "snapshot.max.threads";
    readonly transformsUnwrapArrayEncoding: "transforms.unwrap.array.encoding";
    readonly transformsUnwrapDocumentEncoding: "transforms.unwrap.document.encoding";
    readonly skippedOperations: "skipped.operations";
    readonly mongodbSslEnabled: "mongodb.ssl.enabled";
    readonly mongodbSslInvalidHostnameAllowed: "mongodb.ssl.invalid.hostname.allowed";
    readonly sshEnabled: "ssh.enabled";
    readonly sshHost: "ssh.host";
    readonly sshPort: "ssh.port";
    readonly sshUser: "ssh.user";
    readonly sshPublicKey: "ssh.public.key.user.displayed";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "mongodb.connection.string.user.defined": "mongodbConnectionString";
    readonly "database.include.list": "databaseIncludeList";
    readonly "collection.include.list.user.defined": "collectionIncludeList";
    readonly "signal.data.collection.schema.or.database": "signalDataCollectionSchemaOrDatabase";
    readonly "capture.mode": "captureMode";
    readonly "snapshot.mode": "snapshotMode";
    readonly "snapshot.max.threads": "snapshotMaxThreads";
    readonly "transforms.unwrap.array.encoding": "transformsUnwrapArrayEncoding";
    readonly "transforms.unwrap.document.encoding": "transformsUnwrapDocumentEncoding";
    readonly "skipped.operations": "skippedOperations";
    readonly "mongodb.ssl.enabled": "mongodbSslEnabled";
    readonly "mongodb.ssl.invalid.hostname.allowed": "mongodbSslInvalidHostnameAllowed";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: DocumentdbSourceConfig): DocumentdbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: DocumentdbSourceWireConfig | Readonly<Record<string, unknown>>): DocumentdbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is DocumentdbSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, DocumentdbSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<DocumentdbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, DocumentdbSourceWireConfig>>;
