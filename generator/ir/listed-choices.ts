// A union whose choices only list values of one kind (`oneOf: [{ const: "a", title: "A" }, { enum: ["b"] }]`,
// a titled enum as generators write one) takes what one list of those values takes. Consumers that compare
// types (the diff) read it as that list beside a plain enum, so the two spellings compare alike.

import type { EnumOption, IrType } from "./ir.js";
import { isObject } from "./plain.js";

const SCALARS = new Set(["string", "integer", "number", "boolean"]);

/**
 * The one list a union's choices make, each value labelled with its choice's title when the choice lists
 * it alone; undefined when a choice says more than its list, the kinds or nullability differ, or (a oneOf)
 * two choices list one value, which then matches both and is rejected.
 */
export function listedChoices(t: IrType): IrType | undefined {
  if (t.type !== "union") return undefined;
  const first = t.variants[0];
  if (first === undefined || !SCALARS.has(first.type)) return undefined;
  const options: EnumOption[] = [];
  const seen = new Set<string>();
  for (const c of t.variants) {
    if (c.type !== first.type || c.nullable !== first.nullable) return undefined;
    if (!Object.keys(c).every((k) => k === "type" || k === "enum" || k === "title" || k === "nullable"))
      return undefined;
    const list = (c as { enum?: EnumOption[] }).enum;
    if (list === undefined || list.length === 0) return undefined;
    for (const o of list) {
      const key = JSON.stringify(o.value);
      if (seen.has(key)) {
        if (t.exclusive === true) return undefined;
        continue;
      }
      seen.add(key);
      options.push(list.length === 1 && o.label === undefined && c.title !== undefined ? { ...o, label: c.title } : o);
    }
  }
  const nullable = first.nullable === true || t.nullable === true;
  return { type: first.type, enum: options, ...(nullable ? { nullable: true } : {}) } as IrType;
}

/** Annotations beside a choice's values (`{ "const": "a", "title": "A" }`). */
const NOTES = new Set(["title", "description", "$comment"]);

/**
 * The values a JSON Schema lists: its `const` or `enum`, or an anyOf/oneOf of choices that each list
 * scalar values and say nothing more (`anyOf: [{ const: "a" }, { const: "b" }]` is `enum: ["a", "b"]`;
 * of a oneOf, the values one choice alone lists, as one two list matches both and is rejected).
 * Undefined otherwise, or when no value is left.
 */
export function listedValues(s: Record<string, unknown>): unknown[] | undefined {
  if ("const" in s) return [s.const];
  if (Array.isArray(s.enum)) return s.enum;
  const list = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (list === undefined || list.length === 0 || Object.keys(s).length !== 1) return undefined;
  const values = new Map<string, unknown>();
  const listedTwice = new Set<string>();
  for (const choice of list) {
    if (!isObject(choice) || Object.keys(choice).some((k) => k !== "const" && k !== "enum" && !NOTES.has(k)))
      return undefined;
    if ("const" in choice === Array.isArray(choice.enum)) return undefined;
    const own = new Map<string, unknown>();
    for (const value of "const" in choice ? [choice.const] : (choice.enum as unknown[])) {
      if (typeof value === "object" && value !== null) return undefined;
      own.set(JSON.stringify(value), value);
    }
    for (const [key, value] of own) {
      if (values.has(key)) listedTwice.add(key);
      values.set(key, value);
    }
  }
  if (Array.isArray(s.oneOf)) for (const key of listedTwice) values.delete(key);
  return values.size > 0 ? [...values.values()] : undefined;
}
