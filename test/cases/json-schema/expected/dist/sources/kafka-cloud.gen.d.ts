import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "kafka-cloud";
export declare const displayName = "kafka-cloud";
/**
 * kafka-cloud
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface KafkaCloudSourceConfig {
    /** Wire key: "bootstrap_servers" */
    bootstrapServers: string;
    /**
     * Wire key: "port"
     * @default 9092
     */
    port?: number;
    /** Wire key: "topic" */
    topic: string;
    /** Wire key: "auth" */
    auth: {
        kafkaApiKey: string;
        secret: string;
    } | {
        mode: "none";
    };
    /** Wire key: "consumer" */
    consumer?: {
        groupId?: string | null;
        numMessagesToConsume?: number;
    };
    /** Wire key: "headers" */
    headers?: {
        name: string;
        value?: string;
    }[];
    /**
     * Shared from the OpenAPI document's components.
     *
     * Wire key: "batch_size"
     * Range: 1 to 1000
     * @default 100
     */
    batchSize?: number;
}
/** kafka-cloud sources connector ("kafka-cloud") config exactly as the API sends and receives it. */
export interface KafkaCloudSourceWireConfig {
    /** Wire key: "bootstrap_servers" */
    bootstrap_servers: string;
    /**
     * Wire key: "port"
     * @default 9092
     */
    port?: number;
    /** Wire key: "topic" */
    topic: string;
    /** Wire key: "auth" */
    auth: {
        kafka_api_key: string;
        secret: string;
    } | {
        mode: "none";
    };
    /** Wire key: "consumer" */
    consumer?: {
        group_id?: string | null;
        num_messages_to_consume?: number;
    };
    /** Wire key: "headers" */
    headers?: {
        name: string;
        value?: string;
    }[];
    /**
     * Shared from the OpenAPI document's components.
     *
     * Wire key: "batch_size"
     * Range: 1 to 1000
     * @default 100
     */
    batch_size?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type KafkaCloudSourceUpdateConfig = KafkaCloudSourceConfig;
export type Config = KafkaCloudSourceConfig;
export type WireConfig = KafkaCloudSourceWireConfig;
export type UpdateConfig = KafkaCloudSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: KafkaCloudSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: KafkaCloudSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly bootstrapServers: "bootstrap_servers";
    readonly port: "port";
    readonly topic: "topic";
    readonly auth: "auth";
    readonly consumer: "consumer";
    readonly headers: "headers";
    readonly batchSize: "batch_size";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly bootstrap_servers: "bootstrapServers";
    readonly port: "port";
    readonly topic: "topic";
    readonly auth: "auth";
    readonly consumer: "consumer";
    readonly headers: "headers";
    readonly batch_size: "batchSize";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: KafkaCloudSourceConfig): KafkaCloudSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: KafkaCloudSourceWireConfig | Readonly<Record<string, unknown>>): KafkaCloudSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is KafkaCloudSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, KafkaCloudSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<KafkaCloudSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, KafkaCloudSourceWireConfig>>;
