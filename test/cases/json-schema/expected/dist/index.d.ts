import * as destinationsPostgres from "./destinations/postgres.gen.js";
export type { PostgresDestinationConfig, PostgresDestinationWireConfig, PostgresDestinationUpdateConfig, } from "./destinations/postgres.gen.js";
import * as sourcesGoogleDrive from "./sources/google_drive.gen.js";
export type { GoogleDriveSourceConfig, GoogleDriveSourceWireConfig, GoogleDriveSourceUpdateConfig, } from "./sources/google_drive.gen.js";
import * as sourcesKafkaCloud from "./sources/kafka-cloud.gen.js";
export type { KafkaCloudSourceConfig, KafkaCloudSourceWireConfig, KafkaCloudSourceUpdateConfig, } from "./sources/kafka-cloud.gen.js";
import * as sourcesS3 from "./sources/s3.gen.js";
export type { S3SourceConfig, S3SourceWireConfig, S3SourceUpdateConfig } from "./sources/s3.gen.js";
export { ConfigValidationError, deepEqual, suggestKey } from "./runtime.gen.js";
export type { ApiRequest, ConnectorSpec, KindApiSpec, Problem, ProblemCode, ValidateOptions } from "./runtime.gen.js";
export * from "./api.gen.js";
import type { Problem } from "./runtime.gen.js";
/** destinations connectors by code: `destinations.<code>.create(...)`. */
export declare const destinations: {
    readonly postgres: typeof destinationsPostgres;
};
/** sources connectors by code: `sources.<code>.create(...)`. */
export declare const sources: {
    readonly google_drive: typeof sourcesGoogleDrive;
    readonly "kafka-cloud": typeof sourcesKafkaCloud;
    readonly s3: typeof sourcesS3;
};
/** Every connector module, by kind and code. */
export declare const connectors: {
    readonly destinations: typeof destinations;
    readonly sources: typeof sources;
};
export type ConnectorKind = "destinations" | "sources";
/** Any connector's config, discriminated by kind and connector code. */
export type ConnectorConfig = {
    kind: "destinations";
    connector: "postgres";
    config: destinationsPostgres.PostgresDestinationConfig;
} | {
    kind: "sources";
    connector: "google_drive";
    config: sourcesGoogleDrive.GoogleDriveSourceConfig;
} | {
    kind: "sources";
    connector: "kafka-cloud";
    config: sourcesKafkaCloud.KafkaCloudSourceConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceConfig;
};
/** Any connector's wire config, discriminated by kind and connector code. */
export type ConnectorWireConfig = {
    kind: "destinations";
    connector: "postgres";
    config: destinationsPostgres.PostgresDestinationWireConfig;
} | {
    kind: "sources";
    connector: "google_drive";
    config: sourcesGoogleDrive.GoogleDriveSourceWireConfig;
} | {
    kind: "sources";
    connector: "kafka-cloud";
    config: sourcesKafkaCloud.KafkaCloudSourceWireConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceWireConfig;
};
/** Validates any connector's config; an unknown kind or code is a problem too. */
export declare function validateConnectorConfig(entry: ConnectorConfig): Problem[];
import type { DestinationCreateEnvelope, DestinationCreateOptions } from "./api.gen.js";
/** The config type of each destinations connector, by connector code. */
export interface DestinationConfigs {
    postgres: destinationsPostgres.PostgresDestinationConfig;
}
/** A destinations connector as a value: which one, its name and config, and the rest of the create body. */
export type DestinationDefinition<C extends keyof DestinationConfigs = keyof DestinationConfigs> = {
    [K in C]: DestinationCreateEnvelope & {
        provider: "demo";
        kind: "destinations";
        connector: K;
        config: DestinationConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineDestination({ connector: "postgres", name: "…", config: { … } });
 */
export declare function defineDestination<C extends keyof DestinationConfigs>(definition: Omit<DestinationDefinition<C>, "provider" | "kind"> & {
    provider?: "demo";
    kind?: "destinations";
}): DestinationDefinition<C>;
/** The validated create request for a definition made with `defineDestination`. */
export declare function createDestinationRequest<C extends keyof DestinationConfigs>(definition: DestinationDefinition<C>, options: DestinationCreateOptions): ReturnType<(typeof destinations)[C]["create"]>;
import type { SourceCreateEnvelope, SourceCreateOptions } from "./api.gen.js";
/** The config type of each sources connector, by connector code. */
export interface SourceConfigs {
    google_drive: sourcesGoogleDrive.GoogleDriveSourceConfig;
    "kafka-cloud": sourcesKafkaCloud.KafkaCloudSourceConfig;
    s3: sourcesS3.S3SourceConfig;
}
/** A sources connector as a value: which one, its name and config, and the rest of the create body. */
export type SourceDefinition<C extends keyof SourceConfigs = keyof SourceConfigs> = {
    [K in C]: SourceCreateEnvelope & {
        provider: "demo";
        kind: "sources";
        connector: K;
        config: SourceConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineSource({ connector: "google_drive", name: "…", config: { … } });
 */
export declare function defineSource<C extends keyof SourceConfigs>(definition: Omit<SourceDefinition<C>, "provider" | "kind"> & {
    provider?: "demo";
    kind?: "sources";
}): SourceDefinition<C>;
/** The validated create request for a definition made with `defineSource`. */
export declare function createSourceRequest<C extends keyof SourceConfigs>(definition: SourceDefinition<C>, options: SourceCreateOptions): ReturnType<(typeof sources)[C]["create"]>;
