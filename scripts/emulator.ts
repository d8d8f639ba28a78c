// A local stand-in for a provider's API: serves a snapshot directory over real
// HTTP on 127.0.0.1 at the paths the provider's `fetch` settings name, checks
// the credential, answers conditional requests, and injects faults on demand.
//
//   npm run emulator -- --provider streamkap [--snapshot DIR] [--port 4010]
//                       [--fault 503x3] [--fault 429x2:retry=1] [--fault reset@/sources] …
//
// The credential it expects is read from the same variable the fetcher reads
// (e.g. STREAMKAP_TOKEN). Faults: latency=MS, 503 (any status), 429 (with
// retry=S), reset, truncate, html, badjson, wrongshape, hang; `xN` limits a fault
// to the first N matching requests; `@TEXT` to request paths containing TEXT.

import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";

export type FaultKind = "latency" | "status" | "reset" | "truncate" | "html" | "badjson" | "wrongshape" | "hang";

export interface Fault {
  kind: FaultKind;
  /** Applies to this many matching requests, then stops; default: all. */
  times?: number;
  /** Only requests whose path (with query) contains this text. */
  match?: string;
  /** For `status`: the status code (e.g. 503, 429). */
  status?: number;
  /** For `status`: a Retry-After header, in seconds. */
  retryAfter?: number;
  /** For `latency`: delay in ms before answering. */
  ms?: number;
}

export interface EmulatorOptions {
  provider: ResolvedProvider;
  /** Snapshot directory to serve (default: the provider's). */
  snapshotDir?: string;
  /** The credential value expected; undefined: no auth check. */
  token?: string;
  port?: number;
  faults?: Fault[];
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number | "reset" | "truncated" | "hang";
  conditional: boolean;
  authorized: boolean;
  /** Milliseconds since the emulator started. */
  at: number;
}

export interface Emulator {
  url: string;
  port: number;
  /** Mutable: tests add and remove faults between fetches. */
  faults: Fault[];
  requests: RequestRecord[];
  close(): Promise<void>;
}

type Route = { body: () => Promise<string | undefined>; mtime: () => Promise<Date> };

const etagOf = (body: string) => `"${createHash("sha1").update(body).digest("hex").slice(0, 20)}"`;

async function listCodes(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.slice(0, -5))
      .sort();
  } catch {
    return [];
  }
}

function setAt(pointer: string, value: unknown): unknown {
  if (pointer === "") return value;
  const keys = pointer
    .replace(/^\//, "")
    .split("/")
    .map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
}

/** The routes the provider's fetch settings name, each answered from the snapshot directory. */
function routes(provider: ResolvedProvider, dir: string): (path: string) => Route | undefined {
  const settings = provider.fetch;
  if (!settings) throw new Error(`provider ${provider.name} has no fetch settings`);
  const file = (rel: string): Route => ({
    body: async () => {
      try {
        return await readFile(join(dir, rel), "utf8");
      } catch {
        return undefined;
      }
    },
    mtime: async () => (await stat(join(dir, rel))).mtime,
  });
  const exact = new Map<string, Route>();
  const patterns: { regex: RegExp; route: (code: string) => Route }[] = [];
  const pathOf = (p: string) => (/^https?:\/\//.test(p) ? new URL(p).pathname : `/${p.replace(/^\/+/, "")}`);
  exact.set(pathOf(settings.openapi), file("openapi.json"));
  for (const [kind, k] of Object.entries(settings.connectors ?? {})) {
    const list = k.list;
    if (typeof list === "object" && !Array.isArray(list)) {
      exact.set(pathOf(list.path), {
        body: async () => {
          const codes = await listCodes(join(dir, "connectors", kind));
          const items = await Promise.all(
            codes.map(async (code) => {
              if (list.code === undefined) return code;
              const text = await file(`connectors/${kind}/${code}.json`).body();
              const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
              return {
                [list.code]: code,
                display_name: json.display_name ?? code,
                coming_soon: json.coming_soon ?? false,
              };
            }),
          );
          return `${JSON.stringify(setAt(list.items ?? "", items), null, 2)}\n`;
        },
        mtime: async () => (await stat(join(dir, "connectors", kind))).mtime,
      });
    }
    const [before, after] = pathOf(k.schema).split("{code}") as [string, string | undefined];
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    patterns.push({
      regex: new RegExp(`^${escape(before)}([^/?&#]+)${escape(after ?? "")}$`),
      route: (code) => file(`connectors/${kind}/${decodeURIComponent(code)}.json`),
    });
  }
  return (path) => {
    const hit = exact.get(path);
    if (hit) return hit;
    for (const p of patterns) {
      const m = p.regex.exec(path);
      if (m && !decodeURIComponent(m[1]!).includes("/") && !decodeURIComponent(m[1]!).startsWith("."))
        return p.route(m[1]!);
    }
    return undefined;
  };
}

/** Takes the first fault of `kind`s that matches `path`, counting it down. */
function takeFault(faults: Fault[], path: string, kinds: FaultKind[]): Fault | undefined {
  const fault = faults.find(
    (f) => kinds.includes(f.kind) && (f.match === undefined || path.includes(f.match)) && (f.times ?? 1) > 0,
  );
  if (fault && fault.times !== undefined) fault.times--;
  return fault;
}

export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const provider = options.provider;
  const dir = options.snapshotDir ?? provider.snapshotDir;
  const lookup = routes(provider, dir);
  const credential = provider.fetch?.credential;
  const expected =
    options.token && credential
      ? credential.scheme
        ? `${credential.scheme} ${options.token}`
        : options.token
      : undefined;
  const faults: Fault[] = options.faults ?? [];
  const requests: RequestRecord[] = [];
  const started = performance.now();
  const sockets = new Set<import("node:net").Socket>();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? "/";
    const record: RequestRecord = {
      method: req.method ?? "GET",
      path,
      status: 200,
      conditional: req.headers["if-none-match"] !== undefined || req.headers["if-modified-since"] !== undefined,
      authorized: false,
      at: performance.now() - started,
    };
    requests.push(record);
    const send = (status: number, body: string, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        ...headers,
      });
      res.end(body);
    };
    const delay = takeFault(faults, path, ["latency"]);
    if (delay) await new Promise((r) => setTimeout(r, delay.ms ?? 100));

    if (takeFault(faults, path, ["hang"])) {
      record.status = "hang";
      return; // never answers; the client's timeout must fire
    }
    if (takeFault(faults, path, ["reset"])) {
      record.status = "reset";
      req.socket.destroy();
      return;
    }
    const status = takeFault(faults, path, ["status"]);
    if (status) {
      const code = status.status ?? 503;
      return send(
        code,
        JSON.stringify({ detail: `injected ${code}` }),
        status.retryAfter !== undefined ? { "retry-after": String(status.retryAfter) } : {},
      );
    }
    if (req.method !== "GET") return send(405, JSON.stringify({ detail: "the emulator serves GET only" }));
    if (expected !== undefined) {
      const given = req.headers[credential!.header.toLowerCase()];
      if (given === undefined) return send(401, JSON.stringify({ detail: "Not authenticated" }));
      if (given !== expected) return send(403, JSON.stringify({ detail: "Invalid credentials" }));
    }
    record.authorized = true;
    const route = lookup(path);
    const body = route ? await route.body() : undefined;
    if (!route || body === undefined) return send(404, JSON.stringify({ detail: "Not Found" }));

    if (takeFault(faults, path, ["html"]))
      return send(200, "<!doctype html><title>Sign in</title><p>Please sign in", {
        "content-type": "text/html; charset=utf-8",
      });
    if (takeFault(faults, path, ["badjson"])) return send(200, body.slice(0, Math.floor(body.length / 2)));
    if (takeFault(faults, path, ["wrongshape"])) return send(200, JSON.stringify({ detail: "ok", items: [] }));

    const etag = etagOf(body);
    const modified = new Date(Math.floor((await route.mtime()).getTime() / 1000) * 1000);
    const validators = { etag, "last-modified": modified.toUTCString() };
    const ifNoneMatch = req.headers["if-none-match"];
    const ifModifiedSince = req.headers["if-modified-since"];
    if (
      (ifNoneMatch !== undefined &&
        ifNoneMatch
          .split(",")
          .map((s) => s.trim())
          .includes(etag)) ||
      (ifNoneMatch === undefined && ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= modified.getTime())
    ) {
      record.status = 304;
      res.writeHead(304, validators);
      return res.end();
    }
    if (takeFault(faults, path, ["truncate"])) {
      // Promise the whole body, send half, then drop the connection.
      record.status = "truncated";
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        ...validators,
      });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      setTimeout(() => req.socket.destroy(), 10);
      return;
    }
    send(200, body, validators);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(error));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    faults,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** `503x3`, `429x2:retry=1`, `reset@/sources`, `latency=200`, `truncate`. */
export function parseFault(spec: string): Fault {
  const m = /^([a-z]+|\d{3})(?:=(\d+))?(?:x(\d+))?(?::retry=(\d+))?(?:@(.+))?$/.exec(spec);
  if (!m) throw new Error(`bad --fault ${JSON.stringify(spec)}`);
  const [, name, value, times, retry, match] = m;
  const fault: Fault = /^\d{3}$/.test(name!) ? { kind: "status", status: Number(name) } : { kind: name as FaultKind };
  if (!["latency", "status", "reset", "truncate", "html", "badjson", "wrongshape", "hang"].includes(fault.kind))
    throw new Error(`unknown fault ${JSON.stringify(name)}`);
  if (value !== undefined) fault.ms = Number(value);
  if (times !== undefined) fault.times = Number(times);
  if (retry !== undefined) fault.retryAfter = Number(retry);
  if (match !== undefined) fault.match = match;
  return fault;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: "string" },
      config: { type: "string", default: "codegen.config.ts" },
      snapshot: { type: "string" },
      port: { type: "string", default: "4010" },
      fault: { type: "string", multiple: true, default: [] },
    },
  });
  const providers = await loadConfig(values.config!);
  const provider = providers.find((p) => p.name === values.provider);
  if (!provider) throw new Error(`--provider must be one of: ${providers.map((p) => p.name).join(", ")}`);
  const tokenEnv = provider.fetch?.credential?.env;
  const token = tokenEnv ? process.env[tokenEnv] : undefined;
  const emulator = await startEmulator({
    provider,
    ...(values.snapshot ? { snapshotDir: values.snapshot } : {}),
    ...(token ? { token } : {}),
    port: Number(values.port),
    faults: values.fault!.map(parseFault),
  });
  console.log(
    `${provider.name} emulator on ${emulator.url} (${token ? `expects ${tokenEnv}` : `no auth check: ${tokenEnv ?? "no credential"} unset`})`,
  );
  console.log(
    `fetch with: ${provider.fetch!.baseUrlEnv}=${emulator.url} npm run codegen -- --fetch --provider ${provider.name}`,
  );
  const stop = () => void emulator.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
