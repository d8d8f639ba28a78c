// The fenced code blocks of a Markdown text, as the README tests read them.

export interface Fence {
  /** Line of the opening fence (1-based). */
  line: number;
  /** The info string's first word (`ts`, `sh`, …); empty for an untagged block. */
  lang: string;
  /** The block's text, dedented by its fence's indentation (a list item's block). */
  code: string;
  /**
   * What an HTML comment right above the fence says is not run:
   * `<!-- not run by the tests: COMMAND (reason); COMMAND (reason) -->`.
   */
  notRun: { command: string; reason: string }[];
}

const NOT_RUN = /<!-- not run by the tests: ((?:(?!-->)[^])*) -->\s*$/;

/** Every fenced block, in order; a fence closes at a line of backticks with the opening's indentation. */
export function fencedBlocks(markdown: string): Fence[] {
  const found: Fence[] = [];
  const fence = /^( *)```([^\n`]*)\n([\s\S]*?)^\1```[ \t]*$/gm;
  for (let m = fence.exec(markdown); m !== null; m = fence.exec(markdown)) {
    const indent = m[1]!.length;
    const code = m[3]!
      .split("\n")
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join("\n");
    const before = markdown.slice(0, m.index);
    const note = NOT_RUN.exec(before)?.[1];
    // `COMMAND (reason)` entries, `;` between them; a reason may hold `;` and one level of parentheses.
    const notRun = [...(note ?? "").matchAll(/\s*([^();]+?)\s*\(((?:[^()]|\([^()]*\))*)\)\s*(?:;|$)/g)].map((e) => ({
      command: e[1]!.trim(),
      reason: e[2]!.trim(),
    }));
    if (note !== undefined && notRun.length === 0) notRun.push({ command: note.trim(), reason: "" });
    found.push({ line: before.split("\n").length, lang: m[2]!.trim().split(/\s+/)[0] ?? "", code, notRun });
  }
  return found;
}

/** A ```ts block that is a module (it imports something): `test/readme-examples.test.ts` compiles and runs it. */
export const isModuleExample = (f: Fence): boolean => f.lang === "ts" && /^import /m.test(f.code);
