// Names derived from schema text: authoring keys and TypeScript identifiers.
// All naming lives here so every emitter agrees on it.

const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "implements interface let package private protected public static yield await any boolean number string symbol " +
    "undefined never unknown object type of as async from get set declare module namespace require keyof readonly infer is"
  ).split(" "),
);

/** Words of a key: split on anything that is not a letter or digit. */
function words(text: string): string[] {
  // Most keys are ASCII: split by character codes, without the Unicode property classes.
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  // "SSH" → "ssh", "InsertStaticKey1" → "insertStaticKey1"
  return word === word.toUpperCase() ? word.toLowerCase() : word.charAt(0).toLowerCase() + word.slice(1);
}

/** Strips the first matching suffix (e.g. `.user.defined`) from a wire key. */
export function stripSuffix(wireKey: string, suffixes: readonly string[]): string {
  for (const suffix of suffixes) {
    if (wireKey.length > suffix.length && wireKey.endsWith(suffix)) return wireKey.slice(0, -suffix.length);
  }
  return wireKey;
}

/**
 * camelCase authoring key for a wire key: `database.hostname.user.defined` →
 * `databaseHostname`, `access_key_id` → `accessKeyId`. Returns undefined when
 * the key has no letters or digits at all.
 */
export function authoringKey(wireKey: string, suffixes: readonly string[] = []): string | undefined {
  const parts = words(stripSuffix(wireKey, suffixes));
  if (parts.length === 0) return undefined;
  const [first, ...rest] = parts;
  const key = lowerFirst(first!) + rest.map(capitalise).join("");
  const first0 = key.charCodeAt(0);
  const leadingDigit = first0 < 0x80 ? first0 >= 0x30 && first0 <= 0x39 : /^\p{N}/u.test(key);
  return leadingDigit ? `_${key}` : key;
}

/** The authoring keys of one object's wire keys, in their order, and what it took to make them distinct. */
export interface AssignedKeys {
  keys: string[];
  /** Wire keys (by index) with no letters or digits, named after `unnamed`. */
  unnamed: number[];
  /** Wire keys (by index) whose key was taken: `first` has `base`, this one got `key` (`base2`, `base3`, …). */
  collisions: { index: number; first: string; base: string; key: string }[];
}

/**
 * Authoring keys for the wire keys of one object: each its authoringKey, and
 * when one is taken by an earlier wire key (or is another's plain key), the
 * next free numeric suffix. A key with no letters or digits is `unnamed`.
 */
export function assignAuthoringKeys(wireKeys: readonly string[], suffixes: readonly string[] = []): AssignedKeys {
  const bases = wireKeys.map((w) => authoringKey(w, suffixes));
  const taken = new Set(bases.filter((b): b is string => b !== undefined));
  const given = new Map<string, string>();
  const out: AssignedKeys = { keys: [], unnamed: [], collisions: [] };
  for (const [i, wireKey] of wireKeys.entries()) {
    let base = bases[i];
    if (base === undefined) {
      base = "unnamed";
      out.unnamed.push(i);
    }
    const first = given.get(base);
    if (first === undefined && (bases[i] !== undefined || !taken.has(base))) {
      given.set(base, wireKey);
      taken.add(base);
      out.keys.push(base);
      continue;
    }
    let n = 2;
    while (taken.has(`${base}${n}`)) n++;
    const key = `${base}${n}`;
    taken.add(key);
    given.set(key, wireKey);
    if (first !== undefined) out.collisions.push({ index: i, first, base, key });
    out.keys.push(key);
  }
  return out;
}

/** PascalCase identifier for any text: `kafka-cloud` → `KafkaCloud`, `databricks_volumes` → `DatabricksVolumes`. */
export function pascalCase(text: string): string {
  const name = words(text)
    .map((w) => capitalise(w))
    .join("");
  if (name === "") return "_";
  return /^\p{N}/u.test(name) ? `_${name}` : name;
}

/** camelCase identifier safe to declare as a binding. */
export function camelIdentifier(text: string): string {
  const key = authoringKey(text) ?? "_";
  return RESERVED.has(key) ? `${key}_` : key;
}

/** Singular form of a kind folder name for type names: `sources` → `Source`. */
export function kindTypeName(kind: string): string {
  const name = pascalCase(kind);
  return name.length > 1 && name.endsWith("s") && !name.endsWith("ss") ? name.slice(0, -1) : name;
}

/**
 * True when `name` can be written as a bare property name: an ECMAScript
 * IdentifierName (Prettier unquotes every quoted key that is one, so the two
 * must agree), other than `__proto__`.
 */
export function isIdentifier(name: string): boolean {
  return /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(name) && name !== "__proto__";
}

// Names reserved by Windows in any case and with any extension (`con.gen.ts` too).
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)$/i;
/** Longest file-name stem: leaves room for suffixes and folders within Windows' 260-character paths. */
const MAX_STEM = 120;

/**
 * The one sanitizer for output file and folder names (modules, dist, docs,
 * JSON Schemas): ASCII letters, digits, `.`, `_` and `-` only (so no
 * `<>:"/\\|?*`, control characters, spaces or `%`), no leading dot (hidden,
 * `..`), no trailing dot or space, no Windows device name, at most 120
 * characters. Different texts can meet in one name; check-ir finds those.
 */
export function fileName(text: string): string {
  let name = text.replace(/[^A-Za-z0-9._-]/g, "_").slice(0, MAX_STEM);
  name = name.replace(/^\.+/, "_").replace(/\.+$/, "_");
  if (name === "") return "_";
  return WINDOWS_DEVICE.test(name.split(".")[0]!) ? `_${name}` : name;
}

export interface ConnectorNames {
  /** Type-name stem, e.g. `PostgresqlSource`. */
  typeName: string;
  /** Module path inside the output directory, e.g. `sources/postgresql.gen.ts`. */
  modulePath: string;
  /** Import binding in index.ts, e.g. `sourcesPostgresql`. */
  binding: string;
  /** Markdown page, e.g. `docs/sources/postgresql.md`. */
  docPath: string;
  /** JSON Schemas, e.g. `schemas/sources/postgresql.config.schema.json` (authoring keys) and `….wire.schema.json`. */
  schemaPaths: { authoring: string; wire: string };
  /** Every file written for the connector, dist included. */
  paths: string[];
}

/** The names every emitter uses for a connector; check-ir proves them unique. */
export function connectorNames(kind: string, code: string): ConnectorNames {
  const folder = fileName(kind);
  const file = fileName(code);
  const modulePath = `${folder}/${file}.gen.ts`;
  const docPath = `docs/${folder}/${file}.md`;
  const schemaPaths = {
    authoring: `schemas/${folder}/${file}.config.schema.json`,
    wire: `schemas/${folder}/${file}.wire.schema.json`,
  };
  const dist = `dist/${folder}/${file}.gen`;
  return {
    typeName: `${pascalCase(code)}${kindTypeName(kind)}`,
    modulePath,
    binding: camelIdentifier(`${kind} ${code}`),
    docPath,
    schemaPaths,
    paths: [modulePath, `${dist}.js`, `${dist}.d.ts`, docPath, schemaPaths.authoring, schemaPaths.wire],
  };
}
