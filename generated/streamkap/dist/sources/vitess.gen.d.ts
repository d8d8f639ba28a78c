import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "vitess";
export declare const displayName = "Vitess";
/**
 * Vitess
 *
 * Stream change data from a self-managed Vitess cluster through the VTGate VStream gRPC API.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface VitessSourceConfig {
    /**
     * VTGate Hostname
     *
     * IP address or hostname of the Vitess database server (VTGate).
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * VTGate Port
     *
     * Integer port number of the Vitess database server (VTGate) gRPC endpoint.
     *
     * Wire key: "database.port.user.defined"
     * @default 15991
     */
    databasePort?: number;
    /**
     * VTGate Username
     *
     * An optional username of the Vitess database server (VTGate). If not configured, unauthenticated VTGate gRPC is used.
     *
     * Wire key: "database.user"
     */
    databaseUser?: string;
    /**
     * VTGate Password
     *
     * Password for the VTGate user. Required when a username is set.
     *
     * Wire key: "database.password"
     * Required when databaseUser ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword?: string;
    /**
     * Keyspace
     *
     * The name of the keyspace from which to stream the changes.
     *
     * Wire key: "vitess.keyspace.user.defined"
     * Set once: can be set at creation, never changed by an update.
     */
    vitessKeyspace: string;
    /**
     * VTCtld Hostname
     *
     * IP address or hostname of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.host.user.defined"
     */
    vitessVtctldHost: string;
    /**
     * VTCtld Port
     *
     * Integer port number of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.port.user.defined"
     * @default 15999
     */
    vitessVtctldPort?: number;
    /**
     * VTCtld Username
     *
     * The username of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.user"
     */
    vitessVtctldUser: string;
    /**
     * VTCtld Password
     *
     * The password of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.password"
     * Secret: never logged or echoed by the generated code.
     */
    vitessVtctldPassword: string;
    /**
     * Tablet Type
     *
     * The type of Tablet (hence MySQL) from which to stream the changes.
     *
     * Wire key: "vitess.tablet.type"
     * Allowed values: "MASTER", "REPLICA", "RDONLY"
     * @default "MASTER"
     */
    vitessTabletType?: "MASTER" | "REPLICA" | "RDONLY";
    /**
     * Shard
     *
     * An optional name of the shard from which to stream the changes. Leave empty to stream from all shards of the keyspace.
     *
     * Wire key: "vitess.shard"
     */
    vitessShard?: string;
    /**
     * Max Tasks
     *
     * The maximum number of tasks. With more than one task, shards are distributed across tasks and `offset.storage.per.task` is enabled.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 16
     * Used only when vitessShard = "".
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
     * Range: 0 to 65535
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
/** Vitess sources connector ("vitess") config exactly as the API sends and receives it. */
export interface VitessSourceWireConfig {
    /**
     * VTGate Hostname
     *
     * IP address or hostname of the Vitess database server (VTGate).
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * VTGate Port
     *
     * Integer port number of the Vitess database server (VTGate) gRPC endpoint.
     *
     * Wire key: "database.port.user.defined"
     * @default 15991
     */
    "database.port.user.defined"?: number;
    /**
     * VTGate Username
     *
     * An optional username of the Vitess database server (VTGate). If not configured, unauthenticated VTGate gRPC is used.
     *
     * Wire key: "database.user"
     */
    "database.user"?: string;
    /**
     * VTGate Password
     *
     * Password for the VTGate user. Required when a username is set.
     *
     * Wire key: "database.password"
     * Required when databaseUser ≠ "".
     * Secret: never logged or echoed by the generated code.
     */
    "database.password"?: string;
    /**
     * Keyspace
     *
     * The name of the keyspace from which to stream the changes.
     *
     * Wire key: "vitess.keyspace.user.defined"
     * Set once: can be set at creation, never changed by an update.
     */
    "vitess.keyspace.user.defined": string;
    /**
     * VTCtld Hostname
     *
     * IP address or hostname of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.host.user.defined"
     */
    "vitess.vtctld.host.user.defined": string;
    /**
     * VTCtld Port
     *
     * Integer port number of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.port.user.defined"
     * @default 15999
     */
    "vitess.vtctld.port.user.defined"?: number;
    /**
     * VTCtld Username
     *
     * The username of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.user"
     */
    "vitess.vtctld.user": string;
    /**
     * VTCtld Password
     *
     * The password of the VTCtld server.
     *
     * Wire key: "vitess.vtctld.password"
     * Secret: never logged or echoed by the generated code.
     */
    "vitess.vtctld.password": string;
    /**
     * Tablet Type
     *
     * The type of Tablet (hence MySQL) from which to stream the changes.
     *
     * Wire key: "vitess.tablet.type"
     * Allowed values: "MASTER", "REPLICA", "RDONLY"
     * @default "MASTER"
     */
    "vitess.tablet.type"?: "MASTER" | "REPLICA" | "RDONLY";
    /**
     * Shard
     *
     * An optional name of the shard from which to stream the changes. Leave empty to stream from all shards of the keyspace.
     *
     * Wire key: "vitess.shard"
     */
    "vitess.shard"?: string;
    /**
     * Max Tasks
     *
     * The maximum number of tasks. With more than one task, shards are distributed across tasks and `offset.storage.per.task` is enabled.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 16
     * Used only when vitessShard = "".
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
     * Range: 0 to 65535
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
export type VitessSourceUpdateConfig = Omit<VitessSourceConfig, "vitessKeyspace"> & Partial<Pick<VitessSourceConfig, "vitessKeyspace">>;
export type Config = VitessSourceConfig;
export type WireConfig = VitessSourceWireConfig;
export type UpdateConfig = VitessSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: VitessSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: VitessSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databaseUser: "database.user";
    readonly databasePassword: "database.password";
    readonly vitessKeyspace: "vitess.keyspace.user.defined";
    readonly vitessVtctldHost: "vitess.vtctld.host.user.defined";
    readonly vitessVtctldPort: "vitess.vtctld.port.user.defined";
    readonly vitessVtctldUser: "vitess.vtctld.user";
    readonly vitessVtctldPassword: "vitess.vtctld.password";
    readonly vitessTabletType: "vitess.tablet.type";
    readonly vitessShard: "vitess.shard";
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
    readonly "vitess.keyspace.user.defined": "vitessKeyspace";
    readonly "vitess.vtctld.host.user.defined": "vitessVtctldHost";
    readonly "vitess.vtctld.port.user.defined": "vitessVtctldPort";
    readonly "vitess.vtctld.user": "vitessVtctldUser";
    readonly "vitess.vtctld.password": "vitessVtctldPassword";
    readonly "vitess.tablet.type": "vitessTabletType";
    readonly "vitess.shard": "vitessShard";
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
export declare function toWire(config: VitessSourceConfig): VitessSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: VitessSourceWireConfig | Readonly<Record<string, unknown>>): VitessSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is VitessSourceConfig;
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, VitessSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<VitessSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, VitessSourceWireConfig>>;
