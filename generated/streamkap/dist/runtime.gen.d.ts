export type Scalar = string | number | boolean;
interface TypeSpecBase {
    readonly nullable?: boolean;
    readonly enum?: readonly Scalar[];
}
export interface StringSpec extends TypeSpecBase {
    readonly type: "string";
    readonly minLength?: number;
    readonly maxLength?: number;
    readonly pattern?: string;
    readonly format?: string;
}
export interface NumericSpec extends TypeSpecBase {
    readonly type: "integer" | "number";
    readonly minimum?: number;
    readonly maximum?: number;
}
export interface BooleanSpec extends TypeSpecBase {
    readonly type: "boolean";
}
export interface ArraySpec extends TypeSpecBase {
    readonly type: "array";
    readonly items: TypeSpec;
    readonly minItems?: number;
    readonly maxItems?: number;
}
export interface ObjectSpec extends TypeSpecBase {
    readonly type: "object";
    readonly fields: readonly FieldSpec[];
    /** false: unknown authoring keys are problems; a spec: extra keys of that type pass through unchanged. */
    readonly additionalProperties: false | TypeSpec;
    /** The schema accepts keys it does not list (it says nothing, or allows them): fromWire keeps them. */
    readonly open?: boolean;
}
export interface UnionSpec extends TypeSpecBase {
    readonly type: "union";
    readonly variants: readonly TypeSpec[];
}
/** Any JSON value. */
export interface UnknownSpec extends TypeSpecBase {
    readonly type: "unknown";
}
export type TypeSpec = StringSpec | NumericSpec | BooleanSpec | ArraySpec | ObjectSpec | UnionSpec | UnknownSpec;
export interface ConditionSpec {
    readonly key: string;
    readonly op: "eq" | "ne" | "in" | "present";
    readonly value: unknown;
    /** The condition holds where the field is not sent, too (a JSON Schema `if` that does not require it). */
    readonly unsetHolds?: true;
}
export interface FieldSpec {
    readonly key: string;
    readonly wireKey: string;
    readonly type: TypeSpec;
    readonly required?: boolean;
    readonly requiredWhen?: readonly ConditionSpec[];
    readonly default?: unknown;
    readonly secret?: boolean;
    readonly setOnce?: boolean;
    /** Derived by the server (read-only, or a placeholder it resolves): kept on read, never sent. */
    readonly server?: boolean;
    /** The schema marks it deprecated: still accepted, with a "deprecated" warning when given. */
    readonly deprecated?: true;
}
export interface ConnectorSpec {
    readonly kind: string;
    readonly code: string;
    readonly fields: readonly FieldSpec[];
    /** Wire keys the server computes or sets: ignored by fromWire, never authored. */
    readonly serverKeys: readonly string[];
    /** Wire keys with a fixed value naming the connector inside its config: added by toWire, never authored. */
    readonly constants?: Readonly<Record<string, unknown>>;
    /** The wire config accepts keys it does not list: fromWire keeps them. */
    readonly open?: boolean;
    /**
     * The wire config's JSON Schema exactly as the source gave it (local `$ref`s
     * only). Absent when the source is a field list: the fields then describe it.
     */
    readonly schema?: JsonSchema;
    /** Former keys of renamed fields: accepted in their place, with a "deprecated" warning. */
    readonly aliases?: readonly AliasSpec[];
}
/** A renamed field's former keys and the field that took its place. */
export interface AliasSpec {
    /** The former authoring key; absent when the rename left the authoring key as it was. */
    readonly key?: string;
    readonly wireKey: string;
    /** The new field's authoring key. */
    readonly to: string;
    /** The new field's wire key. */
    readonly toWire: string;
}
export interface OperationSpec {
    readonly method: string;
    readonly path: string;
    readonly pathParams: readonly FieldSpec[];
    /** Whether the body carries the connector code. */
    readonly sendsConnector: boolean;
    readonly query: readonly FieldSpec[];
    readonly headers: readonly FieldSpec[];
    readonly body: readonly FieldSpec[];
}
export interface KindApiSpec {
    readonly kind: string;
    /** Absent when the connector is told by a constant inside the config instead. */
    readonly connectorProperty?: string;
    readonly configProperty: string;
    readonly create: OperationSpec;
    readonly update: OperationSpec;
}
export type QueryValue = Scalar | readonly Scalar[];
export interface ApiRequest<Body> {
    readonly method: string;
    /** Path with its parameters filled in and percent-encoded. */
    readonly path: string;
    readonly query: Readonly<Record<string, QueryValue>>;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body: Body;
}
export type ProblemCode = "required" | "type" | "enum" | "range" | "length" | "pattern" | "unknown-key" | "set-once" | "format" | "no-variant" | "too-deep"
/** A former key of a renamed field: a warning when given alone, an error when given with the new key. */
 | "deprecated"
/** Any other keyword: `not`, `uniqueItems`, `contains`, `propertyNames`, a `false` schema, two `oneOf` matches. */
 | "constraint";
export interface Problem {
    /** Authoring path, e.g. `config.databaseHostname`. */
    readonly path: string;
    /** The same place with wire keys, e.g. `config.database.hostname.user.defined`. */
    readonly wirePath: string;
    readonly code: ProblemCode;
    readonly message: string;
    readonly expected?: string;
    /** The offending value, abbreviated; absent for secrets. */
    readonly given?: string;
    /** Set on what a read reports but keeps: a value or key the server knows and the snapshot does not. */
    readonly severity?: "warning";
}
/** The problems that make a config invalid: all but warnings. */
export declare function errorsOf(problems: readonly Problem[]): Problem[];
export declare class ConfigValidationError extends Error {
    readonly problems: readonly Problem[];
    constructor(context: string, problems: readonly Problem[]);
}
export type ValidationMode = "create" | "update";
export interface ValidateOptions {
    /** Update mode: set-once fields are not required and may not change. */
    readonly mode?: ValidationMode;
    /** The connector's current config (authoring keys); lets an update resend unchanged set-once values. */
    readonly current?: Readonly<Record<string, unknown>>;
    /** Values that stand for a hidden secret (default DEFAULT_SECRET_MASKS): an update leaves such a secret out. */
    readonly masks?: readonly (string | null)[];
    /**
     * Also warn (code `deprecated`) where the config gives a field the schema marks deprecated, at any depth.
     * Off by default, so that a valid config's problem list stays empty; the `validate` command turns it on.
     */
    readonly deprecated?: boolean;
}
type Side = "authoring" | "wire";
/**
 * Whether a schema's `unevaluatedProperties` means what `additionalProperties` would: it has none, and
 * nothing beside it but `properties` and `patternProperties` marks a key evaluated. Only then is it enforced.
 */
export declare function unevaluatedAsAdditional(schema: Readonly<Record<string, unknown>>): boolean;
/**
 * Whether something beside a schema's `properties`, `patternProperties` and `additionalProperties` judges or
 * evaluates keys of its object: then those three alone do not say what an unlisted key may hold.
 */
export declare function evaluatesKeysBeside(schema: Readonly<Record<string, unknown>>): boolean;
/** JSON equality: numbers by value, objects by own keys in any order. Past the nesting limit, different. */
export declare function deepEqual(a: unknown, b: unknown, depth?: number): boolean;
/** The known key an unknown one most likely meant, if any is close enough. */
export declare function suggestKey(unknown: string, fields: readonly FieldSpec[], side: Side): string | undefined;
/** A JSON Schema: an object or a boolean. */
export type JsonSchema = boolean | {
    readonly [keyword: string]: unknown;
};
export interface SchemaProblem {
    /** Instance location: object keys and array indexes from the validated value. */
    readonly path: readonly (string | number)[];
    readonly keyword: string;
    /** What was expected, in words ("an integer", "at least 3 items"). */
    readonly expected: string;
    /** Whether the value at `path` belongs in a message (false for a missing key). */
    readonly showsValue: boolean;
    readonly value?: unknown;
}
export interface SchemaValidator {
    /** True when the value is valid: stops at the first failing keyword. */
    readonly isValid: (value: unknown) => boolean;
    /** Every problem, in schema order. Empty exactly when the value is valid. */
    readonly problems: (value: unknown) => SchemaProblem[];
}
/** The longest string a pattern that needs backtracking is run on; longer ones are problems. */
export declare const BACKTRACKING_INPUT_LIMIT = 1000;
export interface PatternMatcher {
    /** Whether the pattern matches somewhere in `s`; undefined when `s` is too long for a backtracking pattern. */
    readonly test: (s: string) => boolean | undefined;
    /** Why the pattern needs backtracking (it then runs on bounded input only); undefined when it runs in linear time. */
    readonly backtracking: string | undefined;
    /** Instructions stepped by the last `test` of a linear-time pattern: lets tests bound the work. */
    readonly steps: () => number;
}
export type RegexNode = {
    readonly k: "char";
    readonly c: number;
} | {
    readonly k: "set";
    readonly source: string;
} | {
    readonly k: "assert";
    readonly a: number;
} | {
    readonly k: "seq";
    readonly items: readonly RegexNode[];
} | {
    readonly k: "alt";
    readonly options: readonly RegexNode[];
} | {
    readonly k: "rep";
    readonly node: RegexNode;
    readonly min: number;
    readonly max: number;
};
export declare const AT_START = 0;
export declare const AT_END = 1;
/** ECMAScript pattern syntax (with `u`, or without it as Annex B reads it). The source already compiled natively. */
export declare function parsePattern(source: string, unicode: boolean): RegexNode;
export declare const OP_CHAR = 0;
export declare const OP_SET = 1;
export declare const OP_SPLIT = 2;
export declare const OP_JUMP = 3;
export declare const OP_ASSERT = 4;
export declare const OP_MATCH = 5;
/** A pattern's instructions: `a` holds a character (OP_CHAR), a set's number (OP_SET), a target or an assertion. */
export interface Instructions {
    readonly op: Int32Array;
    readonly a: Int32Array;
    readonly b: Int32Array;
    /** Instructions written (the arrays may be longer). */
    readonly length: number;
}
/**
 * Thompson's construction of a parsed pattern; `setNumber` numbers each one-character class by its
 * source. Undefined past `limit` instructions (at most PROGRAM_LIMIT): counted repetition expands.
 */
export declare function instructionsOf(tree: RegexNode, limit: number, setNumber: (source: string) => number): Instructions | undefined;
/**
 * A schema pattern, compiled once: with `u` as JSON Schema means it, or, when
 * it only parses without (`[\w-.]`), as its author wrote it. Undefined when it
 * parses neither way (then it is an annotation). No state between tests.
 */
export declare function patternMatcher(source: string): PatternMatcher | undefined;
/**
 * Compiles a schema once; `$ref`s resolve against `root` (the schema itself
 * unless given). The code is compiled with `new Function`, as Ajv compiles
 * its validators: an environment that forbids it gets this error, not a
 * validator that accepts everything.
 */
export declare function schemaValidator(schema: JsonSchema, root?: JsonSchema): SchemaValidator;
/**
 * How providers commonly hide a secret in a response; a secret left out of the
 * response counts too. `null` is not among them by default, since a nullable
 * secret may really be null: pass `masks` with null for a provider that hides that way.
 */
export declare const DEFAULT_SECRET_MASKS: readonly (string | null)[];
/** Every problem with an authoring-keyed config; an empty list means valid. */
export declare function validateConfig(spec: ConnectorSpec, config: unknown, options?: ValidateOptions): Problem[];
/** A connector's compiled "is this wire config valid?"; each connector module keeps its own. */
export declare function wireCheck(spec: ConnectorSpec): (wire: unknown) => boolean;
/**
 * Every problem with a wire-keyed config (as sent to or received from the API), exactly as its schema says,
 * but for a renamed field's former wire key: read as the new key, with a "deprecated" warning (as
 * `validateConfig` reads a former authoring key).
 */
export declare function validateWireConfig(spec: ConnectorSpec, wire: unknown, options?: ValidateOptions): Problem[];
/**
 * Whether `wire` gives a renamed field's former wire key: its problems then hold a warning (or an error, with
 * the new key given too) whatever the schema says, so a "valid?" answer alone does not settle them.
 */
export declare function givesFormerWireKey(spec: ConnectorSpec, wire: unknown): boolean;
/**
 * validateWireConfig without its "valid?" answer first: for a caller that has
 * it already (a connector module's own check). Correct for any config; a valid
 * one just costs the listing run.
 */
export declare function wireConfigProblems(spec: ConnectorSpec, wire: unknown, options?: ValidateOptions): Problem[];
/** Authoring keys to wire keys. Throws on unknown keys; does not check values (see validateConfig). */
export declare function configToWire<Wire>(spec: ConnectorSpec, config: unknown): Wire;
export interface ReadOptions {
    /** Values that stand for a hidden secret (default DEFAULT_SECRET_MASKS); a secret left out is hidden too. */
    readonly masks?: readonly (string | null)[];
    /** Throw ConfigValidationError on any problem or warning instead of reporting it (for tests). */
    readonly strict?: boolean;
}
export interface ReadResult<Config> {
    /**
     * Authoring keys, values read as their types (a "5432" port as 5432). Hidden
     * secrets are left out. Keys the snapshot does not know ride along under a
     * symbol: `{ ...config, port: 1 }` keeps them and an update sends them back.
     */
    readonly config: Config;
    /** Top-level wire keys the snapshot does not know, as the server sent them. */
    readonly unknown: Readonly<Record<string, unknown>>;
    /** Authoring paths of the secrets the server hid (masked or left out): an update leaves them unchanged. */
    readonly hiddenSecrets: readonly string[];
    /** What does not fit the snapshot. `severity: "warning"` marks what the server knows and the snapshot does not. */
    readonly problems: readonly Problem[];
}
/**
 * A wire config read back from the API, never throwing on data: server keys
 * and constants dropped, strings read as the field's type where that is
 * lossless, hidden secrets left out, unknown keys and enum values kept.
 */
export declare function readConfig<Config>(spec: ConnectorSpec, wire: unknown, options?: ReadOptions): ReadResult<Config>;
/**
 * Wire keys to authoring keys (see readConfig): never throws on data unless
 * `strict`; keys the snapshot does not know are kept for an update to send back.
 */
export declare function configFromWire<Config>(spec: ConnectorSpec, wire: unknown, options?: ReadOptions): Config;
/** A copy that is safe to log: every secret value, at any depth, replaced by "[redacted]". */
export declare function redactConfig<Config>(spec: ConnectorSpec, config: Config): Config;
export interface ConfigChange {
    /** The smallest config an update needs: the fields that differ from `current` (authoring keys). */
    readonly config: Readonly<Record<string, unknown>>;
    /** Authoring keys `current` has and `desired` leaves out (secrets excepted): an update cannot clear them. */
    readonly removed: readonly string[];
    /** A changed set-once field, named. */
    readonly problems: readonly Problem[];
}
/**
 * What changed from `current` (a config read back) to `desired`. A secret
 * left out or given as a mask is unchanged; keys read back but unknown to the
 * snapshot are compared too.
 */
export declare function diffConfig(spec: ConnectorSpec, currentConfig: object, desiredConfig: object, options?: {
    readonly masks?: readonly (string | null)[];
}): ConfigChange;
/** A validated create request; throws ConfigValidationError listing every problem. */
export declare function buildCreateRequest<Body>(api: KindApiSpec, spec: ConnectorSpec, input: unknown, options?: unknown): ApiRequest<Body>;
/** A validated update request: set-once fields must be absent or equal to `options.current`. */
export declare function buildUpdateRequest<Body>(api: KindApiSpec, spec: ConnectorSpec, id: string, input: unknown, options?: unknown): ApiRequest<Body>;
export interface StandardSchemaIssue {
    readonly message: string;
    /** Keys from the validated value's root to the problem; absent for the value itself. */
    readonly path?: ReadonlyArray<PropertyKey | {
        readonly key: PropertyKey;
    }> | undefined;
}
export type StandardSchemaResult<Output> = {
    readonly value: Output;
    readonly issues?: undefined;
} | {
    readonly issues: ReadonlyArray<StandardSchemaIssue>;
};
export interface StandardSchema<Input = unknown, Output = Input> {
    readonly "~standard": {
        readonly version: 1;
        readonly vendor: string;
        readonly validate: (value: unknown, options?: {
            readonly libraryOptions?: Record<string, unknown> | undefined;
        } | undefined) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
        /** Types only: never set at run time. */
        readonly types?: {
            readonly input: Input;
            readonly output: Output;
        } | undefined;
    };
}
/** `validateConfig` as a Standard Schema: the value itself when valid, else every problem as an issue. */
export declare function toStandardSchema<Config>(spec: ConnectorSpec, vendor: string): StandardSchema<Config, Config>;
export {};
