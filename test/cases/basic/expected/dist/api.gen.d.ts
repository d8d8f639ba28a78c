import { type KindApiSpec } from "./runtime.gen.js";
/** How destinations are created (POST /v2/destinations) and updated (PATCH /v2/destinations/{id}). */
export declare const destinationsApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface DestinationCreateEnvelope {
    /** Wire key: "name" */
    name: string;
}
/** Path, query and header parameters of POST /v2/destinations. */
export interface DestinationCreateOptions {
}
/** Request body of POST /v2/destinations, with wire keys. */
export interface DestinationCreateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface DestinationUpdateEnvelope {
    /** Wire key: "name" */
    name: string;
}
/** Path, query and header parameters of PATCH /v2/destinations/{id} (the id is the builder's first argument), and the current config. */
export interface DestinationUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
}
/** Request body of PATCH /v2/destinations/{id}, with wire keys. */
export interface DestinationUpdateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    config: Config;
}
/** How sources are created (POST /v2/sources) and updated (PUT /v2/sources/{source_id}). */
export declare const sourcesApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface SourceCreateEnvelope {
    /**
     * Display name.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Wire key: "state"
     * Allowed values: "Active", "Paused"
     */
    state?: ("Active" | "Paused") | null;
    /** Wire key: "tag_ids" */
    tagIds?: string[];
}
/** Path, query and header parameters of POST /v2/sources. */
export interface SourceCreateOptions {
    /**
     * Wait for deployment.
     *
     * Wire key: "wait"
     */
    wait?: boolean;
}
/** Request body of POST /v2/sources, with wire keys. */
export interface SourceCreateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    state?: ("Active" | "Paused") | null;
    tag_ids?: string[];
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface SourceUpdateEnvelope {
    /**
     * Display name.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Wire key: "state"
     * Allowed values: "Active", "Paused"
     */
    state?: ("Active" | "Paused") | null;
    /** Wire key: "tag_ids" */
    tagIds?: string[];
}
/** Path, query and header parameters of PUT /v2/sources/{source_id} (the id is the builder's first argument), and the current config. */
export interface SourceUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
}
/** Request body of PUT /v2/sources/{source_id}, with wire keys. */
export interface SourceUpdateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    state?: ("Active" | "Paused") | null;
    tag_ids?: string[];
    config: Config;
}
