import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "mongodb";
export declare const displayName = "mongodb";
/**
 * mongodb
 *
 * MongoDB Atlas source.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface MongodbSourceConfig {
    /**
     * Uri
     *
     * Connection string for the cluster, including protocol, username, password, host and cluster name, e.g. mongodb+srv://<user>:<password>@<host>/?appName=<cluster>.
     *
     * Wire key: "uri"
     * Secret: never logged or echoed by the generated code.
     */
    uri: string;
    /**
     * Database
     *
     * Name of the database.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Collection
     *
     * Name of the collection in the database.
     *
     * Wire key: "collection"
     */
    collection: string;
}
/** mongodb sources connector ("mongodb") config exactly as the API sends and receives it. */
export interface MongodbSourceWireConfig {
    /**
     * Uri
     *
     * Connection string for the cluster, including protocol, username, password, host and cluster name, e.g. mongodb+srv://<user>:<password>@<host>/?appName=<cluster>.
     *
     * Wire key: "uri"
     * Secret: never logged or echoed by the generated code.
     */
    uri: string;
    /**
     * Database
     *
     * Name of the database.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Collection
     *
     * Name of the collection in the database.
     *
     * Wire key: "collection"
     */
    collection: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type MongodbSourceUpdateConfig = MongodbSourceConfig;
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
    readonly uri: "uri";
    readonly database: "database";
    readonly collection: "collection";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly uri: "uri";
    readonly database: "database";
    readonly collection: "collection";
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
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, MongodbSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<MongodbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, MongodbSourceWireConfig>>;
