// Emitter: reference docs in Markdown, one page per connector and an index
// per provider. Schema text is untrusted: it is HTML-escaped and stripped of
// Markdown syntax (but its `inline code`, which becomes an escaped <code>), so
// a description can neither inject markup nor break a table. Each connector
// page opens with a usage example (TypeScript and YAML) the tests compile,
// run and validate.

import type {
  Condition,
  IrConnector,
  IrField,
  IrProvider,
  IrType,
  JsonValue,
  ObjectType,
  UnionType,
} from "../ir/ir.js";
import { stringify as yamlText } from "yaml";
import type { OutputFile } from "../output/output.js";
import { TOOL_NAME } from "../output/output.js";
import { optionFields } from "./api-names.js";
import { EXAMPLE_SECRET, envName, exampleObject, withSchemaConstraints } from "./example-config.js";
import { provenanceOf } from "../ir/provenance.js";
import { connectorNames } from "../ir/naming.js";

/**
 * Text as inert Markdown: one line, HTML-escaped, Markdown punctuation escaped;
 * a `code span` (backticks on one line) stays inline code.
 */
export function mdText(text: string): string {
  // With a capturing group, split puts the code spans at the odd indexes.
  return text
    .split(/(`[^`\r\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? code(part.slice(1, -1)) : inert(part)))
    .join("");
}

function inert(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]{}()#+!|~-]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\n/g, "<br>")
    .replace(/[\u0000-\u001f\u007f]/g, "");
}

/** A key or value as inline code that cannot be broken out of. */
function code(text: string): string {
  const html = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;");
  return `<code>${html.replace(/[\r\n]+/g, " ")}</code>`;
}

const json = (v: JsonValue | undefined) => code(JSON.stringify(v) ?? "undefined");

/** Whether an object accepts keys it does not list: on the wire (the schema), and when authoring. */
function objectLabel(type: ObjectType): string {
  if (type.open !== true) return "object, no other keys";
  // Authoring keys accept other keys only when the schema allows them explicitly (typo protection).
  return type.additionalProperties === false ? "object, other keys allowed on the wire" : "object, other keys allowed";
}

/** A union by its variants' titles ("one of: No tunnel | SSH key"), each with its kind. */
function unionLabel(type: UnionType): string {
  const labels = type.variants.map(typeLabel);
  if (type.variants.every((v) => v.title === undefined)) return labels.map(grouped).join(" \\| ");
  const same = labels.every((l) => l === labels[0]);
  const names = type.variants.map((v, i) =>
    v.title === undefined ? grouped(labels[i]!) : same ? mdText(v.title) : `${mdText(v.title)} (${labels[i]!})`,
  );
  return `one of: ${names.join(" \\| ")}${same ? ` (each: ${labels[0]!})` : ""}`;
}

/** A label that says more than one word, in parentheses where it is part of a larger one. */
const grouped = (label: string) => (/,| \\\| /.test(label) ? `(${label})` : label);

function typeLabel(type: IrType): string {
  const base = (() => {
    switch (type.type) {
      case "array": {
        const items = typeLabel(type.items);
        return type.items.type === "union" || type.items.type === "object" || type.items.nullable
          ? `array of (${items})`
          : `${items}[]`;
      }
      case "object":
        return objectLabel(type);
      case "union":
        return unionLabel(type);
      case "unknown":
        return type.enum ? "JSON value" : "any JSON";
      case "never":
        return "never (may not be set)";
      default:
        return type.type;
    }
  })();
  return type.nullable ? `${grouped(base)} or null` : base;
}

function conditionText(list: readonly Condition[]): string {
  return list
    .map((c) => {
      if (c.op === "present") return `${code(c.key)} is set`;
      const unset = c.unsetHolds === true ? ` or is not set` : "";
      if (c.op === "in") return `${code(c.key)} in ${(c.value as JsonValue[]).map(json).join(", ")}${unset}`;
      return `${code(c.key)} ${c.op === "eq" ? "=" : "≠"} ${json(c.value)}${unset}`;
    })
    .join(" and ");
}

function allowed(type: IrType): string {
  const t = type.type === "array" ? type.items : type;
  const parts: string[] = [];
  if ("enum" in t && t.enum)
    parts.push(
      t.enum
        .map((o) => (o.label && o.label !== String(o.value) ? `${json(o.value)} (${mdText(o.label)})` : json(o.value)))
        .join(", "),
    );
  if (t.type === "integer" || t.type === "number") {
    const low = t.minimum ?? (t.exclusiveMinimum !== undefined ? `${t.exclusiveMinimum} (exclusive)` : undefined);
    const high = t.maximum ?? (t.exclusiveMaximum !== undefined ? `${t.exclusiveMaximum} (exclusive)` : undefined);
    if (low !== undefined || high !== undefined) parts.push(`${low ?? "−∞"} to ${high ?? "∞"}`);
  }
  if (t.type === "string") {
    if (t.pattern !== undefined) parts.push(`matches ${code(t.pattern)}`);
    if (t.minLength !== undefined || t.maxLength !== undefined)
      parts.push(`length ${t.minLength ?? 0} to ${t.maxLength ?? "∞"}`);
    if (t.format !== undefined) parts.push(`format ${code(t.format)}`);
  }
  // An array's item count first; what the items allow after it, said to be each item's.
  if (type.type === "array" && (type.minItems !== undefined || type.maxItems !== undefined)) {
    const count = `${type.minItems ?? 0} to ${type.maxItems ?? "∞"} items`;
    return parts.length === 0 ? count : `${count}; each: ${parts.join("; ")}`;
  }
  return parts.join("; ");
}

/** A union's object variants (also inside nested unions), each named by its title or position. */
function objectVariants(type: IrType, at = ""): [string, ObjectType][] {
  if (type.type !== "union") return [];
  return type.variants.flatMap((v, i): [string, ObjectType][] => {
    const name = v.title !== undefined ? mdText(v.title) : `option ${at}${i + 1}`;
    return v.type === "object" ? [[name, v]] : objectVariants(v, `${at}${i + 1}.`);
  });
}

/**
 * A field's row, then its nested fields' rows with dotted paths: an object's, and
 * each object variant's of a union (`only` names the variant they belong to).
 */
function fieldRow(f: IrField, prefix = "", wirePrefix = "", only?: string): string[] {
  // A required key with a default is filled in by the builders: optional to author, as in the types.
  const required = f.required
    ? f.default === undefined
      ? "yes"
      : "no (default sent)"
    : f.requiredWhen
      ? `when ${conditionText(f.requiredWhen)}`
      : "no";
  const description = [
    f.deprecated ? "**Deprecated**: still accepted, set it no more." : "",
    only !== undefined ? `Only in ${only}.` : "",
    provenanceOf(f) === "server" ? "Set by the server: shown when read, never sent." : "",
    mdText(f.description ?? f.title ?? ""),
    f.relevantWhen && !f.requiredWhen ? `Used only when ${conditionText(f.relevantWhen)}.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const defaultText =
    f.default !== undefined ? json(f.default) : f.placeholder !== undefined ? `server: ${code(f.placeholder)}` : "";
  const row = [
    code(prefix + f.key),
    code(wirePrefix + f.wireKey),
    typeLabel(f.type),
    required,
    defaultText,
    allowed(f.type),
    f.secret ? "yes" : "",
    f.setOnce ? "yes" : "",
    description,
  ];
  const rows = [`| ${row.join(" | ")} |`];
  // Nested object fields follow their parent, with dotted paths.
  const t = f.type.type === "array" ? f.type.items : f.type;
  const path = `${prefix}${f.key}.`;
  const wirePath = `${wirePrefix}${f.wireKey}.`;
  if (t.type === "object") for (const child of t.fields) rows.push(...fieldRow(child, path, wirePath, only));
  for (const [name, variant] of objectVariants(t))
    for (const child of variant.fields)
      rows.push(...fieldRow(child, path, wirePath, only === undefined ? name : `${only}, ${name}`));
  return rows;
}

const HEADER = [
  "| Authoring key | Wire key | Type | Required | Default | Allowed | Secret | Set once | Description |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
];

export const docPath = (c: IrConnector) => connectorNames(c.kind, c.code).docPath;

/** "33 top-level keys; 6 always required, 4 more sent with their default.": the table's yes and "default sent" rows. */
function requiredSummary(c: IrConnector): string {
  const always = c.fields.filter((f) => f.required && f.default === undefined).length;
  const sent = c.fields.filter((f) => f.required && f.default !== undefined).length;
  const keys = c.fields.length === 1 ? "1 top-level key" : `${c.fields.length} top-level keys`;
  return `${keys}; ${always} always required (Required: yes)${sent > 0 ? `, ${sent} more sent with their default when left out (Required: no (default sent))` : ""}.`;
}

/** An object literal's text: identifier keys bare, the rest quoted; `literal` prints a value its own way. */
function tsLiteral(
  value: JsonValue,
  indent: string,
  literal?: (path: string[], v: JsonValue) => string | undefined,
  path: string[] = [],
): string {
  const own = literal?.(path, value);
  if (own !== undefined) return own;
  if (Array.isArray(value))
    return `[${value.map((v, i) => tsLiteral(v, indent, literal, [...path, String(i)])).join(", ")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  const inner = `${indent}  `;
  const keyText = (k: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : JSON.stringify(k));
  return `{\n${entries.map(([k, v]) => `${inner}${keyText(k)}: ${tsLiteral(v, inner, literal, [...path, k])},`).join("\n")}\n${indent}}`;
}

/** `UNSTRUCTURED_API_KEY` for option `unstructuredApiKey` of provider unstructured, not `UNSTRUCTURED_UNSTRUCTURED_…`. */
function providerEnv(provider: string, key: string): string {
  const own = envName(key);
  return own.startsWith(`${envName(provider)}_`) ? own : envName(provider, key);
}

/**
 * The usage example: a `create` call in TypeScript (secrets read from the
 * environment) and the same connector as a YAML config file. Undefined when a
 * required value has no known valid example.
 */
function usageExample(ir: IrProvider, c: IrConnector): string[] | undefined {
  const api = ir.kinds.find((k) => k.kind === c.kind);
  const config = exampleObject(c.fields, 0, (f) => withSchemaConstraints(f.type, c.wireSchema, f.wireKey));
  if (api === undefined || config === undefined) return undefined;
  const envelope = exampleObject(api.create.body.filter((f) => f.required));
  const options = exampleObject(optionFields(api.create, false).filter((f) => f.required));
  if (envelope === undefined || options === undefined) return undefined;
  // The connector's name reads better after the connector than after the key.
  const nameField = api.create.body.find((f) => f.key === "name");
  if (nameField?.type.type === "string" && nameField.type.pattern === undefined && typeof envelope.name === "string")
    envelope.name = `example-${c.code}`;
  const secretKeys = new Set(c.fields.filter((f) => f.secret).map((f) => f.key));
  const secretOptions = new Set(
    optionFields(api.create, false)
      .filter((f) => f.secret)
      .map((f) => f.key),
  );
  const module = connectorNames(c.kind, c.code).modulePath.replace(/\.ts$/, ".js");
  const configText = tsLiteral(config, "    ", (path, v) =>
    path.length === 1 && secretKeys.has(path[0]!) && v === EXAMPLE_SECRET
      ? `process.env.${envName(c.code, path[0]!)}!`
      : undefined,
  );
  const envelopeText = Object.entries(envelope).map(([k, v]) => `    ${k}: ${tsLiteral(v, "    ")},`);
  const optionsText = tsLiteral(options, "  ", (path, v) =>
    path.length === 1 && secretOptions.has(path[0]!) && v === EXAMPLE_SECRET
      ? `process.env.${providerEnv(ir.provider, path[0]!)}!`
      : undefined,
  );
  const name = typeof envelope.name === "string" ? envelope.name : `example-${c.code}`;
  const file = { provider: ir.provider, kind: c.kind, connector: c.code, name, config };
  const yaml = yamlText(file, { lineWidth: 0 })
    .trimEnd()
    .split("\n")
    .map((l) =>
      /^ {2}[A-Za-z0-9_$]+: example-secret$/.test(l) && secretKeys.has(l.trim().split(":")[0]!)
        ? `${l} # secret: from your secret store`
        : l,
    );
  return [
    "## Usage",
    "",
    `A request to create this connector (\`create\` validates the config and throws \`ConfigValidationError\` listing every problem). Only the keys that must be written are; secrets come from the environment. The import is relative to this page; from the package, import the ${code(`${ir.provider}/${c.kind}/${c.code}`)} subpath.`,
    "",
    "```ts",
    `import { create } from "../../${module}";`,
    "",
    "const request = create(",
    "  {",
    ...envelopeText,
    `    config: ${configText},`,
    "  },",
    ...(Object.keys(options).length > 0 ? [`  ${optionsText},`] : []),
    ");",
    "console.log(request.method, request.path);",
    "```",
    "",
    `The same connector as a config file, checked by \`validate\` and by editors with [config-file.schema.json](../../schemas/config-file.schema.json):`,
    "",
    "```yaml",
    ...yaml,
    "```",
    "",
  ];
}

function connectorPage(ir: IrProvider, c: IrConnector): string {
  const provider = ir.provider;
  const lines = [
    `<!-- Generated by ${TOOL_NAME}. Do not edit: run \`npm run codegen\`. -->`,
    "",
    `# ${mdText(c.displayName)} (${mdText(c.kind)}: ${code(c.code)})`,
    "",
  ];
  if (c.description) lines.push(mdText(c.description), "");
  if (c.comingSoon) lines.push("**Coming soon**: listed by the API but not deployable yet.", "");
  lines.push(
    ...(usageExample(ir, c) ?? ["## Usage", "", "No example: some required value has no known valid example.", ""]),
  );
  lines.push("## Fields", "");
  lines.push(
    `Provider ${code(provider)}. Authoring keys are what you write in TypeScript or a config file; the wire key is what the API receives (\`toWire\` / \`fromWire\` convert).`,
    "",
    requiredSummary(c),
    "",
    c.open === true
      ? "On the wire the config also accepts keys it does not list (its schema leaves it open); authoring keys are those listed."
      : "The config accepts no keys other than those listed.",
    "",
  );
  if (c.constants && c.constants.length > 0)
    lines.push(
      `Sent as ${c.constants.map((k) => code(`${k.wireKey}: ${JSON.stringify(k.value)}`)).join(", ")}, filled in by the builders (\`create\`, \`update\`, \`toWire\`); never authored.`,
      "",
    );
  lines.push(...HEADER, ...c.fields.flatMap((f) => fieldRow(f)), "");
  if (c.serverKeys.length > 0)
    lines.push(`Set by the server (accepted in responses, never authored): ${c.serverKeys.map(code).join(", ")}.`, "");
  lines.push(
    `JSON Schema: [authoring keys](../../${connectorNames(c.kind, c.code).schemaPaths.authoring}), [wire keys](../../${connectorNames(c.kind, c.code).schemaPaths.wire}).`,
    "",
  );
  return lines.join("\n");
}

function indexPage(ir: IrProvider): string {
  const lines = [
    `<!-- Generated by ${TOOL_NAME}. Do not edit: run \`npm run codegen\`. -->`,
    "",
    `# ${mdText(ir.provider)} connectors`,
    "",
  ];
  for (const kind of [...new Set(ir.connectors.map((c) => c.kind))]) {
    lines.push(
      `## ${mdText(kind)}`,
      "",
      "| Connector | Code | Fields | Required | Secrets |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const c of ir.connectors.filter((x) => x.kind === kind)) {
      lines.push(
        `| [${mdText(c.displayName)}](./${connectorNames(c.kind, c.code).docPath.slice("docs/".length)})${c.comingSoon ? " (coming soon)" : ""} | ${code(c.code)} | ${c.fields.length} | ${c.fields.filter((f) => f.required && f.default === undefined).length} | ${c.fields.filter((f) => f.secret).length} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

export function emitDocs(ir: IrProvider): OutputFile[] {
  return [
    ...ir.connectors.map((c) => ({ path: docPath(c), content: connectorPage(ir, c) })),
    { path: "docs/README.md", content: indexPage(ir) },
  ];
}
