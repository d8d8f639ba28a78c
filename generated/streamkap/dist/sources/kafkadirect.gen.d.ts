import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "kafkadirect";
export declare const displayName = "Kafka Direct";
/**
 * Kafka Direct
 *
 * Produce records directly into Streamkap-managed Kafka topics from your own applications.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface KafkadirectSourceConfig {
    /**
     * Topic Prefix
     *
     * Prefix for the topics your applications write to. Cannot be changed after creation.
     *
     * Wire key: "topic.prefix"
     * Set once: can be set at creation, never changed by an update.
     */
    topicPrefix: string;
    /**
     * Topics
     *
     * Topics to sync, comma-separated, without the prefix.
     *
     * Wire key: "topic.include.list.user.defined"
     */
    topicIncludeList: string;
    /**
     * Format
     *
     * The serialised format of the data written to the Kafka topics.
     *
     * Wire key: "format"
     * Allowed values: "json" (JSON), "string" (String), "avro" (Avro)
     * @default "string"
     */
    format?: "json" | "string" | "avro";
    /**
     * Schemas Enabled
     *
     * If off (default), Streamkap infers the schema from your data depending on the destination. If on, Streamkap expects each message key and value to contain `schema` and `payload` structures.
     *
     * Wire key: "schemas.enable"
     * Used only when format is one of "json".
     * @default false
     */
    schemasEnable?: boolean;
    /**
     * Subject Name Strategy
     *
     * How Avro schema subjects are named in the schema registry.
     *
     * Wire key: "value.subject.name.strategy"
     * Allowed values: "TopicNameStrategy" (Topic name), "RecordNameStrategy" (Record name), "TopicRecordNameStrategy" (Topic and record name)
     * Used only when format = "avro".
     * @default "TopicNameStrategy"
     */
    valueSubjectNameStrategy?: "TopicNameStrategy" | "RecordNameStrategy" | "TopicRecordNameStrategy";
    /**
     * Schema Registry API Key
     *
     * API key your producers use to register Avro schemas.
     *
     * Wire key: "schema.registry.api.key"
     * Required when format = "avro".
     */
    schemaRegistryApiKey?: string;
    /**
     * Schema Registry API Secret
     *
     * API secret for the schema registry API key.
     *
     * Wire key: "schema.registry.api.secret"
     * Required when format = "avro".
     * Secret: never logged or echoed by the generated code.
     */
    schemaRegistryApiSecret?: string;
    /**
     * Partitions
     *
     * Number of partitions for each topic created by this source.
     *
     * Wire key: "topic.creation.default.partitions"
     * Range: 1 to 100
     * Set once: can be set at creation, never changed by an update.
     * @default 10
     */
    topicCreationDefaultPartitions?: number;
    /**
     * Cleanup Policy
     *
     * Retention policy for the topics: 'delete' removes old segments, 'compact' keeps the latest record per key.
     *
     * Wire key: "topic.creation.default.cleanup.policy"
     * Allowed values: "delete", "compact"
     * @default "delete"
     */
    topicCreationDefaultCleanupPolicy?: "delete" | "compact";
    /**
     * Retention (ms)
     *
     * How long records are retained before deletion. Use -1 for unlimited retention.
     *
     * Wire key: "topic.creation.default.retention.ms"
     * Used only when topicCreationDefaultCleanupPolicy = "delete".
     * @default 604800000
     */
    topicCreationDefaultRetentionMs?: number;
    /**
     * Compression
     *
     * Compression codec for the topics; 'producer' keeps whatever codec the producer used.
     *
     * Wire key: "topic.creation.default.compression.type"
     * Allowed values: "producer", "gzip", "snappy", "lz4", "zstd"
     * @default "producer"
     */
    topicCreationDefaultCompressionType?: "producer" | "gzip" | "snappy" | "lz4" | "zstd";
    /**
     * Max Message Size (bytes)
     *
     * Largest record batch size allowed by the topics.
     *
     * Wire key: "topic.creation.default.max.message.bytes"
     * @default 1048588
     */
    topicCreationDefaultMaxMessageBytes?: number;
}
/** Kafka Direct sources connector ("kafkadirect") config exactly as the API sends and receives it. */
export interface KafkadirectSourceWireConfig {
    /**
     * Topic Prefix
     *
     * Prefix for the topics your applications write to. Cannot be changed after creation.
     *
     * Wire key: "topic.prefix"
     * Set once: can be set at creation, never changed by an update.
     */
    "topic.prefix": string;
    /**
     * Topics
     *
     * Topics to sync, comma-separated, without the prefix.
     *
     * Wire key: "topic.include.list.user.defined"
     */
    "topic.include.list.user.defined": string;
    /**
     * Format
     *
     * The serialised format of the data written to the Kafka topics.
     *
     * Wire key: "format"
     * Allowed values: "json" (JSON), "string" (String), "avro" (Avro)
     * @default "string"
     */
    format?: "json" | "string" | "avro";
    /**
     * Schemas Enabled
     *
     * If off (default), Streamkap infers the schema from your data depending on the destination. If on, Streamkap expects each message key and value to contain `schema` and `payload` structures.
     *
     * Wire key: "schemas.enable"
     * Used only when format is one of "json".
     * @default false
     */
    "schemas.enable"?: boolean;
    /**
     * Subject Name Strategy
     *
     * How Avro schema subjects are named in the schema registry.
     *
     * Wire key: "value.subject.name.strategy"
     * Allowed values: "TopicNameStrategy" (Topic name), "RecordNameStrategy" (Record name), "TopicRecordNameStrategy" (Topic and record name)
     * Used only when format = "avro".
     * @default "TopicNameStrategy"
     */
    "value.subject.name.strategy"?: "TopicNameStrategy" | "RecordNameStrategy" | "TopicRecordNameStrategy";
    /**
     * Schema Registry API Key
     *
     * API key your producers use to register Avro schemas.
     *
     * Wire key: "schema.registry.api.key"
     * Required when format = "avro".
     */
    "schema.registry.api.key"?: string;
    /**
     * Schema Registry API Secret
     *
     * API secret for the schema registry API key.
     *
     * Wire key: "schema.registry.api.secret"
     * Required when format = "avro".
     * Secret: never logged or echoed by the generated code.
     */
    "schema.registry.api.secret"?: string;
    /**
     * Partitions
     *
     * Number of partitions for each topic created by this source.
     *
     * Wire key: "topic.creation.default.partitions"
     * Range: 1 to 100
     * Set once: can be set at creation, never changed by an update.
     * @default 10
     */
    "topic.creation.default.partitions"?: number;
    /**
     * Cleanup Policy
     *
     * Retention policy for the topics: 'delete' removes old segments, 'compact' keeps the latest record per key.
     *
     * Wire key: "topic.creation.default.cleanup.policy"
     * Allowed values: "delete", "compact"
     * @default "delete"
     */
    "topic.creation.default.cleanup.policy"?: "delete" | "compact";
    /**
     * Retention (ms)
     *
     * How long records are retained before deletion. Use -1 for unlimited retention.
     *
     * Wire key: "topic.creation.default.retention.ms"
     * Used only when topicCreationDefaultCleanupPolicy = "delete".
     * @default 604800000
     */
    "topic.creation.default.retention.ms"?: number;
    /**
     * Compression
     *
     * Compression codec for the topics; 'producer' keeps whatever codec the producer used.
     *
     * Wire key: "topic.creation.default.compression.type"
     * Allowed values: "producer", "gzip", "snappy", "lz4", "zstd"
     * @default "producer"
     */
    "topic.creation.default.compression.type"?: "producer" | "gzip" | "snappy" | "lz4" | "zstd";
    /**
     * Max Message Size (bytes)
     *
     * Largest record batch size allowed by the topics.
     *
     * Wire key: "topic.creation.default.max.message.bytes"
     * @default 1048588
     */
    "topic.creation.default.max.message.bytes"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type KafkadirectSourceUpdateConfig = Omit<KafkadirectSourceConfig, "topicPrefix" | "topicCreationDefaultPartitions"> & Partial<Pick<KafkadirectSourceConfig, "topicPrefix" | "topicCreationDefaultPartitions">>;
export type Config = KafkadirectSourceConfig;
export type WireConfig = KafkadirectSourceWireConfig;
export type UpdateConfig = KafkadirectSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: KafkadirectSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: KafkadirectSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly topicPrefix: "topic.prefix";
    readonly topicIncludeList: "topic.include.list.user.defined";
    readonly format: "format";
    readonly schemasEnable: "schemas.enable";
    readonly valueSubjectNameStrategy: "value.subject.name.strategy";
    readonly schemaRegistryApiKey: "schema.registry.api.key";
    readonly schemaRegistryApiSecret: "schema.registry.api.secret";
    readonly topicCreationDefaultPartitions: "topic.creation.default.partitions";
    readonly topicCreationDefaultCleanupPolicy: "topic.creation.default.cleanup.policy";
    readonly topicCreationDefaultRetentionMs: "topic.creation.default.retention.ms";
    readonly topicCreationDefaultCompressionType: "topic.creation.default.compression.type";
    readonly topicCreationDefaultMaxMessageBytes: "topic.creation.default.max.message.bytes";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "topic.prefix": "topicPrefix";
    readonly "topic.include.list.user.defined": "topicIncludeList";
    readonly format: "format";
    readonly "schemas.enable": "schemasEnable";
    readonly "value.subject.name.strategy": "valueSubjectNameStrategy";
    readonly "schema.registry.api.key": "schemaRegistryApiKey";
    readonly "schema.registry.api.secret": "schemaRegistryApiSecret";
    readonly "topic.creation.default.partitions": "topicCreationDefaultPartitions";
    readonly "topic.creation.default.cleanup.policy": "topicCreationDefaultCleanupPolicy";
    readonly "topic.creation.default.retention.ms": "topicCreationDefaultRetentionMs";
    readonly "topic.creation.default.compression.type": "topicCreationDefaultCompressionType";
    readonly "topic.creation.default.max.message.bytes": "topicCreationDefaultMaxMessageBytes";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: KafkadirectSourceConfig): KafkadirectSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: KafkadirectSourceWireConfig | Readonly<Record<string, unknown>>): KafkadirectSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is KafkadirectSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, KafkadirectSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<KafkadirectSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, KafkadirectSourceWireConfig>>;
