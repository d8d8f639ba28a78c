// The generated HTTP client against the stateful fake API over real HTTP on
// 127.0.0.1, for every connector of both providers: create, read back, update
// with no change sends no field and no secret; changing one field sends only
// that field; a newer server's keys and enum values survive the cycle. Then
// the credential's reach (its origin only, never through a redirect), retries
// (idempotent calls only, Retry-After honoured, bounded) and ApiError's shape.

import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { arbitraryConfig } from "./arbitraries.js";
import {
  MASK,
  NEWER_CONFIG_KEY,
  NEWER_ENUM_VALUE,
  NEWER_FIELD,
  newerEnumField,
  startFakeApi,
  type FakeApi,
  type FakeProviderName,
} from "../scripts/fake-api.js";
import * as streamkap from "../generated/streamkap/client.gen.js";
import * as unstructured from "../generated/unstructured/client.gen.js";
import { retryAfterMs } from "../generated/streamkap/client-runtime.gen.js";
import { sources as streamkapSources } from "../generated/streamkap/index.js";
import type { CreateInput, PostgresqlSourceUpdateConfig } from "../generated/streamkap/sources/postgresql.gen.js";
import { ConfigValidationError, type ConnectorSpec, type ReadResult } from "../generated/streamkap/runtime.gen.js";

type Plain = Record<string, unknown>;
const TOKEN = "tok-0123456789-secret";
const RUNS = { numRuns: 10, seed: 20261129 } as const;
const noSleep = async () => {};

/** The shape every connector client has, whatever its types. */
interface AnyConnectorClient {
  create(input: Plain, options?: Plain): Promise<unknown>;
  get(id: string): Promise<Plain & { config: ReadResult<Plain> }>;
  list(): Promise<(Plain & { config: ReadResult<Plain> })[]>;
  update(id: string, input: Plain, options?: Plain): Promise<unknown>;
  delete(id: string): Promise<void>;
}
type AnyClient = Record<string, Record<string, AnyConnectorClient>>;
type AnyRegistry = Record<string, Record<string, { spec: ConnectorSpec }>>;

const providers: { name: FakeProviderName; module: typeof streamkap | typeof unstructured; registry: AnyRegistry }[] = [
  { name: "streamkap", module: streamkap, registry: {} },
  { name: "unstructured", module: unstructured, registry: {} },
];

const idOf = (item: unknown) => String((item as Plain)["id"]);

for (const provider of providers) {
  for (const newer of [false, true]) {
    describe(`${provider.name}${newer ? " (newer server)" : ""}: read, modify, update`, () => {
      let fake: FakeApi;
      let client: AnyClient;
      beforeAll(async () => {
        fake = await startFakeApi({ provider: provider.name, credentials: TOKEN, newer });
        client = provider.module.createClient({ baseUrl: fake.url, credentials: TOKEN }) as unknown as AnyClient;
      });
      afterAll(() => fake.close());

      const registry = (
        provider.name === "streamkap"
          ? import("../generated/streamkap/index.js")
          : import("../generated/unstructured/index.js")
      ) as Promise<{ connectors: AnyRegistry }>;

      it("every connector: no change sends nothing; one change sends one field; the server's unknowns survive", async () => {
        const { connectors } = await registry;
        for (const [kind, byCode] of Object.entries(connectors)) {
          for (const [code, module] of Object.entries(byCode)) {
            const spec = module.spec;
            const connector = client[kind]![code]!;
            const editable = spec.fields.filter(
              (f) => !f.secret && !f.setOnce && f.type.type === "string" && !f.type.enum,
            );
            const enumField = newer ? newerEnumField(spec) : undefined;
            await fc.assert(
              fc.asyncProperty(arbitraryConfig(spec), async (config) => {
                const label = `${kind}/${code}`;
                const id = idOf(await connector.create({ name: `n-${code}`, config }));
                const got = await connector.get(id);
                expect(got.id, label).toBe(id);
                const read = got.config;
                // Only what a newer server adds is reported, as warnings.
                expect(
                  read.problems.filter((p) => p.severity !== "warning"),
                  label,
                ).toEqual([]);
                if (newer) {
                  expect(read.unknown, label).toEqual({ [NEWER_CONFIG_KEY]: "on" });
                  expect(got[NEWER_FIELD], label).toBe("kept by the server");
                }
                const envelope = provider.name === "streamkap" ? { name: got["name"] } : {};

                // No change: the PUT carries no config field and no secret.
                const before = fake.requests.length;
                await connector.update(id, { ...envelope, config: { ...read.config } }, { current: got });
                const put = fake.requests.slice(before).find((r) => r.method !== "GET")!;
                expect(put.method, label).toBe("PUT");
                expect((put.body as Plain)["config"], label).toEqual({});

                // One field changed: only it is sent.
                const target = editable.find((f) => Object.hasOwn(read.config, f.key));
                if (target) {
                  const value = `${String(read.config[target.key])}-changed`;
                  const mark = fake.requests.length;
                  await connector.update(
                    id,
                    { ...envelope, config: { ...read.config, [target.key]: value } },
                    { current: got },
                  );
                  const sent = fake.requests.slice(mark).find((r) => r.method === "PUT")!;
                  expect((sent.body as Plain)["config"], label).toEqual({ [target.wireKey]: value });
                  expect((await connector.get(id)).config.config[target.key], label).toBe(value);
                }

                // The whole config sent back: no mask, no secret not given, the server's unknowns as they came.
                const mark = fake.requests.length;
                const again = await connector.get(id);
                await connector.update(
                  id,
                  { ...envelope, config: { ...again.config.config } },
                  { current: again, send: "all" },
                );
                const whole = (fake.requests.slice(mark).find((r) => r.method === "PUT")!.body as Plain)[
                  "config"
                ] as Plain;
                expect(Object.values(whole), label).not.toContain(MASK);
                for (const f of spec.fields) if (f.secret) expect(Object.hasOwn(whole, f.wireKey), label).toBe(false);
                const stored = fake.store.get(id)!.config;
                if (newer) {
                  expect(whole[NEWER_CONFIG_KEY], label).toBe("on");
                  expect(stored[NEWER_CONFIG_KEY], label).toBe("on");
                  if (enumField) {
                    expect(again.config.config[enumField.key], label).toBe(NEWER_ENUM_VALUE);
                    expect(stored[enumField.wireKey], label).toBe(NEWER_ENUM_VALUE);
                  }
                }
                // Secrets the author gave at creation are still the server's, never replaced by a mask.
                for (const f of spec.fields) {
                  if (f.secret && Object.hasOwn(stored, f.wireKey)) expect(stored[f.wireKey], label).not.toBe(MASK);
                }
                expect(
                  (await connector.list()).some((c) => c["id"] === id),
                  label,
                ).toBe(true);
                await connector.delete(id);
                expect(fake.store.has(id), label).toBe(false);
              }),
              RUNS,
            );
          }
        }
      }, 240_000);
    });
  }
}

// ---------------------------------------------------------------------------
// The credential's reach.

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

async function recordingServer(answer: (url: string) => { status: number; headers?: Record<string, string> }) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    const { status, headers = {} } = answer(req.url ?? "");
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify({ total: 0, page_size: 0, page: 1, result: [] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { seen, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe("the credential goes to the base URL's origin only", () => {
  it("is sent as the security scheme says: Bearer for Streamkap, the API key header for Unstructured", async () => {
    const a = await startFakeApi({ provider: "streamkap", credentials: TOKEN });
    const b = await startFakeApi({ provider: "unstructured", credentials: TOKEN });
    try {
      await streamkap.createClient({ baseUrl: a.url, credentials: TOKEN }).sources.postgresql.list();
      await unstructured.createClient({ baseUrl: b.url, credentials: TOKEN }).sources.s3.list();
      expect(a.requests.map((r) => [r.credential, r.status])).toEqual([[`Bearer ${TOKEN}`, 200]]);
      expect(b.requests.map((r) => [r.credential, r.status])).toEqual([[TOKEN, 200]]);
      await expect(
        streamkap.createClient({ baseUrl: a.url, credentials: "wrong-token" }).sources.postgresql.list(),
      ).rejects.toMatchObject({ name: "ApiError", status: 401 });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("never follows a redirect, so another origin never sees it", async () => {
    const other = await recordingServer(() => ({ status: 200 }));
    const redirecting = await recordingServer(() => ({ status: 302, headers: { location: `${other.url}/sources` } }));
    try {
      const client = streamkap.createClient({ baseUrl: redirecting.url, credentials: TOKEN });
      const error = await client.sources.postgresql.list().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(streamkap.ApiError);
      expect(error).toMatchObject({ status: 302, method: "GET", path: "/sources" });
      expect(redirecting.seen).toHaveLength(1);
      expect(other.seen).toEqual([]);
    } finally {
      await other.close();
      await redirecting.close();
    }
  });

  it("refuses a response from another origin and sends every request to the base URL", async () => {
    const urls: string[] = [];
    const client = streamkap.createClient({
      baseUrl: "http://127.0.0.1:9/api",
      credentials: TOKEN,
      fetch: async (url) => {
        urls.push(url);
        const response = new Response("{}", { status: 200 });
        Object.defineProperty(response, "url", { value: "http://elsewhere.example/sources" });
        return response;
      },
    });
    await expect(client.sources.postgresql.get("a/../../x")).rejects.toMatchObject({ status: 200 });
    expect(urls).toEqual(["http://127.0.0.1:9/api/sources/a%2F..%2F..%2Fx"]);
  });
});

// ---------------------------------------------------------------------------
// Retries.

describe("retrying", () => {
  let fake: FakeApi;
  const waits: number[] = [];
  const sleep = async (ms: number) => {
    waits.push(ms);
  };
  beforeAll(async () => {
    fake = await startFakeApi({ provider: "streamkap", credentials: TOKEN });
  });
  afterAll(() => fake.close());

  const client = () => streamkap.createClient({ baseUrl: fake.url, credentials: TOKEN, sleep, retries: 3 });
  const config = {
    databaseHostname: "db.example",
    databaseUser: "u",
    databasePassword: "pw-secret-value",
    databaseDbname: "d",
    schemaIncludeList: "public",
    tableIncludeList: "public.t",
    heartbeatEnabled: false,
  } as const;

  it("retries GET, PUT and DELETE on 429 and 503, waiting as Retry-After says", async () => {
    const c = client().sources.postgresql;
    const created = await c.create({ name: "n", config });
    const id = String(created.id);
    const date = new Date(Date.now() + 2_000).toUTCString();
    for (const [method, call] of [
      ["GET", () => c.get(id)],
      [
        "PUT",
        () =>
          c.update(id, { name: "n", config: { ...config, databasePassword: undefined, databaseDbname: undefined } }),
      ],
      ["DELETE", () => c.delete(id)],
    ] as const) {
      waits.length = 0;
      fake.faults.push({ status: 503, method, retryAfter: "2" }, { status: 429, method, retryAfter: date });
      const before = fake.requests.length;
      await call();
      expect(fake.requests.slice(before).map((r) => r.status)).toEqual([503, 429, 200]);
      expect(waits[0]).toBe(2000);
      expect(waits[1]).toBeGreaterThan(0);
      expect(waits[1]).toBeLessThanOrEqual(2000);
    }
  });

  it("does not retry POST", async () => {
    fake.faults.push({ status: 503, method: "POST", retryAfter: "1" });
    const before = fake.requests.length;
    await expect(client().sources.postgresql.create({ name: "n", config })).rejects.toMatchObject({
      status: 503,
      method: "POST",
    });
    expect(fake.requests.length - before).toBe(1);
  });

  it("gives up after the bounded attempts, with backoff when there is no Retry-After", async () => {
    waits.length = 0;
    fake.faults.push({ status: 500, method: "GET", times: 10 });
    const before = fake.requests.length;
    await expect(client().sources.postgresql.list()).rejects.toMatchObject({ status: 500 });
    expect(fake.requests.length - before).toBe(4);
    expect(waits).toEqual([200, 400, 800]);
    fake.faults.length = 0;
  });

  it("retries a GET after a network error, never a POST; stops reading a body over the limit", async () => {
    let failures = 1;
    const calls: string[] = [];
    const flaky = streamkap.createClient({
      baseUrl: fake.url,
      credentials: TOKEN,
      sleep,
      fetch: async (url, init) => {
        calls.push(String(init.method));
        if (failures-- > 0) throw new TypeError("fetch failed");
        return fetch(url, init);
      },
    });
    await flaky.sources.postgresql.list();
    expect(calls).toEqual(["GET", "GET"]);
    failures = 1;
    calls.length = 0;
    await expect(flaky.sources.postgresql.create({ name: "n", config })).rejects.toMatchObject({ status: 0 });
    expect(calls).toEqual(["POST"]);
    const small = streamkap.createClient({ baseUrl: fake.url, credentials: TOKEN, maxResponseBytes: 16 });
    await expect(small.sources.postgresql.list()).rejects.toMatchObject({
      name: "ApiError",
      status: 200,
      method: "GET",
      path: "/sources",
      serverMessage: "response larger than 16 bytes",
    });
  });

  it("reads Retry-After as seconds or an HTTP date, caps nothing it cannot read", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs(new Date(now + 5000).toUTCString(), now)).toBe(5000);
    expect(retryAfterMs(new Date(now - 5000).toUTCString(), now)).toBe(0);
    expect(retryAfterMs("soon", now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// Errors.

describe("ApiError", () => {
  it("names status, method, path and the server's message, with the credential and secrets masked", async () => {
    const fake = await startFakeApi({
      provider: "streamkap",
      credentials: TOKEN,
      faults: [{ status: 422, method: "POST", echo: true }],
    });
    try {
      const client = streamkap.createClient({ baseUrl: fake.url, credentials: TOKEN, sleep: noSleep });
      const error = await client.sources.postgresql
        .create({
          name: "n",
          config: {
            databaseHostname: "db.example",
            databaseUser: "u",
            databasePassword: "hunter2-password",
            databaseDbname: "d",
            schemaIncludeList: "public",
            tableIncludeList: "public.t",
            heartbeatEnabled: false,
            sshEnabled: true,
            sshHost: "bastion",
          },
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(streamkap.ApiError);
      const e = error as InstanceType<typeof streamkap.ApiError>;
      expect({ status: e.status, method: e.method, path: e.path }).toEqual({
        status: 422,
        method: "POST",
        path: "/sources",
      });
      // The server echoed the request: the error says what it said, secrets masked.
      expect(e.serverMessage).toContain("rejected POST /sources");
      expect(e.serverMessage).toContain(MASK);
      const everything = [e.message, e.serverMessage, String(e), e.stack ?? "", JSON.stringify(e)].join("\n");
      expect(everything).not.toContain(TOKEN);
      expect(everything).not.toContain("hunter2-password");
      // The fake did receive them: the masking is the client's.
      expect(JSON.stringify(fake.requests[0]!.body)).toContain("hunter2-password");
    } finally {
      await fake.close();
    }
  });

  it("an empty id is refused before any request", async () => {
    let called = 0;
    const client = streamkap.createClient({
      baseUrl: "http://127.0.0.1:9",
      credentials: TOKEN,
      fetch: async () => {
        called++;
        return new Response("{}");
      },
    });
    await expect(client.sources.postgresql.get("")).rejects.toThrow(TypeError);
    expect(called).toBe(0);
  });
});

// The registries the generated client covers are the packages' own.
it("covers every connector of the registry", () => {
  const c = streamkap.createClient({ baseUrl: "http://127.0.0.1:9", credentials: TOKEN });
  expect(Object.keys(c.sources).sort()).toEqual(Object.keys(streamkapSources).sort());
});

describe("list", () => {
  it("reads every page of a paged list, and only this connector's", async () => {
    const fake = await startFakeApi({ provider: "streamkap", credentials: TOKEN, maxPageSize: 5 });
    try {
      const client = streamkap.createClient({ baseUrl: fake.url, credentials: TOKEN });
      const config = {
        databaseHostname: "db.example",
        databaseUser: "u",
        databasePassword: "pw-secret-value",
        databaseDbname: "d",
        schemaIncludeList: "public",
        tableIncludeList: "public.t",
        heartbeatEnabled: false,
      } as const;
      const ids: string[] = [];
      for (let i = 0; i < 12; i++)
        ids.push(String((await client.sources.postgresql.create({ name: `n${i}`, config })).id));
      await client.sources.mysql.create({
        name: "other",
        config: {
          databaseHostname: "m.example",
          databaseUser: "u",
          databasePassword: "pw-secret-value",
          databaseIncludeList: "shop",
          tableIncludeList: "shop.t",
          heartbeatEnabled: false,
        },
      });
      const before = fake.requests.length;
      const listed = await client.sources.postgresql.list();
      expect(listed.map((c) => c.id)).toEqual(ids);
      expect(listed[0]!.config.config.databaseHostname).toBe("db.example");
      // 13 sources, 5 a page: three pages, each asking for the largest page the document allows.
      const pages = fake.requests.slice(before);
      expect(pages.map((r) => [r.method, r.status])).toEqual([
        ["GET", 200],
        ["GET", 200],
        ["GET", 200],
      ]);
    } finally {
      await fake.close();
    }
  });
});

describe("types and validation", () => {
  it("takes the builders' inputs and returns configs read as the module's types; invalid input sends nothing", async () => {
    const fake = await startFakeApi({ provider: "streamkap", credentials: TOKEN });
    try {
      const c = streamkap.createClient({ baseUrl: fake.url, credentials: TOKEN }).sources.postgresql;
      expectTypeOf(c.create).parameter(0).toEqualTypeOf<CreateInput>();
      expectTypeOf<Awaited<ReturnType<typeof c.get>>["config"]>().toEqualTypeOf<
        ReadResult<PostgresqlSourceUpdateConfig>
      >();
      expectTypeOf<Awaited<ReturnType<typeof c.create>>>().toEqualTypeOf<streamkap.SourceItem>();
      const wrong = { name: "n", config: { databaseHostname: 5 } } as unknown as CreateInput;
      await expect(c.create(wrong)).rejects.toBeInstanceOf(ConfigValidationError);
      expect(fake.requests).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});

describe("secret masks", () => {
  it("a secret the API hides as null reads as hidden when the client is told so", async () => {
    const body = JSON.stringify({
      id: "src-1",
      name: "orders",
      connector: "postgresql",
      config: { "database.hostname.user.defined": "db", "database.password": null },
    });
    const fetch = async () => new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    const base = { baseUrl: "http://127.0.0.1:9", credentials: TOKEN, fetch };
    const plain = await streamkap.createClient(base).sources.postgresql.get("src-1");
    expect(plain.config.hiddenSecrets).toEqual([]);
    const told = await streamkap.createClient({ ...base, secretMasks: [null] }).sources.postgresql.get("src-1");
    expect(told.config.hiddenSecrets).toEqual(["databasePassword"]);
    expect(Object.hasOwn(told.config.config, "databasePassword")).toBe(false);
  });
});
