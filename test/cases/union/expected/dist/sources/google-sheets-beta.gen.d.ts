import { type ApiRequest, type ConnectorSpec, type Problem, type ValidateOptions } from "../runtime.gen.js";
import { type SourceCreateBody, type SourceCreateEnvelope, type SourceCreateOptions, type SourceUpdateBody, type SourceUpdateEnvelope, type SourceUpdateOptions } from "../api.gen.js";
export declare const kind: "sources";
export declare const code: "google-sheets-beta";
export declare const displayName = "Google Sheets (beta)";
/**
 * Google Sheets (beta)
 *
 * Config with authoring keys (camelCase); `toWire` maps them to the API's keys.
 */
export interface GoogleSheetsBetaSourceConfig {
    /** Wire key: "spreadsheet_id" */
    spreadsheetId: string;
    /**
     * Wire key: "names_conversion"
     * @default false
     */
    namesConversion?: boolean;
}
/** Google Sheets (beta) sources connector ("google-sheets-beta") config exactly as the API sends and receives it. */
export interface GoogleSheetsBetaSourceWireConfig {
    /** Wire key: "spreadsheet_id" */
    spreadsheet_id: string;
    /**
     * Wire key: "names_conversion"
     * @default false
     */
    names_conversion?: boolean;
}
/** Config accepted by an update: set-once fields may be left out (the server keeps them). */
export type GoogleSheetsBetaSourceUpdateConfig = GoogleSheetsBetaSourceConfig;
export type Config = GoogleSheetsBetaSourceConfig;
export type WireConfig = GoogleSheetsBetaSourceWireConfig;
export type UpdateConfig = GoogleSheetsBetaSourceUpdateConfig;
/** Input of `create`: the envelope and the config. */
export type CreateInput = SourceCreateEnvelope & {
    config: GoogleSheetsBetaSourceConfig;
};
/** Input of `update`: the envelope and the config. */
export type UpdateInput = SourceUpdateEnvelope & {
    config: GoogleSheetsBetaSourceUpdateConfig;
};
/** Authoring key → wire key. */
export declare const keyMap: {
    readonly spreadsheetId: "spreadsheet_id";
    readonly namesConversion: "names_conversion";
};
/** Wire key → authoring key. */
export declare const wireKeyMap: {
    readonly spreadsheet_id: "spreadsheetId";
    readonly names_conversion: "namesConversion";
};
/** What validation and re-keying check; generated from the schema. */
export declare const spec: ConnectorSpec;
/** Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys. */
export declare function toWire(config: GoogleSheetsBetaSourceConfig): GoogleSheetsBetaSourceWireConfig;
/**
 * Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as
 * strings are read as integers; unknown keys throw.
 */
export declare function fromWire(wire: GoogleSheetsBetaSourceWireConfig | Readonly<Record<string, unknown>>): GoogleSheetsBetaSourceConfig;
/** Every problem with an authoring config (empty when valid). Secret values are never echoed. */
export declare function validate(config: unknown, options?: ValidateOptions): Problem[];
/** Every problem with a wire config (empty when valid). */
export declare function validateWire(wire: unknown, options?: ValidateOptions): Problem[];
/** True when `config` is a valid authoring config. */
export declare function isValid(config: unknown): config is GoogleSheetsBetaSourceConfig;
/** A validated POST /v1/sources request for this connector. Throws `ConfigValidationError` listing every problem. */
export declare function create(input: CreateInput, options?: SourceCreateOptions): ApiRequest<SourceCreateBody<typeof code, GoogleSheetsBetaSourceWireConfig>>;
/** A validated PATCH /v1/sources/{sourceId} request. Set-once fields must be left out or equal `options.current`. */
export declare function update(id: string, input: UpdateInput, options?: SourceUpdateOptions<GoogleSheetsBetaSourceConfig>): ApiRequest<SourceUpdateBody<typeof code, GoogleSheetsBetaSourceWireConfig>>;
