// A changed pattern cannot be compared with the old one for inclusion in
// general, but one value the old pattern matches and the new one rejects
// proves the change breaking. The value tried is the old pattern's shortest
// plain spelling (each repetition at its minimum, each alternation's first
// option that spells, each class's first member among a few common
// characters); both patterns then judge it, so a rough spelling can only miss
// a witness, never invent one.

import { parsePattern, patternMatcher, type RegexNode } from "../../templates/runtime.js";

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

/**
 * A value `was` matches and `now` rejects, or undefined when none is found
 * (a pattern using lookaround or backreferences, which is not spelled; a
 * spelling the new pattern still matches).
 */
export function patternWitness(was: string, now: string): string | undefined {
  const unicode = unicodeOf(was);
  if (unicode === undefined) return undefined;
  let value: string | undefined;
  try {
    value = spell(parsePattern(was, unicode), unicode, { left: MAX_WITNESS });
  } catch {
    return undefined;
  }
  if (value === undefined) return undefined;
  const [before, after] = [patternMatcher(was), patternMatcher(now)];
  if (before === undefined || after === undefined) return undefined;
  return before.test(value) === true && after.test(value) === false ? value : undefined;
}
