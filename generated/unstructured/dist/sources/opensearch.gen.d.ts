import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "opensearch";
export declare const displayName = "opensearch";
/**
 * opensearch
 *
 * OpenSearch source. Authenticate with username and password (basic auth), or with AWS IAM keys for Amazon OpenSearch Service; region and service are derived from the host URL.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface OpensearchSourceConfig {
    /**
     * Hosts
     *
     * URLs of the OpenSearch hosts to connect to, for example https://search-my-domain.us-east-1.es.amazonaws.com:443.
     *
     * Wire key: "hosts"
     */
    hosts: string[];
    /**
     * Index Name
     *
     * Name of the OpenSearch index to read documents from.
     *
     * Wire key: "index_name"
     */
    indexName: string;
    /**
     * Username
     *
     * Username for basic authentication.
     *
     * Wire key: "username"
     * @default null
     */
    username?: string | null;
    /**
     * Password
     *
     * Password for basic authentication.
     *
     * Wire key: "password"
     * Required when username is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    password?: string | null;
    /**
     * Aws Access Key Id
     *
     * AWS access key ID for IAM authentication; when set, IAM authentication is used instead of basic authentication.
     *
     * Wire key: "aws_access_key_id"
     * @default null
     */
    awsAccessKeyId?: string | null;
    /**
     * Aws Secret Access Key
     *
     * AWS secret access key; required together with aws_access_key_id.
     *
     * Wire key: "aws_secret_access_key"
     * Required when awsAccessKeyId is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    awsSecretAccessKey?: string | null;
    /**
     * Aws Session Token
     *
     * Optional AWS session token for temporary credentials; only used with aws_access_key_id and aws_secret_access_key.
     *
     * Wire key: "aws_session_token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    awsSessionToken?: string | null;
    /**
     * Use Ssl
     *
     * Whether to connect to the hosts over SSL/TLS.
     *
     * Wire key: "use_ssl"
     * @default null
     */
    useSsl?: boolean | null;
}
/** opensearch sources connector ("opensearch") config exactly as the API sends and receives it. */
export interface OpensearchSourceWireConfig {
    /**
     * Hosts
     *
     * URLs of the OpenSearch hosts to connect to, for example https://search-my-domain.us-east-1.es.amazonaws.com:443.
     *
     * Wire key: "hosts"
     */
    hosts: string[];
    /**
     * Index Name
     *
     * Name of the OpenSearch index to read documents from.
     *
     * Wire key: "index_name"
     */
    index_name: string;
    /**
     * Username
     *
     * Username for basic authentication.
     *
     * Wire key: "username"
     * @default null
     */
    username?: string | null;
    /**
     * Password
     *
     * Password for basic authentication.
     *
     * Wire key: "password"
     * Required when username is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    password?: string | null;
    /**
     * Aws Access Key Id
     *
     * AWS access key ID for IAM authentication; when set, IAM authentication is used instead of basic authentication.
     *
     * Wire key: "aws_access_key_id"
     * @default null
     */
    aws_access_key_id?: string | null;
    /**
     * Aws Secret Access Key
     *
     * AWS secret access key; required together with aws_access_key_id.
     *
     * Wire key: "aws_secret_access_key"
     * Required when awsAccessKeyId is set.
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    aws_secret_access_key?: string | null;
    /**
     * Aws Session Token
     *
     * Optional AWS session token for temporary credentials; only used with aws_access_key_id and aws_secret_access_key.
     *
     * Wire key: "aws_session_token"
     * Secret: never logged or echoed by the generated code.
     * @default null
     */
    aws_session_token?: string | null;
    /**
     * Use Ssl
     *
     * Whether to connect to the hosts over SSL/TLS.
     *
     * Wire key: "use_ssl"
     * @default null
     */
    use_ssl?: boolean | null;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type OpensearchSourceUpdateConfig = OpensearchSourceConfig;
export type Config = OpensearchSourceConfig;
export type WireConfig = OpensearchSourceWireConfig;
export type UpdateConfig = OpensearchSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: OpensearchSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: OpensearchSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly hosts: "hosts";
    readonly indexName: "index_name";
    readonly username: "username";
    readonly password: "password";
    readonly awsAccessKeyId: "aws_access_key_id";
    readonly awsSecretAccessKey: "aws_secret_access_key";
    readonly awsSessionToken: "aws_session_token";
    readonly useSsl: "use_ssl";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly hosts: "hosts";
    readonly index_name: "indexName";
    readonly username: "username";
    readonly password: "password";
    readonly aws_access_key_id: "awsAccessKeyId";
    readonly aws_secret_access_key: "awsSecretAccessKey";
    readonly aws_session_token: "awsSessionToken";
    readonly use_ssl: "useSsl";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: OpensearchSourceConfig): OpensearchSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: OpensearchSourceWireConfig | Readonly<Record<string, unknown>>): OpensearchSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is OpensearchSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, OpensearchSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<OpensearchSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, OpensearchSourceWireConfig>>;
