// Every fenced block of the README is checked, not only its TypeScript modules
// (test/readme-examples.test.ts): each command line runs as written (placeholders
// such as DIR filled in) in a temporary copy of the repository, never in this
// checkout, with the exit status the README gives; the sample output is the real
// output of the file it describes; the config file, the ignore file, the editor
// settings and the config fragments are read by the code that reads them. A block
// or command that cannot run here is named, with its reason, in a
// `<!-- not run by the tests: COMMAND (reason) -->` comment right above its fence.
// The generated package's README (generated/README.md) is checked the same way;
// the connector pages' blocks are test/docs-examples.test.ts's.

import { execFile, spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIgnoreFile } from "../generator/diff/policy.js";
import { isRuleId } from "../generator/diff/rules.js";
import { validateText } from "../generated/index.js";
import { startEmulator, type Emulator } from "../scripts/emulator.js";
import { CLI, removeDir, tempDir, typeCheck } from "./helpers.js";
import { fencedBlocks, isModuleExample, type Fence } from "./markdown-fences.js";

const root = resolve(import.meta.dirname, "..");
const tsx = join(root, "node_modules/tsx/dist/cli.mjs");
/** The package's bin, as `npx connector-configs` runs it once the package is installed. */
const bin = join(root, "generated/bin/cli.js");
const readme = fencedBlocks(readFileSync(join(root, "README.md"), "utf8"));
const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> })
  .scripts;

/** How a block is checked; undefined: nothing here knows it (the coverage test fails). */
type Kind =
  | "module"
  | "config-fragment"
  | "commands"
  | "config-file"
  | "editor-settings"
  | "validate-output"
  | "ignore-file"
  | "layout";
function kindOf(f: Fence): Kind | undefined {
  if (isModuleExample(f)) return "module";
  if (f.lang === "ts") return "config-fragment";
  if (f.lang === "sh") return "commands";
  if (f.lang === "yaml") return "config-file";
  if (f.lang === "json") return "editor-settings";
  if (f.lang === "text") return /^\S+:\d+:\d+ /.test(f.code) ? "validate-output" : "ignore-file";
  if (f.lang === "") return "layout";
  return undefined;
}
const ofKind = (kind: Kind) => readme.filter((f) => kindOf(f) === kind);

// --- command lines --------------------------------------------------------------

interface Command {
  block: Fence;
  /** As written, continuation lines joined, the comment dropped. */
  text: string;
  env: Record<string, string>;
  argv: string[];
  /** `> FILE`: stdout goes there. */
  stdoutTo?: string;
}

/** The commands of a `sh` block: `\` continuations joined, `# …` comments dropped, `&&` split. */
function commandsOf(block: Fence): Command[] {
  const lines = block.code.replace(/\\\n/g, " ").split("\n");
  return lines
    .map((l) =>
      l
        .replace(/\s+#.*$/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((l) => l !== "")
    .flatMap((l) => l.split(/\s+&&\s+/))
    .map((text) => {
      const words = [...text.matchAll(/'([^']*)'|(\S+)/g)].map((w) => w[1] ?? w[2]!);
      const env: Record<string, string> = {};
      while (/^[A-Z_]+=/.test(words[0] ?? "")) {
        const [name, ...value] = words.shift()!.split("=");
        env[name!] = value.join("=");
      }
      const redirect = words.indexOf(">");
      const stdoutTo = redirect >= 0 ? words[redirect + 1] : undefined;
      return {
        block,
        text,
        env,
        argv: redirect >= 0 ? words.slice(0, redirect) : words,
        ...(stdoutTo ? { stdoutTo } : {}),
      };
    });
}

const commands = ofKind("commands").flatMap(commandsOf);
const notRun = (c: Command) => c.block.notRun.find((n) => n.command === c.text);

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

async function exec(file: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Ran> {
  const base: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", CI: "1" };
  delete base.INIT_CWD;
  return promisify(execFile)(file, args, { cwd, env: { ...base, ...env }, maxBuffer: 64 << 20 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

/**
 * Runs a README command in `cwd`: `npm run codegen -- …` through the command
 * line's entry, `npx connector-configs …` through the package's bin. Flags are
 * passed as written; `fill` replaces placeholders (DIR, NAME, …) word by word.
 */
async function run(
  c: Command,
  cwd: string,
  fill: (word: string, i: number, argv: string[]) => string = (w) => w,
  env: Record<string, string> = {},
): Promise<Ran> {
  const argv = c.argv.map(fill);
  let result: Ran;
  if (argv[0] === "npm" && argv[1] === "run" && argv[2] === "codegen") {
    const args = argv[3] === "--" ? argv.slice(4) : argv.slice(3);
    // `npm run` starts in the repository and says where it was run from.
    result = await exec(process.execPath, [CLI, ...args], cwd, { ...c.env, ...env, INIT_CWD: cwd });
  } else if (argv[0] === "npx" && argv[1] === "connector-configs") {
    result = await exec(process.execPath, [bin, ...argv.slice(2)], cwd, { ...c.env, ...env });
  } else throw new Error(`README line ${c.block.line}: no way to run ${JSON.stringify(c.text)}`);
  // A flag the command no longer has is an "unknown option" with a suggestion; it must never appear.
  expect(result.stderr, c.text).not.toMatch(/unknown option/i);
  if (c.stdoutTo) await writeFile(join(cwd, c.stdoutTo), result.stdout);
  return result;
}

/**
 * The README command whose text matches (written once, or the same way each
 * time), so a test of it fails when the README drops or rewrites it.
 */
function command(pattern: RegExp): Command {
  const found = commands.filter((c) => pattern.test(c.text));
  expect(found.length, `README commands matching ${pattern}`).toBeGreaterThan(0);
  expect(new Set(found.map((c) => c.text)).size, `README commands matching ${pattern}`).toBe(1);
  for (const c of found) checkedCommands.add(c);
  return found[0]!;
}

const checkedCommands = new Set<Command>();
function commandTest(pattern: RegExp, body: (c: Command) => Promise<void>, timeout = 60_000) {
  for (const c of commands) if (pattern.test(c.text)) checkedCommands.add(c);
  const title = commands.find((c) => pattern.test(c.text))?.text ?? String(pattern);
  it(`README: ${title}`, async () => body(command(pattern)), timeout);
}

// --- the repository copy ---------------------------------------------------------

let repo: string;
let work: string;
/** A second copy under git (`main`, `origin/main`, `HEAD~1`) for the diff commands. */
let gitRepo: string;
/** The snapshot as committed here: the diff commands' base folder. */
let baseSnapshot: string;
let removedField: string;

/** The config, the snapshots and the output (for `diff`, only what it reads and `--bump` writes). */
async function copyRepo(to: string, output: "all" | "diff" = "all"): Promise<void> {
  await mkdir(to, { recursive: true });
  await cp(join(root, "codegen.config.ts"), join(to, "codegen.config.ts"));
  await cp(join(root, "schemas"), join(to, "schemas"), { recursive: true });
  if (output === "all") await cp(join(root, "generated"), join(to, "generated"), { recursive: true });
  else
    for (const file of ["package.json", "streamkap/names.lock.json", "unstructured/names.lock.json"])
      await cp(join(root, "generated", file), join(to, "generated", file), { recursive: true });
  // codegen.config.ts imports defineConfig from here.
  await symlink(join(root, "generator"), join(to, "generator"));
  // Nothing may reach the real APIs: a fetch that misses the emulator gets a closed port.
  const config = join(to, "codegen.config.ts");
  const text = await readFile(config, "utf8");
  await writeFile(config, text.replace(/defaultBaseUrl: "[^"]*"/g, 'defaultBaseUrl: "http://127.0.0.1:9"'));
}

async function git(cwd: string, ...args: string[]): Promise<void> {
  const r = await exec("git", ["-c", "user.name=readme", "-c", "user.email=readme@example.invalid", ...args], cwd);
  expect(r.stderr + r.stdout, `git ${args.join(" ")}`).toBeDefined();
  expect(r.code, `git ${args.join(" ")}: ${r.stderr}`).toBe(0);
}

beforeAll(async () => {
  work = await tempDir("readme-commands-");
  repo = join(work, "repo");
  await copyRepo(repo);
  baseSnapshot = join(work, "base-streamkap");
  await cp(join(root, "schemas/streamkap"), baseSnapshot, { recursive: true });

  // The git copy: commit 1 as committed here (also `origin/main`), commit 2 with a field removed.
  gitRepo = join(work, "git");
  await copyRepo(gitRepo, "diff");
  await writeFile(join(gitRepo, ".gitignore"), "generator\n");
  await git(gitRepo, "init", "-q", "-b", "main");
  await git(gitRepo, "add", ".");
  await git(gitRepo, "commit", "-q", "-m", "snapshot");
  await git(gitRepo, "update-ref", "refs/remotes/origin/main", "HEAD");
  const file = join(gitRepo, "schemas/streamkap/connectors/sources/postgresql.json");
  const schema = JSON.parse(await readFile(file, "utf8")) as {
    config: { name: string; user_defined: boolean; conditions?: unknown }[];
  };
  const conditions = JSON.stringify(schema.config.map((f) => f.conditions ?? []));
  // A field authors set that no condition names, so the rest of the connector reads as before.
  const field = schema.config.filter((f) => f.user_defined && !conditions.includes(JSON.stringify(f.name))).at(-1)!;
  removedField = field.name;
  schema.config = schema.config.filter((f) => f !== field);
  await writeFile(file, `${JSON.stringify(schema, null, 2)}\n`);
  await git(gitRepo, "commit", "-q", "-am", "remove a field");
}, 120_000);
afterAll(async () => {
  await removeDir(work);
});

// --- coverage ---------------------------------------------------------------------

describe("every fenced block of the README is checked or marked not run", () => {
  it("each block has a check (or a reason above it)", () => {
    const unchecked = readme.filter((f) => kindOf(f) === undefined && f.notRun.length === 0);
    expect(unchecked.map((f) => `line ${f.line}: \`\`\`${f.lang}`)).toEqual([]);
    // Every check still finds its blocks.
    for (const kind of [
      "module",
      "config-fragment",
      "commands",
      "config-file",
      "editor-settings",
      "validate-output",
      "ignore-file",
      "layout",
    ] as const)
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
  });

  it("each command is run by a test below or named, with a reason, in a not-run comment above its block", () => {
    const unhandled = commands.filter((c) => !checkedCommands.has(c) && !notRun(c));
    expect(unhandled.map((c) => `line ${c.block.line}: ${c.text}`)).toEqual([]);
    for (const block of ofKind("commands"))
      for (const n of block.notRun) {
        expect(n.reason, `README line ${block.line}: ${n.command}`).not.toBe("");
        expect(
          commandsOf(block).map((c) => c.text),
          `not-run entry above line ${block.line}`,
        ).toContain(n.command);
      }
    // A command that is not run still names a script that exists.
    for (const c of commands)
      if (c.argv[0] === "npm" && c.argv[1] === "run") expect(Object.keys(scripts), c.text).toContain(c.argv[2]);
  });
});

// --- npm run codegen ---------------------------------------------------------------

describe("the Commands block, in a copy of the repository", () => {
  commandTest(/^npm run codegen$/, async (c) => {
    const r = await run(c, repo);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^streamkap: \d+ connectors, \d+ files.*(written to|unchanged in) generated\/streamkap/m);
    expect(r.code).toBe(0);
  });

  commandTest(/^npm run codegen -- --check$/, async (c) => {
    const fresh = await run(c, repo);
    expect(fresh.stdout).toContain("generated/streamkap is up to date");
    expect(fresh.code).toBe(0);
    // "exit 1, naming every stale file"
    const file = join(repo, "generated/streamkap/index.ts");
    const original = await readFile(file, "utf8");
    await writeFile(file, `${original}// edited\n`);
    const stale = await run(c, repo);
    await writeFile(file, original);
    expect(stale.stderr).toContain("differs generated/streamkap/index.ts");
    expect(stale.code).toBe(1);
  });

  commandTest(/^npm run codegen -- --provider \S+ --snapshot DIR --out DIR$/, async (c) => {
    const out = join(work, "own-out");
    const fill = (w: string, i: number, argv: string[]) =>
      w !== "DIR" ? w : argv[i - 1] === "--snapshot" ? baseSnapshot : out;
    const r = await run(c, repo, fill);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(out, "manifest.json"))).toBe(true);
  });

  commandTest(/^npm run codegen -- --no-cache --threads 1$/, async (c) => {
    // A run without the cache takes over 10 s; the flags are what can go stale, so they are parsed
    // (an unknown one exits 2 before `--help` is read) and the help names them.
    const r = await run({ ...c, argv: [...c.argv, "--help"] }, repo);
    expect(r.code, r.stderr).toBe(0);
    for (const flag of c.argv.filter((w) => w.startsWith("--") && w !== "--"))
      expect(r.stdout).toContain(flag.replace(/^--no-/, "--"));
  });

  commandTest(/^npm run codegen -- --verbose$/, async (c) => {
    const r = await run(c, repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^streamkap: /m);
  });

  commandTest(/^npm run codegen -- --quiet$/, async (c) => {
    const r = await run(c, repo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).toBe("");
  });

  commandTest(/^npm run codegen -- --help$/, async (c) => {
    const r = await run(c, repo);
    expect(r.code).toBe(0);
    // Every flag the Commands block shows is in the help.
    const block = c.block.code;
    for (const [flag] of block.matchAll(/(?<= )--[a-z-]+/g))
      if (!/^--(base|head|format|fail-on|bump|port|fault)$/.test(flag)) expect(r.stdout, flag).toContain(flag);
  });

  commandTest(/^npm run codegen -- validate PATH\.\.\.$/, async (c) => {
    const dir = join(repo, "configs");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "orders.yaml"), ORDERS_YAML);
    const r = await run(c, repo, (w) => (w === "PATH..." ? "configs/" : w));
    expect(r.stdout.trimEnd()).toBe(validateOutput());
    expect(r.code).toBe(1);
  });

  commandTest(/^npm run codegen -- diff --provider streamkap --base main$/, async (c) => {
    // `main` is the work tree's own commit: nothing changed.
    const r = await run(c, gitRepo);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/no change|0 change/i);
  });
});

// --- the fetch commands against the emulator ----------------------------------

describe("the fetch commands, against the emulator on 127.0.0.1", () => {
  const token = "readme-token";
  const emulators: Emulator[] = [];
  const urls: Record<string, string> = {};
  beforeAll(async () => {
    const { loadConfig } = await import("../generator/config/config.js");
    for (const provider of await loadConfig(join(repo, "codegen.config.ts"))) {
      const emulator = await startEmulator({ provider, token });
      emulators.push(emulator);
      urls[provider.fetch!.baseUrlEnv] = emulator.url;
      urls[provider.fetch!.credential!.env] = token;
    }
  });
  afterAll(async () => {
    for (const e of emulators) await e.close();
  });
  /** The README's variables, pointed at the emulators; a name the config does not read fails the test. */
  const env = (c: Command) => {
    for (const name of Object.keys(c.env)) expect(Object.keys(urls), `${c.text}: ${name}`).toContain(name);
    return urls;
  };

  commandTest(/^npm run codegen -- --fetch$/, async (c) => {
    const r = await run(c, repo, undefined, env(c));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^streamkap: fetched \d+ request/m);
    expect(r.stdout).toMatch(/^unstructured: fetched \d+ request/m);
  });

  commandTest(/^npm run codegen -- --fetch --check$/, async (c) => {
    const r = await run(c, repo, undefined, env(c));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("generated/streamkap is up to date");
  });

  for (const provider of ["streamkap", "unstructured"])
    commandTest(new RegExp(`^\\S+=\\S+ \\S+=\\S+ npm run codegen -- --fetch --provider ${provider}$`), async (c) => {
      const r = await run(c, repo, undefined, env(c));
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^${provider}: connectors added 0, removed 0, changed 0`, "m"));
    });

  commandTest(/^npm run emulator -- /, async (c) => {
    // The script as `npm run emulator` starts it; port 0 instead of a fixed one that may be taken.
    const args = c.argv.slice(4).map((w, i, a) => (a[i - 1] === "--port" ? "0" : w));
    const child = spawn(process.execPath, [tsx, join(root, "scripts/emulator.ts"), ...args], {
      cwd: repo,
      env: { ...process.env, STREAMKAP_TOKEN: token },
    });
    try {
      const url = await new Promise<string>((resolveUrl, reject) => {
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += String(d);
          const m = /emulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m) resolveUrl(m[1]!);
        });
        child.on("exit", (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
      });
      const ok = await fetch(`${url}/openapi.json`, { headers: { authorization: `Bearer ${token}` } });
      expect(ok.status).toBe(200);
      expect(((await ok.json()) as { openapi: string }).openapi).toMatch(/^3\./);
      const refused = await fetch(`${url}/openapi.json`);
      expect(refused.status).toBe(401);
    } finally {
      child.kill();
    }
  });
});

// --- the diff commands ---------------------------------------------------------

describe("the diff commands, in a git copy whose last commit removed a field", () => {
  // The synopsis: every --format and --fail-on value, --head and --bump, each run once.
  commandTest(/^npm run codegen -- diff --provider NAME /, async (c) => {
    // `[--format text|markdown|…]` → each value once.
    const options = [...c.text.matchAll(/\[(--[a-z-]+)(?: ([^\]]+))?\]/g)].map((m) => ({
      flag: m[1]!,
      values: m[2]?.split("|") ?? [],
    }));
    expect(options.map((o) => o.flag)).toEqual(["--head", "--format", "--fail-on", "--bump"]);
    const formats = options.find((o) => o.flag === "--format")!.values;
    const failOn = options.find((o) => o.flag === "--fail-on")!.values;
    const required = c.text.slice(0, c.text.indexOf("[")).trim().split(/\s+/);
    const fill = (w: string) => (w === "NAME" ? "streamkap" : w === "DIR|GITREF" ? baseSnapshot : w);
    for (const [i, format] of formats.entries()) {
      const argv = [
        ...required,
        "--head",
        "schemas/streamkap",
        "--format",
        format,
        "--fail-on",
        failOn[i % failOn.length]!,
      ];
      const r = await run({ ...c, argv }, gitRepo, fill);
      // The head lost a field: a breaking change meets every --fail-on.
      expect(r.code, `${format}: ${r.stderr}`).toBe(1);
      expect(r.stdout, format).toContain(removedField);
    }
    const bump = await run({ ...c, argv: [...required, "--bump"] }, gitRepo, fill);
    expect(bump.code, bump.stderr).toBe(0);
    expect(await readFile(join(gitRepo, "generated/CHANGELOG.md"), "utf8")).toContain("field-removed");
    expect(await readFile(join(gitRepo, "codegen.config.ts"), "utf8")).toMatch(/version: "1\.0\.0"/);
  });

  commandTest(
    /^npm run codegen -- diff --provider streamkap --base origin\/main --format markdown > comment\.md$/,
    async (c) => {
      const r = await run(c, gitRepo);
      expect(r.code, r.stderr).toBe(0);
      const comment = await readFile(join(gitRepo, "comment.md"), "utf8");
      expect(comment).toMatch(/^\|.*\|$/m);
      expect(comment).toContain("field-removed");
    },
  );

  commandTest(
    /^npm run codegen -- diff --provider streamkap --base HEAD~1 --format github --fail-on breaking$/,
    async (c) => {
      const r = await run(c, gitRepo);
      expect(r.stdout).toMatch(/^::error file=schemas\/streamkap\/connectors\/sources\/postgresql\.json/m);
      expect(r.code).toBe(1);
    },
  );
});

// --- the package's validate command and its sample output ----------------------

/**
 * The file the sample output describes: each problem at the line and column the
 * README prints, everything else the connector needs present.
 */
const ORDERS_YAML = `# yaml-language-server: $schema=../generated/streamkap/schemas/config-file.schema.json
provider: streamkap
kind: sources
connector: postgresql
name: orders-db
config:
  databasePort: "5432"
  databaseHostname: db.internal
  databaseUser: cdc
  databseDbname: orders
  databasePassword: hunter2
  schemaIncludeList: public
  tableIncludeList: public.orders
  heartbeatEnabled: false
  databaseSslmode: maybe
  snapshotReadOnly: maybe
  signalDataCollectionSchemaOrDatabase: public
`;
const validateOutput = () => {
  const [sample] = ofKind("validate-output");
  return sample!.code.trimEnd();
};

describe("the package's validate command (npx connector-configs validate)", () => {
  let consumer: string;
  beforeAll(async () => {
    consumer = join(work, "consumer");
    await mkdir(join(consumer, "configs"), { recursive: true });
    await writeFile(join(consumer, "configs/orders.yaml"), ORDERS_YAML);
    // What the globs line finds: the README's config file and a JSON one; hidden folders and node_modules skipped.
    const [configFile] = ofKind("config-file");
    await mkdir(join(consumer, "deploy/prod"), { recursive: true });
    await writeFile(join(consumer, "deploy/prod/orders.yaml"), configFile!.code);
    await writeFile(
      join(consumer, "a.json"),
      JSON.stringify({
        provider: "unstructured",
        kind: "sources",
        connector: "s3",
        name: "docs",
        config: { remoteUrl: "s3://bucket/" },
      }),
    );
    for (const skipped of [".hidden", "node_modules/x"]) {
      await mkdir(join(consumer, "deploy", skipped), { recursive: true });
      await writeFile(join(consumer, "deploy", skipped, "bad.yaml"), "provider: nobody\n");
    }
  });

  commandTest(/^npx connector-configs validate configs\/$/, async (c) => {
    const r = await run(c, consumer);
    // The sample output is this file's output, line for line.
    expect(r.stdout.trimEnd()).toBe(validateOutput());
    expect(r.code).toBe(1);
  });

  commandTest(/^npx connector-configs validate 'deploy\/\*\*\/\*\.yaml' a\.json$/, async (c) => {
    const r = await run(c, consumer);
    expect(r.stdout.trimEnd()).toBe("2 files, 0 with problems, 0 problems");
    expect(r.code, r.stdout).toBe(0);
  });

  commandTest(/^npx connector-configs validate configs\/ --format json$/, async (c) => {
    const r = await run(c, consumer);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: string[]; problems: Record<string, unknown>[]; summary: unknown };
    expect(Object.keys(report).sort()).toEqual(["files", "problems", "summary"]);
    expect(report.files).toEqual(["configs/orders.yaml"]);
    // The README: problems are `{ file, line, column, path, wirePath, code, message }`.
    for (const p of report.problems)
      expect(Object.keys(p).sort()).toEqual(["code", "column", "file", "line", "message", "path", "wirePath"]);
    expect(report.problems.map((p) => `${String(p.line)}:${String(p.column)}`)).toEqual(
      [...validateOutput().matchAll(/^configs\/orders\.yaml:(\d+:\d+) /gm)].map((m) => m[1]),
    );
  });
});

// --- files the README shows -----------------------------------------------------

describe("the files the README shows", () => {
  it.each(ofKind("config-file").map((f) => [f.line, f] as const))(
    "the config file at line %i validates",
    (_line, f) => {
      expect(validateText(f.code, { format: "yaml" })).toEqual([]);
      // Its $schema line works from a folder next to generated/ (connectors/orders.yaml).
      const schema = /\$schema=(\S+)/.exec(f.code)?.[1];
      expect(schema).toBeDefined();
      expect(existsSync(resolve(root, "connectors", schema!))).toBe(true);
    },
  );

  it.each(ofKind("editor-settings").map((f) => [f.line, f] as const))(
    "the editor settings at line %i are JSON naming shipped schemas",
    (_line, f) => {
      const settings = JSON.parse(f.code) as {
        "json.schemas": { fileMatch: string[]; url: string }[];
        "yaml.schemas": Record<string, string>;
      };
      const paths = [...settings["json.schemas"].map((s) => s.url), ...Object.keys(settings["yaml.schemas"])];
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect(existsSync(resolve(root, p)), p).toBe(true);
    },
  );

  it.each(ofKind("ignore-file").map((f) => [f.line, f] as const))(
    "the diff ignore file at line %i parses, naming real rules and connectors",
    (_line, f) => {
      const entries = parseIgnoreFile(f.code, "README.md");
      const lines = f.code.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
      expect(entries).toHaveLength(lines.length);
      for (const e of entries) {
        expect(isRuleId(e.rule)).toBe(true);
        if (e.connector !== "*")
          expect(existsSync(join(root, "schemas/streamkap/connectors", `${e.connector}.json`)), e.connector).toBe(true);
      }
    },
  );

  it.each(ofKind("layout").map((f) => [f.line, f] as const))(
    "the layout at line %i names folders and files that exist under generator/",
    (_line, f) => {
      const folders = [...f.code.matchAll(/(?<![\w.-])([a-z]+)\/(?=\s)/g)].map((m) => m[1]!);
      expect(folders.length).toBeGreaterThan(5);
      for (const folder of folders) expect(existsSync(join(root, "generator", folder)), `${folder}/`).toBe(true);
      const files = [...f.code.matchAll(/\b([a-z-]+\.ts)\b/g)]
        .map((m) => m[1]!)
        .filter((n) => n !== "codegen.config.ts");
      const all = readdirSync(join(root, "generator"), { recursive: true }).map(String);
      for (const file of files)
        expect(
          all.some((p) => p.endsWith(`/${file}`)),
          file,
        ).toBe(true);
      expect(existsSync(join(root, "codegen.config.ts"))).toBe(true);
    },
  );
});

// --- config fragments -----------------------------------------------------------

describe("the config fragments, in the README's codegen.config.ts", () => {
  /** The README's config with each fragment in place: a provider entry, or a provider setting of streamkap. */
  async function readmeConfig(): Promise<string> {
    const config = readme.find((f) => isModuleExample(f) && /defineConfig\(/.test(f.code));
    expect(config).toBeDefined();
    let text = config!.code;
    for (const fragment of ofKind("config-fragment")) {
      const code = fragment.code.trim();
      if (code.startsWith("{")) text = text.replace("providers: [", `providers: [\n${code},`);
      else text = text.replace('name: "streamkap",', `name: "streamkap",\n${code}`);
    }
    return text;
  }

  it("type-checks, loads, generates with the overrides and diffs with the ignore file", async () => {
    const dir = join(work, "fragments");
    await copyRepo(dir);
    const text = await readmeConfig();
    await writeFile(join(dir, "readme.config.ts"), text);
    // The union provider's snapshot: the golden union case.
    await cp(join(root, "test/cases/union/input"), join(dir, "schemas/platform"), { recursive: true });
    const [ignore] = ofKind("ignore-file");
    const ignorePath = /ignore: "([^"]+)"/.exec(text)?.[1];
    expect(ignorePath).toBeDefined();
    await writeFile(join(dir, ignorePath!), ignore!.code);

    // Type-checked inside the checkout (its package.json and node_modules), importing this checkout's generator.
    const check = join(root, "test", `.readme-commands-${process.pid}`);
    await mkdir(check, { recursive: true });
    try {
      await writeFile(join(check, "readme.config.ts"), text.replace('from "./generator/', `from "${root}/generator/`));
      const types = await typeCheck(check, {
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          skipLibCheck: true,
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
        },
        files: ["readme.config.ts"],
      });
      expect(types).toBe("");
    } finally {
      await removeDir(check);
    }

    // Every provider generates: an override that matches nothing, a bad diff setting or kinds the union snapshot lacks fail the run.
    const r = await exec(process.execPath, [CLI, "--config", "readme.config.ts", "--quiet"], dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const postgresql = await readFile(join(dir, "generated/streamkap/sources/postgresql.gen.ts"), "utf8");
    expect(postgresql).toContain("databaseName");

    // The ignore file is read by diff: a removed `legacy.flag` of sources/postgresql is accepted.
    const base = join(work, "fragments-base");
    await cp(join(dir, "schemas/streamkap"), base, { recursive: true });
    const file = join(base, "connectors/sources/postgresql.json");
    const schema = JSON.parse(await readFile(file, "utf8")) as { config: Record<string, unknown>[] };
    schema.config.push({ ...schema.config.at(-1), name: "legacy.flag", display_name: "Legacy flag", required: false });
    await writeFile(file, JSON.stringify(schema));
    const diff = await exec(
      process.execPath,
      [CLI, "diff", "--config", "readme.config.ts", "--provider", "streamkap", "--base", base, "--format", "json"],
      dir,
    );
    expect(diff.code, diff.stderr).toBe(0);
    const report = JSON.parse(diff.stdout) as { changes: { rule: string; field?: string }[] };
    expect(report.changes.filter((ch) => ch.field === "legacy.flag")).toEqual([]);
  }, 120_000);
});

// --- the generated package's README --------------------------------------------

describe("the package's own README (generated/README.md)", () => {
  const pkgReadme = fencedBlocks(readFileSync(join(root, "generated/README.md"), "utf8"));

  it("holds only ts blocks and sh commands of the bin, each checked below", () => {
    expect(pkgReadme.map((f) => f.lang).sort()).toEqual(["sh", "ts", "ts"]);
  });

  it("its validate commands run as written, with the exit status and output it describes", async () => {
    const dir = join(work, "package-readme");
    await mkdir(join(dir, "configs/nested"), { recursive: true });
    await writeFile(join(dir, "configs/nested/orders.yaml"), ORDERS_YAML);
    const [configFile] = ofKind("config-file");
    await writeFile(join(dir, "a.yaml"), configFile!.code);
    const lines = pkgReadme.filter((f) => f.lang === "sh").flatMap(commandsOf);
    expect(lines.length).toBeGreaterThan(0);
    for (const c of lines) {
      const r = await run(c, dir);
      const report = c.argv.includes("json") ? (JSON.parse(r.stdout) as { problems: unknown[] }) : undefined;
      const problems = report ? report.problems.length : Number(/(\d+) problems$/m.exec(r.stdout)?.[1]);
      // The sample's four problems wherever its file is found; the README's config file has none.
      const want = c.argv.includes("a.yaml") ? 0 : 4;
      expect(problems, `${c.text}: ${r.stdout}${r.stderr}`).toBe(want);
      expect(r.code, c.text).toBe(want > 0 ? 1 : 0);
    }
  });

  it("its ts blocks type-check against the package as a consumer installs it (`<code>` a real connector)", async () => {
    const dir = join(work, "package-consumer");
    await mkdir(join(dir, "node_modules"), { recursive: true });
    await symlink(join(root, "generated"), join(dir, "node_modules/connector-configs"));
    await writeFile(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    const code = readdirSync(join(root, "generated/streamkap/destinations"))
      .find((f) => f.endsWith(".gen.ts"))!
      .slice(0, -".gen.ts".length);
    for (const [i, f] of pkgReadme.filter((b) => b.lang === "ts").entries())
      await writeFile(
        join(dir, `example-${i}.ts`),
        // `text` stands for a file's content, as the README's comment says.
        `export {};\ndeclare const text: string;\n${f.code.replaceAll("<code>", code)}`,
      );
    const output = await typeCheck(dir, {
      compilerOptions: {
        module: "NodeNext",
        moduleResolution: "NodeNext",
        types: ["node"],
        typeRoots: [join(root, "node_modules/@types")],
        skipLibCheck: true,
      },
      include: ["example-*.ts"],
    });
    expect(output).toBe("");
  }, 120_000);
});
