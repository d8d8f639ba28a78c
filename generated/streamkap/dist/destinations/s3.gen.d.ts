import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "s3";
export declare const displayName = "S3";
/**
 * S3
 *
 * Writes topic records as files to an Amazon S3 bucket in JSON Lines, JSON Array or Parquet format, authenticating with access keys or a cross-account IAM role.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface S3DestinationConfig {
    /**
     * Authentication
     *
     * How Streamkap authenticates with S3: an AWS Access Key ID and Secret, or a cross-account IAM role assumed with a Role ARN and External ID.
     *
     * Wire key: "aws.auth.mode"
     * Allowed values: "Access Keys", "Cross-Account Role"
     * @default "Access Keys"
     */
    awsAuthMode?: "Access Keys" | "Cross-Account Role";
    /**
     * AWS Access Key ID
     *
     * The AWS Access Key ID used to connect to S3.
     *
     * Wire key: "aws.access.key.id"
     * Required when awsAuthMode = "Access Keys".
     * Secret: never logged or echoed by the generated code.
     */
    awsAccessKeyId?: string;
    /**
     * AWS Secret Access Key
     *
     * The AWS Secret Access Key used to connect to S3.
     *
     * Wire key: "aws.secret.access.key"
     * Required when awsAuthMode = "Access Keys".
     * Secret: never logged or echoed by the generated code.
     */
    awsSecretAccessKey?: string;
    /**
     * IAM Role ARN
     *
     * ARN of the IAM role Streamkap should assume to write to your S3 bucket (e.g. arn:aws:iam::<your-account-id>:role/<role-name>).
     *
     * Wire key: "aws.sts.role.arn"
     * Required when awsAuthMode = "Cross-Account Role".
     */
    awsStsRoleArn?: string;
    /**
     * External ID
     *
     * The External ID configured in your role's trust-policy condition. Streamkap passes this value verbatim when assuming the role.
     *
     * Wire key: "aws.sts.role.external.id"
     * Required when awsAuthMode = "Cross-Account Role".
     */
    awsStsRoleExternalId?: string;
    /**
     * Region
     *
     * The AWS region to be used
     *
     * Wire key: "aws.s3.region"
     * Allowed values: "ap-south-1", "eu-west-2", "eu-west-1", "ap-northeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1", "cn-north-1", "us-gov-west-1", "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"
     * @default "us-west-2"
     */
    awsS3Region?: "ap-south-1" | "eu-west-2" | "eu-west-1" | "ap-northeast-2" | "ap-northeast-1" | "ca-central-1" | "sa-east-1" | "cn-north-1" | "us-gov-west-1" | "ap-southeast-1" | "ap-southeast-2" | "eu-central-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
    /**
     * Bucket Name
     *
     * The S3 Bucket to use.
     *
     * Wire key: "aws.s3.bucket.name"
     * Set once: can be set at creation, never changed by an update.
     */
    awsS3BucketName: string;
    /**
     * Format
     *
     * The format to use when writing data to the store.
     *
     * Wire key: "format.user.defined"
     * Allowed values: "JSON Lines", "JSON Array", "Parquet"
     * @default "JSON Array"
     */
    format?: "JSON Lines" | "JSON Array" | "Parquet";
    /**
     * Filename Template
     *
     * The format of the filename. Static text can be added anywhere in the template, including at the start, to act as a directory prefix (e.g. dir1/dir2/{{topic}}-{{partition}}-{{start_offset}}).
     *
     * Wire key: "file.name.template"
     * @default "{{topic}}-{{partition}}-{{start_offset}}"
     */
    fileNameTemplate?: string;
    /**
     * Compression Type
     *
     * Compression type for files written to S3.
     *
     * Wire key: "file.compression.type"
     * Allowed values: "none", "gzip", "snappy", "zstd"
     * @default "gzip"
     */
    fileCompressionType?: "none" | "gzip" | "snappy" | "zstd";
    /**
     * Output Fields
     *
     * Fields to include in output. Options to include key, offset, timestamp, value, headers.
     *
     * Wire key: "format.output.fields.user.defined"
     * Allowed values: "key", "offset", "timestamp", "value", "headers"
     * @default ["value"]
     */
    formatOutputFields?: ("key" | "offset" | "timestamp" | "value" | "headers")[];
    /**
     * Output Envelope
     *
     * When enabled, each output record is wrapped in an envelope with Kafka metadata alongside the value. Disable to write only the record's own value structure.
     *
     * Wire key: "format.output.envelope"
     * @default true
     */
    formatOutputEnvelope?: boolean;
    /**
     * Max Records Per File
     *
     * Maximum number of records buffered into a single file before it is rotated. Set to 0 for unlimited.
     *
     * Wire key: "file.max.records"
     * @default 0
     */
    fileMaxRecords?: number;
    /**
     * Multipart Part Size (bytes)
     *
     * Size of each part in a multipart upload to S3, in bytes. AWS requires parts of at least 5MB (except the last part of a file).
     *
     * Wire key: "aws.s3.part.size.bytes"
     * @default 5242880
     */
    awsS3PartSizeBytes?: number;
    /**
     * Max Poll Records
     *
     * The maximum number of records returned in a single call to poll().
     *
     * Wire key: "consumer.override.max.poll.records"
     * @default 10000
     */
    consumerOverrideMaxPollRecords?: number;
    /**
     * Tasks
     *
     * The maximum number of active tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
}
/** S3 destinations connector ("s3") config exactly as the API sends and receives it. */
export interface S3DestinationWireConfig {
    /**
     * Authentication
     *
     * How Streamkap authenticates with S3: an AWS Access Key ID and Secret, or a cross-account IAM role assumed with a Role ARN and External ID.
     *
     * Wire key: "aws.auth.mode"
     * Allowed values: "Access Keys", "Cross-Account Role"
     * @default "Access Keys"
     */
    "aws.auth.mode"?: "Access Keys" | "Cross-Account Role";
    /**
     * AWS Access Key ID
     *
     * The AWS Access Key ID used to connect to S3.
     *
     * Wire key: "aws.access.key.id"
     * Required when awsAuthMode = "Access Keys".
     * Secret: never logged or echoed by the generated code.
     */
    "aws.access.key.id"?: string;
    /**
     * AWS Secret Access Key
     *
     * The AWS Secret Access Key used to connect to S3.
     *
     * Wire key: "aws.secret.access.key"
     * Required when awsAuthMode = "Access Keys".
     * Secret: never logged or echoed by the generated code.
     */
    "aws.secret.access.key"?: string;
    /**
     * IAM Role ARN
     *
     * ARN of the IAM role Streamkap should assume to write to your S3 bucket (e.g. arn:aws:iam::<your-account-id>:role/<role-name>).
     *
     * Wire key: "aws.sts.role.arn"
     * Required when awsAuthMode = "Cross-Account Role".
     */
    "aws.sts.role.arn"?: string;
    /**
     * External ID
     *
     * The External ID configured in your role's trust-policy condition. Streamkap passes this value verbatim when assuming the role.
     *
     * Wire key: "aws.sts.role.external.id"
     * Required when awsAuthMode = "Cross-Account Role".
     */
    "aws.sts.role.external.id"?: string;
    /**
     * Region
     *
     * The AWS region to be used
     *
     * Wire key: "aws.s3.region"
     * Allowed values: "ap-south-1", "eu-west-2", "eu-west-1", "ap-northeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1", "cn-north-1", "us-gov-west-1", "ap-southeast-1", "ap-southeast-2", "eu-central-1", "us-east-1", "us-east-2", "us-west-1", "us-west-2"
     * @default "us-west-2"
     */
    "aws.s3.region"?: "ap-south-1" | "eu-west-2" | "eu-west-1" | "ap-northeast-2" | "ap-northeast-1" | "ca-central-1" | "sa-east-1" | "cn-north-1" | "us-gov-west-1" | "ap-southeast-1" | "ap-southeast-2" | "eu-central-1" | "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2";
    /**
     * Bucket Name
     *
     * The S3 Bucket to use.
     *
     * Wire key: "aws.s3.bucket.name"
     * Set once: can be set at creation, never changed by an update.
     */
    "aws.s3.bucket.name": string;
    /**
     * Format
     *
     * The format to use when writing data to the store.
     *
     * Wire key: "format.user.defined"
     * Allowed values: "JSON Lines", "JSON Array", "Parquet"
     * @default "JSON Array"
     */
    "format.user.defined"?: "JSON Lines" | "JSON Array" | "Parquet";
    /**
     * Filename Template
     *
     * The format of the filename. Static text can be added anywhere in the template, including at the start, to act as a directory prefix (e.g. dir1/dir2/{{topic}}-{{partition}}-{{start_offset}}).
     *
     * Wire key: "file.name.template"
     * @default "{{topic}}-{{partition}}-{{start_offset}}"
     */
    "file.name.template"?: string;
    /**
     * Compression Type
     *
     * Compression type for files written to S3.
     *
     * Wire key: "file.compression.type"
     * Allowed values: "none", "gzip", "snappy", "zstd"
     * @default "gzip"
     */
    "file.compression.type"?: "none" | "gzip" | "snappy" | "zstd";
    /**
     * Output Fields
     *
     * Fields to include in output. Options to include key, offset, timestamp, value, headers.
     *
     * Wire key: "format.output.fields.user.defined"
     * Allowed values: "key", "offset", "timestamp", "value", "headers"
     * @default ["value"]
     */
    "format.output.fields.user.defined"?: ("key" | "offset" | "timestamp" | "value" | "headers")[];
    /**
     * Output Envelope
     *
     * When enabled, each output record is wrapped in an envelope with Kafka metadata alongside the value. Disable to write only the record's own value structure.
     *
     * Wire key: "format.output.envelope"
     * @default true
     */
    "format.output.envelope"?: boolean;
    /**
     * Max Records Per File
     *
     * Maximum number of records buffered into a single file before it is rotated. Set to 0 for unlimited.
     *
     * Wire key: "file.max.records"
     * @default 0
     */
    "file.max.records"?: number;
    /**
     * Multipart Part Size (bytes)
     *
     * Size of each part in a multipart upload to S3, in bytes. AWS requires parts of at least 5MB (except the last part of a file).
     *
     * Wire key: "aws.s3.part.size.bytes"
     * @default 5242880
     */
    "aws.s3.part.size.bytes"?: number;
    /**
     * Max Poll Records
     *
     * The maximum number of records returned in a single call to poll().
     *
     * Wire key: "consumer.override.max.poll.records"
     * @default 10000
     */
    "consumer.override.max.poll.records"?: number;
    /**
     * Tasks
     *
     * The maximum number of active tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type S3DestinationUpdateConfig = Omit<S3DestinationConfig, "awsS3BucketName"> & Partial<Pick<S3DestinationConfig, "awsS3BucketName">>;
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
    readonly awsAuthMode: "aws.auth.mode";
    readonly awsAccessKeyId: "aws.access.key.id";
    readonly awsSecretAccessKey: "aws.secret.access.key";
    readonly awsStsRoleArn: "aws.sts.role.arn";
    readonly awsStsRoleExternalId: "aws.sts.role.external.id";
    readonly awsS3Region: "aws.s3.region";
    readonly awsS3BucketName: "aws.s3.bucket.name";
    readonly format: "format.user.defined";
    readonly fileNameTemplate: "file.name.template";
    readonly fileCompressionType: "file.compression.type";
    readonly formatOutputFields: "format.output.fields.user.defined";
    readonly formatOutputEnvelope: "format.output.envelope";
    readonly fileMaxRecords: "file.max.records";
    readonly awsS3PartSizeBytes: "aws.s3.part.size.bytes";
    readonly consumerOverrideMaxPollRecords: "consumer.override.max.poll.records";
    readonly tasksMax: "tasks.max";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "aws.auth.mode": "awsAuthMode";
    readonly "aws.access.key.id": "awsAccessKeyId";
    readonly "aws.secret.access.key": "awsSecretAccessKey";
    readonly "aws.sts.role.arn": "awsStsRoleArn";
    readonly "aws.sts.role.external.id": "awsStsRoleExternalId";
    readonly "aws.s3.region": "awsS3Region";
    readonly "aws.s3.bucket.name": "awsS3BucketName";
    readonly "format.user.defined": "format";
    readonly "file.name.template": "fileNameTemplate";
    readonly "file.compression.type": "fileCompressionType";
    readonly "format.output.fields.user.defined": "formatOutputFields";
    readonly "format.output.envelope": "formatOutputEnvelope";
    readonly "file.max.records": "fileMaxRecords";
    readonly "aws.s3.part.size.bytes": "awsS3PartSizeBytes";
    readonly "consumer.override.max.poll.records": "consumerOverrideMaxPollRecords";
    readonly "tasks.max": "tasksMax";
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
/** A validated POST /destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, S3DestinationWireConfig>>;
/** A validated PUT /destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<S3DestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, S3DestinationWireConfig>>;
