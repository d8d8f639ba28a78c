// Stage 0 helper: GET a JSON document over HTTP, dependably.
// Timeouts per attempt; retries with exponential backoff and full jitter for
// connection errors, timeouts, truncated bodies, 408, 429 and 5xx (honouring
// Retry-After); conditional requests; redirects followed by hand so the
// credential never leaves the origin it was meant for. Every message names the
// URL without credentials and with the secret value masked.

export interface Credential {
  header: string;
  value: string;
  /** The origin the credential may be sent to. */
  origin: string;
  /** The environment variable it came from, for 401/403 messages. */
  env: string;
}

export interface HttpSettings {
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /** First backoff step; attempt n waits a random time up to `backoffMs * 2^n`. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Longest `Retry-After` honoured; a longer one fails the request. */
  maxRetryAfterMs: number;
  /** Largest body accepted. */
  maxBytes: number;
  credential?: Credential;
  /** Called before each retry's wait (for progress output and tests). */
  onRetry?: (event: RetryEvent) => void;
}

export const DEFAULT_HTTP: HttpSettings = {
  timeoutMs: 30_000,
  retries: 4,
  backoffMs: 500,
  maxBackoffMs: 15_000,
  maxRetryAfterMs: 120_000,
  maxBytes: 200 * 1024 * 1024,
};

export interface RetryEvent {
  url: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type JsonResponse =
  | { status: "ok"; url: string; json: unknown; text: string; validators: Validators; retries: number }
  | { status: "not-modified"; url: string; retries: number }
  | { status: "not-found"; url: string; retries: number };

/** A failed download; `retryable` problems were retried until the budget ran out. */
export class HttpProblem extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = "HttpProblem";
  }
}

/** The URL as it may be printed: no user info, secret masked. */
export function printableUrl(url: string, secret?: string): string {
  let text = url;
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    text = u.href;
  } catch {
    // not a URL: print as given, masked
  }
  return mask(text, secret);
}

export function mask(text: string, secret?: string): string {
  return secret && secret.length > 0 ? text.split(secret).join("***") : text;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retry-After in ms: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  const cause = e.cause?.code ?? e.cause?.message;
  return cause ? `${e.message ?? "network error"} (${cause})` : (e.message ?? String(error));
}

const isJsonType = (type: string) => /^application\/([\w.+-]*\+)?json\b/i.test(type) || /^text\/json\b/i.test(type);

async function attempt(url: string, conditional: Validators, allowNotFound: boolean, s: HttpSettings) {
  const secret = s.credential?.value;
  let current = url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { accept: "application/json" };
    const target = new URL(current);
    // Credentials go to their own origin only, also after a redirect.
    if (s.credential && target.origin === s.credential.origin) headers[s.credential.header] = s.credential.value;
    if (conditional.etag) headers["if-none-match"] = conditional.etag;
    else if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
    const response = await fetch(current, { headers, redirect: "manual", signal: AbortSignal.timeout(s.timeoutMs) });
    const where = printableUrl(current, secret);
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location || hop >= 5)
        throw new HttpProblem(
          `${where}: HTTP ${response.status} redirect ${location ? "loop" : "without Location"}`,
          false,
        );
      current = new URL(location, current).href;
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      if (!conditional.etag && !conditional.lastModified)
        throw new HttpProblem(`${where}: HTTP 304 to an unconditional request`, false);
      return { status: "not-modified" as const, url: current };
    }
    if (response.status === 401 || response.status === 403) {
      await response.body?.cancel();
      const fix = s.credential
        ? `check ${s.credential.env}: the API ${response.status === 401 ? "did not accept it" : "refused it access"}`
        : "this API needs a credential: set `fetch.credential` in codegen.config.ts";
      throw new HttpProblem(`${where}: HTTP ${response.status}; ${fix}`, false);
    }
    if (response.status === 404 && allowNotFound) {
      await response.body?.cancel();
      return { status: "not-found" as const, url: current };
    }
    if (response.status === 408 || response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
      throw new HttpProblem(`${where}: HTTP ${response.status}`, true, retryAfter);
    }
    if (response.status !== 200) {
      const snippet = mask((await response.text()).slice(0, 200), secret).replace(/\s+/g, " ");
      throw new HttpProblem(`${where}: HTTP ${response.status}${snippet ? `: ${snippet}` : ""}`, false);
    }
    const type = response.headers.get("content-type") ?? "";
    if (!isJsonType(type)) {
      await response.body?.cancel();
      throw new HttpProblem(`${where}: expected a JSON response, got content type ${JSON.stringify(type)}`, false);
    }
    const length = response.headers.get("content-length");
    if (length !== null && Number(length) > s.maxBytes)
      throw new HttpProblem(`${where}: body of ${length} bytes exceeds the ${s.maxBytes}-byte limit`, false);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (length !== null && bytes.byteLength !== Number(length))
      throw new HttpProblem(`${where}: truncated body (${bytes.byteLength} of ${length} bytes)`, true);
    if (bytes.byteLength > s.maxBytes)
      throw new HttpProblem(`${where}: body exceeds the ${s.maxBytes}-byte limit`, false);
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new HttpProblem(`${where}: body is not valid UTF-8`, true);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      // Framing was intact, so this is a cut or garbled body: worth another try.
      throw new HttpProblem(`${where}: invalid or truncated JSON (${(error as Error).message})`, true);
    }
    const validators: Validators = {};
    const etag = response.headers.get("etag");
    const lastModified = response.headers.get("last-modified");
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    return { status: "ok" as const, url: current, json, text, validators };
  }
}

/** GET `url` as JSON. Throws HttpProblem (message safe to print) when it cannot. */
export async function getJson(
  url: string,
  settings: HttpSettings,
  options: { conditional?: Validators; allowNotFound?: boolean } = {},
): Promise<JsonResponse> {
  const secret = settings.credential?.value;
  for (let tries = 0; ; tries++) {
    let problem: HttpProblem;
    try {
      const result = await attempt(url, options.conditional ?? {}, options.allowNotFound ?? false, settings);
      return { ...result, retries: tries };
    } catch (error) {
      problem =
        error instanceof HttpProblem
          ? error
          : new HttpProblem(`${printableUrl(url, secret)}: ${mask(describeNetworkError(error), secret)}`, true);
    }
    if (!problem.retryable) throw problem;
    if (tries >= settings.retries)
      throw new HttpProblem(`${problem.message} (gave up after ${tries + 1} attempts)`, false);
    let delay = Math.random() * Math.min(settings.maxBackoffMs, settings.backoffMs * 2 ** tries);
    if (problem.retryAfterMs !== undefined) {
      if (problem.retryAfterMs > settings.maxRetryAfterMs)
        throw new HttpProblem(
          `${problem.message}: Retry-After of ${Math.round(problem.retryAfterMs / 1000)} s is longer than the ${settings.maxRetryAfterMs / 1000} s allowed`,
          false,
        );
      delay = Math.max(delay, problem.retryAfterMs);
    }
    settings.onRetry?.({ url: printableUrl(url, secret), attempt: tries + 1, delayMs: delay, reason: problem.message });
    await sleep(delay);
  }
}
