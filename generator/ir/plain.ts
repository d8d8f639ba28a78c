// Helpers for plain JSON data, shared by every stage: one test for "a JSON
// object", one order for text (code units, never the locale), so output is
// the same on every machine.

export type PlainObject = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is PlainObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether a JSON value has JSON Schema type `type` (`integer`: a number with no fraction); undefined for a name JSON Schema does not have. */
export function hasJsonType(type: unknown, value: unknown): boolean | undefined {
  switch (type) {
    case "null":
      return value === null;
    case "string":
    case "boolean":
      return typeof value === type;
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return undefined;
  }
}

/**
 * `object[key]` when it is the object's own property, else undefined: names
 * from input (`constructor`, `__proto__`, `toString`) never reach Object.prototype.
 */
export function ownValue(object: PlainObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** Text in code-unit order. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator of items by the text `key` gives, in code-unit order; later keys break ties. */
export function byText<T>(...keys: ((item: T) => string)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareText(key(a), key(b));
      if (order !== 0) return order;
    }
    return 0;
  };
}

/** Targets of pointers already resolved, per document: schemas refer to the same few targets many times over. */
const resolved = new WeakMap<object, Map<string, unknown>>();

/**
 * Resolves a local JSON pointer (`#/components/schemas/X`) in a JSON document;
 * undefined when it points at nothing. The document is not to change after.
 */
export function resolvePointer(root: unknown, ref: string): unknown {
  // `#name` is a plain-name fragment (an `$anchor`), not a pointer: it names no place here.
  if (!ref.startsWith("#") || (ref.length > 1 && ref[1] !== "/")) return undefined;
  if (typeof root !== "object" || root === null) return walkPointer(root, ref);
  let known = resolved.get(root);
  if (known === undefined) resolved.set(root, (known = new Map()));
  if (known.has(ref)) return known.get(ref);
  const target = walkPointer(root, ref);
  known.set(ref, target);
  return target;
}

function walkPointer(root: unknown, ref: string): unknown {
  let node: unknown = root;
  // `#/a/b`: each segment read between slashes, without splitting the pointer into a list first.
  for (let from = 2; from <= ref.length;) {
    const slash = ref.indexOf("/", from);
    const to = slash === -1 ? ref.length : slash;
    const raw = ref.slice(from, to);
    from = to + 1;
    // Most segments are plain names: decoding them would change nothing.
    let key = raw;
    if (raw.includes("%") || raw.includes("~")) {
      try {
        key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
      } catch {
        return undefined; // a malformed %-escape names nothing
      }
    }
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Texts for a message: the first `limit` joined, then how many more, so a message stays short however long the list. */
export function someOf(texts: readonly string[], limit = 10): string {
  const first = texts.slice(0, limit).join(", ");
  return texts.length > limit ? `${first} and ${texts.length - limit} more` : first;
}

/**
 * Results of a pure function of a text, kept for every connector and snapshot (schemas repeat the
 * same patterns, keys and property schemas). Bounded: at most KEPT, the oldest dropped first, and
 * no text longer than `longest`.
 */
export function remembered<V>(memo: Map<string, V>, text: string, make: () => V, longest = Infinity): V {
  if (memo.has(text)) return memo.get(text)!;
  const value = make();
  if (text.length <= longest) {
    if (memo.size >= KEPT) memo.delete(memo.keys().next().value!);
    memo.set(text, value);
  }
  return value;
}
const KEPT = 4096;
