import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "stripe";
export declare const displayName = "Stripe";
/**
 * Stripe
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface StripeSourceConfig {
    /** Wire key: "start_date" */
    startDate?: string;
    /**
     * Wire key: "lookback_window_days"
     * Range: 0 to ∞
     * @default 0
     */
    lookbackWindowDays?: number;
    /**
     * Wire key: "client_secret"
     * Secret: never logged or echoed by the generated code.
     */
    clientSecret: string;
    /**
     * Wire key: "X-Some-Token"
     * Secret: never logged or echoed by the generated code.
     */
    xSomeToken?: string;
    /** Wire key: "account_id" */
    accountId?: string;
}
/** Stripe sources connector ("stripe") config exactly as the API sends and receives it. */
export interface StripeSourceWireConfig {
    /** Names the connector; filled in by `toWire` and the builders. */
    sourceType: "stripe";
    /** Wire key: "start_date" */
    start_date?: string;
    /**
     * Wire key: "lookback_window_days"
     * Range: 0 to ∞
     * @default 0
     */
    lookback_window_days?: number;
    /**
     * Wire key: "client_secret"
     * Secret: never logged or echoed by the generated code.
     */
    client_secret: string;
    /**
     * Wire key: "X-Some-Token"
     * Secret: never logged or echoed by the generated code.
     */
    "X-Some-Token"?: string;
    /** Wire key: "account_id" */
    account_id?: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type StripeSourceUpdateConfig = StripeSourceConfig;
export type Config = StripeSourceConfig;
export type WireConfig = StripeSourceWireConfig;
export type UpdateConfig = StripeSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: StripeSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: StripeSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly startDate: "start_date";
    readonly lookbackWindowDays: "lookback_window_days";
    readonly clientSecret: "client_secret";
    readonly xSomeToken: "X-Some-Token";
    readonly accountId: "account_id";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly start_date: "startDate";
    readonly lookback_window_days: "lookbackWindowDays";
    readonly client_secret: "clientSecret";
    readonly "X-Some-Token": "xSomeToken";
    readonly account_id: "accountId";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: StripeSourceConfig): StripeSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: StripeSourceWireConfig | Readonly<Record<string, unknown>>): StripeSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is StripeSourceConfig;
/** A validated POST /v1/sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, StripeSourceWireConfig>>;
/** A validated PATCH /v1/sources/{sourceId} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<StripeSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, StripeSourceWireConfig>>;
