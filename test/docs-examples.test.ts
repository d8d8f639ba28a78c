// The generated docs pages say what the generated code does: every page's
// TypeScript usage example type-checks (all pages in one tsc program) and runs,
// its YAML config validates with the generated validator, the required counts
// agree with the table, and inline code renders as code, not as backticks.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_SECRET } from "../generator/emit/example-config.js";
import type { Problem } from "../templates/runtime.js";
import { removeDir, typeCheck } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const generated = join(root, "generated");

interface Page {
  /** The output directory (a provider's, or a golden case's expected output). */
  out: string;
  /** Names the output in test titles and the scratch directory: `streamkap`, `cases-union`. */
  label: string;
  provider: string;
  kind: string;
  code: string;
  file: string;
  content: string;
}

/** The committed providers and the golden cases' expected outputs: each folder that holds a provider's manifest. */
const outputs = [
  ...readdirSync(generated, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ out: join(generated, d.name), label: d.name })),
  ...readdirSync(join(root, "test", "cases")).map((c) => ({
    out: join(root, "test", "cases", c, "expected"),
    label: `cases-${c}`,
  })),
].filter(({ out }) => existsSync(join(out, "manifest.json")));

const pages: Page[] = outputs.flatMap(({ out, label }) => {
  const docs = join(out, "docs");
  const provider = (JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { provider: string }).provider;
  return readdirSync(docs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((k) =>
      readdirSync(join(docs, k.name))
        .filter((f) => f.endsWith(".md"))
        .map((f) => {
          const file = join(docs, k.name, f);
          const content = readFileSync(file, "utf8");
          return { out, label, provider, kind: k.name, code: f.slice(0, -3), file, content };
        }),
    );
});
const title = (p: Page) => `${p.label}/${p.kind}/${p.code}`;

/** The fenced blocks of one language. */
function blocks(markdown: string, lang: string): string[] {
  const fence = new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, "gm");
  return [...markdown.matchAll(fence)].map((m) => m[1]!);
}

const work = join(root, "test", `.docs-examples-${process.pid}`);
const exampleFile = (p: Page) => join(work, p.label, p.kind, `${p.code}.ts`);

beforeAll(async () => {
  for (const p of pages) {
    await mkdir(join(work, p.label, p.kind), { recursive: true });
    // As written, the example imports from the page's place in <output>/docs/<kind>/.
    const code = blocks(p.content, "ts").join("\n").replaceAll('from "../../', `from "${p.out}/`);
    await writeFile(exampleFile(p), `export {};\n${code}`);
  }
});
afterAll(async () => {
  await removeDir(work);
});

it("finds every connector's page (both providers and the golden cases)", () => {
  const manifests = outputs.map(
    ({ out }) => JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { connectors: unknown[] },
  );
  expect(pages.length).toBe(manifests.reduce((n, m) => n + m.connectors.length, 0));
  expect(pages.filter((p) => p.label === "streamkap" || p.label === "unstructured").length).toBeGreaterThan(40);
});

it("every page opens with a usage example: one ts block, then one yaml block, before the field table", () => {
  for (const p of pages) {
    const usage = p.content.indexOf("## Usage");
    const fields = p.content.indexOf("## Fields");
    expect(usage, p.file).toBeGreaterThan(0);
    expect(fields, p.file).toBeGreaterThan(usage);
    const section = p.content.slice(usage, fields);
    expect(blocks(section, "ts"), p.file).toHaveLength(1);
    expect(blocks(section, "yaml"), p.file).toHaveLength(1);
    expect(blocks(section, "ts")[0], p.file).toMatch(/create\(/);
  }
});

it("every page's ts blocks type-check, all pages in one program", async () => {
  const output = await typeCheck(work, {
    compilerOptions: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    },
    include: ["*/*/*.ts"],
  });
  expect(output).toBe("");
}, 180_000);

describe("every page's ts example runs", () => {
  const saved = { ...process.env };
  beforeAll(() => {
    // The examples read secrets from the environment; any string is a valid secret where they do.
    for (const p of pages)
      for (const [, name] of blocks(p.content, "ts")
        .join("\n")
        .matchAll(/process\.env\.([A-Z0-9_]+)/g))
        process.env[name!] = EXAMPLE_SECRET;
  });
  afterAll(() => {
    process.env = saved;
  });
  it.each(pages.map((p) => [title(p), p] as const))("%s", async (_name, p) => {
    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void logged.push(args);
    try {
      await import(pathToFileURL(exampleFile(p)).href);
    } finally {
      console.log = log;
    }
    expect(logged).toHaveLength(1);
    expect(logged[0]![0]).toBe("POST");
  });
});

describe("every page's YAML config validates with the generated validator", () => {
  it.each(pages.map((p) => [title(p), p] as const))("%s", async (_name, p) => {
    const [yaml] = blocks(p.content, "yaml");
    const file = parse(yaml!) as { provider: string; kind: string; connector: string; name: string; config: unknown };
    expect([file.provider, file.kind, file.connector]).toEqual([p.provider, p.kind, p.code]);
    const module = (await import(pathToFileURL(join(p.out, p.kind, `${p.code}.gen.ts`)).href)) as {
      validate: (config: unknown) => Problem[];
    };
    expect(module.validate(file.config)).toEqual([]);
  });
});

it("the required counts agree with the table's Required column", () => {
  for (const p of pages) {
    const summary = /^(\d+) top-level keys?; (\d+) always required \(Required: yes\)(?:, (\d+) more sent)?/m.exec(
      p.content,
    );
    expect(summary, p.file).not.toBeNull();
    // Top-level rows: the authoring key has no dotted path.
    const rows = p.content
      .split("\n")
      .filter((l) => /^\| <code>[^<.]+<\/code> \|/.test(l))
      .map((l) => l.split(/(?<!\\)\|/)[4]!.trim());
    expect(rows.length, p.file).toBe(Number(summary![1]));
    expect(rows.filter((r) => r === "yes").length, p.file).toBe(Number(summary![2]));
    expect(rows.filter((r) => r === "no (default sent)").length, p.file).toBe(Number(summary![3] ?? 0));
  }
});

it("inline code in descriptions renders as code, not as escaped backticks", () => {
  const postgresql = pages.find((p) => p.label === "streamkap" && p.kind === "sources" && p.code === "postgresql")!;
  expect(postgresql.content).toContain("For example, <code>postgres.something.rds.amazonaws.com</code>.");
  for (const p of pages) expect(p.content.includes("\\`"), p.file).toBe(false);
});
