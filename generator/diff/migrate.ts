// `migrate`: rewrites connector config files (YAML or JSON) from renamed keys
// to their new names. The files are read with the yaml library's document API
// and only the renamed keys' source ranges are replaced, so comments, quoting,
// order and layout stay exactly as they were.

import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
} from "yaml";
import { chooseSide, type ConnectorKeys } from "../../templates/validate-text.js";

/** Old key → new key, for one connector; both sides, since a file may use authoring or wire keys. */
export interface KeyRenames {
  authoring: Map<string, string>;
  wire: Map<string, string>;
  /** The connector's keys, to tell which side a config without `keys:` uses, as `validate` tells it. */
  keys: ConnectorKeys;
}

/** Renames per `provider kind/code`. */
export type RenameTable = Map<string, KeyRenames>;

export interface MigrateEdit {
  line: number;
  column: number;
  connector: string;
  from: string;
  to: string;
}

export interface MigrateResult {
  text: string;
  edits: MigrateEdit[];
  /** Keys left alone, with why (the new key is set too, or another old key of it; a document does not parse). */
  problems: { line: number; column: number; message: string }[];
}

/** Keys that may be written plain in block and flow context alike, if they read back as themselves. */
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

type YamlVersion = "1.1" | "1.2" | "next";

/**
 * Whether `key` written plain is read back as that same string, by the yaml library under the
 * document's YAML version: `null`, `True`, `0x1F`, `1e3` are not (and `on`, `yes` are not in YAML 1.1).
 */
function readsBackPlain(key: string, version: YamlVersion): boolean {
  if (!PLAIN_KEY.test(key)) return false;
  const doc = parseDocument(`${key}: 0\n`, { version });
  const items = isMap(doc.contents) ? doc.contents.items : [];
  return doc.errors.length === 0 && items.length === 1 && isScalar(items[0]!.key) && items[0]!.key.value === key;
}

/** The new key written as the old one was: double-quoted, single-quoted or plain (quoted when plain would not be a string). */
function spell(source: string, key: string, version: YamlVersion): string {
  if (source.startsWith('"')) return JSON.stringify(key);
  if (source.startsWith("'")) return `'${key.replace(/'/g, "''")}'`;
  return readsBackPlain(key, version) ? key : JSON.stringify(key);
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

/** Rewrites one file's text; `renames` names the connectors it knows. */
export function migrateText(text: string, renames: RenameTable): MigrateResult {
  const counter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [documents];
  const replacements: { start: number; end: number; text: string }[] = [];
  const edits: MigrateEdit[] = [];
  const problems: MigrateResult["problems"] = [];
  const at = (offset: number) => counter.linePos(offset);

  const definition = (node: YamlNode | null | undefined, doc: Document) => {
    if (!isMap(node)) return;
    const get = (key: string) => node.items.find((p) => scalarText(p.key) === key);
    const provider = scalarText(get("provider")?.value);
    const kind = scalarText(get("kind")?.value);
    const connector = scalarText(get("connector")?.value);
    const configPair = get("config");
    const config = configPair?.value;
    if (provider === undefined || kind === undefined || connector === undefined) return;
    const table = renames.get(`${provider} ${kind}/${connector}`);
    if (!table) return;
    const { line, col } = at((isScalar(configPair?.key) && configPair.key.range?.[0]) || 0);
    // A config shared through YAML anchors would be renamed for every connector that uses it, or not at all.
    if (isAlias(config)) {
      problems.push({
        line,
        column: col,
        message: `config is an alias (*${config.source}): rename its keys where it is anchored, by hand`,
      });
      return;
    }
    if (!isMap(config)) return;
    if (config.anchor !== undefined) {
      problems.push({
        line,
        column: col,
        message: `config is anchored (&${config.anchor}) and may be shared: rename its keys by hand`,
      });
      return;
    }
    if (config.items.some((p) => scalarText(p.key) === "<<"))
      problems.push({
        line,
        column: col,
        message: "config merges another map (<<): keys it takes from there are not renamed",
      });
    // A new key is spelt so that this document's YAML version reads it as a string (`on` is a boolean in 1.1).
    const version = doc.directives?.yaml.version ?? "1.2";
    const present = new Set(config.items.map((p) => scalarText(p.key)));
    const written = [...present].filter((k) => k !== undefined);
    // The side validate reads this config with: renaming the other side's keys would break a valid file.
    const side =
      chooseSide(written, table.keys, scalarText(get("keys")?.value)) === "wire" ? table.wire : table.authoring;
    // The old keys set here, by the new key each is renamed to: two for one new key would make it a duplicate.
    const sharing = new Map<string, string[]>();
    for (const key of present) {
      const to = key === undefined ? undefined : side.get(key);
      if (key !== undefined && to !== undefined) sharing.set(to, [...(sharing.get(to) ?? []), key]);
    }
    for (const pair of config.items as Pair<unknown, unknown>[]) {
      // An old key written as an alias (`*k: value`) is the anchored text elsewhere: renaming it here cannot be done.
      if (isAlias(pair.key) && pair.key.range) {
        const named = scalarText(pair.key.resolve(doc));
        if (named !== undefined && side.has(named)) {
          const { line, col } = at(pair.key.range[0]);
          problems.push({
            line,
            column: col,
            message: `${named} not renamed: it is an alias (*${pair.key.source}): rename it where it is anchored, by hand`,
          });
        }
        continue;
      }
      const key = scalarText(pair.key);
      const to = key === undefined ? undefined : side.get(key);
      if (key === undefined || to === undefined || !isScalar(pair.key) || !pair.key.range) continue;
      const [start, end] = pair.key.range;
      const { line, col } = at(start);
      // An anchored key's text is also the value of every alias of it: renaming it would change those too.
      if (pair.key.anchor !== undefined) {
        problems.push({
          line,
          column: col,
          message: `${key} not renamed: it is anchored (&${pair.key.anchor}) and may be used elsewhere: rename it by hand`,
        });
        continue;
      }
      if (present.has(to)) {
        problems.push({ line, column: col, message: `${key} not renamed: ${to} is set too` });
        continue;
      }
      const others = sharing.get(to)!.filter((k) => k !== key);
      if (others.length > 0) {
        problems.push({
          line,
          column: col,
          message: `${key} not renamed: ${others.join(", ")} ${others.length === 1 ? "is" : "are"} renamed to ${to} too`,
        });
        continue;
      }
      replacements.push({ start, end, text: spell(text.slice(start, end), to, version) });
      edits.push({ line, column: col, connector: `${kind}/${connector}`, from: key, to });
    }
  };

  for (const doc of list) {
    if (doc.errors.length > 0) {
      const { line, col } = at(doc.errors[0]!.pos[0]);
      // The kind only: the library's message quotes the source (a bad escape inside a password, say).
      const kind = doc.errors[0]!.code.toLowerCase().replace(/_/g, " ");
      problems.push({ line, column: col, message: `does not parse: ${kind}` });
      continue;
    }
    const root = doc.contents as YamlNode | null;
    if (isSeq(root)) for (const item of root.items) definition(isPair(item) ? null : (item as YamlNode), doc);
    else definition(root, doc);
  }
  // One pass over the text: linear however many keys change.
  replacements.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let from = 0;
  for (const r of replacements) {
    pieces.push(text.slice(from, r.start), r.text);
    from = r.end;
  }
  pieces.push(text.slice(from));
  return { text: pieces.join(""), edits: edits.sort((a, b) => a.line - b.line || a.column - b.column), problems };
}
