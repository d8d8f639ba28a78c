// generator/doc-printer.ts must lay documents out exactly as Prettier's own
// document printer: every file of the golden cases and of a synthetic
// union-layout document is generated with each printer (CODEGEN_DOC_PRINTER)
// and compared byte for byte. Emitting on worker threads: emit-workers.test.ts.

import { mkdir, writeFile } from "node:fs/promises";
import { readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ProviderConfig, ResolvedProvider } from "../generator/config/config.js";
import { generate } from "../generator/pipeline.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { providerFor, removeDir, tempDir, unionProvider } from "./helpers.js";

const casesDir = resolve(import.meta.dirname, "cases");
let work: string;

beforeAll(async () => {
  work = await tempDir("codegen-doc-printer-");
});
afterAll(async () => {
  await removeDir(work);
});

async function withEnv<T>(env: Record<string, string | undefined>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const apply = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  apply(env);
  try {
    return await run();
  } finally {
    apply(before);
  }
}

async function bothPrinters(provider: ResolvedProvider) {
  const ours = await withEnv({ CODEGEN_DOC_PRINTER: undefined }, () => generate(provider, { cache: false }));
  const theirs = await withEnv({ CODEGEN_DOC_PRINTER: "prettier" }, () => generate(provider, { cache: false }));
  return { ours: ours.files, theirs: theirs.files };
}

describe("own document printer = Prettier's printDocToString", () => {
  it.each(readdirSync(casesDir).sort())("golden case %s", async (name) => {
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
