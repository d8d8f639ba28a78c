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
        /** @description Config of the sources connector "postgres": typed, mapped and validated by sources/postgres.gen.ts (PostgresSourceConfig). */
        "source-postgres": {
            [key: string]: unknown;
        };
        /** @description Config of the sources connector "stripe": typed, mapped and validated by sources/stripe.gen.ts (StripeSourceConfig). */
        "source-stripe": {
            [key: string]: unknown;
        };
        /** Stripe */
        StripeBase: {
            /** Format: date-time */
            start_date?: string;
            /** @default 0 */
            lookback_window_days: number;
        };
        /** @description Config of the sources connector "google-sheets-beta": typed, mapped and validated by sources/google-sheets-beta.gen.ts (GoogleSheetsBetaSourceConfig). */
        "source-by-title": {
            [key: string]: unknown;
        };
        /** @description Config of the destinations connector "s3": typed, mapped and validated by destinations/s3.gen.ts (S3DestinationConfig). */
        "destination-s3": {
            [key: string]: unknown;
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
