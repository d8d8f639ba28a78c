// Checks connector config files' text with the generated validators and places
// every problem at its line and column. No dependencies and no Node built-ins:
// it runs wherever the package does. A file holds one definition, several YAML
// documents, or a list of definitions:
//   { provider, kind, connector, name, config, keys?: "authoring" | "wire" }
//
// YAML is read by a small reader of the subset config files use: block
// mappings and sequences, flow `[…]` and `{…}`, plain, single- and
// double-quoted scalars (also over several lines), `|` and `>` block scalars,
// comments and `---` documents; scalars resolve as YAML 1.2's core schema
// (null, true/false, integers, floats, else strings). Anchors, aliases, tags,
// `?` keys and multi-line plain scalars are reported as unsupported, with
// their line and column. Parse errors never quote the source, which may hold
// a secret; the validators never show secret values.

export interface FileProblem {
  file: string;
  line: number;
  column: number;
  /** Authoring path of the key, e.g. `config.databaseHostname`; empty for the file as a whole. */
  path: string;
  /** The same place with wire keys. */
  wirePath: string;
  code: string;
  message: string;
  /** A warning (a renamed field's former key, a deprecated field): shown, never a failure. */
  severity?: "warning";
}

/** A connector's keys on both sides: its fields', and the former keys of renamed fields. */
export interface ConnectorKeys {
  readonly fields: readonly { readonly key: string; readonly wireKey: string }[];
  readonly aliases?: readonly {
    readonly key?: string;
    readonly wireKey: string;
    readonly to: string;
    readonly toWire: string;
  }[];
}

const WARN_DEPRECATED = { deprecated: true } as const;

/** What the validator of one generated connector module offers. */
export interface ConnectorModule {
  readonly spec: ConnectorKeys;
  validate(config: unknown, options?: { readonly deprecated?: boolean }): readonly ValidatorProblem[];
  validateWire(wire: unknown, options?: { readonly deprecated?: boolean }): readonly ValidatorProblem[];
}

export interface ValidatorProblem {
  readonly path: string;
  readonly wirePath: string;
  readonly code: string;
  readonly message: string;
  readonly severity?: "warning";
}

/** A provider's `index` module: its registry of connector modules by kind and code. */
export interface ProviderModule {
  readonly connectors: { readonly [kind: string]: { readonly [code: string]: ConnectorModule } };
  suggestKey?(
    unknown: string,
    fields: readonly { key: string; wireKey: string }[],
    side: "authoring" | "wire",
  ): string | undefined;
}

/** The providers a file may name, by provider name. */
export type Providers = { readonly [provider: string]: ProviderModule };

/** A parsed value with its place in the file, navigable by key and index. */
export interface Located {
  readonly value: unknown;
  readonly line: number;
  readonly column: number;
  /** Where its key sits, when it is a mapping entry. */
  readonly key?: { readonly line: number; readonly column: number };
  /** The entry of an own key, if present. */
  entry(key: string): Located | undefined;
  /** Own keys in order. */
  keys(): readonly string[];
  item(index: number): Located | undefined;
  items(): readonly Located[];
}

export interface ParseError {
  line: number;
  column: number;
  message: string;
}

/** A file's definitions, and what kept other parts of it from being read. */
export interface ReadResult {
  definitions: Located[];
  errors: ParseError[];
}

export type TextFormat = "yaml" | "json";

// ---------------------------------------------------------------------------
// Parsed nodes

type Scalar = null | boolean | number | string;
type Node =
  | { kind: "scalar"; value: Scalar; offset: number }
  | { kind: "seq"; items: Node[]; offset: number }
  | { kind: "map"; keys: string[]; keyOffsets: number[]; values: Node[]; offset: number };

class Failure extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Line starts, for turning offsets into 1-based lines and columns. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function place(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}

/** Nesting deeper than this is refused: the readers recurse. */
const MAX_DEPTH = 500;

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty: a key such as "__proto__" becomes an own property, never a prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function toValue(node: Node): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(toValue);
  const out: Record<string, unknown> = {};
  node.keys.forEach((k, i) => setOwn(out, k, toValue(node.values[i]!)));
  return out;
}

function locatedOf(node: Node, value: unknown, starts: readonly number[], keyOffset?: number): Located {
  const at = place(starts, node.offset);
  let byKey: Map<string, number> | undefined;
  const child = (i: number): Located => {
    if (node.kind === "map")
      return locatedOf(node.values[i]!, (value as Record<string, unknown>)[node.keys[i]!], starts, node.keyOffsets[i]);
    const items = (node as { items: Node[] }).items;
    return locatedOf(items[i]!, (value as unknown[])[i], starts);
  };
  return {
    value,
    line: at.line,
    column: at.column,
    ...(keyOffset === undefined ? {} : { key: place(starts, keyOffset) }),
    entry: (key) => {
      if (node.kind !== "map") return undefined;
      byKey ??= new Map(node.keys.map((k, i) => [k, i]));
      const i = byKey.get(key);
      return i === undefined ? undefined : child(i);
    },
    keys: () => (node.kind === "map" ? node.keys : []),
    item: (i) => (node.kind === "seq" && i < node.items.length ? child(i) : undefined),
    items: () => (node.kind === "seq" ? node.items.map((_, i) => child(i)) : []),
  };
}

function definitionsOf(roots: readonly Node[], starts: readonly number[]): Located[] {
  const out: Located[] = [];
  for (const root of roots) {
    if (root.kind === "scalar" && root.value === null) continue; // an empty document
    const located = locatedOf(root, toValue(root), starts);
    out.push(...(root.kind === "seq" ? located.items() : [located]));
  }
  return out;
}

// ---------------------------------------------------------------------------
// JSON, with places

const JSON_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  "\\": "\\",
  "/": "/",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
};

function parseJson(text: string): Node {
  let i = 0;
  const space = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++;
  };
  const fail = (message: string): never => {
    throw new Failure(i, message);
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = "";
    let from = i;
    for (;;) {
      if (i >= text.length) throw new Failure(start, "unterminated string");
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail("control character in a string");
      if (c === 0x5c) {
        out += text.slice(from, i);
        const e = text[i + 1];
        if (e !== undefined && Object.prototype.hasOwnProperty.call(JSON_ESCAPES, e)) {
          out += JSON_ESCAPES[e];
          i += 2;
        } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail("invalid escape in a string");
        from = i;
      } else i++;
    }
    out += text.slice(from, i);
    i++;
    return out;
  };
  const value = (depth: number): Node => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    space();
    const offset = i;
    const c = text[i];
    if (c === "{") {
      i++;
      const node: Node = { kind: "map", keys: [], keyOffsets: [], values: [], offset };
      const seen = new Set<string>();
      space();
      if (text[i] === "}") {
        i++;
        return node;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail("expected a quoted key");
        const keyOffset = i;
        const key = string();
        if (seen.has(key)) throw new Failure(keyOffset, "duplicate key");
        seen.add(key);
        space();
        if (text[i] !== ":") fail('expected ":"');
        i++;
        node.keys.push(key);
        node.keyOffsets.push(keyOffset);
        node.values.push(value(depth + 1));
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return node;
        } else fail('expected "," or "}"');
      }
    }
    if (c === "[") {
      i++;
      const node: Node = { kind: "seq", items: [], offset };
      space();
      if (text[i] === "]") {
        i++;
        return node;
      }
      for (;;) {
        node.items.push(value(depth + 1));
        space();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return node;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return { kind: "scalar", value: string(), offset };
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return fail(i >= text.length ? "unexpected end of the file" : "unexpected character");
    i += literal[0].length;
    const word = literal[0];
    return {
      kind: "scalar",
      value: word === "null" ? null : word === "true" ? true : word === "false" ? false : Number(word),
      offset,
    };
  };
  const root = value(0);
  space();
  if (i < text.length) fail("unexpected text after the value");
  return root;
}

// ---------------------------------------------------------------------------
// YAML, the subset config files use (see the top of this file)

function resolvePlain(text: string): Scalar {
  if (text === "" || text === "~" || text === "null" || text === "Null" || text === "NULL") return null;
  if (text === "true" || text === "True" || text === "TRUE") return true;
  if (text === "false" || text === "False" || text === "FALSE") return false;
  if (/^[-+]?[0-9]+$/.test(text)) return Number(text);
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith("-") ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(text)) return NaN;
  return text;
}

const UNSUPPORTED: Record<string, string> = {
  "&": "anchors (&)",
  "*": "aliases (*)",
  "!": "tags (!)",
  "?": "explicit keys (?)",
  "%": "directives (%)",
  "@": "a plain value starting with @",
  "`": "a plain value starting with `",
};

const YAML_ESCAPES: Readonly<Record<string, string>> = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "\t",
  "\t": "\t",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xa0",
  L: "\u2028",
  P: "\u2029",
};
const HEX_ESCAPES: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

class YamlReader {
  i: number;
  constructor(
    readonly text: string,
    start: number,
    readonly end: number,
  ) {
    this.i = start;
  }

  fail(message: string, offset = this.i): never {
    throw new Failure(offset, message);
  }

  isBreak(offset: number): boolean {
    return offset >= this.end || this.text[offset] === "\n" || this.text[offset] === "\r";
  }

  /** Column (0-based) of an offset. */
  column(offset: number): number {
    const nl = this.text.lastIndexOf("\n", offset - 1);
    return offset - (nl + 1);
  }

  /** Skips spaces and, after a space or at a line's start, a comment; stays on the line. */
  skipInline(): void {
    while (this.i < this.end && (this.text[this.i] === " " || this.text[this.i] === "\t")) this.i++;
    if (this.text[this.i] === "#" && (this.i === 0 || /[ \t\n]/.test(this.text[this.i - 1]!)))
      while (!this.isBreak(this.i)) this.i++;
  }

  /** Moves to the next content, across lines; tabs may not indent. */
  toContent(): void {
    for (;;) {
      this.skipInline();
      if (this.i >= this.end) return;
      if (this.text[this.i] !== "\r" && this.text[this.i] !== "\n") return;
      this.i += this.text[this.i] === "\r" && this.text[this.i + 1] === "\n" ? 2 : 1;
      while (this.i < this.end && this.text[this.i] === " ") this.i++;
      if (this.text[this.i] === "\t") {
        const after = this.skipBlanks(this.i);
        if (!this.isBreak(after) && this.text[after] !== "#")
          this.fail("a tab in indentation (YAML indents with spaces)");
      }
    }
  }

  /** Whether a line break lies between `offset` and the current offset. */
  newLineSince(offset: number): boolean {
    return this.text.lastIndexOf("\n", this.i - 1) >= offset;
  }

  skipBlanks(offset: number): number {
    while (offset < this.end && (this.text[offset] === " " || this.text[offset] === "\t")) offset++;
    return offset;
  }

  /** After a value on its line: only a comment may follow. */
  endOfLine(): void {
    this.skipInline();
    if (!this.isBreak(this.i)) this.fail("unexpected text after the value");
  }

  atEnd(): boolean {
    return this.i >= this.end;
  }

  /** The document's root node. */
  document(): Node {
    this.toContent();
    if (this.atEnd()) return { kind: "scalar", value: null, offset: this.i };
    const node = this.block(-1, 0);
    this.toContent();
    if (!this.atEnd()) this.fail("unexpected indentation");
    return node;
  }

  /** A block node whose content is at the current offset, more indented than `parent`. */
  block(parent: number, depth: number): Node {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const column = this.column(this.i);
    const c = this.text[this.i]!;
    if (c === "-" && this.isSeparator(this.i + 1)) return this.sequence(column, depth);
    this.refuseIndicator(c);
    if (c === "|" || c === ">") return this.blockScalar(parent);
    const keyStart = this.i;
    if (c === "[" || c === "{") {
      const node = this.flow(depth);
      this.skipInline();
      if (this.text[this.i] === ":") this.fail("not supported by this YAML reader: a flow collection as a key");
      this.endOfLine();
      return node;
    }
    const scalar = c === '"' || c === "'" ? this.quoted() : this.plainKeyOrScalar();
    this.skipInline();
    if (this.text[this.i] === ":" && this.isSeparator(this.i + 1)) return this.mapping(column, depth, keyStart, scalar);
    this.endOfLine();
    return scalar;
  }

  /** Stops at an indicator of what this reader does not read; `?` is one only before a space (`?x` is plain). */
  refuseIndicator(c: string): void {
    if (c in UNSUPPORTED && (c !== "?" || this.isSeparator(this.i + 1)))
      this.fail(`not supported by this YAML reader: ${UNSUPPORTED[c]}`);
  }

  isSeparator(offset: number): boolean {
    return this.isBreak(offset) || this.text[offset] === " " || this.text[offset] === "\t";
  }

  /** A plain scalar on one line, ending before `: `, ` #` or the line's end. */
  plainKeyOrScalar(): Node & { kind: "scalar" } {
    const start = this.i;
    let last = this.i;
    while (!this.isBreak(this.i)) {
      const ch = this.text[this.i]!;
      if (ch === ":" && this.isSeparator(this.i + 1)) break;
      if (ch === "#" && (this.text[this.i - 1] === " " || this.text[this.i - 1] === "\t")) break;
      this.i++;
      if (ch !== " " && ch !== "\t") last = this.i;
    }
    this.i = last;
    return { kind: "scalar", value: resolvePlain(this.text.slice(start, last)), offset: start };
  }

  mapping(column: number, depth: number, firstKey: number, first: Node & { kind: "scalar" }): Node {
    const node: Node = { kind: "map", keys: [], keyOffsets: [], values: [], offset: firstKey };
    const seen = new Set<string>();
    let keyOffset = firstKey;
    let key: Node & { kind: "scalar" } = first;
    for (;;) {
      const name = key.value === null ? "" : String(key.value);
      if (seen.has(name)) this.fail("duplicate key", keyOffset);
      seen.add(name);
      this.i++; // the ":"
      node.keys.push(name);
      node.keyOffsets.push(keyOffset);
      node.values.push(this.value(column, depth, keyOffset, true));
      this.toContent();
      if (this.atEnd()) return node;
      const next = this.column(this.i);
      if (next < column) return node;
      if (next > column || !this.newLineSince(keyOffset)) this.fail("unexpected indentation");
      const c = this.text[this.i]!;
      if (c === "-" && this.isSeparator(this.i + 1)) return node; // `key:` then a sequence at the same column ends here
      this.refuseIndicator(c);
      keyOffset = this.i;
      key = c === '"' || c === "'" ? this.quoted() : this.plainKeyOrScalar();
      this.skipInline();
      if (!(this.text[this.i] === ":" && this.isSeparator(this.i + 1)))
        this.fail('expected "key: value" (a multi-line plain value needs quotes, | or >)', keyOffset);
    }
  }

  /** The value after `key:` or `- `: on the same line, or a block below. */
  value(parent: number, depth: number, at: number, inMapping: boolean): Node {
    this.skipInline();
    if (this.isBreak(this.i)) {
      const here = this.i;
      this.toContent();
      if (!this.atEnd()) {
        const column = this.column(this.i);
        const c = this.text[this.i]!;
        // `key:` may be followed by a sequence at the key's own column.
        if (column > parent || (inMapping && column === parent && c === "-" && this.isSeparator(this.i + 1)))
          return this.block(parent, depth + 1);
      }
      this.i = here;
      return { kind: "scalar", value: null, offset: at };
    }
    const c = this.text[this.i]!;
    if (c === "-" && this.isSeparator(this.i + 1)) this.fail("a sequence cannot start on the key's line");
    if (c === "|" || c === ">") return this.blockScalar(parent);
    if (c === "[" || c === "{") {
      const node = this.flow(depth + 1);
      this.endOfLine();
      return node;
    }
    this.refuseIndicator(c);
    const scalar = c === '"' || c === "'" ? this.quoted() : this.plainKeyOrScalar();
    this.skipInline();
    if (this.text[this.i] === ":" && this.isSeparator(this.i + 1))
      this.fail("a mapping cannot start on the key's line (indent it below)");
    this.endOfLine();
    return scalar;
  }

  sequence(column: number, depth: number): Node {
    const node: Node = { kind: "seq", items: [], offset: this.i };
    for (;;) {
      const dash = this.i;
      this.i++;
      this.skipInline();
      if (this.isBreak(this.i)) node.items.push(this.value(column, depth, dash, false));
      else node.items.push(this.block(column, depth + 1));
      this.toContent();
      if (this.atEnd()) return node;
      const next = this.column(this.i);
      if (next < column) return node;
      if (next > column || !this.newLineSince(dash)) this.fail("unexpected indentation");
      if (!(this.text[this.i] === "-" && this.isSeparator(this.i + 1))) return node;
    }
  }

  /** `|` or `>` with optional chomping (`-`, `+`) and indentation digit; lines below, more indented than `parent`. */
  blockScalar(parent: number): Node {
    const offset = this.i;
    const folded = this.text[this.i] === ">";
    this.i++;
    let chomp = "";
    let explicit = 0;
    for (let k = 0; k < 2; k++) {
      const h = this.text[this.i];
      if ((h === "-" || h === "+") && chomp === "") {
        chomp = h;
        this.i++;
      } else if (h !== undefined && /[1-9]/.test(h) && explicit === 0) {
        explicit = Number(h);
        this.i++;
      }
    }
    this.endOfLine();
    const lines: string[] = [];
    let indent = explicit > 0 ? Math.max(parent, 0) + explicit : -1;
    for (;;) {
      if (this.i >= this.end) break;
      const lineStart = this.i + (this.text[this.i] === "\r" && this.text[this.i + 1] === "\n" ? 2 : 1);
      if (lineStart >= this.end) break;
      let lineEnd = lineStart;
      while (lineEnd < this.end && this.text[lineEnd] !== "\n") lineEnd++;
      const raw = this.text.slice(lineStart, lineEnd).replace(/\r$/, "");
      const spaces = raw.length - raw.replace(/^ +/, "").length;
      if (raw.trim() === "") {
        lines.push(indent >= 0 ? raw.slice(indent) : "");
        this.i = lineEnd;
        continue;
      }
      if (indent < 0) {
        if (spaces <= parent) break;
        indent = spaces;
      }
      if (spaces < indent) break;
      lines.push(raw.slice(indent));
      this.i = lineEnd;
    }
    // Trailing empty lines are for chomping to keep or drop.
    let content = lines.length;
    while (content > 0 && lines[content - 1]!.trim() === "") content--;
    const body = lines.slice(0, content);
    let text = body[0] ?? "";
    const indented = (s: string) => s[0] === " " || s[0] === "\t";
    for (let k = 1; k < body.length; k++) {
      const line = body[k]!;
      const prev = body[k - 1]!;
      if (!folded) text += `\n${line}`;
      // Folded: a break between two plain lines is a space; an empty line is a break; indented lines keep theirs.
      else if (line === "") text += "\n";
      else if (prev === "") text += indented(line) ? `\n${line}` : line;
      else text += indented(line) || indented(prev) ? `\n${line}` : ` ${line}`;
    }
    const trailing = lines.length - content;
    if (chomp === "-" || content === 0) text = chomp === "+" ? "\n".repeat(trailing) : text;
    else text += chomp === "+" ? "\n".repeat(trailing + 1) : "\n";
    return { kind: "scalar", value: text, offset };
  }

  /** A quoted scalar, which may run over several lines (folded as YAML folds them). */
  quoted(): Node & { kind: "scalar" } {
    const offset = this.i;
    const quote = this.text[this.i]!;
    this.i++;
    let out = "";
    let from = this.i;
    for (;;) {
      if (this.i >= this.end) this.fail("unterminated quoted string", offset);
      const c = this.text[this.i]!;
      if (c === quote) {
        if (quote === "'" && this.text[this.i + 1] === "'") {
          out += this.text.slice(from, this.i + 1);
          this.i += 2;
          from = this.i;
          continue;
        }
        out += this.text.slice(from, this.i);
        this.i++;
        return { kind: "scalar", value: out, offset };
      }
      if (c === "\n" || c === "\r") {
        // Blanks before a line break are not content; trimmed by hand, as a regex would rescan them.
        let last = this.i;
        while (last > from && (this.text[last - 1] === " " || this.text[last - 1] === "\t")) last--;
        out += this.text.slice(from, last);
        let empty = 0;
        for (;;) {
          this.i += this.text[this.i] === "\r" && this.text[this.i + 1] === "\n" ? 2 : 1;
          this.i = this.skipBlanks(this.i);
          if (this.i < this.end && (this.text[this.i] === "\n" || this.text[this.i] === "\r")) empty++;
          else break;
        }
        out += empty > 0 ? "\n".repeat(empty) : " ";
        from = this.i;
        continue;
      }
      if (quote === '"' && c === "\\") {
        out += this.text.slice(from, this.i);
        const e = this.text[this.i + 1];
        if (e !== undefined && Object.prototype.hasOwnProperty.call(YAML_ESCAPES, e)) {
          out += YAML_ESCAPES[e];
          this.i += 2;
        } else if (e !== undefined && Object.prototype.hasOwnProperty.call(HEX_ESCAPES, e)) {
          const digits = this.text.slice(this.i + 2, this.i + 2 + HEX_ESCAPES[e]!);
          const code = /^[0-9a-fA-F]+$/.test(digits) && digits.length === HEX_ESCAPES[e] ? parseInt(digits, 16) : NaN;
          if (!(code <= 0x10ffff)) this.fail("invalid escape in a quoted string");
          out += String.fromCodePoint(code);
          this.i += 2 + HEX_ESCAPES[e]!;
        } else if (e === "\n" || e === "\r") {
          // An escaped line break joins the lines without a space.
          this.i += 1;
          this.i += this.text[this.i] === "\r" && this.text[this.i + 1] === "\n" ? 2 : 1;
          this.i = this.skipBlanks(this.i);
        } else this.fail("invalid escape in a quoted string");
        from = this.i;
        continue;
      }
      this.i++;
    }
  }

  /** `[…]` or `{…}`, possibly over several lines. */
  flow(depth: number): Node {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    const offset = this.i;
    const open = this.text[this.i]!;
    const close = open === "[" ? "]" : "}";
    this.i++;
    const node: Node =
      open === "[" ? { kind: "seq", items: [], offset } : { kind: "map", keys: [], keyOffsets: [], values: [], offset };
    const seen = new Set<string>();
    for (;;) {
      this.flowSpace(offset, open);
      if (this.text[this.i] === close) {
        this.i++;
        return node;
      }
      const start = this.i;
      const item = this.flowItem(depth);
      this.flowSpace(offset, open);
      if (node.kind === "map") {
        if (item.kind !== "scalar") this.fail("not supported by this YAML reader: a collection as a key", start);
        const name = item.value === null ? "" : String(item.value);
        if (seen.has(name)) this.fail("duplicate key", start);
        seen.add(name);
        node.keys.push(name);
        node.keyOffsets.push(start);
        if (this.text[this.i] === ":") {
          this.i++;
          this.flowSpace(offset, open);
          node.values.push(
            this.text[this.i] === "," || this.text[this.i] === "}"
              ? { kind: "scalar", value: null, offset: start }
              : this.flowItem(depth),
          );
          this.flowSpace(offset, open);
        } else node.values.push({ kind: "scalar", value: null, offset: start });
      } else {
        if (this.text[this.i] === ":")
          this.fail("not supported by this YAML reader: a key: value pair inside [ ]", this.i);
        node.items.push(item);
      }
      if (this.text[this.i] === ",") this.i++;
      else if (this.text[this.i] !== close) this.fail(`expected "," or "${close}"`);
    }
  }

  flowSpace(open: number, bracket: string): void {
    for (;;) {
      while (this.i < this.end && /[ \t\r\n]/.test(this.text[this.i]!)) this.i++;
      if (this.text[this.i] === "#") {
        while (this.i < this.end && this.text[this.i] !== "\n") this.i++;
        continue;
      }
      if (this.i >= this.end) this.fail(`unterminated "${bracket}"`, open);
      return;
    }
  }

  flowItem(depth: number): Node {
    const c = this.text[this.i]!;
    if (c === "[" || c === "{") return this.flow(depth + 1);
    if (c === '"' || c === "'") return this.quoted();
    this.refuseIndicator(c);
    if (c === "," || c === "]" || c === "}") this.fail("a missing value");
    const start = this.i;
    let last = this.i;
    while (this.i < this.end) {
      const ch = this.text[this.i]!;
      if (ch === "," || ch === "[" || ch === "]" || ch === "{" || ch === "}" || ch === "\n" || ch === "\r") break;
      if (ch === ":" && (this.isSeparator(this.i + 1) || /[,\]}]/.test(this.text[this.i + 1] ?? ""))) break;
      if (ch === "#" && (this.text[this.i - 1] === " " || this.text[this.i - 1] === "\t")) break;
      this.i++;
      if (ch !== " " && ch !== "\t") last = this.i;
    }
    this.i = last;
    return { kind: "scalar", value: resolvePlain(this.text.slice(start, last)), offset: start };
  }
}

/** Offsets of each document's text: `---` and `...` lines divide them. */
function yamlDocuments(text: string): [number, number][] {
  const docs: [number, number][] = [];
  let start = 0;
  let offset = 0;
  let ended = false;
  while (offset <= text.length) {
    let lineEnd = text.indexOf("\n", offset);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(offset, lineEnd);
    if (/^---(?:[ \t]|\r?$)/.test(line)) {
      if (!ended && offset > start) docs.push([start, offset]);
      ended = false;
      // Content after `--- ` on the same line belongs to the new document.
      start = offset + 3;
    } else if (/^\.\.\.[ \t]*\r?$/.test(line)) {
      if (!ended) docs.push([start, offset]);
      ended = true;
      start = lineEnd + 1;
    }
    offset = lineEnd + 1;
  }
  if (!ended && start <= text.length) docs.push([start, text.length]);
  return docs;
}

/** Reads YAML or JSON text into definitions; what cannot be read becomes parse errors. */
export function readText(text: string, format: TextFormat): ReadResult {
  const starts = lineStarts(text);
  const errors: ParseError[] = [];
  const roots: Node[] = [];
  const kind = format === "json" ? "JSON" : "YAML";
  const attempt = (read: () => Node) => {
    try {
      roots.push(read());
    } catch (error) {
      if (!(error instanceof Failure)) throw error;
      errors.push({
        ...place(starts, Math.min(error.offset, text.length)),
        message: `invalid ${kind}: ${error.message}`,
      });
    }
  };
  // A byte-order mark is not content.
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (format === "json") attempt(() => parseJson(from === 0 ? text : ` ${text.slice(1)}`));
  else
    for (const [start, end] of yamlDocuments(text))
      attempt(() => new YamlReader(text, Math.max(start, from), end).document());
  return { definitions: definitionsOf(roots, starts), errors };
}

// ---------------------------------------------------------------------------
// Definitions and their problems

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

const ENVELOPE = ["provider", "kind", "connector", "name", "config", "keys", "$schema"];

/**
 * The place of a problem's path (`a.b[2].c`, keys possibly containing dots) below `root`,
 * and whether the whole path was found. Each step tries the path's prefixes up to a `.`
 * or `[` as keys, the longest first: linear in the path's length.
 */
function locate(root: Located, path: string): { node: Located; found: boolean } {
  let node = root;
  let rest = path;
  while (rest !== "") {
    const index = /^\[(\d+)\]\.?/.exec(rest);
    if (index) {
      const item = node.item(Number(index[1]));
      if (!item) return { node, found: false };
      node = item;
      rest = rest.slice(index[0].length);
      continue;
    }
    let next: Located | undefined;
    let length = 0;
    for (let end = rest.length; end > 0; end--) {
      if (end < rest.length && rest[end] !== "." && rest[end] !== "[") continue;
      next = node.entry(rest.slice(0, end));
      if (next) {
        length = end;
        break;
      }
    }
    if (!next) return { node, found: false };
    node = next;
    rest = rest.slice(length).replace(/^\./, "");
  }
  return { node, found: true };
}

/**
 * Which keys a config uses: as its `keys:` says (`explicit`), else the side more of its keys belong to
 * (a renamed field's former keys count for their side too), authoring on a tie. `migrate` chooses so too,
 * so it renames the keys `validate` reads.
 */
export function chooseSide(keys: readonly string[], spec: ConnectorKeys, explicit: unknown): "authoring" | "wire" {
  if (explicit === "wire" || explicit === "authoring") return explicit;
  const aliases = spec.aliases ?? [];
  const authoring = new Set([...spec.fields.map((f) => f.key), ...aliases.flatMap((a) => a.key ?? [])]);
  const wire = new Set([...spec.fields.map((f) => f.wireKey), ...aliases.map((a) => a.wireKey)]);
  const a = keys.filter((k) => authoring.has(k)).length;
  const w = keys.filter((k) => wire.has(k)).length;
  return w > a ? "wire" : "authoring";
}

const parent = (path: string) => path.replace(/(?:\.[^.[\]]*|\[\d+\])$/, "");

/** One definition's problems, in reading order. */
export function checkDefinition(definition: Located, providers: Providers, file: string): FileProblem[] {
  const problems: FileProblem[] = [];
  const at = (
    node: Located,
    path: string,
    wirePath: string,
    code: string,
    message: string,
    missing = false,
    warning = false,
  ) => {
    // A key's own problem (unknown, deprecated, or missing below it) sits at the key; a value's at the value.
    const where = (code === "unknown-key" || code === "deprecated" || missing) && node.key ? node.key : node;
    problems.push({
      file,
      line: where.line,
      column: where.column,
      path,
      wirePath,
      code,
      message,
      ...(warning ? { severity: "warning" as const } : {}),
    });
  };
  const value = definition.value;
  if (!isPlain(value)) {
    at(definition, "", "", "type", "expected an object with provider, kind, connector, name and config");
    return problems;
  }
  const field = (key: string) => definition.entry(key) ?? definition;
  let broken = false;
  for (const key of ["provider", "kind", "connector", "name"])
    if (typeof value[key] !== "string" || value[key] === "") {
      const present = hasOwn(value, key);
      at(field(key), key, key, present ? "type" : "required", `expected a non-empty string`, !present);
      broken = true;
    }
  if (!isPlain(value.config)) {
    const present = hasOwn(value, "config");
    at(field("config"), "config", "config", present ? "type" : "required", "expected an object", !present);
    broken = true;
  }
  for (const key of definition.keys())
    if (!ENVELOPE.includes(key)) at(field(key), key, key, "unknown-key", "unknown key");
  if (broken) return problems;
  const providerName = value.provider as string;
  const provider = hasOwn(providers, providerName) ? providers[providerName] : undefined;
  if (!provider) {
    const known = Object.keys(providers).join(", ");
    at(
      field("provider"),
      "provider",
      "provider",
      "enum",
      `unknown provider ${JSON.stringify(providerName)}; known: ${known}`,
    );
    return problems;
  }
  const kind = value.kind as string;
  const code = value.connector as string;
  const registry = provider.connectors;
  if (!hasOwn(registry, kind)) {
    const known = Object.keys(registry).join(", ");
    at(field("kind"), "kind", "kind", "enum", `unknown kind ${JSON.stringify(kind)}; ${providerName} has ${known}`);
    return problems;
  }
  const module = hasOwn(registry[kind]!, code) ? registry[kind]![code] : undefined;
  if (!module) {
    at(
      field("connector"),
      "connector",
      "connector",
      "enum",
      `unknown ${kind} connector ${JSON.stringify(code)} of ${providerName}`,
    );
    return problems;
  }
  const config = value.config as Plain;
  const side = chooseSide(Object.keys(config), module.spec, value.keys);
  // A config file's author is told of the deprecated fields it sets, as a warning.
  const found =
    side === "wire" ? module.validateWire(config, WARN_DEPRECATED) : module.validate(config, WARN_DEPRECATED);
  const configNode = field("config");
  const pathOf = (p: ValidatorProblem) => (side === "wire" ? p.wirePath : p.path);
  // An unknown key that names the key meant: the meant one is not also reported missing. The validators
  // suggest on the authoring side; a wire config's own keys are suggested here.
  const meant = new Set<string>();
  const hints = new Map<ValidatorProblem, string>();
  for (const p of found) {
    if (p.code !== "unknown-key") continue;
    const own = pathOf(p);
    const suggested = /did you mean "(.*)"\?$/.exec(p.message)?.[1];
    if (suggested !== undefined) {
      const up = parent(own);
      meant.add(up === "" ? suggested : `${up}.${suggested}`);
    } else if (provider.suggestKey && configNode.entry(own) !== undefined) {
      const hint = provider.suggestKey(own, module.spec.fields, side);
      if (hint !== undefined) {
        hints.set(p, hint);
        meant.add(hint);
      }
    }
  }
  for (const p of found) {
    const own = pathOf(p);
    if (p.code === "required" && meant.has(own)) continue;
    const label = p.path === p.wirePath ? p.path : `${p.path} (${p.wirePath})`;
    let message = p.message.startsWith(`${label}: `) ? p.message.slice(label.length + 2) : p.message;
    const hint = hints.get(p);
    if (hint !== undefined) message = `${message}; did you mean ${JSON.stringify(hint)}?`;
    const located = locate(configNode, own);
    const former = located.found ? undefined : formerKeyOf(p, side, module.spec, configNode);
    if (former) {
      // The value was given under a former key: placed and named where it is written.
      const { node, found: whole } = locate(configNode, side === "wire" ? former.wirePath : former.path);
      const deprecated = `${JSON.stringify(former.written)} is the deprecated alias of ${JSON.stringify(former.now)}`;
      at(node, `config.${former.path}`, `config.${former.wirePath}`, p.code, `${message}; ${deprecated}`, !whole);
      continue;
    }
    at(
      located.node,
      `config.${p.path}`,
      `config.${p.wirePath}`,
      p.code,
      message,
      !located.found,
      p.severity === "warning",
    );
  }
  return problems;
}

/**
 * A problem at (or below) a renamed field's new key that the config gives under a former key: the
 * validators read the former key as the new one, so their paths name a key the file does not hold.
 * The paths as written, the key written and the key it stands for; undefined for any other problem.
 */
function formerKeyOf(
  p: ValidatorProblem,
  side: "authoring" | "wire",
  spec: ConnectorKeys,
  config: Located,
): { path: string; wirePath: string; written: string; now: string } | undefined {
  const own = side === "wire" ? p.wirePath : p.path;
  const under = (key: string) => own === key || own.startsWith(`${key}.`) || own.startsWith(`${key}[`);
  for (const a of spec.aliases ?? []) {
    const now = side === "wire" ? a.toWire : a.to;
    const written = side === "wire" ? a.wireKey : a.key;
    if (written === undefined || !under(now) || config.entry(now) || !config.entry(written)) continue;
    // Another field whose key extends this one (`a.b` beside `a`) owns a path below it.
    const fields = spec.fields.map((f) => (side === "wire" ? f.wireKey : f.key));
    if (fields.some((k) => k.length > now.length && under(k))) continue;
    const path = a.key === undefined ? p.path : `${a.key}${p.path.slice(a.to.length)}`;
    return { path, wirePath: `${a.wireKey}${p.wirePath.slice(a.toWire.length)}`, written, now };
  }
  return undefined;
}

/** Every problem of a file's definitions and parse errors, in reading order. */
export function checkRead(read: ReadResult, providers: Providers, file: string): FileProblem[] {
  const problems: FileProblem[] = read.errors.map((e) => ({
    file,
    line: e.line,
    column: e.column,
    path: "",
    wirePath: "",
    code: "parse",
    message: e.message,
  }));
  for (const definition of read.definitions) problems.push(...checkDefinition(definition, providers, file));
  // Stable: problems at one place keep the validator's order.
  return problems
    .map((p, i) => [p, i] as const)
    .sort(([a, i], [b, j]) => a.line - b.line || a.column - b.column || i - j)
    .map(([p]) => p);
}

export interface ValidateTextOptions {
  /** Default `yaml` (JSON is YAML too, but `json` gives JSON's own messages). */
  format?: TextFormat;
  /** Names the text in problems; default `<text>`. */
  file?: string;
}

/** The problems of a config file's text, with line and column; empty when it is valid. */
export function validateText(providers: Providers, text: string, options: ValidateTextOptions = {}): FileProblem[] {
  const file = options.file ?? "<text>";
  return checkRead(readText(text, options.format ?? "yaml"), providers, file);
}

// ---------------------------------------------------------------------------
// Output

export interface Summary {
  files: number;
  /** Files with at least one error. */
  withProblems: number;
  /** Errors: any makes the check fail. */
  problems: number;
  /** Warnings (deprecated keys): shown, counted apart, never a failure. */
  warnings: number;
}

/** The problems that fail a check: all but warnings. */
export function errorsOf(problems: readonly FileProblem[]): FileProblem[] {
  return problems.filter((p) => p.severity !== "warning");
}

export function summarize(files: number, problems: readonly FileProblem[]): Summary {
  const errors = errorsOf(problems);
  return {
    files,
    withProblems: new Set(errors.map((p) => p.file)).size,
    problems: errors.length,
    warnings: problems.length - errors.length,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `3 files, 2 with problems, 5 problems` */
export function summaryLine(s: Summary): string {
  const warnings = s.warnings > 0 ? `, ${plural(s.warnings, "warning")}` : "";
  return `${plural(s.files, "file")}, ${s.withProblems} with problems, ${plural(s.problems, "problem")}${warnings}`;
}

/**
 * Characters that would act on a terminal, a log viewer or a reader rather than be read: C0 and C1
 * controls (ESC starts terminal sequences, U+009B too), DEL, line and paragraph separators, and the
 * bidirectional controls that reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * `text` with every UNSHOWN character as a visible `\uXXXX`: a key or file name from a config can then
 * neither drive the terminal nor forge a line of output. The one rule for every text report (the
 * diff's formats use it too); applying it twice changes nothing.
 */
export function visible(text: string): string {
  return text.replace(UNSHOWN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** `file:line:column  key (wire key)  message`, one line per problem; coloured on request. */
export function formatProblems(problems: readonly FileProblem[], options: { color?: boolean } = {}): string {
  const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  return problems
    .map((p) => {
      // Keys, file names and messages (which quote values and keys) come from the files: shown, never obeyed.
      const key = visible(p.path === "" ? "" : p.path === p.wirePath ? p.path : `${p.path} (${p.wirePath})`);
      const where = paint("1", `${visible(p.file)}:${p.line}:${p.column}`);
      const text = visible(p.message);
      const message = p.severity === "warning" ? paint("35", `warning: ${text}`) : paint("31", text);
      return `${where}  ${key ? `${paint("33", key)}  ` : ""}${message}`;
    })
    .join("\n");
}
