// The fast reading of YAML snapshot documents (generator/input/plain-yaml.ts)
// against the reference, the yaml package as the loader used it alone
// (parseDocument with unique keys, then toJS): where the fast reading gives a
// value, the yaml package reads the same text without error and gives the
// same value; everything else is left to the yaml package, with the reason
// the table below expects. PLAIN_YAML_RUNS sets the property tests' runs.

import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import * as yaml from "yaml";
import { readPlainYaml, type NotPlain } from "../generator/input/plain-yaml.js";

const MAX_DEPTH = 256;

/** The yaml package's reading, as load-snapshot.ts made it before (its errors only named here). */
function reference(text: string): { value: unknown } | { error: string } {
  let doc: yaml.Document.Parsed;
  try {
    doc = yaml.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    return { error: String(error) };
  }
  if (doc.errors.length > 0) return { error: doc.errors[0]!.message };
  try {
    return { value: doc.toJS({ maxAliasCount: 1000 }) as unknown };
  } catch (error) {
    return { error: String(error) };
  }
}

/** What the fast reading gives `text`, checked against the reference when it gives a value. */
async function agreed(text: string): Promise<{ value: unknown } | { notPlain: NotPlain }> {
  const read = await readPlainYaml(text, MAX_DEPTH);
  if ("value" in read) {
    const ref = reference(text);
    if ("error" in ref) throw new Error(`read ${JSON.stringify(text)}, which the yaml package refuses: ${ref.error}`);
    if (!isDeepStrictEqual(read.value, ref.value))
      throw new Error(
        `read ${JSON.stringify(text)} as ${JSON.stringify(read.value)}; the yaml package: ${JSON.stringify(ref.value)}`,
      );
  }
  return read;
}

/** `depth` arrays, each holding the next. */
function nested(depth: number): unknown[] {
  let value: unknown[] = [];
  for (let i = 1; i < depth; i++) value = [value];
  return value;
}

describe("given a YAML text, the fast reading gives the yaml package's value or leaves it to it", () => {
  const rows: [string, string, NotPlain | unknown][] = [
    ["a plain mapping", "a: 1\nb: x\n", { a: 1, b: "x" }],
    [
      "core scalars",
      "n: ~\nm: null\ne:\nt: True\nf: FALSE\ni: -17\no: 0o17\nh: 0x1F\nx: 1.5e3\nd: -.5\nz: 01",
      {
        n: null,
        m: null,
        e: null,
        t: true,
        f: false,
        i: -17,
        o: 15,
        h: 31,
        x: 1500,
        d: -0.5,
        z: 1,
      },
    ],
    [
      "YAML 1.1 and js-yaml spellings stay strings",
      "a: on\nb: y\nc: 0b11\nd: 1_000\ne: 2001-12-14\nf: =\ng: <<",
      {
        a: "on",
        b: "y",
        c: "0b11",
        d: "1_000",
        e: "2001-12-14",
        f: "=",
        g: "<<",
      },
    ],
    [
      "block scalars and folded lines",
      'a: |\n  x\n   y\nb: >-\n  p\n  q\n\nc: plain\n  folded\nd: "two\\\n  parts"',
      {
        a: "x\n y\n",
        b: "p q",
        c: "plain folded",
        d: "twoparts",
      },
    ],
    [
      "keys that are scalars of other types",
      "true: a\n0x10: b\n1.50: c\n-0: d",
      { true: "a", 16: "b", 1.5: "c", 0: "d" },
    ],
    ["a __proto__ key is an own key", "__proto__: {polluted: 1}\n", JSON.parse('{"__proto__": {"polluted": 1}}')],
    ["CRLF line breaks", "a: 1\r\nb: [x, y]\r\n", { a: 1, b: ["x", "y"] }],
    ["a byte order mark (one starting the file is gone when decoded)", "\ufeffa: 1\n", "bom"],
    [
      "a large platform's document's style: quoted scalars with escaped line breaks, quoted keys",
      [
        "schemas:",
        "  source-coin-api:",
        '    title: "Coin API Spec"',
        "    required:",
        '    - "api_key"',
        "    properties:",
        "      end_date:",
        '        description: "The end date in ISO 8601 format. If not supplied, data will\\',
        '          \\ be returned\\nfrom the start date.\\n"',
        '        pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"',
        "      auth_token:",
        '        description: "Log in <a href=\\"https://x.io/a/\\"\\',
        '          >create tokens</a> at \\"{instance_url_prefix}/a/\\""',
        "        airbyte_secret: true",
        "      limit:",
        '        format: "int32"',
        "        maximum: 100000",
        "responses:",
        '  "200":',
        '    description: "ok"',
        "",
      ].join("\n"),
      {
        schemas: {
          "source-coin-api": {
            title: "Coin API Spec",
            required: ["api_key"],
            properties: {
              end_date: {
                description:
                  "The end date in ISO 8601 format. If not supplied, data will be returned\nfrom the start date.\n",
                pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
              },
              auth_token: {
                description: 'Log in <a href="https://x.io/a/">create tokens</a> at "{instance_url_prefix}/a/"',
                airbyte_secret: true,
              },
              limit: { format: "int32", maximum: 100000 },
            },
          },
        },
        responses: { "200": { description: "ok" } },
      },
    ],
    ["an anchor and alias", "a: &x {b: 1}\nc: *x\n", "anchor"],
    ["an explicit tag", "a: !!int '12'\n", "tag"],
    ["an explicit str tag", "a: !!str 12\n", "tag"],
    ["a custom tag", "a: !thing 12\n", "tag"],
    ["a bare tag on an empty node", "a: !\n", "tag"],
    ["an exclamation mark inside text", "a: wow!\n", { a: "wow!" }],
    ["a directive", "%YAML 1.1\n---\na: on\n", "directive"],
    ["an explicit key", "? a\n: b\n", "explicit-key"],
    ["a document start marker", "--- \na: 1\n", { a: 1 }],
    ["a node on the start marker's line", "--- - a\n", "document-marker"],
    ["a start marker touching a #", "---#\na\n", "document-marker"],
    ["a plain scalar that starts like a marker", "-----\n-\n", "document-marker"],
    ["a document end marker", "a: 1\n...\n", "document-marker"],
    ["an empty compact nested entry", "- - # c\n- x\n", "empty-entry"],
    ["an empty nested entry, then an outer one", "- - a\n  -\n\n- b\n", "empty-entry"],
    ["an empty entry in a mapping's sequence, then an outer one", "- a:\n  - # c\n- b\n", "empty-entry"],
    ["an empty entry, then a key", "a:\n  - x\n  -\nb: 1\n", { a: ["x", null], b: 1 }],
    ["an empty entry, then another", "-\n- b\n", [null, "b"]],
    ["a comment touching a quote", "a: 'x'#c\n", "comment-touching"],
    ["a comment touching a bracket", "a: [x]#c\n", "comment-touching"],
    ["a # inside a plain scalar", "a: x#c\n", { a: "x#c" }],
    ["a comment touching a brace", "{#c\n}\n", "comment-touching"],
    ["a comment touching a flow key's colon", '{ "a":#c\n  1 }\n', "comment-touching"],
    ["a quoted scalar starting with #", 'a: "#/components"\nb: [ "#x" ] # c\n', { a: "#/components", b: ["#x"] }],
    ["a compact nested sequence", "- - a\n  - b\n- c\n", [["a", "b"], "c"]],
    ["a block scalar starting with a more-indented blank line", "a: |\n    \n  x\n", "blank-block-start"],
    ["a carriage return alone", "a: 1\rb: 2\n", "lone-cr"],
    ["a tab in indentation", '\t"x"\n', "tab-indent"],
    ["a tab in a block scalar's indentation", "a: |\n \tx\n", "tab-indent"],
    ["a tab between a key and its value", "a:\tb\n", { a: "b" }],
    ["a block scalar's indentation indicator", "|1-\n  x\n", "indentation-indicator"],
    ["a flow sequence as a key", "[a, b]: c\n", "collection-key"],
    ["a flow mapping as a key", "{a: 1}: c\n", "collection-key"],
    ["a flow sequence as a key with no value", "{ a: 1, [b] }\n", "collection-key"],
    ["a flow sequence as a key after a comment", "{ a: 1, # c\n  [b]: 2 }\n", "collection-key"],
    ["a null key", "~: a\n", "null-key"],
    ["a key written null", "null: a\n", "null-key"],
    ["a number no double holds", "a: 1e400\n", "inexact-number"],
    ["an integer past 2^53", "a: 9007199254740993\n", "inexact-number"],
    ["a hexadecimal past 2^53", "a: 0x20000000000001\n", "inexact-number"],
    ["infinity", "a: .inf\n", "inexact-number"],
    ["not a number", "a: .nan\n", "inexact-number"],
    ["nesting past the limit", `a: ${"[".repeat(300)}${"]".repeat(300)}\n`, "error"],
    ["nesting at the limit", `${"[".repeat(MAX_DEPTH)}${"]".repeat(MAX_DEPTH)}\n`, nested(MAX_DEPTH)],
    ["nesting one past the limit", `${"[".repeat(MAX_DEPTH + 1)}${"]".repeat(MAX_DEPTH + 1)}\n`, "too-deep"],
    ["a duplicate key", "a: 1\na: 2\n", "error"],
    ["a key and a number key written alike", "'1': a\n1: b\n", "error"],
    ["two documents", "a: 1\n---\nb: 2\n", "document-marker"],
    ["two documents, the first without a marker", "--- a\n--- b\n", "document-marker"],
    ["an escaped line break before a blank line", 'a: "x\\\n\n  y"\n', "escaped-break"],
    ["a syntax error", "a: [1, 2\n", "error"],
    ["an empty document", "", "empty"],
    ["a comment alone", "# nothing\n", { value: null }],
    ["a quoted scalar's line indented too little", 'a:\n  b: "x\ny"\n', "lenient"],
  ];
  it.each(rows)("%s", async (_name, text, want) => {
    const read = await agreed(text);
    if (typeof want === "string") expect(read).toEqual({ notPlain: want });
    else if (isDeepStrictEqual(want, { value: null })) expect(read).toEqual(want);
    else expect(read).toEqual({ value: want });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Differential: random values written by the yaml package in random styles, and those texts with random YAML
// fragments put in (anchors, tags, indicators, quotes, markers): the fast reading agrees with the reference
// whenever it gives a value.

const awkward = fc.constantFrom(
  "null",
  "Null",
  "~",
  "",
  "true",
  "False",
  "1",
  "-0",
  "0x1F",
  "0o7",
  "1.50",
  ".5",
  "1e3",
  ".inf",
  ".NaN",
  "<<",
  "__proto__",
  "constructor",
  "? a",
  "a: b",
  "a #b",
  "#c",
  "- x",
  "[a]",
  "{a}",
  "&a",
  "*a",
  "!t",
  "%x",
  " lead",
  "trail ",
  "multi\nline",
  "tab\tkey",
  "é",
  "😀",
  "\\",
  "'",
  '"',
  "---",
  "...",
  "on",
  "y",
  "0b1",
  "1_0",
  "2001-12-14",
  "=",
  "|",
  ">",
  ":",
  "-",
  "?",
  ",",
  "@",
  "`",
);
const text = fc.oneof(awkward, fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }));
const number = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, -0, 0.1, 1e21, 2 ** 53, 2 ** 53 + 2, 5e-324, 1.7976931348623157e308),
);
const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(text, tie("value"), { maxKeys: 4 }),
  ),
}));
const style = fc.record({
  indent: fc.integer({ min: 1, max: 4 }),
  lineWidth: fc.constantFrom(0, 8, 20, 80),
  minContentWidth: fc.constantFrom(0, 5, 20),
  defaultStringType: fc.constantFrom("PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE", "BLOCK_LITERAL", "BLOCK_FOLDED"),
  defaultKeyType: fc.constantFrom(null, "PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"),
  collectionStyle: fc.constantFrom("any", "block", "flow"),
  flowCollectionPadding: fc.boolean(),
  doubleQuotedAsJSON: fc.boolean(),
  blockQuote: fc.constantFrom(true, false, "literal", "folded"),
  indentSeq: fc.boolean(),
}) as fc.Arbitrary<yaml.ToStringOptions>;
const fragment = fc.constantFrom(
  "&a ",
  "*a",
  "!!int ",
  "!!str ",
  "!x ",
  "? ",
  ": ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  " #",
  "'",
  '"',
  "|",
  ">",
  "\t",
  "\n- ",
  "\n  ",
  ": |",
  ": >",
  " - ",
  "{a: ",
  "[a, ",
  "#",
  "'a'",
  '"a"',
  "a:\n  ",
  "\n-\n",
  "\r",
  "\r\n",
  "\u2028",
  "\u0085",
  "\ufeff",
  "\u0007",
  "\u00a0",
  "\x7f",
  "0o8",
  "+.5",
  "-.inf",
  "1.e2",
  "--- ",
  "\n...",
  "@",
  "`",
  "---\n",
  "...\n",
  "%YAML 1.1\n",
  "\\\n",
  "\n\n",
  " \n",
  "\\n",
  "\\ ",
  "''",
  '\\"',
  "~",
  "null: ",
  "<<: ",
  "\\",
  "\n",
  "  ",
  "a: b",
  "[a]: ",
  "? [a]\n: b\n",
  "1e400",
);

const runs = Number(process.env.PLAIN_YAML_RUNS ?? 300);
/** PLAIN_YAML_SEED moves both tests to other seeds. */
const seed = (base: number) => base + Number(process.env.PLAIN_YAML_SEED ?? 0);

/** Texts of YAML's indicators, spaces and a few letters, in any order: mostly errors, for both. */
const soup = fc
  .array(fc.constantFrom(..."-:?,[]{}#&*!|>'\"%@`~ \t\n\r\\ab01.eE+xo"), { maxLength: 40 })
  .map((chars) => chars.join(""));

describe("the fast reading agrees with the yaml package (fast-check)", () => {
  it("on texts of indicators and spaces", async () => {
    await fc.assert(
      fc.asyncProperty(soup, async (written) => {
        await agreed(written);
      }),
      { numRuns: runs * 3, seed: seed(20261202) },
    );
  });

  it("on values the yaml package writes, in every style, and reads most of them itself", async () => {
    let read = 0;
    let total = 0;
    await fc.assert(
      fc.asyncProperty(valueArb, style, async (value, options) => {
        let written: string;
        try {
          written = yaml.stringify(value, options);
        } catch {
          return; // a style the yaml package cannot write this value in
        }
        total++;
        if ("value" in (await agreed(written))) read++;
      }),
      { numRuns: runs, seed: seed(20261130) },
    );
    // Not every text is left to the yaml package: most are read here (numbers no double holds and odd keys are not).
    expect(read).toBeGreaterThan(total / 2);
  });

  it("on those texts with YAML fragments put in", async () => {
    await fc.assert(
      fc.asyncProperty(
        valueArb,
        style,
        fc.array(fc.tuple(fc.nat(), fragment), { minLength: 1, maxLength: 4 }),
        async (value, options, edits) => {
          let written: string;
          try {
            written = yaml.stringify(value, options);
          } catch {
            return;
          }
          for (const [at, piece] of edits) {
            const i = at % (written.length + 1);
            written = written.slice(0, i) + piece + written.slice(i);
          }
          await agreed(written);
        },
      ),
      { numRuns: runs, seed: seed(20261201) },
    );
  });
});
