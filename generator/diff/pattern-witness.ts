// A changed pattern cannot be compared with the old one for inclusion in
// general, but one value the old pattern matches and the new one rejects
// proves the change breaking. The values tried are plain spellings of the
// old pattern's top-level alternatives (each repetition at its least, then
// optional parts taken, then every repetition long; each inner alternation's
// first option that spells, each class's first member among a few common
// characters; lookaround left out); the old field's constraints and both
// patterns then judge each, so a rough spelling can only miss a witness,
// never invent one.

import { AT_END, AT_START, parsePattern, patternMatcher, type RegexNode } from "../../templates/runtime.js";

/** Longest value spelled: a bound on the work for a pattern like `a{100000}`. */
const MAX_WITNESS = 1_000;
/** Characters tried for a class, in order: digits and letters first, as most config patterns ask for them. */
const CANDIDATES = ["0", "a", "A", "_", "-", ".", " ", "/", ":", "@", "+", "z", "Z", "9", "x"];

function unicodeOf(source: string): boolean | undefined {
  try {
    new RegExp(source, "u");
    return true;
  } catch {
    try {
      new RegExp(source);
      return false;
    } catch {
      return undefined;
    }
  }
}

/**
 * A pattern as the runtime reads it (with `u` when it compiles so, as JSON Schema means it);
 * undefined when it is none, or uses lookaround or backreferences.
 */
export function readPattern(pattern: string): { root: RegexNode; unicode: boolean } | undefined {
  const unicode = unicodeOf(pattern);
  if (unicode === undefined) return undefined;
  try {
    return { root: parsePattern(pattern, unicode), unicode };
  } catch {
    return undefined;
  }
}

/** Repetitions beyond its least that a repetition with no most takes in a long spelling. */
const LONG_REPEAT = 100;
/**
 * Longest value tried on a pattern that needs backtracking (lookaround, backreferences): the native
 * engine runs it, so values stay well within what the runtime runs it on (BACKTRACKING_INPUT_LIMIT).
 */
const MAX_BACKTRACKING_WITNESS = 256;

/**
 * How repetitions are spelled: `short` each at its least (the shortest value); `bounded` one with a
 * most at its most (an optional part taken), the others at their least; `long` each at its most, or
 * LONG_REPEAT past its least when it has none (a value past a length the new pattern allows).
 */
type Spelling = "short" | "bounded" | "long";
const SPELLINGS: readonly Spelling[] = ["short", "bounded", "long"];

/** The value `node` spells as `long` says, or undefined (a class none of the candidates is in, or too long). */
function spell(
  node: RegexNode,
  unicode: boolean,
  budget: { left: number },
  long: Spelling = "short",
): string | undefined {
  switch (node.k) {
    case "char": {
      if (--budget.left < 0) return undefined;
      return unicode ? String.fromCodePoint(node.c) : String.fromCharCode(node.c);
    }
    case "set": {
      if (--budget.left < 0) return undefined;
      let re: RegExp;
      try {
        re = new RegExp(`^(?:${node.source})$`, unicode ? "u" : "");
      } catch {
        return undefined;
      }
      return CANDIDATES.find((c) => re.test(c));
    }
    case "assert":
      return "";
    case "seq": {
      let out = "";
      for (const item of node.items) {
        const part = spell(item, unicode, budget, long);
        if (part === undefined) return undefined;
        out += part;
      }
      return out;
    }
    case "alt": {
      for (const option of node.options) {
        const part = spell(option, unicode, budget, long);
        if (part !== undefined) return part;
      }
      return undefined;
    }
    case "rep": {
      const times =
        long === "short"
          ? node.min
          : long === "long"
            ? Math.min(node.max, node.min + LONG_REPEAT)
            : node.max === Infinity
              ? node.min
              : node.max;
      if (times > MAX_WITNESS) return undefined;
      const one = times === 0 ? "" : spell(node.node, unicode, budget, long);
      if (one === undefined || one.length * times > MAX_WITNESS) return undefined;
      return one.repeat(times);
    }
  }
}

/** Top-level alternatives tried, at most: each is spelled on its own budget. */
const MAX_OPTIONS = 32;

/**
 * A value `was` matches, `valid` takes (the old field's other constraints)
 * and `now` rejects, or undefined when none is found (a pattern using
 * lookaround or backreferences, which is not spelled; spellings the new
 * pattern still matches).
 */
export function patternWitness(was: string, now: string, valid: (value: string) => boolean): string | undefined {
  const [before, after] = [patternMatcher(was), patternMatcher(now)];
  if (before === undefined || after === undefined) return undefined;
  // The alternatives as read; a pattern with lookaround somewhere, its top-level alternatives that have none.
  const parsed = readPattern(was);
  const options: { root: RegexNode; unicode: boolean }[] =
    parsed !== undefined
      ? (parsed.root.k === "alt" ? parsed.root.options : [parsed.root]).map((root) => ({
          root,
          unicode: parsed.unicode,
        }))
      : topLevelAlternatives(was).flatMap((part) => {
          // Lookaround left out: what is spelled so may not match, and the matchers judge it.
          const read = readPattern(part) ?? readPattern(withoutLookaround(part));
          return read === undefined ? [] : [read];
        });
  // The first spelling of `root` (each tried as `around` says) that the old field takes and the new pattern rejects.
  const witness = (root: RegexNode, unicode: boolean, around = (v: string) => [v]): string | undefined => {
    for (const long of SPELLINGS) {
      let spelled: string | undefined;
      try {
        spelled = spell(root, unicode, { left: MAX_WITNESS }, long);
      } catch {
        // Nesting the parser read but spelling it overflows the stack: no witness.
        continue;
      }
      if (spelled === undefined) continue;
      for (const value of around(spelled)) {
        if (
          (before.backtracking !== undefined || after.backtracking !== undefined) &&
          value.length > MAX_BACKTRACKING_WITNESS
        )
          continue;
        if (valid(value) && before.test(value) === true && after.test(value) === false) return value;
      }
    }
    return undefined;
  };
  for (const { root, unicode } of options.slice(0, MAX_OPTIONS)) {
    const found = witness(root, unicode);
    if (found !== undefined) return found;
  }
  // A value a negative lookaround of the new pattern rules out (`^(?!https://)(?!http://).*`: "http://"), spelled
  // from its body: the old pattern may take it.
  for (const body of negativeLookarounds(now).slice(0, MAX_OPTIONS)) {
    const read = readPattern(body) ?? readPattern(withoutLookaround(body));
    const found = read && witness(read.root, read.unicode, (v) => [v, `${v}a`, `a${v}`]);
    if (found !== undefined) return found;
  }
  // The new pattern with one negative lookaround made what it ruled out (`^https://(?!localhost)` →
  // `^https://(?:localhost)`: "https://localhost"), its other lookaround left out: the value in its context.
  for (const asked of negativeLookarounds(now, true).slice(0, MAX_OPTIONS)) {
    const read = readPattern(withoutLookaround(asked));
    const found = read && witness(read.root, read.unicode);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The bodies of a pattern's negative lookaround groups (`(?!…)`, `(?<!…)`), as written: one pass, groups on a
 * stack. `inPlace`: the pattern itself for each, that group written as a plain group of its body instead.
 */
export function negativeLookarounds(pattern: string, inPlace = false): string[] {
  const bodies: string[] = [];
  // Each open group: where its body starts, or -1 for any other group.
  const open: number[] = [];
  const starts: number[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      const negative = pattern.startsWith("(?!", i) ? 3 : pattern.startsWith("(?<!", i) ? 4 : 0;
      open.push(negative === 0 ? -1 : i + negative);
      starts.push(i);
    } else if (c === ")") {
      const start = open.pop();
      const group = starts.pop();
      if (start !== undefined && start !== -1)
        bodies.push(
          inPlace
            ? `${pattern.slice(0, group)}(?:${pattern.slice(start, i)})${pattern.slice(i + 1)}`
            : pattern.slice(start, i),
        );
    }
  }
  return bodies;
}

/** The pattern with its lookaround groups (`(?=…)`, `(?!…)`, `(?<=…)`, `(?<!…)`) taken out, as written otherwise. */
export function withoutLookaround(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === "\\") {
      out += pattern.slice(i, i + 2);
      i++;
    } else if (inClass) {
      inClass = c !== "]";
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else if (c === "(" && /^\(\?<?[=!]/.test(pattern.slice(i, i + 4))) {
      // Skipped to its closing parenthesis.
      let depth = 0;
      let skipClass = false;
      for (; i < pattern.length; i++) {
        const d = pattern[i];
        if (d === "\\") i++;
        else if (skipClass) skipClass = d !== "]";
        else if (d === "[") skipClass = true;
        else if (d === "(") depth++;
        else if (d === ")" && --depth === 0) break;
      }
    } else out += c;
  }
  return out;
}

/**
 * The pattern's top-level alternatives as written (split at each `|` outside groups, classes and
 * escapes; `^a$|^$` → `^a$`, `^$`); one, the whole, when it has none. Each matches only what the whole
 * does. With `refuseBackreferences`, undefined for a pattern with a backreference, whose meaning hangs
 * on group numbers that an alternative added before it would shift.
 */
export function topLevelAlternatives(pattern: string, refuseBackreferences: true): string[] | undefined;
export function topLevelAlternatives(pattern: string): string[];
export function topLevelAlternatives(pattern: string, refuseBackreferences = false): string[] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      if (refuseBackreferences && !inClass && /[1-9k]/.test(pattern[i + 1] ?? "")) return undefined;
      i++;
    } else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(pattern.slice(start));
  return parts;
}

/** Whether `node` can match the empty string with no assertion in it. */
function emptyWithoutAssertions(node: RegexNode): boolean {
  switch (node.k) {
    case "char":
    case "set":
    case "assert":
      return false;
    case "seq":
      return node.items.every(emptyWithoutAssertions);
    case "alt":
      return node.options.some(emptyWithoutAssertions);
    case "rep":
      return node.min === 0 || emptyWithoutAssertions(node.node);
  }
}

/** Whether `node` has an assertion in it (which constrains where it can match). */
function hasAssertion(node: RegexNode): boolean {
  switch (node.k) {
    case "assert":
      return true;
    case "seq":
      return node.items.some(hasAssertion);
    case "alt":
      return node.options.some(hasAssertion);
    case "rep":
      return hasAssertion(node.node);
    default:
      return false;
  }
}

/**
 * Whether `pattern` matches every string, as JSON Schema applies it (found
 * anywhere in the value): some top-level alternative matches the empty string
 * at the start or the end of any value (`.*`, `^.*`, `a*$`, ``). Undefined
 * patterns, lookaround and backreferences are not judged (false).
 */
export function matchesEverything(pattern: string): boolean {
  const root = readPattern(pattern)?.root;
  if (root === undefined) return false;
  const options = root.k === "alt" ? root.options : [root];
  try {
    return options.some(everyValue);
  } catch {
    // Nesting the parser read but walking it overflows the stack: not judged.
    return false;
  }
}

/** Whether one top-level alternative matches the empty string at the start or the end of any value. */
function everyValue(option: RegexNode): boolean {
  const items = option.k === "seq" ? option.items : [option];
  // One anchor at the very start or the very end: the empty match is there in every value.
  const first = items[0];
  const last = items[items.length - 1];
  let rest = items;
  if (first?.k === "assert" && first.a === AT_START) rest = items.slice(1);
  else if (last?.k === "assert" && last.a === AT_END) rest = items.slice(0, -1);
  return rest.every((item) => !hasAssertion(item) && emptyWithoutAssertions(item));
}
