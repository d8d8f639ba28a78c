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
import type TS from "typescript";
import type * as Yaml from "yaml";
import type { LineCounter, Node as YamlNode } from "yaml";
import type { ResolvedProvider } from "../config/config.js";
import { importModule } from "../config/load-module.js";

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
  /** Own keys in order with their places (for maps). */
  entries(): [string, Located][];
  items(): Located[];
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

// TypeScript and yaml are loaded by the file that needs them, and passed down.
type TypeScript = typeof TS;

function fromYaml(yaml: typeof Yaml, node: YamlNode | null, counter: LineCounter, value: unknown): Located {
  const pos = counter.linePos(node?.range?.[0] ?? 0);
  return {
    value,
    line: pos.line,
    column: pos.col,
    entries: () =>
      yaml.isMap(node) && isPlain(value)
        ? node.items.flatMap((pair): [string, Located][] => {
            const key = yaml.isScalar(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined || !hasOwn(value, key)) return [];
            // A key that is present but has no value points at the key.
            const target = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
            const keyPos = counter.linePos((pair.key as YamlNode).range?.[0] ?? 0);
            return [
              [key, { ...fromYaml(yaml, target, counter, value[key]), key: { line: keyPos.line, column: keyPos.col } }],
            ];
          })
        : [],
    items: () =>
      yaml.isSeq(node) && Array.isArray(value)
        ? node.items.map((item, i) => fromYaml(yaml, item as YamlNode, counter, value[i]))
        : [],
  };
}

function fromTs(ts: TypeScript, node: TS.Node | undefined, file: TS.SourceFile, value: unknown): Located {
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
    entries: () => {
      if (!n || !ts.isObjectLiteralExpression(n) || !isPlain(value)) return [];
      return n.properties.flatMap((p): [string, Located][] => {
        const name =
          p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isNumericLiteral(p.name))
            ? p.name.text
            : undefined;
        if (name === undefined || !hasOwn(value, name)) return [];
        const init = ts.isPropertyAssignment(p) ? p.initializer : p;
        const keyPos = file.getLineAndCharacterOfPosition(p.getStart(file));
        return [
          [
            name,
            { ...fromTs(ts, init, file, value[name]), key: { line: keyPos.line + 1, column: keyPos.character + 1 } },
          ],
        ];
      });
    },
    items: () =>
      n && ts.isArrayLiteralExpression(n) && Array.isArray(value)
        ? n.elements.map((e, i) => fromTs(ts, e, file, value[i]))
        : [],
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
    // The longest own key that the path starts with: keys may contain dots.
    let best: [string, Located] | undefined;
    for (const [key, child] of node.entries()) {
      const fits = rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`);
      if (fits && (!best || key.length > best[0].length)) best = [key, child];
    }
    if (!best) return node; // a missing key: point at the object that should hold it
    node = best[1];
    rest = rest.slice(best[0].length).replace(/^\./, "");
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
  // The compiled registry: importing it needs no TypeScript transform.
  const index = resolve(provider.outDir, "dist", "index.js");
  const loaded = (await import(pathToFileURL(index).href)) as { connectors?: Registry };
  if (!loaded.connectors) throw new Error(`${index} has no \`connectors\` registry: run \`npm run codegen\``);
  return loaded.connectors;
}

/** Reads a file into definitions, each with its place; parse errors become problems. */
async function readDefinitions(file: string, shown: string, problems: FileProblem[]): Promise<Located[]> {
  const extension = extname(file).toLowerCase();
  const fail = (line: number, column: number, message: string) =>
    problems.push({ file: shown, line, column, path: "", wirePath: "", code: "parse", message });
  if ([".ts", ".mts", ".cts", ".js", ".mjs", ".cjs"].includes(extension)) {
    let exported: unknown;
    try {
      exported = ((await importModule(file)) as { default?: unknown }).default;
    } catch (error) {
      fail(1, 1, `cannot load the module: ${(error as Error).message.split("\n")[0]}`);
      return [];
    }
    const text = await readFile(file, "utf8");
    const { default: ts } = await import("typescript");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const statement = source.statements.find(ts.isExportAssignment);
    const root = fromTs(ts, statement?.expression, source, exported);
    if (exported === undefined) {
      fail(1, 1, "no default export: `export default defineSource({ … })`");
      return [];
    }
    return Array.isArray(exported) ? root.items() : [root];
  }
  const text = await readFile(file, "utf8");
  const yaml = await import("yaml");
  const counter = new yaml.LineCounter();
  const documents = yaml.parseAllDocuments(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  const list = Array.isArray(documents) ? documents : [documents];
  const out: Located[] = [];
  for (const doc of list) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const at = counter.linePos(e.pos[0]);
        // First line only: yaml appends the offending source line, which may hold a secret.
        fail(at.line, at.col, `invalid ${extension === ".json" ? "JSON" : "YAML"}: ${e.message.split("\n")[0]}`);
      }
      continue;
    }
    const value = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (value === null || value === undefined) continue; // an empty document
    const root = fromYaml(yaml, doc.contents as YamlNode, counter, value);
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
      const field = (key: string) => definition.entries().find(([k]) => k === key)?.[1] ?? definition;
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
