// generator/print/doc-printer.ts on its own: a Prettier layout document and a
// width in, the exact text out. Each row is also printed by Prettier's own
// printDocToString, which the module must match byte for byte.

import { doc, type Doc } from "prettier";
import { describe, expect, it } from "vitest";
import { printDoc } from "../../generator/print/doc-printer.js";

const {
  align,
  breakParent,
  conditionalGroup,
  fill,
  group,
  hardline,
  hardlineWithoutBreakParent,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffixBoundary,
  literalline,
  softline,
} = doc.builders;

function prettierPrint(d: Doc, printWidth: number): string {
  return doc.printer.printDocToString(d, { printWidth, tabWidth: 2, useTabs: false } as Parameters<
    typeof doc.printer.printDocToString
  >[1]).formatted;
}

/** `[a, b, c]` that breaks one item a line. */
const list = (items: string[]): Doc =>
  group(["[", indent([softline, join([",", line], items)]), ifBreak(","), softline, "]"]);

interface Row {
  name: string;
  /** The document is built per printer: both printers mark groups as they go. */
  given: { doc: () => Doc; width: number };
  want: string;
}

describe("printDoc", () => {
  it.each<Row>([
    { name: "a string", given: { doc: () => "const a = 1;", width: 80 }, want: "const a = 1;" },
    { name: "an empty document", given: { doc: () => [], width: 80 }, want: "" },
    { name: "a concatenation", given: { doc: () => ["a", ["b", ["c"]], ""], width: 80 }, want: "abc" },
    { name: "a group that fits stays flat", given: { doc: () => list(["1", "2", "3"]), width: 80 }, want: "[1, 2, 3]" },
    {
      name: "a group exactly as wide as the line fits",
      given: { doc: () => list(["1", "2", "3"]), width: 9 },
      want: "[1, 2, 3]",
    },
    {
      name: "one column short: the group breaks, if-break adds the trailing comma",
      given: { doc: () => list(["1", "2", "3"]), width: 8 },
      want: "[\n  1,\n  2,\n  3,\n]",
    },
    {
      name: "line is a space when flat, softline nothing",
      given: { doc: () => group(["a", line, "b", softline, "c"]), width: 80 },
      want: "a bc",
    },
    {
      name: "line and softline both break when the group breaks",
      given: { doc: () => group(["aaaa", line, "b", softline, "c"]), width: 5 },
      want: "aaaa\nb\nc",
    },
    {
      name: "a hardline breaks its group even when it would fit",
      given: { doc: () => group(["a", line, "b", hardline, "c"]), width: 80 },
      want: "a\nb\nc",
    },
    {
      name: "break-parent breaks every enclosing group",
      given: { doc: () => group(["(", group(["x", line, "y", breakParent]), line, ")"]), width: 80 },
      want: "(x\ny\n)",
    },
    {
      name: "a group marked to break",
      given: { doc: () => group(["{", indent([line, "a"]), line, "}"], { shouldBreak: true }), width: 80 },
      want: "{\n  a\n}",
    },
    {
      name: "the outer group breaks, the inner one still fits",
      given: {
        doc: () =>
          group(["call(", indent([softline, join([",", line], [list(["1", "2"]), "second_argument"])]), softline, ")"]),
        width: 24,
      },
      want: "call(\n  [1, 2],\n  second_argument\n)",
    },
    {
      name: "the text after a group, up to the next line break, counts against it",
      given: { doc: () => [group(["a", line, "b"]), "cccc", hardline, "d"], width: 6 },
      want: "a\nbcccc\nd",
    },
    {
      name: "the same without the trailing text fits",
      given: { doc: () => [group(["a", line, "b"]), hardline, "cccc"], width: 6 },
      want: "a b\ncccc",
    },
    {
      name: "nested indents add two spaces each",
      given: { doc: () => ["a", indent([hardline, "b", indent([hardline, "c"])]), hardline, "d"], width: 80 },
      want: "a\n  b\n    c\nd",
    },
    {
      name: "align adds that many spaces",
      given: { doc: () => ["a", align(3, [hardline, "b", indent([hardline, "c"])])], width: 80 },
      want: "a\n   b\n     c",
    },
    {
      name: "trailing spaces before a line break are dropped",
      given: { doc: () => ["a  ", " ", hardline, "b", indent([hardline, hardline, "c"])], width: 80 },
      want: "a\nb\n\n  c",
    },
    {
      name: "if-break of another group follows that group's mode",
      given: {
        doc: () => {
          const id = Symbol("args");
          return [
            group(["f(", indent([softline, "aaaaaaaa"]), softline, ")"], { id }),
            ifBreak(" // broken", " // flat", { groupId: id }),
          ];
        },
        width: 10,
      },
      want: "f(\n  aaaaaaaa\n) // broken",
    },
    {
      name: "if-break of another group, flat",
      given: {
        doc: () => {
          const id = Symbol("args");
          return [
            group(["f(", indent([softline, "a"]), softline, ")"], { id }),
            ifBreak(" // broken", " // flat", { groupId: id }),
          ];
        },
        width: 20,
      },
      want: "f(a) // flat",
    },
    {
      name: "indent-if-break indents only when its group breaks",
      given: {
        doc: () => {
          const id = Symbol("head");
          return [
            group(["const x =", indent(line)], { id }),
            indentIfBreak(["first_part", group(["(", indent([softline, "arg"]), softline, ")"])], { groupId: id }),
          ];
        },
        width: 20,
      },
      want: "const x =\n  first_part(arg)",
    },
    {
      name: "indent-if-break of a flat group does not indent",
      given: {
        doc: () => {
          const id = Symbol("head");
          return [
            group(["const x =", indent(line)], { id }),
            indentIfBreak(["first_part", group(["(", indent([softline, "arg"]), softline, ")"])], { groupId: id }),
          ];
        },
        width: 80,
      },
      want: "const x = first_part(arg)",
    },
    {
      name: "a group is measured up to the first line of what follows it, even in a later group",
      given: {
        doc: () => [group(["const x =", indent(line)]), group(["{", indent([line, "long_property_name"]), line, "}"])],
        width: 20,
      },
      want: "const x = {\n  long_property_name\n}",
    },
    {
      name: "fill puts as many words on a line as fit",
      given: { doc: () => fill(join(line, ["aa", "bb", "cc", "dd", "ee"])), width: 8 },
      want: "aa bb cc\ndd ee",
    },
    {
      name: "fill with a word wider than the line",
      given: { doc: () => fill(join(line, ["a", "bbbbbbbbbb", "c"])), width: 5 },
      want: "a\nbbbbbbbbbb\nc",
    },
    {
      name: "fill inside an indent",
      given: { doc: () => ["*", indent([hardline, fill(join(line, ["one", "two", "three", "four"]))])], width: 12 },
      want: "*\n  one two\n  three four",
    },
    {
      name: "fill: content holding a hard break is never flat, so the separator after it breaks",
      given: { doc: () => fill([group(["x", hardline, "y"]), line, "z"]), width: 80 },
      want: "x\ny\nz",
    },
    {
      name: "after a hard line printed inside a flat group, the next group is measured again",
      given: {
        doc: () =>
          group(["a", line, "b", hardlineWithoutBreakParent, "c", group(["(", softline, "dddddd", softline, ")"])]),
        width: 8,
      },
      want: "a b\nc(\ndddddd\n)",
    },
    {
      name: "wide characters count two columns: breaks",
      given: { doc: () => group(["日本語", line, "x"]), width: 7 },
      want: "日本語\nx",
    },
    {
      name: "wide characters count two columns: fits",
      given: { doc: () => group(["日本語", line, "x"]), width: 8 },
      want: "日本語 x",
    },
    {
      name: "emoji count two columns",
      given: { doc: () => group(["😀😀", line, "x"]), width: 5 },
      want: "😀😀\nx",
    },
    {
      name: "combining marks count nothing",
      given: { doc: () => group(["e\u0301e\u0301e\u0301", line, "x"]), width: 5 },
      want: "e\u0301e\u0301e\u0301 x",
    },
    {
      name: "the column after wide text is counted from its width",
      given: { doc: () => ["日本", group(["(", indent([softline, "ab"]), softline, ")"])], width: 7 },
      want: "日本(\n  ab\n)",
    },
    {
      name: "a line-suffix boundary prints nothing",
      given: { doc: () => ["a", lineSuffixBoundary, "b"], width: 80 },
      want: "ab",
    },
  ])("$name", ({ given, want }) => {
    expect(printDoc(given.doc(), given.width)).toBe(want);
    expect(prettierPrint(given.doc(), given.width)).toBe(want);
  });

  it("a document printed twice prints the same (groups keep their marks)", () => {
    const d = group(["x", group(["a", line, "b", hardline, "c"])]);
    expect([printDoc(d, 80), printDoc(d, 80)]).toEqual(["xa\nb\nc", "xa\nb\nc"]);
  });

  it.each([
    { name: "literal lines", given: () => ["a", literalline, "b"], want: "literal lines are not supported" },
    {
      name: "align by a string",
      given: () => align("\t", [hardline, "a"]),
      want: "align with a string is not supported",
    },
    {
      name: "conditional groups",
      given: () => conditionalGroup(["a", ["b", line, "c"]]),
      want: "expanded states are not supported",
    },
  ])("unsupported: $name", ({ given, want }) => {
    expect(() => printDoc(given(), 80)).toThrow(new Error(want));
  });
});
