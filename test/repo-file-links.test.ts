// Files of the repository the diff reads beside the snapshot (the ignore file, the output's name lock) may be
// links planted in a commit: they are not followed, so no other file's text reaches an error or a warning.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ResolvedProvider } from "../generator/config/config.js";
import { policyOf } from "../generator/diff/diff.js";
import { readNameLockText } from "../generator/ir/apply-name-lock.js";
import { Diagnostics } from "../generator/ir/diagnostics.js";
import { removeDir, tempDir } from "./helpers.js";

const SECRET = "https://ci-bot:ghp_do_not_print@github.com";

describe("links in place of the repository's files", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it("an ignore file that is a link is refused, and the file it points to is not quoted", async () => {
    dir = await tempDir();
    await writeFile(join(dir, "credentials"), `${SECRET}\n`);
    await symlink(join(dir, "credentials"), join(dir, "schemas.diffignore"));
    const provider = { name: "demo", diffIgnoreFile: join(dir, "schemas.diffignore") } as ResolvedProvider;
    const error = await policyOf(provider).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).toContain("a symbolic link; it is not read");
    expect(error?.message).not.toContain("ghp_do_not_print");
    // A regular ignore file is read as before.
    await removeDir(join(dir, "schemas.diffignore"));
    await writeFile(join(dir, "schemas.diffignore"), "field-removed sources/app\n");
    expect((await policyOf(provider)).ignore).toEqual([{ rule: "field-removed", connector: "sources/app" }]);
  });

  it("a name lock that is a link is ignored with a warning", async () => {
    dir = await tempDir();
    await mkdir(join(dir, "out"));
    await writeFile(join(dir, "elsewhere.json"), `{"connectors":{"${SECRET}":1}}`);
    await symlink(join(dir, "elsewhere.json"), join(dir, "out/names.lock.json"));
    const diags = new Diagnostics();
    expect(await readNameLockText(join(dir, "out"), diags)).toBeUndefined();
    expect(diags.items.map((d) => d.message)).toEqual(["is a symbolic link; ignored"]);
  });
});
