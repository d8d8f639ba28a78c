// JSON Schema (as used in OpenAPI 3.0/3.1 documents) to IR types and fields.
// Used for the API envelope (request bodies, parameters) of every provider.

import vm from "node:vm";
import { Diagnostics, pointer as toPointer } from "../ir/diagnostics.js";
import type { Condition, EnumOption, IrField, IrType, JsonValue, ObjectType } from "../ir/ir.js";
import { listedValues } from "../ir/listed-choices.js";
import { assignAuthoringKeys } from "../ir/naming.js";
import {
  BACKTRACKING_INPUT_LIMIT,
  evaluatesKeysBeside,
  patternMatcher,
  schemaValidator,
  unevaluatedAsAdditional,
  type SchemaProblem,
} from "../../templates/runtime.js";
import { bundleSchema, VALIDATION_KEYWORDS } from "./bundle-schema.js";
import { closest } from "../config/suggest.js";
import { hasNegativeZero } from "../ir/ir-text.js";
import { hasJsonType, isObject, ownValue, remembered, resolvePointer, someOf as someOfValues } from "../ir/plain.js";

export interface SchemaContext {
  /** The whole document, for resolving local `$ref`s. */
  root: unknown;
  file: string;
  diags: Diagnostics;
  connector?: string;
  /** Suffixes dropped from wire keys when deriving authoring keys. */
  suffixes: readonly string[];
  /** Where `$ref`s that `root` cannot resolve are looked up (a schema file's refs into the OpenAPI document). */
  fallbackRoot?: unknown;
  /** `$ref`s being expanded right now: re-entering one is a recursive schema. */
  expanding?: Set<string>;
  /** Schemas entered and not yet left (see nested). */
  depth?: number;
  /** How many more schemas one connector may enter (see nested); unbounded when unset. */
  expansions?: { left: number };
  /** Fields built before from the same schema objects, to take instead of building them again. */
  fieldMemo?: FieldMemo;
  /** Inside a secret field (marked secret wherever: beside a `$ref`, in its target): warnings never show its values. */
  secret?: boolean;
}

/** A field as built from its schema: all but what the object around it decides (its key, whether it is required). */
export type BuiltField = Omit<IrField, "key" | "wireKey" | "required" | "setOnce" | "requiredWhen">;

/**
 * Fields built before, by property schema object. The diff builds a changed
 * connector in both snapshots, whose unchanged values are the same objects
 * (parseSnapshotPair): a field the head built is taken for the base when all
 * its inputs are the same, not built again.
 */
export interface FieldMemo {
  /** The field built from `schema` at `at` before, when what it was built from is what `ctx` holds. */
  get(schema: object, at: string, ctx: SchemaContext): { field: BuiltField; expansions: number } | undefined;
  /** Keeps a field built from `schema` at `at` under `ctx`, and how many schemas building it entered. */
  set(schema: object, at: string, ctx: SchemaContext, field: BuiltField, expansions: number): void;
}

/** Keywords beside an `enum` or `const` that reject none of its values (the declared type is applied apart). */
const BESIDE_ENUM = new Set([
  "enum",
  "const",
  "type",
  "nullable",
  "title",
  "description",
  "default",
  "examples",
  "example",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
  "$schema",
  "$id",
]);

/**
 * Most schemas inside one another, counting `$ref` targets and allOf members:
 * a chain of references can nest far deeper than any one file (whose nesting
 * the loader limits), and each level is a few stack frames here.
 */
export const MAX_SCHEMA_DEPTH = 256;

/**
 * Most schemas one connector's types may enter, counting every use of a `$ref`
 * target: types spell out each use, so a target used twice by one used twice
 * by … doubles at each level, and a kilobyte of schema could take hours.
 */
export const MAX_SCHEMA_EXPANSIONS = 20_000;

/** Runs `work` one schema deeper; past MAX_SCHEMA_DEPTH, an error at `at` and undefined, never a stack overflow. */
function nested<T>(ctx: SchemaContext, at: string, work: () => T | undefined): T | undefined {
  const depth = ctx.depth ?? 0;
  if (depth >= MAX_SCHEMA_DEPTH) {
    ctx.diags.error({
      rule: "too-deep",
      file: ctx.file,
      pointer: at,
      connector: ctx.connector,
      message: `schemas nested more than ${MAX_SCHEMA_DEPTH} deep (counting $ref targets and allOf members)`,
    });
    return undefined;
  }
  const budget = ctx.expansions;
  if (budget !== undefined && --budget.left < 0) {
    if (budget.left === -1)
      ctx.diags.error({
        rule: "too-large",
        file: ctx.file,
        pointer: at,
        connector: ctx.connector,
        message: `the schema spells out more than ${MAX_SCHEMA_EXPANSIONS.toLocaleString("en")} schemas (each use of a $ref target counts: targets used many times over, nested); its types would be as large`,
      });
    return undefined;
  }
  ctx.depth = depth + 1;
  try {
    return work();
  } finally {
    ctx.depth = depth;
  }
}

type Schema = Record<string, unknown>;

/**
 * A connector's schema whose `$ref` has keywords beside it that say something of its keys or values: the
 * allOf of the reference and the rest, as JSON Schema 2020-12 applies both (and the runtime, and Ajv). A
 * schema with nothing but its title, description and definitions beside the reference is that reference.
 */
export function withKeywordsBesideRef(schema: unknown): unknown {
  if (!isObject(schema) || typeof schema.$ref !== "string") return schema;
  const { $ref, ...rest } = schema;
  if (
    Object.keys(rest).every((k) => ABOUT.has(k) && k !== "type") ||
    !(rest.allOf === undefined || Array.isArray(rest.allOf))
  )
    return schema;
  return { ...rest, allOf: [{ $ref }, ...((rest.allOf as unknown[] | undefined) ?? [])] };
}

/** Follows `$ref` chains; reports dangling and cyclic references. */
export function deref(schema: unknown, at: string, ctx: SchemaContext): { schema: unknown; at: string } | undefined {
  if (!isObject(schema) || typeof schema.$ref !== "string") return { schema, at };
  const seen = new Set<string>();
  while (isObject(schema) && typeof schema.$ref === "string") {
    const ref = schema.$ref;
    if (!ref.startsWith("#")) {
      // Never fetched: the types take any JSON value there.
      warnOnce(
        ctx,
        "unenforced-keyword",
        `${at}/$ref`,
        `$ref ${JSON.stringify(ref)} is not local; typed as any JSON value`,
      );
      return { schema: true, at };
    }
    if (seen.has(ref)) {
      ctx.diags.error({
        rule: "cyclic-ref",
        file: ctx.file,
        pointer: at,
        connector: ctx.connector,
        message: `$ref cycle through ${ref}`,
      });
      return undefined;
    }
    seen.add(ref);
    const target =
      resolvePointer(ctx.root, ref) ??
      (ctx.fallbackRoot !== undefined ? resolvePointer(ctx.fallbackRoot, ref) : undefined);
    if (target === undefined) {
      ctx.diags.error({
        rule: "dangling-ref",
        file: ctx.file,
        pointer: at,
        connector: ctx.connector,
        message: `$ref ${JSON.stringify(ref)} points nowhere${ref.length > 1 && ref[1] !== "/" ? " (a plain-name fragment names an $anchor; only JSON pointers are followed)" : ""}`,
      });
      return undefined;
    }
    at = ref.slice(1);
    // A target that holds keywords beside its own `$ref` is both: the allOf of them, as at the start of a chain.
    const both = withKeywordsBesideRef(target);
    if (both !== target) return { schema: both, at };
    schema = target;
  }
  return { schema, at };
}

const warned = new WeakMap<Diagnostics, Set<string>>();

/** A warning, once per rule, file, pointer and connector (schemas are walked more than once). */
export function warnOnce(ctx: SchemaContext, rule: string, pointer: string, message: string, field?: string): void {
  const seen = warned.get(ctx.diags) ?? new Set<string>();
  warned.set(ctx.diags, seen);
  const id = JSON.stringify([rule, ctx.file, pointer, ctx.connector ?? "", field ?? ""]);
  if (seen.has(id)) return;
  seen.add(id);
  ctx.diags.warn({
    rule,
    file: ctx.file,
    pointer,
    ...(ctx.connector !== undefined ? { connector: ctx.connector } : {}),
    ...(field !== undefined ? { field } : {}),
    message,
  });
}

const NEVER: IrType = { type: "never" };

/** A schema's `title`: its own, else that of what its `$ref` points to. */
function schemaTitle(schema: unknown, at: string, ctx: SchemaContext): string | undefined {
  if (isObject(schema) && typeof schema.title === "string") return schema.title;
  const target = isObject(schema) && typeof schema.$ref === "string" ? deref(schema, at, ctx)?.schema : undefined;
  return isObject(target) && typeof target.title === "string" ? target.title : undefined;
}

/** Deep equality of JSON values (object key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/** A JSON value's text with object keys sorted: equal texts, values jsonEqual. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

/** The items `test` keeps, and the others, each in order. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const [yes, no]: [T[], T[]] = [[], []];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

function scalarType(value: unknown): "string" | "integer" | "number" | "boolean" | undefined {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return undefined;
}

/**
 * `enum`/`const`: one scalar kind (plus null) as that type's enum, as always; any
 * other mix (null alone, objects, arrays) as an `unknown` type's enum, printed as a
 * union of literal types. Values the declared `type` excludes are left out.
 */
function enumType(schema: Schema, at: string, ctx: SchemaContext): IrType {
  const isConst = "const" in schema;
  // A secret's listed values are its values: warnings about them never say which.
  const secret = isSecretSchema(schema) || ctx.secret === true;
  const someOf = (shownValues: string[]) => (secret ? "(a secret's: not shown)" : someOfValues(shownValues));
  const where = isConst ? `${at}/const` : `${at}/enum`;
  let values: unknown[] = isConst ? [schema.const] : (schema.enum as unknown[]);
  if (isConst && Array.isArray(schema.enum))
    values = values.filter((v) => (schema.enum as unknown[]).some((e) => jsonEqual(e, v)));
  const declared = Array.isArray(schema.type)
    ? schema.type
    : typeof schema.type === "string"
      ? [schema.type]
      : undefined;
  if (declared) {
    const [kept, left] = partition(
      values,
      // (an unknown type name is reported where the type is read: no value is left out for it)
      (v) => declared.some((t) => hasJsonType(t, v) ?? true) || (v === null && schema.nullable === true),
    );
    if (left.length > 0)
      warnOnce(
        ctx,
        "enum-type-mismatch",
        where,
        `values ${someOf(left.map((v) => shown(v)))} do not fit type ${JSON.stringify(schema.type)}; left out`,
      );
    values = kept;
  }
  // A value another keyword beside the list rejects (a format, a pattern, a bound, an anyOf) is no value of the
  // field: judged by the runtime's own evaluator against the schema, as validation will judge it.
  if (Object.keys(schema).some((k) => !BESIDE_ENUM.has(k) && !k.startsWith("x-"))) {
    const validator = validatorFor(schema, ctx);
    if (validator !== undefined) {
      const unjudged: unknown[] = [];
      const [valid, rejected] = partition(values, (v) => {
        if (v === null && schema.nullable === true) return true;
        const judged = validator.isValid(v);
        if (judged === undefined) unjudged.push(v);
        return judged !== false;
      });
      if (rejected.length > 0)
        warnOnce(
          ctx,
          "enum-value-rejected",
          where,
          `values ${someOf(rejected.map((v) => shown(v)))} are rejected by the schema's other keywords; left out`,
        );
      // Kept: validation judges them at run time, where the pattern's cost is the runtime's documented bound.
      if (unjudged.length > 0)
        warnOnce(
          ctx,
          "backtracking-pattern",
          where,
          `values ${someOf(unjudged.map((v) => shown(v)))} could not be checked against a backtracking pattern in time; kept`,
        );
      values = valid;
    }
  }
  // Duplicates say nothing more (and would print a union twice). Found by a canonical text, not pair by pair:
  // a list of many thousand values stays linear.
  const seen = new Set<string>();
  const repeated: unknown[] = [];
  values = values.filter((v) => {
    const key = canonicalJson(v);
    if (seen.has(key)) {
      repeated.push(v);
      return false;
    }
    seen.add(key);
    return true;
  });
  // JSON Schema wants an enum's items unique (Ajv refuses such a schema): the author likely meant another value.
  if (repeated.length > 0 && !isConst)
    warnOnce(
      ctx,
      "enum-repeated",
      where,
      `values ${someOf(repeated.map((v) => shown(v)))} are listed twice; kept once`,
    );
  if (values.length === 0) {
    warnOnce(ctx, "empty-enum", where, "no value is allowed here; typed as never (the key may not be set)");
    return NEVER;
  }
  const nullable = values.includes(null);
  const options = values.filter((v) => v !== null);
  const kinds = new Set(options.map(scalarType));
  if (kinds.has("integer") && kinds.has("number")) kinds.delete("integer");
  if (kinds.size === 1 && !kinds.has(undefined)) {
    const type = [...kinds][0]!;
    const enumOptions: EnumOption[] = options.map((value) => ({ value: value as string | number | boolean }));
    return { type, enum: enumOptions, ...(nullable ? { nullable } : {}) };
  }
  // A connector's validator compares by value against its schema; elsewhere (the envelope) it cannot.
  if (options.some((v) => typeof v === "object") && ctx.connector === undefined)
    warnOnce(
      ctx,
      "enum-not-checked",
      where,
      "object and array values are typed as literal types; the generated validator accepts any JSON value here",
    );
  return { type: "unknown", enum: values.map((value) => ({ value: value as JsonValue })) };
}

export function schemaToType(input: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  return nested(ctx, at, () => schemaToTypeHere(input, at, ctx));
}

function schemaToTypeHere(input: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  const ref = isObject(input) && typeof input.$ref === "string" ? input.$ref : undefined;
  if (ref === undefined) return typeOf(input, at, ctx);
  const expanding = (ctx.expanding ??= new Set());
  if (expanding.has(ref)) {
    ctx.diags.error({
      rule: "recursive-schema",
      file: ctx.file,
      pointer: at,
      connector: ctx.connector,
      message: `recursive schema through ${ref} cannot be expressed as a finite config type`,
    });
    return undefined;
  }
  expanding.add(ref);
  try {
    return typeOf(input, at, ctx);
  } finally {
    expanding.delete(ref);
  }
}

/**
 * Keywords neither the types nor the generated validators enforce: reported,
 * never dropped silently. (The rest of draft 2020-12 that the types cannot
 * express is checked at run time against the original schema.)
 */
const UNENFORCED = ["unevaluatedProperties", "unevaluatedItems", "$dynamicRef", "$recursiveRef"];

/** Keys of JSON Schema, its older drafts and OpenAPI that are no validation keyword, but are no typo either. */
const OTHER_KEYWORDS = new Set([
  "$id",
  "id",
  "$schema",
  "$defs",
  "$anchor",
  "$comment",
  "$vocabulary",
  "$dynamicRef",
  "$dynamicAnchor",
  "$recursiveRef",
  "$recursiveAnchor",
  "definitions",
  "title",
  "description",
  "default",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentEncoding",
  "contentMediaType",
  "contentSchema",
  "discriminator",
  "externalDocs",
  "xml",
]);

/** The validation keyword a key looks like a typo of, by key. */
const misspelt = new Map<string, string | undefined>();

/** Short keys written for validation keywords (Airbyte's Postgres spec bounds a field with `min` and `max`). */
const ABBREVIATED: Record<string, string> = { min: "minimum", max: "maximum" };

function misspeltKeyword(key: string): string | undefined {
  if (Object.hasOwn(ABBREVIATED, key)) return ABBREVIATED[key];
  if (key.length < 4 || OTHER_KEYWORDS.has(key) || VALIDATION_KEYWORDS.includes(key) || /^x[-_]/i.test(key))
    return undefined;
  return remembered(misspelt, key, () => closest(key, VALIDATION_KEYWORDS), 1024);
}

/** Schema keywords that give a value's kind or structure: an anyOf/oneOf member without them only adds constraints. */
export const STRUCTURAL = [
  "type",
  "properties",
  "items",
  "enum",
  "const",
  "$ref",
  "anyOf",
  "oneOf",
  "allOf",
  "additionalProperties",
];

/**
 * Whether an alternative of a connector's top-level anyOf/oneOf only adds constraints to its config: it has
 * no keyword that gives a kind or structure (STRUCTURAL), but for `properties` that name only properties the
 * config declares (`{ properties: { auth: { const: "key" } }, required: ["api_key"] }`: a requirement under
 * a condition). It declares no field: the fields are the config's, and validation applies the rest. (Deeper,
 * such alternatives are the variants of a union type.)
 */
export function addsConstraintsOnly(alternative: Record<string, unknown>, declared: unknown): boolean {
  for (const k of STRUCTURAL) {
    if (!(k in alternative)) continue;
    const properties = alternative[k];
    if (k !== "properties" || !isObject(properties) || !isObject(declared)) return false;
    for (const key of Object.keys(properties)) if (!Object.hasOwn(declared, key)) return false;
  }
  return true;
}

/**
 * Whether `schema`'s `keyword` list is written at `at` (not brought in by an
 * allOf member), so each alternative can be referred to where it stands.
 */
function ownAlternatives(schema: Schema, keyword: "anyOf" | "oneOf", at: string, ctx: SchemaContext): boolean {
  const list = schema[keyword];
  const written =
    resolvePointer(ctx.root, `#${at}`) ??
    (ctx.fallbackRoot !== undefined ? resolvePointer(ctx.fallbackRoot, `#${at}`) : undefined);
  return isObject(written) && written[keyword] === list;
}

/**
 * The object schema around a oneOf/anyOf, without the list, when it declares
 * or requires keys of its own (else undefined: its alternatives are the type).
 */
function withSharedKeys(schema: Schema, keyword: "anyOf" | "oneOf"): (Schema & { allOf: unknown[] }) | undefined {
  const declares =
    (isObject(schema.properties) && Object.keys(schema.properties).length > 0) ||
    (Array.isArray(schema.required) && schema.required.length > 0) ||
    isObject(schema.patternProperties) ||
    extraKeysSchema(schema) !== undefined;
  if (!declares) return undefined;
  const { [keyword]: _list, title: _title, ...rest } = schema;
  return { ...rest, allOf: Array.isArray(rest.allOf) ? rest.allOf : [] };
}

/** Keywords beside a lone allOf member that say nothing of the values (the field's annotations read them). */
const BESIDE_SOLE_MEMBER = new Set(["allOf", "title", "description", "default", "examples", "example", "$comment"]);

/**
 * The one member of a schema's allOf when that member is a oneOf/anyOf and the schema says nothing
 * else of the values (only annotations beside it, `x-…` included), or only a `type` the member does not
 * contradict: then the member with that type, as the type holds each choice to it too.
 */
function soleChoiceMember(schema: Schema, at: string, ctx: SchemaContext): { schema: unknown; at: string } | undefined {
  const list = schema.allOf;
  if (!Array.isArray(list) || list.length !== 1) return undefined;
  if (!Object.keys(schema).every((k) => BESIDE_SOLE_MEMBER.has(k) || k === "type" || k.startsWith("x-")))
    return undefined;
  const resolved = deref(list[0], `${at}/allOf/0`, ctx);
  const member = resolved?.schema;
  if (!isObject(member) || !(Array.isArray(member.oneOf) || Array.isArray(member.anyOf))) return undefined;
  if (schema.type === undefined) return { schema: list[0], at: `${at}/allOf/0` };
  if (member.type !== undefined && JSON.stringify(member.type) !== JSON.stringify(schema.type)) return undefined;
  return { schema: { ...member, type: schema.type }, at: resolved!.at };
}

/** The type names a `type` keyword lists (one, or a list), or undefined when it lists none as names. */
function typeNames(type: unknown): string[] | undefined {
  const names = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  return names !== undefined && names.length > 0 && names.every((t): t is string => typeof t === "string")
    ? names
    : undefined;
}

/**
 * Keywords beside a `$ref` that constrain its value (`nullable` is OpenAPI 3.0's, read with the target).
 * Made on first use: bundle-schema.ts, which lists them, imports this module.
 */
let refSiblings: ReadonlySet<string> | undefined;
const isRefSibling = (key: string) =>
  (refSiblings ??= new Set(VALIDATION_KEYWORDS.filter((k) => k !== "$ref" && k !== "nullable"))).has(key);

/**
 * Whether the keywords beside a local `$ref` (`schema`'s) are typed with its `target`, as an allOf of both:
 * when some constrain the value, and the target is no oneOf/anyOf (merging keeps a member's choices out),
 * or only a type is beside one. Otherwise the target alone is typed, and the diff compares them as written.
 */
export function refSiblingsTyped(schema: Record<string, unknown>, target: unknown): boolean {
  const siblings = Object.keys(schema).filter(isRefSibling);
  if (siblings.length === 0) return false;
  const choice = isObject(target) && (Array.isArray(target.oneOf) || Array.isArray(target.anyOf));
  return !choice || siblings.every((k) => k === "type");
}

function typeOf(input: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  const resolved = deref(input, at, ctx);
  if (!resolved) return undefined;
  // Keywords beside a local `$ref` hold the value to them too, as Ajv and the runtime's validator apply them
  // (2019-09 on says so): typed as an allOf of the target and them. The reference resolved, as above.
  if (
    isObject(input) &&
    typeof input.$ref === "string" &&
    input.$ref.startsWith("#") &&
    refSiblingsTyped(input, resolved.schema)
  ) {
    const { $ref, allOf, ...siblings } = input;
    return typeOf(
      // Written after an allOf's own members, so theirs keep their places (and pointers).
      Array.isArray(allOf) ? { ...siblings, allOf: [...allOf, { $ref }] } : { ...siblings, allOf: [{ $ref }] },
      at,
      ctx,
    );
  }
  let { schema } = resolved;
  at = resolved.at;
  if (schema === false) {
    warnOnce(
      ctx,
      "false-schema",
      at,
      "the schema is `false`: no value is allowed; typed as never (the key may not be set)",
    );
    return NEVER;
  }
  if (isObject(schema)) {
    // An unevaluatedProperties that means additionalProperties is enforced as that.
    const node = schema as Schema;
    const unenforced = UNENFORCED.filter(
      (k) => k in node && !(k === "unevaluatedProperties" && unevaluatedAsAdditional(node)),
    );
    for (const keyword of unenforced) {
      warnOnce(
        ctx,
        "unenforced-keyword",
        `${at}/${keyword}`,
        `${keyword} is not enforced by the generated types or validators`,
      );
    }
    for (const key of Object.keys(schema)) {
      const meant = misspeltKeyword(key);
      if (meant !== undefined)
        warnOnce(
          ctx,
          "misspelt-keyword",
          `${at}${toPointer(key)}`,
          `${JSON.stringify(key)} is no JSON Schema keyword, so it constrains nothing (did you mean ${JSON.stringify(meant)}?)`,
        );
    }
    // `{ title, allOf: [{ $ref: Choices }] }` (how Pydantic v1 titles a reference; hand-written specs often
    // add `type: "object"`) where the one member is a choice: the choice's type. Merging keeps no oneOf/anyOf
    // of a member.
    const sole = soleChoiceMember(schema, at, ctx);
    if (sole !== undefined) return schemaToType(sole.schema, sole.at, ctx);
    if (Array.isArray(schema.allOf)) {
      const merged = mergeAllOf(schema, at, ctx);
      if (!merged) return undefined;
      if (merged[IMPOSSIBLE]) return NEVER;
      schema = merged;
    }
  }
  if (
    schema === true ||
    (isObject(schema) &&
      Object.keys(schema).every((k) => ["description", "title", "default", "examples", "example"].includes(k)))
  ) {
    return { type: "unknown" };
  }
  if (!isObject(schema)) {
    warnOnce(ctx, "invalid-schema", at, "expected a schema object or a boolean; typed as any JSON value");
    return { type: "unknown" };
  }
  const nullableFlag = schema.nullable === true;

  if (Array.isArray(schema.enum) || "const" in schema) {
    const type = enumType(schema, at, ctx);
    // In a connector's config, `nullable: true` beside a list admits null only when the list has it (OpenAPI
    // 3.0.3), as its validation (and Ajv's) does; the API's own schemas are typed as openapi-typescript types them.
    const listsNull =
      ctx.connector === undefined ||
      (Array.isArray(schema.enum) && schema.enum.includes(null)) ||
      schema.const === null;
    if (nullableFlag && !listsNull && type.type !== "never")
      warnOnce(
        ctx,
        "nullable-without-null",
        `${at}/nullable`,
        "`nullable: true` beside a list of values without null: null is not one of them (OpenAPI 3.0.3), so it is not accepted",
      );
    if (!nullableFlag || !listsNull || type.type === "never") return type;
    if (type.type !== "unknown") return { ...type, nullable: true };
    return type.enum!.some((o) => o.value === null) ? type : { ...type, enum: [...type.enum!, { value: null }] };
  }

  for (const keyword of ["anyOf", "oneOf"] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    // Members that only add constraints (`required`, `not`, …) to the schema's own
    // structure: the run-time check enforces them; the type is the rest of the schema.
    const constraintOnly = (s: unknown) => {
      const r = deref(s, at, ctx)?.schema;
      return isObject(r) && !STRUCTURAL.some((k) => k in r);
    };
    if (list.length > 0 && list.every(constraintOnly)) continue;
    const isNull = (s: unknown) => {
      const r = deref(s, at, ctx)?.schema;
      return isObject(r) && (r.type === "null" || (Array.isArray(r.enum) && r.enum.length === 1 && r.enum[0] === null));
    };
    // A type beside the list holds each alternative to it too: one that says no type of its own
    // (`type: string, anyOf: [{ pattern }, { const: "" }]`) is of that type, not any value, and one of
    // another type takes only what both take (`type: string` beside an integer choice: none).
    const outer = typeNames(schema.type);
    // A `false` member is no alternative (and nothing to warn about); nor is null where the type beside rejects it.
    const rest = list.map((s, i) => [s, i] as const).filter(([s]) => !isNull(s) && deref(s, at, ctx)?.schema !== false);
    const nullable = (list.some(isNull) && (outer === undefined || outer.includes("null"))) || nullableFlag;
    // Keys the object itself declares or requires beside its alternatives hold in each of them:
    // each alternative is typed as an allOf of the object (without the list) and it.
    const own = ownAlternatives(schema, keyword, at, ctx);
    const shared = own ? withSharedKeys(schema, keyword) : undefined;
    const heldToOuter = (s: unknown) => {
      if (outer === undefined) return false;
      const r = deref(s, at, ctx)?.schema;
      if (!isObject(r)) return false;
      const inner = typeNames(r.type);
      return (
        inner === undefined || !inner.every((t) => outer.includes(t) || (t === "integer" && outer.includes("number")))
      );
    };
    const variants = rest.map(([s, i]) =>
      shared !== undefined
        ? schemaToType({ ...shared, allOf: [...shared.allOf, { $ref: `#${at}/${keyword}/${i}` }] }, at, ctx)
        : own && heldToOuter(s)
          ? schemaToType(
              { type: schema.type, allOf: [{ $ref: `#${at}/${keyword}/${i}` }], [BESIDE_CHOICES]: keyword },
              at,
              ctx,
            )
          : schemaToType(s, `${at}/${keyword}/${i}`, ctx),
    );
    if (variants.some((v) => v === undefined)) return undefined;
    // A `false` member (or one no value fits) is no alternative.
    const kept = rest.map(([s, i], n) => [s, i, variants[n]!] as const).filter(([, , t]) => t.type !== "never");
    const types = kept.map(([, , t]) => t);
    if (types.length === 0) return nullable ? { type: "unknown", enum: [{ value: null }] } : NEVER;
    // Each alternative keeps its title (a `$ref`'s sibling title, else its target's).
    const titled = kept.map(([s, i, t]) => {
      const title = schemaTitle(s, `${at}/${keyword}/${i}`, ctx) ?? t.title;
      return title === undefined || title === t.title ? t : { ...t, title };
    });
    const type: IrType =
      types.length === 1
        ? types[0]!
        : { type: "union", variants: titled, ...(keyword === "oneOf" ? { exclusive: true as const } : {}) };
    return nullable ? { ...type, nullable: true } : type;
  }

  let types = Array.isArray(schema.type) ? (schema.type as unknown[]) : schema.type === undefined ? [] : [schema.type];
  const nullable = types.includes("null") || nullableFlag;
  // `type: "null"`: the value null and nothing else.
  if (types.length > 0 && types.every((t) => t === "null")) return { type: "unknown", enum: [{ value: null }] };
  // Every integer is a number: `integer` beside `number` adds no value.
  types = [...new Set(types.filter((t) => t !== "null" && !(t === "integer" && types.includes("number"))))];
  if (types.length === 0 && isObject(schema.properties)) types = ["object"];
  if (types.length === 0 && schema.items !== undefined) types = ["array"];
  if (types.length > 1) {
    const variants = types.map((t) => schemaToType({ ...schema, type: t, nullable: false }, at, ctx));
    if (variants.some((v) => v === undefined)) return undefined;
    return { type: "union", variants: variants as IrType[], ...(nullable ? { nullable } : {}) };
  }
  const type = types[0];
  const extra = nullable ? { nullable: true } : {};
  const num = (key: string) => {
    const value = schema[key];
    if (typeof value !== "number") return {};
    if (!Number.isFinite(value) || !Number.isSafeInteger(Math.trunc(value))) {
      ctx.diags.warn({
        rule: "unsafe-number",
        file: ctx.file,
        pointer: `${at}/${key}`,
        connector: ctx.connector,
        message: `${key} ${String(value)} is beyond what a JavaScript number holds exactly (±2^53); it is not enforced`,
      });
      return {};
    }
    return { [key]: value };
  };
  /** The inclusive bounds with the exclusive ones (numbers, or OpenAPI 3.0's `true`) folded in: the tighter wins. */
  const numericBounds = (type: "integer" | "number", minimum: number | undefined, maximum: number | undefined) => {
    const exclusive = (key: "exclusiveMinimum" | "exclusiveMaximum", inclusive: number | undefined) =>
      schema[key] === true ? inclusive : (num(key)[key] as number | undefined);
    const [low, high] = [exclusive("exclusiveMinimum", minimum), exclusive("exclusiveMaximum", maximum)];
    const out: { minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number } = {};
    if (schema.exclusiveMinimum !== true && minimum !== undefined) out.minimum = minimum;
    if (schema.exclusiveMaximum !== true && maximum !== undefined) out.maximum = maximum;
    if (type === "integer") {
      // The next integer inside: exact, and what the types and docs can say.
      if (out.minimum !== undefined) out.minimum = Math.ceil(out.minimum);
      if (out.maximum !== undefined) out.maximum = Math.floor(out.maximum);
      if (low !== undefined) out.minimum = Math.max(out.minimum ?? -Infinity, Math.floor(low) + 1);
      if (high !== undefined) out.maximum = Math.min(out.maximum ?? Infinity, Math.ceil(high) - 1);
      return out;
    }
    if (low !== undefined && (out.minimum === undefined || low >= out.minimum)) {
      delete out.minimum;
      out.exclusiveMinimum = low;
    }
    if (high !== undefined && (out.maximum === undefined || high <= out.maximum)) {
      delete out.maximum;
      out.exclusiveMaximum = high;
    }
    return out;
  };
  const pattern = () => {
    if (typeof schema.pattern !== "string") return {};
    try {
      new RegExp(schema.pattern, "u");
      const backtracking = backtrackingOf(schema.pattern);
      if (backtracking !== undefined) {
        warnOnce(
          ctx,
          "backtracking-pattern",
          `${at}/pattern`,
          `pattern needs backtracking (${backtracking}), which has no linear-time check: values longer than ${BACKTRACKING_INPUT_LIMIT} characters are reported as problems instead of being matched`,
        );
      }
      return { pattern: schema.pattern };
    } catch (error) {
      ctx.diags.warn({
        rule: "invalid-pattern",
        file: ctx.file,
        pointer: `${at}/pattern`,
        connector: ctx.connector,
        message: `pattern is not a valid regular expression with the u flag (${(error as Error).message}); it is not enforced`,
      });
      return {};
    }
  };
  /**
   * A tuple (2020-12 `prefixItems`, draft-07 `items` as a list) as the IR's one item type: any of the types
   * of the positions an array may fill, and of the items past them (`items`/`additionalItems`; none when
   * `false`, which also bounds the length; any value when left out).
   */
  const tupleType = (
    tuple: { list: unknown[]; key: string; rest: unknown; restKey: string },
    minItems: number | undefined,
    maxItems: number | undefined,
  ): IrType | undefined => {
    const closed = takesNoValue(tuple.rest);
    const types: IrType[] = [];
    for (let i = 0; i < Math.min(tuple.list.length, maxItems ?? Infinity); i++) {
      const t = schemaToType(tuple.list[i], `${at}/${tuple.key}/${i}`, ctx);
      if (!t) return undefined;
      types.push(t);
    }
    if (!closed && (maxItems === undefined || maxItems > tuple.list.length)) {
      const rest =
        tuple.rest === undefined || tuple.rest === true
          ? ({ type: "unknown" } as IrType)
          : schemaToType(tuple.rest, `${at}/${tuple.restKey}`, ctx);
      if (!rest) return undefined;
      types.push(rest);
    }
    const distinct = [...new Map(types.map((t) => [JSON.stringify(t), t])).values()];
    const any = distinct.find((t) => t.type === "unknown" && t.enum === undefined);
    const items: IrType =
      any ??
      (distinct.length === 0 ? NEVER : distinct.length === 1 ? distinct[0]! : { type: "union", variants: distinct });
    const max = closed ? Math.min(maxItems ?? tuple.list.length, tuple.list.length) : maxItems;
    return {
      type: "array",
      items,
      ...(minItems !== undefined ? { minItems } : {}),
      ...(max !== undefined ? { maxItems: max } : {}),
      ...extra,
    };
  };
  switch (type) {
    case undefined:
      return { type: "unknown", ...extra };
    case "string":
      return {
        type: "string",
        ...(typeof schema.format === "string" ? { format: schema.format } : {}),
        // `not: { const: "" }` (any string but the empty one) is a least length of 1.
        ...(notEmptyString(schema.not)
          ? { minLength: Math.max(1, (num("minLength").minLength as number | undefined) ?? 0) }
          : num("minLength")),
        ...num("maxLength"),
        ...pattern(),
        ...extra,
      };
    case "integer":
    case "number": {
      // Ajv's formats package (and validation) holds an `int64` to an integer, an `int32` to a 32-bit one; a
      // whole step (`multipleOf: 1`, as some generators spell an integer) takes only integers.
      const step = schema.multipleOf;
      const whole =
        schema.format === "int32" ||
        schema.format === "int64" ||
        (typeof step === "number" && Number.isInteger(step) && step >= 1)
          ? "integer"
          : type;
      const bounds = numericBounds(whole, num("minimum").minimum, num("maximum").maximum);
      if (schema.format === "int32") {
        bounds.minimum = Math.max(bounds.minimum ?? -INT32, -INT32);
        bounds.maximum = Math.min(bounds.maximum ?? INT32 - 1, INT32 - 1);
      }
      return { type: whole, ...bounds, ...extra };
    }
    case "boolean":
      return { type: "boolean", ...extra };
    case "array": {
      const tuple = Array.isArray(schema.prefixItems)
        ? { list: schema.prefixItems as unknown[], key: "prefixItems", rest: schema.items, restKey: "items" }
        : Array.isArray(schema.items)
          ? { list: schema.items as unknown[], key: "items", rest: schema.additionalItems, restKey: "additionalItems" }
          : undefined;
      if (tuple !== undefined) return tupleType(tuple, num("minItems").minItems, num("maxItems").maxItems);
      if (schema.items === undefined)
        return { type: "array", items: { type: "unknown" }, ...num("minItems"), ...num("maxItems"), ...extra };
      const items = schemaToType(schema.items, `${at}/items`, ctx);
      return items ? { type: "array", items, ...num("minItems"), ...num("maxItems"), ...extra } : undefined;
    }
    case "object": {
      const object = objectType(schema, at, ctx);
      return object ? { ...object, ...extra } : undefined;
    }
    default:
      warnOnce(ctx, "unsupported-type", `${at}/type`, `unknown type ${JSON.stringify(type)}; typed as any JSON value`);
      return { type: "unknown", ...extra };
  }
}

/**
 * allOf members merged into one schema: properties and required lists united,
 * if/then pairs collected (in CONDITIONALS) for the object's conditional requirements.
 */
const CONDITIONALS = Symbol("conditionals");
/** Set when a member is `false`: no value fits the whole allOf. */
const IMPOSSIBLE = Symbol("impossible");
/** On the allOf that holds a oneOf/anyOf choice to the type beside the list (schemaToType): which list. */
const BESIDE_CHOICES = Symbol("beside choices");
/** Set when a member says `additionalProperties: false`: the whole accepts no key that member does not list. */
const CLOSED = Symbol("closed");
interface Conditional {
  if: unknown;
  then: unknown;
  /** What applies when the `if` fails: only a key both branches require is read from it. */
  else?: unknown;
  at: string;
}
type Merged = Schema & { [CONDITIONALS]?: Conditional[]; [IMPOSSIBLE]?: boolean; [CLOSED]?: boolean };

/** What judges the keys an object schema does not list: `additionalProperties`, or an `unevaluatedProperties` that means it. */
export function extraKeysSchema(schema: Schema): unknown {
  return unevaluatedAsAdditional(schema) ? schema.unevaluatedProperties : schema.additionalProperties;
}

/**
 * Does an object schema (allOf merged) accept keys it does not list? Open unless
 * it or one of its allOf members says `additionalProperties: false` (or means it).
 */
export function isOpenSchema(schema: Schema): boolean {
  return !takesNoValue(extraKeysSchema(schema)) && (schema as Merged)[CLOSED] !== true;
}

/** `false`, or a schema only `not` of everything (`{ not: {} }`, as converters from TypeScript's `never` write it): no value passes. */
export function takesNoValue(schema: unknown): boolean {
  return (
    schema === false ||
    (isObject(schema) && (schema.not === true || (isObject(schema.not) && Object.keys(schema.not).length === 0)))
  );
}

/**
 * `isOpenSchema` of a schema not yet merged: follows local `$ref`s and allOf
 * members without reporting anything (the fields' parse reports what is wrong).
 */
export function acceptsOtherKeys(
  schema: unknown,
  ctx: SchemaContext,
  seen: ReadonlySet<string> = new Set(),
  depth = 0,
): boolean {
  // Deeper than the types go (mergeAllOf reports it): open, as nothing closes it.
  if (depth > MAX_SCHEMA_DEPTH) return true;
  let node = schema;
  const path = new Set(seen);
  while (isObject(node) && typeof node.$ref === "string") {
    const ref = node.$ref;
    if (path.has(ref)) return true;
    path.add(ref);
    node =
      resolvePointer(ctx.root, ref) ??
      (ctx.fallbackRoot !== undefined ? resolvePointer(ctx.fallbackRoot, ref) : undefined);
  }
  if (!isObject(node)) return true;
  if (takesNoValue(extraKeysSchema(node))) return false;
  return !Array.isArray(node.allOf) || node.allOf.every((member) => acceptsOtherKeys(member, ctx, path, depth + 1));
}

/**
 * What an allOf member says of a scalar or list value (`allOf: [{ $ref: "#/…/SomeEnum" }]`, as
 * pydantic v1 writes a described enum): kept, so the member means what it does inline.
 */
/** 2^31: an `int32` lies in [-2^31, 2^31 - 1]. */
const INT32 = 2 ** 31;

const VALUE_KEYWORDS = ["enum", "const", "format", "pattern", "items", "nullable"];
const BOUNDS: [string, (a: number, b: number) => number][] = [
  ...["minimum", "minLength", "minItems"].map((k) => [k, Math.max] as [string, (a: number, b: number) => number]),
  ...["maximum", "maxLength", "maxItems"].map((k) => [k, Math.min] as [string, (a: number, b: number) => number]),
];

/**
 * A property that the schema and its allOf members (or two members) each define is
 * `{ allOf: [its definitions] }`: every definition holds, as for the members of an allOf.
 * Where each definition is written, by that schema, for the pointers of what is reported in them.
 */
const definitionsAt = new WeakMap<object, string[]>();

/** Where each property of a merged schema that one schema defines is written (an allOf member's, not the merged schema's). */
const propertyPointers = new WeakMap<object, Map<string, string>>();

/** A property's definitions (one, unless mergeAllOf combined several), each with its pointer. */
function definitionsOf(schema: unknown, at: string): { schema: unknown; at: string }[] {
  const ats = isObject(schema) ? definitionsAt.get(schema) : undefined;
  if (ats === undefined) return [{ schema, at }];
  return ((schema as Schema).allOf as unknown[]).map((s, i) => ({ schema: s, at: ats[i]! }));
}

/**
 * Of a property's definitions, dereferenced, the first that `has` what is looked for (an envelope's
 * connector codes or its oneOf of configs), else the first: the envelope's structure, not its type.
 */
export function definitionWith(
  value: unknown,
  at: string,
  ctx: SchemaContext,
  has: (schema: Schema) => boolean,
): { schema: unknown; at: string } | undefined {
  let first: { schema: unknown; at: string } | undefined;
  for (const d of definitionsOf(value, at)) {
    const r = deref(d.schema, d.at, ctx);
    if (!r) return undefined;
    first ??= r;
    if (isObject(r.schema) && has(r.schema)) return r;
  }
  return first;
}

/** The JSON types a schema's `type` admits (with null for OpenAPI 3.0's `nullable: true`); undefined: any. */
function typesOf(schema: Schema): string[] | undefined {
  if (schema.type === undefined) return undefined;
  const list = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (t): t is string => typeof t === "string",
  );
  return schema.nullable === true && !list.includes("null") ? [...list, "null"] : list;
}

/** The types both lists admit: every integer is a number, so integer and number have integer in common. */
function commonTypes(a: readonly string[], b: readonly string[]): string[] {
  const common = a.flatMap((t) =>
    b.includes(t)
      ? [t]
      : (t === "integer" && b.includes("number")) || (t === "number" && b.includes("integer"))
        ? ["integer"]
        : [],
  );
  return [...new Set(common)];
}

export function mergeAllOf(schema: Schema, at: string, ctx: SchemaContext): Merged | undefined {
  return nested(ctx, at, () => mergeAllOfHere(schema, at, ctx));
}

/** A schema's `else`, as a Conditional holds it. */
const elseOf = (schema: Schema): { else?: unknown } => (schema.else === undefined ? {} : { else: schema.else });

/** A test that is true the first time it sees a pair (by identity), false after. */
function firstTimeOf(): (a: unknown, b: unknown) => boolean {
  const taken = new Map<unknown, Set<unknown>>();
  return (a, b) => {
    let seen = taken.get(a);
    if (seen === undefined) taken.set(a, (seen = new Set()));
    return seen.size !== seen.add(b).size;
  };
}

/** allOf members already merged, per connector's diagnostics (where their warnings went) and schema. */
const mergedMembers = new WeakMap<Diagnostics, WeakMap<object, Merged | undefined>>();

function mergeAllOfHere(schema: Schema, at: string, ctx: SchemaContext): Merged | undefined {
  const { allOf, ...rest } = schema;
  const merged: Merged = { ...rest };
  // Beside an allOf, unevaluatedProperties is not additionalProperties (its members mark keys evaluated):
  // the merged schema, which has no allOf, must not read as if it were.
  delete merged.unevaluatedProperties;
  // A definition of a property, and a condition with its branch, are each kept once.
  const newDefinition = firstTimeOf();
  const newConditionElse = new Map<unknown, ReturnType<typeof firstTimeOf>>();
  /** Whether a condition and its branches are met for the first time. */
  const newCondition = (c: Conditional): boolean => {
    let byElse = newConditionElse.get(c.else);
    if (byElse === undefined) newConditionElse.set(c.else, (byElse = firstTimeOf()));
    return byElse(c.if, c.then);
  };
  // Each property's definitions in order, with their pointers: the schema's own, then each member's.
  const definitions = new Map<string, { schema: unknown; at: string }[]>();
  const define = (from: unknown, fromAt: string) => {
    if (!isObject(from)) return;
    for (const [name, value] of Object.entries(from)) {
      const list = definitions.get(name) ?? [];
      definitions.set(name, list);
      // One schema twice adds nothing (A and A is A), and kept twice it doubles at every level of sharing.
      for (const d of definitionsOf(value, `${fromAt}/properties${toPointer(name)}`))
        if (newDefinition(d.schema, name)) list.push(d);
    }
  };
  define(rest.properties, at);
  // The types every schema of the allOf admits; what declared them, for the message when none is left.
  let types = typesOf(rest);
  const typed: unknown[] = rest.type !== undefined ? [rest.type] : [];
  let nullableFlag = rest.nullable === true && types !== undefined;
  const required = new Set<unknown>(Array.isArray(rest.required) ? rest.required : []);
  const conditionals: Conditional[] = [];
  let closed = false;
  // The schemas here that allow no key they do not declare (`additionalProperties: false`, no patternProperties):
  // a property another of them declares can take no value.
  const closing: { names: Set<string>; at: string }[] = [];
  const closes = (s: Schema, sAt: string, merged = false) => {
    if ((takesNoValue(extraKeysSchema(s)) || merged) && !isObject(s.patternProperties))
      closing.push({ names: new Set(isObject(s.properties) ? Object.keys(s.properties) : []), at: sAt });
  };
  // The schema as written: beside its allOf, its unevaluatedProperties is not additionalProperties.
  closes(schema, at);
  if (rest.if !== undefined) {
    const c: Conditional = { if: rest.if, then: rest.then, ...elseOf(rest), at };
    newCondition(c);
    conditionals.push(c);
  }
  const memberAts = definitionsAt.get(schema);
  for (const [i, member] of (allOf as unknown[]).entries()) {
    const memberAt = memberAts?.[i] ?? `${at}/allOf/${i}`;
    const r = deref(member, memberAt, ctx);
    if (!r) return undefined;
    let m = r.schema;
    if (isObject(m) && Array.isArray(m.allOf)) {
      // A member that is (through $refs) the schema being merged: as for schemaToType, a recursive schema.
      const ref = isObject(member) && typeof member.$ref === "string" ? member.$ref : undefined;
      const expanding = (ctx.expanding ??= new Set());
      if (ref !== undefined && expanding.has(ref)) {
        ctx.diags.error({
          rule: "recursive-schema",
          file: ctx.file,
          pointer: memberAt,
          connector: ctx.connector,
          message: `allOf includes itself through ${ref}`,
        });
        return undefined;
      }
      // A schema members share (the same $ref target, reached many ways) is merged once: merging it
      // anew at every use takes time exponential in how deep such sharing nests.
      let done = mergedMembers.get(ctx.diags);
      if (done === undefined) mergedMembers.set(ctx.diags, (done = new WeakMap()));
      const target = m;
      if (done.has(target)) m = done.get(target);
      else {
        if (ref !== undefined) expanding.add(ref);
        try {
          m = mergeAllOf(target, r.at, ctx);
        } finally {
          if (ref !== undefined) expanding.delete(ref);
        }
        done.set(target, m as Merged | undefined);
      }
      if (!m) return undefined;
      if ((m as Merged)[IMPOSSIBLE]) merged[IMPOSSIBLE] = true;
      if ((m as Merged)[CLOSED]) closed = true;
    }
    if (m === true) continue; // adds nothing
    if (m === false) {
      warnOnce(ctx, "false-schema", r.at, "an allOf member is `false`: no value is allowed; typed as never");
      merged[IMPOSSIBLE] = true;
      continue;
    }
    if (!isObject(m)) {
      warnOnce(ctx, "invalid-schema", r.at, "expected a schema object or a boolean; ignored by the types");
      continue;
    }
    if (takesNoValue(extraKeysSchema(m))) closed = true;
    closes(m, r.at, (m as Merged)[CLOSED] === true);
    define(m.properties, r.at);
    const own = typesOf(m);
    if (own !== undefined) {
      const common: string[] = types === undefined ? own : commonTypes(types, own);
      if (common.length === 0 && types !== undefined && types.length > 0) {
        const list = (schema as { [BESIDE_CHOICES]?: string })[BESIDE_CHOICES];
        const others = typed.map((t) => JSON.stringify(t)).join(", ");
        if (list !== undefined)
          warnOnce(
            ctx,
            "choice-type-conflict",
            `${r.at}/type`,
            `type ${JSON.stringify(m.type)} has no type in common with ${others}, the type beside the ${list} this is a choice of; no value fits the choice, so it is left out of the type`,
          );
        else
          warnOnce(
            ctx,
            "allof-type-conflict",
            `${r.at}/type`,
            `type ${JSON.stringify(m.type)} has no type in common with ${others} (the schema and its other allOf members); no value is allowed; typed as never`,
          );
        merged[IMPOSSIBLE] = true;
      }
      types = common;
      typed.push(m.type);
      nullableFlag ||= m.nullable === true;
    }
    if (Array.isArray(m.required)) m.required.forEach((k) => required.add(k));
    if (m.if !== undefined) {
      const c: Conditional = { if: m.if, then: m.then, ...elseOf(m), at: r.at };
      newCondition(c);
      conditionals.push(c);
    }
    for (const c of (m as Merged)[CONDITIONALS] ?? []) if (newCondition(c)) conditionals.push(c);
    for (const key of [
      "type",
      "additionalProperties",
      "dependentRequired",
      "dependencies",
      "title",
      "description",
      ...VALUE_KEYWORDS,
      ...BOUNDS.map(([k]) => k),
    ]) {
      if (m[key] !== undefined && merged[key] === undefined) merged[key] = m[key];
    }
    // Every member's bound holds: the tightest is the one that counts.
    for (const [key, pick] of BOUNDS)
      if (typeof m[key] === "number" && typeof merged[key] === "number") merged[key] = pick(merged[key], m[key]);
    // And every member's const: two that differ allow no value (an empty enum beside the first).
    if ("const" in m && "const" in merged && !jsonEqual(m.const, merged.const)) merged.enum = [];
    // And every member's enum: a value is allowed when all of them list it.
    if (Array.isArray(m.enum) && Array.isArray(merged.enum) && m.enum !== merged.enum) {
      const listed = new Set(m.enum.map((v) => JSON.stringify(v)));
      merged.enum = merged.enum.filter((v) => listed.has(JSON.stringify(v)));
    }
  }
  // Defined, not assigned: a property named `__proto__` is a property like any other.
  const properties: Schema = {};
  const written = new Map<string, string>();
  propertyPointers.set(properties, written);
  for (const [name, list] of definitions) {
    const by = closing.find((c) => !c.names.has(name));
    if (by !== undefined) {
      // Its value is that schema's `additionalProperties: false`'s to judge: typed never, warned there (said
      // first, so the false schema's own warning at that place is this one).
      const closedAt = `${by.at}/additionalProperties`;
      warnOnce(
        ctx,
        "false-schema",
        closedAt,
        `property ${JSON.stringify(name)} is declared beside this schema, which allows no key it does not declare: no value is allowed; typed as never (the key may not be set)`,
      );
      Object.defineProperty(properties, name, { value: false, enumerable: true, writable: true, configurable: true });
      written.set(name, closedAt);
      continue;
    }
    let value = list[0]!.schema;
    if (list.length === 1) written.set(name, list[0]!.at);
    else {
      value = { allOf: list.map((d) => d.schema) };
      definitionsAt.set(
        value as Schema,
        list.map((d) => d.at),
      );
    }
    Object.defineProperty(properties, name, { value, enumerable: true, writable: true, configurable: true });
  }
  if (definitions.size > 0) merged.properties = properties;
  // Several schemas declare a type: the value has one each of them admits (first wins when only one does).
  if (typed.length > 1 && types !== undefined && types.length > 0) {
    merged.type = types.length === 1 ? types[0] : types;
    if (!types.includes("null") || !nullableFlag) delete merged.nullable;
    else merged.nullable = true;
  }
  if (required.size > 0) merged.required = [...required];
  delete merged.if;
  delete merged.then;
  merged[CONDITIONALS] = conditionals;
  if (closed) merged[CLOSED] = true;
  return merged;
}

function objectType(schema: Schema, at: string, ctx: SchemaContext): ObjectType | undefined {
  const fields = schemaToFields(schema, at, ctx);
  if (!fields) return undefined;
  const extra = extraKeysSchema(schema);
  let additionalProperties: false | IrType = false;
  if (extra === true || (extra === undefined && fields.length === 0)) additionalProperties = { type: "unknown" };
  else if (isObject(extra) && !takesNoValue(extra)) {
    const t = schemaToType(extra, `${at}/additionalProperties`, ctx);
    if (!t) return undefined;
    additionalProperties = t;
  }
  // Only of a schema as written: one merged from an allOf (or a $ref with keywords beside it) has lost
  // which of its schemas each pattern came from, and each of them judges the keys. Its additionalProperties
  // is typed above (no object type without it).
  const extraPatterns =
    (schema as Merged)[CONDITIONALS] === undefined && hasPatterns(schema) && !evaluatesKeysBeside(schema)
      ? patternTypes(schema, at, ctx)
      : undefined;
  return {
    type: "object",
    fields,
    additionalProperties,
    open: isOpenSchema(schema),
    ...(extraPatterns !== undefined ? { extraPatterns } : {}),
    ...(typeof schema.title === "string" ? { title: schema.title } : {}),
  };
}

/** What a config takes under keys it does not list (see extraKeysOf): IrConnector's fields of the same names. */
export interface ExtraKeys {
  extraValues?: IrType;
  extraPatterns?: { pattern: string; values: IrType }[];
}

/**
 * What a config schema takes under keys it does not list, each part typed once, where nothing beside
 * `properties`, `patternProperties` and `additionalProperties` judges such keys too (see evaluatesKeysBeside):
 * - `extraPatterns`: the values under the keys each `patternProperties` pattern matches, where every pattern's
 *   schema can be typed, and so can `additionalProperties`;
 * - `extraValues`: the values under keys no pattern matches, its own `additionalProperties`, where that is a
 *   schema some value fits, not any value, and its patterns (if any) are typed.
 * Parts that cannot be said are absent (problems typing them are the validators' to meet, not reported here).
 */
export function extraKeysOf(schema: Schema, at: string, ctx: SchemaContext): ExtraKeys {
  if (evaluatesKeysBeside(schema)) return {};
  const extra = extraKeysSchema(schema);
  const typedExtra = isObject(extra) && !takesNoValue(extra);
  const values = typedExtra ? typedQuietly(extra, `${at}/additionalProperties`, ctx) : undefined;
  const patterns =
    !hasPatterns(schema) || (typedExtra && values === undefined) ? undefined : patternTypes(schema, at, ctx);
  if (hasPatterns(schema) && patterns === undefined) return {};
  return {
    ...(values !== undefined && !(values.type === "unknown" && values.enum === undefined)
      ? { extraValues: values }
      : {}),
    ...(patterns !== undefined ? { extraPatterns: patterns } : {}),
  };
}

/** A schema's type, or undefined where typing it finds an error (reported by the fields' parse or the validators, not here). */
function typedQuietly(schema: unknown, at: string, ctx: SchemaContext): IrType | undefined {
  const diags = new Diagnostics();
  const type = schemaToType(schema, at, { ...ctx, diags });
  return type === undefined || diags.items.some((d) => d.severity === "error") ? undefined : type;
}

/** Each `patternProperties` pattern with the type of its schema; undefined where one cannot be typed. */
function patternTypes(
  schema: Schema,
  at: string,
  ctx: SchemaContext,
): { pattern: string; values: IrType }[] | undefined {
  const patterns = schema.patternProperties as Record<string, unknown>;
  const out: { pattern: string; values: IrType }[] = [];
  for (const pattern of Object.keys(patterns)) {
    const values = typedQuietly(patterns[pattern], `${at}/patternProperties${toPointer(pattern)}`, ctx);
    if (values === undefined) return undefined;
    out.push({ pattern, values });
  }
  return out;
}

// `x-speakeasy-param-sensitive` is how documents made for Speakeasy-generated SDKs and Terraform providers mark
// secrets; `secret` is Estuary's connectors' marker.
const SECRET_EXTENSIONS = [
  "secret",
  "x-secret",
  "x-sensitive",
  "x-airbyte-secret",
  "airbyte_secret",
  "x-speakeasy-secret",
  "x-speakeasy-param-sensitive",
];

export function isSecretSchema(schema: Schema): boolean {
  return schema.writeOnly === true || schema.format === "password" || SECRET_EXTENSIONS.some((k) => schema[k] === true);
}

/**
 * Authoring keys for wire keys, unique: a key two wire keys share goes to the first
 * (in property order); the others get the lowest free `2`, `3`, … suffix. A wire
 * key without letters or digits is named `unnamed`. Both are warned.
 */
function authoringKeys(wireKeys: readonly string[], at: (wireKey: string) => string, ctx: SchemaContext): string[] {
  const { keys, unnamed, collisions } = assignAuthoringKeys(wireKeys, ctx.suffixes);
  const collided = new Map(collisions.map((c) => [c.index, c]));
  const nameless = new Set(unnamed);
  for (const [i, wireKey] of wireKeys.entries()) {
    if (nameless.has(i))
      warnOnce(
        ctx,
        "unnamed-key",
        at(wireKey),
        "key has no letters or digits to derive an authoring name from; named after `unnamed`",
        wireKey,
      );
    const c = collided.get(i);
    if (c !== undefined)
      warnOnce(
        ctx,
        "authoring-key-collision",
        at(wireKey),
        `wire keys ${JSON.stringify(c.first)} and ${JSON.stringify(wireKey)} both map to authoring key ${JSON.stringify(c.base)}; ${JSON.stringify(wireKey)} is authored as ${JSON.stringify(c.key)}`,
        wireKey,
      );
  }
  return keys;
}

/** Keys of a config schema that say nothing of its keys and values. */
const ABOUT = new Set([
  "$schema",
  "$id",
  "$comment",
  "title",
  "description",
  "type",
  "examples",
  "$defs",
  "definitions",
]);

/**
 * A config schema with its own top-level `oneOf`/`anyOf` made into fields, and where they
 * stand. A list of one alternative is that alternative: the config's fields are its own
 * when the schema says nothing else of its keys (its title and description stay the
 * config's), else it joins the schema as an `allOf` member (a `$ref` to where it stands).
 * Alternatives that each give the config a shape make the config a union, which no list of
 * fields can say: undefined then. A list whose members only add constraints (`required`,
 * `not`, …) stays for the run-time check, but for a list of one condition, which joins the allOf.
 */
export function configSchemaOf(
  schema: Schema,
  at: string,
  ctx: SchemaContext,
): { schema: Schema; at: string } | undefined {
  let out = schema;
  const taken: string[] = [];
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list)) continue;
    const members = list.map((s, i) => deref(s, `${at}/${keyword}/${i}`, ctx)?.schema);
    const shaping = members.filter((r) => isObject(r) && !addsConstraintsOnly(r, schema.properties));
    // A list of one condition (`anyOf: [{ if, then }]`, as generators write one condition of several) is that
    // condition, as an allOf member would be: its requirement is modeled the same way.
    const oneCondition =
      members.length === 1 &&
      isObject(members[0]) &&
      "if" in members[0] &&
      Object.keys(members[0]).every((k) => k === "if" || k === "then" || k === "else");
    if (shaping.length === 0 && !oneCondition) continue;
    if (list.length > 1) return undefined;
    const { [keyword]: _alternatives, ...rest } = out;
    out = { ...rest, allOf: [...(Array.isArray(rest.allOf) ? rest.allOf : []), { $ref: `#${at}/${keyword}/0` }] };
    taken.push(keyword);
  }
  const keyword = taken[0];
  if (keyword === undefined || taken.length > 1 || !Object.keys(schema).every((k) => ABOUT.has(k) || k === keyword))
    return { schema: out, at };
  const only = deref((schema[keyword] as unknown[])[0], `${at}/${keyword}/0`, ctx);
  if (!only || !isObject(only.schema)) return { schema: out, at };
  // The config's own title and description are still the connector's.
  const { [keyword]: _alternative, ...about } = schema;
  return { schema: { ...only.schema, ...about }, at: only.at };
}

/** The properties of an object schema as IR fields (authoring keys camelCased). */
export function schemaToFields(input: Schema, at: string, ctx: SchemaContext): IrField[] | undefined {
  const schema: Merged | undefined = Array.isArray(input.allOf) ? mergeAllOf(input, at, ctx) : input;
  if (!schema) return undefined;
  const properties = isObject(schema.properties) ? schema.properties : {};
  // JSON Schema's `required` is a list of names; anything else requires nothing (Ajv refuses the schema).
  if (
    schema.required !== undefined &&
    (!Array.isArray(schema.required) || schema.required.some((k) => typeof k !== "string"))
  )
    warnOnce(
      ctx,
      "invalid-schema",
      `${at}/required`,
      "required must be a list of property names; what is not one is ignored",
    );
  const requiredList = (Array.isArray(schema.required) ? schema.required : []).filter(
    (k): k is string => typeof k === "string",
  );
  const required = new Set(requiredList);
  // Required names without a property schema are fields too (any JSON value), so they can be configured.
  const undeclared = [...required].filter((k) => !Object.hasOwn(properties, k));
  const wireKeys = [...Object.keys(properties), ...undeclared];
  const written = propertyPointers.get(properties);
  const pointerOf = (wireKey: string) =>
    Object.hasOwn(properties, wireKey)
      ? (written?.get(wireKey) ?? `${at}/properties${toPointer(wireKey)}`)
      : `${at}/required/${requiredList.indexOf(wireKey)}`;
  const keys = authoringKeys(wireKeys, pointerOf, ctx);
  const fields: IrField[] = [];
  let ok = true;
  for (const [i, wireKey] of wireKeys.entries()) {
    const fieldAt = pointerOf(wireKey);
    const key = keys[i]!;
    if (!Object.hasOwn(properties, wireKey)) {
      // A key with no property schema is checked against patternProperties, else additionalProperties
      // (of this schema itself: an allOf member's would not see the others' properties).
      const extra = schema === input && !hasPatterns(schema) ? extraKeysSchema(schema) : undefined;
      const source = { file: ctx.file, pointer: fieldAt };
      if (extra === false) {
        warnOnce(
          ctx,
          "unsatisfiable-required",
          fieldAt,
          `required key ${JSON.stringify(wireKey)} has no property schema and additionalProperties is false, so no config can have it; typed as an optional never`,
          wireKey,
        );
        fields.push({
          key,
          wireKey,
          type: { type: "never" },
          required: false,
          secret: false,
          setOnce: false,
          unsatisfiable: true,
          source,
        });
        continue;
      }
      if (isObject(extra)) {
        const type = schemaToType(extra, `${at}/additionalProperties`, ctx);
        if (!type) {
          ok = false;
          continue;
        }
        fields.push({
          key,
          wireKey,
          type,
          required: type.type !== "never",
          secret: isSecretSchema(extra),
          setOnce: false,
          source,
        });
        continue;
      }
      warnOnce(
        ctx,
        "undeclared-required",
        fieldAt,
        `required key ${JSON.stringify(wireKey)} has no property schema; typed as any JSON value`,
        wireKey,
      );
      fields.push({ key, wireKey, type: { type: "unknown" }, required: true, secret: false, setOnce: false, source });
      continue;
    }
    const raw = properties[wireKey];
    // Only a connector's own fields: a nested one's type also depends on the `$ref`s being expanded around it.
    const memo = isObject(raw) && !ctx.depth && !ctx.expanding?.size ? ctx.fieldMemo : undefined;
    const known = memo?.get(raw as object, fieldAt, ctx);
    if (known !== undefined && (ctx.expansions === undefined || ctx.expansions.left >= known.expansions)) {
      if (ctx.expansions !== undefined) ctx.expansions.left -= known.expansions;
      fields.push(fieldOf(key, wireKey, known.field, required.has(wireKey)));
      continue;
    }
    const expansionsBefore = ctx.expansions?.left ?? 0;
    // A property several schemas of an allOf define is each of its definitions (see mergeAllOf): its type
    // is their intersection; its annotations come from the first that has them.
    const definitions = definitionsOf(properties[wireKey], fieldAt);
    const views: { outer: Schema; prop: Schema; resolved: { schema: unknown; at: string }; at: string }[] = [];
    for (const d of definitions) {
      const r = deref(d.schema, d.at, ctx);
      if (r)
        views.push({
          outer: isObject(d.schema) ? d.schema : {},
          prop: isObject(r.schema) ? r.schema : {},
          resolved: r,
          at: d.at,
        });
    }
    // A secret's values are a secret's, whichever schema marks it: what building its type warns of says none.
    const secret = views.some(
      (v) => isSecretSchema(v.prop) || isSecretSchema(v.outer) || membersSecret(v.prop, v.at, ctx),
    );
    // Inside a secret field (the field itself is not marked so): its values are still not said.
    const unsaid = secret || ctx.secret === true;
    const type = schemaToType(
      properties[wireKey],
      fieldAt,
      unsaid && ctx.secret !== true ? { ...ctx, secret: true } : ctx,
    );
    if (views.length < definitions.length || !type) {
      ok = false;
      continue;
    }
    annotationViews(views, ctx);
    const annotation = (key: string) => views.map((v) => v.outer[key] ?? v.prop[key]).find((x) => x !== undefined);
    const description = annotation("description");
    const title = annotation("title");
    // The default beside a `$ref` wins over the target's. The warning points where the default is
    // written: beside the property, in the $ref's target, or (a target in the OpenAPI document
    // that a schema file refers to) at the property that refers to it.
    const {
      outer,
      prop,
      resolved,
      at: defAt,
    } = views.find((v) => "default" in v.outer || v.prop.default !== undefined) ?? views[0]!;
    let def = "default" in outer ? outer.default : prop.default;
    // A secret's default is a secret's value: a warning about it says where it is, never what it is.
    const defaultShown = unsaid ? "(a secret: its value is not shown)" : shown(def);
    const defaultAt =
      "default" in outer || resolved.at === defAt
        ? `${defAt}/default`
        : resolvePointer(ctx.root, `#${resolved.at}`) === resolved.schema
          ? `${resolved.at}/default`
          : defAt;
    const of = defaultAt === defAt ? ` (of $ref target #${resolved.at})` : "";
    if (def !== undefined) {
      // Judged by the runtime's own evaluator against the property's schema as the wire schema holds it,
      // so a default kept here is one validation accepts: a default that breaks its schema is never sent.
      const problem = defaultProblem(properties[wireKey], def, ctx);
      if (problem !== undefined) {
        warnOnce(
          ctx,
          "default-invalid",
          defaultAt,
          problem === UNJUDGED
            ? `default ${defaultShown}${of} could not be checked against a backtracking pattern in time; left out`
            : // The problem may quote the value too (a constant's, a list's): a secret's is not said.
              `default ${defaultShown}${of} is not valid${unsaid ? "" : `: ${problem}`}; left out`,
          wireKey,
        );
        def = undefined;
      } else if (!fits(type, def)) {
        // The schema accepts it but the generated type does not (a narrower reading): still not one to send.
        warnOnce(
          ctx,
          "default-type-mismatch",
          defaultAt,
          `default ${defaultShown}${of} does not fit the declared type; left out`,
          wireKey,
        );
        def = undefined;
      }
    }
    // A key no value fits cannot be required of the author; the run-time check reports it if set.
    if (required.has(wireKey) && type.type === "never")
      warnOnce(
        ctx,
        "unsatisfiable-required",
        fieldAt,
        `${JSON.stringify(wireKey)} is required but no value fits its schema; typed as an optional never`,
        wireKey,
      );
    // Assigned one by one, as in fieldOf.
    const built = { type } as BuiltField;
    if (def !== undefined) built.default = def as JsonValue;
    built.secret = secret;
    if (views.some((v) => v.prop.readOnly === true)) built.readOnly = true;
    // Beside a $ref too, as OpenAPI 3.1 and JSON Schema let it be written.
    if (views.some((v) => v.prop.deprecated === true || v.outer.deprecated === true)) built.deprecated = true;
    if (typeof title === "string") built.title = title;
    if (typeof description === "string") built.description = description;
    built.source = { file: ctx.file, pointer: fieldAt };
    fields.push(fieldOf(key, wireKey, built, required.has(wireKey)));
    memo?.set(raw as object, fieldAt, ctx, built, expansionsBefore - (ctx.expansions?.left ?? 0));
  }
  if (!ok) return undefined;
  applyConditionalRequirements(schema, fields, at, ctx);
  return fields;
}

/** How many allOf members, all levels together, a property's annotations are looked for in. */
const MAX_ANNOTATION_MEMBERS = 64;

/**
 * Appends to a property's views those of the members of an allOf it is written as (`{ allOf: [{ $ref }] }`,
 * how some specs reuse a definition), level by level: an annotation they hold (title, description,
 * default) is the property's when the property says none itself. A member that does not resolve adds
 * nothing; the type's own reading has reported it.
 */
function annotationViews(
  views: { outer: Schema; prop: Schema; resolved: { schema: unknown; at: string }; at: string }[],
  ctx: SchemaContext,
): void {
  // Most properties have no allOf: nothing to add, and no scratch context made for every field.
  if (!views.some((v) => Array.isArray(v.prop.allOf))) return;
  const quiet = { ...ctx, diags: new Diagnostics() };
  const seen = new Set<unknown>(views.map((v) => v.prop));
  let added = 0;
  for (let i = 0; i < views.length && added < MAX_ANNOTATION_MEMBERS; i++) {
    const { prop, resolved } = views[i]!;
    if (!Array.isArray(prop.allOf)) continue;
    for (const [j, member] of prop.allOf.entries()) {
      if (added >= MAX_ANNOTATION_MEMBERS) break;
      const at = `${resolved.at}/allOf/${j}`;
      const r = deref(member, at, quiet);
      if (r === undefined || !isObject(r.schema) || seen.has(r.schema)) continue;
      seen.add(r.schema);
      added++;
      views.push({ outer: isObject(member) ? member : {}, prop: r.schema, resolved: r, at });
    }
  }
}

/** Whether a schema has patternProperties (a key without a property schema may match one). */
const hasPatterns = (schema: Schema) =>
  isObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0;

/** The field of `built` under authoring key `key`; required when listed so and some value fits. */
function fieldOf(key: string, wireKey: string, built: BuiltField, listed: boolean): IrField {
  // Assigned one by one rather than spread: this runs for every field, mostly before V8 has optimised it.
  const field = { key, wireKey, type: built.type, required: listed && built.type.type !== "never" } as IrField;
  if (built.default !== undefined) field.default = built.default;
  field.secret = built.secret;
  field.setOnce = false;
  if (built.readOnly) field.readOnly = true;
  if (built.deprecated) field.deprecated = true;
  if (listed && built.type.type === "never") field.unsatisfiable = true;
  if (built.title !== undefined) field.title = built.title;
  if (built.description !== undefined) field.description = built.description;
  field.source = built.source;
  return field;
}

/** A value for a message: its JSON, cut short when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Where in a value a problem is: `a.b[0]`, or `["a b"]` for a key that is not an identifier. */
function problemPath(path: readonly (string | number)[]): string {
  return path
    .map((p, i) =>
      typeof p === "number"
        ? `[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(p)
          ? `${i === 0 ? "" : "."}${p}`
          : `[${JSON.stringify(p)}]`,
    )
    .join("");
}

/** The evaluator's first problem, in words (`expected at most 65535`, `at a.b, expected a string`). */
export function describeProblem(problem: SchemaProblem): string {
  return problem.path.length === 0
    ? `expected ${problem.expected}`
    : `at ${problemPath(problem.path)}, expected ${problem.expected}`;
}

/** Why a pattern needs backtracking (patternMatcher), by pattern. */
const backtrackings = new Map<string, string | undefined>();

const backtrackingOf = (pattern: string): string | undefined =>
  remembered(backtrackings, pattern, () => patternMatcher(pattern)?.backtracking, 1024);

/**
 * Compiled validators by their bundled schema's text, shared by every connector and snapshot (a
 * validator is a pure function of that text). Compiling costs far more than checking a default,
 * and connectors repeat the same few property schemas. Bounded: the oldest is dropped first.
 */
const validators = new Map<string, Checker>();

/** The runtime's evaluator, as codegen's own checks use it: undefined where a check ran out of time. */
interface Checker {
  isValid(value: unknown): boolean | undefined;
  problems(value: unknown): SchemaProblem[];
}

function validatorOf(bundled: Parameters<typeof schemaValidator>[0]): Checker {
  // JSON text writes -0 as 0, which `const`/`enum` may tell apart: such a schema is compiled on its own.
  if (hasNegativeZero(bundled)) return checkerOf(bundled);
  return remembered(validators, JSON.stringify(bundled), () => checkerOf(bundled));
}

/**
 * The evaluator for a bundled schema; when the schema has a backtracking pattern, each check runs
 * within a time bound and is undefined past it.
 */
function checkerOf(bundled: Parameters<typeof schemaValidator>[0]): Checker {
  const validator = schemaValidator(bundled);
  if (!hasBacktrackingPattern(bundled)) return validator;
  return {
    isValid: (value) => withinTime(() => validator.isValid(value)),
    problems: (value) => withinTime(() => validator.problems(value)) ?? [],
  };
}

/** Whether a bundled schema has a pattern the runtime runs on the native, backtracking engine. */
function hasBacktrackingPattern(bundled: unknown): boolean {
  const stack = [bundled];
  for (let walked = 0; stack.length > 0; walked++) {
    // Past the bound, assumed so: the guard then costs a little time, never a hang.
    if (walked > 100_000) return true;
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string" && backtrackingOf(value) !== undefined) return true;
      if (key === "patternProperties" && isObject(value) && Object.keys(value).some((p) => backtrackingOf(p)))
        return true;
      stack.push(value);
    }
  }
  return false;
}

/**
 * Time the native engine may spend on backtracking patterns in one process (checking listed values
 * and defaults at generation), and on one value: a pattern such as `^(?=(a+)+$)` takes exponential
 * time on a value that almost matches, and the snapshot is untrusted.
 */
const BACKTRACKING_BUDGET_MS = 2_000;
const BACKTRACKING_VALUE_MS = 100;
let backtrackingLeftMs = BACKTRACKING_BUDGET_MS;
const guard = { context: undefined as vm.Context | undefined, script: undefined as vm.Script | undefined };

/** `work()` run with a timeout (node:vm interrupts a regular expression too); undefined when it ran out. */
function withinTime<T>(work: () => T): T | undefined {
  if (backtrackingLeftMs <= 0) return undefined;
  guard.context ??= vm.createContext({ work: undefined });
  guard.script ??= new vm.Script("work()");
  guard.context.work = work;
  const start = performance.now();
  try {
    return guard.script.runInContext(guard.context, {
      timeout: Math.ceil(Math.min(BACKTRACKING_VALUE_MS, backtrackingLeftMs)),
    }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") return undefined;
    throw error;
  } finally {
    guard.context.work = undefined;
    backtrackingLeftMs -= performance.now() - start;
  }
}

/**
 * The runtime's evaluator for `schema` as the connector's wire schema holds it (its `$ref`s bundled
 * from `ctx`); undefined when a `$ref` resolves nowhere (reported where the type is read).
 */
function validatorFor(schema: unknown, ctx: SchemaContext): Checker | undefined {
  const bundled = bundleSchema(schema, ctx);
  return bundled === undefined ? undefined : validatorOf(bundled);
}

/** defaultProblem's answer for a value a backtracking pattern did not judge in time. */
const UNJUDGED = "not judged in time";

/**
 * Why `value` breaks `schema` (a property's schema as written, `$ref`s resolved against
 * the document as the connector's wire schema resolves them), or undefined when it is valid.
 */
function defaultProblem(schema: unknown, value: unknown, ctx: SchemaContext): string | undefined {
  const validator = validatorFor(schema, ctx);
  const valid = validator?.isValid(value);
  if (validator === undefined || valid === true) return undefined;
  // Not judged in time (a backtracking pattern): not kept, as one that may break its schema is never sent.
  if (valid === undefined) return UNJUDGED;
  const [first] = validator.problems(value);
  return first ? describeProblem(first) : "rejected by its schema";
}

function membersSecret(schema: Schema, at: string, ctx: SchemaContext): boolean {
  const members = [
    ...(Array.isArray(schema.anyOf) ? schema.anyOf : []),
    ...(Array.isArray(schema.oneOf) ? schema.oneOf : []),
  ];
  return members.some((m) => {
    const r = deref(m, at, ctx)?.schema;
    return isObject(r) && isSecretSchema(r);
  });
}

/** Does a JSON value fit an IR type? (for defaults; mirrors the runtime's checks loosely) */
export function fits(type: IrType, value: unknown): boolean {
  if (type.type === "unknown" && type.enum)
    return type.nullable === true && value === null ? true : type.enum.some((o) => jsonEqual(o.value, value));
  if (value === null) return type.nullable === true;
  if ("enum" in type && type.enum && !type.enum.some((o) => o.value === value)) return false;
  switch (type.type) {
    case "never":
      return false;
    case "string":
      return typeof value === "string";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value) && value.every((v) => fits(type.items, v));
    case "object":
      return isObject(value);
    case "union":
      return type.variants.some((v) => fits(v, value));
    case "unknown":
      return true;
  }
}

/** A `not` that leaves out only the empty string (`{ const: "" }`, `{ enum: [""] }`, `{ maxLength: 0 }`), said of a string. */
export function notEmptyString(not: unknown): boolean {
  if (!isObject(not)) return false;
  const keys = Object.keys(not).filter((k) => !(k === "type" && not.type === "string"));
  if (keys.length !== 1) return false;
  return (
    not.const === "" || (Array.isArray(not.enum) && not.enum.length === 1 && not.enum[0] === "") || not.maxLength === 0
  );
}

/** Keywords of a condition's test of a property that take every value the property's own schema does. */
const NOTHING_MORE = new Set(["type", "title", "description", "$comment"]);
/** Whether a test of a required property takes every value the property's schema does (`not: { type: "null" }` where it takes no null). */
const saysNothingMore = (test: Record<string, unknown>, nullable: boolean) =>
  Object.keys(test).every(
    (k) =>
      NOTHING_MORE.has(k) ||
      (k === "not" &&
        !nullable &&
        isObject(test.not) &&
        test.not.type === "null" &&
        Object.keys(test.not).length === 1),
  );

/** A condition with the places of its parts; `if: { not: X }` is `if: X` with its branches swapped. */
interface OrientedConditional {
  if: unknown;
  then: unknown;
  else?: unknown;
  ifAt: string;
  thenAt: string;
  elseAt: string;
}

function oriented(c: Conditional, ctx: SchemaContext): OrientedConditional {
  const test = deref(c.if, `${c.at}/if`, { ...ctx, diags: new Diagnostics() });
  if (test !== undefined && isObject(test.schema) && Object.keys(test.schema).join() === "not")
    return {
      if: test.schema.not,
      then: c.else,
      ...(c.then === undefined ? {} : { else: c.then }),
      ifAt: `${test.at}/not`,
      thenAt: `${c.at}/else`,
      elseAt: `${c.at}/then`,
    };
  return { ...c, ifAt: `${c.at}/if`, thenAt: `${c.at}/then`, elseAt: `${c.at}/else` };
}

/** if/then (`if` testing properties with const/enum, `then` listing required) and dependentRequired. */
function applyConditionalRequirements(schema: Merged, fields: IrField[], at: string, ctx: SchemaContext): void {
  const byWire = new Map(fields.map((f) => [f.wireKey, f]));
  const conditionals = [...(schema[CONDITIONALS] ?? [])];
  if (schema.if !== undefined) conditionals.push({ if: schema.if, then: schema.then, ...elseOf(schema), at });
  // A connector's validators apply its whole schema: what is lost here is lost only to the types and docs.
  const exact = ctx.connector !== undefined;
  // Warnings and requirements are taken in order and acted on at the end, when it is known which
  // requirements always apply (below); the warnings keep the order they are found in.
  const steps: (() => void)[] = [];
  const warn = (pointer: string, message: string, inTypes?: string) =>
    steps.push(() => warnNow(pointer, message, inTypes));
  const warnNow = (
    pointer: string,
    message: string,
    inTypes = "this is not shown in the types or docs; validation applies it",
  ) =>
    ctx.diags.warn({
      rule: "unsupported-conditional",
      file: ctx.file,
      pointer,
      connector: ctx.connector,
      message: exact
        ? `${message.replace(/; (ignored|only the first is checked|this condition is ignored)$/, "")}: ${inTypes}`
        : message,
    });
  const requirements: { field: IrField; conditions: Condition[] }[] = [];
  const always = new Set<IrField>();
  const requireWhen = (name: unknown, conditions: Condition[], pointer: string) => {
    const field = typeof name === "string" ? byWire.get(name) : undefined;
    if (!field) return warn(pointer, `conditionally required ${JSON.stringify(name)} is not a property; ignored`);
    requirements.push({ field, conditions });
    steps.push(() => {
      if (field.required || always.has(field)) return;
      // Required where a condition on it holds only when it is sent: nothing to require.
      if (conditions.some((c) => c.wireKey === name && (c.op === "present" || c.unsetHolds !== true))) return;
      if (field.requiredWhen)
        return warnNow(
          pointer,
          `${field.wireKey} is required under two different conditions; only the first is checked`,
        );
      field.requiredWhen = conditions;
    });
  };
  for (const written of conditionals) {
    const c = oriented(written, ctx);
    const test = deref(c.if, c.ifAt, ctx)?.schema;
    const then = deref(c.then, c.thenAt, ctx)?.schema;
    // A key both branches require is required whether the `if` holds or not, whatever it tests.
    const otherwise = c.else === undefined ? undefined : deref(c.else, c.elseAt, ctx)?.schema;
    if (isObject(then) && Array.isArray(then.required) && isObject(otherwise) && Array.isArray(otherwise.required)) {
      const elseRequires = new Set(otherwise.required);
      then.required.forEach((name, i) => {
        // One that is no property is warned of with the `then` (below).
        if (elseRequires.has(name) && typeof name === "string" && byWire.has(name))
          requireWhen(name, [], `${c.thenAt}/required/${i}`);
      });
    }
    // `if: { required: [a] }` alone is "a is set", dependentRequired's condition.
    if (!isObject(test) || !(isObject(test.properties) || Array.isArray(test.required)) || !isObject(then)) {
      warn(c.ifAt, "only if/then with `if.properties` and `then.required` is supported; ignored");
      continue;
    }
    const tested = isObject(test.properties) ? test.properties : {};
    // Each tested property: const → eq, enum → in; a property the `if` also requires, tested for no more than
    // a type (which validation checks anyway), → "is set". A test of more (a value inside a nested object) is
    // no condition the IR can say.
    const mustBeSet = new Set(Array.isArray(test.required) ? test.required : []);
    const conditions: Condition[] = [];
    let usable = true;
    for (const name of new Set([...Object.keys(tested), ...mustBeSet].map(String))) {
      const target = byWire.get(name);
      const sub = ownValue(tested, name);
      const s = sub === undefined ? {} : deref(sub, `${c.ifAt}/properties${toPointer(name)}`, ctx)?.schema;
      // A one-value enum is that value's const; so is an anyOf/oneOf of choices that list values their list.
      const values = isObject(s) ? (listedValues(s) as JsonValue[] | undefined) : undefined;
      if (!target || !isObject(s)) usable = false;
      else if (values !== undefined) {
        // A key the `if` does not require passes its test unset.
        conditions.push({
          key: target.key,
          wireKey: name,
          ...(values.length === 1 ? { op: "eq", value: values[0]! } : { op: "in", value: values }),
          ...(mustBeSet.has(name) ? {} : { unsetHolds: true }),
        });
      } else if (mustBeSet.has(name) && saysNothingMore(s, target.type.nullable === true))
        conditions.push({ key: target.key, wireKey: name, op: "present", value: null });
      else usable = false;
    }
    if (!usable || conditions.length === 0) {
      warn(c.ifAt, "`if` must test known properties with const or enum, or require them; this condition is ignored");
      continue;
    }
    if (isObject(then.properties)) {
      warn(
        `${c.thenAt}/properties`,
        exact
          ? "value constraints under `then`"
          : "value constraints under `then` are not enforced; only `then.required` is",
      );
    }
    (Array.isArray(then.required) ? then.required : []).forEach((name, i) =>
      requireWhen(name, conditions, `${c.thenAt}/required/${i}`),
    );
  }
  // draft-07's `dependencies` holds dependentRequired's lists beside dependentSchemas' schemas.
  for (const keyword of ["dependentRequired", "dependencies", "dependentSchemas"] as const) {
    const dependent = schema[keyword];
    if (!isObject(dependent)) continue;
    for (const [name, value] of Object.entries(dependent)) {
      // A schema's `required` is the list of keys it requires (what else it says is not modeled: the diff
      // compares it as written).
      const requires = keyword !== "dependentRequired" && isObject(value) && Array.isArray(value.required);
      if (keyword === "dependentSchemas" && !requires) continue;
      if (keyword === "dependencies" && !Array.isArray(value) && !requires) continue;
      const list = requires ? (value as { required: unknown[] }).required : value;
      const pointerTo = requires ? "/required" : "";
      const target = byWire.get(name);
      if (!target || !Array.isArray(list)) {
        warn(
          `${at}/${keyword}${toPointer(name)}`,
          `${keyword} names unknown property ${JSON.stringify(name)}; ignored`,
        );
        continue;
      }
      list.forEach((dep, i) =>
        requireWhen(
          dep,
          [{ key: target.key, wireKey: name, op: "present", value: null }],
          `${at}/${keyword}${toPointer(name)}${pointerTo}/${i}`,
        ),
      );
    }
  }
  // A key required when a required key is set is required, as validation reads it (`required: [a]` with
  // `dependentRequired: { a: [b] }` is `required: [a, b]`), chains of them too: each requirement waits for
  // its keys to be required, one step per key made so.
  const unset = (c: Condition) => byWire.get(c.wireKey)?.required !== true;
  const waiting = requirements.map(({ conditions }) =>
    conditions.every((c) => c.op === "present") ? conditions.filter(unset).length : -1,
  );
  const waitingOn = new Map<string, number[]>();
  requirements.forEach(({ conditions }, i) => {
    if (waiting[i]! > 0)
      for (const c of conditions.filter(unset)) {
        const list = waitingOn.get(c.wireKey);
        if (list === undefined) waitingOn.set(c.wireKey, [i]);
        else list.push(i);
      }
  });
  const ready = requirements.flatMap((_, i) => (waiting[i] === 0 ? [i] : []));
  for (let i = ready.pop(); i !== undefined; i = ready.pop()) {
    const { field } = requirements[i]!;
    if (field.required || always.has(field)) continue;
    always.add(field);
    // As fieldOf: a required key no value fits is an optional never, unsatisfiable (and never set).
    if (field.type.type === "never") {
      field.unsatisfiable = true;
      continue;
    }
    field.required = true;
    for (const j of waitingOn.get(field.wireKey) ?? []) if (--waiting[j]! === 0) ready.push(j);
  }
  for (const step of steps) step();
}
