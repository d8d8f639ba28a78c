import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "couchbase";
export declare const displayName = "couchbase";
/**
 * couchbase
 *
 * Couchbase Capella source.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface CouchbaseSourceConfig {
    /**
     * Connection String
     *
     * Public connection string of the Couchbase Capella cluster, for example couchbases://cb.<id>.cloud.couchbase.com.
     *
     * Wire key: "connection_string"
     */
    connectionString: string;
    /**
     * Username
     *
     * Cluster access name (username).
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Cluster access secret (password).
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Bucket
     *
     * Name of the bucket to read from.
     *
     * Wire key: "bucket"
     */
    bucket: string;
    /**
     * Scope
     *
     * Name of the scope in the bucket. The bucket's default scope if omitted.
     *
     * Wire key: "scope"
     */
    scope?: string | null;
    /**
     * Collection
     *
     * Name of the collection in the scope. The scope's default collection if omitted.
     *
     * Wire key: "collection"
     */
    collection?: string | null;
    /**
     * Collection Id
     *
     * Name of the field that holds each document's unique ID.
     *
     * Wire key: "collection_id"
     */
    collectionId: string;
    /**
     * Batch Size
     *
     * Maximum number of documents to read per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     */
    batchSize: number;
}
/** couchbase sources connector ("couchbase") config exactly as the API sends and receives it. */
export interface CouchbaseSourceWireConfig {
    /**
     * Connection String
     *
     * Public connection string of the Couchbase Capella cluster, for example couchbases://cb.<id>.cloud.couchbase.com.
     *
     * Wire key: "connection_string"
     */
    connection_string: string;
    /**
     * Username
     *
     * Cluster access name (username).
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Cluster access secret (password).
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Bucket
     *
     * Name of the bucket to read from.
     *
     * Wire key: "bucket"
     */
    bucket: string;
    /**
     * Scope
     *
     * Name of the scope in the bucket. The bucket's default scope if omitted.
     *
     * Wire key: "scope"
     */
    scope?: string | null;
    /**
     * Collection
     *
     * Name of the collection in the scope. The scope's default collection if omitted.
     *
     * Wire key: "collection"
     */
    collection?: string | null;
    /**
     * Collection Id
     *
     * Name of the field that holds each document's unique ID.
     *
     * Wire key: "collection_id"
     */
    collection_id: string;
    /**
     * Batch Size
     *
     * Maximum number of documents to read per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     */
    batch_size: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type CouchbaseSourceUpdateConfig = CouchbaseSourceConfig;
export type Config = CouchbaseSourceConfig;
export type WireConfig = CouchbaseSourceWireConfig;
export type UpdateConfig = CouchbaseSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: CouchbaseSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: CouchbaseSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly connectionString: "connection_string";
    readonly username: "username";
    readonly password: "password";
    readonly bucket: "bucket";
    readonly scope: "scope";
    readonly collection: "collection";
    readonly collectionId: "collection_id";
    readonly batchSize: "batch_size";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly connection_string: "connectionString";
    readonly username: "username";
    readonly password: "password";
    readonly bucket: "bucket";
    readonly scope: "scope";
    readonly collection: "collection";
    readonly collection_id: "collectionId";
    readonly batch_size: "batchSize";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: CouchbaseSourceConfig): CouchbaseSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: CouchbaseSourceWireConfig | Readonly<Record<string, unknown>>): CouchbaseSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is CouchbaseSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, CouchbaseSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<CouchbaseSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, CouchbaseSourceWireConfig>>;
