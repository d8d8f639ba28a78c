import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "dynamodb";
export declare const displayName = "DynamoDB";
/**
 * DynamoDB
 *
 * Stream item-level changes from Amazon DynamoDB tables through DynamoDB Streams, using S3 table exports for backfills.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface DynamodbSourceConfig {
    /**
     * AWS Region
     *
     * AWS region of the DynamoDB tables.
     *
     * Wire key: "aws.region"
     * Allowed values: "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-central-1", "ap-south-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2"
     * Set once: can be set at creation, never changed by an update.
     * @default "us-east-1"
     */
    awsRegion?: "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2" | "ca-central-1" | "sa-east-1" | "eu-west-1" | "eu-west-2" | "eu-central-1" | "ap-south-1" | "ap-northeast-1" | "ap-southeast-1" | "ap-southeast-2";
    /**
     * AWS Access Key ID
     *
     * AWS access key ID of an IAM user with DynamoDB, DynamoDB Streams and S3 export permissions.
     *
     * Wire key: "aws.access.key.id"
     * Secret: never logged or echoed by the generated code.
     */
    awsAccessKeyId: string;
    /**
     * AWS Secret Key
     *
     * AWS secret access key for the access key ID above.
     *
     * Wire key: "aws.secret.key"
     * Secret: never logged or echoed by the generated code.
     */
    awsSecretKey: string;
    /**
     * S3 Export Bucket
     *
     * S3 bucket used for table exports during backfills (snapshots).
     *
     * Wire key: "s3.export.bucket.name"
     */
    s3ExportBucketName: string;
    /**
     * Tables
     *
     * Source tables to sync. Each table must have DynamoDB Streams enabled with NEW_AND_OLD_IMAGES.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * DynamoDB Service Endpoint
     *
     * Optional DynamoDB API endpoint. The default AWS endpoint for the region is used when empty.
     *
     * Wire key: "dynamodb.service.endpoint"
     */
    dynamodbServiceEndpoint?: string;
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 40
     * @default 10
     */
    tasksMax?: number;
    /**
     * Batch Size
     *
     * Maximum number of records returned per DynamoDB Streams GetRecords call.
     *
     * Wire key: "batch.size"
     * @default 1000
     */
    batchSize?: number;
    /**
     * Poll Timeout (ms)
     *
     * How long a task waits for new stream records before returning control to the worker.
     *
     * Wire key: "poll.timeout.ms"
     * @default 500
     */
    pollTimeoutMs?: number;
    /**
     * Parallel Snapshot Time Offset (ms)
     *
     * If greater than 0, the snapshot runs in parallel with streaming and the `_streamkap_ts_ms` of snapshot records is set back in time by this amount so CDC events take priority downstream.
     *
     * Wire key: "snapshot.parallel.time.offset"
     * @default 0
     */
    snapshotParallelTimeOffset?: number;
    /**
     * Incremental Snapshot Chunk Size
     *
     * Number of items read per chunk during an incremental snapshot.
     *
     * Wire key: "incremental.snapshot.chunk.size"
     * @default 1024
     */
    incrementalSnapshotChunkSize?: number;
    /**
     * Incremental Snapshot Threads
     *
     * Maximum number of threads used for incremental snapshots.
     *
     * Wire key: "incremental.snapshot.max.threads"
     * Range: 1 to 16
     * @default 4
     */
    incrementalSnapshotMaxThreads?: number;
    /**
     * Full Export Expiration (ms)
     *
     * How long a completed S3 table export remains usable before a new export is requested.
     *
     * Wire key: "full.export.expiration.time.ms"
     * @default 86400000
     */
    fullExportExpirationTimeMs?: number;
    /**
     * Signal Poll Timeout (ms)
     *
     * Timeout used when polling the Kafka signal topic for snapshot requests.
     *
     * Wire key: "signal.kafka.poll.timeout.ms"
     * @default 100
     */
    signalKafkaPollTimeoutMs?: number;
    /**
     * Encode Lists as JSON
     *
     * Force nested lists to be emitted as JSON strings.
     *
     * Wire key: "array.encoding.json"
     * @default true
     */
    arrayEncodingJson?: boolean;
    /**
     * Encode Maps as JSON
     *
     * Force nested maps to be emitted as JSON strings.
     *
     * Wire key: "struct.encoding.json"
     * @default true
     */
    structEncodingJson?: boolean;
}
/** DynamoDB sources connector ("dynamodb") config exactly as the API sends and receives it. */
export interface DynamodbSourceWireConfig {
    /**
     * AWS Region
     *
     * AWS region of the DynamoDB tables.
     *
     * Wire key: "aws.region"
     * Allowed values: "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1", "eu-west-1", "eu-west-2", "eu-central-1", "ap-south-1", "ap-northeast-1", "ap-southeast-1", "ap-southeast-2"
     * Set once: can be set at creation, never changed by an update.
     * @default "us-east-1"
     */
    "aws.region"?: "us-east-1" | "us-east-2" | "us-west-1" | "us-west-2" | "ca-central-1" | "sa-east-1" | "eu-west-1" | "eu-west-2" | "eu-central-1" | "ap-south-1" | "ap-northeast-1" | "ap-southeast-1" | "ap-southeast-2";
    /**
     * AWS Access Key ID
     *
     * AWS access key ID of an IAM user with DynamoDB, DynamoDB Streams and S3 export permissions.
     *
     * Wire key: "aws.access.key.id"
     * Secret: never logged or echoed by the generated code.
     */
    "aws.access.key.id": string;
    /**
     * AWS Secret Key
     *
     * AWS secret access key for the access key ID above.
     *
     * Wire key: "aws.secret.key"
     * Secret: never logged or echoed by the generated code.
     */
    "aws.secret.key": string;
    /**
     * S3 Export Bucket
     *
     * S3 bucket used for table exports during backfills (snapshots).
     *
     * Wire key: "s3.export.bucket.name"
     */
    "s3.export.bucket.name": string;
    /**
     * Tables
     *
     * Source tables to sync. Each table must have DynamoDB Streams enabled with NEW_AND_OLD_IMAGES.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * DynamoDB Service Endpoint
     *
     * Optional DynamoDB API endpoint. The default AWS endpoint for the region is used when empty.
     *
     * Wire key: "dynamodb.service.endpoint"
     */
    "dynamodb.service.endpoint"?: string;
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 40
     * @default 10
     */
    "tasks.max"?: number;
    /**
     * Batch Size
     *
     * Maximum number of records returned per DynamoDB Streams GetRecords call.
     *
     * Wire key: "batch.size"
     * @default 1000
     */
    "batch.size"?: number;
    /**
     * Poll Timeout (ms)
     *
     * How long a task waits for new stream records before returning control to the worker.
     *
     * Wire key: "poll.timeout.ms"
     * @default 500
     */
    "poll.timeout.ms"?: number;
    /**
     * Parallel Snapshot Time Offset (ms)
     *
     * If greater than 0, the snapshot runs in parallel with streaming and the `_streamkap_ts_ms` of snapshot records is set back in time by this amount so CDC events take priority downstream.
     *
     * Wire key: "snapshot.parallel.time.offset"
     * @default 0
     */
    "snapshot.parallel.time.offset"?: number;
    /**
     * Incremental Snapshot Chunk Size
     *
     * Number of items read per chunk during an incremental snapshot.
     *
     * Wire key: "incremental.snapshot.chunk.size"
     * @default 1024
     */
    "incremental.snapshot.chunk.size"?: number;
    /**
     * Incremental Snapshot Threads
     *
     * Maximum number of threads used for incremental snapshots.
     *
     * Wire key: "incremental.snapshot.max.threads"
     * Range: 1 to 16
     * @default 4
     */
    "incremental.snapshot.max.threads"?: number;
    /**
     * Full Export Expiration (ms)
     *
     * How long a completed S3 table export remains usable before a new export is requested.
     *
     * Wire key: "full.export.expiration.time.ms"
     * @default 86400000
     */
    "full.export.expiration.time.ms"?: number;
    /**
     * Signal Poll Timeout (ms)
     *
     * Timeout used when polling the Kafka signal topic for snapshot requests.
     *
     * Wire key: "signal.kafka.poll.timeout.ms"
     * @default 100
     */
    "signal.kafka.poll.timeout.ms"?: number;
    /**
     * Encode Lists as JSON
     *
     * Force nested lists to be emitted as JSON strings.
     *
     * Wire key: "array.encoding.json"
     * @default true
     */
    "array.encoding.json"?: boolean;
    /**
     * Encode Maps as JSON
     *
     * Force nested maps to be emitted as JSON strings.
     *
     * Wire key: "struct.encoding.json"
     * @default true
     */
    "struct.encoding.json"?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type DynamodbSourceUpdateConfig = Omit<DynamodbSourceConfig, "awsRegion"> & Partial<Pick<DynamodbSourceConfig, "awsRegion">>;
export type Config = DynamodbSourceConfig;
export type WireConfig = DynamodbSourceWireConfig;
export type UpdateConfig = DynamodbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: DynamodbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: DynamodbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly awsRegion: "aws.region";
    readonly awsAccessKeyId: "aws.access.key.id";
    readonly awsSecretKey: "aws.secret.key";
    readonly s3ExportBucketName: "s3.export.bucket.name";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly dynamodbServiceEndpoint: "dynamodb.service.endpoint";
    readonly tasksMax: "tasks.max";
    readonly batchSize: "batch.size";
    readonly pollTimeoutMs: "poll.timeout.ms";
    readonly snapshotParallelTimeOffset: "snapshot.parallel.time.offset";
    readonly incrementalSnapshotChunkSize: "incremental.snapshot.chunk.size";
    readonly incrementalSnapshotMaxThreads: "incremental.snapshot.max.threads";
    readonly fullExportExpirationTimeMs: "full.export.expiration.time.ms";
    readonly signalKafkaPollTimeoutMs: "signal.kafka.poll.timeout.ms";
    readonly arrayEncodingJson: "array.encoding.json";
    readonly structEncodingJson: "struct.encoding.json";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "aws.region": "awsRegion";
    readonly "aws.access.key.id": "awsAccessKeyId";
    readonly "aws.secret.key": "awsSecretKey";
    readonly "s3.export.bucket.name": "s3ExportBucketName";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "dynamodb.service.endpoint": "dynamodbServiceEndpoint";
    readonly "tasks.max": "tasksMax";
    readonly "batch.size": "batchSize";
    readonly "poll.timeout.ms": "pollTimeoutMs";
    readonly "snapshot.parallel.time.offset": "snapshotParallelTimeOffset";
    readonly "incremental.snapshot.chunk.size": "incrementalSnapshotChunkSize";
    readonly "incremental.snapshot.max.threads": "incrementalSnapshotMaxThreads";
    readonly "full.export.expiration.time.ms": "fullExportExpirationTimeMs";
    readonly "signal.kafka.poll.timeout.ms": "signalKafkaPollTimeoutMs";
    readonly "array.encoding.json": "arrayEncodingJson";
    readonly "struct.encoding.json": "structEncodingJson";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: DynamodbSourceConfig): DynamodbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: DynamodbSourceWireConfig | Readonly<Record<string, unknown>>): DynamodbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is DynamodbSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, DynamodbSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<DynamodbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, DynamodbSourceWireConfig>>;
