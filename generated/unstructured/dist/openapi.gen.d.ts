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
        /**
         * AzureSourceConnectorConfigInput
         * @description Azure Blob Storage source. Authenticate with account_name plus account_key or sas_token (recommended), or with connection_string.
         */
        AzureSourceConnectorConfigInput: {
            /**
             * Remote Url
             * @description Azure Storage remote URL, in the form az://<container-name>/<path/to/folder>.
             */
            remote_url: string;
            /**
             * Account Name
             * @description Name of the Azure Storage account.
             */
            account_name?: string | null;
            /**
             * Account Key
             * @description Access key for the Azure Storage account (used together with account_name).
             */
            account_key?: string | null;
            /**
             * Sas Token
             * @description Shared access signature (SAS) token for the Azure Storage account (used together with account_name).
             */
            sas_token?: string | null;
            /**
             * Connection String
             * @description Connection string for the Azure Storage account.
             */
            connection_string?: string | null;
            /**
             * Recursive
             * @description Whether to recursively ingest files in subfolders of the container path.
             * @default true
             */
            recursive: boolean;
        } & (WithRequired<components["schemas"]["RemoteUrlSourceBase"], "remote_url"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "azure";
        });
        /**
         * BoxSourceConnectorConfigInput
         * @description Box source, authenticated as a Box Custom App using Server Authentication (JWT).
         */
        BoxSourceConnectorConfigInput: {
            /**
             * Remote Url
             * @description Remote URL of the target folder, in the form box://<path/to/folder/in/account>.
             */
            remote_url: string;
            /**
             * Box App Config
             * Format: password
             * @description Contents of the Box Custom App's private key configuration JSON file, as a string.
             */
            box_app_config: string;
            /**
             * Recursive
             * @description Whether to recursively ingest files in subfolders.
             * @default true
             */
            recursive: boolean;
        } & (WithRequired<components["schemas"]["RemoteUrlSourceBase"], "remote_url"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "box";
        });
        /**
         * ConfluenceSourceConnectorConfigInput
         * @description Confluence Cloud or Data Center source. Authenticate with username plus password, username plus api_token (Cloud only), or a personal access token in token (Data Center only).
         */
        ConfluenceSourceConnectorConfigInput: {
            /**
             * Url
             * Format: uri
             * @description Site URL of the Confluence Cloud instance or Confluence Data Center installation.
             */
            url: string;
            /**
             * Username
             * @description Name or email address of the Confluence user.
             */
            username: string;
            /**
             * Password
             * @description Password of the Confluence user.
             */
            password?: string | null;
            /**
             * Api Token
             * @description API token of the Confluence user (Confluence Cloud only).
             */
            api_token?: string | null;
            /**
             * Token
             * @description Personal access token (PAT) of the Confluence user (Confluence Data Center only).
             */
            token?: string | null;
            /**
             * Cloud
             * @description Set to true if the target is Confluence Cloud rather than Confluence Data Center.
             * @default false
             */
            cloud: boolean;
            /**
             * Spaces
             * @description Names (keys) of the specific spaces to ingest. All accessible spaces if omitted.
             */
            spaces?: string[] | null;
            /**
             * Max Num Of Spaces
             * @description Maximum number of spaces to access.
             * @default 500
             */
            max_num_of_spaces: number;
            /**
             * Max Num Of Docs From Each Space
             * @description Maximum number of documents to ingest from each space.
             * @default 150
             */
            max_num_of_docs_from_each_space: number;
            /**
             * Extract Images
             * @description Whether to download images embedded in pages and convert them to base64 in the page content.
             * @default false
             */
            extract_images: boolean;
            /**
             * Extract Files
             * @description Whether to download and process files attached to pages.
             * @default false
             */
            extract_files: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "confluence";
        };
        /**
         * CouchbaseSourceConnectorConfigInput
         * @description Couchbase Capella source.
         */
        CouchbaseSourceConnectorConfigInput: {
            /**
             * Connection String
             * @description Public connection string of the Couchbase Capella cluster, for example couchbases://cb.<id>.cloud.couchbase.com.
             */
            connection_string: string;
            /**
             * Username
             * @description Cluster access name (username).
             */
            username: string;
            /**
             * Password
             * Format: password
             * @description Cluster access secret (password).
             */
            password: string;
            /**
             * Bucket
             * @description Name of the bucket to read from.
             */
            bucket: string;
            /**
             * Scope
             * @description Name of the scope in the bucket. The bucket's default scope if omitted.
             */
            scope?: string | null;
            /**
             * Collection
             * @description Name of the collection in the scope. The scope's default collection if omitted.
             */
            collection?: string | null;
            /**
             * Collection Id
             * @description Name of the field that holds each document's unique ID.
             */
            collection_id: string;
            /**
             * Batch Size
             * @description Maximum number of documents to read per batch.
             */
            batch_size: number;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "couchbase";
        };
        /**
         * DropboxSourceConnectorConfigInput
         * @description Dropbox source, using a Dropbox app's access token.
         */
        DropboxSourceConnectorConfigInput: {
            /**
             * Remote Url
             * @description Remote URL of the folder in the app folder, in the form dropbox://<path/to/folder>.
             */
            remote_url: string;
            /**
             * Token
             * Format: password
             * @description Access token for the Dropbox app.
             */
            token: string;
            /**
             * Recursive
             * @description Whether to recursively ingest files in subfolders.
             * @default true
             */
            recursive: boolean;
            /**
             * File Filters
             * @description Optional include/exclude rules applied, in order, to file paths under remote_url. All files if omitted.
             */
            file_filters?: {
                /**
                 * Pattern
                 * @description Glob pattern matched against the file path relative to remote_url, e.g. **\/*.pdf.
                 */
                pattern: string;
                /**
                 * Action
                 * @description Whether matching files are included or excluded.
                 * @default include
                 * @enum {string}
                 */
                action: "include" | "exclude";
            }[] | null;
        } & (WithRequired<components["schemas"]["RemoteUrlSourceBase"], "remote_url"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "dropbox";
        });
        /**
         * ElasticsearchSourceConnectorConfigInput
         * @description Elasticsearch (Elastic Cloud) source.
         */
        ElasticsearchSourceConnectorConfigInput: {
            /**
             * Hosts
             * @description Endpoint URL(s) of the Elastic Cloud instance, e.g. https://<deployment>.es.<region>.cloud.es.io:443.
             */
            hosts: string[];
            /**
             * Index Name
             * @description Name of the index to read documents from.
             */
            index_name: string;
            /**
             * Es Api Key
             * @description Elastic Cloud API key used to authenticate.
             */
            es_api_key: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "elasticsearch";
        };
        /**
         * GcsSourceConnectorConfigInput
         * @description Google Cloud Storage source, authenticated with a service account key.
         */
        GcsSourceConnectorConfigInput: {
            /**
             * Remote Url
             * @description URI of the bucket and optional folder, in the form gs://<bucket-name>[/folder-name].
             */
            remote_url: string;
            /**
             * Service Account Key
             * Format: password
             * @description Contents of the downloaded service account key JSON file, as a single-line string.
             */
            service_account_key: string;
            /**
             * Recursive
             * @description Whether to recursively ingest files in subfolders of the bucket path.
             * @default true
             */
            recursive: boolean;
        } & (WithRequired<components["schemas"]["RemoteUrlSourceBase"], "remote_url"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "gcs";
        });
        /**
         * GoogleDriveSourceConnectorConfigInput
         * @description Google Drive source (shared folder or shared drive), authenticated with a service account.
         */
        GoogleDriveSourceConnectorConfigInput: {
            /**
             * Drive Id
             * @description ID of the target Google Drive shared folder or shared drive.
             */
            drive_id: string;
            /**
             * Service Account Key
             * @description The service account key: either the contents of the credentials.json key file as a single-line string, or a secret object (a reference to a secret already stored with Unstructured, or a client-encrypted value).
             */
            service_account_key: string | ({
                /**
                 * Id
                 * @description ID of a secret stored with Unstructured.
                 */
                id: string;
                /** @description Encryption type of the secret. */
                type?: components["schemas"]["EncryptionType"];
            } | {
                /**
                 * Encrypted Value
                 * @description Secret value encrypted with Unstructured's public encryption certificate.
                 */
                encrypted_value: string;
                /**
                 * Aes Iv
                 * @description AES initialization vector (rsa_aes only).
                 */
                aes_iv?: string | null;
                /**
                 * Encrypted Aes Key
                 * @description RSA-encrypted AES key (rsa_aes only).
                 */
                encrypted_aes_key?: string | null;
                /** @description Encryption type of the secret. */
                type?: components["schemas"]["EncryptionType"];
            });
            /**
             * Extensions
             * @description Only process files with these extensions, without the leading dot (e.g. pdf, docx). All extensions if omitted.
             */
            extensions?: string[] | null;
            /**
             * Recursive
             * @description Whether to recursively process subfolders of the target folder or drive.
             * @default true
             */
            recursive: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "google_drive";
        };
        /**
         * JiraSourceConnectorConfigInput
         * @description Jira Cloud or Jira Data Center source. Authenticate with username plus password (on Jira Cloud the password is an API token), or with a personal access token in token (Data Center); not both. Give at least one of projects, boards or issues.
         */
        JiraSourceConnectorConfigInput: {
            /**
             * Url
             * Format: uri
             * @description Site URL of the Jira Cloud account or Jira Data Center installation, for example https://<organization>.atlassian.net.
             */
            url: string;
            /**
             * Username
             * @description User name or email address of the Jira user.
             */
            username: string;
            /**
             * Password
             * @description Password of the Jira user, or on Jira Cloud the user's API token.
             * @default null
             */
            password: string | null;
            /**
             * Token
             * @description Personal access token (Jira Data Center).
             * @default null
             */
            token: string | null;
            /**
             * Cloud
             * @description Set to true for Jira Cloud; false or omitted for Jira Data Center.
             * @default null
             */
            cloud: boolean | null;
            /**
             * Projects
             * @description IDs or keys of the projects whose issues to ingest.
             * @default null
             */
            projects: string[] | null;
            /**
             * Boards
             * @description IDs of the boards whose issues to ingest.
             * @default null
             */
            boards: string[] | null;
            /**
             * Issues
             * @description IDs or keys of individual issues to ingest.
             * @default null
             */
            issues: string[] | null;
            /**
             * Status Filters
             * @description Only ingest issues whose status is one of these, for example To Do or Done.
             * @default null
             */
            status_filters: string[] | null;
            /**
             * Download Attachments
             * @description Whether to also download and process issue attachments.
             * @default null
             */
            download_attachments: boolean | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "jira";
        };
        /**
         * MongodbSourceConnectorConfigInput
         * @description MongoDB Atlas source.
         */
        MongodbSourceConnectorConfigInput: {
            /**
             * Uri
             * Format: password
             * @description Connection string for the cluster, including protocol, username, password, host and cluster name, e.g. mongodb+srv://<user>:<password>@<host>/?appName=<cluster>.
             */
            uri: string;
            /**
             * Database
             * @description Name of the database.
             */
            database: string;
            /**
             * Collection
             * @description Name of the collection in the database.
             */
            collection: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "mongodb";
        };
        /**
         * OnedriveSourceConnectorConfigInput
         * @description Microsoft OneDrive source. Authenticates as a Microsoft Entra ID app registration (client credentials) and reads the OneDrive of user_pname.
         */
        OnedriveSourceConnectorConfigInput: {
            /**
             * Client Id
             * @description Application (client) ID of the Microsoft Entra ID app registration.
             */
            client_id: string;
            /**
             * Client Cred
             * Format: password
             * @description Client secret value of the Entra ID app registration.
             */
            client_cred: string;
            /**
             * Tenant
             * @description Directory (tenant) ID or primary domain of the Entra ID tenant, for example contoso.onmicrosoft.com.
             */
            tenant: string;
            /**
             * Authority Url
             * Format: uri
             * @description Microsoft identity platform authority URL, normally https://login.microsoftonline.com.
             */
            authority_url: string;
            /**
             * User Pname
             * @description User principal name (usually the sign-in email) of the OneDrive owner.
             */
            user_pname: string;
            /**
             * Path
             * @description Path to the folder in the OneDrive to read from, for example Documents/reports.
             */
            path: string;
            /**
             * Recursive
             * @description Whether to also read files in subfolders of path.
             * @default false
             */
            recursive: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "onedrive";
        };
        /**
         * OpensearchSourceConnectorConfigInput
         * @description OpenSearch source. Authenticate with username and password (basic auth), or with AWS IAM keys for Amazon OpenSearch Service; region and service are derived from the host URL.
         */
        OpensearchSourceConnectorConfigInput: {
            /**
             * Hosts
             * @description URLs of the OpenSearch hosts to connect to, for example https://search-my-domain.us-east-1.es.amazonaws.com:443.
             */
            hosts: string[];
            /**
             * Index Name
             * @description Name of the OpenSearch index to read documents from.
             */
            index_name: string;
            /**
             * Username
             * @description Username for basic authentication.
             * @default null
             */
            username: string | null;
            /**
             * Password
             * @description Password for basic authentication.
             * @default null
             */
            password: string | null;
            /**
             * Aws Access Key Id
             * @description AWS access key ID for IAM authentication; when set, IAM authentication is used instead of basic authentication.
             * @default null
             */
            aws_access_key_id: string | null;
            /**
             * Aws Secret Access Key
             * @description AWS secret access key; required together with aws_access_key_id.
             * @default null
             */
            aws_secret_access_key: string | null;
            /**
             * Aws Session Token
             * @description Optional AWS session token for temporary credentials; only used with aws_access_key_id and aws_secret_access_key.
             * @default null
             */
            aws_session_token: string | null;
            /**
             * Use Ssl
             * @description Whether to connect to the hosts over SSL/TLS.
             * @default null
             */
            use_ssl: boolean | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "opensearch";
        };
        /**
         * OutlookSourceConnectorConfigInput
         * @description Microsoft Outlook (Microsoft 365 mailbox) source, read through Microsoft Graph with an Entra ID app registration.
         */
        OutlookSourceConnectorConfigInput: {
            /**
             * Client Id
             * @description Application (client) ID of the Microsoft Entra ID app registration.
             */
            client_id: string;
            /**
             * Client Cred
             * Format: password
             * @description Client secret value of the Entra ID app registration.
             */
            client_cred: string;
            /**
             * User Email
             * Format: email
             * @description Email address of the mailbox to read.
             */
            user_email: string;
            /**
             * Tenant
             * @description Directory (tenant) ID or primary domain of the Entra ID tenant. Defaults to common when omitted.
             * @default null
             */
            tenant: string | null;
            /**
             * Authority Url
             * @description Microsoft identity platform authority URL. Defaults to https://login.microsoftonline.com when omitted.
             * @default null
             */
            authority_url: string | null;
            /**
             * Outlook Folders
             * @description Names of the mail folders to read, for example Inbox or Sent Items. All folders when omitted.
             * @default null
             */
            outlook_folders: string[] | null;
            /**
             * Recursive
             * @description Whether to also read the subfolders of the selected folders.
             * @default false
             */
            recursive: boolean;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "outlook";
        };
        /**
         * PostgresSourceConnectorConfigInput
         * @description PostgreSQL source. Reads rows of one table in batches; each row becomes a document.
         */
        PostgresSourceConnectorConfigInput: {
            /**
             * Host
             * @description Host name or IP address of the PostgreSQL server.
             */
            host: string;
            /**
             * Port
             * @description Port the PostgreSQL server listens on, usually 5432.
             */
            port: number;
            /**
             * Database
             * @description Name of the database to connect to.
             */
            database: string;
            /**
             * Username
             * @description Name of the database user.
             */
            username: string;
            /**
             * Password
             * Format: password
             * @description Password of the database user.
             */
            password: string;
            /**
             * Table Name
             * @description Name of the table to read rows from.
             */
            table_name: string;
            /**
             * Batch Size
             * @description Maximum number of rows to fetch per batch.
             */
            batch_size: number;
            /**
             * Id Column
             * @description Name of the column that uniquely identifies each row.
             * @default id
             */
            id_column: string;
            /**
             * Fields
             * @description Names of the columns to read. All columns when omitted.
             * @default null
             */
            fields: string[] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "postgres";
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
        /**
         * SalesforceSourceConnectorConfigInput
         * @description Salesforce source. Authenticates with the OAuth 2.0 JWT bearer flow of a connected app (consumer key plus the private key matching the app's certificate).
         */
        SalesforceSourceConnectorConfigInput: {
            /**
             * Username
             * @description Salesforce user name (the User Name value, not the display name).
             */
            username: string;
            /**
             * Consumer Key
             * Format: password
             * @description Consumer key of the Salesforce connected app.
             */
            consumer_key: string;
            /**
             * Private Key
             * @description Contents of the PEM private key that matches the certificate uploaded to the connected app.
             */
            private_key: string;
            /**
             * Categories
             * @description Salesforce object categories to ingest.
             */
            categories: components["schemas"]["SalesforceCategory"][];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "salesforce";
        };
        /**
         * SharepointSourceConnectorConfigInput
         * @description Microsoft SharePoint Online source, read with an Entra ID app registration. Optionally a second app reads document permissions.
         */
        SharepointSourceConnectorConfigInput: {
            /**
             * Site
             * Format: uri
             * @description URL of the SharePoint site, for example https://contoso.sharepoint.com/sites/engineering.
             */
            site: string;
            /**
             * Client Id
             * @description Application (client) ID of the Microsoft Entra ID app registration.
             */
            client_id: string;
            /**
             * Client Cred
             * Format: password
             * @description Client secret value of the Entra ID app registration.
             */
            client_cred: string;
            /**
             * Tenant
             * @description Directory (tenant) ID or primary domain of the Entra ID tenant.
             */
            tenant: string;
            /**
             * Authority Url
             * Format: uri
             * @description Microsoft identity platform authority URL.
             * @default https://login.microsoftonline.com
             */
            authority_url: string;
            /**
             * Path
             * @description Path of the document library folder to read. The whole site when omitted.
             * @default null
             */
            path: string | null;
            /**
             * User Pname
             * @description User principal name used for delegated access, if any.
             * @default null
             */
            user_pname: string | null;
            /**
             * Recursive
             * @description Whether to also read files in subfolders of path.
             * @default false
             */
            recursive: boolean;
            /**
             * Permissions Config
             * @description Optional Entra ID app used to read each document's permissions (as in unstructured-ingest's SharePoint permissions settings). Give all of its fields or omit it.
             * @default null
             */
            permissions_config: (components["schemas"]["SharepointPermissionsApp"] & {
                /**
                 * Permissions Client Cred
                 * Format: password
                 * @description Client secret of the Entra ID app used for permissions.
                 */
                permissions_client_cred: string;
            }) | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "sharepoint";
        };
        /**
         * SnowflakeSourceConnectorConfigInput
         * @description Snowflake source. Reads rows of one table in batches; each row becomes a document.
         */
        SnowflakeSourceConnectorConfigInput: {
            /**
             * Account
             * @description Snowflake account identifier, in the form <org>-<account>.
             */
            account: string;
            /**
             * User
             * @description Login name of the Snowflake user.
             */
            user: string;
            /**
             * Password
             * Format: password
             * @description Password of the Snowflake user.
             */
            password: string;
            /**
             * Host
             * @description Host name of the Snowflake account, for example <org>-<account>.snowflakecomputing.com.
             */
            host: string;
            /**
             * Port
             * @description Port to connect on.
             * @default 443
             */
            port: number;
            /**
             * Role
             * @description Snowflake role to use for the session.
             */
            role: string;
            /**
             * Database
             * @description Name of the database.
             */
            database: string;
            /**
             * Schema
             * @description Name of the schema within the database.
             */
            schema: string;
            /**
             * Table Name
             * @description Name of the table to read rows from.
             */
            table_name: string;
            /**
             * Id Column
             * @description Name of the column that uniquely identifies each row.
             */
            id_column: string;
            /**
             * Batch Size
             * @description Maximum number of rows to fetch per batch.
             * @default 100
             */
            batch_size: number;
            /**
             * Fields
             * @description Names of the columns to read. All columns when omitted.
             * @default null
             */
            fields: string[] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "snowflake";
        };
        /**
         * TeradataSourceConnectorConfigInput
         * @description Teradata Vantage source. Reads rows of one table in batches; each row becomes a document.
         */
        TeradataSourceConnectorConfigInput: {
            /**
             * Host
             * @description Host name or IP address of the Teradata system.
             */
            host: string;
            /**
             * Dbs Port
             * @description Database (DBS) port of the Teradata system.
             * @default 1025
             */
            dbs_port: number;
            /**
             * User
             * @description Teradata user name.
             */
            user: string;
            /**
             * Password
             * @description Password of the Teradata user.
             */
            password: string;
            /**
             * Database
             * @description Default database for the session. The user's default database when omitted.
             * @default null
             */
            database: string | null;
            /**
             * Table Name
             * @description Name of the table to read rows from.
             */
            table_name: string;
            /**
             * Id Column
             * @description Name of the column that uniquely identifies each row.
             * @default id
             */
            id_column: string;
            /**
             * Batch Size
             * @description Maximum number of rows to fetch per batch.
             * @default 100
             */
            batch_size: number;
            /**
             * Fields
             * @description Names of the columns to read. All columns when omitted.
             * @default null
             */
            fields: string[] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "teradata";
        };
        /**
         * ZendeskSourceConnectorConfigInput
         * @description Zendesk source. Authenticates with the login email plus an API token (not an OAuth token).
         */
        ZendeskSourceConnectorConfigInput: {
            /**
             * Subdomain
             * @description Zendesk subdomain: the <organization> part of <organization>.zendesk.com.
             */
            subdomain: string;
            /**
             * Email
             * Format: email
             * @description Email address of the Zendesk user that owns the API token.
             */
            email: string;
            /**
             * Api Token
             * Format: password
             * @description Zendesk API token of that user.
             */
            api_token: string;
            /**
             * Item Type
             * @description Kind of item to ingest; tickets when omitted.
             * @default null
             */
            item_type: ("tickets" | "articles") | null;
            /**
             * Batch Size
             * @description Maximum number of items to fetch per request.
             * @default null
             */
            batch_size: number | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "zendesk";
        };
        /**
         * PineconeDestinationConnectorConfigInput
         * @description Pinecone destination: upserts element embeddings and metadata into an index.
         */
        PineconeDestinationConnectorConfigInput: {
            /**
             * Api Key
             * Format: password
             * @description Pinecone API key.
             */
            api_key: string;
            /**
             * Index Name
             * @description Name of the Pinecone index to write to.
             */
            index_name: string;
            /**
             * Namespace
             * @description Namespace within the index to write vectors to.
             */
            namespace: string;
            /**
             * Batch Size
             * @description Number of vectors to upsert per request.
             * @default 50
             */
            batch_size: number;
            /**
             * Spec
             * @description How to create the index if index_name does not exist yet: serverless or pod-based, mirroring Pinecone's create-index spec. Ignored for an existing index.
             */
            spec?: {
                /** Serverless */
                serverless: {
                    /**
                     * Cloud
                     * @description Cloud provider hosting the index.
                     * @enum {string}
                     */
                    cloud: "aws" | "gcp" | "azure";
                    /**
                     * Region
                     * @description Cloud region of the index, for example us-east-1.
                     */
                    region: string;
                };
            } | {
                /** Pod */
                pod: {
                    /**
                     * Environment
                     * @description Pinecone environment of the pods, for example us-east1-gcp.
                     */
                    environment: string;
                    /**
                     * Pod Type
                     * @description Pod type and size, for example p1.x1.
                     * @default p1.x1
                     */
                    pod_type: string;
                    /**
                     * Replicas
                     * @description Number of replicas.
                     * @default 1
                     */
                    replicas: number;
                };
            };
        };
        /**
         * PostgresDestinationConnectorConfigInput
         * @description PostgreSQL destination: inserts the processed elements as rows of a table (pgvector for embeddings).
         */
        PostgresDestinationConnectorConfigInput: {
            /**
             * Host
             * @description Host name or IP address of the PostgreSQL server.
             */
            host: string;
            /**
             * Port
             * @description Port the PostgreSQL server listens on, usually 5432.
             */
            port: number;
            /**
             * Database
             * @description Name of the database to connect to.
             */
            database: string;
            /**
             * Username
             * @description Name of the database user.
             */
            username: string;
            /**
             * Password
             * Format: password
             * @description Password of the database user.
             */
            password: string;
            /**
             * Table Name
             * @description Name of the table to write elements to.
             */
            table_name: string;
            /**
             * Batch Size
             * @description Maximum number of rows to insert per batch.
             */
            batch_size: number;
        };
        /**
         * S3DestinationConnectorConfigInput
         * @description Amazon S3 (or S3-compatible) destination: writes the processed elements as JSON files under remote_url.
         */
        S3DestinationConnectorConfigInput: {
            /**
             * Remote Url
             * @description S3 URI of the bucket or folder to write to, in the form s3://<bucket>/<path>/.
             */
            remote_url: string;
            /**
             * Anonymous
             * @description Whether to connect without credentials.
             * @default false
             */
            anonymous: boolean;
            /**
             * Key
             * @description AWS access key ID.
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
             * Token
             * @description AWS STS session token, for temporary credentials.
             * @default null
             */
            token: string | null;
            /**
             * Endpoint Url
             * @description Custom endpoint URL for S3-compatible storage that is not AWS.
             * @default null
             */
            endpoint_url: string | null;
        };
        /**
         * WeaviateDestinationConnectorConfigInput
         * @description Weaviate Cloud destination: writes elements and their embeddings into a collection.
         */
        WeaviateDestinationConnectorConfigInput: {
            /**
             * Cluster Url
             * Format: uri
             * @description REST endpoint URL of the Weaviate Cloud cluster.
             */
            cluster_url: string;
            /**
             * Api Key
             * Format: password
             * @description Admin API key of the Weaviate cluster.
             */
            api_key: string;
            /**
             * Collection
             * @description Name of the collection to write to. A default collection is created when omitted.
             * @default null
             */
            collection: string | null;
            /**
             * Additional Headers
             * @description Extra HTTP headers sent with every request to the cluster, for example API keys for vectorizer or generative modules.
             * @default null
             */
            additional_headers: {
                /**
                 * Name
                 * @description HTTP header name, for example X-OpenAI-Api-Key.
                 */
                name: string;
                /**
                 * Value
                 * @description Header value (often a third-party API key).
                 */
                value: string;
            }[] | null;
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
