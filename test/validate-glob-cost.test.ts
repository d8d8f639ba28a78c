// A glob of several `**` over a deep tree: each directory is matched against each tail of the glob once,
// so the walk grows with the tree times the glob, not with the ways a path splits among the stars.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { expandPaths } from "../templates/validate-files.js";
import { removeDir, tempDir } from "./helpers.js";

describe("expandPaths on many ** over a deep tree", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it("finds the file once, in time linear in the tree and the glob", async () => {
    dir = await tempDir();
    const deep = join(dir, ...Array.from({ length: 24 }, () => "d"));
    await mkdir(deep, { recursive: true });
    await writeFile(join(deep, "x.yaml"), "a: 1\n");
    // Six `**/*` pairs: C(24, 6) = 134,596 ways to split the path, each a walk of the rest before.
    const glob = `${"**/*/".repeat(6)}**/x.yaml`;
    const started = Date.now();
    const { files, errors } = await expandPaths([glob], { cwd: dir });
    expect(errors).toEqual([]);
    expect(files).toEqual([join(deep, "x.yaml")]);
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);
});
