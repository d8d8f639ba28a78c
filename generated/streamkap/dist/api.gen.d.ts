import { type KindApiSpec } from "./runtime.gen.js";
/** How destinations are created (POST /destinations) and updated (PUT /destinations/{destination_id}). */
export declare const destinationsApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface DestinationCreateEnvelope {
    /**
     * Name
     *
     * Display name for the destination connector.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Origin of the entity creation.
     *
     * Wire key: "created_from"
     * Allowed values: "terraform", "web", "api"
     * @default "api"
     */
    createdFrom?: ("terraform" | "web" | "api") | null;
    /**
     * Desired operational state of the destination.
     *
     * Wire key: "desired_state"
     * Allowed values: "Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"
     */
    desiredState?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    /**
     * Kc Cluster Id
     *
     * KC cluster to deploy this connector to. Omit for default cluster.
     *
     * Wire key: "kc_cluster_id"
     */
    kcClusterId?: string | null;
    /**
     * Tags
     *
     * List of tag IDs to assign to this destination
     *
     * Wire key: "tags"
     */
    tags?: string[] | null;
}
/** Path, query and header parameters of POST /destinations. */
export interface DestinationCreateOptions {
    /**
     * Whether to include secret values in the response
     *
     * Wire key: "secret_returned"
     */
    secretReturned?: boolean;
    /**
     * When False, save config and return immediately without waiting for KC deployment
     *
     * Wire key: "wait"
     */
    wait?: boolean;
}
/** Request body of POST /destinations, with wire keys. */
export interface DestinationCreateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    created_from?: ("terraform" | "web" | "api") | null;
    desired_state?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    kc_cluster_id?: string | null;
    tags?: string[] | null;
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface DestinationUpdateEnvelope {
    /**
     * Name
     *
     * Display name for the destination connector.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Desired operational state of the destination.
     *
     * Wire key: "desired_state"
     * Allowed values: "Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"
     */
    desiredState?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    /**
     * Kc Cluster Id
     *
     * KC cluster to deploy this connector to. Omit for default cluster.
     *
     * Wire key: "kc_cluster_id"
     */
    kcClusterId?: string | null;
    /**
     * Tags
     *
     * List of tag IDs to assign to this destination. null or absent leaves tags unchanged; [] clears all tags.
     *
     * Wire key: "tags"
     */
    tags?: string[] | null;
}
/** Path, query and header parameters of PUT /destinations/{destination_id} (the id is the builder's first argument), and the current config. */
export interface DestinationUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
    /**
     * Whether to include secret values in the response
     *
     * Wire key: "secret_returned"
     */
    secretReturned?: boolean;
    /**
     * When False, save config and return immediately without waiting for KC update
     *
     * Wire key: "wait"
     */
    wait?: boolean;
}
/** Request body of PUT /destinations/{destination_id}, with wire keys. */
export interface DestinationUpdateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    desired_state?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    kc_cluster_id?: string | null;
    tags?: string[] | null;
    config: Config;
}
/** How sources are created (POST /sources) and updated (PUT /sources/{source_id}). */
export declare const sourcesApi: KindApiSpec;
/** Envelope of a create request (everything but the config), with authoring keys. */
export interface SourceCreateEnvelope {
    /**
     * Name
     *
     * Display name for the source connector.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Origin of the entity creation.
     *
     * Wire key: "created_from"
     * Allowed values: "terraform", "web", "api"
     * @default "api"
     */
    createdFrom?: ("terraform" | "web" | "api") | null;
    /**
     * Desired operational state of the source.
     *
     * Wire key: "desired_state"
     * Allowed values: "Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"
     */
    desiredState?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    /**
     * Kc Cluster Id
     *
     * KC cluster to deploy this connector to. Omit for default cluster.
     *
     * Wire key: "kc_cluster_id"
     */
    kcClusterId?: string | null;
    /**
     * Tags
     *
     * List of tag IDs to assign to this source
     *
     * Wire key: "tags"
     */
    tags?: string[] | null;
}
/** Path, query and header parameters of POST /sources. */
export interface SourceCreateOptions {
    /**
     * Whether to include secret values in the response
     *
     * Wire key: "secret_returned"
     */
    secretReturned?: boolean;
    /**
     * When False, save config and return immediately without waiting for KC deployment
     *
     * Wire key: "wait"
     */
    wait?: boolean;
}
/** Request body of POST /sources, with wire keys. */
export interface SourceCreateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    created_from?: ("terraform" | "web" | "api") | null;
    desired_state?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    kc_cluster_id?: string | null;
    tags?: string[] | null;
    config: Config;
}
/** Envelope of an update request (everything but the config), with authoring keys. */
export interface SourceUpdateEnvelope {
    /**
     * Name
     *
     * Display name for the source connector.
     *
     * Wire key: "name"
     */
    name: string;
    /**
     * Desired operational state of the source.
     *
     * Wire key: "desired_state"
     * Allowed values: "Pending", "Active", "Paused", "Stopped", "Pending Update", "Pending Delete"
     */
    desiredState?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    /**
     * Kc Cluster Id
     *
     * KC cluster to deploy this connector to. Omit for default cluster.
     *
     * Wire key: "kc_cluster_id"
     */
    kcClusterId?: string | null;
    /**
     * Tags
     *
     * List of tag IDs to assign to this source. null or absent leaves tags unchanged; [] clears all tags.
     *
     * Wire key: "tags"
     */
    tags?: string[] | null;
}
/** Path, query and header parameters of PUT /sources/{source_id} (the id is the builder's first argument), and the current config. */
export interface SourceUpdateOptions<Current> {
    /**
     * The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).
     * Lets an update resend set-once fields unchanged; without it they must be left out.
     */
    current?: Current;
    /**
     * Whether to include secret values in the response
     *
     * Wire key: "secret_returned"
     */
    secretReturned?: boolean;
    /**
     * When False, save config and return immediately without waiting for KC update
     *
     * Wire key: "wait"
     */
    wait?: boolean;
}
/** Request body of PUT /sources/{source_id}, with wire keys. */
export interface SourceUpdateBody<Code extends string, Config> {
    connector: Code;
    name: string;
    desired_state?: ("Pending" | "Active" | "Paused" | "Stopped" | "Pending Update" | "Pending Delete") | null;
    kc_cluster_id?: string | null;
    tags?: string[] | null;
    config: Config;
}
