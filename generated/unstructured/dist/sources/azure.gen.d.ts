import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "azure";
export declare const displayName = "azure";
/**
 * azure
 *
 * Azure Blob Storage source. Authenticate with account_name plus account_key or sas_token (recommended), or with connection_string.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface AzureSourceConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Account Name
     *
     * Name of the Azure Storage account.
     *
     * Wire key: "account_name"
     * Required when accountKey is set.
     */
    accountName?: string | null;
    /**
     * Account Key
     *
     * Access key for the Azure Storage account (used together with account_name).
     *
     * Wire key: "account_key"
     * Secret: never logged or echoed by the generated code.
     */
    accountKey?: string | null;
    /**
     * Sas Token
     *
     * Shared access signature (SAS) token for the Azure Storage account (used together with account_name).
     *
     * Wire key: "sas_token"
     * Secret: never logged or echoed by the generated code.
     */
    sasToken?: string | null;
    /**
     * Connection String
     *
     * Connection string for the Azure Storage account.
     *
     * Wire key: "connection_string"
     * Secret: never logged or echoed by the generated code.
     */
    connectionString?: string | null;
    /**
     * Recursive
     *
     * Whether to recursively ingest files in subfolders of remote_url.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
}
/** azure sources connector ("azure") config exactly as the API sends and receives it. */
export interface AzureSourceWireConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Account Name
     *
     * Name of the Azure Storage account.
     *
     * Wire key: "account_name"
     * Required when accountKey is set.
     */
    account_name?: string | null;
    /**
     * Account Key
     *
     * Access key for the Azure Storage account (used together with account_name).
     *
     * Wire key: "account_key"
     * Secret: never logged or echoed by the generated code.
     */
    account_key?: string | null;
    /**
     * Sas Token
     *
     * Shared access signature (SAS) token for the Azure Storage account (used together with account_name).
     *
     * Wire key: "sas_token"
     * Secret: never logged or echoed by the generated code.
     */
    sas_token?: string | null;
    /**
     * Connection String
     *
     * Connection string for the Azure Storage account.
     *
     * Wire key: "connection_string"
     * Secret: never logged or echoed by the generated code.
     */
    connection_string?: string | null;
    /**
     * Recursive
     *
     * Whether to recursively ingest files in subfolders of remote_url.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type AzureSourceUpdateConfig = AzureSourceConfig;
export type Config = AzureSourceConfig;
export type WireConfig = AzureSourceWireConfig;
export type UpdateConfig = AzureSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: AzureSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: AzureSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly accountName: "account_name";
    readonly accountKey: "account_key";
    readonly sasToken: "sas_token";
    readonly connectionString: "connection_string";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly account_name: "accountName";
    readonly account_key: "accountKey";
    readonly sas_token: "sasToken";
    readonly connection_string: "connectionString";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: AzureSourceConfig): AzureSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: AzureSourceWireConfig | Readonly<Record<string, unknown>>): AzureSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is AzureSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, AzureSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<AzureSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, AzureSourceWireConfig>>;
