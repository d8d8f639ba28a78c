export interface paths {
    "/sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sources
         * @description List sources, paged. page_size defaults to 10 (maximum 100).
         */
        get: operations["listSources"];
        put?: never;
        /**
         * Create New Source
         * @description Create a new source connector.
         *     The config object contains connector-specific properties using dot notation.
         *     Use the GET /sources/connectors endpoint with a connector_code query parameter to retrieve the full configuration schema for a specific connector type.
         */
        post: operations["createSource"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List source connector types, or get one type's configuration schema
         * @description Without connector_code: the available source connector types. With connector_code: that connector type's configuration schema. Each config entry describes one property; use entries where user_defined is true to build the config object.
         */
        get: operations["getSourceConnectorSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sources/{source_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Source identifier */
                source_id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        /**
         * Get Source
         * @description Get one source by id. Like the list endpoint, the body is a paged envelope whose result holds at most one source (an empty result means it does not exist).
         */
        get: operations["getSource"];
        /**
         * Update Existing Source
         * @description Update an existing source connector. Config properties marked set_once in the connector schema cannot change.
         */
        put: operations["updateSource"];
        post?: never;
        /**
         * Delete Source
         * @description Delete a source. Returns the deleted source.
         */
        delete: operations["deleteSource"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/destinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Destinations
         * @description List destinations, paged. page_size defaults to 10 (maximum 100).
         */
        get: operations["listDestinations"];
        put?: never;
        /**
         * Create New Destination
         * @description Create a new destination connector.
         *     The config object contains connector-specific properties using dot notation.
         *     Use the GET /destinations/connectors endpoint with a connector_code query parameter to retrieve the full configuration schema for a specific connector type.
         */
        post: operations["createDestination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/destinations/connectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List destination connector types, or get one type's configuration schema
         * @description Without connector_code: the available destination connector types. With connector_code: that connector type's configuration schema. Each config entry describes one property; use entries where user_defined is true to build the config object.
         */
        get: operations["getDestinationConnectorSchema"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/destinations/{destination_id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Destination identifier */
                destination_id: components["parameters"]["DestinationId"];
            };
            cookie?: never;
        };
        /**
         * Get Destination
         * @description Get one destination by id. Like the list endpoint, the body is a paged envelope whose result holds at most one destination (an empty result means it does not exist).
         */
        get: operations["getDestination"];
        /**
         * Update Existing Destination
         * @description Update an existing destination connector. Config properties marked set_once in the connector schema cannot change.
         */
        put: operations["updateDestination"];
        post?: never;
        /**
         * Delete Destination
         * @description Delete a destination. Returns the deleted destination.
         */
        delete: operations["deleteDestination"];
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
         * EntityOriginEnum
         * @description Origin of the entity creation.
         * @enum {string}
         */
        CreatedFrom: "terraform" | "web" | "api";
        /**
         * DesiredState
         * @description Desired operational state of the connector.
         * @enum {string}
         */
        DesiredState: "Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete";
        /**
         * ReportedDesiredState
         * @description Desired state reported for a connector.
         * @enum {string}
         */
        ReportedDesiredState: "Pending" | "Active" | "Paused" | "Stopped";
        /**
         * ConnectorStatus
         * @description Current connector status.
         * @enum {string}
         */
        ConnectorStatus: "Active" | "Paused" | "Stopped" | "Broken" | "Starting" | "Unassigned" | "Unknown" | "Pending";
        /**
         * TaskStatus
         * @description Status of one connector task.
         */
        TaskStatus: {
            /** @description Kafka Connect task state (e.g. RUNNING, FAILED). */
            state?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * CreateSourceRequest
         * @description Request body for creating a new source connector.
         */
        CreateSourceRequest: {
            /**
             * Name
             * @description Display name for the source connector.
             */
            name: string;
            /**
             * Connector
             * @description Connector type identifier (e.g., 'postgresql', 'mysql', 'mongodb', 'dynamodb', 'sqlserveraws').
             */
            connector: string;
            /**
             * Config
             * @description Connector-specific configuration properties using dot notation (e.g., table.include.list, schema.include.list, database.hostname). Use GET /sources/connectors with a connector_code query parameter to retrieve the full configuration schema for a specific connector type; only include properties where user_defined is true.
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * @description Origin of the entity creation.
             * @default api
             */
            created_from: components["schemas"]["CreatedFrom"] | null;
            /** @description Desired operational state of the source. */
            desired_state?: components["schemas"]["DesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster to deploy this connector to. Omit for default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Tags
             * @description List of tag IDs to assign to this source
             */
            tags?: string[] | null;
        };
        /**
         * UpdateSourceRequest
         * @description Request body for updating an existing source connector. created_from is kept from the original entity.
         */
        UpdateSourceRequest: {
            /**
             * Name
             * @description Display name for the source connector.
             */
            name: string;
            /**
             * Connector
             * @description Connector type identifier (e.g., 'postgresql', 'mysql', 'mongodb', 'dynamodb', 'sqlserveraws').
             */
            connector: string;
            /**
             * Config
             * @description Connector-specific configuration properties using dot notation (e.g., table.include.list, schema.include.list, database.hostname). Use GET /sources/connectors with a connector_code query parameter to retrieve the full configuration schema for a specific connector type; only include properties where user_defined is true.
             */
            config: {
                [key: string]: unknown;
            };
            /** @description Desired operational state of the source. */
            desired_state?: components["schemas"]["DesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster to deploy this connector to. Omit for default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Tags
             * @description List of tag IDs to assign to this source. null or absent leaves tags unchanged; [] clears all tags.
             */
            tags?: string[] | null;
        };
        /**
         * Source
         * @description Source connector configuration and status.
         */
        Source: {
            /**
             * Name
             * @description User-defined connector name
             */
            name?: string | null;
            /**
             * Connector
             * @description Connector type (e.g., 'postgresql', 'mysql', 'mongodb')
             */
            connector?: string | null;
            /**
             * Id
             * @description Unique identifier
             */
            id?: string | null;
            /**
             * Connector Display Name
             * @description Human-readable connector type name
             */
            connector_display_name?: string | null;
            /**
             * Created Timestamp
             * Format: date-time
             * @description Creation timestamp (ISO 8601)
             */
            created_timestamp?: string | null;
            /**
             * Sub Id
             * @description Subscription identifier
             */
            sub_id?: string | null;
            /**
             * Tenant Id
             * @description Tenant identifier for multi-tenancy
             */
            tenant_id?: string | null;
            /**
             * Service Id
             * @description Associated service identifier
             */
            service_id?: string | null;
            /**
             * Config
             * @description Connector configuration parameters (dot-notation keys; secret values are only included when secret_returned=true).
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Topic Ids
             * @description List of associated topic identifiers
             */
            topic_ids?: (string | number)[] | null;
            /**
             * Topic Map
             * @description Mapping of topics to their partitions or related entities
             */
            topic_map?: {
                [key: string]: (string | number)[];
            } | null;
            /**
             * Topics
             * @description List of topic names
             */
            topics?: (string | number)[] | null;
            /**
             * Tasks
             * @description List of task identifiers
             */
            tasks?: number[] | null;
            /** @description Current status: Active, Paused, Stopped, Broken, Starting, Unassigned, Unknown, Pending */
            connector_status?: components["schemas"]["ConnectorStatus"] | null;
            /** @description Desired state: Pending, Active, Paused, Stopped */
            desired_state?: components["schemas"]["ReportedDesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster this connector is deployed to. None means default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Task Statuses
             * @description Status information for each connector task, keyed by task number (e.g. "0").
             */
            task_statuses?: {
                [key: string]: components["schemas"]["TaskStatus"];
            } | null;
            /**
             * Tags
             * @description List of tag IDs assigned to this source
             */
            tags?: string[] | null;
        };
        /**
         * SourceListResponse
         * @description Paged list of sources.
         */
        SourceListResponse: {
            /**
             * Total
             * @description Total number of matching entities
             */
            total: number;
            /**
             * Page Size
             * @description Page size used for this response
             */
            page_size: number;
            /**
             * Page
             * @description Current page number (1-based)
             */
            page: number;
            /**
             * Has Next
             * @description Whether another page exists
             */
            has_next?: boolean;
            /** Result */
            result: components["schemas"]["Source"][];
        };
        /**
         * CreateDestinationRequest
         * @description Request body for creating a new destination connector.
         */
        CreateDestinationRequest: {
            /**
             * Name
             * @description Display name for the destination connector.
             */
            name: string;
            /**
             * Connector
             * @description Connector type identifier (e.g., 'snowflake', 'bigquery', 'clickhouse', 'postgresql', 's3').
             */
            connector: string;
            /**
             * Config
             * @description Connector-specific configuration properties using dot notation (e.g., snowflake.url.name, ingestion.mode, tasks.max). Use GET /destinations/connectors with a connector_code query parameter to retrieve the full configuration schema for a specific connector type; only include properties where user_defined is true.
             */
            config: {
                [key: string]: unknown;
            };
            /**
             * @description Origin of the entity creation.
             * @default api
             */
            created_from: components["schemas"]["CreatedFrom"] | null;
            /** @description Desired operational state of the destination. */
            desired_state?: components["schemas"]["DesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster to deploy this connector to. Omit for default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Tags
             * @description List of tag IDs to assign to this destination
             */
            tags?: string[] | null;
        };
        /**
         * UpdateDestinationRequest
         * @description Request body for updating an existing destination connector. created_from is kept from the original entity.
         */
        UpdateDestinationRequest: {
            /**
             * Name
             * @description Display name for the destination connector.
             */
            name: string;
            /**
             * Connector
             * @description Connector type identifier (e.g., 'snowflake', 'bigquery', 'clickhouse', 'postgresql', 's3').
             */
            connector: string;
            /**
             * Config
             * @description Connector-specific configuration properties using dot notation (e.g., snowflake.url.name, ingestion.mode, tasks.max). Use GET /destinations/connectors with a connector_code query parameter to retrieve the full configuration schema for a specific connector type; only include properties where user_defined is true.
             */
            config: {
                [key: string]: unknown;
            };
            /** @description Desired operational state of the destination. */
            desired_state?: components["schemas"]["DesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster to deploy this connector to. Omit for default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Tags
             * @description List of tag IDs to assign to this destination. null or absent leaves tags unchanged; [] clears all tags.
             */
            tags?: string[] | null;
        };
        /**
         * Destination
         * @description Destination connector configuration and status.
         */
        Destination: {
            /**
             * Name
             * @description User-defined connector name
             */
            name?: string | null;
            /**
             * Connector
             * @description Connector type (e.g., 'snowflake', 'bigquery', 'clickhouse')
             */
            connector?: string | null;
            /**
             * Id
             * @description Unique identifier
             */
            id?: string | null;
            /**
             * Connector Display Name
             * @description Human-readable connector type name
             */
            connector_display_name?: string | null;
            /**
             * Created Timestamp
             * Format: date-time
             * @description Creation timestamp (ISO 8601)
             */
            created_timestamp?: string | null;
            /**
             * Sub Id
             * @description Subscription identifier
             */
            sub_id?: string | null;
            /**
             * Tenant Id
             * @description Tenant identifier for multi-tenancy
             */
            tenant_id?: string | null;
            /**
             * Config
             * @description Connector configuration parameters (dot-notation keys; secret values are only included when secret_returned=true).
             */
            config?: {
                [key: string]: unknown;
            } | null;
            /**
             * Topic Ids
             * @description List of associated topic identifiers
             */
            topic_ids?: (string | number)[] | null;
            /**
             * Topic Map
             * @description Mapping of topics to their partitions or related entities
             */
            topic_map?: {
                [key: string]: (string | number)[];
            } | null;
            /**
             * Topics
             * @description List of topic names
             */
            topics?: (string | number)[] | null;
            /**
             * Tasks
             * @description List of task identifiers
             */
            tasks?: number[] | null;
            /** @description Current status: Active, Paused, Stopped, Broken, Starting, Unassigned, Unknown, Pending */
            connector_status?: components["schemas"]["ConnectorStatus"] | null;
            /** @description Desired state: Pending, Active, Paused, Stopped */
            desired_state?: components["schemas"]["ReportedDesiredState"] | null;
            /**
             * Kc Cluster Id
             * @description KC cluster this connector is deployed to. None means default cluster.
             */
            kc_cluster_id?: string | null;
            /**
             * Task Statuses
             * @description Status information for each connector task, keyed by task number (e.g. "0").
             */
            task_statuses?: {
                [key: string]: components["schemas"]["TaskStatus"];
            } | null;
            /**
             * Tags
             * @description List of tag IDs assigned to this destination
             */
            tags?: string[] | null;
        };
        /**
         * DestinationListResponse
         * @description Paged list of destinations.
         */
        DestinationListResponse: {
            /**
             * Total
             * @description Total number of matching entities
             */
            total: number;
            /**
             * Page Size
             * @description Page size used for this response
             */
            page_size: number;
            /**
             * Page
             * @description Current page number (1-based)
             */
            page: number;
            /**
             * Has Next
             * @description Whether another page exists
             */
            has_next?: boolean;
            /** Result */
            result: components["schemas"]["Destination"][];
        };
        /**
         * ConnectorConfigSchema
         * @description Configuration schema of one connector type (field-list form).
         */
        ConnectorConfigSchema: {
            /** @description Connector display name */
            display_name: string;
            /** @description Short description of the connector */
            description?: string;
            /**
             * @description Listed but not yet deployable
             * @default false
             */
            coming_soon: boolean;
            /** @description Every configuration property of the connector */
            config: components["schemas"]["ConnectorConfigEntry"][];
        };
        /**
         * ConnectorTypeList
         * @description The connector types of one kind.
         */
        ConnectorTypeList: {
            /** Result */
            result: components["schemas"]["ConnectorTypeSummary"][];
        };
        /** ConnectorTypeSummary */
        ConnectorTypeSummary: {
            /**
             * Connector Code
             * @description Connector type identifier, as sent in `connector`.
             */
            connector_code: string;
            /** Display Name */
            display_name: string;
            /**
             * Coming Soon
             * @description Listed but not yet deployable.
             */
            coming_soon?: boolean;
        };
        /**
         * ConnectorConfigEntry
         * @description One configuration property of a connector.
         */
        ConnectorConfigEntry: {
            /** @description Key to use in the config object (e.g., database.hostname.user.defined) */
            name: string;
            /** @description Human-readable label for the property */
            display_name?: string;
            /** @description Human-readable description of the property */
            description?: string;
            /** @description Whether the property is set by the user (only user_defined properties belong in the config object) */
            user_defined: boolean;
            /** @description Whether the property is required (only while all conditions hold, when conditions are present) */
            required?: boolean;
            /** @description Secret value, stored encrypted */
            encrypt?: boolean;
            /** @description Can be set at creation only */
            set_once?: boolean;
            order_of_display?: number;
            /** @description UI grouping tab for the property */
            tab?: string;
            display_advanced?: boolean;
            conditions?: components["schemas"]["ConnectorConfigCondition"][];
            value: components["schemas"]["ConnectorConfigValue"];
        };
        /** ConnectorConfigCondition */
        ConnectorConfigCondition: {
            /** @enum {string} */
            operator: "EQ" | "NE" | "IN";
            /** @description Name of another property of the same connector */
            config: string;
            /** @description Value to compare with (an array for IN) */
            value: unknown;
        };
        /** ConnectorConfigValue */
        ConnectorConfigValue: {
            /** @enum {string} */
            control: "string" | "text" | "password" | "textarea" | "json" | "datetime" | "file" | "number" | "slider" | "boolean" | "toggle" | "checkbox" | "one-select" | "select" | "multi-select" | "multi_select";
            /** @enum {string} */
            type: "raw" | "dynamic";
            /** @description Default value; angle-bracketed strings such as <SSH.PUBLIC.KEY> are resolved by the server */
            default?: unknown;
            raw_values?: ((string | number | boolean) | components["schemas"]["ConnectorConfigOption"])[];
            min?: number;
            max?: number;
            step?: number;
            placeholder?: string;
            readonly?: boolean;
            /** @description Server function computing a dynamic value */
            function_name?: string;
            dependencies?: string[];
        };
        /** ConnectorConfigOption */
        ConnectorConfigOption: {
            value: string | number | boolean;
            label?: string;
        };
        /** HTTPError */
        HTTPError: {
            /** Detail */
            detail: string;
        };
        /** ValidationError */
        ValidationError: {
            /** Location */
            loc: (string | number)[];
            /** Message */
            msg: string;
            /** Error Type */
            type: string;
        };
        /** HTTPValidationError */
        HTTPValidationError: {
            /** Detail */
            detail?: components["schemas"]["ValidationError"][];
        };
    };
    responses: {
        /** @description Missing, invalid or expired bearer token */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPError"];
            };
        };
        /** @description Entity not found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPError"];
            };
        };
        /** @description Validation Error */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
    };
    parameters: {
        /** @description Page number (1-based) */
        Page: number;
        /** @description Number of items per page */
        PageSize: number;
        /** @description Whether to include secret values in the response */
        SecretReturned: boolean;
        /** @description When False, save config and return immediately without waiting for KC deployment */
        WaitDeploy: boolean;
        /** @description When False, save config and return immediately without waiting for KC update */
        WaitUpdate: boolean;
        /** @description When False, save config and return immediately without waiting for KC deletion */
        WaitDelete: boolean;
        /** @description Source identifier */
        SourceId: string;
        /** @description Destination identifier */
        DestinationId: string;
        /** @description Source connector type identifier (e.g., 'postgresql', 'mysql'). Without it, the response lists the available connector types instead. */
        SourceConnectorCode: string;
        /** @description Destination connector type identifier (e.g., 'snowflake', 'clickhouse'). Without it, the response lists the available connector types instead. */
        DestinationConnectorCode: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listSources: {
        parameters: {
            query?: {
                /** @description Page number (1-based) */
                page?: components["parameters"]["Page"];
                /** @description Number of items per page */
                page_size?: components["parameters"]["PageSize"];
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
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
                    "application/json": components["schemas"]["SourceListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    createSource: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC deployment */
                wait?: components["parameters"]["WaitDeploy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSourceRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSourceConnectorSchema: {
        parameters: {
            query?: {
                /** @description Source connector type identifier (e.g., 'postgresql', 'mysql'). Without it, the response lists the available connector types instead. */
                connector_code?: components["parameters"]["SourceConnectorCode"];
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
                    "application/json": components["schemas"]["ConnectorConfigSchema"] | components["schemas"]["ConnectorTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getSource: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
            };
            header?: never;
            path: {
                /** @description Source identifier */
                source_id: components["parameters"]["SourceId"];
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
                    "application/json": components["schemas"]["SourceListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    updateSource: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC update */
                wait?: components["parameters"]["WaitUpdate"];
            };
            header?: never;
            path: {
                /** @description Source identifier */
                source_id: components["parameters"]["SourceId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSourceRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Source"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteSource: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC deletion */
                wait?: components["parameters"]["WaitDelete"];
            };
            header?: never;
            path: {
                /** @description Source identifier */
                source_id: components["parameters"]["SourceId"];
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
                    "application/json": components["schemas"]["Source"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    listDestinations: {
        parameters: {
            query?: {
                /** @description Page number (1-based) */
                page?: components["parameters"]["Page"];
                /** @description Number of items per page */
                page_size?: components["parameters"]["PageSize"];
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
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
                    "application/json": components["schemas"]["DestinationListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    createDestination: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC deployment */
                wait?: components["parameters"]["WaitDeploy"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDestinationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Destination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            422: components["responses"]["ValidationError"];
        };
    };
    getDestinationConnectorSchema: {
        parameters: {
            query?: {
                /** @description Destination connector type identifier (e.g., 'snowflake', 'clickhouse'). Without it, the response lists the available connector types instead. */
                connector_code?: components["parameters"]["DestinationConnectorCode"];
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
                    "application/json": components["schemas"]["ConnectorConfigSchema"] | components["schemas"]["ConnectorTypeList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    getDestination: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
            };
            header?: never;
            path: {
                /** @description Destination identifier */
                destination_id: components["parameters"]["DestinationId"];
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
                    "application/json": components["schemas"]["DestinationListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    updateDestination: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC update */
                wait?: components["parameters"]["WaitUpdate"];
            };
            header?: never;
            path: {
                /** @description Destination identifier */
                destination_id: components["parameters"]["DestinationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateDestinationRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Destination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
    deleteDestination: {
        parameters: {
            query?: {
                /** @description Whether to include secret values in the response */
                secret_returned?: components["parameters"]["SecretReturned"];
                /** @description When False, save config and return immediately without waiting for KC deletion */
                wait?: components["parameters"]["WaitDelete"];
            };
            header?: never;
            path: {
                /** @description Destination identifier */
                destination_id: components["parameters"]["DestinationId"];
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
                    "application/json": components["schemas"]["Destination"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["ValidationError"];
        };
    };
}
