// A small HTTP client over the generated request builders: create, get, list,
// update and delete per connector, with the credential sent the way the OpenAPI
// document's security scheme says and only to the base URL's origin. It uses
// the platform's fetch (injectable) and nothing else. Idempotent calls (GET,
// PUT, DELETE) retry 429 and 5xx with bounded attempts and backoff, honouring
// Retry-After; POST is never retried (a retry could create twice).

import {
  ConfigValidationError,
  type ApiRequest,
  type ConfigChange,
  type ConnectorSpec,
  type Problem,
  type QueryValue,
  type ReadResult,
} from "./runtime.js";

/** How a request authenticates (from the document's security scheme). */
export type Auth = { readonly type: "bearer" } | { readonly type: "header"; readonly name: string };

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

/** A list reads at most this many pages: a server that always says "more" cannot keep it forever. */
const MAX_PAGES = 1000;

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

const MASK = "********";

/** A failed call: the status, the request and the server's message, with every secret of the request masked. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    /** HTTP status; 0 when there was no usable response (network error, redirect refused, body too large). */
    readonly status: number,
    readonly method: string,
    /** The request path (no query, no origin). */
    readonly path: string,
    /** What the server said (its `detail`, `message` or `error`, else the body's text), secrets masked. */
    readonly serverMessage: string,
  ) {
    super(`${method} ${path} failed${status > 0 ? ` with ${status}` : ""}${serverMessage ? `: ${serverMessage}` : ""}`);
  }
}

/** Every occurrence of every secret replaced by the mask; short values are left alone (they would mask noise). */
function masked(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) out = out.split(secret).join(MASK);
  }
  return out;
}

const isPlain = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function serverMessageOf(text: string): string {
  let message = text;
  try {
    const parsed: unknown = JSON.parse(text);
    if (isPlain(parsed)) {
      const said = parsed["detail"] ?? parsed["message"] ?? parsed["error"];
      message = typeof said === "string" ? said : said !== undefined ? JSON.stringify(said) : text;
    }
  } catch {
    // Not JSON: the text as it came.
  }
  const flat = message.replace(/\s+/g, " ").trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

/** Seconds or an HTTP date, as a delay in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const RETRIED_METHODS = new Set(["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]);
const retriable = (status: number) => status === 429 || (status >= 500 && status <= 599);

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
export function transport(auth: Auth | undefined, options: ClientOptions): Transport {
  const base = new URL(options.baseUrl);
  if (base.protocol !== "https:" && base.protocol !== "http:") throw new TypeError("baseUrl must be an http(s) URL");
  const prefix = base.href.replace(/[?#].*$/, "").replace(/\/$/, "");
  const doFetch: FetchLike = options.fetch ?? ((input, init) => fetch(input, init));
  const retries = Math.max(0, Math.min(options.retries ?? 3, 10));
  const backoff = options.backoffMs ?? 200;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeout = options.timeoutMs ?? 60_000;
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const authHeaders: Record<string, string> =
    auth === undefined
      ? {}
      : auth.type === "bearer"
        ? { authorization: `Bearer ${options.credentials}` }
        : { [auth.name.toLowerCase()]: options.credentials };

  return async (call) => {
    const secrets = [options.credentials, ...(call.secrets ?? [])];
    const fail = (status: number, message: string) =>
      new ApiError(status, call.method, masked(call.path, secrets), masked(message, secrets));
    // Only a path: an absolute URL (or `//host`) could carry the credential elsewhere.
    if (!call.path.startsWith("/") || call.path.startsWith("//")) throw fail(0, "refused: not a path on the base URL");
    const url = new URL(prefix + call.path);
    if (url.origin !== base.origin) throw fail(0, "refused: not on the base URL's origin");
    for (const [key, value] of Object.entries(call.query ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(key, String(item));
    }
    const headers: Record<string, string> = { accept: "application/json", ...authHeaders };
    for (const [k, v] of Object.entries(call.headers ?? {})) {
      // The credential header is the client's own: a builder's copy is not sent twice.
      if (!Object.hasOwn(authHeaders, k.toLowerCase())) headers[k] = v;
    }
    if (call.body !== undefined) headers["content-type"] = "application/json";
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    const attempts = RETRIED_METHODS.has(call.method) ? retries + 1 : 1;
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), timeout);
      let response: Response;
      let text: string;
      try {
        response = await doFetch(url.href, {
          method: call.method,
          headers,
          ...(body !== undefined ? { body } : {}),
          // A redirect could take the credential to another origin: never followed.
          redirect: "manual",
          signal: controller.signal,
        });
        text = await readText(response, maxBytes);
      } catch (error) {
        if (error instanceof TooLarge) throw fail(error.status, error.message);
        if (attempt < attempts) {
          await sleep(Math.min(maxDelay, backoff * 2 ** (attempt - 1)));
          continue;
        }
        throw fail(0, error instanceof Error ? error.message : "request failed");
      } finally {
        clearTimeout(timer);
      }
      if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400))
        throw fail(response.status, "refused to follow a redirect");
      if (response.url && new URL(response.url).origin !== base.origin)
        throw fail(response.status, "refused: the response came from another origin");
      if (response.ok) {
        if (text.trim() === "") return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw fail(response.status, "the response is not JSON");
        }
      }
      if (retriable(response.status) && attempt < attempts) {
        const after = retryAfterMs(response.headers.get("retry-after"));
        await sleep(Math.min(maxDelay, after ?? backoff * 2 ** (attempt - 1)));
        continue;
      }
      throw fail(response.status, serverMessageOf(text));
    }
  };
}

/** A body over the limit: not retried, reported as an ApiError. */
class TooLarge extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readText(response: Response, maxBytes: number): Promise<string> {
  if (response.body === null) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new TooLarge(response.status, `response larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

// ---------------------------------------------------------------------------
// Per connector: the builders' requests sent, responses read back.

/** What the client needs of a generated connector module. */
export interface ConnectorModule {
  readonly code: string;
  readonly spec: ConnectorSpec;
  create(input: never, options: never): ApiRequest<unknown>;
  update(id: string, input: never, options: never): ApiRequest<unknown>;
  read(wire: Readonly<Record<string, unknown>>, options?: { masks?: readonly (string | null)[] }): ReadResult<unknown>;
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
  readonly current?: { readonly config: ReadResult<UpdateConfigOf<M>> };
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

/** The values of the secret fields a request carries: masked in errors. */
function secretsIn(spec: ConnectorSpec, config: unknown): string[] {
  if (!isPlain(config)) return [];
  return spec.fields
    .filter((f) => f.secret === true && typeof config[f.wireKey] === "string")
    .map((f) => config[f.wireKey] as string);
}

function fillId(path: string, id: string): string {
  if (typeof id !== "string" || id === "") throw new TypeError("id must be a non-empty string");
  // The id parameter is the last in the path.
  return path.replace(/\{[^{}]+\}(?=[^{}]*$)/, encodeURIComponent(id));
}

/** The config key a builder's problem is about (its paths start at "config"); "" for the envelope's. */
const topKey = (p: Problem) => (p.path.startsWith("config.") ? (p.path.slice(7).split(/[.[]/)[0] ?? "") : "");

function connectorClient(
  send: Transport,
  routes: KindRoutes,
  module: Mod,
  auth: { readonly option?: string; readonly credentials: string },
  masks?: readonly (string | null)[],
): ConnectorClient<Mod, unknown> {
  const spec = module.spec;
  // A builder that names the credential header as an option gets it: the transport sends it.
  const withAuth = (options: unknown) =>
    (auth.option !== undefined
      ? { ...(isPlain(options) ? options : {}), [auth.option]: auth.credentials }
      : options) as never;
  const sendRequest = (request: ApiRequest<unknown>) => {
    const body = request.body as Record<string, unknown>;
    return send({
      method: request.method,
      path: request.path,
      query: request.query,
      ...(request.headers ? { headers: request.headers } : {}),
      body,
      secrets: secretsIn(spec, body[routes.configProperty]),
    });
  };
  const fetched = (item: unknown): Fetched<Record<string, unknown>, unknown> => {
    const record = isPlain(item) ? item : {};
    const wire = record[routes.configProperty];
    const read = module.read(isPlain(wire) ? wire : {}, masks ? { masks } : undefined);
    return { ...record, config: read } as Fetched<Record<string, unknown>, unknown>;
  };
  const need = (route: Route | undefined, what: string): Route => {
    if (route === undefined) throw new TypeError(`${spec.kind}/${spec.code}: the API has no ${what} operation`);
    return route;
  };
  return {
    async create(input, options) {
      return sendRequest(module.create(input as never, withAuth(options)));
    },
    async get(id) {
      const route = need(routes.get, "get");
      const response = await send({ method: route.method, path: fillId(route.path, id) });
      const items = route.itemsProperty !== undefined && isPlain(response) ? response[route.itemsProperty] : undefined;
      return fetched(Array.isArray(items) ? items[0] : response) as never;
    },
    async list() {
      const route = need(routes.list, "list");
      const paging = route.paging;
      const all: unknown[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const query: Record<string, number> = {};
        if (paging) query[paging.pageParam] = page;
        if (paging?.sizeParam !== undefined && paging.maxSize !== undefined) query[paging.sizeParam] = paging.maxSize;
        const response = await send({ method: route.method, path: route.path, query });
        const items = Array.isArray(response)
          ? response
          : route.itemsProperty !== undefined && isPlain(response) && Array.isArray(response[route.itemsProperty])
            ? (response[route.itemsProperty] as unknown[])
            : [];
        all.push(...items);
        // More pages: the wrapper says so, or (without the flag) the page came back full.
        const more =
          paging?.hasNextProperty !== undefined
            ? isPlain(response) && response[paging.hasNextProperty] === true
            : paging?.maxSize !== undefined && items.length >= paging.maxSize;
        if (!paging || !more || items.length === 0) break;
      }
      const property = routes.connectorProperty;
      return all
        .filter((item) => property === undefined || (isPlain(item) && item[property] === spec.code))
        .map(fetched) as never;
    },
    async update(id, input, options = {}) {
      const { current, send: sending = "changes", ...rest } = options as ClientUpdateOptions<Mod>;
      if (!current) return sendRequest(module.update(id, input as never, withAuth(rest)));
      const builderOptions = withAuth({ ...rest, current: current.config.config });
      const desired = (isPlain(input) ? input["config"] : undefined) as Record<string, unknown> | undefined;
      const change = module.diff(current.config.config as never, (desired ?? {}) as never);
      if (change.problems.length > 0)
        throw new ConfigValidationError(`${spec.kind}/${spec.code} update`, [...change.problems]);
      let request: ApiRequest<unknown>;
      let left: Record<string, unknown> = {};
      try {
        request = module.update(id, input as never, builderOptions);
      } catch (error) {
        if (!(error instanceof ConfigValidationError) || desired === undefined) throw error;
        // A value the server returned and the author left as it was is the server's (a newer server's enum
        // value, say): this snapshot does not judge it. Everything else still must be valid.
        const changed = new Set(Object.keys(change.config));
        const servers = (p: Problem) => !changed.has(topKey(p)) && topKey(p) !== "" && hasKey(current, topKey(p));
        if (!error.problems.every(servers)) throw error;
        const trimmed: Record<string, unknown> = { ...desired };
        for (const p of error.problems) {
          left[topKey(p)] = desired[topKey(p)];
          delete trimmed[topKey(p)];
        }
        request = module.update(id, { ...(input as object), config: trimmed } as never, builderOptions);
      }
      const body = request.body as Record<string, unknown>;
      if (sending === "all") {
        const rest = Object.keys(left).length > 0 ? (module.toWire(left as never) as Record<string, unknown>) : {};
        return sendRequest({
          ...request,
          body: { ...body, [routes.configProperty]: { ...(body[routes.configProperty] as object), ...rest } },
        });
      }
      const wire = module.toWire(change.config as never) as Record<string, unknown>;
      // Constants go with a whole config; a change sends only the fields that changed.
      for (const key of Object.keys(spec.constants ?? {})) delete wire[key];
      return sendRequest({ ...request, body: { ...body, [routes.configProperty]: wire } });
    },
    async delete(id) {
      const route = need(routes.delete, "delete");
      await send({ method: route.method, path: fillId(route.path, id) });
    },
  };
}

function hasKey(current: { readonly config: ReadResult<unknown> }, key: string): boolean {
  const config = current.config.config;
  return isPlain(config) && Object.hasOwn(config, key);
}

/** One kind's clients, one per connector in the registry. */
export function kindClient<Registry extends Readonly<Record<string, Mod>>, Item>(
  send: Transport,
  routes: KindRoutes,
  registry: Registry,
  auth: { readonly option?: string; readonly credentials: string },
  /** ClientOptions.secretMasks: how this API hides a secret in a response. */
  masks?: readonly (string | null)[],
): KindClient<Registry, Item> {
  const out: Record<string, ConnectorClient<Mod, unknown>> = {};
  for (const code of Object.keys(registry)) out[code] = connectorClient(send, routes, registry[code]!, auth, masks);
  return out as unknown as KindClient<Registry, Item>;
}
