import { type FileProblem, type Providers, type ReadResult } from "./validate-text.gen.js";
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
/** Config files larger than this are refused (validate's default, and migrate's bound). */
export declare const MAX_CONFIG_BYTES: number;
/** Why a path was not read: not a regular file (`what` it is instead), or larger than the bound. */
export type BoundedProblem = {
    problem: "not-a-file";
    what: string;
} | {
    problem: "too-large";
};
export type BoundedBytes = {
    bytes: Uint8Array;
} | BoundedProblem;
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
export declare function fileKind(info: FileInfo): string;
/**
 * The bytes of the regular file at `path` (links followed), if it holds at most
 * `maxBytes`; errors as fs throws them, ENOENT included. Anything else is
 * never opened: it is looked at with stat first, and what is opened (opened
 * without blocking, should a FIFO have taken the file's place since) is checked
 * again before a byte is read.
 */
export declare function readBoundedBytes(path: string, maxBytes: number): Promise<BoundedBytes>;
/**
 * The files that paths and globs name, relative to `cwd`: a file as is, a
 * directory's YAML and JSON files at every depth, a glob's matching files
 * of those kinds. Each file once, in the order named.
 */
export declare function expandPaths(paths: readonly string[], options?: {
    cwd?: string;
    extensions?: readonly string[];
}): Promise<{
    files: string[];
    errors: string[];
}>;
/** The problems of one config file (a path relative to `cwd`), with line and column. */
export declare function validateFile(providers: Providers, path: string, options?: ValidateFilesOptions): Promise<FileProblem[]>;
/** The problems of every file that paths, directories and globs name (relative to `cwd`). */
export declare function validateFiles(providers: Providers, paths: readonly string[], options?: ValidateFilesOptions): Promise<ValidateFilesResult>;
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
export declare const validateUsage: (command: string) => string;
/** The command's flags, for did-you-mean. */
export declare const VALIDATE_FLAGS: readonly string[];
/** "unknown option --x (did you mean --y?)" for the first flag not among `known`; undefined when all are. */
export declare function unknownFlag(argv: readonly string[], known: readonly string[]): string | undefined;
/** `validate PATH...`: the command behind the package's bin; returns the exit code. */
export declare function validateCommand(providers: Providers, argv: readonly string[], io: CommandIo, options?: Pick<ValidateFilesOptions, "readers" | "maxBytes"> & {
    command?: string;
}): Promise<number>;
/** The package's command line, `<name> validate PATH...`; `name` is the package's bin. */
export declare function main(providers: Providers, argv: readonly string[], io: CommandIo, name: string): Promise<number>;
