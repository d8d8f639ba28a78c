import * as destinationsClickhouse from "./destinations/clickhouse.gen.js";
export type { ClickhouseDestinationConfig, ClickhouseDestinationWireConfig, ClickhouseDestinationUpdateConfig, } from "./destinations/clickhouse.gen.js";
import * as destinationsPostgresql from "./destinations/postgresql.gen.js";
export type { PostgresqlDestinationConfig, PostgresqlDestinationWireConfig, PostgresqlDestinationUpdateConfig, } from "./destinations/postgresql.gen.js";
import * as destinationsS3 from "./destinations/s3.gen.js";
export type { S3DestinationConfig, S3DestinationWireConfig, S3DestinationUpdateConfig } from "./destinations/s3.gen.js";
import * as destinationsSnowflake from "./destinations/snowflake.gen.js";
export type { SnowflakeDestinationConfig, SnowflakeDestinationWireConfig, SnowflakeDestinationUpdateConfig, } from "./destinations/snowflake.gen.js";
import * as sourcesAlloydb from "./sources/alloydb.gen.js";
export type { AlloydbSourceConfig, AlloydbSourceWireConfig, AlloydbSourceUpdateConfig } from "./sources/alloydb.gen.js";
import * as sourcesDb2 from "./sources/db2.gen.js";
export type { Db2SourceConfig, Db2SourceWireConfig, Db2SourceUpdateConfig } from "./sources/db2.gen.js";
import * as sourcesDocumentdb from "./sources/documentdb.gen.js";
export type { DocumentdbSourceConfig, DocumentdbSourceWireConfig, DocumentdbSourceUpdateConfig, } from "./sources/documentdb.gen.js";
import * as sourcesDynamodb from "./sources/dynamodb.gen.js";
export type { DynamodbSourceConfig, DynamodbSourceWireConfig, DynamodbSourceUpdateConfig, } from "./sources/dynamodb.gen.js";
import * as sourcesElasticsearch from "./sources/elasticsearch.gen.js";
export type { ElasticsearchSourceConfig, ElasticsearchSourceWireConfig, ElasticsearchSourceUpdateConfig, } from "./sources/elasticsearch.gen.js";
import * as sourcesInformix from "./sources/informix.gen.js";
export type { InformixSourceConfig, InformixSourceWireConfig, InformixSourceUpdateConfig, } from "./sources/informix.gen.js";
import * as sourcesKafkadirect from "./sources/kafkadirect.gen.js";
export type { KafkadirectSourceConfig, KafkadirectSourceWireConfig, KafkadirectSourceUpdateConfig, } from "./sources/kafkadirect.gen.js";
import * as sourcesMariadb from "./sources/mariadb.gen.js";
export type { MariadbSourceConfig, MariadbSourceWireConfig, MariadbSourceUpdateConfig } from "./sources/mariadb.gen.js";
import * as sourcesMongodb from "./sources/mongodb.gen.js";
export type { MongodbSourceConfig, MongodbSourceWireConfig, MongodbSourceUpdateConfig } from "./sources/mongodb.gen.js";
import * as sourcesMysql from "./sources/mysql.gen.js";
export type { MysqlSourceConfig, MysqlSourceWireConfig, MysqlSourceUpdateConfig } from "./sources/mysql.gen.js";
import * as sourcesOracle from "./sources/oracle.gen.js";
export type { OracleSourceConfig, OracleSourceWireConfig, OracleSourceUpdateConfig } from "./sources/oracle.gen.js";
import * as sourcesPlanetscale from "./sources/planetscale.gen.js";
export type { PlanetscaleSourceConfig, PlanetscaleSourceWireConfig, PlanetscaleSourceUpdateConfig, } from "./sources/planetscale.gen.js";
import * as sourcesPostgresql from "./sources/postgresql.gen.js";
export type { PostgresqlSourceConfig, PostgresqlSourceWireConfig, PostgresqlSourceUpdateConfig, } from "./sources/postgresql.gen.js";
import * as sourcesS3 from "./sources/s3.gen.js";
export type { S3SourceConfig, S3SourceWireConfig, S3SourceUpdateConfig } from "./sources/s3.gen.js";
import * as sourcesSalesforceWebhook from "./sources/salesforce_webhook.gen.js";
export type { SalesforceWebhookSourceConfig, SalesforceWebhookSourceWireConfig, SalesforceWebhookSourceUpdateConfig, } from "./sources/salesforce_webhook.gen.js";
import * as sourcesShopifyWebhook from "./sources/shopify_webhook.gen.js";
export type { ShopifyWebhookSourceConfig, ShopifyWebhookSourceWireConfig, ShopifyWebhookSourceUpdateConfig, } from "./sources/shopify_webhook.gen.js";
import * as sourcesSqlserveraws from "./sources/sqlserveraws.gen.js";
export type { SqlserverawsSourceConfig, SqlserverawsSourceWireConfig, SqlserverawsSourceUpdateConfig, } from "./sources/sqlserveraws.gen.js";
import * as sourcesStripeWebhook from "./sources/stripe_webhook.gen.js";
export type { StripeWebhookSourceConfig, StripeWebhookSourceWireConfig, StripeWebhookSourceUpdateConfig, } from "./sources/stripe_webhook.gen.js";
import * as sourcesSupabase from "./sources/supabase.gen.js";
export type { SupabaseSourceConfig, SupabaseSourceWireConfig, SupabaseSourceUpdateConfig, } from "./sources/supabase.gen.js";
import * as sourcesVitess from "./sources/vitess.gen.js";
export type { VitessSourceConfig, VitessSourceWireConfig, VitessSourceUpdateConfig } from "./sources/vitess.gen.js";
import * as sourcesWebhook from "./sources/webhook.gen.js";
export type { WebhookSourceConfig, WebhookSourceWireConfig, WebhookSourceUpdateConfig } from "./sources/webhook.gen.js";
import * as sourcesZendeskWebhook from "./sources/zendesk_webhook.gen.js";
export type { ZendeskWebhookSourceConfig, ZendeskWebhookSourceWireConfig, ZendeskWebhookSourceUpdateConfig, } from "./sources/zendesk_webhook.gen.js";
export { ConfigValidationError, deepEqual, suggestKey } from "./runtime.gen.js";
export type { ApiRequest, ConnectorSpec, KindApiSpec, Problem, ProblemCode, ValidateOptions } from "./runtime.gen.js";
export * from "./api.gen.js";
import type { Problem } from "./runtime.gen.js";
/** destinations connectors by code: `destinations.<code>.create(...)`. */
export declare const destinations: {
    readonly clickhouse: typeof destinationsClickhouse;
    readonly postgresql: typeof destinationsPostgresql;
    readonly s3: typeof destinationsS3;
    readonly snowflake: typeof destinationsSnowflake;
};
/** sources connectors by code: `sources.<code>.create(...)`. */
export declare const sources: {
    readonly alloydb: typeof sourcesAlloydb;
    readonly db2: typeof sourcesDb2;
    readonly documentdb: typeof sourcesDocumentdb;
    readonly dynamodb: typeof sourcesDynamodb;
    readonly elasticsearch: typeof sourcesElasticsearch;
    readonly informix: typeof sourcesInformix;
    readonly kafkadirect: typeof sourcesKafkadirect;
    readonly mariadb: typeof sourcesMariadb;
    readonly mongodb: typeof sourcesMongodb;
    readonly mysql: typeof sourcesMysql;
    readonly oracle: typeof sourcesOracle;
    readonly planetscale: typeof sourcesPlanetscale;
    readonly postgresql: typeof sourcesPostgresql;
    readonly s3: typeof sourcesS3;
    readonly salesforce_webhook: typeof sourcesSalesforceWebhook;
    readonly shopify_webhook: typeof sourcesShopifyWebhook;
    readonly sqlserveraws: typeof sourcesSqlserveraws;
    readonly stripe_webhook: typeof sourcesStripeWebhook;
    readonly supabase: typeof sourcesSupabase;
    readonly vitess: typeof sourcesVitess;
    readonly webhook: typeof sourcesWebhook;
    readonly zendesk_webhook: typeof sourcesZendeskWebhook;
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
    connector: "clickhouse";
    config: destinationsClickhouse.ClickhouseDestinationConfig;
} | {
    kind: "destinations";
    connector: "postgresql";
    config: destinationsPostgresql.PostgresqlDestinationConfig;
} | {
    kind: "destinations";
    connector: "s3";
    config: destinationsS3.S3DestinationConfig;
} | {
    kind: "destinations";
    connector: "snowflake";
    config: destinationsSnowflake.SnowflakeDestinationConfig;
} | {
    kind: "sources";
    connector: "alloydb";
    config: sourcesAlloydb.AlloydbSourceConfig;
} | {
    kind: "sources";
    connector: "db2";
    config: sourcesDb2.Db2SourceConfig;
} | {
    kind: "sources";
    connector: "documentdb";
    config: sourcesDocumentdb.DocumentdbSourceConfig;
} | {
    kind: "sources";
    connector: "dynamodb";
    config: sourcesDynamodb.DynamodbSourceConfig;
} | {
    kind: "sources";
    connector: "elasticsearch";
    config: sourcesElasticsearch.ElasticsearchSourceConfig;
} | {
    kind: "sources";
    connector: "informix";
    config: sourcesInformix.InformixSourceConfig;
} | {
    kind: "sources";
    connector: "kafkadirect";
    config: sourcesKafkadirect.KafkadirectSourceConfig;
} | {
    kind: "sources";
    connector: "mariadb";
    config: sourcesMariadb.MariadbSourceConfig;
} | {
    kind: "sources";
    connector: "mongodb";
    config: sourcesMongodb.MongodbSourceConfig;
} | {
    kind: "sources";
    connector: "mysql";
    config: sourcesMysql.MysqlSourceConfig;
} | {
    kind: "sources";
    connector: "oracle";
    config: sourcesOracle.OracleSourceConfig;
} | {
    kind: "sources";
    connector: "planetscale";
    config: sourcesPlanetscale.PlanetscaleSourceConfig;
} | {
    kind: "sources";
    connector: "postgresql";
    config: sourcesPostgresql.PostgresqlSourceConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceConfig;
} | {
    kind: "sources";
    connector: "salesforce_webhook";
    config: sourcesSalesforceWebhook.SalesforceWebhookSourceConfig;
} | {
    kind: "sources";
    connector: "shopify_webhook";
    config: sourcesShopifyWebhook.ShopifyWebhookSourceConfig;
} | {
    kind: "sources";
    connector: "sqlserveraws";
    config: sourcesSqlserveraws.SqlserverawsSourceConfig;
} | {
    kind: "sources";
    connector: "stripe_webhook";
    config: sourcesStripeWebhook.StripeWebhookSourceConfig;
} | {
    kind: "sources";
    connector: "supabase";
    config: sourcesSupabase.SupabaseSourceConfig;
} | {
    kind: "sources";
    connector: "vitess";
    config: sourcesVitess.VitessSourceConfig;
} | {
    kind: "sources";
    connector: "webhook";
    config: sourcesWebhook.WebhookSourceConfig;
} | {
    kind: "sources";
    connector: "zendesk_webhook";
    config: sourcesZendeskWebhook.ZendeskWebhookSourceConfig;
};
/** Any connector's wire config, discriminated by kind and connector code. */
export type ConnectorWireConfig = {
    kind: "destinations";
    connector: "clickhouse";
    config: destinationsClickhouse.ClickhouseDestinationWireConfig;
} | {
    kind: "destinations";
    connector: "postgresql";
    config: destinationsPostgresql.PostgresqlDestinationWireConfig;
} | {
    kind: "destinations";
    connector: "s3";
    config: destinationsS3.S3DestinationWireConfig;
} | {
    kind: "destinations";
    connector: "snowflake";
    config: destinationsSnowflake.SnowflakeDestinationWireConfig;
} | {
    kind: "sources";
    connector: "alloydb";
    config: sourcesAlloydb.AlloydbSourceWireConfig;
} | {
    kind: "sources";
    connector: "db2";
    config: sourcesDb2.Db2SourceWireConfig;
} | {
    kind: "sources";
    connector: "documentdb";
    config: sourcesDocumentdb.DocumentdbSourceWireConfig;
} | {
    kind: "sources";
    connector: "dynamodb";
    config: sourcesDynamodb.DynamodbSourceWireConfig;
} | {
    kind: "sources";
    connector: "elasticsearch";
    config: sourcesElasticsearch.ElasticsearchSourceWireConfig;
} | {
    kind: "sources";
    connector: "informix";
    config: sourcesInformix.InformixSourceWireConfig;
} | {
    kind: "sources";
    connector: "kafkadirect";
    config: sourcesKafkadirect.KafkadirectSourceWireConfig;
} | {
    kind: "sources";
    connector: "mariadb";
    config: sourcesMariadb.MariadbSourceWireConfig;
} | {
    kind: "sources";
    connector: "mongodb";
    config: sourcesMongodb.MongodbSourceWireConfig;
} | {
    kind: "sources";
    connector: "mysql";
    config: sourcesMysql.MysqlSourceWireConfig;
} | {
    kind: "sources";
    connector: "oracle";
    config: sourcesOracle.OracleSourceWireConfig;
} | {
    kind: "sources";
    connector: "planetscale";
    config: sourcesPlanetscale.PlanetscaleSourceWireConfig;
} | {
    kind: "sources";
    connector: "postgresql";
    config: sourcesPostgresql.PostgresqlSourceWireConfig;
} | {
    kind: "sources";
    connector: "s3";
    config: sourcesS3.S3SourceWireConfig;
} | {
    kind: "sources";
    connector: "salesforce_webhook";
    config: sourcesSalesforceWebhook.SalesforceWebhookSourceWireConfig;
} | {
    kind: "sources";
    connector: "shopify_webhook";
    config: sourcesShopifyWebhook.ShopifyWebhookSourceWireConfig;
} | {
    kind: "sources";
    connector: "sqlserveraws";
    config: sourcesSqlserveraws.SqlserverawsSourceWireConfig;
} | {
    kind: "sources";
    connector: "stripe_webhook";
    config: sourcesStripeWebhook.StripeWebhookSourceWireConfig;
} | {
    kind: "sources";
    connector: "supabase";
    config: sourcesSupabase.SupabaseSourceWireConfig;
} | {
    kind: "sources";
    connector: "vitess";
    config: sourcesVitess.VitessSourceWireConfig;
} | {
    kind: "sources";
    connector: "webhook";
    config: sourcesWebhook.WebhookSourceWireConfig;
} | {
    kind: "sources";
    connector: "zendesk_webhook";
    config: sourcesZendeskWebhook.ZendeskWebhookSourceWireConfig;
};
/** Validates any connector's config; an unknown kind or code is a problem too. */
export declare function validateConnectorConfig(entry: ConnectorConfig): Problem[];
import type { DestinationCreateEnvelope, DestinationCreateOptions } from "./api.gen.js";
/** The config type of each destinations connector, by connector code. */
export interface DestinationConfigs {
    clickhouse: destinationsClickhouse.ClickhouseDestinationConfig;
    postgresql: destinationsPostgresql.PostgresqlDestinationConfig;
    s3: destinationsS3.S3DestinationConfig;
    snowflake: destinationsSnowflake.SnowflakeDestinationConfig;
}
/** A destinations connector as a value: which one, its name and config, and the rest of the create body. */
export type DestinationDefinition<C extends keyof DestinationConfigs = keyof DestinationConfigs> = {
    [K in C]: DestinationCreateEnvelope & {
        provider: "streamkap";
        kind: "destinations";
        connector: K;
        config: DestinationConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineDestination({ connector: "clickhouse", name: "…", config: { … } });
 */
export declare function defineDestination<C extends keyof DestinationConfigs>(definition: Omit<DestinationDefinition<C>, "provider" | "kind"> & {
    provider?: "streamkap";
    kind?: "destinations";
}): DestinationDefinition<C>;
/** The validated create request for a definition made with `defineDestination`. */
export declare function createDestinationRequest<C extends keyof DestinationConfigs>(definition: DestinationDefinition<C>, options?: DestinationCreateOptions): ReturnType<(typeof destinations)[C]["create"]>;
import type { SourceCreateEnvelope, SourceCreateOptions } from "./api.gen.js";
/** The config type of each sources connector, by connector code. */
export interface SourceConfigs {
    alloydb: sourcesAlloydb.AlloydbSourceConfig;
    db2: sourcesDb2.Db2SourceConfig;
    documentdb: sourcesDocumentdb.DocumentdbSourceConfig;
    dynamodb: sourcesDynamodb.DynamodbSourceConfig;
    elasticsearch: sourcesElasticsearch.ElasticsearchSourceConfig;
    informix: sourcesInformix.InformixSourceConfig;
    kafkadirect: sourcesKafkadirect.KafkadirectSourceConfig;
    mariadb: sourcesMariadb.MariadbSourceConfig;
    mongodb: sourcesMongodb.MongodbSourceConfig;
    mysql: sourcesMysql.MysqlSourceConfig;
    oracle: sourcesOracle.OracleSourceConfig;
    planetscale: sourcesPlanetscale.PlanetscaleSourceConfig;
    postgresql: sourcesPostgresql.PostgresqlSourceConfig;
    s3: sourcesS3.S3SourceConfig;
    salesforce_webhook: sourcesSalesforceWebhook.SalesforceWebhookSourceConfig;
    shopify_webhook: sourcesShopifyWebhook.ShopifyWebhookSourceConfig;
    sqlserveraws: sourcesSqlserveraws.SqlserverawsSourceConfig;
    stripe_webhook: sourcesStripeWebhook.StripeWebhookSourceConfig;
    supabase: sourcesSupabase.SupabaseSourceConfig;
    vitess: sourcesVitess.VitessSourceConfig;
    webhook: sourcesWebhook.WebhookSourceConfig;
    zendesk_webhook: sourcesZendeskWebhook.ZendeskWebhookSourceConfig;
}
/** A sources connector as a value: which one, its name and config, and the rest of the create body. */
export type SourceDefinition<C extends keyof SourceConfigs = keyof SourceConfigs> = {
    [K in C]: SourceCreateEnvelope & {
        provider: "streamkap";
        kind: "sources";
        connector: K;
        config: SourceConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineSource({ connector: "alloydb", name: "…", config: { … } });
 */
export declare function defineSource<C extends keyof SourceConfigs>(definition: Omit<SourceDefinition<C>, "provider" | "kind"> & {
    provider?: "streamkap";
    kind?: "sources";
}): SourceDefinition<C>;
/** The validated create request for a definition made with `defineSource`. */
export declare function createSourceRequest<C extends keyof SourceConfigs>(definition: SourceDefinition<C>, options?: SourceCreateOptions): ReturnType<(typeof sources)[C]["create"]>;
