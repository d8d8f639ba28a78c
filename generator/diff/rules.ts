// The rules a schema change is classified by, in the manner of oasdiff's
// checks but at config level: each rule says which side it breaks (authors of
// configs, or what goes over the wire), its default severity, and which part of
// a version number a non-breaking change of its kind moves.

export type ChangeSeverity = "breaking" | "warning" | "info";
export const SEVERITIES: readonly ChangeSeverity[] = ["breaking", "warning", "info"];

/** Semver advice for the generated package. */
export type SemverBump = "major" | "minor" | "patch" | "none";

export interface RuleDoc {
  severity: ChangeSeverity;
  /** What a change of this kind advises when it is not breaking (after overrides). */
  bump: "minor" | "patch";
  /** Who notices: config authors, the wire (the API request), or both. */
  side: "authoring" | "wire" | "both";
  doc: string;
}

export const RULES = {
  "connector-removed": {
    severity: "breaking",
    bump: "minor",
    side: "both",
    doc: "A connector (kind/code) is gone: configs for it no longer type-check or build. One still in the snapshot but left out by a warning is said to be, with its place.",
  },
  "connector-added": {
    severity: "info",
    bump: "minor",
    side: "both",
    doc: "A new connector (kind/code); or one the base snapshot had but left out of its generated code (its changes since are connector-not-compared's).",
  },
  "connector-left-out": {
    severity: "warning",
    bump: "patch",
    side: "both",
    doc: "A connector new in the snapshot is left out of the generated code by a warning (its schema cannot be read or typed): said with its place. Also a union member new in the snapshot whose code a generated connector has: where the union is a oneOf, a config both members take is rejected.",
  },
  "connector-not-compared": {
    severity: "warning",
    bump: "patch",
    side: "both",
    doc: "A connector both snapshots have is left out of the base's generated code by a warning, and of the head's too or generated now, and its schema file is not the same in both (or could not be compared): its changes are unseen. Said with the reason and place. Also a connector (or a kind's request) whose comparison failed on an internal error, said with the error's kind and place; the rest is compared.",
  },
  "connector-coming-soon": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "A deployable connector is now listed as coming soon: the API may refuse to create it.",
  },
  "connector-available": {
    severity: "info",
    bump: "minor",
    side: "wire",
    doc: "A coming-soon connector can be deployed now.",
  },
  "field-removed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field is gone: configs that set it are rejected (unknown keys are typos).",
  },
  "field-added-optional": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A new optional field: configs may leave it out.",
  },
  "extra-key-declared": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "A new optional field in an object that takes extra keys: the key was taken before as an extra key with any value (or its extra keys' type), and the new field's type rejects some of them. Only a config that set the key before it was declared can break. Also a key declared only under a condition (a `then`).",
  },
  "field-added-required": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A new field that is required and has no default: every existing config lacks it.",
  },
  "field-became-required": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field authors could leave out (optional, or required with a default the builder fills in) is now required without a default: configs that left it out are rejected.",
  },
  "required-with-default": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "An optional field with a default is now required, or a new field is required with a default: the builders send the default, but a wire config validated as written (read back from the API, written by hand) must set it.",
  },
  "field-became-optional": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A field configs had to set may now be left out (no longer required, or it gained a default).",
  },
  "type-changed": {
    severity: "breaking",
    bump: "minor",
    side: "both",
    doc: "A field's type changed to one that does not accept every old value (e.g. number → integer, string → boolean).",
  },
  "type-widened": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A field's type accepts every old value and more (integer → number, a type → a union containing it, an object → a oneOf/anyOf whose choices take its values between them, anything → any value).",
  },
  "nullable-removed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field no longer accepts null.",
  },
  "nullable-added": { severity: "info", bump: "minor", side: "authoring", doc: "A field accepts null as well." },
  "enum-narrowed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field's allowed values lost some (or a free value gained a list): configs with those values are rejected.",
  },
  "enum-widened": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A field's allowed values gained some, or the list is gone (also for a pattern, bounds or a format that every listed value meets: no other rule is said then), or a pattern gave way to a list holding every value it matched.",
  },
  "range-tightened": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A bound (minimum, maximum, minLength, maxLength, minItems, maxItems; minProperties, maxProperties moved from one number to another) is stricter or new: some old values are rejected.",
  },
  "range-loosened": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A bound is looser or gone: every old value is still accepted.",
  },
  "pattern-added": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A string field gained a pattern: values that do not match are rejected, as values past a new bound are. One that every value of the field's asserted format matches (a date pattern beside `format: date`) is pattern-widened.",
  },
  "pattern-narrowed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A string field's pattern changed and a value the old field took is now rejected: the message names a shortest one, found by walking both patterns as automata (or, for patterns not compared so, the shortest spelling of an old alternative, or of the new pattern with a negative lookaround written as what it rules out).",
  },
  "pattern-changed": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "A string field's pattern changed and the two could not be compared as sets of values (lookaround, backreferences, word boundaries, one read with `u` and one without, or past the comparison's budget): values the old one accepted may be rejected.",
  },
  "pattern-widened": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A string field's pattern changed and every value the old field took still matches (`^[a-z]+$` → `^[a-z0-9]+$`, an end date that now also matches `^$`). A pattern that matches the same values as before is no change.",
  },
  "pattern-removed": { severity: "info", bump: "patch", side: "authoring", doc: "A string field's pattern is gone." },
  "format-added": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A string field gained a format the runtime asserts (date-time, email, uri, …): values not of that form are rejected. Other formats are annotations.",
  },
  "format-changed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A string field's asserted format changed to another the runtime asserts (date → date-time, email → uri): values of the old form are rejected.",
  },
  "format-widened": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A string field's asserted format changed to one that takes every value of the old (uri → uri-reference).",
  },
  "format-removed": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A string field no longer has a format the runtime asserts: every old value is still accepted.",
  },
  "default-changed": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "A field's default changed: configs that relied on it send a different value and behave differently.",
  },
  "default-added": {
    severity: "info",
    bump: "minor",
    side: "wire",
    doc: "A field gained a default (a required one becomes optional to author, see field-became-optional).",
  },
  "default-removed": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "A field's default is gone: configs that relied on it now send nothing (or must set it, see field-became-required). A default the head writes but its own schema rejects is left out, and the message says so.",
  },
  "secret-removed": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "A field is no longer secret: it stops being masked in logs and echoes.",
  },
  "secret-added": { severity: "info", bump: "minor", side: "authoring", doc: "A field is now secret (masked)." },
  "field-deprecated": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "The schema marks a field deprecated: still accepted, but configs should stop setting it (the generated types mark it `@deprecated`).",
  },
  "field-undeprecated": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A field is no longer marked deprecated.",
  },
  "set-once-added": {
    severity: "warning",
    bump: "minor",
    side: "wire",
    doc: "A field can be set at creation only: updates that change it are rejected.",
  },
  "set-once-removed": { severity: "info", bump: "minor", side: "wire", doc: "A set-once field can now be updated." },
  "required-when-added": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field without a default became required under a condition: configs meeting it and lacking the field are rejected.",
  },
  "required-when-changed": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "The condition under which a field is required changed.",
  },
  "required-when-removed": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A conditional requirement is gone (the field is optional now).",
  },
  "variant-removed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A choice (a oneOf variant) is gone: configs that chose it are rejected (paired by title, then by constants or keys).",
  },
  "variant-added": {
    severity: "info",
    bump: "minor",
    side: "authoring",
    doc: "A new choice (an anyOf variant, or a oneOf variant no other choice shares a value with).",
  },
  "variant-added-overlapping": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A new oneOf choice shares values with another (it takes any string, and another is a string): such values now match two choices and are rejected.",
  },
  "variant-merged": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A oneOf/anyOf choice is gone, but another choice takes every value it took (and, in a oneOf, no other choice takes any of them): choices merged, as SSL modes verify-ca and verify-full into one whose mode lists both. No config is lost.",
  },
  "variant-split": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A oneOf/anyOf choice is gone or takes fewer values, but choices now take every value it took between them (new ones, as a rule, and it if kept; in a oneOf, each such value one choice alone): a choice split, as OAuth whose auth_type listed oauth and oauth_legacy into a choice for each. No config is lost.",
  },
  "covered-choice-narrowed": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "A oneOf choice takes fewer values, or is gone, but another choice took every value it took, so the oneOf rejected them all; or a oneOf/anyOf choice no value met (bounds that contradict each other) is gone: no config that was valid is lost (the choice could never be chosen; its type changes).",
  },
  "choices-made-exclusive": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "An anyOf became a oneOf, and two of its choices share values: such values, accepted before, now match two choices and are rejected.",
  },
  "choices-now-overlap": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A oneOf choice changed (opened to extra keys, a bound loosened: `minimum: 10` → `5`, or `3` → `1`, beside `maximum: 5`) so that it surely shares (more) values with another: a value that matched only one matches both now and is rejected (one is named).",
  },
  "choices-may-now-overlap": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "A oneOf choice changed so that it may share (more) values with another (objects told apart only by a constant neither requires, two patterns, ranges of numbers that meet where the schema says a `multipleOf`): such a value would match both and be rejected.",
  },
  "choices-may-overlap": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "An anyOf became a oneOf, and two of its choices may share values (two patterns, objects not told apart): such a value would match two choices and be rejected.",
  },
  "variant-added-may-overlap": {
    severity: "warning",
    bump: "minor",
    side: "authoring",
    doc: "A new oneOf choice may share values with another (two patterns, two objects not told apart by a constant): a value matching both would be rejected.",
  },
  "additional-keys-closed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "An object or connector config that took extra keys (also by leaving additionalProperties out) no longer does.",
  },
  "additional-keys-opened": { severity: "info", bump: "minor", side: "authoring", doc: "An object takes extra keys." },
  "wire-key-renamed": {
    severity: "breaking",
    bump: "minor",
    side: "both",
    doc: "A field's wire key changed (old key gone, new key with the same label, type and position, or declared in codegen.config.ts): its authoring name changes with it. Also the key of the constant that names a union member's connector in its config (`sourceType`), which configs written as sent carry.",
  },
  "authoring-key-changed": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A field kept its wire key but not its authoring key (no name lock, or a new field took the name), or a new field took a deprecated alias's key: configs that set the old key fail or set another field.",
  },
  "constraint-added": {
    severity: "breaking",
    bump: "minor",
    side: "authoring",
    doc: "A keyword the runtime checks but no rule compares (multipleOf, uniqueItems, not, …) appeared or changed on a property.",
  },
  "constraint-removed": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "Such a keyword went away (or changed, with constraint-added for its new value; a multipleOf whose new step divides the old, 100 → 10, is this alone).",
  },
  "constraints-not-compared": {
    severity: "warning",
    bump: "patch",
    side: "authoring",
    doc: "The wire schemas differ, but they spell out more schemas than the diff walks (100,000, a $ref target counted once for each place it is used at) to compare the keywords no other rule does: compare them by hand.",
  },
  "doc-changed": {
    severity: "info",
    bump: "patch",
    side: "authoring",
    doc: "A label or description changed (documentation of the generated types).",
  },
} as const satisfies Record<string, RuleDoc>;

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

/** Which severities meet a `--fail-on` threshold. */
export function meets(severity: ChangeSeverity, threshold: ChangeSeverity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}
