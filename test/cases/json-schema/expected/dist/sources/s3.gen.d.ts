import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "s3";
export declare const displayName = "s3";
/**
 * s3
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3SourceConfig {
    /**
     * The location of the bucket, for example s3://my-bucket/input/.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * AWS access key ID.
     *
     * Wire key: "key"
     * Required when anonymous = false.
     */
    key?: string | null;
    /**
     * AWS secret access key.
     *
     * Wire key: "secret"
     * Required when anonymous = false.
     * Secret: never logged or echoed by the generated code.
     */
    secret?: string | null;
    /**
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
}
/** s3 sources connector ("s3") config exactly as the API sends and receives it. */
export interface S3SourceWireConfig {
    /**
     * The location of the bucket, for example s3://my-bucket/input/.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * AWS access key ID.
     *
     * Wire key: "key"
     * Required when anonymous = false.
     */
    key?: string | null;
    /**
     * AWS secret access key.
     *
     * Wire key: "secret"
     * Required when anonymous = false.
     * Secret: never logged or echoed by the generated code.
     */
    secret?: string | null;
    /**
     * Wire key: "recursive"
     * @default false
     */
    recursive?: boolean;
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
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly anonymous: "anonymous";
    readonly key: "key";
    readonly secret: "secret";
    readonly recursive: "recursive";
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
