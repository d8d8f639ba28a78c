import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "zendesk";
export declare const displayName = "zendesk";
/**
 * zendesk
 *
 * Zendesk source. Authenticates with the login email plus an API token (not an OAuth token).
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ZendeskSourceConfig {
    /**
     * Subdomain
     *
     * Zendesk subdomain: the <organization> part of <organization>.zendesk.com.
     *
     * Wire key: "subdomain"
     */
    subdomain: string;
    /**
     * Email
     *
     * Email address of the Zendesk user that owns the API token.
     *
     * Wire key: "email"
     */
    email: string;
    /**
     * Api Token
     *
     * Zendesk API token of that user.
     *
     * Wire key: "api_token"
     * Secret: never logged or echoed by the generated code.
     */
    apiToken: string;
    /**
     * Item Type
     *
     * Kind of item to ingest; tickets when omitted.
     *
     * Wire key: "item_type"
     * Allowed values: "tickets", "articles"
     * @default null
     */
    itemType?: "tickets" | "articles" | null;
    /**
     * Batch Size
     *
     * Maximum number of items to fetch per request.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     * @default null
     */
    batchSize?: number | null;
}
/** zendesk sources connector ("zendesk") config exactly as the API sends and receives it. */
export interface ZendeskSourceWireConfig {
    /**
     * Subdomain
     *
     * Zendesk subdomain: the <organization> part of <organization>.zendesk.com.
     *
     * Wire key: "subdomain"
     */
    subdomain: string;
    /**
     * Email
     *
     * Email address of the Zendesk user that owns the API token.
     *
     * Wire key: "email"
     */
    email: string;
    /**
     * Api Token
     *
     * Zendesk API token of that user.
     *
     * Wire key: "api_token"
     * Secret: never logged or echoed by the generated code.
     */
    api_token: string;
    /**
     * Item Type
     *
     * Kind of item to ingest; tickets when omitted.
     *
     * Wire key: "item_type"
     * Allowed values: "tickets", "articles"
     * @default null
     */
    item_type?: "tickets" | "articles" | null;
    /**
     * Batch Size
     *
     * Maximum number of items to fetch per request.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     * @default null
     */
    batch_size?: number | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ZendeskSourceUpdateConfig = ZendeskSourceConfig;
export type Config = ZendeskSourceConfig;
export type WireConfig = ZendeskSourceWireConfig;
export type UpdateConfig = ZendeskSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: ZendeskSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: ZendeskSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly subdomain: "subdomain";
    readonly email: "email";
    readonly apiToken: "api_token";
    readonly itemType: "item_type";
    readonly batchSize: "batch_size";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly subdomain: "subdomain";
    readonly email: "email";
    readonly api_token: "apiToken";
    readonly item_type: "itemType";
    readonly batch_size: "batchSize";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ZendeskSourceConfig): ZendeskSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ZendeskSourceWireConfig | Readonly<Record<string, unknown>>): ZendeskSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ZendeskSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ZendeskSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<ZendeskSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ZendeskSourceWireConfig>>;
