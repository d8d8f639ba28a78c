import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "elasticsearch";
export declare const displayName = "ElasticSearch";
/**
 * ElasticSearch
 *
 * Read new documents from Elasticsearch indices by polling an incrementing datetime field.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface ElasticsearchSourceConfig {
    /**
     * Host
     *
     * Elasticsearch host. Several hosts can be given separated by `;` (host1;host2;host3).
     *
     * Wire key: "es.host"
     */
    esHost: string;
    /**
     * Scheme
     *
     * Protocol used to reach the Elasticsearch REST API.
     *
     * Wire key: "es.scheme"
     * Allowed values: "https" (HTTPS), "http" (HTTP)
     * @default "https"
     */
    esScheme?: "https" | "http";
    /**
     * Port
     *
     * Port of the Elasticsearch HTTP/HTTPS REST API, for example 443 or 9200.
     *
     * Wire key: "es.port"
     * @default 443
     */
    esPort?: number;
    /**
     * Authentication
     *
     * Type of authentication.
     *
     * Wire key: "http.auth.user.defined"
     * Allowed values: "None", "Basic" (Basic (username and password))
     * @default "Basic"
     */
    httpAuth?: "None" | "Basic";
    /**
     * Username
     *
     * Elasticsearch username.
     *
     * Wire key: "http.auth.user"
     * Required when httpAuth ≠ "None".
     */
    httpAuthUser?: string;
    /**
     * Password
     *
     * Elasticsearch password.
     *
     * Wire key: "http.auth.password"
     * Required when httpAuth ≠ "None".
     * Secret: never logged or echoed by the generated code.
     */
    httpAuthPassword?: string;
    /**
     * Indices
     *
     * The names of the Elasticsearch indices to read, comma-separated.
     *
     * Wire key: "endpoint.include.list.user.defined"
     */
    endpointIncludeList: string;
    /**
     * Datetime Field
     *
     * The name of the datetime field used to detect new records.
     *
     * Wire key: "datetime.field.name"
     * Set once: can be set at creation, never changed by an update.
     */
    datetimeFieldName: string;
    /**
     * Start From
     *
     * The date and time to start consuming records from. Leave empty to consume records from now on.
     *
     * Wire key: "datetime.field.value"
     * Set once: can be set at creation, never changed by an update.
     */
    datetimeFieldValue?: string;
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    tasksMax?: number;
    /**
     * Poll Interval (ms)
     *
     * How often each task polls Elasticsearch for new documents.
     *
     * Wire key: "poll.interval.ms"
     * Range: 1000 to 60000
     * @default 5000
     */
    pollIntervalMs?: number;
    /**
     * Max Batch Rows
     *
     * Maximum number of documents to fetch in a single search request.
     *
     * Wire key: "batch.max.rows"
     * @default 10000
     */
    batchMaxRows?: number;
    /**
     * Connection Attempts
     *
     * Maximum number of attempts to connect to Elasticsearch before failing.
     *
     * Wire key: "connection.attempts"
     * @default 3
     */
    connectionAttempts?: number;
    /**
     * Connection Backoff (ms)
     *
     * Backoff time between connection attempts.
     *
     * Wire key: "connection.backoff.ms"
     * @default 10000
     */
    connectionBackoffMs?: number;
    /**
     * Field Name Converter
     *
     * How field names are converted: 'avro' replaces characters that are invalid in Avro names, 'nop' keeps names unchanged.
     *
     * Wire key: "fieldname_converter"
     * Allowed values: "avro" (Avro compatible), "nop" (No conversion)
     * @default "avro"
     */
    fieldnameConverter?: "avro" | "nop";
}
/** ElasticSearch sources connector ("elasticsearch") config exactly as the API sends and receives it. */
export interface ElasticsearchSourceWireConfig {
    /**
     * Host
     *
     * Elasticsearch host. Several hosts can be given separated by `;` (host1;host2;host3).
     *
     * Wire key: "es.host"
     */
    "es.host": string;
    /**
     * Scheme
     *
     * Protocol used to reach the Elasticsearch REST API.
     *
     * Wire key: "es.scheme"
     * Allowed values: "https" (HTTPS), "http" (HTTP)
     * @default "https"
     */
    "es.scheme"?: "https" | "http";
    /**
     * Port
     *
     * Port of the Elasticsearch HTTP/HTTPS REST API, for example 443 or 9200.
     *
     * Wire key: "es.port"
     * @default 443
     */
    "es.port"?: number;
    /**
     * Authentication
     *
     * Type of authentication.
     *
     * Wire key: "http.auth.user.defined"
     * Allowed values: "None", "Basic" (Basic (username and password))
     * @default "Basic"
     */
    "http.auth.user.defined"?: "None" | "Basic";
    /**
     * Username
     *
     * Elasticsearch username.
     *
     * Wire key: "http.auth.user"
     * Required when httpAuth ≠ "None".
     */
    "http.auth.user"?: string;
    /**
     * Password
     *
     * Elasticsearch password.
     *
     * Wire key: "http.auth.password"
     * Required when httpAuth ≠ "None".
     * Secret: never logged or echoed by the generated code.
     */
    "http.auth.password"?: string;
    /**
     * Indices
     *
     * The names of the Elasticsearch indices to read, comma-separated.
     *
     * Wire key: "endpoint.include.list.user.defined"
     */
    "endpoint.include.list.user.defined": string;
    /**
     * Datetime Field
     *
     * The name of the datetime field used to detect new records.
     *
     * Wire key: "datetime.field.name"
     * Set once: can be set at creation, never changed by an update.
     */
    "datetime.field.name": string;
    /**
     * Start From
     *
     * The date and time to start consuming records from. Leave empty to consume records from now on.
     *
     * Wire key: "datetime.field.value"
     * Set once: can be set at creation, never changed by an update.
     */
    "datetime.field.value"?: string;
    /**
     * Max Tasks
     *
     * The maximum number of active tasks.
     *
     * Wire key: "tasks.max"
     * Range: 1 to 10
     * @default 5
     */
    "tasks.max"?: number;
    /**
     * Poll Interval (ms)
     *
     * How often each task polls Elasticsearch for new documents.
     *
     * Wire key: "poll.interval.ms"
     * Range: 1000 to 60000
     * @default 5000
     */
    "poll.interval.ms"?: number;
    /**
     * Max Batch Rows
     *
     * Maximum number of documents to fetch in a single search request.
     *
     * Wire key: "batch.max.rows"
     * @default 10000
     */
    "batch.max.rows"?: number;
    /**
     * Connection Attempts
     *
     * Maximum number of attempts to connect to Elasticsearch before failing.
     *
     * Wire key: "connection.attempts"
     * @default 3
     */
    "connection.attempts"?: number;
    /**
     * Connection Backoff (ms)
     *
     * Backoff time between connection attempts.
     *
     * Wire key: "connection.backoff.ms"
     * @default 10000
     */
    "connection.backoff.ms"?: number;
    /**
     * Field Name Converter
     *
     * How field names are converted: 'avro' replaces characters that are invalid in Avro names, 'nop' keeps names unchanged.
     *
     * Wire key: "fieldname_converter"
     * Allowed values: "avro" (Avro compatible), "nop" (No conversion)
     * @default "avro"
     */
    fieldname_converter?: "avro" | "nop";
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type ElasticsearchSourceUpdateConfig = Omit<ElasticsearchSourceConfig, "datetimeFieldName" | "datetimeFieldValue"> & Partial<Pick<ElasticsearchSourceConfig, "datetimeFieldName" | "datetimeFieldValue">>;
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
    readonly esHost: "es.host";
    readonly esScheme: "es.scheme";
    readonly esPort: "es.port";
    readonly httpAuth: "http.auth.user.defined";
    readonly httpAuthUser: "http.auth.user";
    readonly httpAuthPassword: "http.auth.password";
    readonly endpointIncludeList: "endpoint.include.list.user.defined";
    readonly datetimeFieldName: "datetime.field.name";
    readonly datetimeFieldValue: "datetime.field.value";
    readonly tasksMax: "tasks.max";
    readonly pollIntervalMs: "poll.interval.ms";
    readonly batchMaxRows: "batch.max.rows";
    readonly connectionAttempts: "connection.attempts";
    readonly connectionBackoffMs: "connection.backoff.ms";
    readonly fieldnameConverter: "fieldname_converter";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly "es.host": "esHost";
    readonly "es.scheme": "esScheme";
    readonly "es.port": "esPort";
    readonly "http.auth.user.defined": "httpAuth";
    readonly "http.auth.user": "httpAuthUser";
    readonly "http.auth.password": "httpAuthPassword";
    readonly "endpoint.include.list.user.defined": "endpointIncludeList";
    readonly "datetime.field.name": "datetimeFieldName";
    readonly "datetime.field.value": "datetimeFieldValue";
    readonly "tasks.max": "tasksMax";
    readonly "poll.interval.ms": "pollIntervalMs";
    readonly "batch.max.rows": "batchMaxRows";
    readonly "connection.attempts": "connectionAttempts";
    readonly "connection.backoff.ms": "connectionBackoffMs";
    readonly fieldname_converter: "fieldnameConverter";
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
/** A validated POST /sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, ElasticsearchSourceWireConfig>>;
/** A validated PUT /sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<ElasticsearchSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, ElasticsearchSourceWireConfig>>;
