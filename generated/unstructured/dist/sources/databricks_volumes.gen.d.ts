import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "databricks_volumes";
export declare const displayName = "databricks_volumes";
/**
 * databricks_volumes
 *
 * Databricks Volumes (Unity Catalog) source, using Databricks OAuth machine-to-machine (M2M) authentication for a service principal.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface DatabricksVolumesSourceConfig {
    /**
     * Host
     *
     * Databricks workspace URL, without a trailing slash, e.g. https://<workspace-id>.cloud.databricks.com.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Catalog
     *
     * Name of the Unity Catalog catalog.
     *
     * Wire key: "catalog"
     */
    catalog: string;
    /**
     * Schema
     *
     * Name of the schema in the catalog.
     *
     * Wire key: "schema"
     * @default "default"
     */
    schema?: string;
    /**
     * Volume
     *
     * Name of the volume in the schema.
     *
     * Wire key: "volume"
     */
    volume: string;
    /**
     * Volume Path
     *
     * Path to the folder inside the volume to read from.
     *
     * Wire key: "volume_path"
     */
    volumePath: string;
    /**
     * Client Id
     *
     * Client ID (UUID / application ID) of the Databricks service principal.
     *
     * Wire key: "client_id"
     */
    clientId: string;
    /**
     * Client Secret
     *
     * OAuth secret of the Databricks service principal.
     *
     * Wire key: "client_secret"
     * Secret: never logged or echoed by the generated code.
     */
    clientSecret: string;
}
/** databricks_volumes sources connector ("databricks_volumes") config exactly as the API sends and receives it. */
export interface DatabricksVolumesSourceWireConfig {
    /**
     * Host
     *
     * Databricks workspace URL, without a trailing slash, e.g. https://<workspace-id>.cloud.databricks.com.
     *
     * Wire key: "host"
     */
    host: string;
    /**
     * Catalog
     *
     * Name of the Unity Catalog catalog.
     *
     * Wire key: "catalog"
     */
    catalog: string;
    /**
     * Schema
     *
     * Name of the schema in the catalog.
     *
     * Wire key: "schema"
     * @default "default"
     */
    schema?: string;
    /**
     * Volume
     *
     * Name of the volume in the schema.
     *
     * Wire key: "volume"
     */
    volume: string;
    /**
     * Volume Path
     *
     * Path to the folder inside the volume to read from.
     *
     * Wire key: "volume_path"
     */
    volume_path: string;
    /**
     * Client Id
     *
     * Client ID (UUID / application ID) of the Databricks service principal.
     *
     * Wire key: "client_id"
     */
    client_id: string;
    /**
     * Client Secret
     *
     * OAuth secret of the Databricks service principal.
     *
     * Wire key: "client_secret"
     * Secret: never logged or echoed by the generated code.
     */
    client_secret: string;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type DatabricksVolumesSourceUpdateConfig = DatabricksVolumesSourceConfig;
export type Config = DatabricksVolumesSourceConfig;
export type WireConfig = DatabricksVolumesSourceWireConfig;
export type UpdateConfig = DatabricksVolumesSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: DatabricksVolumesSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: DatabricksVolumesSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly host: "host";
    readonly catalog: "catalog";
    readonly schema: "schema";
    readonly volume: "volume";
    readonly volumePath: "volume_path";
    readonly clientId: "client_id";
    readonly clientSecret: "client_secret";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly host: "host";
    readonly catalog: "catalog";
    readonly schema: "schema";
    readonly volume: "volume";
    readonly volume_path: "volumePath";
    readonly client_id: "clientId";
    readonly client_secret: "clientSecret";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: DatabricksVolumesSourceConfig): DatabricksVolumesSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: DatabricksVolumesSourceWireConfig | Readonly<Record<string, unknown>>): DatabricksVolumesSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is DatabricksVolumesSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, DatabricksVolumesSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<DatabricksVolumesSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, DatabricksVolumesSourceWireConfig>>;
