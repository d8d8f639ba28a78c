// A union whose choices only list values of one kind (`oneOf: [{ const: "a", title: "A" }, { enum: ["b"] }]`,
// a titled enum as generators write one) takes what one list of those values takes. Consumers that compare
// types (the diff) read it as that list beside a plain enum, so the two spellings compare alike.

import type { EnumOption, IrType } from "./ir.js";

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
