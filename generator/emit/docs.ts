// Emitter: reference docs in Markdown, one page per connector and an index
// per provider. Schema text is untrusted: it is HTML-escaped and stripped of
// Markdown syntax, so a description can neither inject markup nor break a table.

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
import type { OutputFile } from "../output/output.js";
import { TOOL_NAME } from "../output/output.js";
import { connectorNames } from "../ir/naming.js";

/** Text as inert Markdown: one line, HTML-escaped, Markdown punctuation escaped. */
export function mdText(text: string): string {
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
      if (c.op === "in") return `${code(c.key)} in ${(c.value as JsonValue[]).map(json).join(", ")}`;
      return `${code(c.key)} ${c.op === "eq" ? "=" : "≠"} ${json(c.value)}`;
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
  if ((t.type === "integer" || t.type === "number") && (t.minimum !== undefined || t.maximum !== undefined))
    parts.push(`${t.minimum ?? "−∞"} to ${t.maximum ?? "∞"}`);
  if (t.type === "string") {
    if (t.pattern !== undefined) parts.push(`matches ${code(t.pattern)}`);
    if (t.minLength !== undefined || t.maxLength !== undefined)
      parts.push(`length ${t.minLength ?? 0} to ${t.maxLength ?? "∞"}`);
    if (t.format !== undefined) parts.push(`format ${code(t.format)}`);
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
  const required = f.required ? "yes" : f.requiredWhen ? `when ${conditionText(f.requiredWhen)}` : "no";
  const description = [
    only !== undefined ? `Only in ${only}.` : "",
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

function connectorPage(provider: string, c: IrConnector): string {
  const lines = [
    `<!-- Generated by ${TOOL_NAME}. Do not edit: run \`npm run codegen\`. -->`,
    "",
    `# ${mdText(c.displayName)} (${mdText(c.kind)}: ${code(c.code)})`,
    "",
  ];
  if (c.description) lines.push(mdText(c.description), "");
  if (c.comingSoon) lines.push("**Coming soon**: listed by the API but not deployable yet.", "");
  lines.push(
    `Provider ${code(provider)}. Authoring keys are what you write in TypeScript or a config file; the wire key is what the API receives (\`toWire\` / \`fromWire\` convert).`,
    "",
    `${c.fields.length} field(s); ${c.fields.filter((f) => f.required && f.default === undefined).length} always required.`,
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
    ...ir.connectors.map((c) => ({ path: docPath(c), content: connectorPage(ir.provider, c) })),
    { path: "docs/README.md", content: indexPage(ir) },
  ];
}
