import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "s3";
export declare const displayName = "s3";
/**
 * s3
 *
 * Amazon S3 (or S3-compatible) source. Use anonymous access for public buckets, or an AWS access key pair (optionally with a session token).
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3SourceConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Anonymous
     *
     * Whether to connect without credentials (public buckets only).
     *
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * Key
     *
     * AWS access key ID (field name used by the Unstructured Python SDK schema).
     *
     * Wire key: "key"
     * @default null
     */
    key?: string | null;
    /**
     * Secret
     *
     * AWS secret access key belonging to key.
     *
     * Wire key: "secret"
     * Required when key is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    secret?: string | null;
    /**
     * Access Key Id
     *
     * AWS access key ID (field name used in the API reference's create-source example; same meaning as key).
     *
     * Wire key: "access_key_id"
     * @default null
     */
    accessKeyId?: string | null;
    /**
     * Secret Access Key
     *
     * AWS secret access key belonging to access_key_id (same meaning as secret).
     *
     * Wire key: "secret_access_key"
     * Required when accessKeyId is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    secretAccessKey?: string | null;
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
     * Endpoint Url
     *
     * Custom endpoint URL for S3-compatible storage that is not AWS, for example a MinIO server.
     *
     * Wire key: "endpoint_url"
     * @default null
     */
    endpointUrl?: string | null;
    /**
     * Token
     *
     * AWS STS session token, for temporary credentials.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
}
/** s3 sources connector ("s3") config exactly as the API sends and receives it. */
export interface S3SourceWireConfig {
    /**
     * Remote Url
     *
     * Remote URL of the folder to read from, using the connector's URL scheme.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Anonymous
     *
     * Whether to connect without credentials (public buckets only).
     *
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * Key
     *
     * AWS access key ID (field name used by the Unstructured Python SDK schema).
     *
     * Wire key: "key"
     * @default null
     */
    key?: string | null;
    /**
     * Secret
     *
     * AWS secret access key belonging to key.
     *
     * Wire key: "secret"
     * Required when key is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    secret?: string | null;
    /**
     * Access Key Id
     *
     * AWS access key ID (field name used in the API reference's create-source example; same meaning as key).
     *
     * Wire key: "access_key_id"
     * @default null
     */
    access_key_id?: string | null;
    /**
     * Secret Access Key
     *
     * AWS secret access key belonging to access_key_id (same meaning as secret).
     *
     * Wire key: "secret_access_key"
     * Required when accessKeyId is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    secret_access_key?: string | null;
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
     * Endpoint Url
     *
     * Custom endpoint URL for S3-compatible storage that is not AWS, for example a MinIO server.
     *
     * Wire key: "endpoint_url"
     * @default null
     */
    endpoint_url?: string | null;
    /**
     * Token
     *
     * AWS STS session token, for temporary credentials.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type S3SourceUpdateConfig = S3SourceConfig;
export type Config = S3SourceConfig;
export type WireConfig = S3SourceWireConfig;
export type UpdateConfig = S3SourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: S3SourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: S3SourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly anonymous: "anonymous";
    readonly key: "key";
    readonly secret: "secret";
    readonly accessKeyId: "access_key_id";
    readonly secretAccessKey: "secret_access_key";
    readonly recursive: "recursive";
    readonly endpointUrl: "endpoint_url";
    readonly token: "token";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly anonymous: "anonymous";
    readonly key: "key";
    readonly secret: "secret";
    readonly access_key_id: "accessKeyId";
    readonly secret_access_key: "secretAccessKey";
    readonly recursive: "recursive";
    readonly endpoint_url: "endpointUrl";
    readonly token: "token";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: S3SourceConfig): S3SourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: S3SourceWireConfig | Readonly<Record<string, unknown>>): S3SourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is S3SourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, S3SourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<S3SourceConfig>): ApiRequest<SourceUpdateBody<typeof code, S3SourceWireConfig>>;
