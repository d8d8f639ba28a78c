// Every TypeScript example in the README that uses the generated code is
// type-checked and run as written (its `./generated/…` imports pointed at this
// checkout): an example that no longer compiles or that throws fails here.

import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { removeDir, tempDir, typeCheck } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");

/** The ```ts blocks of a Markdown text that import the generated code, with their line numbers. */
function examples(markdown: string): { line: number; code: string }[] {
  const found: { line: number; code: string }[] = [];
  const fence = /^```ts\n([\s\S]*?)^```/gm;
  for (let m = fence.exec(markdown); m !== null; m = fence.exec(markdown)) {
    if (!m[1]!.includes('from "./generated/')) continue;
    found.push({ line: markdown.slice(0, m.index).split("\n").length, code: m[1]! });
  }
  return found;
}

const readme = examples(readFileSync(join(root, "README.md"), "utf8"));
let work: string;

beforeAll(async () => {
  work = await tempDir("codegen-readme-");
  await mkdir(join(work, "examples"), { recursive: true });
  for (const [i, example] of readme.entries()) {
    // Values the examples read from the environment, as a reader would set them.
    const code = example.code.replaceAll('from "./generated/', `from "${root}/generated/`);
    await writeFile(join(work, "examples", `example-${i}.ts`), `export {};\n${code}`);
  }
});
afterAll(async () => {
  await removeDir(work);
});

it("the README has examples that use the generated code", () => {
  expect(readme.length).toBeGreaterThanOrEqual(2);
});

it("every README example type-checks", async () => {
  const output = await typeCheck(work, {
    compilerOptions: {
      module: "NodeNext",
      moduleResolution: "NodeNext",
      types: ["node"],
      typeRoots: [join(root, "node_modules/@types")],
    },
    include: ["examples/*.ts"],
  });
  expect(output).toBe("");
}, 120_000);

it.each(readme.map((e, i) => [e.line, i] as const))(
  "the README example at line %i runs",
  async (_line, i) => {
    const run = promisify(execFile)(process.execPath, [tsx, join(work, "examples", `example-${i}.ts`)], {
      cwd: work,
      env: { ...process.env, PG_PASSWORD: "pg-password", UNSTRUCTURED_API_KEY: "key" },
    });
    await expect(run).resolves.toBeDefined();
  },
  60_000,
);
