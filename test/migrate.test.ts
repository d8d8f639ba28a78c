// `npm run codegen -- migrate` on files a red team wrote: what it prints, what
// it refuses, what it writes. The snapshot is the head of
// test/cases/diff/declared-rename (sources/renamed: db.host, database.password,
// db.user), with `db.pass` and `password` declared renamed to
// `database.password`; the other migrate tests are in diff.test.ts.

import { execFileSync } from "node:child_process";
import { closeSync, constants, openSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { parseAllDocuments } from "yaml";
import { migrateCommand } from "../generator/commands/migrate-command.js";
import { migrateText, type RenameTable } from "../generator/diff/migrate.js";
import { MAX_CONFIG_BYTES } from "../templates/validate-files.js";
import { removeDir, tempDir } from "./helpers.js";

const SNAPSHOT = resolve(import.meta.dirname, "cases/diff/declared-rename/head");
const RENAMES = { "db.pass": "database.password", password: "database.password" };

let work: string;
let config: string;

beforeAll(async () => {
  work = await tempDir("migrate-");
  config = join(work, "codegen.config.mjs");
  const provider = {
    name: "demo",
    dialect: "field-list",
    suffixes: [".user.defined", ".user.displayed"],
    kinds: { sources: { connectorProperty: "connector" } },
    snapshot: SNAPSHOT,
    out: join(work, "out"),
    diff: { renames: { "sources/renamed": RENAMES } },
  };
  await writeFile(config, `export default ${JSON.stringify({ providers: [provider] })};\n`);
});
afterAll(() => removeDir(work));

/** Runs migrate on `files` (paths as given); its exit code and what it printed, one entry a console call. */
async function migrate(files: string[], ...flags: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...args) => void stdout.push(args.join(" ")));
  const err = vi.spyOn(console, "error").mockImplementation((...args) => void stderr.push(args.join(" ")));
  try {
    const code = await migrateCommand([...files, ...flags, "--config", config]);
    // Files are shown relative to the current directory: here, by their names in the work folder.
    const here = (lines: string[]) => lines.map((l) => l.split(`${relative(process.cwd(), work)}/`).join(""));
    return { code, stdout: here(stdout), stderr: here(stderr) };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

const HEADER = "provider: demo\nkind: sources\nconnector: renamed\nname: n\n";

/** Writes `text` (or bytes) to `name` in the work folder; its path. */
async function put(name: string, text: string | Uint8Array): Promise<string> {
  const path = join(work, name);
  await writeFile(path, text);
  return path;
}

// C0 and C1 controls, DEL, line separators, bidirectional controls: what a terminal could act on.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("migrate's output", () => {
  it("shows control characters in file names, keys and anchor names as escapes: one line per report", async () => {
    const name = "evil\x1b[31mRED\x1b[0m\nfake.yaml:1:1  forged line.yaml";
    const file = await put(name, `${HEADER}config:\n  dbPass: s\n`);
    const aliased = await put("alias-ctl.yaml", `x: &a\x1bc\u009b2J {dbHost: h}\n${HEADER}config: *a\x1bc\u009b2J\n`);
    const result = await migrate([file, aliased], "--dry-run");
    expect(result.code).toBe(1);
    const lines = [...result.stdout, ...result.stderr];
    expect(lines.filter((l) => CONTROL.test(l))).toEqual([]);
    expect(result.stdout.find((l) => l.includes("dbPass →"))).toMatch(
      /evil\\u001b\[31mRED\\u001b\[0m\\u000afake\.yaml:1:1 {2}forged line\.yaml:6:3 {2}sources\/renamed {2}dbPass → databasePassword$/,
    );
    expect(result.stderr.find((l) => l.includes("config is an alias"))).toMatch(
      /alias-ctl\.yaml:6:1 {2}config is an alias \(\*a\\u001bc\\u009b2J\): rename its keys where it is anchored, by hand$/,
    );
  });
});

describe("a file migrate cannot parse", () => {
  it("is reported by the error's kind and place only: the source, which may hold a secret, is not quoted", async () => {
    const file = await put("leak.yaml", `${HEADER}config:\n  dbHost: h\n  dbPass: "\\Uhunter22-and-more"\n`);
    const result = await migrate([file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual(["leak.yaml:7:12  does not parse: bad dq escape"]);
    expect([...result.stdout, ...result.stderr].join("\n")).not.toMatch(/hunter/);
  });
});

describe("a new key written plain", () => {
  /** One connector whose old authoring key `old` is renamed to `to`. */
  const table = (to: string): RenameTable =>
    new Map([["demo sources/renamed", { authoring: new Map([["old", to]]), wire: new Map(), keys: { fields: [] } }]]);
  const config = (text: string) =>
    parseAllDocuments(text).map((d) => Object.keys((d.toJS() as { config: object }).config));

  it.each([
    // given new key, want it written as
    ["null", '"null"'],
    ["Null", '"Null"'],
    ["NULL", '"NULL"'],
    ["true", '"true"'],
    ["False", '"False"'],
    ["TRUE", '"TRUE"'],
    ["~", '"~"'],
    ["0x1F", '"0x1F"'],
    ["1e3", '"1e3"'],
    ["12", '"12"'],
    ["yes", "yes"],
    ["on", "on"],
    ["databasePassword", "databasePassword"],
    ["database.password", "database.password"],
  ])("%s is written %s: YAML reads it back as that string", (to, want) => {
    const text = `${HEADER}config:\n  old: v\n`;
    const result = migrateText(text, table(to));
    expect(result.problems).toEqual([]);
    expect(result.text).toBe(`${HEADER}config:\n  ${want}: v\n`);
    expect(config(result.text)).toEqual([[to]]);
  });

  it("is quoted when the document's YAML version would read it otherwise: on and yes in YAML 1.1", () => {
    for (const to of ["on", "yes", "Off"]) {
      const text = `%YAML 1.1\n---\n${HEADER}config:\n  old: v\n`;
      const result = migrateText(text, table(to));
      expect(result.text).toBe(text.replace("  old: v", `  "${to}": v`));
      expect(config(result.text)).toEqual([[to]]);
    }
  });
});

describe("a renamed key shared through a YAML anchor", () => {
  it.each([
    // given the file after the header, want the report
    [
      "anchored: an alias elsewhere reads its text",
      "config:\n  dbHost: h\n  &k dbPass: hunter2\n  dbUser: *k\n",
      "7:6  dbPass not renamed: it is anchored (&k) and may be used elsewhere: rename it by hand",
    ],
    [
      "an alias of an old key anchored elsewhere",
      "other: &k dbPass\nconfig:\n  dbHost: h\n  *k : hunter2\n  dbUser: u\n",
      "8:3  dbPass not renamed: it is an alias (*k): rename it where it is anchored, by hand",
    ],
  ])("is left alone and reported when %s: the file is unchanged, exit 1", async (_, body, want) => {
    const text = `${HEADER}${body}`;
    const file = await put("anchored-key.yaml", text);
    const result = await migrate([file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([`anchored-key.yaml:${want}`]);
    expect(await readFile(file, "utf8")).toBe(text);
  });
});

describe("the bytes migrate writes", () => {
  it("are the file's own but for the renamed keys: a byte-order mark and CRLF line ends are kept", async () => {
    const text = `\ufeff${HEADER}config:\n  dbHost: h\n  dbUser: u\n  dbPass: x\n`.replace(/\n/g, "\r\n");
    const file = await put("bom.yaml", text);
    const result = await migrate([file]);
    expect(result.code).toBe(0);
    expect(result.stdout[0]).toBe("bom.yaml:8:3  sources/renamed  dbPass → databasePassword");
    expect(await readFile(file)).toEqual(Buffer.from(text.replace("dbPass:", "databasePassword:"), "utf8"));
  });
});

describe("what migrate reads", () => {
  let fifo: string;
  beforeAll(() => {
    fifo = join(work, "fifo.yaml");
    execFileSync("mkfifo", [fifo]);
  });
  // Should a reader be waiting on the FIFO (as one did before), a writer that comes and goes lets it go.
  afterEach(() => {
    try {
      closeSync(openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // No reader waiting: nothing to release.
    }
  });

  it("is only regular files, opened without blocking and read to a bound; the other files are migrated", async () => {
    const ok = await put("ok.yaml", `${HEADER}config:\n  dbPass: s\n`);
    const big = await put("big.yaml", `${HEADER}config:\n  dbPass: s\n${"#".repeat(MAX_CONFIG_BYTES)}\n`);
    const result = await migrate([fifo, "/dev/zero", big, ok]);
    expect(result.code).toBe(1);
    expect(result.stderr).toEqual([
      "fifo.yaml: is not a regular file (a FIFO); left unchanged",
      expect.stringMatching(/^(\.\.\/)*dev\/zero: is not a regular file \(a device\); left unchanged$/),
      `big.yaml: is larger than ${MAX_CONFIG_BYTES} bytes; left unchanged`,
    ]);
    expect(result.stdout).toEqual(["ok.yaml:6:3  sources/renamed  dbPass → databasePassword", "4 file(s), 1 changed"]);
    expect(await readFile(ok, "utf8")).toContain("databasePassword: s");
  }, 20_000);
});

describe("the keys migrate renames", () => {
  it.each([
    // given a config (and a `keys:` line), want it migrated to
    ["wire keys, told from the keys", "  db.host: h\n  db.user: u\n  password: s\n", "  database.password: s\n"],
    ["wire keys, told from the keys", "  db.host: h\n  db.user: u\n  db.pass: s\n", "  database.password: s\n"],
    ["wire keys, said by keys: wire", "  password: s\n", "  database.password: s\n", "keys: wire\n"],
    ["authoring keys, told from the keys", "  dbHost: h\n  dbUser: u\n  password: s\n", "  databasePassword: s\n"],
    ["authoring keys, told from the keys", "  dbHost: h\n  dbPass: s\n", "  databasePassword: s\n"],
    ["authoring keys on a tie", "  password: s\n", "  databasePassword: s\n"],
    [
      "authoring keys, said by keys: authoring",
      "  db.host: h\n  password: s\n",
      "  databasePassword: s\n",
      "keys: authoring\n",
    ],
  ])("are the side validate reads (%s)", async (_, body, want, keysLine = "") => {
    const text = `${HEADER}${keysLine}config:\n${body}`;
    const file = await put("side.yaml", text);
    const result = await migrate([file]);
    expect(result.code).toBe(0);
    const old = body.split("\n").at(-2)!;
    expect(await readFile(file, "utf8")).toBe(text.replace(`${old}\n`, want));
  });
});
