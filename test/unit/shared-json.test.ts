// Reading a document against another (generator/input/shared-json.ts): the
// result is parseStrictJson's on every text, valid or not (fast-check), and a
// value written as the other document's at the same place is that document's
// own object.

import fc from "fast-check";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CodegenError } from "../../generator/ir/diagnostics.js";
import { loadSnapshot, parseSnapshotPair, readSnapshot } from "../../generator/input/load-snapshot.js";
import { removeDir, tempDir } from "../helpers.js";
import {
  parseStrictJsonLike,
  parseStrictJsonReference,
  SHARE_DEPTH,
  type JsonReference,
} from "../../generator/input/shared-json.js";
import { parseStrictJson, StrictJsonError, type StrictJsonOptions } from "../../generator/input/strict-json.js";

/** Value and inexact literals, or the error's rule, message and place. */
function outcome(read: () => unknown) {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof StrictJsonError)) throw error;
    return { rule: error.rule, message: error.message, offset: error.offset, pointer: error.pointer };
  }
}

const referenceOf = (text: string, maxDepth?: number) => {
  const { reference } = parseStrictJsonReference(text, { maxDepth });
  if (reference === undefined) throw new Error(`no reference for ${text}`);
  return reference;
};

/** `text` read against the reference as the loader reads it: what that does not read is read by parseStrictJson. */
const readLike = (text: string, reference: JsonReference | undefined, options: StrictJsonOptions = {}) =>
  (reference && parseStrictJsonLike(Buffer.from(text, "utf8"), reference, options)) ?? parseStrictJson(text, options);

/** JSON text of `value` with whitespace between tokens. */
const spaced = (value: unknown, indent: string) => JSON.stringify(value, null, indent);

type Obj = Record<string, unknown>;

/** A document shaped like a provider's: members under a few levels of objects, each with properties. */
const documentArb = fc.dictionary(
  fc.constantFrom("a", "b", "c", "d", "__proto__", "é"),
  // Characters of one to four UTF-8 bytes in keys and values: the places compared are in bytes.
  fc.dictionary(fc.string({ maxLength: 3, unit: "grapheme" }), fc.jsonValue({ maxDepth: 4, stringUnit: "grapheme" }), {
    maxKeys: 5,
  }),
  { maxKeys: 5 },
);

describe("parseStrictJsonLike", () => {
  it("gives parseStrictJson's value, and the reference's objects where the text is the same", () => {
    fc.assert(
      fc.property(
        documentArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({ maxDepth: 3 })), { maxLength: 3 }),
        fc.constantFrom("", " ", "\t"),
        fc.constantFrom("", " ", "\t"),
        (members, edits, headIndent, baseIndent) => {
          const head = { components: { schemas: members } };
          const base = structuredClone(head) as { components: { schemas: Record<string, Obj> } };
          for (const [m, p, value] of edits) {
            const names = Object.keys(base.components.schemas);
            if (names.length === 0) break;
            const member = base.components.schemas[names[m % names.length]!]!;
            const keys = Object.keys(member);
            if (keys.length === 0 || p % 3 === 0) member[`new${p}`] = value;
            else if (p % 3 === 1) delete member[keys[p % keys.length]!];
            else member[keys[p % keys.length]!] = value;
          }
          const headText = spaced(head, headIndent);
          const baseText = spaced(base, baseIndent);
          const reference = referenceOf(headText);
          // A document JSON.stringify wrote is one the guided reading reads itself.
          const got = parseStrictJsonLike(Buffer.from(baseText, "utf8"), reference);
          if (got === undefined) throw new Error(`not read against the reference: ${baseText}`);
          expect(got.value).toEqual(JSON.parse(baseText));
          expect(got).toEqual(parseStrictJson(baseText));
          // Same spacing: every property written alike at the same place is the head's own object.
          if (headIndent === baseIndent) {
            const gotMembers = (got.value as typeof base).components.schemas;
            const refMembers = (reference.value as typeof base).components.schemas;
            for (const name of Object.keys(gotMembers))
              for (const key of Object.keys(gotMembers[name]!)) {
                const value = gotMembers[name]![key];
                if (
                  typeof value === "object" &&
                  value !== null &&
                  Object.hasOwn(refMembers, name) &&
                  Object.hasOwn(refMembers[name]!, key) &&
                  JSON.stringify(refMembers[name]![key]) === JSON.stringify(value)
                )
                  expect(value).toBe(refMembers[name]![key]);
              }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("shares the reference's objects where the text is the same", () => {
    const head = { components: { schemas: { A: { properties: { x: { type: "string" } } }, B: { type: "object" } } } };
    const base = {
      components: { schemas: { A: { properties: { x: { type: "string" }, y: {} } }, B: { type: "object" } } },
    };
    const reference = referenceOf(JSON.stringify(head, null, 2));
    const got = readLike(JSON.stringify(base, null, 2), reference).value as typeof base;
    const ref = reference.value as typeof head;
    expect(got).toEqual(base);
    expect(got.components.schemas.B).toBe(ref.components.schemas.B);
    expect(got.components.schemas.A.properties.x).toBe(ref.components.schemas.A.properties.x);
    expect(got.components.schemas.A).not.toBe(ref.components.schemas.A);
  });

  it("shares beside a number that begins as the reference's does", () => {
    const reference = referenceOf('{"x":{"y":{}},"n":1}');
    const got = readLike('{"x":{"y":{}},"n":12}', reference).value as Obj;
    expect(got).toEqual({ x: { y: {} }, n: 12 });
    expect(got.x).toBe((reference.value as Obj).x);
  });

  // Near-JSON texts read against a valid document: duplicates, numbers no double holds, nesting near the
  // limit, syntax errors at and below the depth where values are shared.
  const token = fc.constantFrom(
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    '"a"',
    '"b"',
    '"\\u0061"',
    '"a\\"',
    '"__proto__"',
    "1",
    "1e400",
    "9007199254740993",
    "0.1",
    "true",
    "tru",
    "null",
  );
  const nest = (inner: string) => `{"a":${inner},"b":[${inner}]}`;
  it("on near-JSON texts, at any nesting limit: parseStrictJson's value or error", () => {
    fc.assert(
      fc.property(
        fc.array(token, { maxLength: 16 }),
        fc.integer({ min: 0, max: SHARE_DEPTH }),
        fc.integer({ min: 1, max: 2 * SHARE_DEPTH + 3 }),
        (tokens, depth, maxDepth) => {
          let inner = tokens.join("");
          let valid = '{"a":1,"b":[true,{"a":"x"}]}';
          for (let d = 0; d < depth; d++) [inner, valid] = [nest(inner), nest(valid)];
          // The reference is read at the same limit; one nested past it is no reference.
          const reference =
            maxDepth >= 5 + 2 * depth ? referenceOf(`{"a":${valid},"b":[${valid}]}`, maxDepth) : undefined;
          // Beside the text read, the reference's own (shared when the limit allows).
          const text = `{"a":${inner},"b":[${valid}]}`;
          expect(outcome(() => readLike(text, reference, { maxDepth }))).toEqual(
            outcome(() => parseStrictJson(text, { maxDepth })),
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  const cases: { name: string; base: string; head: string; want: unknown }[] = [
    {
      name: "a key repeated where values are rebuilt",
      head: '{"a":{"b":1}}',
      base: '{"a":{"b":1,"b":2}}',
      want: { rule: "duplicate-key" },
    },
    {
      name: "a key repeated inside a shared-depth value",
      head: nestedText(SHARE_DEPTH, '{"k":1}'),
      base: nestedText(SHARE_DEPTH, '{"k":1,"k":1}'),
      want: { rule: "duplicate-key" },
    },
    {
      name: "a number no double holds (left out, as parseStrictJson reports it)",
      head: '{"a":{"maximum":1}}',
      base: '{"a":{"maximum":1e400}}',
      want: { inexact: [{ text: "1e400" }] },
    },
    {
      name: "a number that begins as the reference's does",
      head: '{"a":{"b":[1,-2,3]},"c":1}',
      base: '{"a":{"b":[12,-2.5,3e1]},"c":1.0}',
      want: { value: { a: { b: [12, -2.5, 30] }, c: 1 } },
    },
    {
      name: "trailing text after the document",
      head: '{"a":1}',
      base: '{"a":1} x',
      want: { rule: "invalid-json" },
    },
  ];
  for (const c of cases)
    it(`${c.name}: what parseStrictJson says`, () => {
      const got = outcome(() => readLike(c.base, referenceOf(c.head)));
      expect(got).toEqual(outcome(() => parseStrictJson(c.base)));
      expect(got).toMatchObject(c.want as object);
    });
});

describe("parseStrictJsonReference", () => {
  it("gives parseStrictJson's result, and a reference only for a document with every number exact", () => {
    for (const text of ['{"a":[1,2,{"b":null}]}', '{"a":1e400}', '{"a":1,"a":2}', "[", '"x"', "9007199254740993"]) {
      const got = outcome(() => parseStrictJsonReference(text));
      const want = outcome(() => parseStrictJson(text));
      if ("rule" in (want as object)) expect(got).toEqual(want);
      else {
        const { result, reference } = got as ReturnType<typeof parseStrictJsonReference>;
        expect(result).toEqual(want);
        expect(reference !== undefined).toBe((want as { inexact: unknown[] }).inexact.length === 0);
      }
    }
  });
});

/** `inner` under `depth` levels of objects. */
function nestedText(depth: number, inner: string): string {
  let text = inner;
  for (let d = 0; d < depth; d++) text = `{"n":${text}}`;
  return text;
}

describe("parseSnapshotPair", () => {
  const cleanup: string[] = [];
  afterAll(() => Promise.all(cleanup.map(removeDir)));

  /** A snapshot directory with these files. */
  async function snapshot(files: Record<string, string>): Promise<string> {
    const dir = await tempDir("codegen-pair-");
    cleanup.push(dir);
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return dir;
  }
  const settle = (work: Promise<unknown>) =>
    work.then(
      (value) => ({ value }),
      (error: unknown) => ({ error: error instanceof CodegenError ? error.diagnostics : error }),
    );
  /** Each side as parseSnapshot reads it alone, or the error it throws (the base's when both fail). */
  async function alone(baseDir: string, headDir: string) {
    const [base, head] = [await settle(loadSnapshot(baseDir)), await settle(loadSnapshot(headDir))];
    if ("error" in base) return base;
    if ("error" in head) return head;
    return { value: { base: base.value, head: head.value } };
  }

  const openapi = (schemas: unknown) => JSON.stringify({ openapi: "3.1.0", components: { schemas } }, null, 2);
  const cases: { name: string; base: Record<string, string>; head: Record<string, string> }[] = [
    {
      name: "a connector file the same, one changed, one only in the head",
      base: {
        "openapi.json": openapi({ A: { type: "object" } }),
        "connectors/sources/a.json": '{"properties":{"x":{"type":"string"}}}',
        "connectors/sources/b.json": '{"properties":{"y":{"type":"string"}}}',
      },
      head: {
        "openapi.json": openapi({ A: { type: "object" }, B: { type: "string" } }),
        "connectors/sources/a.json": '{"properties":{"x":{"type":"string"}}}',
        "connectors/sources/b.json": '{"properties":{"y":{"type":"integer"}}}',
        "connectors/sources/c.json": "{}",
      },
    },
    {
      name: "numbers no double holds, on each side",
      base: { "openapi.json": '{"a":{"maximum":1e400},"b":{"c":1}}' },
      head: { "openapi.json": '{"a":{"maximum":1e400},"b":{"c":2}}', "connectors/sources/a.json": '{"m":1e400}' },
    },
    {
      name: "both unreadable: the base's errors",
      base: { "openapi.json": '{"a":1,"a":2}' },
      head: { "openapi.json": "{" },
    },
    {
      name: "the head unreadable",
      base: { "openapi.json": '{"a":1}' },
      head: { "openapi.json": '{"a":1} x' },
    },
    {
      name: "a connector file unreadable in the base only",
      base: { "openapi.json": "{}", "connectors/sources/a.json": '{"k":1,"k":1}' },
      head: { "openapi.json": "{}", "connectors/sources/a.json": '{"k":1}' },
    },
  ];
  for (const c of cases)
    it(`${c.name}: each side as parseSnapshot reads it`, async () => {
      const [baseDir, headDir] = [await snapshot(c.base), await snapshot(c.head)];
      const got = await settle(parseSnapshotPair(await readSnapshot(baseDir), await readSnapshot(headDir)));
      expect(got).toEqual(await alone(baseDir, headDir));
    });

  it("shares what the two snapshots write alike", async () => {
    const schemas = { A: { properties: { x: { type: "string" } } }, B: { type: "object" } };
    const connector = '{"properties":{"x":{"type":"string"}}}';
    const baseDir = await snapshot({ "openapi.json": openapi(schemas), "connectors/sources/a.json": connector });
    const headDir = await snapshot({
      "openapi.json": openapi({ ...schemas, C: {} }),
      "connectors/sources/a.json": connector,
    });
    const { base, head } = await parseSnapshotPair(await readSnapshot(baseDir), await readSnapshot(headDir));
    expect(base.connectors[0]!.file.json).toBe(head.connectors[0]!.file.json);
    const componentsOf = (s: typeof base) =>
      (s.openapi.json as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(componentsOf(base).A).toBe(componentsOf(head).A);
    expect(componentsOf(base)).not.toBe(componentsOf(head));
  });
});
