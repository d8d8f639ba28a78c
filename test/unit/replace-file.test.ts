// replaceFile (generator/output/replace-file.ts): a file replaced whole, its
// permission bits kept, a link replaced or followed as asked, and no temporary
// file left behind.

import { lstat, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replaceFile } from "../../generator/output/replace-file.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "replace-file-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("replaceFile", () => {
  it("keeps a file's permission bits, and leaves no temporary file", async () => {
    const file = join(dir, "secret.yaml");
    await writeFile(file, "old", { mode: 0o600 });
    await replaceFile(file, "new");
    expect(await readFile(file, "utf8")).toBe("new");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("sets the mode it is given, and makes a new file 0o644 otherwise", async () => {
    await replaceFile(join(dir, "bin.js"), "#!/usr/bin/env node\n", { mode: 0o755 });
    expect((await stat(join(dir, "bin.js"))).mode & 0o777).toBe(0o755);
    await replaceFile(join(dir, "fresh.txt"), "x");
    expect((await stat(join(dir, "fresh.txt"))).mode & 0o777).toBe(0o644);
  });

  it("replaces a link by the file, leaving what it pointed to as it was (generated files)", async () => {
    const outside = join(dir, "outside.txt");
    const link = join(dir, "package.json");
    await writeFile(outside, "someone else's file");
    await symlink(outside, link);
    await replaceFile(link, "{}");
    expect(await readFile(outside, "utf8")).toBe("someone else's file");
    expect((await lstat(link)).isFile()).toBe(true);
    expect(await readFile(link, "utf8")).toBe("{}");
  });

  it("with followLink, keeps the link and replaces the file it points to (files people keep)", async () => {
    const real = join(dir, "real.yaml");
    const link = join(dir, "link.yaml");
    await writeFile(real, "old");
    await symlink(real, link);
    await replaceFile(link, "new", { followLink: true });
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readFile(real, "utf8")).toBe("new");
  });
});
