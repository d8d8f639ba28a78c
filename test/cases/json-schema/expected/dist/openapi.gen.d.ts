export interface paths {
    "/api/v1/sources/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
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
                /** @description ok */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get?: never;
        put: {
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
                /** @description ok */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
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
        get?: never;
        put?: never;
        post: {
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
                /** @description ok */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
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
        get?: never;
        put: {
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
                    "application/json": components["schemas"]["CreateDestinationConnector"];
                };
            };
            responses: {
                /** @description ok */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreateSourceConnector: {
            name: string;
            /** @enum {string} */
            type: "s3" | "kafka-cloud" | "google_drive";
            config: components["schemas"]["S3SourceConnectorConfigInput"] | components["schemas"]["GoogleDriveSourceConnectorConfigInput"];
        };
        UpdateSourceConnector: {
            config: Record<string, never>;
        };
        CreateDestinationConnector: {
            name: string;
            /** @enum {string} */
            type: "postgres";
            config: components["schemas"]["PostgresDestinationConnectorConfigInput"];
        };
        S3SourceConnectorConfigInput: {
            /** @description The document copy: the schema file wins. */
            remote_url: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "s3";
        };
        /** @description Config of the sources connector "google_drive": typed, mapped and validated by sources/google_drive.gen.ts (GoogleDriveSourceConfig). */
        GoogleDriveSourceConnectorConfigInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GoogleDriveSourceConnectorConfigInput";
        } & {
            [key: string]: unknown;
        };
        RecursiveBase: {
            /** @default true */
            recursive: boolean;
        };
        /** @description Config of the destinations connector "postgres": typed, mapped and validated by destinations/postgres.gen.ts (PostgresDestinationConfig). */
        PostgresDestinationConnectorConfigInput: {
            [key: string]: unknown;
        };
        /**
         * @description Shared from the OpenAPI document's components.
         * @default 100
         */
        BatchSize: number;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
