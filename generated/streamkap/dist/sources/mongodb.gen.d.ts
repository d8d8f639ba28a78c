import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "mongodb";
export declare const displayName = "MongoDB Atlas";
/**
 * MongoDB Atlas
 *
 * Stream changes from MongoDB Atlas replica sets and sharded clusters using change streams.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface MongodbSourceConfig {
    /**
     * Connection String
     *
     * MongoDB connection string, e.g. `mongodb+srv://user:pass@cluster0.abcde.mongodb.net`. See the MongoDB documentation for details.
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
     * Streamkap will use a collection in this database to monitor incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    signalDataCollectionSchemaOrDatabase: string;
    /**
     * Capture Mode
     *
     * How change events are captured from change streams.
     *
     * Wire key: "capture.mode"
     * Allowed values: "change_streams" (Change streams), "change_streams_update_full" (Change streams with full document on update), "change_streams_update_full_with_pre_image" (Change streams with full document and pre-image)
     * @default "change_streams_update_full"
     */
    captureMode?: "change_streams" | "change_streams_update_full" | "change_streams_update_full_with_pre_image";
    /**
     * Full Update Lookup
     *
     * How the full document is obtained for updates: 'lookup' queries the collection, 'post_image' uses change stream post-images (MongoDB 6.0+).
     *
     * Wire key: "capture.mode.full.update.type"
     * Allowed values: "lookup" (Lookup), "post_image" (Post-image)
     * Used only when captureMode is one of "change_streams_update_full", "change_streams_update_full_with_pre_image".
     * @default "lookup"
     */
    captureModeFullUpdateType?: "lookup" | "post_image";
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
     * How to encode arrays. 'Array' requires all values in an array to share a type; 'Array_String' encodes arrays as JSON strings and should be used for mixed types.
     *
     * Wire key: "transforms.unwrap.array.encoding"
     * Allowed values: "array" (Array), "array_string" (Array_String)
     * @default "array_string"
     */
    transformsUnwrapArrayEncoding?: "array" | "array_string";
    /**
     * Nested Document Encoding
     *
     * How to encode nested documents: 'Document' as JSON objects, 'String' as JSON strings.
     *
     * Wire key: "transforms.unwrap.document.encoding"
     * Allowed values: "document" (Document), "string" (String)
     * @default "document"
     */
    transformsUnwrapDocumentEncoding?: "document" | "string";
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
/** MongoDB Atlas sources connector ("mongodb") config exactly as the API sends and receives it. */
export interface MongodbSourceWireConfig {
    /**
     * Connection String
     *
     * MongoDB connection string, e.g. `mongodb+srv://user:pass@cluster0.abcde.mongodb.net`. See the MongoDB documentation for details.
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
     * Streamkap will use a collection in this database to monitor incremental snapshotting.
     *
     * Wire key: "signal.data.collection.schema.or.database"
     * Set once: can be set at creation, never changed by an update.
     */
    "signal.data.collection.schema.or.database": string;
    /**
     * Capture Mode
     *
     * How change events are captured from change streams.
     *
     * Wire key: "capture.mode"
     * Allowed values: "change_streams" (Change streams), "change_streams_update_full" (Change streams with full document on update), "change_streams_update_full_with_pre_image" (Change streams with full document and pre-image)
     * @default "change_streams_update_full"
     */
    "capture.mode"?: "change_streams" | "change_streams_update_full" | "change_streams_update_full_with_pre_image";
    /**
     * Full Update Lookup
     *
     * How the full document is obtained for updates: 'lookup' queries the collection, 'post_image' uses change stream post-images (MongoDB 6.0+).
     *
     * Wire key: "capture.mode.full.update.type"
     * Allowed values: "lookup" (Lookup), "post_image" (Post-image)
     * Used only when captureMode is one of "change_streams_update_full", "change_streams_update_full_with_pre_image".
     * @default "lookup"
     */
    "capture.mode.full.update.type"?: "lookup" | "post_image";
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
     * How to encode arrays. 'Array' requires all values in an array to share a type; 'Array_String' encodes arrays as JSON strings and should be used for mixed types.
     *
     * Wire key: "transforms.unwrap.array.encoding"
     * Allowed values: "array" (Array), "array_string" (Array_String)
     * @default "array_string"
     */
    "transforms.unwrap.array.encoding"?: "array" | "array_string";
    /**
     * Nested Document Encoding
     *
     * How to encode nested documents: 'Document' as JSON objects, 'String' as JSON strings.
     *
     * Wire key: "transforms.unwrap.document.encoding"
     * Allowed values: "document" (Document), "string" (String)
     * @default "document"
     */
    "transforms.unwrap.document.encoding"?: "document" | "string";
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
export type MongodbSourceUpdateConfig = Omit<MongodbSourceConfig, "signalDataCollectionSchemaOrDatabase"> & Partial<Pick<MongodbSourceConfig, "signalDataCollectionSchemaOrDatabase">>;
export type Config = MongodbSourceConfig;
export type WireConfig = MongodbSourceWireConfig;
export type UpdateConfig = MongodbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: MongodbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: MongodbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly mongodbConnectionString: "mongodb.connection.string.user.defined";
    readonly databaseIncludeList: "database.include.list";
    readonly collectionIncludeList: "collection.include.list.user.defined";
    readonly signalDataCollectionSchemaOrDatabase: "signal.data.collection.schema.or.database";
    readonly captureMode: "capture.mode";
    readonly captureModeFullUpdateType: "capture.mode.full.update.type";
    readonly snapshotMaxThreads: "snapshot.max.threads";
    readonly transformsUnwrapArrayEncoding: "transforms.unwrap.array.encoding";
    readonly transformsUnwrapDocumentEncoding: "transforms.unwrap.document.encoding";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly transformsInsertStaticKey1StaticValue: "transforms.InsertStaticKey1.static.value";
    readonly transformsInsertStaticValue1StaticField: "transforms.InsertStaticValue1.static.field";
    readonly transformsInsertStaticValue1StaticValue: "transforms.InsertStaticValue1.static.value";
    readonly predicatesIsTopicToEnrichPattern: "predicates.IsTopicToEnrich.pattern";
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
    readonly "capture.mode.full.update.type": "captureModeFullUpdateType";
    readonly "snapshot.max.threads": "snapshotMaxThreads";
    readonly "transforms.unwrap.array.encoding": "transformsUnwrapArrayEncoding";
    readonly "transforms.unwrap.document.encoding": "transformsUnwrapDocumentEncoding";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "transforms.InsertStaticKey1.static.value": "transformsInsertStaticKey1StaticValue";
    readonly "transforms.InsertStaticValue1.static.field": "transformsInsertStaticValue1StaticField";
    readonly "transforms.InsertStaticValue1.static.value": "transformsInsertStaticValue1StaticValue";
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
export declare function toWire(config: MongodbSourceConfig): MongodbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: MongodbSourceWireConfig | Readonly<Record<string, unknown>>): MongodbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is MongodbSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, MongodbSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<MongodbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, MongodbSourceWireConfig>>;
