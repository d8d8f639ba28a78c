// The compiled generator is never run stale: scripts/codegen.mjs rebuilds build/
// when the sources' contents differ from what it was compiled from.
import { execFile } from "node:child_process";
import { cp, mkdir, readFile, stat, symlink, utimes, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
let copy: string;

beforeAll(async () => {
  // A checkout of its own: the build under test is not the one the other tests use.
  copy = await tempDir("codegen-build-");
  for (const dir of ["generator", "templates"]) await cp(join(root, dir), join(copy, dir), { recursive: true });
  await mkdir(join(copy, "scripts"));
  for (const file of ["build.mjs", "codegen.mjs"]) await cp(join(root, "scripts", file), join(copy, "scripts", file));
  await cp(join(root, "package.json"), join(copy, "package.json"));
  await symlink(join(root, "node_modules"), join(copy, "node_modules"));
});
afterAll(() => removeDir(copy));

const help = async () =>
  (await promisify(execFile)(process.execPath, [join(copy, "scripts/codegen.mjs"), "--help"], { cwd: copy })).stdout;

describe("build", () => {
  it("builds when there is no build, rebuilds when a source's content changes (whatever its time), and only then", async () => {
    expect(await help()).toContain("print errors only [default: off]");
    const stamp = join(copy, "build", "stamp");
    const built = (await stat(stamp)).mtimeMs;
    expect(await help()).toContain("print errors only [default: off]");
    expect((await stat(stamp)).mtimeMs).toBe(built);

    const source = join(copy, "generator/commands/cli.ts");
    const text = await readFile(source, "utf8");
    await writeFile(source, text.replace('"print errors only"', '"print errors only, edited"'));
    expect(await help()).toContain("print errors only, edited [default: off]");

    // An edit that keeps an old time (a checkout, a stash, a copy with -p) is an edit all the same.
    await writeFile(source, text.replace('"print errors only"', '"print errors only, edited again"'));
    await utimes(source, new Date("2000-01-01"), new Date("2000-01-01"));
    expect(await help()).toContain("print errors only, edited again [default: off]");
  });
});
