import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "zendesk_webhook";
export declare const displayName = "Zendesk Webhook";
/**
 * Zendesk Webhook
 *
 * Receive Zendesk webhook events for tickets, users and organizations and route each event type to its own topic.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ZendeskWebhookSourceConfig {
    /**
     * Webhook URL
     *
     * Webhook URL. This URL will be generated after the source is created.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    webhookUrl?: string;
    /**
     * API Key
     *
     * API key. This key will be generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    apiKey?: string;
    /**
     * Unknown Event Behavior
     *
     * Behavior when an unknown Zendesk event type is encountered.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC" (Default topic), "SKIP" (Skip), "FAIL" (Fail)
     * @default "DEFAULT_TOPIC"
     */
    camelSourcePayloadRouterUnknownTypeBehavior?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic name for unknown event types (used when Unknown Event Behavior is DEFAULT_TOPIC).
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    camelSourcePayloadRouterUnknownTypeDefaultTopic?: string;
    /**
     * Flatten Detail
     *
     * Flatten nested detail fields to top-level with a prefix. Recommended for destinations that do not support nested objects.
     *
     * Wire key: "camel.source.payload.router.flatten.detail"
     * @default false
     */
    camelSourcePayloadRouterFlattenDetail?: boolean;
    /**
     * Flatten Prefix
     *
     * Prefix for flattened detail fields to avoid name collisions (e.g. detail.id becomes detail_id).
     *
     * Wire key: "camel.source.payload.router.flatten.detail.prefix"
     * Used only when camelSourcePayloadRouterFlattenDetail = true.
     * @default "detail_"
     */
    camelSourcePayloadRouterFlattenDetailPrefix?: string;
    /**
     * Include Event
     *
     * Include the event field in output records. Enable for audit-log use cases (append mode); disable for state-table use cases (upsert mode).
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default true
     */
    camelSourcePayloadRouterIncludeEvent?: boolean;
    /**
     * Fan-out Fields
     *
     * Comma-separated list of domain-scoped fields to fan out into separate topics (e.g. ticket.tags, ticket.custom_fields, organization.tags).
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     */
    camelSourcePayloadRouterFanoutFields?: string;
    /**
     * Dead Letter Queue
     *
     * Enable dead letter queue. Failed records are written to a DLQ topic instead of crashing the connector.
     *
     * Wire key: "camel.source.dlq.enabled"
     * @default false
     */
    camelSourceDlqEnabled?: boolean;
    /**
     * Key Fields
     *
     * Move column(s) from value to key. Comma separated list of table columns in format 'table1.column1,table2.column2'.
     *
     * Wire key: "transforms.ValueToKey.fields.include.list"
     */
    transformsValueToKeyFieldsIncludeList?: string;
    /**
     * Preserve NULL Values
     *
     * When enabled, preserves NULL values instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    preserveNullValues?: boolean;
    /**
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Fields exceeding this size will be truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    transformsOversizedRecordsMaxFieldSizeBytes?: number;
    /**
     * Max Record Size (bytes)
     *
     * Optional overall record size limit in bytes. Records are NOT dropped; only a warning is logged. Set to -1 to disable.
     *
     * Wire key: "transforms.OversizedRecords.max.record.size.bytes"
     * Range: -1 to 104857600
     * @default -1
     */
    transformsOversizedRecordsMaxRecordSizeBytes?: number;
    /**
     * Insert Topic Name
     *
     * Add `_streamkap_topic` field containing the Kafka topic name.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    insertTopicNameEnabled?: boolean;
}
/** Zendesk Webhook sources connector ("zendesk_webhook") config exactly as the API sends and receives it. */
export interface ZendeskWebhookSourceWireConfig {
    /**
     * Webhook URL
     *
     * Webhook URL. This URL will be generated after the source is created.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    "webhook.url"?: string;
    /**
     * API Key
     *
     * API key. This key will be generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    "api.key"?: string;
    /**
     * Unknown Event Behavior
     *
     * Behavior when an unknown Zendesk event type is encountered.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC" (Default topic), "SKIP" (Skip), "FAIL" (Fail)
     * @default "DEFAULT_TOPIC"
     */
    "camel.source.payload.router.unknown.type.behavior"?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic name for unknown event types (used when Unknown Event Behavior is DEFAULT_TOPIC).
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    "camel.source.payload.router.unknown.type.default.topic"?: string;
    /**
     * Flatten Detail
     *
     * Flatten nested detail fields to top-level with a prefix. Recommended for destinations that do not support nested objects.
     *
     * Wire key: "camel.source.payload.router.flatten.detail"
     * @default false
     */
    "camel.source.payload.router.flatten.detail"?: boolean;
    /**
     * Flatten Prefix
     *
     * Prefix for flattened detail fields to avoid name collisions (e.g. detail.id becomes detail_id).
     *
     * Wire key: "camel.source.payload.router.flatten.detail.prefix"
     * Used only when camelSourcePayloadRouterFlattenDetail = true.
     * @default "detail_"
     */
    "camel.source.payload.router.flatten.detail.prefix"?: string;
    /**
     * Include Event
     *
     * Include the event field in output records. Enable for audit-log use cases (append mode); disable for state-table use cases (upsert mode).
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default true
     */
    "camel.source.payload.router.include.event"?: boolean;
    /**
     * Fan-out Fields
     *
     * Comma-separated list of domain-scoped fields to fan out into separate topics (e.g. ticket.tags, ticket.custom_fields, organization.tags).
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     */
    "camel.source.payload.router.fanout.fields"?: string;
    /**
     * Dead Letter Queue
     *
     * Enable dead letter queue. Failed records are written to a DLQ topic instead of crashing the connector.
     *
     * Wire key: "camel.source.dlq.enabled"
     * @default false
     */
    "camel.source.dlq.enabled"?: boolean;
    /**
     * Key Fields
     *
     * Move column(s) from value to key. Comma separated list of table columns in format 'table1.column1,table2.column2'.
     *
     * Wire key: "transforms.ValueToKey.fields.include.list"
     */
    "transforms.ValueToKey.fields.include.list"?: string;
    /**
     * Preserve NULL Values
     *
     * When enabled, preserves NULL values instead of replacing them with schema default values.
     *
     * Wire key: "preserve.null.values"
     * @default false
     */
    "preserve.null.values"?: boolean;
    /**
     * Max Field Size (bytes)
     *
     * Maximum allowed byte size per field. Fields exceeding this size will be truncated or nullified.
     *
     * Wire key: "transforms.OversizedRecords.max.field.size.bytes"
     * Range: 1048576 to 104857600
     * @default 1048576
     */
    "transforms.OversizedRecords.max.field.size.bytes"?: number;
    /**
     * Max Record Size (bytes)
     *
     * Optional overall record size limit in bytes. Records are NOT dropped; only a warning is logged. Set to -1 to disable.
     *
     * Wire key: "transforms.OversizedRecords.max.record.size.bytes"
     * Range: -1 to 104857600
     * @default -1
     */
    "transforms.OversizedRecords.max.record.size.bytes"?: number;
    /**
     * Insert Topic Name
     *
     * Add `_streamkap_topic` field containing the Kafka topic name.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    "InsertTopicName.enabled"?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ZendeskWebhookSourceUpdateConfig = ZendeskWebhookSourceConfig;
export type Config = ZendeskWebhookSourceConfig;
export type WireConfig = ZendeskWebhookSourceWireConfig;
export type UpdateConfig = ZendeskWebhookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: ZendeskWebhookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: ZendeskWebhookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly webhookUrl: "webhook.url";
    readonly apiKey: "api.key";
    readonly camelSourcePayloadRouterUnknownTypeBehavior: "camel.source.payload.router.unknown.type.behavior";
    readonly camelSourcePayloadRouterUnknownTypeDefaultTopic: "camel.source.payload.router.unknown.type.default.topic";
    readonly camelSourcePayloadRouterFlattenDetail: "camel.source.payload.router.flatten.detail";
    readonly camelSourcePayloadRouterFlattenDetailPrefix: "camel.source.payload.router.flatten.detail.prefix";
    readonly camelSourcePayloadRouterIncludeEvent: "camel.source.payload.router.include.event";
    readonly camelSourcePayloadRouterFanoutFields: "camel.source.payload.router.fanout.fields";
    readonly camelSourceDlqEnabled: "camel.source.dlq.enabled";
    readonly transformsValueToKeyFieldsIncludeList: "transforms.ValueToKey.fields.include.list";
    readonly preserveNullValues: "preserve.null.values";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
    readonly transformsOversizedRecordsMaxRecordSizeBytes: "transforms.OversizedRecords.max.record.size.bytes";
    readonly insertTopicNameEnabled: "InsertTopicName.enabled";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "webhook.url": "webhookUrl";
    readonly "api.key": "apiKey";
    readonly "camel.source.payload.router.unknown.type.behavior": "camelSourcePayloadRouterUnknownTypeBehavior";
    readonly "camel.source.payload.router.unknown.type.default.topic": "camelSourcePayloadRouterUnknownTypeDefaultTopic";
    readonly "camel.source.payload.router.flatten.detail": "camelSourcePayloadRouterFlattenDetail";
    readonly "camel.source.payload.router.flatten.detail.prefix": "camelSourcePayloadRouterFlattenDetailPrefix";
    readonly "camel.source.payload.router.include.event": "camelSourcePayloadRouterIncludeEvent";
    readonly "camel.source.payload.router.fanout.fields": "camelSourcePayloadRouterFanoutFields";
    readonly "camel.source.dlq.enabled": "camelSourceDlqEnabled";
    readonly "transforms.ValueToKey.fields.include.list": "transformsValueToKeyFieldsIncludeList";
    readonly "preserve.null.values": "preserveNullValues";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "transforms.OversizedRecords.max.record.size.bytes": "transformsOversizedRecordsMaxRecordSizeBytes";
    readonly "InsertTopicName.enabled": "insertTopicNameEnabled";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ZendeskWebhookSourceConfig): ZendeskWebhookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ZendeskWebhookSourceWireConfig | Readonly<Record<string, unknown>>): ZendeskWebhookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ZendeskWebhookSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ZendeskWebhookSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<ZendeskWebhookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ZendeskWebhookSourceWireConfig>>;
