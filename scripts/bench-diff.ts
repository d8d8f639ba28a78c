// Bench of `codegen diff` on two synthetic union-layout snapshots of N
// connectors (scripts/synthetic-corpus.ts): the head changes every 10th
// connector, or every EVERY-th (a field removed, a required field added, an
// enum narrowed, a bound tightened, a default changed).
// Measures the IR comparison alone, and the whole diff as the command runs it,
// with the stage cache cold and warm. The generator measured is the compiled
// one in build/ that `npm run codegen` runs (rebuilt first when stale).
//
//   npx tsx scripts/bench-diff.ts [N] [EVERY]

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { ResolvedProvider } from "../generator/config/config.js";
import { syntheticDocument } from "./synthetic-corpus.js";
import { codegenNodeFlags, ensureBuilt, ROOT } from "./build.mjs";

type Compiled = typeof import("../generator/diff/compare.js") &
  typeof import("../generator/diff/diff.js") &
  typeof import("../generator/pipeline.js");

/** The compiled generator's modules that the diff runs. */
async function compiled(): Promise<Compiled> {
  await ensureBuilt();
  const load = (path: string) => import(pathToFileURL(join(ROOT, "build", path)).href);
  return Object.assign(
    {},
    await load("generator/diff/compare.js"),
    await load("generator/diff/diff.js"),
    await load("generator/pipeline.js"),
  ) as Compiled;
}

type Obj = Record<string, unknown>;

const run = promisify(execFile);

export interface DiffBenchResult {
  connectors: number;
  /** One connector in this many changed. */
  every: number;
  changes: number;
  breaking: number;
  /** diffIr on two built IRs: the comparison and classification alone (median of 5, wall clock). */
  compareMs: number;
  /** The same run's CPU time (user + system): what it costs on a machine that is not shared. */
  compareCpuMs: number;
  /** Without the cache: both snapshots parsed, the connectors whose inputs differ built, then compared (median of 3 new processes). */
  coldMs: number;
  /** CPU time (user + system) of the cold run. */
  coldCpuMs: number;
  /** The cold run again, node started without the `codegen` script's flags (its defaults), run after it (median of 3). */
  coldDefaultsMs: number;
  /**
   * The anchor, run beside it: a new process reading both snapshot files and `JSON.parse`-ing them, which
   * any diff of the two must do at least. The cold run in multiples of it holds across machines and the
   * drift of one machine's speed.
   */
  anchorMs: number;
  /** With both IRs in the stage cache, as after `npm run codegen` on each snapshot (median of 5). */
  warmMs: number;
  /** The YAML part: the same pair cut to YAML_CONNECTORS connectors, written as openapi.yaml and as openapi.json. */
  yaml: YamlBenchResult;
  /** CPU time (user + system) of the warm run. */
  warmCpuMs: number;
}

/** Connectors in the YAML part: a large platform's document (hundreds of connectors), which the yaml package reads in about a second. */
const YAML_CONNECTORS = 500;

export interface YamlBenchResult {
  connectors: number;
  /** The head document's size as YAML, in characters. */
  chars: number;
  /** Reading the head document with plain-yaml.ts (js-yaml under its checks), in this process (median of 5). */
  plainReadMs: number;
  /** Reading it with the yaml package as the loader does when plain-yaml.ts leaves it (parseDocument, then toJS; median of 5). */
  yamlPackageReadMs: number;
  /** The diff without the cache in a new process, both snapshots YAML (median of 3). */
  coldMs: number;
  /** The same diff of the same snapshots written as JSON (median of 3). */
  jsonColdMs: number;
}

function provider(snapshotDir: string): ResolvedProvider {
  return {
    name: "platform",
    dialect: "union",
    snapshot: snapshotDir,
    out: "/nonexistent",
    snapshotDir,
    outDir: "/nonexistent",
    kinds: { sources: { configProperty: "configuration" }, destinations: { configProperty: "configuration" } },
  };
}

/** The head document: changes of every kind the rules classify, in one connector of every `every`. */
function evolve(doc: Obj, every: number): Obj {
  const next = structuredClone(doc);
  const schemas = (next.components as Obj).schemas as Obj;
  const members = Object.keys(schemas).filter((k) => k.startsWith("source-") || k.startsWith("destination-"));
  for (const [i, name] of members.entries()) {
    if (i % every !== 0) continue;
    const schema = schemas[name] as { properties: Obj; required: string[] };
    const keys = Object.keys(schema.properties);
    delete schema.properties[keys[keys.length - 3]!];
    schema.properties[`added_${i}`] = { type: "string", title: "Added" };
    schema.required.push(`added_${i}`);
    for (const value of Object.values(schema.properties) as Obj[]) {
      if (Array.isArray(value.enum)) value.enum = (value.enum as unknown[]).slice(0, -1);
      if (typeof value.maximum === "number") value.maximum = 1024;
      if (typeof value.default === "number") value.default = value.default + 1;
    }
  }
  return next;
}

/** The two snapshots, written; nothing of them is kept in memory, as in a process that only runs the diff. */
async function writeSnapshots(n: number, every: number, base: string, head: string, yaml = false): Promise<void> {
  const doc = syntheticDocument(n, 1);
  const write = async (dir: string, value: Obj) =>
    yaml
      ? writeFile(join(dir, "openapi.yaml"), (await import("yaml")).stringify(value, { aliasDuplicateObjects: false }))
      : writeFile(join(dir, "openapi.json"), JSON.stringify(value, null, 2));
  await write(base, doc);
  await write(head, evolve(doc, every));
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;

/** The YAML part: reading a large YAML document both ways, and the cold diff of a YAML pair beside the same pair as JSON. */
async function benchYaml(work: string, every: number): Promise<YamlBenchResult> {
  const dirs = Object.fromEntries(
    await Promise.all(
      ["yaml-base", "yaml-head", "json-base", "json-head"].map(async (name) => {
        const dir = join(work, name);
        await mkdir(dir);
        return [name, dir] as const;
      }),
    ),
  );
  await writeSnapshots(YAML_CONNECTORS, every, dirs["yaml-base"]!, dirs["yaml-head"]!, true);
  await writeSnapshots(YAML_CONNECTORS, every, dirs["json-base"]!, dirs["json-head"]!);
  await ensureBuilt();
  const { readPlainYaml } = (await import(
    pathToFileURL(join(ROOT, "build", "generator/input/plain-yaml.js")).href
  )) as typeof import("../generator/input/plain-yaml.js");
  const yamlPackage = await import("yaml");
  const text = await readFile(join(dirs["yaml-head"]!, "openapi.yaml"), "utf8");
  const plain: number[] = [];
  const packaged: number[] = [];
  for (let i = 0; i < 5; i++) {
    const [read, ms] = await time(() => readPlainYaml(text, 256));
    if (!("value" in read))
      throw new Error(`plain-yaml.ts left the bench document to the yaml package (${read.notPlain})`);
    plain.push(ms);
    packaged.push(
      (await time(() => yamlPackage.parseDocument(text, { prettyErrors: false, uniqueKeys: true }).toJS()))[1],
    );
  }
  const cold = await median3(() => coldRun(provider(dirs["yaml-head"]!), dirs["yaml-base"]!, dirs["yaml-head"]!));
  const jsonCold = await median3(() => coldRun(provider(dirs["json-head"]!), dirs["json-base"]!, dirs["json-head"]!));
  return {
    connectors: YAML_CONNECTORS,
    chars: text.length,
    plainReadMs: median(plain),
    yamlPackageReadMs: median(packaged),
    coldMs: cold.ms,
    jsonColdMs: jsonCold.ms,
  };
}

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

/**
 * The diff without the cache in a new process, as the command runs it (node started with the flags of
 * the `codegen` script): its code not compiled yet,
 * its heap holding nothing of the snapshots this process wrote. The modules are loaded before the clock starts.
 */
async function coldRun(
  p: ResolvedProvider,
  base: string,
  head: string,
  flags: readonly string[] = codegenNodeFlags(),
): Promise<{ ms: number; cpuMs: number }> {
  await ensureBuilt();
  const diffModule = pathToFileURL(join(ROOT, "build", "generator/diff/diff.js")).href;
  const source = `
    const { diffSnapshots } = await import(${JSON.stringify(diffModule)});
    const cpu = process.cpuUsage();
    const start = performance.now();
    await diffSnapshots(${JSON.stringify(p)}, ${JSON.stringify(base)}, ${JSON.stringify(head)}, { cache: false });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000 }));`;
  const { stdout } = await run(process.execPath, [...flags, "--input-type=module", "-e", source]);
  return JSON.parse(stdout) as { ms: number; cpuMs: number };
}

/** The run of median wall time of three (as the anchor is), each in a new process. */
async function median3(run: () => Promise<{ ms: number; cpuMs: number }>): Promise<{ ms: number; cpuMs: number }> {
  const runs = [await run(), await run(), await run()];
  return runs.sort((x, y) => x.ms - y.ms)[1]!;
}

/** The anchor: both snapshot files read and parsed by `JSON.parse` in a new process (median of 3). */
async function anchorRun(base: string, head: string): Promise<number> {
  const source = `
    const { readFileSync } = await import("node:fs");
    const start = performance.now();
    for (const file of ${JSON.stringify([join(base, "openapi.json"), join(head, "openapi.json")])}) JSON.parse(readFileSync(file, "utf8"));
    console.log(JSON.stringify({ ms: performance.now() - start }));`;
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", source]);
    runs.push((JSON.parse(stdout) as { ms: number }).ms);
  }
  return runs.sort((x, y) => x - y)[1]!;
}

export async function benchDiff(n: number, every = 10): Promise<DiffBenchResult> {
  const { diffIr, diffSnapshots, buildIr } = await compiled();
  const work = await mkdtemp(join(tmpdir(), "codegen-bench-diff-"));
  try {
    const base = join(work, "base");
    const head = join(work, "head");
    await mkdir(base);
    await mkdir(head);
    await writeSnapshots(n, every, base, head);
    const p = provider(head);
    const cold = await median3(() => coldRun(p, base, head));
    const coldDefaults = await median3(() => coldRun(p, base, head, []));
    const anchorMs = await anchorRun(base, head);
    // As after `npm run codegen` on each snapshot: their IRs in the stage cache.
    await buildIr({ ...p, snapshotDir: base }, { cache: true });
    await buildIr(p, { cache: true });
    const result = await diffSnapshots(p, base, head, { cache: true });
    const warm: [number, number][] = [];
    for (let i = 0; i < 5; i++) {
      const cpu = process.cpuUsage();
      const [, ms] = await time(() => diffSnapshots(p, base, head, { cache: true }));
      const used = process.cpuUsage(cpu);
      warm.push([ms, (used.user + used.system) / 1000]);
    }
    warm.sort((x, y) => x[0] - y[0]);
    const [warmMs, warmCpuMs] = warm[2]!;
    const before = (await buildIr({ ...p, snapshotDir: base }, { cache: true })).ir;
    const after = (await buildIr(p, { cache: true })).ir;
    diffIr(before, after); // warm-up
    const runs: [number, number][] = [];
    for (let i = 0; i < 5; i++) {
      const cpu = process.cpuUsage();
      const [, ms] = await time(() => diffIr(before, after));
      const used = process.cpuUsage(cpu);
      runs.push([ms, (used.user + used.system) / 1000]);
    }
    runs.sort((x, y) => x[0] - y[0]);
    const [compareMs, compareCpuMs] = runs[2]!;
    const yaml = await benchYaml(work, every);
    return {
      connectors: n,
      every,
      changes: result.changes.length,
      breaking: result.changes.filter((c) => c.severity === "breaking").length,
      compareMs,
      compareCpuMs,
      coldMs: cold.ms,
      coldCpuMs: cold.cpuMs,
      coldDefaultsMs: coldDefaults.ms,
      anchorMs,
      warmMs,
      warmCpuMs,
      yaml,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function diffLine(r: DiffBenchResult): string {
  return `diff of two ${r.connectors}-connector snapshots, 1 connector in ${r.every} changed (${r.changes} changes, ${r.breaking} breaking): compare ${r.compareMs.toFixed(0)} ms (${r.compareCpuMs.toFixed(0)} ms CPU), whole command ${r.warmMs.toFixed(0)} ms (${r.warmCpuMs.toFixed(0)} ms CPU) with the stage cache, ${r.coldMs.toFixed(0)} ms (${r.coldCpuMs.toFixed(0)} ms CPU) without (${r.coldDefaultsMs.toFixed(0)} ms with node's default flags), ${(r.coldMs / r.anchorMs).toFixed(1)}× the anchor (reading and JSON.parse of both files in a new process: ${r.anchorMs.toFixed(0)} ms)\n${yamlLine(r.yaml)}`;
}

export function yamlLine(y: YamlBenchResult): string {
  return `YAML snapshots of ${y.connectors} connectors (${(y.chars / 1e6).toFixed(1)} M characters each): read in ${y.plainReadMs.toFixed(0)} ms, the yaml package alone ${y.yamlPackageReadMs.toFixed(0)} ms (${(y.yamlPackageReadMs / y.plainReadMs).toFixed(1)}×); their diff without the cache ${y.coldMs.toFixed(0)} ms, of the same pair as JSON ${y.jsonColdMs.toFixed(0)} ms`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  // `--json`: the result as JSON, for scripts/bench.ts, which runs this in a process of its own.
  const [n, every] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  benchDiff(Number(n ?? 5000), Number(every ?? 10)).then(
    (r) => console.log(process.argv.includes("--json") ? JSON.stringify(r) : diffLine(r)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
