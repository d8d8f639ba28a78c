// Lays out Prettier layout documents exactly as Prettier's own document printer
// (printDocToString) does, for the document kinds generator/print/pretty.ts builds:
// strings, arrays, group (break, id), indent, align (spaces), line / softline /
// hardline, break-parent, if-break, indent-if-break, fill. Prettier's printer is
// general (cursors, line suffixes, tabs, labels, expanded states, trimming) and
// spent most of the connector emit in bookkeeping for them; this one is only
// the algorithm: break propagation, the fits test against the rest of the
// stack, fill's pairwise rule. A differential test (test/doc-printer.test.ts)
// compares the two on every file we print for the test corpora.

import { createRequire } from "node:module";
import type { Doc } from "prettier";

type Group = { type: "group"; contents: Doc; break?: boolean | "propagated"; id?: symbol; expandedStates?: Doc[] };
type Node =
  | Group
  | { type: "indent"; contents: Doc }
  | { type: "align"; contents: Doc; n: number | string }
  | { type: "line"; hard?: boolean; soft?: boolean; literal?: boolean }
  | { type: "break-parent" }
  | { type: "if-break"; breakContents: Doc; flatContents: Doc; groupId?: symbol }
  | { type: "indent-if-break"; contents: Doc; groupId: symbol; negate?: boolean }
  | { type: "fill"; parts: Doc[] }
  | { type: "line-suffix-boundary" };

const FILL_OFFSET = Symbol("fill offset");
const FLAT = 1;
const BREAK = 2;
type Mode = typeof FLAT | typeof BREAK;

interface Indent {
  readonly value: string;
  readonly length: number;
  readonly children: Map<number, Indent>;
}
const root = (): Indent => ({ value: "", length: 0, children: new Map() });

/** The indentation `extra` spaces deeper, made once per level. */
function deeper(ind: Indent, extra: number): Indent {
  let child = ind.children.get(extra);
  if (child === undefined) {
    child = { value: ind.value + " ".repeat(extra), length: ind.length + extra, children: new Map() };
    ind.children.set(extra, child);
  }
  return child;
}

interface Command {
  ind: Indent;
  mode: Mode;
  doc: Doc;
}

/**
 * Prettier's display width, loaded on the first text that is not plain ASCII
 * (most runs have none): its small CommonJS entry has it, synchronously.
 */
let stringWidth: ((text: string) => number) | undefined;
const prettierWidth = (text: string) =>
  (stringWidth ??= (createRequire(import.meta.url)("prettier") as typeof import("prettier")).util.getStringWidth)(text);

/** Display width as Prettier counts it (wide characters two columns, combining marks none). */
function width(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return prettierWidth(text);
  }
  return text.length;
}

/** Set on a group once its breaks are propagated: the same document printed again (ts, js, d.ts) is not walked again. */
const PROPAGATED = Symbol("breaks propagated");

const broken = (g: Group) => g.break === true || g.break === "propagated";

/** Marks every group holding a hard break (directly or deeper) as broken, as Prettier's propagateBreaks. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    let found = false;
    for (const part of doc) if (propagateBreaks(part)) found = true;
    return found;
  }
  const node = doc as Node;
  switch (node.type) {
    case "break-parent":
      return true;
    case "group": {
      const marked = node as Group & { [PROPAGATED]?: true };
      if (marked[PROPAGATED]) return broken(node);
      marked[PROPAGATED] = true;
      const inner = propagateBreaks(node.contents);
      if (inner && !node.break) node.break = "propagated";
      return inner || broken(node);
    }
    case "indent":
    case "align":
    case "indent-if-break":
      return propagateBreaks(node.contents);
    case "if-break": {
      const a = propagateBreaks(node.breakContents);
      const b = propagateBreaks(node.flatContents);
      return a || b;
    }
    case "fill": {
      let found = false;
      for (const part of node.parts) if (propagateBreaks(part)) found = true;
      return found;
    }
    default:
      return false;
  }
}

function fits(
  next: Command,
  rest: Command[],
  room: number,
  groupModes: Map<symbol, Mode>,
  mustBeFlat: boolean,
): boolean {
  let restIndex = rest.length;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  while (room >= 0) {
    if (stack.length === 0) {
      if (restIndex === 0) return true;
      stack.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = stack.pop()!;
    if (typeof doc === "string") {
      room -= width(doc);
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) stack.push({ mode, doc: doc[i]! });
      continue;
    }
    const node = doc as Node;
    switch (node.type) {
      case "fill":
        for (let i = node.parts.length - 1; i >= 0; i--) stack.push({ mode, doc: node.parts[i]! });
        break;
      case "indent":
      case "align":
      case "indent-if-break":
        stack.push({ mode, doc: node.contents });
        break;
      case "group": {
        if (mustBeFlat && broken(node)) return false;
        const groupMode = broken(node) ? BREAK : mode;
        const contents = node.expandedStates && groupMode === BREAK ? node.expandedStates.at(-1)! : node.contents;
        stack.push({ mode: groupMode, doc: contents });
        break;
      }
      case "if-break": {
        const groupMode = node.groupId ? (groupModes.get(node.groupId) ?? FLAT) : mode;
        const contents = groupMode === BREAK ? node.breakContents : node.flatContents;
        if (contents) stack.push({ mode, doc: contents });
        break;
      }
      case "line":
        if (mode === BREAK || node.hard) return true;
        if (!node.soft) room--;
        break;
      default:
        break;
    }
  }
  return false;
}

/** `doc` laid out in `printWidth` columns, two-space indents, LF line ends. */
export function printDoc(doc: Doc, printWidth: number): string {
  propagateBreaks(doc);
  const groupModes = new Map<symbol, Mode>();
  const out: string[] = [];
  let pos = 0;
  let remeasure = false;
  const stack: Command[] = [{ ind: root(), mode: BREAK, doc }];
  while (stack.length > 0) {
    const { ind, mode, doc: current } = stack.pop()!;
    if (typeof current === "string") {
      out.push(current);
      pos += width(current);
      continue;
    }
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push({ ind, mode, doc: current[i]! });
      continue;
    }
    const node = current as Node;
    switch (node.type) {
      case "indent":
        stack.push({ ind: deeper(ind, 2), mode, doc: node.contents });
        break;
      case "align":
        if (typeof node.n !== "number") throw new Error("align with a string is not supported");
        stack.push({ ind: deeper(ind, node.n), mode, doc: node.contents });
        break;
      case "group": {
        let next: Command;
        if (mode === FLAT && !remeasure) next = { ind, mode: broken(node) ? BREAK : FLAT, doc: node.contents };
        else {
          remeasure = false;
          const flat: Command = { ind, mode: FLAT, doc: node.contents };
          if (node.expandedStates) throw new Error("expanded states are not supported");
          next =
            !broken(node) && fits(flat, stack, printWidth - pos, groupModes, false)
              ? flat
              : { ind, mode: BREAK, doc: node.contents };
        }
        stack.push(next);
        if (node.id) groupModes.set(node.id, next.mode);
        break;
      }
      case "fill": {
        const room = printWidth - pos;
        const { parts } = node;
        // Where the previous step of this fill stopped (Prettier keeps the same offset on a copy).
        const offset = (node as { [FILL_OFFSET]?: number })[FILL_OFFSET] ?? 0;
        const left = parts.length - offset;
        if (left === 0) break;
        const content = parts[offset];
        const whitespace = parts[offset + 1];
        const second = parts[offset + 2];
        const contentFlat: Command = { ind, mode: FLAT, doc: content! };
        const contentBreak: Command = { ind, mode: BREAK, doc: content! };
        const contentFits = fits(contentFlat, [], room, groupModes, true);
        if (left === 1) {
          stack.push(contentFits ? contentFlat : contentBreak);
          break;
        }
        const whitespaceFlat: Command = { ind, mode: FLAT, doc: whitespace! };
        const whitespaceBreak: Command = { ind, mode: BREAK, doc: whitespace! };
        if (left === 2) {
          if (contentFits) stack.push(whitespaceFlat, contentFlat);
          else stack.push(whitespaceBreak, contentBreak);
          break;
        }
        const remaining: Command = { ind, mode, doc: { ...node, [FILL_OFFSET]: offset + 2 } as Doc };
        const bothFit = fits({ ind, mode: FLAT, doc: [content!, whitespace!, second!] }, [], room, groupModes, true);
        stack.push(remaining);
        if (bothFit) stack.push(whitespaceFlat, contentFlat);
        else if (contentFits) stack.push(whitespaceBreak, contentFlat);
        else stack.push(whitespaceBreak, contentBreak);
        break;
      }
      case "if-break":
      case "indent-if-break": {
        // As Prettier: a group not laid out yet selects neither branch.
        const groupMode = node.groupId ? groupModes.get(node.groupId) : mode;
        let contents: Doc | undefined;
        if (node.type === "if-break") contents = groupMode === BREAK ? node.breakContents : node.flatContents;
        else if (groupMode === BREAK)
          contents = node.negate ? node.contents : ({ type: "indent", contents: node.contents } as Doc);
        else contents = node.negate ? ({ type: "indent", contents: node.contents } as Doc) : node.contents;
        if (contents) stack.push({ ind, mode, doc: contents });
        break;
      }
      case "line":
        if (mode === FLAT && !node.hard) {
          if (!node.soft) {
            out.push(" ");
            pos += 1;
          }
          break;
        }
        if (mode === FLAT) remeasure = true;
        if (node.literal) throw new Error("literal lines are not supported");
        // Trailing spaces and tabs before a line break are dropped, as Prettier's trim does.
        while (out.length > 0) {
          const last = out[out.length - 1]!;
          const trimmed = last.replace(/[ \t]+$/, "");
          if (trimmed.length === last.length) break;
          if (trimmed === "") out.pop();
          else {
            out[out.length - 1] = trimmed;
            break;
          }
        }
        out.push(`\n${ind.value}`);
        pos = ind.length;
        break;
      default:
        break; // break-parent (already propagated), line-suffix-boundary (no line suffixes here)
    }
  }
  return out.join("");
}
