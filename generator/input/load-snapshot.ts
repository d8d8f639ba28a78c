// Stage 1: read a snapshot directory into memory. Nothing else reads files.
//   DIR/openapi.json (or openapi.yaml / openapi.yml)
//   DIR/connectors/<kind>/<code>.json
// Files are untrusted: UTF-8 is decoded strictly, JSON is read by the strict
// parser (duplicate keys and nesting past the limit are errors naming file,
// line, column and pointer), YAML gets the same nesting limit, and a number
// literal no double holds exactly is left out with a warning (leaveOutInexact).

import type { Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, sep } from "node:path";
import type * as Yaml from "yaml";
import { createHash } from "node:crypto";
import { isUtf8 } from "node:buffer";
import { CodegenError, pointer, type Diagnostic } from "../ir/diagnostics.js";
import {
  DEFAULT_MAX_DEPTH,
  isExactNumber,
  locate,
  parseStrictJson,
  positionOf,
  StrictJsonError,
  type InexactNumber,
  type StrictJsonResult,
} from "./strict-json.js";
import { compareText } from "../ir/plain.js";
import { parseStrictJsonLike, parseStrictJsonReference, type JsonReference } from "./shared-json.js";
import { fileKind, readBoundedBytes } from "./bounded-file.js";
import { readPlainYaml } from "./plain-yaml.js";

export interface SnapshotFile {
  /** Path relative to the snapshot directory, with forward slashes. */
  path: string;
  json: unknown;
  /**
   * Why a connector's file could not be read (invalid UTF-8 or JSON, a
   * duplicate key, nesting too deep), with its place; `json` is then
   * undefined. The dialect leaves that connector out with it as a warning.
   */
  unreadable?: Diagnostic;
  /**
   * An unreadable file's bytes, one character per byte (latin1): what the
   * connector's input is, so two snapshots' unreadable files compare by content.
   */
  raw?: string;
}

export interface SnapshotConnector {
  kind: string;
  code: string;
  file: SnapshotFile;
}

export interface Snapshot {
  dir: string;
  openapi: SnapshotFile;
  /** Sorted by kind, then code. */
  connectors: SnapshotConnector[];
  /** What reading left out (numbers no double holds exactly), with file and pointer. */
  warnings?: Diagnostic[];
}

/** How snapshot files are read; passed by the caller (RunOptions.maxDepth in a run). */
export interface LoadOptions {
  /** Most arrays and objects (YAML: sequences and maps) open at once in a file. Default DEFAULT_MAX_DEPTH. */
  maxDepth?: number;
}

/** Decodes UTF-8 strictly: invalid bytes are an error naming the first one's offset, never U+FFFD. */
function decodeUtf8(bytes: Uint8Array, path: string, problems: Diagnostic[]): string | undefined {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    problems.push({
      severity: "error",
      rule: "invalid-utf8",
      file: path,
      message: `invalid UTF-8 at byte offset ${firstInvalidUtf8(bytes)}`,
    });
    return undefined;
  }
}

/** Offset of the first byte that starts no valid UTF-8 sequence (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    let length: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return bytes.length;
}

function parseJson(
  text: string,
  path: string,
  options: LoadOptions,
  problems: Diagnostic[],
  /** Given this file (its bytes as read) as a reference for another snapshot's, when it can be one. */
  keep?: { bytes: Uint8Array; as: (reference: JsonReference) => void },
): unknown {
  try {
    let result: StrictJsonResult;
    if (keep !== undefined) {
      const read = parseStrictJsonReference(text, options, keep.bytes);
      if (read.reference !== undefined) keep.as(read.reference);
      result = read.result;
    } else result = parseStrictJson(text, options);
    const { value, inexact } = result;
    leaveOutInexact(value, inexact, path, problems);
    return value;
  } catch (error) {
    if (!(error instanceof StrictJsonError)) throw error;
    problems.push({
      severity: "error",
      rule: error.rule,
      file: path,
      ...(error.pointer !== "" ? { pointer: error.pointer } : {}),
      message: error.rule === "invalid-json" ? `invalid JSON ${error.message}` : error.message,
    });
    return undefined;
  }
}

/** Only a YAML document loads the YAML parser. */
async function parseYaml(text: string, path: string, options: LoadOptions, problems: Diagnostic[]): Promise<unknown> {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const plain = await readPlainYaml(text, maxDepth);
  if ("value" in plain) return plain.value;
  const yaml = await import("yaml");
  const doc = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const where = `line ${e.linePos?.[0]?.line ?? "?"}, column ${e.linePos?.[0]?.col ?? "?"}`;
    // The yaml package recurses per level of nesting: too deep a document overflows its stack.
    const tooDeep = e.message.includes("Maximum call stack size exceeded");
    problems.push({
      severity: "error",
      rule: tooDeep ? "too-deep" : "invalid-yaml",
      file: path,
      message: tooDeep
        ? `nesting too deep to read at ${where}`
        : `invalid YAML at ${where}: ${e.message.split("\n")[0]}`,
    });
    return undefined;
  }
  const checked = checkYaml(yaml, doc, text, maxDepth);
  if (typeof checked === "string") {
    problems.push({ severity: "error", rule: "too-deep", file: path, message: checked });
    return undefined;
  }
  const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  leaveOutInexact(value, checked, path, problems);
  return value;
}

/**
 * The YAML document's number scalars no double holds exactly (1e400, .inf,
 * 2^53 + 1, 0x20000000000001), with pointers; or, for nesting past
 * `maxDepth`, the error message. Walks the node tree with an explicit stack.
 */
function checkYaml(yaml: typeof Yaml, doc: Yaml.Document, text: string, maxDepth: number): InexactNumber[] | string {
  const { isMap, isPair, isScalar, isSeq } = yaml;
  const inexact: InexactNumber[] = [];
  const stack: { node: unknown; path: string; depth: number }[] = [{ node: doc.contents, path: "", depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, path, depth } = next;
    if (isScalar(node)) {
      const value = node.value;
      if (typeof value !== "number") continue;
      const source = node.source ?? String(value);
      // YAML spells numbers more ways than JSON (`+1`, `.5`, `.inf`, `0x1F`).
      const decimal = source.replace(/^\+/, "").replace(/^(-?)\./, "$10.");
      const exact =
        node.format === "HEX" || node.format === "OCT"
          ? Number.isSafeInteger(value)
          : /^-?[0-9]/.test(decimal) && isExactNumber(decimal, value);
      if (!exact)
        inexact.push({ offset: node.range?.[0] ?? 0, line: 0, column: 0, pointer: path, text: source, value });
    } else if (isMap(node) || isSeq(node)) {
      if (depth >= maxDepth) {
        const p = positionOf(text, node.range?.[0] ?? 0);
        return `nesting deeper than ${maxDepth} maps and sequences at line ${p.line}, column ${p.column} (${path})`;
      }
      const items = node.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) {
        const item = items[i];
        if (isPair(item)) {
          const key = isScalar(item.key) ? String(item.key.value) : String(item.key);
          stack.push({ node: item.value, path: path + pointer(key), depth: depth + 1 });
        } else stack.push({ node: item, path: `${path}/${i}`, depth: depth + 1 });
      }
    }
  }
  inexact.sort((a, b) => a.offset - b.offset);
  locate(text, inexact);
  return inexact;
}

/** Keywords whose whole value is data: an inexact number anywhere in it leaves the keyword out. */
const DATA_KEYWORDS = new Set(["default", "const", "example", "examples"]);
/** Keywords listing allowed values: an inexact number in one leaves that value out. */
const VALUE_LISTS = new Set(["enum", "raw_values"]);
/** Keywords whose keys are names, never keywords (a property may be called `default`). */
const NAME_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "schemas",
  "paths",
]);

const unescapeSegment = (s: string) => s.replace(/~1/g, "/").replace(/~0/g, "~");

/**
 * Leaves out what holds a number literal no double holds exactly (a value JSON.parse
 * would round to another number, to Infinity or to 0), with a warning naming
 * file and pointer: from an `enum` (or field-list `raw_values`) just that
 * value; from a `default`, `const` or `example` the whole keyword; elsewhere
 * (`maximum`, `minimum`, …) the property holding it. A document that is a
 * bare number is an error.
 */
function leaveOutInexact(root: unknown, inexact: readonly InexactNumber[], path: string, problems: Diagnostic[]): void {
  const objectKeys = new Map<Record<string, unknown>, Set<string>>();
  const arrayIndexes = new Map<unknown[], Set<number>>();
  for (const n of inexact) {
    const segments = n.pointer.split("/").slice(1).map(unescapeSegment);
    if (segments.length === 0) {
      problems.push({
        severity: "error",
        rule: "inexact-number",
        file: path,
        message: `the document is the number ${n.text}, which no JavaScript number holds exactly`,
      });
      continue;
    }
    // Outermost data keyword or value list first; else the innermost object property.
    let cut = -1;
    let element = false;
    for (let i = 0; i < segments.length && cut === -1; i++) {
      const s = segments[i]!;
      if (i > 0 && NAME_MAPS.has(segments[i - 1]!)) continue;
      if (DATA_KEYWORDS.has(s)) cut = i;
      else if (VALUE_LISTS.has(s) && i + 1 < segments.length) [cut, element] = [i + 1, true];
    }
    const parents: unknown[] = [root];
    for (const s of segments.slice(0, -1)) {
      const p = parents[parents.length - 1] as Record<string, unknown>;
      parents.push(p[s]);
    }
    for (let i = segments.length - 1; i >= 0 && cut === -1; i--) if (!Array.isArray(parents[i])) cut = i;
    // Arrays all the way up: the element itself.
    if (cut === -1) [cut, element] = [segments.length - 1, true];
    const parent = parents[cut];
    const at = `${segments
      .slice(0, cut + 1)
      .map((s) => `/${s.replace(/~/g, "~0").replace(/\//g, "~1")}`)
      .join("")}`;
    const what = element ? "the value is left out" : `${JSON.stringify(segments[cut])} is left out`;
    problems.push({
      severity: "warning",
      rule: "inexact-number",
      file: path,
      pointer: n.pointer,
      message: `${n.text} (line ${n.line}, column ${n.column}) is not a number JavaScript holds exactly (it reads as ${String(n.value)}); ${what}${at !== n.pointer ? ` (${at})` : ""}`,
    });
    if (Array.isArray(parent)) {
      const set = arrayIndexes.get(parent) ?? new Set<number>();
      set.add(Number(segments[cut]));
      arrayIndexes.set(parent, set);
    } else {
      const object = parent as Record<string, unknown>;
      const set = objectKeys.get(object) ?? new Set<string>();
      set.add(segments[cut]!);
      objectKeys.set(object, set);
    }
  }
  for (const [object, keys] of objectKeys) for (const key of keys) delete object[key];
  // Highest index first, so the lower ones still point at their values.
  for (const [array, indexes] of arrayIndexes)
    for (const index of [...indexes].sort((a, b) => b - a)) array.splice(index, 1);
}

/** A snapshot file larger than this is not read: far above any real document (273 connectors' is tens of MB), below V8's longest string. */
export const MAX_SNAPSHOT_FILE_BYTES = 256 * 1024 * 1024;

/** Why a file of the snapshot was not read, as a diagnostic says it. */
interface NotRead {
  rule: string;
  message: string;
}

/** The file's bytes, or why they were not read: not a regular file, too large, or an error reading it. */
async function readSnapshotFile(path: string): Promise<Uint8Array | NotRead> {
  try {
    const read = await readBoundedBytes(path, MAX_SNAPSHOT_FILE_BYTES);
    if ("bytes" in read) return read.bytes;
    return read.problem === "too-large"
      ? { rule: "too-large", message: `is larger than ${MAX_SNAPSHOT_FILE_BYTES / 1024 / 1024} MiB; it is not read` }
      : { rule: "not-a-file", message: `is not a regular file (${read.what}); it is not read` };
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { rule: "unreadable-file", message: `cannot be read (${code ?? message}); it is not read` };
  }
}

/**
 * The names in the folder at `path` but dotfiles; none when there is no such folder. Anything else
 * there (a regular file, a FIFO: a FIFO is never opened) is what `NotRead` says.
 */
async function listDir(path: string): Promise<string[] | NotRead> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === "ENOENT") return [];
    return { rule: "unreadable-file", message: `cannot be read (${code ?? message}); it is not read` };
  }
  if (!info.isDirectory())
    return { rule: "not-a-directory", message: `is not a directory (${fileKind(info)}); it is not read` };
  try {
    return (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).map((e) => e.name);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { rule: "unreadable-file", message: `cannot be read (${code ?? message}); it is not read` };
  }
}

/** A snapshot's files as read, before any is decoded or parsed. */
export interface SnapshotBytes {
  dir: string;
  /** Hash of every file read (names and bytes): equal hashes, equal snapshots. Worked out when first read. */
  readonly hash: string;
  openapi: { path: string; bytes: Uint8Array };
  /**
   * `notRead`: why the file was not read (a link out of the snapshot folder, not a regular file, too large);
   * `bytes` is then empty, and its connector is left out, warned.
   */
  connectors: { kind: string; code: string; path: string; bytes: Uint8Array; notRead?: NotRead }[];
  /** Entries of `connectors/` that are not kind folders (a regular file, a FIFO): not read, warned. */
  notKinds: { path: string; notRead: NotRead }[];
}

/**
 * Reads every file of the snapshot, parsing nothing: a run whose stage cache
 * holds the IR for the files' hash needs no more. The hash is worked out when
 * first asked for (a run without the cache never asks). Only regular files
 * are read, each to at most MAX_SNAPSHOT_FILE_BYTES: a directory, FIFO or
 * device where a file should be is never read from (the snapshot is untrusted).
 */
export async function readSnapshot(dir: string): Promise<SnapshotBytes> {
  // A file of the snapshot is what lies in its folder: a symbolic link out of it (to a user's file, or planted
  // in a commit the diff reads) is not followed, so its contents reach no report.
  const root = await realpath(dir).catch(() => dir);
  const within = async (path: string) => {
    const real = await realpath(path).catch(() => path);
    return real === root || real.startsWith(root + sep);
  };
  // openapi.json, else openapi.yaml / openapi.yml. The document lists the connectors: what keeps it from
  // being read stops the run.
  let openapi: SnapshotBytes["openapi"] | undefined;
  for (const name of ["openapi.json", "openapi.yaml", "openapi.yml"]) {
    const path = join(dir, name);
    // Where it leads is asked first, so a link out of the folder is never opened (a name not there is no link).
    const there = await lstat(path).then(
      () => true,
      () => false,
    );
    if (there && !(await within(path)))
      throw new CodegenError(`${path} is a link out of the snapshot folder; it is not read`);
    let read: Awaited<ReturnType<typeof readBoundedBytes>>;
    try {
      read = await readBoundedBytes(path, MAX_SNAPSHOT_FILE_BYTES);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw new CodegenError(`cannot read ${path}: ${(error as Error).message}`);
    }
    if (!("bytes" in read))
      throw new CodegenError(
        read.problem === "not-a-file"
          ? `${path} is not a regular file (${read.what}); it is not read`
          : `${path} is larger than ${MAX_SNAPSHOT_FILE_BYTES / 1024 / 1024} MiB; it is not read`,
      );
    openapi = { path: name, bytes: read.bytes };
    break;
  }
  if (!openapi) throw new CodegenError(`cannot read ${join(dir, "openapi.json")} (nor openapi.yaml): no such file`);

  const connectors: SnapshotBytes["connectors"] = [];
  const notKinds: SnapshotBytes["notKinds"] = [];
  const connectorsDir = join(dir, "connectors");
  // No connector file can be read: what generates would be no snapshot's, so the run stops.
  const kinds = await listDir(connectorsDir);
  if (!Array.isArray(kinds)) throw new CodegenError(`${connectorsDir} ${kinds.message}`);
  for (const kind of kinds.sort(compareText)) {
    const listed = await listDir(join(connectorsDir, kind));
    // A stray entry beside the kind folders (a README, a FIFO) holds no connector: warned, and the rest reads.
    if (!Array.isArray(listed)) {
      notKinds.push({ path: `connectors/${kind}`, notRead: listed });
      continue;
    }
    const files = listed.filter((f) => f.endsWith(".json")).sort(compareText);
    const inside = await Promise.all(files.map((f) => within(join(connectorsDir, kind, f))));
    const contents = await Promise.all(
      files.map((f, i): Promise<Uint8Array | NotRead> | NotRead =>
        inside[i]
          ? readSnapshotFile(join(connectorsDir, kind, f))
          : { rule: "link-out-of-snapshot", message: "is a symbolic link out of the snapshot folder; it is not read" },
      ),
    );
    files.forEach((f, i) => {
      const read = contents[i]!;
      connectors.push({
        kind,
        code: f.slice(0, -".json".length),
        path: `connectors/${kind}/${f}`,
        ...(read instanceof Uint8Array ? { bytes: read } : { bytes: new Uint8Array(), notRead: read }),
      });
    });
  }
  let digest: string | undefined;
  const read = openapi;
  return {
    dir,
    get hash() {
      if (digest === undefined) {
        const hash = createHash("sha256");
        // Every part is preceded by its length, so no file's bytes can be read as the next file's name
        // (a file holding "\0connectors/…\0" would otherwise hash as two files, and hit their cached IR).
        const part = (text: string | Uint8Array) => {
          const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
          hash.update(`${bytes.byteLength}:`).update(bytes);
        };
        part("snapshot v2");
        // A file not read is its path and why.
        for (const c of [{ ...read, notRead: undefined }, ...connectors]) {
          part(c.notRead === undefined ? "file" : "not-read");
          part(c.path);
          if (c.notRead === undefined) part(c.bytes);
          else [c.notRead.rule, c.notRead.message].forEach(part);
        }
        for (const k of notKinds) [`not-a-kind`, k.path, k.notRead.rule, k.notRead.message].forEach(part);
        digest = hash.digest("hex");
      }
      return digest;
    },
    openapi,
    connectors,
    notKinds,
  };
}

/** Decodes and parses what readSnapshot read; errors name file, line, column and pointer. */
export async function parseSnapshot(read: SnapshotBytes, options: LoadOptions = {}): Promise<Snapshot> {
  return parseSnapshotLike(read, options, undefined);
}

/** A snapshot's JSON files as read, to read another snapshot of the same provider against. */
type References = Map<string, { bytes: Uint8Array; json: unknown; reference: JsonReference }>;

/**
 * Two snapshots of one provider, parsed for comparing them: the base's
 * values written as the head's, file by file and within a file down to
 * SHARE_DEPTH, are the head's own (so comparing them costs nothing), and only
 * the rest of the base is parsed. The values are those parseSnapshot gives;
 * the base's errors are thrown first, as when it is parsed first.
 */
export async function parseSnapshotPair(
  base: SnapshotBytes,
  head: SnapshotBytes,
  options: LoadOptions = {},
): Promise<{ base: Snapshot; head: Snapshot }> {
  const references: References = new Map();
  let headSnapshot: Snapshot | undefined;
  let headError: unknown;
  try {
    headSnapshot = await parseSnapshotLike(head, options, undefined, references);
  } catch (error) {
    headError = error;
  }
  const baseSnapshot = await parseSnapshotLike(base, options, references);
  if (headSnapshot === undefined) throw headError;
  return { base: baseSnapshot, head: headSnapshot };
}

async function parseSnapshotLike(
  read: SnapshotBytes,
  options: LoadOptions,
  /** The other snapshot's files, to share values with. */
  like: References | undefined,
  /** Filled with this snapshot's files, for another to share values with. */
  keep?: References,
): Promise<Snapshot> {
  const problems: Diagnostic[] = [];
  // A JSON file whose bytes are the other snapshot's is its file; one that differs shares its unchanged values.
  const parseFile = (path: string, bytes: Uint8Array, own: Diagnostic[]): unknown => {
    const other = like?.get(path);
    if (other !== undefined && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).equals(other.bytes))
      return other.json;
    // Read against the other's bytes, never decoded whole; what cannot be read so is decoded and read strictly.
    if (other !== undefined && isUtf8(bytes)) {
      const read = parseStrictJsonLike(bytes, other.reference, options);
      if (read !== undefined) return read.value;
    }
    const text = decodeUtf8(bytes, path, own);
    if (text === undefined) return undefined;
    return parseJson(
      text,
      path,
      options,
      own,
      keep && { bytes, as: (reference) => keep.set(path, { bytes, json: reference.value, reference }) },
    );
  };
  const { path: name, bytes } = read.openapi;
  let json: unknown;
  if (name.endsWith(".json")) json = parseFile(name, bytes, problems);
  else {
    const text = decodeUtf8(bytes, name, problems);
    json = text === undefined ? undefined : await parseYaml(text, name, options, problems);
  }
  const openapi: SnapshotFile = { path: name, json };
  // The document lists the connectors: a problem in it fails the snapshot. One in a connector's own
  // file leaves only that connector out, so the rest still generates.
  const errors = problems.filter((p) => p.severity === "error");
  const connectors: SnapshotConnector[] = read.connectors.map(({ kind, code, path, bytes, notRead }) => {
    const own: Diagnostic[] = [];
    // A file not read (a link out of the folder, a directory or FIFO in its place) is its connector's problem.
    if (notRead) own.push({ severity: "error", rule: notRead.rule, file: path, message: notRead.message });
    const json = notRead ? undefined : parseFile(path, bytes, own);
    const unreadable = own.find((p) => p.severity === "error");
    problems.push(...own.filter((p) => p.severity === "warning"));
    const raw = () => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    return { kind, code, file: unreadable ? { path, json: undefined, unreadable, raw: raw() } : { path, json } };
  });
  for (const { path, notRead } of read.notKinds)
    problems.push({ severity: "warning", rule: notRead.rule, file: path, message: notRead.message });
  if (errors.length > 0) throw new CodegenError(`snapshot ${read.dir} has unreadable files`, errors);
  return {
    dir: read.dir,
    openapi,
    connectors,
    warnings: problems.filter((p) => p.severity === "warning"),
  };
}

export async function loadSnapshot(dir: string, options: LoadOptions = {}): Promise<Snapshot> {
  return parseSnapshot(await readSnapshot(dir), options);
}
