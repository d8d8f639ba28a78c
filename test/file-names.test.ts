// Output file names end to end: connector codes that are hostile file names
// (newline, <, ", a device name) and codes that differ only in case, through
// the real pipeline. Every written path must be Windows-safe and unique
// without case.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir, tempDir } from "./helpers.js";
import { listFiles } from "../generator/output/write.js";

const windowsSafe = (segment: string) =>
  segment.length > 0 &&
  !/[<>:"/\\|?*\u0000-\u001f]/.test(segment) &&
  !/[. ]$/.test(segment) &&
  !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(segment);

let work: string;
let snapshot: string;
beforeAll(async () => {
  work = await tempDir("codegen-file-names-");
  snapshot = await copySnapshot();
  const demo = join(snapshot, "connectors/sources/demo-db.json");
  const text = await readFile(demo, "utf8");
  // Codes come from file names in this dialect: these are legal on Linux.
  for (const code of ['odd\n<db>"', "nul", "DEMO-DB"]) {
    await writeFile(
      join(snapshot, "connectors/sources", `${code}.json`),
      text.replaceAll('"demo-db"', JSON.stringify(code)),
    );
  }
});
afterAll(async () => {
  await removeDir(work);
  await removeDir(snapshot);
});

describe("output file names", () => {
  it("hostile codes give Windows-safe names everywhere; codes differing in case leave one out with a warning", async () => {
    const out = join(work, "out");
    const result = await run(providerFor(snapshot, out), "write", { cache: false });
    const codes = result.ir.connectors.map((c) => `${c.kind}/${c.code}`);
    expect(codes).toContain('sources/odd\n<db>"');
    expect(codes).toContain("sources/nul");
    expect(codes).toContain("sources/DEMO-DB");
    expect(codes).not.toContain("sources/demo-db");
    const warning = result.warnings.find((w) => w.rule === "file-name-collision");
    expect(warning?.connector).toBe("sources/demo-db");
    expect(warning?.message).toContain("sources/DEMO-DB");
    const paths = await listFiles(out);
    for (const path of paths) for (const segment of path.split("/")) expect(windowsSafe(segment), path).toBe(true);
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(paths).toEqual(
      expect.arrayContaining([
        "sources/odd__db__.gen.ts",
        "dist/sources/odd__db__.gen.js",
        "docs/sources/odd__db__.md",
        "schemas/sources/odd__db__.config.schema.json",
        "schemas/sources/_nul.wire.schema.json",
      ]),
    );
    // Links name the sanitized files; the config-file schema holds every connector's schema itself.
    expect(await readFile(join(out, "docs/README.md"), "utf8")).toContain("(./sources/odd__db__.md)");
    const configFile = JSON.parse(await readFile(join(out, "schemas/config-file.schema.json"), "utf8")) as {
      $defs: Record<string, unknown>;
    };
    expect(Object.keys(configFile.$defs).some((name) => name.startsWith("sources/odd"))).toBe(true);
  }, 300_000);
});
