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

/** A string literal in the config's code, with the three code tokens before it (`{`, `version`, `:`). */
interface StringToken {
  /** Its opening quote. */
  start: number;
  /** Past its closing quote. */
  end: number;
  quote: string;
  text: string;
  /** Words as they are, punctuation as itself, a string literal as `"` (`"version"` for that key quoted). */
  before: string[];
}

/** Words after which a `/` starts a regular expression literal, not a division. */
const BEFORE_REGEX = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

const WORD = /[\w$]/;
/** Tokens that end an operand (a literal, `)`, `]`, `}`), after which a `/` divides. */
const AFTER_OPERAND = new Set(['"', '"version"', "`", "/re/", ")", "]", "}"]);
const SPACE = /\s/;

/**
 * The config's text read once from start to end as a JavaScript scanner reads it: its comments, the
 * literals whose contents are text rather than code (strings, a template's text, regular expressions),
 * and the string literals that stand in code (in a template's `${…}` too). A `/` starts a regular
 * expression where an operand is expected (after an operator, `(`, `,`, `:`, … or a word such as
 * `return`), and divides after a name, a number, a literal, `)` or `]`.
 */
function scanConfig(text: string): {
  comments: [number, number][];
  literals: [number, number][];
  strings: StringToken[];
} {
  const comments: [number, number][] = [];
  const literals: [number, number][] = [];
  const strings: StringToken[] = [];
  // What a `}` closes: a block or object (`{`), or a template's `${`, after which the template's text goes on.
  const braces: ("{" | "${")[] = [];
  const last: string[] = ["", "", ""];
  const token = (t: string) => {
    last.shift();
    last.push(t);
  };
  let i = 0;
  const template = () => {
    const start = i;
    for (; i < text.length; i++) {
      if (text[i] === "\\") i++;
      else if (text[i] === "`" || (text[i] === "$" && text[i + 1] === "{")) break;
    }
    literals.push([start, Math.min(i, text.length)]);
    if (text[i] === "`") {
      i++;
      token("`");
    } else if (i < text.length) {
      braces.push("${");
      i += 2;
      token("${");
    }
  };
  while (i < text.length) {
    const c = text[i]!;
    const previous = last[2]!;
    const operand =
      previous === "" ||
      previous === "${" ||
      BEFORE_REGEX.has(previous) ||
      !(WORD.test(previous[0]!) || AFTER_OPERAND.has(previous));
    if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
      const end = Math.min(i, text.length);
      const body = text.slice(start + 1, end);
      literals.push([start + 1, end]);
      // One left open (at the line's end) is no literal the version can be written into.
      if (text[i] === c) strings.push({ start, end: i + 1, quote: c, text: body, before: [...last] });
      i++;
      token(body === "version" ? '"version"' : '"');
    } else if (c === "`") {
      i++;
      template();
    } else if (c === "/" && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      comments.push([i, end === -1 ? text.length : end]);
      i = end === -1 ? text.length : end;
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      comments.push([i, end === -1 ? text.length : end + 2]);
      i = end === -1 ? text.length : end + 2;
    } else if (c === "/" && operand) {
      // To the closing `/` outside a class (`[…]`); a regular expression ends at its line's end at the latest.
      const start = i;
      let inClass = false;
      for (i++; i < text.length && text[i] !== "\n"; i++) {
        if (text[i] === "\\") i++;
        else if (text[i] === "[") inClass = true;
        else if (text[i] === "]") inClass = false;
        else if (text[i] === "/" && !inClass) break;
      }
      literals.push([start + 1, Math.min(i, text.length)]);
      i++;
      token("/re/");
    } else if (WORD.test(c)) {
      const start = i;
      while (i < text.length && WORD.test(text[i]!)) i++;
      token(text.slice(start, i));
    } else if (c === "}" && braces.at(-1) === "${") {
      braces.pop();
      i++;
      template();
    } else {
      if (c === "{") braces.push("{");
      else if (c === "}") braces.pop();
      i++;
      if (!SPACE.test(c)) token(c);
    }
  }
  return { comments, literals, strings };
}

/**
 * The config file's text with its one `version: "<from>"` literal set to `to`.
 * Only a property in code counts: one written inside a string, a template or a
 * regular expression is text, not the version. Anything else (no such literal,
 * several, or one written in a comment) is an error rather than a guess.
 */
export function setConfigVersion(text: string, file: string, from: string, to: string): string {
  // Written between the quotes of a literal in code: only a version, never other text.
  if (!SEMVER.test(to)) throw new CodegenError(`${file}: ${JSON.stringify(to)} is not a semantic version; not written`);
  const { comments, literals, strings } = scanConfig(text);
  // A property of an object literal: `{` or `,`, the key as an identifier or quoted ("version"), `:`, the literal.
  const hits = strings.filter(
    (s) =>
      s.text === from &&
      s.before[2] === ":" &&
      (s.before[1] === "version" || s.before[1] === '"version"') &&
      (s.before[0] === "{" || s.before[0] === ","),
  );
  // One in a comment makes the config ambiguous (refused), and one only in a comment is no version the config
  // sets (the version is computed). One in a string or a regular expression is named in the error only.
  const literal = /(?:\bversion|(["'])version\1)\s*:\s*(["'])([^"'\n]*)\2/g;
  const within = (ranges: [number, number][]) =>
    ranges.reduce(
      (n, [start, end]) => n + [...text.slice(start, end).matchAll(literal)].filter((m) => m[3] === from).length,
      0,
    );
  const commented = within(comments);
  const quoted = within(literals);
  if (hits.length !== 1 || commented > 0) {
    const found = hits.length + commented;
    const notes = [
      ...(commented > 0 ? [`${commented} in a comment`] : []),
      ...(quoted > 0 ? [`${quoted} inside a string, template or regular expression: text, not code`] : []),
    ];
    throw new CodegenError(
      `${file}: expected one \`version: "${from}"\` (package.version), found ${found}${notes.length > 0 ? ` (${notes.join("; ")})` : ""}; set it to ${to} by hand`,
    );
  }
  const hit = hits[0]!;
  return `${text.slice(0, hit.start)}${hit.quote}${to}${hit.quote}${text.slice(hit.end)}`;
}

/** One provider's part of a CHANGELOG.md entry: per connector each change (untrusted text escaped). */
export function providerSection(provider: string, changes: readonly Change[]): string {
  const lines = [`### ${markdownCell(provider)}`];
  let connector: string | undefined;
  for (const c of changes) {
    if (c.connector !== connector) {
      connector = c.connector;
      lines.push("", `#### ${markdownCell(connector)}`, "");
    }
    const field = c.field !== undefined ? ` ${markdownCell(c.field)}:` : "";
    lines.push(`- ${c.severity === "breaking" ? "**breaking** " : ""}\`${c.rule}\`${field} ${markdownCell(c.message)}`);
  }
  return lines.join("\n");
}

/**
 * One CHANGELOG.md entry: the heading (`## <version>` and what followed the
 * version in it), the marks of the bumps it holds, the advice, then each
 * provider's section.
 */
function renderEntry(
  heading: string,
  marks: readonly BumpMark[],
  bump: SemverBump,
  sections: readonly string[],
): string {
  const lines = [heading, "", ...(marks.length > 0 ? [...marks.map(bumpMarkLine), ""] : []), `Semver advice: ${bump}.`];
  for (const section of sections) lines.push("", section);
  return `${lines.join("\n")}\n`;
}

/** One CHANGELOG.md entry: the version, then per provider and connector each change (untrusted text escaped). */
export function changelogEntry(
  version: string,
  bump: SemverBump,
  reports: { provider: string; changes: Change[] }[],
  marks: readonly BumpMark[] = [],
): string {
  const sections = reports.filter((r) => r.changes.length > 0).map((r) => providerSection(r.provider, r.changes));
  return renderEntry(`## ${version}`, marks, bump, sections);
}

const TITLE = "# Changelog\n";

/** `entry` added on top of the existing changelog (or a new one), under its title. */
export function prependChangelog(existing: string | undefined, entry: string): string {
  const body = existing === undefined ? "" : existing.startsWith(TITLE) ? existing.slice(TITLE.length) : existing;
  return `${TITLE}\n${entry}${body.trim() === "" ? "" : `\n${body.replace(/^\n+/, "")}`}`;
}

/**
 * What an entry `--bump` wrote records under its heading, one line a
 * provider: the version it moved from, the provider and base snapshot (its
 * files' hash) it compared, and its advice. A later `--bump` of a provider
 * against the same base is the same unreleased change, so it replaces that
 * provider's part of the entry and moves from the same version: running it
 * again, for one provider or for each of several, or after a run killed
 * between its writes, bumps once.
 */
export interface BumpMark {
  from: string;
  provider: string;
  base: string;
  semver: SemverBump;
}

const MARK = /^<!-- codegen-bump from=(\S+) provider=(\S+) base=([0-9a-f]{64}) semver=(major|minor|patch) -->$/;

export function bumpMarkLine(mark: BumpMark): string {
  // Percent-encoded: a provider name cannot close the comment or break the line.
  return `<!-- codegen-bump from=${mark.from} provider=${encodeURIComponent(mark.provider)} base=${mark.base} semver=${mark.semver} -->`;
}

function parseMark(line: string): BumpMark | undefined {
  const m = MARK.exec(line);
  if (m === null || !SEMVER.test(m[1]!)) return undefined;
  try {
    return { from: m[1]!, provider: decodeURIComponent(m[2]!), base: m[3]!, semver: m[4] as SemverBump };
  } catch {
    return undefined;
  }
}

/** The changelog's first entry, when `--bump` wrote it (as found by markedTopEntry). */
export interface MarkedEntry {
  /** The first word of its heading. */
  version: string;
  /** The heading line as written (a date after the version stays). */
  heading: string;
  /** One a provider, all from one version. */
  marks: BumpMark[];
  /** Each provider's section as written, by the heading it has (`### <provider>`, escaped). */
  sections: Map<string, string>;
  start: number;
  end: number;
}

/** The changelog's first entry, when `--bump` wrote it: its version, marks and sections, and where it stands. */
export function markedTopEntry(changelog: string | undefined): MarkedEntry | undefined {
  if (changelog === undefined) return undefined;
  const heading = /^## (\S+).*$/m.exec(changelog);
  if (heading === null) return undefined;
  const start = heading.index;
  const next = /^## /m.exec(changelog.slice(start + heading[0].length));
  const end = next === null ? changelog.length : start + heading[0].length + next.index;
  const lines = changelog.slice(start, end).split("\n");
  let i = 1;
  while (lines[i] === "") i++;
  const marks: BumpMark[] = [];
  for (let mark; i < lines.length && (mark = parseMark(lines[i]!)) !== undefined; i++) marks.push(mark);
  if (marks.length === 0 || marks.some((m) => m.from !== marks[0]!.from)) return undefined;
  if (new Set(marks.map((m) => m.provider)).size !== marks.length) return undefined;
  const sections = new Map<string, string>();
  let section: string[] | undefined;
  const close = () => {
    if (section !== undefined) sections.set(section[0]!, section.join("\n").replace(/\n+$/, ""));
  };
  for (; i < lines.length; i++) {
    if (lines[i]!.startsWith("### ")) {
      close();
      section = [];
    }
    section?.push(lines[i]!);
  }
  close();
  return { version: heading[1]!, heading: heading[0], marks, sections, start, end };
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

const ORDER: readonly SemverBump[] = ["none", "patch", "minor", "major"];
const highest = (bumps: readonly SemverBump[]) =>
  bumps.reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), "none" as SemverBump);

/** What `--bump` writes: the version and the changelog's text, and whether it replaced a pending entry. */
export interface BumpPlan {
  from: string;
  version: string;
  /** The advice over every provider of the entry. */
  semver: SemverBump;
  changelog: string;
  /** The entry was the same unreleased change's, replaced (or removed: `semver` none). */
  replaced: boolean;
}

/**
 * The version and changelog after one provider's `--bump`, or undefined
 * when there is nothing to write. `existing` is the changelog (any line
 * ending; the result keeps it), `version` the config's.
 */
export function planBump(
  existing: string | undefined,
  version: string,
  provider: string,
  base: string,
  report: { semver: SemverBump; changes: readonly Change[] },
): BumpPlan | undefined {
  const crlf = existing?.includes("\r\n") === true;
  const text = crlf ? existing!.replace(/\r\n/g, "\n") : existing;
  const top = markedTopEntry(text);
  const own = top?.marks.find((m) => m.provider === provider);
  // The same unreleased change when the top entry moved from a version the config is still at (or at its
  // version: a run may have been killed before writing the config) and holds this provider's bump against
  // this base, or none of this provider's. A version set by hand since, or another base, is a new release.
  const pending =
    top !== undefined &&
    (version === top.marks[0]!.from || version === top.version) &&
    (own === undefined || own.base === base)
      ? top
      : undefined;
  const lineEndings = (out: string) => (crlf ? out.replace(/\n/g, "\r\n") : out);
  if (pending === undefined) {
    if (report.semver === "none") return undefined;
    const next = bumpVersion(version, report.semver);
    const mark = { from: version, provider, base, semver: report.semver };
    const entry = changelogEntry(next, report.semver, [{ provider, changes: [...report.changes] }], [mark]);
    return {
      from: version,
      version: next,
      semver: report.semver,
      changelog: lineEndings(prependChangelog(text, entry)),
      replaced: false,
    };
  }
  const from = pending.marks[0]!.from;
  const ownHeading = `### ${markdownCell(provider)}`;
  const marks = pending.marks.filter((m) => m.provider !== provider);
  const sections = [...pending.sections].filter(([heading]) => heading !== ownHeading).map(([, text]) => text);
  if (report.semver !== "none") {
    marks.push({ from, provider, base, semver: report.semver });
    if (report.changes.length > 0) sections.push(providerSection(provider, report.changes));
  }
  const semver = highest(marks.map((m) => m.semver));
  const next = bumpVersion(from, semver);
  const heading = `## ${next}${pending.heading.slice(3 + pending.version.length)}`;
  const entry = marks.length === 0 ? undefined : renderEntry(heading, marks, semver, sections);
  return {
    from,
    version: next,
    semver,
    changelog: lineEndings(replaceTopEntry(text!, pending, entry)),
    replaced: true,
  };
}
