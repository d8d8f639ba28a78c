// The one place where an IR type or field becomes TypeScript: types as layout
// documents (`irTypeDoc`, `valueType`), interfaces of IR fields
// (`interfaceOf`), and the JSDoc text of fields (`fieldDoc`, `docText`).
// Schema text reaches these only through generator/print/pretty.ts's `str`
// and `key`, and through `docText` for comments.

import type { IrField, IrType, JsonValue } from "../ir/ir.js";
import {
  arrayType,
  group,
  ifBreak,
  indent,
  interfaceDeclaration,
  join,
  key,
  line,
  num,
  objectType,
  parenthesised,
  plainType,
  propertySignature,
  softline,
  str,
  typeDoc,
  unionType,
  withComment,
  type Doc,
  type TypeDoc,
} from "./pretty.js";

export type Side = "authoring" | "wire";

/** The literal type of a JSON value: `"a"`, `1`, `null`, `[1, "b"]`, `{ a: true }`. */
export function valueType(v: JsonValue): TypeDoc {
  if (v === null) return plainType("null");
  if (typeof v === "string") return plainType(str(v));
  if (typeof v === "number") return plainType(num(v));
  if (typeof v === "boolean") return plainType(v ? "true" : "false");
  // `readonly [...]`: the exact tuple, which `as const` arrays fit too.
  if (Array.isArray(v)) {
    if (v.length === 0) return plainType("readonly []");
    const items = v.map((item) => typeDoc(valueType(item), "member"));
    return plainType(group(["readonly [", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]));
  }
  // `{}` would accept any value but null and undefined: an empty object is an object with no keys.
  if (Object.keys(v).length === 0) return plainType("Record<string, never>");
  return objectType(
    Object.entries(v)
      .filter((e): e is [string, JsonValue] => e[1] !== undefined)
      .map(([k, item]) => [key(k), false, valueType(item)]),
  );
}

/**
 * How a union inside a union is written: "flat" as one union (`"a" | "b" | null`,
 * connector modules), "grouped" in parentheses (`("a" | "b") | null`, api.gen.ts).
 * Both are what Prettier leaves; each file keeps the form it has always had.
 */
export type Nesting = "flat" | "grouped";

/** The TypeScript type of an IR type, on the authoring or the wire side. */
export function irTypeDoc(type: IrType, side: Side, nesting: Nesting = "flat"): TypeDoc {
  const union = (members: TypeDoc[]) =>
    unionType(
      nesting === "flat"
        ? members
        : members.map((m) => (m.kind === "union" && m.members.length > 1 ? plainType(parenthesised(m)) : m)),
    );
  let t: TypeDoc;
  if ("enum" in type && type.enum && type.enum.length > 0) {
    t = unionType(type.enum.map((o) => valueType(o.value)));
  } else {
    switch (type.type) {
      case "string":
      case "boolean":
      case "unknown":
      case "never":
        t = plainType(type.type);
        break;
      case "integer":
      case "number":
        t = plainType("number");
        break;
      case "array":
        t = arrayType(irTypeDoc(type.items, side, nesting));
        break;
      case "union":
        t = union(type.variants.map((v) => irTypeDoc(v, side, nesting)));
        break;
      case "object":
        t = objectType(
          type.fields.map((f) => [
            key(side === "wire" ? f.wireKey : f.key),
            isOptional(f),
            irTypeDoc(f.type, side, nesting),
          ]),
          type.additionalProperties === false
            ? undefined
            : type.fields.length > 0
              ? plainType("unknown")
              : irTypeDoc(type.additionalProperties, side, nesting),
        );
        break;
    }
  }
  return type.nullable ? union([t, plainType("null")]) : t;
}

/**
 * `export interface Name<…> { … }` whose properties come from IR fields, each
 * with its JSDoc; `extra` members come first.
 */
export function interfaceOf(
  name: string,
  fields: readonly IrField[],
  side: Side,
  docs: string,
  options: { extra?: Doc[]; typeParameters?: Doc; nesting?: Nesting } = {},
): Doc {
  const members = fields.map((f) =>
    withComment(fieldDoc(f), [
      propertySignature(
        key(side === "wire" ? f.wireKey : f.key),
        isOptional(f),
        irTypeDoc(f.type, side, options.nesting),
      ),
      ";",
    ]),
  );
  return withComment(
    docText(docs),
    interfaceDeclaration(name, [...(options.extra ?? []), ...members], options.typeParameters),
  );
}

/**
 * Text safe inside a `/** … *\/` comment: comment terminators broken up, tags
 * neutralised, line breaks normalised.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/(^|\s)@/g, "$1\\@")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trimEnd();
}

/** JSDoc lines for a field: what it is, where it goes on the wire, what it accepts. */
export function fieldDoc(field: IrField): string {
  const lines: string[] = [];
  if (field.title && field.title !== field.description) lines.push(docText(field.title));
  if (field.description) lines.push(...(lines.length ? [""] : []), docText(field.description));
  if (lines.length) lines.push("");
  lines.push(`Wire key: ${docText(JSON.stringify(field.wireKey))}`);
  const t = field.type;
  const options =
    "enum" in t && t.enum ? t.enum : t.type === "array" && "enum" in t.items && t.items.enum ? t.items.enum : undefined;
  if (options) {
    lines.push(
      `Allowed values: ${docText(options.map((o) => (o.label ? `${JSON.stringify(o.value)} (${o.label})` : JSON.stringify(o.value))).join(", "))}`,
    );
  }
  if ((t.type === "integer" || t.type === "number") && (t.minimum !== undefined || t.maximum !== undefined)) {
    lines.push(`Range: ${t.minimum ?? "-∞"} to ${t.maximum ?? "∞"}`);
  }
  if (field.requiredWhen) lines.push(`Required when ${docText(describeConditions(field.requiredWhen))}.`);
  else if (field.relevantWhen) lines.push(`Used only when ${docText(describeConditions(field.relevantWhen))}.`);
  if (field.secret) lines.push("Secret: never logged or echoed by the generated code.");
  if (field.setOnce) lines.push("Set once: can be set at creation, never changed by an update.");
  if (field.readOnly) lines.push("Read-only in the provider's UI.");
  if (field.placeholder !== undefined) {
    lines.push(
      `Server-resolved default ${docText(JSON.stringify(field.placeholder))}: filled in by the server, never sent.`,
    );
  }
  if (field.default !== undefined) lines.push(`@default ${docText(JSON.stringify(field.default))}`);
  return lines.join("\n");
}

/** Optional to author: not always required, or required but with a default the builders fill in. */
export function isOptional(field: IrField): boolean {
  return !field.required || field.default !== undefined;
}

/** `sshEnabled = true and snapshotMode is one of "initial", "never"` */
export function describeConditions(conditions: NonNullable<IrField["requiredWhen"]>): string {
  return conditions
    .map((c) => {
      if (c.op === "present") return `${c.key} is set`;
      if (c.op === "in")
        return `${c.key} is one of ${(c.value as JsonValue[]).map((v) => JSON.stringify(v)).join(", ")}`;
      return `${c.key} ${c.op === "eq" ? "=" : "≠"} ${JSON.stringify(c.value)}`;
    })
    .join(" and ");
}
