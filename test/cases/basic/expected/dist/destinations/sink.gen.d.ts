import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type DestinationCreateBody, type DestinationCreateEnvelope, type DestinationCreateOptions, type DestinationUpdateBody, type DestinationUpdateEnvelope, type DestinationUpdateOptions } from "../api.gen.js";
export declare const kind: "destinations";
export declare const code: "sink";
export declare const displayName = "Sink";
/**
 * Sink
 *
 * Coming soon: listed by the provider but not deployable yet.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface SinkDestinationConfig {
    /** Wire key: "endpoint.url" */
    endpointUrl: string;
    /**
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     */
    apiKey: string;
    /**
     * Wire key: "batch.size"
     * Range: 1 to ∞
     * @default 500
     */
    batchSize?: number;
}
/** Sink destinations connector ("sink") config exactly as the API sends and receives it. */
export interface SinkDestinationWireConfig {
    /** Wire key: "endpoint.url" */
    "endpoint.url": string;
    /**
     * Wire key: "api.key"
     * Secret: never logged or echoed by the generated code.
     */
    "api.key": string;
    /**
     * Wire key: "batch.size"
     * Range: 1 to ∞
     * @default 500
     */
    "batch.size"?: number;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type SinkDestinationUpdateConfig = SinkDestinationConfig;
export type Config = SinkDestinationConfig;
export type WireConfig = SinkDestinationWireConfig;
export type UpdateConfig = SinkDestinationUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = DestinationCreateEnvelope & {
    config: SinkDestinationConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = DestinationUpdateEnvelope & {
    config: SinkDestinationUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly endpointUrl: "endpoint.url";
    readonly apiKey: "api.key";
    readonly batchSize: "batch.size";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "endpoint.url": "endpointUrl";
    readonly "api.key": "apiKey";
    readonly "batch.size": "batchSize";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: SinkDestinationConfig): SinkDestinationWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: SinkDestinationWireConfig | Readonly<Record<string, unknown>>): SinkDestinationConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is SinkDestinationConfig;
/** A validated POST /v2/destinations request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: DestinationCreateOptions): ApiRequest<DestinationCreateBody<typeof code, SinkDestinationWireConfig>>;
/** A validated PATCH /v2/destinations/{id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: DestinationUpdateOptions<SinkDestinationConfig>): ApiRequest<DestinationUpdateBody<typeof code, SinkDestinationWireConfig>>;
