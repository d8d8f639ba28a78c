import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "shopify_webhook";
export declare const displayName = "Shopify";
/**
 * Shopify
 *
 * Receive Shopify webhooks for orders, products, customers and other resources, verified with the app's HMAC secret. Optional snapshots use the Admin API.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ShopifyWebhookSourceConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Shopify. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    webhookUrl?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Shopify. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    apiKey?: string;
    /**
     * Store URL
     *
     * Shopify store URL (e.g., https://yourstore.myshopify.com). Required for snapshots.
     *
     * Wire key: "camel.source.snapshot.shopify.store.url"
     */
    camelSourceSnapshotShopifyStoreUrl?: string;
    /**
     * Client ID
     *
     * Client ID from your Shopify Dev Dashboard app (recommended). Tokens auto-refresh every 24 hours.
     *
     * Wire key: "camel.source.snapshot.shopify.client.id"
     */
    camelSourceSnapshotShopifyClientId?: string;
    /**
     * Client Secret
     *
     * Client Secret from your Shopify Dev Dashboard app. Encrypted at rest.
     *
     * Wire key: "camel.source.snapshot.shopify.client.secret"
     * Required when camelSourceSnapshotShopifyClientId ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    camelSourceSnapshotShopifyClientSecret?: string;
    /**
     * Access Token
     *
     * Static access token (legacy custom apps only). Provide either Client ID + Client Secret OR this Access Token.
     *
     * Wire key: "camel.source.snapshot.shopify.access.token"
     * Used only when camelSourceSnapshotShopifyClientId = "".
     * Secret: never logged or echoed by the generated code.
     */
    camelSourceSnapshotShopifyAccessToken?: string;
    /**
     * Admin API Version
     *
     * Shopify Admin API version used by snapshots.
     *
     * Wire key: "camel.source.snapshot.shopify.api.version"
     * @default "2024-10"
     */
    camelSourceSnapshotShopifyApiVersion?: string;
    /**
     * HMAC Secret
     *
     * Shopify app client secret used to verify the `X-Shopify-Hmac-Sha256` header. Leave empty to skip verification.
     *
     * Wire key: "camel.source.payload.router.shopify.hmac.secret"
     * Secret: never logged or echoed by the generated code.
     */
    camelSourcePayloadRouterShopifyHmacSecret?: string;
    /**
     * Shopify Resources
     *
     * Shopify resources to capture. Each resource maps to a Kafka topic.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "orders,products,customers"
     */
    topicIncludeList?: string;
    /**
     * Unselected Resource Behavior
     *
     * How to handle events for resources not in the Shopify Resources list.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC", "SKIP", "FAIL"
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
     * Include Webhook Metadata
     *
     * Include Shopify webhook metadata (_shop_domain, _event_id, _triggered_at, _api_version, _webhook_id) in output records.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default false
     */
    camelSourcePayloadRouterIncludeEvent?: boolean;
    /**
     * Fan-out Fields
     *
     * Comma-separated list of nested arrays to fan out into their own topics (e.g. orders.line_items, products.variants). When empty, arrays stay inline.
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     */
    camelSourcePayloadRouterFanoutFields?: string;
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
     * Insert Topic Name
     *
     * Add `_streamkap_topic` field containing the Kafka topic name.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    insertTopicNameEnabled?: boolean;
}
/** Shopify sources connector ("shopify_webhook") config exactly as the API sends and receives it. */
export interface ShopifyWebhookSourceWireConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Shopify. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    "webhook.url"?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Shopify. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    "api.key"?: string;
    /**
     * Store URL
     *
     * Shopify store URL (e.g., https://yourstore.myshopify.com). Required for snapshots.
     *
     * Wire key: "camel.source.snapshot.shopify.store.url"
     */
    "camel.source.snapshot.shopify.store.url"?: string;
    /**
     * Client ID
     *
     * Client ID from your Shopify Dev Dashboard app (recommended). Tokens auto-refresh every 24 hours.
     *
     * Wire key: "camel.source.snapshot.shopify.client.id"
     */
    "camel.source.snapshot.shopify.client.id"?: string;
    /**
     * Client Secret
     *
     * Client Secret from your Shopify Dev Dashboard app. Encrypted at rest.
     *
     * Wire key: "camel.source.snapshot.shopify.client.secret"
     * Required when camelSourceSnapshotShopifyClientId ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.snapshot.shopify.client.secret"?: string;
    /**
     * Access Token
     *
     * Static access token (legacy custom apps only). Provide either Client ID + Client Secret OR this Access Token.
     *
     * Wire key: "camel.source.snapshot.shopify.access.token"
     * Used only when camelSourceSnapshotShopifyClientId = "".
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.snapshot.shopify.access.token"?: string;
    /**
     * Admin API Version
     *
     * Shopify Admin API version used by snapshots.
     *
     * Wire key: "camel.source.snapshot.shopify.api.version"
     * @default "2024-10"
     */
    "camel.source.snapshot.shopify.api.version"?: string;
    /**
     * HMAC Secret
     *
     * Shopify app client secret used to verify the `X-Shopify-Hmac-Sha256` header. Leave empty to skip verification.
     *
     * Wire key: "camel.source.payload.router.shopify.hmac.secret"
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.payload.router.shopify.hmac.secret"?: string;
    /**
     * Shopify Resources
     *
     * Shopify resources to capture. Each resource maps to a Kafka topic.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "orders,products,customers"
     */
    "topic.include.list.user.defined"?: string;
    /**
     * Unselected Resource Behavior
     *
     * How to handle events for resources not in the Shopify Resources list.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC", "SKIP", "FAIL"
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
     * Include Webhook Metadata
     *
     * Include Shopify webhook metadata (_shop_domain, _event_id, _triggered_at, _api_version, _webhook_id) in output records.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default false
     */
    "camel.source.payload.router.include.event"?: boolean;
    /**
     * Fan-out Fields
     *
     * Comma-separated list of nested arrays to fan out into their own topics (e.g. orders.line_items, products.variants). When empty, arrays stay inline.
     *
     * Wire key: "camel.source.payload.router.fanout.fields"
     */
    "camel.source.payload.router.fanout.fields"?: string;
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
export type ShopifyWebhookSourceUpdateConfig = ShopifyWebhookSourceConfig;
export type Config = ShopifyWebhookSourceConfig;
export type WireConfig = ShopifyWebhookSourceWireConfig;
export type UpdateConfig = ShopifyWebhookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: ShopifyWebhookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: ShopifyWebhookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly webhookUrl: "webhook.url";
    readonly apiKey: "api.key";
    readonly camelSourceSnapshotShopifyStoreUrl: "camel.source.snapshot.shopify.store.url";
    readonly camelSourceSnapshotShopifyClientId: "camel.source.snapshot.shopify.client.id";
    readonly camelSourceSnapshotShopifyClientSecret: "camel.source.snapshot.shopify.client.secret";
    readonly camelSourceSnapshotShopifyAccessToken: "camel.source.snapshot.shopify.access.token";
    readonly camelSourceSnapshotShopifyApiVersion: "camel.source.snapshot.shopify.api.version";
    readonly camelSourcePayloadRouterShopifyHmacSecret: "camel.source.payload.router.shopify.hmac.secret";
    readonly topicIncludeList: "topic.include.list.user.defined";
    readonly camelSourcePayloadRouterUnknownTypeBehavior: "camel.source.payload.router.unknown.type.behavior";
    readonly camelSourcePayloadRouterUnknownTypeDefaultTopic: "camel.source.payload.router.unknown.type.default.topic";
    readonly camelSourcePayloadRouterIncludeEvent: "camel.source.payload.router.include.event";
    readonly camelSourcePayloadRouterFanoutFields: "camel.source.payload.router.fanout.fields";
    readonly camelSourceDlqEnabled: "camel.source.dlq.enabled";
    readonly preserveNullValues: "preserve.null.values";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
    readonly insertTopicNameEnabled: "InsertTopicName.enabled";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "webhook.url": "webhookUrl";
    readonly "api.key": "apiKey";
    readonly "camel.source.snapshot.shopify.store.url": "camelSourceSnapshotShopifyStoreUrl";
    readonly "camel.source.snapshot.shopify.client.id": "camelSourceSnapshotShopifyClientId";
    readonly "camel.source.snapshot.shopify.client.secret": "camelSourceSnapshotShopifyClientSecret";
    readonly "camel.source.snapshot.shopify.access.token": "camelSourceSnapshotShopifyAccessToken";
    readonly "camel.source.snapshot.shopify.api.version": "camelSourceSnapshotShopifyApiVersion";
    readonly "camel.source.payload.router.shopify.hmac.secret": "camelSourcePayloadRouterShopifyHmacSecret";
    readonly "topic.include.list.user.defined": "topicIncludeList";
    readonly "camel.source.payload.router.unknown.type.behavior": "camelSourcePayloadRouterUnknownTypeBehavior";
    readonly "camel.source.payload.router.unknown.type.default.topic": "camelSourcePayloadRouterUnknownTypeDefaultTopic";
    readonly "camel.source.payload.router.include.event": "camelSourcePayloadRouterIncludeEvent";
    readonly "camel.source.payload.router.fanout.fields": "camelSourcePayloadRouterFanoutFields";
    readonly "camel.source.dlq.enabled": "camelSourceDlqEnabled";
    readonly "preserve.null.values": "preserveNullValues";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "InsertTopicName.enabled": "insertTopicNameEnabled";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ShopifyWebhookSourceConfig): ShopifyWebhookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ShopifyWebhookSourceWireConfig | Readonly<Record<string, unknown>>): ShopifyWebhookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ShopifyWebhookSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ShopifyWebhookSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<ShopifyWebhookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ShopifyWebhookSourceWireConfig>>;
