// Whether a connector's inputs are the same in two snapshots: its schema and
// everything its `$ref`s reach, compared as JSON (property order included, as
// it orders the fields). A `$ref` is followed in every root it may be looked
// up in, so whichever way a dialect resolves it, the target it gets is
// compared. Equal inputs give equal connectors, so the diff does not build
// them. Walks with an explicit stack; what a walk learns about a `$ref` target
// is kept for the connectors that share it, so each shared target is
// compared about once.

import type { ConnectorInput } from "../dialects/connector-input.js";
import { resolvePointer } from "../ir/plain.js";

/** The `$ref`s a value was reached through, innermost first. */
interface RefChain {
  ref: string;
  outer: RefChain | undefined;
}

interface Known {
  /** `$ref`s whose targets (and all they reach) are equal on both sides. */
  equal: Set<string>;
  /** `$ref`s whose targets differ somewhere. */
  different: Set<string>;
}

export class InputComparer {
  /** Per pair of root lists (by the roots' identity): what is known of their `$ref`s. */
  private readonly known = new Map<unknown, unknown>();

  private knownFor(a: readonly unknown[], b: readonly unknown[]): Known {
    let map = this.known;
    for (const root of [...a, InputComparer, ...b]) {
      let next = map.get(root) as Map<unknown, unknown> | undefined;
      if (next === undefined) map.set(root, (next = new Map()));
      map = next;
    }
    let known = map.get(InputComparer) as Known | undefined;
    if (known === undefined) map.set(InputComparer, (known = { equal: new Set(), different: new Set() }));
    return known;
  }

  /** The local `$ref`s written anywhere in a value, per value. */
  private readonly refs = new WeakMap<object, string[]>();

  private refsIn(value: object): string[] {
    let found = this.refs.get(value);
    if (found !== undefined) return found;
    const refs = new Set<string>();
    const stack: unknown[] = [value];
    while (stack.length > 0) {
      const v = stack.pop();
      if (typeof v !== "object" || v === null) continue;
      if (Array.isArray(v)) {
        for (const item of v) if (typeof item === "object" && item !== null) stack.push(item);
        continue;
      }
      const ref = (v as Record<string, unknown>).$ref;
      if (typeof ref === "string" && ref.startsWith("#")) refs.add(ref);
      for (const key in v) {
        const item = (v as Record<string, unknown>)[key];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
    this.refs.set(value, (found = [...refs]));
    return found;
  }

  same(a: ConnectorInput, b: ConnectorInput): boolean {
    if (a.id !== b.id || a.file !== b.file || a.context !== b.context) return false;
    return this.sameValue(a.schema, a.roots, b.schema, b.roots);
  }

  /** Whether schema `a` in `aRoots` is schema `b` in `bRoots`: equal as JSON, and so is all their `$ref`s reach. */
  sameValue(a: unknown, aRoots: readonly unknown[], b: unknown, bRoots: readonly unknown[]): boolean {
    if (aRoots.length !== bRoots.length) return false;
    const known = this.knownFor(aRoots, bRoots);
    // Values the two sides share (parseSnapshotPair) are equal; in the same roots, so are their `$ref`s' targets.
    const sameRoots = aRoots.every((root, i) => root === bRoots[i]);
    const reached = new Set<string>();
    const stack: [unknown, unknown, RefChain | undefined][] = [[a, b, undefined]];
    const differ = (chain: RefChain | undefined) => {
      for (let c = chain; c !== undefined; c = c.outer) known.different.add(c.ref);
      return false;
    };
    // Compares a `$ref`'s targets (once per comparison, and once per pair of roots when equal).
    const follow = (ref: string, chain: RefChain | undefined): boolean => {
      if (known.different.has(ref)) return differ(chain);
      if (known.equal.has(ref) || reached.has(ref)) return true;
      reached.add(ref);
      const inner: RefChain = { ref, outer: chain };
      for (let i = 0; i < aRoots.length; i++) {
        const tx = resolvePointer(aRoots[i], ref);
        const ty = resolvePointer(bRoots[i], ref);
        if ((tx === undefined) !== (ty === undefined)) return differ(inner);
        stack.push([tx, ty, inner]);
      }
      return true;
    };
    while (stack.length > 0) {
      const [x, y, chain] = stack.pop()!;
      if (x === y) {
        if (sameRoots || typeof x !== "object" || x === null) continue;
        for (const ref of this.refsIn(x)) if (!follow(ref, chain)) return false;
        continue;
      }
      if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return differ(chain);
      if (Array.isArray(x)) {
        if (!Array.isArray(y) || x.length !== y.length) return differ(chain);
        for (let i = 0; i < x.length; i++) stack.push([x[i], y[i], chain]);
        continue;
      }
      if (Array.isArray(y)) return differ(chain);
      const xs = x as Record<string, unknown>;
      const ys = y as Record<string, unknown>;
      const keys = Object.keys(xs);
      const otherKeys = Object.keys(ys);
      if (keys.length !== otherKeys.length) return differ(chain);
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== otherKeys[i]) return differ(chain);
        stack.push([xs[keys[i]!], ys[keys[i]!], chain]);
      }
      const ref = xs.$ref;
      // Equal strings (compared above, as values); their targets are compared here.
      if (typeof ref === "string" && ys.$ref === ref && ref.startsWith("#") && !follow(ref, chain)) return false;
    }
    // Nothing reached differs, so every target reached is equal.
    for (const ref of reached) known.equal.add(ref);
    return true;
  }
}
