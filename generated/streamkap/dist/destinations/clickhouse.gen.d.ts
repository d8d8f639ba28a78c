import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "clickhouse";
export declare const displayName = "ClickHouse";
/**
 * ClickHouse
 *
 * Writes change events to ClickHouse tables over HTTP(S), deduplicating rows in upsert mode or appending every event.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ClickhouseDestinationConfig {
    /**
     * Hostname
     *
     * ClickHouse Hostname Or IP address
     *
     * Wire key: "hostname"
     */
    hostname: string;
    /**
     * Port
     *
     * ClickHouse Port. For example, 8443
     *
     * Wire key: "port"
     * @default 8443
     */
    port?: number;
    /**
     * Username
     *
     * Username to access ClickHouse
     *
     * Wire key: "connection.username"
     */
    connectionUsername: string;
    /**
     * Password
     *
     * Password to access the ClickHouse
     *
     * Wire key: "connection.password"
     * Secret: never logged or echoed by the generated code.
     */
    connectionPassword: string;
    /**
     * Database
     *
     * ClickHouse database
     *
     * Wire key: "database"
     * @default "default"
     */
    database?: string;
    /**
     * SSL
     *
     * Enable TLS for network connections
     *
     * Wire key: "ssl"
     * @default true
     */
    ssl?: boolean;
    /**
     * Ingestion Mode
     *
     * Upsert or append modes are available
     *
     * Wire key: "ingestion.mode"
     * Allowed values: "upsert", "append"
     * Set once: can be set at creation, never changed by an update.
     * @default "upsert"
     */
    ingestionMode?: "upsert" | "append";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database (applies to upsert only)
     *
     * Wire key: "hard.delete"
     * Required when ingestionMode = "upsert".
     * @default true
     */
    hardDelete?: boolean;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic", "none"
     * @default "basic"
     */
    schemaEvolution?: "basic" | "none";
    /**
     * Topics Config Map
     *
     * Per topic configuration in JSON format
     *
     * Wire key: "topics.config.map"
     */
    topicsConfigMap?: string;
    /**
     * Tasks
     *
     * The maximum number of active task
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
}
/** ClickHouse destinations connector ("clickhouse") config exactly as the API sends and receives it. */
export interface ClickhouseDestinationWireConfig {
    /**
     * Hostname
     *
     * ClickHouse Hostname Or IP address
     *
     * Wire key: "hostname"
     */
    hostname: string;
    /**
     * Port
     *
     * ClickHouse Port. For example, 8443
     *
     * Wire key: "port"
     * @default 8443
     */
    port?: number;
    /**
     * Username
     *
     * Username to access ClickHouse
     *
     * Wire key: "connection.username"
     */
    "connection.username": string;
    /**
     * Password
     *
     * Password to access the ClickHouse
     *
     * Wire key: "connection.password"
     * Secret: never logged or echoed by the generated code.
     */
    "connection.password": string;
    /**
     * Database
     *
     * ClickHouse database
     *
     * Wire key: "database"
     * @default "default"
     */
    database?: string;
    /**
     * SSL
     *
     * Enable TLS for network connections
     *
     * Wire key: "ssl"
     * @default true
     */
    ssl?: boolean;
    /**
     * Ingestion Mode
     *
     * Upsert or append modes are available
     *
     * Wire key: "ingestion.mode"
     * Allowed values: "upsert", "append"
     * Set once: can be set at creation, never changed by an update.
     * @default "upsert"
     */
    "ingestion.mode"?: "upsert" | "append";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database (applies to upsert only)
     *
     * Wire key: "hard.delete"
     * Required when ingestionMode = "upsert".
     * @default true
     */
    "hard.delete"?: boolean;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic", "none"
     * @default "basic"
     */
    "schema.evolution"?: "basic" | "none";
    /**
     * Topics Config Map
     *
     * Per topic configuration in JSON format
     *
     * Wire key: "topics.config.map"
     */
    "topics.config.map"?: string;
    /**
     * Tasks
     *
     * The maximum number of active task
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ClickhouseDestinationUpdateConfig = Omit<ClickhouseDestinationConfig, "ingestionMode"> & Partial<Pick<ClickhouseDestinationConfig, "ingestionMode">>;
export type Config = ClickhouseDestinationConfig;
export type WireConfig = ClickhouseDestinationWireConfig;
export type UpdateConfig = ClickhouseDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: ClickhouseDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: ClickhouseDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly hostname: "hostname";
    readonly port: "port";
    readonly connectionUsername: "connection.username";
    readonly connectionPassword: "connection.password";
    readonly database: "database";
    readonly ssl: "ssl";
    readonly ingestionMode: "ingestion.mode";
    readonly hardDelete: "hard.delete";
    readonly schemaEvolution: "schema.evolution";
    readonly topicsConfigMap: "topics.config.map";
    readonly tasksMax: "tasks.max";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly hostname: "hostname";
    readonly port: "port";
    readonly "connection.username": "connectionUsername";
    readonly "connection.password": "connectionPassword";
    readonly database: "database";
    readonly ssl: "ssl";
    readonly "ingestion.mode": "ingestionMode";
    readonly "hard.delete": "hardDelete";
    readonly "schema.evolution": "schemaEvolution";
    readonly "topics.config.map": "topicsConfigMap";
    readonly "tasks.max": "tasksMax";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ClickhouseDestinationConfig): ClickhouseDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ClickhouseDestinationWireConfig | Readonly<Record<string, unknown>>): ClickhouseDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ClickhouseDestinationConfig;
/** A validated POST /destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, ClickhouseDestinationWireConfig>>;
/** A validated PUT /destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<ClickhouseDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, ClickhouseDestinationWireConfig>>;
