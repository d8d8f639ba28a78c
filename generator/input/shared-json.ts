// Reading a JSON document against another that is mostly the same (two
// snapshots of one provider, for the diff). The reference is scanned once for
// where its values down to SHARE_DEPTH are written. The other document is
// read in step with it: a value written as the reference's at the same place
// is found by comparing the bytes and is the reference's value (the same
// object); only the rest is decoded, scanned and parsed, so the other
// document is never decoded whole. The result equals parseStrictJson's: a
// document this cannot read (a syntax error, a duplicate key, a number no
// double holds, nesting too deep) is left to parseStrictJson, which says what
// is wrong and where.

import {
  DEFAULT_MAX_DEPTH,
  exactNumberEnd,
  heldMembers,
  isExactNumber,
  isNumberPart,
  parseStrictJson,
  stringEnd,
  type StrictJsonOptions,
  type StrictJsonResult,
} from "./strict-json.js";

/** How deep values are told apart: a connector's properties lie within it in the usual layouts. */
export const SHARE_DEPTH = 5;

const LEAF = 0;
const OBJECT = 1;
const ARRAY = 2;

/**
 * The values of a text down to SHARE_DEPTH, in text order (a value before
 * those inside it): where each starts and ends, its key token (objects'
 * members), the index after all inside it, and the object members written in
 * it. Places are offsets in the UTF-8 bytes.
 */
interface Tape {
  length: number;
  start: Int32Array;
  end: Int32Array;
  keyStart: Int32Array;
  keyEnd: Int32Array;
  next: Int32Array;
  members: Int32Array;
  kind: Uint8Array;
}

function newTape(capacity: number): Tape {
  return {
    length: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    keyStart: new Int32Array(capacity),
    keyEnd: new Int32Array(capacity),
    next: new Int32Array(capacity),
    members: new Int32Array(capacity),
    kind: new Uint8Array(capacity),
  };
}

function grown(t: Tape): Tape {
  const g = newTape(t.start.length * 2);
  g.length = t.length;
  for (const k of ["start", "end", "keyStart", "keyEnd", "next", "members", "kind"] as const)
    (g[k] as Int32Array).set(t[k] as Int32Array);
  return g;
}

/** A document read once, to compare others with: its UTF-8 bytes, its value (parseStrictJson's) and its tape. */
export interface JsonReference {
  bytes: Buffer;
  value: unknown;
  maxDepth: number;
  tape: Tape;
}

/**
 * parseStrictJson's result for `text`, and (when it holds no number a double
 * does not hold) the reference for reading other documents against it. The
 * tape counts the members written, as parseStrictJson's own scan does.
 */
export function parseStrictJsonReference(
  text: string,
  options: StrictJsonOptions = {},
  /** The text's UTF-8 bytes, when the caller has them (default: encoded here). */
  bytes: Uint8Array = Buffer.from(text, "utf8"),
): { result: StrictJsonResult; reference?: JsonReference } {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { result: parseStrictJson(text, options) };
  }
  const tape = tapeOf(text, maxDepth);
  if (tape !== undefined && heldMembers(value, maxDepth) === tape.members[0]) {
    // Scanned as text, placed in bytes: the same offsets when every character is one byte.
    if (bytes.length !== text.length) toByteOffsets(tape, text);
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { result: { value, inexact: [] }, reference: { bytes: buffer, value, maxDepth, tape } };
  }
  return { result: parseStrictJson(text, options) };
}

/**
 * parseStrictJson's result for the document in `bytes` (valid UTF-8, which the
 * caller checks); its values that are written as the reference's at the same
 * place are the reference's own. Undefined when it is not read this way: the
 * caller decodes it and reads it with parseStrictJson, which says what is wrong.
 */
export function parseStrictJsonLike(
  bytes: Uint8Array,
  reference: JsonReference,
  options: StrictJsonOptions = {},
): StrictJsonResult | undefined {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  if (reference.maxDepth !== maxDepth) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const value = new GuidedReader(buffer, reference, maxDepth).read();
  return value === FAILED ? undefined : { value, inexact: [] };
}

/** How many UTF-8 bytes the UTF-16 code unit `c` of a well-formed text takes (a surrogate pair: 2 + 2). */
const utf8Length = (c: number) => (c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3);

/** The tape's places, offsets in `text`, made offsets in its UTF-8 bytes: each worked out from the nearest checkpoint before it. */
function toByteOffsets(tape: Tape, text: string): void {
  const STEP = 64;
  const checkpoints = new Float64Array(Math.floor(text.length / STEP) + 1);
  let bytes = 0;
  for (let i = 0; ; i++) {
    if (i % STEP === 0) checkpoints[i / STEP] = bytes;
    if (i === text.length) break;
    bytes += utf8Length(text.charCodeAt(i));
  }
  const at = (offset: number) => {
    const from = offset - (offset % STEP);
    let b = checkpoints[from / STEP]!;
    for (let i = from; i < offset; i++) b += utf8Length(text.charCodeAt(i));
    return b;
  };
  for (let j = 0; j < tape.length; j++) {
    tape.start[j] = at(tape.start[j]!);
    tape.end[j] = at(tape.end[j]!);
    if (tape.keyStart[j] !== -1) {
      tape.keyStart[j] = at(tape.keyStart[j]!);
      tape.keyEnd[j] = at(tape.keyEnd[j]!);
    }
  }
}

const FAILED = Symbol("failed");

/** Delimits values in a text: strings skipped, brackets counted, object members counted, numbers checked. */
class Scanner {
  /** Object members written in what was delimited so far. */
  protected members = 0;
  protected readonly n: number;

  constructor(protected readonly text: string) {
    this.n = text.length;
  }

  /** The index of the first character from `i` that is not JSON whitespace. */
  protected skipSpace(i: number): number {
    const { text } = this;
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
    return i;
  }

  /**
   * The end of the value starting at `from` with `first`, counting the
   * members in it and checking its numbers; -1 when it has no end or a number
   * is not exact. Its syntax is JSON.parse's to check.
   */
  protected leafEnd(from: number, first: number): number {
    const { text, n } = this;
    if (first === 0x22) return stringEnd(text, from);
    if (first === 0x2d || (first >= 0x30 && first <= 0x39)) return exactNumberEnd(this.text, from);
    if (first !== 0x7b && first !== 0x5b) {
      let i = from;
      while (i < n && text.charCodeAt(i) >= 0x61 && text.charCodeAt(i) <= 0x7a) i++;
      return i === from ? -1 : i;
    }
    let depth = 0;
    let i = from;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Most characters outside strings in a pretty-printed document are indentation.
      if (c <= 0x20) i++;
      else if (c === 0x22) {
        i = stringEnd(text, i);
        if (i === -1) return -1;
        const k = this.skipSpace(i);
        if (text.charCodeAt(k) === 0x3a) {
          this.members++;
          i = k + 1;
        }
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        i++;
      } else if (c === 0x7d || c === 0x5d) {
        i++;
        if (--depth === 0) return i;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        i = exactNumberEnd(text, i);
        if (i === -1) return -1;
      } else i++;
    }
    return -1;
  }
}

/** Scanner's work on UTF-8 bytes (every character it looks for is one byte, and no byte of a longer character is one of them). */
class ByteScanner {
  /** Object members written in what was delimited so far. */
  protected members = 0;
  protected readonly n: number;

  constructor(protected readonly bytes: Buffer) {
    this.n = bytes.length;
  }

  protected skipSpace(i: number): number {
    const { bytes, n } = this;
    while (i < n) {
      const c = bytes[i]!;
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
    return i;
  }

  /** The index after the string token starting at `i` (a quote); -1 when none closes it. */
  protected stringEnd(i: number): number {
    const { bytes, n } = this;
    for (i++; i < n; i++) {
      const c = bytes[i]!;
      if (c === 0x22) return i + 1;
      if (c === 0x5c) i++;
    }
    return -1;
  }

  /** The index after the number literal starting at `from`, or -1 when no double holds it exactly. */
  protected numberEnd(from: number): number {
    const { bytes, n } = this;
    let end = from + 1;
    let integer = true;
    for (; end < n; end++) {
      const d = bytes[end]!;
      if (d >= 0x30 && d <= 0x39) continue;
      if (!isNumberPart(d)) break;
      integer = false;
    }
    return (!integer || end - from > 15) && !isExactNumber(bytes.toString("latin1", from, end)) ? -1 : end;
  }

  /** As Scanner's leafEnd. */
  protected leafEnd(from: number, first: number): number {
    const { bytes, n } = this;
    if (first === 0x22) return this.stringEnd(from);
    if (first === 0x2d || (first >= 0x30 && first <= 0x39)) return this.numberEnd(from);
    if (first !== 0x7b && first !== 0x5b) {
      let i = from;
      while (i < n && bytes[i]! >= 0x61 && bytes[i]! <= 0x7a) i++;
      return i === from ? -1 : i;
    }
    let depth = 0;
    let i = from;
    while (i < n) {
      const c = bytes[i]!;
      if (c <= 0x20) i++;
      else if (c === 0x22) {
        i = this.stringEnd(i);
        if (i === -1) return -1;
        const k = this.skipSpace(i);
        if (bytes[k] === 0x3a) {
          this.members++;
          i = k + 1;
        }
      } else if (c === 0x7b || c === 0x5b) {
        depth++;
        i++;
      } else if (c === 0x7d || c === 0x5d) {
        i++;
        if (--depth === 0) return i;
      } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        i = this.numberEnd(i);
        if (i === -1) return -1;
      } else i++;
    }
    return -1;
  }
}

/**
 * Reads a document's bytes in step with the reference: down to SHARE_DEPTH
 * each object and array is read member by member, each member compared, as
 * bytes, with the reference's at the same place (same key, or same index).
 */
class GuidedReader extends ByteScanner {
  /** Where the value just read ends. */
  private pos = 0;
  private readonly shareDepth: number;

  constructor(
    bytes: Buffer,
    private readonly ref: JsonReference,
    private readonly maxDepth: number,
  ) {
    super(bytes);
    this.shareDepth = Math.min(SHARE_DEPTH, maxDepth);
  }

  read(): unknown {
    const value = this.value(this.skipSpace(0), 0, this.ref.value, 0);
    return value !== FAILED && this.skipSpace(this.pos) === this.n ? value : FAILED;
  }

  /** Whether the value at `p` is written as reference value `j`. */
  private written(p: number, j: number): boolean {
    const { start, end } = this.ref.tape;
    const length = end[j]! - start[j]!;
    if (p + length > this.n) return false;
    const { bytes } = this;
    if (bytes.compare(this.ref.bytes, start[j], end[j], p, p + length) !== 0) return false;
    // Every value but a number ends where its text does: `1` is not all of `12`.
    const first = bytes[p]!;
    if (first !== 0x2d && (first < 0x30 || first > 0x39)) return true;
    const after = bytes[p + length]!;
    return !(after >= 0x30 && after <= 0x39) && !isNumberPart(after);
  }

  /** The value starting at `p` (at `depth`), given the reference's value `j` at the same place (or -1) and its value. */
  private value(p: number, j: number, refValue: unknown, depth: number): unknown {
    const { bytes } = this;
    if (j !== -1 && this.written(p, j)) {
      const { start, end } = this.ref.tape;
      this.pos = p + end[j]! - start[j]!;
      return refValue;
    }
    const c = bytes[p]!;
    if ((c === 0x7b || c === 0x5b) && depth < this.shareDepth) {
      const refKind = j === -1 ? -1 : this.ref.tape.kind[j];
      return c === 0x7b
        ? this.object(p, refKind === OBJECT ? j : -1, refValue, depth)
        : this.array(p, refKind === ARRAY ? j : -1, refValue, depth);
    }
    const before = this.members;
    const end = this.leafEnd(p, c);
    if (end === -1) return FAILED;
    let value: unknown;
    try {
      value = JSON.parse(bytes.toString("utf8", p, end));
    } catch {
      return FAILED;
    }
    // Fewer members than written: a key repeated; undefined: nested too deep.
    if (
      typeof value === "object" &&
      value !== null &&
      heldMembers(value, this.maxDepth - depth) !== this.members - before
    )
      return FAILED;
    this.pos = end;
    return value;
  }

  private array(p: number, j: number, refValue: unknown, depth: number): unknown {
    const { bytes } = this;
    const { next } = this.ref.tape;
    const out: unknown[] = [];
    let rj = j === -1 ? -1 : j + 1;
    const refEnd = j === -1 ? -1 : next[j]!;
    let i = this.skipSpace(p + 1);
    if (bytes[i] === 0x5d) {
      this.pos = i + 1;
      return out;
    }
    for (;;) {
      const here = rj !== -1 && rj < refEnd ? rj : -1;
      const item = this.value(i, here, here === -1 ? undefined : (refValue as unknown[])[out.length], depth + 1);
      if (item === FAILED) return FAILED;
      out.push(item);
      if (here !== -1) rj = next[here]!;
      i = this.skipSpace(this.pos);
      const c = bytes[i];
      if (c === 0x5d) {
        this.pos = i + 1;
        return out;
      }
      if (c !== 0x2c) return FAILED;
      i = this.skipSpace(i + 1);
    }
  }

  private object(p: number, j: number, refValue: unknown, depth: number): unknown {
    const { bytes, ref } = this;
    const { next, keyStart, keyEnd } = ref.tape;
    const out: Record<string, unknown> = {};
    const refObject = refValue as Record<string, unknown>;
    // The reference's members by key, made only when they are not in the same order.
    let byKey: Map<string, number> | undefined;
    let rj = j === -1 ? -1 : j + 1;
    const refEnd = j === -1 ? -1 : next[j]!;
    let i = this.skipSpace(p + 1);
    if (bytes[i] === 0x7d) {
      this.pos = i + 1;
      return out;
    }
    for (;;) {
      if (bytes[i] !== 0x22) return FAILED;
      const keyAt = i;
      const end = this.stringEnd(i);
      if (end === -1) return FAILED;
      const key = keyOf(bytes, keyAt, end);
      if (key === undefined || Object.hasOwn(out, key)) return FAILED;
      i = this.skipSpace(end);
      if (bytes[i] !== 0x3a) return FAILED;
      i = this.skipSpace(i + 1);
      this.members++;
      let here = -1;
      if (j !== -1) {
        // The next key in order, spelt alike; else looked up by the key it spells.
        if (
          rj !== -1 &&
          rj < refEnd &&
          keyEnd[rj]! - keyStart[rj]! === end - keyAt &&
          bytes.compare(ref.bytes, keyStart[rj], keyEnd[rj], keyAt, end) === 0
        )
          here = rj;
        else {
          if (byKey === undefined) {
            byKey = new Map();
            for (let r = j + 1; r < refEnd; r = next[r]!) byKey.set(keyOf(ref.bytes, keyStart[r]!, keyEnd[r]!)!, r);
          }
          here = byKey.get(key) ?? -1;
        }
        rj = here === -1 ? -1 : next[here]!;
      }
      const value = this.value(i, here, here === -1 ? undefined : refObject[key], depth + 1);
      if (value === FAILED) return FAILED;
      if (key === "__proto__")
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
      i = this.skipSpace(this.pos);
      const c = bytes[i];
      if (c === 0x7d) {
        this.pos = i + 1;
        return out;
      }
      if (c !== 0x2c) return FAILED;
      i = this.skipSpace(i + 1);
    }
  }
}

/** The key a string token (quotes included, in UTF-8 bytes) spells; undefined when it is not one JSON accepts. */
function keyOf(bytes: Buffer, start: number, end: number): string | undefined {
  let plain = start + 1;
  while (plain < end) {
    const c = bytes[plain]!;
    if (c === 0x22 || c === 0x5c || c < 0x20) break;
    plain++;
  }
  if (plain === end - 1) return bytes.toString("utf8", start + 1, end - 1);
  try {
    const key = JSON.parse(bytes.toString("utf8", start, end)) as unknown;
    return typeof key === "string" ? key : undefined;
  } catch {
    return undefined;
  }
}

const enum Expect {
  Value,
  ValueOrEnd,
  Key,
  KeyOrEnd,
  CommaOrEnd,
  Done,
}

/**
 * The tape of `text`, or undefined when it cannot be read as JSON this way
 * or holds a number literal no double holds exactly. Down to SHARE_DEPTH the
 * grammar is checked here; deeper values are only delimited (strings
 * skipped, brackets counted, members counted, numbers checked), as JSON.parse
 * checks each of them that is not the reference's.
 */
function tapeOf(text: string, maxDepth: number): Tape | undefined {
  return new TapeScanner(text).scan(Math.min(SHARE_DEPTH, maxDepth));
}

class TapeScanner extends Scanner {
  scan(shareDepth: number): Tape | undefined {
    const { text, n } = this;
    // Room for one value in 16 characters at once: what is never written is never touched, so it costs no
    // memory, where growing copies the tape and touches new memory each time.
    let t = newTape((n >> 4) + 1024);
    const open: number[] = [];
    const openMembers: number[] = [];
    let expect = Expect.Value as Expect;
    let keyStart = -1;
    let keyEnd = -1;
    let i = 0;
    for (;;) {
      i = this.skipSpace(i);
      if (expect === Expect.Done) return i === n ? t : undefined;
      if (i >= n) return undefined;
      let c = text.charCodeAt(i);
      let closing = false;
      if (expect === Expect.Key || expect === Expect.KeyOrEnd) {
        if (c === 0x7d && expect === Expect.KeyOrEnd) closing = true;
        else {
          if (c !== 0x22) return undefined;
          keyStart = i;
          keyEnd = stringEnd(text, i);
          if (keyEnd === -1) return undefined;
          i = this.skipSpace(keyEnd);
          c = text.charCodeAt(i);
          if (c !== 0x3a) return undefined;
          i++;
          this.members++;
          expect = Expect.Value;
          continue;
        }
      } else if (expect === Expect.CommaOrEnd) {
        const object = t.kind[open[open.length - 1]!] === OBJECT;
        if (c === 0x2c) {
          expect = object ? Expect.Key : Expect.Value;
          i++;
          continue;
        }
        if (c !== (object ? 0x7d : 0x5d)) return undefined;
        closing = true;
      } else if (c === 0x5d && expect === Expect.ValueOrEnd) closing = true;
      if (closing) {
        const node = open.pop()!;
        t.end[node] = ++i;
        t.next[node] = t.length;
        t.members[node] = this.members - openMembers.pop()!;
        expect = open.length === 0 ? Expect.Done : Expect.CommaOrEnd;
        continue;
      }
      // A value starts at i.
      if (t.length === t.start.length) t = grown(t);
      const node = t.length++;
      t.start[node] = i;
      const parentIsObject = open.length > 0 && t.kind[open[open.length - 1]!] === OBJECT;
      t.keyStart[node] = parentIsObject ? keyStart : -1;
      t.keyEnd[node] = parentIsObject ? keyEnd : -1;
      if ((c === 0x7b || c === 0x5b) && open.length < shareDepth) {
        t.kind[node] = c === 0x7b ? OBJECT : ARRAY;
        open.push(node);
        openMembers.push(this.members);
        expect = c === 0x7b ? Expect.KeyOrEnd : Expect.ValueOrEnd;
        i++;
        continue;
      }
      t.kind[node] = LEAF;
      const before = this.members;
      const end = this.leafEnd(i, c);
      if (end === -1) return undefined;
      t.end[node] = end;
      t.next[node] = node + 1;
      t.members[node] = this.members - before;
      i = end;
      expect = open.length === 0 ? Expect.Done : Expect.CommaOrEnd;
    }
  }
}
