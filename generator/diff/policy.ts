// What a project makes of the changes: per-rule severity overrides and an
// ignore file (both from codegen.config.ts), and the semver advice that
// follows from what is left.

import { CodegenError } from "../ir/diagnostics.js";
import type { Change } from "./compare.js";
import { isRuleId, RULES, SEVERITIES, type ChangeSeverity, type RuleId, type SemverBump } from "./rules.js";

/** One ignore-file entry: a rule, a connector (`*`: any) and optionally a field with what is nested in it. */
export interface IgnoreEntry {
  rule: RuleId;
  connector: string;
  field?: string;
}

export interface DiffPolicy {
  /** Severity per rule instead of the default; `"off"` drops the rule's changes. */
  severity?: Partial<Record<RuleId, ChangeSeverity | "off">>;
  ignore?: IgnoreEntry[];
}

export const MAX_IGNORE_BYTES = 1 << 20;

/**
 * Parses an ignore file: one entry a line, `RULE CONNECTOR [FIELD]` (the field is
 * the rest of the line, so a path with spaces works); `#` starts a comment line.
 * Errors name the file and line.
 */
export function parseIgnoreFile(text: string, file: string): IgnoreEntry[] {
  if (text.length > MAX_IGNORE_BYTES) throw new CodegenError(`${file}: ignore file larger than 1 MiB`);
  const entries: IgnoreEntry[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(\S+)\s+(\S+)(?:\s+(.+))?$/.exec(line);
    if (!match)
      throw new CodegenError(`${file}:${i + 1}: expected "RULE CONNECTOR [FIELD]", got ${JSON.stringify(line)}`);
    const [, rule, connector, field] = match;
    if (!isRuleId(rule!)) throw new CodegenError(`${file}:${i + 1}: unknown rule ${JSON.stringify(rule)}`);
    entries.push(field === undefined ? { rule, connector: connector! } : { rule, connector: connector!, field });
  }
  return entries;
}

/** Checks the `diff.severity` setting of codegen.config.ts; errors name the key. */
export function checkSeverityOverrides(where: string, value: unknown): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new CodegenError(`${where}: diff.severity must be an object of rule → severity`);
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null)
    throw new CodegenError(
      `${where}: diff.severity must be a plain object (its prototype holds entries no check sees)`,
    );
  for (const [rule, severity] of Object.entries(value)) {
    if (!isRuleId(rule)) throw new CodegenError(`${where}: diff.severity: unknown rule ${JSON.stringify(rule)}`);
    if (severity !== "off" && !SEVERITIES.includes(severity as ChangeSeverity))
      throw new CodegenError(
        `${where}: diff.severity.${rule} must be one of ${[...SEVERITIES, "off"].join(", ")}, got ${JSON.stringify(severity)}`,
      );
  }
}

function ignored(change: Change, entries: readonly IgnoreEntry[]): boolean {
  return entries.some(
    (e) =>
      e.rule === change.rule &&
      (e.connector === "*" || e.connector === change.connector) &&
      (e.field === undefined ||
        (change.field !== undefined &&
          (change.field === e.field || [..."/[{"].some((sep) => change.field!.startsWith(e.field + sep))))),
  );
}

/** The changes with overridden severities, without ignored and switched-off ones; `ignored` counts what was dropped. */
export function applyPolicy(
  changes: readonly Change[],
  policy: DiffPolicy = {},
): { changes: Change[]; ignored: number } {
  const kept: Change[] = [];
  let dropped = 0;
  for (const change of changes) {
    // Own keys only: an override the config's checks never saw (one inherited through a prototype) is none.
    const override =
      policy.severity !== undefined && Object.hasOwn(policy.severity, change.rule)
        ? policy.severity[change.rule]
        : undefined;
    const severity = override ?? change.severity;
    if (severity === "off" || (policy.ignore && ignored(change, policy.ignore))) {
      dropped++;
      continue;
    }
    kept.push(severity === change.severity ? change : { ...change, severity });
  }
  return { changes: kept, ignored: dropped };
}

/** Major for any breaking change; otherwise the highest part the rules of the changes move. */
export function semverAdvice(changes: readonly Change[]): SemverBump {
  let advice: SemverBump = "none";
  for (const c of changes) {
    if (c.severity === "breaking") return "major";
    if (RULES[c.rule].bump === "minor") advice = "minor";
    else if (advice === "none") advice = "patch";
  }
  return advice;
}
