// Stage: the renames declared for the diff (`diff.renames`) kept as deprecated
// aliases, whatever the dialect: a config written before the rename still
// reads, with a warning naming the new key.

import { pointer, type Diagnostics } from "./diagnostics.js";
import type { IrAlias, IrConnector } from "./ir.js";
import { authoringKey, isIdentifier } from "./naming.js";

export function applyRenames(
  connectors: readonly IrConnector[],
  renames: Readonly<Record<string, Readonly<Record<string, string>>>>,
  suffixes: readonly string[],
  configFile: string,
  diags: Diagnostics,
): IrConnector[] {
  const byName = new Map(connectors.map((c) => [`${c.kind}/${c.code}`, c]));
  const warn = (connector: string, from: string | undefined, message: string) =>
    diags.warn({
      rule: "rename",
      file: configFile,
      pointer: pointer("diff", "renames", connector, ...(from !== undefined ? [from] : [])),
      connector,
      ...(from !== undefined ? { field: from } : {}),
      message,
    });
  const aliases = new Map<string, IrAlias[]>();
  for (const name of Object.keys(renames)) {
    const connector = byName.get(name);
    if (!connector) {
      warn(name, undefined, `renames name connector ${JSON.stringify(name)}, which the snapshot does not have`);
      continue;
    }
    const byWire = new Map(connector.fields.map((f) => [f.wireKey, f]));
    const keys = new Set(connector.fields.map((f) => f.key));
    const list: IrAlias[] = [];
    const taken = new Set<string>();
    for (const [from, toWire] of Object.entries(renames[name]!)) {
      const field = byWire.get(toWire);
      if (!field) {
        warn(name, from, `rename to ${JSON.stringify(toWire)}, which this connector does not have: no alias`);
        continue;
      }
      if (byWire.has(from) || connector.serverKeys.includes(from)) {
        warn(name, from, `rename from ${JSON.stringify(from)}, which this connector still has: no alias`);
        continue;
      }
      if (taken.has(from)) continue;
      const key = authoringKey(from, suffixes);
      if (key !== undefined && key !== field.key && (!isIdentifier(key) || keys.has(key))) {
        warn(name, from, `its authoring key ${JSON.stringify(key)} is taken by another field: no alias`);
        continue;
      }
      taken.add(from);
      const authoring = key !== undefined && key !== field.key ? key : undefined;
      if (authoring !== undefined) keys.add(authoring);
      list.push({ ...(authoring !== undefined ? { key: authoring } : {}), wireKey: from, to: field.key, toWire });
    }
    if (list.length > 0) aliases.set(name, list);
  }
  return connectors.map((c) => {
    const list = aliases.get(`${c.kind}/${c.code}`);
    return list ? { ...c, aliases: list } : c;
  });
}
