import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "demo-db";
export declare const displayName = "Demo DB";
/**
 * Demo DB
 *
 * A source that exercises every rule of the field-list dialect. *\/ alert(1) /*
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface DemoDbSourceConfig {
    /**
     * Hostname
     *
     * Host with `backticks`, "quotes", ${template} and *\/ comment end.
     *
     * Wire key: "database.hostname.user.defined"
     */
    databaseHostname: string;
    /**
     * Port
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    databasePort?: number;
    /**
     * Password
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    databasePassword: string;
    /**
     * Database
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    databaseDbname: string;
    /**
     * Snapshot mode
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial" (Initial), "never", "when_needed" (When needed)
     * @default "initial"
     */
    snapshotMode?: "initial" | "never" | "when_needed";
    /**
     * Tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 1
     */
    tasksMax?: number;
    /** Wire key: "column.include.list" */
    columnIncludeList?: string;
    /**
     * Wire key: "column.include.list.toggled"
     * @default false
     */
    columnIncludeListToggled?: boolean;
    /** Wire key: "transforms.InsertStaticKey1.static.field" */
    transformsInsertStaticKey1StaticField?: string;
    /**
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d", "t"
     */
    skippedOperations?: ("c" | "u" | "d" | "t")[];
    /**
     * SSH tunnel
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    sshEnabled?: boolean;
    /**
     * SSH host
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    sshHost?: string;
    /**
     * SSH port
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    sshPort?: number;
    /**
     * SSH public key
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    sshPublicKey?: string;
    /**
     * Wire key: "signal.table"
     * Required when snapshotMode is one of "initial", "when_needed" and sshEnabled ≠ true.
     */
    signalTable?: string;
}
/** Demo DB sources connector ("demo-db") config exactly as the API sends and receives it. */
export interface DemoDbSourceWireConfig {
    /**
     * Hostname
     *
     * Host with `backticks`, "quotes", ${template} and *\/ comment end.
     *
     * Wire key: "database.hostname.user.defined"
     */
    "database.hostname.user.defined": string;
    /**
     * Port
     *
     * Wire key: "database.port.user.defined"
     * Range: 0 to 65535
     * @default 5432
     */
    "database.port.user.defined"?: number;
    /**
     * Password
     *
     * Wire key: "database.password"
     * Secret: never logged or echoed by the generated code.
     */
    "database.password": string;
    /**
     * Database
     *
     * Wire key: "database.dbname"
     * Set once: can be set at creation, never changed by an update.
     */
    "database.dbname": string;
    /**
     * Snapshot mode
     *
     * Wire key: "snapshot.mode"
     * Allowed values: "initial" (Initial), "never", "when_needed" (When needed)
     * @default "initial"
     */
    "snapshot.mode"?: "initial" | "never" | "when_needed";
    /**
     * Tasks
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 1
     */
    "tasks.max"?: number;
    /** Wire key: "column.include.list" */
    "column.include.list"?: string;
    /**
     * Wire key: "column.include.list.toggled"
     * @default false
     */
    "column.include.list.toggled"?: boolean;
    /** Wire key: "transforms.InsertStaticKey1.static.field" */
    "transforms.InsertStaticKey1.static.field"?: string;
    /**
     * Wire key: "skipped.operations"
     * Allowed values: "c", "u", "d", "t"
     */
    "skipped.operations"?: ("c" | "u" | "d" | "t")[];
    /**
     * SSH tunnel
     *
     * Wire key: "ssh.enabled"
     * @default false
     */
    "ssh.enabled"?: boolean;
    /**
     * SSH host
     *
     * Wire key: "ssh.host"
     * Required when sshEnabled = true.
     */
    "ssh.host"?: string;
    /**
     * SSH port
     *
     * Wire key: "ssh.port"
     * Range: 0 to 65535
     * Required when sshEnabled = true.
     * @default 22
     */
    "ssh.port"?: number;
    /**
     * SSH public key
     *
     * Wire key: "ssh.public.key.user.displayed"
     * Used only when sshEnabled = true.
     * Read-only in the provider's UI.
     * Server-resolved default "<SSH.PUBLIC.KEY>": filled in by the server, never sent.
     */
    "ssh.public.key.user.displayed"?: string;
    /**
     * Wire key: "signal.table"
     * Required when snapshotMode is one of "initial", "when_needed" and sshEnabled ≠ true.
     */
    "signal.table"?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type DemoDbSourceUpdateConfig = Omit<DemoDbSourceConfig, "databaseDbname"> & Partial<Pick<DemoDbSourceConfig, "databaseDbname">>;
export type Config = DemoDbSourceConfig;
export type WireConfig = DemoDbSourceWireConfig;
export type UpdateConfig = DemoDbSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: DemoDbSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: DemoDbSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly databaseHostname: "database.hostname.user.defined";
    readonly databasePort: "database.port.user.defined";
    readonly databasePassword: "database.password";
    readonly databaseDbname: "database.dbname";
    readonly snapshotMode: "snapshot.mode";
    readonly tasksMax: "tasks.max";
    readonly columnIncludeList: "column.include.list";
    readonly columnIncludeListToggled: "column.include.list.toggled";
    readonly transformsInsertStaticKey1StaticField: "transforms.InsertStaticKey1.static.field";
    readonly skippedOperations: "skipped.operations";
    readonly sshEnabled: "ssh.enabled";
    readonly sshHost: "ssh.host";
    readonly sshPort: "ssh.port";
    readonly sshPublicKey: "ssh.public.key.user.displayed";
    readonly signalTable: "signal.table";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "database.hostname.user.defined": "databaseHostname";
    readonly "database.port.user.defined": "databasePort";
    readonly "database.password": "databasePassword";
    readonly "database.dbname": "databaseDbname";
    readonly "snapshot.mode": "snapshotMode";
    readonly "tasks.max": "tasksMax";
    readonly "column.include.list": "columnIncludeList";
    readonly "column.include.list.toggled": "columnIncludeListToggled";
    readonly "transforms.InsertStaticKey1.static.field": "transformsInsertStaticKey1StaticField";
    readonly "skipped.operations": "skippedOperations";
    readonly "ssh.enabled": "sshEnabled";
    readonly "ssh.host": "sshHost";
    readonly "ssh.port": "sshPort";
    readonly "ssh.public.key.user.displayed": "sshPublicKey";
    readonly "signal.table": "signalTable";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: DemoDbSourceConfig): DemoDbSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: DemoDbSourceWireConfig | Readonly<Record<string, unknown>>): DemoDbSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is DemoDbSourceConfig;
/** A validated POST /v2/sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, DemoDbSourceWireConfig>>;
/** A validated PUT /v2/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<DemoDbSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, DemoDbSourceWireConfig>>;
