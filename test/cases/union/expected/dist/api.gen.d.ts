import { type KindApiSpec } from "./runtime.gen.js";
/** How destinations are created (POST /v1/destinations) and updated (PATCH /v1/destinations/{destinationId}). */
export declare const destinationsApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface DestinationCreateEnvelope {
    /** Wire key: "name" */
    name: string;
    /** Wire key: "workspaceId" */
    workspaceId: string;
}
/** Path, query and header parameters of POST /v1/destinations. */
export interface DestinationCreateOptions {
}
/** Request body of POST /v1/destinations, with wire keys. */
export interface DestinationCreateBody<Code extends string, Config> {
    name: string;
    workspaceId: string;
    configuration: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface DestinationUpdateEnvelope {
    /** Wire key: "name" */
    name?: string;
}
/** Path, query and header parameters of PATCH /v1/destinations/{destinationId} (the id is the builder's first argument), and the current config. */
export interface DestinationUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
}
/** Request body of PATCH /v1/destinations/{destinationId}, with wire keys. */
export interface DestinationUpdateBody<Code extends string, Config> {
    name?: string;
    configuration: Config;
}
/** How sources are created (POST /v1/sources) and updated (PATCH /v1/sources/{sourceId}). */
export declare const sourcesApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface SourceCreateEnvelope {
    /** Wire key: "name" */
    name: string;
    /** Wire key: "workspaceId" */
    workspaceId: string;
}
/** Path, query and header parameters of POST /v1/sources. */
export interface SourceCreateOptions {
}
/** Request body of POST /v1/sources, with wire keys. */
export interface SourceCreateBody<Code extends string, Config> {
    name: string;
    workspaceId: string;
    configuration: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface SourceUpdateEnvelope {
    /** Wire key: "name" */
    name?: string;
}
/** Path, query and header parameters of PATCH /v1/sources/{sourceId} (the id is the builder's first argument), and the current config. */
export interface SourceUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
}
/** Request body of PATCH /v1/sources/{sourceId}, with wire keys. */
export interface SourceUpdateBody<Code extends string, Config> {
    name?: string;
    configuration: Config;
}
