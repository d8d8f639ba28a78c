export interface FileProblem {
    file: string;
    line: number;
    column: number;
    /** Authoring path of the key, e.g. `config.databaseHostname`; empty for the file as a whole. */
    path: string;
    /** The same place with wire keys. */
    wirePath: string;
    code: string;
    message: string;
    /** A warning (a renamed field's former key, a deprecated field): shown, never a failure. */
    severity?: "warning";
}
/** A connector's keys on both sides: its fields', and the former keys of renamed fields. */
export interface ConnectorKeys {
    readonly fields: readonly {
        readonly key: string;
        readonly wireKey: string;
    }[];
    readonly aliases?: readonly {
        readonly key?: string;
        readonly wireKey: string;
        readonly to: string;
        readonly toWire: string;
    }[];
}
/** What the validator of one generated connector module offers. */
export interface ConnectorModule {
    readonly spec: ConnectorKeys;
    validate(config: unknown, options?: {
        readonly deprecated?: boolean;
    }): readonly ValidatorProblem[];
    validateWire(wire: unknown, options?: {
        readonly deprecated?: boolean;
    }): readonly ValidatorProblem[];
}
export interface ValidatorProblem {
    readonly path: string;
    readonly wirePath: string;
    readonly code: string;
    readonly message: string;
    readonly severity?: "warning";
}
/** A provider's `index` module: its registry of connector modules by kind and code. */
export interface ProviderModule {
    readonly connectors: {
        readonly [kind: string]: {
            readonly [code: string]: ConnectorModule;
        };
    };
    suggestKey?(unknown: string, fields: readonly {
        key: string;
        wireKey: string;
    }[], side: "authoring" | "wire"): string | undefined;
}
/** The providers a file may name, by provider name. */
export type Providers = {
    readonly [provider: string]: ProviderModule;
};
/** A parsed value with its place in the file, navigable by key and index. */
export interface Located {
    readonly value: unknown;
    readonly line: number;
    readonly column: number;
    /** Where its key sits, when it is a mapping entry. */
    readonly key?: {
        readonly line: number;
        readonly column: number;
    };
    /** The entry of an own key, if present. */
    entry(key: string): Located | undefined;
    /** Own keys in order. */
    keys(): readonly string[];
    item(index: number): Located | undefined;
    items(): readonly Located[];
}
export interface ParseError {
    line: number;
    column: number;
    message: string;
}
/** A file's definitions, and what kept other parts of it from being read. */
export interface ReadResult {
    definitions: Located[];
    errors: ParseError[];
}
export type TextFormat = "yaml" | "json";
/** Reads YAML or JSON text into definitions; what cannot be read becomes parse errors. */
export declare function readText(text: string, format: TextFormat): ReadResult;
/**
 * Which keys a config uses: as its `keys:` says (`explicit`), else the side more of its keys belong to
 * (a renamed field's former keys count for their side too), authoring on a tie. `migrate` chooses so too,
 * so it renames the keys `validate` reads.
 */
export declare function chooseSide(keys: readonly string[], spec: ConnectorKeys, explicit: unknown): "authoring" | "wire";
/** One definition's problems, in reading order. */
export declare function checkDefinition(definition: Located, providers: Providers, file: string): FileProblem[];
/** Every problem of a file's definitions and parse errors, in reading order. */
export declare function checkRead(read: ReadResult, providers: Providers, file: string): FileProblem[];
export interface ValidateTextOptions {
    /** Default `yaml` (JSON is YAML too, but `json` gives JSON's own messages). */
    format?: TextFormat;
    /** Names the text in problems; default `<text>`. */
    file?: string;
}
/** The problems of a config file's text, with line and column; empty when it is valid. */
export declare function validateText(providers: Providers, text: string, options?: ValidateTextOptions): FileProblem[];
export interface Summary {
    files: number;
    /** Files with at least one error. */
    withProblems: number;
    /** Errors: any makes the check fail. */
    problems: number;
    /** Warnings (deprecated keys): shown, counted apart, never a failure. */
    warnings: number;
}
/** The problems that fail a check: all but warnings. */
export declare function errorsOf(problems: readonly FileProblem[]): FileProblem[];
export declare function summarize(files: number, problems: readonly FileProblem[]): Summary;
/** `3 files, 2 with problems, 5 problems` */
export declare function summaryLine(s: Summary): string;
/**
 * `text` with every UNSHOWN character as a visible `\uXXXX`: a key or file name from a config can then
 * neither drive the terminal nor forge a line of output. The one rule for every text report (the
 * diff's formats use it too); applying it twice changes nothing.
 */
export declare function visible(text: string): string;
/** `file:line:column  key (wire key)  message`, one line per problem; coloured on request. */
export declare function formatProblems(problems: readonly FileProblem[], options?: {
    color?: boolean;
}): string;
