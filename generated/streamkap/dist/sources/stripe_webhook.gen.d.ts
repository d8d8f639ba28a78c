import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "stripe_webhook";
export declare const displayName = "Stripe";
/**
 * Stripe
 *
 * Receive Stripe webhook events (customers, charges, invoices, payment intents and more) and route each resource to its own topic. Optional snapshots use the Stripe API.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface StripeWebhookSourceConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Stripe. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    webhookUrl?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Stripe. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    apiKey?: string;
    /**
     * Webhook Signing Secret
     *
     * Stripe webhook signing secret (`whsec_...`). When set, every webhook is verified against the `Stripe-Signature` header. Leave empty to disable verification.
     *
     * Wire key: "camel.source.payload.router.stripe.signing.secret"
     * Secret: never logged or echoed by the generated code.
     */
    camelSourcePayloadRouterStripeSigningSecret?: string;
    /**
     * Stripe Secret Key
     *
     * Stripe secret API key (sk_live_... or sk_test_...). Required for snapshots. Encrypted at rest.
     *
     * Wire key: "camel.source.snapshot.stripe.api.key"
     * Secret: never logged or echoed by the generated code.
     */
    camelSourceSnapshotStripeApiKey?: string;
    /**
     * Stripe Resources
     *
     * Stripe resources to capture. Each resource maps to a Kafka topic. Fan-out topics are added automatically when fan-out fields are configured.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "customer,payment_intent,charge,invoice"
     */
    topicIncludeList?: string;
    /**
     * Unselected Resource Behavior
     *
     * How to handle events for resources not in the Stripe Resources list.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC" (Send to default topic), "SKIP" (Skip), "FAIL" (Fail)
     * @default "DEFAULT_TOPIC"
     */
    camelSourcePayloadRouterUnknownTypeBehavior?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic for events from unselected resources (used when Unselected Resource Behavior is DEFAULT_TOPIC).
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    camelSourcePayloadRouterUnknownTypeDefaultTopic?: string;
    /**
     * Include Event Metadata
     *
     * Include Stripe event metadata (_event_id, _event_type, _event_created, _api_version, _livemode, _previous_attributes) on the output record.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default true
     */
    camelSourcePayloadRouterIncludeEvent?: boolean;
    /**
     * Fan-out Fields
     *
     * Nested lists to fan out into their own topics.
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     * Allowed values: "invoice.lines", "charge.refunds", "subscription.items"
     * @default []
     */
    camelSourcePayloadRouterFanoutFields?: ("invoice.lines" | "charge.refunds" | "subscription.items")[];
    /**
     * Dead Letter Queue
     *
     * Enable dead letter queue for failed records.
     *
     * Wire key: "camel.source.dlq.enabled"
     * @default true
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
     * Replace NULL with Default
     *
     * Whether null fields should use schema default values. Set to false to preserve user-set NULLs from source.
     *
     * Wire key: "transforms.ValueToKey.replace.null.with.default"
     * @default true
     */
    transformsValueToKeyReplaceNullWithDefault?: boolean;
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
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list in format 'table1.column1,table2.column2'. Supports wildcards (e.g., 'charge.*').
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    transformsOversizedRecordsFieldsIncludeList?: string;
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
     * Oversized Field Behavior
     *
     * Action for oversized fields: TRUNCATE (trim to max size) or NULLIFY (set to null).
     *
     * Wire key: "transforms.OversizedRecords.oversized.field.behavior"
     * Allowed values: "TRUNCATE", "NULLIFY"
     * @default "TRUNCATE"
     */
    transformsOversizedRecordsOversizedFieldBehavior?: "TRUNCATE" | "NULLIFY";
    /**
     * Truncation Suffix
     *
     * Suffix to append to truncated values (e.g., '...[TRUNCATED]'). Leave empty for no suffix.
     *
     * Wire key: "transforms.OversizedRecords.truncation.suffix"
     * Used only when transformsOversizedRecordsOversizedFieldBehavior = "TRUNCATE".
     */
    transformsOversizedRecordsTruncationSuffix?: string;
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
/** Stripe sources connector ("stripe_webhook") config exactly as the API sends and receives it. */
export interface StripeWebhookSourceWireConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Stripe. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    "webhook.url"?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Stripe. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    "api.key"?: string;
    /**
     * Webhook Signing Secret
     *
     * Stripe webhook signing secret (`whsec_...`). When set, every webhook is verified against the `Stripe-Signature` header. Leave empty to disable verification.
     *
     * Wire key: "camel.source.payload.router.stripe.signing.secret"
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.payload.router.stripe.signing.secret"?: string;
    /**
     * Stripe Secret Key
     *
     * Stripe secret API key (sk_live_... or sk_test_...). Required for snapshots. Encrypted at rest.
     *
     * Wire key: "camel.source.snapshot.stripe.api.key"
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.snapshot.stripe.api.key"?: string;
    /**
     * Stripe Resources
     *
     * Stripe resources to capture. Each resource maps to a Kafka topic. Fan-out topics are added automatically when fan-out fields are configured.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "customer,payment_intent,charge,invoice"
     */
    "topic.include.list.user.defined"?: string;
    /**
     * Unselected Resource Behavior
     *
     * How to handle events for resources not in the Stripe Resources list.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC" (Send to default topic), "SKIP" (Skip), "FAIL" (Fail)
     * @default "DEFAULT_TOPIC"
     */
    "camel.source.payload.router.unknown.type.behavior"?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic for events from unselected resources (used when Unselected Resource Behavior is DEFAULT_TOPIC).
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    "camel.source.payload.router.unknown.type.default.topic"?: string;
    /**
     * Include Event Metadata
     *
     * Include Stripe event metadata (_event_id, _event_type, _event_created, _api_version, _livemode, _previous_attributes) on the output record.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default true
     */
    "camel.source.payload.router.include.event"?: boolean;
    /**
     * Fan-out Fields
     *
     * Nested lists to fan out into their own topics.
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     * Allowed values: "invoice.lines", "charge.refunds", "subscription.items"
     * @default []
     */
    "camel.source.payload.router.fanout.fields"?: ("invoice.lines" | "charge.refunds" | "subscription.items")[];
    /**
     * Dead Letter Queue
     *
     * Enable dead letter queue for failed records.
     *
     * Wire key: "camel.source.dlq.enabled"
     * @default true
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
     * Replace NULL with Default
     *
     * Whether null fields should use schema default values. Set to false to preserve user-set NULLs from source.
     *
     * Wire key: "transforms.ValueToKey.replace.null.with.default"
     * @default true
     */
    "transforms.ValueToKey.replace.null.with.default"?: boolean;
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
     * Oversized Fields
     *
     * Truncate or nullify oversized string fields. Comma separated list in format 'table1.column1,table2.column2'. Supports wildcards (e.g., 'charge.*').
     *
     * Wire key: "transforms.OversizedRecords.fields.include.list"
     */
    "transforms.OversizedRecords.fields.include.list"?: string;
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
     * Oversized Field Behavior
     *
     * Action for oversized fields: TRUNCATE (trim to max size) or NULLIFY (set to null).
     *
     * Wire key: "transforms.OversizedRecords.oversized.field.behavior"
     * Allowed values: "TRUNCATE", "NULLIFY"
     * @default "TRUNCATE"
     */
    "transforms.OversizedRecords.oversized.field.behavior"?: "TRUNCATE" | "NULLIFY";
    /**
     * Truncation Suffix
     *
     * Suffix to append to truncated values (e.g., '...[TRUNCATED]'). Leave empty for no suffix.
     *
     * Wire key: "transforms.OversizedRecords.truncation.suffix"
     * Used only when transformsOversizedRecordsOversizedFieldBehavior = "TRUNCATE".
     */
    "transforms.OversizedRecords.truncation.suffix"?: string;
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
export type StripeWebhookSourceUpdateConfig = StripeWebhookSourceConfig;
export type Config = StripeWebhookSourceConfig;
export type WireConfig = StripeWebhookSourceWireConfig;
export type UpdateConfig = StripeWebhookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: StripeWebhookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: StripeWebhookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly webhookUrl: "webhook.url";
    readonly apiKey: "api.key";
    readonly camelSourcePayloadRouterStripeSigningSecret: "camel.source.payload.router.stripe.signing.secret";
    readonly camelSourceSnapshotStripeApiKey: "camel.source.snapshot.stripe.api.key";
    readonly topicIncludeList: "topic.include.list.user.defined";
    readonly camelSourcePayloadRouterUnknownTypeBehavior: "camel.source.payload.router.unknown.type.behavior";
    readonly camelSourcePayloadRouterUnknownTypeDefaultTopic: "camel.source.payload.router.unknown.type.default.topic";
    readonly camelSourcePayloadRouterIncludeEvent: "camel.source.payload.router.include.event";
    readonly camelSourcePayloadRouterFanoutFields: "camel.source.payload.router.fanout.fields";
    readonly camelSourceDlqEnabled: "camel.source.dlq.enabled";
    readonly transformsValueToKeyFieldsIncludeList: "transforms.ValueToKey.fields.include.list";
    readonly transformsValueToKeyReplaceNullWithDefault: "transforms.ValueToKey.replace.null.with.default";
    readonly preserveNullValues: "preserve.null.values";
    readonly transformsOversizedRecordsFieldsIncludeList: "transforms.OversizedRecords.fields.include.list";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
    readonly transformsOversizedRecordsOversizedFieldBehavior: "transforms.OversizedRecords.oversized.field.behavior";
    readonly transformsOversizedRecordsTruncationSuffix: "transforms.OversizedRecords.truncation.suffix";
    readonly insertTopicNameEnabled: "InsertTopicName.enabled";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "webhook.url": "webhookUrl";
    readonly "api.key": "apiKey";
    readonly "camel.source.payload.router.stripe.signing.secret": "camelSourcePayloadRouterStripeSigningSecret";
    readonly "camel.source.snapshot.stripe.api.key": "camelSourceSnapshotStripeApiKey";
    readonly "topic.include.list.user.defined": "topicIncludeList";
    readonly "camel.source.payload.router.unknown.type.behavior": "camelSourcePayloadRouterUnknownTypeBehavior";
    readonly "camel.source.payload.router.unknown.type.default.topic": "camelSourcePayloadRouterUnknownTypeDefaultTopic";
    readonly "camel.source.payload.router.include.event": "camelSourcePayloadRouterIncludeEvent";
    readonly "camel.source.payload.router.fanout.fields": "camelSourcePayloadRouterFanoutFields";
    readonly "camel.source.dlq.enabled": "camelSourceDlqEnabled";
    readonly "transforms.ValueToKey.fields.include.list": "transformsValueToKeyFieldsIncludeList";
    readonly "transforms.ValueToKey.replace.null.with.default": "transformsValueToKeyReplaceNullWithDefault";
    readonly "preserve.null.values": "preserveNullValues";
    readonly "transforms.OversizedRecords.fields.include.list": "transformsOversizedRecordsFieldsIncludeList";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "transforms.OversizedRecords.oversized.field.behavior": "transformsOversizedRecordsOversizedFieldBehavior";
    readonly "transforms.OversizedRecords.truncation.suffix": "transformsOversizedRecordsTruncationSuffix";
    readonly "InsertTopicName.enabled": "insertTopicNameEnabled";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: StripeWebhookSourceConfig): StripeWebhookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: StripeWebhookSourceWireConfig | Readonly<Record<string, unknown>>): StripeWebhookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is StripeWebhookSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, StripeWebhookSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<StripeWebhookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, StripeWebhookSourceWireConfig>>;
