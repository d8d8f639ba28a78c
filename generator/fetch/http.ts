// Stage 0 helper: GET a JSON document over HTTP, dependably.
// Timeouts per attempt; retries with exponential backoff and full jitter for
// connection errors, timeouts, truncated bodies, 408, 429 and 5xx (honouring
// Retry-After); conditional requests; redirects followed by hand so the
// credential never leaves the origin it was meant for. Bodies are read on
// node:http and decoded here (gzip, deflate, br), so the size limits hold on
// the bytes as sent and as decoded while they stream in, and Content-Length is
// checked against the bytes it describes. Every message names the URL without
// credentials, with the secret masked also behind escapes; a response holding
// the secret in any decoded string is refused.

import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import type { Transform } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";

export interface Credential {
  header: string;
  /** The header's value (with the scheme, when there is one). */
  value: string;
  /** The secret alone: masked in every message, in every decoded form, and refused in responses. */
  secret: string;
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
  /** Largest body accepted, counted after decoding (gzip, deflate, br) while it streams in. */
  maxBytes: number;
  /** Largest body accepted as sent (before decoding), counted while it streams in. */
  maxEncodedBytes: number;
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
  maxEncodedBytes: 200 * 1024 * 1024,
};

/** Of an error response, only this much is read (decoded, and as sent) for its message. */
const ERROR_BODY_BYTES = 16 * 1024;
const ERROR_BODY_ENCODED_BYTES = 64 * 1024;

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
  return scrub(text, secret);
}

export function mask(text: string, secret?: string): string {
  return secret && secret.length > 0 ? text.split(secret).join("***") : text;
}

const hexChar = (hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));

/** One round of undoing the escapes a reader would undo: JSON/JS, percent-encoding, HTML character references. */
function unescapeOnce(text: string): string {
  return text
    .replace(
      /\\u\{([0-9a-fA-F]{1,6})\}|\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g,
      (_, a?: string, b?: string, c?: string) => hexChar((a ?? b ?? c)!),
    )
    .replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => hexChar(h));
      }
    })
    .replace(/&#[xX]([0-9a-fA-F]{1,6});?|&#(\d{1,7});?/g, (_, h?: string, d?: string) =>
      h !== undefined ? hexChar(h) : String.fromCodePoint(Math.min(Number(d), 0x10ffff)),
    );
}

const ESCAPED = /\\[ux]|%[0-9a-fA-F]{2}|&#/;

/** Whether `text`, as given or with its escapes undone (nested up to 4 deep), contains `secret`. */
export function revealsSecret(text: string, secret: string | undefined): boolean {
  if (!secret) return false;
  let current = text;
  for (let round = 0; ; round++) {
    if (current.includes(secret)) return true;
    if (!ESCAPED.test(current)) return false;
    const next = unescapeOnce(current);
    if (next === current) return false; // `\users`, `&#x;`: nothing a reader would undo
    if (round === 4) return true; // escaped deeper than anyone writes by accident: treat as hiding something
    current = next;
  }
}

/**
 * Text as it may be printed: the secret masked, also when it hides behind
 * escapes (then the text is printed with its escapes undone, masked); text
 * that cannot be made safe is withheld.
 */
export function scrub(text: string, secret: string | undefined): string {
  if (!secret) return text;
  const masked = mask(text, secret);
  if (!revealsSecret(masked, secret)) return masked;
  let current = masked;
  for (let round = 0; round < 4 && ESCAPED.test(current); round++) current = mask(unescapeOnce(current), secret);
  return revealsSecret(current, secret) ? "(withheld: it contains the credential)" : current;
}

/**
 * Whether a parsed JSON value holds the secret in any string or key, also
 * behind escapes. Iterative: documents may nest deeper than the call stack.
 */
function jsonRevealsSecret(json: unknown, secret: string): boolean {
  const hides = (s: string) => s.includes(secret) || (ESCAPED.test(s) && revealsSecret(s, secret));
  const stack: unknown[] = [json];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (hides(value)) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (hides(key)) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Retry-After in ms: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeNetworkError(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timed out";
  const cause = e.code ?? e.cause?.code ?? e.cause?.message;
  const message = e.message ?? String(error);
  return cause && !message.includes(cause) ? `${message} (${cause})` : message;
}

const isJsonType = (type: string) => /^application\/([\w.+-]*\+)?json\b/i.test(type) || /^text\/json\b/i.test(type);

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
};

/** Sends one GET; resolves with the response head, its body not yet read. */
function send(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = url.protocol === "https:" ? httpsRequest : httpRequest;
    const req = request(url, { method: "GET", headers, signal }, resolve);
    req.on("error", reject);
    req.end();
  });
}

/** The decoders for a Content-Encoding, in the order they apply. */
function decoderSpecs(where: string, value: string | undefined): ("gzip" | "deflate" | "br")[] {
  const codings = (value ?? "")
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  // Codings are listed in the order they were applied; undo them last to first.
  const specs = codings.reverse().map((c) => {
    if (c === "gzip" || c === "x-gzip") return "gzip" as const;
    if (c === "deflate" || c === "br") return c;
    throw new HttpProblem(`${where}: unsupported Content-Encoding ${JSON.stringify(value?.slice(0, 80))}`, false);
  });
  if (specs.length > 2)
    throw new HttpProblem(`${where}: Content-Encoding stacks ${specs.length} codings; at most 2 are accepted`, false);
  return specs;
}

function decoder(spec: "gzip" | "deflate" | "br", first: number): Transform {
  if (spec === "gzip") return createGunzip();
  if (spec === "br") return createBrotliDecompress();
  // `deflate` means zlib-wrapped (RFC 9110), but some servers send raw deflate: tell by the header byte.
  return (first & 0x0f) === 0x08 ? createInflate() : createInflateRaw();
}

interface BodyLimits {
  maxBytes: number;
  maxEncodedBytes: number;
  /** Stop quietly at a limit with what was read (error bodies), instead of failing. */
  truncate?: boolean;
}

/**
 * Reads a body while it streams in, undoing its Content-Encoding, and stops
 * as soon as a limit is passed: on the bytes as sent and on every decoded
 * stage, so neither an endless body nor a compression bomb is ever held in
 * memory beyond the limit. Content-Length describes the bytes as sent.
 */
async function readBody(
  response: IncomingMessage,
  where: string,
  limits: BodyLimits,
  signal: AbortSignal,
): Promise<Buffer> {
  let specs: ReturnType<typeof decoderSpecs>;
  try {
    specs = decoderSpecs(where, header(response.headers, "content-encoding"));
  } catch (error) {
    response.destroy();
    throw error;
  }
  const lengthHeader = header(response.headers, "content-length");
  const length = lengthHeader !== undefined && /^\d+$/.test(lengthHeader.trim()) ? Number(lengthHeader) : undefined;
  const coding = specs.length > 0 ? ` (decoded from ${[...specs].reverse().join(", ")})` : "";
  // Unencoded, the bytes as sent are the decoded ones: both limits apply before reading.
  const cap = specs.length > 0 ? limits.maxEncodedBytes : Math.min(limits.maxBytes, limits.maxEncodedBytes);
  if (length !== undefined && length > cap && !limits.truncate) {
    response.destroy();
    throw new HttpProblem(
      `${where}: ${specs.length > 0 ? "encoded body" : "body"} of ${length} bytes exceeds the ${cap}-byte limit`,
      false,
    );
  }
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    const stages: Transform[] = [];
    let raw = 0;
    let kept = 0;
    let settled = false;
    const finish = (problem?: HttpProblem) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (problem || !response.complete) response.destroy();
      for (const stage of stages) stage.destroy();
      if (problem) reject(problem);
      else resolve(Buffer.concat(chunks));
    };
    const onAbort = () => finish(new HttpProblem(`${where}: timed out`, true));
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort);
    const tooLarge = () =>
      limits.truncate
        ? finish()
        : finish(new HttpProblem(`${where}: body exceeds the ${limits.maxBytes}-byte limit${coding}`, false));

    /** Keeps decoded bytes up to the limit. */
    const keep = (chunk: Buffer) => {
      if (kept + chunk.byteLength > limits.maxBytes) {
        if (limits.truncate) chunks.push(chunk.subarray(0, limits.maxBytes - kept));
        return tooLarge();
      }
      kept += chunk.byteLength;
      chunks.push(chunk);
    };

    /** Creates decoding stage `index` once its first input byte is known (deflate vs raw deflate). */
    const addStage = (index: number, first: number): Transform => {
      const stage = decoder(specs[index]!, first);
      stages.push(stage);
      const last = index === specs.length - 1;
      let produced = 0;
      stage.on("error", (error: Error) =>
        finish(new HttpProblem(`${where}: truncated or corrupt body${coding} (${error.message})`, true)),
      );
      stage.on("data", (out: Buffer) => {
        if (settled) return;
        if (last) return keep(out);
        produced += out.byteLength;
        // Inner stages count too, so a bomb inside a bomb stops at the limit as well.
        if (produced > limits.maxBytes) return tooLarge();
        const next = stages[index + 1] ?? addStage(index + 1, out[0]!);
        if (!next.write(out)) {
          stage.pause();
          next.once("drain", () => stage.resume());
        }
      });
      stage.on("end", () => {
        const next = stages[index + 1];
        if (last || next === undefined) finish();
        else next.end();
      });
      return stage;
    };

    response.on("data", (chunk: Buffer) => {
      if (settled) return;
      raw += chunk.byteLength;
      // Unencoded, the decoded limit speaks first: it is the one the message should name.
      if (specs.length === 0) keep(chunk);
      if (settled) return;
      if (raw > limits.maxEncodedBytes)
        return limits.truncate
          ? finish()
          : finish(new HttpProblem(`${where}: encoded body exceeds the ${limits.maxEncodedBytes}-byte limit`, false));
      if (specs.length === 0) return;
      const first = stages[0] ?? addStage(0, chunk[0]!);
      if (!first.write(chunk)) {
        response.pause();
        first.once("drain", () => response.resume());
      }
    });
    response.on("end", () => {
      if (settled) return;
      if (length !== undefined && raw !== length)
        return finish(new HttpProblem(`${where}: truncated body (${raw} of ${length} bytes)`, true));
      if (stages[0]) stages[0].end();
      else finish();
    });
    const lost = (error?: Error) =>
      finish(
        new HttpProblem(
          `${where}: connection lost after ${raw}${length !== undefined ? ` of ${length}` : ""} bytes of the body${error ? ` (${describeNetworkError(error)})` : ""}`,
          true,
        ),
      );
    response.on("error", lost);
    response.on("aborted", () => lost());
  });
}

async function attempt(url: string, conditional: Validators, allowNotFound: boolean, s: HttpSettings) {
  const secret = s.credential?.secret;
  const signal = AbortSignal.timeout(s.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const headers: Record<string, string> = { accept: "application/json", "accept-encoding": "gzip, deflate, br" };
    const target = new URL(current);
    // Credentials go to their own origin only, also after a redirect.
    if (s.credential && target.origin === s.credential.origin) headers[s.credential.header] = s.credential.value;
    if (conditional.etag) headers["if-none-match"] = conditional.etag;
    else if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
    const response = await send(target, headers, signal);
    const status = response.statusCode ?? 0;
    const where = printableUrl(current, secret);
    /** Drops the body unread: it could be endless. */
    const drop = () => response.destroy();
    if ([301, 302, 303, 307, 308].includes(status)) {
      drop();
      const location = header(response.headers, "location");
      if (!location || hop >= 5)
        throw new HttpProblem(`${where}: HTTP ${status} redirect ${location ? "loop" : "without Location"}`, false);
      const next = new URL(location, current);
      if (next.protocol !== "http:" && next.protocol !== "https:")
        throw new HttpProblem(`${where}: HTTP ${status} redirect to a ${next.protocol} URL`, false);
      current = next.href;
      continue;
    }
    if (status === 304) {
      drop();
      if (!conditional.etag && !conditional.lastModified)
        throw new HttpProblem(`${where}: HTTP 304 to an unconditional request`, false);
      return { status: "not-modified" as const, url: current };
    }
    if (status === 401 || status === 403) {
      drop();
      const fix = s.credential
        ? `check ${s.credential.env}: the API ${status === 401 ? "did not accept it" : "refused it access"}`
        : "this API needs a credential: set `fetch.credential` in codegen.config.ts";
      throw new HttpProblem(`${where}: HTTP ${status}; ${fix}`, false);
    }
    if (status === 404 && allowNotFound) {
      drop();
      return { status: "not-found" as const, url: current };
    }
    if (status === 408 || status === 429 || status >= 500) {
      drop();
      const retryAfter = parseRetryAfter(header(response.headers, "retry-after"));
      throw new HttpProblem(`${where}: HTTP ${status}`, true, retryAfter);
    }
    if (status !== 200) {
      let snippet = "";
      try {
        const bytes = await readBody(
          response,
          where,
          { maxBytes: ERROR_BODY_BYTES, maxEncodedBytes: ERROR_BODY_ENCODED_BYTES, truncate: true },
          signal,
        );
        // Scrubbed whole before it is cut, so a cut cannot split a masked secret.
        snippet = scrub(new TextDecoder().decode(bytes), secret).replace(/\s+/g, " ").slice(0, 200);
      } catch {
        // an unreadable error body only costs its snippet
      }
      throw new HttpProblem(`${where}: HTTP ${status}${snippet ? `: ${snippet}` : ""}`, false);
    }
    const type = header(response.headers, "content-type") ?? "";
    if (!isJsonType(type)) {
      drop();
      throw new HttpProblem(
        `${where}: expected a JSON response, got content type ${JSON.stringify(type.slice(0, 80))}`,
        false,
      );
    }
    const bytes = await readBody(response, where, s, signal);
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
    const etag = header(response.headers, "etag");
    const lastModified = header(response.headers, "last-modified");
    if (etag) validators.etag = etag;
    if (lastModified) validators.lastModified = lastModified;
    // Checked on the decoded document (escapes undone) and on what would be stored
    // beside it; short secrets would match innocent text, real tokens and keys are long.
    if (
      secret &&
      secret.length >= 8 &&
      (text.includes(secret) ||
        jsonRevealsSecret(json, secret) ||
        revealsSecret(etag ?? "", secret) ||
        revealsSecret(lastModified ?? "", secret))
    )
      throw new HttpProblem(`${where}: the response contains the credential's value; refusing to store it`, false);
    return { status: "ok" as const, url: current, json, text, validators };
  }
}

/** GET `url` as JSON. Throws HttpProblem (message safe to print) when it cannot. */
export async function getJson(
  url: string,
  settings: HttpSettings,
  options: { conditional?: Validators; allowNotFound?: boolean } = {},
): Promise<JsonResponse> {
  const secret = settings.credential?.secret;
  for (let tries = 0; ; tries++) {
    let problem: HttpProblem;
    try {
      const result = await attempt(url, options.conditional ?? {}, options.allowNotFound ?? false, settings);
      return { ...result, retries: tries };
    } catch (error) {
      problem =
        error instanceof HttpProblem
          ? new HttpProblem(scrub(error.message, secret), error.retryable, error.retryAfterMs)
          : new HttpProblem(`${printableUrl(url, secret)}: ${scrub(describeNetworkError(error), secret)}`, true);
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
