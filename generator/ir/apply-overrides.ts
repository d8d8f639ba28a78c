// Stage: the provider's overrides (renames, exclusions) applied to the IR,
// whatever the dialect. Every override must match something.

import type { ConnectorOverrides } from "../config/config.js";
import type { Diagnostics } from "./diagnostics.js";
import type { Condition, IrConnector } from "./ir.js";
import { isIdentifier } from "./naming.js";

export function applyOverrides(
  connectors: readonly IrConnector[],
  overrides: Readonly<Record<string, ConnectorOverrides>>,
  configFile: string,
  diags: Diagnostics,
): IrConnector[] {
  const byName = new Map(connectors.map((c) => [`${c.kind}/${c.code}`, c]));
  const error = (connector: string, field: string | undefined, message: string) =>
    diags.error({ rule: "override", file: configFile, connector, ...(field !== undefined ? { field } : {}), message });
  for (const name of Object.keys(overrides)) {
    if (!byName.has(name))
      error(name, undefined, `overrides name connector ${JSON.stringify(name)}, which the snapshot does not have`);
  }
  return connectors.map((connector) => {
    const name = `${connector.kind}/${connector.code}`;
    const o = Object.hasOwn(overrides, name) ? overrides[name] : undefined;
    if (!o) return connector;
    const wireKeys = new Set(connector.fields.map((f) => f.wireKey));
    const exclude = new Set(o.exclude ?? []);
    for (const key of [...exclude, ...Object.keys(o.rename ?? {})]) {
      if (!wireKeys.has(key))
        error(name, key, `override names wire key ${JSON.stringify(key)}, which this connector does not have`);
    }
    const renamed = new Map<string, string>();
    for (const field of connector.fields) {
      const to = o.rename?.[field.wireKey];
      if (to !== undefined) {
        if (!isIdentifier(to)) error(name, field.wireKey, `rename target ${JSON.stringify(to)} is not an identifier`);
        renamed.set(field.key, to);
      }
    }
    const keyOf = (key: string) => renamed.get(key) ?? key;
    const mapConditions = (list: Condition[] | undefined) => list?.map((c) => ({ ...c, key: keyOf(c.key) }));
    const fields = [];
    for (const field of connector.fields) {
      if (exclude.has(field.wireKey)) {
        if (field.required && field.default === undefined) {
          error(name, field.wireKey, "cannot exclude a required field without a default: requests would be rejected");
        }
        continue;
      }
      const uses = [...(field.requiredWhen ?? []), ...(field.relevantWhen ?? [])].find((c) => exclude.has(c.wireKey));
      if (uses) error(name, field.wireKey, `its condition reads excluded field ${JSON.stringify(uses.wireKey)}`);
      const requiredWhen = mapConditions(field.requiredWhen);
      const relevantWhen = mapConditions(field.relevantWhen);
      fields.push({
        ...field,
        key: keyOf(field.key),
        ...(requiredWhen ? { requiredWhen } : {}),
        ...(relevantWhen ? { relevantWhen } : {}),
      });
    }
    const seen = new Map<string, string>();
    for (const f of fields) {
      const other = seen.get(f.key);
      if (other !== undefined)
        error(name, f.wireKey, `authoring key ${JSON.stringify(f.key)} is also used by ${JSON.stringify(other)}`);
      seen.set(f.key, f.wireKey);
    }
    const serverKeys = [...new Set([...connector.serverKeys, ...exclude])].sort();
    return { ...connector, fields, serverKeys };
  });
}
