// `npm run codegen -- migrate FILE...`: rewrites connector config files from
// the wire keys renamed in codegen.config.ts (`diff.renames`) to the new
// ones, authoring keys and wire keys alike, and says what it changed.
// Exit status: 0 done, 1 a key could not be renamed, 2 usage or input error.

import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { unknownFlag } from "./flags.js";
import { loadConfig, type ResolvedProvider } from "../config/config.js";
import { runOptionsFromEnv } from "../config/run-options.js";
import { migrateText, type RenameTable } from "../diff/migrate.js";
import { replaceFile } from "../output/replace-file.js";
import { CodegenError, formatDiagnostic } from "../ir/diagnostics.js";
import { buildIr } from "../pipeline.js";
import { visible } from "../../templates/validate-text.js";
import { MAX_CONFIG_BYTES } from "../../templates/validate-files.js";
import { readBoundedBytes } from "../input/bounded-file.js";

export const MIGRATE_USAGE = `Usage: npm run codegen -- migrate FILE... [--dry-run] [--config FILE]

  Rewrites connector config files (YAML, JSON) holding { provider, kind,
  connector, config } from renamed keys to the new ones, as declared in
  codegen.config.ts (diff.renames). Only the keys change: comments, quoting
  and layout stay. --dry-run reports without writing.`;

/**
 * Old → new keys per connector: the deprecated aliases generation keeps for the
 * declared renames (ir/apply-renames.ts), so a file is rewritten exactly where
 * the generated code would read a key as its renamed field. A rename that gives
 * no alias (its old key is still a field's, or its authoring key is taken by
 * another field) is not migrated: in a file that key sets that field.
 */
async function renameTable(providers: ResolvedProvider[]): Promise<RenameTable> {
  const table: RenameTable = new Map();
  const options = runOptionsFromEnv(process.env);
  for (const provider of providers) {
    const declared = Object.keys(provider.diff?.renames ?? {});
    if (declared.length === 0) continue;
    const { ir, warnings } = await buildIr(provider, options);
    // Why a declared rename gives no alias, as generation warns it.
    for (const w of warnings) if (w.rule === "rename") console.error(`${provider.name}: ${formatDiagnostic(w)}`);
    for (const connector of ir.connectors) {
      const name = `${connector.kind}/${connector.code}`;
      if (!declared.includes(name)) continue;
      const wire = new Map<string, string>();
      const authoring = new Map<string, string>();
      for (const alias of connector.aliases ?? []) {
        wire.set(alias.wireKey, alias.toWire);
        if (alias.key !== undefined) authoring.set(alias.key, alias.to);
      }
      table.set(`${provider.name} ${name}`, { wire, authoring, keys: connector });
    }
  }
  return table;
}

const MIGRATE_FLAGS = {
  config: { type: "string", default: "codegen.config.ts" },
  "dry-run": { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export async function migrateCommand(argv: string[]): Promise<number> {
  const unknown = unknownFlag(argv, MIGRATE_FLAGS);
  if (unknown !== undefined) {
    console.error(`${unknown}\n\n${MIGRATE_USAGE}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: MIGRATE_FLAGS, allowPositionals: true });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${MIGRATE_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(MIGRATE_USAGE);
    return 0;
  }
  if (positionals.length === 0) {
    console.error(MIGRATE_USAGE);
    return 2;
  }
  try {
    const table = await renameTable(await loadConfig(values.config!));
    let failed = false;
    let changed = 0;
    for (const file of positionals) {
      // Names, keys and YAML anchor names come from the files: shown as text, never obeyed by the terminal.
      const shown = visible(relative(process.cwd(), resolve(file)) || file);
      // Only a regular file, opened without blocking and read to a bound: a FIFO or /dev/zero is refused, not waited on.
      const read = await readBoundedBytes(file, MAX_CONFIG_BYTES).catch(
        (error: NodeJS.ErrnoException) => ({ error: error.code ?? error.message }) as const,
      );
      if (!("bytes" in read)) {
        failed = true;
        const why =
          "error" in read
            ? `cannot be read (${read.error})`
            : read.problem === "too-large"
              ? `is larger than ${MAX_CONFIG_BYTES} bytes`
              : `is not a regular file (${read.what})`;
        console.error(visible(`${shown}: ${why}; left unchanged`));
        continue;
      }
      const bytes = read.bytes;
      let text: string;
      try {
        // A file that is not UTF-8 would come back with its other characters replaced: it is left alone.
        // A byte-order mark is kept in the text (ignoreBOM), so it is written back: only keys change.
        text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
      } catch {
        failed = true;
        console.error(`${shown}: is not UTF-8; left unchanged`);
        continue;
      }
      const result = migrateText(text, table);
      for (const e of result.edits)
        console.log(visible(`${shown}:${e.line}:${e.column}  ${e.connector}  ${e.from} → ${e.to}`));
      for (const p of result.problems) {
        failed = true;
        console.error(visible(`${shown}:${p.line}:${p.column}  ${p.message}`));
      }
      if (result.edits.length > 0) {
        changed++;
        if (!values["dry-run"]) {
          await replaceFile(file, result.text, { followLink: true });
        }
      }
    }
    console.log(`${positionals.length} file(s), ${changed} ${values["dry-run"] ? "would change" : "changed"}`);
    return failed ? 1 : 0;
  } catch (error) {
    console.error(error instanceof CodegenError ? error.message : error);
    return 2;
  }
}
