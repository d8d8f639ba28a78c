import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "snowflake";
export declare const displayName = "Snowflake";
/**
 * Snowflake
 *
 * Streams change events into Snowflake tables with Snowpipe Streaming, in append or upsert mode, authenticating with key-pair authentication.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SnowflakeDestinationConfig {
    /**
     * Snowflake URL
     *
     * The URL for accessing your Snowflake account. This URL must include your account identifier. Note that the protocol (https://) and port number are optional.
     *
     * Wire key: "snowflake.url.name"
     */
    snowflakeUrlName: string;
    /**
     * Username
     *
     * User login name for the Snowflake account.
     *
     * Wire key: "snowflake.user.name"
     * @default "STREAMKAP_USER"
     */
    snowflakeUserName?: string;
    /**
     * Private Key
     *
     * The private key to authenticate the user. Include only the key, not the header or footer. If the key is split across multiple lines, remove the line breaks.
     *
     * Wire key: "snowflake.private.key"
     * Secret: never logged or echoed by the generated code.
     */
    snowflakePrivateKey: string;
    /**
     * Is Private Key Encrypted?
     *
     * If checked (default), provide your private key's passphrase; uncheck for keys without a passphrase.
     *
     * Wire key: "snowflake.private.key.passphrase.secured"
     * @default true
     */
    snowflakePrivateKeyPassphraseSecured?: boolean;
    /**
     * Private Key Passphrase
     *
     * The passphrase is used to decrypt the private key.
     *
     * Wire key: "snowflake.private.key.passphrase"
     * Required when snowflakePrivateKeyPassphraseSecured = true.
     * Secret: never logged or echoed by the generated code.
     */
    snowflakePrivateKeyPassphrase?: string;
    /**
     * Warehouse Name
     *
     * The name of the snowflake warehouse.
     *
     * Wire key: "sfwarehouse"
     * @default "STREAMKAP_WH"
     */
    sfwarehouse?: string;
    /**
     * Database Name
     *
     * The name of the database that contains the table to insert rows into.
     *
     * Wire key: "snowflake.database.name"
     * @default "STREAMKAP_DB"
     */
    snowflakeDatabaseName?: string;
    /**
     * Schema Name
     *
     * The name of the schema that contains the table to insert rows into.
     *
     * Wire key: "snowflake.schema.name"
     * @default "STREAMKAP"
     */
    snowflakeSchemaName?: string;
    /**
     * Create Schema
     *
     * Automatically generates a Snowflake schema if it does not already exist.
     *
     * Wire key: "create.schema.auto"
     * @default true
     */
    createSchemaAuto?: boolean;
    /**
     * Snowflake Role
     *
     * The name of an existing role with necessary privileges (for Streamkap) assigned to the user.
     *
     * Wire key: "snowflake.role.name"
     * @default "STREAMKAP_ROLE"
     */
    snowflakeRoleName?: string;
    /**
     * Ingestion Mode
     *
     * Upsert or append modes are available. When switching append to upsert, existing data must be deduplicated or deleted.
     *
     * Wire key: "ingestion.mode"
     * Allowed values: "append" (Append), "upsert" (Upsert)
     * Set once: can be set at creation, never changed by an update.
     * @default "append"
     */
    ingestionMode?: "append" | "upsert";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database (applies to upsert only).
     *
     * Wire key: "hard.delete"
     * Used only when ingestionMode = "upsert".
     * @default true
     */
    hardDelete?: boolean;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none.
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic" (Basic), "none" (None)
     * Used only when ingestionMode = "upsert".
     * @default "basic"
     */
    schemaEvolution?: "basic" | "none";
    /**
     * Use Hybrid Tables
     *
     * Specifies whether the connector should create Hybrid Tables (applies to upsert only).
     *
     * Wire key: "use.hybrid.tables"
     * Used only when ingestionMode = "upsert".
     * @default false
     */
    useHybridTables?: boolean;
    /**
     * Auto Create Dynamic Tables
     *
     * Specifies whether the connector should create Dynamic Tables & Cleanup Tasks (applies to append only).
     *
     * Wire key: "apply.dynamic.table.script"
     * Used only when ingestionMode = "append".
     * @default false
     */
    applyDynamicTableScript?: boolean;
    /**
     * Dynamic Table Creation SQL
     *
     * These template queries run for each table the first time a record is streamed for them.
     *
     * Wire key: "create.sql.execute"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     * @default "CREATE OR REPLACE DYNAMIC TABLE {{table}}_DT TARGET_LAG='15 minutes' WAREHOUSE={{warehouse}} AS SELECT * EXCLUDE dedupe_id FROM( SELECT *, ROW_NUMBER() OVER (PARTITION BY {{primaryKeyColumns}} ORDER BY _streamkap_ts_ms DESC, _streamkap_offset DESC) AS dedupe_id FROM {{table}} ) WHERE dedupe_id = 1 AND __deleted = 'false';"
     */
    createSqlExecute?: string;
    /**
     * Dynamic Table Name
     *
     * Can be used as {{dynamicTableName}} in dynamic table creation SQL.
     *
     * Wire key: "sql.table.name"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     * @default "{{table}}_DT"
     */
    sqlTableName?: string;
    /**
     * Dynamic Table Data
     *
     * Use {"TABLE_DATA": {"{table_name}": {"{key}": "{value}"}}} to set table specific data available in the custom SQL templates.
     *
     * Wire key: "create.sql.data"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     */
    createSqlData?: string;
    /**
     * Dedupe Table Mapping
     *
     * Mapping between the tables that store append-only data and the deduplicated tables, used for QA scripts.
     *
     * Wire key: "auto.qa.dedupe.table.mapping"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     */
    autoQaDedupeTableMapping?: string;
    /**
     * Topic To Table Mapping
     *
     * Custom topic-to-table name mapping using regex, in the form matching_pattern:replacement_pattern. Use $1, $2, etc. for captured groups.
     *
     * Wire key: "snowflake.topic2table.map"
     * @default "^([-\\w]+\\.)([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+):$5"
     */
    snowflakeTopic2tableMap?: string;
    /**
     * Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
}
/** Snowflake destinations connector ("snowflake") config exactly as the API sends and receives it. */
export interface SnowflakeDestinationWireConfig {
    /**
     * Snowflake URL
     *
     * The URL for accessing your Snowflake account. This URL must include your account identifier. Note that the protocol (https://) and port number are optional.
     *
     * Wire key: "snowflake.url.name"
     */
    "snowflake.url.name": string;
    /**
     * Username
     *
     * User login name for the Snowflake account.
     *
     * Wire key: "snowflake.user.name"
     * @default "STREAMKAP_USER"
     */
    "snowflake.user.name"?: string;
    /**
     * Private Key
     *
     * The private key to authenticate the user. Include only the key, not the header or footer. If the key is split across multiple lines, remove the line breaks.
     *
     * Wire key: "snowflake.private.key"
     * Secret: never logged or echoed by the generated code.
     */
    "snowflake.private.key": string;
    /**
     * Is Private Key Encrypted?
     *
     * If checked (default), provide your private key's passphrase; uncheck for keys without a passphrase.
     *
     * Wire key: "snowflake.private.key.passphrase.secured"
     * @default true
     */
    "snowflake.private.key.passphrase.secured"?: boolean;
    /**
     * Private Key Passphrase
     *
     * The passphrase is used to decrypt the private key.
     *
     * Wire key: "snowflake.private.key.passphrase"
     * Required when snowflakePrivateKeyPassphraseSecured = true.
     * Secret: never logged or echoed by the generated code.
     */
    "snowflake.private.key.passphrase"?: string;
    /**
     * Warehouse Name
     *
     * The name of the snowflake warehouse.
     *
     * Wire key: "sfwarehouse"
     * @default "STREAMKAP_WH"
     */
    sfwarehouse?: string;
    /**
     * Database Name
     *
     * The name of the database that contains the table to insert rows into.
     *
     * Wire key: "snowflake.database.name"
     * @default "STREAMKAP_DB"
     */
    "snowflake.database.name"?: string;
    /**
     * Schema Name
     *
     * The name of the schema that contains the table to insert rows into.
     *
     * Wire key: "snowflake.schema.name"
     * @default "STREAMKAP"
     */
    "snowflake.schema.name"?: string;
    /**
     * Create Schema
     *
     * Automatically generates a Snowflake schema if it does not already exist.
     *
     * Wire key: "create.schema.auto"
     * @default true
     */
    "create.schema.auto"?: boolean;
    /**
     * Snowflake Role
     *
     * The name of an existing role with necessary privileges (for Streamkap) assigned to the user.
     *
     * Wire key: "snowflake.role.name"
     * @default "STREAMKAP_ROLE"
     */
    "snowflake.role.name"?: string;
    /**
     * Ingestion Mode
     *
     * Upsert or append modes are available. When switching append to upsert, existing data must be deduplicated or deleted.
     *
     * Wire key: "ingestion.mode"
     * Allowed values: "append" (Append), "upsert" (Upsert)
     * Set once: can be set at creation, never changed by an update.
     * @default "append"
     */
    "ingestion.mode"?: "append" | "upsert";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database (applies to upsert only).
     *
     * Wire key: "hard.delete"
     * Used only when ingestionMode = "upsert".
     * @default true
     */
    "hard.delete"?: boolean;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none.
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic" (Basic), "none" (None)
     * Used only when ingestionMode = "upsert".
     * @default "basic"
     */
    "schema.evolution"?: "basic" | "none";
    /**
     * Use Hybrid Tables
     *
     * Specifies whether the connector should create Hybrid Tables (applies to upsert only).
     *
     * Wire key: "use.hybrid.tables"
     * Used only when ingestionMode = "upsert".
     * @default false
     */
    "use.hybrid.tables"?: boolean;
    /**
     * Auto Create Dynamic Tables
     *
     * Specifies whether the connector should create Dynamic Tables & Cleanup Tasks (applies to append only).
     *
     * Wire key: "apply.dynamic.table.script"
     * Used only when ingestionMode = "append".
     * @default false
     */
    "apply.dynamic.table.script"?: boolean;
    /**
     * Dynamic Table Creation SQL
     *
     * These template queries run for each table the first time a record is streamed for them.
     *
     * Wire key: "create.sql.execute"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     * @default "CREATE OR REPLACE DYNAMIC TABLE {{table}}_DT TARGET_LAG='15 minutes' WAREHOUSE={{warehouse}} AS SELECT * EXCLUDE dedupe_id FROM( SELECT *, ROW_NUMBER() OVER (PARTITION BY {{primaryKeyColumns}} ORDER BY _streamkap_ts_ms DESC, _streamkap_offset DESC) AS dedupe_id FROM {{table}} ) WHERE dedupe_id = 1 AND __deleted = 'false';"
     */
    "create.sql.execute"?: string;
    /**
     * Dynamic Table Name
     *
     * Can be used as {{dynamicTableName}} in dynamic table creation SQL.
     *
     * Wire key: "sql.table.name"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     * @default "{{table}}_DT"
     */
    "sql.table.name"?: string;
    /**
     * Dynamic Table Data
     *
     * Use {"TABLE_DATA": {"{table_name}": {"{key}": "{value}"}}} to set table specific data available in the custom SQL templates.
     *
     * Wire key: "create.sql.data"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     */
    "create.sql.data"?: string;
    /**
     * Dedupe Table Mapping
     *
     * Mapping between the tables that store append-only data and the deduplicated tables, used for QA scripts.
     *
     * Wire key: "auto.qa.dedupe.table.mapping"
     * Used only when ingestionMode = "append" and applyDynamicTableScript = true.
     */
    "auto.qa.dedupe.table.mapping"?: string;
    /**
     * Topic To Table Mapping
     *
     * Custom topic-to-table name mapping using regex, in the form matching_pattern:replacement_pattern. Use $1, $2, etc. for captured groups.
     *
     * Wire key: "snowflake.topic2table.map"
     * @default "^([-\\w]+\\.)([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+\\.)?([-\\w]+):$5"
     */
    "snowflake.topic2table.map"?: string;
    /**
     * Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SnowflakeDestinationUpdateConfig = Omit<SnowflakeDestinationConfig, "ingestionMode"> & Partial<Pick<SnowflakeDestinationConfig, "ingestionMode">>;
export type Config = SnowflakeDestinationConfig;
export type WireConfig = SnowflakeDestinationWireConfig;
export type UpdateConfig = SnowflakeDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: SnowflakeDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: SnowflakeDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly snowflakeUrlName: "snowflake.url.name";
    readonly snowflakeUserName: "snowflake.user.name";
    readonly snowflakePrivateKey: "snowflake.private.key";
    readonly snowflakePrivateKeyPassphraseSecured: "snowflake.private.key.passphrase.secured";
    readonly snowflakePrivateKeyPassphrase: "snowflake.private.key.passphrase";
    readonly sfwarehouse: "sfwarehouse";
    readonly snowflakeDatabaseName: "snowflake.database.name";
    readonly snowflakeSchemaName: "snowflake.schema.name";
    readonly createSchemaAuto: "create.schema.auto";
    readonly snowflakeRoleName: "snowflake.role.name";
    readonly ingestionMode: "ingestion.mode";
    readonly hardDelete: "hard.delete";
    readonly schemaEvolution: "schema.evolution";
    readonly useHybridTables: "use.hybrid.tables";
    readonly applyDynamicTableScript: "apply.dynamic.table.script";
    readonly createSqlExecute: "create.sql.execute";
    readonly sqlTableName: "sql.table.name";
    readonly createSqlData: "create.sql.data";
    readonly autoQaDedupeTableMapping: "auto.qa.dedupe.table.mapping";
    readonly snowflakeTopic2tableMap: "snowflake.topic2table.map";
    readonly tasksMax: "tasks.max";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "snowflake.url.name": "snowflakeUrlName";
    readonly "snowflake.user.name": "snowflakeUserName";
    readonly "snowflake.private.key": "snowflakePrivateKey";
    readonly "snowflake.private.key.passphrase.secured": "snowflakePrivateKeyPassphraseSecured";
    readonly "snowflake.private.key.passphrase": "snowflakePrivateKeyPassphrase";
    readonly sfwarehouse: "sfwarehouse";
    readonly "snowflake.database.name": "snowflakeDatabaseName";
    readonly "snowflake.schema.name": "snowflakeSchemaName";
    readonly "create.schema.auto": "createSchemaAuto";
    readonly "snowflake.role.name": "snowflakeRoleName";
    readonly "ingestion.mode": "ingestionMode";
    readonly "hard.delete": "hardDelete";
    readonly "schema.evolution": "schemaEvolution";
    readonly "use.hybrid.tables": "useHybridTables";
    readonly "apply.dynamic.table.script": "applyDynamicTableScript";
    readonly "create.sql.execute": "createSqlExecute";
    readonly "sql.table.name": "sqlTableName";
    readonly "create.sql.data": "createSqlData";
    readonly "auto.qa.dedupe.table.mapping": "autoQaDedupeTableMapping";
    readonly "snowflake.topic2table.map": "snowflakeTopic2tableMap";
    readonly "tasks.max": "tasksMax";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SnowflakeDestinationConfig): SnowflakeDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SnowflakeDestinationWireConfig | Readonly<Record<string, unknown>>): SnowflakeDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SnowflakeDestinationConfig;
/** A validated POST /destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, SnowflakeDestinationWireConfig>>;
/** A validated PUT /destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<SnowflakeDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, SnowflakeDestinationWireConfig>>;
