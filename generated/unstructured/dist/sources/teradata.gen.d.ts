import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "teradata";
export declare const displayName = "teradata";
/**
 * teradata
 *
 * Teradata Vantage source. Reads rows of one table in batches; each row becomes a document.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface TeradataSourceConfig {
    /**
     * Host
     *
     * Host name or IP address of the Teradata system.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Dbs Port
     *
     * Database (DBS) port of the Teradata system.
     *
     * Wire key: "dbs_port"
     * Range: 1 to 65535
     * @default 1025
     */
    dbsPort?: number;
    /**
     * User
     *
     * Teradata user name.
     *
     * Wire key: "user"
     */
    user: string;
    /**
     * Password
     *
     * Password of the Teradata user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Database
     *
     * Default database for the session. The user's default database when omitted.
     *
     * Wire key: "database"
     * @default null
     */
    database?: string | null;
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
     * @default "id"
     */
    idColumn?: string;
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
/** teradata sources connector ("teradata") config exactly as the API sends and receives it. */
export interface TeradataSourceWireConfig {
    /**
     * Host
     *
     * Host name or IP address of the Teradata system.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Dbs Port
     *
     * Database (DBS) port of the Teradata system.
     *
     * Wire key: "dbs_port"
     * Range: 1 to 65535
     * @default 1025
     */
    dbs_port?: number;
    /**
     * User
     *
     * Teradata user name.
     *
     * Wire key: "user"
     */
    user: string;
    /**
     * Password
     *
     * Password of the Teradata user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password: string;
    /**
     * Database
     *
     * Default database for the session. The user's default database when omitted.
     *
     * Wire key: "database"
     * @default null
     */
    database?: string | null;
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
     * @default "id"
     */
    id_column?: string;
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
export type TeradataSourceUpdateConfig = TeradataSourceConfig;
export type Config = TeradataSourceConfig;
export type WireConfig = TeradataSourceWireConfig;
export type UpdateConfig = TeradataSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: TeradataSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: TeradataSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly host: "host";
    readonly dbsPort: "dbs_port";
    readonly user: "user";
    readonly password: "password";
    readonly database: "database";
    readonly tableName: "table_name";
    readonly idColumn: "id_column";
    readonly batchSize: "batch_size";
    readonly fields: "fields";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly host: "host";
    readonly dbs_port: "dbsPort";
    readonly user: "user";
    readonly password: "password";
    readonly database: "database";
    readonly table_name: "tableName";
    readonly id_column: "idColumn";
    readonly batch_size: "batchSize";
    readonly fields: "fields";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: TeradataSourceConfig): TeradataSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: TeradataSourceWireConfig | Readonly<Record<string, unknown>>): TeradataSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is TeradataSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, TeradataSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<TeradataSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, TeradataSourceWireConfig>>;
