import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "postgresql";
export declare const displayName = "PostgreSQL";
/**
 * PostgreSQL
 *
 * Writes change events to PostgreSQL tables with the JDBC sink, inserting or upserting rows, optionally through an SSH tunnel.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PostgresqlDestinationConfig {
    /**
     * Hostname
     *
     * PostgreSQL Hostname
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * PostgreSQL Port. For example, 5432
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    databasePort?: number;
    /**
     * Database
     *
     * Database name
     *
     * Wire key: "database.database.user.defined"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDatabase: string;
    /**
     * Username
     *
     * Username to access the database
     *
     * Wire key: "connection.username"
     */
    connectionUsername: string;
    /**
     * Password
     *
     * Password to access with the database
     *
     * Wire key: "connection.password"
     * Secret: never logged or echoed by the generated code.
     */
    connectionPassword: string;
    /**
     * Schema
     *
     * Schema for the associated table name
     *
     * Wire key: "table.name.prefix"
     * Set once: can be set at creation, never changed by an update.
     * @default "public"
     */
    tableNamePrefix?: string;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic" (Basic), "none" (None)
     * @default "basic"
     */
    schemaEvolution?: "basic" | "none";
    /**
     * Insert Mode
     *
     * Specifies the strategy used to insert events into the database
     *
     * Wire key: "insert.mode"
     * Allowed values: "insert" (Insert), "upsert" (Upsert)
     * @default "insert"
     */
    insertMode?: "insert" | "upsert";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database
     *
     * Wire key: "delete.enabled"
     * @default false
     */
    deleteEnabled?: boolean;
    /**
     * Primary Key Mode
     *
     * Specifies how the connector resolves the primary key columns from the event
     *
     * Wire key: "primary.key.mode.user.defined"
     * Allowed values: "none" (None), "record_key" (Record key), "record_value" (Record value)
     * Used only when deleteEnabled = false.
     * @default "record_key"
     */
    primaryKeyMode?: "none" | "record_key" | "record_value";
    /**
     * Custom Primary Key
     *
     * Optional. Either the name of the primary key column or a comma-separated list of fields to derive the primary key from.
     *
     * Wire key: "primary.key.fields"
     * Used only when primaryKeyMode is one of "record_key", "record_value".
     */
    primaryKeyFields?: string;
    /**
     * Custom Table Mapping
     *
     * Falls back to Streamkap's default for tables where no match is found
     *
     * Wire key: "topic2table.map.user.defined"
     * @default false
     */
    topic2tableMap?: boolean;
    /**
     * Table Name Regex
     *
     * Regular expression for matching topic name parts to use as the destination table name
     *
     * Wire key: "transforms.changeTopicName.match.regex.user.defined"
     * Used only when topic2tableMap = false.
     */
    transformsChangeTopicNameMatchRegex?: string;
    /**
     * Table Name Mapping
     *
     * Map source tables to specific destination tables, one source_table_name:destination_table_name pair per line
     *
     * Wire key: "transforms.changeTopicName.mapping"
     * Used only when topic2tableMap = true.
     */
    transformsChangeTopicNameMapping?: string;
    /**
     * Tasks
     *
     * The maximum number of active tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    sshEnabled?: boolean;
    /**
     * SSH Host
     *
     * Hostname of your SSH server
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    sshHost?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    sshPort?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to SSH server
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    sshUser?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to SSH server
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    sshPublicKey?: string;
}
/** PostgreSQL destinations connector ("postgresql") config exactly as the API sends and receives it. */
export interface PostgresqlDestinationWireConfig {
    /**
     * Hostname
     *
     * PostgreSQL Hostname
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * PostgreSQL Port. For example, 5432
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    "database.port.user.defined"?: number;
    /**
     * Database
     *
     * Database name
     *
     * Wire key: "database.database.user.defined"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.database.user.defined": string;
    /**
     * Username
     *
     * Username to access the database
     *
     * Wire key: "connection.username"
     */
    "connection.username": string;
    /**
     * Password
     *
     * Password to access with the database
     *
     * Wire key: "connection.password"
     * Secret: never logged or echoed by the generated code.
     */
    "connection.password": string;
    /**
     * Schema
     *
     * Schema for the associated table name
     *
     * Wire key: "table.name.prefix"
     * Set once: can be set at creation, never changed by an update.
     * @default "public"
     */
    "table.name.prefix"?: string;
    /**
     * Schema Evolution
     *
     * Controls how schema evolution is handled by the sink connector. For pipelines with pre-created destination tables, set to none
     *
     * Wire key: "schema.evolution"
     * Allowed values: "basic" (Basic), "none" (None)
     * @default "basic"
     */
    "schema.evolution"?: "basic" | "none";
    /**
     * Insert Mode
     *
     * Specifies the strategy used to insert events into the database
     *
     * Wire key: "insert.mode"
     * Allowed values: "insert" (Insert), "upsert" (Upsert)
     * @default "insert"
     */
    "insert.mode"?: "insert" | "upsert";
    /**
     * Delete Mode
     *
     * Specifies whether the connector processes DELETE or tombstone events and removes the corresponding row from the database
     *
     * Wire key: "delete.enabled"
     * @default false
     */
    "delete.enabled"?: boolean;
    /**
     * Primary Key Mode
     *
     * Specifies how the connector resolves the primary key columns from the event
     *
     * Wire key: "primary.key.mode.user.defined"
     * Allowed values: "none" (None), "record_key" (Record key), "record_value" (Record value)
     * Used only when deleteEnabled = false.
     * @default "record_key"
     */
    "primary.key.mode.user.defined"?: "none" | "record_key" | "record_value";
    /**
     * Custom Primary Key
     *
     * Optional. Either the name of the primary key column or a comma-separated list of fields to derive the primary key from.
     *
     * Wire key: "primary.key.fields"
     * Used only when primaryKeyMode is one of "record_key", "record_value".
     */
    "primary.key.fields"?: string;
    /**
     * Custom Table Mapping
     *
     * Falls back to Streamkap's default for tables where no match is found
     *
     * Wire key: "topic2table.map.user.defined"
     * @default false
     */
    "topic2table.map.user.defined"?: boolean;
    /**
     * Table Name Regex
     *
     * Regular expression for matching topic name parts to use as the destination table name
     *
     * Wire key: "transforms.changeTopicName.match.regex.user.defined"
     * Used only when topic2tableMap = false.
     */
    "transforms.changeTopicName.match.regex.user.defined"?: string;
    /**
     * Table Name Mapping
     *
     * Map source tables to specific destination tables, one source_table_name:destination_table_name pair per line
     *
     * Wire key: "transforms.changeTopicName.mapping"
     * Used only when topic2tableMap = true.
     */
    "transforms.changeTopicName.mapping"?: string;
    /**
     * Tasks
     *
     * The maximum number of active tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    "ssh.enabled"?: boolean;
    /**
     * SSH Host
     *
     * Hostname of your SSH server
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    "ssh.host"?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    "ssh.port"?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to SSH server
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    "ssh.user"?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to SSH server
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    "ssh.public.key.user.displayed"?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PostgresqlDestinationUpdateConfig = Omit<PostgresqlDestinationConfig, "databaseDatabase" | "tableNamePrefix"> & Partial<Pick<PostgresqlDestinationConfig, "databaseDatabase" | "tableNamePrefix">>;
export type Config = PostgresqlDestinationConfig;
export type WireConfig = PostgresqlDestinationWireConfig;
export type UpdateConfig = PostgresqlDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: PostgresqlDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: PostgresqlDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseDatabase: "database.database.user.defined";
    readonly connectionUsername: "connection.username";
    readonly connectionPassword: "connection.password";
    readonly tableNamePrefix: "table.name.prefix";
    readonly schemaEvolution: "schema.evolution";
    readonly insertMode: "insert.mode";
    readonly deleteEnabled: "delete.enabled";
    readonly primaryKeyMode: "primary.key.mode.user.defined";
    readonly primaryKeyFields: "primary.key.fields";
    readonly topic2tableMap: "topic2table.map.user.defined";
    readonly transformsChangeTopicNameMatchRegex: "transforms.changeTopicName.match.regex.user.defined";
    readonly transformsChangeTopicNameMapping: "transforms.changeTopicName.mapping";
    readonly tasksMax: "tasks.max";
    readonly sshEnabled: "ssh.enabled";
    readonly sshHost: "ssh.host";
    readonly sshPort: "ssh.port";
    readonly sshUser: "ssh.user";
    readonly sshPublicKey: "ssh.public.key.user.displayed";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "database.hostname.user.defined": "databaseHostname";
    readonly "database.port.user.defined": "databasePort";
    readonly "database.database.user.defined": "databaseDatabase";
    readonly "connection.username": "connectionUsername";
    readonly "connection.password": "connectionPassword";
    readonly "table.name.prefix": "tableNamePrefix";
    readonly "schema.evolution": "schemaEvolution";
    readonly "insert.mode": "insertMode";
    readonly "delete.enabled": "deleteEnabled";
    readonly "primary.key.mode.user.defined": "primaryKeyMode";
    readonly "primary.key.fields": "primaryKeyFields";
    readonly "topic2table.map.user.defined": "topic2tableMap";
    readonly "transforms.changeTopicName.match.regex.user.defined": "transformsChangeTopicNameMatchRegex";
    readonly "transforms.changeTopicName.mapping": "transformsChangeTopicNameMapping";
    readonly "tasks.max": "tasksMax";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PostgresqlDestinationConfig): PostgresqlDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PostgresqlDestinationWireConfig | Readonly<Record<string, unknown>>): PostgresqlDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PostgresqlDestinationConfig;
/** A validated POST /destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, PostgresqlDestinationWireConfig>>;
/** A validated PUT /destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<PostgresqlDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, PostgresqlDestinationWireConfig>>;
