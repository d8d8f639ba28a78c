// The name lock: authoring keys stay what they were across runs, even when a
// new property would take a disambiguated name. Runs the pipeline over a
// union-layout snapshot into a temporary output directory, twice.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ResolvedProvider } from "../generator/config/config.js";
import {
  applyNameLock,
  parseNameLock,
  readNameLockText,
  reassignKeys,
  type Sibling,
} from "../generator/ir/apply-name-lock.js";
import { Diagnostics } from "../generator/ir/diagnostics.js";
import { run } from "../generator/pipeline.js";
import { emitNameLock } from "../generator/emit/name-lock.js";
import { removeDir, tempDir } from "./helpers.js";

type Obj = Record<string, unknown>;

function document(properties: Obj): Obj {
  const member = {
    title: "Demo",
    type: "object",
    required: ["sourceType"],
    properties: { sourceType: { type: "string", const: "demo" }, ...properties },
  };
  return {
    openapi: "3.1.0",
    info: { title: "lock", version: "1" },
    paths: {
      "/v1/sources": {
        post: {
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name", "configuration"],
                  properties: {
                    name: { type: "string" },
                    configuration: { oneOf: [{ $ref: "#/components/schemas/demo" }] },
                  },
                },
              },
            },
          },
          responses: { "200": { description: "OK" } },
        },
      },
      "/v1/sources/{id}": {
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        put: {
          requestBody: {
            content: {
              "application/json": { schema: { type: "object", properties: { configuration: { type: "object" } } } },
            },
          },
          responses: { "200": { description: "OK" } },
        },
      },
    },
    components: { schemas: { demo: member } },
  };
}

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-lock-");
});
afterAll(() => removeDir(work));

let counter = 0;
async function provider(): Promise<ResolvedProvider> {
  const dir = join(work, `p${counter++}`);
  const snapshotDir = join(dir, "snapshot");
  await mkdir(snapshotDir, { recursive: true });
  const outDir = join(dir, "out");
  return {
    name: "lock",
    dialect: "union",
    snapshot: snapshotDir,
    out: outDir,
    snapshotDir,
    outDir,
    kinds: { sources: { configProperty: "configuration" } },
  };
}

const setSnapshot = (p: ResolvedProvider, properties: Obj) =>
  writeFile(join(p.snapshotDir, "openapi.json"), JSON.stringify(document(properties), null, 1));

interface LockFile {
  connectors: Record<string, { typeName: string; keys: Record<string, string> }>;
}
const readLock = async (p: ResolvedProvider) =>
  JSON.parse(await readFile(join(p.outDir, "names.lock.json"), "utf8")) as LockFile;

const keysOf = (result: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(result.ir.connectors[0]!.fields.map((f) => [f.wireKey, f.key]));

const str = { type: "string" };
const tunnel = (properties: Obj) => ({ type: "object", properties });

describe("name lock across runs", () => {
  it("keeps a locked key when a new property would take it, and warns", async () => {
    const p = await provider();
    await setSnapshot(p, { foo_bar: str, tunnel: tunnel({ ssh_port: str }) });
    await run(p, "write", { cache: false });
    expect((await readLock(p)).connectors["sources/demo"]).toEqual({
      typeName: "DemoSource",
      keys: { foo_bar: "fooBar", tunnel: "tunnel", "tunnel/ssh_port": "sshPort" },
    });

    // Without a lock the new, earlier property takes `fooBar` (and `sshPort` inside tunnel).
    const changed = { "foo-bar": str, foo_bar: str, tunnel: tunnel({ "ssh-port": str, ssh_port: str }) };
    const fresh = await provider();
    await setSnapshot(fresh, changed);
    // Cached: the same snapshot and settings, so only the lock in the cache key keeps the next run from reusing this IR.
    const unlocked = await run(fresh, "write");
    expect(keysOf(unlocked)).toMatchObject({ "foo-bar": "fooBar", foo_bar: "fooBar2" });

    await setSnapshot(p, changed);
    const locked = await run(p, "write");
    expect(keysOf(locked)).toMatchObject({ "foo-bar": "fooBar2", foo_bar: "fooBar" });
    const lockWarnings = locked.warnings.filter((w) => w.rule === "name-lock");
    expect(lockWarnings.map((w) => [w.file, w.connector, w.field])).toEqual([
      ["names.lock.json", "sources/demo", "foo_bar"],
      ["names.lock.json", "sources/demo", "tunnel/ssh_port"],
    ]);
    expect((await readLock(p)).connectors["sources/demo"]!.keys).toEqual({
      "foo-bar": "fooBar2",
      foo_bar: "fooBar",
      tunnel: "tunnel",
      "tunnel/ssh-port": "sshPort2",
      "tunnel/ssh_port": "sshPort",
    });
    // The generated module authors the locked names.
    const module = await readFile(join(p.outDir, "sources/demo.gen.ts"), "utf8");
    expect(module).toMatch(/fooBar2\?: string/);
    // A cached run reads the lock too: the same keys come back.
    expect(keysOf(await run(p, "write"))).toEqual(keysOf(locked));
    expect(keysOf(await run(p, "write"))).toEqual(keysOf(locked));
  });

  it("drops the entry of a wire key that disappeared", async () => {
    const p = await provider();
    await setSnapshot(p, { foo_bar: str, gone: str });
    await run(p, "write", { cache: false });
    expect(Object.keys((await readLock(p)).connectors["sources/demo"]!.keys)).toEqual(["foo_bar", "gone"]);
    await setSnapshot(p, { foo_bar: str });
    await run(p, "write", { cache: false });
    expect((await readLock(p)).connectors["sources/demo"]!.keys).toEqual({ foo_bar: "fooBar" });
  });

  it("check mode reports a stale lock like any other file", async () => {
    const p = await provider();
    await setSnapshot(p, { foo_bar: str });
    await run(p, "write", { cache: false });
    expect((await run(p, "check", { cache: false })).stale).toEqual([]);
    const file = join(p.outDir, "names.lock.json");
    const lock = JSON.parse(await readFile(file, "utf8")) as LockFile;
    lock.connectors["sources/demo"]!.keys["old_key"] = "oldKey";
    await writeFile(file, `${JSON.stringify(lock, null, 2)}\n`);
    const stale = (await run(p, "check", { cache: false })).stale;
    expect(stale.map((s) => s.path)).toEqual(["names.lock.json"]);
  });

  it("an invalid lock is ignored with a warning", async () => {
    const p = await provider();
    await setSnapshot(p, { foo_bar: str });
    await run(p, "write", { cache: false });
    await writeFile(join(p.outDir, "names.lock.json"), "{ not json");
    const result = await run(p, "write", { cache: false });
    expect(result.warnings.filter((w) => w.rule === "name-lock-invalid").map((w) => w.file)).toEqual([
      "names.lock.json",
    ]);
    expect((await readLock(p)).connectors["sources/demo"]!.keys).toEqual({ foo_bar: "fooBar" });
  });
});

describe("reading the lock", () => {
  it("no lock: no warning; a lock that cannot be read: a warning", async () => {
    const dir = await tempDir("codegen-lock-read-");
    try {
      const none = new Diagnostics();
      expect(await readNameLockText(dir, none)).toBeUndefined();
      expect(none.items).toEqual([]);
      await mkdir(join(dir, "names.lock.json"));
      const unreadable = new Diagnostics();
      expect(await readNameLockText(dir, unreadable)).toBeUndefined();
      expect(unreadable.warnings.map((w) => [w.rule, w.file])).toEqual([["name-lock-invalid", "names.lock.json"]]);
    } finally {
      await removeDir(dir);
    }
  });
});

describe("reassignKeys", () => {
  const rows: {
    name: string;
    given: { siblings: Sibling[]; locked: Record<string, string>; fixed?: string[] };
    want: string[];
  }[] = [
    {
      name: "no lock entries: keys unchanged",
      given: { siblings: [{ wireKey: "a_b", key: "aB" }], locked: {} },
      want: ["aB"],
    },
    {
      name: "a locked key taken by a new sibling: swapped",
      given: {
        siblings: [
          { wireKey: "foo-bar", key: "fooBar" },
          { wireKey: "foo_bar", key: "fooBar2" },
        ],
        locked: { foo_bar: "fooBar" },
      },
      want: ["fooBar2", "fooBar"],
    },
    {
      name: "the displaced sibling takes the next free name",
      given: {
        siblings: [
          { wireKey: "foo-bar", key: "fooBar" },
          { wireKey: "foo_bar", key: "fooBar2" },
          { wireKey: "foo.bar", key: "fooBar3" },
        ],
        locked: { foo_bar: "fooBar", "foo.bar": "fooBar2" },
      },
      want: ["fooBar3", "fooBar", "fooBar2"],
    },
    {
      name: "two lock entries claiming one key: the first sibling wins",
      given: {
        siblings: [
          { wireKey: "x", key: "x" },
          { wireKey: "y", key: "y" },
        ],
        locked: { x: "z", y: "z" },
      },
      want: ["z", "y"],
    },
    {
      name: "a locked key that is no identifier is ignored",
      given: { siblings: [{ wireKey: "a", key: "a" }], locked: { a: "1 bad" } },
      want: ["a"],
    },
    {
      name: "a config rename wins over the lock",
      given: {
        siblings: [
          { wireKey: "host_name", key: "server" },
          { wireKey: "server", key: "server2" },
        ],
        locked: { host_name: "hostName", server: "server" },
        fixed: ["host_name"],
      },
      want: ["server", "server2"],
    },
  ];
  it.each(rows)("$name", ({ given, want }) => {
    const got = reassignKeys(given.siblings, new Map(Object.entries(given.locked)), [], new Set(given.fixed ?? []));
    expect(got).toEqual(want);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe("applyNameLock", () => {
  it("renames condition keys with the fields they name", () => {
    const diags = new Diagnostics();
    const lock = parseNameLock(JSON.stringify({ connectors: { "sources/s": { keys: { mode: "kind" } } } }), diags)!;
    const source = { file: "f", pointer: "" };
    const [c] = applyNameLock(
      [
        {
          kind: "sources",
          code: "s",
          displayName: "S",
          comingSoon: false,
          serverKeys: [],
          source,
          fields: [
            {
              key: "mode",
              wireKey: "mode",
              type: { type: "string" },
              required: false,
              secret: false,
              setOnce: false,
              source,
            },
            {
              key: "host",
              wireKey: "host",
              type: { type: "string" },
              required: false,
              requiredWhen: [{ key: "mode", wireKey: "mode", op: "eq", value: "a" }],
              secret: false,
              setOnce: false,
              source,
            },
          ],
        },
      ],
      lock,
      diags,
    );
    expect(c!.fields.map((f) => f.key)).toEqual(["kind", "host"]);
    expect(c!.fields[1]!.requiredWhen![0]!.key).toBe("kind");
    expect(diags.warnings.map((w) => w.rule)).toEqual(["name-lock"]);
  });
});

describe("emitNameLock", () => {
  it("leaves out a path whose union variants give different keys", () => {
    const source = { file: "f", pointer: "" };
    const field = (wireKey: string, key: string) => ({
      key,
      wireKey,
      type: { type: "string" as const },
      required: false,
      secret: false,
      setOnce: false,
      source,
    });
    const variant = (...fields: ReturnType<typeof field>[]) => ({
      type: "object" as const,
      fields,
      additionalProperties: false as const,
    });
    const file = emitNameLock({
      provider: "p",
      kinds: [],
      connectors: [
        {
          kind: "sources",
          code: "s",
          displayName: "S",
          comingSoon: false,
          serverKeys: [],
          source,
          fields: [
            {
              ...field("auth", "auth"),
              type: {
                type: "union",
                variants: [
                  variant(field("foo-bar", "fooBar"), field("foo_bar", "fooBar2"), field("a/b", "aB")),
                  variant(field("foo_bar", "fooBar"), field("a/b", "aB")),
                ],
              },
            },
          ],
        },
      ],
    });
    expect((JSON.parse(file.content) as LockFile).connectors["sources/s"]).toEqual({
      typeName: "SSource",
      keys: { auth: "auth", "auth/a~1b": "aB", "auth/foo-bar": "fooBar" },
    });
  });
});
