// Stage: checks on the whole IR that no single parser can make — names that
// must be unique across connectors once turned into identifiers and files.

import type { Diagnostics } from "./diagnostics.js";
import type { IrProvider } from "./ir.js";
import { camelIdentifier, connectorNames } from "./naming.js";

export function checkIr(ir: IrProvider, diags: Diagnostics): void {
  const seen = new Map<string, string>();
  const claim = (name: string, owner: string, file: string, what: string, pointer?: string) => {
    const key = name.toLowerCase(); // case-insensitive file systems and readers
    const previous = seen.get(key);
    if (previous !== undefined && previous !== owner) {
      diags.error({
        rule: "name-collision",
        file,
        ...(pointer !== undefined ? { pointer } : {}),
        connector: owner,
        message: `${what} ${JSON.stringify(name)} is also produced by ${previous}; rename one connector`,
      });
    } else seen.set(key, owner);
  };
  // Output files first, compared case-folded (macOS and Windows file systems, and
  // git on them, hold one of two names that differ in case only). A collision
  // leaves the later connector out with a warning naming both: its names are a
  // function of its own code (connectorNames), so renaming it here would move
  // its import path whenever an unrelated connector came or went.
  const files = new Map<string, string>();
  ir.connectors = ir.connectors.filter((c) => {
    const owner = `${c.kind}/${c.code}`;
    const paths = connectorNames(c.kind, c.code).paths;
    for (const path of paths) {
      const previous = files.get(path.toLowerCase());
      if (previous === undefined) continue;
      diags.warn({
        rule: "file-name-collision",
        file: c.source.file,
        ...(c.source.pointer !== undefined ? { pointer: c.source.pointer } : {}),
        connector: owner,
        message: `its output file ${JSON.stringify(path)} is also written for ${previous} (names are compared without case and with unsafe characters replaced); this connector is left out`,
      });
      return false;
    }
    for (const path of paths) files.set(path.toLowerCase(), owner);
    return true;
  });
  for (const kind of ir.kinds)
    claim(camelIdentifier(kind.kind), `kind ${kind.kind}`, `connectors/${kind.kind}`, "registry name");
  for (const c of ir.connectors) {
    const owner = `${c.kind}/${c.code}`;
    const n = connectorNames(c.kind, c.code);
    claim(n.typeName, owner, c.source.file, "type name", c.source.pointer);
    claim(n.binding, owner, c.source.file, "import name", c.source.pointer);
  }
}
