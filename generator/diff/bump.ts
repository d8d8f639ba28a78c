// `diff --bump`: the advised version for the generated package, written where
// the version is decided (the `package.version` literal of codegen.config.ts,
// which package.json is generated from), and a CHANGELOG.md entry that lists
// the changes per connector.

import { CodegenError } from "../ir/diagnostics.js";
import type { Change } from "./compare.js";
import { markdownCell } from "./format.js";
import type { SemverBump } from "./rules.js";

/** A semantic version (semver.org 2.0.0): numbers, then an optional pre-release and build metadata. */
const IDENTIFIER = "(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)";
const SEMVER = new RegExp(
  `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-${IDENTIFIER}(?:\\.${IDENTIFIER})*)?(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?$`,
);

/**
 * `version` moved by `bump` as `npm version` moves it: a pre-release of the version the bump
 * reaches becomes that version (`2.0.0-rc.1` by major is `2.0.0`), and pre-release and build
 * suffixes are dropped; `none` leaves it.
 */
export function bumpVersion(version: string, bump: SemverBump): string {
  const m = SEMVER.exec(version);
  if (!m) throw new CodegenError(`package.version ${JSON.stringify(version)} is not a semantic version`);
  // BigInt: a number past 2^53 moves by one too (a double would round it, or write 1e+21).
  const [major, minor, patch] = [BigInt(m[1]!), BigInt(m[2]!), BigInt(m[3]!)];
  const pre = m[4] !== undefined;
  switch (bump) {
    case "major":
      return pre && minor === 0n && patch === 0n ? `${major}.0.0` : `${major + 1n}.0.0`;
    case "minor":
      return pre && patch === 0n ? `${major}.${minor}.0` : `${major}.${minor + 1n}.0`;
    case "patch":
      return pre ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1n}`;
    case "none":
      return version;
  }
}

/**
 * The config file's text with its one `version: "<from>"` literal set to `to`.
 * Anything else (no such literal, several) is an error rather than a guess.
 */
export function setConfigVersion(text: string, file: string, from: string, to: string): string {
  // The key as an identifier or quoted ("version": …); one in a comment counts too, so a config that also
  // mentions the version in a comment is refused rather than the comment rewritten.
  const literal = /((?:\bversion|(["'])version\2)\s*:\s*)(["'])([^"'\n]*)\3/g;
  const hits = [...text.matchAll(literal)].filter((m) => m[4] === from);
  if (hits.length !== 1)
    throw new CodegenError(
      `${file}: expected one \`version: "${from}"\` (package.version), found ${hits.length}; set it to ${to} by hand`,
    );
  const hit = hits[0]!;
  const start = hit.index + hit[1]!.length;
  const quote = hit[3]!;
  return `${text.slice(0, start)}${quote}${to}${quote}${text.slice(start + from.length + 2)}`;
}

/** One CHANGELOG.md entry: the version, then per provider and connector each change (untrusted text escaped). */
export function changelogEntry(
  version: string,
  bump: SemverBump,
  reports: { provider: string; changes: Change[] }[],
  mark?: BumpMark,
): string {
  const lines = [`## ${version}`, "", ...(mark ? [bumpMarkLine(mark), ""] : []), `Semver advice: ${bump}.`];
  for (const { provider, changes } of reports) {
    if (changes.length === 0) continue;
    lines.push("", `### ${markdownCell(provider)}`);
    let connector: string | undefined;
    for (const c of changes) {
      if (c.connector !== connector) {
        connector = c.connector;
        lines.push("", `#### ${markdownCell(connector)}`, "");
      }
      const field = c.field !== undefined ? ` ${markdownCell(c.field)}:` : "";
      lines.push(
        `- ${c.severity === "breaking" ? "**breaking** " : ""}\`${c.rule}\`${field} ${markdownCell(c.message)}`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

const TITLE = "# Changelog\n";

/** `entry` added on top of the existing changelog (or a new one), under its title. */
export function prependChangelog(existing: string | undefined, entry: string): string {
  const body = existing === undefined ? "" : existing.startsWith(TITLE) ? existing.slice(TITLE.length) : existing;
  return `${TITLE}\n${entry}${body.trim() === "" ? "" : `\n${body.replace(/^\n+/, "")}`}`;
}

/**
 * What an entry `--bump` wrote records under its heading: the version it moved
 * from, and the provider and base snapshot (its files' hash) it compared. A
 * later `--bump` of the same provider against the same base is the same
 * unreleased change, so it replaces that entry and moves from the same version:
 * running it twice, or again after a run killed between its writes, bumps once.
 */
export interface BumpMark {
  from: string;
  provider: string;
  base: string;
}

const MARK = /^<!-- codegen-bump from=(\S+) provider=(\S+) base=([0-9a-f]{64}) -->$/;

export function bumpMarkLine(mark: BumpMark): string {
  // Percent-encoded: a provider name cannot close the comment or break the line.
  return `<!-- codegen-bump from=${mark.from} provider=${encodeURIComponent(mark.provider)} base=${mark.base} -->`;
}

/** The changelog's first entry, when `--bump` wrote it: its version, its mark, and where it stands in the text. */
export function markedTopEntry(
  changelog: string | undefined,
): { version: string; mark: BumpMark; start: number; end: number } | undefined {
  if (changelog === undefined) return undefined;
  const heading = /^## (.*)\n\n?(.*)\n/m.exec(changelog);
  if (heading === null) return undefined;
  const m = MARK.exec(heading[2]!);
  if (m === null || !SEMVER.test(m[1]!)) return undefined;
  let provider: string;
  try {
    provider = decodeURIComponent(m[2]!);
  } catch {
    return undefined;
  }
  const start = heading.index;
  const next = /^## /m.exec(changelog.slice(start + heading[0].length));
  const end = next === null ? changelog.length : start + heading[0].length + next.index;
  return { version: heading[1]!, mark: { from: m[1]!, provider, base: m[3]! }, start, end };
}

/** The changelog with its top entry (as markedTopEntry found it) replaced by `entry`, or removed. */
export function replaceTopEntry(
  changelog: string,
  top: { start: number; end: number },
  entry: string | undefined,
): string {
  const rest = changelog.slice(top.end);
  return `${changelog.slice(0, top.start)}${entry === undefined ? "" : `${entry}${rest === "" ? "" : "\n"}`}${rest}`;
}
