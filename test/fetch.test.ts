// The fetch stage against the local emulator over real HTTP (no mocked fetch):
// it reproduces the committed snapshots, asks conditionally, survives the
// faults a flaky network and API produce, reports the others clearly, and
// never changes the snapshot or the output when it fails.
import { execFile, execFileSync } from "node:child_process";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";
import { CodegenError } from "../generator/ir/diagnostics.js";
import { fetchSnapshot, FETCH_STATE_FILE, type FetchOptions } from "../generator/fetch/fetch-snapshot.js";
import { DEFAULT_HTTP, parseRetryAfter, type RetryEvent } from "../generator/fetch/http.js";
import { fetchAndRun } from "../generator/pipeline.js";
import { parseFault, startEmulator, type Emulator, type Fault } from "../scripts/emulator.js";
import { CLI, readTree, removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const TOKEN = "tok-7f3a-SECRET-c0ffee";
const KEY = "key-91b2-SECRET-beef";

let providers: Record<string, ResolvedProvider>;
let work: string;
beforeAll(async () => {
  providers = Object.fromEntries((await loadConfig(resolve(root, "codegen.config.ts"))).map((p) => [p.name, p]));
  work = await tempDir("codegen-fetch-");
});
afterAll(() => removeDir(work));

let counter = 0;
/** The provider, reading and writing a fresh temp snapshot and output directory. */
async function target(name: string, seed?: string): Promise<ResolvedProvider> {
  const dir = join(work, `run-${++counter}`);
  const snapshotDir = join(dir, "snapshot");
  if (seed) await cp(seed, snapshotDir, { recursive: true });
  return { ...providers[name]!, snapshotDir, outDir: join(dir, "out") };
}

function options(
  url: string,
  extra: { retries?: number; timeoutMs?: number; retryLog?: RetryEvent[] } = {},
): FetchOptions {
  return {
    env: { STREAMKAP_API_URL: url, STREAMKAP_TOKEN: TOKEN, UNSTRUCTURED_API_URL: url, UNSTRUCTURED_API_KEY: KEY },
    concurrency: 4,
    http: {
      ...DEFAULT_HTTP,
      backoffMs: 1,
      maxBackoffMs: 5,
      retries: extra.retries ?? 3,
      timeoutMs: extra.timeoutMs ?? 5_000,
      ...(extra.retryLog ? { onRetry: (e: RetryEvent) => extra.retryLog!.push(e) } : {}),
    },
  };
}

async function emulate(name: string, faults: Fault[] = [], snapshotDir?: string): Promise<Emulator> {
  return startEmulator({
    provider: providers[name]!,
    token: name === "streamkap" ? TOKEN : KEY,
    faults,
    ...(snapshotDir ? { snapshotDir } : {}),
  });
}

const withoutState = (tree: Record<string, string>) => {
  const copy = { ...tree };
  delete copy[FETCH_STATE_FILE];
  return copy;
};

describe("fetch reproduces the committed snapshots", () => {
  for (const name of ["streamkap", "unstructured"]) {
    it(`${name}: byte for byte, output included; a second fetch is all 304`, async () => {
      const emulator = await emulate(name);
      try {
        const provider = await target(name);
        const first = await fetchAndRun(provider, "write", options(emulator.url));
        expect(withoutState(await readTree(provider.snapshotDir))).toEqual(
          await readTree(resolve(root, `schemas/${name}`)),
        );
        expect(await readTree(provider.outDir)).toEqual(await readTree(resolve(root, `generated/${name}`)));
        expect(first.changes.added).toHaveLength(first.ir.connectors.length);
        expect(first.fetch.notModified).toBe(0);

        const before = emulator.requests.length;
        const second = await fetchAndRun(provider, "write", options(emulator.url));
        expect(second.fetch.downloaded).toBe(0);
        expect(second.fetch.notModified).toBe(first.fetch.downloaded);
        expect(second.changed).toBe(false);
        expect(second.changes).toEqual({ added: [], removed: [], changed: [], unchanged: first.ir.connectors.length });
        const again = emulator.requests.slice(before);
        expect(again.filter((r) => r.status === 304)).toHaveLength(first.fetch.downloaded);
        expect(again.every((r) => r.status === 304 || !r.conditional)).toBe(true);
      } finally {
        await emulator.close();
      }
    });
  }

  it("streamkap: reports added, removed and changed connectors; --check mode writes nothing", async () => {
    const served = join(work, "served-streamkap");
    await cp(resolve(root, "schemas/streamkap"), served, { recursive: true });
    const emulator = await emulate("streamkap", [], served);
    try {
      const provider = await target("streamkap");
      await fetchAndRun(provider, "write", options(emulator.url));
      const mysql = join(served, "connectors/sources/mysql.json");
      await writeFile(mysql, (await readFile(mysql, "utf8")).replace('"required": true', '"required": false'));
      await rm(join(served, "connectors/sources/zendesk_webhook.json"));
      await cp(join(served, "connectors/sources/webhook.json"), join(served, "connectors/sources/webhook2.json"));

      const snapshotBefore = await readTree(provider.snapshotDir);
      const outBefore = await readTree(provider.outDir);
      const checked = await fetchAndRun(provider, "check", options(emulator.url));
      expect(checked.changes).toMatchObject({
        added: ["sources/webhook2"],
        removed: ["sources/zendesk_webhook"],
        changed: ["sources/mysql"],
      });
      expect(checked.staleSnapshot.map((s) => `${s.reason} ${s.path}`).sort()).toEqual([
        "differs connectors/sources/mysql.json",
        "extra connectors/sources/zendesk_webhook.json",
        "missing connectors/sources/webhook2.json",
      ]);
      expect(checked.stale.length).toBeGreaterThan(0);
      expect(await readTree(provider.snapshotDir)).toEqual(snapshotBefore);
      expect(await readTree(provider.outDir)).toEqual(outBefore);

      expect(checked.snapshotFilesChanged.sort()).toEqual([
        "connectors/sources/mysql.json",
        "connectors/sources/webhook2.json",
        "connectors/sources/zendesk_webhook.json",
      ]);

      const written = await fetchAndRun(provider, "write", options(emulator.url));
      expect(written.changes.changed).toEqual(["sources/mysql"]);
      // What the diff's classification is told changed, in write mode as in check mode.
      expect(written.snapshotFilesChanged.sort()).toEqual(checked.snapshotFilesChanged);
      expect(withoutState(await readTree(provider.snapshotDir))).toEqual(await readTree(served));
      expect(Object.keys(await readTree(provider.outDir))).toContain("sources/webhook2.gen.ts");
    } finally {
      await emulator.close();
    }
  });

  it("a FIFO where the previous fetch state or a schema file was is not waited on: it downloads all again", async () => {
    const emulator = await emulate("streamkap");
    try {
      const provider = await target("streamkap");
      await fetchAndRun(provider, "write", options(emulator.url));
      for (const file of [FETCH_STATE_FILE, "connectors/sources/mysql.json"]) {
        await rm(join(provider.snapshotDir, file));
        execFileSync("mkfifo", [join(provider.snapshotDir, file)]);
      }
      const checked = await fetchAndRun(provider, "check", options(emulator.url));
      expect(checked.fetch.notModified).toBe(0);
      expect(checked.staleSnapshot.map((s) => `${s.reason} ${s.path}`)).toContain(
        "differs connectors/sources/mysql.json",
      );
    } finally {
      await emulator.close();
    }
  });

  it("streamkap: one odd downloaded connector is stored, warned and left out; the rest generates", async () => {
    const served = join(work, "served-streamkap-odd");
    await cp(resolve(root, "schemas/streamkap"), served, { recursive: true });
    const mysql = join(served, "connectors/sources/mysql.json");
    await writeFile(mysql, (await readFile(mysql, "utf8")).replace('"control": "string"', '"control": "hologram"'));
    const emulator = await emulate("streamkap", [], served);
    try {
      const provider = await target("streamkap");
      const written = await fetchAndRun(provider, "write", options(emulator.url));
      expect(written.warnings).toContainEqual(
        expect.objectContaining({
          rule: "unknown-control",
          file: "connectors/sources/mysql.json",
          pointer: expect.stringMatching(/^\/config\/\d+\/value\/control$/),
          connector: "sources/mysql",
          message: expect.stringMatching(/"hologram"; this connector is left out$/),
        }),
      );
      expect(withoutState(await readTree(provider.snapshotDir))).toEqual(await readTree(served));
      const out = Object.keys(await readTree(provider.outDir));
      expect(out).not.toContain("sources/mysql.gen.ts");
      expect(out).toContain("sources/oracle.gen.ts");
    } finally {
      await emulator.close();
    }
  });
});

describe("faults that are survived", () => {
  const committed = resolve(root, "schemas/streamkap");
  const cases: { name: string; faults: Fault[]; expectRetries: number }[] = [
    { name: "a burst of 503s", faults: [{ kind: "status", status: 503, times: 3 }], expectRetries: 3 },
    {
      name: "502 and 500 on one schema",
      faults: [parseFault("502x1@mysql"), parseFault("500x1@mysql")],
      expectRetries: 2,
    },
    { name: "408 request timeout", faults: [parseFault("408x2")], expectRetries: 2 },
    { name: "connection resets", faults: [parseFault("resetx3")], expectRetries: 3 },
    { name: "bodies cut short", faults: [parseFault("truncatex2@connector_code")], expectRetries: 2 },
    { name: "a cut JSON body with matching length", faults: [parseFault("badjsonx1@oracle")], expectRetries: 1 },
    { name: "a hung request (timeout)", faults: [parseFault("hangx1@postgresql")], expectRetries: 1 },
    { name: "slow answers", faults: [parseFault("latency=50x5")], expectRetries: 0 },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const emulator = await emulate("streamkap", c.faults);
      try {
        const provider = await target("streamkap");
        const result = await fetchSnapshot(provider, options(emulator.url, { timeoutMs: 1_000 }));
        const files = Object.fromEntries(
          result.files.filter((f) => f.path !== FETCH_STATE_FILE).map((f) => [f.path, f.content]),
        );
        expect(files).toEqual(await readTree(committed));
        expect(result.stats.retries).toBe(c.expectRetries);
        expect(c.faults.every((f) => f.times === undefined || f.times === 0)).toBe(true);
      } finally {
        await emulator.close();
      }
    });
  }

  it("429 with Retry-After waits as long as the server asks", async () => {
    const emulator = await emulate("streamkap", [parseFault("429x2:retry=1@openapi")]);
    try {
      const retryLog: RetryEvent[] = [];
      const result = await fetchSnapshot(await target("streamkap"), options(emulator.url, { retryLog }));
      expect(result.stats.retries).toBe(2);
      expect(retryLog.map((e) => e.delayMs >= 1000)).toEqual([true, true]);
      const times = emulator.requests.filter((r) => r.path === "/openapi.json").map((r) => r.at);
      expect(times).toHaveLength(3);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
    } finally {
      await emulator.close();
    }
  });

  it("parses Retry-After as seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon")).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});

describe("faults that are reported, with the previous snapshot and output untouched", () => {
  const cases: {
    name: string;
    faults?: Fault[];
    env?: Record<string, string | undefined>;
    served?: (dir: string) => Promise<void>;
    message: RegExp[];
  }[] = [
    {
      name: "503 for good",
      faults: [parseFault("503@connector_code=mysql")],
      message: [/connector sources\/mysql/, /connector_code=mysql: HTTP 503 \(gave up after 3 attempts\)/],
    },
    {
      name: "an HTML page instead of JSON",
      faults: [parseFault("html@oracle")],
      message: [/sources\/oracle/, /expected a JSON response, got content type "text\/html; charset=utf-8"/],
    },
    {
      name: "a schema of the wrong shape",
      faults: [parseFault("wrongshape@=db2")],
      message: [/sources\/db2/, /connector_code=db2: expected a field-list schema/],
    },
    {
      name: "an OpenAPI document of the wrong shape",
      faults: [parseFault("wrongshape@openapi")],
      message: [/openapi\.json is not an OpenAPI 3\.x document/],
    },
    {
      name: "a Retry-After longer than allowed",
      faults: [parseFault("429:retry=86400@openapi")],
      message: [/HTTP 429: Retry-After of 86400 s is longer than the 120 s allowed/],
    },
    {
      name: "a wrong token",
      env: { STREAMKAP_TOKEN: "not-the-token" },
      message: [/HTTP 403; check STREAMKAP_TOKEN/],
    },
    { name: "no token", env: { STREAMKAP_TOKEN: undefined }, message: [/set STREAMKAP_TOKEN/] },
    {
      name: "no base URL and no default",
      env: { STREAMKAP_API_URL: "ftp://example" },
      message: [/STREAMKAP_API_URL is not an http\(s\) URL/],
    },
    {
      name: "a connector list with an unsafe code",
      served: (dir) => cp(join(dir, "connectors/sources/mysql.json"), join(dir, "connectors/sources/..mysql.json")),
      message: [/connector code #0 "\.\.mysql" is not a safe name/],
    },
    {
      // A whole-document problem: one odd connector schema would only be warned and left out.
      name: "a downloaded document the parser rejects",
      served: async (dir) => {
        const file = join(dir, "openapi.json");
        const doc = JSON.parse(await readFile(file, "utf8")) as { paths: Record<string, Record<string, unknown>> };
        delete doc.paths["/destinations"]!.post;
        await writeFile(file, JSON.stringify(doc));
      },
      message: [
        /the downloaded snapshot has errors; the snapshot and out\/ are unchanged/,
        /error \[no-create-operation\] openapi\.json#\/paths/,
      ],
    },
    {
      name: "a response that echoes the credential",
      served: async (dir) => {
        const file = join(dir, "connectors/sources/mysql.json");
        await writeFile(
          file,
          (await readFile(file, "utf8")).replace('"display_name": "MySQL"', `"display_name": "${TOKEN}"`),
        );
      },
      message: [/contains the credential's value; refusing to store it/],
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      let served: string | undefined;
      if (c.served) {
        served = join(work, `served-${++counter}`);
        await cp(resolve(root, "schemas/streamkap"), served, { recursive: true });
        await c.served(served);
      }
      const emulator = await emulate("streamkap", c.faults ?? [], served);
      try {
        // Previous state: the committed snapshot and output.
        const provider = await target("streamkap", resolve(root, "schemas/streamkap"));
        await cp(resolve(root, "generated/streamkap"), provider.outDir, { recursive: true });
        const snapshotBefore = await readTree(provider.snapshotDir);
        const outBefore = await readTree(provider.outDir);
        const opts = options(emulator.url, { retries: 2, timeoutMs: 1_000 });
        opts.env = { ...opts.env, ...c.env };
        const error = await fetchAndRun(provider, "write", opts).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(CodegenError);
        const message = (error as Error).message;
        for (const m of c.message) expect(message).toMatch(m);
        expect(message).not.toContain(TOKEN);
        expect(await readTree(provider.snapshotDir)).toEqual(snapshotBefore);
        expect(await readTree(provider.outDir)).toEqual(outBefore);
      } finally {
        await emulator.close();
      }
    });
  }
});

describe("credentials", () => {
  it("are not sent to another origin after a redirect", async () => {
    const emulator = await emulate("streamkap");
    const redirector = createServer((req, res) => {
      res.writeHead(302, { location: `${emulator.url}${req.url}` }).end();
    });
    await new Promise<void>((r) => redirector.listen(0, "127.0.0.1", r));
    try {
      const url = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
      const error = await fetchSnapshot(await target("streamkap"), options(url)).catch((e: unknown) => e);
      expect((error as Error).message).toMatch(/openapi\.json: HTTP 401; check STREAMKAP_TOKEN/);
      expect(emulator.requests.map((r) => r.authorized)).toEqual([false]);
    } finally {
      redirector.close();
      await emulator.close();
    }
  });

  it("never reach stdout, stderr, the snapshot or the output of the command line", async () => {
    const emulator = await emulate("streamkap", [
      parseFault("503x2"),
      parseFault("truncatex1@mysql"),
      parseFault("resetx1@oracle"),
    ]);
    const cli = (args: string[], env: Record<string, string>) =>
      promisify(execFile)(process.execPath, [CLI, ...args], {
        cwd: root,
        env: { ...process.env, STREAMKAP_API_URL: emulator.url, ...env },
      }).then(
        (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
      );
    try {
      const dir = join(work, "cli");
      const args = ["--fetch", "--provider", "streamkap", "--snapshot", join(dir, "snap"), "--out", join(dir, "out")];
      const ok = await cli([...args, "--progress"], { STREAMKAP_TOKEN: TOKEN });
      expect(ok.code).toBe(0);
      expect(ok.stdout).toMatch(/streamkap: fetched 29 request\(s\): 27 downloaded .* 4 retried/);
      expect(ok.stderr).toMatch(/connector 26 of 26/);
      expect(ok.stderr).toMatch(/retry 1 in \d+ ms: .*HTTP 503/);
      const checked = await cli([...args, "--check"], { STREAMKAP_TOKEN: TOKEN });
      expect(checked.stdout).toMatch(/27 not modified/);
      expect(checked.code).toBe(0);
      const refused = await cli(args, { STREAMKAP_TOKEN: `${TOKEN}-old` });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/HTTP 403; check STREAMKAP_TOKEN/);

      const everything = [ok, checked, refused].flatMap((r) => [r.stdout, r.stderr]).join("\n");
      const files = Object.values({
        ...(await readTree(join(dir, "snap"))),
        ...(await readTree(join(dir, "out"))),
      }).join("\n");
      expect(everything).not.toContain(TOKEN);
      expect(files).not.toContain(TOKEN);
      // No part of it either (generated names such as AWS_SECRET_ACCESS_KEY hold the word, not the token).
      for (const part of TOKEN.split("-").filter((p) => p.length > 3 && p !== "SECRET")) {
        expect(everything).not.toContain(part);
        expect(files).not.toContain(part);
      }
    } finally {
      await emulator.close();
    }
  });
});
