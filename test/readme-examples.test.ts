// Every TypeScript example in the README that is a module (it imports
// something) is type-checked and run as written: `./…` imports point at this
// checkout, and `connector-configs/…` resolves to the generated package as it
// does for a consumer (the npm workspace links it). An example that no longer
// compiles or that throws fails here. Fragments (an object literal shown on its
// own) are not modules: test/readme-commands.test.ts checks them, and every other
// block, as config.

import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, expect, it } from "vitest";
import { removeDir, typeCheck } from "./helpers.js";
import { fencedBlocks, isModuleExample } from "./markdown-fences.js";

const root = resolve(import.meta.dirname, "..");
const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");

const readme = fencedBlocks(readFileSync(join(root, "README.md"), "utf8")).filter(isModuleExample);
// Inside the checkout, so `connector-configs` resolves through its node_modules as a consumer's would.
const work = join(root, "test", `.readme-examples-${process.pid}`);

beforeAll(async () => {
  await mkdir(join(work, "examples"), { recursive: true });
  for (const [i, example] of readme.entries()) {
    const code = example.code.replaceAll('from "./', `from "${root}/`);
    await writeFile(join(work, "examples", `example-${i}.ts`), `export {};\n${code}`);
  }
});
afterAll(async () => {
  await removeDir(work);
});

it("the README's module examples are found (the package, both providers, config files, the config)", () => {
  expect(readme.length).toBeGreaterThanOrEqual(5);
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
