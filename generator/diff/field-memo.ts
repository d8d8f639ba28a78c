// Fields one snapshot built, for the other to take (the FieldMemo the
// dialects accept). The diff builds a changed connector in both snapshots;
// most of its fields did not change, and parseSnapshotPair made their schemas
// the same objects. A field is taken when its schema is the same object, at
// the same place in the same file, read with the same suffixes, and all its
// `$ref`s reach is equal in both snapshots: then building it again would give
// the same field.

import type { BuiltField, FieldMemo, SchemaContext } from "../dialects/json-schema-type.js";
import type { InputComparer } from "./same-input.js";

interface Kept {
  at: string;
  file: string;
  suffixes: readonly string[];
  roots: readonly unknown[];
  field: BuiltField;
  expansions: number;
}

/** The documents a context resolves `$ref`s in, in the order it looks. */
const rootsOf = (ctx: SchemaContext): unknown[] =>
  ctx.fallbackRoot === undefined ? [ctx.root] : [ctx.root, ctx.fallbackRoot];

export class SharedFieldMemo implements FieldMemo {
  // A Map, not a WeakMap: it lives as long as one diff, and weak keys cost the garbage collector.
  private readonly kept = new Map<object, Kept>();

  constructor(private readonly comparer: InputComparer) {}

  set(schema: object, at: string, ctx: SchemaContext, field: BuiltField, expansions: number): void {
    if (!this.kept.has(schema))
      this.kept.set(schema, { at, file: ctx.file, suffixes: ctx.suffixes, roots: rootsOf(ctx), field, expansions });
  }

  get(schema: object, at: string, ctx: SchemaContext): { field: BuiltField; expansions: number } | undefined {
    const kept = this.kept.get(schema);
    if (
      kept === undefined ||
      kept.at !== at ||
      kept.file !== ctx.file ||
      kept.suffixes.length !== ctx.suffixes.length ||
      kept.suffixes.some((s, i) => s !== ctx.suffixes[i])
    )
      return undefined;
    return this.comparer.sameValue(schema, kept.roots, schema, rootsOf(ctx)) ? kept : undefined;
  }
}
