// The generator prints its warnings and errors to a terminal or a CI log: names from the snapshot (file and
// folder names, connector codes, keys) must not drive the terminal or forge another line.
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generator/ir/diagnostics.js";
import { buildIr } from "../generator/pipeline.js";
import { removeDir, tempDir } from "./helpers.js";

describe("diagnostics as text", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it("shows control characters of every part as \\uXXXX, one diagnostic one line", () => {
    const text = formatDiagnostic({
      severity: "warning",
      rule: "invalid-json",
      file: "connectors/sources/a\u001b]0;title\u0007.json",
      pointer: "/properties/b\u001b[2J",
      connector: "sources/a\nwarning [forged] line",
      field: "f",
      message: "bad\r\u009b31m",
    });
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(text).toContain("a\\u001b]0;title\\u0007.json");
    expect(text).toContain("sources/a\\u000awarning [forged] line");
  });

  it("a connector file named with ESC and a newline is warned about on one line", async () => {
    dir = await tempDir();
    await mkdir(join(dir, "connectors/sources"), { recursive: true });
    await cp(resolve(import.meta.dirname, "cases/diff/json-schema/base/openapi.json"), join(dir, "openapi.json"));
    await writeFile(join(dir, "connectors/sources/ok.json"), '{"type":"object","properties":{}}');
    await writeFile(join(dir, "connectors/sources/ev\u001b[31mil\nFAKE.json"), '{"type":');
    const { warnings } = await buildIr(
      {
        name: "demo",
        dialect: "json-schema",
        snapshot: dir,
        out: join(dir, "out"),
        snapshotDir: dir,
        outDir: join(dir, "out"),
        kinds: { sources: { connectorProperty: "connector" } },
      },
      { cache: false },
    );
    const lines = warnings.map(formatDiagnostic);
    expect(lines.some((l) => l.includes("ev\\u001b[31mil\\u000aFAKE"))).toBe(true);
    for (const l of lines) expect(l).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
