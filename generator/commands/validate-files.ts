// The `validate` command of this repository: the validate that ships with the
// package (templates/validate-text.ts and validate-files.ts, copied into the
// output as validate-*.gen.ts) over the providers of codegen.config.ts, plus
// one file kind only a TypeScript toolchain can read: `.ts`/`.js` modules whose
// default export is a definition (`export default defineSource({ … })`), placed
// with the TypeScript compiler's syntax tree.

import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type TS from "typescript";
import { importModule } from "../config/load-module.js";
import { loadConfig, type ResolvedProvider } from "../config/config.js";
import { CodegenError } from "../ir/diagnostics.js";
import {
  validateCommand as packageCommand,
  validateFiles as packageFiles,
  unknownFlag,
  VALIDATE_FLAGS,
  type CommandIo,
  type Reader,
  type ValidateFilesResult,
} from "../../templates/validate-files.js";
import type { Located, ProviderModule, Providers } from "../../templates/validate-text.js";

export { formatProblems, summarize, summaryLine, type FileProblem } from "../../templates/validate-text.js";

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// TypeScript is loaded only when a .ts/.js config file is read, and passed down.
type TypeScript = typeof TS;

function fromTs(
  ts: TypeScript,
  node: TS.Node | undefined,
  file: TS.SourceFile,
  value: unknown,
  key?: TS.Node,
): Located {
  let n = node;
  while (n && (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n)))
    n = n.expression;
  // `defineSource({ … })`: the definition is the first argument.
  if (n && ts.isCallExpression(n) && n.arguments.length > 0) n = n.arguments[0];
  const at = (x: TS.Node | undefined) => {
    const pos = x ? file.getLineAndCharacterOfPosition(x.getStart(file)) : { line: 0, character: 0 };
    return { line: pos.line + 1, column: pos.character + 1 };
  };
  let properties: Map<string, TS.ObjectLiteralElementLike> | undefined;
  const byName = () => {
    if (properties) return properties;
    properties = new Map();
    if (n && ts.isObjectLiteralExpression(n))
      for (const p of n.properties) {
        const name =
          p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))
            ? p.name.text
            : undefined;
        if (name !== undefined) properties.set(name, p);
      }
    return properties;
  };
  const elements = () => (n && ts.isArrayLiteralExpression(n) && Array.isArray(value) ? n.elements : undefined);
  return {
    value,
    ...at(n),
    ...(key ? { key: at(key) } : {}),
    entry: (name) => {
      if (!isPlain(value) || !hasOwn(value, name)) return undefined;
      const p = byName().get(name);
      return fromTs(ts, p && ts.isPropertyAssignment(p) ? p.initializer : p, file, value[name], p);
    },
    keys: () => (isPlain(value) ? Object.keys(value) : []),
    item: (i) => {
      const list = elements();
      return list && i < (value as unknown[]).length ? fromTs(ts, list[i], file, (value as unknown[])[i]) : undefined;
    },
    items: () => (Array.isArray(value) ? value.map((v, i) => fromTs(ts, elements()?.[i], file, v)) : []),
  };
}

/** A `.ts`/`.js` module's default export, with places from its syntax tree. */
const moduleReader: Reader = async (text, path) => {
  let exported: unknown;
  try {
    exported = ((await importModule(path)) as { default?: unknown }).default;
  } catch (error) {
    return {
      definitions: [],
      errors: [{ line: 1, column: 1, message: `cannot load the module: ${(error as Error).message.split("\n")[0]}` }],
    };
  }
  if (exported === undefined)
    return {
      definitions: [],
      errors: [{ line: 1, column: 1, message: "no default export: `export default defineSource({ … })`" }],
    };
  const { default: ts } = await import("typescript");
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const root = fromTs(ts, source.statements.find(ts.isExportAssignment)?.expression, source, exported);
  return { definitions: Array.isArray(exported) ? [...root.items()] : [root], errors: [] };
};

export const MODULE_READERS: Readonly<Record<string, Reader>> = Object.fromEntries(
  [".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].map((e) => [e, moduleReader]),
);

/** Each configured provider's generated index module, by provider name. */
export async function loadProviders(providers: readonly ResolvedProvider[]): Promise<Providers> {
  const out: Record<string, ProviderModule> = {};
  for (const provider of providers) {
    // The compiled registry: importing it needs no TypeScript transform.
    const index = resolve(provider.outDir, "dist", "index.js");
    let loaded: Partial<ProviderModule>;
    try {
      loaded = (await import(pathToFileURL(index).href)) as Partial<ProviderModule>;
    } catch (error) {
      throw new CodegenError(
        `${index} cannot be loaded (${(error as Error).message.split("\n")[0]}): run \`npm run codegen\``,
      );
    }
    if (!loaded.connectors) throw new CodegenError(`${index} has no \`connectors\` registry: run \`npm run codegen\``);
    out[provider.name] = loaded as ProviderModule;
  }
  return out;
}

/** The problems of files, directories and globs (relative to `cwd`) under the configured providers. */
export async function validateFiles(
  paths: readonly string[],
  providers: readonly ResolvedProvider[],
  options: { cwd?: string } = {},
): Promise<ValidateFilesResult> {
  return packageFiles(await loadProviders(providers), paths, { ...options, readers: MODULE_READERS });
}

/** `npm run codegen -- validate PATH... [--config FILE]`: the package's command, plus `--config` and `.ts` files. */
export async function validateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const rest = [...argv];
  let config = "codegen.config.ts";
  const at = rest.findIndex((a) => a === "--config" || a.startsWith("--config="));
  if (at !== -1) {
    const value = rest[at]!.includes("=") ? rest[at]!.slice("--config=".length) : rest[at + 1];
    if (value === undefined || value === "") {
      io.stderr("--config needs a file");
      return 2;
    }
    config = value;
    rest.splice(at, rest[at]!.includes("=") ? 1 : 2);
  }
  // Before the config is read: a mistyped flag is named whatever the config says.
  const unknown = unknownFlag(rest, [...VALIDATE_FLAGS, "config"]);
  if (unknown !== undefined) {
    io.stderr(`${unknown}; --help lists the options`);
    return 2;
  }
  let providers: Providers;
  try {
    // Like the other commands' --config: relative to the repository, where `npm run` runs.
    providers = await loadProviders(await loadConfig(config));
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error;
    io.stderr(error.message);
    return 2;
  }
  return packageCommand(providers, rest, io, {
    readers: MODULE_READERS,
    command: "npm run codegen -- validate [--config FILE]",
  });
}
