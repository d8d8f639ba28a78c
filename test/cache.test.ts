// The stage cache (node_modules/.cache/connector-config-codegen) never changes
// what is generated: cold, warm and disabled runs give byte-identical files.
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { CodegenError } from "../generator/ir/diagnostics.js";
import type { IrConnector, IrProvider } from "../generator/ir/ir.js";
import {
  decodeIr,
  encodeIr,
  hasNegativeZero,
  irOf,
  readIrIndex,
  withTexts,
  type ReadBytes,
} from "../generator/ir/ir-text.js";
import { pruneOtherVersions } from "../generator/output/cache.js";
import { buildIr, generate, loadIrForDiff } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir } from "./helpers.js";

const cases = resolve(import.meta.dirname, "cases");

describe("stage cache", () => {
  it.each(["basic", "json-schema", "union"])("%s: cached and uncached runs agree byte for byte", async (name) => {
    const options = JSON.parse(readFileSync(resolve(cases, name, "case.json"), "utf8")) as Partial<ProviderConfig>;
    const provider = providerFor(resolve(cases, name, "input"), "/nonexistent", options);
    const uncached = (await generate(provider, { cache: false })).files;
    const first = (await generate(provider, { cache: true })).files;
    const second = (await generate(provider, { cache: true })).files;
    expect(first).toEqual(uncached);
    expect(second).toEqual(uncached);
  });

  it("after one connector changes, a warm run recompiles only what changed and still agrees", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      await generate(provider, { cache: true }); // warm
      const file = join(dir, "connectors/sources/s3.json");
      const schema = JSON.parse(await readFile(file, "utf8")) as { properties: Record<string, unknown> };
      schema.properties.added_by_test = { type: "string", description: "changed" };
      await writeFile(file, JSON.stringify(schema));
      const warm = (await generate(provider, { cache: true })).files;
      const cold = (await generate(provider, { cache: false })).files;
      expect(warm).toEqual(cold);
      expect(warm.find((f) => f.path === "dist/sources/s3.gen.d.ts")!.content).toContain("addedByTest");
    } finally {
      await removeDir(dir);
    }
  });
});

describe("up-to-date write runs (run-state.ts)", () => {
  it("skip when inputs and output are untouched; redo when a file is edited, removed or the snapshot changes", async () => {
    const { run } = await import("../generator/pipeline.js");
    const { readTree, tempDir } = await import("./helpers.js");
    const snapshot = await copySnapshot(resolve(cases, "union", "input"));
    const out = join(await tempDir(), "out");
    const options = JSON.parse(readFileSync(resolve(cases, "union", "case.json"), "utf8")) as Partial<ProviderConfig>;
    const provider = providerFor(snapshot, out, options);
    try {
      const first = await run(provider, "write");
      expect(first.changed).toBe(true);
      const written = await readTree(out);
      const again = await run(provider, "write");
      expect({ changed: again.changed, files: again.files.length }).toEqual({ changed: false, files: 0 });
      expect(again.fileCount).toBe(first.files.length);
      expect(again.ir.connectors.length).toBe(first.ir.connectors.length);
      expect(again.warnings).toEqual(first.warnings);

      // A hand edit (even one keeping the size) is undone by the next run.
      const module = join(out, "sources/postgres.gen.ts");
      const text = await readFile(module, "utf8");
      await writeFile(module, text.replace("export", "EXPORT"));
      expect((await run(provider, "write")).changed).toBe(true);
      expect(await readTree(out)).toEqual(written);

      // A removed file comes back.
      await removeDir(join(out, "docs"));
      expect((await run(provider, "write")).changed).toBe(true);
      expect(await readTree(out)).toEqual(written);
      expect((await run(provider, "write")).files).toEqual([]);

      // Changed inputs regenerate.
      const doc = join(snapshot, "openapi.yaml");
      await writeFile(doc, (await readFile(doc, "utf8")).replace("Replicates", "Copies"));
      const changed = await run(provider, "write");
      expect(changed.changed).toBe(true);
      expect(changed.files.length).toBeGreaterThan(0);

      // Check mode always compares contents.
      expect((await run(provider, "check")).files.length).toBeGreaterThan(0);
    } finally {
      await removeDir(snapshot);
      await removeDir(dirname(out));
    }
  });
});

describe("parse cache", () => {
  it("a -0 in the schema gives the same output fresh and from the cache (JSON has no -0)", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const doc = join(dir, "openapi.json");
      const text = await readFile(doc, "utf8");
      expect(text).toContain('"minimum": 1,');
      await writeFile(doc, text.replace('"minimum": 1,', '"minimum": -0,'));
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      const fresh = (await generate(provider, { cache: false })).files;
      await generate(provider, { cache: true });
      const cached = (await generate(provider, { cache: true })).files;
      expect(cached).toEqual(fresh);
      expect(fresh.some((f) => f.content.includes("minimum: 0"))).toBe(true);
    } finally {
      await removeDir(dir);
    }
  });
});

describe("parse cache: what a hit skips", () => {
  it("a nesting limit lower than the one a snapshot was cached under still rejects it", async () => {
    const options = JSON.parse(
      readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
    ) as Partial<ProviderConfig>;
    const provider = providerFor(resolve(cases, "json-schema", "input"), "/nonexistent", options);
    await buildIr(provider, { cache: true });
    await loadIrForDiff(provider, { cache: true }); // a hit, which parses nothing
    const error = await loadIrForDiff(provider, { cache: true, maxDepth: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).diagnostics.map((d) => d.rule)).toContain("too-deep");
  });

  it("a duplicate key added to a cached snapshot is an error, not a hit", async () => {
    const dir = await copySnapshot(resolve(cases, "json-schema", "input"));
    try {
      const options = JSON.parse(
        readFileSync(resolve(cases, "json-schema", "case.json"), "utf8"),
      ) as Partial<ProviderConfig>;
      const provider = providerFor(dir, "/nonexistent", options);
      await buildIr(provider, { cache: true });
      const doc = join(dir, "openapi.json");
      const text = await readFile(doc, "utf8");
      await writeFile(doc, text.replace('"openapi":', '"openapi": "3.1.0", "openapi":'));
      const error = await buildIr(provider, { cache: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CodegenError);
      expect((error as CodegenError).diagnostics.map((d) => d.rule)).toContain("duplicate-key");
    } finally {
      await removeDir(dir);
    }
  });
});

describe("the IR's cache text (ir-text.ts)", () => {
  // Connectors as opaque JSON with the keys the text's header reads; strings of any code units.
  const text = fc.string({ unit: "binary" });
  const connector = fc
    .record({ kind: text, code: text, file: text, rest: fc.dictionary(text, fc.jsonValue()) })
    .map(
      ({ kind, code, file, rest }) =>
        ({ ...rest, kind, code, source: { file, pointer: "" } }) as unknown as IrConnector,
    );
  const provider = fc.record({
    provider: text,
    kinds: fc.constant([]),
    // An IR's connectors have one id each (`kind/code`): a dialect leaves out a second with the same code.
    connectors: fc.uniqueArray(connector, { maxLength: 5, selector: (c) => `${c.kind}/${c.code}` }),
  }) as fc.Arbitrary<IrProvider>;

  it("decodes to the IR as JSON has it, one text per connector", () => {
    fc.assert(
      fc.property(provider, (ir) => {
        const text = encodeIr(ir, []);
        const parts = decodeIr(text);
        expect(parts).toBeDefined();
        expect(irOf(parts!)).toEqual(JSON.parse(JSON.stringify(ir)));
        expect(parts!.connectors.map((c) => c.text)).toEqual(ir.connectors.map((c) => JSON.stringify(c)));
      }),
    );
  });

  /** Reads of a file holding `bytes`, as the cache's open entry gives them (fewer at the end), counted. */
  const reader = (bytes: Buffer) => {
    const counted = { bytes: 0 };
    const read: ReadBytes = async (position, length) => {
      const part = bytes.subarray(position, position + length);
      counted.bytes += part.length;
      return part;
    };
    return { read, counted };
  };

  it("read in part: the header says where each text lies, and the texts read are the connectors' own", async () => {
    await fc.assert(
      fc.asyncProperty(provider, fc.array(fc.boolean(), { maxLength: 5 }), async (ir, picks) => {
        const text = encodeIr(ir, []);
        const bytes = Buffer.from(text);
        const { read } = reader(bytes);
        const found = await readIrIndex(read, bytes.length);
        expect(found).toBeDefined();
        const whole = decodeIr(text)!;
        expect(found!.index.connectors).toEqual(whole.connectors.map(({ text: _t, ...rest }) => rest));
        const picked = new Set(whole.connectors.filter((_, i) => picks[i] === true).map((c) => c.id));
        const withSome = await withTexts(found!.index, found!.places, read, (c) => picked.has(c.id));
        expect(withSome).toBeDefined();
        for (const [i, c] of withSome!.connectors.entries())
          expect(c.text).toBe(picked.has(c.id) ? whole.connectors[i]!.text : undefined);
      }),
      { numRuns: 200 },
    );
  });

  it("read in part: only the header and the texts asked for are read", async () => {
    const connector = (code: string) =>
      ({
        kind: "sources",
        code,
        source: { file: `${code}.json`, pointer: "" },
        pad: "x".repeat(100_000),
      }) as unknown as IrConnector;
    const ir = { provider: "p", kinds: [], connectors: ["a", "b", "c", "d"].map(connector) } as IrProvider;
    const bytes = Buffer.from(encodeIr(ir, []));
    const { read, counted } = reader(bytes);
    const found = await readIrIndex(read, bytes.length);
    await withTexts(found!.index, found!.places, read, (c) => c.id === "sources/b");
    expect(counted.bytes).toBeLessThan(bytes.length / 2);
  });

  it("read in part: a cut, extended or changed file is no IR (the entry counts as a miss)", async () => {
    await fc.assert(
      fc.asyncProperty(provider, fc.nat(), async (ir, at) => {
        fc.pre(ir.connectors.some((c) => JSON.stringify(c).length > 0));
        const bytes = Buffer.from(encodeIr(ir, []));
        const body = bytes.indexOf(0x0a) + 1;
        for (const changed of [bytes.subarray(0, bytes.length - 1), Buffer.concat([bytes, Buffer.from("x")])])
          expect(await readIrIndex(reader(changed).read, changed.length)).toBeUndefined();
        // One byte of a text changed: its length holds, its digest does not.
        const flipped = Buffer.from(bytes);
        const i = body + (at % (bytes.length - body));
        flipped[i] = flipped[i] === 0x20 ? 0x21 : 0x20;
        const { read } = reader(flipped);
        const found = await readIrIndex(read, flipped.length);
        expect(await withTexts(found!.index, found!.places, read, () => true)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    { given: { a: [1, { b: -0 }] }, want: true },
    { given: [[[-0]]], want: true },
    { given: JSON.parse('{"__proto__": {"x": -0}}') as unknown, want: true },
    { given: { a: [0, { b: "-0", c: null }] }, want: false },
    { given: -0, want: true },
  ])("hasNegativeZero($given) is $want", ({ given, want }) => {
    expect(hasNegativeZero(given)).toBe(want);
  });

  it("a cut or extended text is no IR (the entry counts as a miss)", () => {
    fc.assert(
      fc.property(provider, fc.nat(), (ir, cut) => {
        const text = encodeIr(ir, []);
        fc.pre(ir.connectors.some((c) => JSON.stringify(c).length > 0));
        expect(
          decodeIr(text.slice(0, text.length - 1 - (cut % Math.max(1, text.length - text.indexOf("\n") - 1)))),
        ).toBeUndefined();
        expect(decodeIr(`${text}x`)).toBeUndefined();
      }),
    );
  });
});

describe("cache pruning", () => {
  const current = "ab".repeat(32);
  // given: folders and files in a cache folder; want: what is left after pruning for `current`.
  const table: { name: string; given: string[]; want: string[] }[] = [
    {
      name: "other versions' folders go, this version's stays",
      given: [`v-${"ab".repeat(8)}/parse/aa/x`, `v-${"cd".repeat(8)}/parse/aa/x`, `v-${"0".repeat(16)}/format/x`],
      want: [`v-${"ab".repeat(8)}`],
    },
    {
      name: "stage folders of the older layout go",
      given: ["parse/aa/x", "emit-whole/bb/y", "run-state/cc/z", `v-${"ab".repeat(8)}/compile/x`],
      want: [`v-${"ab".repeat(8)}`],
    },
    {
      name: "what this cache did not name is left alone",
      given: ["notes.txt", "v-short/x", "v-ABCDEFABCDEFABCD/x", "parse-copy/x", `v-${"ab".repeat(8)}/x`],
      want: ["notes.txt", "parse-copy", "v-ABCDEFABCDEFABCD", `v-${"ab".repeat(8)}`, "v-short"],
    },
  ];
  it.each(table)("$name", async ({ given, want }) => {
    const root = await mkdtemp(join(tmpdir(), "cache-prune-"));
    try {
      for (const path of given) {
        await mkdir(dirname(join(root, path)), { recursive: true });
        await writeFile(join(root, path), "entry");
      }
      await pruneOtherVersions(root, current);
      expect((await readdir(root)).sort()).toEqual([...want].sort());
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("a missing cache folder is nothing to prune", async () => {
    expect(await pruneOtherVersions(join(tmpdir(), "no-such-cache-folder-here"), current)).toEqual([]);
  });
});
