// Stage 0: download a provider's snapshot (the OpenAPI document, the connector
// codes, each connector's schema) into memory as the files of a snapshot
// directory. Writing them is the write stage's job, so a failed download
// changes nothing on disk.

import { createHash } from "node:crypto";
import { join } from "node:path";
import { readBoundedFile } from "../input/bounded-file.js";
import { MAX_SNAPSHOT_FILE_BYTES } from "../input/load-snapshot.js";
import { settingsOfKind, type FetchKindSettings, type ResolvedProvider } from "../config/config.js";
import { CodegenError, Diagnostics, type Diagnostic } from "../ir/diagnostics.js";
import {
  DEFAULT_HTTP,
  getJson,
  HttpProblem,
  printableUrl,
  revealsSecret,
  scrub,
  type HttpSettings,
  type Validators,
} from "./http.js";
import type { OutputFile } from "../output/output.js";

import { connectorShapeProblem, documentConnectorCodes } from "../dialects/index.js";
import { pooledSettled } from "../output/pool.js";
import { byText, isObject, resolvePointer } from "../ir/plain.js";

/** Conditional-request validators of the last fetch, kept in the snapshot. */
export const FETCH_STATE_FILE = ".fetch-state.json";

interface StateEntry extends Validators {
  file: string;
  sha256: string;
}
interface FetchState {
  version: 1;
  entries: Record<string, StateEntry>;
}

export interface FetchOptions {
  env: Record<string, string | undefined>;
  concurrency: number;
  http: Omit<HttpSettings, "credential">;
  /** Called after each download: done of total. */
  onProgress?: (done: number, total: number, label: string) => void;
}

export interface FetchStats {
  requests: number;
  downloaded: number;
  notModified: number;
  notFound: number;
  retries: number;
  bytes: number;
}

export interface FetchedSnapshot {
  /** Every file of the new snapshot directory, the state file included. */
  files: OutputFile[];
  stats: FetchStats;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
/** Snapshot files are pretty-printed so diffs of the committed snapshot read well. */
const serialise = (json: unknown) => `${JSON.stringify(json, null, 2)}\n`;
/** Codes become file names: nothing that could climb out of the folder or hide. */
const SAFE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

async function readPrevious(
  dir: string,
): Promise<{ state: FetchState; read: (file: string) => Promise<string | undefined> }> {
  // Only a regular file, within the snapshot's bound: a FIFO or a device left there is not waited on.
  const read = async (file: string) => {
    try {
      const got = await readBoundedFile(join(dir, file), MAX_SNAPSHOT_FILE_BYTES);
      return "text" in got ? got.text : undefined;
    } catch {
      return undefined;
    }
  };
  const empty: FetchState = { version: 1, entries: {} };
  const text = await read(FETCH_STATE_FILE);
  if (text === undefined) return { state: empty, read };
  try {
    const parsed = JSON.parse(text) as FetchState;
    return { state: parsed.version === 1 && isObject(parsed.entries) ? parsed : empty, read };
  } catch {
    return { state: empty, read }; // a damaged state only costs full downloads
  }
}

function joinUrl(base: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export async function fetchSnapshot(provider: ResolvedProvider, options: FetchOptions): Promise<FetchedSnapshot> {
  const settings = provider.fetch;
  if (!settings)
    throw new CodegenError(`${provider.name}: no \`fetch\` settings in the config; cannot download its snapshot`);
  const baseUrl = options.env[settings.baseUrlEnv] || settings.defaultBaseUrl;
  if (!baseUrl) throw new CodegenError(`${provider.name}: set ${settings.baseUrlEnv} to the API's base URL`);
  let base: URL;
  try {
    base = new URL(baseUrl);
    if (base.protocol !== "http:" && base.protocol !== "https:") throw new Error("not http(s)");
  } catch {
    throw new CodegenError(`${provider.name}: ${settings.baseUrlEnv} is not an http(s) URL`);
  }
  let secret: string | undefined;
  const http: HttpSettings = { ...DEFAULT_HTTP, ...options.http };
  if (settings.credential) {
    secret = options.env[settings.credential.env];
    if (!secret) throw new CodegenError(`${provider.name}: set ${settings.credential.env} (the API credential)`);
    const { header, scheme, env } = settings.credential;
    http.credential = {
      header: header.toLowerCase(),
      value: scheme ? `${scheme} ${secret}` : secret,
      secret,
      origin: base.origin,
      env,
    };
  }
  const baseHref = base.href;
  const stats: FetchStats = { requests: 0, downloaded: 0, notModified: 0, notFound: 0, retries: 0, bytes: 0 };
  const previous = await readPrevious(provider.snapshotDir);
  const newState: FetchState = { version: 1, entries: {} };
  const files: OutputFile[] = [];
  const problems: Diagnostic[] = [];
  const fail = (message: string, connector?: string) =>
    problems.push({
      severity: "error",
      rule: "fetch",
      message: scrub(message, secret),
      ...(connector ? { connector } : {}),
    });

  /** Downloads one file of the snapshot; undefined when optional and absent. */
  const download = async (path: string, file: string, optional: boolean): Promise<unknown> => {
    const url = joinUrl(baseHref, path);
    const key = path; // relative to the base URL: the state survives a change of host
    const old = previous.state.entries[key];
    const oldText = old && old.file === file ? await previous.read(file) : undefined;
    // Ask conditionally only when the file on disk is the one those validators describe.
    const conditional: Validators = oldText !== undefined && sha256(oldText) === old!.sha256 ? old! : {};
    stats.requests++;
    const response = await getJson(url, http, {
      conditional: {
        ...(conditional.etag ? { etag: conditional.etag } : {}),
        ...(conditional.lastModified ? { lastModified: conditional.lastModified } : {}),
      },
      allowNotFound: optional,
    });
    stats.retries += response.retries;
    if (response.status === "not-found") {
      stats.notFound++;
      return undefined;
    }
    let text: string;
    let json: unknown;
    let validators: Validators;
    if (response.status === "not-modified") {
      stats.notModified++;
      text = oldText!;
      json = JSON.parse(text);
      validators = {
        ...(old!.etag ? { etag: old!.etag } : {}),
        ...(old!.lastModified ? { lastModified: old!.lastModified } : {}),
      };
    } else {
      stats.downloaded++;
      stats.bytes += response.text.length;
      json = response.json;
      text = serialise(json);
      validators = response.validators;
    }
    files.push({ path: file, content: text });
    if (validators.etag || validators.lastModified)
      newState.entries[key] = { file, sha256: sha256(text), ...validators };
    return json;
  };

  let openapi: unknown;
  try {
    openapi = await download(settings.openapi, "openapi.json", false);
  } catch (error) {
    throw new CodegenError(
      `${provider.name}: cannot download the OpenAPI document: ${scrub(String((error as Error).message), secret)}`,
    );
  }
  if (
    !isObject(openapi) ||
    typeof openapi.openapi !== "string" ||
    !/^3\./.test(openapi.openapi) ||
    !isObject(openapi.paths)
  )
    throw new CodegenError(
      `${provider.name}: ${printableUrl(joinUrl(baseHref, settings.openapi), secret)} is not an OpenAPI 3.x document (needs \`openapi: "3.…"\` and \`paths\`)`,
    );

  // Connector codes per kind.
  const jobs: { kind: string; code: string; kindSettings: FetchKindSettings }[] = [];
  for (const [kind, kindSettings] of Object.entries(settings.connectors ?? {}).sort(byText(([kind]) => kind))) {
    let codes: unknown[];
    const list = kindSettings.list;
    if (list === "openapi") {
      // Own entries only: a kind named `constructor` is not Object.prototype's.
      const options = settingsOfKind(provider.kinds, kind);
      if (!options) {
        fail(`fetch.connectors.${kind}: kind ${kind} is not configured under \`kinds\``);
        continue;
      }
      const diags = new Diagnostics();
      codes = documentConnectorCodes({ path: "openapi.json", json: openapi }, kind, options, diags);
    } else if (Array.isArray(list)) {
      codes = list;
    } else {
      let body: unknown;
      try {
        stats.requests++;
        const response = await getJson(joinUrl(baseHref, list.path), http);
        if (response.status !== "ok") throw new HttpProblem(`${list.path}: unexpected ${response.status}`, false);
        stats.retries += response.retries;
        body = response.json;
      } catch (error) {
        fail(`cannot list ${kind}: ${(error as Error).message}`);
        continue;
      }
      const items = resolvePointer(body, `#${list.items ?? ""}`);
      if (!Array.isArray(items)) {
        fail(
          `${printableUrl(joinUrl(baseHref, list.path), secret)}: expected an array at JSON pointer ${JSON.stringify(list.items ?? "")}`,
        );
        continue;
      }
      codes = items.map((item) => (list.code !== undefined && isObject(item) ? item[list.code] : item));
    }
    const seen = new Set<string>();
    for (const [i, code] of codes.entries()) {
      // Codes become file names, exports and summary lines: the credential may be none of them.
      if (
        typeof code === "string" &&
        secret &&
        (code === secret || (secret.length >= 8 && revealsSecret(code, secret)))
      ) {
        fail(`${kind}: connector code #${i} contains the credential's value; refusing it`);
        continue;
      }
      if (typeof code !== "string" || !SAFE_CODE.test(code)) {
        fail(
          `${kind}: connector code #${i} ${JSON.stringify(code)?.slice(0, 80)} is not a safe name (letters, digits, . _ -)`,
        );
        continue;
      }
      if (seen.has(code)) {
        fail(`${kind}: connector code ${JSON.stringify(code)} is listed twice`, `${kind}/${code}`);
        continue;
      }
      seen.add(code);
      jobs.push({ kind, code, kindSettings });
    }
  }
  if (problems.length > 0) throw new CodegenError(`${provider.name}: fetch failed`, problems);

  let done = 0;
  const results = await pooledSettled(jobs, options.concurrency, async ({ kind, code, kindSettings }) => {
    const path = kindSettings.schema.split("{code}").join(encodeURIComponent(code));
    const json = await download(path, `connectors/${kind}/${code}.json`, kindSettings.optional ?? false);
    options.onProgress?.(++done, jobs.length, `${kind}/${code}`);
    if (json === undefined) return;
    const wrong = connectorShapeProblem(provider.dialect, json);
    if (wrong) throw new HttpProblem(`${printableUrl(joinUrl(baseHref, path), secret)}: ${wrong}`, false);
  });
  results.forEach((r, i) => {
    if (r.status === "rejected") {
      const { kind, code } = jobs[i]!;
      const reason = r.reason instanceof Error ? r.reason.message : String(r.reason);
      fail(reason, `${kind}/${code}`);
    }
  });
  if (problems.length > 0)
    throw new CodegenError(`${provider.name}: fetch failed; the snapshot is unchanged`, problems);

  const entries = Object.fromEntries(Object.entries(newState.entries).sort(byText(([path]) => path)));
  if (Object.keys(entries).length > 0)
    files.push({ path: FETCH_STATE_FILE, content: serialise({ version: 1, entries }) });
  files.sort(byText((f) => f.path));
  return { files, stats };
}
