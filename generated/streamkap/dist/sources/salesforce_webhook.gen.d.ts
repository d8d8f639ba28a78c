import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "salesforce_webhook";
export declare const displayName = "Salesforce CDC";
/**
 * Salesforce CDC
 *
 * Capture Salesforce Change Data Capture events for standard and custom objects, with optional snapshots through the REST API.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SalesforceWebhookSourceConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Salesforce. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    webhookUrl?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Salesforce. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    apiKey?: string;
    /**
     * Instance URL
     *
     * Salesforce instance URL (e.g., https://myorg.my.salesforce.com or https://myorg.lightning.force.com).
     *
     * Wire key: "camel.source.snapshot.salesforce.instance.url"
     */
    camelSourceSnapshotSalesforceInstanceUrl: string;
    /**
     * Client ID
     *
     * OAuth2 Consumer Key from your Salesforce Connected App / External Client App.
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.client.id"
     */
    camelSourceSnapshotSalesforceAuthClientId: string;
    /**
     * Client Secret
     *
     * OAuth2 Consumer Secret from your Salesforce Connected App / External Client App.
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.client.secret"
     * Secret: never logged or echoed by the generated code.
     */
    camelSourceSnapshotSalesforceAuthClientSecret: string;
    /**
     * Username
     *
     * Salesforce username (optional, needed only if the client_credentials flow is not enabled).
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.username"
     */
    camelSourceSnapshotSalesforceAuthUsername?: string;
    /**
     * Password + Security Token
     *
     * Salesforce password followed by the user's security token (optional, needed only if the client_credentials flow is not enabled).
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.password"
     * Used only when camelSourceSnapshotSalesforceAuthUsername ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    camelSourceSnapshotSalesforceAuthPassword?: string;
    /**
     * Salesforce Objects
     *
     * Salesforce objects to capture. Select the objects you want to receive change events for.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "Account,Contact,Lead,Opportunity"
     */
    topicIncludeList?: string;
    /**
     * Native CDC Subscription
     *
     * Enable native Salesforce CDC subscription. When enabled, the connector subscribes directly to Salesforce change events without needing Apex triggers.
     *
     * Wire key: "camel.source.cdc.enabled"
     * @default true
     */
    camelSourceCdcEnabled?: boolean;
    /**
     * Unselected Object Behavior
     *
     * How to handle events for unselected objects.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC", "SKIP", "FAIL"
     * @default "DEFAULT_TOPIC"
     */
    camelSourcePayloadRouterUnknownTypeBehavior?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic for events from unselected objects.
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    camelSourcePayloadRouterUnknownTypeDefaultTopic?: string;
    /**
     * Flatten Records
     *
     * Flatten nested record fields to top-level. Recommended for most destinations.
     *
     * Wire key: "camel.source.payload.router.flatten.detail"
     * @default true
     */
    camelSourcePayloadRouterFlattenDetail?: boolean;
    /**
     * Flattened Field Prefix
     *
     * Prefix for flattened fields (empty = no prefix, Salesforce field names like 'Name', 'BillingCity' are used directly).
     *
     * Wire key: "camel.source.payload.router.flatten.detail.prefix"
     * Used only when camelSourcePayloadRouterFlattenDetail = true.
     */
    camelSourcePayloadRouterFlattenDetailPrefix?: string;
    /**
     * Include Change Metadata
     *
     * Include change metadata (`ChangeEventHeader`) in output. Disable for upsert/state-table use cases.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default false
     */
    camelSourcePayloadRouterIncludeEvent?: boolean;
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
     * Add `_streamkap_topic` field containing the Kafka topic name. Required for topic_router transforms to preserve end-to-end data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    insertTopicNameEnabled?: boolean;
}
/** Salesforce CDC sources connector ("salesforce_webhook") config exactly as the API sends and receives it. */
export interface SalesforceWebhookSourceWireConfig {
    /**
     * Webhook URL
     *
     * Webhook URL to register in Salesforce. Generated after the source is created. Pass the API key as a query parameter, e.g. `?api_key=<API_KEY>`.
     *
     * Wire key: "webhook.url"
     * Read-only in the provider's UI.
     */
    "webhook.url"?: string;
    /**
     * API Key
     *
     * API key. Append it to the Webhook URL as `?api_key=<API_KEY>` when registering webhooks in Salesforce. Generated after the source is created.
     *
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    "api.key"?: string;
    /**
     * Instance URL
     *
     * Salesforce instance URL (e.g., https://myorg.my.salesforce.com or https://myorg.lightning.force.com).
     *
     * Wire key: "camel.source.snapshot.salesforce.instance.url"
     */
    "camel.source.snapshot.salesforce.instance.url": string;
    /**
     * Client ID
     *
     * OAuth2 Consumer Key from your Salesforce Connected App / External Client App.
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.client.id"
     */
    "camel.source.snapshot.salesforce.auth.client.id": string;
    /**
     * Client Secret
     *
     * OAuth2 Consumer Secret from your Salesforce Connected App / External Client App.
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.client.secret"
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.snapshot.salesforce.auth.client.secret": string;
    /**
     * Username
     *
     * Salesforce username (optional, needed only if the client_credentials flow is not enabled).
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.username"
     */
    "camel.source.snapshot.salesforce.auth.username"?: string;
    /**
     * Password + Security Token
     *
     * Salesforce password followed by the user's security token (optional, needed only if the client_credentials flow is not enabled).
     *
     * Wire key: "camel.source.snapshot.salesforce.auth.password"
     * Used only when camelSourceSnapshotSalesforceAuthUsername ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    "camel.source.snapshot.salesforce.auth.password"?: string;
    /**
     * Salesforce Objects
     *
     * Salesforce objects to capture. Select the objects you want to receive change events for.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "Account,Contact,Lead,Opportunity"
     */
    "topic.include.list.user.defined"?: string;
    /**
     * Native CDC Subscription
     *
     * Enable native Salesforce CDC subscription. When enabled, the connector subscribes directly to Salesforce change events without needing Apex triggers.
     *
     * Wire key: "camel.source.cdc.enabled"
     * @default true
     */
    "camel.source.cdc.enabled"?: boolean;
    /**
     * Unselected Object Behavior
     *
     * How to handle events for unselected objects.
     *
     * Wire key: "camel.source.payload.router.unknown.type.behavior"
     * Allowed values: "DEFAULT_TOPIC", "SKIP", "FAIL"
     * @default "DEFAULT_TOPIC"
     */
    "camel.source.payload.router.unknown.type.behavior"?: "DEFAULT_TOPIC" | "SKIP" | "FAIL";
    /**
     * Default Topic
     *
     * Topic for events from unselected objects.
     *
     * Wire key: "camel.source.payload.router.unknown.type.default.topic"
     * Used only when camelSourcePayloadRouterUnknownTypeBehavior is one of "DEFAULT_TOPIC".
     * @default "unknown"
     */
    "camel.source.payload.router.unknown.type.default.topic"?: string;
    /**
     * Flatten Records
     *
     * Flatten nested record fields to top-level. Recommended for most destinations.
     *
     * Wire key: "camel.source.payload.router.flatten.detail"
     * @default true
     */
    "camel.source.payload.router.flatten.detail"?: boolean;
    /**
     * Flattened Field Prefix
     *
     * Prefix for flattened fields (empty = no prefix, Salesforce field names like 'Name', 'BillingCity' are used directly).
     *
     * Wire key: "camel.source.payload.router.flatten.detail.prefix"
     * Used only when camelSourcePayloadRouterFlattenDetail = true.
     */
    "camel.source.payload.router.flatten.detail.prefix"?: string;
    /**
     * Include Change Metadata
     *
     * Include change metadata (`ChangeEventHeader`) in output. Disable for upsert/state-table use cases.
     *
     * Wire key: "camel.source.payload.router.include.event"
     * @default false
     */
    "camel.source.payload.router.include.event"?: boolean;
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
     * Add `_streamkap_topic` field containing the Kafka topic name. Required for topic_router transforms to preserve end-to-end data lineage.
     *
     * Wire key: "InsertTopicName.enabled"
     * @default false
     */
    "InsertTopicName.enabled"?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SalesforceWebhookSourceUpdateConfig = SalesforceWebhookSourceConfig;
export type Config = SalesforceWebhookSourceConfig;
export type WireConfig = SalesforceWebhookSourceWireConfig;
export type UpdateConfig = SalesforceWebhookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SalesforceWebhookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SalesforceWebhookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly webhookUrl: "webhook.url";
    readonly apiKey: "api.key";
    readonly camelSourceSnapshotSalesforceInstanceUrl: "camel.source.snapshot.salesforce.instance.url";
    readonly camelSourceSnapshotSalesforceAuthClientId: "camel.source.snapshot.salesforce.auth.client.id";
    readonly camelSourceSnapshotSalesforceAuthClientSecret: "camel.source.snapshot.salesforce.auth.client.secret";
    readonly camelSourceSnapshotSalesforceAuthUsername: "camel.source.snapshot.salesforce.auth.username";
    readonly camelSourceSnapshotSalesforceAuthPassword: "camel.source.snapshot.salesforce.auth.password";
    readonly topicIncludeList: "topic.include.list.user.defined";
    readonly camelSourceCdcEnabled: "camel.source.cdc.enabled";
    readonly camelSourcePayloadRouterUnknownTypeBehavior: "camel.source.payload.router.unknown.type.behavior";
    readonly camelSourcePayloadRouterUnknownTypeDefaultTopic: "camel.source.payload.router.unknown.type.default.topic";
    readonly camelSourcePayloadRouterFlattenDetail: "camel.source.payload.router.flatten.detail";
    readonly camelSourcePayloadRouterFlattenDetailPrefix: "camel.source.payload.router.flatten.detail.prefix";
    readonly camelSourcePayloadRouterIncludeEvent: "camel.source.payload.router.include.event";
    readonly camelSourceDlqEnabled: "camel.source.dlq.enabled";
    readonly transformsValueToKeyFieldsIncludeList: "transforms.ValueToKey.fields.include.list";
    readonly transformsOversizedRecordsMaxFieldSizeBytes: "transforms.OversizedRecords.max.field.size.bytes";
    readonly insertTopicNameEnabled: "InsertTopicName.enabled";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "webhook.url": "webhookUrl";
    readonly "api.key": "apiKey";
    readonly "camel.source.snapshot.salesforce.instance.url": "camelSourceSnapshotSalesforceInstanceUrl";
    readonly "camel.source.snapshot.salesforce.auth.client.id": "camelSourceSnapshotSalesforceAuthClientId";
    readonly "camel.source.snapshot.salesforce.auth.client.secret": "camelSourceSnapshotSalesforceAuthClientSecret";
    readonly "camel.source.snapshot.salesforce.auth.username": "camelSourceSnapshotSalesforceAuthUsername";
    readonly "camel.source.snapshot.salesforce.auth.password": "camelSourceSnapshotSalesforceAuthPassword";
    readonly "topic.include.list.user.defined": "topicIncludeList";
    readonly "camel.source.cdc.enabled": "camelSourceCdcEnabled";
    readonly "camel.source.payload.router.unknown.type.behavior": "camelSourcePayloadRouterUnknownTypeBehavior";
    readonly "camel.source.payload.router.unknown.type.default.topic": "camelSourcePayloadRouterUnknownTypeDefaultTopic";
    readonly "camel.source.payload.router.flatten.detail": "camelSourcePayloadRouterFlattenDetail";
    readonly "camel.source.payload.router.flatten.detail.prefix": "camelSourcePayloadRouterFlattenDetailPrefix";
    readonly "camel.source.payload.router.include.event": "camelSourcePayloadRouterIncludeEvent";
    readonly "camel.source.dlq.enabled": "camelSourceDlqEnabled";
    readonly "transforms.ValueToKey.fields.include.list": "transformsValueToKeyFieldsIncludeList";
    readonly "transforms.OversizedRecords.max.field.size.bytes": "transformsOversizedRecordsMaxFieldSizeBytes";
    readonly "InsertTopicName.enabled": "insertTopicNameEnabled";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SalesforceWebhookSourceConfig): SalesforceWebhookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SalesforceWebhookSourceWireConfig | Readonly<Record<string, unknown>>): SalesforceWebhookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SalesforceWebhookSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SalesforceWebhookSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<SalesforceWebhookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SalesforceWebhookSourceWireConfig>>;
