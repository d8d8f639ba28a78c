import { type KindApiSpec } from "./runtime.gen.js";
/** How destinations are created (POST /api/v1/destinations/) and updated (PUT /api/v1/destinations/{destination_id}). */
export declare const destinationsApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface DestinationCreateEnvelope {
    /** Wire key: "name" */
    name: string;
}
/** Path, query and header parameters of POST /api/v1/destinations/. */
export interface DestinationCreateOptions {
    /**
     * API key sent in the unstructured-api-key header.
     *
     * Wire key: "unstructured-api-key"
     * Secret: never logged or echoed by the generated code.
     */
    unstructuredApiKey: string;
}
/** Request body of POST /api/v1/destinations/, with wire keys. */
export interface DestinationCreateBody<Code extends string, Config> {
    type: Code;
    name: string;
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface DestinationUpdateEnvelope {
    /** Wire key: "name" */
    name: string;
}
/** Path, query and header parameters of PUT /api/v1/destinations/{destination_id} (the id is the builder's first argument), and the current config. */
export interface DestinationUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
    /**
     * API key sent in the unstructured-api-key header.
     *
     * Wire key: "unstructured-api-key"
     * Secret: never logged or echoed by the generated code.
     */
    unstructuredApiKey: string;
}
/** Request body of PUT /api/v1/destinations/{destination_id}, with wire keys. */
export interface DestinationUpdateBody<Code extends string, Config> {
    type: Code;
    name: string;
    config: Config;
}
/** How sources are created (POST /api/v1/sources/) and updated (PUT /api/v1/sources/{source_id}). */
export declare const sourcesApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface SourceCreateEnvelope {
    /** Wire key: "name" */
    name: string;
}
/** Path, query and header parameters of POST /api/v1/sources/. */
export interface SourceCreateOptions {
    /**
     * API key sent in the unstructured-api-key header.
     *
     * Wire key: "unstructured-api-key"
     * Secret: never logged or echoed by the generated code.
     */
    unstructuredApiKey: string;
}
/** Request body of POST /api/v1/sources/, with wire keys. */
export interface SourceCreateBody<Code extends string, Config> {
    type: Code;
    name: string;
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface SourceUpdateEnvelope {
}
/** Path, query and header parameters of PUT /api/v1/sources/{source_id} (the id is the builder's first argument), and the current config. */
export interface SourceUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
    /**
     * API key sent in the unstructured-api-key header.
     *
     * Wire key: "unstructured-api-key"
     * Secret: never logged or echoed by the generated code.
     */
    unstructuredApiKey: string;
}
/** Request body of PUT /api/v1/sources/{source_id}, with wire keys. */
export interface SourceUpdateBody<Code extends string, Config> {
    config: Config;
}
