// Schema evolution: `npm run codegen -- diff`. Each folder of test/cases/diff
// is a pair of snapshots (base/, head/) and a case.json (provider settings,
// the diff settings, the expected semver advice and exit status per
// --fail-on); its expected/ holds the report in every format (golden files,
// update with `npx vitest run test/diff.test.ts -u` and review the diff).

import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { loadConfig } from "../generator/config/config.js";
import { buildIr } from "../generator/pipeline.js";
import { startEmulator } from "../scripts/emulator.js";
import { chmod, cp, lstat, mkdir, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import fc from "fast-check";
import semver from "semver";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ProviderConfig, ResolvedProvider } from "../generator/config/config.js";
import { diffCommand } from "../generator/commands/diff-command.js";
import { migrateCommand } from "../generator/commands/migrate-command.js";
import {
  bumpVersion,
  changelogEntry,
  markedTopEntry,
  planBump,
  prependChangelog,
  replaceTopEntry,
  setConfigVersion,
} from "../generator/diff/bump.js";
import { diffIrs, type SnapshotDiff, diffSnapshots, policyOf, sameLeftOutIn } from "../generator/diff/diff.js";
import { snapshotAtRevision } from "../generator/diff/git-snapshot.js";
import {
  applyPolicy,
  checkSeverityOverrides,
  parseIgnoreFile,
  type DiffPolicy,
  type IgnoreEntry,
} from "../generator/diff/policy.js";
import { Diagnostics } from "../generator/ir/diagnostics.js";
import { readNameLockText } from "../generator/ir/apply-name-lock.js";
import {
  DIFF_FORMATS,
  formatReport,
  githubData,
  githubProperty,
  markdownCell,
  xml,
  type DiffFormat,
} from "../generator/diff/format.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { RULE_IDS, RULES, type ChangeSeverity, type RuleId, type SemverBump } from "../generator/diff/rules.js";
import { removeDir, tempDir, unionProvider } from "./helpers.js";
import { syntheticDocument } from "../scripts/synthetic-corpus.js";
import { diffIr, type Change } from "../generator/diff/compare.js";
import type { IrConnector, IrField, IrProvider } from "../generator/ir/ir.js";

const casesDir = resolve(import.meta.dirname, "cases/diff");
const cases = readdirSync(casesDir).sort();
const EXT: Record<DiffFormat, string> = {
  text: "txt",
  markdown: "md",
  json: "json",
  github: "github.txt",
  junit: "junit.xml",
};

interface CaseFile extends Partial<ProviderConfig> {
  expect: { semver: SemverBump; exit: Record<ChangeSeverity, 0 | 1> };
}

function readCase(name: string): {
  provider: ResolvedProvider;
  expected: CaseFile["expect"];
  settings: Partial<ProviderConfig>;
} {
  const { expect: expected, ...settings } = JSON.parse(
    readFileSync(join(casesDir, name, "case.json"), "utf8"),
  ) as CaseFile;
  const head = join(casesDir, name, "head");
  const provider: ResolvedProvider = {
    name: "demo",
    dialect: "field-list",
    kinds: {},
    ...settings,
    snapshot: head,
    out: "/nonexistent",
    snapshotDir: head,
    outDir: "/nonexistent",
    ...(settings.diff?.ignore !== undefined ? { diffIgnoreFile: join(casesDir, name, settings.diff.ignore) } : {}),
  };
  return { provider, expected, settings };
}

/** What the command printed and returned, run in-process. */
async function runCommand(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const log = vi.spyOn(console, "log").mockImplementation((...args) => {
    stdout += `${args.join(" ")}\n`;
  });
  const err = vi.spyOn(console, "error").mockImplementation((...args) => {
    stderr += `${args.map(String).join(" ")}\n`;
  });
  try {
    return { code: await diffCommand(argv), stdout, stderr };
  } finally {
    out.mockRestore();
    log.mockRestore();
    err.mockRestore();
  }
}

let work: string;
beforeAll(async () => {
  work = await tempDir("codegen-diff-test-");
});
afterAll(async () => {
  await removeDir(work);
});

/** A config file for the command, with the case's settings and absolute paths. */
async function configFor(name: string, settings: Partial<ProviderConfig>): Promise<string> {
  const file = join(work, `${name}.config.mjs`);
  const diff = settings.diff?.ignore
    ? { ...settings.diff, ignore: join(casesDir, name, settings.diff.ignore) }
    : settings.diff;
  const provider = {
    name: "demo",
    ...settings,
    ...(diff ? { diff } : {}),
    snapshot: join(casesDir, name, "head"),
    out: join(work, "out"),
  };
  await writeFile(file, `export default ${JSON.stringify({ providers: [provider] })};\n`);
  return file;
}

describe.each(cases)("diff: cases/diff/%s", (name) => {
  const { provider, expected, settings } = readCase(name);
  const diff = diffSnapshots(provider, join(casesDir, name, "base"), join(casesDir, name, "head"), { cache: false });

  it.each(DIFF_FORMATS)("format %s", async (format) => {
    const report = await diff;
    const text = formatReport(report, format, { fileOf: (c) => `schemas/demo/${report.files.get(c) ?? "?"}` });
    await expect(text).toMatchFileSnapshot(`cases/diff/${name}/expected/report.${EXT[format]}`);
  });

  it("comparing only the connectors whose inputs or IR text differ reports what comparing whole IRs does", async () => {
    const built = (dir: string) => buildIr({ ...provider, snapshotDir: dir }, { cache: false });
    const [base, head] = [join(casesDir, name, "base"), join(casesDir, name, "head")];
    const [baseBuilt, headBuilt] = [await built(base), await built(head)];
    const { files: wholeFiles, ...whole } = diffIrs(provider, baseBuilt.ir, headBuilt.ir, await policyOf(provider), {
      headWarnings: headBuilt.warnings,
      baseWarnings: baseBuilt.warnings,
      // What the command knows of connectors left out in both: whether their files changed.
      sameLeftOut: await sameLeftOutIn(base, head, baseBuilt.warnings, headBuilt.warnings),
    });
    // The whole IRs know no file for a connector they leave out; the inputs do. The base's hash is the snapshots'.
    const same = ({ files, baseHash, ...rest }: SnapshotDiff) => {
      expect(baseHash()).toMatch(/^[0-9a-f]{64}$/);
      expect(rest).toEqual(whole);
      for (const [id, file] of wholeFiles) expect(files.get(id)).toBe(file);
    };
    same(await diff); // no cache: only the connectors whose inputs differ are built
    await buildIr({ ...provider, snapshotDir: base }, { cache: true }); // fills the cache
    await buildIr({ ...provider, snapshotDir: head }, { cache: true });
    same(await diffSnapshots(provider, base, head, { cache: true })); // from the cache
  });

  it(`advises ${expected.semver}`, async () => {
    expect((await diff).semver).toBe(expected.semver);
  });

  it.each(["breaking", "warning", "info"] as const)("exit status with --fail-on %s", async (failOn) => {
    const config = await configFor(name, settings);
    const base = join(casesDir, name, "base");
    const result = await runCommand([
      "--provider",
      "demo",
      "--base",
      base,
      "--config",
      config,
      "--fail-on",
      failOn,
      "--format",
      "json",
      "--no-cache",
    ]);
    expect(result.code, result.stderr).toBe(expected.exit[failOn]);
    // The command prints what the library reports.
    expect(result.stdout).toBe(formatReport(await diff, "json"));
  });
});

describe("a connector left out of both snapshots", () => {
  const leftOut = (file: string) => ({
    severity: "warning" as const,
    rule: "json-parse",
    file,
    connector: "sources/x",
    message: "duplicate key; this connector is left out",
  });
  const given = async (files: Record<string, [string | undefined, string | undefined]>) => {
    const [base, head] = [join(work, "same-base"), join(work, "same-head")];
    await rm(base, { recursive: true, force: true });
    await rm(head, { recursive: true, force: true });
    for (const [name, [b, h]] of Object.entries(files)) {
      for (const [dir, text] of [
        [base, b],
        [head, h],
      ] as const)
        if (text !== undefined) {
          await mkdir(dirname(join(dir, name)), { recursive: true });
          await writeFile(join(dir, name), text);
        }
    }
    return { base, head };
  };
  const rows: { name: string; files: Record<string, [string | undefined, string | undefined]>; want: boolean }[] = [
    { name: "same bytes, same document", files: { "c/x.json": ["{", "{"], "openapi.json": ["{}", "{}"] }, want: true },
    { name: "its file changed", files: { "c/x.json": ["{", "{ "], "openapi.json": ["{}", "{}"] }, want: false },
    { name: "the document changed", files: { "c/x.json": ["{", "{"], "openapi.json": ["{}", "{ }"] }, want: false },
    { name: "its file is gone from one side", files: { "c/x.json": ["{", undefined] }, want: false },
  ];
  it.each(rows)("is no change only when its files have the same bytes: $name", async ({ files, want }) => {
    const { base, head } = await given(files);
    const same = await sameLeftOutIn(base, head, [leftOut("c/x.json")], [leftOut("c/x.json")]);
    expect(same.has("sources/x")).toBe(want);
  });
  it("in a union document, is compared by its input, with the cache or without: no change when only another member changed", async () => {
    const dir = await tempDir("codegen-left-out-both-");
    try {
      type Doc = { components: { schemas: Record<string, Record<string, unknown>> } };
      const doc = syntheticDocument(12, 1) as Doc;
      const schemas = doc.components.schemas;
      const [stuck, other] = Object.keys(schemas).filter((k) => k.startsWith("source-"));
      const code = (schemas[stuck!]!.properties as { sourceType: { const: string } }).sourceType.const;
      // A oneOf of several configs: its code is read, but it is left out of the generated code.
      schemas[stuck!] = {
        type: "object",
        properties: { sourceType: { type: "string", const: code } },
        oneOf: [
          { type: "object", properties: { a: { type: "string" } } },
          { type: "object", properties: { b: { type: "string" } } },
        ],
      };
      const write = async (name: string, edit: (d: Doc) => void) => {
        const copy = structuredClone(doc);
        edit(copy);
        await mkdir(join(dir, name), { recursive: true });
        await writeFile(join(dir, name, "openapi.json"), JSON.stringify(copy, null, 2));
        return join(dir, name);
      };
      const base = await write("base", () => {});
      const otherChanged = await write("other", (d) => {
        (d.components.schemas[other!]!.properties as Record<string, unknown>).added = { type: "string" };
      });
      const stuckChanged = await write("stuck", (d) => {
        (d.components.schemas[stuck!]!.oneOf as unknown[]).push({ type: "object", properties: { c: {} } });
      });
      const provider = unionProvider(join(dir, "base"), join(dir, "out"));
      for (const [head, want] of [
        [otherChanged, []],
        [stuckChanged, [[`sources/${code}`, "connector-not-compared"]]],
      ] as const)
        for (const cache of [false, true]) {
          if (cache)
            for (const snapshotDir of [base, head]) await buildIr({ ...provider, snapshotDir }, { cache: true });
          const d = await diffSnapshots(provider, base, head, { cache });
          const notCompared = d.changes.filter((c) => c.rule === "connector-not-compared");
          expect(
            notCompared.map((c) => [c.connector, c.rule]),
            `${head} cache ${cache}`,
          ).toEqual(want);
        }
    } finally {
      await removeDir(dir);
    }
  });
  it("a FIFO in its file's place on both sides is never read (a read would block), and is not the same", async () => {
    const { base, head } = await given({ "openapi.json": ["{}", "{}"] });
    for (const dir of [base, head]) {
      await mkdir(join(dir, "c"), { recursive: true });
      execFileSync("mkfifo", [join(dir, "c/x.json")]);
    }
    const same = await sameLeftOutIn(base, head, [leftOut("c/x.json")], [leftOut("c/x.json")]);
    expect(same.has("sources/x")).toBe(false);
  }, 15_000);
  it("a file named outside the snapshot folder is never the same", async () => {
    const { base, head } = await given({ "c/x.json": ["{", "{"] });
    await writeFile(join(work, "outside.json"), "{");
    const same = await sameLeftOutIn(base, head, [leftOut("../outside.json")], [leftOut("../outside.json")]);
    expect(same.has("sources/x")).toBe(false);
  });
});

describe("diff rules", () => {
  it("the cases cover every rule", async () => {
    const seen = new Set<string>();
    for (const name of cases) {
      const json = JSON.parse(await readFile(join(casesDir, name, "expected/report.json"), "utf8")) as {
        changes: { rule: string }[];
      };
      for (const c of json.changes) seen.add(c.rule);
    }
    expect([...seen].sort()).toEqual([...RULE_IDS].sort());
  });

  it("JSON output has the documented shape", async () => {
    const json = JSON.parse(await readFile(join(casesDir, "field-list/expected/report.json"), "utf8")) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)).toEqual(["semver", "changes"]);
    for (const c of json.changes as Record<string, unknown>[]) {
      expect(Object.keys(c).filter((k) => !["connector", "field", "rule", "severity", "message"].includes(k))).toEqual(
        [],
      );
      expect(c.connector).toMatch(/^[a-z]+\/[a-z-]+$/);
      expect(["breaking", "warning", "info"]).toContain(c.severity);
    }
  });

  it("a field that becomes required but has a default is no change for authors, only on the wire", async () => {
    const { provider } = readCase("field-list");
    const d = await diffSnapshots(provider, join(casesDir, "field-list/base"), join(casesDir, "field-list/head"), {
      cache: false,
    });
    expect(d.changes.filter((c) => c.field === "batch.size").map((c) => [c.rule, c.severity])).toEqual([
      ["required-with-default", "warning"],
    ]);
  });
});

describe("oneOf choices compared for shared values", () => {
  /** One connector whose one field is a oneOf of `n` string choices, each a list of values its own. */
  const irWith = (n: number): IrProvider => ({
    provider: "p",
    kinds: [],
    connectors: [
      {
        kind: "sources",
        code: "x",
        displayName: "x",
        comingSoon: false,
        fields: [
          {
            key: "f",
            wireKey: "f",
            type: {
              type: "union",
              exclusive: true,
              variants: Array.from({ length: n }, (_, i) => ({
                type: "string" as const,
                enum: Array.from({ length: 20 }, (_, k) => ({ value: `v${i}_${k}` })),
              })),
            },
            required: false,
            secret: false,
            setOnce: false,
            source: { file: "a.json", pointer: "/f" },
          },
        ],
        serverKeys: [],
        source: { file: "a.json", pointer: "" },
      },
    ],
  });
  const rulesOf = (changes: { rule: string }[]) => [...new Set(changes.map((c) => c.rule))].sort();

  it("choices whose lists of values do not meet share none: added is info", () => {
    const { changes } = diffIr(irWith(10), irWith(20));
    expect(changes).toHaveLength(10);
    expect(rulesOf(changes)).toEqual(["variant-added"]);
  });

  it("thousands of choices are compared within a bound: past it, a choice may share values (a warning)", () => {
    // 3,000 choices added beside 3,000: nine million pairs, each of 40 values, if all were compared.
    const { changes } = diffIr(irWith(3000), irWith(6000));
    expect(changes).toHaveLength(3000);
    expect(rulesOf(changes)).toContain("variant-added-may-overlap");
    expect(rulesOf(changes)).not.toContain("variant-added-overlapping");
  });
});

describe("a connector the head leaves out", () => {
  it.each([
    {
      name: "an unknown control",
      given: (text: string) => {
        const doc = JSON.parse(text) as { config: { value: { control: string } }[] };
        doc.config[0]!.value.control = "hologram";
        return JSON.stringify(doc);
      },
      want: /connectors\/sources\/demo-db\.json#\/config\/0\/value\/control: .*hologram.*; this connector is left out$/,
    },
    {
      name: "a file that is no longer JSON",
      given: (text: string) => text.replace('"config"', '"config" "config"'),
      want: /connectors\/sources\/demo-db\.json#\/config: invalid JSON .* at line \d+, column \d+ .*; this connector is left out$/,
    },
  ])(
    "($name) is breaking, and said to be left out of the generated code, with the warning's place, not removed",
    async ({ given, want }) => {
      const { provider } = readCase("field-list");
      const dir = await tempDir("codegen-left-out-");
      try {
        const head = join(dir, "head");
        await cp(join(casesDir, "field-list/head"), head, { recursive: true });
        const file = join(head, "connectors/sources/demo-db.json");
        await writeFile(file, given(await readFile(file, "utf8")));
        const base = join(casesDir, "field-list/base");
        for (const cache of [false, true]) {
          if (cache) {
            await buildIr({ ...provider, snapshotDir: base }, { cache: true });
            await buildIr({ ...provider, snapshotDir: head }, { cache: true });
          }
          const d = await diffSnapshots(provider, base, head, { cache });
          const removed = d.changes.filter((c) => c.connector === "sources/demo-db");
          expect(removed.map((c) => [c.rule, c.severity])).toEqual([["connector-removed", "breaking"]]);
          expect(removed[0]!.message).toMatch(
            /^connector "sources\/demo-db" \("Demo DB"\) is still in the snapshot but left out of the generated code: /,
          );
          expect(removed[0]!.message).toMatch(want);
        }
      } finally {
        await removeDir(dir);
      }
    },
  );
});

describe("a connector the base left out and the head generates", () => {
  it("is said to be generated now, not a new connector, and its changes since the base not compared, with why", async () => {
    const { provider } = readCase("field-list");
    const dir = await tempDir("codegen-left-out-base-");
    try {
      const base = join(dir, "base");
      await cp(join(casesDir, "field-list/base"), base, { recursive: true });
      const file = join(base, "connectors/sources/demo-db.json");
      const doc = JSON.parse(await readFile(file, "utf8")) as { config: { value: { control: string } }[] };
      doc.config[0]!.value.control = "hologram";
      await writeFile(file, JSON.stringify(doc));
      const head = join(casesDir, "field-list/head");
      for (const cache of [false, true]) {
        if (cache) {
          await buildIr({ ...provider, snapshotDir: base }, { cache: true });
          await buildIr({ ...provider, snapshotDir: head }, { cache: true });
        }
        const d = await diffSnapshots(provider, base, head, { cache });
        const added = d.changes.filter((c) => c.connector === "sources/demo-db");
        // Generated now, and what changed since the base unseen: a warning, as configs written by hand may break.
        expect(added.map((c) => [c.rule, c.severity])).toEqual([
          ["connector-added", "info"],
          ["connector-not-compared", "warning"],
        ]);
        expect(added[0]!.message).toBe(
          'connector "sources/demo-db" ("Demo DB") is generated now: the base snapshot had it, but its generated code left it out',
        );
        expect(added[1]!.message).toMatch(
          /^connector "sources\/demo-db" is left out of the base's generated code, so its changes since the base were not compared: connectors\/sources\/demo-db\.json#\/config\/0\/value\/control: .*hologram.*; this connector is left out$/,
        );
      }
    } finally {
      await removeDir(dir);
    }
  });
});

describe("snapshots with errors", () => {
  it.each([
    { name: "both", broken: ["base", "head"], named: "base" },
    { name: "the base only", broken: ["base"], named: "base" },
    { name: "the head only", broken: ["head"], named: "head" },
  ])(
    "broken $name: the base's errors are reported, else the head's, on one thread or two",
    async ({ broken, named }) => {
      const { provider } = readCase("field-list");
      const dir = await tempDir("codegen-diff-errors-");
      try {
        for (const side of ["base", "head"]) {
          await cp(join(casesDir, "field-list", side), join(dir, side), { recursive: true });
          if (broken.includes(side)) await writeFile(join(dir, side, "openapi.json"), '{"openapi": "3.0.0",');
        }
        const [base, head] = [join(dir, "base"), join(dir, "head")];
        for (const options of [{ cache: false }, { cache: false, parallelDiffFrom: 0 }]) {
          const error = await diffSnapshots(provider, base, head, options).then(
            () => undefined,
            (e: unknown) => e as Error,
          );
          expect(error?.message, JSON.stringify(options)).toContain(join(dir, named));
          expect(error?.message).not.toContain(join(dir, named === "base" ? "head" : "base"));
        }
      } finally {
        await removeDir(dir);
      }
    },
  );
});

describe("authoring-key-changed", () => {
  const name = "authoring-key";
  const [base, head] = [join(casesDir, name, "base"), join(casesDir, name, "head")];
  const fieldsBy = (changes: { rule: string; field?: string }[], rule: string) =>
    changes.filter((c) => c.rule === rule).map((c) => c.field);

  it("reports a kept wire key under a new authoring key, at any depth, and nothing else for it", async () => {
    const { provider } = readCase(name);
    const d = await diffSnapshots(provider, base, head, { cache: false });
    expect(fieldsBy(d.changes, "authoring-key-changed")).toEqual([
      "ssl.mode",
      "ssh.tunnel",
      "ssh.tunnel/user.name",
      "replicas[]/host.name",
    ]);
    // Both keys changing is a rename, declared or detected: reported as that alone.
    expect(fieldsBy(d.changes, "wire-key-renamed")).toEqual(["pass", "timeout.ms", "db.name"]);
    // A wire key renamed to one with the same authoring key is a rename too, that says so.
    expect(d.changes.find((c) => c.field === "db.name")?.message).toMatch(/; authoring key "dbName" unchanged$/);
    // ssl.cert's condition tests ssl.mode: same wire key, operator and value, so no change of its own.
    expect(fieldsBy(d.changes, "required-when-changed")).toEqual([]);
    const nested = d.changes.find((c) => c.field === "ssh.tunnel/user.name" && c.rule === "authoring-key-changed");
    expect(nested?.message).toBe(
      'authoring key "sshTunnel.userName" is now "sshTunnel2.userName2" (wire key "user.name" unchanged); "sshTunnel2.userName" now sets wire key "user_name"',
    );
  });

  describe("with a name lock", () => {
    const lock = async (dir: string, keys: Record<string, string>) => {
      await mkdir(dir, { recursive: true });
      await writeFile(
        join(dir, "names.lock.json"),
        `${JSON.stringify({ version: 1, connectors: { "sources/app": { typeName: "AppSource", keys } } })}\n`,
      );
      return dir;
    };
    const headLock = {
      "ssl.mode": "sslMode",
      ssl_mode: "sslMode2",
      "ssh.tunnel": "sshTunnel",
      ssh_tunnel: "sshTunnel2",
      "ssh.tunnel/user.name": "userName",
      "ssh.tunnel/user_name": "userName2",
      "replicas/host.name": "hostName",
      "replicas/host_name": "hostName2",
    };

    it("that keeps the old keys: no authoring key changes", async () => {
      const { provider } = readCase(name);
      const out = await lock(join(work, "lock-kept"), headLock);
      const d = await diffSnapshots({ ...provider, outDir: out }, base, head, { cache: false }, out);
      expect(fieldsBy(d.changes, "authoring-key-changed")).toEqual([]);
    });

    it("deleted since the base: every key the lock kept and naming gives otherwise is reported", async () => {
      const { provider } = readCase(name);
      const out = await lock(join(work, "lock-deleted"), headLock);
      const d = await diffSnapshots(provider, head, head, { cache: false }, out);
      expect(d.changes.map((c) => [c.rule, c.field])).toEqual(
        ["ssl_mode", "ssl.mode", "ssh_tunnel", "ssh.tunnel", "ssh.tunnel/user_name", "ssh.tunnel/user.name"]
          .concat(["replicas[]/host_name", "replicas[]/host.name"])
          .map((field) => ["authoring-key-changed", field]),
      );
      expect(d.changes[0]!.message).toBe(
        'authoring key "sslMode2" is now "sslMode" (wire key "ssl_mode" unchanged); "sslMode2" now sets wire key "ssl.mode"',
      );
      expect(d.semver).toBe("major");
    });
  });
});

describe("untrusted text in reports", () => {
  const given = "a|b `c` <d>&e\n| f | g |\r[x](javascript:y) **z** %0A ::error::w, p: q";

  it("a markdown cell holds no unescaped pipe, backtick, angle bracket or newline", () => {
    const cell = markdownCell(given);
    expect(cell).not.toMatch(/(^|[^\\])[|`]/);
    expect(cell).not.toMatch(/[<>\n\r]/);
    expect(cell).toContain("\\|");
  });

  it("a GitHub annotation stays one command: newlines and percent signs encoded, properties also , and :", () => {
    expect(githubData(given)).not.toMatch(/[\r\n]/);
    expect(githubData("%0A")).toBe("%250A");
    expect(githubProperty("a,b:c")).toBe("a%2Cb%3Ac");
  });

  it("XML text holds no markup and no character XML 1.0 forbids", () => {
    const text = xml(`${given}\u0001\u0000\ud800`);
    expect(text).not.toMatch(/[<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(text).toContain("&lt;d&gt;&amp;e");
  });

  it("no format but JSON lets through a character that acts instead of showing (controls, C1, bidi), on any text", () => {
    const acting = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (hostile) => {
        const report = {
          provider: "demo",
          semver: "major" as const,
          ignored: 0,
          changes: [
            {
              connector: `sources/${hostile}`,
              field: hostile,
              rule: "field-removed" as const,
              severity: "breaking" as const,
              message: hostile,
            },
          ],
        };
        for (const format of ["text", "markdown", "github", "junit"] as const) {
          const out = formatReport(report, format, { fileOf: () => hostile });
          expect(out, format).not.toMatch(acting);
          // One change is one line (text, markdown, github) or one testcase of three lines (junit).
          expect(out.split("\n").length, format).toBe({ text: 4, markdown: 8, github: 3, junit: 10 }[format]);
        }
      }),
      { numRuns: 300 },
    );
  });

  // What GitHub would link, it shows as text: each pattern escaped or split by an empty HTML comment.
  it.each([
    { given: "re-authenticate at https://evil.example/login", want: "re-authenticate at https\\://evil.example/login" },
    { given: "HTTP://EVIL.example ftp://x.y", want: "HTTP\\://EVIL.example ftp\\://x.y" },
    { given: "(www.evil.example) WWW.X.Y", want: "\\(www\\.evil.example\\) WWW\\.X.Y" },
    { given: "ask @octocat or @org/team", want: "ask \\@<!-- -->octocat or \\@<!-- -->org/team" },
    { given: "mail a.b+c@evil.example", want: "mail a.b+c\\@<!-- -->evil.example" },
    { given: "#12, owner/repo#34, GH-56", want: "\\#<!-- -->12, owner/repo\\#<!-- -->34, GH-<!-- -->56" },
    { given: "choice #a", want: "choice \\#a" },
    {
      given: "(deadbeefcafebabe1234567890abcdef12345678)",
      want: "\\(deadbe<!-- -->efcafe<!-- -->babe12<!-- -->345678<!-- -->90abcd<!-- -->ef1234<!-- -->5678\\)",
    },
    {
      given: "a5c3785 but not a5c378 or xa5c3785 or decade",
      want: "a5c378<!-- -->5 but not a5c378 or xa5c3785 or decade",
    },
  ])("a markdown cell keeps $given text", ({ given, want }) => {
    expect(markdownCell(given)).toBe(want);
  });

  it("the report and the changelog escape alike: neither links a URL, an address, a mention or a commit id", () => {
    const message = "see https://evil.example or www.evil.example, ask @octocat (#12, deadbeefcafe1)";
    const change = {
      connector: "sources/app",
      field: "region",
      rule: "doc-changed" as const,
      severity: "info" as const,
      message,
    };
    const cell = markdownCell(message);
    expect(cell).toBe(
      "see https\\://evil.example or www\\.evil.example, ask \\@<!-- -->octocat \\(\\#<!-- -->12, deadbe<!-- -->efcafe<!-- -->1\\)",
    );
    expect(formatReport({ provider: "p", semver: "patch", ignored: 0, changes: [change] }, "markdown")).toContain(cell);
    expect(changelogEntry("1.0.1", "patch", [{ provider: "p", changes: [change] }])).toContain(cell);
  });

  it("on any text, the cell reads as the text, and GitHub's autolinks and references find nothing in it", () => {
    const piece = fc.constantFrom(
      "https://",
      "HTTP://",
      "ftp://",
      "www.",
      "WwW.",
      "@",
      "#",
      "GH-",
      "gh-",
      "evil.example",
      "deadbeef",
      "cafe1234",
      "0",
      "7",
      "a",
      "g",
      " ",
      "(",
      "_",
      "\\",
      ":",
      "/",
      ".",
      "-",
      "&",
      "<",
    );
    const SPLIT = "<!-- -->";
    // The text each piece between two splits renders to: backslash escapes and entities read.
    const rendered = (md: string) =>
      md.replace(
        /\\([!-/:-@[-`{-~])|&(lt|gt|amp);/g,
        (_, c: string, e: string) => c ?? { lt: "<", gt: ">", amp: "&" }[e]!,
      );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 14 }).map((p) => p.join("")),
        (text) => {
          const cell = markdownCell(text);
          expect(rendered(cell.split(SPLIT).join(""))).toBe(text);
          // Read from the source by the markdown parser: a URL at an unescaped `:` before `//`, `www.` as written.
          expect(cell).not.toMatch(/(^|[^\\])(\\\\)*:\/\//);
          expect(cell).not.toMatch(/www\./i);
          // Read from the rendered text, a piece at a time: mentions and addresses, issues, commit ids.
          for (const part of cell.split(SPLIT).map(rendered)) {
            expect(part, cell).not.toMatch(/@./);
            expect(part, cell).not.toMatch(/#[0-9]|(^|[^0-9A-Za-z])GH-[0-9]/i);
            expect(part, cell).not.toMatch(/(^|[^0-9A-Za-z])[0-9a-f]{7,}($|[^0-9A-Za-z])/i);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("the hostile case's markdown table keeps five columns a row", async () => {
    const md = await readFile(join(casesDir, "hostile-text/expected/report.md"), "utf8");
    for (const row of md.split("\n").filter((l) => l.startsWith("| ")))
      expect(row.replace(/\\\|/g, "").split("|").length, row).toBe(7);
  });
});

describe("--fetch prints the classification in its change summary", () => {
  it("a fetch that brings the head snapshot over the base one lists every classified change", async () => {
    const root = resolve(import.meta.dirname, "..");
    const streamkap = (await loadConfig(join(root, "codegen.config.ts"))).find((p) => p.name === "streamkap")!;
    const token = "diff-test-token";
    const emulator = await startEmulator({
      provider: streamkap,
      token,
      snapshotDir: join(casesDir, "field-list/head"),
    });
    try {
      const snapshot = join(work, "fetch-snapshot");
      await cp(join(casesDir, "field-list/base"), snapshot, { recursive: true });
      const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
      const args = [
        "--fetch",
        "--check",
        "--provider",
        "streamkap",
        "--snapshot",
        snapshot,
        "--out",
        join(work, "fetch-out"),
      ];
      const result = await promisify(execFile)(
        process.execPath,
        [tsx, join(root, "generator/commands/cli.ts"), ...args],
        {
          cwd: root,
          env: { ...process.env, STREAMKAP_API_URL: emulator.url, STREAMKAP_TOKEN: token },
        },
      ).catch((e: { stdout: string; stderr: string }) => e);
      const expected = await readFile(join(casesDir, "field-list/expected/report.txt"), "utf8");
      expect(result.stdout).toContain(expected.split("\n").slice(1).join("\n").trimEnd());
      expect(result.stdout).toMatch(/streamkap: 27 change\(s\): 8 breaking, 8 warning, 11 info; semver: major/);
    } finally {
      await emulator.close();
    }
  });
});

describe("--check without --fetch classifies the snapshot's change since HEAD", () => {
  it("classifies when the work tree's snapshot differs from HEAD's, and says why not otherwise", async () => {
    const root = resolve(import.meta.dirname, "..");
    const tsx = resolve(root, "node_modules/tsx/dist/cli.mjs");
    const repo = await tempDir("codegen-check-repo-");
    try {
      const git = (...args: string[]) =>
        execFileSync(
          "git",
          ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
          { cwd: repo, stdio: "pipe" },
        );
      const codegen = (...args: string[]) =>
        promisify(execFile)(process.execPath, [tsx, join(root, "generator/commands/cli.ts"), ...args], {
          cwd: repo,
        }).then(
          (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
      const { settings } = readCase("field-list");
      await writeFile(
        join(repo, "codegen.config.mjs"),
        `export default ${JSON.stringify({ providers: [{ name: "demo", ...settings, snapshot: "schemas/demo", out: "out" }] })};\n`,
      );
      const snapshot = join(repo, "schemas/demo");
      await cp(join(casesDir, "field-list/base"), snapshot, { recursive: true });
      const args = ["--config", "codegen.config.mjs"];
      expect((await codegen(...args)).code).toBe(0);
      git("init", "-q");
      git("add", ".");
      git("commit", "-q", "-m", "generated");

      // The snapshot changed in the work tree: the classification of `diff --base HEAD`.
      await removeDir(snapshot);
      await cp(join(casesDir, "field-list/head"), snapshot, { recursive: true });
      const stale = await codegen(...args, "--check");
      expect(stale.code, stale.stderr).toBe(1);
      expect(stale.stderr).toContain("demo: out is stale");
      const expected = await readFile(join(casesDir, "field-list/expected/report.txt"), "utf8");
      expect(stale.stdout).toContain(`schema changes since HEAD:\n${expected.trimEnd()}`);

      // The snapshot as committed, the output edited: nothing to classify, and why.
      git("checkout", "-q", "--", "schemas");
      git("clean", "-q", "-f", "--", "schemas");
      await writeFile(join(repo, "out/manifest.json"), "{}\n");
      const edited = await codegen(...args, "--check");
      expect(edited.code).toBe(1);
      expect(edited.stdout).toContain(
        "demo: no schema change to classify: the snapshot is as committed at HEAD, so no schema change explains the stale files",
      );

      // HEAD's snapshot does not load: said plainly (the work tree's would be the run's own error).
      await writeFile(join(snapshot, "openapi.json"), "{");
      git("add", ".");
      git("commit", "-q", "-m", "broken");
      await removeDir(snapshot);
      await cp(join(casesDir, "field-list/head"), snapshot, { recursive: true });
      const broken = await codegen(...args, "--check");
      expect(broken.code).toBe(1);
      expect(broken.stdout).toContain("demo: no schema change to classify: the snapshot at HEAD has errors:");

      // No git at all: said plainly.
      await removeDir(join(repo, ".git"));
      const untracked = await codegen(...args, "--check");
      expect(untracked.code).toBe(1);
      expect(untracked.stdout).toContain(
        "demo: no schema change to classify: the snapshot's committed state is unknown: it is not in a git work tree",
      );
    } finally {
      await removeDir(repo);
    }
  });
});

describe("diff command", () => {
  it("usage errors exit 2", async () => {
    expect((await runCommand(["--base", "x"])).code).toBe(2);
    expect((await runCommand(["--provider", "streamkap"])).code).toBe(2);
    expect((await runCommand(["--provider", "streamkap", "--base", "HEAD", "--format", "yaml"])).code).toBe(2);
    expect((await runCommand(["--provider", "streamkap", "--base", "HEAD", "--fail-on", "never"])).code).toBe(2);
    expect((await runCommand(["--provider", "nope", "--base", "HEAD"])).code).toBe(2);
  });

  it("a base that is neither a folder nor a revision exits 2 and says so", async () => {
    const result = await runCommand(["--provider", "streamkap", "--base", "no-such-revision-xyz", "--no-cache"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("neither a folder nor a git revision");
    expect((await runCommand(["--provider", "streamkap", "--base", "--upload-pack=x", "--no-cache"])).code).toBe(2);
  });

  describe("--base GITREF", () => {
    let repo: string;
    afterEach(async () => {
      if (repo) await removeDir(repo);
    });

    it("reads the snapshot folder at that revision into a temporary folder, and removes it", async () => {
      repo = await tempDir("codegen-diff-repo-");
      const git = (...args: string[]) =>
        execFileSync(
          "git",
          ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
          {
            cwd: repo,
            stdio: "pipe",
          },
        );
      git("init", "-q");
      const snapshot = join(repo, "schemas/demo");
      await cp(join(casesDir, "field-list/base"), snapshot, { recursive: true });
      git("add", "schemas");
      git("commit", "-q", "-m", "base");
      await removeDir(snapshot);
      await cp(join(casesDir, "field-list/head"), snapshot, { recursive: true });
      const config = join(repo, "codegen.config.mjs");
      const { settings } = readCase("field-list");
      await writeFile(
        config,
        `export default ${JSON.stringify({ providers: [{ name: "demo", ...settings, snapshot: "schemas/demo", out: "out" }] })};\n`,
      );
      const leftovers = async () => (await readdir(tmpdir())).filter((f) => f.startsWith("codegen-diff-base-"));
      const before = await leftovers();
      const result = await runCommand([
        "--provider",
        "demo",
        "--base",
        "HEAD",
        "--config",
        config,
        "--format",
        "json",
        "--no-cache",
      ]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(await readFile(join(casesDir, "field-list/expected/report.json"), "utf8"));
      expect((await leftovers()).filter((f) => !before.includes(f))).toEqual([]); // nothing new left (a killed run's may go)
      // A revision that lacks the folder: exit 2, nothing left behind.
      git("commit", "-q", "--allow-empty", "-m", "empty");
      git("rm", "-q", "-r", "--cached", "schemas");
      git("commit", "-q", "-m", "no schemas");
      const missing = await runCommand(["--provider", "demo", "--base", "HEAD", "--config", config, "--no-cache"]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("cannot read schemas/demo at HEAD");
      expect(missing.stderr).toContain("that revision has no such folder");
      expect(missing.stderr).not.toContain("tar");
      expect((await leftovers()).filter((f) => !before.includes(f))).toEqual([]); // nothing new left (a killed run's may go)
    });

    it("refuses a --base that names both a folder and a revision, and reads a folder named like an option as a path", async () => {
      repo = await tempDir("codegen-diff-repo-");
      const git = (...args: string[]) =>
        execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], {
          cwd: repo,
          stdio: "pipe",
        });
      git("init", "-q");
      git("checkout", "-q", "-b", "main");
      // The snapshot folder's name is an option of git archive's.
      const snapshot = join(repo, "--output=pwn.tar");
      await cp(join(casesDir, "field-list/base"), snapshot, { recursive: true });
      const { settings } = readCase("field-list");
      await writeFile(
        join(repo, "codegen.config.mjs"),
        `export default ${JSON.stringify({ providers: [{ name: "demo", ...settings, snapshot: "--output=pwn.tar", out: "out" }] })};\n`,
      );
      git("add", "-A");
      git("commit", "-q", "-m", "base");
      git("checkout", "-q", "-b", "pr");
      await removeDir(snapshot);
      await cp(join(casesDir, "field-list/head"), snapshot, { recursive: true });
      // A folder named like the base branch, holding the head's snapshot: it must not stand in for the branch.
      await cp(snapshot, join(repo, "main"), { recursive: true });
      const root = resolve(import.meta.dirname, "..");
      const run = (base: string) =>
        promisify(execFile)(
          process.execPath,
          [
            resolve(root, "node_modules/tsx/dist/cli.mjs"),
            join(root, "generator/commands/cli.ts"),
            "diff",
            "--provider",
            "demo",
            "--base",
            base,
            "--config",
            "codegen.config.mjs",
            "--no-cache",
            "--fail-on",
            "breaking",
          ],
          { cwd: repo },
        ).then(
          (r) => ({ code: 0, ...r }),
          (e: { code: number; stdout: string; stderr: string }) => e,
        );
      const ambiguous = await run("main");
      expect(ambiguous.code).toBe(2);
      expect(ambiguous.stderr).toContain('--base "main" names both a folder and a git revision');
      // Spelled as a path it is the folder (the head's own snapshot: no change); as a ref, the branch.
      expect((await run("./main")).code).toBe(0);
      const branch = await run("refs/heads/main");
      expect(branch.code, branch.stderr).toBe(1);
      expect(branch.stdout).toContain("breaking");
      await expect(stat(join(repo, "pwn.tar"))).rejects.toThrow();
    }, 60_000);

    it("builds the base with the name lock the output had at that revision, or none", async () => {
      repo = await tempDir("codegen-diff-repo-");
      const git = (...args: string[]) =>
        execFileSync(
          "git",
          ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", ...args],
          { cwd: repo, stdio: "pipe" },
        );
      const lock = (keys: Record<string, string>) =>
        writeFile(
          join(repo, "out/names.lock.json"),
          `${JSON.stringify({ version: 1, connectors: { "sources/demo-db": { typeName: "DemoDbSource", keys } } })}\n`,
        );
      const config = join(repo, "codegen.config.mjs");
      const { settings } = readCase("field-list");
      await writeFile(
        config,
        `export default ${JSON.stringify({ providers: [{ name: "demo", ...settings, snapshot: "schemas/demo", out: "out" }] })};\n`,
      );
      const snapshot = join(repo, "schemas/demo");
      const removedKey = async (base: string) => {
        const result = await runCommand(["--provider", "demo", "--base", base, "--config", config, "--format", "json"]);
        expect(result.code, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout) as { changes: { rule: string; field?: string; message: string }[] };
        return report.changes.find((c) => c.rule === "field-removed" && c.field === "legacy.flag")?.message;
      };
      git("init", "-q");
      // Revision 1: no output yet, so no lock.
      await cp(join(casesDir, "field-list/base"), snapshot, { recursive: true });
      git("add", "schemas", "codegen.config.mjs");
      git("commit", "-q", "-m", "first");
      // Revision 2: the output's lock names legacy.flag `oldFlag`.
      await mkdir(join(repo, "out"));
      await lock({ "legacy.flag": "oldFlag" });
      git("add", "out");
      git("commit", "-q", "-m", "second");
      // Today: the head snapshot, whose lock no longer lists the removed legacy.flag.
      await removeDir(snapshot);
      await cp(join(casesDir, "field-list/head"), snapshot, { recursive: true });
      await lock({ "table.name.v2": "tableNameV2" });
      expect(await removedKey("HEAD")).toBe('field "legacy.flag" (authoring key "oldFlag") was removed');
      // Revision 1 had no lock: names derive afresh, even when today's lock lists the key.
      await lock({ "legacy.flag": "todaysFlag" });
      expect(await removedKey("HEAD~1")).toBe('field "legacy.flag" (authoring key "legacyFlag") was removed');
    });
  });
});

describe("--bump", () => {
  it.each([
    { given: ["0.1.0", "major"], want: "1.0.0" },
    { given: ["0.1.0", "minor"], want: "0.2.0" },
    { given: ["1.2.3", "patch"], want: "1.2.4" },
    { given: ["1.2.3-rc.1", "minor"], want: "1.3.0" },
    { given: ["1.2.3", "none"], want: "1.2.3" },
    // As `npm version` does: a pre-release of the version the bump reaches is released as it.
    { given: ["2.0.0-rc.1", "major"], want: "2.0.0" },
    { given: ["2.1.0-rc.1", "major"], want: "3.0.0" },
    { given: ["1.3.0-beta", "minor"], want: "1.3.0" },
    { given: ["1.2.4-alpha.0", "patch"], want: "1.2.4" },
    { given: ["1.2.3+build.7", "patch"], want: "1.2.4" },
  ] as const)("bumpVersion($given) = $want", ({ given, want }) => {
    expect(bumpVersion(given[0], given[1])).toBe(want);
  });

  it("moves every version as the semver package (npm version's) inc does", () => {
    const identifier = fc.oneof(fc.nat(99).map(String), fc.stringMatching(/^[0-9]{0,2}[A-Za-z-][0-9A-Za-z-]{0,4}$/));
    const version = fc
      .tuple(
        fc.nat(20),
        fc.nat(20),
        fc.nat(20),
        fc.option(fc.array(identifier, { minLength: 1, maxLength: 3 })),
        fc.option(fc.array(fc.stringMatching(/^[0-9A-Za-z-]{1,5}$/), { minLength: 1, maxLength: 2 })),
      )
      .map(
        ([major, minor, patch, pre, build]) =>
          `${major}.${minor}.${patch}${pre ? `-${pre.join(".")}` : ""}${build ? `+${build.join(".")}` : ""}`,
      );
    fc.assert(
      fc.property(
        version,
        fc.constantFrom("major", "minor", "patch") as fc.Arbitrary<"major" | "minor" | "patch">,
        (v, by) => {
          expect(bumpVersion(v, by)).toBe(semver.inc(v, by));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses a version that is not semver, and a config whose version literal is missing or ambiguous", () => {
    for (const version of ["latest", "1.2", "01.2.3", "1.2.3-", "1.2.3-01", "1.2.3+", "1.2.3-a..b"])
      expect(() => bumpVersion(version, "major"), version).toThrow(/not a semantic version/);
    expect(() => setConfigVersion(`{ version: "1.0.0" }`, "c.ts", "2.0.0", "3.0.0")).toThrow(/found 0/);
    expect(() => setConfigVersion(`{ version: "1.0.0", x: { version: '1.0.0' } }`, "c.ts", "1.0.0", "2.0.0")).toThrow(
      /found 2/,
    );
    expect(setConfigVersion(`package: { name: "p", version: '1.0.0', dir: "g" }`, "c.ts", "1.0.0", "2.0.0")).toBe(
      `package: { name: "p", version: '2.0.0', dir: "g" }`,
    );
    // A quoted key is the literal too; a comment that also writes the version makes two, refused.
    expect(setConfigVersion(`{ "version": "1.0.0" }`, "c.ts", "1.0.0", "2.0.0")).toBe(`{ "version": "2.0.0" }`);
    expect(() => setConfigVersion(`// was version: "1.0.0"\n{ "version": "1.0.0" }`, "c.ts", "1.0.0", "2.0.0")).toThrow(
      /found 2/,
    );
    // Written only in a comment, it is no version the config sets (the version is computed): refused.
    expect(() =>
      setConfigVersion(`// bumped from version: "1.0.0"\nexport default { version: v };`, "c.ts", "1.0.0", "2.0.0"),
    ).toThrow(/found 1 \(1 in a comment\)/);
    expect(() => setConfigVersion(`/* version: "1.0.0" */ export default {};`, "c.ts", "1.0.0", "2.0.0")).toThrow(
      /in a comment/,
    );
    // A `//` inside a string is no comment.
    expect(setConfigVersion(`{ url: "https://x", version: "1.0.0" }`, "c.ts", "1.0.0", "2.0.0")).toBe(
      `{ url: "https://x", version: "2.0.0" }`,
    );
    // Only a version is ever written between the quotes.
    expect(() => setConfigVersion(`{ version: "1.0.0" }`, "c.ts", "1.0.0", '1.0.1"+x+"')).toThrow(
      /not a semantic version/,
    );
  });

  // Only a `version` property in code is the version: text inside a literal that reads like one is not.
  it.each([
    {
      given: `const VERSION = "1.0.0";\nconst NOTE = "the API changed at version: '1.0.0' of the docs";\nexport default { package: { version: VERSION } };`,
      want: /found 0 \(1 inside a string, template or regular expression: text, not code\)/,
    },
    {
      given: `const NOTE = "at version: '1.0.0'";\nexport default { package: { name: "p", version: "1.0.0" } };`,
      want: `const NOTE = "at version: '1.0.0'";\nexport default { package: { name: "p", version: "2.0.0" } };`,
    },
    { given: 'const t = `{ version: "1.0.0" }`;\nexport default { version: v };', want: /found 0 \(1 inside/ },
    {
      given: "const t = `${x}{ version: '1.0.0' }${y}`;\nexport default { version: '1.0.0' };",
      want: "const t = `${x}{ version: '1.0.0' }${y}`;\nexport default { version: '2.0.0' };",
    },
    {
      given: "const t = `a ${{ version: '1.0.0' }.version} b`;",
      want: "const t = `a ${{ version: '2.0.0' }.version} b`;",
    },
    { given: `const re = /version: "1.0.0"/;\nexport default { version: v };`, want: /found 0 \(1 inside/ },
    { given: `const re = /["/]version: "1.0.0"/;\nexport default { version: v };`, want: /found 0 \(1 inside/ },
    {
      given: `export default { ratio: a / b, version: "1.0.0", c: d / 2 };`,
      want: `export default { ratio: a / b, version: "2.0.0", c: d / 2 };`,
    },
    {
      given: `export default { version: "1.0.0", r: (a) / 2, s: x[0] / 2 };`,
      want: `export default { version: "2.0.0", r: (a) / 2, s: x[0] / 2 };`,
    },
    { given: `const v = cond ? version : "1.0.0";\nexport default { version: v };`, want: /found 0/ },
    {
      given: `export default { 'version': '1.0.0', note: 'it\\'s "version: \\'1.0.0\\'"' };`,
      want: `export default { 'version': '2.0.0', note: 'it\\'s "version: \\'1.0.0\\'"' };`,
    },
  ])("setConfigVersion on $given", ({ given, want }) => {
    if (typeof want === "string") expect(setConfigVersion(given, "c.ts", "1.0.0", "2.0.0")).toBe(want);
    else expect(() => setConfigVersion(given, "c.ts", "1.0.0", "2.0.0")).toThrow(want);
  });

  it.each([
    ["9007199254740993.0.0", "major", "9007199254740994.0.0"],
    ["1.9007199254740992.0", "minor", "1.9007199254740993.0"],
    ["999999999999999999999.0.0", "patch", "999999999999999999999.0.1"],
    ["1.2.3-beta.1+build.5", "minor", "1.3.0"],
  ] as const)("bumps %s by %s to %s, however large its numbers", (from, by, to) => {
    expect(bumpVersion(from, by)).toBe(to);
  });

  it.each([
    [
      "package.json is a folder",
      async (pkg: string): Promise<void> => {
        await mkdir(join(pkg, "package.json"), { recursive: true });
      },
      /package\.json is not a file; nothing was written/,
    ],
    [
      "CHANGELOG.md is not UTF-8",
      async (pkg: string): Promise<void> => {
        await mkdir(pkg, { recursive: true });
        await writeFile(join(pkg, "CHANGELOG.md"), Buffer.from("# Changelog\n\ncaf\xe9\n", "latin1"));
      },
      /CHANGELOG\.md is not UTF-8; nothing was written/,
    ],
  ] as const)("--bump refuses when %s, and writes none of the three files", async (_, given, want) => {
    const dir = join(work, `bump-refused-${_.length}`);
    const config = join(dir, "codegen.config.mjs");
    const { settings } = readCase("field-list");
    await cp(join(casesDir, "field-list"), join(dir, "field-list"), { recursive: true });
    const text = `export default ${JSON.stringify({
      package: { name: "demo-configs", version: "0.4.2", dir: "pkg" },
      providers: [{ name: "demo", ...settings, snapshot: "field-list/head", out: "pkg/demo" }],
    }).replace('"version":"0.4.2"', 'version: "0.4.2"')};\n`;
    await writeFile(config, text);
    await given(join(dir, "pkg"));
    const before = await readdir(join(dir, "pkg"));
    const result = await runCommand([
      "--provider",
      "demo",
      "--base",
      join(dir, "field-list/base"),
      "--config",
      config,
      "--bump",
      "--no-cache",
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(want);
    expect(await readFile(config, "utf8")).toBe(text);
    expect(await readdir(join(dir, "pkg"))).toEqual(before);
  });

  it("writes the advised version into the config and package.json, and a changelog entry per connector on top", async () => {
    const dir = join(work, "bump");
    let config = join(dir, "codegen.config.mjs");
    const { settings } = readCase("field-list");
    const write = (snapshot: string) =>
      writeFile(
        config,
        `// the package's version is decided here\nexport default ${JSON.stringify(
          {
            package: { name: "demo-configs", version: "0.4.2", dir: "pkg" },
            providers: [{ name: "demo", ...settings, snapshot, out: "pkg/demo" }],
          },
          null,
          2,
        ).replace('"version": "0.4.2"', 'version: "0.4.2"')};\n`,
      );
    await cp(join(casesDir, "field-list"), join(dir, "field-list"), { recursive: true });
    await write("field-list/head");
    const first = await runCommand([
      "--provider",
      "demo",
      "--base",
      join(dir, "field-list/base"),
      "--config",
      config,
      "--bump",
      "--no-cache",
    ]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain("0.4.2 → 1.0.0 (major)");
    expect(await readFile(config, "utf8")).toContain('version: "1.0.0"');
    expect(JSON.parse(await readFile(join(dir, "pkg/package.json"), "utf8"))).toMatchObject({
      name: "demo-configs",
      version: "1.0.0",
    });
    const changelog = await readFile(join(dir, "pkg/CHANGELOG.md"), "utf8");
    await expect(changelog).toMatchFileSnapshot("cases/diff/field-list/expected/CHANGELOG.md");

    // A second bump (a patch) goes on top of the first.
    await cp(join(casesDir, "patch"), join(dir, "patch"), { recursive: true });
    config = join(dir, "codegen.config.2.mjs"); // a new module: the first one stays in the import cache
    await write("patch/head");
    await writeFile(config, (await readFile(config, "utf8")).replace('version: "0.4.2"', 'version: "1.0.0"'));
    const second = await runCommand([
      "--provider",
      "demo",
      "--base",
      join(dir, "patch/base"),
      "--config",
      config,
      "--bump",
      "--no-cache",
    ]);
    expect(second.code, second.stderr).toBe(0);
    const both = await readFile(join(dir, "pkg/CHANGELOG.md"), "utf8");
    expect(both.indexOf("## 1.0.1")).toBeGreaterThan(0);
    expect(both.indexOf("## 1.0.1")).toBeLessThan(both.indexOf("## 1.0.0"));
    expect(both.endsWith(changelog.slice("# Changelog\n\n".length))).toBe(true);
  });
});

describe("bump marks", () => {
  const base = "a".repeat(64);
  const other = "b".repeat(64);
  const mark = (provider: string, semver: string, hash = base, from = "1.0.0") =>
    `<!-- codegen-bump from=${from} provider=${provider} base=${hash} semver=${semver} -->`;
  it.each([
    ["no changelog", undefined, undefined],
    ["an entry written by hand", "# Changelog\n\n## 2.0.0\n\nFixed things.\n", undefined],
    ["a mark with no hash", `# Changelog\n\n## 2.0.0\n\n${mark("p", "major", "x")}\n`, undefined],
    [
      "a mark not under the first entry",
      `# Changelog\n\n## 3.0.0\n\nx\n\n## 2.0.0\n\n${mark("p", "major")}\n`,
      undefined,
    ],
    // What a pull request editing the changelog could write: never a version.
    [
      "a forged version",
      `# Changelog\n\n## 2.0.0\n\n${mark("p", "major", base, '0.0.1-"+import("fs")+"')}\n`,
      undefined,
    ],
    [
      "marks that moved from two versions",
      `# Changelog\n\n## 2.0.0\n\n${mark("p", "major")}\n${mark("q", "major", base, "1.1.0")}\n`,
      undefined,
    ],
    [
      "two providers' marks, and a date after the version",
      `# Changelog\n\n## 2.0.0 (2026-11-30)\n\n${mark("p", "major")}\n${mark("q", "patch", other)}\n\nSemver advice: major.\n\n### p\n\n- a\n\n### q\n\n- b\n\n## 1.0.0\n\nold\n`,
      {
        version: "2.0.0",
        heading: "## 2.0.0 (2026-11-30)",
        marks: [
          { from: "1.0.0", provider: "p", base, semver: "major" },
          { from: "1.0.0", provider: "q", base: other, semver: "patch" },
        ],
        sections: new Map([
          ["### p", "### p\n\n- a"],
          ["### q", "### q\n\n- b"],
        ]),
        start: 13,
      },
    ],
  ] as const)("markedTopEntry: %s", (_, given, want) => {
    const found = markedTopEntry(given);
    expect(found === undefined ? undefined : { ...found, end: undefined }).toEqual(
      want === undefined ? undefined : { ...want, end: undefined },
    );
    if (found) expect(given!.slice(found.end)).toBe("## 1.0.0\n\nold\n");
  });

  it("writes a provider name that cannot end the comment or the line, and reads it back", () => {
    const marks = [{ from: "1.0.0", provider: "a --> b\n## 9.9.9", base, semver: "major" as const }];
    const log = prependChangelog(undefined, changelogEntry("2.0.0", "major", [], marks));
    expect(log.split("\n").filter((l) => l.startsWith("## "))).toEqual(["## 2.0.0"]);
    expect(log.match(/-->/g)).toHaveLength(1);
    expect(markedTopEntry(log)?.marks).toEqual(marks);
    expect(replaceTopEntry(log, markedTopEntry(log)!, undefined)).toBe("# Changelog\n\n");
  });

  const report = (semver: "major" | "minor" | "patch" | "none", connector: string) => ({
    semver,
    changes:
      semver === "none"
        ? []
        : [{ connector, rule: "field-added-optional" as const, severity: "info" as const, message: "new" }],
  });

  it("one entry holds every provider's bump from one version, each replaced when run again", () => {
    const a1 = planBump(undefined, "1.0.0", "A", base, report("minor", "sources/a"))!;
    expect([a1.version, a1.replaced]).toEqual(["1.1.0", false]);
    const b1 = planBump(a1.changelog, a1.version, "B", other, report("major", "sources/b"))!;
    expect([b1.from, b1.version, b1.semver, b1.replaced]).toEqual(["1.0.0", "2.0.0", "major", true]);
    // Each again, in any order: the same version and text.
    const a2 = planBump(b1.changelog, b1.version, "A", base, report("minor", "sources/a"))!;
    const b2 = planBump(a2.changelog, a2.version, "B", other, report("major", "sources/b"))!;
    expect([a2.version, b2.version]).toEqual(["2.0.0", "2.0.0"]);
    expect(
      markedTopEntry(b2.changelog)!
        .marks.map((m) => m.provider)
        .sort(),
    ).toEqual(["A", "B"]);
    expect(b2.changelog.match(/^## /gm)).toHaveLength(1);
    expect(b2.changelog).toContain("### A");
    // B back at its base: its part goes, and the version is A's again.
    const b3 = planBump(b2.changelog, b2.version, "B", other, report("none", "sources/b"))!;
    expect([b3.version, b3.changelog.includes("### B")]).toEqual(["1.1.0", false]);
    // Another base for A: a release since (its bump is a new entry on top).
    const a3 = planBump(b3.changelog, b3.version, "A", other, report("patch", "sources/a"))!;
    expect([a3.from, a3.version, a3.replaced]).toEqual(["1.1.0", "1.1.1", false]);
  });

  it("reads a changelog with CRLF line endings, and keeps them", () => {
    const first = planBump(undefined, "1.0.0", "A", base, report("minor", "sources/a"))!;
    const crlf = first.changelog.replace(/\n/g, "\r\n");
    const again = planBump(crlf, first.version, "A", base, report("minor", "sources/a"))!;
    expect(again.version).toBe("1.1.0");
    expect(again.changelog).toBe(crlf);
  });

  it("keeps what follows the version in a heading edited by hand", () => {
    const first = planBump(undefined, "1.0.0", "A", base, report("minor", "sources/a"))!;
    const dated = first.changelog.replace("## 1.1.0", "## 1.1.0 (2026-11-30)");
    const again = planBump(dated, first.version, "A", base, report("major", "sources/a"))!;
    expect(again.version).toBe("2.0.0");
    expect(again.changelog).toContain("## 2.0.0 (2026-11-30)\n");
  });
});

describe("--bump run again", () => {
  /** A package at 0.4.2 whose config points at `snapshot`, a copy of the field-list case's base and head. */
  async function project(
    name: string,
  ): Promise<{ dir: string; bump: (head: string) => ReturnType<typeof runCommand> }> {
    const dir = join(work, name);
    const { settings } = readCase("field-list");
    await cp(join(casesDir, "field-list"), join(dir, "field-list"), { recursive: true });
    await cp(join(casesDir, "field-list/base"), join(dir, "same-as-base"), { recursive: true });
    let n = 0;
    const bump = async (head: string) => {
      // A new module each run, as each run of the command is a new process: the import cache keeps none.
      const config = join(dir, `codegen.config.${++n}.mjs`);
      const version =
        n === 1
          ? "0.4.2"
          : /version: "([^"]+)"/.exec(await readFile(join(dir, `codegen.config.${n - 1}.mjs`), "utf8"))![1]!;
      await writeFile(
        config,
        `export default ${JSON.stringify({
          package: { name: "demo-configs", version, dir: "pkg" },
          providers: [{ name: "demo", ...settings, snapshot: head, out: "pkg/demo" }],
        }).replace(`"version":"${version}"`, `version: "${version}"`)};\n`,
      );
      return runCommand([
        "--provider",
        "demo",
        "--base",
        join(dir, "field-list/base"),
        "--config",
        config,
        "--bump",
        "--no-cache",
      ]);
    };
    return { dir, bump };
  }
  const state = async (dir: string) => ({
    changelog: await readFile(join(dir, "pkg/CHANGELOG.md"), "utf8").catch(() => undefined),
    version: (JSON.parse(await readFile(join(dir, "pkg/package.json"), "utf8")) as { version: string }).version,
  });

  it("bumps once however often it runs against the same base", async () => {
    const { dir, bump } = await project("bump-twice");
    expect((await bump("field-list/head")).code).toBe(0);
    const once = await state(dir);
    expect(once.version).toBe("1.0.0");
    const again = await bump("field-list/head");
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain("0.4.2 → 1.0.0 (major)");
    expect(await state(dir)).toEqual(once);
    expect(once.changelog!.match(/^## /gm)).toHaveLength(1);
  });

  it("finishes a run killed after the changelog was written, bumping once", async () => {
    const { dir, bump } = await project("bump-killed");
    expect((await bump("field-list/head")).code).toBe(0);
    const once = await state(dir);
    // As if killed before the config and package.json were written: both still say 0.4.2.
    const last = join(dir, "codegen.config.1.mjs");
    await writeFile(last, (await readFile(last, "utf8")).replace('version: "1.0.0"', 'version: "0.4.2"'));
    await rm(join(dir, "pkg/package.json"));
    expect((await bump("field-list/head")).code).toBe(0);
    expect(await state(dir)).toEqual(once);
  });

  it("replaces its entry when the head changes again, and removes it when the head is back at the base", async () => {
    const { dir, bump } = await project("bump-replaced");
    expect((await bump("field-list/head")).code).toBe(0);
    expect((await bump("same-as-base")).stderr).toContain("its entry removed");
    const back = await state(dir);
    expect(back.version).toBe("0.4.2");
    expect(back.changelog).toBe("# Changelog\n\n");
    expect((await bump("field-list/head")).code).toBe(0);
    expect((await state(dir)).version).toBe("1.0.0");
  });
});

describe("migrate", () => {
  const dir = join(casesDir, "declared-rename/migrate");

  it.each(["source.yaml", "source.json"])(
    "rewrites %s from the declared renames, keeping comments, quoting and layout",
    async (file) => {
      const config = await configFor("declared-rename", readCase("declared-rename").settings);
      const copy = join(work, `migrate-${file}`);
      await cp(join(dir, file), copy);
      let stdout = "";
      const log = vi.spyOn(console, "log").mockImplementation((...args) => {
        stdout += `${args.join(" ")}\n`;
      });
      try {
        expect(await migrateCommand([copy, "--config", config])).toBe(0);
      } finally {
        log.mockRestore();
      }
      const migrated = await readFile(copy, "utf8");
      await expect(migrated).toMatchFileSnapshot(`cases/diff/declared-rename/migrate/expected/${file}`);
      const original = await readFile(join(dir, file), "utf8");
      // Only the renamed keys changed: every other line is as it was.
      const changedLines = original.split("\n").filter((line, i) => line !== migrated.split("\n")[i]);
      expect(
        changedLines.every((l) => /dbPass|db\.pass/.test(l)),
        changedLines.join("\n"),
      ).toBe(true);
      expect(stdout).toMatch(/sources\/renamed {2}dbPass → databasePassword/);
    },
  );

  it("leaves a key alone when the new one is set too, and exits 1", async () => {
    const config = await configFor("declared-rename", readCase("declared-rename").settings);
    const copy = join(work, "migrate-conflict.yaml");
    await cp(join(dir, "conflict.yaml"), copy);
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      expect(await migrateCommand([copy, "--config", config])).toBe(1);
      expect(err.mock.calls.map((c) => String(c[0])).join("\n")).toMatch(
        /conflict\.yaml:7:3 {2}dbPass not renamed: databasePassword is set too/,
      );
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
    expect(await readFile(copy, "utf8")).toBe(await readFile(join(dir, "conflict.yaml"), "utf8"));
  });

  /** Migrates `text` with the declared-rename head and these renames; what it wrote, printed and returned. */
  const migrateWith = async (name: string, renames: Record<string, string>, text: string) => {
    const { settings } = readCase("declared-rename");
    const config = join(work, `migrate-${name}.config.mjs`);
    const provider = {
      name: "demo",
      ...settings,
      diff: { renames: { "sources/renamed": renames } },
      snapshot: join(casesDir, "declared-rename/head"),
      out: join(work, "out"),
    };
    await writeFile(config, `export default ${JSON.stringify({ providers: [provider] })};\n`);
    const file = join(work, `migrate-${name}.yaml`);
    await writeFile(file, text);
    let stdout = "";
    let stderr = "";
    const log = vi.spyOn(console, "log").mockImplementation((...args) => void (stdout += `${args.join(" ")}\n`));
    const err = vi.spyOn(console, "error").mockImplementation((...args) => void (stderr += `${args.join(" ")}\n`));
    try {
      const code = await migrateCommand([file, "--config", config]);
      return { code, stdout, stderr, text: await readFile(file, "utf8") };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };
  const header = (name: string) => `provider: demo\nkind: sources\nconnector: renamed\nname: ${name}\n`;

  it("leaves two old keys of one new key alone when both are set (not a duplicate key), and exits 1", async () => {
    const both = `${header("both")}config:\n  dbHost: h\n  dbPass: one\n  dbPassword: two\n  dbUser: u\n`;
    const wire = `${header("wire")}keys: wire\nconfig:\n  db.pass: one\n  db.password: two\n`;
    const alone = `${header("alone")}config:\n  dbPassword: s\n`;
    const text = `${both}---\n${wire}---\n${alone}`;
    const result = await migrateWith(
      "two-old-keys",
      { "db.pass": "database.password", "db.password": "database.password" },
      text,
    );
    expect(result.code).toBe(1);
    // The conflicting keys stay; a definition setting one old key alone is still migrated.
    expect(result.text).toBe(text.replace("  dbPassword: s\n", "  databasePassword: s\n"));
    expect(result.stderr).toContain(
      "migrate-two-old-keys.yaml:7:3  dbPass not renamed: dbPassword is renamed to databasePassword too\n",
    );
    expect(result.stderr).toContain(
      "migrate-two-old-keys.yaml:8:3  dbPassword not renamed: dbPass is renamed to databasePassword too\n",
    );
    expect(result.stderr).toContain(
      "migrate-two-old-keys.yaml:17:3  db.pass not renamed: db.password is renamed to database.password too\n",
    );
    expect(result.stderr).toContain(
      "migrate-two-old-keys.yaml:18:3  db.password not renamed: db.pass is renamed to database.password too\n",
    );
    expect(result.stdout).toMatch(
      /migrate-two-old-keys\.yaml:25:3 {2}sources\/renamed {2}dbPassword → databasePassword\n/,
    );
    expect(result.stdout).not.toMatch(/dbPass →|db\.pass/);
  });

  it("rewrites only the keys generation keeps as aliases: a key that is a live field's is left alone", async () => {
    // db_user's authoring key is dbUser, the live field db.user's: no alias. db.user is still a field: no alias.
    const authoring = `${header("authoring")}config:\n  dbUser: u\n  dbPass: s\n`;
    const wire = `${header("wire")}keys: wire\nconfig:\n  db.user: u\n  db.pass: s\n`;
    const text = `${authoring}---\n${wire}`;
    const result = await migrateWith(
      "live-field",
      { "db.pass": "database.password", db_user: "db.host", "db.user": "db.host" },
      text,
    );
    expect(result.code).toBe(0);
    expect(result.text).toBe(
      text.replace("  dbPass: s\n", "  databasePassword: s\n").replace("  db.pass: s\n", "  database.password: s\n"),
    );
    expect(result.stdout).not.toMatch(/→ dbHost|→ db\.host/);
    expect(result.stdout).toMatch(/:7:3 {2}sources\/renamed {2}dbPass → databasePassword\n/);
    expect(result.stdout).toMatch(/:16:3 {2}sources\/renamed {2}db\.pass → database\.password\n/);
    // Why those renames are not migrated: generation's own warnings.
    expect(result.stderr).toContain(
      'demo: warning [rename] codegen.config.ts#/diff/renames/sources~1renamed/db_user connector sources/renamed, field "db_user": its authoring key "dbUser" is taken by another field: no alias\n',
    );
    expect(result.stderr).toContain(
      'demo: warning [rename] codegen.config.ts#/diff/renames/sources~1renamed/db.user connector sources/renamed, field "db.user": rename from "db.user", which this connector still has: no alias\n',
    );
  });
});

describe("migrate on files it must not rewrite blindly", () => {
  const definition = "provider: demo\nkind: sources\nconnector: renamed\nname: x\n";
  const quietly = async (files: string[]) => {
    const config = await configFor("declared-rename", readCase("declared-rename").settings);
    let stderr = "";
    const err = vi.spyOn(console, "error").mockImplementation((...args) => void (stderr += `${args.join(" ")}\n`));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      return { code: await migrateCommand([...files, "--config", config]), stderr };
    } finally {
      err.mockRestore();
      log.mockRestore();
    }
  };

  it("keeps a file's permission bits and a link to it, and leaves no temporary file", async () => {
    const real = join(work, "migrate-real.yaml");
    const link = join(work, "migrate-link.yaml");
    await writeFile(real, `${definition}config:\n  dbPass: s\n`, { mode: 0o600 });
    await chmod(real, 0o600);
    await rm(link, { force: true });
    await symlink(real, link);
    expect((await quietly([link])).code).toBe(0);
    expect(await readFile(real, "utf8")).toContain("databasePassword: s");
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await stat(real)).mode & 0o777).toBe(0o600);
    expect((await readdir(work)).filter((f) => f.includes(".tmp-"))).toEqual([]);
  });

  it("leaves a file that is not UTF-8 (or cannot be read) as it is, goes on with the rest, and exits 1", async () => {
    const latin1 = join(work, "migrate-latin1.yaml");
    const fine = join(work, "migrate-fine.yaml");
    const bytes = Buffer.from(`${definition}config:\n  dbPass: caf\xe9\n`, "latin1");
    await writeFile(latin1, bytes);
    await writeFile(fine, `${definition}config:\n  dbPass: s\n`);
    const { code, stderr } = await quietly([join(work, "migrate-missing.yaml"), latin1, fine]);
    expect(code).toBe(1);
    expect(stderr).toContain("migrate-latin1.yaml: is not UTF-8; left unchanged");
    expect(stderr).toContain("migrate-missing.yaml: cannot be read (ENOENT)");
    expect(await readFile(latin1)).toEqual(bytes);
    expect(await readFile(fine, "utf8")).toContain("databasePassword: s");
  });

  it.each([
    ["anchored, so it may be shared", "config: &shared\n  dbPass: s\n", /config is anchored \(&shared\)/],
    ["an alias", "other: &d\n  dbPass: s\nconfig: *d\n", /config is an alias \(\*d\)/],
  ])("reports a config that is %s, and renames nothing in it", async (_, body, want) => {
    const file = join(work, "migrate-anchor.yaml");
    await writeFile(file, `${definition}${body}`);
    const { code, stderr } = await quietly([file]);
    expect(code).toBe(1);
    expect(stderr).toMatch(want);
    expect(await readFile(file, "utf8")).toBe(`${definition}${body}`);
  });
});

describe("real snapshot history", () => {
  // Two commits of this repository's Unstructured snapshot (its public API's schemas): 11 source types,
  // then 22 sources and 4 destinations. Skipped in a clone without that history.
  const root = resolve(import.meta.dirname, "..");
  const has = (rev: string) => {
    try {
      execFileSync("git", ["cat-file", "-e", `${rev}^{commit}`], { cwd: root, stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  const [before, after] = ["b0315c9", "9e0fc67"];

  it.skipIf(!has(before) || !has(after))(
    "unstructured b0315c9 → 9e0fc67: connectors added, no false breaking change",
    async () => {
      const unstructured = (await loadConfig(join(root, "codegen.config.ts"))).find((p) => p.name === "unstructured")!;
      const base = await snapshotAtRevision(unstructured.snapshotDir, before);
      const head = await snapshotAtRevision(unstructured.snapshotDir, after);
      try {
        const diff = await diffSnapshots(unstructured, base.dir, head.dir, { cache: false });
        expect(diff.changes.filter((c) => c.severity === "breaking")).toEqual([]);
        expect(new Set(diff.changes.map((c) => c.rule))).toEqual(new Set(["connector-added"]));
        expect(diff.changes.map((c) => c.connector)).toContain("destinations/s3");
        expect(diff.semver).toBe("minor");
      } finally {
        await base.remove();
        await head.remove();
      }
    },
  );
});

describe("diff settings in codegen.config.ts", () => {
  it.each([
    { given: { severity: { "no-such-rule": "info" } }, want: /diff\.severity: unknown rule "no-such-rule"/ },
    { given: { severity: { "field-removed": "fatal" } }, want: /diff\.severity\.field-removed must be one of/ },
    { given: { ignore: 3 }, want: /diff\.ignore must be a file path/ },
    { given: { renames: { "sources/x": { a: 1 } } }, want: /diff\.renames must map/ },
  ])("rejects $given", async ({ given, want }) => {
    const file = join(work, `settings-${Math.random().toString(36).slice(2)}.config.mjs`);
    const provider = {
      name: "demo",
      dialect: "field-list",
      snapshot: "s",
      out: "o",
      kinds: { sources: {} },
      diff: given,
    };
    await writeFile(file, `export default ${JSON.stringify({ providers: [provider] })};\n`);
    await expect(loadConfig(file)).rejects.toThrow(want);
  });

  it.each([
    {
      given: "# only a comment\n\nfield-removed sources/a x.y\n",
      want: [{ rule: "field-removed", connector: "sources/a", field: "x.y" }],
    },
    { given: "enum-narrowed *\n", want: [{ rule: "enum-narrowed", connector: "*" }] },
    {
      given: "variant-removed sources/a auth{No tunnel}\n",
      want: [{ rule: "variant-removed", connector: "sources/a", field: "auth{No tunnel}" }],
    },
  ])("parses the ignore file $given", ({ given, want }) => {
    expect(parseIgnoreFile(given, "ignore.txt")).toEqual(want);
  });

  it("names the ignore file and line of a bad entry", () => {
    expect(() => parseIgnoreFile("# ok\nnot-a-rule sources/a\n", "ignore.txt")).toThrow(/ignore\.txt:2: unknown rule/);
    expect(() => parseIgnoreFile("field-removed\n", "ignore.txt")).toThrow(
      /ignore\.txt:1: expected "RULE CONNECTOR \[FIELD\]"/,
    );
  });
});

describe("ignore-file entries", () => {
  const change = (rule: RuleId, connector: string, field?: string): Change => ({
    connector,
    ...(field !== undefined ? { field } : {}),
    rule,
    severity: "breaking",
    message: "m",
  });
  const isIgnored = (entries: IgnoreEntry[], c: Change) => applyPolicy([c], { ignore: entries }).ignored === 1;

  it.each([
    { given: ["field-removed sources/a x", "x"], want: true },
    { given: ["field-removed sources/a x", "x/y"], want: true },
    { given: ["field-removed sources/a x", "x[]/y"], want: true },
    { given: ["field-removed sources/a x", "x{Title}/y"], want: true },
    { given: ["field-removed sources/a x", "xy"], want: false },
    { given: ["field-removed sources/a x", "x.y"], want: false },
    { given: ["field-removed sources/a x/y", "x"], want: false },
    { given: ["field-removed sources/a x", undefined], want: false },
    { given: ["field-removed sources/a", undefined], want: true },
    { given: ["field-removed sources/a", "x/y"], want: true },
    { given: ["field-removed * x", "x/y"], want: true },
    { given: ["field-removed sources/b x", "x"], want: false },
    { given: ["enum-narrowed sources/a x", "x"], want: false },
    { given: ["field-removed sources/a auth{No tunnel}", "auth{No tunnel}/host"], want: true },
    { given: ["field-removed sources/a a/", "a//b"], want: true },
    { given: ["field-removed sources/a a/", "a/b"], want: false },
  ] as const)("$given.0 covers field-removed sources/a $given.1: $want", ({ given, want }) => {
    const entries = parseIgnoreFile(`${given[0]}\n`, "ignore.txt");
    expect(isIgnored(entries, change("field-removed", "sources/a", given[1]))).toBe(want);
  });

  // The predicate entries were matched by, one entry at a time, before they were indexed.
  const matchedOneByOne = (c: Change, entries: readonly IgnoreEntry[]) =>
    entries.some(
      (e) =>
        e.rule === c.rule &&
        (e.connector === "*" || e.connector === c.connector) &&
        (e.field === undefined ||
          (c.field !== undefined &&
            (c.field === e.field || [..."/[{"].some((sep) => c.field!.startsWith(e.field + sep))))),
    );

  it("the index ignores what matching each entry one by one did, on random paths and entries", () => {
    const path = fc.array(fc.constantFrom("a", "b", "/", "[", "]", "{", "}"), { maxLength: 6 }).map((p) => p.join(""));
    const rule = fc.constantFrom<RuleId>("field-removed", "enum-narrowed");
    const connector = fc.constantFrom("sources/a", "sources/b", "*");
    const entry = fc
      .tuple(rule, connector, fc.option(path, { nil: undefined }))
      .map(([r, c, f]): IgnoreEntry =>
        f === undefined ? { rule: r, connector: c } : { rule: r, connector: c, field: f },
      );
    const changeOf = fc.tuple(rule, connector, fc.option(path, { nil: undefined })).map(([r, c, f]) => change(r, c, f));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), fc.array(changeOf, { maxLength: 12 }), (entries, changes) => {
        const kept = applyPolicy(changes, { ignore: entries }).changes;
        expect(kept).toEqual(changes.filter((c) => !matchedOneByOne(c, entries)));
      }),
      { numRuns: 2000 },
    );
  });

  it("each entry is read a bounded number of times, however many changes there are (not changes × entries)", () => {
    let reads = 0;
    const counted = (e: IgnoreEntry) =>
      new Proxy(e, {
        get: (target, key, receiver) => {
          reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const entries = Array.from({ length: 1_000 }, (_, i) =>
      counted({ rule: "range-tightened", connector: "*", field: `zz${i}` }),
    );
    const changes = Array.from({ length: 1_000 }, (_, i) => change("range-tightened", "sources/app", `f${i}`));
    expect(applyPolicy(changes, { ignore: entries }).ignored).toBe(0);
    expect(reads).toBeLessThanOrEqual(10 * entries.length);
  });
});

describe("a deprecated alias", () => {
  const field = (wireKey: string, key: string, secret = false): IrField => ({
    key,
    wireKey,
    required: false,
    secret,
    setOnce: false,
    type: { type: "string" },
    source: { file: "f.json", pointer: `/${wireKey}` },
  });
  const connector = (fields: IrField[], aliases?: IrConnector["aliases"]): IrProvider => ({
    provider: "demo",
    kinds: [],
    connectors: [
      {
        kind: "sources",
        code: "renamed",
        displayName: "Renamed",
        comingSoon: false,
        fields,
        serverKeys: [],
        ...(aliases ? { aliases } : {}),
        source: { file: "f.json", pointer: "" },
      },
    ],
  });
  it("taken by a new field as its key is breaking: configs that use it send their value to that field", () => {
    const alias = { key: "dbPass", wireKey: "db.pass", to: "databasePassword", toWire: "database.password" };
    const base = connector([field("database.password", "databasePassword", true)], [alias]);
    const head = connector([field("database.password", "databasePassword", true), field("db_pass", "dbPass")]);
    expect(diffIr(base, head).changes.map((c) => [c.rule, c.severity, c.field])).toEqual([
      ["field-added-optional", "info", "db_pass"],
      ["authoring-key-changed", "breaking", "db_pass"],
    ]);
    // Kept as an alias, with no field taking its key: no change.
    expect(diffIr(base, connector([field("database.password", "databasePassword", true)], [alias])).changes).toEqual(
      [],
    );
  });
});

describe("a connector the comparison cannot finish", () => {
  const field = (wireKey: string, type: IrField["type"]): IrField => ({
    key: wireKey,
    wireKey,
    required: false,
    secret: false,
    setOnce: false,
    type,
    source: { file: "f.json", pointer: `/${wireKey}` },
  });
  const provider = (connectors: [code: string, fields: IrField[]][]): IrProvider => ({
    provider: "demo",
    kinds: [],
    connectors: connectors.map(([code, fields]) => ({
      kind: "sources",
      code,
      displayName: code,
      comingSoon: false,
      fields,
      serverKeys: [],
      source: { file: `${code}.json`, pointer: "" },
    })),
  });
  it("is said not compared, with its error's kind and place, and the others are compared", () => {
    // An IR no dialect builds (a field type of null): the comparison throws.
    const broken = null as unknown as IrField["type"];
    const base = provider([
      ["a", [field("x", { type: "string" })]],
      ["b", [field("y", { type: "string" }), field("v", broken)]],
      ["c", [field("z", { type: "string" })]],
    ]);
    const head = provider([
      ["a", []],
      ["b", [field("y", { type: "integer" }), field("v", { type: "string" })]],
      ["c", [field("z", { type: "string" }), field("w", { type: "string" })]],
    ]);
    const { changes, unusedRenames } = diffIr(base, head, { renames: { "sources/b": { y: "y2" } } });
    // The renames declared for the connector not compared are not judged.
    expect(unusedRenames).toEqual([]);
    expect(changes.map((c) => [c.connector, c.rule, c.severity, c.field])).toEqual([
      ["sources/a", "field-removed", "breaking", "x"],
      ["sources/b", "connector-not-compared", "warning", undefined],
      ["sources/c", "field-added-optional", "info", "w"],
    ]);
    expect(changes[1]!.message).toMatch(
      /^connector "sources\/b" could not be compared \(an internal error, TypeError at .*compare\.ts:\d+; please report it with both schemas\): its changes are unseen$/,
    );
  });
});

describe("files beside the config that are not plain files", () => {
  const fifo = async (name: string) => {
    const path = join(work, name);
    await rm(path, { force: true });
    execFileSync("mkfifo", [path]);
    return path;
  };
  it.each([
    ["a FIFO no one writes to", () => fifo("ignore.fifo")],
    ["/dev/zero", async () => "/dev/zero"],
  ])("an ignore file that is %s is refused at once, not read", async (_, path) => {
    const { provider } = readCase("field-list");
    await expect(policyOf({ ...provider, diffIgnoreFile: await path() })).rejects.toThrow(/not a regular file/);
  });
  it.each([
    ["a FIFO no one writes to", "is not a regular file; ignored"],
    // A link is not followed at all (a commit may plant one to a file outside the repository).
    ["a link to /dev/zero", "is a symbolic link; ignored"],
  ])("a name lock that is %s is ignored with a warning, not read", async (_, warning) => {
    const out = join(work, `lock-out-${_.length}`);
    await mkdir(out, { recursive: true });
    await rm(join(out, "names.lock.json"), { force: true });
    if (_ === "a link to /dev/zero") await symlink("/dev/zero", join(out, "names.lock.json"));
    else execFileSync("mkfifo", [join(out, "names.lock.json")]);
    const diags = new Diagnostics();
    expect(await readNameLockText(out, diags)).toBeUndefined();
    expect(diags.warnings.map((w) => w.message)).toEqual([warning]);
  });
  it("severity overrides are the config object's own: one behind a prototype is refused, and never applied", () => {
    const inherited = Object.create({ "wire-key-renamed": "banana" }) as object;
    expect(() => checkSeverityOverrides("codegen.config.ts", inherited)).toThrow(/must be a plain object/);
    const change = {
      connector: "sources/a",
      rule: "wire-key-renamed" as const,
      severity: "breaking" as const,
      message: "m",
    };
    expect(applyPolicy([change], { severity: inherited as DiffPolicy["severity"] }).changes).toEqual([change]);
  });
});

describe("diff settings and the stage cache", () => {
  it("do not change the parse cache key (they decide nothing in the IR)", async () => {
    const { provider } = readCase("patch");
    const plain = { ...provider, snapshotDir: join(casesDir, "patch/base") };
    const { diff: _d, diffIgnoreFile: _i, ...without } = plain;
    const withSettings = {
      ...without,
      diff: { severity: { "doc-changed": "off" as const } },
      diffIgnoreFile: "/x/ignore",
    };
    expect((await buildIr(withSettings)).inputKey).toBe((await buildIr(without)).inputKey);
  });
});

describe("a union member new in the head with a generated connector's code (cases/diff/duplicate-code)", () => {
  it("is what the report says: Ajv, on the head's union as written, rejects a config the base took and both members take", async () => {
    const union = async (side: string) => {
      const doc = JSON.parse(await readFile(join(casesDir, "duplicate-code", side, "openapi.json"), "utf8")) as {
        components: { schemas: Record<string, unknown> };
      };
      const ajv = new Ajv2020({ strict: false });
      ajv.addSchema({ $id: "doc", components: doc.components });
      return ajv.compile({ $ref: "doc#/components/schemas/SourceCreateRequest/properties/configuration" });
    };
    const [before, after] = [await union("base"), await union("head")];
    const both = { sourceType: "postgres", host: "db" };
    expect(before(both)).toBe(true);
    expect(after(both)).toBe(false);
    // One the second member does not take is still taken.
    expect(after({ sourceType: "postgres", host: "db", sslmode: "other" })).toBe(true);
    const report = JSON.parse(await readFile(join(casesDir, "duplicate-code/expected/report.json"), "utf8")) as {
      changes: { rule: string; connector: string }[];
    };
    expect(report.changes.map((c) => `${c.rule} ${c.connector}`)).toEqual(["connector-left-out sources/postgres"]);
  });
});

describe("duplicate union members across snapshots (connector-left-out only for one the base did not leave out)", () => {
  type Doc = { components: { schemas: Record<string, { properties: { configuration: { oneOf: unknown[] } } }> } };
  /** The duplicate-code case's head, its union's members written inline (their pointers are their places). */
  const inlined = async () => {
    const doc = JSON.parse(await readFile(join(casesDir, "duplicate-code/head/openapi.json"), "utf8")) as Doc;
    const union = doc.components.schemas["SourceCreateRequest"]!.properties.configuration;
    union.oneOf = union.oneOf.map((m) => doc.components.schemas[(m as { $ref: string }).$ref.split("/").pop()!]);
    return { doc, members: union.oneOf };
  };
  it.each([
    // [Postgres, Mysql, PostgresV2] → [Postgres, PostgresV2, Mysql]: the same member left out, at another place.
    { name: "the members reordered", edit: (list: unknown[]) => list.push(...list.splice(1, 1)), want: [] },
    {
      name: "a second duplicate of the code added",
      edit: (list: unknown[]) => list.push(structuredClone(list[2])),
      want: ["connector-left-out sources/postgres"],
    },
    { name: "the duplicate gone", edit: (list: unknown[]) => list.splice(2, 1), want: [] },
  ])("$name", async ({ edit, want }) => {
    const dir = join(work, "duplicates-moved");
    await rm(dir, { recursive: true, force: true });
    const [base, head] = [join(dir, "base"), join(dir, "head")];
    await mkdir(base, { recursive: true });
    await mkdir(head, { recursive: true });
    const before = await inlined();
    await writeFile(join(base, "openapi.json"), JSON.stringify(before.doc));
    const after = await inlined();
    edit(after.members);
    await writeFile(join(head, "openapi.json"), JSON.stringify(after.doc));
    const provider = {
      ...unionProvider(head, join(dir, "out")),
      kinds: { sources: { configProperty: "configuration" } },
    };
    for (const cache of [false, true]) {
      const report = await diffSnapshots(provider, base, head, { cache });
      expect(report.changes.map((c) => `${c.rule} ${c.connector}`)).toEqual(want);
    }
  });
});

describe("the README's rule table", () => {
  it("lists every rule with the severity, side, bump and text of rules.ts", async () => {
    const readme = await readFile(resolve(import.meta.dirname, "../README.md"), "utf8");
    const rows = new Map(
      readme
        .split("\n")
        .filter((line) => /^\| `[a-z-]+` /.test(line))
        .map((line) => {
          const [rule, severity, side, bump, doc] = line
            .split("|")
            .slice(1, -1)
            .map((cell) => cell.trim());
          return [rule!.slice(1, -1), { severity, side, bump, doc }] as const;
        })
        .filter(([, row]) => ["breaking", "warning", "info"].includes(row.severity ?? "")),
    );
    expect([...rows.keys()].sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS)
      expect(rows.get(id), id).toEqual({
        severity: RULES[id].severity,
        side: RULES[id].side,
        bump: RULES[id].bump,
        doc: RULES[id].doc,
      });
  });
});

describe("a snapshot holding a directory or FIFO where a file should be", () => {
  it("diff: its connector is left out, said so, with no stack trace and no hang; a document that is a FIFO is an error naming it", async () => {
    const root = resolve(import.meta.dirname, "..");
    const dir = join(work, "not-files");
    const [base, head] = [join(dir, "base"), join(dir, "head")];
    await rm(dir, { recursive: true, force: true });
    await cp(join(casesDir, "json-schema/base"), base, { recursive: true });
    await cp(join(casesDir, "json-schema/head"), head, { recursive: true });
    // The head's app.json a directory; kafka-cloud.json a FIFO no one writes to, in both.
    await rm(join(head, "connectors/sources/app.json"));
    await mkdir(join(head, "connectors/sources/app.json"));
    for (const side of [base, head]) execFileSync("mkfifo", [join(side, "connectors/sources/kafka-cloud.json")]);
    const config = join(dir, "codegen.config.mjs");
    const { settings } = readCase("json-schema");
    const provider = { name: "demo", ...settings, snapshot: head, out: join(dir, "out") };
    await writeFile(config, `export default ${JSON.stringify({ providers: [provider] })};\n`);
    const diff = () =>
      promisify(execFile)(
        process.execPath,
        [
          "--import",
          "tsx",
          join(root, "generator/commands/cli.ts"),
          "diff",
          "--provider",
          "demo",
          "--base",
          base,
          "--config",
          config,
          "--no-cache",
        ],
        // One process, so that a read blocked on a FIFO, which would never end, is killed and the test fails.
        { cwd: root, timeout: 20_000, killSignal: "SIGKILL" },
      ).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    const run = await diff();
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stdout).toContain(
      "connectors/sources/app.json: is not a regular file (a directory); it is not read; this connector is left out",
    );
    // Left out of both the same way: no change.
    expect(run.stdout).not.toContain("kafka-cloud");

    await rm(join(head, "openapi.json"));
    execFileSync("mkfifo", [join(head, "openapi.json")]);
    const failed = await diff();
    expect(failed.code).toBe(2);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
    expect(failed.stderr).toContain(`${join(head, "openapi.json")} is not a regular file (a FIFO); it is not read`);
  }, 60_000);
});
