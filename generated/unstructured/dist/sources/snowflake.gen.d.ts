import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "snowflake";
export declare const displayName = "snowflake";
/**
 * snowflake
 *
 * Snowflake source. Reads rows of one table in batches; each row becomes a document.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SnowflakeSourceConfig {
    /**
     * Account
     *
     * Snowflake account identifier, in the form <org>-<account>.
     *
     * Wire key: "account"
     */
    account: string;
    /**
     * User
     *
     * Login name of the Snowflake user.
     *
     * Wire key: "user"
     */
    user: string;
    /**
     * Password
     *
     * Password of the Snowflake user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Host
     *
     * Host name of the Snowflake account, for example <org>-<account>.snowflakecomputing.com.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Port
     *
     * Port to connect on.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 443
     */
    port?: number;
    /**
     * Role
     *
     * Snowflake role to use for the session.
     *
     * Wire key: "role"
     */
    role: string;
    /**
     * Database
     *
     * Name of the database.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Schema
     *
     * Name of the schema within the database.
     *
     * Wire key: "schema"
     */
    schema: string;
    /**
     * Table Name
     *
     * Name of the table to read rows from.
     *
     * Wire key: "table_name"
     */
    tableName: string;
    /**
     * Id Column
     *
     * Name of the column that uniquely identifies each row.
     *
     * Wire key: "id_column"
     */
    idColumn: string;
    /**
     * Batch Size
     *
     * Maximum number of rows to fetch per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     * @default 100
     */
    batchSize?: number;
    /**
     * Fields
     *
     * Names of the columns to read. All columns when omitted.
     *
     * Wire key: "fields"
     * @default null
     */
    fields?: string[] | null;
}
/** snowflake sources connector ("snowflake") config exactly as the API sends and receives it. */
export interface SnowflakeSourceWireConfig {
    /**
     * Account
     *
     * Snowflake account identifier, in the form <org>-<account>.
     *
     * Wire key: "account"
     */
    account: string;
    /**
     * User
     *
     * Login name of the Snowflake user.
     *
     * Wire key: "user"
     */
    user: string;
    /**
     * Password
     *
     * Password of the Snowflake user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Host
     *
     * Host name of the Snowflake account, for example <org>-<account>.snowflakecomputing.com.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Port
     *
     * Port to connect on.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 443
     */
    port?: number;
    /**
     * Role
     *
     * Snowflake role to use for the session.
     *
     * Wire key: "role"
     */
    role: string;
    /**
     * Database
     *
     * Name of the database.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Schema
     *
     * Name of the schema within the database.
     *
     * Wire key: "schema"
     */
    schema: string;
    /**
     * Table Name
     *
     * Name of the table to read rows from.
     *
     * Wire key: "table_name"
     */
    table_name: string;
    /**
     * Id Column
     *
     * Name of the column that uniquely identifies each row.
     *
     * Wire key: "id_column"
     */
    id_column: string;
    /**
     * Batch Size
     *
     * Maximum number of rows to fetch per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     * @default 100
     */
    batch_size?: number;
    /**
     * Fields
     *
     * Names of the columns to read. All columns when omitted.
     *
     * Wire key: "fields"
     * @default null
     */
    fields?: string[] | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SnowflakeSourceUpdateConfig = SnowflakeSourceConfig;
export type Config = SnowflakeSourceConfig;
export type WireConfig = SnowflakeSourceWireConfig;
export type UpdateConfig = SnowflakeSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: SnowflakeSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: SnowflakeSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly account: "account";
    readonly user: "user";
    readonly password: "password";
    readonly host: "host";
    readonly port: "port";
    readonly role: "role";
    readonly database: "database";
    readonly schema: "schema";
    readonly tableName: "table_name";
    readonly idColumn: "id_column";
    readonly batchSize: "batch_size";
    readonly fields: "fields";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly account: "account";
    readonly user: "user";
    readonly password: "password";
    readonly host: "host";
    readonly port: "port";
    readonly role: "role";
    readonly database: "database";
    readonly schema: "schema";
    readonly table_name: "tableName";
    readonly id_column: "idColumn";
    readonly batch_size: "batchSize";
    readonly fields: "fields";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SnowflakeSourceConfig): SnowflakeSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SnowflakeSourceWireConfig | Readonly<Record<string, unknown>>): SnowflakeSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SnowflakeSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, SnowflakeSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<SnowflakeSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, SnowflakeSourceWireConfig>>;
