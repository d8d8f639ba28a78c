// The diff report in each output format. Every piece of text from a schema
// (connector codes, wire keys, labels, enum values) is untrusted: each format
// escapes it for where it lands (a markdown table cell, an XML attribute, a
// workflow-command property), so no schema can inject a table column, a link,
// markup or a second annotation.

import type { Change } from "./compare.js";
import { meets, RULE_IDS, RULES, type ChangeSeverity, type SemverBump } from "./rules.js";
// One rule for what a terminal must not be handed raw, shared with validate's and migrate's output.
import { visible } from "../../templates/validate-text.js";

/** The text format's rule column: as wide as the longest rule id. */
const RULE_WIDTH = Math.max(...RULE_IDS.map((id) => id.length));

export type DiffFormat = "text" | "markdown" | "json" | "github" | "junit";
export const DIFF_FORMATS: readonly DiffFormat[] = ["text", "markdown", "json", "github", "junit"];

export interface DiffReport {
  provider: string;
  semver: SemverBump;
  changes: Change[];
  /** Changes left out by the ignore file or a rule switched off. */
  ignored: number;
}

export interface FormatOptions {
  /** junit: changes at or above this severity are failures. Default `breaking`. */
  failOn?: ChangeSeverity;
  /** github: the snapshot file of each connector, for the annotation's `file`. */
  fileOf?: (connector: string) => string | undefined;
}

const counts = (changes: readonly Change[]) => ({
  breaking: changes.filter((c) => c.severity === "breaking").length,
  warning: changes.filter((c) => c.severity === "warning").length,
  info: changes.filter((c) => c.severity === "info").length,
});

/** Control characters (newlines included) as visible escapes: one change stays one line. */
const oneLine = visible;

function summary(report: DiffReport): string {
  const n = counts(report.changes);
  const ignored = report.ignored > 0 ? `, ${report.ignored} ignored` : "";
  return `${report.changes.length} change(s): ${n.breaking} breaking, ${n.warning} warning, ${n.info} info${ignored}; semver: ${report.semver}`;
}

function text(report: DiffReport): string {
  const lines = [`${report.provider}: ${summary(report)}`];
  let connector: string | undefined;
  for (const c of report.changes) {
    if (c.connector !== connector) {
      connector = c.connector;
      lines.push(oneLine(connector));
    }
    const where = c.field !== undefined ? `${oneLine(c.field)}: ` : "";
    lines.push(`  ${c.severity.padEnd(8)} ${c.rule.padEnd(RULE_WIDTH)} ${where}${oneLine(c.message)}`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * An empty HTML comment: it shows nothing, but splits the text around it in two. GitHub links mentions
 * (`@user`), issues (`#12`, `GH-12`), commits (a hex id) and e-mail addresses in the text markdown renders
 * to, after the backslash escapes are gone, so only a split keeps them text (a zero-width space would be
 * copied along with the text).
 */
const SPLIT = "<!-- -->";

/**
 * Escaped markdown (as markdownCell writes it) that GitHub shows as text, not as a link: `:` before `//`
 * and the `.` of `www.` backslash-escaped (the extended URL and www autolinks are read from the source, where
 * an escape ends them), and a SPLIT after each `@` (mentions, `user@host` addresses, `repo@sha`), after a `#`
 * or `GH-` before a digit, and within each run of seven or more hex digits (a commit id), every six of them.
 */
export function unlinked(escaped: string): string {
  return escaped
    .replace(/:(?=\/\/)/g, "\\:")
    .replace(/(www)\./gi, "$1\\.")
    .replace(/@/g, `@${SPLIT}`)
    .replace(/#(?=[0-9])/g, `#${SPLIT}`)
    .replace(/(?<![0-9A-Za-z])GH-(?=[0-9])/gi, `$&${SPLIT}`)
    .replace(/(?<![0-9A-Za-z])[0-9A-Fa-f]{7,}(?![0-9A-Za-z])/g, (run) => run.match(/.{1,6}/g)!.join(SPLIT));
}

/**
 * Text for a markdown table cell (also a line of CHANGELOG.md): the characters that open inline markup
 * (code, emphasis, links, HTML, math, strike-through, mentions and references) or end the cell are escaped;
 * newlines become spaces; what GitHub would link (a URL, `www.`, a mention, an issue, a commit id) stays text.
 */
export function markdownCell(value: string): string {
  return unlinked(
    visible(
      value
        .replace(/[\\`*_{}[\]()<>#!|~$&@]/g, (c) =>
          c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === "&" ? "&amp;" : `\\${c}`,
        )
        .replace(/\r\n|[\r\n\u2028\u2029]/g, " "),
    ),
  );
}

const ICON: Record<ChangeSeverity, string> = { breaking: "🔴 breaking", warning: "🟠 warning", info: "🔵 info" };

function markdown(report: DiffReport): string {
  const lines = [`### Schema changes: ${markdownCell(report.provider)}`, "", summary(report), ""];
  if (report.changes.length === 0) return `${[...lines, "No changes."].join("\n")}\n`;
  lines.push("| Severity | Connector | Field | Rule | Change |", "| --- | --- | --- | --- | --- |");
  for (const c of report.changes)
    lines.push(
      `| ${ICON[c.severity]} | ${markdownCell(c.connector)} | ${c.field !== undefined ? markdownCell(c.field) : ""} | ${markdownCell(c.rule)} | ${markdownCell(c.message)} |`,
    );
  return `${lines.join("\n")}\n`;
}

/** GitHub workflow command escapes: data (the message) and properties (which also end at `:` and `,`). */
export function githubData(value: string): string {
  return visible(value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
}
export function githubProperty(value: string): string {
  return githubData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND: Record<ChangeSeverity, string> = { breaking: "error", warning: "warning", info: "notice" };

function github(report: DiffReport, options: FormatOptions): string {
  const lines = report.changes.map((c) => {
    const props = [`title=${githubProperty(`${c.rule} (${c.severity})`)}`];
    const file = options.fileOf?.(c.connector);
    if (file !== undefined) props.unshift(`file=${githubProperty(file)}`);
    const where = c.field !== undefined ? `${c.connector} ${c.field}` : c.connector;
    return `::${COMMAND[c.severity]} ${props.join(",")}::${githubData(`${where}: ${c.message}`)}`;
  });
  lines.push(githubData(`${report.provider}: ${summary(report)}`));
  return `${lines.join("\n")}\n`;
}

/** XML text and attribute values: markup characters as entities, characters XML 1.0 forbids as visible escapes. */
export function xml(value: string): string {
  return (
    value
      .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
      // As character references, line breaks and tabs survive in attributes too (a parser turns raw ones into spaces).
      .replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, visible)
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
      )
  );
}

function junit(report: DiffReport, options: FormatOptions): string {
  const threshold = options.failOn ?? "breaking";
  const failures = report.changes.filter((c) => meets(c.severity, threshold)).length;
  const name = `schema diff: ${report.provider}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${xml(name)}" tests="${report.changes.length}" failures="${failures}">`,
    `  <testsuite name="${xml(name)}" tests="${report.changes.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="semver" value="${xml(report.semver)}"/></properties>`,
  ];
  for (const c of report.changes) {
    const caseName = `${c.rule}${c.field !== undefined ? ` ${c.field}` : ""}`;
    const open = `    <testcase classname="${xml(c.connector)}" name="${xml(caseName)}"`;
    if (meets(c.severity, threshold))
      lines.push(
        `${open}>`,
        `      <failure type="${xml(c.severity)}" message="${xml(c.message)}">${xml(`${RULES[c.rule].doc}`)}</failure>`,
        "    </testcase>",
      );
    else
      lines.push(`${open}>`, `      <system-out>${xml(`${c.severity}: ${c.message}`)}</system-out>`, "    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>");
  return `${lines.join("\n")}\n`;
}

/** The report in `format`, ending in a newline. JSON: `{ semver, changes }`. */
export function formatReport(report: DiffReport, format: DiffFormat, options: FormatOptions = {}): string {
  switch (format) {
    case "json":
      return `${JSON.stringify({ semver: report.semver, changes: report.changes }, null, 2)}\n`;
    case "markdown":
      return markdown(report);
    case "github":
      return github(report, options);
    case "junit":
      return junit(report, options);
    case "text":
      return text(report);
  }
}
