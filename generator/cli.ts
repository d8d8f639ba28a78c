// Command line: a thin adapter over the pipeline.
//   npm run codegen [-- --check] [--config FILE] [--provider NAME] [--snapshot DIR --out DIR]

import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadConfig, type ResolvedProvider } from "./config.js";
import { CodegenError, formatDiagnostic } from "./diagnostics.js";
import { run } from "./pipeline.js";

const USAGE = `Usage: npm run codegen -- [options]

  --check            exit 1 and name every stale file instead of writing
  --config FILE      config file (default: codegen.config.ts)
  --provider NAME    only this configured provider
  --snapshot DIR     read this snapshot instead (needs --out; one provider)
  --out DIR          write here instead
  --quiet            print errors only
  -h, --help         this text`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: "boolean", default: false },
        config: { type: "string", default: "codegen.config.ts" },
        provider: { type: "string" },
        snapshot: { type: "string" },
        out: { type: "string" },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: false,
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
    let providers: ResolvedProvider[] = await loadConfig(args.config!);
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
    }
    let failed = false;
    for (const provider of providers) {
      const started = performance.now();
      const result = await run(provider, args.check ? "check" : "write");
      for (const w of result.warnings) console.error(formatDiagnostic(w));
      const out = relative(process.cwd(), provider.outDir) || ".";
      const summary = `${provider.name}: ${result.ir.connectors.length} connectors, ${result.files.length} files`;
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
