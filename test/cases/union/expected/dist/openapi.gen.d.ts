export interface paths {
    "/v1/sources": {
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
                    "application/json": components["schemas"]["SourceCreateRequest"];
                };
            };
            responses: {
                /** @description OK */
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
    "/v1/sources/{sourceId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sourceId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    sourceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SourcePatchRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
    "/v1/destinations": {
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
                    "application/json": components["schemas"]["DestinationCreateRequest"];
                };
            };
            responses: {
                /** @description OK */
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
    "/v1/destinations/{destinationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                destinationId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    destinationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DestinationPatchRequest"];
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @default require
         * @enum {string}
         */
        SslMode: "disable" | "require" | "verify-full";
        /**
         * Postgres
         * @description Replicates *\/ tables `from` Postgres.
         */
        "source-postgres": {
            /** @constant */
            sourceType: "postgres";
            /** @description Hostname of the database. */
            host: string;
            /** @default 5432 */
            port: number;
            database: string;
            username: string;
            password?: string;
            ssl_mode?: components["schemas"]["SslMode"];
            replication_method: {
                /** @constant */
                method: "Standard";
            } | {
                /** @constant */
                method: "CDC";
                replication_slot: string;
                /** @default 300 */
                initial_waiting_seconds: number;
            };
            tunnel_method?: {
                /** @constant */
                tunnel_method?: "NO_TUNNEL";
            } | {
                /** @constant */
                tunnel_method: "SSH_PASSWORD_AUTH";
                tunnel_host: string;
                tunnel_user_password: string;
            };
        };
        "source-stripe": components["schemas"]["StripeBase"] & {
            /** @enum {string} */
            sourceType: "stripe";
            client_secret: string;
            "X-Some-Token"?: string;
            account_id?: string;
        };
        /** Stripe */
        StripeBase: {
            /** Format: date-time */
            start_date?: string;
            /** @default 0 */
            lookback_window_days: number;
        };
        /** Google Sheets (beta) */
        "source-by-title": {
            spreadsheet_id: string;
            /** @default false */
            names_conversion: boolean;
        };
        /** S3 */
        "destination-s3": {
            /** @constant */
            destinationType: "s3";
            /** @constant */
            storage?: "S3";
            s3_bucket_name: string;
            access_key_id?: string;
            format: {
                /** @constant */
                format_type: "CSV";
                /**
                 * @default No flattening
                 * @enum {string}
                 */
                flattening: "No flattening" | "Root level flattening";
            } | {
                /** @constant */
                format_type: "Parquet";
                /**
                 * @default UNCOMPRESSED
                 * @enum {string}
                 */
                compression_codec: "UNCOMPRESSED" | "SNAPPY" | "GZIP";
            };
        };
        SourceCreateRequest: {
            name: string;
            /** Format: uuid */
            workspaceId: string;
            configuration: components["schemas"]["source-postgres"] | components["schemas"]["source-stripe"] | components["schemas"]["source-by-title"];
        };
        SourcePatchRequest: {
            name?: string;
            configuration?: components["schemas"]["source-postgres"] | components["schemas"]["source-stripe"] | components["schemas"]["source-by-title"];
        };
        DestinationCreateRequest: {
            name: string;
            /** Format: uuid */
            workspaceId: string;
            configuration: components["schemas"]["destination-s3"];
        };
        DestinationPatchRequest: {
            name?: string;
            configuration?: components["schemas"]["destination-s3"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
