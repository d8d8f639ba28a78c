// The printer of every TypeScript file we write ourselves (connector modules,
// api.gen.ts, index.ts, and their dist/ JavaScript and declarations), in
// Prettier's format without running Prettier's parser and printer: emitters
// build Prettier's own layout documents — the same groups, indents and line
// breaks Prettier's TypeScript printer builds for these constructs — and
// generator/print/doc-printer.ts lays them out. Only the constructs our
// emitters use are covered; tests check that Prettier leaves every such file
// unchanged.
//
// Schema text reaches the output only through `str` (quoted the way Prettier
// quotes), `key` (bare only when a valid identifier), `templateText` and
// `comment` (with generator/print/ir-types.ts's `docText`).

// The layout builders alone: Prettier's own entry costs more to load than a no-change run takes.
import { builders } from "prettier/doc";
import type { Doc } from "prettier";
import { printDoc } from "./doc-printer.js";
import { isIdentifier } from "../ir/naming.js";
import type { OutputFile } from "../output/output.js";

/** Line width of every file we print, and of the Prettier run over foreign files (generator/print/format.ts). */
export const PRINT_WIDTH = 120;

const { group, indent, line, softline, hardline, ifBreak, indentIfBreak, join, fill, align } = builders;
export { group, indent, indentIfBreak, line, softline, hardline, ifBreak, join };
export type { Doc };

/** Prettier's choice of quotes: double, unless the text holds more double quotes than single ones. */
export function str(value: string): string {
  const json = JSON.stringify(value);
  const doubles = value.split('"').length - 1;
  const singles = value.split("'").length - 1;
  if (doubles <= singles) return json;
  // JSON escaped every `"`; in single quotes they go bare and `'` is escaped instead.
  const inner = json.slice(1, -1).replace(/\\(.)|'/gs, (m, escaped: string | undefined) => {
    if (escaped === '"') return '"';
    if (escaped !== undefined) return m;
    return "\\'";
  });
  return `'${inner}'`;
}

/** Text safe inside a template literal's backticks: escapes as in a JSON string, plus `` ` `` and `${`. */
export function templateText(value: string): string {
  return JSON.stringify(value)
    .slice(1, -1)
    .replace(/`|\$\{/g, (m) => `\\${m}`);
}

/** A number as Prettier prints it (JSON's `1e+21` is `1e21`). */
export function num(value: number): Doc {
  if (!Number.isFinite(value)) throw new Error(`cannot emit non-finite number ${value}`);
  const text = JSON.stringify(Math.abs(value)).toLowerCase().replace("e+", "e");
  return value < 0 || Object.is(value, -0) ? ["-", text] : text;
}

/**
 * A property name: bare when an identifier, quoted otherwise, and computed for
 * `__proto__`, which in an object literal would set the prototype.
 */
export function key(name: string): Doc {
  if (name === "__proto__") return ["[", str(name), "]"];
  return isIdentifier(name) ? name : str(name);
}

/** A property key is "short" to Prettier when narrower than tabWidth + 3: it never breaks after the colon. */
const isShortKey = (k: Doc) => typeof k === "string" && [...k].length < 5;

/** Code the emitter wrote itself (an identifier), printed as is. */
export class Raw {
  constructor(readonly code: string) {}
}

export type Value =
  null | boolean | number | string | Raw | readonly Value[] | { readonly [k: string]: Value | undefined };

const isPlainObject = (v: Value): v is { readonly [k: string]: Value | undefined } =>
  v !== null && typeof v === "object" && !Array.isArray(v) && !(v instanceof Raw);

const definedEntries = (o: { readonly [k: string]: Value | undefined }) =>
  Object.entries(o).filter((e): e is [string, Value] => e[1] !== undefined);

const isNumber = (v: Value) => typeof v === "number";

/** A JavaScript expression for a JSON-like value, as Prettier lays out object and array literals. */
export function value(v: Value): Doc {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return num(v);
  if (typeof v === "string") return str(v);
  if (v instanceof Raw) return v.code;
  if (Array.isArray(v)) return array(v as readonly Value[]);
  return object(v as { readonly [k: string]: Value | undefined });
}

function array(items: readonly Value[]): Doc {
  if (items.length === 0) return "[]";
  if (items.length > 1 && items.every(isNumber)) {
    // Prettier fills number arrays: as many per line as fit.
    const id = Symbol("array");
    const parts: Doc[] = [];
    items.forEach((item, i) => {
      if (i > 0) parts.push(line);
      parts.push([value(item), i === items.length - 1 ? ifBreak(",", "", { groupId: id }) : ","]);
    });
    return group(["[", indent([softline, fill(parts)]), softline, "]"], { id });
  }
  // Several objects (or arrays) of more than one entry each: always one per line.
  const size = (v: Value) => (Array.isArray(v) ? v.length : isPlainObject(v) ? definedEntries(v).length : 0);
  const first = items[0]!;
  const sameKind = (v: Value) => (Array.isArray(first) ? Array.isArray(v) : isPlainObject(first) && isPlainObject(v));
  const shouldBreak =
    items.length > 1 &&
    (Array.isArray(first) || isPlainObject(first)) &&
    items.every((v) => sameKind(v) && size(v) > 1);
  return group(
    [
      "[",
      indent([
        softline,
        join(
          [",", line],
          items.map((item) => group(value(item))),
        ),
      ]),
      ifBreak(","),
      softline,
      "]",
    ],
    { shouldBreak },
  );
}

function object(o: { readonly [k: string]: Value | undefined }): Doc {
  const entries = definedEntries(o);
  if (entries.length === 0) return "{}";
  return objectExpression(entries.map(([k, v]) => property(k, v)));
}

/** `{ a, b }` of an object literal or pattern from printed members; after a rest element (`...rest`) no trailing comma. */
export function objectExpression(members: Doc[], restLast = false): Doc {
  return group(["{", indent([line, join([",", line], members)]), restLast ? "" : ifBreak(","), line, "}"]);
}

/** `name: value` in an object literal. */
export function property(name: string, v: Value): Doc {
  const k = key(name);
  const printed = value(v);
  const short = isShortKey(k);
  if (typeof v === "string" && !short) return group([group(k), ":", group(indent([line, printed]))]);
  if (short || v === null || typeof v === "boolean" || typeof v === "number" || typeof v === "string")
    return group([group(k), ":", " ", printed]);
  return group(fluid([group(k), ":"], printed));
}

/** Prettier's "fluid" assignment: the right side moves to the next line only when its first line cannot fit. */
function fluid(left: Doc[], right: Doc): Doc[] {
  const id = Symbol("assignment");
  return [...left, group(indent(line), { id }), indentIfBreak(right, { groupId: id })];
}

// ---------------------------------------------------------------------------
// Types

export type TypeDoc =
  | { kind: "plain"; doc: Doc }
  | { kind: "object"; doc: Doc }
  | { kind: "array"; doc: Doc }
  | { kind: "union"; members: TypeDoc[] };

/** Where a union sits decides how Prettier wraps it. */
export type TypeContext = "annotation" | "argument" | "member";

export const plainType = (d: Doc): TypeDoc => ({ kind: "plain", doc: d });

/** A union, flattened as Prettier sees `A | (B | C)` written without parentheses. */
export function unionType(members: TypeDoc[]): TypeDoc {
  return { kind: "union", members: members.flatMap((m) => (m.kind === "union" ? m.members : [m])) };
}

export function arrayType(item: TypeDoc): TypeDoc {
  if (item.kind !== "union") return { kind: "array", doc: [typeDoc(item, "member"), "[]"] };
  return { kind: "array", doc: [parenthesised(item), "[]"] };
}

/** `(A | B)`: a union kept as one member of an array or of another union. */
export function parenthesised(union: TypeDoc & { kind: "union" }): Doc {
  const inner = unionBody(union);
  return isHugged(union) ? ["(", inner, ")"] : ["(", group([indent([softline, inner]), softline]), ")"];
}

/** `{ a: string; b?: number }`: members are `[key, optional, type]`, plus an optional index signature. */
export function objectType(members: [Doc, boolean, TypeDoc][], index?: TypeDoc): TypeDoc {
  const docs: Doc[] = members.map(([k, optional, t]) => propertySignature(k, optional, t));
  if (index) docs.push(indexSignature(index));
  if (docs.length === 0) return { kind: "object", doc: "{}" };
  return { kind: "object", doc: group(["{", indent([line, join([";", line], docs), ifBreak(";")]), line, "}"]) };
}

const isNullType = (t: TypeDoc) => t.kind === "plain" && t.doc === "null";

/** `{…} | null` stays on the object's lines instead of going one member per line. */
const isHugged = (t: TypeDoc) =>
  t.kind === "union" &&
  t.members.some((m) => m.kind === "object") &&
  t.members.filter(isNullType).length === t.members.length - 1;

function unionBody(t: TypeDoc & { kind: "union" }): Doc {
  if (isHugged(t))
    return join(
      " | ",
      t.members.map((m) => typeDoc(m, "member")),
    );
  const members = t.members.map((m) => align(2, typeDoc(m, "member")));
  return group([ifBreak("| "), join([line, "| "], members)]);
}

export function typeDoc(t: TypeDoc, context: TypeContext): Doc {
  if (t.kind !== "union") return t.doc;
  if (t.members.length === 1) return typeDoc(t.members[0]!, context);
  const body = unionBody(t);
  if (isHugged(t) || context !== "annotation") return body;
  return group(indent([softline, body]));
}

export function propertySignature(k: Doc, optional: boolean, t: TypeDoc): Doc {
  return group([k, optional ? "?" : "", ":", " ", typeDoc(t, "annotation")]);
}

function indexSignature(t: TypeDoc): Doc {
  return group([
    "[",
    group([indent([softline, "key", ":", " ", "string"]), softline]),
    "]",
    ":",
    " ",
    typeDoc(t, "annotation"),
  ]);
}

/** `Name<A, B>`: one simple argument stays bare, more are a breakable group. */
export function typeReference(name: string, args: Doc[] = [], simpleSingle = false): Doc {
  if (args.length === 0) return name;
  if (args.length === 1 && simpleSingle) return [name, "<", args[0]!, ">"];
  return [name, group(["<", indent([softline, join([",", line], args)]), softline, ">"])];
}

// ---------------------------------------------------------------------------
// Comments and statements

/** A JSDoc block: one line as `/** … *\/`, more as Prettier re-indents them (each line trimmed at the end). */
export function comment(text: string): Doc {
  const lines = text.split("\n").map((l) => l.trimEnd());
  if (lines.length === 1) return `/** ${lines[0]} */`;
  return join(hardline, ["/**", ...lines.map((l) => (l === "" ? " *" : ` * ${l}`)), " */"]);
}

export const withComment = (text: string | undefined, statement: Doc): Doc =>
  text ? [comment(text), hardline, statement] : statement;

/** `{ a, b }` of an import or export: one name never breaks, more break one per line when too long. */
function specifiers(names: string[]): Doc {
  if (names.length === 1) return ["{ ", names[0]!, " }"];
  return group(["{", indent([line, join([",", line], names)]), ifBreak(","), line, "}"]);
}

/** `import { … } from "…";` (`keyword` "import type" for a type-only import). */
export function importDeclaration(names: string[], from: string, keyword = "import"): Doc {
  return [keyword, " ", specifiers(names), " from", " ", str(from), ";"];
}

/** `export { … } from "…";` (`keyword` "export type" for type-only re-exports). */
export function exportFrom(names: string[], from: string, keyword = "export"): Doc {
  return [keyword, " ", specifiers(names), " from", " ", str(from), ";"];
}

/** `export type Name = A | B | …;` — a union on the right breaks one member per line after `=`. */
export function unionAlias(name: string, union: TypeDoc): Doc {
  if (union.kind !== "union" || union.members.length < 2) return typeAlias(name, typeDoc(union, "member"));
  return ["export", " ", group([group(["type ", name]), " =", group(indent([line, unionBody(union)]))]), ";"];
}
/** `export const name = rhs;` — `layout` as Prettier picks it for the right side. */
export function constDeclaration(
  left: Doc,
  right: Doc,
  layout: "fluid" | "break-after-operator",
  exported = true,
): Doc {
  const assignment =
    layout === "fluid" ? fluid([group(left), " ="], right) : [group(left), " =", group(indent([line, right]))];
  return [exported ? "export " : "", group(["const", " ", group(assignment), ";"])];
}

export function typeAlias(name: string, right: Doc, params: Doc = ""): Doc {
  return ["export", " ", group(fluid([group(["type ", name, params]), " ="], right)), ";"];
}

/** `<T, C extends K = D>`: each parameter `[name, constraint?, default?]`. */
export function typeParameters(params: [string, Doc?, Doc?][]): Doc {
  if (params.length === 0) return "";
  const printed = params.map(([name, constraint, fallback]) => {
    const parts: Doc[] = [name];
    for (const [word, right] of [
      [" extends", constraint],
      [" =", fallback],
    ] as const) {
      if (right === undefined) continue;
      const id = Symbol(word);
      parts.push(word, group(indent(line), { id }), indentIfBreak(right, { groupId: id }));
    }
    return parts.length === 1 ? name : group(parts);
  });
  return group(["<", indent([softline, join([",", line], printed)]), ifBreak(","), softline, ">"]);
}

export function interfaceDeclaration(name: string, members: Doc[], params: Doc = ""): Doc {
  if (members.length === 0) return ["export interface ", name, params, " {}"];
  return ["export interface ", name, params, " {", indent([hardline, join(hardline, members)]), hardline, "}"];
}

/**
 * `A & B & { c: C }` as Prettier joins it: between two non-object members a
 * breakable ` &` (indented), next to an object type literal (`objects[i]`) an
 * inline ` & `.
 */
export function intersectionType(members: Doc[], objects: boolean[]): Doc {
  let indented = false;
  return group(
    members.map((m, i) => {
      if (i === 0) return m;
      const [previous, current] = [objects[i - 1], objects[i]];
      if (previous && current) return [" & ", indented ? indent(m) : m];
      if (!previous && !current) return indent([" &", line, m]);
      if (i > 1) indented = true;
      return [" & ", i > 1 ? indent(m) : m];
    }),
  );
}

export function call(callee: string, typeArgument: string | undefined, args: string[]): Doc {
  return [
    callee,
    typeArgument ? ["<", typeArgument, ">"] : "",
    group(["(", indent([softline, join([",", line], args)]), ifBreak(","), softline, ")"]),
  ];
}

/**
 * `export function name(params): R { body }`; without a return type, the
 * JavaScript form (no types); without a body, the declaration form.
 */
export function functionDeclaration(
  name: string,
  parameters: [string, boolean, TypeDoc][],
  returnType: Doc | undefined,
  body: Doc | undefined,
  typeParams: Doc = "",
): Doc {
  const params = parameters.map(([p, optional, t]) =>
    returnType === undefined ? p : [p, optional ? "?" : "", ":", " ", typeDoc(t, "annotation")],
  );
  const signature = group([
    "(",
    indent([softline, join([",", line], params)]),
    ifBreak(","),
    softline,
    ")",
    ...(returnType === undefined ? [] : [":", " ", returnType]),
  ]);
  const generic = returnType === undefined ? "" : typeParams;
  if (body === undefined) return ["export declare function ", name, generic, signature, ";"];
  return ["export function ", name, generic, signature, " {", indent([hardline, body]), hardline, "}"];
}

/** `export declare const name: Type;` */
export function declareConst(name: string, type: Doc): Doc {
  return group(["export declare const ", name, ":", " ", type, ";"]);
}

/** A function in all three forms: TypeScript, JavaScript (no types), declaration (no body). */
export function functionPart(
  docs: string | undefined,
  name: string,
  parameters: [string, boolean, TypeDoc][],
  returnType: Doc,
  body: (typed: boolean) => Doc,
): Part {
  return {
    ts: withComment(docs, functionDeclaration(name, parameters, returnType, body(true))),
    js: withComment(docs, functionDeclaration(name, parameters, undefined, body(false))),
    dts: withComment(docs, functionDeclaration(name, parameters, returnType, undefined)),
  };
}

/** A module's statements laid out; `true` is a blank line between two of them. */
export function printModule(parts: (Doc | true)[]): string {
  const docs: Doc[] = [];
  for (const part of parts) {
    if (part === true) docs.push(hardline);
    else docs.push(part, hardline);
  }
  return printDoc(docs, PRINT_WIDTH);
}

/**
 * One statement of a module in its three outputs: TypeScript, and the
 * JavaScript and declaration files of dist/ (undefined: as in TypeScript; null: left out).
 */
export interface Part {
  ts: Doc;
  js?: Doc | null;
  dts?: Doc | null;
}

/** A statement the same in all three outputs. */
export const same = (d: Doc): Part => ({ ts: d });

/** A statement only types are made of: left out of the JavaScript. */
export const typeOnly = (d: Doc): Part => ({ ts: d, js: null, dts: d });

/**
 * A module at `path` (`….ts`) and its `dist/….js` and `dist/….d.ts`, printed
 * from the same statements; `true` is a blank line between two of them.
 */
export function printModules(path: string, parts: (Part | true)[]): OutputFile[] {
  const variant = (pick: (p: Part) => Doc | null | undefined) => {
    const docs: (Doc | true)[] = [];
    for (const p of parts) {
      // One blank line where statements left out would have left several.
      if (p === true) {
        if (docs.length > 0 && docs.at(-1) !== true) docs.push(true);
        continue;
      }
      const d = pick(p);
      if (d !== null) docs.push(d === undefined ? p.ts : d);
    }
    if (docs.at(-1) === true) docs.pop();
    return printModule(docs);
  };
  const base = `dist/${path.slice(0, -".ts".length)}`;
  return [
    { path, content: variant((p) => p.ts) },
    { path: `${base}.js`, content: variant((p) => p.js) },
    { path: `${base}.d.ts`, content: variant((p) => p.dts) },
  ];
}
