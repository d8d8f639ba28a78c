// A changed pattern cannot be compared with the old one for inclusion in
// general, but one value the old pattern matches and the new one rejects
// proves the change breaking. The values tried are the shortest plain
// spellings of the old pattern's top-level alternatives (each repetition at
// its minimum, each inner alternation's first option that spells, each class's
// first member among a few common characters); the old field's constraints and
// both patterns then judge each, so a rough spelling can only miss a witness,
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

/** The shortest value `node` spells, or undefined (a class none of the candidates is in, or too long). */
function spell(node: RegexNode, unicode: boolean, budget: { left: number }): string | undefined {
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
        const part = spell(item, unicode, budget);
        if (part === undefined) return undefined;
        out += part;
      }
      return out;
    }
    case "alt": {
      for (const option of node.options) {
        const part = spell(option, unicode, budget);
        if (part !== undefined) return part;
      }
      return undefined;
    }
    case "rep": {
      if (node.min > MAX_WITNESS) return undefined;
      const one = node.min === 0 ? "" : spell(node.node, unicode, budget);
      if (one === undefined || one.length * node.min > MAX_WITNESS) return undefined;
      return one.repeat(node.min);
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
  const parsed = readPattern(was);
  if (parsed === undefined) return undefined;
  const { root, unicode } = parsed;
  const [before, after] = [patternMatcher(was), patternMatcher(now)];
  if (before === undefined || after === undefined) return undefined;
  const options = root.k === "alt" ? root.options.slice(0, MAX_OPTIONS) : [root];
  for (const option of options) {
    let value: string | undefined;
    try {
      value = spell(option, unicode, { left: MAX_WITNESS });
    } catch {
      // Nesting the parser read but spelling it overflows the stack: no witness.
      continue;
    }
    if (value !== undefined && valid(value) && before.test(value) === true && after.test(value) === false) return value;
  }
  return undefined;
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
