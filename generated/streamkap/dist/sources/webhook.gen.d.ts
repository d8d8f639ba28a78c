import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "webhook";
export declare const displayName = "Webhook";
/**
 * Webhook
 *
 * Receive JSON or plain-text payloads over HTTPS at a Streamkap-generated URL authenticated with an API key, and write them to Kafka topics.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface WebhookSourceConfig {
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
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    apiKey?: string;
    /**
     * Message Key Header
     *
     * Camel message header that contains the key field details for the Kafka message, default is 'key'.
     *
     * Wire key: "camel.source.camelMessageHeaderKey"
     * @default "key"
     */
    camelSourceCamelMessageHeaderKey?: string;
    /**
     * Topics
     *
     * Topic names to use as output.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "default_topic"
     */
    topicIncludeList?: string;
    /**
     * Format
     *
     * The incoming format of the data received by the webhook.
     *
     * Wire key: "format"
     * Allowed values: "json", "string"
     * @default "json"
     */
    format?: "json" | "string";
    /**
     * Add Delete Field
     *
     * Whether to add a 'delete' field to the schema when the DELETE HTTP method is used.
     *
     * Wire key: "transforms.inferSchema.add.delete.field"
     * Used only when format = "json".
     * @default false
     */
    transformsInferSchemaAddDeleteField?: boolean;
}
/** Webhook sources connector ("webhook") config exactly as the API sends and receives it. */
export interface WebhookSourceWireConfig {
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
     * Read-only in the provider's UI.
     * Server-resolved default "<API_KEY>": filled in by the server, never sent.
     */
    "api.key"?: string;
    /**
     * Message Key Header
     *
     * Camel message header that contains the key field details for the Kafka message, default is 'key'.
     *
     * Wire key: "camel.source.camelMessageHeaderKey"
     * @default "key"
     */
    "camel.source.camelMessageHeaderKey"?: string;
    /**
     * Topics
     *
     * Topic names to use as output.
     *
     * Wire key: "topic.include.list.user.defined"
     * @default "default_topic"
     */
    "topic.include.list.user.defined"?: string;
    /**
     * Format
     *
     * The incoming format of the data received by the webhook.
     *
     * Wire key: "format"
     * Allowed values: "json", "string"
     * @default "json"
     */
    format?: "json" | "string";
    /**
     * Add Delete Field
     *
     * Whether to add a 'delete' field to the schema when the DELETE HTTP method is used.
     *
     * Wire key: "transforms.inferSchema.add.delete.field"
     * Used only when format = "json".
     * @default false
     */
    "transforms.inferSchema.add.delete.field"?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type WebhookSourceUpdateConfig = WebhookSourceConfig;
export type Config = WebhookSourceConfig;
export type WireConfig = WebhookSourceWireConfig;
export type UpdateConfig = WebhookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: WebhookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: WebhookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly webhookUrl: "webhook.url";
    readonly apiKey: "api.key";
    readonly camelSourceCamelMessageHeaderKey: "camel.source.camelMessageHeaderKey";
    readonly topicIncludeList: "topic.include.list.user.defined";
    readonly format: "format";
    readonly transformsInferSchemaAddDeleteField: "transforms.inferSchema.add.delete.field";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "webhook.url": "webhookUrl";
    readonly "api.key": "apiKey";
    readonly "camel.source.camelMessageHeaderKey": "camelSourceCamelMessageHeaderKey";
    readonly "topic.include.list.user.defined": "topicIncludeList";
    readonly format: "format";
    readonly "transforms.inferSchema.add.delete.field": "transformsInferSchemaAddDeleteField";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: WebhookSourceConfig): WebhookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: WebhookSourceWireConfig | Readonly<Record<string, unknown>>): WebhookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is WebhookSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, WebhookSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<WebhookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, WebhookSourceWireConfig>>;
