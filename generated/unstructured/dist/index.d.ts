import * as destinationsPinecone from "./destinations/pinecone.gen.js";
export type { PineconeDestinationConfig, PineconeDestinationWireConfig, PineconeDestinationUpdateConfig, } from "./destinations/pinecone.gen.js";
import * as destinationsPostgres from "./destinations/postgres.gen.js";
export type { PostgresDestinationConfig, PostgresDestinationWireConfig, PostgresDestinationUpdateConfig, } from "./destinations/postgres.gen.js";
import * as destinationsS3 from "./destinations/s3.gen.js";
export type { S3DestinationConfig, S3DestinationWireConfig, S3DestinationUpdateConfig } from "./destinations/s3.gen.js";
import * as destinationsWeaviate from "./destinations/weaviate.gen.js";
export type { WeaviateDestinationConfig, WeaviateDestinationWireConfig, WeaviateDestinationUpdateConfig, } from "./destinations/weaviate.gen.js";
import * as sourcesAzure from "./sources/azure.gen.js";
export type { AzureSourceConfig, AzureSourceWireConfig, AzureSourceUpdateConfig } from "./sources/azure.gen.js";
import * as sourcesBox from "./sources/box.gen.js";
export type { BoxSourceConfig, BoxSourceWireConfig, BoxSourceUpdateConfig } from "./sources/box.gen.js";
import * as sourcesConfluence from "./sources/confluence.gen.js";
export type { ConfluenceSourceConfig, ConfluenceSourceWireConfig, ConfluenceSourceUpdateConfig, } from "./sources/confluence.gen.js";
import * as sourcesCouchbase from "./sources/couchbase.gen.js";
export type { CouchbaseSourceConfig, CouchbaseSourceWireConfig, CouchbaseSourceUpdateConfig, } from "./sources/couchbase.gen.js";
import * as sourcesDatabricksVolumes from "./sources/databricks_volumes.gen.js";
export type { DatabricksVolumesSourceConfig, DatabricksVolumesSourceWireConfig, DatabricksVolumesSourceUpdateConfig, } from "./sources/databricks_volumes.gen.js";
import * as sourcesDropbox from "./sources/dropbox.gen.js";
export type { DropboxSourceConfig, DropboxSourceWireConfig, DropboxSourceUpdateConfig } from "./sources/dropbox.gen.js";
import * as sourcesElasticsearch from "./sources/elasticsearch.gen.js";
export type { ElasticsearchSourceConfig, ElasticsearchSourceWireConfig, ElasticsearchSourceUpdateConfig, } from "./sources/elasticsearch.gen.js";
import * as sourcesGcs from "./sources/gcs.gen.js";
export type { GcsSourceConfig, GcsSourceWireConfig, GcsSourceUpdateConfig } from "./sources/gcs.gen.js";
import * as sourcesGoogleDrive from "./sources/google_drive.gen.js";
export type { GoogleDriveSourceConfig, GoogleDriveSourceWireConfig, GoogleDriveSourceUpdateConfig, } from "./sources/google_drive.gen.js";
import * as sourcesJira from "./sources/jira.gen.js";
export type { JiraSourceConfig, JiraSourceWireConfig, JiraSourceUpdateConfig } from "./sources/jira.gen.js";
import * as sourcesKafkaCloud from "./sources/kafka-cloud.gen.js";
export type { KafkaCloudSourceConfig, KafkaCloudSourceWireConfig, KafkaCloudSourceUpdateConfig, } from "./sources/kafka-cloud.gen.js";
import * as sourcesMongodb from "./sources/mongodb.gen.js";
export type { MongodbSourceConfig, MongodbSourceWireConfig, MongodbSourceUpdateConfig } from "./sources/mongodb.gen.js";
import * as sourcesOnedrive from "./sources/onedrive.gen.js";
export type { OnedriveSourceConfig, OnedriveSourceWireConfig, OnedriveSourceUpdateConfig, } from "./sources/onedrive.gen.js";
import * as sourcesOpensearch from "./sources/opensearch.gen.js";
export type { OpensearchSourceConfig, OpensearchSourceWireConfig, OpensearchSourceUpdateConfig, } from "./sources/opensearch.gen.js";
import * as sourcesOutlook from "./sources/outlook.gen.js";
export type { OutlookSourceConfig, OutlookSourceWireConfig, OutlookSourceUpdateConfig } from "./sources/outlook.gen.js";
import * as sourcesPostgres from "./sources/postgres.gen.js";
export type { PostgresSourceConfig, PostgresSourceWireConfig, PostgresSourceUpdateConfig, } from "./sources/postgres.gen.js";
import * as sourcesS3 from "./sources/s3.gen.js";
export type { S3SourceConfig, S3SourceWireConfig, S3SourceUpdateConfig } from "./sources/s3.gen.js";
import * as sourcesSalesforce from "./sources/salesforce.gen.js";
export type { SalesforceSourceConfig, SalesforceSourceWireConfig, SalesforceSourceUpdateConfig, } from "./sources/salesforce.gen.js";
import * as sourcesSharepoint from "./sources/sharepoint.gen.js";
export type { SharepointSourceConfig, SharepointSourceWireConfig, SharepointSourceUpdateConfig, } from "./sources/sharepoint.gen.js";
import * as sourcesSnowflake from "./sources/snowflake.gen.js";
export type { SnowflakeSourceConfig, SnowflakeSourceWireConfig, SnowflakeSourceUpdateConfig, } from "./sources/snowflake.gen.js";
import * as sourcesTeradata from "./sources/teradata.gen.js";
export type { TeradataSourceConfig, TeradataSourceWireConfig, TeradataSourceUpdateConfig, } from "./sources/teradata.gen.js";
import * as sourcesZendesk from "./sources/zendesk.gen.js";
export type { ZendeskSourceConfig, ZendeskSourceWireConfig, ZendeskSourceUpdateConfig } from "./sources/zendesk.gen.js";
export { ConfigValidationError, deepEqual, suggestKey } from "./runtime.gen.js";
export type { ApiRequest, ConnectorSpec, KindApiSpec, Problem, ProblemCode, ValidateOptions } from "./runtime.gen.js";
export * from "./api.gen.js";
import type { Problem } from "./runtime.gen.js";
/** destinations connectors by code: `destinations.<code>.create(...)`. */
export declare const destinations: {
    readonly pinecone: typeof destinationsPinecone;
    readonly postgres: typeof destinationsPostgres;
    readonly s3: typeof destinationsS3;
    readonly weaviate: typeof destinationsWeaviate;
};
/** sources connectors by code: `sources.<code>.create(...)`. */
export declare const sources: {
    readonly azure: typeof sourcesAzure;
    readonly box: typeof sourcesBox;
    readonly confluence: typeof sourcesConfluence;
    readonly couchbase: typeof sourcesCouchbase;
    readonly databricks_volumes: typeof sourcesDatabricksVolumes;
    readonly dropbox: typeof sourcesDropbox;
    readonly elasticsearch: typeof sourcesElasticsearch;
    readonly gcs: typeof sourcesGcs;
    readonly google_drive: typeof sourcesGoogleDrive;
    readonly jira: typeof sourcesJira;
    readonly "kafka-cloud": typeof sourcesKafkaCloud;
    readonly mongodb: typeof sourcesMongodb;
    readonly onedrive: typeof sourcesOnedrive;
    readonly opensearch: typeof sourcesOpensearch;
    readonly outlook: typeof sourcesOutlook;
    readonly postgres: typeof sourcesPostgres;
    readonly s3: typeof sourcesS3;
    readonly salesforce: typeof sourcesSalesforce;
    readonly sharepoint: typeof sourcesSharepoint;
    readonly snowflake: typeof sourcesSnowflake;
    readonly teradata: typeof sourcesTeradata;
    readonly zendesk: typeof sourcesZendesk;
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
    connector: "pinecone";
    config: destinationsPinecone.PineconeDestinationConfig;
} | {
    kind: "destinations";
    connector: "postgres";
    config: destinationsPostgres.PostgresDestinationConfig;
} | {
    kind: "destinations";
    connector: "s3";
    config: destinationsS3.S3DestinationConfig;
} | {
    kind: "destinations";
    connector: "weaviate";
    config: destinationsWeaviate.WeaviateDestinationConfig;
} | {
    kind: "sources";
    connector: "azure";
    config: sourcesAzure.AzureSourceConfig;
} | {
    kind: "sources";
    connector: "box";
    config: sourcesBox.BoxSourceConfig;
} | {
    kind: "sources";
    connector: "confluence";
    config: sourcesConfluence.ConfluenceSourceConfig;
} | {
    kind: "sources";
    connector: "couchbase";
    config: sourcesCouchbase.CouchbaseSourceConfig;
} | {
    kind: "sources";
    connector: "databricks_volumes";
    config: sourcesDatabricksVolumes.DatabricksVolumesSourceConfig;
} | {
    kind: "sources";
    connector: "dropbox";
    config: sourcesDropbox.DropboxSourceConfig;
} | {
    kind: "sources";
    connector: "elasticsearch";
    config: sourcesElasticsearch.ElasticsearchSourceConfig;
} | {
    kind: "sources";
    connector: "gcs";
    config: sourcesGcs.GcsSourceConfig;
} | {
    kind: "sources";
    connector: "google_drive";
    config: sourcesGoogleDrive.GoogleDriveSourceConfig;
} | {
    kind: "sources";
    connector: "jira";
    config: sourcesJira.JiraSourceConfig;
} | {
    kind: "sources";
    connector: "kafka-cloud";
    config: sourcesKafkaCloud.KafkaCloudSourceConfig;
} | {
    kind: "sources";
    connector: "mongodb";
    config: sourcesMongodb.MongodbSourceConfig;
} | {
    kind: "sources";
    connector: "onedrive";
    config: sourcesOnedrive.OnedriveSourceConfig;
} | {
    kind: "sources";
    connector: "opensearch";
    config: sourcesOpensearch.OpensearchSourceConfig;
} | {
    kind: "sources";
    connector: "outlook";
    config: sourcesOutlook.OutlookSourceConfig;
} | {
    kind: "sources";
    connector: "postgres";
    config: sourcesPostgres.PostgresSourceConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceConfig;
} | {
    kind: "sources";
    connector: "salesforce";
    config: sourcesSalesforce.SalesforceSourceConfig;
} | {
    kind: "sources";
    connector: "sharepoint";
    config: sourcesSharepoint.SharepointSourceConfig;
} | {
    kind: "sources";
    connector: "snowflake";
    config: sourcesSnowflake.SnowflakeSourceConfig;
} | {
    kind: "sources";
    connector: "teradata";
    config: sourcesTeradata.TeradataSourceConfig;
} | {
    kind: "sources";
    connector: "zendesk";
    config: sourcesZendesk.ZendeskSourceConfig;
};
/** Any connector's wire config, discriminated by kind and connector code. */
export type ConnectorWireConfig = {
    kind: "destinations";
    connector: "pinecone";
    config: destinationsPinecone.PineconeDestinationWireConfig;
} | {
    kind: "destinations";
    connector: "postgres";
    config: destinationsPostgres.PostgresDestinationWireConfig;
} | {
    kind: "destinations";
    connector: "s3";
    config: destinationsS3.S3DestinationWireConfig;
} | {
    kind: "destinations";
    connector: "weaviate";
    config: destinationsWeaviate.WeaviateDestinationWireConfig;
} | {
    kind: "sources";
    connector: "azure";
    config: sourcesAzure.AzureSourceWireConfig;
} | {
    kind: "sources";
    connector: "box";
    config: sourcesBox.BoxSourceWireConfig;
} | {
    kind: "sources";
    connector: "confluence";
    config: sourcesConfluence.ConfluenceSourceWireConfig;
} | {
    kind: "sources";
    connector: "couchbase";
    config: sourcesCouchbase.CouchbaseSourceWireConfig;
} | {
    kind: "sources";
    connector: "databricks_volumes";
    config: sourcesDatabricksVolumes.DatabricksVolumesSourceWireConfig;
} | {
    kind: "sources";
    connector: "dropbox";
    config: sourcesDropbox.DropboxSourceWireConfig;
} | {
    kind: "sources";
    connector: "elasticsearch";
    config: sourcesElasticsearch.ElasticsearchSourceWireConfig;
} | {
    kind: "sources";
    connector: "gcs";
    config: sourcesGcs.GcsSourceWireConfig;
} | {
    kind: "sources";
    connector: "google_drive";
    config: sourcesGoogleDrive.GoogleDriveSourceWireConfig;
} | {
    kind: "sources";
    connector: "jira";
    config: sourcesJira.JiraSourceWireConfig;
} | {
    kind: "sources";
    connector: "kafka-cloud";
    config: sourcesKafkaCloud.KafkaCloudSourceWireConfig;
} | {
    kind: "sources";
    connector: "mongodb";
    config: sourcesMongodb.MongodbSourceWireConfig;
} | {
    kind: "sources";
    connector: "onedrive";
    config: sourcesOnedrive.OnedriveSourceWireConfig;
} | {
    kind: "sources";
    connector: "opensearch";
    config: sourcesOpensearch.OpensearchSourceWireConfig;
} | {
    kind: "sources";
    connector: "outlook";
    config: sourcesOutlook.OutlookSourceWireConfig;
} | {
    kind: "sources";
    connector: "postgres";
    config: sourcesPostgres.PostgresSourceWireConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceWireConfig;
} | {
    kind: "sources";
    connector: "salesforce";
    config: sourcesSalesforce.SalesforceSourceWireConfig;
} | {
    kind: "sources";
    connector: "sharepoint";
    config: sourcesSharepoint.SharepointSourceWireConfig;
} | {
    kind: "sources";
    connector: "snowflake";
    config: sourcesSnowflake.SnowflakeSourceWireConfig;
} | {
    kind: "sources";
    connector: "teradata";
    config: sourcesTeradata.TeradataSourceWireConfig;
} | {
    kind: "sources";
    connector: "zendesk";
    config: sourcesZendesk.ZendeskSourceWireConfig;
};
/** Validates any connector's config; an unknown kind or code is a problem too. */
export declare function validateConnectorConfig(entry: ConnectorConfig): Problem[];
import type { DestinationCreateEnvelope, DestinationCreateOptions } from "./api.gen.js";
/** The config type of each destinations connector, by connector code. */
export interface DestinationConfigs {
    pinecone: destinationsPinecone.PineconeDestinationConfig;
    postgres: destinationsPostgres.PostgresDestinationConfig;
    s3: destinationsS3.S3DestinationConfig;
    weaviate: destinationsWeaviate.WeaviateDestinationConfig;
}
/** A destinations connector as a value: which one, its name and config, and the rest of the create body. */
export type DestinationDefinition<C extends keyof DestinationConfigs = keyof DestinationConfigs> = {
    [K in C]: DestinationCreateEnvelope & {
        provider: "unstructured";
        kind: "destinations";
        connector: K;
        config: DestinationConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineDestination({ connector: "pinecone", name: "…", config: { … } });
 */
export declare function defineDestination<C extends keyof DestinationConfigs>(definition: Omit<DestinationDefinition<C>, "provider" | "kind"> & {
    provider?: "unstructured";
    kind?: "destinations";
}): DestinationDefinition<C>;
/** The validated create request for a definition made with `defineDestination`. */
export declare function createDestinationRequest<C extends keyof DestinationConfigs>(definition: DestinationDefinition<C>, options: DestinationCreateOptions): ReturnType<(typeof destinations)[C]["create"]>;
import type { SourceCreateEnvelope, SourceCreateOptions } from "./api.gen.js";
/** The config type of each sources connector, by connector code. */
export interface SourceConfigs {
    azure: sourcesAzure.AzureSourceConfig;
    box: sourcesBox.BoxSourceConfig;
    confluence: sourcesConfluence.ConfluenceSourceConfig;
    couchbase: sourcesCouchbase.CouchbaseSourceConfig;
    databricks_volumes: sourcesDatabricksVolumes.DatabricksVolumesSourceConfig;
    dropbox: sourcesDropbox.DropboxSourceConfig;
    elasticsearch: sourcesElasticsearch.ElasticsearchSourceConfig;
    gcs: sourcesGcs.GcsSourceConfig;
    google_drive: sourcesGoogleDrive.GoogleDriveSourceConfig;
    jira: sourcesJira.JiraSourceConfig;
    "kafka-cloud": sourcesKafkaCloud.KafkaCloudSourceConfig;
    mongodb: sourcesMongodb.MongodbSourceConfig;
    onedrive: sourcesOnedrive.OnedriveSourceConfig;
    opensearch: sourcesOpensearch.OpensearchSourceConfig;
    outlook: sourcesOutlook.OutlookSourceConfig;
    postgres: sourcesPostgres.PostgresSourceConfig;
    s3: sourcesS3.S3SourceConfig;
    salesforce: sourcesSalesforce.SalesforceSourceConfig;
    sharepoint: sourcesSharepoint.SharepointSourceConfig;
    snowflake: sourcesSnowflake.SnowflakeSourceConfig;
    teradata: sourcesTeradata.TeradataSourceConfig;
    zendesk: sourcesZendesk.ZendeskSourceConfig;
}
/** A sources connector as a value: which one, its name and config, and the rest of the create body. */
export type SourceDefinition<C extends keyof SourceConfigs = keyof SourceConfigs> = {
    [K in C]: SourceCreateEnvelope & {
        provider: "unstructured";
        kind: "sources";
        connector: K;
        config: SourceConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineSource({ connector: "azure", name: "…", config: { … } });
 */
export declare function defineSource<C extends keyof SourceConfigs>(definition: Omit<SourceDefinition<C>, "provider" | "kind"> & {
    provider?: "unstructured";
    kind?: "sources";
}): SourceDefinition<C>;
/** The validated create request for a definition made with `defineSource`. */
export declare function createSourceRequest<C extends keyof SourceConfigs>(definition: SourceDefinition<C>, options: SourceCreateOptions): ReturnType<(typeof sources)[C]["create"]>;
