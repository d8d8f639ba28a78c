import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "outlook";
export declare const displayName = "outlook";
/**
 * outlook
 *
 * Microsoft Outlook (Microsoft 365 mailbox) source, read through Microsoft Graph with an Entra ID app registration.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface OutlookSourceConfig {
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
     * User Email
     *
     * Email address of the mailbox to read.
     *
     * Wire key: "user_email"
     */
    userEmail: string;
    /**
     * Tenant
     *
     * Directory (tenant) ID or primary domain of the Entra ID tenant. Defaults to common when omitted.
     *
     * Wire key: "tenant"
     * @default null
     */
    tenant?: string | null;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL. Defaults to https://login.microsoftonline.com when omitted.
     *
     * Wire key: "authority_url"
     * @default null
     */
    authorityUrl?: string | null;
    /**
     * Outlook Folders
     *
     * Names of the mail folders to read, for example Inbox or Sent Items. All folders when omitted.
     *
     * Wire key: "outlook_folders"
     * @default null
     */
    outlookFolders?: string[] | null;
    /**
     * Recursive
     *
     * Whether to also read the subfolders of the selected folders.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
}
/** outlook sources connector ("outlook") config exactly as the API sends and receives it. */
export interface OutlookSourceWireConfig {
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
     * User Email
     *
     * Email address of the mailbox to read.
     *
     * Wire key: "user_email"
     */
    user_email: string;
    /**
     * Tenant
     *
     * Directory (tenant) ID or primary domain of the Entra ID tenant. Defaults to common when omitted.
     *
     * Wire key: "tenant"
     * @default null
     */
    tenant?: string | null;
    /**
     * Authority Url
     *
     * Microsoft identity platform authority URL. Defaults to https://login.microsoftonline.com when omitted.
     *
     * Wire key: "authority_url"
     * @default null
     */
    authority_url?: string | null;
    /**
     * Outlook Folders
     *
     * Names of the mail folders to read, for example Inbox or Sent Items. All folders when omitted.
     *
     * Wire key: "outlook_folders"
     * @default null
     */
    outlook_folders?: string[] | null;
    /**
     * Recursive
     *
     * Whether to also read the subfolders of the selected folders.
     *
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type OutlookSourceUpdateConfig = OutlookSourceConfig;
export type Config = OutlookSourceConfig;
export type WireConfig = OutlookSourceWireConfig;
export type UpdateConfig = OutlookSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: OutlookSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: OutlookSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly clientId: "client_id";
    readonly clientCred: "client_cred";
    readonly userEmail: "user_email";
    readonly tenant: "tenant";
    readonly authorityUrl: "authority_url";
    readonly outlookFolders: "outlook_folders";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly client_id: "clientId";
    readonly client_cred: "clientCred";
    readonly user_email: "userEmail";
    readonly tenant: "tenant";
    readonly authority_url: "authorityUrl";
    readonly outlook_folders: "outlookFolders";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: OutlookSourceConfig): OutlookSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: OutlookSourceWireConfig | Readonly<Record<string, unknown>>): OutlookSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is OutlookSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, OutlookSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<OutlookSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, OutlookSourceWireConfig>>;
