// A strict JSON parser for untrusted documents (RFC 8259). JSON.parse lets the
// last of two equal keys win silently, rounds numbers no double holds, and
// recurses; this one rejects duplicate keys (naming both places), reports every
// number literal a double does not hold exactly, limits nesting, and works with
// an explicit stack in one pass, so time and memory are linear in the text and
// no input overflows the call stack. Its values equal JSON.parse's for every
// document both accept: plain objects and arrays, with a `__proto__` key kept
// as an own data property like any other.

/** Nesting deeper than this is an error unless the caller passes another limit. */
export const DEFAULT_MAX_DEPTH = 256;

export interface StrictJsonOptions {
  /** Most arrays and objects open at once. Default DEFAULT_MAX_DEPTH. */
  maxDepth?: number;
}

/** A place in the text: 0-based code-unit offset, 1-based line and column. */
export interface TextPosition {
  offset: number;
  line: number;
  column: number;
}

/** A number literal whose double prints back as another value (1e400, 2^53 + 1, 1e-400). */
export interface InexactNumber extends TextPosition {
  /** RFC 6901 pointer of the value. */
  pointer: string;
  /** The literal as written. */
  text: string;
  /** What JSON.parse makes of it. */
  value: number;
}

export type StrictJsonRule = "invalid-json" | "duplicate-key" | "too-deep";

export class StrictJsonError extends Error implements TextPosition {
  constructor(
    message: string,
    readonly rule: StrictJsonRule,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
    /** RFC 6901 pointer of the value being read, when the error sits inside one. */
    readonly pointer: string,
  ) {
    super(message);
    this.name = "StrictJsonError";
  }
}

export interface StrictJsonResult {
  value: unknown;
  /** In text order. */
  inexact: InexactNumber[];
}

/** Line and column (1-based, columns in code units) of `offset` in `text`. */
export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/** Fills in line and column of positions sorted by offset, in one pass over the text. */
export function locate(text: string, positions: TextPosition[]): void {
  let line = 1;
  let lineStart = 0;
  let next = text.indexOf("\n");
  for (const p of positions) {
    while (next !== -1 && next < p.offset) {
      line++;
      lineStart = next + 1;
      next = text.indexOf("\n", next + 1);
    }
    p.line = line;
    p.column = p.offset - lineStart + 1;
  }
}

const escapePointer = (segment: string | number) =>
  typeof segment === "number" ? String(segment) : segment.replace(/~/g, "~0").replace(/\//g, "~1");

/** Sets `key` as an own enumerable data property, as JSON.parse does (`__proto__` included). */
function setKey(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** End of the run of string characters from `from` that need no decoding (up to a quote, backslash or control character). */
export function plainEnd(text: string, from: number): number {
  let i = from;
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c < 0x20) break;
  }
  return i;
}

/** End of the run of decimal digits from `from`. */
function digitsEnd(text: string, from: number): number {
  let i = from;
  for (const n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
  }
  return i;
}

const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/**
 * A decimal literal's value as `digits × 10^exponent` with no leading or
 * trailing zeros in `digits` (zero: digits ""), for comparing two spellings.
 */
export function decimalValue(text: string): { negative: boolean; digits: string; exponent: number } {
  const match = /^(-?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?[0-9]+))?$/.exec(text)!;
  const whole = match[2]!;
  const fraction = match[3] ?? "";
  let digits = whole + fraction;
  let exponent = Number(match[4] ?? "0") - fraction.length;
  // By hand: /0*$/ would retry from every zero, quadratic in a long run of them.
  let from = 0;
  while (from < digits.length && digits.charCodeAt(from) === 0x30) from++;
  let to = digits.length;
  while (to > from && digits.charCodeAt(to - 1) === 0x30) to--;
  exponent += digits.length - to;
  digits = digits.slice(from, to);
  return { negative: match[1] === "-" && digits !== "", digits, exponent: digits === "" ? 0 : exponent };
}

/**
 * Whether the literal's value is the value of the double it reads as, printed
 * back in the shortest form that reads as that double (so `0.1` is exact and
 * `0.10000000000000000001`, which reads as the same double, is not).
 */
export function isExactNumber(text: string, value: number = Number(text)): boolean {
  if (!Number.isFinite(value)) return false;
  // Most literals are short integers: exact without further work.
  if (text.length <= 15 && /^-?[0-9]+$/.test(text)) return true;
  const a = decimalValue(text);
  const b = decimalValue(String(value).replace("e+", "e"));
  return a.digits === b.digits && a.exponent === b.exponent && (a.negative === b.negative || a.digits === "");
}

const enum Expect {
  /** A value (document start, after `[`, after `:` or after `,` in an array). */
  Value,
  /** A value or `]` (just after `[`). */
  ValueOrEnd,
  /** A key or `}` (just after `{`). */
  KeyOrEnd,
  /** A key (after `,` in an object). */
  Key,
  /** `,` or the container's end. */
  CommaOrEnd,
}

/**
 * Parses `text` as one JSON document. Throws StrictJsonError (with offset,
 * line, column and pointer) on a syntax error, a duplicate key or nesting past
 * `maxDepth`; returns the value and the number literals no double holds exactly.
 *
 * Most documents have none of these: JSON.parse reads them, and one scan of
 * the text and one walk of the value confirm it (a duplicate key leaves the
 * value with fewer properties than the text writes). Any other document is
 * read again by parseStrictJsonFully, which says what is wrong and where.
 */
export function parseStrictJson(text: string, options: StrictJsonOptions = {}): StrictJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return parseStrictJsonFully(text, options);
  }
  const written = writtenMembers(text);
  const held = written === undefined ? undefined : heldMembers(value, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  return held !== undefined && held === written ? { value, inexact: [] } : parseStrictJsonFully(text, options);
}

/** `.`, `e`, `E`, `+`, `-`: what a number literal holds besides digits. */
export const isNumberPart = (c: number) => c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === 0x2d;

/** The index after the number literal starting at `from`, or -1 when no double holds it exactly. */
export function exactNumberEnd(text: string, from: number): number {
  let end = from + 1;
  let integer = true;
  for (const n = text.length; end < n; end++) {
    const d = text.charCodeAt(end);
    if (d >= 0x30 && d <= 0x39) continue;
    if (!isNumberPart(d)) break;
    integer = false;
  }
  // As parseStrictJsonFully: integers of up to 15 characters are exact.
  return (!integer || end - from > 15) && !isExactNumber(text.slice(from, end)) ? -1 : end;
}

/** The index after the string token starting at `i` (a quote): after the next quote not escaped (preceded by an even run of backslashes); -1 when none closes it. */
export function stringEnd(text: string, i: number): number {
  let end = text.indexOf('"', i + 1);
  for (;;) {
    if (end === -1) return -1;
    if (text.charCodeAt(end - 1) !== 0x5c) return end + 1;
    let k = end - 1;
    while (text.charCodeAt(k) === 0x5c) k--;
    if ((end - 1 - k) % 2 === 0) return end + 1;
    end = text.indexOf('"', end + 1);
  }
}

/**
 * The number of object members (`"key": value`) in a text JSON.parse accepts,
 * or undefined when a number literal in it is not exact. Strings are skipped
 * with indexOf; outside them only numbers need reading.
 */
function writtenMembers(text: string): number | undefined {
  let members = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    // Outside strings JSON.parse let through no character below a space but whitespace.
    while (c <= 0x20) c = text.charCodeAt(++i);
    if (c === 0x22) {
      const end = stringEnd(text, i);
      if (end === -1) return undefined; // not after JSON.parse; the full reading decides
      i = end;
      let next = text.charCodeAt(i);
      while (next <= 0x20) next = text.charCodeAt(++i);
      if (next === 0x3a) {
        members++;
        i++;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      const end = exactNumberEnd(text, i);
      if (end === -1) return undefined;
      i = end;
    } else i++;
  }
  return members;
}

/** Nesting up to which heldMembers recurses (each level a frame); deeper limits walk with an explicit stack. */
const RECURSION_LIMIT = 1000;

/** The number of own properties of all objects in a parsed value, or undefined when it nests deeper than `maxDepth`. */
export function heldMembers(value: unknown, maxDepth: number): number | undefined {
  if (maxDepth <= RECURSION_LIMIT) {
    const members = membersWithin(value, 1, maxDepth);
    return members < 0 ? undefined : members;
  }
  let members = 0;
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  while (stack.length > 0) {
    const v = stack.pop();
    const depth = depths.pop()! + 1;
    if (typeof v !== "object" || v === null) continue;
    if (depth > maxDepth) return undefined;
    if (Array.isArray(v)) {
      for (const item of v)
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth);
        }
    } else {
      for (const key in v) {
        members++;
        const item = (v as Record<string, unknown>)[key];
        if (typeof item === "object" && item !== null) {
          stack.push(item);
          depths.push(depth);
        }
      }
    }
  }
  return members;
}

/**
 * heldMembers by recursion, which a new process runs faster than the explicit stack (no arrays to grow); -1
 * past `maxDepth`, which bounds the recursion.
 */
function membersWithin(value: unknown, depth: number, maxDepth: number): number {
  if (typeof value !== "object" || value === null) return 0;
  if (depth > maxDepth) return -1;
  let members = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== "object" || item === null) continue;
      const inner = membersWithin(item, depth + 1, maxDepth);
      if (inner < 0) return -1;
      members += inner;
    }
    return members;
  }
  for (const key in value) {
    members++;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item !== "object" || item === null) continue;
    const inner = membersWithin(item, depth + 1, maxDepth);
    if (inner < 0) return -1;
    members += inner;
  }
  return members;
}

/** parseStrictJson, reading every character itself. */
export function parseStrictJsonFully(text: string, options: StrictJsonOptions = {}): StrictJsonResult {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const inexact: InexactNumber[] = [];
  // The open containers, innermost last, and for each the key being read (objects) or nothing (arrays).
  const containers: (unknown[] | Record<string, unknown>)[] = [];
  const keys: (string | undefined)[] = [];
  // Keys read so far in the open objects, with their offsets; `keyBase[d]` is where container d's start.
  // Only read when a key repeats, to say where it first was.
  const seenKeys: string[] = [];
  const seenOffsets: number[] = [];
  let seenTop = 0;
  const keyBase: number[] = [];
  let root: unknown;
  let expect = Expect.Value as Expect;
  let i = 0;
  const n = text.length;

  const pointerHere = (): string => {
    let out = "";
    const last = containers.length - 1;
    for (let d = 0; d <= last; d++) {
      const c = containers[d]!;
      // An object whose first key is not read yet.
      if (!Array.isArray(c) && keys[d] === undefined) break;
      // An outer array already holds the open child; the innermost one's next element is the one being read.
      out += `/${escapePointer(Array.isArray(c) ? c.length - (d < last ? 1 : 0) : keys[d]!)}`;
    }
    return out;
  };
  const fail = (message: string, at: number, rule: StrictJsonRule = "invalid-json", where = pointerHere()): never => {
    const p = positionOf(text, at);
    throw new StrictJsonError(
      `${message} at line ${p.line}, column ${p.column}${where !== "" ? ` (${where})` : ""}`,
      rule,
      at,
      p.line,
      p.column,
      where,
    );
  };
  const describe = (at: number) => (at >= n ? "end of input" : `${JSON.stringify(text[at])}`);
  const skipSpace = () => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
    }
  };

  const readString = (): string => {
    // At the opening quote.
    const start = i;
    i++;
    let end = plainEnd(text, i);
    if (text.charCodeAt(end) === 0x22) {
      i = end + 1;
      return text.slice(start + 1, end);
    }
    let out = text.slice(start + 1, end);
    i = end;
    for (;;) {
      if (i >= n) return fail("unterminated string", start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c < 0x20) return fail("control character in a string (escape it)", i);
      // A backslash.
      const e = text[i + 1];
      if (e === "u") {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail("invalid \\u escape", i);
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
        out += ESCAPES[e]!;
        i += 2;
      } else return fail("invalid escape in a string", i);
      end = plainEnd(text, i);
      out += text.slice(i, end);
      i = end;
    }
  };

  /** Stores a finished value where the innermost container (or the document) wants it. */
  const put = (value: unknown): void => {
    const depth = containers.length;
    if (depth === 0) root = value;
    else {
      const c = containers[depth - 1]!;
      if (Array.isArray(c)) c.push(value);
      else setKey(c, keys[depth - 1]!, value);
    }
    expect = Expect.CommaOrEnd;
  };

  const open = (container: unknown[] | Record<string, unknown>, at: number): void => {
    if (containers.length >= maxDepth) fail(`nesting deeper than ${maxDepth} arrays and objects`, at, "too-deep");
    // Attach first (an empty container), so the parent's key or index is in every pointer below.
    put(container);
    containers.push(container);
    keys.push(undefined);
    keyBase.push(seenTop);
  };

  const close = (): void => {
    containers.pop();
    keys.pop();
    seenTop = keyBase.pop()!;
    expect = Expect.CommaOrEnd;
  };

  for (;;) {
    skipSpace();
    if (expect === Expect.CommaOrEnd && containers.length === 0) {
      if (i < n) fail(`unexpected ${describe(i)} after the document`, i, "invalid-json", "");
      locate(text, inexact);
      return { value: root, inexact };
    }
    if (i >= n) fail("unexpected end of input", i);
    const c = text.charCodeAt(i);
    if (expect === Expect.CommaOrEnd) {
      const top = containers[containers.length - 1]!;
      const isArray = Array.isArray(top);
      if (c === 0x2c) {
        i++;
        expect = isArray ? Expect.Value : Expect.Key;
      } else if (c === (isArray ? 0x5d : 0x7d)) {
        i++;
        close();
      } else fail(`expected "," or "${isArray ? "]" : "}"}", got ${describe(i)}`, i);
      continue;
    }
    if (expect === Expect.Key || expect === Expect.KeyOrEnd) {
      if (c === 0x7d && expect === Expect.KeyOrEnd) {
        i++;
        close();
        continue;
      }
      if (c !== 0x22) fail(`expected a property name in double quotes, got ${describe(i)}`, i);
      const keyAt = i;
      const key = readString();
      const d = containers.length - 1;
      const object = containers[d] as Record<string, unknown>;
      if (Object.hasOwn(object, key)) {
        let first = keyAt;
        for (let k = keyBase[d]!; k < seenTop; k++) if (seenKeys[k] === key) first = seenOffsets[k]!;
        const was = positionOf(text, first);
        keys[d] = key;
        fail(
          `duplicate key ${JSON.stringify(key)} (first at line ${was.line}, column ${was.column})`,
          keyAt,
          "duplicate-key",
        );
      }
      seenKeys[seenTop] = key;
      seenOffsets[seenTop++] = keyAt;
      keys[d] = key;
      skipSpace();
      if (text.charCodeAt(i) !== 0x3a) fail(`expected ":" after a property name, got ${describe(i)}`, i);
      i++;
      expect = Expect.Value;
      continue;
    }
    // A value.
    if (c === 0x5d && expect === Expect.ValueOrEnd) {
      i++;
      close();
      continue;
    }
    if (c === 0x22) put(readString());
    else if (c === 0x7b) {
      open({}, i);
      i++;
      expect = Expect.KeyOrEnd;
    } else if (c === 0x5b) {
      open([], i);
      i++;
      expect = Expect.ValueOrEnd;
    } else if (c === 0x74 && text.startsWith("true", i)) {
      i += 4;
      put(true);
    } else if (c === 0x66 && text.startsWith("false", i)) {
      i += 5;
      put(false);
    } else if (c === 0x6e && text.startsWith("null", i)) {
      i += 4;
      put(null);
    } else {
      // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
      let end = c === 0x2d ? i + 1 : i;
      const first = text.charCodeAt(end);
      if (first === 0x30) end++;
      else if (first >= 0x31 && first <= 0x39) end = digitsEnd(text, end + 1);
      else fail(`unexpected ${describe(i)}`, i);
      const integerEnd = end;
      if (text.charCodeAt(end) === 0x2e) {
        const fractionEnd = digitsEnd(text, end + 1);
        if (fractionEnd === end + 1) fail("expected a digit after the decimal point", fractionEnd);
        end = fractionEnd;
      }
      const e = text.charCodeAt(end);
      if (e === 0x65 || e === 0x45) {
        let from = end + 1;
        const sign = text.charCodeAt(from);
        if (sign === 0x2b || sign === 0x2d) from++;
        const exponentEnd = digitsEnd(text, from);
        if (exponentEnd === from) fail("expected a digit in the exponent", exponentEnd);
        end = exponentEnd;
      }
      const literal = text.slice(i, end);
      const value = Number(literal);
      // Integers of up to 15 digits are exact; only longer or other literals need the check.
      if ((end !== integerEnd || end - i > 15) && !isExactNumber(literal, value))
        inexact.push({ offset: i, line: 0, column: 0, pointer: pointerHere(), text: literal, value });
      i = end;
      put(value);
    }
  }
}
