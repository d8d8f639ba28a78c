import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "salesforce";
export declare const displayName = "salesforce";
/**
 * salesforce
 *
 * Salesforce source. Authenticates with the OAuth 2.0 JWT bearer flow of a connected app (consumer key plus the private key matching the app's certificate).
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SalesforceSourceConfig {
    /**
     * Username
     *
     * Salesforce user name (the User Name value, not the display name).
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Consumer Key
     *
     * Consumer key of the Salesforce connected app.
     *
     * Wire key: "consumer_key"
     * Secret: never logged or echoed by the generated code.
     */
    consumerKey: string;
    /**
     * Private Key
     *
     * Contents of the PEM private key that matches the certificate uploaded to the connected app.
     *
     * Wire key: "private_key"
     * Secret: never logged or echoed by the generated code.
     */
    privateKey: string;
    /**
     * Categories
     *
     * Salesforce object categories to ingest.
     *
     * Wire key: "categories"
     * Allowed values: "Account", "Campaign", "Case", "EmailMessage", "Lead"
     */
    categories: ("Account" | "Campaign" | "Case" | "EmailMessage" | "Lead")[];
}
/** salesforce sources connector ("salesforce") config exactly as the API sends and receives it. */
export interface SalesforceSourceWireConfig {
    /**
     * Username
     *
     * Salesforce user name (the User Name value, not the display name).
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Consumer Key
     *
     * Consumer key of the Salesforce connected app.
     *
     * Wire key: "consumer_key"
     * Secret: never logged or echoed by the generated code.
     */
    consumer_key: string;
    /**
     * Private Key
     *
     * Contents of the PEM private key that matches the certificate uploaded to the connected app.
     *
     * Wire key: "private_key"
     * Secret: never logged or echoed by the generated code.
     */
    private_key: string;
    /**
     * Categories
     *
     * Salesforce object categories to ingest.
     *
     * Wire key: "categories"
     * Allowed values: "Account", "Campaign", "Case", "EmailMessage", "Lead"
     */
    categories: ("Account" | "Campaign" | "Case" | "EmailMessage" | "Lead")[];
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SalesforceSourceUpdateConfig = SalesforceSourceConfig;
export type Config = SalesforceSourceConfig;
export type WireConfig = SalesforceSourceWireConfig;
export type UpdateConfig = SalesforceSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SalesforceSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SalesforceSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly username: "username";
    readonly consumerKey: "consumer_key";
    readonly privateKey: "private_key";
    readonly categories: "categories";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly username: "username";
    readonly consumer_key: "consumerKey";
    readonly private_key: "privateKey";
    readonly categories: "categories";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SalesforceSourceConfig): SalesforceSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SalesforceSourceWireConfig | Readonly<Record<string, unknown>>): SalesforceSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SalesforceSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SalesforceSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<SalesforceSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SalesforceSourceWireConfig>>;
