import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "gcs";
export declare const displayName = "gcs";
/**
 * gcs
 *
 * Google Cloud Storage source, authenticated with a service account key.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface GcsSourceConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Service Account Key
     *
     * Contents of the downloaded service account key JSON file, as a single-line string.
     *
     * Wire key: "service_account_key"
     * Secret: never logged or echoed by the generated code.
     */
    serviceAccountKey: string;
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
/** gcs sources connector ("gcs") config exactly as the API sends and receives it. */
export interface GcsSourceWireConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Service Account Key
     *
     * Contents of the downloaded service account key JSON file, as a single-line string.
     *
     * Wire key: "service_account_key"
     * Secret: never logged or echoed by the generated code.
     */
    service_account_key: string;
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
export type GcsSourceUpdateConfig = GcsSourceConfig;
export type Config = GcsSourceConfig;
export type WireConfig = GcsSourceWireConfig;
export type UpdateConfig = GcsSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: GcsSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: GcsSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly serviceAccountKey: "service_account_key";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly service_account_key: "serviceAccountKey";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: GcsSourceConfig): GcsSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: GcsSourceWireConfig | Readonly<Record<string, unknown>>): GcsSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is GcsSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, GcsSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<GcsSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, GcsSourceWireConfig>>;
