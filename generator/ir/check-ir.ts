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
  for (const kind of ir.kinds)
    claim(camelIdentifier(kind.kind), `kind ${kind.kind}`, `connectors/${kind.kind}`, "registry name");
  for (const c of ir.connectors) {
    const owner = `${c.kind}/${c.code}`;
    const n = connectorNames(c.kind, c.code);
    claim(n.typeName, owner, c.source.file, "type name", c.source.pointer);
    claim(n.modulePath, owner, c.source.file, "module path", c.source.pointer);
    claim(n.binding, owner, c.source.file, "import name", c.source.pointer);
  }
}
