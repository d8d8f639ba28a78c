// generator/print/doc-printer.ts must lay documents out exactly as Prettier's
// own document printer: every file of the golden cases and of a synthetic
// union-layout document is generated with each printer (the same documents
// laid out by ours, then by Prettier's printDocToString) and compared byte for byte. Emitting on worker
// threads: emit-workers.test.ts.

import { mkdir, writeFile } from "node:fs/promises";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { doc } from "prettier";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ProviderConfig, ResolvedProvider } from "../generator/config/config.js";
import { generate } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { providerFor, removeDir, tempDir, unionProvider } from "./helpers.js";

/** Which printer printDoc is: ours, or Prettier's printDocToString with the same width and indents. */
const printer = vi.hoisted(() => ({ prettier: false }));
vi.mock("../generator/print/doc-printer.js", async (importOriginal) => {
  const ours = await importOriginal<typeof import("../generator/print/doc-printer.js")>();
  return {
    ...ours,
    printDoc: (document: doc.builders.Doc, printWidth: number) =>
      printer.prettier
        ? doc.printer.printDocToString(document, { printWidth, tabWidth: 2, useTabs: false } as Parameters<
            typeof doc.printer.printDocToString
          >[1]).formatted
        : ours.printDoc(document, printWidth),
  };
});

const casesDir = resolve(import.meta.dirname, "cases");
let work: string;

beforeAll(async () => {
  work = await tempDir("codegen-doc-printer-");
});
afterAll(async () => {
  await removeDir(work);
});

async function bothPrinters(provider: ResolvedProvider) {
  // One thread: worker threads would load the real printer.
  const options = { cache: false, threads: 1 };
  const ours = await generate(provider, options);
  printer.prettier = true;
  try {
    const theirs = await generate(provider, options);
    return { ours: ours.files, theirs: theirs.files };
  } finally {
    printer.prettier = false;
  }
}

describe("own document printer = Prettier's printDocToString", () => {
  const generationCases = readdirSync(casesDir).filter((name) => existsSync(join(casesDir, name, "case.json")));
  it.each(generationCases.sort())("golden case %s", async (name) => {
    const options = JSON.parse(readFileSync(join(casesDir, name, "case.json"), "utf8")) as Partial<ProviderConfig>;
    const { ours, theirs } = await bothPrinters(providerFor(join(casesDir, name, "input"), "/nonexistent", options));
    expect(ours.length).toBe(theirs.length);
    for (const [i, file] of ours.entries()) expect(file, file.path).toEqual(theirs[i]);
  });

  it("a synthetic document of 120 connectors (nested choices, long enums and keys, deep types)", async () => {
    const snapshotDir = join(work, "snapshot");
    await mkdir(snapshotDir, { recursive: true });
    const document = syntheticDocument(120, 3) as { components: { schemas: Record<string, { properties: object }> } };
    // Text whose display width differs from its length, and lines that only just fit or just do not.
    const wide = [
      "数据库连接字符串",
      "🔥🚀",
      "e\u0301\u0301",
      "ｆｕｌｌｗｉｄｔｈ",
      "\u200b\u200d",
      "'quote\"",
      "a".repeat(97),
    ];
    Object.entries(document.components.schemas)
      .filter(([name]) => name.startsWith("source-"))
      .slice(0, 40)
      .forEach(([, schema], i) => {
        const text = wide[i % wide.length]!.repeat(1 + (i % 9));
        Object.assign(schema.properties, {
          [`${text}.key.${"x".repeat(i * 3)}`]: { type: "string", enum: [text, `${text}-${i}`, "b".repeat(i * 4)] },
          [`n_${i}`]: { type: "number", enum: [1e21, -0.5, 3, 1e-7, 12345678901].slice(0, 1 + (i % 5)) },
          [`d_${"y".repeat(i * 2)}`]: { type: "string", default: text.repeat(3), pattern: `^${"[a-z]".repeat(i)}$` },
        });
      });
    await writeFile(join(snapshotDir, "openapi.json"), JSON.stringify(document));
    const provider = unionProvider(snapshotDir, join(work, "out"));
    const { ours, theirs } = await bothPrinters(provider);
    const modules = ours.filter((f) => /(^|\/)(sources|destinations)\//.test(f.path));
    expect(modules.length).toBeGreaterThan(300);
    expect(modules.some((f) => f.path.endsWith(".gen.ts") && f.content.includes("数据库连接字符串"))).toBe(true);
    expect(ours.length).toBe(theirs.length);
    for (const [i, file] of ours.entries()) expect(file, file.path).toEqual(theirs[i]);
  }, 120_000);
});
