import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "s3";
export declare const displayName = "S3";
/**
 * S3
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3DestinationConfig {
    /**
     * Wire key: "storage"
     * Allowed values: "S3"
     */
    storage?: "S3";
    /** Wire key: "s3_bucket_name" */
    s3BucketName: string;
    /**
     * Wire key: "access_key_id"
     * Secret: never logged or echoed by the generated code.
     */
    accessKeyId?: string;
    /** Wire key: "format" */
    format: {
        formatType: "CSV";
        flattening?: "No flattening" | "Root level flattening";
    } | {
        formatType: "Parquet";
        compressionCodec?: "UNCOMPRESSED" | "SNAPPY" | "GZIP";
    };
}
/** S3 destinations connector ("s3") config exactly as the API sends and receives it. */
export interface S3DestinationWireConfig {
    /** Names the connector; filled in by `toWire` and the builders. */
    destinationType: "s3";
    /**
     * Wire key: "storage"
     * Allowed values: "S3"
     */
    storage?: "S3";
    /** Wire key: "s3_bucket_name" */
    s3_bucket_name: string;
    /**
     * Wire key: "access_key_id"
     * Secret: never logged or echoed by the generated code.
     */
    access_key_id?: string;
    /** Wire key: "format" */
    format: {
        format_type: "CSV";
        flattening?: "No flattening" | "Root level flattening";
    } | {
        format_type: "Parquet";
        compression_codec?: "UNCOMPRESSED" | "SNAPPY" | "GZIP";
    };
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
    readonly storage: "storage";
    readonly s3BucketName: "s3_bucket_name";
    readonly accessKeyId: "access_key_id";
    readonly format: "format";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly storage: "storage";
    readonly s3_bucket_name: "s3BucketName";
    readonly access_key_id: "accessKeyId";
    readonly format: "format";
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
/** A validated POST /v1/destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, S3DestinationWireConfig>>;
/** A validated PATCH /v1/destinations/{destinationId} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<S3DestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, S3DestinationWireConfig>>;
