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

  same(a: ConnectorInput, b: ConnectorInput): boolean {
    if (a.id !== b.id || a.file !== b.file || a.context !== b.context || a.roots.length !== b.roots.length)
      return false;
    const known = this.knownFor(a.roots, b.roots);
    const reached = new Set<string>();
    const stack: [unknown, unknown, RefChain | undefined][] = [[a.schema, b.schema, undefined]];
    const differ = (chain: RefChain | undefined) => {
      for (let c = chain; c !== undefined; c = c.outer) known.different.add(c.ref);
      return false;
    };
    while (stack.length > 0) {
      const [x, y, chain] = stack.pop()!;
      if (x === y) continue;
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
      if (typeof ref !== "string" || ys.$ref !== ref || !ref.startsWith("#")) continue;
      if (known.different.has(ref)) return differ(chain);
      if (known.equal.has(ref) || reached.has(ref)) continue;
      reached.add(ref);
      const inner: RefChain = { ref, outer: chain };
      for (let i = 0; i < a.roots.length; i++) {
        const tx = resolvePointer(a.roots[i], ref);
        const ty = resolvePointer(b.roots[i], ref);
        if ((tx === undefined) !== (ty === undefined)) return differ(inner);
        stack.push([tx, ty, inner]);
      }
    }
    // Nothing reached differs, so every target reached is equal.
    for (const ref of reached) known.equal.add(ref);
    return true;
  }
}
