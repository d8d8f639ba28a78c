import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "box";
export declare const displayName = "box";
/**
 * box
 *
 * Box source, authenticated as a Box Custom App using Server Authentication (JWT).
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface BoxSourceConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Box App Config
     *
     * Contents of the Box Custom App's private key configuration JSON file, as a string.
     *
     * Wire key: "box_app_config"
     * Secret: never logged or echoed by the generated code.
     */
    boxAppConfig: string;
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
/** box sources connector ("box") config exactly as the API sends and receives it. */
export interface BoxSourceWireConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Box App Config
     *
     * Contents of the Box Custom App's private key configuration JSON file, as a string.
     *
     * Wire key: "box_app_config"
     * Secret: never logged or echoed by the generated code.
     */
    box_app_config: string;
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
export type BoxSourceUpdateConfig = BoxSourceConfig;
export type Config = BoxSourceConfig;
export type WireConfig = BoxSourceWireConfig;
export type UpdateConfig = BoxSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: BoxSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: BoxSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly boxAppConfig: "box_app_config";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly box_app_config: "boxAppConfig";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: BoxSourceConfig): BoxSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: BoxSourceWireConfig | Readonly<Record<string, unknown>>): BoxSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is BoxSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, BoxSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<BoxSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, BoxSourceWireConfig>>;
