// Stage: the committed name lock (names.lock.json in the output directory)
// applied to the IR. Naming disambiguates colliding wire keys by property
// order, so a property added earlier in a schema could take an existing
// field's authoring key; the lock keeps every wire key it lists on the key it
// had, and new wire keys get the names left over.

import { readBoundedFile } from "../input/bounded-file.js";
import { lstat } from "node:fs/promises";
import { join } from "node:path";
import type { Diagnostics } from "./diagnostics.js";
import type { Condition, IrConnector, IrField, IrType } from "./ir.js";
import { authoringKey, isIdentifier } from "./naming.js";
import { isObject, ownValue } from "./plain.js";

export const NAME_LOCK_FILE = "names.lock.json";

/** A lock larger than this is not read: it is untrusted input. */
const MAX_LOCK_BYTES = 16 * 1024 * 1024;

/** `kind/code` → wire key path (segments escaped as in a JSON pointer, joined by `/`) → authoring key. */
export type NameLock = Map<string, Map<string, string>>;

/** One path segment: `~` and `/` escaped as in RFC 6901, so a path splits back unambiguously. */
export const lockSegment = (wireKey: string) => wireKey.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The lock file's text in `outDir`, or undefined when there is none (or it
 * cannot be read, or is too large: then a warning says so).
 */
export async function readNameLockText(outDir: string, diags: Diagnostics): Promise<string | undefined> {
  const file = join(outDir, NAME_LOCK_FILE);
  try {
    // A file of the repository: a link (planted in a commit, to a file outside) is not followed.
    if ((await lstat(file).catch(() => undefined))?.isSymbolicLink()) {
      diags.warn({ rule: "name-lock-invalid", file: NAME_LOCK_FILE, message: "is a symbolic link; ignored" });
      return undefined;
    }
    // Sized before and while it is read, and only a regular file: a huge one, a FIFO or a device costs nothing.
    const read = await readBoundedFile(file, MAX_LOCK_BYTES);
    if ("text" in read) return read.text;
    diags.warn({
      rule: "name-lock-invalid",
      file: NAME_LOCK_FILE,
      message: read.problem === "too-large" ? "larger than 16 MiB; ignored" : "is not a regular file; ignored",
    });
    return undefined;
  } catch (error) {
    // No lock yet: the first run writes it. Anything else there is reported.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT")
      diags.warn({ rule: "name-lock-invalid", file: NAME_LOCK_FILE, message: "cannot be read; ignored" });
    return undefined;
  }
}

/** The lock in `text`; undefined with a warning when it is not a name lock. */
export function parseNameLock(text: string, diags: Diagnostics): NameLock | undefined {
  const invalid = (why: string) => {
    diags.warn({ rule: "name-lock-invalid", file: NAME_LOCK_FILE, message: `${why}; ignored, names derive afresh` });
    return undefined;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return invalid("not JSON");
  }
  const connectors = isObject(json) ? ownValue(json, "connectors") : undefined;
  if (!isObject(connectors)) return invalid("expected an object with `connectors`");
  const lock: NameLock = new Map();
  for (const [name, entry] of Object.entries(connectors)) {
    const keys = isObject(entry) ? ownValue(entry, "keys") : undefined;
    if (!isObject(keys)) return invalid(`connectors.${name}: expected an object with \`keys\``);
    const map = new Map<string, string>();
    for (const [path, key] of Object.entries(keys)) {
      if (typeof key !== "string") return invalid(`connectors.${name}.keys: ${JSON.stringify(path)} is not a string`);
      map.set(path, key);
    }
    lock.set(name, map);
  }
  return lock;
}

export interface Sibling {
  wireKey: string;
  key: string;
}

/**
 * The authoring keys of one object's fields with the lock applied: each wire
 * key in `locked` keeps its locked key (when it is a free identifier and no
 * earlier locked sibling claims it); a sibling whose key a locked one took
 * gets its name derived again, `base`, `base2`, … from what is left. `fixed`
 * wire keys (renamed in the config) keep their key and are never displaced.
 * Never gives two siblings one key.
 */
export function reassignKeys(
  siblings: readonly Sibling[],
  locked: ReadonlyMap<string, string>,
  suffixes: readonly string[] = [],
  fixed: ReadonlySet<string> = new Set(),
  /** Keys a sibling the lock does not list may not take (a deprecated alias's), by the wire key that keeps them. */
  reserved: ReadonlyMap<string, string> = new Map(),
): string[] {
  const claimed = new Map<string, string>(); // key → wire key
  for (const s of siblings) if (fixed.has(s.wireKey)) claimed.set(s.key, s.wireKey);
  const keys: (string | undefined)[] = siblings.map((s) => {
    if (fixed.has(s.wireKey)) return s.key;
    const want = locked.get(s.wireKey);
    if (want === undefined || !isIdentifier(want) || claimed.has(want)) return undefined;
    claimed.set(want, s.wireKey);
    return want;
  });
  for (const [key, wireKey] of reserved) if (!claimed.has(key)) claimed.set(key, wireKey);
  // Unlocked siblings keep their key unless a locked one took it.
  siblings.forEach((s, i) => {
    if (keys[i] !== undefined || claimed.has(s.key)) return;
    claimed.set(s.key, s.wireKey);
    keys[i] = s.key;
  });
  return siblings.map((s, i) => {
    if (keys[i] !== undefined) return keys[i]!;
    const base = authoringKey(s.wireKey, suffixes) ?? s.key;
    let key = base;
    for (let n = 2; claimed.has(key); n++) key = `${base}${n}`;
    claimed.set(key, s.wireKey);
    return key;
  });
}

export interface NameLockOptions {
  suffixes?: readonly string[];
  /** `kind/code` → wire keys whose authoring key the config sets (overrides' `rename`): the config wins. */
  renamed?: Readonly<Record<string, readonly string[]>>;
  /**
   * `kind/code` → former wire key → new wire key, of the renames declared for the diff (`diff.renames`).
   * A former key's authoring key stays its deprecated alias's: a field the lock does not list yet (a new
   * one) that would take it gets the next free name, so configs written with it still reach the renamed field.
   */
  aliases?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** The connectors with the lock applied; a warning for each name the lock kept that naming would have changed. */
export function applyNameLock(
  connectors: readonly IrConnector[],
  lock: NameLock | undefined,
  diags: Diagnostics,
  options: NameLockOptions = {},
): IrConnector[] {
  if (!lock) return [...connectors];
  const suffixes = options.suffixes ?? [];
  return connectors.map((connector) => {
    const name = `${connector.kind}/${connector.code}`;
    const locked = lock.get(name);
    if (!locked) return connector;
    const fixed = new Set(options.renamed?.[name] ?? []);
    const reserved = aliasKeys(connector, options.aliases?.[name], suffixes);
    const group = (fields: IrField[], prefix: string, top: boolean): IrField[] => {
      const here = new Map<string, string>();
      for (const f of fields) {
        const key = locked.get(prefix + lockSegment(f.wireKey));
        if (key !== undefined) here.set(f.wireKey, key);
      }
      const keys = reassignKeys(fields, here, suffixes, top ? fixed : new Set(), top ? reserved : new Map());
      const byWire = new Map(fields.map((f, i) => [f.wireKey, keys[i]!]));
      const mapConditions = (list: Condition[] | undefined) =>
        list?.map((c) => ({ ...c, key: byWire.get(c.wireKey) ?? c.key }));
      return fields.map((f, i) => {
        const path = prefix + lockSegment(f.wireKey);
        const key = keys[i]!;
        if (key !== f.key && here.get(f.wireKey) === key)
          diags.warn({
            rule: "name-lock",
            file: NAME_LOCK_FILE,
            connector: name,
            field: path,
            message: `keeps authoring key ${JSON.stringify(key)}, which naming would now give as ${JSON.stringify(f.key)}`,
          });
        else if (top && key !== f.key && reserved.has(f.key))
          diags.warn({
            rule: "name-lock",
            file: NAME_LOCK_FILE,
            connector: name,
            field: path,
            message: `is ${JSON.stringify(key)}: ${JSON.stringify(f.key)} is the deprecated alias of renamed wire key ${JSON.stringify(reserved.get(f.key))}`,
          });
        const requiredWhen = mapConditions(f.requiredWhen);
        const relevantWhen = mapConditions(f.relevantWhen);
        return {
          ...f,
          key,
          type: walk(f.type, `${path}/`),
          ...(requiredWhen ? { requiredWhen } : {}),
          ...(relevantWhen ? { relevantWhen } : {}),
        };
      });
    };
    const walk = (type: IrType, prefix: string): IrType => {
      switch (type.type) {
        case "object":
          return { ...type, fields: group(type.fields, prefix, false) };
        case "array":
          return { ...type, items: walk(type.items, prefix) };
        case "union":
          return { ...type, variants: type.variants.map((v) => walk(v, prefix)) };
        default:
          return type;
      }
    };
    return { ...connector, fields: group(connector.fields, "", true) };
  });
}

/**
 * The authoring keys the declared renames' former wire keys keep as deprecated aliases (see
 * applyRenames), by key: those of former keys the connector no longer has, other than the key of the
 * field they were renamed to.
 */
function aliasKeys(
  connector: IrConnector,
  renames: Readonly<Record<string, string>> | undefined,
  suffixes: readonly string[],
): Map<string, string> {
  const reserved = new Map<string, string>();
  if (renames === undefined) return reserved;
  const wire = new Map(connector.fields.map((f) => [f.wireKey, f]));
  for (const [from, to] of Object.entries(renames)) {
    const target = wire.get(to);
    if (target === undefined || wire.has(from) || connector.serverKeys.includes(from)) continue;
    const key = authoringKey(from, suffixes);
    if (key !== undefined && key !== target.key && isIdentifier(key) && !reserved.has(key)) reserved.set(key, from);
  }
  return reserved;
}
