// Emitter: names.lock.json — every connector's authoring keys by wire key path
// (and its type name), committed with the output. The next run reads it back
// (ir/apply-name-lock.ts) so a new field never takes an existing field's name.

import { lockSegment, NAME_LOCK_FILE } from "../ir/apply-name-lock.js";
import type { IrField, IrProvider, IrType } from "../ir/ir.js";
import { connectorNames } from "../ir/naming.js";
import { compareText } from "../ir/plain.js";
import type { OutputFile } from "../output/output.js";

/** A path whose union variants give different keys: left out, since one locked key would rename a variant's field. */
const AMBIGUOUS = "";

function collect(fields: readonly IrField[], prefix: string, into: Map<string, string>): void {
  for (const f of fields) {
    const path = prefix + lockSegment(f.wireKey);
    const had = into.get(path);
    into.set(path, had === undefined || had === f.key ? f.key : AMBIGUOUS);
    collectType(f.type, `${path}/`, into);
  }
}

function collectType(type: IrType, prefix: string, into: Map<string, string>): void {
  if (type.type === "object") collect(type.fields, prefix, into);
  else if (type.type === "array") collectType(type.items, prefix, into);
  else if (type.type === "union") for (const v of type.variants) collectType(v, prefix, into);
}

const sorted = (map: Map<string, string>) =>
  Object.fromEntries([...map].filter(([, key]) => key !== AMBIGUOUS).sort(([a], [b]) => compareText(a, b)));

export function emitNameLock(ir: IrProvider): OutputFile {
  const connectors: Record<string, { typeName: string; keys: Record<string, string> }> = {};
  for (const c of [...ir.connectors].sort((a, b) => compareText(`${a.kind}/${a.code}`, `${b.kind}/${b.code}`))) {
    const keys = new Map<string, string>();
    collect(c.fields, "", keys);
    connectors[`${c.kind}/${c.code}`] = { typeName: connectorNames(c.kind, c.code).typeName, keys: sorted(keys) };
  }
  return { path: NAME_LOCK_FILE, content: `${JSON.stringify({ version: 1, connectors }, null, 2)}\n` };
}
