import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "postgres";
export declare const displayName = "Postgres";
/**
 * Postgres
 *
 * Replicates *\/ tables `from` Postgres.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PostgresSourceConfig {
    /**
     * Hostname of the database.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Wire key: "port"
     * Range: 0 to 65536
     * @default 5432
     */
    port?: number;
    /** Wire key: "database" */
    database: string;
    /** Wire key: "username" */
    username: string;
    /**
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password?: string;
    /**
     * Wire key: "ssl_mode"
     * Allowed values: "disable", "require", "verify-full"
     * @default "require"
     */
    sslMode?: "disable" | "require" | "verify-full";
    /** Wire key: "replication_method" */
    replicationMethod: {
        method: "Standard";
    } | {
        method: "CDC";
        replicationSlot: string;
        initialWaitingSeconds?: number;
    };
    /** Wire key: "tunnel_method" */
    tunnelMethod?: {
        tunnelMethod?: "NO_TUNNEL";
    } | {
        tunnelMethod: "SSH_PASSWORD_AUTH";
        tunnelHost: string;
        tunnelUserPassword: string;
    };
}
/** Postgres sources connector ("postgres") config exactly as the API sends and receives it. */
export interface PostgresSourceWireConfig {
    /** Names the connector; filled in by `toWire` and the builders. */
    sourceType: "postgres";
    /**
     * Hostname of the database.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Wire key: "port"
     * Range: 0 to 65536
     * @default 5432
     */
    port?: number;
    /** Wire key: "database" */
    database: string;
    /** Wire key: "username" */
    username: string;
    /**
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password?: string;
    /**
     * Wire key: "ssl_mode"
     * Allowed values: "disable", "require", "verify-full"
     * @default "require"
     */
    ssl_mode?: "disable" | "require" | "verify-full";
    /** Wire key: "replication_method" */
    replication_method: {
        method: "Standard";
    } | {
        method: "CDC";
        replication_slot: string;
        initial_waiting_seconds?: number;
    };
    /** Wire key: "tunnel_method" */
    tunnel_method?: {
        tunnel_method?: "NO_TUNNEL";
    } | {
        tunnel_method: "SSH_PASSWORD_AUTH";
        tunnel_host: string;
        tunnel_user_password: string;
    };
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PostgresSourceUpdateConfig = PostgresSourceConfig;
export type Config = PostgresSourceConfig;
export type WireConfig = PostgresSourceWireConfig;
export type UpdateConfig = PostgresSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: PostgresSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: PostgresSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly host: "host";
    readonly port: "port";
    readonly database: "database";
    readonly username: "username";
    readonly password: "password";
    readonly sslMode: "ssl_mode";
    readonly replicationMethod: "replication_method";
    readonly tunnelMethod: "tunnel_method";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly host: "host";
    readonly port: "port";
    readonly database: "database";
    readonly username: "username";
    readonly password: "password";
    readonly ssl_mode: "sslMode";
    readonly replication_method: "replicationMethod";
    readonly tunnel_method: "tunnelMethod";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PostgresSourceConfig): PostgresSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PostgresSourceWireConfig | Readonly<Record<string, unknown>>): PostgresSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PostgresSourceConfig;
/** A validated POST /v1/sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, PostgresSourceWireConfig>>;
/** A validated PATCH /v1/sources/{sourceId} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<PostgresSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, PostgresSourceWireConfig>>;
