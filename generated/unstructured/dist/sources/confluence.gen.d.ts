import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "confluence";
export declare const displayName = "confluence";
/**
 * confluence
 *
 * Confluence Cloud or Data Center source. Authenticate with username plus password, username plus api_token (Cloud only), or a personal access token in token (Data Center only).
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ConfluenceSourceConfig {
    /**
     * Url
     *
     * Site URL of the Confluence Cloud instance or Confluence Data Center installation.
     *
     * Wire key: "url"
     */
    url: string;
    /**
     * Username
     *
     * Name or email address of the Confluence user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the Confluence user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password?: string | null;
    /**
     * Api Token
     *
     * API token of the Confluence user (Confluence Cloud only).
     *
     * Wire key: "api_token"
     * Secret: never logged or echoed by the generated code.
     */
    apiToken?: string | null;
    /**
     * Token
     *
     * Personal access token (PAT) of the Confluence user (Confluence Data Center only).
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     */
    token?: string | null;
    /**
     * Cloud
     *
     * Set to true if the target is Confluence Cloud rather than Confluence Data Center.
     *
     * Wire key: "cloud"
     * Required when apiToken is set.
     * @default false
     */
    cloud?: boolean;
    /**
     * Spaces
     *
     * Names (keys) of the specific spaces to ingest. All accessible spaces if omitted.
     *
     * Wire key: "spaces"
     */
    spaces?: string[] | null;
    /**
     * Max Num Of Spaces
     *
     * Maximum number of spaces to access.
     *
     * Wire key: "max_num_of_spaces"
     * Range: 1 to ∞
     * @default 500
     */
    maxNumOfSpaces?: number;
    /**
     * Max Num Of Docs From Each Space
     *
     * Maximum number of documents to ingest from each space.
     *
     * Wire key: "max_num_of_docs_from_each_space"
     * Range: 1 to ∞
     * @default 150
     */
    maxNumOfDocsFromEachSpace?: number;
    /**
     * Extract Images
     *
     * Whether to download images embedded in pages and convert them to base64 in the page content.
     *
     * Wire key: "extract_images"
     * @default false
     */
    extractImages?: boolean;
    /**
     * Extract Files
     *
     * Whether to download and process files attached to pages.
     *
     * Wire key: "extract_files"
     * @default false
     */
    extractFiles?: boolean;
}
/** confluence sources connector ("confluence") config exactly as the API sends and receives it. */
export interface ConfluenceSourceWireConfig {
    /**
     * Url
     *
     * Site URL of the Confluence Cloud instance or Confluence Data Center installation.
     *
     * Wire key: "url"
     */
    url: string;
    /**
     * Username
     *
     * Name or email address of the Confluence user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the Confluence user.
     *
     * Wire key: "password"
     * Secret: never logged or echoed by the generated code.
     */
    password?: string | null;
    /**
     * Api Token
     *
     * API token of the Confluence user (Confluence Cloud only).
     *
     * Wire key: "api_token"
     * Secret: never logged or echoed by the generated code.
     */
    api_token?: string | null;
    /**
     * Token
     *
     * Personal access token (PAT) of the Confluence user (Confluence Data Center only).
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     */
    token?: string | null;
    /**
     * Cloud
     *
     * Set to true if the target is Confluence Cloud rather than Confluence Data Center.
     *
     * Wire key: "cloud"
     * Required when apiToken is set.
     * @default false
     */
    cloud?: boolean;
    /**
     * Spaces
     *
     * Names (keys) of the specific spaces to ingest. All accessible spaces if omitted.
     *
     * Wire key: "spaces"
     */
    spaces?: string[] | null;
    /**
     * Max Num Of Spaces
     *
     * Maximum number of spaces to access.
     *
     * Wire key: "max_num_of_spaces"
     * Range: 1 to ∞
     * @default 500
     */
    max_num_of_spaces?: number;
    /**
     * Max Num Of Docs From Each Space
     *
     * Maximum number of documents to ingest from each space.
     *
     * Wire key: "max_num_of_docs_from_each_space"
     * Range: 1 to ∞
     * @default 150
     */
    max_num_of_docs_from_each_space?: number;
    /**
     * Extract Images
     *
     * Whether to download images embedded in pages and convert them to base64 in the page content.
     *
     * Wire key: "extract_images"
     * @default false
     */
    extract_images?: boolean;
    /**
     * Extract Files
     *
     * Whether to download and process files attached to pages.
     *
     * Wire key: "extract_files"
     * @default false
     */
    extract_files?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ConfluenceSourceUpdateConfig = ConfluenceSourceConfig;
export type Config = ConfluenceSourceConfig;
export type WireConfig = ConfluenceSourceWireConfig;
export type UpdateConfig = ConfluenceSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: ConfluenceSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: ConfluenceSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly url: "url";
    readonly username: "username";
    readonly password: "password";
    readonly apiToken: "api_token";
    readonly token: "token";
    readonly cloud: "cloud";
    readonly spaces: "spaces";
    readonly maxNumOfSpaces: "max_num_of_spaces";
    readonly maxNumOfDocsFromEachSpace: "max_num_of_docs_from_each_space";
    readonly extractImages: "extract_images";
    readonly extractFiles: "extract_files";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly url: "url";
    readonly username: "username";
    readonly password: "password";
    readonly api_token: "apiToken";
    readonly token: "token";
    readonly cloud: "cloud";
    readonly spaces: "spaces";
    readonly max_num_of_spaces: "maxNumOfSpaces";
    readonly max_num_of_docs_from_each_space: "maxNumOfDocsFromEachSpace";
    readonly extract_images: "extractImages";
    readonly extract_files: "extractFiles";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: ConfluenceSourceConfig): ConfluenceSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: ConfluenceSourceWireConfig | Readonly<Record<string, unknown>>): ConfluenceSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is ConfluenceSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ConfluenceSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<ConfluenceSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ConfluenceSourceWireConfig>>;
