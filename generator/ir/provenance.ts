// Where a field's value comes from, told from what the IR already says of it
// (one derivation, so the manifest, the docs and the runtime cannot disagree):
// - "server": the server derives it (read-only, or a placeholder such as
//   `<SSH.PUBLIC.KEY>` it resolves): shown on read, never authored or sent;
// - "secret": the user sets it, the server hides it on read;
// - "default": the user may set it, else its default is filled in;
// - "user": the user sets it.

import type { IrField } from "./ir.js";

export type Provenance = "user" | "default" | "server" | "secret";

export function provenanceOf(field: IrField): Provenance {
  if (field.readOnly === true || field.placeholder !== undefined) return "server";
  if (field.secret) return "secret";
  if (field.default !== undefined) return "default";
  return "user";
}
