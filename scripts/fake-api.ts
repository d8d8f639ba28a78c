// A stateful stand-in for a provider's connector API, for tests and examples:
// create, get, list, update and delete over real HTTP on 127.0.0.1, driven by
// the generated package (routes, auth, connector specs), so it serves every
// connector the snapshot has. Like the real APIs it masks secrets on read
// ("********"), sets server fields (id, timestamps), and for Streamkap returns
// Kafka Connect style strings for numbers and booleans. An update merges: keys
// sent replace the stored ones, keys not sent are kept. "newer" mode plays a
// server newer than the snapshot: an extra config key, an extra envelope field
// and an enum value the snapshot does not know. Faults (a status, optionally
// with Retry-After, for the first N matching requests) test retrying.
//
//   npx tsx scripts/fake-api.ts --provider streamkap [--port 4020] [--newer]
//
// The credential it expects is given (tests) or read from FAKE_API_TOKEN (CLI).

import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import * as streamkapApi from "../generated/streamkap/api.gen.js";
import * as streamkapClient from "../generated/streamkap/client.gen.js";
import { connectors as streamkapConnectors } from "../generated/streamkap/index.js";
import * as unstructuredApi from "../generated/unstructured/api.gen.js";
import * as unstructuredClient from "../generated/unstructured/client.gen.js";
import { connectors as unstructuredConnectors } from "../generated/unstructured/index.js";
import type { Auth, KindRoutes } from "../generated/streamkap/client-runtime.gen.js";
import type { ConnectorSpec, KindApiSpec } from "../generated/streamkap/runtime.gen.js";

type Plain = Record<string, unknown>;

export type FakeProviderName = "streamkap" | "unstructured";

interface FakeProvider {
  auth: Auth | undefined;
  kinds: { kind: string; api: KindApiSpec; routes: KindRoutes; specs: ReadonlyMap<string, ConnectorSpec> }[];
  /** Numbers and booleans in a config read back as strings (Kafka Connect). */
  stringValues: boolean;
  /** Fields the server sets on every connector. */
  serverFields(id: string, created: string, updated: string): Plain;
}

type Registry = Readonly<Record<string, Readonly<Record<string, { spec: ConnectorSpec }>>>>;

function specsOf(registry: Registry, kind: string): Map<string, ConnectorSpec> {
  return new Map(Object.entries(registry[kind] ?? {}).map(([code, m]) => [code, m.spec]));
}

const PROVIDERS: Record<FakeProviderName, () => FakeProvider> = {
  streamkap: () => ({
    auth: streamkapClient.auth,
    kinds: [
      { kind: "sources", api: streamkapApi.sourcesApi, routes: streamkapClient.routes.sources },
      { kind: "destinations", api: streamkapApi.destinationsApi, routes: streamkapClient.routes.destinations },
    ].map((k) => ({ ...k, specs: specsOf(streamkapConnectors as unknown as Registry, k.kind) })),
    stringValues: true,
    serverFields: (id, created) => ({
      id,
      created_timestamp: created,
      tenant_id: "tenant-fake",
      service_id: "service-fake",
      sub_id: "sub-fake",
    }),
  }),
  unstructured: () => ({
    auth: unstructuredClient.auth,
    kinds: [
      { kind: "sources", api: unstructuredApi.sourcesApi, routes: unstructuredClient.routes.sources },
      { kind: "destinations", api: unstructuredApi.destinationsApi, routes: unstructuredClient.routes.destinations },
    ].map((k) => ({ ...k, specs: specsOf(unstructuredConnectors as unknown as Registry, k.kind) })),
    stringValues: false,
    serverFields: (id, created, updated) => ({ id, created_at: created, updated_at: updated }),
  }),
};

export interface FakeFault {
  status: number;
  /** Only this method (default: any). */
  method?: string;
  /** For this many matching requests, then gone (default 1). */
  times?: number;
  /** A Retry-After header value (seconds or an HTTP date). */
  retryAfter?: string;
  /** The error's detail repeats the request (headers and body), as careless servers do. */
  echo?: boolean;
}

export interface FakeRequest {
  method: string;
  path: string;
  /** The credential header's value as received, if any. */
  credential: string | undefined;
  body: unknown;
  status: number;
}

export interface FakeApiOptions {
  provider: FakeProviderName;
  /** The credential expected; a request without it gets 401. */
  credentials: string;
  /** Play a server newer than the snapshot. */
  newer?: boolean;
  port?: number;
  faults?: FakeFault[];
  /** The largest page a paged list returns, whatever is asked (default 100). */
  maxPageSize?: number;
}

export interface FakeApi {
  url: string;
  /** Every request, in order. */
  requests: FakeRequest[];
  /** Mutable: add faults between calls. */
  faults: FakeFault[];
  /** The stored connectors (wire configs, secrets in clear), by id. */
  store: Map<string, { kind: string; code: string; envelope: Plain; config: Plain }>;
  close(): Promise<void>;
}

export const MASK = "********";
export const NEWER_CONFIG_KEY = "newer.server.setting";
export const NEWER_FIELD = "newer_server_field";
export const NEWER_ENUM_VALUE = "newer-server-value";
const MAX_BODY = 1024 * 1024;

/** A field whose value a newer server may set to one the snapshot lacks: an optional enum no condition depends on. */
export function newerEnumField(spec: ConnectorSpec): ConnectorSpec["fields"][number] | undefined {
  const conditioned = new Set(spec.fields.flatMap((f) => (f.requiredWhen ?? []).map((c) => c.key)));
  return spec.fields.find(
    (f) =>
      f.type.type === "string" &&
      f.type.enum !== undefined &&
      !f.required &&
      !f.secret &&
      !f.setOnce &&
      !conditioned.has(f.key) &&
      spec.schema === undefined,
  );
}

function pattern(template: string): RegExp {
  const parts = template.split(/\{[^{}]+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("([^/]+)")}$`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const provider = PROVIDERS[options.provider]();
  const store: FakeApi["store"] = new Map();
  const requests: FakeRequest[] = [];
  const faults: FakeFault[] = [...(options.faults ?? [])];
  let clock = Date.UTC(2026, 0, 1);
  const now = () => new Date((clock += 1000)).toISOString();
  const credentialHeader =
    provider.auth === undefined ? undefined : provider.auth.type === "bearer" ? "authorization" : provider.auth.name;
  const expected = provider.auth?.type === "bearer" ? `Bearer ${options.credentials}` : options.credentials;

  const routes = provider.kinds.flatMap((k) => {
    const item = k.api.update.path;
    return [
      { kind: k, method: "POST", re: pattern(k.api.create.path), op: "create" as const },
      { kind: k, method: "GET", re: pattern(k.routes.list?.path ?? k.api.create.path), op: "list" as const },
      { kind: k, method: "GET", re: pattern(k.routes.get?.path ?? item), op: "get" as const },
      { kind: k, method: k.api.update.method, re: pattern(item), op: "update" as const },
      { kind: k, method: "DELETE", re: pattern(k.routes.delete?.path ?? item), op: "delete" as const },
    ];
  });

  /** The stored connector as the server shows it: secrets masked, strings for scalars, server fields. */
  function shown(id: string): Plain {
    const stored = store.get(id)!;
    const k = provider.kinds.find((x) => x.kind === stored.kind)!;
    const spec = k.specs.get(stored.code)!;
    const config: Plain = {};
    for (const [key, value] of Object.entries(stored.config)) {
      const field = spec.fields.find((f) => f.wireKey === key);
      if (field?.secret) config[key] = MASK;
      else if (provider.stringValues && (typeof value === "number" || typeof value === "boolean"))
        config[key] = String(value);
      else config[key] = value;
    }
    return {
      ...stored.envelope,
      ...(k.api.connectorProperty ? { [k.api.connectorProperty]: stored.code } : {}),
      [k.api.configProperty]: config,
      ...(options.newer ? { [NEWER_FIELD]: "kept by the server" } : {}),
    };
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    const credential = credentialHeader
      ? (req.headers[credentialHeader.toLowerCase()] as string | undefined)
      : undefined;
    let text = "";
    try {
      text = await readBody(req);
    } catch {
      return send(413, { detail: "body too large" });
    }
    let body: unknown;
    try {
      body = text === "" ? undefined : JSON.parse(text);
    } catch {
      return send(400, { detail: "body is not JSON" });
    }
    const record: FakeRequest = { method, path: url.pathname, credential, body, status: 0 };
    requests.push(record);
    function send(status: number, payload: unknown, headers: Record<string, string> = {}): void {
      record.status = status;
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(payload === undefined ? "" : JSON.stringify(payload));
    }

    const fault = faults.find((f) => (f.method ?? method) === method && (f.times ?? 1) > 0);
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      const detail = fault.echo
        ? `rejected ${method} ${url.pathname} from ${credential ?? "nobody"}: ${text}`
        : `fault ${fault.status}`;
      return send(fault.status, { detail }, fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {});
    }
    if (credentialHeader && credential !== expected) return send(401, { detail: "not authenticated" });

    const route = routes.find((r) => r.method === method && r.re.test(url.pathname));
    if (!route) return send(404, { detail: `no route ${method} ${url.pathname}` });
    const id = route.re.exec(url.pathname)?.[1];
    const k = route.kind;
    const { api } = k;
    if (route.op === "list") {
      const items = [...store.entries()].filter(([, s]) => s.kind === k.kind).map(([i]) => shown(i));
      const itemsProperty = k.routes.list?.itemsProperty;
      if (!itemsProperty) return send(200, items);
      // Paged as the documents say: page from 1, page_size 10 unless asked, never above the largest.
      const page = Math.max(1, Number(url.searchParams.get("page") ?? 1) || 1);
      const asked = Number(url.searchParams.get("page_size") ?? 10) || 10;
      const size = Math.max(1, Math.min(asked, options.maxPageSize ?? 100));
      const slice = items.slice((page - 1) * size, page * size);
      return send(200, {
        total: items.length,
        page_size: size,
        page,
        has_next: page * size < items.length,
        [itemsProperty]: slice,
      });
    }
    if (route.op === "create") {
      if (!isPlain(body)) return send(422, { detail: "expected a JSON object" });
      const code = api.connectorProperty ? body[api.connectorProperty] : undefined;
      const spec = typeof code === "string" ? k.specs.get(code) : undefined;
      const config = body[api.configProperty];
      if (!spec || !isPlain(config)) return send(422, { detail: "unknown connector or no config" });
      const newId = randomUUID();
      const created = now();
      const stored: Plain = { ...config };
      if (options.newer) {
        stored[NEWER_CONFIG_KEY] = "on";
        const field = newerEnumField(spec);
        if (field) stored[field.wireKey] = NEWER_ENUM_VALUE;
      }
      const envelope: Plain = Object.fromEntries(
        Object.entries(body).filter(([key]) => key !== api.connectorProperty && key !== api.configProperty),
      );
      store.set(newId, {
        kind: k.kind,
        code: spec.code,
        envelope: { ...envelope, ...provider.serverFields(newId, created, created) },
        config: stored,
      });
      return send(200, shown(newId));
    }
    const stored = id === undefined ? undefined : store.get(decodeURIComponent(id));
    if (!stored || stored.kind !== k.kind) return send(404, { detail: "not found" });
    const storedId = decodeURIComponent(id!);
    if (route.op === "get") {
      const itemsProperty = k.routes.get?.itemsProperty;
      return send(
        200,
        itemsProperty ? { total: 1, page_size: 1, page: 1, [itemsProperty]: [shown(storedId)] } : shown(storedId),
      );
    }
    if (route.op === "delete") {
      const last = shown(storedId);
      store.delete(storedId);
      return send(200, k.routes.get?.itemsProperty ? last : {});
    }
    // Update: merge what was sent.
    if (!isPlain(body)) return send(422, { detail: "expected a JSON object" });
    const config = body[api.configProperty];
    if (config !== undefined && !isPlain(config)) return send(422, { detail: "config must be an object" });
    for (const [key, value] of Object.entries(config ?? {})) {
      if (value === MASK) return send(422, { detail: `${key}: a mask is not a value` });
      stored.config[key] = value;
    }
    for (const [key, value] of Object.entries(body)) {
      if (key !== api.configProperty && key !== api.connectorProperty) stored.envelope[key] = value;
    }
    if ("updated_at" in stored.envelope) stored.envelope["updated_at"] = now();
    return send(200, shown(storedId));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    faults,
    store,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function isPlain(value: unknown): value is Plain {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { provider: { type: "string" }, port: { type: "string" }, newer: { type: "boolean" } },
  });
  const name = values.provider as FakeProviderName;
  if (!Object.hasOwn(PROVIDERS, name))
    throw new Error(`--provider must be one of ${Object.keys(PROVIDERS).join(", ")}`);
  const token = process.env["FAKE_API_TOKEN"];
  if (!token) throw new Error("set FAKE_API_TOKEN to the credential the fake should expect");
  const fake = await startFakeApi({
    provider: name,
    credentials: token,
    newer: values.newer === true,
    port: values.port ? Number(values.port) : 4020,
  });
  process.stdout.write(`fake ${name} API on ${fake.url}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
