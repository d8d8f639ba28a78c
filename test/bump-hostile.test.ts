// `diff --bump` edits files of the repository: a commit may put a link out of it, a FIFO or a device where the
// changelog is. Only a regular file is read, so nothing outside is copied into the changelog and nothing waits.
import { execFile, execFileSync } from "node:child_process";
import { cp, lstat, mkdir, readFile, readlink, symlink, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { CLI, removeDir, tempDir } from "./helpers.js";

const casesDir = resolve(import.meta.dirname, "cases/diff");
const settings = JSON.parse(readFileSync(join(casesDir, "field-list/case.json"), "utf8")) as {
  dialect: string;
  suffixes: string[];
  kinds: unknown;
};

describe("--bump on hostile targets", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  const setUp = async () => {
    dir = await tempDir("codegen-bump-");
    await cp(join(casesDir, "field-list"), join(dir, "repo/field-list"), { recursive: true });
    await mkdir(join(dir, "repo/pkg"), { recursive: true });
    const config = join(dir, "repo/codegen.config.mjs");
    const text = `export default ${JSON.stringify({
      package: { name: "demo-configs", version: "0.4.2", dir: "pkg" },
      providers: [
        {
          name: "demo",
          dialect: settings.dialect,
          suffixes: settings.suffixes,
          kinds: settings.kinds,
          snapshot: "field-list/head",
          out: "pkg/demo",
        },
      ],
    }).replace('"version":"0.4.2"', 'version: "0.4.2"')};\n`;
    await writeFile(config, text);
    const run = () =>
      promisify(execFile)(
        process.execPath,
        [CLI, "diff", "--provider", "demo", "--base", "field-list/base", "--config", config, "--bump", "--no-cache"],
        { cwd: join(dir, "repo"), timeout: 30_000 },
      ).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    return { config, text, run };
  };

  it("refuses a changelog that is a link, and copies nothing it points to", async () => {
    const { config, text, run } = await setUp();
    await writeFile(join(dir, "private"), "PRIVATE-OUTSIDE-THE-REPOSITORY\n");
    await symlink("../../private", join(dir, "repo/pkg/CHANGELOG.md"));
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CHANGELOG.md is a symbolic link; nothing was written");
    expect((await lstat(join(dir, "repo/pkg/CHANGELOG.md"))).isSymbolicLink()).toBe(true);
    expect(await readFile(config, "utf8")).toBe(text);
  }, 60_000);

  it("refuses a FIFO where the changelog is, without waiting on it", async () => {
    const { run } = await setUp();
    execFileSync("mkfifo", [join(dir, "repo/pkg/CHANGELOG.md")]);
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("CHANGELOG.md is not a file; nothing was written");
  }, 60_000);

  it("writes the version into the file a linked config points to, keeping the link", async () => {
    const { config, run } = await setUp();
    const shared = join(dir, "shared.config.mjs");
    await writeFile(shared, await readFile(config, "utf8"));
    await removeDir(config);
    await symlink(shared, config);
    const result = await run();
    expect(result.code, result.stderr).toBe(0);
    expect(await readlink(config)).toBe(shared);
    expect(await readFile(shared, "utf8")).toContain('version: "1.0.0"');
    expect(await readFile(join(dir, "repo/pkg/CHANGELOG.md"), "utf8")).toContain("## 1.0.0");
  }, 60_000);
});
