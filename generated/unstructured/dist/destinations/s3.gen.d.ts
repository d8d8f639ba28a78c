import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "s3";
export declare const displayName = "s3";
/**
 * s3
 *
 * Amazon S3 (or S3-compatible) destination: writes the processed elements as JSON files under remote_url.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3DestinationConfig {
    /**
     * Remote Url
     *
     * S3 URI of the bucket or folder to write to, in the form s3://<bucket>/<path>/.
     *
     * Wire key: "remote_url"
     */
    remoteUrl: string;
    /**
     * Anonymous
     *
     * Whether to connect without credentials.
     *
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * Key
     *
     * AWS access key ID.
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
     * Token
     *
     * AWS STS session token, for temporary credentials.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
    /**
     * Endpoint Url
     *
     * Custom endpoint URL for S3-compatible storage that is not AWS.
     *
     * Wire key: "endpoint_url"
     * @default null
     */
    endpointUrl?: string | null;
}
/** s3 destinations connector ("s3") config exactly as the API sends and receives it. */
export interface S3DestinationWireConfig {
    /**
     * Remote Url
     *
     * S3 URI of the bucket or folder to write to, in the form s3://<bucket>/<path>/.
     *
     * Wire key: "remote_url"
     */
    remote_url: string;
    /**
     * Anonymous
     *
     * Whether to connect without credentials.
     *
     * Wire key: "anonymous"
     * @default false
     */
    anonymous?: boolean;
    /**
     * Key
     *
     * AWS access key ID.
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
     * Token
     *
     * AWS STS session token, for temporary credentials.
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
    /**
     * Endpoint Url
     *
     * Custom endpoint URL for S3-compatible storage that is not AWS.
     *
     * Wire key: "endpoint_url"
     * @default null
     */
    endpoint_url?: string | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type S3DestinationUpdateConfig = S3DestinationConfig;
export type Config = S3DestinationConfig;
export type WireConfig = S3DestinationWireConfig;
export type UpdateConfig = S3DestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: S3DestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: S3DestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly remoteUrl: "remote_url";
    readonly anonymous: "anonymous";
    readonly key: "key";
    readonly secret: "secret";
    readonly token: "token";
    readonly endpointUrl: "endpoint_url";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly remote_url: "remoteUrl";
    readonly anonymous: "anonymous";
    readonly key: "key";
    readonly secret: "secret";
    readonly token: "token";
    readonly endpoint_url: "endpointUrl";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: S3DestinationConfig): S3DestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: S3DestinationWireConfig | Readonly<Record<string, unknown>>): S3DestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is S3DestinationConfig;
/** A validated POST /api/v1/destinations/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, S3DestinationWireConfig>>;
/** A validated PUT /api/v1/destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: DestinationUpdateOptions<S3DestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, S3DestinationWireConfig>>;
