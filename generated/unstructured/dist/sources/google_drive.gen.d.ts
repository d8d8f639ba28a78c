import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "google_drive";
export declare const displayName = "google_drive";
/**
 * google_drive
 *
 * Google Drive source (shared folder or shared drive), authenticated with a service account.
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface GoogleDriveSourceConfig {
    /**
     * Drive Id
     *
     * ID of the target Google Drive shared folder or shared drive.
     *
     * Wire key: "drive_id"
     */
    driveId: string;
    /**
     * Service Account Key
     *
     * The service account key: either the contents of the credentials.json key file as a single-line string, or a secret object (a reference to a secret already stored with Unstructured, or a client-encrypted value).
     *
     * Wire key: "service_account_key"
     * Secret: never logged or echoed by the generated code.
     */
    serviceAccountKey: string | {
        id: string;
        type?: "rsa" | "rsa_aes" | "runtime_config";
    } | {
        encryptedValue: string;
        aesIv?: string | null;
        encryptedAesKey?: string | null;
        type?: "rsa" | "rsa_aes" | "runtime_config";
    };
    /**
     * Extensions
     *
     * Only process files with these extensions, without the leading dot (e.g. pdf, docx). All extensions if omitted.
     *
     * Wire key: "extensions"
     */
    extensions?: string[] | null;
    /**
     * Recursive
     *
     * Whether to recursively process subfolders of the target folder or drive.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
}
/** google_drive sources connector ("google_drive") config exactly as the API sends and receives it. */
export interface GoogleDriveSourceWireConfig {
    /**
     * Drive Id
     *
     * ID of the target Google Drive shared folder or shared drive.
     *
     * Wire key: "drive_id"
     */
    drive_id: string;
    /**
     * Service Account Key
     *
     * The service account key: either the contents of the credentials.json key file as a single-line string, or a secret object (a reference to a secret already stored with Unstructured, or a client-encrypted value).
     *
     * Wire key: "service_account_key"
     * Secret: never logged or echoed by the generated code.
     */
    service_account_key: string | {
        id: string;
        type?: "rsa" | "rsa_aes" | "runtime_config";
    } | {
        encrypted_value: string;
        aes_iv?: string | null;
        encrypted_aes_key?: string | null;
        type?: "rsa" | "rsa_aes" | "runtime_config";
    };
    /**
     * Extensions
     *
     * Only process files with these extensions, without the leading dot (e.g. pdf, docx). All extensions if omitted.
     *
     * Wire key: "extensions"
     */
    extensions?: string[] | null;
    /**
     * Recursive
     *
     * Whether to recursively process subfolders of the target folder or drive.
     *
     * Wire key: "recursive"
     * @default true
     */
    recursive?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type GoogleDriveSourceUpdateConfig = GoogleDriveSourceConfig;
export type Config = GoogleDriveSourceConfig;
export type WireConfig = GoogleDriveSourceWireConfig;
export type UpdateConfig = GoogleDriveSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: GoogleDriveSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: GoogleDriveSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly driveId: "drive_id";
    readonly serviceAccountKey: "service_account_key";
    readonly extensions: "extensions";
    readonly recursive: "recursive";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly drive_id: "driveId";
    readonly service_account_key: "serviceAccountKey";
    readonly extensions: "extensions";
    readonly recursive: "recursive";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: GoogleDriveSourceConfig): GoogleDriveSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: GoogleDriveSourceWireConfig | Readonly<Record<string, unknown>>): GoogleDriveSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is GoogleDriveSourceConfig;
/** A validated POST /api/v1/sources/ request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, GoogleDriveSourceWireConfig>>;
/** A validated PUT /api/v1/sources/{source_id} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options: SourceUpdateOptions<GoogleDriveSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, GoogleDriveSourceWireConfig>>;
