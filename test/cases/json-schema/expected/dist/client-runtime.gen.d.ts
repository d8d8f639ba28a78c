import { type ApiRequest, type ConfigChange, type ConnectorSpec, type QueryValue, type ReadResult } from "./runtime.gen.js";
/** How a request authenticates (from the document's security scheme). */
export type Auth = {
    readonly type: "bearer";
} | {
    readonly type: "header";
    readonly name: string;
};
export interface Route {
    readonly method: string;
    readonly path: string;
    /** A list response wraps its items in this array property. */
    readonly itemsProperty?: string;
    /** A paged list: page-number and page-size query parameters, and the wrapper's "there is more" flag. */
    readonly paging?: {
        readonly pageParam: string;
        readonly sizeParam?: string;
        readonly maxSize?: number;
        readonly hasNextProperty?: string;
    };
}
/** The routes of one kind (sources, destinations). */
export interface KindRoutes {
    readonly connectorProperty?: string;
    readonly configProperty: string;
    readonly get?: Route;
    readonly list?: Route;
    readonly delete?: Route;
}
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;
export interface ClientOptions {
    /** Where the API is, e.g. "https://api.streamkap.com". Credentials are sent to this origin only. */
    readonly baseUrl: string;
    /** The token or API key; sent as the document's security scheme says. */
    readonly credentials: string;
    /** The fetch to use (default: the platform's). */
    readonly fetch?: FetchLike;
    /** Retries of an idempotent call after a 429 or 5xx (default 3; 0 turns retrying off). */
    readonly retries?: number;
    /** First backoff delay in ms, doubled per retry (default 200). */
    readonly backoffMs?: number;
    /** Longest wait before a retry, Retry-After included (default 30000 ms). */
    readonly maxDelayMs?: number;
    /** How to wait (tests pass a fake). */
    readonly sleep?: (ms: number) => Promise<void>;
    /** Abort a request after this many ms (default 60000). */
    readonly timeoutMs?: number;
    /** Largest response body read, in bytes (default 16 MiB). */
    readonly maxResponseBytes?: number;
    /**
     * Values this API returns in place of a secret (default `["********", "[hidden]"]`; a secret left out
     * is hidden too). Add `null` for an API that hides secrets as null.
     */
    readonly secretMasks?: readonly (string | null)[];
}
/** A failed call: the status, the request and the server's message, with every secret of the request masked. */
export declare class ApiError extends Error {
    /** HTTP status; 0 when there was no usable response (network error, redirect refused, body too large). */
    readonly status: number;
    readonly method: string;
    /** The request path (no query, no origin). */
    readonly path: string;
    /** What the server said (its `detail`, `message` or `error`, else the body's text), secrets masked. */
    readonly serverMessage: string;
    readonly name = "ApiError";
    constructor(
    /** HTTP status; 0 when there was no usable response (network error, redirect refused, body too large). */
    status: number, method: string, 
    /** The request path (no query, no origin). */
    path: string, 
    /** What the server said (its `detail`, `message` or `error`, else the body's text), secrets masked. */
    serverMessage: string);
}
/** Seconds or an HTTP date, as a delay in ms; undefined when absent or unreadable. */
export declare function retryAfterMs(header: string | null, now?: number): number | undefined;
export interface Call {
    readonly method: string;
    readonly path: string;
    readonly query?: Readonly<Record<string, QueryValue>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: unknown;
    /** Values to mask in an error besides the credential (the request's secrets). */
    readonly secrets?: readonly string[];
}
export type Transport = (call: Call) => Promise<unknown>;
/** Sends calls to `options.baseUrl` with the credential; parses JSON; throws ApiError. */
export declare function transport(auth: Auth | undefined, options: ClientOptions): Transport;
/** What the client needs of a generated connector module. */
export interface ConnectorModule {
    readonly code: string;
    readonly spec: ConnectorSpec;
    create(input: never, options: never): ApiRequest<unknown>;
    update(id: string, input: never, options: never): ApiRequest<unknown>;
    read(wire: Readonly<Record<string, unknown>>, options?: {
        masks?: readonly (string | null)[];
    }): ReadResult<unknown>;
    diff(current: never, desired: never): ConfigChange;
    toWire(config: never): unknown;
}
type Mod = ConnectorModule;
type UpdateConfigOf<M extends Mod> = ReturnType<M["read"]> extends ReadResult<infer C> ? C : never;
type CreateInputOf<M extends Mod> = Parameters<M["create"]>[0];
/** The builder's options; the credential option (if the builder names one) is the client's to fill. */
type CreateOptionsOf<M extends Mod> = Partial<NonNullable<Parameters<M["create"]>[1]>>;
type UpdateInputOf<M extends Mod> = Parameters<M["update"]>[1];
type UpdateOptionsOf<M extends Mod> = Omit<NonNullable<Parameters<M["update"]>[2]>, "current">;
/** A connector as the API returns it, its config read through the connector's `read`. */
export type Fetched<Item, Config> = Omit<Item, "config"> & {
    /** The config read back: typed, strings coerced, hidden secrets left out, unknown keys kept. */
    readonly config: ReadResult<Config>;
};
export type ClientUpdateOptions<M extends Mod> = Partial<UpdateOptionsOf<M>> & {
    /**
     * The connector as `get` read it. With it, only what changed from it is sent
     * (the server keeps what is not sent), values the server returned and this
     * package does not know pass unchecked when unchanged, and set-once fields
     * are checked against it.
     */
    readonly current?: {
        readonly config: ReadResult<UpdateConfigOf<M>>;
    };
    /** With `current`: "changes" (default) sends only the changed fields; "all" the whole config. */
    readonly send?: "changes" | "all";
};
export interface ConnectorClient<M extends Mod, Item> {
    /** POST: the builder's validated request (throws ConfigValidationError); never retried. */
    create(input: CreateInputOf<M>, options?: CreateOptionsOf<M>): Promise<Item>;
    get(id: string): Promise<Fetched<Item, UpdateConfigOf<M>>>;
    /** Every connector of this kind with this connector's code. */
    list(): Promise<Fetched<Item, UpdateConfigOf<M>>[]>;
    update(id: string, input: UpdateInputOf<M>, options?: ClientUpdateOptions<M>): Promise<Item>;
    delete(id: string): Promise<void>;
}
export type KindClient<Registry extends Readonly<Record<string, Mod>>, Item> = {
    readonly [Code in keyof Registry]: ConnectorClient<Registry[Code], Item>;
};
/** One kind's clients, one per connector in the registry. */
export declare function kindClient<Registry extends Readonly<Record<string, Mod>>, Item>(send: Transport, routes: KindRoutes, registry: Registry, auth: {
    readonly option?: string;
    readonly credentials: string;
}, 
/** ClientOptions.secretMasks: how this API hides a secret in a response. */
masks?: readonly (string | null)[]): KindClient<Registry, Item>;
export {};
