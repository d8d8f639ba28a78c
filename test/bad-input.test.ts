// Bad input of the whole run (unparseable JSON, a broken OpenAPI envelope, a
// name collision) stops the run with an error naming file, connector and field,
// and leaves the output directory exactly as it was. One odd connector never
// fails the provider: it gets a warning with file#pointer and is left out, and
// the rest generates.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodegenError, type Diagnostic } from "../generator/ir/diagnostics.js";
import { run } from "../generator/pipeline.js";
import { copySnapshot, providerFor, readTree, removeDir, tempDir } from "./helpers.js";

type Entry = Record<string, unknown>;
const DEMO = "connectors/sources/demo-db.json";

let outDir: string;
let before: Record<string, string>;
const cleanup: string[] = [];

beforeAll(async () => {
  const good = await copySnapshot();
  const parent = await tempDir();
  outDir = join(parent, "out");
  cleanup.push(good, parent);
  await run(providerFor(good, outDir), "write");
  before = await readTree(outDir);
});
afterAll(async () => {
  await Promise.all(cleanup.map(removeDir));
});

/** Runs the pipeline on a broken copy of the basic snapshot; returns the error. */
async function failWith(breakIt: (dir: string) => Promise<void>): Promise<CodegenError> {
  const dir = await copySnapshot();
  cleanup.push(dir);
  await breakIt(dir);
  const error = await run(providerFor(dir, outDir), "write").then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  expect(await readTree(outDir)).toEqual(before);
  return error as CodegenError;
}

/**
 * Runs the pipeline on a broken copy of the basic snapshot into a fresh output
 * directory; expects the run to succeed without the demo connector and returns
 * the demo connector's warnings.
 */
async function leftOut(breakIt: (dir: string) => Promise<void>): Promise<Diagnostic[]> {
  const dir = await copySnapshot();
  const parent = await tempDir();
  cleanup.push(dir, parent);
  await breakIt(dir);
  const out = join(parent, "out");
  const result = await run(providerFor(dir, out), "write");
  expect(result.ir.connectors.map((c) => `${c.kind}/${c.code}`)).toEqual(["destinations/sink"]);
  const written = Object.keys(await readTree(out));
  expect(written).toContain("destinations/sink.gen.ts");
  expect(written.filter((p) => p.includes("demo-db"))).toEqual([]);
  const mine = result.warnings.filter((w) => w.connector === "sources/demo-db");
  expect(mine.filter((w) => !w.message.endsWith("; this connector is left out"))).toEqual([]);
  return mine;
}

async function editEntries(dir: string, edit: (entries: Entry[]) => void): Promise<void> {
  const path = join(dir, DEMO);
  const doc = JSON.parse(await readFile(path, "utf8")) as { config: Entry[] };
  edit(doc.config);
  await writeFile(path, JSON.stringify(doc, null, 2));
}

const byName = (entries: Entry[], name: string) => entries.find((e) => e.name === name)!;

describe("bad input", () => {
  it("invalid JSON in a connector's file: that connector left out, naming the file, line, column and pointer", async () => {
    const warnings = await leftOut((dir) =>
      writeFile(join(dir, DEMO), '{\n  "config": [\n    { "name": "a", }\n  ]\n}'),
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: "warning",
        rule: "invalid-json",
        file: DEMO,
        connector: "sources/demo-db",
        pointer: "/config/0/name",
        message:
          'invalid JSON expected a property name in double quotes, got "}" at line 3, column 20 (/config/0/name); this connector is left out',
      }),
    ]);
  });

  it("invalid JSON in the OpenAPI document names the file, line and column", async () => {
    const error = await failWith((dir) => writeFile(join(dir, "openapi.json"), '{\n  "paths": {,}\n}'));
    expect(error.message).toContain("openapi.json");
    expect(error.message).toMatch(/line 2, column \d+/);
    expect(error.diagnostics[0]?.rule).toBe("invalid-json");
  });

  it("an unknown control type", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        (byName(e, "tasks.max").value as Entry).control = "spinner";
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        rule: "unknown-control",
        file: DEMO,
        connector: "sources/demo-db",
        field: "tasks.max",
        pointer: "/config/6/value/control",
      }),
    );
    expect(warnings.map((w) => w.message).join("\n")).toContain('"spinner"');
  });

  it("duplicate wire keys", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        e.push({ ...byName(e, "tasks.max") });
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "duplicate-wire-key",
        file: DEMO,
        connector: "sources/demo-db",
        field: "tasks.max",
        pointer: "/config/17/name",
      }),
    );
    expect(warnings.map((w) => w.message).join("\n")).toContain("/config/6");
  });

  it("two wire keys that map to the same authoring key: the later one suffixed, warned, the connector kept", async () => {
    const dir = await copySnapshot();
    const parent = await tempDir();
    cleanup.push(dir, parent);
    await editEntries(dir, (e) => {
      e.push({ name: "tasks_max", user_defined: true, value: { control: "number", type: "raw" } });
    });
    const result = await run(providerFor(dir, join(parent, "out")), "write");
    const demo = result.ir.connectors.find((c) => `${c.kind}/${c.code}` === "sources/demo-db");
    expect(demo?.fields.filter((f) => f.key.startsWith("tasksMax")).map((f) => [f.wireKey, f.key])).toEqual([
      ["tasks.max", "tasksMax"],
      ["tasks_max", "tasksMax2"],
    ]);
    expect(result.warnings).toContainEqual(
      expect.objectContaining({
        rule: "authoring-key-collision",
        file: DEMO,
        pointer: "/config/17/name",
        connector: "sources/demo-db",
        field: "tasks_max",
        message:
          'wire keys "tasks.max" and "tasks_max" both map to authoring key "tasksMax"; "tasks_max" is authored as "tasksMax2"',
      }),
    );
  });

  it("a required field without a name: that connector left out", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        delete byName(e, "database.dbname").name;
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "unnamed-field",
        file: DEMO,
        pointer: "/config/4/name",
        connector: "sources/demo-db",
      }),
    );
  });

  it("an optional field without a name: that field left out, warned; the connector generates", async () => {
    const dir = await copySnapshot();
    const parent = await tempDir();
    cleanup.push(dir, parent);
    await editEntries(dir, (e) => {
      delete byName(e, "tasks.max").name;
    });
    const result = await run(providerFor(dir, join(parent, "out")), "write");
    const demo = result.ir.connectors.find((c) => c.code === "demo-db")!;
    expect(demo.fields.map((f) => f.wireKey)).not.toContain("tasks.max");
    expect(demo.fields.length).toBeGreaterThan(0);
    expect(result.warnings.filter((w) => w.connector === "sources/demo-db")).toEqual([
      expect.objectContaining({
        severity: "warning",
        rule: "unnamed-field",
        file: DEMO,
        pointer: "/config/6/name",
        message: "field entry has no name, so no key can be sent for it; this field is left out",
      }),
    ]);
  });

  it("a condition that names a missing field", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        (byName(e, "ssh.host").conditions as Entry[])[0]!.config = "ssh.enable";
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "condition-missing-field",
        file: DEMO,
        connector: "sources/demo-db",
        field: "ssh.host",
        pointer: "/config/12/conditions/0/config",
      }),
    );
    expect(warnings.map((w) => w.message).join("\n")).toContain('"ssh.enable"');
  });

  it("an unknown condition operator", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        (byName(e, "ssh.host").conditions as Entry[])[0]!.operator = "GT";
      }),
    );
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "unknown-operator",
        file: DEMO,
        pointer: "/config/12/conditions/0/operator",
        connector: "sources/demo-db",
        field: "ssh.host",
      }),
    );
  });

  it("a connector file that is not a field list", async () => {
    const warnings = await leftOut((dir) => writeFile(join(dir, DEMO), JSON.stringify({ properties: {} })));
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "invalid-connector-schema",
        file: DEMO,
        pointer: "/config",
        connector: "sources/demo-db",
      }),
    );
  });

  it("a kind with no create operation in the OpenAPI document", async () => {
    const error = await failWith(async (dir) => {
      const path = join(dir, "openapi.json");
      const doc = JSON.parse(await readFile(path, "utf8")) as { paths: Record<string, unknown> };
      delete doc.paths["/v2/destinations"];
      await writeFile(path, JSON.stringify(doc));
    });
    expect(error.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "no-create-operation", file: "openapi.json" }),
    );
  });

  it("reports every problem of a left-out connector at once", async () => {
    const warnings = await leftOut((dir) =>
      editEntries(dir, (e) => {
        (byName(e, "tasks.max").value as Entry).control = "spinner";
        // Required, so no config could be sent without the key it lacks; conditions naming it name nothing.
        byName(e, "ssh.enabled").required = true;
        delete byName(e, "ssh.enabled").name;
      }),
    );
    expect(warnings.map((d) => d.rule).sort()).toEqual([
      "condition-missing-field",
      "condition-missing-field",
      "condition-missing-field",
      "condition-missing-field",
      "unknown-control",
      "unnamed-field",
    ]);
  });

  it("two connectors whose names collide as identifiers", async () => {
    const error = await failWith(async (dir) => {
      const text = await readFile(join(dir, DEMO), "utf8");
      await writeFile(join(dir, "connectors/sources/demo_db.json"), text);
    });
    expect(error.diagnostics).toContainEqual(
      expect.objectContaining({ rule: "name-collision", connector: "sources/demo_db" }),
    );
  });
});
