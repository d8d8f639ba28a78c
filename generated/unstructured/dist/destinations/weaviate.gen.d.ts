import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "weaviate";
export declare const displayName = "weaviate";
/**
 * weaviate
 *
 * Weaviate Cloud destination: writes elements and their embeddings into a collection.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface WeaviateDestinationConfig {
    /**
     * Cluster Url
     *
     * REST endpoint URL of the Weaviate Cloud cluster.
     *
     * Wire key: "cluster_url"
     */
    clusterUrl: string;
    /**
     * Api Key
     *
     * Admin API key of the Weaviate cluster.
     *
     * Wire key: "api_key"
     * Secret: never logged or echoed by the generated code.
     */
    apiKey: string;
    /**
     * Collection
     *
     * Name of the collection to write to. A default collection is created when omitted.
     *
     * Wire key: "collection"
     * @default null
     */
    collection?: string | null;
    /**
     * Additional Headers
     *
     * Extra HTTP headers sent with every request to the cluster, for example API keys for vectorizer or generative modules.
     *
     * Wire key: "additional_headers"
     * @default null
     */
    additionalHeaders?: {
        name: string;
        value: string;
    }[] | null;
}
/** weaviate destinations connector ("weaviate") config exactly as the API sends and receives it. */
export interface WeaviateDestinationWireConfig {
    /**
     * Cluster Url
     *
     * REST endpoint URL of the Weaviate Cloud cluster.
     *
     * Wire key: "cluster_url"
     */
    cluster_url: string;
    /**
     * Api Key
     *
     * Admin API key of the Weaviate cluster.
     *
     * Wire key: "api_key"
     * Secret: never logged or echoed by the generated code.
     */
    api_key: string;
    /**
     * Collection
     *
     * Name of the collection to write to. A default collection is created when omitted.
     *
     * Wire key: "collection"
     * @default null
     */
    collection?: string | null;
    /**
     * Additional Headers
     *
     * Extra HTTP headers sent with every request to the cluster, for example API keys for vectorizer or generative modules.
     *
     * Wire key: "additional_headers"
     * @default null
     */
    additional_headers?: {
        name: string;
        value: string;
    }[] | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type WeaviateDestinationUpdateConfig = WeaviateDestinationConfig;
export type Config = WeaviateDestinationConfig;
export type WireConfig = WeaviateDestinationWireConfig;
export type UpdateConfig = WeaviateDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: WeaviateDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: WeaviateDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly clusterUrl: "cluster_url";
    readonly apiKey: "api_key";
    readonly collection: "collection";
    readonly additionalHeaders: "additional_headers";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly cluster_url: "clusterUrl";
    readonly api_key: "apiKey";
    readonly collection: "collection";
    readonly additional_headers: "additionalHeaders";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: WeaviateDestinationConfig): WeaviateDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: WeaviateDestinationWireConfig | Readonly<Record<string, unknown>>): WeaviateDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is WeaviateDestinationConfig;
/** A validated POST /api/v1/destinations/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, WeaviateDestinationWireConfig>>;
/** A validated PUT /api/v1/destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: DestinationUpdateOptions<WeaviateDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, WeaviateDestinationWireConfig>>;
