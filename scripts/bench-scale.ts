// Scale benchmark on synthetic union-layout documents (scripts/synthetic-corpus.ts):
// our full pipeline vs the tools a team would pick instead, on the same input,
// one run each (after one warm-up on the smallest size).
//
//   - ours: load → parse → emit → format → compile, all connectors (no write)
//   - openapi-typescript alone on the same document
//   - json-schema-to-typescript over the same per-connector schemas (dereferenced)
//   - Ajv (2020) compiling the same per-connector schemas
//   - validation throughput: our generated validator vs Ajv's, same configs
//   - a no-change rerun and a one-connector change, vs the full run
//   - tsc --noEmit of a consumer importing one connector / the whole output / nothing
//   - esbuild bundle of one connector vs the whole output
// Times are reported, never asserted.

import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { Ajv2020 } from "ajv/dist/2020.js";
import { build, transformSync } from "esbuild";
import { compile as jsonSchemaToTs } from "json-schema-to-typescript";
import { jsonSchemaToZod } from "json-schema-to-zod";
import openapiTS, { astToString } from "openapi-typescript";
import { z } from "zod";
import type { ResolvedProvider } from "../generator/config/config.js";
import type { RunOptions } from "../generator/config/run-options.js";
import { generate, run } from "../generator/pipeline.js";
import { writeOutput } from "../generator/output/write.js";
import { syntheticDocument } from "./synthetic-corpus.js";

const root = resolve(import.meta.dirname, "..");
type Obj = Record<string, unknown>;

export interface ScaleResult {
  connectors: number;
  documentBytes: number;
  ours: { wallMs: number; stages: Record<string, number>; msPerConnector: number };
  openapiTypescriptMs: number;
  jsonSchemaToTypescriptMs: number;
  ajvCompileMs: number;
  rerunNoChangeMs: number;
  rerunOneChangedMs: number;
  validation?: {
    connectors: number;
    /** Validations per second, valid and invalid configs. */
    validateWire: { valid: number; invalid: number };
    isValidWire: { valid: number; invalid: number };
    ajv: { valid: number; invalid: number };
    ajvAllErrors: { valid: number; invalid: number };
    zod: { valid: number; invalid: number };
  };
  tsc?: { emptyMs: number; oneConnectorMs: number; wholeMs: number };
  bundle?: { oneConnectorBytes: number; wholeBytes: number };
}

/** Inline every local $ref (the synthetic corpus has no cycles). */
function dereference(node: unknown, rootDoc: Obj, depth = 0): unknown {
  if (depth > 50) throw new Error("$ref nesting too deep");
  if (Array.isArray(node)) return node.map((n) => dereference(n, rootDoc, depth + 1));
  if (typeof node !== "object" || node === null) return node;
  const o = node as Obj;
  if (typeof o.$ref === "string") {
    const target = o.$ref
      .replace(/^#\//, "")
      .split("/")
      .reduce<unknown>((acc, k) => (acc as Obj)[k.replace(/~1/g, "/").replace(/~0/g, "~")], rootDoc);
    return dereference(target, rootDoc, depth + 1);
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, dereference(v, rootDoc, depth + 1)]));
}

/** A minimal valid wire config for a connector of the synthetic corpus, and two broken ones. */
function configsFor(m: { code: string }): { good: Obj; bad: Obj[] } {
  const spec = (
    m as unknown as {
      spec: {
        fields: {
          wireKey: string;
          required?: boolean;
          default?: unknown;
          type: { type: string; enum?: unknown[]; minimum?: number };
        }[];
      };
    }
  ).spec;
  const choices: Obj = { tunnel_method: { tunnel_method: "NO_TUNNEL" }, replication: { method: "STANDARD" } };
  const good: Obj = { sourceType: m.code };
  const breakers: Obj[] = [];
  for (const f of spec.fields) {
    if (!f.required) continue;
    const t = f.type;
    // JSON Schema requires a required field even when it has a default: send the default.
    good[f.wireKey] =
      f.default !== undefined
        ? f.default
        : t.enum
          ? t.enum[0]
          : t.type === "integer"
            ? (t.minimum ?? 1)
            : t.type === "boolean"
              ? true
              : t.type === "array"
                ? []
                : t.type === "union"
                  ? choices[f.wireKey]
                  : "x";
    // Broken configs every validator must reject: a wrong type, a value outside the enum.
    if (t.type === "string" && !t.enum) breakers.push({ [f.wireKey]: 12345 });
    else if (t.enum) breakers.push({ [f.wireKey]: "not-one-of-them" });
    else if (t.type === "integer") breakers.push({ [f.wireKey]: "not a number" });
  }
  const bad = breakers.slice(0, 2).map((b) => ({ ...good, ...b }));
  return { good, bad };
}

const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
};

function provider(snapshotDir: string, outDir: string): ResolvedProvider {
  return {
    name: "platform",
    dialect: "union",
    snapshot: snapshotDir,
    out: outDir,
    snapshotDir,
    outDir,
    kinds: { sources: { configProperty: "configuration" }, destinations: { configProperty: "configuration" } },
  };
}

async function tscMs(dir: string, entry: string): Promise<number> {
  const file = join(dir, "consumer.ts");
  await writeFile(file, entry);
  const tsc = resolve(root, "node_modules/typescript/bin/tsc");
  const args = [
    tsc,
    "--noEmit",
    "--strict",
    "--skipLibCheck",
    "--target",
    "es2022",
    "--module",
    "nodenext",
    "--moduleResolution",
    "nodenext",
    file,
  ];
  const [, ms] = await time(() => promisify(execFile)(process.execPath, args, { maxBuffer: 1 << 26 }));
  return ms;
}

export async function benchScale(
  sizes: readonly number[],
  options: { heavy: number } = { heavy: 500 },
  runOptions: Partial<RunOptions> = {},
): Promise<ScaleResult[]> {
  const work = await mkdtemp(join(tmpdir(), "codegen-scale-"));
  const results: ScaleResult[] = [];
  try {
    let warm = false;
    for (const n of sizes) {
      const dir = join(work, `n${n}`);
      const snapshot = join(dir, "snapshot");
      const out = join(dir, "out");
      await mkdir(snapshot, { recursive: true });
      const doc = syntheticDocument(n, 1);
      const text = JSON.stringify(doc, null, 2);
      await writeFile(join(snapshot, "openapi.json"), text);
      const p = provider(snapshot, out);
      const uncached = { ...runOptions, cache: false }; // full runs without the cache
      if (!warm) {
        await generate(p, uncached);
        warm = true;
      }
      const [generated, wallMs] = await time(() => generate(p, uncached));
      await writeOutput(out, generated.files);
      const [, openapiTypescriptMs] = await time(async () =>
        astToString(await openapiTS(structuredClone(doc) as never, { silent: true })),
      );
      const schemas = (doc.components as Obj).schemas as Obj;
      const members = Object.keys(schemas).filter((k) => k.startsWith("source-") || k.startsWith("destination-"));
      const dereferenced = members.map((k) => dereference(schemas[k], doc) as Obj);
      const [, jsonSchemaToTypescriptMs] = await time(async () => {
        for (const [i, s] of dereferenced.entries())
          await jsonSchemaToTs(s as never, `Connector${i}`, { bannerComment: "", format: true });
      });
      const ajv = new Ajv2020({ strict: false, validateFormats: false });
      const [validators, ajvCompileMs] = await time(() => dereferenced.map((s) => ajv.compile(s)));

      // Reruns as `npm run codegen` does them (run(), write mode), with the stage cache filled by one run first.
      const cached = { ...runOptions, cache: true };
      await run(p, "write", cached);
      const [, rerunNoChangeMs] = await time(() => run(p, "write", cached));
      const changed = structuredClone(doc);
      ((((changed.components as Obj).schemas as Obj)[members[0]!] as Obj).properties as Obj).added_field = {
        type: "string",
      };
      await writeFile(join(snapshot, "openapi.json"), JSON.stringify(changed, null, 2));
      const [, rerunOneChangedMs] = await time(() => run(p, "write", cached));
      await writeFile(join(snapshot, "openapi.json"), text);
      await writeOutput(out, generated.files);

      const result: ScaleResult = {
        connectors: n,
        documentBytes: text.length,
        ours: {
          wallMs: wallMs,
          stages: Object.fromEntries(Object.entries(generated.timings).map(([k, v]) => [k, Math.round(v)])),
          msPerConnector: wallMs / n,
        },
        openapiTypescriptMs,
        jsonSchemaToTypescriptMs,
        ajvCompileMs,
        rerunNoChangeMs,
        rerunOneChangedMs,
      };

      // Validation throughput: the same wire configs on the same connectors (up to 10 sources), valid and
      // invalid. Ours runs as a package consumer runs it: the compiled dist/ JavaScript, not the TypeScript
      // sources through a loader. `validateWire` lists every problem; `isValidWire` answers valid or not, as
      // Ajv's default validator does. Ajv stops at the first error by default; with allErrors it lists them
      // all, as ours does (ours also words each problem and suggests keys). zod via json-schema-to-zod.
      const index = (await import(pathToFileURL(join(out, "dist", "index.js")).href)) as {
        connectors: Record<
          string,
          Record<string, { code: string; validateWire(w: unknown): unknown[]; isValidWire(w: unknown): boolean }>
        >;
      };
      const ajvAll = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
      const sample = Object.values(index.connectors.sources ?? {})
        .slice(0, 10)
        .map((m) => {
          const schema = dereferenced[members.indexOf(`source-${m.code}`)]!;
          const zodCode = transformSync(jsonSchemaToZod(schema as never, { module: "none" }), { loader: "ts" }).code;
          const zodSchema = new Function("z", `return ${zodCode}`)(z) as {
            safeParse(v: unknown): { success: boolean };
          };
          return {
            ours: m,
            // Function references taken once: a module namespace getter per call would be ours to pay, not the validator's.
            validateWire: m.validateWire,
            isValidWire: m.isValidWire,
            ajv: validators[members.indexOf(`source-${m.code}`)]!,
            ajvAll: ajvAll.compile(schema),
            zod: zodSchema,
            ...configsFor(m),
          };
        })
        .filter(
          (c) =>
            c.ours.validateWire(c.good).length === 0 &&
            c.isValidWire(c.good) &&
            c.ajv(c.good) === true &&
            c.zod.safeParse(c.good).success &&
            c.bad.length > 0 &&
            c.bad.every(
              (b) => c.ours.validateWire(b).length > 0 && !c.isValidWire(b) && !c.ajv(b) && !c.zod.safeParse(b).success,
            ),
        );
      if (sample.length > 0) {
        type Sampled = (typeof sample)[number];
        type Validator = (c: Sampled) => (v: unknown) => unknown;
        // Calls per second of one validator on one input, over at least `ms` of wall clock.
        const callsPerSecond = (f: (v: unknown) => unknown, v: unknown, ms: number) => {
          let calls = 0;
          const start = performance.now();
          let now = start;
          do {
            for (let i = 0; i < 256; i++) f(v);
            calls += 256;
            now = performance.now();
          } while (now - start < ms);
          return { calls, ms: now - start };
        };
        // Per connector and input, a tight loop over one validator (as a program validating its own configs runs),
        // after a warm-up that lets the JIT settle. The validators take turns on each input, three times, so a
        // slow moment of the machine falls on all of them alike; a rate is over all connectors together.
        const validatorsMeasured: Record<string, Validator> = {
          validateWire: (c) => c.validateWire,
          isValidWire: (c) => c.isValidWire,
          ajv: (c) => c.ajv,
          ajvAllErrors: (c) => c.ajvAll,
          zod: (c) => (v) => c.zod.safeParse(v),
        };
        const totals: Record<string, Record<"valid" | "invalid", { calls: number; ms: number }>> = {};
        for (const c of sample)
          for (const [kind, inputs] of [
            ["valid", [c.good]],
            ["invalid", c.bad],
          ] as const)
            for (const v of inputs) {
              for (const validator of Object.values(validatorsMeasured)) callsPerSecond(validator(c), v, 20);
              for (let turn = 0; turn < 3; turn++)
                for (const [name, validator] of Object.entries(validatorsMeasured)) {
                  const m = callsPerSecond(validator(c), v, 15);
                  const t = (totals[name] ??= { valid: { calls: 0, ms: 0 }, invalid: { calls: 0, ms: 0 } })[kind];
                  t.calls += m.calls;
                  t.ms += m.ms;
                }
            }
        const rateOf = (name: string) => {
          const of = (k: "valid" | "invalid") => Math.round(totals[name]![k].calls / (totals[name]![k].ms / 1000));
          return { valid: of("valid"), invalid: of("invalid") };
        };
        result.validation = {
          connectors: sample.length,
          validateWire: rateOf("validateWire"),
          isValidWire: rateOf("isValidWire"),
          ajv: rateOf("ajv"),
          ajvAllErrors: rateOf("ajvAllErrors"),
          zod: rateOf("zod"),
        };
      }

      if (n <= options.heavy) {
        const first = Object.keys(index.connectors.sources ?? {})[0]!;
        result.tsc = {
          emptyMs: await tscMs(dir, "export {};\n"),
          oneConnectorMs: await tscMs(
            dir,
            // What a package consumer's import resolves to: the declarations in dist/.
            `import { create } from "./out/dist/sources/${first}.gen.js";\nexport const c = create;\n`,
          ),
          wholeMs: await tscMs(dir, `import * as all from "./out/dist/index.js";\nexport const a = all;\n`),
        };
        const bundle = async (contents: string) =>
          (
            await build({
              stdin: { contents, resolveDir: dir, loader: "ts" },
              bundle: true,
              minify: true,
              format: "esm",
              platform: "neutral",
              write: false,
            })
          ).outputFiles[0]!.contents.byteLength;
        result.bundle = {
          oneConnectorBytes: await bundle(
            `import { create } from "./out/sources/${first}.gen.ts"; console.log(create);`,
          ),
          wholeBytes: await bundle(`import * as all from "./out/index.ts"; console.log(all);`),
        };
      }
      results.push(result);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return results;
}

export function scaleTable(results: readonly ScaleResult[]): string {
  const lines = [
    "N      doc MB  ours ms  ms/conn  openapi-ts ms  ours/oats  json-schema-to-ts ms  ajv compile ms  rerun(no change) ms  rerun(1 changed) ms",
  ];
  for (const r of results)
    lines.push(
      [
        String(r.connectors).padEnd(5),
        (r.documentBytes / 1e6).toFixed(2).padStart(7),
        r.ours.wallMs.toFixed(0).padStart(8),
        r.ours.msPerConnector.toFixed(1).padStart(8),
        r.openapiTypescriptMs.toFixed(0).padStart(14),
        (r.ours.wallMs / r.openapiTypescriptMs).toFixed(1).padStart(9) + "×",
        r.jsonSchemaToTypescriptMs.toFixed(0).padStart(20),
        r.ajvCompileMs.toFixed(0).padStart(15),
        r.rerunNoChangeMs.toFixed(0).padStart(20),
        r.rerunOneChangedMs.toFixed(0).padStart(20),
      ].join(" "),
    );
  lines.push("", "stages (ms): " + results.map((r) => `N=${r.connectors} ${JSON.stringify(r.ours.stages)}`).join("; "));
  for (const r of results) {
    if (r.validation) {
      const v = r.validation;
      const pair = (x: { valid: number; invalid: number }) => `${x.valid} | ${x.invalid}`;
      const ratio = (x: { valid: number; invalid: number }, of: { valid: number; invalid: number }) =>
        `${(x.valid / of.valid).toFixed(2)}× | ${(x.invalid / of.invalid).toFixed(2)}×`;
      lines.push(
        `N=${r.connectors} validations/s over ${v.connectors} connectors (valid | invalid): validateWire ${pair(v.validateWire)}; isValidWire ${pair(v.isValidWire)}; ajv ${pair(v.ajv)}; ajv allErrors ${pair(v.ajvAllErrors)}; zod ${pair(v.zod)}`,
        `N=${r.connectors} vs ajv (valid | invalid): validateWire ${ratio(v.validateWire, v.ajv)}; isValidWire ${ratio(v.isValidWire, v.ajv)}; validateWire vs ajv allErrors ${ratio(v.validateWire, v.ajvAllErrors)}`,
      );
    }
    if (r.tsc)
      lines.push(
        `N=${r.connectors} tsc --noEmit: empty ${r.tsc.emptyMs.toFixed(0)} ms, one connector ${r.tsc.oneConnectorMs.toFixed(0)} ms (${(r.tsc.oneConnectorMs / r.tsc.emptyMs).toFixed(2)}×), whole ${r.tsc.wholeMs.toFixed(0)} ms`,
      );
    if (r.bundle)
      lines.push(
        `N=${r.connectors} bundle (minified): one connector ${r.bundle.oneConnectorBytes} B, whole ${r.bundle.wholeBytes} B`,
      );
  }
  return lines.join("\n");
}
