import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "pinecone";
export declare const displayName = "pinecone";
/**
 * pinecone
 *
 * Pinecone destination: upserts element embeddings and metadata into an index.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PineconeDestinationConfig {
    /**
     * Api Key
     *
     * Pinecone API key.
     *
     * Wire key: "api_key"
     * Secret: never logged or echoed by the generated code.
     */
    apiKey: string;
    /**
     * Index Name
     *
     * Name of the Pinecone index to write to.
     *
     * Wire key: "index_name"
     */
    indexName: string;
    /**
     * Namespace
     *
     * Namespace within the index to write vectors to.
     *
     * Wire key: "namespace"
     */
    namespace: string;
    /**
     * Batch Size
     *
     * Number of vectors to upsert per request.
     *
     * Wire key: "batch_size"
     * Range: 1 to 1000
     * @default 50
     */
    batchSize?: number;
    /**
     * Spec
     *
     * How to create the index if index_name does not exist yet: serverless or pod-based, mirroring Pinecone's create-index spec. Ignored for an existing index.
     *
     * Wire key: "spec"
     */
    spec?: {
        serverless: {
            cloud: "aws" | "gcp" | "azure";
            region: string;
        };
    } | {
        pod: {
            environment: string;
            podType?: string;
            replicas?: number;
        };
    };
}
/** pinecone destinations connector ("pinecone") config exactly as the API sends and receives it. */
export interface PineconeDestinationWireConfig {
    /**
     * Api Key
     *
     * Pinecone API key.
     *
     * Wire key: "api_key"
     * Secret: never logged or echoed by the generated code.
     */
    api_key: string;
    /**
     * Index Name
     *
     * Name of the Pinecone index to write to.
     *
     * Wire key: "index_name"
     */
    index_name: string;
    /**
     * Namespace
     *
     * Namespace within the index to write vectors to.
     *
     * Wire key: "namespace"
     */
    namespace: string;
    /**
     * Batch Size
     *
     * Number of vectors to upsert per request.
     *
     * Wire key: "batch_size"
     * Range: 1 to 1000
     * @default 50
     */
    batch_size?: number;
    /**
     * Spec
     *
     * How to create the index if index_name does not exist yet: serverless or pod-based, mirroring Pinecone's create-index spec. Ignored for an existing index.
     *
     * Wire key: "spec"
     */
    spec?: {
        serverless: {
            cloud: "aws" | "gcp" | "azure";
            region: string;
        };
    } | {
        pod: {
            environment: string;
            pod_type?: string;
            replicas?: number;
        };
    };
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PineconeDestinationUpdateConfig = PineconeDestinationConfig;
export type Config = PineconeDestinationConfig;
export type WireConfig = PineconeDestinationWireConfig;
export type UpdateConfig = PineconeDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: PineconeDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: PineconeDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly apiKey: "api_key";
    readonly indexName: "index_name";
    readonly namespace: "namespace";
    readonly batchSize: "batch_size";
    readonly spec: "spec";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly api_key: "apiKey";
    readonly index_name: "indexName";
    readonly namespace: "namespace";
    readonly batch_size: "batchSize";
    readonly spec: "spec";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PineconeDestinationConfig): PineconeDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PineconeDestinationWireConfig | Readonly<Record<string, unknown>>): PineconeDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PineconeDestinationConfig;
/** A validated POST /api/v1/destinations/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, PineconeDestinationWireConfig>>;
/** A validated PUT /api/v1/destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: DestinationUpdateOptions<PineconeDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, PineconeDestinationWireConfig>>;
