import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "sharepoint";
export declare const displayName = "sharepoint";
/**
 * sharepoint
 *
 * Microsoft SharePoint Online source, read with an Entra ID app registration. Optionally a second app reads document permissions.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SharepointSourceConfig {
    /**
     * Site
     *
     * URL of the SharePoint site, for example https://contoso.sharepoint.com/sites/engineering.
     *
     * Wire key: "site"
     */
    site: string;
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
     * Directory (tenant) ID or primary domain of the Entra ID tenant.
     *
     * Wire key: "tenant"
     */
    tenant: string;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL.
     *
     * Wire key: "authority_url"
     * @default "https://login.microsoftonline.com"
     */
    authorityUrl?: string;
    /**
     * Path
     *
     * Path of the document library folder to read. The whole site when omitted.
     *
     * Wire key: "path"
     * @default null
     */
    path?: string | null;
    /**
     * User Pname
     *
     * User principal name used for delegated access, if any.
     *
     * Wire key: "user_pname"
     * @default null
     */
    userPname?: string | null;
    /**
     * Recursive
     *
     * Whether to also read files in subfolders of path.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
    /**
     * Permissions Config
     *
     * Optional Entra ID app used to read each document's permissions (as in unstructured-ingest's SharePoint permissions settings). Give all of its fields or omit it.
     *
     * Wire key: "permissions_config"
     * @default null
     */
    permissionsConfig?: {
        permissionsApplicationId: string;
        permissionsTenant: string;
        permissionsClientCred: string;
    } | null;
}
/** sharepoint sources connector ("sharepoint") config exactly as the API sends and receives it. */
export interface SharepointSourceWireConfig {
    /**
     * Site
     *
     * URL of the SharePoint site, for example https://contoso.sharepoint.com/sites/engineering.
     *
     * Wire key: "site"
     */
    site: string;
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
     * Directory (tenant) ID or primary domain of the Entra ID tenant.
     *
     * Wire key: "tenant"
     */
    tenant: string;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL.
     *
     * Wire key: "authority_url"
     * @default "https://login.microsoftonline.com"
     */
    authority_url?: string;
    /**
     * Path
     *
     * Path of the document library folder to read. The whole site when omitted.
     *
     * Wire key: "path"
     * @default null
     */
    path?: string | null;
    /**
     * User Pname
     *
     * User principal name used for delegated access, if any.
     *
     * Wire key: "user_pname"
     * @default null
     */
    user_pname?: string | null;
    /**
     * Recursive
     *
     * Whether to also read files in subfolders of path.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
    /**
     * Permissions Config
     *
     * Optional Entra ID app used to read each document's permissions (as in unstructured-ingest's SharePoint permissions settings). Give all of its fields or omit it.
     *
     * Wire key: "permissions_config"
     * @default null
     */
    permissions_config?: {
        permissions_application_id: string;
        permissions_tenant: string;
        permissions_client_cred: string;
    } | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SharepointSourceUpdateConfig = SharepointSourceConfig;
export type Config = SharepointSourceConfig;
export type WireConfig = SharepointSourceWireConfig;
export type UpdateConfig = SharepointSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SharepointSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SharepointSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly site: "site";
    readonly clientId: "client_id";
    readonly clientCred: "client_cred";
    readonly tenant: "tenant";
    readonly authorityUrl: "authority_url";
    readonly path: "path";
    readonly userPname: "user_pname";
    readonly recursive: "recursive";
    readonly permissionsConfig: "permissions_config";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly site: "site";
    readonly client_id: "clientId";
    readonly client_cred: "clientCred";
    readonly tenant: "tenant";
    readonly authority_url: "authorityUrl";
    readonly path: "path";
    readonly user_pname: "userPname";
    readonly recursive: "recursive";
    readonly permissions_config: "permissionsConfig";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SharepointSourceConfig): SharepointSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SharepointSourceWireConfig | Readonly<Record<string, unknown>>): SharepointSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SharepointSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SharepointSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<SharepointSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SharepointSourceWireConfig>>;
