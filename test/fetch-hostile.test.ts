// The fetch stage against a hostile server (test/fault-server.ts) over real
// HTTP: compression bombs and endless bodies are stopped at the limits while
// streaming, with bounded memory and long before the timeout; compressed
// bodies are read; the credential is refused in every decoded form and never
// reaches a message, a file name or a file.
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import type { ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedProvider } from "../generator/config/config.js";
import { fetchSnapshot, type FetchOptions } from "../generator/fetch/fetch-snapshot.js";
import { DEFAULT_HTTP, type HttpSettings } from "../generator/fetch/http.js";
import { fetchAndRun } from "../generator/pipeline.js";
import {
  body,
  encode,
  endless,
  endlessEmptyGzip,
  gzipBomb,
  gzipBombSize,
  jsonEscaped,
  startFaultServer,
  type Encoding,
  type FaultServer,
  type Handler,
} from "./fault-server.js";
import { BASIC_INPUT, CLI, providerFor, readTree, removeDir, tempDir } from "./helpers.js";

const TOKEN = "tok-7f3a-SECRET-c0ffee";
const MiB = 1024 * 1024;

let work: string;
let served: { openapi: string; source: string; sink: string };
beforeAll(async () => {
  work = await tempDir("codegen-fetch-hostile-");
  const read = (file: string) => readFile(join(BASIC_INPUT, file), "utf8");
  served = {
    openapi: await read("openapi.json"),
    source: await read("connectors/sources/demo-db.json"),
    sink: await read("connectors/destinations/sink.json"),
  };
});
afterAll(() => removeDir(work));

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

let counter = 0;
/** The basic test provider, fetched from `/openapi.json`, `/sources` (a list endpoint) and `/{kind}/{code}`. */
function provider(): ResolvedProvider {
  const dir = join(work, `run-${++counter}`);
  return providerFor(join(dir, "snapshot"), join(dir, "out"), {
    fetch: {
      baseUrlEnv: "DEMO_API_URL",
      credential: { env: "DEMO_TOKEN", header: "Authorization", scheme: "Bearer" },
      openapi: "/openapi.json",
      connectors: {
        sources: { list: { path: "/sources", items: "/result", code: "code" }, schema: "/sources/{code}" },
        destinations: { list: ["sink"], schema: "/destinations/{code}" },
      },
    },
  });
}

/** Serves the basic snapshot, with `overrides` for some paths. */
async function serve(overrides: Record<string, Handler> = {}): Promise<FaultServer> {
  server = await startFaultServer({
    "/openapi.json": body(served.openapi),
    "/sources": body({ result: [{ code: "demo-db" }] }),
    "/sources/demo-db": body(served.source),
    "/destinations/sink": body(served.sink),
    ...overrides,
  });
  return server;
}

function options(url: string, http: Partial<HttpSettings> = {}): FetchOptions {
  return {
    env: { DEMO_API_URL: url, DEMO_TOKEN: TOKEN },
    concurrency: 2,
    http: { ...DEFAULT_HTTP, backoffMs: 1, maxBackoffMs: 5, retries: 0, timeoutMs: 10_000, ...http },
  };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the fetch to fail");
    },
    (e: unknown) => e as Error,
  );

/** Every form a reader could decode: JSON `\u`/`\x` escapes, percent-encoding, HTML character references. */
function decodings(text: string): string[] {
  const json = text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const percent = text.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  const html = text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)));
  return [text, json, percent, html];
}
const expectNoToken = (text: string) => {
  for (const d of decodings(text)) expect(d).not.toContain(TOKEN);
};

describe("limits hold while streaming", () => {
  it("a gzip bomb (1 MiB on the wire, 1 GiB inflated) stops at the limit with bounded memory", async () => {
    const inflated = 1024 * MiB;
    const limit = 16 * MiB;
    const { url } = await serve({ "/openapi.json": gzipBomb(inflated) });
    expect(gzipBombSize(inflated)).toBeLessThan(2 * MiB);
    const before = process.memoryUsage.rss();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 2);
    try {
      const error = await failure(fetchSnapshot(provider(), options(url, { maxBytes: limit })));
      expect(error.message).toMatch(/http:\/\/127\.0\.0\.1:\d+\/openapi\.json: body exceeds the 16777216-byte limit/);
    } finally {
      clearInterval(sampler);
    }
    peak = Math.max(peak, process.memoryUsage.rss());
    // Growth well below the inflated size: the limit plus buffers, not the bomb.
    expect(peak - before).toBeLessThan(inflated / 8);
  });

  it("an endless body stops at the limit at once, not at the timeout", async () => {
    const limit = 4 * MiB;
    const { url } = await serve({ "/sources/demo-db": endless() });
    // The error is the limit's, not the 20 s timeout's.
    const error = await failure(fetchSnapshot(provider(), options(url, { maxBytes: limit, timeoutMs: 20_000 })));
    expect(error.message).toMatch(/connector sources\/demo-db/);
    expect(error.message).toMatch(/127\.0\.0\.1:\d+\/sources\/demo-db: body exceeds the 4194304-byte limit/);
  });

  it("an endless gzip body that inflates to nothing stops at the limit on encoded bytes", async () => {
    const { url } = await serve({ "/sources/demo-db": endlessEmptyGzip() });
    const error = await failure(
      fetchSnapshot(provider(), options(url, { maxEncodedBytes: 2 * MiB, timeoutMs: 20_000 })),
    );
    expect(error.message).toMatch(/\/sources\/demo-db: encoded body exceeds the 2097152-byte limit/);
  });

  it("a Content-Length over the encoded limit is refused before the body is read", async () => {
    const inflated = 256 * MiB;
    const { url } = await serve({ "/openapi.json": gzipBomb(inflated) });
    const error = await failure(fetchSnapshot(provider(), options(url, { maxEncodedBytes: 64 * 1024 })));
    expect(error.message).toMatch(
      new RegExp(`/openapi\\.json: encoded body of ${gzipBombSize(inflated)} bytes exceeds the 65536-byte limit`),
    );
  });

  it("an unencoded Content-Length over the limit is refused before the body is read", async () => {
    const { url } = await serve();
    const error = await failure(fetchSnapshot(provider(), options(url, { maxBytes: 1000 })));
    expect(error.message).toMatch(
      new RegExp(`/openapi\\.json: body of ${Buffer.byteLength(served.openapi)} bytes exceeds the 1000-byte limit`),
    );
  });

  it("a 4xx body is read only up to a small bound", async () => {
    const { url } = await serve({
      "/sources/demo-db": endless({ status: 400, prefix: '{"detail":"bad request","padding":"' }),
    });
    // The error is the status's, read from a bounded part of the endless body, not the 20 s timeout's.
    const error = await failure(fetchSnapshot(provider(), options(url, { timeoutMs: 20_000 })));
    expect(error.message).toMatch(/\/sources\/demo-db: HTTP 400: \{"detail":"bad request"/);
  });
});

describe("compressed bodies", () => {
  const encodings: Encoding[] = ["gzip", "deflate", "deflate-raw", "br"];
  for (const encoding of encodings) {
    it(`${encoding} bodies with their Content-Length are read`, async () => {
      const plain = await serve();
      const expected = await fetchSnapshot(provider(), options(plain.url));
      await plain.close();
      const { url, requests } = await serve({
        "/openapi.json": body(served.openapi, { encoding }),
        "/sources": body({ result: [{ code: "demo-db" }] }, { encoding }),
        "/sources/demo-db": body(served.source, { encoding }),
        "/destinations/sink": body(served.sink, { encoding }),
      });
      const result = await fetchSnapshot(provider(), options(url));
      expect(result.files).toEqual(expected.files);
      expect(result.files.map((f) => f.path)).toContain("connectors/sources/demo-db.json");
      expect(requests.every((r) => /\bgzip\b/.test(r.acceptEncoding ?? ""))).toBe(true);
    });
  }

  it("stacked codings (gzip, then br) are undone in turn", async () => {
    const stacked = encode(encode(Buffer.from(served.source), "gzip"), "br");
    const { url } = await serve({
      "/sources/demo-db": (_req, res) =>
        res
          .writeHead(200, {
            "content-type": "application/json",
            "content-encoding": "gzip, br",
            "content-length": String(stacked.byteLength),
          })
          .end(stacked),
    });
    const result = await fetchSnapshot(provider(), options(url));
    const file = result.files.find((f) => f.path === "connectors/sources/demo-db.json");
    expect(JSON.parse(file!.content)).toEqual(JSON.parse(served.source));
  });

  it("a gzip body cut short is retried, and reported with its byte counts when it stays cut", async () => {
    const zipped = encode(Buffer.from(served.source), "gzip");
    let cuts = 1;
    const cutOrWhole: Handler = (req, res) => {
      if (cuts-- <= 0) return body(served.source, { encoding: "gzip" })(req, res);
      res.writeHead(200, {
        "content-type": "application/json",
        "content-encoding": "gzip",
        "content-length": String(zipped.byteLength),
      });
      res.write(zipped.subarray(0, zipped.byteLength >> 1));
      setTimeout(() => res.socket?.destroy(), 10);
    };
    const { url } = await serve({ "/sources/demo-db": cutOrWhole });
    const result = await fetchSnapshot(provider(), options(url, { retries: 1 }));
    expect(result.stats.retries).toBe(1);

    cuts = 2;
    const error = await failure(fetchSnapshot(provider(), options(url, { retries: 1 })));
    expect(error.message).toMatch(
      new RegExp(`/sources/demo-db: connection lost after ${zipped.byteLength >> 1} of ${zipped.byteLength} bytes`),
    );
    expect(error.message).toMatch(/gave up after 2 attempts/);
  });

  it("an unknown content coding is refused by name", async () => {
    const { url } = await serve({
      "/openapi.json": body(served.openapi, { headers: { "content-encoding": "zz-pack" } }),
    });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/\/openapi\.json: unsupported Content-Encoding "zz-pack"/);
  });
});

describe("redirects", () => {
  it("a redirect to a non-HTTP URL is refused at once", async () => {
    const { url, requests } = await serve({
      "/openapi.json": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end(),
    });
    const error = await failure(fetchSnapshot(provider(), options(url, { retries: 2 })));
    expect(error.message).toMatch(/\/openapi\.json: HTTP 302 redirect to a file: URL/);
    expect(requests).toHaveLength(1);
  });
});

describe("the credential in disguise", () => {
  it("written with \\u escapes in a schema body, is refused and stored nowhere", async () => {
    const source = served.source.replace('"display_name": "Demo DB"', `"display_name": "${jsonEscaped(TOKEN)}"`);
    expect(source).not.toBe(served.source);
    const { url } = await serve({ "/sources/demo-db": body(source) });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/connector sources\/demo-db/);
    expect(error.message).toMatch(/\/sources\/demo-db: the response contains the credential's value/);
    expectNoToken(error.message);
  });

  it("as an escaped object key in the OpenAPI document, is refused", async () => {
    const doc = served.openapi.replace(/^\{/, `{"x-${jsonEscaped(TOKEN)}": 1,`);
    const { url } = await serve({ "/openapi.json": body(doc) });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/\/openapi\.json: the response contains the credential's value/);
  });

  it("in a response header that would be stored (ETag), is refused", async () => {
    const { url } = await serve({ "/sources/demo-db": body(served.source, { headers: { etag: `"${TOKEN}"` } }) });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/\/sources\/demo-db: the response contains the credential's value/);
    expectNoToken(error.message);
  });

  it("used as a connector code, reaches no file name, file, index or message", async () => {
    const { url } = await serve({
      "/sources": body(`{"result": [{"code": "demo-db"}, {"code": "${jsonEscaped(TOKEN)}"}]}`),
      [`/sources/${TOKEN}`]: body(served.source),
    });
    const target = provider();
    const error = await failure(fetchAndRun(target, "write", options(url)));
    expect(error.message).toMatch(/cannot list sources: .*\/sources: the response contains the credential's value/);
    expectNoToken(error.message);
    const written = await readTree(target.outDir).catch(() => ({}));
    const snapshot = await readTree(target.snapshotDir).catch(() => ({}));
    for (const [path, content] of Object.entries({ ...written, ...snapshot })) {
      expectNoToken(path);
      expectNoToken(content);
    }
  });

  it("as a code in a fixed list, is refused without printing it", async () => {
    const target = provider();
    target.fetch!.connectors!.destinations!.list = ["sink", TOKEN];
    const { url } = await serve({ [`/destinations/${TOKEN}`]: body(served.sink) });
    const error = await failure(fetchSnapshot(target, options(url)));
    expect(error.message).toMatch(/destinations: connector code #1 contains the credential's value/);
    expectNoToken(error.message);
  });

  it("escaped in a 4xx body, is never printed", async () => {
    const { url } = await serve({
      "/sources/demo-db": body(`{"detail":"token ${jsonEscaped(TOKEN)} is not valid here"}`, { status: 400 }),
    });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/\/sources\/demo-db: HTTP 400/);
    expectNoToken(error.message);
  });

  it("percent-encoded in a redirect target, is never printed", async () => {
    const escaped = [...TOKEN].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0")}`).join("");
    const loop = (_req: unknown, res: ServerResponse) => res.writeHead(302, { location: `/r/${escaped}` }).end();
    const { url } = await serve({ "/openapi.json": loop, [`/r/${escaped}`]: loop });
    const error = await failure(fetchSnapshot(provider(), options(url)));
    expect(error.message).toMatch(/HTTP 302 redirect loop/);
    expectNoToken(error.message);
  });
});

describe("the command line", () => {
  /** Runs the CLI on a config holding the test provider, base URL and token from the environment. */
  async function cli(url: string, extra: string[]) {
    const dir = join(work, `cli-${++counter}`);
    await mkdir(dir, { recursive: true });
    const { name, dialect, suffixes, kinds, fetch } = provider();
    const config = { providers: [{ name, dialect, suffixes, kinds, fetch, snapshot: "snap", out: "out" }] };
    await writeFile(join(dir, "codegen.config.mjs"), `export default ${JSON.stringify(config)};\n`);
    const args = [CLI, "--config", "codegen.config.mjs", "--fetch"];
    const started = performance.now();
    const result = await promisify(execFile)(process.execPath, [...args, ...extra], {
      cwd: dir,
      env: { ...process.env, DEMO_API_URL: url, DEMO_TOKEN: TOKEN },
    }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
    return { ...result, ms: performance.now() - started, dir };
  }

  it("--max-bytes sets the body limit", async () => {
    const { url } = await serve({ "/sources/demo-db": endless() });
    const run = await cli(url, ["--max-bytes", "1048576", "--timeout", "20000", "--retries", "0"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/\/sources\/demo-db: body exceeds the 1048576-byte limit/);
  });

  it("prints nothing of a token listed as a connector code, and writes nothing", async () => {
    const { url } = await serve({
      "/sources": body(`{"result": [{"code": "demo-db"}, {"code": "${jsonEscaped(TOKEN)}"}]}`),
      [`/sources/${TOKEN}`]: body(served.source),
    });
    const run = await cli(url, ["--progress"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the response contains the credential's value/);
    expectNoToken(run.stdout + run.stderr);
    const files = await readTree(run.dir);
    expect(Object.keys(files)).toEqual(["codegen.config.mjs"]);
  });
});
