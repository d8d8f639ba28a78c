import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "s3";
export declare const displayName = "S3";
/**
 * S3
 *
 * Ingest JSON, CSV or Avro files from an Amazon S3 bucket using the Kafka Connect FilePulse connector. New objects under the prefix are picked up on each scan.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3SourceConfig {
    /**
     * AWS Access Key ID
     *
     * The AWS Access Key ID used to connect to S3.
     *
     * Wire key: "aws.access.key.id"
     */
    awsAccessKeyId: string;
    /**
     * AWS Secret Access Key
     *
     * The AWS Secret Access Key used to connect to S3.
     *
     * Wire key: "aws.secret.access.key"
     * Secret: never logged or echoed by the generated code.
     */
    awsSecretAccessKey: string;
    /**
     * Region
     *
     * The AWS region of the bucket.
     *
     * Wire key: "aws.s3.region"
     * Allowed values: "eu-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "ap-northeast-2", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "us-east-1", "us-east-2", "us-west-1", "us-west-2"
     * @default "us-west-2"
     */
    awsS3Region?: "eu-west-2" | "eu-west-1" | "eu-central-1" | "ap-south-1" | "ap-northeast-2" | "ap-northeast-1" | "ap-southeast-1" | "ap-southeast-2" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
    /**
     * Bucket
     *
     * The S3 bucket to read files from.
     *
     * Wire key: "aws.s3.bucket.name"
     */
    awsS3BucketName: string;
    /**
     * Object Prefix
     *
     * Prefix for S3 objects to scan. Can be used to specify a directory.
     *
     * Wire key: "aws.s3.object.prefix"
     * @default "file-pulse/"
     */
    awsS3ObjectPrefix?: string;
    /**
     * File Name Pattern
     *
     * Only objects whose name matches this regular expression are processed, e.g. `.*\.json$`.
     *
     * Wire key: "file.filter.regex.pattern"
     */
    fileFilterRegexPattern?: string;
    /**
     * Format
     *
     * The input file format.
     *
     * Wire key: "format"
     * Allowed values: "json" (JSON), "csv" (CSV), "avro" (Avro)
     * @default "json"
     */
    format?: "json" | "csv" | "avro";
    /**
     * Header Lines to Skip
     *
     * Number of header lines to skip at the start of each CSV file.
     *
     * Wire key: "skip.headers"
     * Range: 0 to 10
     * Used only when format is one of "csv".
     * @default 1
     */
    skipHeaders?: number;
    /**
     * Topic Postfix
     *
     * The postfix of the topic to be used, for example source_[UUID].s3.[postfix].
     *
     * Wire key: "topic.postfix"
     * Set once: can be set at creation, never changed by an update.
     * @default "default"
     */
    topicPostfix?: string;
    /**
     * Scan Interval (ms)
     *
     * The interval in milliseconds at which to scan for new files.
     *
     * Wire key: "fs.scan.interval.ms"
     * Range: 100 to 100000
     * @default 10000
     */
    fsScanIntervalMs?: number;
    /**
     * Cleanup Policy
     *
     * The policy to use for cleaning up files after processing.
     *
     * Wire key: "fs.cleanup.policy.class"
     * Allowed values: "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy" (Log only (keep files)), "io.streamthoughts.kafka.connect.filepulse.fs.clean.DeleteCleanupPolicy" (Delete processed files)
     * @default "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy"
     */
    fsCleanupPolicyClass?: "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy" | "io.streamthoughts.kafka.connect.filepulse.fs.clean.DeleteCleanupPolicy";
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
}
/** S3 sources connector ("s3") config exactly as the API sends and receives it. */
export interface S3SourceWireConfig {
    /**
     * AWS Access Key ID
     *
     * The AWS Access Key ID used to connect to S3.
     *
     * Wire key: "aws.access.key.id"
     */
    "aws.access.key.id": string;
    /**
     * AWS Secret Access Key
     *
     * The AWS Secret Access Key used to connect to S3.
     *
     * Wire key: "aws.secret.access.key"
     * Secret: never logged or echoed by the generated code.
     */
    "aws.secret.access.key": string;
    /**
     * Region
     *
     * The AWS region of the bucket.
     *
     * Wire key: "aws.s3.region"
     * Allowed values: "eu-west-2", "eu-west-1", "eu-central-1", "ap-south-1", "ap-northeast-2", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "us-east-1", "us-east-2", "us-west-1", "us-west-2"
     * @default "us-west-2"
     */
    "aws.s3.region"?: "eu-west-2" | "eu-west-1" | "eu-central-1" | "ap-south-1" | "ap-northeast-2" | "ap-northeast-1" | "ap-southeast-1" | "ap-southeast-2" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
    /**
     * Bucket
     *
     * The S3 bucket to read files from.
     *
     * Wire key: "aws.s3.bucket.name"
     */
    "aws.s3.bucket.name": string;
    /**
     * Object Prefix
     *
     * Prefix for S3 objects to scan. Can be used to specify a directory.
     *
     * Wire key: "aws.s3.object.prefix"
     * @default "file-pulse/"
     */
    "aws.s3.object.prefix"?: string;
    /**
     * File Name Pattern
     *
     * Only objects whose name matches this regular expression are processed, e.g. `.*\.json$`.
     *
     * Wire key: "file.filter.regex.pattern"
     */
    "file.filter.regex.pattern"?: string;
    /**
     * Format
     *
     * The input file format.
     *
     * Wire key: "format"
     * Allowed values: "json" (JSON), "csv" (CSV), "avro" (Avro)
     * @default "json"
     */
    format?: "json" | "csv" | "avro";
    /**
     * Header Lines to Skip
     *
     * Number of header lines to skip at the start of each CSV file.
     *
     * Wire key: "skip.headers"
     * Range: 0 to 10
     * Used only when format is one of "csv".
     * @default 1
     */
    "skip.headers"?: number;
    /**
     * Topic Postfix
     *
     * The postfix of the topic to be used, for example source_[UUID].s3.[postfix].
     *
     * Wire key: "topic.postfix"
     * Set once: can be set at creation, never changed by an update.
     * @default "default"
     */
    "topic.postfix"?: string;
    /**
     * Scan Interval (ms)
     *
     * The interval in milliseconds at which to scan for new files.
     *
     * Wire key: "fs.scan.interval.ms"
     * Range: 100 to 100000
     * @default 10000
     */
    "fs.scan.interval.ms"?: number;
    /**
     * Cleanup Policy
     *
     * The policy to use for cleaning up files after processing.
     *
     * Wire key: "fs.cleanup.policy.class"
     * Allowed values: "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy" (Log only (keep files)), "io.streamthoughts.kafka.connect.filepulse.fs.clean.DeleteCleanupPolicy" (Delete processed files)
     * @default "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy"
     */
    "fs.cleanup.policy.class"?: "io.streamthoughts.kafka.connect.filepulse.fs.clean.LogCleanupPolicy" | "io.streamthoughts.kafka.connect.filepulse.fs.clean.DeleteCleanupPolicy";
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type S3SourceUpdateConfig = Omit<S3SourceConfig, "topicPostfix"> & Partial<Pick<S3SourceConfig, "topicPostfix">>;
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
    readonly awsAccessKeyId: "aws.access.key.id";
    readonly awsSecretAccessKey: "aws.secret.access.key";
    readonly awsS3Region: "aws.s3.region";
    readonly awsS3BucketName: "aws.s3.bucket.name";
    readonly awsS3ObjectPrefix: "aws.s3.object.prefix";
    readonly fileFilterRegexPattern: "file.filter.regex.pattern";
    readonly format: "format";
    readonly skipHeaders: "skip.headers";
    readonly topicPostfix: "topic.postfix";
    readonly fsScanIntervalMs: "fs.scan.interval.ms";
    readonly fsCleanupPolicyClass: "fs.cleanup.policy.class";
    readonly tasksMax: "tasks.max";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "aws.access.key.id": "awsAccessKeyId";
    readonly "aws.secret.access.key": "awsSecretAccessKey";
    readonly "aws.s3.region": "awsS3Region";
    readonly "aws.s3.bucket.name": "awsS3BucketName";
    readonly "aws.s3.object.prefix": "awsS3ObjectPrefix";
    readonly "file.filter.regex.pattern": "fileFilterRegexPattern";
    readonly format: "format";
    readonly "skip.headers": "skipHeaders";
    readonly "topic.postfix": "topicPostfix";
    readonly "fs.scan.interval.ms": "fsScanIntervalMs";
    readonly "fs.cleanup.policy.class": "fsCleanupPolicyClass";
    readonly "tasks.max": "tasksMax";
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
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, S3SourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<S3SourceConfig>): ApiRequest<SourceUpdateBody<typeof code, S3SourceWireConfig>>;
