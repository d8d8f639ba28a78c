// The strict JSON parser (generator/input/strict-json.ts): JSON.parse's values
// on every document both accept (fast-check), and given/want tables for what
// it rejects or reports that JSON.parse lets through.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "../../generator/input/load-snapshot.js";
import {
  DEFAULT_MAX_DEPTH,
  heldMembers,
  isExactNumber,
  parseStrictJson,
  parseStrictJsonFully,
  StrictJsonError,
  type StrictJsonRule,
} from "../../generator/input/strict-json.js";

/** JSON.parse's verdict on `text`: the value, or "error". */
function native(text: string): { value: unknown } | "error" {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return "error";
  }
}

function strict(text: string, maxDepth?: number): { value: unknown } | StrictJsonError {
  try {
    return { value: parseStrictJson(text, { maxDepth }).value };
  } catch (error) {
    if (error instanceof StrictJsonError) return error;
    throw error;
  }
}

/** JSON text of `value` with whitespace between tokens (strings hold no raw line breaks, so only there). */
const spaced = (value: unknown, indent: string, gap: string) =>
  JSON.stringify(value, null, indent).replace(/\n/g, `${gap}\n`);

describe("same values as JSON.parse", () => {
  it("on JSON text of any JSON value, with any whitespace", () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.constantFrom("", " ", "\t", "\r ", " \t\r"),
        fc.constantFrom("", " ", "\t", "\r", "\r\n"),
        (value, indent, gap) => {
          const text = spaced(value, indent, gap);
          expect(strict(text)).toEqual(native(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on strings of any code units (escapes, lone surrogates, control characters)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.string({ maxLength: 8 }), (s, key) => {
        const text = JSON.stringify({ [key]: s, list: [s, key] });
        const got = strict(text);
        expect(got).toEqual(native(text));
        expect(Object.keys((got as { value: object }).value)).toEqual(Object.keys(JSON.parse(text) as object));
      }),
    );
  });

  it("keeps `__proto__` as an own key, as JSON.parse does", () => {
    const text = '{"__proto__": {"polluted": true}, "a": [{"__proto__": 1}]}';
    const value = parseStrictJson(text).value as Record<string, unknown>;
    expect(Object.hasOwn(value, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value).toEqual(JSON.parse(text));
    expect(Object.keys(value)).toEqual(["__proto__", "a"]);
  });

  it("accepts exactly what JSON.parse accepts, but for duplicate keys and nesting", () => {
    // Text from JSON's own alphabet, so most of it is near-JSON.
    const token = fc.constantFrom(
      ...[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        '"a"',
        '"b"',
        '"\\u00e9"',
        '"\\x"',
        "1",
        "-0",
        "1.5e3",
        "01",
        "1.",
        "true",
      ],
      ...["nul", "null", "\n", "\u00a0", '"', "\\", "e5", ".5", "-"],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const text = tokens.join("");
        const want = native(text);
        const got = strict(text);
        if (got instanceof StrictJsonError) {
          if (want !== "error") expect(got.rule).toBe("duplicate-key");
        } else expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the JSON.parse path gives what the full reading gives", () => {
  /** Value and inexact literals, or the error's rule, message and place. */
  const outcome = (parse: typeof parseStrictJson, text: string, maxDepth: number) => {
    try {
      return parse(text, { maxDepth });
    } catch (error) {
      if (!(error instanceof StrictJsonError)) throw error;
      return { rule: error.rule, message: error.message, offset: error.offset, pointer: error.pointer };
    }
  };
  // Duplicates (also spelled with escapes), escaped quotes and backslashes before a closing quote,
  // keys that are only text inside strings, numbers exact and not, nesting near the limit.
  const token = fc.constantFrom(
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    "\n",
    '"a"',
    '"\\u0061"',
    '"a\\"',
    '"\\\\"',
    '"\\""',
    '"x\\":1"',
    '"__proto__"',
    "1",
    "-0",
    "123456789012345",
    "1234567890123456",
    "9007199254740993",
    "0.1",
    "0.10000000000000000001",
    "1e400",
    "-1.5e-3",
    "true",
    "null",
  );
  it("on near-JSON token strings, at small nesting limits", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 16 }), fc.integer({ min: 1, max: 4 }), (tokens, maxDepth) => {
        const text = tokens.join("");
        expect(outcome(parseStrictJson, text, maxDepth)).toEqual(outcome(parseStrictJsonFully, text, maxDepth));
      }),
      { numRuns: 5000 },
    );
  });
  it("on documents with one key repeated somewhere (duplicate-key, at the second one)", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ maxLength: 3 }), fc.jsonValue(), { minKeys: 1 }),
        fc.nat(),
        (object, pick) => {
          const keys = Object.keys(object);
          const key = keys[pick % keys.length]!;
          const text = `{"outer":[${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:0}]}`;
          const got = outcome(parseStrictJson, text, 256);
          expect(got).toEqual(outcome(parseStrictJsonFully, text, 256));
          expect(got).toMatchObject({ rule: "duplicate-key" });
        },
      ),
    );
  });
});

describe("members held", () => {
  /** Keys of every object in a value, one by one; undefined past `maxDepth` containers deep. */
  function counted(value: unknown, maxDepth: number, depth = 1): number | undefined {
    if (typeof value !== "object" || value === null) return 0;
    if (depth > maxDepth) return undefined;
    let n = Array.isArray(value) ? 0 : Object.keys(value).length;
    for (const item of Object.values(value)) {
      const inner = counted(item, maxDepth, depth + 1);
      if (inner === undefined) return undefined;
      n += inner;
    }
    return n;
  }
  it("are every object's keys, undefined past the nesting limit, by recursion and by the explicit stack alike", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 7 }), (value, maxDepth) => {
        expect(heldMembers(value, maxDepth)).toBe(counted(value, maxDepth));
        // Past 1000 levels the limit is kept with an explicit stack, not frames.
        expect(heldMembers(value, 1_000_000)).toBe(counted(value, 1_000_000));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it("a value nested deeper than 1000 levels is walked without recursion when the limit allows it", () => {
    let deep: unknown = { a: 1 };
    for (let i = 0; i < 20_000; i++) deep = [deep];
    expect(heldMembers(deep, 1_000_000)).toBe(1);
    expect(heldMembers(deep, DEFAULT_MAX_DEPTH)).toBeUndefined();
  });
});

describe("exact numbers", () => {
  /** The integer JavaScript prints for the double `x` (`1e+23` is 10^23, though the double is 99999999999999991611392). */
  const printed = (x: number): bigint => {
    const [mantissa, exponent = "0"] = String(x).split("e");
    const [whole, fraction = ""] = mantissa!.split(".");
    return BigInt(whole! + fraction) * 10n ** BigInt(Number(exponent) - fraction.length);
  };

  it("an integer literal is exact when its double prints back as the same integer", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
          fc.nat(30).map((k) => 10n ** BigInt(k)),
        ),
        (n) => {
          const text = String(n);
          expect(isExactNumber(text)).toBe(printed(Number(text)) === n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("a double as JavaScript prints it is exact, in any JSON spelling of that decimal", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(3), (d, zeros) => {
        const text = JSON.stringify(d);
        expect(isExactNumber(text)).toBe(true);
        // Same value, other spelling: trailing fraction zeros or an explicit exponent.
        const [mantissa, exponent] = text.split("e");
        const padded = `${mantissa}${mantissa!.includes(".") ? "" : "."}${"0".repeat(zeros + 1)}${exponent !== undefined ? `e${exponent}` : "E0"}`;
        expect(isExactNumber(padded)).toBe(true);
      }),
    );
  });

  const table: { given: string; exact: boolean }[] = [
    { given: "0", exact: true },
    { given: "-0", exact: true },
    { given: "0.1", exact: true },
    { given: "1e21", exact: true },
    { given: "1.7976931348623157e308", exact: true },
    { given: "5e-324", exact: true },
    { given: "9007199254740991", exact: true },
    { given: "9007199254740992", exact: true },
    { given: "9007199254740993", exact: false },
    { given: "1e400", exact: false },
    { given: "-1e400", exact: false },
    { given: "1e-400", exact: false },
    { given: "0.10000000000000000001", exact: false },
    { given: "123456789012345678", exact: false },
    // Prints back as written, so a generated literal sends what the schema says.
    { given: "100000000000000000000000", exact: true },
    { given: "1.8e308", exact: false },
  ];
  it.each(table)("$given: exact $exact", ({ given, exact }) => {
    expect(isExactNumber(given)).toBe(exact);
  });

  it("lists each inexact literal with its pointer and place, and keeps JSON.parse's value", () => {
    const text = '{"a": [1, 1e400],\n "b": {"c": 9007199254740993, "d": 0.5}}';
    const { value, inexact } = parseStrictJson(text);
    expect(value).toEqual(JSON.parse(text));
    expect(inexact).toEqual([
      { pointer: "/a/1", text: "1e400", value: Infinity, offset: 10, line: 1, column: 11 },
      { pointer: "/b/c", text: "9007199254740993", value: 9007199254740992, offset: 30, line: 2, column: 13 },
    ]);
  });
});

describe("errors", () => {
  const table: { given: string; rule: StrictJsonRule; want: string; pointer: string }[] = [
    {
      given: '{"a": 1, "a": 2}',
      rule: "duplicate-key",
      want: 'duplicate key "a" (first at line 1, column 2) at line 1, column 10',
      pointer: "/a",
    },
    {
      given: '{"x": [{"k": 1,\n  "k": 1}]}',
      rule: "duplicate-key",
      want: 'duplicate key "k" (first at line 1, column 9) at line 2, column 3',
      pointer: "/x/0/k",
    },
    {
      given: '{"__proto__": 1, "__proto__": 2}',
      rule: "duplicate-key",
      want: 'duplicate key "__proto__" (first at line 1, column 2) at line 1, column 18',
      pointer: "/__proto__",
    },
    {
      given: '{"a/b~": {"": 1, "": 2}}',
      rule: "duplicate-key",
      want: 'duplicate key "" (first at line 1, column 11) at line 1, column 18',
      pointer: "/a~1b~0/",
    },
    { given: "", rule: "invalid-json", want: "unexpected end of input at line 1, column 1", pointer: "" },
    {
      given: '{"a": 1,}',
      rule: "invalid-json",
      want: 'expected a property name in double quotes, got "}" at line 1, column 9',
      pointer: "/a",
    },
    { given: "[1, 2,]", rule: "invalid-json", want: 'unexpected "]" at line 1, column 7', pointer: "/2" },
    { given: "[01]", rule: "invalid-json", want: 'expected "," or "]", got "1" at line 1, column 3', pointer: "/1" },
    {
      given: '{"a" 1}',
      rule: "invalid-json",
      want: 'expected ":" after a property name, got "1" at line 1, column 6',
      pointer: "/a",
    },
    {
      given: '["a\tb"]',
      rule: "invalid-json",
      want: "control character in a string (escape it) at line 1, column 4",
      pointer: "/0",
    },
    { given: '["\\x"]', rule: "invalid-json", want: "invalid escape in a string at line 1, column 3", pointer: "/0" },
    { given: '["\\u12G4"]', rule: "invalid-json", want: "invalid \\u escape at line 1, column 3", pointer: "/0" },
    { given: '{"a": "open', rule: "invalid-json", want: "unterminated string at line 1, column 7", pointer: "/a" },
    {
      given: "[1] [2]",
      rule: "invalid-json",
      want: 'unexpected "[" after the document at line 1, column 5',
      pointer: "",
    },
    { given: "NaN", rule: "invalid-json", want: 'unexpected "N" at line 1, column 1', pointer: "" },
    { given: "\ufeff{}", rule: "invalid-json", want: 'unexpected "\ufeff" at line 1, column 1', pointer: "" },
    {
      given: `{"a": ${"[".repeat(DEFAULT_MAX_DEPTH)}${"]".repeat(DEFAULT_MAX_DEPTH)}}`,
      rule: "too-deep",
      want: `nesting deeper than ${DEFAULT_MAX_DEPTH} arrays and objects at line 1, column ${6 + DEFAULT_MAX_DEPTH}`,
      pointer: `/a${"/0".repeat(DEFAULT_MAX_DEPTH - 1)}`,
    },
  ];
  it.each(table)("$given", ({ given, rule, want, pointer }) => {
    const got = strict(given);
    expect(got).toBeInstanceOf(StrictJsonError);
    const error = got as StrictJsonError;
    expect({ rule: error.rule, pointer: error.pointer }).toEqual({ rule, pointer });
    expect(error.message).toBe(pointer === "" ? want : `${want} (${pointer})`);
  });

  it("100,000 levels: an error, no stack overflow; a passed limit lets them through", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect((strict(deep) as StrictJsonError).rule).toBe("too-deep");
    // Walked by hand: a recursive comparison would overflow the stack itself.
    let node = (strict(deep, 100_000) as { value: unknown }).value;
    let depth = 0;
    for (; Array.isArray(node) && node.length <= 1; node = node[0]) depth++;
    expect({ depth, node }).toEqual({ depth: 100_000, node: undefined });
    expect((strict("[[1]]", 1) as StrictJsonError).pointer).toBe("/0");
  });

  // A quadratic reading would take minutes here and hit the test's timeout; speed is the bench's to measure.
  it("many keys in one object, a duplicate found at the end", () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `"k${i}": ${i}`).join(",");
    parseStrictJson(`{${keys}}`);
    const dup = `{${keys}, "k99999": 0}`;
    expect((strict(dup) as StrictJsonError).rule).toBe("duplicate-key");
  });
});

describe("UTF-8", () => {
  const decodes = (bytes: Uint8Array) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it("the first invalid byte is where a fatal TextDecoder stops agreeing", () => {
    // Bytes around the edges of the encoding: ASCII, continuations, lead bytes, overlongs, surrogates, past U+10FFFF.
    const byte = fc.constantFrom(
      0x41,
      0x80,
      0xbf,
      0xc0,
      0xc2,
      0xdf,
      0xe0,
      0xed,
      0xa0,
      0x9f,
      0xef,
      0xf0,
      0x90,
      0xf4,
      0x8f,
      0xf5,
      0xff,
    );
    fc.assert(
      fc.property(
        fc.array(byte, { maxLength: 12 }).map((a) => Uint8Array.from(a)),
        (bytes) => {
          const at = firstInvalidUtf8(bytes);
          expect(at === bytes.length).toBe(decodes(bytes));
          expect(decodes(bytes.subarray(0, at))).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    { given: [0x61, 0xc3, 0xa9], want: 3 },
    { given: [0x61, 0xc3, 0x28], want: 1 },
    { given: [0xc0, 0xaf], want: 0 },
    { given: [0xed, 0xa0, 0x80], want: 0 },
    { given: [0xf4, 0x90, 0x80, 0x80], want: 0 },
    { given: [0x61, 0x62, 0xe2, 0x82], want: 2 },
  ])("$given: first invalid at $want", ({ given, want }) => {
    expect(firstInvalidUtf8(Uint8Array.from(given))).toBe(want);
  });
});

describe("bounded time", () => {
  it("a 1,000,000-digit number literal, zeros and all, is checked (a quadratic check would hit the timeout)", () => {
    const zeros = "0".repeat(1_000_000);
    const { inexact } = parseStrictJson(`[0.${zeros}1, 1${zeros}, 1.${zeros}]`);
    expect(inexact.map((n) => n.pointer)).toEqual(["/0", "/1"]);
  });
});
