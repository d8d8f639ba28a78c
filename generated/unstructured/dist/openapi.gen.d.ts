export interface paths {
    "/api/v1/sources/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List source connectors */
        get: operations["list_sources"];
        put?: never;
        /** Create source connector */
        post: operations["create_source"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sources/{source_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_source"];
        put: operations["update_source"];
        post?: never;
        delete: operations["delete_source"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destinations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List destination connectors */
        get: operations["list_destinations"];
        put?: never;
        /** Create destination connector */
        post: operations["create_destination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/destinations/{destination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["get_destination"];
        put: operations["update_destination"];
        post?: never;
        delete: operations["delete_destination"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * EncryptionType
         * @description How a stored or client-encrypted secret was encrypted.
         * @enum {string}
         */
        EncryptionType: "rsa" | "rsa_aes" | "runtime_config";
        /**
         * RemoteUrlSourceBase
         * @description Fields shared by the file-storage (fsspec-style) source connectors: the remote URL of the folder to ingest and whether to descend into subfolders. Merged into connector configs with allOf.
         */
        RemoteUrlSourceBase: {
            /**
             * Remote Url
             * @description Remote URL of the folder to read from, using the connector's URL scheme.
             */
            remote_url: string;
            /**
             * Recursive
             * @description Whether to recursively ingest files in subfolders of remote_url.
             * @default true
             */
            recursive: boolean;
        };
        /**
         * SalesforceCategory
         * @description A Salesforce object category that the Salesforce source connector can ingest.
         * @enum {string}
         */
        SalesforceCategory: "Account" | "Campaign" | "Case" | "EmailMessage" | "Lead";
        /**
         * SharepointPermissionsApp
         * @description Identity of the Microsoft Entra ID application used to read SharePoint document permissions. Merged with allOf into the connector's permissions_config together with that application's credential.
         */
        SharepointPermissionsApp: {
            /**
             * Permissions Application Id
             * @description Application (client) ID of the Entra ID app that has permission to read SharePoint permissions data.
             */
            permissions_application_id: string;
            /**
             * Permissions Tenant
             * @description Directory (tenant) ID or domain of the Entra ID app used for permissions, for example contoso.onmicrosoft.com.
             */
            permissions_tenant: string;
        };
        /** @description Config of the sources connector "azure": typed, mapped and validated by sources/azure.gen.ts (AzureSourceConfig). */
        AzureSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "azure";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "box": typed, mapped and validated by sources/box.gen.ts (BoxSourceConfig). */
        BoxSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "box";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "confluence": typed, mapped and validated by sources/confluence.gen.ts (ConfluenceSourceConfig). */
        ConfluenceSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "confluence";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "couchbase": typed, mapped and validated by sources/couchbase.gen.ts (CouchbaseSourceConfig). */
        CouchbaseSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "couchbase";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "dropbox": typed, mapped and validated by sources/dropbox.gen.ts (DropboxSourceConfig). */
        DropboxSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "dropbox";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "elasticsearch": typed, mapped and validated by sources/elasticsearch.gen.ts (ElasticsearchSourceConfig). */
        ElasticsearchSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "elasticsearch";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "gcs": typed, mapped and validated by sources/gcs.gen.ts (GcsSourceConfig). */
        GcsSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "gcs";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "google_drive": typed, mapped and validated by sources/google_drive.gen.ts (GoogleDriveSourceConfig). */
        GoogleDriveSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "google_drive";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "jira": typed, mapped and validated by sources/jira.gen.ts (JiraSourceConfig). */
        JiraSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jira";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "mongodb": typed, mapped and validated by sources/mongodb.gen.ts (MongodbSourceConfig). */
        MongodbSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mongodb";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "onedrive": typed, mapped and validated by sources/onedrive.gen.ts (OnedriveSourceConfig). */
        OnedriveSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "onedrive";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "opensearch": typed, mapped and validated by sources/opensearch.gen.ts (OpensearchSourceConfig). */
        OpensearchSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "opensearch";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "outlook": typed, mapped and validated by sources/outlook.gen.ts (OutlookSourceConfig). */
        OutlookSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "outlook";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "postgres": typed, mapped and validated by sources/postgres.gen.ts (PostgresSourceConfig). */
        PostgresSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "postgres";
        } & {
            [key: string]: unknown;
        };
        /**
         * S3SourceConnectorConfigInput
         * @description Amazon S3 (or S3-compatible) source. Use anonymous access for public buckets, or an AWS access key pair (optionally with a session token).
         */
        S3SourceConnectorConfigInput: {
            /**
             * Remote Url
             * @description S3 URI of the bucket or folder to read from, in the form s3://<bucket>/<path>/.
             */
            remote_url: string;
            /**
             * Anonymous
             * @description Whether to connect without credentials (public buckets only).
             * @default false
             */
            anonymous: boolean;
            /**
             * Key
             * @description AWS access key ID (field name used by the Unstructured Python SDK schema).
             * @default null
             */
            key: string | null;
            /**
             * Secret
             * @description AWS secret access key belonging to key.
             * @default null
             */
            secret: string | null;
            /**
             * Access Key Id
             * @description AWS access key ID (field name used in the API reference's create-source example; same meaning as key).
             * @default null
             */
            access_key_id: string | null;
            /**
             * Secret Access Key
             * @description AWS secret access key belonging to access_key_id (same meaning as secret).
             * @default null
             */
            secret_access_key: string | null;
            /**
             * Recursive
             * @description Whether to also read objects under nested prefixes (subfolders) of remote_url.
             * @default true
             */
            recursive: boolean;
            /**
             * Endpoint Url
             * @description Custom endpoint URL for S3-compatible storage that is not AWS, for example a MinIO server.
             * @default null
             */
            endpoint_url: string | null;
        } & (WithRequired<components["schemas"]["RemoteUrlSourceBase"], "remote_url"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "s3";
        });
        /** @description Config of the sources connector "salesforce": typed, mapped and validated by sources/salesforce.gen.ts (SalesforceSourceConfig). */
        SalesforceSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "salesforce";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "sharepoint": typed, mapped and validated by sources/sharepoint.gen.ts (SharepointSourceConfig). */
        SharepointSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sharepoint";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "snowflake": typed, mapped and validated by sources/snowflake.gen.ts (SnowflakeSourceConfig). */
        SnowflakeSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "snowflake";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "teradata": typed, mapped and validated by sources/teradata.gen.ts (TeradataSourceConfig). */
        TeradataSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "teradata";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "zendesk": typed, mapped and validated by sources/zendesk.gen.ts (ZendeskSourceConfig). */
        ZendeskSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zendesk";
        } & {
            [key: string]: unknown;
        };
        /** @description Config of the destinations connector "pinecone": typed, mapped and validated by destinations/pinecone.gen.ts (PineconeDestinationConfig). */
        PineconeDestinationConnectorConfigInput: {
            [key: string]: unknown;
        };
        /** @description Config of the destinations connector "postgres": typed, mapped and validated by destinations/postgres.gen.ts (PostgresDestinationConfig). */
        PostgresDestinationConnectorConfigInput: {
            [key: string]: unknown;
        };
        /** @description Config of the destinations connector "s3": typed, mapped and validated by destinations/s3.gen.ts (S3DestinationConfig). */
        S3DestinationConnectorConfigInput: {
            [key: string]: unknown;
        };
        /** @description Config of the destinations connector "weaviate": typed, mapped and validated by destinations/weaviate.gen.ts (WeaviateDestinationConfig). */
        WeaviateDestinationConnectorConfigInput: {
            [key: string]: unknown;
        };
        CreateSourceConnector: {
            /** @description Source connector name. */
            name: string;
            /**
             * @description Connector type. One of: `azure`, `box`, `confluence`, `couchbase`, `databricks_volumes`, `dropbox`, `elasticsearch`, `gcs`, `google_drive`, `jira`, `kafka-cloud`, `mongodb`, `onedrive`, `opensearch`, `outlook`, `postgres`, `s3`, `salesforce`, `sharepoint`, `snowflake`, `teradata`, `zendesk`.
             * @enum {string}
             */
            type: "azure" | "box" | "confluence" | "couchbase" | "databricks_volumes" | "dropbox" | "elasticsearch" | "gcs" | "google_drive" | "jira" | "kafka-cloud" | "mongodb" | "onedrive" | "opensearch" | "outlook" | "postgres" | "s3" | "salesforce" | "sharepoint" | "snowflake" | "teradata" | "zendesk";
            /** @description Connector configuration. Required fields vary by connector `type`. */
            config: components["schemas"]["AzureSourceConnectorConfigInput"] | components["schemas"]["BoxSourceConnectorConfigInput"] | components["schemas"]["ConfluenceSourceConnectorConfigInput"] | components["schemas"]["CouchbaseSourceConnectorConfigInput"] | components["schemas"]["DropboxSourceConnectorConfigInput"] | components["schemas"]["ElasticsearchSourceConnectorConfigInput"] | components["schemas"]["GcsSourceConnectorConfigInput"] | components["schemas"]["GoogleDriveSourceConnectorConfigInput"] | components["schemas"]["JiraSourceConnectorConfigInput"] | components["schemas"]["MongodbSourceConnectorConfigInput"] | components["schemas"]["OnedriveSourceConnectorConfigInput"] | components["schemas"]["OpensearchSourceConnectorConfigInput"] | components["schemas"]["OutlookSourceConnectorConfigInput"] | components["schemas"]["PostgresSourceConnectorConfigInput"] | components["schemas"]["S3SourceConnectorConfigInput"] | components["schemas"]["SalesforceSourceConnectorConfigInput"] | components["schemas"]["SharepointSourceConnectorConfigInput"] | components["schemas"]["SnowflakeSourceConnectorConfigInput"] | components["schemas"]["TeradataSourceConnectorConfigInput"] | components["schemas"]["ZendeskSourceConnectorConfigInput"];
        };
        UpdateSourceConnector: {
            /** @description Connector configuration. Required fields vary by connector `type`. */
            config: components["schemas"]["AzureSourceConnectorConfigInput"] | components["schemas"]["BoxSourceConnectorConfigInput"] | components["schemas"]["ConfluenceSourceConnectorConfigInput"] | components["schemas"]["CouchbaseSourceConnectorConfigInput"] | components["schemas"]["DropboxSourceConnectorConfigInput"] | components["schemas"]["ElasticsearchSourceConnectorConfigInput"] | components["schemas"]["GcsSourceConnectorConfigInput"] | components["schemas"]["GoogleDriveSourceConnectorConfigInput"] | components["schemas"]["JiraSourceConnectorConfigInput"] | components["schemas"]["MongodbSourceConnectorConfigInput"] | components["schemas"]["OnedriveSourceConnectorConfigInput"] | components["schemas"]["OpensearchSourceConnectorConfigInput"] | components["schemas"]["OutlookSourceConnectorConfigInput"] | components["schemas"]["PostgresSourceConnectorConfigInput"] | components["schemas"]["S3SourceConnectorConfigInput"] | components["schemas"]["SalesforceSourceConnectorConfigInput"] | components["schemas"]["SharepointSourceConnectorConfigInput"] | components["schemas"]["SnowflakeSourceConnectorConfigInput"] | components["schemas"]["TeradataSourceConnectorConfigInput"] | components["schemas"]["ZendeskSourceConnectorConfigInput"];
        };
        SourceConnectorInformation: {
            /**
             * Format: uuid
             * @description Unique identifier for the source connector.
             */
            id: string;
            /** @description Source connector name. */
            name: string;
            /** @description Connector type. */
            type: string;
            /** @description Connector configuration. Fields vary by connector `type`. */
            config: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp when the connector was created.
             */
            created_at: string;
            /** @description ISO 8601 timestamp when the connector was last updated. */
            updated_at?: string | null;
        };
        CreateDestinationConnector: {
            /** @description Destination connector name. */
            name: string;
            /**
             * @description Connector type. One of: `pinecone`, `postgres`, `s3`, `weaviate`.
             * @enum {string}
             */
            type: "pinecone" | "postgres" | "s3" | "weaviate";
            /** @description Connector configuration. Required fields vary by connector `type`. */
            config: components["schemas"]["PineconeDestinationConnectorConfigInput"] | components["schemas"]["PostgresDestinationConnectorConfigInput"] | components["schemas"]["S3DestinationConnectorConfigInput"] | components["schemas"]["WeaviateDestinationConnectorConfigInput"];
        };
        UpdateDestinationConnector: {
            /** @description Connector configuration. Required fields vary by connector `type`. */
            config: components["schemas"]["PineconeDestinationConnectorConfigInput"] | components["schemas"]["PostgresDestinationConnectorConfigInput"] | components["schemas"]["S3DestinationConnectorConfigInput"] | components["schemas"]["WeaviateDestinationConnectorConfigInput"];
        };
        DestinationConnectorInformation: {
            /**
             * Format: uuid
             * @description Unique identifier for the destination connector.
             */
            id: string;
            /** @description Destination connector name. */
            name: string;
            /** @description Connector type. */
            type: string;
            /** @description Connector configuration. Fields vary by connector `type`. */
            config: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp when the connector was created.
             */
            created_at: string;
            /** @description ISO 8601 timestamp when the connector was last updated. */
            updated_at?: string | null;
        };
        HTTPValidationError: {
            detail?: {
                loc: (string | number)[];
                msg: string;
                type: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    list_sources: {
        parameters: {
            query?: {
                source_type?: ("azure" | "box" | "confluence" | "couchbase" | "databricks_volumes" | "dropbox" | "elasticsearch" | "gcs" | "google_drive" | "jira" | "kafka-cloud" | "mongodb" | "onedrive" | "opensearch" | "outlook" | "postgres" | "s3" | "salesforce" | "sharepoint" | "snowflake" | "teradata" | "zendesk") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceConnectorInformation"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_source: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceConnector"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSourceConnector"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SourceConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_source: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                source_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    list_destinations: {
        parameters: {
            query?: {
                destination_type?: ("pinecone" | "postgres" | "s3" | "weaviate") | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestinationConnectorInformation"][];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    create_destination: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDestinationConnector"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestinationConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    get_destination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestinationConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    update_destination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDestinationConnector"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DestinationConnectorInformation"];
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
    delete_destination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                destination_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description Validation Error */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
export {};
