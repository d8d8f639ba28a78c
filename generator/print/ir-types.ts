// The one place where an IR type or field becomes TypeScript: types as layout
// documents (`irTypeDoc`, `valueType`), interfaces of IR fields
// (`interfaceOf`), and the JSDoc text of fields (`fieldDoc`, `docText`).
// Schema text reaches these only through generator/print/pretty.ts's `str`
// and `key`, and through `docText` for comments.

import type { Condition, IrField, IrType, JsonValue } from "../ir/ir.js";
import {
  arrayType,
  group,
  ifBreak,
  indent,
  interfaceDeclaration,
  join,
  key,
  line,
  num,
  objectType,
  parenthesised,
  plainType,
  propertySignature,
  softline,
  str,
  typeDoc,
  unionType,
  withComment,
  type Doc,
  type TypeDoc,
} from "./pretty.js";

export type Side = "authoring" | "wire";

/** The literal type of a JSON value: `"a"`, `1`, `null`, `[1, "b"]`, `{ a: true }`. */
export function valueType(v: JsonValue): TypeDoc {
  if (v === null) return plainType("null");
  if (typeof v === "string") return plainType(str(v));
  if (typeof v === "number") return plainType(num(v));
  if (typeof v === "boolean") return plainType(v ? "true" : "false");
  // `readonly [...]`: the exact tuple, which `as const` arrays fit too.
  if (Array.isArray(v)) {
    if (v.length === 0) return plainType("readonly []");
    const items = v.map((item) => typeDoc(valueType(item), "member"));
    return plainType(group(["readonly [", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]));
  }
  // `{}` would accept any value but null and undefined: an empty object is an object with no keys.
  if (Object.keys(v).length === 0) return plainType("Record<string, never>");
  return objectType(
    Object.entries(v)
      .filter((e): e is [string, JsonValue] => e[1] !== undefined)
      .map(([k, item]) => [key(k), false, valueType(item)]),
  );
}

/**
 * How a union inside a union is written: "flat" as one union (`"a" | "b" | null`,
 * connector modules), "grouped" in parentheses (`("a" | "b") | null`, api.gen.ts).
 * Both are what Prettier leaves; each file keeps the form it has always had.
 */
export type Nesting = "flat" | "grouped";

/** The TypeScript type of an IR type, on the authoring or the wire side. */
export function irTypeDoc(type: IrType, side: Side, nesting: Nesting = "flat"): TypeDoc {
  const union = (members: TypeDoc[]) =>
    unionType(
      nesting === "flat"
        ? members
        : members.map((m) => (m.kind === "union" && m.members.length > 1 ? plainType(parenthesised(m)) : m)),
    );
  let t: TypeDoc;
  if ("enum" in type && type.enum && type.enum.length > 0) {
    t = unionType(type.enum.map((o) => valueType(o.value)));
  } else {
    switch (type.type) {
      case "string":
      case "boolean":
      case "unknown":
      case "never":
        t = plainType(type.type);
        break;
      case "integer":
      case "number":
        t = plainType("number");
        break;
      case "array":
        t = arrayType(irTypeDoc(type.items, side, nesting));
        break;
      case "union":
        t = union(type.variants.map((v) => irTypeDoc(v, side, nesting)));
        break;
      case "object":
        t = objectType(
          type.fields.map((f) => [
            key(side === "wire" ? f.wireKey : f.key),
            isOptional(f),
            irTypeDoc(f.type, side, nesting),
          ]),
          type.additionalProperties === false
            ? undefined
            : type.fields.length > 0
              ? plainType("unknown")
              : irTypeDoc(type.additionalProperties, side, nesting),
        );
        break;
    }
  }
  return type.nullable ? union([t, plainType("null")]) : t;
}

/**
 * `export interface Name<…> { … }` whose properties come from IR fields, each
 * with its JSDoc; `extra` members come first.
 */
export function interfaceOf(
  name: string,
  fields: readonly IrField[],
  side: Side,
  docs: string,
  options: { extra?: Doc[]; trailing?: Doc[]; typeParameters?: Doc; nesting?: Nesting } = {},
): Doc {
  const members = fields.map((f) =>
    withComment(fieldDoc(f), [
      propertySignature(
        key(side === "wire" ? f.wireKey : f.key),
        isOptional(f),
        irTypeDoc(f.type, side, options.nesting),
      ),
      ";",
    ]),
  );
  return withComment(
    docText(docs),
    interfaceDeclaration(
      name,
      [...(options.extra ?? []), ...members, ...(options.trailing ?? [])],
      options.typeParameters,
    ),
  );
}

/**
 * Text safe inside a `/** … *\/` comment: comment terminators broken up, tags
 * neutralised, line breaks normalised.
 */
export function docText(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/(^|\s)@/g, "$1\\@")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .trimEnd();
}

/** JSDoc lines for a field: what it is, where it goes on the wire, what it accepts. */
export function fieldDoc(field: IrField): string {
  const lines: string[] = [];
  if (field.title && field.title !== field.description) lines.push(docText(field.title));
  if (field.description) lines.push(...(lines.length ? [""] : []), docText(field.description));
  if (lines.length) lines.push("");
  lines.push(`Wire key: ${docText(JSON.stringify(field.wireKey))}`);
  const t = field.type;
  const options =
    "enum" in t && t.enum ? t.enum : t.type === "array" && "enum" in t.items && t.items.enum ? t.items.enum : undefined;
  if (options) {
    lines.push(
      `Allowed values: ${docText(options.map((o) => (o.label ? `${JSON.stringify(o.value)} (${o.label})` : JSON.stringify(o.value))).join(", "))}`,
    );
  }
  if ((t.type === "integer" || t.type === "number") && (t.minimum !== undefined || t.maximum !== undefined)) {
    lines.push(`Range: ${t.minimum ?? "-∞"} to ${t.maximum ?? "∞"}`);
  }
  if (field.requiredWhen) lines.push(`Required when ${docText(describeConditions(field.requiredWhen))}.`);
  else if (field.relevantWhen) lines.push(`Used only when ${docText(describeConditions(field.relevantWhen))}.`);
  if (field.secret) lines.push("Secret: never logged or echoed by the generated code.");
  if (field.setOnce) lines.push("Set once: can be set at creation, never changed by an update.");
  if (field.readOnly) lines.push("Read-only in the provider's UI.");
  if (field.placeholder !== undefined) {
    lines.push(
      `Server-resolved default ${docText(JSON.stringify(field.placeholder))}: filled in by the server, never sent.`,
    );
  }
  if (field.deprecated)
    lines.push("@deprecated The schema marks this field deprecated: still accepted, set it no more.");
  if (field.default !== undefined) lines.push(`@default ${docText(JSON.stringify(field.default))}`);
  return lines.join("\n");
}

/** Optional to author: not always required, or required but with a default the builders fill in. */
export function isOptional(field: IrField): boolean {
  return !field.required || field.default !== undefined;
}

/** `sshEnabled = true and snapshotMode is one of "initial", "never"` */
export function describeConditions(conditions: NonNullable<IrField["requiredWhen"]>): string {
  return conditions
    .map((c) => {
      if (c.op === "present") return `${c.key} is set`;
      const unset = c.unsetHolds === true ? ` or is not set` : "";
      if (c.op === "in")
        return `${c.key} is one of ${(c.value as JsonValue[]).map((v) => JSON.stringify(v)).join(", ")}${unset}`;
      return `${c.key} ${c.op === "eq" ? "=" : "≠"} ${JSON.stringify(c.value)}${unset}`;
    })
    .join(" and ");
}

/**
 * One branch of a conditional union: some fields required, and the values of
 * the tested field (the discriminant) under which nothing more is required.
 */
export interface ConditionalBranch {
  /**
   * The discriminant's values allowed in this branch (`given`: any value but
   * null); undefined when any value, or none, is (nothing to say).
   */
  values?: JsonValue[] | "given" | "all";
  /** The discriminant may be left out (or undefined) in this branch. */
  absent: boolean;
  required: IrField[];
}

/** The conditionally required fields that depend on one field (`on`), as a union of branches over its values. */
export interface ConditionalUnion {
  on: IrField;
  branches: ConditionalBranch[];
}

/** A finite domain larger than this is not written out as branches. */
const MAX_DOMAIN = 16;
/** Unions are intersected while the number of their combinations stays within this. */
const MAX_COMBINATIONS = 64;

const GIVEN = Symbol("given");

const sameValue = (a: JsonValue, b: JsonValue) => JSON.stringify(a) === JSON.stringify(b);

/** The values a field can hold when they are few literals (an enum of scalars, a boolean), else undefined. */
function finiteDomain(field: IrField): JsonValue[] | undefined {
  const t = field.type;
  let values: JsonValue[] | undefined;
  if ("enum" in t && t.enum && t.enum.length > 0) {
    values = t.enum.map((o) => o.value);
    if (!values.every((v) => v === null || typeof v !== "object")) return undefined;
  } else if (t.type === "boolean") values = [true, false];
  if (values === undefined) return undefined;
  if (t.nullable && !values.includes(null)) values = [...values, null];
  return values.length <= MAX_DOMAIN ? values : undefined;
}

/**
 * Does one condition hold when its field has `value` (undefined: left out, and
 * no default)? As the runtime's `conditionsHold` reads it: an absent field
 * counts as its default, and a field holding no value satisfies no condition.
 */
function holds(condition: Condition, value: JsonValue | typeof GIVEN | undefined): boolean {
  if (condition.op === "present") return value !== undefined && value !== null;
  if (value === undefined || value === GIVEN) return false;
  if (condition.op === "eq") return sameValue(value, condition.value);
  if (condition.op === "ne") return !sameValue(value, condition.value);
  return Array.isArray(condition.value) && condition.value.some((v) => sameValue(v, value));
}

/**
 * The conditional requirements TypeScript can state exactly: a field without a
 * default required under one condition on one other field whose values are
 * few (eq, ne, in) or on whether another field is given (present). Per tested
 * field, one union: a branch per set of fields some of its values require,
 * allowing every value that requires no more (`{ y: string } | { x: false }`:
 * with y given, any x; without, only x = false). The rest (several
 * conditions, a value test of a free-form field, too many combinations) stay
 * optional fields documented "Required when …".
 * `skip`: fields left out (set-once fields in an update).
 */
export function conditionalUnions(
  fields: readonly IrField[],
  skip: (f: IrField) => boolean = () => false,
): ConditionalUnion[] {
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const dependents = new Map<IrField, IrField[]>();
  for (const f of fields) {
    const conditions = f.requiredWhen;
    if (f.required || f.default !== undefined || !conditions || conditions.length !== 1 || skip(f)) continue;
    const on = byKey.get(conditions[0]!.key);
    if (!on || on === f || skip(on)) continue;
    dependents.set(on, [...(dependents.get(on) ?? []), f]);
  }
  const unions: ConditionalUnion[] = [];
  let combinations = 1;
  for (const on of fields) {
    const dependent = dependents.get(on);
    if (!dependent) continue;
    const domain = finiteDomain(on);
    const onlyPresent = dependent.every((f) => f.requiredWhen![0]!.op === "present");
    // Without a finite domain, only "given or not" can be told apart, and only of a type printed without null.
    if (!domain && (!onlyPresent || ["union", "unknown", "never"].includes(on.type.type))) continue;
    const points: (JsonValue | typeof GIVEN)[] = domain ?? [GIVEN, ...(on.type.nullable ? [null] : [])];
    const requiredAt = (value: JsonValue | typeof GIVEN | undefined) =>
      dependent.filter((f) => holds(f.requiredWhen![0]!, value));
    // Left out, a field counts as its default; "present" sees the default only
    // when the builders fill it in (a required field).
    const absent = isOptional(on)
      ? dependent.filter((f) => {
          const c = f.requiredWhen![0]!;
          // A JSON Schema `if` that does not require the key holds where it is not sent.
          if (c.unsetHolds === true && !on.required) return true;
          return holds(c, c.op !== "present" || on.required ? on.default : undefined);
        })
      : undefined;
    const sets = points.map(requiredAt);
    const distinct: IrField[][] = [];
    for (const set of [...sets, ...(absent ? [absent] : [])]) {
      if (!distinct.some((d) => d.length === set.length && d.every((f, i) => f === set[i]))) distinct.push(set);
    }
    if (distinct.length < 2 && distinct.every((d) => d.length === 0)) continue;
    if (combinations * distinct.length > MAX_COMBINATIONS) continue;
    combinations *= distinct.length;
    const within = (set: IrField[], of: IrField[]) => set.every((f) => of.includes(f));
    const branches = distinct.map((required): ConditionalBranch => {
      const allowed = points.filter((_, i) => within(sets[i]!, required));
      const absentAllowed = absent !== undefined && within(absent, required);
      if (allowed.length === points.length)
        // (a field the base interface requires needs no repeating)
        return absentAllowed || absent === undefined
          ? { absent: absentAllowed, required }
          : { values: "all", absent: false, required };
      const values = allowed.includes(GIVEN) ? "given" : (allowed as JsonValue[]);
      return { values, absent: absentAllowed, required };
    });
    unions.push({ on, branches });
  }
  return unions;
}

/** `({ y: string } | { x: false })`: a conditional union as a type. */
export function conditionalUnionType(union: ConditionalUnion, side: Side): TypeDoc {
  const on = union.on;
  const name = (f: IrField) => key(side === "wire" ? f.wireKey : f.key);
  return unionType(
    union.branches.map((b) => {
      const members: [Doc, boolean, TypeDoc][] = [];
      if (b.values !== undefined) {
        const type =
          b.values === "all"
            ? irTypeDoc(on.type, side)
            : b.values === "given"
              ? irTypeDoc({ ...on.type, nullable: false }, side)
              : b.values.length === 0
                ? plainType("undefined")
                : unionType(b.values.map(valueType));
        members.push([name(on), b.absent, type]);
      }
      for (const f of b.required) members.push([name(f), false, irTypeDoc(f.type, side)]);
      return objectType(members);
    }),
  );
}
