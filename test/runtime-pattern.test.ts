// Schema patterns run in linear time (templates/runtime.ts, patternMatcher):
// the matcher agrees with the native engine on every pattern it accepts
// (random patterns from a grammar, and the real ones in schemas/), its work is
// bounded by input length × program size, and what needs backtracking runs on
// bounded input only.
import { execFile } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BACKTRACKING_INPUT_LIMIT,
  patternMatcher,
  schemaValidator,
  validateWireConfig,
  type ConnectorSpec,
} from "../templates/runtime.js";

const root = resolve(import.meta.dirname, "..");
const FC_OPTIONS = { numRuns: 3000, seed: 20261129 } as const;

/** The native verdict, reading the pattern as the runtime does: with `u` if it parses so, else without. */
function nativeTest(pattern: string, s: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(pattern, "u");
  } catch {
    re = new RegExp(pattern);
  }
  return re.test(s);
}

// Patterns from the ECMAScript grammar JSON Schema uses, over a small alphabet so that matches are frequent.
const atom = fc.constantFrom(
  "a",
  "b",
  "c",
  "-",
  "\\.",
  "\\d",
  "\\D",
  "\\w",
  "\\W",
  "\\s",
  "\\S",
  ".",
  "[ab]",
  "[^a]",
  "[a-c1]",
  "[\\d_]",
  "[]",
  "[^]",
  "\\x61",
  "\\u0062",
  "\\u{1F600}",
  "😀",
  "\\n",
  "\\p{L}",
  "\\P{Ll}",
  "\\/",
);
const assertion = fc.constantFrom("^", "$", "\\b", "\\B");
const quantifier = fc.constantFrom("*", "+", "?", "*?", "+?", "??", "{2}", "{0,1}", "{1,3}", "{2,}", "{0}", "{1,3}?");
const { pattern } = fc.letrec<{ pattern: string; term: string; group: string }>((tie) => ({
  group: fc.oneof(
    tie("pattern").map((p) => `(${p})`),
    tie("pattern").map((p) => `(?:${p})`),
    tie("pattern").map((p) => `(?<g>${p})`),
  ),
  term: fc.oneof(
    { weight: 4, arbitrary: atom },
    { weight: 1, arbitrary: assertion },
    { weight: 2, arbitrary: fc.tuple(fc.oneof(atom, tie("group")), quantifier).map(([a, q]) => a + q) },
    { weight: 1, arbitrary: tie("group") },
  ),
  pattern: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.array(tie("term"), { maxLength: 4 }).map((t) => t.join("")),
    fc.tuple(tie("pattern"), tie("pattern")).map(([x, y]) => `${x}|${y}`),
  ),
}));
const validPattern = pattern.filter((p) => {
  try {
    new RegExp(p, "u");
    return true;
  } catch {
    return false;
  }
});
const input = fc
  .array(fc.constantFrom("a", "b", "c", "1", "_", "-", ".", " ", "\n", "/", "é", "A", "😀", "\ud800"), {
    maxLength: 12,
  })
  .map((chars) => chars.join(""));

function snapshotPatterns(): string[] {
  const found = new Set<string>();
  const scan = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(scan);
    if (typeof node !== "object" || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "pattern" && typeof value === "string") found.add(value);
      if (key === "patternProperties" && typeof value === "object" && value !== null)
        for (const p of Object.keys(value)) found.add(p);
      scan(value);
    }
  };
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith(".json")) scan(JSON.parse(readFileSync(path, "utf8")));
    }
  };
  walk(join(root, "schemas"));
  return [...found].sort();
}

describe("schema patterns", () => {
  it("agree with the native engine on random patterns and strings", () => {
    fc.assert(
      fc.property(validPattern, input, (p, s) => {
        const matcher = patternMatcher(p)!;
        expect(matcher.backtracking).toBeUndefined();
        expect(matcher.test(s)).toBe(nativeTest(p, s));
      }),
      FC_OPTIONS,
    );
  });

  it("agree with the native engine past the remembered states (a pattern whose DFA has 2^13 states)", () => {
    const p = "(a|b)*a(a|b){12}$";
    const matcher = patternMatcher(p)!;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b"), { minLength: 30, maxLength: 60 }), (chars) => {
        const s = chars.join("");
        expect(matcher.test(s)).toBe(nativeTest(p, s));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("agree with the native engine on patterns that only parse without the u flag", () => {
    const legacy = ["^[\\w-.]+$", "a{", "a{1,", "x]", "}", "\\c1", "\\x4", "\\u12", "\\p{L}", "[\\w-]{2,}\\-"];
    const strings = ["", "a", "a{", "a{1,", "x]", "}", "\\c1", "x4", "u12", "p{L}", "ab-.", "a-b", "é", "😀", "w-"];
    for (const p of legacy) {
      const matcher = patternMatcher(p)!;
      expect(matcher.backtracking, p).toBeUndefined();
      for (const s of strings) expect(matcher.test(s), `${p} on ${JSON.stringify(s)}`).toBe(nativeTest(p, s));
    }
  });

  it("agree with the native engine on every pattern in schemas/", () => {
    const patterns = snapshotPatterns();
    expect(patterns.length).toBeGreaterThan(5);
    const samples = fc.sample(fc.string({ unit: "binary", maxLength: 20 }), { numRuns: 200, seed: 7 });
    const real = ["s3://bucket/x", "p2.x4", "https://host", "kafka.topic-1", "abc-123", ".hidden", "mongodb+srv://h"];
    for (const p of patterns) {
      const matcher = patternMatcher(p)!;
      expect(matcher.backtracking, p).toBeUndefined();
      for (const s of [...real, ...samples])
        expect(matcher.test(s), `${p} on ${JSON.stringify(s)}`).toBe(nativeTest(p, s));
    }
  });

  it("check (a+)+$ on 50,000 characters in work linear in the input", () => {
    const matcher = patternMatcher("(a+)+$")!;
    for (const n of [5_000, 50_000]) {
      expect(matcher.test(`${"a".repeat(n)}!`)).toBe(false);
      // Program of 7 instructions: each character costs a bounded number of steps.
      expect(matcher.steps()).toBeLessThanOrEqual(20 * (n + 1));
    }
    const validator = schemaValidator({ type: "string", pattern: "(a+)+$" });
    expect(validator.isValid(`${"a".repeat(50_000)}!`)).toBe(false);
    expect(validator.isValid("a".repeat(50_000))).toBe(true);
    const [problem] = validator.problems(`${"a".repeat(50_000)}!`);
    expect(problem?.expected).toBe("a match for /(a+)+$/");
  });

  it("check (a+)+$ on 50,000 characters in a child process that would hang on backtracking", async () => {
    const script = [
      `import { validateWireConfig } from ${JSON.stringify(join(root, "templates/runtime.ts"))};`,
      `const spec = { kind: "sources", code: "redos", serverKeys: [], fields: [], schema: { type: "object", properties: { name: { type: "string", pattern: "(a+)+$" } } } };`,
      `const problems = validateWireConfig(spec, { name: "a".repeat(50000) + "!" });`,
      `console.log(JSON.stringify(problems.map((p) => p.code)));`,
    ].join("\n");
    // Generous: only a hang fails it.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        cwd: root,
        timeout: 50_000,
      },
    );
    expect(JSON.parse(stdout)).toEqual(["pattern"]);
  });

  it("that need backtracking run on bounded input, and long values and keys are problems", () => {
    for (const [p, why] of [
      ["^(?=a)(a+)+$", "a lookahead"],
      ["(?<!x)y", "a lookbehind"],
      ["(a)\\1", "a backreference"],
      ["(?<n>a)\\k<n>", "a named backreference"],
      ["a{30000}", "more than 20000 instructions"],
    ] as const) {
      const matcher = patternMatcher(p)!;
      expect(matcher.backtracking, p).toBe(why);
      expect(matcher.test("x".repeat(BACKTRACKING_INPUT_LIMIT + 1))).toBeUndefined();
    }
    expect(patternMatcher("^(?=a)(a+)+$")!.test("aaa")).toBe(true);

    const spec: ConnectorSpec = {
      kind: "sources",
      code: "lookaround",
      serverKeys: [],
      fields: [],
      schema: {
        type: "object",
        properties: { name: { type: "string", pattern: "^(?!-)[a-z-]+$" } },
        patternProperties: { "^(?=x)x+$": { type: "integer" } },
        additionalProperties: false,
      },
    };
    expect(validateWireConfig(spec, { name: "ab-c", xx: 1 })).toEqual([]);
    expect(validateWireConfig(spec, { name: "-ab" }).map((p) => p.code)).toEqual(["pattern"]);
    const long = validateWireConfig(spec, { name: "a".repeat(5_000), ["x".repeat(5_000)]: 1 });
    expect(long.map((p) => p.code)).toEqual(["pattern", "pattern"]);
    expect(long[0]!.message).toMatch(
      /at most 1000 characters: \/\^\(\?!-\)\[a-z-\]\+\$\/ needs backtracking \(a lookahead\)/,
    );
    expect(long[0]!.message.length).toBeLessThan(300);
  });

  it("messages show a long pattern abbreviated", () => {
    const source = `^${"a".repeat(10_000)}$`;
    const [problem] = schemaValidator({ pattern: source }).problems("zz");
    expect(problem!.expected.length).toBeLessThan(100);
  });
});
