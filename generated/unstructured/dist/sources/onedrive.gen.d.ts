import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "onedrive";
export declare const displayName = "onedrive";
/**
 * onedrive
 *
 * Microsoft OneDrive source. Authenticates as a Microsoft Entra ID app registration (client credentials) and reads the OneDrive of user_pname.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface OnedriveSourceConfig {
    /**
     * Client Id
     *
     * Application (client) ID of the Microsoft Entra ID app registration.
     *
     * Wire key: "client_id"
     */
    clientId: string;
    /**
     * Client Cred
     *
     * Client secret value of the Entra ID app registration.
     *
     * Wire key: "client_cred"
     * Secret: never logged or echoed by the generated code.
     */
    clientCred: string;
    /**
     * Tenant
     *
     * Directory (tenant) ID or primary domain of the Entra ID tenant, for example contoso.onmicrosoft.com.
     *
     * Wire key: "tenant"
     */
    tenant: string;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL, normally https://login.microsoftonline.com.
     *
     * Wire key: "authority_url"
     */
    authorityUrl: string;
    /**
     * User Pname
     *
     * User principal name (usually the sign-in email) of the OneDrive owner.
     *
     * Wire key: "user_pname"
     */
    userPname: string;
    /**
     * Path
     *
     * Path to the folder in the OneDrive to read from, for example Documents/reports.
     *
     * Wire key: "path"
     */
    path: string;
    /**
     * Recursive
     *
     * Whether to also read files in subfolders of path.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
}
/** onedrive sources connector ("onedrive") config exactly as the API sends and receives it. */
export interface OnedriveSourceWireConfig {
    /**
     * Client Id
     *
     * Application (client) ID of the Microsoft Entra ID app registration.
     *
     * Wire key: "client_id"
     */
    client_id: string;
    /**
     * Client Cred
     *
     * Client secret value of the Entra ID app registration.
     *
     * Wire key: "client_cred"
     * Secret: never logged or echoed by the generated code.
     */
    client_cred: string;
    /**
     * Tenant
     *
     * Directory (tenant) ID or primary domain of the Entra ID tenant, for example contoso.onmicrosoft.com.
     *
     * Wire key: "tenant"
     */
    tenant: string;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL, normally https://login.microsoftonline.com.
     *
     * Wire key: "authority_url"
     */
    authority_url: string;
    /**
     * User Pname
     *
     * User principal name (usually the sign-in email) of the OneDrive owner.
     *
     * Wire key: "user_pname"
     */
    user_pname: string;
    /**
     * Path
     *
     * Path to the folder in the OneDrive to read from, for example Documents/reports.
     *
     * Wire key: "path"
     */
    path: string;
    /**
     * Recursive
     *
     * Whether to also read files in subfolders of path.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type OnedriveSourceUpdateConfig = OnedriveSourceConfig;
export type Config = OnedriveSourceConfig;
export type WireConfig = OnedriveSourceWireConfig;
export type UpdateConfig = OnedriveSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: OnedriveSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: OnedriveSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly clientId: "client_id";
    readonly clientCred: "client_cred";
    readonly tenant: "tenant";
    readonly authorityUrl: "authority_url";
    readonly userPname: "user_pname";
    readonly path: "path";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly client_id: "clientId";
    readonly client_cred: "clientCred";
    readonly tenant: "tenant";
    readonly authority_url: "authorityUrl";
    readonly user_pname: "userPname";
    readonly path: "path";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: OnedriveSourceConfig): OnedriveSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: OnedriveSourceWireConfig | Readonly<Record<string, unknown>>): OnedriveSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is OnedriveSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, OnedriveSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<OnedriveSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, OnedriveSourceWireConfig>>;
