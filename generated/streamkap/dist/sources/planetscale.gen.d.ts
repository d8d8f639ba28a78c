import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "planetscale";
export declare const displayName = "Planetscale Vitess";
/**
 * Planetscale Vitess
 *
 * Stream change data from PlanetScale databases through the VTGate VStream API. Connects with a branch password over TLS on port 443.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PlanetscaleSourceConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the PlanetScale database server (VTGate). For example, `aws.connect.psdb.cloud`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Integer port number of the PlanetScale database server (VTGate).
     *
     * Wire key: "database.port.user.defined"
     * @default 443
     */
    databasePort?: number;
    /**
     * Username
     *
     * Username of the PlanetScale database server (VTGate).
     *
     * Wire key: "database.user"
     */
    databaseUser: string;
    /**
     * Password
     *
     * Password of the PlanetScale database server (VTGate). Generate it under your branch's "Connect" settings.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Keyspace
     *
     * The name of the keyspace (PlanetScale database) from which to stream the changes.
     *
     * Wire key: "vitess.keyspace"
     * Set once: can be set at creation, never changed by an update.
     */
    vitessKeyspace: string;
    /**
     * Tablet Type
     *
     * The type of Tablet (hence MySQL) from which to stream the changes.
     *
     * Wire key: "vitess.tablet.type"
     * Allowed values: "MASTER" (Primary), "REPLICA" (Replica), "RDONLY" (Read-only)
     * @default "MASTER"
     */
    vitessTabletType?: "MASTER" | "REPLICA" | "RDONLY";
    /**
     * TINYINT(1) as Boolean
     *
     * Convert `tinyint(1)` columns to boolean.
     *
     * Wire key: "converter.tinyintBool.user.defined"
     * @default false
     */
    converterTinyintBool?: boolean;
    /**
     * Store Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the database instance or only captured databases. Enabling this when you have many databases can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedDatabasesDdl?: boolean;
    /**
     * Store Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all logical tables in the captured schemas or databases, or only captured tables.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    schemaHistoryInternalStoreOnlyCapturedTablesDdl?: boolean;
    /**
     * Max Tasks
     *
     * The maximum number of tasks. Values above 1 stream shards in parallel, one task per group of shards.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 8
     * @default 1
     */
    tasksMax?: number;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    tableIncludeList: string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    columnExcludeList?: string;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    sshEnabled?: boolean;
    /**
     * SSH Host
     *
     * Hostname or IP address of your SSH server.
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    sshHost?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server.
     *
     * Wire key: "ssh.port"
     * Required when sshEnabled = true.
     * @default 22
     */
    sshPort?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to the SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    sshUser?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the `authorized_keys` file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    sshPublicKey?: string;
}
/** Planetscale Vitess sources connector ("planetscale") config exactly as the API sends and receives it. */
export interface PlanetscaleSourceWireConfig {
    /**
     * Hostname
     *
     * IP address or hostname of the PlanetScale database server (VTGate). For example, `aws.connect.psdb.cloud`.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Integer port number of the PlanetScale database server (VTGate).
     *
     * Wire key: "database.port.user.defined"
     * @default 443
     */
    "database.port.user.defined"?: number;
    /**
     * Username
     *
     * Username of the PlanetScale database server (VTGate).
     *
     * Wire key: "database.user"
     */
    "database.user": string;
    /**
     * Password
     *
     * Password of the PlanetScale database server (VTGate). Generate it under your branch's "Connect" settings.
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Keyspace
     *
     * The name of the keyspace (PlanetScale database) from which to stream the changes.
     *
     * Wire key: "vitess.keyspace"
     * Set once: can be set at creation, never changed by an update.
     */
    "vitess.keyspace": string;
    /**
     * Tablet Type
     *
     * The type of Tablet (hence MySQL) from which to stream the changes.
     *
     * Wire key: "vitess.tablet.type"
     * Allowed values: "MASTER" (Primary), "REPLICA" (Replica), "RDONLY" (Read-only)
     * @default "MASTER"
     */
    "vitess.tablet.type"?: "MASTER" | "REPLICA" | "RDONLY";
    /**
     * TINYINT(1) as Boolean
     *
     * Convert `tinyint(1)` columns to boolean.
     *
     * Wire key: "converter.tinyintBool.user.defined"
     * @default false
     */
    "converter.tinyintBool.user.defined"?: boolean;
    /**
     * Store Only Captured Databases DDL
     *
     * Specifies whether the connector records schema structures from all logical databases in the database instance or only captured databases. Enabling this when you have many databases can improve performance and avoid timeouts.
     *
     * Wire key: "schema.history.internal.store.only.captured.databases.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.databases.ddl"?: boolean;
    /**
     * Store Only Captured Tables DDL
     *
     * Specifies whether the connector records schema structures from all logical tables in the captured schemas or databases, or only captured tables.
     *
     * Wire key: "schema.history.internal.store.only.captured.tables.ddl"
     * @default false
     */
    "schema.history.internal.store.only.captured.tables.ddl"?: boolean;
    /**
     * Max Tasks
     *
     * The maximum number of tasks. Values above 1 stream shards in parallel, one task per group of shards.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 8
     * @default 1
     */
    "tasks.max"?: number;
    /**
     * Tables
     *
     * Source tables to sync.
     *
     * Wire key: "table.include.list.user.defined"
     */
    "table.include.list.user.defined": string;
    /**
     * Columns to Exclude
     *
     * An optional, comma-separated list of regular expressions that match the fully-qualified names of columns that should be excluded from change event record values.
     *
     * Wire key: "column.exclude.list.user.defined"
     */
    "column.exclude.list.user.defined"?: string;
    /**
     * Connect via SSH Tunnel
     *
     * Streamkap will connect to an SSH server in your network which has access to your database. This is necessary if Streamkap cannot connect directly to your database.
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    "ssh.enabled"?: boolean;
    /**
     * SSH Host
     *
     * Hostname or IP address of your SSH server.
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    "ssh.host"?: string;
    /**
     * SSH Port
     *
     * Port of your SSH server.
     *
     * Wire key: "ssh.port"
     * Required when sshEnabled = true.
     * @default 22
     */
    "ssh.port"?: number;
    /**
     * SSH User
     *
     * User that allows Streamkap to connect to the SSH server.
     *
     * Wire key: "ssh.user"
     * Required when sshEnabled = true.
     * @default "streamkap"
     */
    "ssh.user"?: string;
    /**
     * SSH Public Key
     *
     * Public key to add to the `authorized_keys` file of the SSH user on your SSH server.
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    "ssh.public.key.user.displayed"?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PlanetscaleSourceUpdateConfig = Omit<PlanetscaleSourceConfig, "vitessKeyspace"> & Partial<Pick<PlanetscaleSourceConfig, "vitessKeyspace">>;
export type Config = PlanetscaleSourceConfig;
export type WireConfig = PlanetscaleSourceWireConfig;
export type UpdateConfig = PlanetscaleSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: PlanetscaleSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: PlanetscaleSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly vitessKeyspace: "vitess.keyspace";
    readonly vitessTabletType: "vitess.tablet.type";
    readonly converterTinyintBool: "converter.tinyintBool.user.defined";
    readonly schemaHistoryInternalStoreOnlyCapturedDatabasesDdl: "schema.history.internal.store.only.captured.databases.ddl";
    readonly schemaHistoryInternalStoreOnlyCapturedTablesDdl: "schema.history.internal.store.only.captured.tables.ddl";
    readonly tasksMax: "tasks.max";
    readonly tableIncludeList: "table.include.list.user.defined";
    readonly columnExcludeList: "column.exclude.list.user.defined";
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
    readonly "database.user": "databaseUser";
    readonly "database.password": "databasePassword";
    readonly "vitess.keyspace": "vitessKeyspace";
    readonly "vitess.tablet.type": "vitessTabletType";
    readonly "converter.tinyintBool.user.defined": "converterTinyintBool";
    readonly "schema.history.internal.store.only.captured.databases.ddl": "schemaHistoryInternalStoreOnlyCapturedDatabasesDdl";
    readonly "schema.history.internal.store.only.captured.tables.ddl": "schemaHistoryInternalStoreOnlyCapturedTablesDdl";
    readonly "tasks.max": "tasksMax";
    readonly "table.include.list.user.defined": "tableIncludeList";
    readonly "column.exclude.list.user.defined": "columnExcludeList";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.user": "sshUser";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PlanetscaleSourceConfig): PlanetscaleSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PlanetscaleSourceWireConfig | Readonly<Record<string, unknown>>): PlanetscaleSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PlanetscaleSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, PlanetscaleSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<PlanetscaleSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, PlanetscaleSourceWireConfig>>;
