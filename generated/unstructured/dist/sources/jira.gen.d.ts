import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "jira";
export declare const displayName = "jira";
/**
 * jira
 *
 * Jira Cloud or Jira Data Center source. Authenticate with username plus password (on Jira Cloud the password is an API token), or with a personal access token in token (Data Center); not both. Give at least one of projects, boards or issues.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface JiraSourceConfig {
    /**
     * Url
     *
     * Site URL of the Jira Cloud account or Jira Data Center installation, for example https://<organization>.atlassian.net.
     *
     * Wire key: "url"
     */
    url: string;
    /**
     * Username
     *
     * User name or email address of the Jira user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the Jira user, or on Jira Cloud the user's API token.
     *
     * Wire key: "password"
     * Required when cloud = true.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    password?: string | null;
    /**
     * Token
     *
     * Personal access token (Jira Data Center).
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
    /**
     * Cloud
     *
     * Set to true for Jira Cloud; false or omitted for Jira Data Center.
     *
     * Wire key: "cloud"
     * @default null
     */
    cloud?: boolean | null;
    /**
     * Projects
     *
     * IDs or keys of the projects whose issues to ingest.
     *
     * Wire key: "projects"
     * @default null
     */
    projects?: string[] | null;
    /**
     * Boards
     *
     * IDs of the boards whose issues to ingest.
     *
     * Wire key: "boards"
     * @default null
     */
    boards?: string[] | null;
    /**
     * Issues
     *
     * IDs or keys of individual issues to ingest.
     *
     * Wire key: "issues"
     * @default null
     */
    issues?: string[] | null;
    /**
     * Status Filters
     *
     * Only ingest issues whose status is one of these, for example To Do or Done.
     *
     * Wire key: "status_filters"
     * @default null
     */
    statusFilters?: string[] | null;
    /**
     * Download Attachments
     *
     * Whether to also download and process issue attachments.
     *
     * Wire key: "download_attachments"
     * @default null
     */
    downloadAttachments?: boolean | null;
}
/** jira sources connector ("jira") config exactly as the API sends and receives it. */
export interface JiraSourceWireConfig {
    /**
     * Url
     *
     * Site URL of the Jira Cloud account or Jira Data Center installation, for example https://<organization>.atlassian.net.
     *
     * Wire key: "url"
     */
    url: string;
    /**
     * Username
     *
     * User name or email address of the Jira user.
     *
     * Wire key: "username"
     */
    username: string;
    /**
     * Password
     *
     * Password of the Jira user, or on Jira Cloud the user's API token.
     *
     * Wire key: "password"
     * Required when cloud = true.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    password?: string | null;
    /**
     * Token
     *
     * Personal access token (Jira Data Center).
     *
     * Wire key: "token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    token?: string | null;
    /**
     * Cloud
     *
     * Set to true for Jira Cloud; false or omitted for Jira Data Center.
     *
     * Wire key: "cloud"
     * @default null
     */
    cloud?: boolean | null;
    /**
     * Projects
     *
     * IDs or keys of the projects whose issues to ingest.
     *
     * Wire key: "projects"
     * @default null
     */
    projects?: string[] | null;
    /**
     * Boards
     *
     * IDs of the boards whose issues to ingest.
     *
     * Wire key: "boards"
     * @default null
     */
    boards?: string[] | null;
    /**
     * Issues
     *
     * IDs or keys of individual issues to ingest.
     *
     * Wire key: "issues"
     * @default null
     */
    issues?: string[] | null;
    /**
     * Status Filters
     *
     * Only ingest issues whose status is one of these, for example To Do or Done.
     *
     * Wire key: "status_filters"
     * @default null
     */
    status_filters?: string[] | null;
    /**
     * Download Attachments
     *
     * Whether to also download and process issue attachments.
     *
     * Wire key: "download_attachments"
     * @default null
     */
    download_attachments?: boolean | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type JiraSourceUpdateConfig = JiraSourceConfig;
export type Config = JiraSourceConfig;
export type WireConfig = JiraSourceWireConfig;
export type UpdateConfig = JiraSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: JiraSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: JiraSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly url: "url";
    readonly username: "username";
    readonly password: "password";
    readonly token: "token";
    readonly cloud: "cloud";
    readonly projects: "projects";
    readonly boards: "boards";
    readonly issues: "issues";
    readonly statusFilters: "status_filters";
    readonly downloadAttachments: "download_attachments";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly url: "url";
    readonly username: "username";
    readonly password: "password";
    readonly token: "token";
    readonly cloud: "cloud";
    readonly projects: "projects";
    readonly boards: "boards";
    readonly issues: "issues";
    readonly status_filters: "statusFilters";
    readonly download_attachments: "downloadAttachments";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: JiraSourceConfig): JiraSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: JiraSourceWireConfig | Readonly<Record<string, unknown>>): JiraSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is JiraSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, JiraSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<JiraSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, JiraSourceWireConfig>>;
