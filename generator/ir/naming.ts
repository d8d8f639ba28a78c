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
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
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
  return /^\p{N}/u.test(key) ? `_${key}` : key;
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

export interface ConnectorNames {
  /** Type-name stem, e.g. `PostgresqlSource`. */
  typeName: string;
  /** Module path inside the output directory, e.g. `sources/postgresql.gen.ts`. */
  modulePath: string;
  /** Import binding in index.ts, e.g. `sourcesPostgresql`. */
  binding: string;
}

/** The names every emitter uses for a connector; check-ir proves them unique. */
export function connectorNames(kind: string, code: string): ConnectorNames {
  const file = code.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");
  return {
    typeName: `${pascalCase(code)}${kindTypeName(kind)}`,
    modulePath: `${kind.replace(/[^A-Za-z0-9._-]/g, "_")}/${file}.gen.ts`,
    binding: camelIdentifier(`${kind} ${code}`),
  };
}
