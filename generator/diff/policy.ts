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

/** The separators of a field path (`parent/child`, `list[]/child`, `auth{Title}`): an entry's field covers the paths it starts followed by one. */
const SEPARATORS = "/[{";

/**
 * The ignore entries indexed, so a change is matched in time linear in its field path's length, not in the
 * number of entries. A (rule, connector) pair is a root node; each piece of an entry's field that starts at a
 * separator (`a`, `/b`, `[]`, …) is a child node named by its parent's id and the piece; an entry marks the
 * node it ends at. A change is ignored when a node on the walk along its own field's pieces is marked: its
 * field is an entry's, or starts with one followed by a separator.
 */
class IgnoreIndex {
  private readonly roots = new Map<string, number>();
  private readonly children = new Map<string, number>();
  private readonly marked = new Set<number>();
  private nodes = 0;

  constructor(entries: readonly IgnoreEntry[]) {
    for (const e of entries) {
      let node = this.roots.get(rootKey(e.rule, e.connector));
      if (node === undefined) this.roots.set(rootKey(e.rule, e.connector), (node = this.nodes++));
      if (e.field !== undefined)
        for (const piece of pieces(e.field)) {
          const key = `${node}\0${piece}`;
          let child = this.children.get(key);
          if (child === undefined) this.children.set(key, (child = this.nodes++));
          node = child;
        }
      this.marked.add(node);
    }
  }

  covers(change: Change): boolean {
    const connectors = change.connector === "*" ? ["*"] : [change.connector, "*"];
    for (const connector of connectors) {
      let node = this.roots.get(rootKey(change.rule, connector));
      if (node === undefined) continue;
      if (this.marked.has(node)) return true;
      if (change.field === undefined) continue;
      for (const piece of pieces(change.field)) {
        node = this.children.get(`${node}\0${piece}`);
        if (node === undefined) break;
        if (this.marked.has(node)) return true;
      }
    }
    return false;
  }
}

// A rule id holds no NUL, so the pair is read back unambiguously.
const rootKey = (rule: RuleId, connector: string) => `${rule}\0${connector}`;

/** `a/b[]{X}` as `a`, `/b`, `[]`, `{X}`: cut before each separator. */
function pieces(field: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < field.length; i++)
    if (SEPARATORS.includes(field[i]!)) {
      out.push(field.slice(start, i));
      start = i;
    }
  out.push(field.slice(start));
  return out;
}

/** The changes with overridden severities, without ignored and switched-off ones; `ignored` counts what was dropped. */
export function applyPolicy(
  changes: readonly Change[],
  policy: DiffPolicy = {},
): { changes: Change[]; ignored: number } {
  const kept: Change[] = [];
  let dropped = 0;
  const ignore = policy.ignore && policy.ignore.length > 0 ? new IgnoreIndex(policy.ignore) : undefined;
  for (const change of changes) {
    // Own keys only: an override the config's checks never saw (one inherited through a prototype) is none.
    const override =
      policy.severity !== undefined && Object.hasOwn(policy.severity, change.rule)
        ? policy.severity[change.rule]
        : undefined;
    const severity = override ?? change.severity;
    if (severity === "off" || ignore?.covers(change) === true) {
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
