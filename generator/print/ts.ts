// The one place where schema text becomes TypeScript syntax. Types are built as
// TypeScript AST nodes (so literals are escaped by the compiler's printer),
// values through `literal()`, comments through `docText()`.

import {
  Project,
  StructureKind,
  ts,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
} from "ts-morph";
import type { IrField, IrType, JsonValue } from "../ir/ir.js";
import { isIdentifier } from "../ir/naming.js";

const f = ts.factory;
const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
const scratch = ts.createSourceFile("print.ts", "", ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);

export type Side = "authoring" | "wire";

function literalNode(value: JsonValue): ts.TypeNode {
  if (value === null) return f.createLiteralTypeNode(f.createNull());
  if (Array.isArray(value)) {
    // `readonly [...]`: a tuple of the exact values, which `as const` arrays fit too.
    const tuple = ts.setEmitFlags(f.createTupleTypeNode(value.map(literalNode)), ts.EmitFlags.SingleLine);
    return f.createTypeOperatorNode(ts.SyntaxKind.ReadonlyKeyword, tuple);
  }
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0)
      return f.createTypeReferenceNode("Record", [
        keyword(ts.SyntaxKind.StringKeyword),
        keyword(ts.SyntaxKind.NeverKeyword),
      ]);
    const members = entries.map(([k, v]) =>
      f.createPropertySignature(undefined, propertyName(k), undefined, literalNode(v)),
    );
    return ts.setEmitFlags(f.createTypeLiteralNode(members), ts.EmitFlags.SingleLine);
  }
  if (typeof value === "string") return f.createLiteralTypeNode(f.createStringLiteral(value));
  if (typeof value === "boolean") return f.createLiteralTypeNode(value ? f.createTrue() : f.createFalse());
  const abs = f.createNumericLiteral(Math.abs(value));
  return f.createLiteralTypeNode(value < 0 ? f.createPrefixUnaryExpression(ts.SyntaxKind.MinusToken, abs) : abs);
}

/**
 * A property name node: bare when it is an identifier, a string literal otherwise,
 * and computed for `__proto__`, which in an object literal would set the prototype.
 */
export function propertyName(name: string): ts.PropertyName {
  if (name === "__proto__") return f.createComputedPropertyName(f.createStringLiteral(name));
  return isIdentifier(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}

function keyword(kind: ts.KeywordTypeSyntaxKind): ts.TypeNode {
  return f.createKeywordTypeNode(kind);
}

export function typeNode(type: IrType, side: Side): ts.TypeNode {
  let node: ts.TypeNode;
  if ("enum" in type && type.enum && type.enum.length > 0) {
    node = f.createUnionTypeNode(type.enum.map((o) => literalNode(o.value)));
  } else {
    switch (type.type) {
      case "string":
        node = keyword(ts.SyntaxKind.StringKeyword);
        break;
      case "integer":
      case "number":
        node = keyword(ts.SyntaxKind.NumberKeyword);
        break;
      case "boolean":
        node = keyword(ts.SyntaxKind.BooleanKeyword);
        break;
      case "unknown":
        node = keyword(ts.SyntaxKind.UnknownKeyword);
        break;
      case "never":
        node = keyword(ts.SyntaxKind.NeverKeyword);
        break;
      case "array": {
        const item = typeNode(type.items, side);
        const wrapped =
          ts.isUnionTypeNode(item) || ts.isFunctionTypeNode(item) ? f.createParenthesizedType(item) : item;
        node = f.createArrayTypeNode(wrapped);
        break;
      }
      case "union":
        node = f.createUnionTypeNode(type.variants.map((v) => typeNode(v, side)));
        break;
      case "object": {
        const members: ts.TypeElement[] = type.fields.map((field) =>
          f.createPropertySignature(
            undefined,
            propertyName(side === "wire" ? field.wireKey : field.key),
            isOptional(field) ? f.createToken(ts.SyntaxKind.QuestionToken) : undefined,
            typeNode(field.type, side),
          ),
        );
        if (type.additionalProperties !== false) {
          members.push(
            f.createIndexSignature(
              undefined,
              [
                f.createParameterDeclaration(
                  undefined,
                  undefined,
                  "key",
                  undefined,
                  keyword(ts.SyntaxKind.StringKeyword),
                ),
              ],
              type.fields.length > 0
                ? keyword(ts.SyntaxKind.UnknownKeyword)
                : typeNode(type.additionalProperties, side),
            ),
          );
        }
        node = f.createTypeLiteralNode(members);
        break;
      }
    }
  }
  if (type.nullable) {
    node = f.createUnionTypeNode([node, f.createLiteralTypeNode(f.createNull())]);
  }
  return node;
}

export function printNode(node: ts.Node): string {
  return printer.printNode(ts.EmitHint.Unspecified, node, scratch);
}

export function typeText(type: IrType, side: Side): string {
  return printNode(typeNode(type, side));
}

/**
 * A JavaScript expression for a JSON value. Strings go through JSON.stringify;
 * a `__proto__` key is written computed so it stays an own property.
 */
export function literal(value: JsonValue | undefined | readonly unknown[] | object): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`cannot emit non-finite number ${value}`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => literal(v as JsonValue)).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries
    .map(
      ([k, v]) =>
        `${k === "__proto__" ? `["__proto__"]` : isIdentifier(k) ? k : JSON.stringify(k)}: ${literal(v as JsonValue)}`,
    )
    .join(", ")}}`;
}

/** The TypeScript literal type of a JSON value (`{ a: 1 }`, `readonly [1, "x"]`, `null`), on one line. */
export function jsonLiteralType(value: JsonValue): string {
  return printNode(literalNode(value));
}

/** True when the type has enum values that are objects or arrays (their literal types need Prettier's layout). */
export function hasCompositeLiteral(type: IrType): boolean {
  if ("enum" in type && type.enum?.some((o) => o.value !== null && typeof o.value === "object")) return true;
  switch (type.type) {
    case "array":
      return hasCompositeLiteral(type.items);
    case "union":
      return type.variants.some(hasCompositeLiteral);
    case "object":
      return (
        type.fields.some((f) => hasCompositeLiteral(f.type)) ||
        (type.additionalProperties !== false && hasCompositeLiteral(type.additionalProperties))
      );
    default:
      return false;
  }
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
export function fieldDoc(
  field: IrField,
  describeCondition: (c: NonNullable<IrField["requiredWhen"]>) => string,
): string {
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
  if (field.requiredWhen) lines.push(`Required when ${docText(describeCondition(field.requiredWhen))}.`);
  else if (field.relevantWhen) lines.push(`Used only when ${docText(describeCondition(field.relevantWhen))}.`);
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

/** Renders ts-morph statement structures (or raw statements) to module text. */
let sharedProject: Project | undefined;

export function renderModule(statements: (string | StatementStructures)[]): string {
  // One in-memory project for every module: creating a project costs more than printing a file.
  sharedProject ??= new Project({ useInMemoryFileSystem: true });
  const file = sharedProject.createSourceFile("module.ts", { statements }, { overwrite: true });
  const text = file.getFullText();
  sharedProject.removeSourceFile(file);
  return text;
}

/** An exported interface whose properties come from IR fields. */
export function interfaceOf(
  name: string,
  fields: readonly IrField[],
  side: Side,
  docs: string | undefined,
  options: {
    optional?: (field: IrField) => boolean;
    typeParameters?: string[];
    extra?: OptionalKind<PropertySignatureStructure>[];
  } = {},
): InterfaceDeclarationStructure {
  const optional = options.optional ?? isOptional;
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    ...(options.typeParameters ? { typeParameters: options.typeParameters } : {}),
    ...(docs ? { docs: [docText(docs)] } : {}),
    properties: [
      ...(options.extra ?? []),
      ...fields.map((field) => ({
        name: printNode(propertyName(side === "wire" ? field.wireKey : field.key)),
        type: typeText(field.type, side),
        hasQuestionToken: optional(field),
        docs: [fieldDoc(field, describeConditions)],
      })),
    ],
  };
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
