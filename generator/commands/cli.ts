// Command line: a thin adapter over the pipeline.
//   npm run codegen [-- --check] [--config FILE] [--provider NAME] [--snapshot DIR --out DIR]

import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { loadConfig, loadConfigFile, type ResolvedProvider } from "../config/config.js";
import { runOptionsFromEnv, type RunOptions } from "../config/run-options.js";
import { emitPackageJson } from "../emit/package.js";
import { CodegenError, formatDiagnostic } from "../ir/diagnostics.js";
import { DEFAULT_HTTP } from "../fetch/http.js";
import { formatProblems, validateFiles } from "./validate-files.js";
import { diffCommand } from "./diff-command.js";
import { migrateCommand } from "./migrate-command.js";
import { diffIrs, policyOf } from "../diff/diff.js";
import { formatReport } from "../diff/format.js";
import { fetchAndRun, run, type FetchRunResult, type RunResult } from "../pipeline.js";

const USAGE = `Usage: npm run codegen -- [options]
       npm run codegen -- validate FILE... [--format json]
       npm run codegen -- diff --provider NAME --base DIR|GITREF [...] (diff --help)
       npm run codegen -- migrate FILE... [--dry-run]   (renamed keys → new keys)

  --check            exit 1 and name every stale file instead of writing
  --fetch            download each provider's snapshot from its API first
                     (base URL and credential from the environment variables
                     named in the config; with --check, compares instead)
  --concurrency N    downloads in flight (default 8)
  --timeout MS       per-request timeout (default 30000)
  --retries N        retries per request (default 4)
  --progress         print "connector N of M" while fetching (default: on a
                     terminal outside CI)
  --config FILE      config file (default: codegen.config.ts)
  --provider NAME    only this configured provider
  --snapshot DIR     read this snapshot instead (needs --out; one provider)
  --out DIR          write here instead
  --no-cache         neither read nor fill the stage cache (also CODEGEN_CACHE=0)
  --threads N        most threads emitting connector modules; 1: none (also
                     CODEGEN_THREADS; default 8, capped at the cores)
  --quiet            print errors only
  -h, --help         this text`;

const VALIDATE_USAGE = `Usage: npm run codegen -- validate FILE... [--format text|json] [--config FILE]

  Checks connector config files (YAML, JSON, or a .ts/.js module's default
  export) holding { provider, kind, connector, name, config } with the
  generated validators. Prints file:line:column  key (wire key)  message for
  every problem; exits 1 if there is any.`;

async function validateCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        format: { type: "string", default: "text" },
        config: { type: "string", default: "codegen.config.ts" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${VALIDATE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(VALIDATE_USAGE);
    return 0;
  }
  if (positionals.length === 0 || (values.format !== "text" && values.format !== "json")) {
    console.error(VALIDATE_USAGE);
    return 2;
  }
  try {
    const providers = await loadConfig(values.config!);
    const problems = await validateFiles(positionals, providers);
    if (values.format === "json") console.log(JSON.stringify({ files: positionals.length, problems }, null, 2));
    else if (problems.length > 0) console.log(formatProblems(problems));
    else console.log(`${positionals.length} file(s): no problems`);
    return problems.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CodegenError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "validate") return validateCommand(argv.slice(1));
  if (argv[0] === "diff") return diffCommand(argv.slice(1));
  if (argv[0] === "migrate") return migrateCommand(argv.slice(1));
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: "boolean", default: false },
        fetch: { type: "boolean", default: false },
        concurrency: { type: "string", default: "8" },
        timeout: { type: "string", default: "30000" },
        retries: { type: "string", default: "4" },
        progress: { type: "boolean" },
        config: { type: "string", default: "codegen.config.ts" },
        provider: { type: "string" },
        snapshot: { type: "string" },
        out: { type: "string" },
        cache: { type: "boolean" },
        threads: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
      allowNegative: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (text: string) => {
    if (!args.quiet) console.log(text);
  };
  try {
    const loaded = await loadConfigFile(args.config!);
    let providers: ResolvedProvider[] = loaded.providers;
    // The package manifest covers every configured provider; a redirected run has none.
    let pkg = loaded.package ? { settings: loaded.package, providers: loaded.providers } : undefined;
    if (args.provider !== undefined) {
      providers = providers.filter((p) => p.name === args.provider);
      if (providers.length === 0)
        throw new CodegenError(`no provider named ${JSON.stringify(args.provider)} in ${args.config}`);
    }
    if (args.snapshot !== undefined || args.out !== undefined) {
      if (args.snapshot === undefined || args.out === undefined)
        throw new CodegenError("--snapshot and --out go together");
      if (providers.length !== 1) throw new CodegenError("--snapshot needs one provider: add --provider NAME");
      providers = [{ ...providers[0]!, snapshotDir: resolve(args.snapshot), outDir: resolve(args.out) }];
      pkg = undefined;
    }
    const count = (name: string, value: string | undefined, min: number) => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < min) throw new CodegenError(`--${name} must be an integer >= ${min}`);
      return n;
    };
    const concurrency = count("concurrency", args.concurrency, 1);
    const timeoutMs = count("timeout", args.timeout, 1);
    const retries = count("retries", args.retries, 0);
    // Flags over the environment over the defaults; nothing below reads the environment.
    const options: RunOptions = runOptionsFromEnv(process.env);
    if (args.cache !== undefined) options.cache = args.cache;
    if (args.threads !== undefined) options.threads = count("threads", args.threads, 1);
    const progress = !args.quiet && (args.progress ?? (process.stderr.isTTY === true && !process.env.CI));
    let failed = false;
    for (const provider of providers) {
      const started = performance.now();
      let result: RunResult | FetchRunResult;
      if (args.fetch) {
        const fetched = await fetchAndRun(
          provider,
          args.check ? "check" : "write",
          {
            env: process.env,
            concurrency,
            http: {
              ...DEFAULT_HTTP,
              timeoutMs,
              retries,
              ...(progress
                ? { onRetry: (e) => console.error(`  retry ${e.attempt} in ${Math.round(e.delayMs)} ms: ${e.reason}`) }
                : {}),
            },
            ...(progress
              ? {
                  onProgress: (done, total, label) =>
                    console.error(`  ${provider.name}: connector ${done} of ${total} (${label})`),
                }
              : {}),
          },
          options,
        );
        result = fetched;
        const { fetch: s, changes } = fetched;
        log(
          `${provider.name}: fetched ${s.requests} request(s): ${s.downloaded} downloaded (${s.bytes} bytes), ${s.notModified} not modified, ${s.notFound} absent, ${s.retries} retried`,
        );
        const list = (label: string, items: string[]) =>
          items.length > 0 ? `${label} ${items.length} (${items.join(", ")})` : `${label} 0`;
        log(
          `${provider.name}: connectors ${list("added", changes.added)}, ${list("removed", changes.removed)}, ${list("changed", changes.changed)}, unchanged ${changes.unchanged}`,
        );
        if (fetched.previous) {
          const diff = diffIrs(provider, fetched.previous, fetched.ir, await policyOf(provider));
          if (diff.changes.length > 0) log(formatReport(diff, "text").trimEnd());
        }
        if (args.check && fetched.staleSnapshot.length > 0) {
          failed = true;
          console.error(
            `${provider.name}: the snapshot differs from the API (${fetched.staleSnapshot.length} file(s)):`,
          );
          for (const st of fetched.staleSnapshot) console.error(`  ${st.reason.padEnd(7)} ${st.path}`);
        }
      } else {
        result = await run(provider, args.check ? "check" : "write", options);
      }
      for (const w of result.warnings) console.error(formatDiagnostic(w));
      const out = relative(process.cwd(), provider.outDir) || ".";
      const summary = `${provider.name}: ${result.ir.connectors.length} connectors, ${result.fileCount} files`;
      const ms = `${Math.round(performance.now() - started)} ms`;
      if (args.check) {
        if (result.stale.length > 0) {
          failed = true;
          console.error(`${provider.name}: ${out} is stale (${result.stale.length} file(s)); run \`npm run codegen\`:`);
          for (const s of result.stale) console.error(`  ${s.reason.padEnd(7)} ${out}/${s.path}`);
        } else log(`${summary}: ${out} is up to date (${ms})`);
      } else {
        log(`${summary}: ${result.changed ? "written to" : "unchanged in"} ${out} (${ms})`);
      }
    }
    if (pkg) {
      const file = emitPackageJson(pkg.settings, pkg.providers);
      const target = join(pkg.settings.rootDir, file.path);
      const current = await readFile(target, "utf8").catch(() => undefined);
      if (current !== file.content) {
        if (args.check) {
          failed = true;
          console.error(`${relative(process.cwd(), target)} is stale; run \`npm run codegen\``);
        } else {
          await mkdir(pkg.settings.rootDir, { recursive: true });
          await writeFile(`${target}.tmp-${process.pid}`, file.content);
          await rename(`${target}.tmp-${process.pid}`, target);
        }
      }
    }
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof CodegenError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
