import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "postgres";
export declare const displayName = "postgres";
/**
 * postgres
 *
 * PostgreSQL source. Reads rows of one table in batches; each row becomes a document.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PostgresSourceConfig {
    /**
     * Host
     *
     * Host name or IP address of the PostgreSQL server.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Port
     *
     * Port the PostgreSQL server listens on, usually 5432.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     */
    port: number;
    /**
     * Database
     *
     * Name of the database to connect to.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Username
     *
     * Name of the database user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the database user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Table Name
     *
     * Name of the table to read rows from.
     *
     * Wire key: "table_name"
     */
    tableName: string;
    /**
     * Batch Size
     *
     * Maximum number of rows to fetch per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     */
    batchSize: number;
    /**
     * Id Column
     *
     * Name of the column that uniquely identifies each row.
     *
     * Wire key: "id_column"
     * @default "id"
     */
    idColumn?: string;
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
/** postgres sources connector ("postgres") config exactly as the API sends and receives it. */
export interface PostgresSourceWireConfig {
    /**
     * Host
     *
     * Host name or IP address of the PostgreSQL server.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Port
     *
     * Port the PostgreSQL server listens on, usually 5432.
     *
     * Wire key: "port"
     * Range: 1 to 65535
     */
    port: number;
    /**
     * Database
     *
     * Name of the database to connect to.
     *
     * Wire key: "database"
     */
    database: string;
    /**
     * Username
     *
     * Name of the database user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the database user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Table Name
     *
     * Name of the table to read rows from.
     *
     * Wire key: "table_name"
     */
    table_name: string;
    /**
     * Batch Size
     *
     * Maximum number of rows to fetch per batch.
     *
     * Wire key: "batch_size"
     * Range: 1 to ∞
     */
    batch_size: number;
    /**
     * Id Column
     *
     * Name of the column that uniquely identifies each row.
     *
     * Wire key: "id_column"
     * @default "id"
     */
    id_column?: string;
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
    readonly tableName: "table_name";
    readonly batchSize: "batch_size";
    readonly idColumn: "id_column";
    readonly fields: "fields";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly host: "host";
    readonly port: "port";
    readonly database: "database";
    readonly username: "username";
    readonly password: "password";
    readonly table_name: "tableName";
    readonly batch_size: "batchSize";
    readonly id_column: "idColumn";
    readonly fields: "fields";
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
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, PostgresSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<PostgresSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, PostgresSourceWireConfig>>;
