// A fast reading of a YAML snapshot document, for the documents whose value
// it can be sure of. The yaml package reads the document through a token
// stream and a node tree, about half a microsecond a character: a second for
// a large platform's OpenAPI document, each run and each side of a diff.
// js-yaml reads it straight into values, several times faster, but it does
// not resolve scalars or keys quite as the yaml package does, and reads on
// past some text the yaml package refuses. So it is used with scalars
// resolved as the yaml package's YAML 1.2 core schema resolves them, and its
// value is taken only when nothing in the document is read differently by
// the two or needs the careful reading (warnings with a place): no anchor,
// alias, tag, directive, explicit (`?`) or collection key, null key, number
// no double holds exactly, nesting past the limit, error or warning, and
// none of the spellings the guards below name, each found by the
// differential test against the yaml package (test/plain-yaml.test.ts).
// Otherwise the caller reads the document with the yaml package.

import type * as JsYaml from "js-yaml";
import { isExactNumber } from "./strict-json.js";

type Yaml = typeof JsYaml;
/** What the listener reads of js-yaml's state (4.3's; its published types lag behind). */
type ReadState = JsYaml.State & { anchor?: string | null };

/** Why the document was not read here, for tests: the yaml package reads it. */
export type NotPlain =
  | "error"
  | "lenient"
  | "anchor"
  | "tag"
  | "directive"
  | "explicit-key"
  | "tab-indent"
  | "lone-cr"
  | "bom"
  | "blank-block-start"
  | "empty-entry"
  | "comment-touching"
  | "escaped-break"
  | "document-marker"
  | "indentation-indicator"
  | "collection-key"
  | "null-key"
  | "inexact-number"
  | "too-deep"
  | "empty";

/** Scalar resolution of the yaml package's core schema (YAML 1.2), with numbers checked as checkYaml checks them. */
function coreTypes(yaml: Yaml, inexact: () => void): JsYaml.Schema {
  // Private tags: an explicit `!!int` or `!!str` in the document is an unknown tag to js-yaml, so it is not read here.
  const tag = (name: string) => `tag:connector-config-codegen,plain-yaml:${name}`;
  const scalar = (name: string, test: RegExp, construct: (data: string) => unknown) =>
    new yaml.Type(tag(name), {
      kind: "scalar",
      resolve: (data: unknown) => typeof data === "string" && test.test(data),
      construct,
    });
  /** A decimal literal's value, when its double prints back as the same number (strict-json's isExactNumber). */
  const decimal = (data: string, value: number) => {
    const literal = data.replace(/^\+/, "").replace(/^(-?)\./, "$10.");
    if (!isExactNumber(literal, value)) inexact();
    return value;
  };
  const radix = (data: string, base: number) => {
    const value = parseInt(data.slice(2), base);
    if (!Number.isSafeInteger(value)) inexact();
    return value;
  };
  const implicit = [
    scalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (data) => data[0] === "t" || data[0] === "T"),
    scalar("int-oct", /^0o[0-7]+$/, (data) => radix(data, 8)),
    scalar("int", /^[-+]?[0-9]+$/, (data) => decimal(data, parseInt(data, 10))),
    scalar("int-hex", /^0x[0-9a-fA-F]+$/, (data) => radix(data, 16)),
    // .inf and .nan: no JSON number; checkYaml warns of them, with their place.
    scalar("float-special", /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (data) => {
      inexact();
      return data.endsWith("nan") || data.endsWith("NaN") || data.endsWith("NAN") ? NaN : Infinity;
    }),
    scalar("float-exp", /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (data) =>
      decimal(data, parseFloat(data)),
    ),
    scalar("float", /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (data) => decimal(data, parseFloat(data))),
  ];
  return new yaml.Schema({ implicit, explicit: [] });
}

/** A `?` standing alone where a node may start: an explicit key (or text that looks like one, read carefully too). */
const EXPLICIT_KEY = /(?:^|[\s[{,])\?(?:\s|$)/;
/** A `%` starting a line: a directive (`%YAML 1.1` changes how scalars resolve). */
const DIRECTIVE = /^%/m;
/** A line starting with a document marker (`---`, `...`): js-yaml takes `-----` for one. */
const MARKER = /^(?:---|\.\.\.)/gm;
/** A document that starts with a `---` line, as many do: the one marker read here (the yaml package refuses some nodes on it). */
const FIRST_MARKER = /^---(?:[ \t]+(?:#[^\r\n]*)?)?\r?\n/;
/** An escaped line break (`\` ending a line) before a blank line: the two fold it differently. */
const ESCAPED_BREAK_BEFORE_BLANK = /\\\r?\n[ \t]*\r?\n/;
/** A line whose last node is an empty sequence entry (`-`, `- -`, `- # note`): its dashes, then its column. */
const EMPTY_ENTRY = /^([ \t]*(?:-[ \t]+)*)-[ \t]*(?:#.*)?$/;
/** A line starting (after its indentation) with a sequence entry. */
const ENTRY_START = /^( *)-(?:[ \t]|$)/;
/**
 * A comment touching a flow indicator or `:` before it: the yaml package refuses it, js-yaml reads it as a comment.
 * (One touching a closing quote or bracket is found as the node closes.)
 */
const COMMENT_TOUCHING = /[[{,:]#/;

/**
 * Whether an empty sequence entry is followed by an entry of an outer
 * sequence (the next line that is not blank or a comment starts with a `-`
 * left of it): js-yaml reads that entry into the inner sequence.
 */
function emptyEntryBeforeOuter(text: string): boolean {
  let column = -1;
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    const entry = ENTRY_START.exec(line);
    if (column !== -1 && entry !== null && entry[1]!.length < column) return true;
    const empty = EMPTY_ENTRY.exec(line);
    column = empty === null ? -1 : empty[1]!.length;
  }
  return false;
}

/**
 * A flow collection after `{` or `,`: a key when in a flow mapping, even with no `:` after it (then its value is
 * null). Also matches nested flow sequences, which are left to the yaml package too.
 */
const COLLECTION_IN_FLOW = /[{,](?:[ \t\r\n]|#[^\r\n]*)*[[{]/;
/** A block scalar whose first line is blank: the yaml package refuses more-indented leading blank lines, js-yaml reads on. */
const BLANK_AFTER_BLOCK_HEADER = /[|>][-+]?[ \t]*(?:#[^\r\n]*)?\r?\n[ \t]*\r?\n/;
/** A `!` where a node may start: a tag (even the bare `!`, which makes an empty node "" for the yaml package, null for js-yaml). */
const TAG = /(?:^|[\s[{,])!/;
/** A byte order mark (the one starting a file is gone when decoded): the two read it in different places. */
const BOM = /\ufeff/;
/** A carriage return not before a line feed: a line break to js-yaml, text to the yaml package. */
const LONE_CR = /\r(?!\n)/;
/** A tab in a line's indentation: the yaml package refuses it where js-yaml reads on. */
const TAB_INDENT = /^ *\t/m;
/** A block scalar header with an indentation indicator (`|2-`), which the two count from different columns. */
const INDENTATION_INDICATOR = /(?:^|[ \t])[|>](?:[1-9][-+]?|[-+][1-9])[ \t]*(?:#.*)?$/m;

/**
 * The value of a one-document YAML text, when it is sure to be the yaml
 * package's (parseDocument with unique keys, then toJS) and its numbers are
 * exact and its nesting is at most `maxDepth` mappings and sequences;
 * otherwise why not.
 */
export async function readPlainYaml(
  text: string,
  maxDepth: number,
): Promise<{ value: unknown } | { notPlain: NotPlain }> {
  if (LONE_CR.test(text)) return { notPlain: "lone-cr" };
  if (BOM.test(text)) return { notPlain: "bom" };
  if (DIRECTIVE.test(text)) return { notPlain: "directive" };
  if (TAG.test(text)) return { notPlain: "tag" };
  if (EXPLICIT_KEY.test(text)) return { notPlain: "explicit-key" };
  const markers = text.match(MARKER)?.length ?? 0;
  if (markers > 1 || (markers === 1 && !FIRST_MARKER.test(text))) return { notPlain: "document-marker" };
  if (ESCAPED_BREAK_BEFORE_BLANK.test(text)) return { notPlain: "escaped-break" };
  if (emptyEntryBeforeOuter(text)) return { notPlain: "empty-entry" };
  if (COMMENT_TOUCHING.test(text)) return { notPlain: "comment-touching" };
  if (COLLECTION_IN_FLOW.test(text)) return { notPlain: "collection-key" };
  if (BLANK_AFTER_BLOCK_HEADER.test(text)) return { notPlain: "blank-block-start" };
  if (TAB_INDENT.test(text)) return { notPlain: "tab-indent" };
  if (INDENTATION_INDICATOR.test(text)) return { notPlain: "indentation-indicator" };
  const yaml: Yaml = await import("js-yaml");
  let notPlain: NotPlain | undefined;
  const schema = coreTypes(yaml, () => (notPlain ??= "inexact-number"));
  let value: unknown;
  try {
    const options: JsYaml.LoadOptions & { maxDepth: number } = {
      schema,
      // js-yaml counts scalars too, and stops deeper documents with an error: then the yaml package reads it.
      maxDepth: maxDepth + 2,
      // What js-yaml reads past with a warning (a quoted scalar's line indented too little) the yaml package refuses.
      onWarning: () => (notPlain ??= "lenient"),
      listener(event, state: ReadState) {
        if (event !== "close") return;
        if (state.anchor !== null && state.anchor !== undefined) notPlain ??= "anchor";
        const last = text.charCodeAt(state.position - 1);
        // A quoted scalar or flow collection followed at once by `#`.
        if (
          text.charCodeAt(state.position) === 0x23 &&
          (last === 0x22 || last === 0x27 || last === 0x5d || last === 0x7d)
        )
          notPlain ??= "comment-touching";
        // A flow collection followed by `:` is a key: the yaml package writes such keys as YAML, js-yaml as text.
        if (state.kind === "mapping" || state.kind === "sequence") {
          let i = state.position;
          while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09) i++;
          if (text.charCodeAt(i) === 0x3a) notPlain ??= "collection-key";
        }
      },
    };
    value = yaml.load(text, options);
  } catch (error) {
    // An unknown tag, a duplicate key, more than one document, a syntax error, nesting past the limit, a stack
    // overflow: the yaml package reads the document and says what is wrong, as before.
    return { notPlain: error instanceof yaml.YAMLException && /unknown tag/.test(error.message) ? "tag" : "error" };
  }
  if (notPlain !== undefined) return { notPlain };
  if (value === undefined) return { notPlain: "empty" };
  const found = checkTree(value, maxDepth);
  return found === undefined ? { value } : { notPlain: found };
}

/**
 * Whether the value read holds a key js-yaml writes differently from the yaml
 * package (a null key: "null" against "") or nesting past `maxDepth`. Walks
 * with an explicit stack: without anchors, the value is a tree.
 */
function checkTree(value: unknown, maxDepth: number): NotPlain | undefined {
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop();
    const depth = depths.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth >= maxDepth) return "too-deep";
    if (Array.isArray(v)) {
      for (const item of v)
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth + 1);
        }
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key === "null") return "null-key";
      const item = (v as Record<string, unknown>)[key];
      if (typeof item === "object" && item !== null) {
        stack.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return undefined;
}
