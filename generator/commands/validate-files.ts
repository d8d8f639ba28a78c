// The `validate` command: checks connector config files (YAML, JSON, or a .ts/.js
// module's default export) with the generated validators, and reports every
// problem at its line and column. Each file holds one definition, several YAML
// documents, or a list of definitions:
//   { provider, kind, connector, name, config, keys?: "authoring" | "wire" }
// Secret values never reach a message: the generated validators omit them,
// and parse errors are reported without the source line.

import { readFile } from "node:fs/promises";
import { extname, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from "yaml";
import type { ResolvedProvider } from "../config/config.js";

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  /** Authoring path of the key, e.g. `config.databaseHostname`; empty for the file as a whole. */
  path: string;
  wirePath: string;
  code: string;
  message: string;
}

interface Problem {
  path: string;
  wirePath: string;
  code: string;
  message: string;
}

interface ConnectorModule {
  spec: { fields: readonly { key: string; wireKey: string }[] };
  validate(config: unknown): Problem[];
  validateWire(wire: unknown): Problem[];
}
type Registry = Record<string, Record<string, ConnectorModule>>;

/** A parsed value's place in its file, navigable by key and index. */
interface Located {
  value: unknown;
  line: number;
  column: number;
  /** Where its key sits, when it is a map entry (unknown keys are reported there). */
  key?: { line: number; column: number };
  /** Own keys in order with their places (for maps), built once: each lookup is then one map access. */
  entries(): ReadonlyMap<string, Located>;
  items(): readonly Located[];
}

/** Computed on first use, then kept: a file with many problems reads each node's children once. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function fromYaml(node: YamlNode | null, counter: LineCounter, value: unknown): Located {
  const pos = counter.linePos(node?.range?.[0] ?? 0);
  return {
    value,
    line: pos.line,
    column: pos.col,
    entries: once(
      () =>
        new Map(
          isMap(node) && isPlain(value)
            ? node.items.flatMap((pair): [string, Located][] => {
                const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
                if (key === undefined || !hasOwn(value, key)) return [];
                // A key that is present but has no value points at the key.
                const target = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
                const keyPos = counter.linePos((pair.key as YamlNode).range?.[0] ?? 0);
                return [
                  [key, { ...fromYaml(target, counter, value[key]), key: { line: keyPos.line, column: keyPos.col } }],
                ];
              })
            : [],
        ),
    ),
    items: once(() =>
      isSeq(node) && Array.isArray(value)
        ? node.items.map((item, i) => fromYaml(item as YamlNode, counter, value[i]))
        : [],
    ),
  };
}

function fromTs(node: ts.Node | undefined, file: ts.SourceFile, value: unknown): Located {
  let n = node;
  while (n && (ts.isParenthesizedExpression(n) || ts.isAsExpression(n) || ts.isSatisfiesExpression(n)))
    n = n.expression;
  // `defineSource({ … })`: the definition is the first argument.
  if (n && ts.isCallExpression(n) && n.arguments.length > 0) n = n.arguments[0];
  const pos = n ? file.getLineAndCharacterOfPosition(n.getStart(file)) : { line: 0, character: 0 };
  return {
    value,
    line: pos.line + 1,
    column: pos.character + 1,
    entries: once(() => {
      if (!n || !ts.isObjectLiteralExpression(n) || !isPlain(value)) return new Map();
      const entries = n.properties.flatMap((p): [string, Located][] => {
        const name =
          p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))
            ? p.name.text
            : undefined;
        if (name === undefined || !hasOwn(value, name)) return [];
        const init = ts.isPropertyAssignment(p) ? p.initializer : p;
        const keyPos = file.getLineAndCharacterOfPosition(p.getStart(file));
        return [
          [name, { ...fromTs(init, file, value[name]), key: { line: keyPos.line + 1, column: keyPos.character + 1 } }],
        ];
      });
      return new Map(entries);
    }),
    items: once(() =>
      n && ts.isArrayLiteralExpression(n) && Array.isArray(value)
        ? n.elements.map((e, i) => fromTs(e, file, value[i]))
        : [],
    ),
  };
}

/** The place of a problem path (`a.b[2].c`, keys possibly containing dots) below `root`. */
function locate(root: Located, path: string): Located {
  let node = root;
  let rest = path;
  while (rest !== "") {
    const index = /^\[(\d+)\]\.?/.exec(rest);
    if (index) {
      const item = node.items()[Number(index[1])];
      if (!item) return node;
      node = item;
      rest = rest.slice(index[0].length);
      continue;
    }
    // The longest own key that the path starts with (keys may contain dots): looked up at each
    // `.` or `[` from the end, so the work is the path's length, not the object's size.
    const entries = node.entries();
    let end = rest.length;
    let child = entries.get(rest);
    while (child === undefined && end > 0) {
      end--;
      while (end > 0 && rest[end] !== "." && rest[end] !== "[") end--;
      if (end > 0) child = entries.get(rest.slice(0, end));
    }
    if (child === undefined) return node; // a missing key: point at the object that should hold it
    node = child;
    rest = rest.slice(end).replace(/^\./, "");
  }
  return node;
}

function chooseSide(config: Plain, module: ConnectorModule, explicit: unknown): "authoring" | "wire" {
  if (explicit === "wire" || explicit === "authoring") return explicit;
  const keys = Object.keys(config);
  const authoring = new Set(module.spec.fields.map((f) => f.key));
  const wire = new Set(module.spec.fields.map((f) => f.wireKey));
  const a = keys.filter((k) => authoring.has(k)).length;
  const w = keys.filter((k) => wire.has(k)).length;
  return w > a ? "wire" : "authoring";
}

async function loadRegistry(provider: ResolvedProvider): Promise<Registry> {
  const index = resolve(provider.outDir, "index.ts");
  const loaded = (await import(pathToFileURL(index).href)) as { connectors?: Registry };
  if (!loaded.connectors) throw new Error(`${index} has no \`connectors\` registry: run \`npm run codegen\``);
  return loaded.connectors;
}

/** Offsets of keys repeated in a map, at any depth: one set per map, so linear in the document. */
function duplicateKeys(root: YamlNode | null): number[] {
  const found: number[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const node = stack.pop();
    // Aliases share nodes: each is checked once.
    if (seen.has(node)) continue;
    seen.add(node);
    if (isMap(node)) {
      const keys = new Set<string>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          const key = `${typeof pair.key.value}:${String(pair.key.value)}`;
          if (keys.has(key)) found.push(pair.key.range?.[0] ?? 0);
          keys.add(key);
        }
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return found.sort((a, b) => a - b);
}

/** Reads a file into definitions, each with its place; parse errors become problems. */
async function readDefinitions(file: string, shown: string, problems: FileProblem[]): Promise<Located[]> {
  const extension = extname(file).toLowerCase();
  const fail = (line: number, column: number, message: string) =>
    problems.push({ file: shown, line, column, path: "", wirePath: "", code: "parse", message });
  if ([".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].includes(extension)) {
    let exported: unknown;
    try {
      exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
    } catch (error) {
      fail(1, 1, `cannot load the module: ${(error as Error).message.split("\n")[0]}`);
      return [];
    }
    const text = await readFile(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const statement = source.statements.find(ts.isExportAssignment);
    const root = fromTs(statement?.expression, source, exported);
    if (exported === undefined) {
      fail(1, 1, "no default export: `export default defineSource({ … })`");
      return [];
    }
    return Array.isArray(exported) ? [...root.items()] : [root];
  }
  const text = await readFile(file, "utf8");
  const counter = new LineCounter();
  // yaml's own duplicate-key check compares each key with every earlier one: keys are checked here instead.
  const documents = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [documents];
  const out: Located[] = [];
  for (const doc of list) {
    const duplicates = duplicateKeys(doc.contents as YamlNode | null);
    for (const at of duplicates) {
      const pos = counter.linePos(at);
      fail(pos.line, pos.col, `invalid ${extension === ".json" ? "JSON" : "YAML"}: Map keys must be unique`);
    }
    if (doc.errors.length > 0 || duplicates.length > 0) {
      for (const e of doc.errors) {
        const at = counter.linePos(e.pos[0]);
        // First line only: yaml appends the offending source line, which may hold a secret.
        fail(at.line, at.col, `invalid ${extension === ".json" ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`);
      }
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue; // an empty document
    const root = fromYaml(doc.contents as YamlNode, counter, value);
    out.push(...(Array.isArray(value) ? root.items() : [root]));
  }
  return out;
}

export async function validateFiles(
  files: readonly string[],
  providers: readonly ResolvedProvider[],
): Promise<FileProblem[]> {
  const problems: FileProblem[] = [];
  const registries = new Map<string, Promise<Registry>>();
  for (const file of files) {
    const start = problems.length;
    const shown = relative(process.cwd(), resolve(file)) || file;
    let definitions: Located[];
    try {
      definitions = await readDefinitions(resolve(file), shown, problems);
    } catch (error) {
      problems.push({
        file: shown,
        line: 1,
        column: 1,
        path: "",
        wirePath: "",
        code: "read",
        message: (error as Error).message,
      });
      continue;
    }
    for (const definition of definitions) {
      const at = (node: Located, path: string, wirePath: string, code: string, message: string) => {
        const place = code === "unknown-key" && node.key ? node.key : node;
        problems.push({ file: shown, line: place.line, column: place.column, path, wirePath, code, message });
      };
      const value = definition.value;
      if (!isPlain(value)) {
        at(definition, "", "", "type", "expected an object with provider, kind, connector, name and config");
        continue;
      }
      const field = (key: string) => definition.entries().get(key) ?? definition;
      let broken = false;
      for (const key of ["provider", "kind", "connector", "name"])
        if (typeof value[key] !== "string" || value[key] === "") {
          at(field(key), key, key, hasOwn(value, key) ? "type" : "required", `${key}: expected a non-empty string`);
          broken = true;
        }
      if (!isPlain(value.config)) {
        at(
          field("config"),
          "config",
          "config",
          hasOwn(value, "config") ? "type" : "required",
          "config: expected an object",
        );
        broken = true;
      }
      for (const key of Object.keys(value))
        if (!["provider", "kind", "connector", "name", "config", "keys", "$schema"].includes(key))
          at(field(key), key, key, "unknown-key", `${key}: unknown key`);
      if (broken) continue;
      const provider = providers.find((p) => p.name === value.provider);
      if (!provider) {
        at(
          field("provider"),
          "provider",
          "provider",
          "enum",
          `provider: unknown provider ${JSON.stringify(value.provider)}; configured: ${providers.map((p) => p.name).join(", ")}`,
        );
        continue;
      }
      if (!registries.has(provider.name)) registries.set(provider.name, loadRegistry(provider));
      const registry = await registries.get(provider.name)!;
      const kind = value.kind as string;
      const code = value.connector as string;
      if (!hasOwn(registry, kind)) {
        at(
          field("kind"),
          "kind",
          "kind",
          "enum",
          `kind: unknown kind ${JSON.stringify(kind)}; ${provider.name} has ${Object.keys(registry).join(", ")}`,
        );
        continue;
      }
      const module = hasOwn(registry[kind]!, code) ? registry[kind]![code] : undefined;
      if (!module) {
        at(
          field("connector"),
          "connector",
          "connector",
          "enum",
          `connector: unknown ${kind} connector ${JSON.stringify(code)} of ${provider.name}`,
        );
        continue;
      }
      const config = value.config as Plain;
      const side = chooseSide(config, module, value.keys);
      const found = side === "wire" ? module.validateWire(config) : module.validate(config);
      const configNode = field("config");
      for (const p of found) {
        const inFile = side === "wire" ? p.wirePath : p.path;
        const label = p.path === p.wirePath ? p.path : `${p.path} (${p.wirePath})`;
        const message = p.message.startsWith(`${label}: `) ? p.message.slice(label.length + 2) : p.message;
        at(locate(configNode, inFile), `config.${p.path}`, `config.${p.wirePath}`, p.code, message);
      }
    }
    // Within a file, in reading order.
    const mine = problems.splice(start).sort((a, b) => a.line - b.line || a.column - b.column);
    problems.push(...mine);
  }
  return problems;
}

export function formatProblems(problems: readonly FileProblem[]): string {
  return problems
    .map((p) => {
      const key = p.path === "" ? "" : p.path === p.wirePath ? p.path : `${p.path} (${p.wirePath})`;
      return `${p.file}:${p.line}:${p.column}  ${key}${key ? "  " : ""}${p.message}`;
    })
    .join("\n");
}
