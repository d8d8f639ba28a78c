// Command line: a thin adapter over the pipeline.
//   npm run codegen [-- --check] [--config FILE] [--provider NAME] [--snapshot DIR --out DIR]
// Only Node's own modules load before the arguments are read, so `--help` and
// usage errors never load the generator; each stage loads its libraries itself.

import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { didYouMean } from "../config/suggest.js";
import { unknownFlag } from "./flags.js";
import type { ResolvedProvider } from "../config/config.js";
import type { RunOptions } from "../config/run-options.js";
import type { FetchRunResult, RunResult } from "../pipeline.js";

interface Flag {
  type: "boolean" | "string";
  short?: string;
  /** The value's name in the usage text. */
  value?: string;
  /** Given to parseArgs; shown as the default unless `shown` says it better. */
  default?: string | boolean;
  shown?: string;
  help: string;
}

const FLAGS = {
  check: { type: "boolean", default: false, help: "exit 1 and name every stale file instead of writing" },
  fetch: {
    type: "boolean",
    default: false,
    help: "download each provider's snapshot from its API first (base URL and credential from the environment variables named in the config; with --check, compares instead)",
  },
  concurrency: { type: "string", value: "N", default: "8", help: "downloads in flight" },
  timeout: { type: "string", value: "MS", default: "30000", help: "per-request timeout" },
  retries: { type: "string", value: "N", default: "4", help: "retries per request" },
  "max-bytes": {
    type: "string",
    value: "N",
    // The fetch stage's default (DEFAULT_HTTP.maxBytes), spelt out so --help loads nothing.
    default: "209715200",
    help: "largest response body, decoded and as sent; checked while it streams in",
  },
  progress: {
    type: "boolean",
    shown: "on a terminal outside CI",
    help: 'print "connector N of M" while fetching (--no-progress: never)',
  },
  config: { type: "string", value: "FILE", default: "codegen.config.ts", help: "config file" },
  provider: { type: "string", value: "NAME", shown: "every configured one", help: "only this configured provider" },
  snapshot: {
    type: "string",
    value: "DIR",
    shown: "the configured one",
    help: "read this snapshot instead; needs --out (and one provider)",
  },
  out: {
    type: "string",
    value: "DIR",
    shown: "the configured one",
    help: "write (or check) here instead; needs --snapshot. A new or empty directory, or one this tool wrote (it holds .connector-configs-output); exit 2 otherwise",
  },
  cache: {
    type: "boolean",
    shown: "on, unless CODEGEN_CACHE=0",
    help: "--no-cache: neither read nor fill the stage cache",
  },
  threads: {
    type: "string",
    value: "N",
    shown: "CODEGEN_THREADS, else 8; capped at the cores",
    help: "most threads emitting connector modules; 1: none",
  },
  quiet: { type: "boolean", default: false, help: "print errors only" },
  verbose: {
    type: "boolean",
    default: false,
    help: "list every file written and every warning (else counts, and warnings only when the output changes)",
  },
  help: { type: "boolean", short: "h", default: false, help: "this text" },
} as const satisfies Record<string, Flag>;

/** One line per flag, each with its default. */
function flagList(flags: Record<string, Flag>): string {
  const lines = Object.entries(flags).map(([name, f]) => {
    const left = `${f.short ? `-${f.short}, ` : ""}--${name}${f.value ? ` ${f.value}` : ""}`;
    const fallback = f.shown ?? (f.default === false ? "off" : f.default === undefined ? "none" : String(f.default));
    return { left, words: [...f.help.split(" "), `[default: ${fallback}]`] };
  });
  const width = Math.max(...lines.map((l) => l.left.length)) + 2;
  // Wrapped at 80 columns under the description column.
  return lines
    .map(({ left, words }) => {
      const rows: string[] = [];
      let row = "";
      for (const word of words) {
        if (row && 2 + width + row.length + 1 + word.length > 80) {
          rows.push(row);
          row = word;
        } else row = row ? `${row} ${word}` : word;
      }
      rows.push(row);
      return rows.map((r, i) => `  ${(i === 0 ? left : "").padEnd(width)}${r}`).join("\n");
    })
    .join("\n");
}

type ParseOptions<F extends Record<string, Flag>> = {
  [K in keyof F]: Pick<F[K], Extract<keyof F[K], "type" | "short" | "default">>;
};

/** parseArgs options from a flag table (typed as the table is). */
function parseOptions<F extends Record<string, Flag>>(flags: F): ParseOptions<F> {
  return Object.fromEntries(
    Object.entries(flags).map(([name, f]) => [
      name,
      {
        type: f.type,
        ...(f.short ? { short: f.short } : {}),
        ...(f.default !== undefined ? { default: f.default } : {}),
      },
    ]),
  ) as ParseOptions<F>;
}

const USAGE = `Usage: npm run codegen -- [options]
       npm run codegen -- validate PATH... [--format json] [--config FILE]
       npm run codegen -- diff --provider NAME --base DIR|GITREF [...] (diff --help)
       npm run codegen -- migrate FILE... [--dry-run]   (renamed keys → new keys)

${flagList(FLAGS)}`;

export async function main(argv: string[]): Promise<number> {
  if (argv[0] === "diff") return (await import("./diff-command.js")).diffCommand(argv.slice(1));
  if (argv[0] === "migrate") return (await import("./migrate-command.js")).migrateCommand(argv.slice(1));
  if (argv[0] === "validate") {
    const { validateCommand } = await import("./validate-files.js");
    return validateCommand(argv.slice(1), {
      // `npm run` starts here, in the repository; paths are the caller's, from where npm was run.
      cwd: process.env.INIT_CWD ?? process.cwd(),
      env: process.env,
      isTTY: process.stdout.isTTY === true,
      stdout: (text) => console.log(text),
      stderr: (text) => console.error(text),
    });
  }
  const unknown = unknownFlag(argv, FLAGS);
  if (unknown) {
    console.error(`${unknown}; --help lists the options`);
    return 2;
  }
  let args;
  try {
    args = parseArgs({ args: argv, options: parseOptions(FLAGS), allowPositionals: false, allowNegative: true }).values;
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
  const { CodegenError, formatDiagnostic } = await import("../ir/diagnostics.js");
  try {
    const { loadConfigFile } = await import("../config/config.js");
    const { runOptionsFromEnv } = await import("../config/run-options.js");
    const { fetchAndRun, run } = await import("../pipeline.js");
    const loaded = await loadConfigFile(args.config);
    let providers: ResolvedProvider[] = loaded.providers;
    // The package manifest covers every configured provider; a redirected run has none.
    let pkg = loaded.package ? { settings: loaded.package, providers: loaded.providers } : undefined;
    if (args.provider !== undefined) {
      const names = providers.map((p) => p.name);
      providers = providers.filter((p) => p.name === args.provider);
      if (providers.length === 0)
        throw new CodegenError(
          `no provider named ${JSON.stringify(args.provider)} in ${args.config}${didYouMean(args.provider, names, (n) => JSON.stringify(n))}`,
        );
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
    const maxBytes = count("max-bytes", args["max-bytes"], 1);
    // Flags over the environment over the defaults; nothing below reads the environment.
    const options: RunOptions = runOptionsFromEnv(process.env);
    if (args.cache !== undefined) options.cache = args.cache;
    if (args.threads !== undefined) options.threads = count("threads", args.threads, 1);
    if (!args.check) {
      // Refused up front, before any work: a directory this run would replace that it did not write.
      const { assertReplaceable } = await import("../output/write.js");
      const config = { path: resolve(args.config), what: "the config file" };
      for (const p of providers) {
        await assertReplaceable(p.outDir, { protect: [config, { path: p.snapshotDir, what: "the snapshot" }] });
        if (args.fetch)
          await assertReplaceable(p.snapshotDir, {
            snapshot: true,
            protect: [config, { path: p.outDir, what: "the output directory" }],
          });
      }
    }
    const progress = !args.quiet && (args.progress ?? (process.stderr.isTTY === true && !process.env.CI));
    let failed = false;
    for (const provider of providers) {
      const started = performance.now();
      let result: RunResult | FetchRunResult;
      if (args.fetch) {
        const { DEFAULT_HTTP } = await import("../fetch/http.js");
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
              maxBytes,
              maxEncodedBytes: maxBytes,
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
          const { diffIrs, policyOf, sameLeftOutWhere } = await import("../diff/diff.js");
          const { formatReport } = await import("../diff/format.js");
          const policy = await policyOf(provider);
          const changedFiles = new Set(fetched.snapshotFilesChanged);
          const baseWarnings = fetched.previousWarnings ?? [];
          const diff = diffIrs(provider, fetched.previous, fetched.ir, policy, {
            headWarnings: fetched.warnings,
            baseWarnings,
            sameLeftOut: sameLeftOutWhere(baseWarnings, fetched.warnings, (file) => !changedFiles.has(file)),
          });
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
      // Warnings are about the snapshot: shown when the output changes (news), counted otherwise.
      const showWarnings = !args.quiet && (args.verbose || result.changed);
      if (showWarnings) for (const w of result.warnings) console.error(formatDiagnostic(w));
      const out = relative(process.cwd(), provider.outDir) || ".";
      const warned =
        !showWarnings && result.warnings.length > 0
          ? `, ${result.warnings.length} warning(s) (--verbose shows them)`
          : "";
      const summary = `${provider.name}: ${result.ir.connectors.length} connectors, ${result.fileCount} files${warned}`;
      const ms = `${Math.round(performance.now() - started)} ms`;
      if (args.check) {
        if (result.stale.length > 0) {
          failed = true;
          console.error(`${provider.name}: ${out} is stale (${result.stale.length} file(s)); run \`npm run codegen\`:`);
          for (const s of result.stale) console.error(`  ${s.reason.padEnd(7)} ${out}/${s.path}`);
          if (!args.fetch) {
            // The classification --fetch prints, here of the snapshot's change since HEAD (diff/check-changes.ts).
            const { classifySinceHead } = await import("../diff/check-changes.js");
            const { formatReport } = await import("../diff/format.js");
            const c = await classifySinceHead(provider, options);
            if ("diff" in c) log(`schema changes since HEAD:\n${formatReport(c.diff, "text").trimEnd()}`);
            else log(`${provider.name}: no schema change to classify: ${c.none}`);
          }
        } else log(`${summary}: ${out} is up to date (${ms})`);
      } else {
        const changes = (reason: string) => result.written.filter((f) => f.reason === reason);
        const [added, changed, removed] = [changes("missing"), changes("differs"), changes("extra")];
        log(
          result.written.length > 0
            ? `${summary}: written to ${out}: ${added.length} added, ${changed.length} changed, ${removed.length} removed (${ms})`
            : `${summary}: unchanged in ${out} (${ms})`,
        );
        if (args.verbose)
          for (const [label, files] of [
            ["added", added],
            ["changed", changed],
            ["removed", removed],
          ] as const)
            for (const f of files) log(`  ${label.padEnd(7)} ${out}/${f.path}`);
      }
    }
    if (pkg) {
      const { writePackage } = await import("../output/write-package.js");
      const stale = await writePackage(pkg.settings, pkg.providers, args.check ? "check" : "write", options);
      const root = relative(process.cwd(), pkg.settings.rootDir) || ".";
      if (stale.length > 0) {
        failed = true;
        console.error(`${root}: the package's own files are stale; run \`npm run codegen\`:`);
        for (const path of stale) console.error(`  ${root}/${path}`);
      }
    }
    return failed ? 1 : 0;
  } catch (error) {
    const { RefusedDirectory } = await import("../output/write.js");
    if (error instanceof RefusedDirectory) {
      console.error(error.message);
      return 2;
    }
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
