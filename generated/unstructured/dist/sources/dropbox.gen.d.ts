import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "dropbox";
export declare const displayName = "dropbox";
/**
 * dropbox
 *
 * Dropbox source, using a Dropbox app's access token.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface DropboxSourceConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Token
     *
     * Access token for the Dropbox app.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     */
    token: string;
    /**
     * Recursive
     *
     * Whether to recursively ingest files in subfolders of remote_url.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
    /**
     * File Filters
     *
     * Optional include/exclude rules applied, in order, to file paths under remote_url. All files if omitted.
     *
     * Wire key: "file_filters"
     */
    fileFilters?: {
        pattern: string;
        action?: "include" | "exclude";
    }[] | null;
}
/** dropbox sources connector ("dropbox") config exactly as the API sends and receives it. */
export interface DropboxSourceWireConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Token
     *
     * Access token for the Dropbox app.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     */
    token: string;
    /**
     * Recursive
     *
     * Whether to recursively ingest files in subfolders of remote_url.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
    /**
     * File Filters
     *
     * Optional include/exclude rules applied, in order, to file paths under remote_url. All files if omitted.
     *
     * Wire key: "file_filters"
     */
    file_filters?: {
        pattern: string;
        action?: "include" | "exclude";
    }[] | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type DropboxSourceUpdateConfig = DropboxSourceConfig;
export type Config = DropboxSourceConfig;
export type WireConfig = DropboxSourceWireConfig;
export type UpdateConfig = DropboxSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: DropboxSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: DropboxSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly token: "token";
    readonly recursive: "recursive";
    readonly fileFilters: "file_filters";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly token: "token";
    readonly recursive: "recursive";
    readonly file_filters: "fileFilters";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: DropboxSourceConfig): DropboxSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: DropboxSourceWireConfig | Readonly<Record<string, unknown>>): DropboxSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is DropboxSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, DropboxSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<DropboxSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, DropboxSourceWireConfig>>;
