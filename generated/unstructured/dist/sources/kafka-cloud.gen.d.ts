import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "kafka-cloud";
export declare const displayName = "kafka-cloud";
/**
 * kafka-cloud
 *
 * Kafka source for a Confluent Cloud cluster, authenticated with an API key and secret.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface KafkaCloudSourceConfig {
    /**
     * Bootstrap Servers
     *
     * Hostname of the bootstrap Kafka cluster to connect to (shown as bootstrap_server in some doc examples).
     *
     * Wire key: "bootstrap_servers"
     */
    bootstrapServers: string;
    /**
     * Port
     *
     * Port number of the bootstrap Kafka cluster.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 9092
     */
    port?: number;
    /**
     * Group Id
     *
     * ID of the consumer group. Unstructured uses default_group_id if omitted.
     *
     * Wire key: "group_id"
     */
    groupId?: string | null;
    /**
     * Topic
     *
     * Name of the topic to read messages from.
     *
     * Wire key: "topic"
     */
    topic: string;
    /**
     * Kafka Api Key
     *
     * API key for access to the cluster.
     *
     * Wire key: "kafka_api_key"
     * Secret: never logged or echoed by the generated code.
     */
    kafkaApiKey: string;
    /**
     * Secret
     *
     * Secret for the API key.
     *
     * Wire key: "secret"
     * Secret: never logged or echoed by the generated code.
     */
    secret: string;
    /**
     * Num Messages To Consume
     *
     * Maximum number of messages to get from the topic.
     *
     * Wire key: "num_messages_to_consume"
     * Range: 1 to ∞
     * @default 100
     */
    numMessagesToConsume?: number;
}
/** kafka-cloud sources connector ("kafka-cloud") config exactly as the API sends and receives it. */
export interface KafkaCloudSourceWireConfig {
    /**
     * Bootstrap Servers
     *
     * Hostname of the bootstrap Kafka cluster to connect to (shown as bootstrap_server in some doc examples).
     *
     * Wire key: "bootstrap_servers"
     */
    bootstrap_servers: string;
    /**
     * Port
     *
     * Port number of the bootstrap Kafka cluster.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 9092
     */
    port?: number;
    /**
     * Group Id
     *
     * ID of the consumer group. Unstructured uses default_group_id if omitted.
     *
     * Wire key: "group_id"
     */
    group_id?: string | null;
    /**
     * Topic
     *
     * Name of the topic to read messages from.
     *
     * Wire key: "topic"
     */
    topic: string;
    /**
     * Kafka Api Key
     *
     * API key for access to the cluster.
     *
     * Wire key: "kafka_api_key"
     * Secret: never logged or echoed by the generated code.
     */
    kafka_api_key: string;
    /**
     * Secret
     *
     * Secret for the API key.
     *
     * Wire key: "secret"
     * Secret: never logged or echoed by the generated code.
     */
    secret: string;
    /**
     * Num Messages To Consume
     *
     * Maximum number of messages to get from the topic.
     *
     * Wire key: "num_messages_to_consume"
     * Range: 1 to ∞
     * @default 100
     */
    num_messages_to_consume?: number;
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
    readonly groupId: "group_id";
    readonly topic: "topic";
    readonly kafkaApiKey: "kafka_api_key";
    readonly secret: "secret";
    readonly numMessagesToConsume: "num_messages_to_consume";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly bootstrap_servers: "bootstrapServers";
    readonly port: "port";
    readonly group_id: "groupId";
    readonly topic: "topic";
    readonly kafka_api_key: "kafkaApiKey";
    readonly secret: "secret";
    readonly num_messages_to_consume: "numMessagesToConsume";
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
