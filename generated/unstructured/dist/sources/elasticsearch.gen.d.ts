import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "elasticsearch";
export declare const displayName = "elasticsearch";
/**
 * elasticsearch
 *
 * Elasticsearch (Elastic Cloud) source.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ElasticsearchSourceConfig {
    /**
     * Hosts
     *
     * Endpoint URL(s) of the Elastic Cloud instance, e.g. https://<deployment>.es.<region>.cloud.es.io:443.
     *
     * Wire key: "hosts"
     */
    hosts: string[];
    /**
     * Index Name
     *
     * Name of the index to read documents from.
     *
     * Wire key: "index_name"
     */
    indexName: string;
    /**
     * Es Api Key
     *
     * Elastic Cloud API key used to authenticate.
     *
     * Wire key: "es_api_key"
     * Secret: never logged or echoed by the generated code.
     */
    esApiKey: string;
}
/** elasticsearch sources connector ("elasticsearch") config exactly as the API sends and receives it. */
export interface ElasticsearchSourceWireConfig {
    /**
     * Hosts
     *
     * Endpoint URL(s) of the Elastic Cloud instance, e.g. https://<deployment>.es.<region>.cloud.es.io:443.
     *
     * Wire key: "hosts"
     */
    hosts: string[];
    /**
     * Index Name
     *
     * Name of the index to read documents from.
     *
     * Wire key: "index_name"
     */
    index_name: string;
    /**
     * Es Api Key
     *
     * Elastic Cloud API key used to authenticate.
     *
     * Wire key: "es_api_key"
     * Secret: never logged or echoed by the generated code.
     */
    es_api_key: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ElasticsearchSourceUpdateConfig = ElasticsearchSourceConfig;
export type Config = ElasticsearchSourceConfig;
export type WireConfig = ElasticsearchSourceWireConfig;
export type UpdateConfig = ElasticsearchSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: ElasticsearchSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: ElasticsearchSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly hosts: "hosts";
    readonly indexName: "index_name";
    readonly esApiKey: "es_api_key";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly hosts: "hosts";
    readonly index_name: "indexName";
    readonly es_api_key: "esApiKey";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ElasticsearchSourceConfig): ElasticsearchSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ElasticsearchSourceWireConfig | Readonly<Record<string, unknown>>): ElasticsearchSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ElasticsearchSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ElasticsearchSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<ElasticsearchSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ElasticsearchSourceWireConfig>>;
