// Checks connector config files on disk: files, directories and globs (`*`,
// `**`, `?`) relative to the current directory, and the `validate` command
// built on it (text or JSON output, colour on a terminal unless NO_COLOR,
// exit codes 0 valid, 1 problems, 2 usage or I/O error). No dependencies
// besides Node's own modules; the text is checked by validate-text.

import { constants } from "node:fs";
import { open, readdir, stat, type FileHandle } from "node:fs/promises";
import { extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import {
  checkRead,
  formatProblems,
  readText,
  summarize,
  summaryLine,
  visible,
  type FileProblem,
  type Providers,
  type ReadResult,
} from "./validate-text.js";

/** Reads one kind of file (by extension) into definitions; YAML and JSON are built in. */
export type Reader = (text: string, file: string) => ReadResult | Promise<ReadResult>;

export interface ValidateFilesOptions {
  /** Paths and globs are relative to this directory; default `process.cwd()`. */
  cwd?: string;
  /** More file kinds by extension (`.ts`), beside `.yaml`, `.yml` and `.json`. */
  readers?: Readonly<Record<string, Reader>>;
  /** Files larger than this are refused; default 16 MiB. */
  maxBytes?: number;
}

export interface ValidateFilesResult {
  /** Every file checked, as shown in problems (relative to `cwd` when below it). */
  files: string[];
  problems: FileProblem[];
  /** Paths that named nothing readable: a usage or I/O error, not a problem of a config. */
  errors: string[];
}

const BUILT_IN: Readonly<Record<string, Reader>> = {
  ".yaml": (text) => readText(text, "yaml"),
  ".yml": (text) => readText(text, "yaml"),
  ".json": (text) => readText(text, "json"),
};

/** Config files larger than this are refused (validate's default, and migrate's bound). */
export const MAX_CONFIG_BYTES: number = 16 * 1024 * 1024;

// ---------------------------------------------------------------------------
// Reading a file that is untrusted input (a config file here; the generator's
// snapshot files, name lock and ignore file too): only a regular file, and
// never more than a bound, so a FIFO that never ends or a link to /dev/zero
// costs nothing.

/** Why a path was not read: not a regular file (`what` it is instead), or larger than the bound. */
export type BoundedProblem = { problem: "not-a-file"; what: string } | { problem: "too-large" };

export type BoundedBytes = { bytes: Uint8Array } | BoundedProblem;

/**
 * What fileKind asks of a path's `stat` (node's fs.Stats has it): said here, so the package's types
 * need no Node type declarations in a consumer's project.
 */
export interface FileInfo {
  isFile(): boolean;
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}

/** What a path is, for a message: "a directory", "a FIFO", "a regular file", … */
export function fileKind(info: FileInfo): string {
  if (info.isFile()) return "a regular file";
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "neither a file nor a directory";
}

// Without blocking: opening a FIFO for reading otherwise waits for a writer. (No effect on a regular file.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of the regular file at `path` (links followed), if it holds at most
 * `maxBytes`; errors as fs throws them, ENOENT included. Anything else is
 * never opened: it is looked at with stat first, and what is opened (opened
 * without blocking, should a FIFO have taken the file's place since) is checked
 * again before a byte is read.
 */
export async function readBoundedBytes(path: string, maxBytes: number): Promise<BoundedBytes> {
  const info = await stat(path);
  if (!info.isFile()) return { problem: "not-a-file", what: fileKind(info) };
  if (info.size > maxBytes) return { problem: "too-large" };
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") return { problem: "not-a-file", what: "a directory" };
    throw error;
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { problem: "not-a-file", what: fileKind(opened) };
    // The size can change after stat: what is read is bounded all the same.
    let buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: "too-large" };
        const larger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { problem: "too-large" };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

// ---------------------------------------------------------------------------
// Paths and globs

const isGlob = (segment: string) => /[*?]/.test(segment);

/** `*` any run of characters but `/`, `?` one character; a leading dot is matched only by a dot. */
function segmentPattern(segment: string): RegExp {
  const body = segment
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, "[^/]*")
    .replace(/\?/g, "[^/]");
  return new RegExp(`^${segment.startsWith(".") ? "" : "(?!\\.)"}${body}$`);
}

/** Entries of a directory, sorted; hidden entries and node_modules are skipped by walks and globs. */
async function list(dir: string): Promise<{ name: string; dir: boolean; file: boolean }[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out = [];
  for (const e of entries) {
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      // A link to a file counts; links to directories are not followed (no cycles).
      const target = await stat(join(dir, e.name)).catch(() => undefined);
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    out.push({ name: e.name, dir: isDir, file: isFile });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const skipped = (name: string) => name.startsWith(".") || name === "node_modules";

/** Every file below `dir` whose extension is read, in sorted order. */
async function walk(dir: string, extensions: ReadonlySet<string>, out: string[]): Promise<void> {
  for (const e of await list(dir)) {
    if (skipped(e.name)) continue;
    const path = join(dir, e.name);
    if (e.dir) await walk(path, extensions, out);
    else if (e.file && extensions.has(extname(e.name).toLowerCase())) out.push(path);
  }
}

/**
 * Files matching glob `segments` below `dir`. Each directory is matched against each tail of the segments
 * once (`seen`): a pattern of several `**` reaches one directory by many splits of its path among them, and
 * walking it again for each would take time growing as the depth to the power of their number.
 */
async function glob(
  dir: string,
  segments: readonly string[],
  out: string[],
  seen: Set<string> = new Set(),
): Promise<void> {
  if (segments.length === 0) return;
  const key = `${segments.length}\0${dir}`;
  if (seen.has(key)) return;
  seen.add(key);
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === "**") {
    // Zero directories, then each directory below.
    await glob(dir, rest, out, seen);
    for (const e of await list(dir).catch(() => []))
      if (e.dir && !skipped(e.name)) await glob(join(dir, e.name), segments, out, seen);
    return;
  }
  if (!isGlob(head)) {
    const path = join(dir, head);
    if (rest.length === 0) {
      if ((await stat(path).catch(() => undefined))?.isFile()) out.push(path);
    } else await glob(path, rest, out, seen);
    return;
  }
  const pattern = segmentPattern(head);
  for (const e of await list(dir).catch(() => [])) {
    if (!pattern.test(e.name)) continue;
    if (rest.length === 0) {
      if (e.file) out.push(join(dir, e.name));
    } else if (e.dir) await glob(join(dir, e.name), rest, out, seen);
  }
}

/**
 * The files that paths and globs name, relative to `cwd`: a file as is, a
 * directory's YAML and JSON files at every depth, a glob's matching files
 * of those kinds. Each file once, in the order named.
 */
export async function expandPaths(
  paths: readonly string[],
  options: { cwd?: string; extensions?: readonly string[] } = {},
): Promise<{ files: string[]; errors: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = new Set(options.extensions ?? Object.keys(BUILT_IN));
  const files: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const found: string[] = [];
    const segments = given.split(/[\\/]/);
    const first = segments.findIndex(isGlob);
    if (first === -1) {
      const path = resolve(cwd, given);
      const info = await stat(path).catch(() => undefined);
      if (!info) errors.push(`${given}: no such file or directory`);
      else if (info.isDirectory()) {
        await walk(path, extensions, found);
        if (found.length === 0) errors.push(`${given}: no ${[...extensions].join(", ")} files in this directory`);
      } else found.push(path);
    } else {
      const base = segments.slice(0, first).join("/");
      const root = resolve(cwd, base === "" && isAbsolute(given) ? "/" : base);
      const matched: string[] = [];
      // `**/**` is `**`: consecutive ones would only multiply the walk.
      const rest = segments.slice(first).filter((s, i, all) => !(s === "**" && all[i - 1] === "**"));
      await glob(root, rest, matched);
      found.push(...matched.filter((f) => extensions.has(extname(f).toLowerCase())));
      if (found.length === 0) errors.push(`${given}: no file matches`);
    }
    for (const f of found)
      if (!seen.has(f)) {
        seen.add(f);
        files.push(f);
      }
  }
  return { files, errors };
}

/** How a file is named in problems: relative to `cwd` when it sits below it. */
function shown(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : file;
}

/** The problems of one config file (a path relative to `cwd`), with line and column. */
export async function validateFile(
  providers: Providers,
  path: string,
  options: ValidateFilesOptions = {},
): Promise<FileProblem[]> {
  const cwd = options.cwd ?? process.cwd();
  const file = resolve(cwd, path);
  const name = shown(file, cwd);
  const readers = { ...BUILT_IN, ...options.readers };
  const extension = extname(file).toLowerCase();
  const reader = Object.prototype.hasOwnProperty.call(readers, extension) ? readers[extension] : undefined;
  // The message is one line whatever the file is named (the caller keeps its first line).
  const failure = (why: string) => new Error(visible(`${name}: ${why}`));
  if (!reader) throw failure(`cannot read ${extension || "extension-less"} files (${Object.keys(readers).join(", ")})`);
  const limit = options.maxBytes ?? MAX_CONFIG_BYTES;
  // Named on the command line, a FIFO or a device is opened too: never blocking, never read past the bound.
  const read = await readBoundedBytes(file, limit).catch((error: NodeJS.ErrnoException) => {
    throw failure(`cannot be read (${error.code ?? error.message})`);
  });
  if ("problem" in read)
    throw failure(
      read.problem === "too-large"
        ? `more than the ${limit} bytes a config file may have`
        : `not a regular file (${read.what})`,
    );
  // As readFile(file, "utf8") decodes: a byte-order mark stays for the reader, which skips it.
  const text = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8");
  return checkRead(await reader(text, file), providers, name);
}

/** The problems of every file that paths, directories and globs name (relative to `cwd`). */
export async function validateFiles(
  providers: Providers,
  paths: readonly string[],
  options: ValidateFilesOptions = {},
): Promise<ValidateFilesResult> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = [...Object.keys(BUILT_IN), ...Object.keys(options.readers ?? {})];
  const { files, errors } = await expandPaths(paths, { cwd, extensions });
  const problems: FileProblem[] = [];
  const checked: string[] = [];
  for (const file of files) {
    try {
      problems.push(...(await validateFile(providers, file, { ...options, cwd })));
      checked.push(shown(file, cwd));
    } catch (error) {
      errors.push((error as Error).message.split("\n")[0]!);
    }
  }
  return { files: checked, problems, errors };
}

export interface CommandIo {
  cwd: string;
  /** `NO_COLOR` is read from here. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal: colour and nothing else depends on it. */
  isTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Help for the validate command, run as `command` (`npx connector-configs validate`). */
export const validateUsage = (command: string) => `Usage: ${command} PATH... [--format text|json] [--color|--no-color]

  Checks connector config files: YAML (.yaml, .yml) or JSON, each holding
  { provider, kind, connector, name, config } (or several, as YAML documents
  or a list). PATH is a file, a directory (its YAML and JSON files at every
  depth) or a glob (*, **, ?; quote it), relative to the current directory.

  Prints file:line:column  key (wire key)  message for every problem and a
  summary line; --format json prints { files, problems, summary }.
  Exit code: 0 no problems, 1 problems, 2 usage or I/O error.`;

/** The command's flags, for did-you-mean. */
export const VALIDATE_FLAGS: readonly string[] = ["format", "color", "no-color", "help"];

/** Edit distance of two short names (flags), insertions, deletions and substitutions. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** "unknown option --x (did you mean --y?)" for the first flag not among `known`; undefined when all are. */
export function unknownFlag(argv: readonly string[], known: readonly string[]): string | undefined {
  for (const arg of argv) {
    if (arg === "--") return undefined;
    if (!arg.startsWith("--")) continue;
    const name = arg.slice(2).split("=")[0]!.slice(0, 100);
    if (known.includes(name)) continue;
    const limit = Math.max(1, Math.floor(name.length / 3));
    const best = known
      .map((k) => ({ k, d: distance(name, k) }))
      .filter((c) => c.d <= limit)
      .sort((x, y) => x.d - y.d)[0];
    return `unknown option --${name}${best ? ` (did you mean --${best.k}?)` : ""}`;
  }
  return undefined;
}

/** `validate PATH...`: the command behind the package's bin; returns the exit code. */
export async function validateCommand(
  providers: Providers,
  argv: readonly string[],
  io: CommandIo,
  options: Pick<ValidateFilesOptions, "readers" | "maxBytes"> & { command?: string } = {},
): Promise<number> {
  const usage = validateUsage(options.command ?? "validate");
  const unknown = unknownFlag(argv, VALIDATE_FLAGS);
  if (unknown !== undefined) {
    io.stderr(`${unknown}; --help lists the options`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        format: { type: "string", default: "text" },
        color: { type: "boolean" },
        help: { type: "boolean", short: "h", default: false },
      },
      allowPositionals: true,
      allowNegative: true,
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(usage);
    return 0;
  }
  if (positionals.length === 0 || (values.format !== "text" && values.format !== "json")) {
    io.stderr(positionals.length === 0 ? `no PATH given\n\n${usage}` : `unknown --format ${values.format}\n\n${usage}`);
    return 2;
  }
  const result = await validateFiles(providers, positionals, { ...options, cwd: io.cwd });
  const summary = summarize(result.files.length, result.problems);
  for (const e of result.errors) io.stderr(`error: ${visible(e)}`);
  if (values.format === "json")
    io.stdout(JSON.stringify({ files: result.files, problems: result.problems, summary }, null, 2));
  else {
    const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
    const color = values.color ?? (io.isTTY && !noColor);
    if (result.problems.length > 0) io.stdout(formatProblems(result.problems, { color }));
    const line = summaryLine(summary);
    io.stdout(color ? `\x1b[${summary.problems > 0 ? "31" : "32"}m${line}\x1b[0m` : line);
  }
  return result.errors.length > 0 ? 2 : summary.problems > 0 ? 1 : 0;
}

/** The package's command line, `<name> validate PATH...`; `name` is the package's bin. */
export async function main(
  providers: Providers,
  argv: readonly string[],
  io: CommandIo,
  name: string,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "validate") return validateCommand(providers, rest, io, { command: `${name} validate` });
  const usage = `Usage: ${name} validate PATH... (${name} validate --help for more)`;
  if (command === "-h" || command === "--help") {
    io.stdout(validateUsage(`${name} validate`));
    return 0;
  }
  io.stderr(command === undefined ? usage : `unknown command ${JSON.stringify(command)}\n${usage}`);
  return 2;
}
