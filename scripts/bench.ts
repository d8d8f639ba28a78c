// Benchmark of the whole pipeline, per configured provider.
//   npm run bench [-- --runs N]        (or BENCH_RUNS=N; default 5)
//
// For each provider: one warm-up run, then N measured runs of `run(provider, "write")`,
// each into a fresh directory under os.tmpdir() (never generated/); then N no-change
// reruns into the last of those directories (the writer skips identical output) and
// N `check` runs against it. Then fetches from the local emulator (no latency;
// 50 ms per request at concurrency 1 and 8). Start-up first: the command line as
// `npm run codegen` starts it (`--help`, and an up-to-date `--check` of every
// provider), spawned N times each, wall clock, next to `node -e 0` from the same
// run. Prints tables and writes bench/results.json.
// CODEGEN_THREADS and CODEGEN_PARALLEL_FROM apply as for the CLI; the cache is
// off for full runs and on for reruns, whatever CODEGEN_CACHE says.
// Times are reported, never asserted.

import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadConfig, type ResolvedProvider } from "../generator/config/config.js";
import { runOptionsFromEnv, type RunOptions } from "../generator/config/run-options.js";
import { fetchSnapshot } from "../generator/fetch/fetch-snapshot.js";
import { DEFAULT_HTTP } from "../generator/fetch/http.js";
import { run, type RunResult, type StageName } from "../generator/pipeline.js";
import { parseFault, startEmulator } from "./emulator.js";
import { benchScale, scaleTable, type ScaleResult } from "./bench-scale.js";
import { diffLine, type DiffBenchResult } from "./bench-diff.js";
import { codegenNodeFlags } from "./build.mjs";
import { build } from "esbuild";
import { validateFiles } from "../generator/commands/validate-files.js";
import { schemaValidator } from "../templates/runtime.js";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const stages: readonly Exclude<StageName, "fetch">[] = ["load", "parse", "emit", "format", "compile", "write"];

type Metric = "wall" | Exclude<StageName, "fetch">;
const metrics: readonly Metric[] = ["wall", ...stages];

interface Stat {
  median: number;
  min: number;
  samples: number[];
}

interface ProviderResult {
  provider: string;
  connectors: number;
  files: number;
  /** Full runs into a fresh directory: wall time and each stage. */
  full: Record<Metric, Stat>;
  /** Wall time of a rerun into an up-to-date directory. */
  rerun: Stat;
  /** Wall time of a check run against an up-to-date directory. */
  check: Stat;
  /** Median full wall time divided by the connector count. */
  msPerConnector: number;
}

function parseRuns(): number {
  const { values } = parseArgs({ options: { runs: { type: "string" } }, allowPositionals: false });
  const text = values.runs ?? process.env.BENCH_RUNS ?? "5";
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs / BENCH_RUNS must be a positive integer, got ${text}`);
  return runs;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

function stat(samples: number[]): Stat {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), samples: samples.map(round) };
}

async function timedRun(
  provider: ResolvedProvider,
  mode: "write" | "check",
  options: RunOptions,
): Promise<{ wall: number; result: RunResult }> {
  const start = performance.now();
  const result = await run(provider, mode, options);
  return { wall: performance.now() - start, result };
}

async function benchProvider(
  provider: ResolvedProvider,
  runs: number,
  tempRoot: string,
  options: RunOptions,
): Promise<ProviderResult> {
  // Each full run gets a directory that does not exist yet, so every run writes everything.
  const freshOut = (label: string): ResolvedProvider => ({ ...provider, outDir: join(tempRoot, label, provider.name) });

  // Full runs measure the pipeline without its stage cache; reruns use it.
  const uncached = { ...options, cache: false };
  const cached = { ...options, cache: true };
  await timedRun(freshOut("warmup"), "write", uncached);

  const samples: Record<Metric, number[]> = {
    wall: [],
    load: [],
    parse: [],
    emit: [],
    format: [],
    compile: [],
    write: [],
  };
  let last: { provider: ResolvedProvider; result: RunResult } | undefined;
  for (let i = 0; i < runs; i++) {
    const target = freshOut(`run-${i}`);
    const { wall, result } = await timedRun(target, "write", uncached);
    if (!result.changed) throw new Error(`${provider.name}: run ${i} into a fresh directory wrote nothing`);
    samples.wall.push(wall);
    for (const stage of stages) samples[stage].push(result.timings[stage]);
    last = { provider: target, result };
  }
  if (!last) throw new Error("no measured runs");

  await timedRun(last.provider, "write", cached); // fills the cache
  const rerun: number[] = [];
  const check: number[] = [];
  for (let i = 0; i < runs; i++) {
    const again = await timedRun(last.provider, "write", cached);
    if (again.result.changed) throw new Error(`${provider.name}: no-change rerun rewrote the output`);
    rerun.push(again.wall);
  }
  for (let i = 0; i < runs; i++) {
    const checked = await timedRun(last.provider, "check", cached);
    if (checked.result.stale.length > 0)
      throw new Error(`${provider.name}: check found ${checked.result.stale.length} stale file(s) after a write`);
    check.push(checked.wall);
  }

  const full = {} as Record<Metric, Stat>;
  for (const metric of metrics) full[metric] = stat(samples[metric]);
  const connectors = last.result.ir.connectors.length;
  return {
    provider: provider.name,
    connectors,
    files: last.result.files.length,
    full,
    rerun: stat(rerun),
    check: stat(check),
    msPerConnector: connectors > 0 ? round(full.wall.median / connectors) : 0,
  };
}

interface FetchResult {
  provider: string;
  scenario: string;
  concurrency: number;
  requests: number;
  /** Wall time of one fetch (download and checks, no generation). */
  wall: Stat;
}

/** Fetch from the local emulator: no latency, and 50 ms per request at concurrency 1 and 8. */
async function benchFetch(provider: ResolvedProvider, runs: number, tempRoot: string): Promise<FetchResult[]> {
  if (!provider.fetch) return [];
  const token = "bench-token-0123456789";
  const out: FetchResult[] = [];
  for (const [scenario, faults, concurrency] of [
    ["emulator, no latency", [], 8],
    ["emulator, 50 ms/request", ["latency=50"], 1],
    ["emulator, 50 ms/request", ["latency=50"], 8],
  ] as const) {
    const emulator = await startEmulator({ provider, token, faults: faults.map(parseFault) });
    const env: Record<string, string> = { [provider.fetch.baseUrlEnv]: emulator.url };
    if (provider.fetch.credential) env[provider.fetch.credential.env] = token;
    const target = { ...provider, snapshotDir: join(tempRoot, "fetch-none") };
    const samples: number[] = [];
    try {
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        await fetchSnapshot(target, { env, concurrency, http: DEFAULT_HTTP });
        samples.push(performance.now() - start);
      }
    } finally {
      await emulator.close();
    }
    out.push({
      provider: provider.name,
      scenario,
      concurrency,
      requests: emulator.requests.length / runs,
      wall: stat(samples),
    });
  }
  return out;
}

function fetchTable(results: readonly FetchResult[]): string {
  return [
    "provider      scenario                  concurrency  requests  wall med/min",
    ...results.map(
      (r) =>
        `${r.provider.padEnd(12)}  ${r.scenario.padEnd(24)}  ${String(r.concurrency).padStart(11)}  ${String(r.requests).padStart(8)}  ${r.wall.median.toFixed(1)} / ${r.wall.min.toFixed(1)}`,
    ),
  ].join("\n");
}

interface StartupResult {
  command: string;
  /** Exit code of the last run (an up-to-date `--check` exits 0). */
  exitCode: number | null;
  /** Wall clock of the spawned process, from spawn to exit. */
  wall: Stat;
}

function spawnTimed(args: readonly string[]): Promise<{ ms: number; code: number | null }> {
  const start = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "ignore" });
    child.once("error", fail);
    child.once("exit", (code) => done({ ms: performance.now() - start, code }));
  });
}

/** `node -e 0`, `--help` and an up-to-date `--check`, each spawned `runs` times after one warm-up (which also rebuilds a stale build/). */
async function benchStartup(runs: number): Promise<StartupResult[]> {
  // As `npm run codegen` starts it: with the node flags of its script.
  const cli = [...codegenNodeFlags(), join(root, "scripts", "codegen.mjs")];
  const commands: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["codegen --help", [...cli, "--help"]],
    ["codegen --check (every provider)", [...cli, "--check", "--quiet"]],
  ];
  const out: StartupResult[] = [];
  for (const [command, args] of commands) {
    await spawnTimed(args);
    const samples: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < runs; i++) {
      const { ms, code } = await spawnTimed(args);
      samples.push(ms);
      exitCode = code;
    }
    out.push({ command, exitCode, wall: stat(samples) });
  }
  return out;
}

interface BundleResult {
  entry: string;
  minifiedBytes: number;
  gzipBytes: number;
}

/** Minified esbuild bundles of the generated package: one connector alone vs whole providers. */
async function benchBundles(): Promise<BundleResult[]> {
  const entries: [string, string][] = [
    [
      "streamkap/sources/postgresql create",
      'import { create } from "connector-configs/streamkap/sources/postgresql"; console.log(create);',
    ],
    [
      "unstructured/sources/s3 create",
      'import { create } from "connector-configs/unstructured/sources/s3"; console.log(create);',
    ],
    // The client next to the builder it sends, from this checkout's output (target: at most 2x the builder alone).
    [
      "postgresql module alone (this checkout)",
      'import * as postgresql from "./generated/streamkap/dist/sources/postgresql.gen.js"; console.log(postgresql.create);',
    ],
    [
      "postgresql module + client (this checkout)",
      'import { connectorClient } from "./generated/streamkap/dist/client.gen.js"; import * as postgresql from "./generated/streamkap/dist/sources/postgresql.gen.js"; console.log(connectorClient("sources", postgresql, { baseUrl: "https://api.example", credentials: "t" }));',
    ],
    ["streamkap (whole)", 'import * as all from "connector-configs/streamkap"; console.log(all);'],
    ["unstructured (whole)", 'import * as all from "connector-configs/unstructured"; console.log(all);'],
    [
      "package (both providers)",
      'import * as a from "connector-configs/streamkap"; import * as b from "connector-configs/unstructured"; console.log(a, b);',
    ],
  ];
  const out: BundleResult[] = [];
  for (const [entry, contents] of entries) {
    const result = await build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      write: false,
    });
    const bytes = result.outputFiles[0]!.contents;
    out.push({ entry, minifiedBytes: bytes.byteLength, gzipBytes: gzipSync(bytes).byteLength });
  }
  return out;
}

interface HostileResult {
  /** validate() of 50,000 `a`s and `!` against `(a+)+$` (exponential for a backtracking engine), ms. */
  redosMs: Stat;
  /** The same length against `^[a-z!]+$`, which no engine backtracks on: the anchor, ms. */
  anchorMs: Stat;
  /** The `validate` command on one YAML file with this many unknown config keys, ms. */
  validateKeys: { keys: number; bytes: number; wall: Stat }[];
}

/** Untrusted input at scale: a ReDoS pattern, and `validate` on files with 5,000 and 50,000 unknown keys. */
async function benchHostile(provider: ResolvedProvider, runs: number, tempRoot: string): Promise<HostileResult> {
  const input = `${"a".repeat(50_000)}!`;
  const timeValidator = (pattern: string): Stat => {
    const samples: number[] = [];
    // A fresh validator each run (compiling the pattern is part of the cost); at least 10 runs after 5
    // warm-ups, since a single millisecond-long call mostly measures the JIT.
    for (let i = 0; i < 5 + Math.max(runs, 10); i++) {
      const start = performance.now();
      const valid = schemaValidator({ type: "string", pattern }).isValid(input);
      const ms = performance.now() - start;
      if (valid !== pattern.startsWith("^")) throw new Error(`${pattern}: unexpected verdict`);
      if (i >= 5) samples.push(ms);
    }
    return stat(samples);
  };
  const redosMs = timeValidator("(a+)+$");
  const anchorMs = timeValidator("^[a-z!]+$");
  const validateKeys: HostileResult["validateKeys"] = [];
  for (const keys of [5_000, 50_000]) {
    const lines = ["provider: streamkap", "kind: sources", "connector: postgresql", "name: orders", "config:"];
    for (let i = 0; i < keys; i++) lines.push(`  unknownKey${i}: v`);
    const text = `${lines.join("\n")}\n`;
    const file = join(tempRoot, `keys-${keys}.yaml`);
    await writeFile(file, text);
    await validateFiles([file], [provider]); // loads the generated registry once
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const { problems } = await validateFiles([file], [provider]);
      samples.push(performance.now() - start);
      const unknown = problems.filter((p) => p.code === "unknown-key").length;
      if (unknown !== keys) throw new Error(`validate: ${unknown} unknown-key problems for ${keys} unknown keys`);
    }
    validateKeys.push({ keys, bytes: text.length, wall: stat(samples) });
  }
  return { redosMs, anchorMs, validateKeys };
}

function hostileTable(h: HostileResult): string {
  const [small, large] = h.validateKeys;
  return [
    `validate() of 50,000 chars against (a+)+$: ${h.redosMs.median.toFixed(1)} ms (min ${h.redosMs.min.toFixed(1)}); against ^[a-z!]+$: ${h.anchorMs.median.toFixed(1)} ms (${(h.redosMs.median / h.anchorMs.median).toFixed(1)}×)`,
    ...h.validateKeys.map(
      (v) =>
        `validate command, ${v.keys} unknown keys (${(v.bytes / 1000).toFixed(0)} KB): ${v.wall.median.toFixed(0)} ms (min ${v.wall.min.toFixed(0)})`,
    ),
    ...(small && large
      ? [
          `validate command, ${large.keys} / ${small.keys} keys: ${(large.wall.median / small.wall.median).toFixed(1)}× the time for ${large.keys / small.keys}× the keys`,
        ]
      : []),
  ].join("\n");
}

function table(results: readonly ProviderResult[]): string {
  const header = [
    "provider",
    "connectors",
    "files",
    ...metrics.map((m) => `${m} med/min`),
    "rerun med",
    "check med",
    "ms/connector",
  ];
  const rows = results.map((r) => [
    r.provider,
    String(r.connectors),
    String(r.files),
    ...metrics.map((m) => `${r.full[m].median.toFixed(1)} / ${r.full[m].min.toFixed(1)}`),
    r.rerun.median.toFixed(1),
    r.check.median.toFixed(1),
    r.msPerConnector.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const runs = parseRuns();
  const options = runOptionsFromEnv(process.env);
  const providers = await loadConfig(join(root, "codegen.config.ts"));
  // Before anything else warms the disk cache or loads the machine.
  const startup = await benchStartup(runs);
  const tempRoot = await mkdtemp(join(tmpdir(), "codegen-bench-"));
  const results: ProviderResult[] = [];
  const fetches: FetchResult[] = [];
  try {
    for (const provider of providers) results.push(await benchProvider(provider, runs, tempRoot, options));
    for (const provider of providers) fetches.push(...(await benchFetch(provider, runs, tempRoot)));
  } finally {
    await rm(tempRoot, { recursive: true, force: true });
  }

  const cpu = cpus()[0]?.model ?? "unknown";
  console.log(
    `node ${process.version}, ${cpu} (${cpus().length} cores), ${runs} measured run(s) after 1 warm-up; ms\n`,
  );
  console.log(`start-up: spawned processes, wall clock, ${runs} run(s) after 1 warm-up; ms\n`);
  for (const r of startup)
    console.log(
      `${r.command.padEnd(34)} ${r.wall.median.toFixed(1).padStart(8)} med ${r.wall.min.toFixed(1).padStart(8)} min${r.exitCode === 0 ? "" : `  (exit ${r.exitCode})`}`,
    );
  console.log("");
  console.log(table(results));
  const sizes = (process.env.BENCH_SIZES ?? "50,500,5000").split(",").map(Number);
  console.log(`\nscale: synthetic union-layout documents, N = ${sizes.join(", ")} (BENCH_SIZES), one run each; ms\n`);
  const scale: ScaleResult[] = await benchScale(sizes, { heavy: 500 }, options);
  console.log(scaleTable(scale));
  // Each in a process of its own, as the command runs: after the scale runs this one's heap would slow it,
  // and a second diff in one process would run on code already compiled.
  const diffs: DiffBenchResult[] = [];
  for (const every of [10, 100]) {
    const result = JSON.parse(
      await new Promise<string>((done, fail) => {
        const args = [join(root, "scripts/bench-diff.ts"), process.env.BENCH_DIFF_SIZE ?? "5000", String(every)];
        const child = spawn(process.execPath, ["--import", "tsx", ...args, "--json"], {
          cwd: root,
          stdio: ["ignore", "pipe", "inherit"],
        });
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("error", fail);
        child.on("close", (code) => (code === 0 ? done(out) : fail(new Error(`bench-diff exited ${code}`))));
      }),
    ) as DiffBenchResult;
    diffs.push(result);
    console.log(`${every === 10 ? "\n" : ""}${diffLine(result)}`);
  }
  const bundles = await benchBundles();
  console.log("\nbundle (esbuild, minified, ESM)\n");
  for (const b of bundles)
    console.log(
      `${b.entry.padEnd(40)} ${String(b.minifiedBytes).padStart(9)} B  ${String(b.gzipBytes).padStart(8)} B gzip`,
    );
  console.log(`\nfetch (download and checks only), ${runs} run(s); ms\n`);
  console.log(fetchTable(fetches));
  const streamkap = providers.find((p) => p.name === "streamkap") ?? providers[0]!;
  const hostileDir = await mkdtemp(join(tmpdir(), "codegen-bench-hostile-"));
  let hostile: HostileResult;
  try {
    hostile = await benchHostile(streamkap, runs, hostileDir);
  } finally {
    await rm(hostileDir, { recursive: true, force: true });
  }
  console.log(`\nhostile input (${streamkap.name}), ${runs} run(s)\n`);
  console.log(hostileTable(hostile));

  const outFile = join(root, "bench", "results.json");
  await mkdir(dirname(outFile), { recursive: true });
  const report = {
    node: process.version,
    cpu,
    cores: cpus().length,
    date: new Date().toISOString(),
    runs,
    startup,
    providers: results,
    fetch: fetches,
    bundles,
    scale,
    diff: diffs,
    hostile,
  };
  await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${relative(process.cwd(), outFile) || outFile}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
