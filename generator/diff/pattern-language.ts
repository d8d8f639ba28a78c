// The strings a pattern matches, compared between two patterns exactly. A
// JSON Schema pattern is an ECMAScript regex found anywhere in the value; read
// by the runtime's parser, it becomes an automaton over classes of characters
// (the alphabet cut where any class of either pattern starts or ends), and the
// two automata are walked in step, breadth first, for the shortest value one
// matches and the other does not (or both match). None found means inclusion:
// every value the first matches, the second matches too.
//
// Patterns with lookaround, backreferences or word boundaries are not judged,
// nor a pair read one with `u` and one without; nor is a pair whose walk
// outgrows a budget proportional to the patterns' length. A Unicode property
// escape is read from RegExp, code point by code point. A
// character class is read here and then checked against the native engine at
// each of its edges, so a reading that differs from RegExp's is not judged
// either. A value found is checked with the runtime's matcher before it is returned.

import {
  AT_END,
  AT_START,
  instructionsOf,
  OP_ASSERT,
  OP_CHAR,
  OP_JUMP,
  OP_MATCH,
  OP_SET,
  OP_SPLIT,
  patternMatcher,
  type RegexNode,
} from "../../templates/runtime.js";
import { readPattern } from "./pattern-witness.js";

/** Inclusive ranges of characters, flat (`[lo, hi, lo, hi, …]`), sorted and apart. */
type Ranges = number[];

class NotJudged extends Error {}

/** Steps a comparison may take per character of the two patterns, and at most. */
const STEPS_PER_CHARACTER = 6_000;
const MAX_STEPS = 1_000_000;
/** Instructions an automaton may have (counted repetition expands), classes of characters, and states. */
const MAX_INSTRUCTIONS = 4_000;
const MAX_CLASSES = 8_192;
const MAX_STATES = 20_000;
/** A length a value must reach is tracked up to this; a larger `minLength` is not judged. */
const MAX_COUNTED_LENGTH = 256;

const LINE_TERMINATORS: Ranges = [0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029];
const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const SPACE: Ranges = [
  0x09, 0x0d, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f,
  0x3000, 0x3000, 0xfeff, 0xfeff,
];

function normalized(ranges: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < ranges.length; i += 2) pairs.push([ranges[i]!, ranges[i + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    if (out.length > 0 && lo <= out[out.length - 1]! + 1) out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function complement(ranges: Ranges, top: number): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i]! > next) out.push(next, ranges[i]! - 1);
    next = ranges[i + 1]! + 1;
  }
  if (next <= top) out.push(next, top);
  return out;
}

function contains(ranges: Ranges, c: number): boolean {
  let [lo, hi] = [0, ranges.length / 2 - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]!) hi = mid - 1;
    else if (c > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

const CLASS_ESCAPES: Record<string, [Ranges, boolean]> = {
  d: [DIGIT, false],
  D: [DIGIT, true],
  w: [WORD, false],
  W: [WORD, true],
  s: [SPACE, false],
  S: [SPACE, true],
};

/** Property escapes read so far, by their text with `\p` (`\p{L}`): each read from RegExp over every code point. */
const propertyRanges = new Map<string, Ranges>();
/** How many property escapes are read (about 0.1 s each); past that, a pattern with another is not judged. */
const MAX_PROPERTY_ESCAPES = 32;

/** The characters a property escape (`\p{…}`, with `u`) takes: RegExp's own reading, code point by code point. */
function propertyEscapeRanges(text: string): Ranges {
  let ranges = propertyRanges.get(text);
  if (ranges !== undefined) return ranges;
  if (propertyRanges.size >= MAX_PROPERTY_ESCAPES) throw new NotJudged("more property escapes than are read");
  let re: RegExp;
  try {
    re = new RegExp(`^${text}$`, "u");
  } catch {
    throw new NotJudged(`the escape ${text}`);
  }
  ranges = [];
  let start = -1;
  for (let p = 0; p <= 0x10ffff; p++) {
    const takes = re.test(String.fromCodePoint(p));
    if (takes && start < 0) start = p;
    else if (!takes && start >= 0) {
      ranges.push(start, p - 1);
      start = -1;
    }
  }
  if (start >= 0) ranges.push(start, 0x10ffff);
  propertyRanges.set(text, ranges);
  return ranges;
}

/** `\p{…}` or `\P{…}` at `i` of a unicode pattern's source: its characters and where it ends, else undefined. */
function propertyEscapeAt(source: string, i: number, top: number): { ranges: Ranges; end: number } | undefined {
  if ((source[i + 1] !== "p" && source[i + 1] !== "P") || source[i + 2] !== "{") return undefined;
  const close = source.indexOf("}", i);
  if (close === -1) return undefined;
  const ranges = propertyEscapeRanges(`\\p${source.slice(i + 2, close + 1)}`);
  return { ranges: source[i + 1] === "P" ? complement(ranges, top) : ranges, end: close + 1 };
}

/** The characters a one-character atom (`.`, `\d`, `[…]`) takes, as the parser wrote its source. */
function atomRanges(source: string, unicode: boolean, top: number): Ranges {
  if (source === ".") return complement(LINE_TERMINATORS, top);
  if (source[0] === "\\") {
    const property = unicode ? propertyEscapeAt(source, 0, top) : undefined;
    if (property !== undefined && property.end === source.length) return property.ranges;
    const escape = CLASS_ESCAPES[source[1]!];
    if (escape === undefined || source.length !== 2) throw new NotJudged(`the class ${source}`);
    return escape[1] ? complement(escape[0], top) : escape[0];
  }
  const end = source.length - 1;
  let i = 1;
  const negated = source[i] === "^";
  if (negated) i++;
  const out: Ranges = [];
  /** One class atom: a character (`c`), or a class escape's ranges. */
  const atom = (): { c: number } | { ranges: Ranges } => {
    if (source[i] !== "\\") {
      const c = unicode ? source.codePointAt(i)! : source.charCodeAt(i);
      i += c > 0xffff ? 2 : 1;
      return { c };
    }
    const next = source[i + 1]!;
    const property = unicode ? propertyEscapeAt(source, i, top) : undefined;
    if (property !== undefined) {
      i = property.end;
      return { ranges: property.ranges };
    }
    const escape = CLASS_ESCAPES[next];
    if (escape !== undefined) {
      i += 2;
      return { ranges: escape[1] ? complement(escape[0], top) : escape[0] };
    }
    const control = "fnrtvb".indexOf(next);
    if (control >= 0) {
      i += 2;
      return { c: [12, 10, 13, 9, 11, 8][control]! };
    }
    if (next === "x" && /^[0-9a-fA-F]{2}$/.test(source.slice(i + 2, i + 4))) {
      i += 4;
      return { c: parseInt(source.slice(i - 2, i), 16) };
    }
    if (next === "u") {
      if (unicode && source[i + 2] === "{") {
        const close = source.indexOf("}", i);
        const c = parseInt(source.slice(i + 3, close), 16);
        i = close + 1;
        return { c };
      }
      if (/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
        let c = parseInt(source.slice(i + 2, i + 6), 16);
        i += 6;
        if (unicode && c >= 0xd800 && c <= 0xdbff && /^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(source.slice(i, i + 6))) {
          c = (c - 0xd800) * 0x400 + (parseInt(source.slice(i + 2, i + 6), 16) - 0xdc00) + 0x10000;
          i += 6;
        }
        return { c };
      }
    }
    if (next === "c" && /^[A-Za-z]$/.test(source[i + 2] ?? "")) {
      i += 3;
      return { c: source.charCodeAt(i - 1) % 32 };
    }
    if (next === "0" && !/[0-9]/.test(source[i + 2] ?? "")) {
      i += 2;
      return { c: 0 };
    }
    // Legacy octal, `\c` before a non-letter, property escapes: read differently with and without `u`.
    if (/[0-9cpPkxu]/.test(next)) throw new NotJudged(`the escape \\${next} in a class`);
    i += 1;
    const c = unicode ? source.codePointAt(i)! : source.charCodeAt(i);
    i += c > 0xffff ? 2 : 1;
    return { c };
  };
  const add = (a: { c: number } | { ranges: Ranges }) => {
    if ("c" in a) out.push(a.c, a.c);
    else out.push(...a.ranges);
  };
  while (i < end) {
    const first = atom();
    if (source[i] === "-" && i + 1 < end) {
      i++;
      const last = atom();
      if ("c" in first && "c" in last) {
        if (first.c > last.c) throw new NotJudged("a range out of order");
        out.push(first.c, last.c);
      } else {
        // Without `u`, a class escape at either end makes the `-` a character.
        add(first);
        out.push(0x2d, 0x2d);
        add(last);
      }
    } else add(first);
  }
  const ranges = normalized(out);
  return negated ? complement(ranges, top) : ranges;
}

/**
 * The characters a one-character atom takes, as flat inclusive ranges; undefined when it is not
 * read here (a property escape, an escape read differently with and without `u`).
 */
export function characterRanges(source: string, unicode: boolean): Ranges | undefined {
  try {
    return atomRanges(source, unicode, unicode ? 0x10ffff : 0xffff);
  } catch (error) {
    if (error instanceof NotJudged) return undefined;
    throw error;
  }
}

/** Whether RegExp agrees with `ranges` at the edges of each range and a few common characters. */
function agreesWithRegExp(source: string, unicode: boolean, ranges: Ranges, top: number): boolean {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${source})$`, unicode ? "u" : "");
  } catch {
    return false;
  }
  const points = new Set([0, 0x0a, 0x20, 0x2d, 0x30, 0x41, 0x5f, 0x61, 0x7f, 0xff, 0xd800, 0xffff, top]);
  for (let k = 0; k < ranges.length && points.size < 4_096; k += 2)
    for (const p of [ranges[k]! - 1, ranges[k]!, ranges[k + 1]!, ranges[k + 1]! + 1])
      if (p >= 0 && p <= top) points.add(p);
  for (const p of points) {
    const text = unicode ? String.fromCodePoint(p) : String.fromCharCode(p);
    if (re.test(text) !== contains(ranges, p)) return false;
  }
  return true;
}

interface Automaton {
  /** The runtime's instructions for the pattern (instructionsOf). */
  op: Int32Array;
  a: Int32Array;
  b: Int32Array;
  /** The characters each class or character takes. */
  sets: Ranges[];
  /** Per consuming instruction (OP_CHAR, OP_SET), its entry in `sets`. */
  setAt: Int32Array;
}

/** The runtime's construction of a pattern, each class read into ranges (and checked with RegExp). */
function automaton(tree: RegexNode, unicode: boolean, top: number): Automaton {
  const sets: Ranges[] = [];
  const setIndex = new Map<string, number>();
  const setOf = (key: string, ranges: () => Ranges): number => {
    let index = setIndex.get(key);
    if (index === undefined) setIndex.set(key, (index = sets.push(ranges()) - 1));
    return index;
  };
  const code = instructionsOf(tree, MAX_INSTRUCTIONS, (source) =>
    setOf(source, () => {
      const ranges = atomRanges(source, unicode, top);
      if (!agreesWithRegExp(source, unicode, ranges, top)) throw new NotJudged(`the class ${source}`);
      return ranges;
    }),
  );
  if (code === undefined) throw new NotJudged("too large");
  const { a, b, length } = code;
  const op = code.op.subarray(0, length);
  const setAt = new Int32Array(length).fill(-1);
  for (let x = 0; x < length; x++) {
    if (op[x] === OP_SET) setAt[x] = a[x]!;
    else if (op[x] === OP_CHAR) setAt[x] = setOf(`\\u{${a[x]!.toString(16)}}`, () => [a[x]!, a[x]!]);
    else if (op[x] === OP_ASSERT && a[x] !== AT_START && a[x] !== AT_END) throw new NotJudged("a word boundary");
  }
  return { op, a, b, sets, setAt };
}

/** A pattern as the runtime reads it, or not judged (no pattern, lookaround, backreferences). */
function read(pattern: string): { tree: RegexNode; unicode: boolean } {
  const read = readPattern(pattern);
  if (read === undefined) throw new NotJudged("not read");
  return { tree: read.root, unicode: read.unicode };
}

/** The state every value is accepted in: a match was found, so any rest of the value matches. */
const ACCEPTED = -1;

/**
 * An automaton made deterministic as it is walked: a state is the set of
 * instructions alive after the characters read (the seeds of the next step),
 * as the runtime's search keeps them; a match may start at any character.
 */
class Walker {
  private readonly states: { threads: Int32Array; atEnd: boolean; next: Int32Array }[] = [];
  private readonly index = new Map<string, number>();
  private readonly mark: Int32Array;
  private generation = 0;
  readonly start: number;

  constructor(
    private readonly m: Automaton,
    /** Per consuming instruction, per class of characters: whether it takes the class. */
    private readonly takes: Uint8Array[],
    private readonly classes: number,
    private readonly budget: { left: number },
  ) {
    this.mark = new Int32Array(m.op.length);
    this.start = this.state([0], true);
  }

  /** Consuming instructions the seeds reach without reading, and whether one reaches the match. */
  private close(seeds: readonly number[], atStart: boolean, atEnd: boolean): [number[], boolean] {
    const { op, a, b } = this.m;
    this.generation++;
    const stack = [...seeds];
    const threads: number[] = [];
    let matched = false;
    while (stack.length > 0) {
      const x = stack.pop()!;
      if (--this.budget.left < 0) throw new NotJudged("over budget");
      if (this.mark[x] === this.generation) continue;
      this.mark[x] = this.generation;
      const o = op[x];
      if (o === OP_MATCH) matched = true;
      else if (o === OP_JUMP) stack.push(a[x]!);
      else if (o === OP_SPLIT) stack.push(b[x]!, a[x]!);
      else if (o === OP_ASSERT) {
        if (a[x] === AT_START ? atStart : atEnd) stack.push(x + 1);
      } else threads.push(x);
    }
    return [threads, matched];
  }

  private state(seeds: number[], atStart: boolean): number {
    const key = `${atStart ? "^" : ""}${seeds.join(",")}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const [threads, matched] = this.close(seeds, atStart, false);
    // A match that needs no end of value: whatever follows, the value matches.
    const id = matched ? ACCEPTED : this.states.length;
    if (!matched) {
      // A state's table of next states has a cell per class: its memory is paid from the budget.
      this.budget.left -= this.classes;
      if (this.states.length >= MAX_STATES || this.budget.left < 0) throw new NotJudged("too many states");
      this.states.push({
        threads: Int32Array.from(threads),
        atEnd: this.close(seeds, atStart, true)[1],
        next: new Int32Array(this.classes).fill(-2),
      });
    }
    this.index.set(key, id);
    return id;
  }

  /** Whether a value ending in `state` matches. */
  accepts(state: number): boolean {
    return state === ACCEPTED || this.states[state]!.atEnd;
  }

  step(state: number, cls: number): number {
    if (state === ACCEPTED) return ACCEPTED;
    const s = this.states[state]!;
    const known = s.next[cls]!;
    if (known !== -2) return known;
    const seeds = new Set<number>([0]);
    for (const x of s.threads) {
      if (--this.budget.left < 0) throw new NotJudged("over budget");
      if (this.takes[this.m.setAt[x]!]![cls] === 1) seeds.add(x + 1);
    }
    const next = this.state(
      [...seeds].sort((x, y) => x - y),
      false,
    );
    s.next[cls] = next;
    return next;
  }
}

/** Characters tried first as a class's example, so values found read plainly. */
const PREFERRED = [..."a0A1_-. /:@zZ9x"].map((c) => c.charCodeAt(0));

/** The classes of characters no set of either automaton tells apart, each with the example a value found uses. */
function alphabet(
  automata: Automaton[],
  top: number,
  budget: { left: number },
): { examples: number[]; order: number[]; takes: Uint8Array[][] } {
  const cuts = new Set<number>([0]);
  for (const m of automata)
    for (const set of m.sets)
      for (let k = 0; k < set.length; k += 2) {
        cuts.add(set[k]!);
        if (set[k + 1]! + 1 <= top) cuts.add(set[k + 1]! + 1);
      }
  const starts = [...cuts].sort((x, y) => x - y);
  if (starts.length > MAX_CLASSES) throw new NotJudged("too many classes of characters");
  // Each set's row of classes is a table cell per class: paid from the budget, as states are.
  budget.left -= starts.length * automata.reduce((sum, m) => sum + m.sets.length, 0);
  if (budget.left < 0) throw new NotJudged("over budget");
  const examples = starts.map((lo, k) => {
    const hi = k + 1 < starts.length ? starts[k + 1]! - 1 : top;
    const preferred = PREFERRED.find((c) => c >= lo && c <= hi);
    if (preferred !== undefined) return preferred;
    if (lo <= 0x7e && hi >= 0x21) return Math.max(lo, 0x21);
    // A lone surrogate reads oddly and may pair with the next character: avoided when the class has another.
    if (lo >= 0xd800 && lo <= 0xdfff && hi > 0xdfff) return 0xe000;
    return lo;
  });
  // Classes with plainer examples are tried first: of the shortest values, the plainest is found.
  const rank = (c: number) => {
    const preferred = PREFERRED.indexOf(c);
    return preferred >= 0 ? preferred : c >= 0x21 && c <= 0x7e ? PREFERRED.length : PREFERRED.length + 1;
  };
  const order = examples.map((_, k) => k).sort((p, q) => rank(examples[p]!) - rank(examples[q]!) || p - q);
  const takes = automata.map((m) =>
    m.sets.map((set) => {
      const row = new Uint8Array(starts.length);
      for (let k = 0; k < starts.length; k++) row[k] = contains(set, starts[k]!) ? 1 : 0;
      return row;
    }),
  );
  return { examples, order, takes };
}

/** The steps a comparison of two patterns may take: in proportion to their length, and at most MAX_STEPS. */
export function patternBudget(first: string, second: string): number {
  return Math.min(MAX_STEPS, STEPS_PER_CHARACTER * (first.length + second.length + 1));
}

export interface LengthBounds {
  min?: number;
  max?: number;
}

/**
 * The shortest value (within `lengths`, counted in characters as the pattern
 * reads them) that `first` matches and `second` does not (`goal: "apart"`) or
 * both match (`"shared"`); null when there is none; undefined when the pair is
 * not judged (see the top of this file).
 */
export function findValue(
  first: string,
  second: string,
  goal: "apart" | "shared",
  lengths: LengthBounds = {},
  /** Steps the walk may take (default: patternBudget's), charged as it goes. */
  budget: { left: number } = { left: patternBudget(first, second) },
  /** A pattern the value must match too (the shape of a format, say); the empty pattern matches any. */
  also = "",
): string | null | undefined {
  const min = lengths.min ?? 0;
  if (min > MAX_COUNTED_LENGTH) return undefined;
  try {
    const [x, y, z] = [read(first), read(second), read(also)];
    if (x.unicode !== y.unicode || (also !== "" && z.unicode !== x.unicode)) return undefined;
    // Without `u` a character is a UTF-16 unit, and an astral one counts two: only a lower bound holds.
    const max = x.unicode ? (lengths.max ?? Infinity) : Infinity;
    if (min > max) return null;
    const top = x.unicode ? 0x10ffff : 0xffff;
    const automata = [x, y, z].map((r) => automaton(r.tree, x.unicode, top));
    const { examples, order, takes } = alphabet(automata, top, budget);
    const [walkX, walkY, walkZ] = automata.map((m, i) => new Walker(m, takes[i]!, examples.length, budget)) as [
      Walker,
      Walker,
      Walker,
    ];
    const found = (a: number, b: number, c: number) =>
      walkX.accepts(a) && walkZ.accepts(c) && (goal === "apart" ? !walkY.accepts(b) : walkY.accepts(b));
    // Breadth first over (state of each, length reached up to `min`): the first value found is a shortest one.
    const width = min + 1;
    const states = MAX_STATES + 1;
    const keyOf = (a: number, b: number, c: number, n: number) =>
      (((a + 1) * states + (b + 1)) * states + (c + 1)) * width + n;
    const seen = new Set<number>();
    const queue: { a: number; b: number; c: number; n: number; length: number; from: number; cls: number }[] = [];
    const push = (a: number, b: number, c: number, length: number, from: number, cls: number) => {
      if (goal === "apart" && b === ACCEPTED) return; // the second matches whatever follows
      const n = Math.min(length, min);
      const key = keyOf(a, b, c, n);
      if (seen.has(key)) return;
      seen.add(key);
      queue.push({ a, b, c, n, length, from, cls });
    };
    push(walkX.start, walkY.start, walkZ.start, 0, -1, -1);
    for (let head = 0; head < queue.length; head++) {
      const { a, b, c, n, length } = queue[head]!;
      if (length > max) break;
      if (n >= min && found(a, b, c)) {
        const codes: number[] = [];
        for (let at = head; queue[at]!.from >= 0; at = queue[at]!.from) codes.push(examples[queue[at]!.cls]!);
        const value = codes
          .reverse()
          .reduce((s, c) => s + (x.unicode ? String.fromCodePoint(c) : String.fromCharCode(c)), "");
        // The value is checked as the runtime matches it (in linear time, as RegExp would not on `(a|a)*$`).
        const [inFirst, inSecond, inAlso] = [first, second, also].map((p) => patternMatcher(p)?.test(value));
        return inFirst === true && inAlso === true && inSecond === (goal === "shared") ? value : undefined;
      }
      if (length === max) continue;
      for (const cls of order) {
        if (--budget.left < 0) return undefined;
        push(walkX.step(a, cls), walkY.step(b, cls), walkZ.step(c, cls), length + 1, head, cls);
      }
    }
    return null;
  } catch (error) {
    if (error instanceof NotJudged || error instanceof RangeError) return undefined;
    throw error;
  }
}
