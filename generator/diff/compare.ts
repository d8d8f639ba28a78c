// Compares two IRs of one provider, connector by connector (keyed by
// kind/code) and field by field (keyed by wire key, nested fields by their
// path), and classifies every change by a rule of rules.ts. Linear in the size
// of both IRs: fields are matched through maps, types compared by walking
// them once.

import type {
  Condition,
  EnumOption,
  IrConnector,
  IrField,
  IrKindApi,
  IrProvider,
  IrType,
  JsonValue,
  NumericType,
  ObjectType,
  StringType,
  UnionType,
  UnknownType,
} from "../ir/ir.js";
import { createHash } from "node:crypto";
import { evaluatesKeysBeside, patternMatcher, schemaValidator, type PatternMatcher } from "../../templates/runtime.js";
import { hasJsonType, remembered, resolvePointer, someOf } from "../ir/plain.js";
import { listedChoices, listedValues } from "../ir/listed-choices.js";
import { decimalValue } from "../input/strict-json.js";
import {
  addsConstraintsOnly,
  canonicalJson,
  isSecretSchema,
  notEmptyString,
  refSiblingsTyped,
  STRUCTURAL,
  takesNoValue,
} from "../dialects/json-schema-type.js";
import { VALIDATION_KEYWORDS } from "../dialects/bundle-schema.js";
import { errorPlace } from "../ir/diagnostics.js";
import { findValue, patternBudget, type LengthBounds } from "./pattern-language.js";
import { matchesEverything, patternWitness, topLevelAlternatives } from "./pattern-witness.js";
import { RULES, type ChangeSeverity, type RuleId } from "./rules.js";

export interface Change {
  /** `kind/code`, e.g. `sources/postgresql`. */
  connector: string;
  /**
   * The field's wire key; nested fields as a path: `parent/child`, `list[]/child`,
   * a oneOf variant as `{Title}` (or `{#index}` when variants have no titles).
   */
  field?: string;
  rule: RuleId;
  severity: ChangeSeverity;
  message: string;
}

export interface DiffOptions {
  /**
   * Connectors the head snapshot has but its IR leaves out (a warning says
   * why), by id: the reason, for the message of their removal.
   */
  leftOut?: ReadonlyMap<string, string>;
  /**
   * Places where the head's warnings leave out a schema before it has a connector code
   * (a union member that cannot be read), with the reason: a base connector whose schema
   * was there, or held it, is said to be left out, not removed.
   */
  leftOutAt?: readonly { file: string; pointer: string; why: string }[];
  /**
   * Union members the head leaves out because their code is a generated connector's, and the base did
   * not: the connector's id and the reason, each once.
   */
  duplicates?: readonly { id: string; why: string }[];
  /**
   * Connectors the base snapshot has but its IR leaves out, by id: the reason. One the head
   * generates is said to be generated now, not new; one left out in both is compared by its input.
   */
  baseLeftOut?: ReadonlyMap<string, string>;
  /**
   * Connectors left out of both IRs whose input is known to be the same in both snapshots (their
   * schema file's bytes): no change. One left out in both and not known to be the same was not
   * compared, and is said to be (connector-not-compared).
   */
  sameLeftOut?: ReadonlySet<string>;
  /**
   * Declared wire-key renames per connector (`"sources/postgresql": { "old.key": "new.key" }`):
   * reported as renames whatever their label, type and position.
   */
  renames?: Record<string, Record<string, string>>;
  /**
   * Defaults the head's dialect left out as invalid, by `file#pointer` of the default: the
   * warning's message, so a default that is gone for that reason is said to be invalid.
   */
  invalidDefaults?: ReadonlyMap<string, string>;
}

export interface DiffResult {
  changes: Change[];
  /** Declared renames that match no removed and added key pair. */
  unusedRenames: string[];
}

/** JSON text of a value, for messages: long text cut (lists are cut by someOf). */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** "what changed from A to B", or "what B added" / "what A removed" when one side has none. */
function changeText(what: string, was: unknown, now: unknown): string {
  if (was === undefined) return `${what} ${show(now)} added`;
  if (now === undefined) return `${what} ${show(was)} removed`;
  return `${what} changed from ${show(was)} to ${show(now)}`;
}

/** What changed of a label and a description, one of which did. */
function docText(
  what: string,
  b: { title?: string; description?: string },
  h: { title?: string; description?: string },
): string {
  if (b.title === h.title) return "description changed";
  const label = changeText(what, b.title, h.title);
  return b.description === h.description ? label : `${label}; description changed`;
}

/** A pattern's top-level alternatives; undefined when it has a backreference (see topLevelAlternatives). */
const alternatives = (pattern: string): string[] | undefined => topLevelAlternatives(pattern, true);

/**
 * Whether `value` meets a string type's constraints besides its pattern; a
 * format the runtime asserts is not checked here, so it counts as unmet.
 */
function validString(type: StringType, value: string): boolean {
  const length = [...value].length;
  return (
    type.format === undefined &&
    (type.enum === undefined || type.enum.some((o) => o.value === value)) &&
    (type.minLength === undefined || length >= type.minLength) &&
    (type.maxLength === undefined || length <= type.maxLength)
  );
}

/**
 * The inside of a group that is the whole of `part` (`(a|b)`, `(?:a)`, `(?<name>a)`), which
 * matches what the group does; undefined for anything else (a lookaround, a quantified group).
 */
function wholeGroup(part: string): string | undefined {
  // A plain, non-capturing or named group; not a lookaround or a group with modifiers.
  if (part[0] !== "(" || (part[1] === "?" && !/^\(\?(?::|<[A-Za-z_$][\w$]*>)/.test(part))) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < part.length; i++) {
    const c = part[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) {
      if (i !== part.length - 1) return undefined;
      const open = /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(part)![0].length;
      return part.slice(open, -1);
    }
  }
  return undefined;
}

/** Groups unwrapped at most, one level each: a bound on the rescans of a deeply nested pattern. */
const UNWRAP_LIMIT = 16;

/**
 * The alternatives a pattern matches one of, whole groups opened (`(^a$)|(^b$)` → `^a$`, `^b$`);
 * undefined as for `alternatives`.
 */
function flatAlternatives(pattern: string): string[] | undefined {
  const out: string[] = [];
  const queue: [string, number][] = [[pattern, 0]];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    const [text, level] = next;
    const parts = alternatives(text);
    if (parts === undefined) return undefined;
    for (const part of parts) {
      const inner = level < UNWRAP_LIMIT ? wholeGroup(part) : undefined;
      if (inner === undefined) out.push(part);
      else queue.push([inner, level + 1]);
    }
  }
  return out;
}

/**
 * How the head's pattern relates to the base's by their alternatives (whole groups opened):
 * `same` when they have the same ones (in any order), `wider` when it keeps every one of the
 * base's and adds more; undefined otherwise. Either way, whatever the base's matched still matches.
 */
function patternRelation(was: string, now: string): "same" | "wider" | undefined {
  const before = flatAlternatives(was);
  const after = flatAlternatives(now);
  if (!before || !after) return undefined;
  const [had, has] = [new Set(before), new Set(after)];
  if (![...had].every((a) => has.has(a))) return undefined;
  return has.size === had.size ? "same" : "wider";
}

/** findValue's answers, by its arguments: fields repeat the same patterns across connectors. */
const patternAnswers = new Map<string, string | null | undefined>();

/**
 * findValue, remembered. `steps`, when given, caps the walk (and is charged what it spends): an
 * answer the cap cut short is not remembered, as another caller may have more to spend.
 */
function valueFound(
  first: string,
  second: string,
  goal: "apart" | "shared",
  lengths: LengthBounds,
  steps?: { left: number },
  also = "",
): string | null | undefined {
  const key = JSON.stringify([first, second, goal, lengths, also]);
  if (patternAnswers.has(key)) return patternAnswers.get(key);
  const full = patternBudget(first, second + also);
  const allowed = steps === undefined ? full : Math.max(0, Math.min(full, steps.left));
  if (allowed === 0) return undefined;
  const budget = { left: allowed };
  const answer = findValue(first, second, goal, lengths, budget, also);
  if (steps !== undefined) steps.left -= allowed - Math.max(0, budget.left);
  return answer !== undefined || allowed === full ? remembered(patternAnswers, key, () => answer, 4096) : answer;
}

/**
 * How pattern `now` compares with `was` on the values they match: `same`
 * values; `kept`, every value `was` matched still matches; `kept-within`,
 * every one of the old field's lengths still matches; `lost`, a value the old
 * field took is now rejected; undefined when not judged (see
 * pattern-language.ts). `old` is the base's string type: a value found must
 * meet its other constraints too, else nothing is judged (a listed field keeps
 * no pattern in the IR, its values having been judged by it). Without it (a
 * pattern in an untyped schema or a condition, whose other keywords are not at
 * hand here), no value is said to be lost.
 */
function comparePatterns(
  was: string,
  now: string,
  old: StringType | undefined,
): "same" | "kept" | "kept-within" | "kept-format" | { lost: string } | undefined {
  const anyLength = valueFound(was, now, "apart", {});
  if (anyLength === undefined) return undefined;
  if (anyLength === null) return valueFound(now, was, "apart", {}) === null ? "same" : "kept";
  if (old === undefined) return undefined;
  // Without lengths this is the answer above, remembered.
  const bounds = { min: old.minLength, max: old.maxLength };
  const lost = valueFound(was, now, "apart", bounds);
  if (lost === null) return "kept-within";
  if (lost !== undefined && validString(old, lost)) return { lost };
  // The value found is not of the old field's asserted format (`0000-00-00` for a date): none of that
  // format may be lost (`^$|…` → `…`, as "" is no date), or one is, found among the format's shape.
  const format = asserted(old.format) ? old.format! : undefined;
  if (lost === undefined || format === undefined) return undefined;
  const outline = FORMAT_OUTLINES[format];
  if (outline !== undefined && valueFound(was, now, "apart", bounds, undefined, outline) === null) return "kept-format";
  const shape = FORMAT_SHAPES[format];
  const shaped = shape === undefined ? undefined : valueFound(was, now, "apart", bounds, undefined, shape);
  return typeof shaped === "string" && validString({ ...old, format: undefined }, shaped) && formatHolds(format, shaped)
    ? { lost: shaped }
    : undefined;
}

/**
 * Whether the base took a string at a place (a condition's pattern, an untyped schema's), and the
 * format it held strings there to, if any (Differ.baseTook).
 */
type BaseTook = ((value: string) => boolean) & { format?: string };

/**
 * A string `was` matches and `now` does not that `took` says the base took; undefined when none is
 * found. With a format there, one is looked for among the format's shape too (a date, not `-`).
 */
function lostValue(was: string, now: string, took: BaseTook): string | undefined {
  const found = valueFound(was, now, "apart", {});
  if (typeof found === "string" && took(found)) return found;
  const shape = took.format === undefined ? undefined : FORMAT_SHAPES[took.format];
  if (shape !== undefined && found !== undefined) {
    const shaped = valueFound(was, now, "apart", {}, undefined, shape);
    if (typeof shaped === "string" && took(shaped)) return shaped;
  }
  return patternWitness(was, now, took);
}

/**
 * Whether the string type may take a value of a length within `lengths`: false only when its list, or its
 * pattern and its format's outline (FORMAT_OUTLINES), are shown to match none (a `date` has no value of 9
 * characters, `^[a-z0-9]+$` none of 0); true when not known.
 */
function lengthsTaken(t: StringType, lengths: LengthBounds): boolean {
  const { min = 0, max = Infinity } = lengths;
  if (max < min || max < 0) return false;
  if (t.enum !== undefined)
    return t.enum.some((o) => typeof o.value === "string" && [...o.value].length >= min && [...o.value].length <= max);
  const outline = asserted(t.format) ? FORMAT_OUTLINES[t.format!] : undefined;
  if (asserted(t.format) && outline === undefined) return true;
  const patterns = [t.pattern, outline].filter((p): p is string => p !== undefined);
  if (patterns.length === 0) return true;
  const bounds = { min, ...(Number.isFinite(max) ? { max } : {}) };
  return valueFound(patterns[0]!, patterns[1] ?? patterns[0]!, "shared", bounds) !== null;
}

/**
 * Patterns every value of a format matches (the runtime's check of it reads no other): when no value
 * the old pattern and one of these match is rejected by the new pattern, no value of the format is lost.
 */
export const FORMAT_OUTLINES: Readonly<Record<string, string>> = {
  date: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
  "date-time":
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt\\s][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)$",
  time: "^[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)$",
  ipv4: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$",
  uuid: "^([Uu][Rr][Nn]:[Uu][Uu][Ii][Dd]:)?[0-9A-Fa-f]{8}-([0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$",
  // A scheme, a colon and more: `a:` is no uri (Ajv's full format, which the runtime follows).
  uri: "^[A-Za-z][A-Za-z0-9+.-]*:.+$",
  // One `@` between the local part's characters and the domain's (Ajv's full format, case-insensitive).
  email: "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$",
  hostname: "^[A-Za-z0-9][A-Za-z0-9.-]*$",
};

/**
 * Patterns every value of which is of the format (a shape, not the format's whole rule): a value
 * found among them is still checked with the runtime's format check before it is reported.
 */
export const FORMAT_SHAPES: Readonly<Record<string, string>> = {
  date: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])$",
  "date-time":
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|1[0-9]|2[0-8])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",
  time: "^([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]+)?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$",
  email: "^[a-z0-9]+(\\.[a-z0-9]+)*@[a-z0-9]+(\\.[a-z0-9]+)+$",
  hostname: "^[a-z0-9]+(\\.[a-z0-9]+)*$",
  ipv4: "^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$",
  uri: "^[a-z][a-z0-9+.-]*://[a-z0-9]+(\\.[a-z0-9]+)*(/[a-z0-9._~-]+)*/?$",
  "uri-reference": "^(/[a-z0-9._~-]+)+$",
  uuid: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",
};

/** Keywords (unmodeledKeywords' texts) that no string is held to. */
const NOT_OF_STRINGS = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minItems",
  "maxItems",
  "multipleOf",
  "uniqueItems",
  "minContains",
  "maxContains",
  "contains",
  "minProperties",
  "maxProperties",
  "dependencies",
  "dependentRequired",
]);

/** The runtime's own check of one keyword's constraint (`maxLength 3`), by its text. */
const slotChecks = new Map<string, ReturnType<typeof schemaValidator>>();

/** The runtime's own check of a format, by format. */
const formatChecks = new Map<string, ReturnType<typeof schemaValidator>>();
const formatHolds = (format: string, value: string): boolean =>
  remembered(formatChecks, format, () => schemaValidator({ type: "string", format }), 256).isValid(value);

/**
 * Whether a scalar type that listed its values (`enum`, `const`) and lists none now takes every value it
 * listed: the list gave way to a pattern, bounds or a format all of them meet (`enum: ["a", "b"]` →
 * `pattern: "^(a|b)$"`), and no value is lost. False when that is not known (a pattern the native engine
 * backtracks through, a value the runtime's matcher cannot judge). A step (`multipleOf`) is compared apart.
 */
/** The most integers a range is read as, value by value (listOrRange). */
const FEW_INTEGERS = 1000;

/**
 * The numbers a numeric type takes, when they are few: the listed values its bounds take, or the integers an
 * integer type's bounds hold (at most FEW_INTEGERS); undefined when there are more.
 */
function fewNumbers(t: NumericType): number[] | undefined {
  if (t.enum !== undefined)
    return t.enum.flatMap(({ value }) =>
      typeof value === "number" && takesValue(t, value, { left: 8 }) === true ? [value] : [],
    );
  if (t.type !== "integer")
    // A number range closed on one value takes that value alone.
    return t.minimum !== undefined &&
      t.minimum === t.maximum &&
      t.exclusiveMinimum === undefined &&
      t.exclusiveMaximum === undefined
      ? [t.minimum]
      : undefined;
  const bounds = integerBounds(t);
  if (bounds === undefined || bounds.high - bounds.low >= FEW_INTEGERS) return undefined;
  const { low, high } = bounds;
  return Array.from({ length: Math.max(0, high - low + 1) }, (_, i) => low + i);
}

/**
 * Whether a type takes no value for its own constraints: never, or (null not taken) bounds that contradict
 * each other (`minimum: 5, maximum: 1`; lengths, item counts) or a list none of whose values its bounds take.
 */
function typeTakesNothing(t: IrType): boolean {
  if (t.type === "never") return true;
  if (t.nullable === true) return false;
  switch (t.type) {
    case "integer":
    case "number": {
      if (t.enum !== undefined) return fewNumbers(t)!.length === 0;
      if (t.type === "integer") {
        const low = Math.max(
          t.minimum === undefined ? -Infinity : Math.ceil(t.minimum),
          t.exclusiveMinimum === undefined ? -Infinity : Math.floor(t.exclusiveMinimum) + 1,
        );
        const high = Math.min(
          t.maximum === undefined ? Infinity : Math.floor(t.maximum),
          t.exclusiveMaximum === undefined ? Infinity : Math.ceil(t.exclusiveMaximum) - 1,
        );
        return low > high;
      }
      const low = t.exclusiveMinimum ?? t.minimum ?? -Infinity;
      const high = t.exclusiveMaximum ?? t.maximum ?? Infinity;
      const open = t.exclusiveMinimum !== undefined || t.exclusiveMaximum !== undefined;
      return low > high || (low === high && open);
    }
    case "string":
      if (t.minLength !== undefined && t.maxLength !== undefined && t.minLength > t.maxLength) return true;
      return (
        t.enum !== undefined &&
        t.enum.every(({ value }) => typeof value !== "string" || stringTakes(t, value) === false)
      );
    case "array":
      return t.minItems !== undefined && t.maxItems !== undefined && t.minItems > t.maxItems;
    default:
      return false;
  }
}

/**
 * Whether `keyword` (unmodeled text) is a `multipleOf` under no condition that every number `type` takes
 * is a multiple of, when it takes few (a list, a short integer range): then it rejects no value it took.
 */
function stepTakesAll(keyword: string, type: IrType | undefined): boolean {
  const step = /^multipleOf ([^ ]+)$/.exec(keyword);
  if (step === null || (type?.type !== "integer" && type?.type !== "number")) return false;
  const n = Number(step[1]);
  const values = fewNumbers(type);
  return n > 0 && values !== undefined && values.every((v) => divides(n, v));
}

/** The least and greatest integer an integer type's bounds hold; undefined when either is unbounded. */
function integerBounds(t: NumericType): { low: number; high: number } | undefined {
  if (t.type !== "integer" || t.enum !== undefined) return undefined;
  const low = Math.max(
    t.minimum === undefined ? -Infinity : Math.ceil(t.minimum),
    t.exclusiveMinimum === undefined ? -Infinity : Math.floor(t.exclusiveMinimum) + 1,
  );
  const high = Math.min(
    t.maximum === undefined ? Infinity : Math.floor(t.maximum),
    t.exclusiveMaximum === undefined ? Infinity : Math.ceil(t.exclusiveMaximum) - 1,
  );
  return Number.isSafeInteger(low) && Number.isSafeInteger(high) ? { low, high } : undefined;
}

/**
 * Whether `values` hold every integer of an integer type's bounds, however many (`minimum: 0, maximum: 1000`
 * and the 1,001 integers listed): counted in one pass over the list, so a long range costs no more than its list.
 */
function listsEveryInteger(t: NumericType, values: readonly number[]): boolean {
  const bounds = integerBounds(t);
  if (bounds === undefined || bounds.high - bounds.low + 1 > values.length) return false;
  const inside = new Set(values.filter((v) => Number.isInteger(v) && v >= bounds.low && v <= bounds.high));
  return inside.size === bounds.high - bounds.low + 1;
}

function listedStillTaken(b: StringType | NumericType, h: StringType | NumericType): boolean {
  if (b.enum === undefined || h.enum !== undefined) return false;
  if (h.type !== "string") {
    const numeric = { ...h, enum: undefined };
    return b.enum.every(({ value }) => typeof value === "number" && takesValue(numeric, value, { left: 8 }) === true);
  }
  return b.enum.every(({ value }) => typeof value === "string" && stringTakes(h, value) === true);
}

/**
 * Whether a string type takes one value: its list, lengths, pattern and asserted format; undefined when its
 * pattern is one the native engine backtracks through (not judged).
 */
function stringTakes(t: StringType, value: string): boolean | undefined {
  const matcher = t.pattern === undefined ? undefined : patternMatcher(t.pattern);
  if (t.pattern !== undefined && (matcher === undefined || matcher.backtracking !== undefined)) return undefined;
  return stringChecksTake(t, value, matcher);
}

/** The run-time checks of string type `t` on `value`: its list and lengths, its pattern (by `matcher`) and asserted format. */
function stringChecksTake(t: StringType, value: string, matcher: PatternMatcher | undefined): boolean {
  return (
    validString({ ...t, format: undefined }, value) &&
    (matcher === undefined || matcher.test(value) === true) &&
    (!asserted(t.format) || formatHolds(t.format!, value))
  );
}

/**
 * Whether every value a string type with a pattern took is a value the type lists now (`pattern:
 * "^(cloud|device)$"` → `enum: ["cloud", "device", "hybrid"]`): the pattern walk finds no value the old
 * pattern matches, within the old lengths, that a pattern of the listed values does not. False when not
 * known (the walk past its budget, a pattern it does not read). The listed values are the type's own,
 * each meeting its other constraints (the IR leaves out those that do not).
 */
function patternListed(b: StringType, h: StringType): boolean {
  if (b.enum !== undefined || b.pattern === undefined || h.enum === undefined) return false;
  const listed = h.enum.flatMap((o) =>
    typeof o.value === "string" ? [o.value.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")] : [],
  );
  if (listed.length === 0) return false;
  const lengths = { min: b.minLength, max: b.maxLength };
  return valueFound(b.pattern, `^(?:${listed.join("|")})$`, "apart", lengths) === null;
}

/** Whether two types share a value: none, maybe (not told apart here), or surely. */
const enum Overlap {
  None = 0,
  Possible = 1,
  Certain = 2,
}

/** Steps and listed values one connector's comparison of oneOf choices may spend: linear in its size. */
const OVERLAP_BUDGET = 100_000;
/** Steps of pattern automata (pattern-language.ts) the same comparison may spend, over all its pairs of strings. */
const PATTERN_STEPS = 2_000_000;
/** Pieces a oneOf choice may be cut into to find the choices it was split into (Differ.splitInto). */
const SPLIT_PIECES = 64;
/**
 * Steps the same comparison may spend looking for the choices a choice was split into: its own, as it looks
 * at every choice that lost values, so that the rest of the comparison keeps what it had.
 */
const SPLIT_STEPS = 100_000;
/**
 * Values tried on choices (grownValue) the same comparison may spend: its own, so that looking for a value
 * choices now share more of leaves the rest of the comparison what it had.
 */
const GROWN_STEPS = 200_000;

interface OverlapBudget {
  left: number;
  patternSteps: { left: number };
  /** What grownValue may spend (GROWN_STEPS); absent, nothing. */
  grownSteps?: { left: number };
  /**
   * The connector's wire schemas say `multipleOf` somewhere: the IR keeps no step, so numbers in the
   * ranges of two choices may all be off one's step, and sharing a range is then only possibly sharing a value.
   */
  stepped?: () => boolean;
}

const kindOf = (t: IrType): string => (t.type === "integer" ? "number" : t.type);

/**
 * Whether some value matches both `a` and `b`. Certain when null matches both, one takes any
 * value, one takes every value of the other's kind (an open object requiring nothing takes the
 * other's values that leave its keys out), or their lists of values meet; none when
 * their kinds differ, their lists of values do not meet, or (objects) a key one requires is
 * fixed to values apart from the other's, or one requires a key the other cannot have; possible otherwise.
 */
function overlap(a: IrType, b: IrType, budget: OverlapBudget): Overlap {
  // Each step, and each listed value, spends the budget; spent, the answer is "possible".
  if (--budget.left < 0) return Overlap.Possible;
  if (a.type === "never" || b.type === "never") return Overlap.None;
  if (a.nullable && b.nullable) return Overlap.Certain;
  if (a.type === "union" || b.type === "union") {
    const [list, other] = a.type === "union" ? [a.variants, b] : [(b as UnionType).variants, a];
    let most = Overlap.None;
    for (const v of list) most = Math.max(most, overlap(v, other, budget));
    return most;
  }
  if ((a.type === "unknown" && a.enum === undefined) || (b.type === "unknown" && b.enum === undefined))
    return Overlap.Certain;
  const [ea, eb] = ["enum" in a ? a.enum : undefined, "enum" in b ? b.enum : undefined];
  if (ea !== undefined && eb !== undefined) {
    budget.left -= ea.length + eb.length;
    if (budget.left < 0) return Overlap.Possible;
    const values = new Set(ea.map((o) => JSON.stringify(o.value)));
    return eb.some((o) => values.has(JSON.stringify(o.value))) ? Overlap.Certain : Overlap.None;
  }
  if (a.type === "unknown" || b.type === "unknown") {
    // A list of values of mixed kinds (`enum: ["y", 1]`) beside a type: each value is tried on it.
    const [listed, other] = (a.type === "unknown" ? [a, b] : [b, a]) as [UnknownType, IrType];
    if (listed.enum === undefined || other.type === "unknown") return Overlap.Possible;
    let judged = true;
    for (const { value } of listed.enum) {
      // takesJson is sure only of a yes: its no is "not known" here.
      const takes =
        typeof value === "number" || typeof value === "string"
          ? takesValue(other, value, budget)
          : takesJson(other, value, budget)
            ? true
            : undefined;
      // The IR keeps no step: a number in range may be off a `multipleOf`.
      if (takes === true && !(typeof value === "number" && budget.stepped?.() === true)) return Overlap.Certain;
      if (takes !== false) judged = false;
    }
    return judged ? Overlap.None : Overlap.Possible;
  }
  if (kindOf(a) !== kindOf(b)) return Overlap.None;
  // One takes every value of its kind: it takes the other's (an integer is a number).
  if (anyOfKind(a, a.type) && (a.type === b.type || a.type === "number")) return Overlap.Certain;
  if (anyOfKind(b, b.type) && (a.type === b.type || b.type === "number")) return Overlap.Certain;
  if ((a.type === "integer" || a.type === "number") && (b.type === "integer" || b.type === "number")) {
    // Ranges that meet in no value (on integers, if either is one) share none, whatever else narrows them.
    if (sharedNumber([a, b]) === undefined) return Overlap.None;
    // Else the number found is taken by both, unless one lists its values or a step leaves it out.
    if (a.enum === undefined && b.enum === undefined && budget.stepped?.() !== true) return Overlap.Certain;
  }
  if (a.type === "string" && b.type === "string") {
    budget.left -= STRING_OVERLAP_COST;
    const strings = budget.left < 0 ? undefined : stringOverlap(a, b, budget.patternSteps);
    if (strings !== undefined) return strings;
  }
  if (a.type === "object" && b.type === "object") {
    // An object that requires a key no value fits takes no value at all.
    if (a.fields.some((f) => f.unsatisfiable === true) || b.fields.some((f) => f.unsatisfiable === true))
      return Overlap.None;
    if (apartObjects(a, b, budget)) return Overlap.None;
    if (takesOthers(a, b, budget) || takesOthers(b, a, budget)) return Overlap.Certain;
    if (takesLeast(a, b, budget) || takesLeast(b, a, budget) || takeMergedLeast(a, b, budget)) return Overlap.Certain;
  }
  return Overlap.Possible;
}

/** Rules that say a type takes values it did not (of an object: one of its fields, or its extra keys). */
const WIDENING: ReadonlySet<RuleId> = new Set([
  "enum-widened",
  "type-widened",
  "range-loosened",
  "pattern-widened",
  "pattern-removed",
  "format-widened",
  "format-removed",
  "field-became-optional",
  "additional-keys-opened",
  "constraint-removed",
  "nullable-added",
  "required-when-removed",
  "variant-added",
]);

/** Whether an object choice now takes values it did not: a key it required is no longer, or it was opened to extra keys. */
function requiresLess(before: IrType, after: IrType): boolean {
  if (before.type !== "object" || after.type !== "object") return false;
  const now = new Set(after.fields.filter((f) => f.required).map((f) => f.wireKey));
  const closed = (t: ObjectType) => t.additionalProperties === false && t.open !== true;
  return before.fields.some((f) => f.required && !now.has(f.wireKey)) || (closed(before) && !closed(after));
}

/**
 * Whether `a` takes the least value of `b`: the object of the keys `b` requires, each with a value of its
 * type that `a` takes too (where `a` declares the key: some value both types take; else `a` takes extra
 * keys of any value), none of the rest. So `a` requires no key `b` does not. Neither may require a key under a condition (the
 * value may meet it); and a key both declare with values apart, neither requiring it (a constant that
 * names the choice), tells them apart as takesOthers says.
 */
function takesLeast(a: ObjectType, b: ObjectType, budget: OverlapBudget): boolean {
  if (a.fields.some((f) => f.requiredWhen !== undefined) || b.fields.some((f) => f.requiredWhen !== undefined))
    return false;
  const anyExtra =
    a.additionalProperties === false
      ? a.open === true
      : a.additionalProperties.type === "unknown" && a.additionalProperties.enum === undefined;
  const theirs = new Map(b.fields.map((g) => [g.wireKey, g]));
  for (const f of a.fields) {
    const g = theirs.get(f.wireKey);
    if (f.required && g?.required !== true) return false;
    if (g !== undefined && !f.required && !g.required && overlap(f.type, g.type, budget) === Overlap.None) return false;
  }
  const ours = new Map(a.fields.map((f) => [f.wireKey, f]));
  for (const g of b.fields) {
    if (!g.required) continue;
    if (--budget.left < 0 || g.type.type === "never") return false;
    const f = ours.get(g.wireKey);
    // One value of the key both take is enough: the least value holds it.
    if (f === undefined ? !anyExtra : overlap(f.type, g.type, budget) !== Overlap.Certain) return false;
  }
  return true;
}

/**
 * Whether `inner`'s bound on one side (the lower for sign 1, the upper for -1; `at` inclusive, `open`
 * exclusive) keeps its values within `outer`'s bound on that side.
 */
function boundWithin(
  outer: { at?: number; open?: number },
  inner: { at?: number; open?: number },
  sign: 1 | -1,
): boolean {
  const past = (x: number, y: number) => sign * x >= sign * y;
  const pastOpen = (x: number, y: number) => sign * x > sign * y;
  if (outer.at !== undefined)
    return (
      (inner.at !== undefined && past(inner.at, outer.at)) || (inner.open !== undefined && past(inner.open, outer.at))
    );
  if (outer.open !== undefined)
    return (
      (inner.at !== undefined && pastOpen(inner.at, outer.open)) ||
      (inner.open !== undefined && past(inner.open, outer.open))
    );
  return true;
}

/** Whether type `t` takes `value`, for certain (false: it does not, or that is not known here). */
function takesJson(t: IrType, value: JsonValue, budget: OverlapBudget): boolean {
  if (value === null)
    return (
      t.nullable === true ||
      (t.type === "unknown" && (t.enum === undefined || t.enum.some((o) => o.value === null))) ||
      (t.type === "union" && t.exclusive !== true && t.variants.some((v) => takesJson(v, null, budget)))
    );
  if (t.type === "unknown") return t.enum === undefined || t.enum.some((o) => sameJson(o.value, value));
  if (typeof value === "number" || typeof value === "string") return takesValue(t, value, budget) === true;
  if (typeof value === "boolean") {
    if (t.type === "union") return t.exclusive !== true && t.variants.some((v) => takesJson(v, value, budget));
    return t.type === "boolean" && (t.enum === undefined || t.enum.some((o) => o.value === value));
  }
  return false;
}

/**
 * Whether every value `inner` takes, `outer` takes too, for certain; false when that is not known (the
 * budget spent, a choice of a oneOf outside, a condition, a pattern or a step not told apart). By the IR
 * alone: a caller makes sure the schemas hold no keyword the IR leaves out.
 */
function includes(outer: IrType, inner: IrType, budget: OverlapBudget, depth = 0): boolean {
  if (--budget.left < 0 || depth > 16) return false;
  if (inner.nullable === true && !takesJson(outer, null, budget)) return false;
  if (inner.type === "never") return true;
  if (outer.type === "unknown" && outer.enum === undefined) return true;
  if (inner.type === "union") return inner.variants.every((v) => includes(outer, v, budget, depth + 1));
  if (outer.type === "union") {
    // A value of a oneOf matches exactly one choice: one choice taking it is not enough to know that.
    if (outer.exclusive === true && outer.variants.length > 1) return false;
    // Null was looked at above (for the union as a whole).
    const rest = withoutNull(inner);
    return outer.variants.some((v) => includes(v, rest, budget, depth + 1));
  }
  if ("enum" in inner && inner.enum !== undefined) {
    budget.left -= inner.enum.length;
    return budget.left >= 0 && inner.enum.every((o) => takesJson(outer, o.value, budget));
  }
  if ("enum" in outer && outer.enum !== undefined) return false;
  switch (inner.type) {
    case "boolean":
      return outer.type === "boolean";
    case "integer":
    case "number": {
      if (outer.type !== "number" && !(outer.type === "integer" && inner.type === "integer")) return false;
      // The IR keeps no step: a `multipleOf` may leave out numbers the ranges hold.
      if (budget.stepped?.() === true) return false;
      return (
        boundWithin(
          { at: outer.minimum, open: outer.exclusiveMinimum },
          { at: inner.minimum, open: inner.exclusiveMinimum },
          1,
        ) &&
        boundWithin(
          { at: outer.maximum, open: outer.exclusiveMaximum },
          { at: inner.maximum, open: inner.exclusiveMaximum },
          -1,
        )
      );
    }
    case "string": {
      if (outer.type !== "string") return false;
      if ((outer.minLength ?? 0) > (inner.minLength ?? 0)) return false;
      if (outer.maxLength !== undefined && (inner.maxLength === undefined || inner.maxLength > outer.maxLength))
        return false;
      if (
        outer.pattern !== undefined &&
        (inner.pattern === undefined || patternRelation(inner.pattern, outer.pattern) === undefined)
      )
        return false;
      if (
        asserted(outer.format) &&
        inner.format !== outer.format &&
        !(WIDER_FORMATS[inner.format ?? ""] ?? []).includes(outer.format!)
      )
        return false;
      return true;
    }
    case "array":
      return (
        outer.type === "array" &&
        (outer.minItems ?? 0) <= (inner.minItems ?? 0) &&
        (outer.maxItems === undefined || (inner.maxItems !== undefined && inner.maxItems <= outer.maxItems)) &&
        includes(outer.items, inner.items, budget, depth + 1)
      );
    case "object": {
      // An object with a required key no value fits takes no value at all.
      if (inner.fields.some((f) => f.unsatisfiable === true)) return true;
      if (outer.type !== "object" || outer.fields.some((f) => f.unsatisfiable === true)) return false;
      // A key required under a condition: whether a value meets it is not judged here.
      if (outer.fields.some((g) => g.requiredWhen !== undefined)) return false;
      const ours = new Map(inner.fields.map((f) => [f.wireKey, f]));
      const innerExtra = extraValues(inner);
      const outerExtra = extraValues(outer);
      for (const g of outer.fields) {
        const f = ours.get(g.wireKey);
        if (g.required && f?.required !== true) return false;
        // A key `inner` does not declare holds what its extra keys may hold, if it takes any.
        const held = f?.type ?? innerExtra;
        if (held !== undefined && !includes(g.type, held, budget, depth + 1)) return false;
      }
      const theirs = new Set(outer.fields.map((g) => g.wireKey));
      for (const f of inner.fields)
        if (!theirs.has(f.wireKey) && (outerExtra === undefined || !includes(outerExtra, f.type, budget, depth + 1)))
          return false;
      return (
        innerExtra === undefined || (outerExtra !== undefined && includes(outerExtra, innerExtra, budget, depth + 1))
      );
    }
    default:
      return false;
  }
}

/**
 * Another choice of a oneOf (its index) that takes every value choice `i` takes: each of those values
 * matched two choices and was rejected, so choice `i` accepted nothing. Undefined when none is known.
 */
function coveringChoice(choices: readonly IrType[], i: number, budget: OverlapBudget): number | undefined {
  for (const [k, other] of choices.entries()) {
    if (k === i) continue;
    if (budget.left < 0) return undefined;
    if (includes(other, choices[i]!, budget)) return k;
  }
  return undefined;
}

/**
 * Object choice `v` cut by its key `f` into pieces that together take exactly the values it takes: the key
 * set to each group of its values (its list's, a boolean's two, null where it takes null), the values of a
 * group being those each of the choices `near` takes alike at the key (so there are few pieces however long
 * the list); for a key of any other type, the key set; and, where the key is optional, the key not set.
 * Undefined when the key cuts `v` into one piece.
 */
function splitBy(
  v: ObjectType,
  f: IrField,
  near: readonly { choice: ObjectType; fields: ReadonlyMap<string, IrField> }[],
  budget: OverlapBudget,
): ObjectType[] | undefined {
  const t = f.type;
  // Null, if the key takes it, is a piece of its own.
  const listed = listedDomain({ ...t, nullable: undefined } as IrType);
  const values: IrType[] = [];
  if (listed === undefined) values.push(t);
  else {
    const groups = new Map<string, EnumOption[]>();
    for (const value of listed as JsonValue[]) {
      const takers = near
        .map(({ choice, fields }) => {
          const held = fields.get(f.wireKey)?.type ?? extraValues(choice);
          return held !== undefined && takesJson(held, value, budget) ? "1" : "0";
        })
        .join("");
      groups.set(takers, [...(groups.get(takers) ?? []), { value }]);
    }
    for (const group of groups.values()) values.push({ ...t, nullable: undefined, enum: group } as IrType);
    if (t.nullable === true) values.push({ type: "unknown", enum: [{ value: null }] });
  }
  const { requiredWhen: _requiredWhen, ...always } = f;
  const pieces: ObjectType[] = values.map((type) => ({
    ...v,
    fields: v.fields.map((g) => (g === f ? { ...always, type, required: true } : g)),
  }));
  // Not set: a closed object has no such key then; an open one's extra keys must not stand in for it.
  if (!f.required)
    pieces.push({
      ...v,
      fields:
        extraValues(v) === undefined
          ? v.fields.filter((g) => g !== f)
          : v.fields.map((g) => (g === f ? { ...always, type: { type: "never" }, required: false } : g)),
    });
  return pieces.length < 2 ? undefined : pieces;
}

/**
 * Whether both objects take their merged least value: the keys either requires (none other), each with
 * a value both take (where one does not declare the key, it takes extra keys of that value). GitHub's
 * OAuth choice requires `access_token`, an added App choice `github_apps`, both open: a config with both
 * keys matches both. A key both declare with values apart, neither requiring it (a constant that names the
 * choice), tells them apart as takesOthers says; a key required under a condition is not judged.
 */
function takeMergedLeast(a: ObjectType, b: ObjectType, budget: OverlapBudget): boolean {
  if (a.fields.some((f) => f.requiredWhen !== undefined) || b.fields.some((f) => f.requiredWhen !== undefined))
    return false;
  const [ours, theirs] = [new Map(a.fields.map((f) => [f.wireKey, f])), new Map(b.fields.map((g) => [g.wireKey, g]))];
  for (const f of a.fields) {
    const g = theirs.get(f.wireKey);
    if (g !== undefined && !f.required && !g.required && overlap(f.type, g.type, budget) === Overlap.None) return false;
  }
  /** Whether `t` takes, under `key`, some value of `type` (one `other` takes, which declares the key). */
  const takes = (t: ObjectType, own: IrField | undefined, type: IrType | undefined): boolean => {
    if (own !== undefined) return type === undefined || overlap(own.type, type, budget) === Overlap.Certain;
    const extra = extraValues(t);
    if (extra === undefined) return false;
    return type === undefined
      ? extra.type === "unknown" && extra.enum === undefined
      : overlap(extra, type, budget) === Overlap.Certain;
  };
  const required = new Set([...a.fields, ...b.fields].filter((f) => f.required).map((f) => f.wireKey));
  for (const key of required) {
    if (--budget.left < 0) return false;
    const [f, g] = [ours.get(key), theirs.get(key)];
    if (f?.type.type === "never" || g?.type.type === "never") return false;
    // Each side takes a value of the other's type for the key (both declare it: one value both take; neither
    // does: both take it as an extra key of any value).
    if (!takes(a, f, g?.type) || !takes(b, g, f?.type)) return false;
  }
  return true;
}

/**
 * Whether object type `t` takes `value` (an object of scalars): true or false when sure, undefined when
 * not known (a key required under a condition, a union, a value takesValue cannot judge).
 */
function objectTakes(t: IrType, value: Record<string, JsonValue>, budget: OverlapBudget): boolean | undefined {
  if (t.type !== "object") return t.type === "union" ? undefined : false;
  if (t.fields.some((f) => f.unsatisfiable === true)) return false;
  if (t.fields.some((f) => f.requiredWhen !== undefined)) return undefined;
  const declared = new Map(t.fields.map((f) => [f.wireKey, f]));
  for (const f of t.fields) if (f.required && !Object.hasOwn(value, f.wireKey)) return false;
  let sure = true;
  for (const [key, v] of Object.entries(value)) {
    const held = declared.get(key)?.type ?? extraValues(t);
    if (held === undefined) return false;
    const takes =
      typeof v === "string" || typeof v === "number"
        ? takesValue(held, v, budget)
        : takesJson(held, v, budget)
          ? true
          : undefined;
    if (takes === false) return false;
    if (takes === undefined) sure = false;
  }
  return sure ? true : undefined;
}

/** Values tried for one key of an object witness, at most: a bound on the search. */
const WITNESS_VALUES = 4;
/** Objects tried as a witness, at most. */
const WITNESS_TRIES = 512;

/**
 * An object two oneOf choices of the head (`a`, `c`) both take, surely, that exactly one choice of the
 * base took (so it was valid and is rejected now); undefined when none is found. Its keys are the keys
 * either requires; each key's values are tried from the values the four types list there, then a plain
 * string and small integers.
 */
function lostObjectValue(
  before: readonly IrType[],
  a: IrType,
  c: IrType,
  budget: OverlapBudget,
): Record<string, JsonValue> | undefined {
  if (a.type !== "object" || c.type !== "object") return undefined;
  const keys = [...new Set([...a.fields, ...c.fields].filter((f) => f.required).map((f) => f.wireKey))];
  if (keys.length > 8) return undefined;
  const options = keys.map((key) => {
    const found: JsonValue[] = [];
    for (const t of [a, c, ...before])
      if (t.type === "object")
        for (const f of t.fields)
          if (f.wireKey === key && "enum" in f.type && f.type.enum !== undefined)
            for (const o of f.type.enum) if (!found.some((v) => sameJson(v, o.value))) found.push(o.value);
    for (const v of ["x", 0, 1, true]) if (!found.some((w) => sameJson(w, v))) found.push(v);
    return found.slice(0, WITNESS_VALUES + 4);
  });
  let tries = 0;
  const value: Record<string, JsonValue> = {};
  const search = (i: number): Record<string, JsonValue> | undefined => {
    if (i === keys.length) {
      if (++tries > WITNESS_TRIES) return undefined;
      if (objectTakes(a, value, budget) !== true || objectTakes(c, value, budget) !== true) return undefined;
      let taking = 0;
      for (const t of before) {
        const takes = objectTakes(t, value, budget);
        if (takes === undefined) return undefined;
        if (takes) taking++;
      }
      return taking === 1 ? { ...value } : undefined;
    }
    for (const v of options[i]!) {
      if (tries > WITNESS_TRIES || budget.left < 0) return undefined;
      value[keys[i]!] = v;
      const found = search(i + 1);
      if (found !== undefined) return found;
    }
    delete value[keys[i]!];
    return undefined;
  };
  return search(0);
}

/**
 * A number each of `types` takes by its bounds (an integer, when one of them is an integer type): the
 * lower end of the range they share, if it is in it, else the upper, else one between (0 if it is);
 * undefined when their ranges meet in none. Listed values are not looked at (they only narrow).
 * Exclusive bounds with no number between them as JavaScript reads numbers (as the validator does) give none.
 */
function sharedNumber(types: readonly NumericType[]): number | undefined {
  // The range all take: its ends, and whether each is left out (an exclusive bound).
  let low = { at: -Infinity, open: false };
  let high = { at: Infinity, open: false };
  const tighter = (was: typeof low, at: number | undefined, open: boolean, sign: 1 | -1) =>
    at === undefined || sign * at > sign * was.at || (at === was.at && !open) ? was : { at, open };
  for (const t of types) {
    low = tighter(tighter(low, t.minimum, false, -1), t.exclusiveMinimum, true, -1);
    high = tighter(tighter(high, t.maximum, false, 1), t.exclusiveMaximum, true, 1);
  }
  if (types.some((t) => t.type === "integer")) {
    const first = low.open ? Math.floor(low.at) + 1 : Math.ceil(low.at);
    const last = high.open ? Math.ceil(high.at) - 1 : Math.floor(high.at);
    if (first > last) return undefined;
    return Number.isFinite(first) ? first : Number.isFinite(last) ? last : 0;
  }
  if (low.at > high.at || (low.at === high.at && (low.open || high.open))) return undefined;
  if (Number.isFinite(low.at) && !low.open) return low.at;
  if (Number.isFinite(high.at) && !high.open) return high.at;
  const inside = !Number.isFinite(low.at)
    ? Number.isFinite(high.at)
      ? Math.min(0, high.at - 1)
      : 0
    : Number.isFinite(high.at)
      ? low.at / 2 + high.at / 2
      : Math.max(0, low.at + 1);
  return inside > low.at && inside < high.at ? inside : undefined;
}

/**
 * A number two numeric choices `a` and `b` both take, for a message: one of the `before` choices
 * took it too, if there is such a number (so a value that matched one choice is named).
 */
function sharedValue(a: IrType, b: IrType, before: readonly IrType[]): number | undefined {
  const numeric = (t: IrType): t is NumericType => t.type === "integer" || t.type === "number";
  if (!numeric(a) || !numeric(b) || a.enum !== undefined || b.enum !== undefined) return undefined;
  for (const old of before) {
    const value = numeric(old) ? sharedNumber([a, b, old]) : undefined;
    if (value !== undefined) return value;
  }
  return sharedNumber([a, b]);
}

/** The longest string tried as a value two string choices share (longer lengths are not looked at). */
const GROWN_LENGTH_LIMIT = 1000;

/**
 * Whether type `t` takes the number or string `value`: by kind, integer-ness, bounds, lengths and listed
 * values (a union by its variants, a oneOf's by exactly one); undefined when not decided here (a string's
 * pattern or asserted format, unions nested deeper than 8, the budget spent). A step (`multipleOf`) is not
 * known to the IR: the caller weighs OverlapBudget.stepped.
 */
function takesValue(t: IrType, value: number | string, budget: { left: number }, depth = 0): boolean | undefined {
  if (--budget.left < 0) return undefined;
  const listed = (list: readonly EnumOption[] | undefined) => list === undefined || list.some((o) => o.value === value);
  switch (t.type) {
    case "never":
      return false;
    case "unknown":
      return listed(t.enum);
    case "union": {
      if (depth >= 8) return undefined;
      let matched = 0;
      for (const v of t.variants) {
        const takes = takesValue(v, value, budget, depth + 1);
        if (takes === undefined) return undefined;
        if (takes) matched++;
      }
      return t.exclusive === true ? matched === 1 : matched > 0;
    }
    case "integer":
    case "number":
      return (
        typeof value === "number" &&
        (t.type === "number" || Number.isInteger(value)) &&
        listed(t.enum) &&
        (t.minimum === undefined || value >= t.minimum) &&
        (t.exclusiveMinimum === undefined || value > t.exclusiveMinimum) &&
        (t.maximum === undefined || value <= t.maximum) &&
        (t.exclusiveMaximum === undefined || value < t.exclusiveMaximum)
      );
    case "string":
      if (typeof value !== "string") return false;
      // A pattern and a format are checked as the runtime checks them (undefined for a pattern it cannot).
      if (t.pattern !== undefined || asserted(t.format)) return stringTakes(t, value);
      return validString({ ...t, format: undefined }, value);
    default:
      return false;
  }
}

/**
 * Values that tell apart every way the numeric or string choices among `types` can take a value: each
 * bound, the numbers about it (integers on both sides, a non-integer between two bounds and past the
 * outermost), each listed value; for strings, one of each length about a bound (up to
 * GROWN_LENGTH_LIMIT) and each listed string. Lowest first.
 */
function tellingValues(kind: "number" | "string", types: readonly IrType[]): (number | string)[] {
  if (kind === "string") {
    const lengths = new Set([0]);
    const strings = new Set<string>();
    for (const t of types) {
      if (t.type !== "string") continue;
      for (const bound of [t.minLength, t.maxLength])
        if (bound !== undefined) for (const n of [bound - 1, bound, bound + 1]) lengths.add(n);
      for (const o of t.enum ?? []) if (typeof o.value === "string") strings.add(o.value);
    }
    const spelled = [...lengths].filter((n) => n >= 0 && n <= GROWN_LENGTH_LIMIT).sort((x, y) => x - y);
    return [...spelled.map((n) => "a".repeat(n)), ...strings];
  }
  const bounds = new Set<number>();
  const numbers = new Set<number>();
  for (const t of types) {
    if (t.type !== "integer" && t.type !== "number") continue;
    for (const bound of [t.minimum, t.exclusiveMinimum, t.maximum, t.exclusiveMaximum])
      if (bound !== undefined && Number.isFinite(bound)) bounds.add(bound);
    for (const o of t.enum ?? []) if (typeof o.value === "number") numbers.add(o.value);
  }
  const sorted = [...bounds].sort((x, y) => x - y);
  if (sorted.length === 0) [0, 0.5].forEach((v) => numbers.add(v));
  for (const [n, bound] of sorted.entries()) {
    // The integers about it (the nearest on either side that is not it), and a non-integer past the outermost.
    const [down, up] = [Math.floor(bound), Math.ceil(bound)];
    for (const near of [bound, down - 1, down, up, up + 1]) numbers.add(near);
    if (n === 0) [bound - 1, bound - 0.5].forEach((v) => numbers.add(v));
    if (n === sorted.length - 1) [bound + 1, bound + 0.5].forEach((v) => numbers.add(v));
    else {
      // A number between it and the next bound, and one that is not an integer if that one is.
      const next = sorted[n + 1]!;
      const middle = bound / 2 + next / 2;
      numbers.add(middle);
      if (Number.isInteger(middle)) numbers.add(middle + Math.min(0.5, (next - middle) / 2));
    }
  }
  return [...numbers]
    .filter((v) => Number.isFinite(v))
    .map((v) => v + 0)
    .sort((x, y) => x - y);
}

/**
 * A value that matched exactly one of the oneOf choices `before` (so it was valid) and matches both choices
 * `a` and `b` of the oneOf after (so it is rejected): for choices that shared values before and now share
 * more. Numbers and strings only (both choices of that kind); undefined when none is found among
 * tellingValues, one is not decided (see takesValue), or the budget is spent.
 */
function grownValue(
  before: readonly IrType[],
  a: IrType,
  b: IrType,
  budget: { left: number } | undefined,
): number | string | null | undefined {
  const numeric = (t: IrType) => t.type === "integer" || t.type === "number";
  const kind = numeric(a) && numeric(b) ? "number" : a.type === "string" && b.type === "string" ? "string" : undefined;
  if (kind === undefined || budget === undefined || budget.left <= 0) return undefined;
  const values = tellingValues(kind, [a, b, ...before]);
  // Each value is tried on every choice: spent up front, so a large oneOf is not half looked at.
  budget.left -= values.length * (before.length + 2);
  if (budget.left < 0) return undefined;
  // Every value tried decided on every choice: then none found means none is lost (null).
  let decided = true;
  for (const value of values) {
    const [inA, inB] = [takesValue(a, value, budget), takesValue(b, value, budget)];
    if (inA === undefined || inB === undefined) decided = false;
    if (inA !== true || inB !== true) continue;
    const matched = choicesTaking(before, value, budget);
    if (matched === undefined) decided = false;
    else if (matched === 1) return value;
  }
  return decided ? null : undefined;
}

/** How many of `choices` take `value`; undefined when one is not decided (or the budget is spent). */
function choicesTaking(
  choices: readonly IrType[],
  value: number | string,
  budget: { left: number },
): number | undefined {
  let count = 0;
  for (const t of choices) {
    const takes = takesValue(t, value, budget);
    if (takes === undefined) return undefined;
    if (takes) count++;
  }
  return count;
}

/**
 * Whether a schema has a `multipleOf` keyword anywhere (a property of that name too: said, not read),
 * within WALK_LIMIT schemas; past it, it is taken to.
 */
function saysMultipleOf(schema: unknown): boolean {
  const stack = [schema];
  for (let walked = 0; stack.length > 0; walked++) {
    if (walked > WALK_LIMIT) return true;
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (!Array.isArray(node) && Object.hasOwn(node, "multipleOf")) return true;
    for (const value of Object.values(node)) stack.push(value);
  }
  return false;
}

/** What telling two strings' patterns apart spends of the overlap budget (it has its own, by pattern length). */
const STRING_OVERLAP_COST = 100;

/**
 * Whether two string types share a value, by their lengths, patterns and
 * listed values (a format is only known to narrow: no value is then said to be
 * shared); undefined when not judged.
 */
function stringOverlap(a: StringType, b: StringType, steps: { left: number }): Overlap | undefined {
  const plain = (t: StringType) => (asserted(t.format) ? undefined : { ...t, format: undefined });
  // One lists its values (both listing theirs was compared before): each is tried on the other.
  if (a.enum !== undefined || b.enum !== undefined) {
    const [listed, other] = a.enum !== undefined ? [a, b] : [b, a];
    // The IR keeps a listed string's values, judged by its own pattern, and not the pattern.
    if (listed.pattern !== undefined) return undefined;
    const theirs = other.pattern === undefined ? undefined : patternMatcher(other.pattern);
    // A pattern the native engine backtracks through may take exponential time on a listed value: not judged.
    if (other.pattern !== undefined && (theirs === undefined || theirs.backtracking !== undefined)) return undefined;
    let judged = true;
    for (const { value } of listed.enum!) {
      if (typeof value !== "string" || !validString({ ...listed, format: undefined }, value)) continue;
      const matches = theirs === undefined ? true : theirs.test(value);
      if (matches === undefined) judged = false;
      else if (matches && validString({ ...other, format: undefined }, value))
        return plain(listed) && plain(other) ? Overlap.Certain : undefined;
    }
    return judged ? Overlap.None : undefined;
  }
  const min = Math.max(a.minLength ?? 0, b.minLength ?? 0);
  const max = Math.min(a.maxLength ?? Infinity, b.maxLength ?? Infinity);
  if (min > max) return Overlap.None;
  const lengths = { min, max: max === Infinity ? undefined : max };
  const value = valueFound(a.pattern ?? "", b.pattern ?? "", "shared", lengths, steps);
  if (value === null) return Overlap.None;
  if (value === undefined) return undefined;
  const [pa, pb] = [plain(a), plain(b)];
  if (pa && pb) return validString(pa, value) && validString(pb, value) ? Overlap.Certain : undefined;
  // A format with no pattern beside it: its shape (values all of that format) stands for it, and a value of
  // both found so is checked against each whole, format included.
  const shape = (t: StringType) =>
    !asserted(t.format) ? (t.pattern ?? "") : t.pattern === undefined ? FORMAT_SHAPES[t.format!] : undefined;
  const [sa, sb] = [shape(a), shape(b)];
  if (sa === undefined || sb === undefined) return undefined;
  const shared = valueFound(sa, sb, "shared", lengths, steps);
  return typeof shared === "string" && takesString(a, shared) && takesString(b, shared) ? Overlap.Certain : undefined;
}

/** Whether the run-time checks take `value` as a value of string type `t` (its format and pattern included). */
function takesString(t: StringType, value: string): boolean {
  const matcher = t.pattern === undefined ? undefined : patternMatcher(t.pattern);
  return (t.pattern === undefined || matcher !== undefined) && stringChecksTake(t, value, matcher);
}

/**
 * Whether `a` takes the values of `b` that leave out `a`'s keys: it requires none, takes extra keys of
 * any value on the wire, and `b` requires none of them (so such values of `b` are there to take).
 */
function takesOthers(a: ObjectType, b: ObjectType, budget: OverlapBudget): boolean {
  const anyExtra =
    a.additionalProperties === false
      ? a.open === true
      : a.additionalProperties.type === "unknown" && a.additionalProperties.enum === undefined;
  if (!anyExtra || a.fields.some((f) => f.required)) return false;
  const theirs = new Map(b.fields.map((g) => [g.wireKey, g]));
  for (const f of a.fields) {
    const g = theirs.get(f.wireKey);
    if (g === undefined) continue;
    if (g.required) return false;
    // A key both declare with values apart (`auth_type: "oauth"` and `"none"`, neither required) tells them
    // apart in every config that sets it, as forms and builders do: then only a value without it is shared.
    if (overlap(f.type, g.type, budget) === Overlap.None) return false;
  }
  return true;
}

/**
 * Objects no value matches both of: a key one requires and both declare with values apart (the other
 * takes it only with its own), or one requires a key the other cannot have.
 */
function apartObjects(a: ObjectType, b: ObjectType, budget: OverlapBudget): boolean {
  const closed = (t: ObjectType) => t.additionalProperties === false && t.open !== true;
  const byKey = new Map(b.fields.map((f) => [f.wireKey, f]));
  for (const f of a.fields) {
    const g = byKey.get(f.wireKey);
    if (g === undefined) {
      if (f.required && closed(b)) return true;
      continue;
    }
    // A key one requires is in each of its values; the other, declaring it, takes it only with its own values.
    if ((f.required || g.required) && overlap(f.type, g.type, budget) === Overlap.None) return true;
  }
  const aKeys = new Set(a.fields.map((f) => f.wireKey));
  return b.fields.some((g) => g.required && !aKeys.has(g.wireKey) && closed(a));
}

/** What a config takes under keys it does not declare: under each pattern's keys, and under the others. */
interface ExtraRegions {
  patterns: readonly { pattern: string; values: IrType }[];
  others: IrType;
}

/** A config's extra-key regions as its IR says them; undefined where it cannot (patterns or values not typed). */
function extraRegionsOf(c: IrConnector): ExtraRegions | undefined {
  const wire = isPlainObject(c.wireSchema) ? c.wireSchema : {};
  if (evaluatesKeysBeside(wire)) return undefined; // they judge extra keys too
  const written = isPlainObject(wire.patternProperties) && Object.keys(wire.patternProperties).length > 0;
  if (written && c.extraPatterns === undefined) return undefined;
  const extra = wire.additionalProperties;
  let others: IrType;
  if (c.open !== true) others = { type: "never" };
  else if (c.extraValues !== undefined) others = c.extraValues;
  // With patterns typed the dialect typed the rest too: no value type is any value.
  else if (
    written ||
    extra === undefined ||
    extra === true ||
    (isPlainObject(extra) && Object.keys(extra).length === 0)
  )
    others = { type: "unknown" };
  else return undefined;
  return { patterns: c.extraPatterns ?? [], others };
}

/**
 * Both configs' extra-key regions, where either has patternProperties and both can be said, and no pattern
 * matches a key either declares (whose values the field types say, without the pattern's).
 */
function patternRegions(b: IrConnector, h: IrConnector): [ExtraRegions, ExtraRegions] | undefined {
  const [base, head] = [extraRegionsOf(b), extraRegionsOf(h)];
  if (base === undefined || head === undefined) return undefined;
  const declared = new Set<string>();
  for (const c of [b, h]) {
    const wire = isPlainObject(c.wireSchema) ? c.wireSchema : {};
    if (isPlainObject(wire.properties)) for (const key of Object.keys(wire.properties)) declared.add(key);
    for (const f of c.fields) declared.add(f.wireKey);
    for (const k of c.constants ?? []) declared.add(k.wireKey);
    for (const k of c.serverKeys) declared.add(k);
  }
  return regionsApart(base, head, declared);
}

/**
 * An object's extra-key regions as its IR type says them (see ObjectType.extraPatterns); undefined where its
 * schema writes patternProperties (`written`) that the type does not say.
 */
function objectRegionsOf(t: ObjectType, written: boolean): ExtraRegions | undefined {
  if (written && t.extraPatterns === undefined) return undefined;
  return { patterns: t.extraPatterns ?? [], others: extraValues(t) ?? { type: "never" } };
}

/**
 * Two sides' regions, where either has patterns, and no pattern matches a key either side declares (each
 * pattern read in linear time): undefined otherwise.
 */
function regionsApart(
  base: ExtraRegions,
  head: ExtraRegions,
  declared: ReadonlySet<string>,
): [ExtraRegions, ExtraRegions] | undefined {
  if (base.patterns.length + head.patterns.length === 0) return undefined;
  for (const { pattern } of [...base.patterns, ...head.patterns]) {
    const matcher = patternMatcher(pattern);
    if (matcher === undefined || matcher.backtracking !== undefined) return undefined;
    for (const key of declared) if (matcher.test(key) !== false) return undefined;
  }
  return [base, head];
}

/**
 * Whether a key may be in the base's region of `was` (a pattern's keys; undefined, the keys no pattern
 * matched) and the head's of `now` (the same). Undecided pattern pairs may meet.
 */
function regionsMeet(
  was: string | undefined,
  now: string | undefined,
  base: ExtraRegions,
  head: ExtraRegions,
): boolean {
  // Every key `inner` matches, a pattern of `side` matches too (one of them, or their alternation: a pattern
  // matches wherever in a key it finds itself, so `(?:a)|(?:b)` matches a key exactly where `a` or `b` does).
  const within = (inner: string, side: ExtraRegions) =>
    side.patterns.some((p) => p.pattern === inner) ||
    (side.patterns.length > 0 &&
      valueFound(inner, side.patterns.map((p) => `(?:${p.pattern})`).join("|"), "apart", {}) === null);
  if (was !== undefined && now !== undefined) return was === now || valueFound(was, now, "shared", {}) !== null;
  if (now !== undefined) return !within(now, base);
  if (was !== undefined) return !within(was, head);
  return true;
}

const extraValues = (t: ObjectType): IrType | undefined =>
  t.additionalProperties !== false ? t.additionalProperties : t.open === true ? { type: "unknown" } : undefined;

/** Optional to author: not required, or required with a default the builders fill in (as the printed types say). */
const authorRequired = (f: IrField) => f.required && f.default === undefined;

function conditionsText(conditions: readonly Omit<Condition, "key">[] | undefined): string {
  if (!conditions || conditions.length === 0) return "never";
  return conditions
    .map((c) =>
      c.op === "present"
        ? `${c.wireKey} is set`
        : `${c.wireKey} ${c.op} ${show(c.value)}${c.unsetHolds === true ? " (or is not set)" : ""}`,
    )
    .join(" and ");
}

/** JSON texts of types compared more than once (an object's extra values, against each new field). */
const typeTexts = new WeakMap<IrType, string>();
/** The longest extra-key type, as JSON text, compared rule by rule with a new field's. */
const EXTRA_COMPARED = 10_000;

/**
 * A keyword's texts with a number (`pattern`'s groups: the keyword, the number, the rest, its choice and
 * condition) removed once and added once under the same keyword and rest: each such pair, taken out of
 * `removed` and `added`. Numbers `valid` refuses are not paired.
 */
function numberPairs(
  removed: string[],
  added: string[],
  pattern: RegExp,
  valid: (n: number) => boolean = () => true,
): { keyword: string; before: number; after: number; rest: string }[] {
  const bySlot = (list: string[]) => {
    const found = new Map<string, { text: string; n: number; keyword: string; rest: string }[]>();
    for (const text of list) {
      const m = pattern.exec(text);
      const n = m === null ? undefined : (JSON.parse(m[2]!) as unknown);
      if (m === null || typeof n !== "number" || !valid(n)) continue;
      const slot = `${m[1]} ${m[3]}`;
      found.set(slot, [...(found.get(slot) ?? []), { text, n, keyword: m[1]!, rest: m[3]! }]);
    }
    return found;
  };
  const [gone, fresh] = [bySlot(removed), bySlot(added)];
  const pairs: { keyword: string; before: number; after: number; rest: string }[] = [];
  for (const [slot, [before, ...otherBefore]] of gone) {
    const [after, ...otherAfter] = fresh.get(slot) ?? [];
    if (before === undefined || after === undefined || otherBefore.length > 0 || otherAfter.length > 0) continue;
    removed.splice(removed.indexOf(before.text), 1);
    added.splice(added.indexOf(after.text), 1);
    pairs.push({ keyword: before.keyword, before: before.n, after: after.n, rest: before.rest });
  }
  return pairs;
}

/**
 * Whether two JSON values are written alike (JSON.stringify's texts are equal, key order included),
 * found without writing them: the first difference ends the comparison.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    // An item JSON cannot write (undefined) is written as null.
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  if (typeof x.toJSON === "function" || typeof y.toJSON === "function") return JSON.stringify(a) === JSON.stringify(b);
  const [xs, ys] = [Object.keys(x), Object.keys(y)];
  if (xs.length === ys.length) {
    let alike = true;
    for (let i = 0; i < xs.length && alike; i++) alike = xs[i] === ys[i];
    if (alike) {
      for (const k of xs) if (!sameJson(x[k], y[k]) && (written(x[k]) || written(y[k]))) return false;
      return true;
    }
  }
  // Members JSON cannot write (undefined, a function) are left out, as JSON.stringify leaves them.
  const [xw, yw] = [xs.filter((k) => written(x[k])), ys.filter((k) => written(y[k]))];
  if (xw.length !== yw.length) return false;
  for (let i = 0; i < xw.length; i++) if (xw[i] !== yw[i] || !sameJson(x[xw[i]!], y[yw[i]!])) return false;
  return true;
}

/** Whether JSON.stringify writes a member with this value. */
const written = (v: unknown) => v !== undefined && typeof v !== "function" && typeof v !== "symbol";

/**
 * Whether every config `a` holds for, `b` holds for too (JSON Schema's reading: `present` is "sent", even
 * as null). Each of `b`'s conditions must follow from one of `a`'s on the same key; when none does, not
 * known, and false.
 */
function conditionsImply(
  a: readonly Omit<Condition, "key">[],
  b: readonly Omit<Condition, "key">[],
  /** The values the base took at a key, when listed (a boolean's two, an enum's): what `ne` leaves there. */
  domain: (wireKey: string) => unknown[] | undefined,
): boolean {
  /** The values a condition takes when the key is sent (all: any value). */
  const values = (c: Omit<Condition, "key">): unknown[] | "all" | undefined => {
    if (c.op === "present") return "all";
    if (c.op === "eq") return [c.value];
    if (c.op === "in") return Array.isArray(c.value) ? c.value : undefined;
    return domain(c.wireKey)?.filter((v) => !sameJson(v, c.value));
  };
  const follows = (x: Omit<Condition, "key">, y: Omit<Condition, "key">): boolean => {
    if (x.wireKey !== y.wireKey) return false;
    if (x.unsetHolds === true && y.unsetHolds !== true) return false;
    if (x.op === "ne" && y.op === "ne" && sameJson(x.value, y.value)) return true;
    const [xs, ys] = [taken(values(x), x.wireKey), values(y)];
    if (xs === undefined || ys === undefined) return false;
    if (ys === "all") return true;
    return xs !== "all" && xs.every((v) => ys.some((w) => sameJson(v, w)));
  };
  // Only values the key took can be in a config that was valid: a value listed with a new one of the key's
  // (its list grown in the same change) holds for no such config.
  const taken = (xs: unknown[] | "all" | undefined, wireKey: string) => {
    const known = domain(wireKey);
    return Array.isArray(xs) && known !== undefined ? xs.filter((v) => known.some((w) => sameJson(v, w))) : xs;
  };
  // A condition that holds for no value the base took (and not when its key is unset) holds for no config.
  const never = (x: Omit<Condition, "key">) => {
    const xs = taken(values(x), x.wireKey);
    return x.unsetHolds !== true && Array.isArray(xs) && xs.length === 0;
  };
  return a.some(never) || b.every((y) => a.some((x) => follows(x, y)));
}

/**
 * Whether every config `a` holds for, one of `bs` holds for: one of them alone (conditionsImply), or
 * `a` tests a key for listed values and each of them is one some of `bs` (each a test of that key alone)
 * takes (`mode in ["a", "b"]` against `mode eq "a"` and `mode eq "b"`).
 */
function conditionsImplyAny(
  a: readonly Omit<Condition, "key">[],
  bs: readonly (readonly Omit<Condition, "key">[])[],
  domain: (wireKey: string) => unknown[] | undefined = () => undefined,
): boolean {
  if (bs.some((b) => conditionsImply(a, b, domain))) return true;
  const listed = (c: Omit<Condition, "key">): unknown[] | undefined =>
    c.op === "eq" ? [c.value] : c.op === "in" && Array.isArray(c.value) ? c.value : undefined;
  return a.some((x) => {
    const known = domain(x.wireKey);
    const values = listed(x)?.filter((v) => known === undefined || known.some((w) => sameJson(v, w)));
    if (values === undefined) return false;
    const alone = bs.filter((b) => b.length === 1 && b[0]!.wireKey === x.wireKey && listed(b[0]!) !== undefined);
    if (x.unsetHolds === true && !alone.some((b) => b[0]!.unsetHolds === true)) return false;
    return values.every((v) => alone.some((b) => listed(b[0]!)!.some((w) => sameJson(v, w))));
  });
}

/** Keywords whose meaning depends on others beside them (extra keys, tuples, conditions, choices, negation). */
const ENTANGLED = [
  "additionalProperties",
  "patternProperties",
  "unevaluatedProperties",
  "unevaluatedItems",
  "propertyNames",
  "items",
  "prefixItems",
  "additionalItems",
  "contains",
  "minContains",
  "maxContains",
  "if",
  "then",
  "else",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
  "$ref",
  "dependentSchemas",
  "dependencies",
];
const NARROWING_ANNOTATIONS = new Set(["title", "description", "$comment", "examples", "default"]);

/**
 * Whether schema `n` is schema `o` with more said (keywords added, `required` grown, a listed value kept of
 * several, each property's schema narrowed so, all the way down): then every value `n` takes, `o` takes, as
 * keywords hold together. False when that is not known this way (what depends on other keywords differs).
 */
export function schemaNarrows(
  n: unknown,
  o: unknown,
  depth = 0,
  /** The values the base took at a property path (from the object the schemas test), when listed: only those can be in a valid config. */
  domain: (path: string) => unknown[] | undefined = () => undefined,
  at = "",
): boolean {
  if (depth > 16) return false;
  if (sameJson(n, o) || o === true) return true;
  const [nc, oc] = [canonicalSchema(n), canonicalSchema(o)];
  if (!isPlainObject(nc) || !isPlainObject(oc)) return false;
  for (const k of ENTANGLED)
    if ((Object.hasOwn(nc, k) || Object.hasOwn(oc, k)) && !sameJson(nc[k], oc[k])) return false;
  for (const [k, ov] of Object.entries(oc)) {
    if (NARROWING_ANNOTATIONS.has(k)) continue;
    const nv = nc[k];
    if (k === "const" || (k === "enum" && Array.isArray(ov))) {
      // Listed values: each `n` lists that the base took there (only those are in valid configs) is one `o` lists.
      const listed = k === "const" ? [ov] : (ov as unknown[]);
      const known = domain(at);
      const values = (Object.hasOwn(nc, "const") ? [nc.const] : Array.isArray(nc.enum) ? nc.enum : undefined)?.filter(
        (v) => known === undefined || known.some((w) => sameJson(v, w)),
      );
      if (values === undefined || !values.every((v) => listed.some((w) => sameJson(v, w)))) return false;
      continue;
    }
    if (!Object.hasOwn(nc, k)) return false;
    if (sameJson(nv, ov)) continue;
    if (k === "required") {
      if (!Array.isArray(nv) || !Array.isArray(ov) || !ov.every((x) => nv.includes(x))) return false;
    } else if (k === "properties") {
      if (!isPlainObject(nv) || !isPlainObject(ov)) return false;
      for (const [name, os] of Object.entries(ov))
        if (
          !Object.hasOwn(nv, name) ||
          !schemaNarrows(nv[name], os, depth + 1, domain, at === "" ? name : `${at}/${name}`)
        )
          return false;
    } else return false;
  }
  // A property only `n` declares is kept from its extra-key schemas: narrower only when there are none.
  const declared = (s: Record<string, unknown>) => (isPlainObject(s.properties) ? Object.keys(s.properties) : []);
  const extraKeys = ["additionalProperties", "patternProperties", "unevaluatedProperties"];
  if (declared(nc).some((name) => !declared(oc).includes(name)) && extraKeys.some((k) => Object.hasOwn(nc, k)))
    return false;
  return true;
}

/** The conditions of a wire schema, as unmodeledKeywords found them (what conditionAtoms reads). */
interface WrittenConditions {
  /** The `if` of each condition `X holds` not inside another. */
  tests: ReadonlyMap<string, unknown>;
  /** Each condition as the `if`s it is made of, outermost first, and whether each holds or fails there. */
  parts: ReadonlyMap<string, readonly { test: unknown; holds: boolean }[]>;
}

/**
 * A condition as the IR's conditions: `X holds`, an `if` that tests keys of the object it is in with
 * `const` or `enum` (a key it does not require passes unset) or requires them; `X fails` where X tests
 * one key for a value (`ne`, or the other values the key took: `domain`); and conditions within
 * conditions (an `else` holding an `if`), each part so. Undefined for any other (an `if` with other
 * keywords, one of several keys failing, which is one of several things).
 */
function conditionAtoms(
  when: string,
  written: WrittenConditions,
  domain: (wireKey: string) => unknown[] | undefined = () => undefined,
): Omit<Condition, "key">[] | undefined {
  const parts =
    written.parts.get(when) ?? (written.tests.has(when) ? [{ test: written.tests.get(when), holds: true }] : []);
  if (parts.length === 0 || parts.length > MAX_CONDITION_PARTS) return undefined;
  const atoms: Omit<Condition, "key">[] = [];
  for (const { test, holds } of parts) {
    const tested = testAtoms(test);
    if (tested === undefined) return undefined;
    if (holds) atoms.push(...tested);
    else {
      const failed = tested.length === 1 ? failing(tested[0]!, domain) : undefined;
      if (failed === undefined) return undefined;
      atoms.push(failed);
    }
  }
  return atoms;
}

/**
 * Where a one-key test fails: the key unset when the `if` requires it, else set to another value (`eq` →
 * `ne`; `in` → the other values the key took, when they are listed). Undefined for a test of presence.
 */
function failing(
  atom: Omit<Condition, "key">,
  domain: (wireKey: string) => unknown[] | undefined,
): Omit<Condition, "key"> | undefined {
  const unset = atom.unsetHolds === true ? {} : { unsetHolds: true as const };
  if (atom.op === "eq") return { wireKey: atom.wireKey, op: "ne", value: atom.value, ...unset };
  if (atom.op !== "in" || !Array.isArray(atom.value)) return undefined;
  const listed = atom.value;
  const others = domain(atom.wireKey)?.filter((v) => !listed.some((w) => sameJson(v, w)));
  return others === undefined ? undefined : { wireKey: atom.wireKey, op: "in", value: others as JsonValue[], ...unset };
}

/** Conditions within conditions read as one (conditionAtoms), at most: one deeper is compared as written. */
const MAX_CONDITION_PARTS = 8;

/** testAtoms of each `if` read (the same `if` is part of every condition within it). */
const atomsOfTest = new WeakMap<object, Omit<Condition, "key">[] | null>();

/** An `if` as the IR's conditions (see conditionAtoms), all of which hold where it does. */
function testAtoms(test: unknown): Omit<Condition, "key">[] | undefined {
  if (!isPlainObject(test)) return undefined;
  let atoms = atomsOfTest.get(test);
  if (atoms === undefined) atomsOfTest.set(test, (atoms = readTestAtoms(test) ?? null));
  return atoms ?? undefined;
}

function readTestAtoms(test: Record<string, unknown>): Omit<Condition, "key">[] | undefined {
  const annotation = new Set(["title", "description", "$comment"]);
  for (const k of Object.keys(test))
    if (!(k === "properties" || k === "required" || annotation.has(k) || (k === "type" && test.type === "object")))
      return undefined;
  const required = test.required === undefined ? [] : test.required;
  if (!Array.isArray(required) || !required.every((n) => typeof n === "string")) return undefined;
  const properties = test.properties === undefined ? {} : test.properties;
  if (!isPlainObject(properties)) return undefined;
  const atoms: Omit<Condition, "key">[] = [];
  for (const name of Object.keys(properties)) {
    const s = canonicalSchema(properties[name]);
    if (!isPlainObject(s)) return undefined;
    for (const k of Object.keys(s)) if (!(k === "const" || k === "enum" || annotation.has(k))) return undefined;
    const unset = required.includes(name) ? {} : { unsetHolds: true as const };
    if (Object.hasOwn(s, "const")) atoms.push({ wireKey: name, op: "eq", value: s.const as JsonValue, ...unset });
    else if (Array.isArray(s.enum)) atoms.push({ wireKey: name, op: "in", value: s.enum as JsonValue[], ...unset });
    else if (Object.hasOwn(s, "enum")) return undefined;
    // A test every value passes: the key's presence, when required (below).
  }
  for (const name of required)
    if (!atoms.some((c) => c.wireKey === name)) atoms.push({ wireKey: name, op: "present", value: null });
  return atoms.length > 0 ? atoms : undefined;
}

/**
 * Every condition a side required key `name` under: its field's (the IR's), and those of the wire
 * schema's conditions there (`whens`: names required by condition text) as conditionAtoms reads them.
 */
function conditionsRequiring(
  name: string,
  field: IrField | undefined,
  whens: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  written: WrittenConditions | undefined,
  domain?: (wireKey: string) => unknown[] | undefined,
): Omit<Condition, "key">[][] {
  const found: Omit<Condition, "key">[][] = field?.requiredWhen ? [onWire(field.requiredWhen)!] : [];
  if (whens === undefined || written === undefined) return found;
  for (const [when, names] of whens)
    if (names.has(name)) {
      const atoms = conditionAtoms(when, written, domain);
      if (atoms !== undefined) found.push(atoms);
    }
  return found;
}

/** The values a type takes, when they are few and listed (a boolean's two, an enum's, null if nullable). */
function listedDomain(t: IrType | undefined): unknown[] | undefined {
  if (t === undefined) return undefined;
  const values: unknown[] | undefined =
    t.type === "boolean" && t.enum === undefined
      ? [true, false]
      : "enum" in t
        ? t.enum?.map((o) => o.value)
        : undefined;
  if (values === undefined) return undefined;
  return t.nullable === true && !values.includes(null) ? [...values, null] : values;
}

/** Fields by wire key, by the list they are in (Differ.baseDomain). */
const siblingsByWire = new WeakMap<readonly IrField[], Map<string, IrField>>();

/** Whether two conjunctions of conditions are one: the same conditions in any order, `in` lists in any order. */
function sameConditions(
  a: readonly Omit<Condition, "key">[] | undefined,
  b: readonly Omit<Condition, "key">[] | undefined,
) {
  const text = (list: readonly Omit<Condition, "key">[] | undefined) =>
    (list ?? [])
      .map((c) =>
        canonicalJson([
          c.wireKey,
          c.op,
          c.op === "in" ? canonicalKeyword("enum", c.value) : c.value,
          c.unsetHolds === true,
        ]),
      )
      .sort()
      .join("\n");
  return text(a) === text(b);
}

/** Conditions as sent: the authoring key they name is authoring-key-changed's to report, on its own field. */
const onWire = (conditions: readonly Condition[] | undefined) => conditions?.map(({ key: _key, ...c }) => c);

/** An authoring path one key deeper: `tunnel.user`, `hosts[].name`. */
const keyPath = (path: string, key: string) => (path === "" ? key : `${path}.${key}`);

/** What a wire-key rename does to the authoring key (`foo_bar` → `foo.bar` keeps `fooBar`). */
const authoringEffect = (before: IrField, after: IrField) =>
  before.key === after.key
    ? `authoring key ${show(after.key)} unchanged`
    : `authoring key ${show(before.key)} is now ${show(after.key)}`;

/**
 * What a change to a secret field says instead of a message that would show its values: secrets are
 * never printed. The rules of VALUE_RULES speak of values (or of schema text about them) always; the
 * others only now and then (a default that was lost, a type that is a list of values).
 */
const SECRET_MESSAGES: Partial<Record<RuleId, string>> = {
  "enum-narrowed": "values removed: configs that set them are rejected",
  "enum-widened": "values added",
  "pattern-added": "pattern added: values that do not match are rejected",
  "pattern-narrowed": "pattern changed: a value it matched is now rejected",
  "pattern-changed": "pattern changed",
  "pattern-widened": "pattern widened: every value it matched still matches",
  "pattern-removed": "pattern removed",
  "default-added": "default added",
  "default-removed": "default removed: configs that relied on it change",
  "default-changed": "default changed: configs that relied on it behave differently",
  "constraint-added": "a constraint was added or changed",
  "constraint-removed": "a constraint was removed",
  "field-became-required": "field is now required, and its default is gone",
  "field-became-optional": "field is no longer required: it has a default now",
  "required-with-default":
    "field is required; the builders send its default, but a config validated as written must set it",
  "range-tightened": "a bound tightened: values outside it are rejected",
  "range-loosened": "a bound loosened",
  "type-changed": "type changed",
  "type-widened": "type widened",
  "required-when-changed": "the condition under which it is required changed",
  "extra-key-declared":
    "new optional field: the object took it before as an extra key; a config that set it to a value its type now rejects is rejected",
};
const VALUE_RULES: ReadonlySet<RuleId> = new Set([
  "enum-narrowed",
  "enum-widened",
  "pattern-added",
  "pattern-narrowed",
  "pattern-changed",
  "pattern-widened",
  "pattern-removed",
  "default-added",
  "default-removed",
  "default-changed",
  "constraint-added",
  "constraint-removed",
  "range-tightened",
  "range-loosened",
]);

/** The values a field's schema names (defaults, listed values), at any depth, as messages write them. */
function valueTexts(fields: readonly IrField[], out: string[]): void {
  const ofType = (t: IrType): void => {
    if ("enum" in t && t.enum !== undefined) for (const o of t.enum) out.push(JSON.stringify(o.value));
    if (t.type === "union") t.variants.forEach(ofType);
    else if (t.type === "array") ofType(t.items);
    else if (t.type === "object") valueTexts(t.fields, out);
  };
  for (const f of fields) {
    if (f.default !== undefined) out.push(JSON.stringify(f.default));
    ofType(f.type);
  }
}

/** A value a schema gives a secret (its default, const, listed values, examples, pattern). */
type SecretLiteral = string | number;

/** Schema keywords whose values are values of the schema's own (or, for pattern, describe them). */
const VALUE_KEYWORDS = ["const", "enum", "default", "examples", "pattern"] as const;
const VALUE_KEYWORD_SET: ReadonlySet<string> = new Set(VALUE_KEYWORDS);

/**
 * The values the connector's wire schemas give its secrets, wherever they are written: in the secret's
 * own schema and what it refers to, in any subschema at the same property path (an `if` that tests the
 * secret, a `not`, a `dependentSchemas`, a oneOf choice), and inside the values a parent object's schema
 * lists or defaults to (`default: { password: "…" }`). A path is secret when a field there is (the IR's
 * `secretPaths`) or a schema there is marked so (writeOnly, format password, x-secret, …), array items
 * and extra keys included. Bounded by WALK_LIMIT nodes.
 */
function secretLiterals(
  schemas: readonly unknown[],
  secretPaths: ReadonlySet<string>,
  fields: readonly (readonly IrField[])[] = [],
): SecretLiteral[] {
  const nodes: { node: Record<string, unknown>; path: string }[] = [];
  // The IR's defaults and listed values too (the wire schema has no defaults): as schema nodes at their paths.
  const fromIr = (list: readonly IrField[], prefix: string): void => {
    const ofType = (t: IrType, at: string): void => {
      if ("enum" in t && t.enum !== undefined) nodes.push({ node: { enum: t.enum.map((o) => o.value) }, path: at });
      if (t.type === "object") {
        fromIr(t.fields, at);
        if (t.additionalProperties !== false) ofType(t.additionalProperties, `${at}/*`);
      } else if (t.type === "array") ofType(t.items, `${at}[]`);
      else if (t.type === "union") for (const v of t.variants) ofType(v, at);
    };
    for (const f of list) {
      const at = prefix === "" ? f.wireKey : `${prefix}/${f.wireKey}`;
      if (f.default !== undefined) nodes.push({ node: { default: f.default }, path: at });
      ofType(f.type, at);
      // A condition names a value of the field it tests, a sibling: a secret's when that field is one.
      for (const c of [...(f.requiredWhen ?? []), ...(f.relevantWhen ?? [])])
        if (c.op !== "present")
          nodes.push({
            node: c.op === "in" && Array.isArray(c.value) ? { enum: c.value } : { const: c.value },
            path: prefix === "" ? c.wireKey : `${prefix}/${c.wireKey}`,
          });
    }
  };
  for (const list of fields) fromIr(list, "");
  const secret = new Set(secretPaths);
  // A schema reached again at the same path (a $ref graph that shares its targets) says nothing new:
  // walked once, so the walk is linear in the schema, not in the paths through it.
  const visited: Visits = new Map();
  for (const root of schemas) {
    const stack: { node: unknown; path: string; refs: readonly string[] }[] = [{ node: root, path: "", refs: [] }];
    for (let walked = 0; stack.length > 0 && walked <= WALK_LIMIT; walked++) {
      const { node, path, refs } = stack.pop()!;
      if (node === null || typeof node !== "object" || Array.isArray(node)) continue;
      // Outside every $ref the schema is a tree, each node reached once: only what a $ref leads to is remembered.
      if (refs.length > 0 && !firstVisit(visited, node, path)) continue;
      const schema = node as Record<string, unknown>;
      if (isSecretSchema(schema)) secret.add(path);
      const push = (sub: unknown, at: string) => stack.push({ node: sub, path: at, refs });
      let values = false;
      for (const key of Object.keys(schema)) {
        const value = schema[key];
        if (VALUE_KEYWORD_SET.has(key)) values = true;
        if (key === "$ref" && typeof value === "string" && !refs.includes(value))
          stack.push({ node: resolvePointer(root, value), path, refs: [...refs, value] });
        else if (key === "properties" && isPlainObject(value))
          for (const name of Object.keys(value)) push(value[name], path === "" ? name : `${path}/${name}`);
        else if (key === "items" || key === "contains" || key === "additionalItems") push(value, `${path}[]`);
        else if (key === "prefixItems" && Array.isArray(value)) for (const sub of value) push(sub, `${path}[]`);
        else if (key === "additionalProperties") push(value, `${path}/*`);
        else if (key === "patternProperties" && isPlainObject(value))
          for (const sub of Object.values(value)) push(sub, `${path}/*`);
        else if (key === "dependentSchemas" && isPlainObject(value))
          for (const sub of Object.values(value)) push(sub, path);
        else if (key === "if" || key === "then" || key === "else" || key === "not") push(value, path);
        else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value))
          for (const sub of value) push(sub, path);
      }
      if (values) nodes.push({ node: schema, path });
    }
  }
  if (secret.size === 0) return [];
  const out = new Set<SecretLiteral>();
  const scalars = (value: unknown): void => {
    if (typeof value === "string" || typeof value === "number") out.add(value);
    else if (Array.isArray(value)) value.forEach(scalars);
    else if (isPlainObject(value)) Object.values(value).forEach(scalars);
  };
  /** The parts of `value` at `steps` below it (`/name`, `[]`, `/*`). */
  const at = (value: unknown, steps: string): void => {
    if (steps === "") return scalars(value);
    if (steps.startsWith("[]")) {
      if (Array.isArray(value)) for (const item of value) at(item, steps.slice(2));
    } else if (steps.startsWith("/*")) {
      if (isPlainObject(value)) for (const item of Object.values(value)) at(item, steps.slice(2));
    } else if (steps.startsWith("/") && isPlainObject(value)) {
      const rest = steps.slice(1);
      for (const [key, item] of Object.entries(value))
        if (rest === key || rest.startsWith(`${key}/`) || rest.startsWith(`${key}[]`)) at(item, rest.slice(key.length));
    }
  };
  // Each secret path with what a path below it starts with, spelt once.
  const secrets = [...secret].map((s) => ({ s, key: `${s}/`, item: `${s}[]` }));
  const within = (path: string, { s, key, item }: (typeof secrets)[number]) =>
    path === s || path.startsWith(key) || path.startsWith(item) || s === "";
  for (const { node, path } of nodes) {
    // The secrets at this path or below it, in order; the rest are nothing to this node.
    const related: { s: string; inside: boolean }[] = [];
    for (const secretPath of secrets) {
      const { s } = secretPath;
      if (within(path, secretPath)) related.push({ s, inside: true });
      else if (path === "" || (s.startsWith(path) && (s.startsWith(`${path}/`) || s.startsWith(`${path}[]`))))
        related.push({ s, inside: false });
    }
    if (related.length === 0) continue;
    for (const keyword of VALUE_KEYWORDS) {
      if (!Object.hasOwn(node, keyword)) continue;
      const value = node[keyword];
      for (const { s, inside } of related) {
        if (inside) scalars(keyword === "enum" || keyword === "examples" ? value : [value]);
        else if (keyword !== "pattern")
          for (const item of keyword === "enum" || keyword === "examples"
            ? Array.isArray(value)
              ? value
              : []
            : [value])
            at(item, path === "" ? (s.startsWith("[]") ? s : `/${s}`) : s.slice(path.length));
      }
    }
  }
  return [...out];
}

/** The schema a local `$ref` leads to in `root`, `$ref`s in a row followed (undefined for a cycle or none). */
function schemaAt(root: unknown, ref: string): unknown {
  const seen = new Set<string>();
  let target: unknown = { $ref: ref };
  for (;;) {
    if (!isPlainObject(target) || typeof target.$ref !== "string") return target;
    const next: string = target.$ref;
    if (seen.has(next) || !next.startsWith("#")) return undefined;
    seen.add(next);
    target = resolvePointer(root, next);
  }
}

/** The ways each schema was reached in a walk (a path, with what else decides what it says there): most once. */
type Visits = Map<object, string | Set<string>>;

/**
 * Whether `node` is reached `how` for the first time, which is then remembered. The first way is kept
 * as it is: most schemas are reached once, and a string is hashed only when there is a second.
 */
function firstVisit(visited: Visits, node: object, how: string): boolean {
  const seen = visited.get(node);
  if (seen === undefined) visited.set(node, how);
  else if (typeof seen === "string") {
    if (seen === how) return false;
    visited.set(node, new Set([seen, how]));
  } else {
    if (seen.has(how)) return false;
    seen.add(how);
  }
  return true;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Most secret values hidden one by one; a connector with more has every value in its messages hidden. */
const MAX_SECRET_LITERALS = 256;

/**
 * What hides a connector's secret values in a message: each as a JSON string, inside other text (4
 * characters or more) or as a number (3 digits or more). Past MAX_SECRET_LITERALS values, every JSON
 * string and number in the message is hidden instead, so the work per message stays bounded.
 */
function secretScrubber(literals: readonly SecretLiteral[]): (message: string) => string {
  if (literals.length === 0) return (message) => message;
  if (literals.length > MAX_SECRET_LITERALS) {
    // Numbers are hidden too only when a secret value could be written as one (a number, or digits).
    const numeric = literals.some((l) => typeof l === "number" || /^-?\d/.test(l));
    return (message) => {
      const strings = message.replace(/"(?:[^"\\]|\\.)*"/g, '"<secret>"');
      return numeric ? strings.replace(/(?<![\w.])-?\d[\d.eE+-]*(?![\w.])/g, "<secret>") : strings;
    };
  }
  // Longest first, so a value inside a longer one goes with it.
  const texts = [...new Set(literals.map((l) => (typeof l === "number" ? String(l) : l)))]
    .filter((text) => text !== "")
    .sort((a, b) => b.length - a.length);
  const numbers = texts
    .filter((text) => text.length === 3 && /^-?\d/.test(text))
    .map((text) => new RegExp(`(?<![\\w.])${text.replace(/[.+-]/g, "\\$&")}(?![\\w.])`, "g"));
  return (message) => {
    let out = message;
    for (const text of texts) {
      const quoted = JSON.stringify(text);
      out = out.split(quoted).join('"<secret>"');
      // A short value is hidden only as a whole value: `"ab"`, or a number not inside a longer one.
      if (text.length >= 4) {
        out = out.split(text).join("<secret>");
        const escaped = quoted.slice(1, -1);
        if (escaped !== text) out = out.split(escaped).join("<secret>");
      }
    }
    for (const number of numbers) out = out.replace(number, "<secret>");
    return out;
  };
}

/** Whether `message` writes `text` as a value of its own (a number not inside a longer one). */
function writes(message: string, text: string): boolean {
  if (text.startsWith('"') || text.startsWith("[") || text.startsWith("{")) return message.includes(text.slice(0, 60));
  for (let i = message.indexOf(text); i !== -1; i = message.indexOf(text, i + 1)) {
    const [before, after] = [message[i - 1] ?? " ", message[i + text.length] ?? " "];
    if (!/[\w.]/.test(before) && !/[\w.]/.test(after)) return true;
  }
  return false;
}

class Differ {
  readonly changes: Change[] = [];
  /** Old wire keys of the declared renames that matched. */
  readonly declaredRenames: string[] = [];
  /** Work left for telling whether oneOf choices share values (see overlap): bounded per connector. */
  private readonly overlapBudget: OverlapBudget = {
    left: OVERLAP_BUDGET,
    patternSteps: { left: PATTERN_STEPS },
    grownSteps: { left: GROWN_STEPS },
  };
  /** Work left for finding the choices a choice was split into (splitInto): bounded per connector. */
  private readonly splitBudget: OverlapBudget = {
    left: SPLIT_STEPS,
    patternSteps: { left: PATTERN_STEPS / 10 },
    stepped: () => this.overlapBudget.stepped?.() === true,
  };
  /** Authoring path of the value being compared, in base and head (`""`: the connector's fields). */
  private at = { base: "", head: "" };

  /** The connector's wire schemas, each side's (undefined for field lists, whose fields say everything). */
  private roots: { base: unknown; head: unknown } | undefined;
  /** unmodeledKeywords of each wire schema, found once for unmodeledAt and unmodeledPaths. */
  private readonly unmodeledOf = new Map<unknown, ReturnType<typeof unmodeledKeywords>>();

  private unmodeledFound(root: unknown): ReturnType<typeof unmodeledKeywords> {
    if (!this.unmodeledOf.has(root)) this.unmodeledOf.set(root, unmodeledKeywords(root));
    return this.unmodeledOf.get(root);
  }

  /** The connector's wire schemas, before comparing, and whether its own patternProperties are in the IR (see patternRegions). */
  wireSchemas(base: unknown, head: unknown, patternsTyped = false): void {
    this.roots = { base, head };
    if (patternsTyped) this.patternsTypedAt.add("");
  }

  /**
   * Paths (`""`, the config) whose own patternProperties are in the IR on both sides and compared region by
   * region (extraRegions): not as written there.
   */
  private readonly patternsTypedAt = new Set<string>();

  /**
   * The extra-key regions of an object field's two sides (see objectRegionsOf and regionsApart), outside any
   * choice; undefined where either side's schema writes patternProperties its type does not say.
   */
  private objectRegions(path: string, b: ObjectType, h: ObjectType): [ExtraRegions, ExtraRegions] | undefined {
    if (this.roots === undefined || path.includes("{")) return undefined;
    if (b.extraPatterns === undefined && h.extraPatterns === undefined) return undefined;
    const written = (side: "base" | "head") => {
      const root = this.roots![side];
      const texts = root === undefined ? undefined : this.unmodeledFound(root)?.keywords.get(path);
      return texts !== undefined && [...texts].some((k) => k.includes("patternProperties "));
    };
    const [base, head] = [objectRegionsOf(b, written("base")), objectRegionsOf(h, written("head"))];
    if (base === undefined || head === undefined) return undefined;
    const regions = regionsApart(base, head, new Set([...b.fields, ...h.fields].map((f) => f.wireKey)));
    if (regions !== undefined) this.patternsTypedAt.add(path);
    return regions;
  }

  /**
   * Whether a side's wire schema holds only what the IR models at a change path (see unmodeledAt): then
   * one choice taking every value of another (includes) is judged on the IR.
   */
  private modeled(side: "base" | "head", path: string): boolean {
    if (this.roots === undefined) return false;
    const root = this.roots[side];
    if (root === undefined) return true;
    const beyond = unmodeledAt(this.unmodeledFound(root), path, this.patternsTypedAt);
    return beyond !== undefined && beyond.step === undefined;
  }

  /**
   * What a side's wire schema holds numbers to at change path `path` beyond the IR: no step (`{}`), or the
   * one `multipleOf` written there under no condition (`{ step }`); undefined when it says more there.
   */
  private stepOnly(side: "base" | "head", path: string): { step?: number } | undefined {
    if (this.roots === undefined) return undefined;
    const root = this.roots[side];
    if (root === undefined) return {};
    return unmodeledAt(this.unmodeledFound(root), path, this.patternsTypedAt);
  }

  /** Whether a side's wire schema says `uniqueItems: true` of the array at change path `path` (outside any choice). */
  private uniqueItemsAt(side: "base" | "head", path: string | undefined): boolean {
    const root = this.roots?.[side];
    if (root === undefined || path === undefined || path.includes("{")) return false;
    return this.unmodeledFound(root)?.keywords.get(path)?.has("uniqueItems true") === true;
  }

  private modeledBase(path: string): boolean {
    return this.modeled("base", path);
  }

  private modeledHead(path: string): boolean {
    return this.modeled("head", path);
  }

  /**
   * Another choice of the base's oneOf `b` (at change path `path`) that took every value choice `i` took
   * (coveringChoice), so that choice accepted no value: what it loses or shares now was rejected already.
   */
  private coveredBefore(path: string, b: readonly IrType[], i: number): number | undefined {
    return this.modeledBase(path) ? coveringChoice(b, i, this.overlapBudget) : undefined;
  }

  /** Whether a choice (at change path `path`) now takes only values it took (includes, on the base's IR). */
  private narrowedOnly(path: string, before: IrType, after: IrType): boolean {
    return this.modeledBase(path) && includes(before, after, this.overlapBudget);
  }

  /** Whether the connector's wire schemas say `multipleOf` (see OverlapBudget.stepped): before comparing. */
  stepped(base: unknown, head: unknown): void {
    // Found when first asked for: most connectors compare no numeric choices.
    let found: boolean | undefined;
    this.overlapBudget.stepped = () => (found ??= saysMultipleOf(base) || saysMultipleOf(head));
  }

  constructor(
    private readonly connector: string,
    /** Defaults the head left out as invalid (DiffOptions.invalidDefaults). */
    private readonly invalidDefaults: ReadonlyMap<string, string> = new Map(),
  ) {}

  /**
   * Why the head's field has no default though it wrote one, if its dialect left it out as invalid;
   * for a secret, without the reason (which writes the value).
   */
  private invalidDefault(h: IrField): string | undefined {
    const why = this.invalidDefaults.get(`${h.source.file}#${h.source.pointer}/default`)?.replace(/; left out$/, "");
    return why === undefined || !h.secret ? why : "it is not valid (a secret: its value is not shown)";
  }

  /** A choice gone that took no value (its constraints contradict each other): no config is lost, its type is. */
  private emptyChoiceRemoved(at: string, key: string, v: IrType): void {
    this.add(
      "covered-choice-narrowed",
      at,
      `choice ${show(key)} removed (${kindText(v)}), but no value met its constraints, so it could never be chosen: no config that was valid is lost`,
    );
  }

  /** Runs `compare` at another authoring path. */
  private within(base: string, head: string, compare: () => void): void {
    const outer = this.at;
    this.at = { base, head };
    compare();
    this.at = outer;
  }

  /**
   * What values extra keys take, both sides taking such keys: the config's own (as an object field's, at
   * `/*`), or those of the object at `path`.
   */
  extraKeys(values: IrType, now: IrType, path = ""): void {
    this.within(keyPath(this.at.base, "*"), keyPath(this.at.head, "*"), () => this.type(`${path}/*`, values, now));
  }

  /**
   * What the config's own extra keys take where either side has patternProperties: each of the head's key
   * regions (a pattern's keys, or the keys no pattern matches) compared with each of the base's it may share
   * a key with, as types at `/*`. A key several patterns match takes what each takes; it is compared as
   * taking what one takes, which is never less than it took, so a loss is never missed. `path`: the object
   * field's (its patternProperties then compared here, not as written: see unmodeled); none, the config's.
   */
  extraRegions(base: ExtraRegions, head: ExtraRegions, path?: string): void {
    const regions = (r: ExtraRegions): { pattern?: string; values: IrType }[] => [...r.patterns, { values: r.others }];
    const named = (pattern: string | undefined) =>
      pattern === undefined ? "keys no pattern matches" : `keys matching ${show(pattern)}`;
    for (const h of regions(head))
      for (const b of regions(base)) {
        if (!regionsMeet(b.pattern, h.pattern, base, head)) continue;
        const where =
          b.pattern === h.pattern
            ? named(h.pattern)
            : h.pattern === undefined
              ? `keys that matched ${show(b.pattern)} (no pattern matches them now)`
              : b.pattern === undefined
                ? `keys matching ${show(h.pattern)} (no pattern matched them before)`
                : `keys matching ${show(h.pattern)} that matched ${show(b.pattern)}`;
        if (b.values.type === "never") {
          if (h.values.type !== "never") this.add("additional-keys-opened", path, `takes values under ${where}`);
        } else if (h.values.type === "never")
          this.add("additional-keys-closed", path, `no longer takes values under ${where}`);
        else {
          const mark = this.changes.length;
          this.extraKeys(b.values, h.values, path);
          for (const c of this.changes.slice(mark)) c.message += ` (extra ${where})`;
        }
      }
  }

  /**
   * A field that kept its wire key under another authoring key (both changing is
   * wire-key-renamed's). Only its own key counts: a parent's change is the parent's.
   */
  authoringKey(path: string, b: IrField, h: IrField, headField: (key: string) => IrField | undefined): void {
    if (b.key === h.key) return;
    const taker = headField(b.key);
    this.add(
      "authoring-key-changed",
      path,
      `authoring key ${show(keyPath(this.at.base, b.key))} is now ${show(keyPath(this.at.head, h.key))} (wire key ${show(h.wireKey)} unchanged)` +
        (taker ? `; ${show(keyPath(this.at.head, b.key))} now sets wire key ${show(taker.wireKey)}` : ""),
    );
  }

  /** Inside a secret field (either side's): its changes are said without its values. */
  private secretDepth = 0;
  /** The values the secret fields being compared name (valueTexts), which no message may show. */
  private secretValues: string[] = [];
  /** Wire property paths (unmodeledKeywords' spelling) of either side's secret fields, while those are compared. */
  private secretPaths: ReadonlySet<string> = new Set();

  /** Runs `compare` inside a secret field when one of `fields` (a field's two sides) is secret. */
  private secretWhile(fields: readonly IrField[], compare: () => void): void {
    const secret = fields.some((f) => f.secret);
    const outer = this.secretValues;
    if (secret) {
      this.secretDepth++;
      this.secretValues = [...outer];
      valueTexts(fields, this.secretValues);
    }
    try {
      compare();
    } finally {
      if (secret) {
        this.secretDepth--;
        this.secretValues = outer;
      }
    }
  }

  /** Whether a wire property path is, or lies within, one of secretPaths. */
  private inSecretPath(field: string | undefined): boolean {
    if (field === undefined || this.secretPaths.size === 0) return false;
    for (let end = field.indexOf("/"); ; end = field.indexOf("/", end + 1)) {
      if (this.secretPaths.has(end === -1 ? field : field.slice(0, end))) return true;
      if (end === -1) return false;
    }
  }

  /**
   * The connector's secret values wherever its schemas write them (see secretLiterals), worked out
   * when a change is first said; none is shown in any message, whatever the rule.
   */
  secretLiterals: () => readonly SecretLiteral[] = () => [];
  private scrub: ((message: string) => string) | undefined;

  add(rule: RuleId, field: string | undefined, message: string): void {
    if (
      (this.secretDepth > 0 || this.inSecretPath(field)) &&
      Object.hasOwn(SECRET_MESSAGES, rule) &&
      (VALUE_RULES.has(rule) || this.secretValues.some((text) => writes(message, text)))
    )
      message = `${SECRET_MESSAGES[rule]} (a secret field: its values are not shown)`;
    const scrubbed = (this.scrub ??= secretScrubber(this.secretLiterals()))(message);
    // Said, so that values that differ only in secrets (both shown as "<secret>") do not read as no change.
    if (scrubbed !== message) message = `${scrubbed} (a secret's values are shown as "<secret>")`;
    const change: Change = { connector: this.connector, rule, severity: RULES[rule].severity, message };
    if (field !== undefined) change.field = field;
    this.changes.push(change);
    this.said.add(`${rule}\0${field ?? ""}`);
  }

  /** Rules said of fields so far (`rule\0field`). */
  private readonly said = new Set<string>();

  /** add, unless the rule was said of the field already (the IR's comparison and the schema's said one fact). */
  addOnce(rule: RuleId, field: string, message: string): void {
    if (!this.said.has(`${rule}\0${field}`)) this.add(rule, field, message);
  }

  /**
   * A deprecated alias (the old authoring key of a declared rename) that a field of the head now has
   * as its own key: configs that still use it send their value to that field instead (a secret, say,
   * to a field that is not one).
   */
  aliasesTaken(b: IrConnector, h: IrConnector): void {
    if (b.aliases === undefined) return;
    const byKey = new Map(h.fields.map((f) => [f.key, f]));
    for (const a of b.aliases) {
      const taker = a.key === undefined ? undefined : byKey.get(a.key);
      if (taker === undefined || taker.wireKey === a.toWire) continue;
      this.add(
        "authoring-key-changed",
        taker.wireKey,
        `authoring key ${show(a.key)}, a deprecated alias of ${show(a.toWire)}, now sets wire key ${show(taker.wireKey)}: configs that still use it send their value there`,
      );
    }
  }

  /** The base's fields beside the one compared (what its conditions test). */
  private baseSiblings: readonly IrField[] = [];

  /**
   * Field lists of one object (the connector's, or a nested object's), matched by wire key.
   * `extra`: what the base object took as an extra key's value on the wire (undefined: no extra keys).
   */
  fields(
    prefix: string,
    base: readonly IrField[],
    head: readonly IrField[],
    renames: Record<string, string>,
    extra: IrType | undefined,
  ): void {
    const outer = this.baseSiblings;
    this.baseSiblings = base;
    try {
      this.fieldsIn(prefix, base, head, renames, extra);
    } finally {
      this.baseSiblings = outer;
    }
  }

  private fieldsIn(
    prefix: string,
    base: readonly IrField[],
    head: readonly IrField[],
    renames: Record<string, string>,
    extra: IrType | undefined,
  ): void {
    let byAuthoringKey: Map<string, IrField> | undefined; // built when a key changed
    const headField = (key: string) => (byAuthoringKey ??= new Map(head.map((f) => [f.key, f]))).get(key);
    // The common case, the same keys in the same order: pairwise, without maps.
    if (base.length === head.length && base.every((f, i) => f.wireKey === head[i]!.wireKey)) {
      for (const [i, b] of base.entries()) {
        this.authoringKey(prefix + b.wireKey, b, head[i]!, headField);
        this.field(prefix + b.wireKey, b, head[i]!);
      }
      return;
    }
    const path = (f: IrField) => prefix + f.wireKey;
    const headByKey = new Map(head.map((f, i) => [f.wireKey, { f, i }]));
    const baseByKey = new Map(base.map((f, i) => [f.wireKey, { f, i }]));
    const removed = base.map((f, i) => ({ f, i })).filter(({ f }) => !headByKey.has(f.wireKey));
    const added = head.map((f, i) => ({ f, i })).filter(({ f }) => !baseByKey.has(f.wireKey));
    // Renames: declared ones first, then a removed and an added key with the same label, type and position.
    const renamed = new Map<string, IrField>(); // old wire key → new field
    const taken = new Set<string>();
    for (const [from, to] of Object.entries(renames)) {
      const old = headByKey.has(from) ? undefined : baseByKey.get(from);
      const now = baseByKey.has(to) || taken.has(to) ? undefined : headByKey.get(to);
      if (old && now) {
        renamed.set(from, now.f);
        taken.add(to);
        if (prefix === "") this.declaredRenames.push(from);
        this.add(
          "wire-key-renamed",
          prefix + from,
          `wire key ${show(from)} renamed to ${show(to)} (declared); ${authoringEffect(old.f, now.f)}`,
        );
      }
    }
    // Position: the nearest preceding field both lists have (fields added or removed elsewhere do not move it).
    const anchors = (list: readonly IrField[], other: Map<string, unknown>) => {
      let anchor = "";
      return list.map((f) => {
        const mine = anchor;
        if (other.has(f.wireKey)) anchor = f.wireKey;
        return mine;
      });
    };
    const baseAnchor = anchors(base, headByKey);
    const headAnchor = anchors(head, baseByKey);
    // Candidates by position, label and type, each list taken from in order (what is taken is never
    // offered again), so matching stays linear however many fields come and go.
    const candidates = new Map<string, { list: IrField[]; next: number }>();
    const slotOf = (anchor: string, f: IrField) => `${anchor}\0${f.title}\0${JSON.stringify(f.type)}`;
    for (const { f, i } of added) {
      if (f.title === undefined) continue;
      const slot = slotOf(headAnchor[i]!, f);
      const found = candidates.get(slot);
      if (found) found.list.push(f);
      else candidates.set(slot, { list: [f], next: 0 });
    }
    for (const { f: old, i } of removed) {
      if (renamed.has(old.wireKey) || old.title === undefined) continue;
      const slot = candidates.get(slotOf(baseAnchor[i]!, old));
      let now: IrField | undefined;
      if (slot !== undefined) {
        while (slot.next < slot.list.length && taken.has(slot.list[slot.next]!.wireKey)) slot.next++;
        now = slot.list[slot.next++];
      }
      if (now !== undefined) {
        renamed.set(old.wireKey, now);
        taken.add(now.wireKey);
        this.add(
          "wire-key-renamed",
          prefix + old.wireKey,
          `wire key ${show(old.wireKey)} renamed to ${show(now.wireKey)} (same label ${show(old.title)}, type and position; confirm it in diff.renames for migrate); ${authoringEffect(old, now)}`,
        );
      }
    }
    for (const { f } of removed)
      if (renamed.has(f.wireKey)) continue;
      else if (f.unsatisfiable === true)
        this.add(
          "field-became-optional",
          path(f),
          `field ${show(f.wireKey)} was removed: it was required, but no value fitted its schema, so no config had it`,
        );
      else
        this.add(
          "field-removed",
          path(f),
          (f.key === f.wireKey
            ? `field ${show(f.wireKey)} was removed`
            : `field ${show(f.wireKey)} (authoring key ${show(f.key)}) was removed`) +
            // Still breaking: configs that set it fail; but the schema had warned them.
            (f.deprecated === true ? " (it was marked deprecated)" : ""),
        );
    for (const { f } of added) {
      if (taken.has(f.wireKey)) continue;
      this.secretWhile([f], () => this.added(path(f), f, extra));
    }
    for (const b of base) {
      const renamedTo = renamed.get(b.wireKey);
      const h = renamedTo ?? headByKey.get(b.wireKey)?.f;
      if (h === undefined) continue;
      if (!renamedTo) this.authoringKey(path(b), b, h, headField);
      this.field(path(h), b, h);
    }
  }

  /** A field only the head has. */
  private added(at: string, f: IrField, extra: IrType | undefined): void {
    if (f.unsatisfiable === true)
      this.add(
        "field-added-required",
        at,
        `new field ${show(f.wireKey)} is required, but no value fits its schema: nothing here is valid any more (an optional never in the types)`,
      );
    else if (authorRequired(f)) {
      // A default it writes but the dialect left out as invalid is said to be, so no one looks for it.
      const invalid = this.invalidDefault(f);
      this.add(
        "field-added-required",
        at,
        `new required field ${show(f.wireKey)} has no default${invalid === undefined ? "" : ` (the one it writes is left out: ${invalid})`}`,
      );
    } else if (f.required)
      this.add(
        "required-with-default",
        at,
        `new field ${show(f.wireKey)} is required; the builders send its default ${show(f.default)}, but a config validated as written must set it`,
      );
    else if (extra !== undefined && (this.narrows(extra, f.type) || this.boundedWithoutType(at)))
      this.add(
        "extra-key-declared",
        at,
        `new optional field ${show(f.wireKey)}: the object took it before as an extra key ${extra.type === "unknown" && extra.enum === undefined ? "with any value" : `of type ${kindText(extra)}`}; a config that set it to a value its type now rejects is rejected`,
      );
    else this.add("field-added-optional", at, `new optional field ${show(f.wireKey)}`);
  }

  /**
   * Whether the head's wire schema holds a bound or pattern at change path `at` where it says no type
   * (`{ maxLength: 3 }`): the IR types that as any value, but validation checks it on values of its kind.
   */
  private boundedWithoutType(at: string): boolean {
    if (this.roots?.head === undefined) return false;
    const found = this.unmodeledFound(this.roots.head);
    const wire = at.replace(/\{[^{}]*\}/g, "");
    if (found === undefined || !found.untyped.has(wire)) return false;
    for (const text of found.keywords.get(wire) ?? [])
      if (Object.hasOwn(UNTYPED_BOUNDS, text.slice(0, text.indexOf(" ")))) return true;
    return false;
  }

  /**
   * Whether a new field's type rejects values its object took before under that key as an extra
   * key's value (`extra`): when any value was taken, unless the field takes any; otherwise as the
   * type rules judge the one type becoming the other (not only info). An extra-key type whose text
   * is longer than EXTRA_COMPARED counts as narrowed unless equal: one such type, compared with
   * each of many new fields, would cost their product.
   */
  private narrows(extra: IrType, type: IrType): boolean {
    const any = (t: IrType) => t.type === "unknown" && t.enum === undefined;
    if (any(type)) return false;
    if (any(extra)) return true;
    let text = typeTexts.get(extra);
    if (text === undefined) typeTexts.set(extra, (text = JSON.stringify(extra)));
    if (text === JSON.stringify(type)) return false;
    if (text.length > EXTRA_COMPARED) return true;
    const scratch = new Differ(this.connector, this.invalidDefaults);
    scratch.overlapBudget.stepped = this.overlapBudget.stepped;
    scratch.type("", extra, type);
    return scratch.changes.some((c) => c.severity !== "info");
  }

  field(path: string, b: IrField, h: IrField): void {
    this.secretWhile([b, h], () => this.fieldBoth(path, b, h));
  }

  private fieldBoth(path: string, b: IrField, h: IrField): void {
    // A required key no value fits, on one side: there no config is valid, so nothing else about it compares.
    if (b.unsatisfiable !== true && h.unsatisfiable === true) {
      this.add(
        "field-became-required",
        path,
        "field is now required, but no value fits its schema: no config is valid (an optional never in the types)",
      );
      return;
    }
    if (b.unsatisfiable === true && h.unsatisfiable !== true) {
      this.add("field-became-optional", path, "field is no longer required with no value that fits it");
      return;
    }
    const wasRequired = authorRequired(b);
    const isRequired = authorRequired(h);
    const invalid = b.default !== undefined && h.default === undefined ? this.invalidDefault(h) : undefined;
    if (!wasRequired && isRequired)
      this.add(
        "field-became-required",
        path,
        b.required
          ? `field is required and lost its default ${show(b.default)}${invalid === undefined ? "" : ` (the new one is left out: ${invalid})`}`
          : `field is now required and has no default${h.default === undefined && this.invalidDefault(h) !== undefined ? ` (the one it writes is left out: ${this.invalidDefault(h)})` : ""}`,
      );
    else if (wasRequired && !isRequired)
      this.add(
        "field-became-optional",
        path,
        h.required ? `field is required but gained default ${show(h.default)}` : "field is now optional",
      );
    else if (!b.required && h.required && h.default !== undefined)
      this.add(
        "required-with-default",
        path,
        `field is now required; the builders send its default ${show(h.default)}, but a config validated as written must set it`,
      );
    if (b.default === undefined && h.default !== undefined)
      this.add("default-added", path, `default ${show(h.default)} added`);
    else if (b.default !== undefined && h.default === undefined)
      this.add(
        "default-removed",
        path,
        invalid === undefined
          ? `default ${show(b.default)} removed: configs that relied on it change`
          : `default ${show(b.default)} is gone: the new one is left out (${invalid}); configs that relied on it change`,
      );
    else if (!sameJson(b.default, h.default))
      this.add(
        "default-changed",
        path,
        `default changed from ${show(b.default)} to ${show(h.default)}: configs that relied on it behave differently`,
      );
    if (b.secret && !h.secret) this.add("secret-removed", path, "no longer secret: its value stops being masked");
    else if (!b.secret && h.secret) this.add("secret-added", path, "now secret: its value is masked");
    if (!b.deprecated && h.deprecated)
      this.add("field-deprecated", path, "now marked deprecated: still accepted; configs should stop setting it");
    else if (b.deprecated && !h.deprecated) this.add("field-undeprecated", path, "no longer marked deprecated");
    if (!b.setOnce && h.setOnce) this.add("set-once-added", path, "now set once: updates that change it are rejected");
    else if (b.setOnce && !h.setOnce) this.add("set-once-removed", path, "no longer set once: updates may change it");
    this.requiredWhen(path, b, h);
    if (b.title !== h.title || b.description !== h.description) this.add("doc-changed", path, docText("label", b, h));
    this.within(keyPath(this.at.base, b.key), keyPath(this.at.head, h.key), () => this.type(path, b.type, h.type));
  }

  requiredWhen(path: string, b: IrField, h: IrField): void {
    if (b.requiredWhen === undefined && h.requiredWhen === undefined) return;
    const before = onWire(b.required ? undefined : b.requiredWhen);
    const after = onWire(h.required ? undefined : h.requiredWhen);
    if (sameConditions(before, after)) return;
    if (!before?.length && after?.length) {
      // Unconditional → conditional is field-became-optional's; a default satisfies the condition.
      if (b.required) return;
      // Required under a written condition the IR does not model (an `if` in an `else`) wherever it is now:
      // nothing is added (what the written one said is compared with the schemas, in unmodeled).
      if (conditionsImplyAny(after, this.requiredConditions(path, b), (key) => this.baseDomain(key))) return;
      if (h.default === undefined)
        this.add("required-when-added", path, `now required when ${conditionsText(after)}, and has no default`);
      else
        this.add(
          "required-when-changed",
          path,
          `now required when ${conditionsText(after)}; its default ${show(h.default)} satisfies it`,
        );
    } else if (before?.length && !after?.length) {
      if (!h.required) this.add("required-when-removed", path, `no longer required when ${conditionsText(before)}`);
    } else if (
      h.default === undefined &&
      !conditionsImplyAny(after!, this.requiredConditions(path, b), (key) => this.baseDomain(key))
    ) {
      // A config the new condition holds for and the old did not, without the field, is rejected now.
      this.add(
        "required-when-added",
        path,
        `now required when ${conditionsText(after)} (before: when ${conditionsText(before)}), and has no default`,
      );
    } else {
      this.add(
        "required-when-changed",
        path,
        `required when ${conditionsText(before)} before, when ${conditionsText(after)} now`,
      );
    }
  }

  /**
   * Every condition the base required field `f` (at wire path `path`) under: the IR's, and those of the
   * wire schema's conditions as the IR would read them (conditionAtoms; the IR keeps one a field).
   */
  private requiredConditions(path: string, f: IrField): Omit<Condition, "key">[][] {
    const before = this.roots === undefined ? undefined : this.unmodeledFound(this.roots.base);
    const parent =
      path === f.wireKey ? "" : path.endsWith(`/${f.wireKey}`) ? path.slice(0, -f.wireKey.length - 1) : undefined;
    const whens = parent === undefined ? undefined : before?.requiredUnder.get(parent);
    // The keys its conditions test are its siblings.
    return conditionsRequiring(f.wireKey, f, whens, before, (key) => this.baseDomain(key));
  }

  /** The values the base took at its field `wireKey` beside the one compared, when they are few and listed. */
  private baseDomain(wireKey: string): unknown[] | undefined {
    let byWire = siblingsByWire.get(this.baseSiblings);
    if (byWire === undefined)
      siblingsByWire.set(this.baseSiblings, (byWire = new Map(this.baseSiblings.map((f) => [f.wireKey, f]))));
    return listedDomain(byWire.get(wireKey)?.type);
  }

  type(path: string, b: IrType, h: IrType): void {
    // One type object on both sides (a field the base took from the head's build) has nothing to report.
    if (b === h) return;
    // Choices that only list values beside a plain list (a titled enum for an enum): compared as lists.
    if ((b.type === "union") !== (h.type === "union")) {
      const [bl, hl] = [listedChoices(b), listedChoices(h)];
      if (bl !== undefined || hl !== undefined) {
        this.type(path, bl ?? b, hl ?? h);
        return;
      }
    }
    if (b.nullable && !h.nullable) this.add("nullable-removed", path, "no longer accepts null");
    else if (!b.nullable && h.nullable) this.add("nullable-added", path, "accepts null as well");
    if (b.type !== h.type) {
      this.typeKind(path, b, h);
      return;
    }
    switch (b.type) {
      case "string": {
        const hs = h as typeof b;
        if (listedStillTaken(b, hs)) {
          this.listGone(path, hs);
          return;
        }
        if (patternListed(b, hs)) {
          this.patternGivenWay(path, b, hs);
          return;
        }
        this.enums(path, b.enum, hs.enum);
        // A length bound the field's pattern or format already held to (`format: uri` with `minLength: 1` added)
        // rejects no value it took: as if not written.
        const [bMin, bMax] = [b.minLength, b.maxLength];
        const minKept =
          hs.minLength !== undefined &&
          hs.minLength > (bMin ?? 0) &&
          !lengthsTaken(b, { min: bMin, max: hs.minLength - 1 });
        const maxKept =
          hs.maxLength !== undefined &&
          hs.maxLength < (bMax ?? Infinity) &&
          !lengthsTaken(b, { min: hs.maxLength + 1, max: bMax });
        this.bound(path, "minLength", minKept ? undefined : bMin, minKept ? undefined : hs.minLength, "min");
        this.bound(path, "maxLength", maxKept ? undefined : bMax, maxKept ? undefined : hs.maxLength, "max");
        this.pattern(path, b.pattern, hs.pattern, "", b);
        if (b.format !== hs.format) this.format(path, b.format, hs.format, "");
        return;
      }
      case "integer":
      case "number": {
        const hn = h as typeof b;
        if (this.listOrRange(path, b, hn)) return;
        if (listedStillTaken(b, hn)) {
          this.listGone(path, hn);
          return;
        }
        this.enums(path, b.enum, hn.enum);
        this.numericBounds(path, b, hn);
        return;
      }
      case "boolean": {
        // true and false both listed: every boolean, as with no list.
        const all = (e: typeof b.enum) =>
          e && e.some((o) => o.value === true) && e.some((o) => o.value === false) ? undefined : e;
        this.enums(path, all(b.enum), all((h as typeof b).enum));
        return;
      }
      case "unknown":
        this.enums(path, b.enum, (h as typeof b).enum);
        return;
      case "array": {
        const ha = h as typeof b;
        this.bound(path, "minItems", b.minItems, ha.minItems, "min");
        // Unique items of a few values (an enum, booleans) are at most that many: a maxItems at or above
        // that many bounds nothing, so each side's bound is compared as the least of the two.
        const most = (side: "base" | "head", t: typeof b) => {
          const listed = this.uniqueItemsAt(side, path) ? listedDomain(t.items) : undefined;
          if (listed === undefined) return t.maxItems;
          const values = new Set(listed.map((v) => canonicalJson(v as JsonValue))).size;
          return Math.min(t.maxItems ?? Infinity, values);
        };
        // Read only when the bounds differ: the wire schema is walked for it.
        if (b.maxItems !== ha.maxItems)
          this.bound(path, "maxItems", b.maxItems, ha.maxItems, "max", "", [most("base", b), most("head", ha)]);
        this.within(`${this.at.base}[]`, `${this.at.head}[]`, () => this.type(`${path}[]`, b.items, ha.items));
        return;
      }
      case "object": {
        const ho = h as typeof b;
        // An object with a required key no value fits took no value: nothing a config had is lost.
        const unmet = (t: ObjectType) => t.fields.filter((f) => f.unsatisfiable === true).map((f) => f.wireKey);
        const [wasUnmet, nowUnmet] = [unmet(b), unmet(ho)];
        if (wasUnmet.length > 0) {
          if (nowUnmet.length === 0)
            this.add(
              "type-widened",
              path,
              `took no value before (required ${someOf(wasUnmet.map(show))}, which no value fits); now it does`,
            );
          return;
        }
        // A key it required before fits no value now (closed off, as mssql's ssl_method choice): the object takes
        // no value any more, one change rather than one per key. A new such key is field-added-required.
        const had = new Set(b.fields.map((f) => f.wireKey));
        const closedOff = nowUnmet.filter((k) => had.has(k));
        if (closedOff.length > 0) {
          this.add(
            "type-changed",
            path,
            `takes no value any more: it requires ${someOf(closedOff.map(show))}, which no value fits now`,
          );
          return;
        }
        // With patternProperties, what the wire takes under extra keys is compared region by region (found
        // first: its fields are then compared with those patterns known to be in the IR).
        const regions = this.objectRegions(path, b, ho);
        this.fields(`${path}/`, b.fields, ho.fields, {}, extraValues(b));
        // Extra keys for authors (additionalProperties), or only on the wire (`open`: the schema leaves
        // additionalProperties out, and reads and updates keep keys it does not list).
        const authoring = [b.additionalProperties !== false, ho.additionalProperties !== false];
        const wire = [authoring[0] || b.open === true, authoring[1] || ho.open === true];
        if (regions !== undefined) {
          if (authoring[0] && !authoring[1] && wire[1]) this.add("additional-keys-closed", path, AUTHORS_CLOSED);
          this.extraRegions(...regions, path);
          return;
        }
        if ((authoring[0] && !authoring[1]) || (wire[0] && !wire[1])) {
          this.add("additional-keys-closed", path, wire[1] ? AUTHORS_CLOSED : "no longer takes extra keys");
          return;
        }
        if ((!authoring[0] && authoring[1]) || (!wire[0] && wire[1]))
          this.add("additional-keys-opened", path, "takes extra keys");
        // What an extra key's value may be where both sides take extra keys (on the wire, if not for
        // authors): any value when the schema leaves additionalProperties out.
        const [values, now] = [extraValues(b), extraValues(ho)];
        if (values !== undefined && now !== undefined)
          this.within(keyPath(this.at.base, "*"), keyPath(this.at.head, "*"), () =>
            this.type(`${path}/*`, values, now),
          );
        return;
      }
      case "union": {
        const hu = h as typeof b;
        this.variants(path, b.variants, hu.variants, hu.exclusive === true, b.exclusive === true);
        if (b.exclusive !== true && hu.exclusive === true) this.madeExclusive(path, b.variants, hu.variants);
        else if (b.exclusive === true && hu.exclusive !== true) this.madeInclusive(path, b.variants, hu.variants);
        return;
      }
      case "never":
        return;
    }
  }

  /** Types of different kinds: widened when every old value is still accepted. */
  typeKind(path: string, b: IrType, h: IrType): void {
    const from = kindText(b);
    if (h.type === "unknown" && h.enum === undefined) {
      this.add("type-widened", path, `type widened from ${from} to any value`);
    } else if (h.type === "unknown" && h.enum !== undefined && "enum" in b && b.enum !== undefined) {
      // Listed values on both sides (`const: "x"` → `enum: ["x", 1]`, of two kinds now): the values decide.
      this.enums(path, b.enum, h.enum);
    } else if (b.type === "integer" && h.type === "number") {
      this.add("type-widened", path, "type widened from integer to number");
      if (this.listOrRange(path, b, h)) return;
      this.enums(path, b.enum, h.enum);
      this.numericBounds(path, b, h);
    } else if (h.type === "union" && b.type !== "union" && h.variants.some((v) => v.type === b.type)) {
      const same = h.variants.find(
        (v) => sameJson({ ...v, title: undefined }, { ...b, title: undefined }) || anyOfKind(v, b.type),
      );
      const kept = same ? -1 : alternativeOf(h.variants, b);
      if (same) {
        this.add("type-widened", path, `type widened from ${from} to a choice that contains it`);
        // The other choices are new: to a oneOf, each may take values of the old type from it.
        const name = variantName(h.variants);
        const index = h.variants.indexOf(same);
        const others = [...h.variants.keys()].filter((i) => i !== index);
        if (h.exclusive === true)
          this.addedChoices(path, h.variants, others, [index], true, name, false, undefined, undefined, [b]);
      } else if (kept >= 0) this.choiceOfOne(path, h, kept, "added", b);
      else {
        // An object cut into choices by its keys (a method listed, now a choice per method) that take every
        // value it took between them: as a choice split, no config is lost.
        const split = b.type === "object" ? this.splitInto(path, b, h.variants, h.exclusive === true) : undefined;
        if (split !== undefined)
          this.add(
            "type-widened",
            path,
            `type widened from ${from} to ${kindText(h)}: ${this.splitText(split, h.variants, variantName(h.variants), h.exclusive === true)}`,
          );
        else this.add("type-changed", path, `type changed from ${from} to ${kindText(h)}`);
      }
    } else if (
      b.type === "union" &&
      this.modeledBase(path) &&
      this.modeledHead(path) &&
      includes(h, b, this.overlapBudget)
    ) {
      // Choices merged into one type that takes every value of each (date or date-time → any string).
      this.add(
        "type-widened",
        path,
        `type widened from ${from} to ${kindText(h)}, which takes every value of each choice`,
      );
      // What each object choice's fields say besides their values (a secret, a default) is compared with the object now.
      const name = variantName(b.variants);
      if (h.type === "object")
        for (const [i, v] of b.variants.entries())
          if (v.type === "object") this.type(`${path}{${name(v, i)}}`, withoutNull(v), withoutNull(h));
    } else if (b.type === "union" && alternativeOf(b.variants, h) >= 0) {
      this.choiceOfOne(path, b, alternativeOf(b.variants, h), "removed", h);
    } else if (
      b.type === "unknown" &&
      b.enum !== undefined &&
      this.modeledBase(path) &&
      this.modeledHead(path) &&
      (b.nullable !== true || takesJson(h, null, this.overlapBudget)) &&
      b.enum.every((o) => takesJson(h, o.value, this.overlapBudget))
    ) {
      // Values of several kinds listed (`enum: ["s", 1]`), now a type that takes each (`type: ["string", "integer"]`).
      this.add("type-widened", path, `type widened from ${from} to ${kindText(h)}, which takes each listed value`);
    } else if (b.type === "never") {
      this.add("type-widened", path, `type widened from no value to ${h.type}`);
    } else {
      this.add("type-changed", path, `type changed from ${from} to ${kindText(h)}`);
    }
  }

  /** A list of values gone, its values all taken by what the type asks now (listedStillTaken). */
  listGone(path: string, h: StringType | NumericType): void {
    const asks = [
      h.type === "string" && h.pattern !== undefined ? `pattern ${show(h.pattern)}` : undefined,
      h.type === "string" && asserted(h.format) ? `format ${show(h.format)}` : undefined,
      h.type === "string" && (h.minLength !== undefined || h.maxLength !== undefined) ? "its lengths" : undefined,
      h.type !== "string" && [h.minimum, h.maximum, h.exclusiveMinimum, h.exclusiveMaximum].some((x) => x !== undefined)
        ? "its bounds"
        : undefined,
    ].filter((x) => x !== undefined);
    this.add(
      "enum-widened",
      path,
      asks.length === 0
        ? "any value allowed now (the list of values is gone)"
        : `the list of values is gone: any value that meets ${asks.join(", ")} is allowed now, and every value listed before does`,
    );
  }

  /** A pattern that gave way to a list holding every value it matched (patternListed): values it did not take are added. */
  patternGivenWay(path: string, b: StringType, h: StringType): void {
    const took = (value: JsonValue) => typeof value === "string" && stringTakes(b, value) === true;
    const fresh = h.enum!.filter((o) => !took(o.value)).map((o) => show(o.value));
    this.add(
      "enum-widened",
      path,
      `pattern ${show(b.pattern)} gave way to a list of values holding every value it matched${fresh.length > 0 ? `; values added: ${someOf(fresh)}` : ""}`,
    );
  }

  enums(path: string, b: { value: JsonValue }[] | undefined, h: { value: JsonValue }[] | undefined): void {
    if (b === h) return;
    if (b !== undefined && h !== undefined && b.length === h.length && b.every((o, i) => o.value === h[i]!.value))
      return;
    if (b === undefined) {
      this.add("enum-narrowed", path, `values limited to ${someOf(h!.map((o) => show(o.value)))}`);
      return;
    }
    if (h === undefined) {
      this.add("enum-widened", path, "any value allowed now (the list of values is gone)");
      return;
    }
    // Objects are equal whatever the order of their keys (JSON Schema's equality): compared canonically, shown as written.
    const before = new Map(b.map((o) => [canonicalJson(o.value), JSON.stringify(o.value)]));
    const after = new Map(h.map((o) => [canonicalJson(o.value), JSON.stringify(o.value)]));
    const gone = [...before].filter(([k]) => !after.has(k)).map(([, shown]) => shown);
    const fresh = [...after].filter(([k]) => !before.has(k)).map(([, shown]) => shown);
    if (gone.length > 0) this.add("enum-narrowed", path, `values removed: ${someOf(gone)}`);
    if (fresh.length > 0) this.add("enum-widened", path, `values added: ${someOf(fresh)}`);
  }

  /**
   * A list of numbers on one side and bounds alone on the other, where one side takes few numbers (a list,
   * an integer's range: `minimum: 1, maximum: 3` is `enum: [1, 2, 3]`): the values each takes decide, one by
   * one. False (nothing said) when neither takes few, both or neither list, or the wire schemas say more
   * there than the IR has (a `multipleOf`).
   */
  listOrRange(path: string, b: NumericType, h: NumericType): boolean {
    if ((b.enum === undefined) === (h.enum === undefined)) return false;
    // A step beside bounds (`multipleOf`, which the IR leaves out) takes the multiples among them.
    const [bs, hs] = [this.stepOnly("base", path), this.stepOnly("head", path)];
    if (bs === undefined || hs === undefined) return false;
    const onStep = (values: number[] | undefined, step: number | undefined) =>
      step === undefined ? values : values?.filter((v) => divides(step, v));
    const [was, now] = [onStep(fewNumbers(b), bs.step), onStep(fewNumbers(h), hs.step)];
    if (was === undefined && now === undefined) return false;
    // A stepped side's values are its list; bounds alone on it would say any value within them.
    if ((bs.step !== undefined && was === undefined) || (hs.step !== undefined && now === undefined)) return false;
    const takes = (t: NumericType, v: number, step: number | undefined) =>
      takesValue(t, v, { left: 8 }) === true && (step === undefined || divides(step, v));
    const [narrowed, widened] =
      h.enum !== undefined
        ? (["enum-narrowed", "enum-widened"] as const)
        : (["range-tightened", "range-loosened"] as const);
    if (was === undefined) {
      if (!listsEveryInteger(b, now!)) this.add(narrowed, path, `values limited to ${someOf(now!.map(show))}`);
    } else {
      const gone = was.filter((v) => !takes(h, v, hs.step));
      if (gone.length > 0) this.add(narrowed, path, `values no longer taken: ${someOf(gone.map(show))}`);
    }
    if (now === undefined) {
      if (b.type === h.type && !listsEveryInteger(h, was!))
        this.add(widened, path, `any value within the bounds is taken now, not only ${someOf(was!.map(show))}`);
    } else {
      const fresh = now.filter((v) => !takes(b, v, bs.step));
      if (fresh.length > 0) this.add(widened, path, `values taken now: ${someOf(fresh.map(show))}`);
    }
    return true;
  }

  /** A number's bounds, each inclusive or exclusive: `exclusiveMinimum 1` is tighter than `minimum 1`. */
  numericBounds(path: string, b: NumericType, h: NumericType): void {
    for (const side of ["min", "max"] as const) {
      const [inclusive, exclusive] =
        side === "min" ? (["minimum", "exclusiveMinimum"] as const) : (["maximum", "exclusiveMaximum"] as const);
      const of = (t: NumericType) =>
        t[exclusive] !== undefined
          ? { name: exclusive, value: t[exclusive] }
          : t[inclusive] !== undefined
            ? { name: inclusive, value: t[inclusive] }
            : undefined;
      const [was, now] = [of(b), of(h)];
      if (was?.name === now?.name || was === undefined || now === undefined) {
        const name = (now ?? was)?.name ?? inclusive;
        this.bound(path, name, was?.value, now?.value, side);
        continue;
      }
      // One inclusive, one exclusive: equal values differ by the bound itself.
      const tighter =
        now.value === was.value
          ? now.name === exclusive
          : side === "min"
            ? now.value > was.value
            : now.value < was.value;
      this.add(
        tighter ? "range-tightened" : "range-loosened",
        path,
        `${was.name} ${was.value} → ${now.name} ${now.value}`,
      );
    }
  }

  /** One bound; `under` names the condition it holds under, if any. */
  bound(
    path: string | undefined,
    name: string,
    b: number | undefined,
    h: number | undefined,
    side: "min" | "max",
    under = "",
    /** The bounds in effect, when other keywords make one less than written (Infinity: none); else as written. */
    effective?: readonly [number | undefined, number | undefined],
  ): void {
    // At least 0 characters or items is no bound.
    if (name === "minLength" || name === "minItems") [b, h] = [b === 0 ? undefined : b, h === 0 ? undefined : h];
    const [eb, eh] = (effective ?? [b, h]).map((v) => (v === Infinity ? undefined : v));
    if (b === h || eb === eh) return;
    const tighter = eh !== undefined && (eb === undefined || (side === "min" ? eh > eb : eh < eb));
    const what =
      b === undefined ? `${name} ${h} added` : h === undefined ? `${name} ${b} removed` : `${name} ${b} → ${h}`;
    this.add(tighter ? "range-tightened" : "range-loosened", path, `${what}${under}`);
  }

  /**
   * A string's pattern; `under` names the condition it holds under, if any.
   * `old` is the base's string type, when the pattern is one of a typed
   * string's: a value the old pattern matches proves a narrowing only if the
   * old field took it (its lengths, its values).
   */
  pattern(
    path: string | undefined,
    was: string | undefined,
    now: string | undefined,
    under: string,
    old?: StringType,
    /** Without `old`: whether the base took a string there (a condition's, an untyped schema's pattern). */
    took?: BaseTook,
  ): void {
    if (was === now) return;
    // A pattern every value matches (`.*`, `^.*`) constrains nothing: as if it were not there.
    const [anyBefore, anyAfter] = [
      was === undefined || matchesEverything(was),
      now === undefined || matchesEverything(now),
    ];
    if (anyBefore && anyAfter) return;
    const relation = anyBefore || anyAfter ? undefined : patternRelation(was!, now!);
    if (relation === "same") return;
    if (anyBefore) {
      // A pattern every value of the field's asserted format matches (`^[0-9]{4}-[0-9]{2}-[0-9]{2}$` beside
      // `format: date`) rejects no value the field took.
      const format = old !== undefined && asserted(old.format) ? old.format! : undefined;
      const outline = format === undefined ? undefined : FORMAT_OUTLINES[format];
      const lengths = { min: old?.minLength, max: old?.maxLength };
      if (outline !== undefined && valueFound(outline, now!, "apart", lengths) === null) {
        this.add(
          "pattern-widened",
          path,
          `pattern ${show(now)} added${under}: every value of the field's format (${format}) matches it`,
        );
        return;
      }
      this.add(
        "pattern-added",
        path,
        `pattern ${show(now)} added${was === undefined ? "" : ` (was ${show(was)}, which every value matches)`}${under}: values that do not match are rejected`,
      );
      return;
    }
    if (anyAfter || was === undefined || now === undefined) {
      this.add(
        "pattern-removed",
        path,
        `pattern ${show(was)} removed${now === undefined ? "" : ` (now ${show(now)}, which every value matches)`}${under}`,
      );
      return;
    }
    const compared = relation === "wider" ? "kept" : comparePatterns(was, now, old);
    if (compared === "same") return;
    if (compared === "kept" || compared === "kept-within" || compared === "kept-format") {
      const kept = {
        kept: "",
        "kept-within": " of the field's lengths",
        "kept-format": ` of the field's format (${old?.format})`,
      }[compared];
      this.add(
        "pattern-widened",
        path,
        compared === "kept"
          ? `pattern widened from ${show(was)} to ${show(now)}${under}: every value it matched still matches`
          : `pattern changed from ${show(was)} to ${show(now)}${under}: every value${kept} it matched still matches`,
      );
      return;
    }
    const witness =
      compared?.lost ??
      (old !== undefined
        ? patternWitness(was, now, (v) => validString(old, v))
        : took !== undefined
          ? lostValue(was, now, took)
          : undefined);
    if (witness !== undefined)
      this.add(
        "pattern-narrowed",
        path,
        `pattern changed from ${show(was)} to ${show(now)}${under}: ${show(witness)} matched the old one and is now rejected`,
      );
    else this.add("pattern-changed", path, `pattern changed from ${show(was)} to ${show(now)}${under}`);
  }

  /**
   * A oneOf and the one alternative the other side has (a oneOf of one is that
   * alternative in the IR): the others were added (to the head's oneOf) or
   * removed (from the base's), the kept one is compared with the single type
   * (null was compared already, on the whole).
   */
  choiceOfOne(path: string, union: UnionType, kept: number, change: "added" | "removed", single: IrType): void {
    const variants = union.variants;
    const name = variantName(variants);
    const others = [...variants.keys()].filter((i) => i !== kept);
    if (change === "added")
      this.addedChoices(path, variants, others, [kept], union.exclusive === true, name, true, () => single, undefined, [
        single,
      ]);
    else
      for (const i of others) {
        const key = name(variants[i]!, i);
        if (typeTakesNothing(variants[i]!)) {
          this.emptyChoiceRemoved(`${path}{${key}}`, key, variants[i]!);
          continue;
        }
        // As in variants: a choice another took every value of accepted none.
        const cover = union.exclusive === true ? this.coveredBefore(path, variants, i) : undefined;
        if (cover === undefined)
          this.add("variant-removed", `${path}{${key}}`, `choice ${show(key)} removed (${kindText(variants[i]!)})`);
        else
          this.add(
            "covered-choice-narrowed",
            `${path}{${key}}`,
            `choice ${show(key)} removed (${kindText(variants[i]!)}), but every value it took matched choice ${show(name(variants[cover]!, cover))} too, so the oneOf rejected it: no config that was valid is lost`,
          );
      }
    const at = `${path}{${name(variants[kept]!, kept)}}`;
    const [v, t] = [withoutNull(variants[kept]!), withoutNull(single)];
    if (change === "removed") this.type(at, v, t);
    else this.type(at, t, v);
  }

  /**
   * Unmodeled keywords (see UNMODELED) of the properties both wire schemas have, and the value
   * constraints under if/then/else (see CONDITIONAL), by the rule of the same constraint outside one.
   */
  unmodeled(
    base: unknown,
    head: unknown,
    /** The two sides' fields: a conditional requirement they model is requiredWhen's to compare. */
    fields: UnmodeledFields = { base: [], head: [] },
    /** The wire paths of either side's secret fields (secretFieldPaths of `fields`), when the caller has them. */
    secretPaths: () => ReadonlySet<string> = () => secretFieldPaths(fields.base, fields.head),
  ): void {
    if (base === undefined || head === undefined || sameJson(base, head)) return;
    this.secretPaths = secretPaths();
    try {
      this.unmodeledPaths(base, head, fields);
    } finally {
      this.secretPaths = new Set();
    }
  }

  private unmodeledPaths(base: unknown, head: unknown, fields: UnmodeledFields): void {
    const [before, after] = [this.unmodeledFound(base), this.unmodeledFound(head)];
    // The base's fields by wire path (through objects only), found when a condition asks.
    let byPath: Map<string, IrField> | undefined;
    const baseField = (path: string) => (byPath ??= fieldsByPath(fields.base)).get(path);
    let headPaths: Map<string, IrField> | undefined;
    if (before === undefined || after === undefined) {
      const sides =
        before === undefined && after === undefined ? "both" : before === undefined ? "the base's" : "the head's";
      this.add(
        "constraints-not-compared",
        undefined,
        `the wire schemas differ, but ${sides} spell${sides === "both" ? "" : "s"} out more than ${WALK_LIMIT.toLocaleString("en")} schemas ($ref targets used many times over): keywords no other rule compares, and constraints under if/then/else, were not compared`,
      );
      return;
    }
    // A side's extra-key value schema is in its IR, or it writes none (any value, or none taken).
    const extraTyped = (found: NonNullable<typeof before>, side: 0 | 1) =>
      fields.extraTyped?.[side] === true ||
      ![...(found.keywords.get("") ?? [])].some((k) => k.startsWith("additionalProperties ") && k !== ROOT_CLOSED);
    let headByPath: Map<string, IrField> | undefined;
    // The keys an object at `path` does not declare: none taken (closed, with no patternProperties), by the base's
    // wire schema; undefined when it took some. Otherwise the keys it declares.
    const declaredOnly = (path: string): readonly IrField[] | undefined => {
      if ([...(before.keywords.get(path) ?? [])].some((k) => k.includes("patternProperties "))) return undefined;
      if (path === "") return fields.baseOpen === true ? undefined : fields.base;
      const own = baseField(path);
      return own?.type.type === "object" && extraValues(own.type) === undefined ? own.type.fields : undefined;
    };
    // patternProperties given to an object that took no key it did not declare, matching no key it declared
    // (each pattern read in linear time): no config had a key they judge.
    const patternsMatchNothingTaken = (k: string, path: string): boolean => {
      const text = k.startsWith(CLOSED_PATTERNS) ? k.slice(CLOSED_PATTERNS.length) : k;
      if (!text.startsWith("patternProperties ")) return false;
      const declared = declaredOnly(path);
      if (declared === undefined) return false;
      let patterns: unknown;
      try {
        patterns = JSON.parse(text.slice("patternProperties ".length));
      } catch {
        // Under a condition, in a choice, or with $ref targets written beside it: not read here.
        return false;
      }
      if (!isPlainObject(patterns)) return false;
      return Object.keys(patterns).every((source) => {
        const matcher = patternMatcher(source);
        return (
          matcher !== undefined &&
          matcher.backtracking === undefined &&
          declared.every((f) => matcher.test(f.wireKey) === false)
        );
      });
    };
    // Whether the head's object at `path` takes any value under a key it does not declare (nor match by a pattern).
    const headTakesAnyValue = (path: string): boolean => {
      const untyped = [...(after.keywords.get(path) ?? [])].some((k) => k.startsWith("additionalProperties "));
      if (path === "") return fields.headOpen === true && fields.extraTyped?.[1] !== true && !untyped;
      const own = (headByPath ??= fieldsByPath(fields.head)).get(path);
      if (own?.type.type !== "object" || untyped) return false;
      const values = extraValues(own.type);
      return values !== undefined && values.type === "unknown" && values.enum === undefined;
    };
    // A property only one side has is field-added's or field-removed's.
    for (const [path, now] of after.keywords) {
      const was = before.keywords.get(path);
      if (was === undefined) continue;
      const field = path === "" ? undefined : path;
      // Most paths have the same keywords on both sides: lists are made only for those that do not.
      let added: string[] | undefined;
      let removed: string[] | undefined;
      for (const k of now) if (!was.has(k)) (added ??= []).push(k);
      for (const k of was) if (!now.has(k)) (removed ??= []).push(k);
      if (added !== undefined || removed !== undefined) {
        let [fresh, gone] = [added ?? [], removed ?? []];
        // The config opened to extra keys or closed to them (additional-keys-opened/-closed say so): the value
        // type given or dropped with it took no value that was valid before, or is no longer there to compare.
        if (path === "" && (gone.includes(ROOT_CLOSED) || fresh.includes(ROOT_CLOSED))) {
          const root = (k: string) => !k.startsWith("additionalProperties ");
          [fresh, gone] = [fresh.filter(root), gone.filter(root)];
        }
        // The values the config's extra keys take, in the IR on both sides: compared as types (extraKeys).
        if (path === "" && extraTyped(before, 0) && extraTyped(after, 1)) {
          const typed = (k: string) => !k.startsWith("additionalProperties ") || k === ROOT_CLOSED;
          [fresh, gone] = [fresh.filter(typed), gone.filter(typed)];
        }
        // And the values its patterns' keys take, or an object field's (extraRegions compares them).
        if (this.patternsTypedAt.has(path)) {
          const typed = (k: string) => !ownPatternsText(k, path);
          [fresh, gone] = [fresh.filter(typed), gone.filter(typed)];
        }
        // The same patternProperties, in an object closed to other keys on one side only: the keys they judge
        // are judged alike; the object's closing or opening is the IR's to say (additional-keys-closed/-opened).
        const unclosed = (k: string) => (k.startsWith(CLOSED_PATTERNS) ? k.slice(CLOSED_PATTERNS.length) : k);
        const goneUnclosed = new Set(gone.map(unclosed));
        // A text only one side has: alike without the prefix, they differ by it alone.
        const same = new Set(fresh.map(unclosed).filter((k) => goneUnclosed.has(k)));
        if (same.size > 0) {
          const other = (k: string) => !same.has(unclosed(k));
          [fresh, gone] = [fresh.filter(other), gone.filter(other)];
        }
        // A type written where none was (values of other kinds rejected), or dropped.
        if (gone.includes(EVERY_KIND) || fresh.includes(EVERY_KIND)) {
          const narrowed = gone.includes(EVERY_KIND);
          this.add(
            narrowed ? "type-changed" : "type-widened",
            field,
            narrowed
              ? "a type is written where none was: values of other kinds are rejected"
              : "the type is no longer written: values of every kind are taken",
          );
          [fresh, gone] = [fresh.filter((k) => k !== EVERY_KIND), gone.filter((k) => k !== EVERY_KIND)];
        }
        // An anyOf/oneOf that every value the base took there meets rejects none of them.
        const held = after.choices.get(path);
        if (held !== undefined) fresh = fresh.filter((k) => !choicesHold(held.get(k), path, before, baseField, head));
        if (fresh.length > 0 || gone.length > 0) {
          this.steps(field, fresh, gone);
          this.counts(field, fresh, gone);
          this.untypedBounds(
            field,
            fresh,
            gone,
            before.untyped.has(path) || after.untyped.has(path),
            this.baseTook(before, path, "", fields, baseField),
          );
          for (const k of fresh)
            if (!stepTakesAll(k, baseField(path)?.type) && !patternsMatchNothingTaken(k, path))
              this.add("constraint-added", field, `${cut(k)} added`);
          for (const k of gone)
            if (k.startsWith(CLOSED_PATTERNS) && !headTakesAnyValue(path))
              this.add(
                "additional-keys-closed",
                field,
                `${cut(k)} removed: the extra keys it took are rejected now (the object takes no others)`,
              );
            else this.add("constraint-removed", field, `${cut(k)} removed`);
        }
      }
      let [b, h] = [before.conditional.get(path) ?? NO_SLOTS, after.conditional.get(path) ?? NO_SLOTS];
      // A constraint under a condition that the base's field meets without one (a `then` that restates it)
      // rejects no value the base took: as if not written.
      const own = baseField(path);
      const restated = (c: Conditional | undefined) =>
        c !== undefined && own !== undefined && c.values.length === 1 && impliedBy(own.type, c.keyword, c.values[0]!);
      // A key the base declared only under a condition that the head declares without one: under that
      // condition the base held it to the type its constraints there say, which is compared with the head's.
      // The other way, a field declared without a condition that the head declares only under one: under it,
      // the base's field is compared with what the head holds the key to there.
      const theirs = (headPaths ??= fieldsByPath(fields.head)).get(path);
      if ((own === undefined) !== (theirs === undefined) && (own === undefined ? b : h).size > 0) {
        // The slots compared here are taken out of a copy, so the rest are compared below.
        const only = new Map(own === undefined ? b : h);
        const other = own === undefined ? h : b;
        if (own === undefined) b = only;
        else h = only;
        const byWhen = new Map<string, Conditional[]>();
        for (const c of only.values()) byWhen.set(c.when, [...(byWhen.get(c.when) ?? []), c]);
        for (const c of other.values()) byWhen.delete(c.when);
        for (const [when, slots] of byWhen) {
          const held = conditionalType(slots);
          if (held === undefined) continue;
          for (const c of slots) only.delete(JSON.stringify([c.keyword, c.when]));
          const mark = this.changes.length;
          if (own === undefined) this.type(path, held, theirs!.type);
          else this.type(path, own.type, held);
          for (const c of this.changes.slice(mark)) c.message += ` when ${cut(when)}`;
        }
      }
      // A constraint under a condition that the other side holds the key to wherever it holds (under one
      // condition or several, as conditionAtoms reads them): moved, not added or removed there.
      const covered = (
        c: Conditional | undefined,
        others: ReadonlyMap<string, Conditional>,
        written: WrittenConditions,
        otherWritten: WrittenConditions,
      ): boolean => {
        if (c === undefined || c.values.length !== 1) return false;
        // The keys a condition tests are beside the key it constrains.
        const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
        const domain = (key: string) => listedDomain(baseField(parent === "" ? key : `${parent}/${key}`)?.type);
        const atoms = conditionAtoms(c.when, written, domain);
        if (atoms === undefined) return false;
        const conditions: Omit<Condition, "key">[][] = [];
        for (const o of others.values())
          if (o.keyword === c.keyword && o.values.length === 1 && o.values[0] === c.values[0]) {
            const a = conditionAtoms(o.when, otherWritten, domain);
            if (a !== undefined) conditions.push(a);
          }
        return conditions.length > 0 && conditionsImplyAny(atoms, conditions, domain);
      };
      for (const slot of new Set([...b.keys(), ...h.keys()])) {
        const [was, now] = [
          restated(b.get(slot)) || covered(b.get(slot), h, before, after) ? undefined : b.get(slot),
          restated(h.get(slot)) || covered(h.get(slot), b, after, before) ? undefined : h.get(slot),
        ];
        if (was !== undefined || now !== undefined)
          this.conditional(field, was, now, this.baseTook(before, path, (was ?? now)!.when, fields, baseField));
      }
      const [rb, rh] = [before.requiredUnder.get(path), after.requiredUnder.get(path)];
      if (rb !== undefined || rh !== undefined)
        this.requiredUnder(path, rb ?? new Map(), rh ?? new Map(), fields, baseField, (wirePath) =>
          (headPaths ??= fieldsByPath(fields.head)).get(wirePath),
        );
    }
    // A key the base took as an extra key (its object open), constrained now only under a condition (a `then`
    // that declares it): a config that set it otherwise is rejected, as extra-key-declared says of a new field.
    for (const [path, slots] of after.conditional) {
      if (before.keywords.has(path) || path.includes("[]") || path.endsWith("/*") || path === "") continue;
      if ((headPaths ??= fieldsByPath(fields.head)).has(path)) continue;
      const slash = path.lastIndexOf("/");
      const parent = slash < 0 ? undefined : baseField(path.slice(0, slash));
      const open =
        slash < 0 ? fields.baseOpen === true : parent?.type.type === "object" && extraValues(parent.type) !== undefined;
      if (!open) continue;
      const first = [...slots.values()][0]!;
      this.add(
        "extra-key-declared",
        path,
        `key ${show(path.slice(slash + 1))}, taken before as an extra key, is now held to ${[...new Set([...slots.values()].map((c) => c.keyword))].join(", ")} when ${cut(first.when)}: a config that set it otherwise is rejected`,
      );
    }
  }

  /**
   * Whether the base took string `value` at wire path `path` (when `when` holds, if not ""): its field
   * there took it (or an open object took the key as an extra one), and so did the bounds beside an
   * untyped schema there (its lengths, pattern and format) and the constraints it held the path to
   * under that condition; any other keyword there that may hold strings to more, and no value passes.
   * A witness of a lost value must pass it. Also says the format strings there were held to, if any.
   */
  private baseTook(
    before: NonNullable<ReturnType<typeof unmodeledKeywords>>,
    path: string,
    when: string,
    fields: { base: readonly IrField[]; baseOpen?: boolean },
    baseField: (wirePath: string) => IrField | undefined,
  ): BaseTook {
    const took: BaseTook = (value) => {
      if (path === "" || path.includes("[]") || path.endsWith("/*")) return false;
      const own = baseField(path) ?? choiceField(path, baseField);
      if (own?.type.type === "string") {
        // One value against the field's own pattern and format: checked, not left undecided as takesJson leaves them.
        if (stringTakes(own.type, value) !== true) return false;
      } else if (own !== undefined) {
        if (!takesJson(own.type, value, this.overlapBudget)) return false;
      } else {
        const slash = path.lastIndexOf("/");
        const parent = slash < 0 ? undefined : baseField(path.slice(0, slash));
        const open =
          slash < 0
            ? fields.baseOpen === true
            : parent?.type.type === "object" && extraValues(parent.type) !== undefined;
        if (!open) return false;
      }
      const length = [...value].length;
      for (const text of before.keywords.get(path) ?? []) {
        const space = text.indexOf(" ");
        const [keyword, rest] = [text.slice(0, space), text.slice(space + 1)];
        if (keyword === "minLength" || keyword === "maxLength") {
          const bound = Number(rest);
          if (!(keyword === "minLength" ? length >= bound : length <= bound)) return false;
        } else if (keyword === "pattern") {
          const matcher = patternMatcher(JSON.parse(rest) as string);
          if (matcher === undefined || matcher.test(value) !== true) return false;
        } else if (keyword === "format") {
          const format = JSON.parse(rest) as string;
          if (asserted(format) && !formatHolds(format, value)) return false;
        } else if (!NOT_OF_STRINGS.has(keyword)) return false;
      }
      if (when === "") return true;
      for (const c of before.conditional.get(path)?.values() ?? [])
        if (c.when === when && c.keyword !== "pattern")
          for (const v of c.values)
            if (
              !remembered(
                slotChecks,
                `${c.keyword} ${v}`,
                () => schemaValidator({ [c.keyword]: JSON.parse(v) }),
                256,
              ).isValid(value)
            )
              return false;
      return true;
    };
    const own = baseField(path)?.type;
    const written = [...(before.keywords.get(path) ?? [])].find((text) => text.startsWith("format "));
    const format =
      own?.type === "string"
        ? own.format
        : written === undefined
          ? undefined
          : (JSON.parse(written.slice(7)) as string);
    if (format !== undefined && asserted(format)) took.format = format;
    return took;
  }

  /**
   * Keys required under a condition that the IR does not model (requiredWhen models a declared
   * field's under an \`if\` it can read; the dialect warns of the rest, which validation applies):
   * one required under a condition now and not before is required-when-added, and the reverse
   * required-when-removed, said with the condition as written.
   */
  requiredUnder(
    path: string,
    before: Map<string, Set<string>>,
    after: Map<string, Set<string>>,
    fields: { base: readonly IrField[]; head: readonly IrField[] },
    /** The base's field at a wire path (fieldsByPath). */
    baseField: (wirePath: string) => IrField | undefined,
    /** The head's field at a wire path. */
    headField: (wirePath: string) => IrField | undefined,
  ): void {
    const at = (name: string) => (path === "" ? name : `${path}/${name}`);
    // A key the base required without a condition was in every config the base took.
    const alwaysRequired = (wirePath: string) => baseField(wirePath)?.required === true;
    // Whether the IR models the conditional requirement of the key at this path: its path spelled as
    // here is among those of the fields with one (found once a side).
    // The IR models one `then` a key is required under (the first, of a condition not inside another): the
    // requirement is that one only when the key is required under no other such condition, nor under an
    // `else` (which the IR does not model). Otherwise every condition is compared here.
    const simple = (when: string) => when.endsWith(" holds") && !when.includes(" and ");
    const holdsCount = (side: Map<string, Set<string>>) => {
      const count = new Map<string, number>();
      for (const [when, names] of side) if (simple(when)) for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
      return count;
    };
    const [beforeCount, afterCount] = [holdsCount(before), holdsCount(after)];
    const [baseWritten, headWritten] = [
      this.roots === undefined ? undefined : this.unmodeledFound(this.roots.base),
      this.roots === undefined ? undefined : this.unmodeledFound(this.roots.head),
    ];
    const domain = (key: string) => listedDomain(baseField(at(key))?.type);
    // Whether wherever the head's condition `when` holds, the base required the key under one of its own
    // (the IR's, or one written): then requiring it there rejects no config the base took.
    const requiredBefore = (name: string, when: string): boolean => {
      if (headWritten === undefined || baseWritten === undefined) return false;
      const atoms = conditionAtoms(when, headWritten, domain);
      if (atoms !== undefined)
        return conditionsImplyAny(
          atoms,
          conditionsRequiring(name, baseField(at(name)), before, baseWritten, domain),
          domain,
        );
      // A test the IR cannot say (of a value inside a nested object): the base's own test, with more said.
      const test = headWritten.tests.get(when);
      return (
        test !== undefined &&
        [...before].some(
          ([was, names]) =>
            names.has(name) && baseWritten.tests.has(was) && schemaNarrows(test, baseWritten.tests.get(was), 0, domain),
        )
      );
    };
    const modeled = (list: readonly IrField[], count: Map<string, number>, name: string, when: string) => {
      let paths = requiredWhenPaths.get(list);
      if (paths === undefined) {
        requiredWhenPaths.set(list, (paths = new Set()));
        pathsOf(list, "", paths, (f) => f.requiredWhen !== undefined);
      }
      return paths.has(at(name)) && simple(when) && count.get(name) === 1;
    };
    for (const when of new Set([...before.keys(), ...after.keys()])) {
      const [was, now] = [before.get(when) ?? new Set<string>(), after.get(when) ?? new Set<string>()];
      for (const name of now)
        if (
          !was.has(name) &&
          !modeled(fields.head, afterCount, name, when) &&
          !alwaysRequired(at(name)) &&
          !requiredBefore(name, when)
        ) {
          // As requiredWhen's: a default sent in the key's place meets the requirement.
          const fallback = headField(at(name))?.default;
          if (fallback === undefined) this.addOnce("required-when-added", at(name), `now required when ${cut(when)}`);
          else
            this.addOnce(
              "required-when-changed",
              at(name),
              `now required when ${cut(when)}; its default ${show(fallback)} satisfies it`,
            );
        }
      // A key the head requires without a condition is still required there (the field's change says so).
      for (const name of was)
        if (!now.has(name) && !modeled(fields.base, beforeCount, name, when) && headField(at(name))?.required !== true)
          this.addOnce("required-when-removed", at(name), `no longer required when ${cut(when)}`);
    }
  }

  /**
   * The bounds of UNTYPED_BOUNDS, taken out of `added` and `removed`; where a side's schema has no
   * type (`untyped`), compared as bounds: tightened or loosened, and a pattern as patterns are.
   */
  untypedBounds(
    field: string | undefined,
    added: string[],
    removed: string[],
    untyped: boolean,
    /** Whether the base took a string at the field (see Differ.baseTook). */
    took?: BaseTook,
  ): void {
    const take = (list: string[]) => {
      const found = new Map<string, unknown>();
      for (let i = list.length - 1; i >= 0; i--) {
        const space = list[i]!.indexOf(" ");
        const key = list[i]!.slice(0, space);
        if (!Object.hasOwn(UNTYPED_BOUNDS, key)) continue;
        found.set(key, JSON.parse(list[i]!.slice(space + 1)) as unknown);
        list.splice(i, 1);
      }
      return found;
    };
    const [before, after] = [take(removed), take(added)];
    if (!untyped) return;
    for (const key of Object.keys(UNTYPED_BOUNDS)) {
      if (!before.has(key) && !after.has(key)) continue;
      const side = UNTYPED_BOUNDS[key]!;
      if (side === "format") {
        // With no type, a number format (int32, int64) holds numbers to it as a string format holds strings.
        this.format(
          field,
          before.get(key) as string | undefined,
          after.get(key) as string | undefined,
          "",
          assertedOnAny,
        );
        continue;
      }
      if (side === "pattern") {
        this.pattern(
          field,
          before.get(key) as string | undefined,
          after.get(key) as string | undefined,
          "",
          undefined,
          took,
        );
        continue;
      }
      this.bound(field, key, before.get(key) as number | undefined, after.get(key) as number | undefined, side);
    }
  }

  /**
   * One multipleOf for another under the same condition, taken out of `added` and `removed`
   * and said as one change: loosened when the new step divides the old (every multiple of 4
   * is one of 2), else tightened.
   */
  steps(field: string | undefined, added: string[], removed: string[]): void {
    const steps = numberPairs(removed, added, /^(multipleOf) ([^ ]+)((?: when [^]*)?)$/, (step) => step > 0);
    for (const { before, after, rest } of steps) {
      const what = `multipleOf ${before} → ${after}${cut(rest)}`;
      if (divides(after, before))
        this.add("constraint-removed", field, `${what}: every multiple of ${before} is one of ${after}`);
      else this.add("constraint-added", field, `${what}: values that were multiples of ${before} may be rejected`);
    }
  }

  /**
   * A bound on how many keys an object has (a keyword the IR does not model)
   * moved from one number to another under the same choice and condition: tightened or loosened, as the IR's
   * own bounds are; each pair taken out of `added` and `removed`.
   */
  counts(field: string | undefined, added: string[], removed: string[]): void {
    const bounds = /^(minProperties|maxProperties) (\d+)((?: [^]*)?)$/;
    for (const { keyword, before, after, rest } of numberPairs(removed, added, bounds)) {
      const tighter = keyword.startsWith("min") ? after > before : after < before;
      this.add(tighter ? "range-tightened" : "range-loosened", field, `${keyword} ${before} → ${after}${cut(rest)}`);
    }
  }

  /** A format from `was` to `now`: only formats the runtime asserts constrain values. */
  format(
    field: string | undefined,
    was: string | undefined,
    now: string | undefined,
    under: string,
    /** Whether a format holds values to anything (asserted: strings). */
    checks: (format: string | undefined) => boolean = asserted,
  ): void {
    const [before, after] = [checks(was), checks(now)];
    if (!before && after) this.add("format-added", field, `${changeText("format", undefined, now)}${under}`);
    else if (before && !after)
      this.add(
        "format-removed",
        field,
        now === undefined
          ? `${changeText("format", was, undefined)}${under}`
          : `${changeText("format", was, now)}${under} (${show(now)} is not checked)`,
      );
    else if (before && after && WIDER_FORMATS[was!]?.includes(now!))
      this.add("format-widened", field, `${changeText("format", was, now)}${under}: every old value is still accepted`);
    else if (before && after)
      this.add(
        "format-changed",
        field,
        `${changeText("format", was, now)}${under}: values of the old form are rejected`,
      );
  }

  /** One keyword under one condition (see CONDITIONAL), before and after: at most one side lacks it. */
  conditional(
    field: string | undefined,
    b: Conditional | undefined,
    h: Conditional | undefined,
    /** Whether the base took a string at the field under the condition (see Differ.baseTook). */
    took?: BaseTook,
  ): void {
    const { keyword, when } = (b ?? h)!;
    const was = b?.values ?? [];
    const now = h?.values ?? [];
    if (was.length === now.length && was.every((v) => now.includes(v))) return;
    const under = ` when ${cut(when)}`;
    const [bv, hv] = [was[0], now[0]];
    // A keyword written more than once under one condition (allOf members): compared as written.
    if (was.length > 1 || now.length > 1) {
      for (const v of now)
        if (!was.includes(v)) this.add("constraint-added", field, `${keyword} ${cut(v)}${under} added`);
      for (const v of was)
        if (!now.includes(v)) this.add("constraint-removed", field, `${keyword} ${cut(v)}${under} removed`);
      return;
    }
    const [bj, hj] = [bv === undefined ? undefined : JSON.parse(bv), hv === undefined ? undefined : JSON.parse(hv)];
    const side = MIN_KEYWORDS.has(keyword) ? "min" : MAX_KEYWORDS.has(keyword) ? "max" : undefined;
    if (
      side !== undefined &&
      (bj === undefined || typeof bj === "number") &&
      (hj === undefined || typeof hj === "number")
    ) {
      this.bound(field, keyword, bj, hj, side, under);
    } else if (keyword === "enum" || keyword === "const") {
      const list = (v: unknown) =>
        (keyword === "const" ? [v] : Array.isArray(v) ? v : []).map((x) => JSON.stringify(x));
      if (bj === undefined) this.add("enum-narrowed", field, `values limited to ${someOf(list(hj))}${under}`);
      else if (hj === undefined) this.add("enum-widened", field, `${keyword} ${cut(bv!)} removed${under}`);
      else {
        const [before, after] = [list(bj), list(hj)];
        const gone = before.filter((v) => !after.includes(v));
        const fresh = after.filter((v) => !before.includes(v));
        if (gone.length > 0) this.add("enum-narrowed", field, `values removed: ${someOf(gone)}${under}`);
        if (fresh.length > 0) this.add("enum-widened", field, `values added: ${someOf(fresh)}${under}`);
      }
    } else if (
      keyword === "pattern" &&
      (bj === undefined || typeof bj === "string") &&
      (hj === undefined || typeof hj === "string")
    ) {
      this.pattern(field, bj, hj, under, undefined, took);
    } else if (keyword === "format") {
      this.format(field, typeof bj === "string" ? bj : undefined, typeof hj === "string" ? hj : undefined, under);
    } else if (keyword === "type") {
      const types = (v: unknown) => (Array.isArray(v) ? v : [v]).map(String);
      // integer is within number: a type list covers another when each of its types is covered.
      const covers = (list: string[], t: string) => list.includes(t) || (t === "integer" && list.includes("number"));
      const [before, after] = [bj === undefined ? undefined : types(bj), hj === undefined ? undefined : types(hj)];
      const lost = after !== undefined && (before === undefined || before.some((t) => !covers(after, t)));
      const gained = before !== undefined && (after === undefined || after.some((t) => !covers(before, t)));
      if (lost || gained)
        this.add(lost ? "type-changed" : "type-widened", field, `type ${bv ?? "any"} → ${hv ?? "any"}${under}`);
    } else {
      if (hv !== undefined) this.add("constraint-added", field, `${keyword} ${cut(hv)}${under} added`);
      if (bv !== undefined) this.add("constraint-removed", field, `${keyword} ${cut(bv)}${under} removed`);
    }
  }

  /**
   * oneOf variants, paired by title when every variant has a distinct one, then
   * (a variant retitled, or alternatives without titles reordered) by what
   * identifies one (its constants, else its keys, or its kind), then the rest
   * of one kind in order. A pair whose title changed is a doc change.
   */
  variants(path: string, b: IrType[], h: IrType[], exclusive: boolean, wasExclusive: boolean): void {
    const byTitle = titled(b) && titled(h);
    const name = (v: IrType, i: number) => (byTitle ? v.title! : `#${i}`);
    const pairs = pairVariants(b, h, byTitle);
    const paired = new Set(pairs.values());
    /** Choices (head indices) that take values they did not: they may now share more with another. */
    const widened = new Set<number>();
    /** Choices (head indices) that lost values they took. */
    const narrowed = new Set<number>();
    for (const [i, v] of b.entries()) {
      const key = name(v, i);
      const j = pairs.get(i);
      if (j === undefined) {
        if (typeTakesNothing(v)) {
          this.emptyChoiceRemoved(`${path}{${key}}`, key, v);
          continue;
        }
        // A choice another took every value of accepted none: removing it loses no config.
        const cover = wasExclusive ? this.coveredBefore(path, b, i) : undefined;
        const merged = cover === undefined ? this.mergedInto(path, v, h, exclusive) : undefined;
        const split = cover === undefined && merged === undefined ? this.splitInto(path, v, h, exclusive) : undefined;
        // Cut by a key, every piece into the same choice: that choice takes every value, and no other any.
        const into = merged ?? (split?.length === 1 ? split[0] : undefined);
        if (into !== undefined)
          this.add(
            "variant-merged",
            `${path}{${key}}`,
            `choice ${show(key)} removed (${kindText(v)}), but choice ${show(name(h[into]!, into))} takes every value it took${exclusive ? ", and no other choice any" : ""}: no config is lost`,
          );
        else if (split !== undefined)
          this.add(
            "variant-split",
            `${path}{${key}}`,
            `choice ${show(key)} removed (${kindText(v)}), but ${this.splitText(split, h, name, exclusive)}`,
          );
        else if (cover === undefined)
          this.add("variant-removed", `${path}{${key}}`, `choice ${show(key)} removed (${kindText(v)})`);
        else
          this.add(
            "covered-choice-narrowed",
            `${path}{${key}}`,
            `choice ${show(key)} removed (${kindText(v)}), but every value it took matched choice ${show(name(b[cover]!, cover))} too, so the oneOf rejected it: no config that was valid is lost`,
          );
        continue;
      }
      const now = h[j]!;
      if (byTitle && v.title !== now.title)
        this.add("doc-changed", `${path}{${key}}`, `label changed from ${show(v.title)} to ${show(now.title)}`);
      const from = this.changes.length;
      this.type(`${path}{${key}}`, v, now);
      const found = this.changes.slice(from);
      if (found.some((c) => WIDENING.has(c.rule))) widened.add(j);
      const lost = found.filter((c) => c.severity === "breaking");
      if (lost.length === 0) continue;
      narrowed.add(j);
      // Every value the choice took matched another choice too: the oneOf rejected it, so none is lost now,
      // when the choice only lost values (a value it took only now may have matched one choice alone).
      const cover = wasExclusive && this.narrowedOnly(path, v, now) ? this.coveredBefore(path, b, i) : undefined;
      const lostRules = [...new Set(lost.map((c) => c.rule))].join(", ");
      if (cover !== undefined) {
        this.changes.splice(from, found.length, ...found.filter((c) => c.severity !== "breaking"));
        this.add(
          "covered-choice-narrowed",
          `${path}{${key}}`,
          `choice ${show(key)} takes fewer values (${lostRules}), but every value it took matched choice ${show(name(b[cover]!, cover))} too, so the oneOf rejected it: no config that was valid is lost`,
        );
        continue;
      }
      // What the choice lost, other choices (new ones, as a rule) take now: it was split. In a oneOf, only when it
      // took no value it did not, or shares none with another choice: a value it took only now that another
      // choice takes too may have matched that one alone, and is lost (no rule above need have said so).
      const budget = this.splitBudget;
      const gainsSafe =
        !exclusive ||
        (this.modeledBase(path) && includes(v, now, budget)) ||
        h.every((w, m) => m === j || (budget.left >= 0 && overlap(w, now, budget) === Overlap.None));
      const split = gainsSafe ? this.splitInto(path, v, h, exclusive, j) : undefined;
      if (split === undefined) continue;
      this.changes.splice(from, found.length, ...found.filter((c) => c.severity !== "breaking"));
      this.add(
        "variant-split",
        `${path}{${key}}`,
        `choice ${show(key)} takes fewer values (${lostRules}), but ${this.splitText(split, h, name, exclusive)}`,
      );
    }
    const added = [...h.keys()].filter((i) => !paired.has(i));
    const baseOf = new Map([...pairs].map(([i, j]) => [j, b[i]!]));
    const indexBefore = new Map([...pairs].map(([i, j]) => [j, i]));
    // A kept choice every value of which another took too accepted none: an added one sharing them loses none.
    const covered = (j: number) => {
      const i = indexBefore.get(j);
      return i !== undefined && wasExclusive && this.coveredBefore(path, b, i) !== undefined;
    };
    this.addedChoices(path, h, added, [...paired], exclusive, name, true, (j) => baseOf.get(j), covered, b);
    if (exclusive) this.nowOverlapping(path, b, h, pairs, name, wasExclusive, widened, narrowed);
  }

  /**
   * The head choice that takes every value a removed choice `v` took, by the IR (both sides' schemas hold
   * nothing it leaves out there); in a oneOf, only when no other head choice takes any of them, so each
   * still matches one. Undefined when none is known.
   */
  private mergedInto(path: string, v: IrType, h: readonly IrType[], exclusive: boolean): number | undefined {
    if (!this.modeledBase(path) || !this.modeledHead(path)) return undefined;
    const k = h.findIndex((w) => this.overlapBudget.left >= 0 && includes(w, v, this.overlapBudget));
    if (k < 0) return undefined;
    if (exclusive && h.some((w, m) => m !== k && overlap(w, v, this.overlapBudget) !== Overlap.None)) return undefined;
    return k;
  }

  /** What a split choice's values went to (splitInto's choices `split` of the head's `h`), said. */
  private splitText(
    split: readonly number[],
    h: readonly IrType[],
    name: (v: IrType, i: number) => string,
    exclusive: boolean,
  ): string {
    const names = split.map((k) => show(name(h[k]!, k)));
    return names.length === 1
      ? `choice ${names[0]!} takes every value it took${exclusive ? ", and no other choice any" : ""}: no config is lost`
      : `choices ${someOf(names)} take every value it took between them${exclusive ? ", each value one of them alone" : ""}: no config is lost`;
  }

  /**
   * Head choices that take every value object choice `v` took between them, though none need take them all
   * (a choice split, OAuth's auth_type `["oauth", "oauth_legacy"]` → a choice for each): `v`, or each piece of
   * it cut by its keys (splitBy), is taken by one head choice, and in a oneOf no other shares a value with it.
   * By the IR, as mergedInto. Their indices, in order; undefined when none is known, or when choice `besides`
   * would be the only one.
   */
  private splitInto(
    path: string,
    v: IrType,
    h: readonly IrType[],
    exclusive: boolean,
    besides?: number,
  ): number[] | undefined {
    if (v.type !== "object" || !this.modeledBase(path) || !this.modeledHead(path)) return undefined;
    const budget = this.splitBudget;
    // Only a choice that may share values with `v` can take a piece of it, or share a value with one.
    const near: { index: number; choice: ObjectType; fields: Map<string, IrField> }[] = [];
    for (const [index, w] of h.entries()) {
      if (budget.left < 0) return undefined;
      if (w.type === "object" && overlap(w, v, budget) !== Overlap.None)
        near.push({ index, choice: w, fields: new Map(w.fields.map((g) => [g.wireKey, g])) });
    }
    if (!near.some((n) => n.index !== besides)) return undefined;
    // Keys some head choice requires, or (closed) leaves out, where `v` may leave them unset, or holds to fewer
    // of the values `v` lists: those a split cuts by. Another would cut `v` into pieces no head choice tells apart.
    const keys = v.fields
      .filter((f) =>
        near.some(({ choice, fields }) => {
          const g = fields.get(f.wireKey);
          if (g === undefined) return !f.required && extraValues(choice) === undefined;
          if (g.required && !f.required) return true;
          return listedDomain(f.type) !== undefined && !includes(g.type, f.type, budget);
        }),
      )
      .map((f) => f.wireKey);
    const used = new Set<number>();
    // A piece no one choice takes is cut by the next key that cuts it, in order: cut finer, a piece a choice
    // took stays that choice's, so no order of keys is searched for.
    const pieces: { piece: ObjectType; next: number }[] = [{ piece: v, next: 0 }];
    let count = 1;
    while (pieces.length > 0) {
      if (budget.left < 0) return undefined;
      const { piece, next } = pieces.pop()!;
      const taker = near.find((n) => budget.left >= 0 && includes(n.choice, piece, budget));
      if (
        taker !== undefined &&
        (!exclusive || near.every((n) => n === taker || overlap(n.choice, piece, budget) === Overlap.None))
      ) {
        used.add(taker.index);
        continue;
      }
      let cut: ObjectType[] | undefined;
      let at = next;
      for (; cut === undefined && at < keys.length; at++) {
        const f = piece.fields.find((g) => g.wireKey === keys[at]);
        cut = f === undefined ? undefined : splitBy(piece, f, near, budget);
      }
      if (cut === undefined) return undefined;
      count += cut.length - 1;
      if (count > SPLIT_PIECES) return undefined;
      for (const p of cut) pieces.push({ piece: p, next: at });
    }
    if (budget.left < 0 || ![...used].some((k) => k !== besides)) return undefined;
    return [...used].sort((x, y) => x - y);
  }

  /**
   * Choices of a oneOf (before and after) that came to share values by changing (one opened to extra
   * keys, a bound loosened), or that shared some before and now share more (grownOverlap): a value that
   * matched only one of them now matches both and is rejected. Only pairs with a changed choice are
   * compared, within the overlap budget.
   */
  nowOverlapping(
    path: string,
    b: IrType[],
    h: IrType[],
    pairs: Map<number, number>,
    name: (v: IrType, i: number) => string,
    /** The union was a oneOf before too (an anyOf made one is madeExclusive's: shared values are lost anyway). */
    wasExclusive: boolean,
    /** Choices (head indices) whose comparison found them taking values they did not. */
    widened: ReadonlySet<number> = new Set(),
    /** Choices (head indices) whose comparison found them losing values they took. */
    narrowed: ReadonlySet<number> = new Set(),
  ): void {
    const kept = [...pairs.entries()];
    const changed = kept.filter(([i, j]) => b[i] !== h[j] && !sameJson(b[i], h[j]));
    const isChanged = new Set(changed.map(([i]) => i));
    // Each changed choice against every other (a pair of two changed ones once): linear in the unchanged.
    for (const [i, j] of changed)
      for (const [k, l] of kept) {
        if (k === i || (isChanged.has(k) && k < i)) continue;
        if (this.overlapBudget.left < 0) return;
        const was = overlap(b[i]!, b[k]!, this.overlapBudget);
        let now = overlap(h[j]!, h[l]!, this.overlapBudget);
        const shared = now === Overlap.Certain ? sharedValue(h[j]!, h[l]!, [b[i]!, b[k]!]) : undefined;
        // Both changed: a value they share now may have been in neither before (so it was not valid then).
        // It was one's (and so valid: they shared none) when it is in one as it was, and that one kept all it took.
        if (
          now === Overlap.Certain &&
          was === Overlap.None &&
          isChanged.has(k) &&
          shared === undefined &&
          !(!narrowed.has(l) && overlap(h[j]!, b[k]!, this.overlapBudget) === Overlap.Certain) &&
          !(!narrowed.has(j) && overlap(b[i]!, h[l]!, this.overlapBudget) === Overlap.Certain)
        )
          now = Overlap.Possible;
        const [at, other] = [name(h[j]!, j), name(h[l]!, l)];
        if (now <= was) {
          if (now !== Overlap.None && wasExclusive) {
            if (requiresLess(b[i]!, h[j]!) || (h[j]!.type === "object" && widened.has(j))) {
              const lost = this.lostObject(path, b, h[j]!, h[l]!);
              if (lost !== undefined) this.nowBoth(path, at, other, lost);
              else
                this.add(
                  "choices-may-now-overlap",
                  `${path}{${at}}`,
                  `choice ${show(at)} takes values it did not (it requires less, was opened or widened), so it may now share more values with choice ${show(other)}: a value that matched only that choice would match both and be rejected`,
                );
            } else this.grownOverlap(path, b, h[j]!, h[l]!, at, other);
          }
          continue;
        }
        let value: number | string | undefined = now === Overlap.Certain ? shared : undefined;
        // The value both now take was valid only if one choice took it before: another choice (a third) may
        // have taken it too, and then it was rejected already. Then a value that was valid is looked for.
        if (now === Overlap.Certain && (typeof value === "number" || typeof value === "string")) {
          const steps = this.overlapBudget.grownSteps;
          const before = steps === undefined ? undefined : choicesTaking(b, value, steps);
          if (before !== undefined && before !== 1) {
            const lost = grownValue(b, h[j]!, h[l]!, this.overlapBudget.grownSteps);
            // Looked for on every value that tells the choices apart: none was valid and is rejected now.
            if (lost === null) continue;
            value = lost;
            if (value === undefined) {
              this.add(
                "choices-may-now-overlap",
                `${path}{${at}}`,
                `choice ${show(at)} now shares values with choice ${show(other)}, but each value found matched no choice, or two, before: none that was valid is known to be lost`,
              );
              continue;
            }
          }
        }
        if (now === Overlap.Certain)
          this.add(
            "choices-now-overlap",
            `${path}{${at}}`,
            value === undefined
              ? `choice ${show(at)} now shares values with choice ${show(other)}: a value matching both matches two choices of a oneOf and is rejected`
              : `choice ${show(at)} now shares values with choice ${show(other)}: ${show(value)} now matches both, matching two choices of a oneOf, and is rejected`,
          );
        else {
          // Objects told apart only by keys neither had before (an optional constant added to each, where a
          // required one was dropped): a value without them that one choice took may match both now.
          const lost = this.lostObject(path, b, h[j]!, h[l]!);
          if (lost !== undefined) this.nowBoth(path, at, other, lost);
          else
            this.add(
              "choices-may-now-overlap",
              `${path}{${at}}`,
              `choice ${show(at)} may now share values with choice ${show(other)}: a value matching both would match two choices of a oneOf and be rejected`,
            );
        }
      }
  }

  /** lostObjectValue where both sides' wire schemas hold only what the IR models at `path`. */
  private lostObject(path: string, b: readonly IrType[], a: IrType, c: IrType): Record<string, JsonValue> | undefined {
    return this.modeledBase(path) && this.modeledHead(path) ? lostObjectValue(b, a, c, this.overlapBudget) : undefined;
  }

  /** A config that matched one choice before and matches choices `at` and `other` now, said. */
  private nowBoth(path: string, at: string, other: string, lost: Record<string, JsonValue>): void {
    this.add(
      "choices-now-overlap",
      `${path}{${at}}`,
      `choice ${show(at)} now shares values with choice ${show(other)}: ${show(lost)}, which matched one choice, now matches both, matching two choices of a oneOf, and is rejected`,
    );
  }

  /**
   * Choices `a` and `other` of a oneOf after (named `at` and `otherName`) that shared values before too and
   * now share more: a value that matched exactly one of the choices `b` before and matches both now is
   * rejected (`maximum: 5` beside `minimum: 3` → `minimum: 1`: 1 and 2). Numbers and strings by their
   * bounds and listed values (see grownValue); a possible overlap when the connector says multipleOf.
   */
  grownOverlap(path: string, b: readonly IrType[], a: IrType, other: IrType, at: string, otherName: string): void {
    const value = grownValue(b, a, other, this.overlapBudget.grownSteps);
    if (value === undefined || value === null) return;
    // The IR keeps no step: the number may be off one's step, in a choice before and now.
    if (typeof value === "number" && this.overlapBudget.stepped?.() === true)
      this.add(
        "choices-may-now-overlap",
        `${path}{${at}}`,
        `choice ${show(at)} may now share more values with choice ${show(otherName)}: ${show(value)}, which matched one choice, would match both (unless a multipleOf leaves it out) and be rejected`,
      );
    else
      this.add(
        "choices-now-overlap",
        `${path}{${at}}`,
        `choice ${show(at)} now shares more values with choice ${show(otherName)}: ${show(value)}, which matched one choice, now matches both, matching two choices of a oneOf, and is rejected`,
      );
  }

  /**
   * An anyOf made a oneOf: a value two of its choices that were there before share was accepted and is
   * now rejected. Said once, for the first such pair found (surely sharing; a possible overlap is not said).
   */
  madeExclusive(path: string, b: IrType[], h: IrType[]): void {
    const name = variantName(h);
    const pairs = [...pairVariants(b, h, titled(b) && titled(h)).entries()];
    const kept = pairs.map(([, i]) => i);
    let possible: [number, number] | undefined;
    for (const [n, i] of kept.entries())
      for (const j of kept.slice(n + 1)) {
        // Work spent, the choices left are not told apart: they may share values.
        const found = this.overlapBudget.left < 0 ? Overlap.Possible : overlap(h[i]!, h[j]!, this.overlapBudget);
        // Objects: a config choice i took before (so the anyOf did), which both take now, is lost, named.
        const lost = found === Overlap.Possible ? this.lostObject(path, [b[pairs[n]![0]]!], h[i]!, h[j]!) : undefined;
        if (lost !== undefined) {
          this.add(
            "choices-made-exclusive",
            path,
            `anyOf made a oneOf: ${show(lost)} matches both choices ${show(name(h[i]!, i))} and ${show(name(h[j]!, j))}, so it matches two and is now rejected`,
          );
          return;
        }
        if (found === Overlap.Possible) possible ??= [i, j];
        if (found !== Overlap.Certain) continue;
        this.add(
          "choices-made-exclusive",
          path,
          `anyOf made a oneOf: values that choices ${show(name(h[i]!, i))} and ${show(name(h[j]!, j))} share match two choices and are now rejected`,
        );
        return;
      }
    if (possible !== undefined) {
      const [i, j] = possible;
      this.add(
        "choices-may-overlap",
        path,
        `anyOf made a oneOf: a value that matches both choices ${show(name(h[i]!, i))} and ${show(name(h[j]!, j))} would match two and be rejected`,
      );
    }
  }

  /** A oneOf made an anyOf: a value two choices it kept share, rejected before, is taken now (what a new choice takes is variant-added's). */
  madeInclusive(path: string, b: IrType[], h: IrType[]): void {
    const name = variantName(h);
    const kept = [...pairVariants(b, h, titled(b) && titled(h)).values()];
    for (const [n, i] of kept.entries())
      for (const j of kept.slice(n + 1)) {
        const found = this.overlapBudget.left < 0 ? Overlap.Possible : overlap(h[i]!, h[j]!, this.overlapBudget);
        if (found === Overlap.None) continue;
        this.add(
          "type-widened",
          path,
          `oneOf made an anyOf: a value that matches both choices ${show(name(h[i]!, i))} and ${show(name(h[j]!, j))}${found === Overlap.Certain ? " (they share values)" : ", if any,"} is taken now`,
        );
        return;
      }
  }

  /**
   * Choices added to a list of variants (`added`, by index). To an anyOf, a choice only adds values; to a
   * oneOf, a value it shares with a choice that was there before (`kept`) matches two and is rejected,
   * though configs that chose the old one held it. (Two new choices sharing values lose none of the old.)
   */
  addedChoices(
    path: string,
    variants: IrType[],
    added: readonly number[],
    /** The choices that were there before: only values they took can be lost. */
    kept: readonly number[],
    exclusive: boolean,
    name: (v: IrType, i: number) => string,
    /** Whether a choice that shares no value is said to be added (type-widened may have said so). */
    sayAdded = true,
    /** A kept choice as it was before, if it changed: the values shared must have been its then. */
    before: (j: number) => IrType | undefined = () => undefined,
    /** A kept choice that accepted no value before (every value it took matched another choice too). */
    acceptedNothing: (j: number) => boolean = () => false,
    /** Every choice before (or the one type it was), to look for a config one took that two take now. */
    baseChoices?: readonly IrType[],
  ): void {
    for (const i of added) {
      const v = variants[i]!;
      const at = `${path}{${name(v, i)}}`;
      let worst: { overlap: Overlap; j: number } = { overlap: Overlap.None, j: -1 };
      // The kept choices it may share values with, each to look for a config lost through it.
      const possible: number[] = [];
      if (exclusive)
        for (const j of kept) {
          if (this.overlapBudget.left < 0) {
            // Too many choices to compare within the budget: the rest may share values.
            if (worst.overlap === Overlap.None) worst = { overlap: Overlap.Possible, j };
            break;
          }
          const other = variants[j]!;
          let o = overlap(v, other, this.overlapBudget);
          // A value shared with the choice as it is now was valid only if the choice took it before too.
          const was = before(j);
          if (
            o === Overlap.Certain &&
            was !== undefined &&
            was !== other &&
            overlap(v, was, this.overlapBudget) !== Overlap.Certain
          )
            o = Overlap.Possible;
          // What it shares with such a choice was rejected before, unless the choice takes values it did not.
          if (o !== Overlap.None && acceptedNothing(j))
            o =
              was === undefined || was === other || this.narrowedOnly(path, was, other)
                ? Overlap.None
                : Overlap.Possible;
          if (o === Overlap.Possible) possible.push(j);
          if (o > worst.overlap) worst = { overlap: o, j };
          if (o === Overlap.Certain) break;
        }
      // Objects: a config one old choice took (and no other) that the added one takes too is lost, named.
      let lost: Record<string, JsonValue> | undefined;
      if (worst.overlap === Overlap.Possible && baseChoices !== undefined)
        for (const j of possible) {
          lost = this.lostObject(path, baseChoices, v, variants[j]!);
          if (lost !== undefined) {
            worst = { overlap: Overlap.Possible, j };
            break;
          }
        }
      const other = worst.j >= 0 ? show(name(variants[worst.j]!, worst.j)) : "";
      if (worst.overlap === Overlap.Certain)
        this.add(
          "variant-added-overlapping",
          at,
          `choice ${show(name(v, i))} added to a oneOf; values it shares with choice ${other} now match two choices and are rejected`,
        );
      else if (worst.overlap === Overlap.Possible) {
        if (lost !== undefined)
          this.add(
            "variant-added-overlapping",
            at,
            `choice ${show(name(v, i))} added to a oneOf; ${show(lost)}, which matched choice ${other} alone, now matches both and is rejected`,
          );
        else
          this.add(
            "variant-added-may-overlap",
            at,
            `choice ${show(name(v, i))} added to a oneOf; a value that also matches choice ${other} would match two choices and be rejected`,
          );
      } else if (sayAdded) this.add("variant-added", at, `choice ${show(name(v, i))} added`);
    }
  }
}

/**
 * Formats that take every value of another: a URI is a URI reference, an IRI
 * one (its internationalised form). Other asserted formats are kinds of value
 * apart (no date is a date-time, no email a URI): a change between them rejects
 * what was valid.
 */
export const WIDER_FORMATS: Readonly<Record<string, readonly string[]>> = {
  uri: ["uri-reference", "iri", "iri-reference"],
  // Four labels of digits: a host name, and a relative reference.
  ipv4: ["hostname", "idn-hostname", "uri-reference"],
  "uri-reference": ["iri-reference"],
  iri: ["iri-reference"],
  email: ["idn-email"],
  // Labels of letters, digits and hyphens: a relative reference (a path of one segment) too.
  hostname: ["idn-hostname", "uri-reference", "iri-reference"],
  // Digits and hyphens: a host name of one label, and a relative reference.
  date: ["hostname", "idn-hostname", "uri-reference", "iri-reference"],
  // Hex digits and hyphens (urn:uuid: a URN): a relative reference, or an absolute one.
  uuid: ["uri-reference", "iri-reference"],
  // The same check, the time zone left optional.
  "date-time": ["iso-date-time"],
  time: ["iso-time"],
};

/**
 * Formats the run-time validator asserts (date, email, uri, …): it rejects some
 * string, and every one of them rejects this one. Any other format (password,
 * byte, binary, …) is an annotation, whose change nobody notices.
 */
/** Whether the runtime holds numbers or strings to a format (int32 and int64 hold numbers). */
function assertedOnAny(format: string | undefined): boolean {
  return asserted(format) || (format !== undefined && !schemaValidator({ type: "number", format }).isValid(0.5));
}

const assertedFormats = new Map<string, boolean>();
function asserted(format: string | undefined): boolean {
  if (format === undefined) return false;
  let known = assertedFormats.get(format);
  if (known === undefined) {
    known = !schemaValidator({ type: "string", format }).isValid("( ");
    if (assertedFormats.size < 1000) assertedFormats.set(format, known);
  }
  return known;
}

/** A scalar type that takes every value of its kind (`{ type: "string" }` beside an enum: `Literal[…] | str`). */
function anyOfKind(v: IrType, kind: IrType["type"]): boolean {
  if (v.type !== kind) return false;
  const { type: _type, title: _title, nullable: _nullable, ...constraints } = v;
  if (v.type === "string" && !asserted(v.format)) delete (constraints as { format?: string }).format;
  return ["string", "integer", "number", "boolean"].includes(v.type) && Object.keys(constraints).length === 0;
}

/** A type's kind as messages name it, not in the IR's words ("union", "unknown"). */
const kindText = (t: IrType): string =>
  t.type === "union"
    ? `a choice of ${t.variants.map((v) => v.type).join(", ")}`
    : t.type === "unknown" && t.enum === undefined
      ? "any value"
      : t.type;

const withoutNull = (t: IrType): IrType => (t.nullable === undefined ? t : { ...t, nullable: undefined });

const titled = (list: IrType[]) =>
  list.every((v) => v.title !== undefined) && new Set(list.map((v) => v.title)).size === list.length;

/** How a oneOf's alternatives are named in change paths: by title when each has a distinct one, else by position. */
const variantName = (list: IrType[]) => {
  const byTitle = titled(list);
  return (v: IrType, i: number) => (byTitle ? v.title! : `#${i}`);
};

/**
 * The alternative of a oneOf that a single type stands for: the one with its
 * title, else the only one of its kind, else the only one with its constants;
 * -1 when none or several could be.
 */
function alternativeOf(variants: IrType[], single: IrType): number {
  if (single.title !== undefined) {
    const i = variants.findIndex((v) => v.title === single.title);
    if (i >= 0) return i;
  }
  const kinds = variants.flatMap((v, i) => (v.type === single.type ? [i] : []));
  if (kinds.length === 1) return kinds[0]!;
  const { key, constant } = identity(single);
  const named = constant ? kinds.filter((i) => identity(variants[i]!).key === key) : [];
  if (named.length === 1) return named[0]!;
  // Else the first of its kind that takes every value it takes (one that requires less beside one added).
  const budget: OverlapBudget = { left: OVERLAP_BUDGET, patternSteps: { left: PATTERN_STEPS } };
  return kinds.find((i) => budget.left >= 0 && includes(variants[i]!, single, budget)) ?? -1;
}

/** An object choice's fields that hold one value (a `const`, a one-value list), as `[wireKey, value]`. */
function constantsOf(v: IrType): [string, JsonValue][] {
  if (v.type !== "object") return [];
  return v.fields.flatMap((f): [string, JsonValue][] =>
    "enum" in f.type && f.type.enum?.length === 1 ? [[f.wireKey, f.type.enum[0]!.value]] : [],
  );
}

/**
 * What tells a variant apart without its title: an object's one-value fields
 * (`method: "CDC"`), else its keys; another type's kind (and its values).
 */

function identity(v: IrType): { key: string; constant: boolean } {
  if (v.type !== "object")
    return {
      key: JSON.stringify([v.type, "enum" in v ? (v.enum?.map((o) => o.value) ?? null) : null]),
      constant: false,
    };
  const constants = constantsOf(v);
  if (constants.length > 0) return { key: JSON.stringify(constants), constant: true };
  return { key: JSON.stringify(v.fields.map((f) => f.wireKey).sort()), constant: false };
}

/** Base index → head index of the variants that are one another's (see Differ.variants). */
function pairVariants(b: IrType[], h: IrType[], byTitle: boolean): Map<number, number> {
  const pairs = new Map<number, number>();
  const taken = new Set<number>();
  const pair = (i: number, j: number) => {
    pairs.set(i, j);
    taken.add(j);
  };
  if (byTitle) {
    const index = new Map(h.map((v, j) => [v.title!, j]));
    b.forEach((v, i) => {
      const j = index.get(v.title!);
      if (j !== undefined) pair(i, j);
    });
  } else {
    // A choice written the same on both sides is itself, however many others its constants share.
    const written = new Map<string, number[]>();
    h.forEach((v, j) => {
      const text = JSON.stringify(v);
      const same = written.get(text);
      if (same) same.push(j);
      else written.set(text, [j]);
    });
    b.forEach((v, i) => {
      const j = written.get(JSON.stringify(v))?.shift();
      if (j !== undefined) pair(i, j);
    });
  }
  // Unique keys among the variants not paired yet, on both sides.
  const unique = (list: IrType[], free: (i: number) => boolean, key: (v: IrType, i: number) => string) => {
    const seen = new Map<string, number>();
    list.forEach((v, i) => {
      if (!free(i)) return;
      const k = key(v, i);
      seen.set(k, seen.has(k) ? -1 : i);
    });
    return seen;
  };
  const [baseIds, headIds] = [b.map(identity), h.map(identity)];
  const ids = unique(
    h,
    (j) => !taken.has(j),
    (_, j) => headIds[j]!.key,
  );
  for (const [k, i] of unique(
    b,
    (i) => !pairs.has(i),
    (_, i) => baseIds[i]!.key,
  )) {
    const j = ids.get(k);
    if (i >= 0 && j !== undefined && j >= 0) pair(i, j);
  }
  // A constant that one choice left on each side has, and no other left there (a discriminator, `method: "CDC"`),
  // though their other constants changed (a one-value list widened beside it): the same choice.
  const holders = (list: IrType[], free: (i: number) => boolean) => {
    const by = new Map<string, number>();
    list.forEach((v, i) => {
      if (!free(i)) return;
      for (const c of constantsOf(v).map((entry) => JSON.stringify(entry))) by.set(c, by.has(c) ? -1 : i);
    });
    return by;
  };
  const [baseHolders, headHolders] = [holders(b, (i) => !pairs.has(i)), holders(h, (j) => !taken.has(j))];
  for (const [c, i] of baseHolders) {
    const j = headHolders.get(c);
    if (i >= 0 && j !== undefined && j >= 0 && !pairs.has(i) && !taken.has(j)) pair(i, j);
  }
  // The rest, kind by kind, in order; a variant its constants name is another one's only by them.
  const rest = new Map<string, number[]>();
  h.forEach((w, j) => {
    if (taken.has(j) || headIds[j]!.constant) return;
    const queue = rest.get(w.type);
    if (queue) queue.push(j);
    else rest.set(w.type, [j]);
  });
  b.forEach((v, i) => {
    const j = pairs.has(i) || baseIds[i]!.constant ? undefined : rest.get(v.type)?.shift();
    if (j !== undefined) pair(i, j);
  });
  // Then an integer choice left is the number choice left (one widened, or narrowed), in order.
  const numeric = { integer: "number", number: "integer" } as Record<string, string | undefined>;
  b.forEach((v, i) => {
    const other = numeric[v.type];
    const j = pairs.has(i) || baseIds[i]!.constant || other === undefined ? undefined : rest.get(other)?.shift();
    if (j !== undefined) pair(i, j);
  });
  // Untitled, the choices left of a kind, as many on each side (those its constants name: one widened to a
  // list, `const: "x"` → `enum: ["x", "y"]`, or two that named the same), are the ones changed, in order:
  // nothing else is there to be them. (Titled choices are paired by title: one retitled with its constants
  // changed is another choice.)
  const alone = (list: IrType[], free: (i: number) => boolean) => {
    const byKind = new Map<string, number[]>();
    list.forEach((v, i) => {
      if (!free(i)) return;
      const group = byKind.get(v.type);
      if (group) group.push(i);
      else byKind.set(v.type, [i]);
    });
    return byKind;
  };
  const headAlone = alone(h, (j) => !taken.has(j));
  for (const [kind, group] of byTitle ? [] : alone(b, (i) => !pairs.has(i))) {
    const other = headAlone.get(kind);
    if (other?.length === group.length) group.forEach((i, n) => pair(i, other[n]!));
  }
  if (byTitle) return pairs;
  // Untitled and still alone: a choice left is the first one left that takes every value it took (one widened
  // beside a choice added), not a choice removed. The work is bounded as telling overlaps apart is.
  const budget: OverlapBudget = { left: OVERLAP_BUDGET, patternSteps: { left: PATTERN_STEPS } };
  b.forEach((v, i) => {
    if (pairs.has(i)) return;
    const j = h.findIndex((w, j) => !taken.has(j) && w.type === v.type && budget.left >= 0 && includes(w, v, budget));
    if (j >= 0) pair(i, j);
  });
  return pairs;
}

/**
 * Keywords the run-time check enforces from the snapshot's schema that the IR
 * does not model, so no rule above sees them. Compared as written, per
 * property path: where both snapshots have the property, one that appears (or
 * changes) may reject old values, one that goes may not. (draft-07's additionalItems is not one: the IR
 * types what follows a tuple's positions, and elsewhere it has no effect.)
 */
const UNMODELED = new Set([
  "multipleOf",
  "uniqueItems",
  "minContains",
  "maxContains",
  "minProperties",
  "maxProperties",
  "not",
  "contains",
  "propertyNames",
  "patternProperties",
  "dependentSchemas",
  "prefixItems",
  // draft-07's dependentRequired and dependentSchemas in one: the IR models neither form of it.
  "dependencies",
  // 2019-09's: nothing the generator emits enforces them, Ajv does (typed as any value, warned).
  "unevaluatedProperties",
  "unevaluatedItems",
]);

/**
 * draft-07 `dependencies` (or dependentSchemas) without the keys it requires (its lists, and its schemas'
 * `required`: the IR's requiredWhen, as dependentRequired's): what else its schemas say, dependentSchemas'.
 */
const withoutKey = (v: Record<string, unknown>, key: string) => {
  const { [key]: _dropped, ...rest } = v;
  return rest;
};

function dependentSchemasOf(value: unknown): unknown {
  if (!isPlainObject(value)) return value;
  const schemas: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(value)) {
    if (Array.isArray(v)) continue;
    // A copy without `required`: the schema is the document's, shared with the other side.
    const rest = isPlainObject(v) && Array.isArray(v.required) ? withoutKey(v, "required") : v;
    const says =
      !isPlainObject(rest) || Object.keys(rest).some((k) => !["title", "description", "$comment"].includes(k));
    if (says) Object.defineProperty(schemas, name, { value: rest, enumerable: true });
  }
  return schemas;
}

/** The start of a patternProperties text in an object closed to other extra keys: the only ones it takes. */
const CLOSED_PATTERNS = "in an object closed to other keys: ";

/**
 * Whether an unmodeled keyword text at `path` is the object's own patternProperties: at the config (whose
 * patterns are typed only with no condition, choice or allOf beside them), any; at an object field, one
 * under no condition or choice and with no `$ref` targets written beside it (the text is JSON after the
 * keyword).
 */
function ownPatternsText(k: string, path: string): boolean {
  const text = k.startsWith(CLOSED_PATTERNS) ? k.slice(CLOSED_PATTERNS.length) : k;
  if (!text.startsWith("patternProperties ")) return false;
  if (path === "") return true;
  try {
    JSON.parse(text.slice("patternProperties ".length));
    return true;
  } catch {
    return false;
  }
}

/** An object field that authors may no longer give extra keys, though the wire still takes them. */
const AUTHORS_CLOSED =
  "no longer takes extra keys from authors (the schema leaves additionalProperties out now: the wire still takes them, authored configs are checked for unknown keys)";

/** A list of one schema that holds nothing but a condition (`if`, `then`, `else`). */
const conditionOnly = (list: unknown): boolean =>
  Array.isArray(list) &&
  list.length === 1 &&
  isPlainObject(list[0]) &&
  "if" in list[0] &&
  Object.keys(list[0]).every((k) => k === "if" || k === "then" || k === "else");

/**
 * An anyOf/oneOf whose alternatives only add constraints (\`anyOf: [{ required: [a] }, { required: [b] }]\`):
 * the IR types the schema without it and validation applies it, so it is compared as written.
 */
const constraintsOnly = (list: unknown, node: Record<string, unknown>, path: string): boolean =>
  Array.isArray(list) &&
  list.length > 0 &&
  list.every(
    (s) =>
      s !== null &&
      typeof s === "object" &&
      !Array.isArray(s) &&
      // At the top, alternatives that constrain declared properties are the config's constraints (the
      // dialect's configSchemaOf); deeper, they are variants, which the IR has.
      (path === "" ? addsConstraintsOnly(s, node.properties) : !STRUCTURAL.some((k) => k in s)),
  );
/** Whether `step` divides `multiple` exactly (as decimals: 0.1 divides 0.3), so every multiple of the one is of the other. */
export function divides(step: number, multiple: number): boolean {
  if (!Number.isFinite(step) || !Number.isFinite(multiple)) return false;
  // As JavaScript writes them (`0.1`, `1e-7`): digits × 10^exponent, the strict parser's reading of a literal.
  const [s, m] = [decimalValue(String(step)), decimalValue(String(multiple))];
  if (s.digits === "") return false;
  if (m.digits === "") return true;
  const shift = m.exponent - s.exponent;
  // A bound on the digits worked with: doubles span about 10^±324.
  if (Math.abs(shift) > 700) return false;
  const [sd, md] = [BigInt(s.digits), BigInt(m.digits)];
  return shift >= 0 ? (md * 10n ** BigInt(shift)) % sd === 0n : md % (sd * 10n ** BigInt(-shift)) === 0n;
}

/**
 * A keyword written so it takes every value (`uniqueItems: false`, `minProperties: 0`, a `true` or `{}` schema,
 * `multipleOf: 1` beside a type, where the IR holds numbers to integers): no constraint for the keywords no other rule compares. Not so `not: {}` (nothing passes) or `contains: {}` (an item must be there).
 */
function noConstraint(key: string, value: unknown, node: Record<string, unknown>): boolean {
  // multipleOf 1 takes every integer: beside a type, it is no constraint, or (beside number) the IR's integer
  // type, which the dialect reads it as. Alone it holds numbers of any kind of value to integers.
  if (key === "multipleOf" && value === 1) return node.type !== undefined;
  // Beside `type: "string"`, a `not` of the empty string alone is the IR's least length of 1.
  if (key === "not" && node.type === "string" && notEmptyString(value)) return true;
  if (value === true || (value !== null && typeof value === "object" && Object.keys(value).length === 0))
    return key !== "not" && key !== "uniqueItems" && key !== "contains";
  return (
    (key === "uniqueItems" && value === false) ||
    (key === "minProperties" && value === 0) ||
    (key === "minContains" && value === 1)
  );
}

/**
 * Bounds of one kind of value (`maxLength` bounds strings, `minimum` numbers), by the side they
 * bound: in a schema that says no `type`, the IR types the value as any JSON value and keeps none
 * of them, yet the runtime checks each on values of its kind. Compared here, as bounds.
 */
const UNTYPED_BOUNDS: Record<string, "min" | "max" | "pattern" | "format"> = {
  minLength: "min",
  maxLength: "max",
  minimum: "min",
  maximum: "max",
  exclusiveMinimum: "min",
  exclusiveMaximum: "max",
  minItems: "min",
  maxItems: "max",
  pattern: "pattern",
  format: "format",
};

/**
 * A schema the IR types as any JSON value: no `type`, and nothing it infers one from (a list of
 * values, items, properties) or reads as a union of typed schemas.
 */
const isUntyped = (node: Record<string, unknown>) =>
  !["type", "enum", "const", "items", "prefixItems", "properties", "additionalProperties", "patternProperties"].some(
    (k) => k in node,
  ) &&
  !["allOf", "anyOf", "oneOf"].some((k) => Array.isArray(node[k])) &&
  // A `$ref`'s target is walked at the same path and judged itself.
  typeof node.$ref !== "string";

/** The two sides' fields, for the unmodeled keywords' comparison (see Differ.unmodeled). */
interface UnmodeledFields {
  base: readonly IrField[];
  head: readonly IrField[];
  /** The base's config takes extra keys. */
  baseOpen?: boolean;
  /** The head's config takes extra keys. */
  headOpen?: boolean;
  /** Whether each side's IR types its config's extra-key values (IrConnector.extraValues), base first. */
  extraTyped?: readonly [boolean, boolean];
}

/** Keywords whose value is one schema, with the path step it adds (`if` is a condition, not a constraint). */
const SUBSCHEMA: Record<string, string> = { items: "[]", additionalProperties: "/*", then: "", else: "" };
const ALTERNATIVES = new Set(["allOf", "anyOf", "oneOf"]);
/** The config's own extra keys refused: whatever value type is given or dropped beside it is additional-keys-*'s. */
const ROOT_CLOSED = "additionalProperties false";
/**
 * A schema with properties or items and no type (`{ properties: { … } }`): the IR types it an object (an
 * array), but it takes values of every other kind too, which a type written later rejects.
 */
const EVERY_KIND = "no type written: values of every kind are taken";
/** Schema nodes walked at most, $refs followed at each use: a bound for hostile sharing. */
const WALK_LIMIT = 100_000;

/**
 * Value constraints the IR models where they stand, but not under `then` or `else`: there
 * they hold only when the `if` does (or does not), which the IR does not say.
 */
const CONDITIONAL = new Set([
  "type",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "format",
]);
/**
 * Value keywords beside a \`$ref\`: the IR types the target alone, while validation applies
 * both, so each is compared as an unmodeled keyword.
 */
const BESIDE_REF = new Set([...CONDITIONAL, "required"]);
const MIN_KEYWORDS = new Set(["minimum", "exclusiveMinimum", "minLength", "minItems"]);
const MAX_KEYWORDS = new Set(["maximum", "exclusiveMaximum", "maxLength", "maxItems"]);

/**
 * An anyOf/oneOf that unmodeledKeywords compares as written: its keyword, its choices, the condition
 * it stands under ("" for none) and each choice's text with what its `$ref`s lead to.
 */
interface Alternatives {
  keyword: string;
  list: unknown[];
  when: string;
  /** Worked out when first asked for: most are never compared choice by choice. */
  texts: () => ReadonlySet<string>;
}

/** A value constraint under a condition: the keyword, the condition in words, each value written (JSON). */
interface Conditional {
  keyword: string;
  when: string;
  values: string[];
}

const NO_SLOTS: ReadonlyMap<string, Conditional> = new Map();

/** Long condition texts as their start and a digest: keys stay short however deep conditions nest. */
const bounded = (text: string) =>
  text.length <= 1000
    ? text
    : `${text.slice(0, 200)}… #${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;

/** Most `$ref` targets withRefTargets adds to one value's text. */
const REF_TARGETS = 200;

/** A `$ref` target as withRefTargets writes it (its text, or past 200 characters a digest), and the `$ref`s in it. */
interface RefTarget {
  text: string;
  refs: string[];
}

/** Targets by wire schema and `$ref`: each is read once however many values refer to it. */
const refTargets = new WeakMap<object, Map<string, RefTarget>>();

/** The local `$ref`s written anywhere in `value`, in order, each once; undefined past WALK_LIMIT nodes. */
function refsWithin(value: unknown): string[] | undefined {
  const found = new Set<string>();
  const stack: unknown[] = [value];
  for (let walked = 0; stack.length > 0; walked++) {
    if (walked > WALK_LIMIT) return undefined;
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
      continue;
    }
    for (const [key, sub] of Object.entries(node)) {
      if (key === "$ref" && typeof sub === "string") found.add(sub);
      else stack.push(sub);
    }
  }
  return [...found];
}

function refTarget(root: unknown, ref: string): RefTarget {
  if (root === null || typeof root !== "object") return { text: "undefined", refs: [] };
  let byRef = refTargets.get(root);
  if (byRef === undefined) refTargets.set(root, (byRef = new Map()));
  let known = byRef.get(ref);
  if (known === undefined) {
    const target = resolvePointer(root, ref);
    const text = JSON.stringify(target) ?? "undefined";
    known = {
      text: text.length <= 200 ? text : `#${createHash("sha256").update(text).digest("hex").slice(0, 16)}`,
      // A target too large to walk is its digest alone: what it refers to is not followed.
      refs: text.includes('"$ref"') ? (refsWithin(target) ?? []) : [],
    };
    byRef.set(ref, known);
  }
  return known;
}

/**
 * `value` as JSON, then each local `$ref` in it, and in the targets those reach, with its
 * target as written (a digest past 200 characters): two values that read the same but lead to
 * different schemas differ. Each target is read once per wire schema, so many values that refer
 * to one large target cost its size once. Past REF_TARGETS targets the rest is cut, and said to be.
 */
function withRefTargets(value: unknown, root: unknown, text = JSON.stringify(value) ?? "undefined"): string {
  if (!text.includes('"$ref"')) return text;
  const queue = refsWithin(value);
  if (queue === undefined) return `${text} (more $ref targets not written)`;
  const seen = new Set(queue);
  const parts: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    if (i >= REF_TARGETS) {
      parts.push(" (more $ref targets not written)");
      break;
    }
    const ref = queue[i]!;
    const target = refTarget(root, ref);
    parts.push(` ($ref ${ref}: ${target.text})`);
    for (const next of target.refs)
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
  }
  return text + parts.join("");
}

/** Keywords whose lists are sets: their order says nothing. */
const SET_KEYWORDS = new Set(["required", "enum", "type"]);
/** Keywords whose value is data, compared as written (canonicalJson orders its keys). */
const DATA_KEYWORDS = new Set(["const", "default", "examples", "example"]);
/** Keywords whose value maps names to schemas (draft-07 `dependencies` and dependentRequired: or to lists of names). */
const SCHEMA_MAPS = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "definitions",
  "dependentSchemas",
  "dependencies",
  "dependentRequired",
]);

/**
 * A schema's JSON text with object keys in order (canonicalJson), set lists (`required`, `enum`, `type`)
 * sorted, and one spelling where two say the same (a one-value enum is a const; `integer` beside `number`
 * in a type list adds nothing): two spellings of one condition are one condition.
 */
const canonicalText = (value: unknown): string => canonicalJson(canonicalSchema(value));

/** canonicalText of a keyword's value, read as that keyword's (a schema, a map of schemas, a set, data). */
const canonicalKeywordText = (key: string, value: unknown): string => canonicalJson(canonicalKeyword(key, value));

function canonicalKeyword(key: string, value: unknown): unknown {
  if (DATA_KEYWORDS.has(key)) return value;
  if (SET_KEYWORDS.has(key) && Array.isArray(value)) {
    const texts = new Map(value.map((v) => [v, canonicalJson(v)] as const));
    return [...value].sort((x, y) => (texts.get(x)! < texts.get(y)! ? -1 : texts.get(x)! > texts.get(y)! ? 1 : 0));
  }
  if (SCHEMA_MAPS.has(key) && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [name, v] of Object.entries(value))
      Object.defineProperty(out, name, { value: canonicalSchema(v), enumerable: true });
    return out;
  }
  return canonicalSchema(value);
}

/** A copy of a schema (or a list of schemas) in canonicalText's spelling. */
function canonicalSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => canonicalSchema(v));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    Object.defineProperty(out, k, { value: canonicalKeyword(k, v), enumerable: true, configurable: true });
  if (Array.isArray(out.enum) && out.enum.length === 1 && !Object.hasOwn(out, "const")) {
    Object.defineProperty(out, "const", { value: out.enum[0], enumerable: true });
    delete out.enum;
  }
  if (Array.isArray(out.type)) {
    const types = new Set(out.type);
    if (types.has("number")) types.delete("integer");
    const list = [...types];
    Object.defineProperty(out, "type", {
      value: list.length === 1 ? list[0] : list,
      enumerable: true,
      configurable: true,
    });
  }
  // Beside a list, a type only leaves out the values it does not have (`{ type: "string", const: "a" }` is
  // `{ const: "a" }`, `{ type: "string", enum: ["a", 1] }` is `{ const: "a" }`).
  if (Object.hasOwn(out, "type") && (Object.hasOwn(out, "const") || Array.isArray(out.enum))) {
    const types = Array.isArray(out.type) ? (out.type as unknown[]) : [out.type];
    const typed = (v: unknown) => types.some((t) => hasJsonType(t, v) === true);
    if (Object.hasOwn(out, "const")) {
      if (typed(out.const)) delete out.type;
    } else {
      const kept = (out.enum as unknown[]).filter(typed);
      delete out.type;
      if (kept.length === 1 && !Object.hasOwn(out, "const")) {
        delete out.enum;
        Object.defineProperty(out, "const", { value: kept[0], enumerable: true, configurable: true });
      } else Object.defineProperty(out, "enum", { value: kept, enumerable: true, configurable: true });
    }
  }
  return out;
}

/**
 * When a branch of an `if` applies, as compared: `if: { not: X }` is `if: X` with its branches swapped, and
 * a property test that lists values by an anyOf/oneOf of choices (`anyOf: [{ const: "a" }, { const: "b" }]`)
 * is that `enum`, so either spelling is the same condition.
 */
function branchCondition(written: unknown, key: "then" | "else"): { test: unknown; holds: boolean } {
  const negated = isPlainObject(written) && Object.keys(written).length === 1 && Object.hasOwn(written, "not");
  const test = negated ? (written as Record<string, unknown>).not : written;
  return { test: listedTestOf(test), holds: (key === "then") !== negated };
}

function listedTestOf(test: unknown): unknown {
  if (!isPlainObject(test)) return test;
  if (!listedTests.has(test)) listedTests.set(test, withListedTests(test));
  return listedTests.get(test);
}

/** Tests as branchCondition reads them, by the test as written (the same object each time, as texts are kept by it). */
const listedTests = new WeakMap<object, unknown>();

function withListedTests(test: unknown): unknown {
  if (!isPlainObject(test) || !isPlainObject(test.properties)) return test;
  const properties = test.properties;
  let changed = false;
  const entries = Object.keys(properties).map((name): [string, unknown] => {
    const sub = properties[name];
    const values = isPlainObject(sub) && !("const" in sub) && !("enum" in sub) ? listedValues(sub) : undefined;
    if (values === undefined) return [name, sub];
    changed = true;
    return [name, values.length === 1 ? { const: values[0] } : { enum: values }];
  });
  return changed ? { ...test, properties: Object.fromEntries(entries) } : test;
}

/** A condition (an `if`) as compared and said: its canonical text, with what its $refs lead to. */
const conditionText = (test: unknown, root: unknown) => bounded(withRefTargets(test, root, canonicalText(test)));

/** Text for a message, cut when long. */
const cut = (k: string) => (k.length > 200 ? `${k.slice(0, 199)}…` : k);

/**
 * What a wire schema holds beyond the IR at the field of change path `path` (`f{Choice}/key`; a choice's
 * keywords are its field's), below it, or above it (the object it is in, which a keyword such as `not` or
 * `dependentSchemas` may narrow), under a condition or not: nothing (`{}`); only one `multipleOf` under no
 * condition at the path itself (`{ step }`), the one keyword the IR leaves out that is judged beside it; or
 * more (undefined). A path that cannot be read back to a wire path (a choice named with braces) is taken to
 * hold more.
 */
function unmodeledAt(
  found: ReturnType<typeof unmodeledKeywords>,
  path: string,
  /** Paths whose own patternProperties are in the IR (see Differ.patternsTypedAt). */
  patternsTypedAt: ReadonlySet<string>,
): { step?: number } | undefined {
  if (found === undefined) return undefined;
  const wire = path.replace(/\{[^{}]*\}/g, "");
  if (wire.includes("{") || wire.includes("}")) return undefined;
  const related = (k: string) =>
    k === "" ||
    k === wire ||
    wire.startsWith(`${k}/`) ||
    wire.startsWith(`${k}[]`) ||
    k.startsWith(`${wire}/`) ||
    k.startsWith(`${wire}[]`);
  // The config's own extra keys are listed at "" (unmodeledPaths compares them there): no field's values.
  // A typed schema's bounds are listed (to compare with an untyped one's), and the IR has them.
  const narrows = (k: string, text: string) =>
    !(k === "" && text.startsWith("additionalProperties ")) &&
    !(patternsTypedAt.has(k) && ownPatternsText(text, k)) &&
    !(Object.hasOwn(UNTYPED_BOUNDS, text.slice(0, text.indexOf(" "))) && !found.untyped.has(k));
  let step: number | undefined;
  for (const [k, set] of found.keywords)
    if (related(k))
      for (const text of set) {
        const stepped = k === wire && path === wire ? /^multipleOf ([^ ]+)$/.exec(text) : null;
        if (stepped !== null && Number(stepped[1]) > 0 && step === undefined) step = Number(stepped[1]);
        else if (narrows(k, text)) return undefined;
      }
  for (const k of found.conditional.keys()) if (related(k)) return undefined;
  for (const k of found.requiredUnder.keys()) if (related(k)) return undefined;
  return step === undefined ? {} : { step };
}

/**
 * The unmodeled keywords of a wire schema (`keyword value` texts, with ` when …` under
 * a condition) by property path (`spec/pod/replicas`, `fields[]`, `""` for the config
 * itself; every path the schema has, most with none), and the value constraints under
 * if/then/else by path and by keyword and condition; $refs followed (a cycle is cut
 * where it closes); undefined past WALK_LIMIT nodes.
 */
function unmodeledKeywords(root: unknown):
  | {
      keywords: Map<string, Set<string>>;
      conditional: Map<string, Map<string, Conditional>>;
      untyped: Set<string>;
      requiredUnder: Map<string, Map<string, Set<string>>>;
      choices: Map<string, Map<string, Alternatives>>;
      /** The `if` of each condition `X holds` not inside another (what conditionAtoms reads). */
      tests: Map<string, unknown>;
      /** Each condition's `if`s, and whether each holds or fails there (what conditionAtoms reads). */
      parts: Map<string, { test: unknown; holds: boolean }[]>;
    }
  | undefined {
  const found = new Map<string, Set<string>>();
  const tests = new Map<string, unknown>();
  const parts = new Map<string, { test: unknown; holds: boolean }[]>();
  /** Keys `required` under a condition, by path and condition (the IR models some: see Differ.requiredUnder). */
  const requiredUnder = new Map<string, Map<string, Set<string>>>();
  /** Paths with a schema the IR types as any value (isUntyped). */
  const untyped = new Set<string>();
  const conditional = new Map<string, Map<string, Conditional>>();
  // `merged`: an allOf member, which the IR merges with the schema it is in (and types with it).
  // `choice`: a oneOf/anyOf member, whose bounds hold for the values that choose it, not for the whole.
  const stack: {
    node: unknown;
    path: string;
    refs: readonly string[];
    when: string;
    merged?: true;
    choice?: true;
    /** A choice under a schema with a type, which holds it to that type as the IR does (typed, not untyped). */
    typed?: true;
    /** The titled or keyed oneOf/anyOf choices it is within (`in choice "CDC"`): its keywords are theirs. */
    within?: string;
  }[] = [{ node: root, path: "", refs: [], when: "" }];
  // A keyword's value as written, with what each `$ref` in it leads to: a change behind one is a change.
  // As compared: keys, set lists and (below) a choice list's choices in any order.
  const written = (value: unknown, key?: string) =>
    withRefTargets(value, root, key === undefined ? canonicalText(value) : canonicalKeywordText(key, value));
  const choiceList = (list: unknown[]) => withRefTargets(list, root, `[${list.map(canonicalText).sort().join(",")}]`);
  const conditions = new Map<unknown, string>();
  const condition = (test: unknown) => {
    let text = conditions.get(test);
    if (text === undefined) conditions.set(test, (text = conditionText(test, root)));
    return text;
  };
  /** The anyOf/oneOf compared as written, by path and text: what choicesHold reads. */
  const choices = new Map<string, Map<string, Alternatives>>();
  const recordChoices = (set: Set<string>, keyword: string, list: unknown[], path: string, when: string) => {
    const text = `${keyword} ${choiceList(list)}${when === "" ? "" : ` when ${when}`}`;
    set.add(text);
    let byText = choices.get(path);
    if (byText === undefined) choices.set(path, (byText = new Map()));
    let texts: ReadonlySet<string> | undefined;
    if (!byText.has(text))
      byText.set(text, { keyword, list, when, texts: () => (texts ??= new Set(list.map((v) => written(v)))) });
  };
  // Keys another key requires (dependentRequired, draft-07 `dependencies`, the `required` of a
  // dependentSchemas schema), as `if: { required: [key] }, then: { required: [...] }` says them, so either
  // spelling compares the same. Differ.requiredUnder leaves to the IR the one requirement it models of a
  // declared key; the rest (a key not declared, or a second requirement) are compared as written.
  const recordDependents = (node: Record<string, unknown>, path: string) => {
    const properties = isPlainObject(node.properties) ? node.properties : {};
    for (const keyword of ["dependentRequired", "dependencies", "dependentSchemas"]) {
      const value = node[keyword];
      if (!isPlainObject(value)) continue;
      for (const trigger of Object.keys(value)) {
        // A key that takes no value is never there to require another.
        if (Object.hasOwn(properties, trigger) && properties[trigger] === false) continue;
        const v = value[trigger];
        const list =
          keyword !== "dependentSchemas" && Array.isArray(v)
            ? v
            : keyword !== "dependentRequired" && isPlainObject(v) && Array.isArray(v.required)
              ? v.required
              : undefined;
        if (list === undefined || list.length === 0) continue;
        const test = { required: [trigger] };
        const when = bounded(`${condition(test)} holds`);
        if (!tests.has(when)) tests.set(when, test);
        if (!parts.has(when)) parts.set(when, [{ test, holds: true }]);
        let byCondition = requiredUnder.get(path);
        if (byCondition === undefined) requiredUnder.set(path, (byCondition = new Map()));
        let names = byCondition.get(when);
        if (names === undefined) byCondition.set(when, (names = new Set()));
        // A key requiring itself requires nothing more than being there.
        for (const name of list) if (typeof name === "string" && name !== trigger) names.add(name);
      }
    }
  };
  // A schema reached again as it was reached before (a $ref graph that shares its targets) adds the same
  // texts: walked once, so the walk is linear in the schema, not in the paths through it.
  const visited: Visits = new Map();
  for (let walked = 0; stack.length > 0; walked++) {
    if (walked > WALK_LIMIT) return undefined;
    const { node, path, refs, when, merged, choice, typed, within } = stack.pop()!;
    const inChoice = within === undefined ? "" : ` in ${within}`;
    // Outside every $ref the schema is a tree, each node reached once: only what a $ref leads to is remembered.
    if (
      refs.length > 0 &&
      node !== null &&
      typeof node === "object" &&
      !firstVisit(
        visited,
        node,
        `${path}\0${when}\0${merged === true}\0${choice === true}\0${typed === true}\0${within ?? ""}`,
      )
    )
      continue;
    const whenText = when === "" ? "" : ` when ${when}`;
    // `false` takes no value. Where the IR models it (a property, the items or the extra keys, outside a
    // condition) it is typed never; an allOf member, or a whole branch of a condition, is compared here.
    if (node === false && (merged === true || when !== "")) {
      let set = found.get(path);
      if (set === undefined) found.set(path, (set = new Set()));
      set.add(`false${merged === true ? " (an allOf member)" : ""}${whenText}`);
      continue;
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) continue;
    let set = found.get(path);
    if (set === undefined) found.set(path, (set = new Set()));
    // Under a condition, a property, items or extra keys that take no value are said where they stand
    // (the path they would have may be one only this side has).
    const refuses = (label: string) => set!.add(`${label} false${whenText}`);
    // Bounds are kept wherever they stand outside a condition, so a typed schema's are there to compare
    // with an untyped one's; they are compared only where a side is untyped (elsewhere the IR has them).
    // A typed choice's bounds are its variant's in the IR; an untyped one's are compared here, as the field's.
    const typeless = typed !== true && isUntyped(node as Record<string, unknown>);
    const bounds = when === "" && merged !== true && (choice !== true || typeless);
    if (bounds && typeless) untyped.add(path);
    const shaped = node as Record<string, unknown>;
    if (when === "" && choice !== true) recordDependents(shaped, path);
    if (
      path !== "" &&
      when === "" &&
      merged !== true &&
      choice !== true &&
      ("properties" in shaped || "items" in shaped) &&
      !["type", "enum", "const", "$ref"].some((k) => k in shaped) &&
      !["allOf", "anyOf", "oneOf"].some((k) => Array.isArray(shaped[k]))
    )
      set.add(EVERY_KIND);
    const besideRef = typeof (node as Record<string, unknown>).$ref === "string";
    const typedBesideRef = besideRef && path !== "" && refSiblingsTyped(shaped, schemaAt(root, shaped.$ref as string));
    // A oneOf/anyOf the IR types as a union of its choices: bounds beside it hold for every choice, which
    // the IR's choices do not say (validation applies them).
    const union =
      when === ""
        ? (["anyOf", "oneOf"] as const).find((k) => {
            const list = (node as Record<string, unknown>)[k];
            return Array.isArray(list) && !constraintsOnly(list, node as Record<string, unknown>, path);
          })
        : undefined;
    for (const key of Object.keys(shaped)) {
      const value = shaped[key];
      // The IR types a property's $ref with the keywords beside it (refSiblingsTyped); the config's own, and
      // those it does not, are compared as written.
      if (besideRef && !typedBesideRef && BESIDE_REF.has(key)) {
        set.add(`beside $ref: ${key} ${written(value, key)}${inChoice}${whenText}`);
      } else if (union !== undefined && Object.hasOwn(UNTYPED_BOUNDS, key)) {
        set.add(`beside ${union}: ${key} ${written(value, key)}${inChoice}`);
      } else if ((key === "anyOf" || key === "oneOf") && conditionOnly(value)) {
        // A choice of one that is only a condition (`anyOf: [{ if, then }]`) is that condition, as an allOf
        // member is: the IR models neither, and the condition is compared here the same way.
        stack.push({ node: (value as unknown[])[0], path, refs, when, merged: true, ...(within ? { within } : {}) });
      } else if (
        (key === "anyOf" || key === "oneOf") &&
        constraintsOnly(value, node as Record<string, unknown>, path)
      ) {
        recordChoices(set, key, value as unknown[], path, when);
      } else if (bounds && Object.hasOwn(UNTYPED_BOUNDS, key)) {
        if (typeof value === "number" || ((key === "pattern" || key === "format") && typeof value === "string"))
          set.add(`${key} ${JSON.stringify(value)}`);
      } else if (
        UNMODELED.has(key) ||
        (when !== "" && key === "dependentRequired") ||
        // draft-07's tuple (prefixItems' list): the IR types its items as any value.
        (key === "items" && Array.isArray(value))
      ) {
        // dependentRequired is requiredWhen's outside a condition; under one, the IR does not have it.
        // So are draft-07 `dependencies`' lists, and the keys its schemas (and dependentSchemas') require:
        // the rest of those schemas is compared here, as dependentSchemas' either way.
        const schemas = (key === "dependencies" || key === "dependentSchemas") && when === "";
        const constraint = schemas ? dependentSchemasOf(value) : value;
        // draft-07's tuple is prefixItems' list, compared as one keyword either way.
        const keyword = schemas ? "dependentSchemas" : key === "items" ? "prefixItems" : key;
        if (!noConstraint(keyword, constraint, node as Record<string, unknown>))
          set.add(
            `${key === "patternProperties" && (node as Record<string, unknown>).additionalProperties === false ? CLOSED_PATTERNS : ""}${keyword} ${written(constraint, keyword)}${inChoice}${whenText}`,
          );
      } else if (when !== "" && CONDITIONAL.has(key)) {
        let slots = conditional.get(path);
        if (slots === undefined) conditional.set(path, (slots = new Map()));
        const slot = JSON.stringify([key, when]);
        const text = JSON.stringify(value);
        const c = slots.get(slot);
        if (c === undefined) slots.set(slot, { keyword: key, when, values: [text] });
        else if (!c.values.includes(text)) c.values.push(text);
      } else if (when !== "" && key === "required" && Array.isArray(value)) {
        let byCondition = requiredUnder.get(path);
        if (byCondition === undefined) requiredUnder.set(path, (byCondition = new Map()));
        let names = byCondition.get(when);
        if (names === undefined) byCondition.set(when, (names = new Set()));
        for (const name of value) if (typeof name === "string") names.add(name);
      } else if (key === "$ref" && typeof value === "string" && !refs.includes(value))
        stack.push({
          node: resolvePointer(root, value),
          path,
          refs: [...refs, value],
          when,
          ...(choice ? { choice } : {}),
          ...(typed ? { typed } : {}),
          ...(within ? { within } : {}),
        });
      else if (key === "properties" && value !== null && typeof value === "object")
        for (const name of Object.keys(value)) {
          const sub = (value as Record<string, unknown>)[name];
          if (sub === false && when !== "") refuses(`property ${JSON.stringify(name)}`);
          else
            stack.push({
              node: sub,
              path: path === "" ? name : `${path}/${name}`,
              refs,
              when,
              ...(within ? { within } : {}),
            });
        }
      else if (key === "then" || key === "else") {
        // A branch without an `if` applies to nothing; nor does a `then` whose `if` no value passes, or an
        // `else` whose `if` every value passes.
        if (!Object.hasOwn(node, "if")) continue;
        const { test, holds: applies } = branchCondition((node as Record<string, unknown>).if, key);
        if (applies ? takesNoValue(test) : noConstraint("if", test, node as Record<string, unknown>)) continue;
        // The condition as written, with what its $refs lead to: a changed `if` is a changed condition.
        const holds = `${condition(test ?? true)} ${applies ? "holds" : "fails"}`;
        const next = bounded(when === "" ? holds : `${when} and ${holds}`);
        if (when === "" && applies) tests.set(next, test);
        // Past MAX_CONDITION_PARTS the list is not grown: conditionAtoms reads no such condition.
        const prior = parts.get(when) ?? [];
        if (!parts.has(next))
          parts.set(next, prior.length > MAX_CONDITION_PARTS ? prior : [...prior, { test, holds: applies }]);
        stack.push({ node: value, path, refs, when: next, ...(within ? { within } : {}) });
      } else if (Object.hasOwn(SUBSCHEMA, key)) {
        // The config's own extra keys: the IR says only whether it takes them, not what their values may be.
        if (key === "additionalProperties" && path === "" && when === "" && isPlainObject(value)) {
          // Only what validation enforces: a label, a description, examples constrain nothing; `{}` takes any value.
          const constraints = Object.fromEntries(
            Object.entries(value).filter(([k]) => VALIDATION_KEYWORDS.includes(k)),
          );
          if (Object.keys(constraints).length > 0) set.add(`${key} ${written(constraints)}`);
        } else if (key === "additionalProperties" && path === "" && when === "" && value === false)
          set.add(ROOT_CLOSED);
        if (value === false && when !== "") refuses(key);
        else stack.push({ node: value, path: `${path}${SUBSCHEMA[key]}`, refs, when, ...(within ? { within } : {}) });
      } else if ((key === "anyOf" || key === "oneOf") && Array.isArray(value) && when !== "") {
        // Under a condition, the choices' constraints hold one choice at a time, which the conditional slots
        // (each keyword as if it applied) cannot say: the alternatives are compared as written.
        recordChoices(set, key, value, path, when);
      } else if (ALTERNATIVES.has(key) && Array.isArray(value)) {
        // The dialect types a choice that says no type of its own by the one type beside the list.
        const typedBy = typeof shaped.type === "string" && shaped.type !== "null";
        for (const sub of value)
          stack.push(
            key === "allOf"
              ? { node: sub, path, refs, when, merged: true, ...(within ? { within } : {}) }
              : {
                  node: sub,
                  path,
                  refs,
                  when,
                  choice: true,
                  ...(typedBy ? { typed: true as const } : {}),
                  ...withinChoice(sub, within),
                },
          );
      }
    }
  }
  return { keywords: found, conditional, untyped, requiredUnder, choices, tests, parts };
}

/**
 * The label of a oneOf/anyOf choice within `within`, for the keywords under it: its title, else the
 * constant one of its properties holds (`method = "CDC"`); none for a choice without either, whose
 * keywords are said at their path alone (so choices in another order compare the same).
 */
function withinChoice(choice: unknown, within: string | undefined): { within?: string } {
  if (!isPlainObject(choice)) return within ? { within } : {};
  let label: string | undefined;
  if (typeof choice.title === "string") label = `choice ${cut(JSON.stringify(choice.title))}`;
  else if (isPlainObject(choice.properties))
    for (const [name, p] of Object.entries(choice.properties))
      if (isPlainObject(p) && Object.hasOwn(p, "const")) {
        label = `choice ${cut(`${JSON.stringify(name)} = ${JSON.stringify(p.const)}`)}`;
        break;
      }
  if (label === undefined) return within ? { within } : {};
  return { within: within === undefined ? label : `${within}, ${label}` };
}

/**
 * Adds the wire property paths (unmodeledKeywords' spelling) of the fields among `fields`, at any
 * depth, that `pick` picks. Spelled the same way, a path and a property compare without parsing the
 * path (a key may hold `/`, `[]` or be `*`).
 */
function pathsOf(fields: readonly IrField[], prefix: string, out: Set<string>, pick: (f: IrField) => boolean): void {
  const within = (type: IrType, at: string): void => {
    if (type.type === "object") {
      pathsOf(type.fields, at, out, pick);
      if (type.additionalProperties !== false) within(type.additionalProperties, `${at}/*`);
    } else if (type.type === "array") within(type.items, `${at}[]`);
    else if (type.type === "union") for (const v of type.variants) within(v, at);
  };
  for (const f of fields) {
    const at = prefix === "" ? f.wireKey : `${prefix}/${f.wireKey}`;
    if (pick(f)) out.add(at);
    within(f.type, at);
  }
}

/** Fields by wire path (`a/b`), through objects only (a field inside a choice or an array item is no one path's). */
/**
 * The field at a wire path one key inside a union's choices (a condition within a oneOf choice holds
 * there): the one field of that name among the parent union's object choices, when exactly one has it.
 */
function choiceField(path: string, baseField: (wirePath: string) => IrField | undefined): IrField | undefined {
  const slash = path.lastIndexOf("/");
  if (slash < 0) return undefined;
  const parent = baseField(path.slice(0, slash))?.type;
  if (parent?.type !== "union") return undefined;
  const name = path.slice(slash + 1);
  const found = parent.variants.flatMap((v) => (v.type === "object" ? v.fields.filter((f) => f.wireKey === name) : []));
  return found.length === 1 ? found[0] : undefined;
}

function fieldsByPath(fields: readonly IrField[], prefix = "", out = new Map<string, IrField>()): Map<string, IrField> {
  for (const f of fields) {
    const at = prefix === "" ? f.wireKey : `${prefix}/${f.wireKey}`;
    out.set(at, f);
    if (f.type.type === "object") fieldsByPath(f.type.fields, at, out);
  }
  return out;
}

/**
 * Whether every value of type `t` meets `keyword` with the value written (JSON text): a constraint under a
 * condition that `t`, the field's own type, already holds to. A bound or a pattern holds for values of
 * other kinds (it does not apply to them); false when not known.
 */
/**
 * The type a path's constraints under one condition give it (`then: { properties: { id: { type:
 * "string", maxLength: 10 } } }`): a string, number, integer or boolean with its list, bounds, pattern
 * and format; undefined when they say no one such type, or say more than it holds.
 */
function conditionalType(slots: readonly Conditional[]): IrType | undefined {
  const one = new Map<string, unknown>();
  for (const c of slots) {
    if (c.values.length !== 1) return undefined;
    one.set(c.keyword, JSON.parse(c.values[0]!) as unknown);
  }
  const type = one.get("type");
  const keys = {
    string: ["minLength", "maxLength", "pattern", "format"],
    integer: ["minimum", "maximum"],
    number: ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"],
    boolean: [],
  } as Record<string, string[]>;
  if (typeof type !== "string" || !Object.hasOwn(keys, type)) return undefined;
  const held: Record<string, unknown> = { type };
  for (const [keyword, value] of one) {
    if (keyword === "type") continue;
    if (keyword === "enum" || keyword === "const") {
      const list = keyword === "const" ? [value] : value;
      if (!Array.isArray(list) || list.length === 0 || held.enum !== undefined) return undefined;
      const kind = (v: unknown) =>
        type === "integer" ? Number.isInteger(v) : type === "number" ? typeof v === "number" : typeof v === type;
      if (!list.every(kind)) return undefined;
      held.enum = list.map((v) => ({ value: v as JsonValue }));
    } else if (
      keys[type]!.includes(keyword) &&
      (keyword === "pattern" || keyword === "format" ? typeof value === "string" : typeof value === "number")
    )
      held[keyword] = value;
    else return undefined;
  }
  return held as unknown as IrType;
}

/**
 * Whether every value the base took at `path` meets an anyOf/oneOf the head has there (`entry`, under
 * its condition): one of its choices holds of all of them, or (an anyOf) the base had one there under
 * the same condition whose every choice is among its choices. A choice holds when each keyword in it
 * does: a type, a bound, a list the base's field there implies (impliedBy) or the base held it to under
 * the same condition; each key it requires the base required, always or under that condition; each
 * property's schema holds the same way a level down. Anything else (a $ref, a not, a nested choice) is
 * not proved, and the anyOf is compared as written.
 */
function choicesHold(
  entry: Alternatives | undefined,
  path: string,
  before: NonNullable<ReturnType<typeof unmodeledKeywords>>,
  baseField: (wirePath: string) => IrField | undefined,
  /** The wire schema the choices are in, whose $refs their conditions' texts follow. */
  root: unknown,
): boolean {
  // Past a few hundred choices each is not written out apart: the anyOf is compared as written.
  if (entry === undefined || entry.list.length > MAX_CHOICES_HELD) return false;
  const { when } = entry;
  const single = entry.keyword === "anyOf" || entry.list.length === 1;
  if (!single) return when === "" && oneChoiceEach(entry.list, path, baseField, holdsUnder);
  for (const was of before.choices.get(path)?.values() ?? [])
    if (was.when === when && was.list.length <= MAX_CHOICES_HELD && [...was.texts()].every((t) => entry.texts().has(t)))
      return true;
  return holdsUnder(entry.list, path, when);

  /** Whether one of `list` holds of every config the base took at `path` (where `when` holds, and key `fixed` has its value). */
  function holdsUnder(list: readonly unknown[], path: string, when: string, fixed?: Fixed): boolean {
    return list.some((choice) => holds(choice, path, 0, when, fixed));
  }
  function required(at: string, name: string, when: string, fixed: Fixed | undefined): boolean {
    const field = baseField(join(at, name));
    return (
      field?.required === true ||
      (when !== "" && before.requiredUnder.get(at)?.get(when)?.has(name) === true) ||
      (fixed !== undefined && at === fixed.at && field !== undefined && requiredWith(field, fixed))
    );
  }
  /** Whether every config the base took meets `schema` at `at` where `when` holds (and key `fixed` has its value). */
  function holds(schema: unknown, at: string, depth: number, when: string, fixed?: Fixed): boolean {
    if (schema === true) return true;
    if (!isPlainObject(schema) || depth > 32) return false;
    for (const key of Object.keys(schema)) {
      const value = schema[key];
      if (key === "required") {
        if (!Array.isArray(value) || !value.every((n) => typeof n === "string" && required(at, n, when, fixed)))
          return false;
      } else if (key === "properties") {
        if (!isPlainObject(value)) return false;
        for (const name of Object.keys(value))
          if (name.includes("/")) return false;
          else if (!(fixed !== undefined && depth === 0 && at === fixed.at && name === fixed.key))
            if (!holds(value[name], join(at, name), depth + 1, when, fixed)) return false;
      } else if (key === "if") {
        // Read with its branches.
      } else if (key === "then" || key === "else") {
        // A branch holds where the base has its constraints under the same condition (a `then` with no `if`
        // applies to nothing).
        if (!("if" in schema)) continue;
        const branch = branchCondition(schema.if, key);
        const test = `${conditionText(branch.test, root)} ${branch.holds ? "holds" : "fails"}`;
        if (!holds(value, at, depth + 1, bounded(when === "" ? test : `${when} and ${test}`), fixed)) return false;
      } else if (at === "" && key === "type") {
        // The config itself is an object.
        if (!(value === "object" || (Array.isArray(value) && value.includes("object")))) return false;
      } else {
        if (!CONDITIONAL.has(key) || at === "") return false;
        const text = JSON.stringify(value);
        const field = baseField(at);
        if (field !== undefined && impliedBy(field.type, key, text)) continue;
        const slot = when === "" ? undefined : before.conditional.get(at)?.get(JSON.stringify([key, when]));
        if (slot === undefined || slot.values.length !== 1 || slot.values[0] !== text) return false;
      }
    }
    return true;
  }
}

const join = (at: string, key: string) => (at === "" ? key : `${at}/${key}`);

/** A key at `at` assumed to hold `value` (one of a oneOf's choices, told apart by it). */
interface Fixed {
  at: string;
  key: string;
  value: unknown;
}

/** Whether base field `field` is required where key `fixed` holds its value: each condition of its requiredWhen tests that key and holds of that value. */
function requiredWith(field: IrField, fixed: Fixed): boolean {
  if (field.requiredWhen === undefined || field.requiredWhen.length === 0) return false;
  return field.requiredWhen.every(
    (c) =>
      c.wireKey === fixed.key &&
      (c.op === "present" ||
        (c.op === "eq" && sameJson(c.value, fixed.value)) ||
        (c.op === "in" && Array.isArray(c.value) && c.value.some((w) => sameJson(w, fixed.value))) ||
        (c.op === "ne" && !sameJson(c.value, fixed.value))),
  );
}

/**
 * Whether every config the base took at `path` matches exactly one choice of a oneOf `list`: a key the
 * base requires there and lists the values of tells the choices apart (each names the values it takes
 * there with `const` or `enum`), each value is one choice's alone, and the rest of that choice holds of
 * every config with that value (`holds`, with the key fixed).
 */
function oneChoiceEach(
  list: readonly unknown[],
  path: string,
  baseField: (wirePath: string) => IrField | undefined,
  holds: (list: readonly unknown[], path: string, when: string, fixed: Fixed) => boolean,
): boolean {
  if (!list.every(isPlainObject)) return false;
  const choices = list as Record<string, unknown>[];
  /** The values choice `c` names for key `k`, or undefined when it names none that way. */
  const named = (c: Record<string, unknown>, k: string): unknown[] | undefined => {
    const props = c.properties;
    if (!isPlainObject(props) || !Object.hasOwn(props, k)) return undefined;
    const p = props[k];
    if (!isPlainObject(p) || !Object.keys(p).every((w) => w === "const" || w === "enum" || w === "type"))
      return undefined;
    const values = Object.hasOwn(p, "const") ? (Object.hasOwn(p, "enum") ? undefined : [p.const]) : p.enum;
    if (!Array.isArray(values)) return undefined;
    // A value of a type the schema does not take is none it takes.
    const types = p.type === undefined ? undefined : Array.isArray(p.type) ? p.type : [p.type];
    return types === undefined ? values : values.filter((v) => types.some((t) => hasJsonType(t, v) === true));
  };
  const first = choices[0]?.properties;
  if (!isPlainObject(first)) return false;
  for (const key of Object.keys(first)) {
    const field = baseField(join(path, key));
    const domain = field?.required === true ? listedDomain(field.type) : undefined;
    if (domain === undefined) continue;
    const lists = choices.map((c) => named(c, key));
    if (lists.some((l) => l === undefined)) continue;
    const each = domain.every((value) => {
      const takers = choices.filter((_, i) => lists[i]!.some((v) => sameJson(v, value)));
      return takers.length === 1 && holds(takers, path, "", { at: path, key, value });
    });
    if (each) return true;
  }
  return false;
}

function impliedBy(t: IrType, keyword: string, written: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(written);
  } catch {
    return false;
  }
  const covers = (list: unknown[], kind: string) =>
    list.includes(kind) || (kind === "integer" && list.includes("number"));
  const holds = (t: IrType): boolean => {
    if (t.nullable === true) {
      if (keyword === "type" && !(Array.isArray(value) ? value : [value]).includes("null")) return false;
      if ((keyword === "enum" || keyword === "const") && !takesListed(null)) return false;
    }
    if (t.type === "never") return true;
    if (t.type === "union") return t.variants.every(holds);
    if (t.type === "unknown") return false;
    if (keyword === "type") return covers(Array.isArray(value) ? value : [value], t.type);
    if (keyword === "enum" || keyword === "const") {
      if ("enum" in t && t.enum !== undefined) return t.enum.every((o) => takesListed(o.value));
      // A pattern whose every value is listed (`^(A|B)$` beside `enum: ["A", "B"]`).
      if (t.type === "string" && t.pattern !== undefined && !asserted(t.format)) {
        const strings = listed.filter((v): v is string => typeof v === "string");
        if (strings.length === 0) return false;
        const alternatives = strings.map((v) => v.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|");
        return valueFound(t.pattern, `^(?:${alternatives})$`, "apart", { min: t.minLength, max: t.maxLength }) === null;
      }
      // A range of few integers, each listed (`minimum: 1, maximum: 3` beside `enum: [1, 2, 3]`).
      if (t.type === "integer") {
        const low = t.exclusiveMinimum !== undefined ? Math.floor(t.exclusiveMinimum) + 1 : t.minimum;
        const high = t.exclusiveMaximum !== undefined ? Math.ceil(t.exclusiveMaximum) - 1 : t.maximum;
        if (low === undefined || high === undefined || high - low > MAX_LISTED_RANGE) return false;
        for (let n = Math.ceil(low); n <= Math.floor(high); n++) if (!takesListed(n)) return false;
        return true;
      }
      return t.type === "boolean" && takesListed(true) && takesListed(false);
    }
    const numeric = t.type === "integer" || t.type === "number";
    if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"].includes(keyword)) {
      if (!numeric) return true;
      if (typeof value !== "number") return false;
      const bound = keyword.startsWith("exclusive") ? { open: value } : { at: value };
      return keyword === "minimum" || keyword === "exclusiveMinimum"
        ? boundWithin(bound, { at: t.minimum, open: t.exclusiveMinimum }, 1)
        : boundWithin(bound, { at: t.maximum, open: t.exclusiveMaximum }, -1);
    }
    if (keyword === "minLength" || keyword === "maxLength" || keyword === "pattern" || keyword === "format") {
      if (t.type !== "string") return true;
      if (keyword === "minLength") return typeof value === "number" && (t.minLength ?? 0) >= value;
      if (keyword === "maxLength")
        return typeof value === "number" && t.maxLength !== undefined && t.maxLength <= value;
      if (keyword === "format") return !asserted(String(value)) || t.format === value;
      if (typeof value !== "string") return false;
      if (t.enum !== undefined) {
        const matcher = patternMatcher(value);
        return (
          matcher?.backtracking === undefined &&
          t.enum.every((o) => typeof o.value === "string" && matcher?.test(o.value) === true)
        );
      }
      const lengths = { min: t.minLength, max: t.maxLength };
      if (t.pattern === undefined) {
        // Every value of the field's format matches the pattern (a date beside `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`).
        const outline = asserted(t.format) ? FORMAT_OUTLINES[t.format!] : undefined;
        return outline !== undefined && valueFound(outline, value, "apart", lengths) === null;
      }
      return (
        t.pattern === value ||
        patternRelation(t.pattern, value) !== undefined ||
        // No value of the field's own pattern (within its lengths) that this one rejects.
        valueFound(t.pattern, value, "apart", lengths) === null
      );
    }
    if (keyword === "minItems" || keyword === "maxItems") {
      if (t.type !== "array") return true;
      if (typeof value !== "number") return false;
      return keyword === "minItems" ? (t.minItems ?? 0) >= value : t.maxItems !== undefined && t.maxItems <= value;
    }
    return false;
  };
  const listed = keyword === "const" ? [value] : Array.isArray(value) ? value : [];
  const takesListed = (v: unknown) => listed.some((x) => sameJson(x, v));
  return holds(t);
}

/** Most choices of an anyOf/oneOf that choicesHold looks at one by one. */
const MAX_CHOICES_HELD = 256;

/** Most integers a range may hold for impliedBy to check that each is listed. */
const MAX_LISTED_RANGE = 1000;

const isSecret = (f: IrField) => f.secret;

/** The wire paths (unmodeledKeywords' spelling) of the secret fields of either side. */
function secretFieldPaths(base: readonly IrField[], head: readonly IrField[]): Set<string> {
  const paths = new Set<string>();
  pathsOf(base, "", paths, isSecret);
  pathsOf(head, "", paths, isSecret);
  return paths;
}

/** The paths of the fields with a requirement the IR models (requiredWhen), per list of fields. */
const requiredWhenPaths = new WeakMap<readonly IrField[], Set<string>>();

const connectorId = (c: IrConnector) => `${c.kind}/${c.code}`;

/**
 * What every config of a kind is sent beside: the create and update requests' other body properties (the
 * connector's name, a workspace), query parameters and headers, compared as fields are. One now required, or
 * removed, breaks every request built for every connector of the kind. Said under requestsOf's ids.
 */
function requestChanges(base: readonly IrKindApi[], head: readonly IrKindApi[]): Change[] {
  const changes: Change[] = [];
  const after = new Map(head.map((k) => [k.kind, k]));
  for (const b of base) {
    const h = after.get(b.kind);
    // A kind gone takes its connectors with it: each is said removed.
    if (h === undefined) continue;
    for (const { id, operation, part } of requestsOf(b)) {
      let d = new Differ(id);
      try {
        d.fields("", b[operation][part], h[operation][part], {}, undefined);
      } catch (error) {
        d = notCompared(id, error, "request");
      }
      changes.push(...d.changes);
    }
  }
  return changes;
}

/**
 * What a kind sends beside each config, each part with the `connector` its changes are said under
 * (`sources (create request body)`).
 */
export function requestsOf(
  k: IrKindApi,
): { id: string; operation: "create" | "update"; part: "body" | "query" | "headers" }[] {
  return (["create", "update"] as const).flatMap((operation) =>
    (["body", "query", "headers"] as const).map((part) => ({
      id: `${k.kind} (${operation} request ${part})`,
      operation,
      part,
    })),
  );
}

/**
 * A comparison that failed on an internal error (a bug the schemas found): said not compared, so it costs its
 * own changes, not the report of the rest. The error's kind and place only: its text may quote a schema's values.
 */
function notCompared(
  id: string,
  error: unknown,
  of: "connector" | "request",
  invalidDefaults?: DiffOptions["invalidDefaults"],
): Differ {
  if (!(error instanceof Error)) throw error;
  const d = new Differ(id, invalidDefaults);
  const [what, inputs] = of === "connector" ? ["connector ", "both schemas"] : ["", "both documents"];
  d.add(
    "connector-not-compared",
    undefined,
    `${what}${show(id)} could not be compared (an internal error, ${errorPlace(error)}; please report it with ${inputs}): its changes are unseen`,
  );
  return d;
}

/** One connector's changes, both snapshots having it, into `d`; the declared renames it used into `used`. */
function compareConnector(
  d: Differ,
  id: string,
  b: IrConnector,
  h: IrConnector,
  renames: NonNullable<DiffOptions["renames"]>,
  used: Set<string>,
): void {
  if (!b.comingSoon && h.comingSoon) d.add("connector-coming-soon", undefined, "now listed as coming soon");
  else if (b.comingSoon && !h.comingSoon) d.add("connector-available", undefined, "no longer coming soon");
  if (b.displayName !== h.displayName || b.description !== h.description)
    d.add(
      "doc-changed",
      undefined,
      docText(
        "display name",
        { title: b.displayName, description: b.description },
        { title: h.displayName, description: h.description },
      ),
    );
  // Found once, when first needed: by the unmodeled keywords or by the first change said.
  let secretPaths: ReadonlySet<string> | undefined;
  const secretPathsOf = () => (secretPaths ??= secretFieldPaths(b.fields, h.fields));
  d.secretLiterals = () => secretLiterals([b.wireSchema, h.wireSchema], secretPathsOf(), [b.fields, h.fields]);
  d.stepped(b.wireSchema, h.wireSchema);
  // With patternProperties, the extra keys are compared region by region (extraRegions), when the IR says them.
  const regions = patternRegions(b, h);
  d.wireSchemas(b.wireSchema, h.wireSchema, regions !== undefined);
  // The wire config's own extra keys (authors never had them: the top level is closed to them), and their values.
  const extraOf = (c: IrConnector): IrType | undefined =>
    c.open === true ? (c.extraValues ?? { type: "unknown" }) : undefined;
  const [values, now] = [extraOf(b), extraOf(h)];
  d.fields("", b.fields, h.fields, renames[id] ?? {}, values);
  d.aliasesTaken(b, h);
  d.unmodeled(
    b.wireSchema,
    h.wireSchema,
    {
      base: b.fields,
      head: h.fields,
      baseOpen: b.open === true,
      headOpen: h.open === true,
      extraTyped: regions !== undefined ? [true, true] : [b.extraValues !== undefined, h.extraValues !== undefined],
    },
    secretPathsOf,
  );
  if (regions !== undefined) d.extraRegions(...regions);
  else if (values !== undefined && now === undefined)
    d.add("additional-keys-closed", undefined, "no longer takes extra keys");
  else if (values === undefined && now !== undefined) d.add("additional-keys-opened", undefined, "takes extra keys");
  else if (values !== undefined && now !== undefined) d.extraKeys(values, now);
  for (const from of d.declaredRenames) used.add(`${id} ${from}`);
  constantKeys(d, b.constants ?? [], h.constants ?? []);
}

/**
 * The constants that name the connector inside its config (a union member's `sourceType`), which the IR
 * keeps beside the fields: one now under another key, with the same value, is a wire key renamed. The
 * builders fill it in, but a config written as sent (stored, or read back from the API) carries the old key.
 */
function constantKeys(
  d: Differ,
  base: NonNullable<IrConnector["constants"]>,
  head: NonNullable<IrConnector["constants"]>,
) {
  const gone = base.filter((c) => !head.some((h) => h.wireKey === c.wireKey));
  const added = head.filter((c) => !base.some((b) => b.wireKey === c.wireKey));
  for (const c of gone) {
    const to = added.find((a) => sameJson(a.value, c.value));
    if (to === undefined) continue;
    added.splice(added.indexOf(to), 1);
    d.add(
      "wire-key-renamed",
      c.wireKey,
      `the connector's constant is now sent as ${show(to.wireKey)} (the builders fill it in; a config written as sent carries the old key)`,
    );
  }
}

/** Every change from `base` to `head`, sorted by connector, in field order within one. */
export function diffIr(base: IrProvider, head: IrProvider, options: DiffOptions = {}): DiffResult {
  const before = new Map(base.connectors.map((c) => [connectorId(c), c]));
  const after = new Map(head.connectors.map((c) => [connectorId(c), c]));
  const changes: Change[] = [];
  const renames = options.renames ?? {};
  const used = new Set<string>();
  for (const [id, b] of before) {
    let d = new Differ(id, options.invalidDefaults);
    const h = after.get(id);
    const within = (p: string) =>
      b.source.pointer !== "" && (p === b.source.pointer || p.startsWith(`${b.source.pointer}/`));
    const why =
      options.leftOut?.get(id) ?? options.leftOutAt?.find((l) => l.file === b.source.file && within(l.pointer))?.why;
    if (h === undefined)
      d.add(
        "connector-removed",
        undefined,
        why === undefined
          ? `connector ${show(id)} (${show(b.displayName)}) was removed`
          : `connector ${show(id)} (${show(b.displayName)}) is still in the snapshot but left out of the generated code: ${why}`,
      );
    else
      try {
        compareConnector(d, id, b, h, renames, used);
      } catch (error) {
        d = notCompared(id, error, "connector", options.invalidDefaults);
        // Its declared renames are not judged: none is said to match nothing.
        for (const from of Object.keys(renames[id] ?? {})) used.add(`${id} ${from}`);
      }
    changes.push(...d.changes);
  }

  for (const [id, h] of after)
    if (!before.has(id)) {
      const d = new Differ(id);
      const leftOutBefore = options.baseLeftOut?.get(id);
      d.add(
        "connector-added",
        undefined,
        leftOutBefore === undefined
          ? `new connector ${show(id)} (${show(h.displayName)})`
          : `connector ${show(id)} (${show(h.displayName)}) is generated now: the base snapshot had it, but its generated code left it out`,
      );
      // Configs written for it by hand may still break: what changed since the base is unseen, and said so.
      if (leftOutBefore !== undefined)
        d.add(
          "connector-not-compared",
          undefined,
          `connector ${show(id)} is left out of the base's generated code, so its changes since the base were not compared: ${leftOutBefore}`,
        );
      changes.push(...d.changes);
    }
  // A new connector the head cannot generate: nothing changes in the code, but its authors will look for it.
  for (const [id, why] of options.leftOut ?? [])
    if (!before.has(id) && !after.has(id) && options.baseLeftOut?.has(id) !== true) {
      const d = new Differ(id);
      d.add(
        "connector-left-out",
        undefined,
        `new connector ${show(id)} is in the snapshot but left out of the generated code: ${why}`,
      );
      changes.push(...d.changes);
    }
  // A second member with a connector's code: the connector is generated from the first, but where the union
  // is a oneOf, a config both members take is rejected, and the generated validator does not know it.
  for (const { id, why } of options.duplicates ?? []) {
    const d = new Differ(id);
    d.add(
      "connector-left-out",
      undefined,
      `a second union member with the code of ${show(id)} is in the snapshot but left out of the generated code: ${why}; where the union is a oneOf, a config both members take is rejected`,
    );
    changes.push(...d.changes);
  }
  // One left out of both whose schema changed, or may have: its changes are unseen, and it is said so.
  for (const [id, why] of options.leftOut ?? [])
    if (
      !before.has(id) &&
      !after.has(id) &&
      options.baseLeftOut?.has(id) === true &&
      options.sameLeftOut?.has(id) !== true
    ) {
      const d = new Differ(id);
      d.add(
        "connector-not-compared",
        undefined,
        `connector ${show(id)} is left out of the generated code in both snapshots, and its schema may have changed: its changes were not compared: ${why}`,
      );
      changes.push(...d.changes);
    }
  changes.push(...requestChanges(base.kinds, head.kinds));
  const unusedRenames: string[] = [];
  for (const [id, map] of Object.entries(renames))
    for (const from of Object.keys(map))
      if (!used.has(`${id} ${from}`))
        unusedRenames.push(`${id}: ${show(from)} → ${show(map[from])} matches no removed and added field pair`);
  const order = new Map([...new Set(changes.map((c) => c.connector))].sort().map((id, i) => [id, i]));
  changes.sort((x, y) => order.get(x.connector)! - order.get(y.connector)!);
  return { changes, unusedRenames };
}
