import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "postgres";
export declare const displayName = "postgres";
/**
 * postgres
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface PostgresDestinationConfig {
    /** Wire key: "host" */
    host: string;
    /**
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 5432
     */
    port?: number;
    /** Wire key: "username" */
    username: string;
    /**
     * Wire key: "password"
     * Required when username is set.
     * Secret: never logged or echoed by the generated code.
     */
    password?: string;
    /** Wire key: "batch_size" */
    batchSize?: number;
}
/** postgres destinations connector ("postgres") config exactly as the API sends and receives it. */
export interface PostgresDestinationWireConfig {
    /** Wire key: "host" */
    host: string;
    /**
     * Wire key: "port"
     * Range: 1 to 65535
     * @default 5432
     */
    port?: number;
    /** Wire key: "username" */
    username: string;
    /**
     * Wire key: "password"
     * Required when username is set.
     * Secret: never logged or echoed by the generated code.
     */
    password?: string;
    /** Wire key: "batch_size" */
    batch_size?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type PostgresDestinationUpdateConfig = PostgresDestinationConfig;
export type Config = PostgresDestinationConfig;
export type WireConfig = PostgresDestinationWireConfig;
export type UpdateConfig = PostgresDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: PostgresDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: PostgresDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly host: "host";
    readonly port: "port";
    readonly username: "username";
    readonly password: "password";
    readonly batchSize: "batch_size";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly host: "host";
    readonly port: "port";
    readonly username: "username";
    readonly password: "password";
    readonly batch_size: "batchSize";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: PostgresDestinationConfig): PostgresDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: PostgresDestinationWireConfig | Readonly<Record<string, unknown>>): PostgresDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is PostgresDestinationConfig;
/** A validated POST /api/v1/destinations/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, PostgresDestinationWireConfig>>;
/** A validated PUT /api/v1/destinations/{destination_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: DestinationUpdateOptions<PostgresDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, PostgresDestinationWireConfig>>;
