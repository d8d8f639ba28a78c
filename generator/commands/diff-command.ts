// `npm run codegen -- diff`: classifies the schema changes between an older
// snapshot (a folder or a git revision) and the current one.
// Exit status: 0 fine, 1 a change meets --fail-on, 2 usage or input error.

import { lstat, mkdir, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { unknownFlag } from "./flags.js";
import { loadConfigFile, type ResolvedPackage, type ResolvedProvider } from "../config/config.js";
import { runOptionsFromEnv } from "../config/run-options.js";
import { planBump, setConfigVersion } from "../diff/bump.js";
import { diffSnapshots, type SnapshotDiff } from "../diff/diff.js";
import { emitPackage } from "../emit/package.js";
import { DIFF_FORMATS, formatReport, type DiffFormat } from "../diff/format.js";
import { isRevision, snapshotAtRevision, type GitSnapshot } from "../diff/git-snapshot.js";
import { meets, type ChangeSeverity } from "../diff/rules.js";
import { replaceFile } from "../output/replace-file.js";
import { readBoundedBytes } from "../input/bounded-file.js";
import { CodegenError } from "../ir/diagnostics.js";

export const DIFF_USAGE = `Usage: npm run codegen -- diff --provider NAME --base DIR|GITREF [--head DIR]
         [--format text|markdown|json|github|junit] [--fail-on breaking|warning|info] [--bump]

  --base DIR|GITREF  the older snapshot: a folder, or a git revision whose
                     snapshot folder (e.g. schemas/<provider>) is read
                     (a name that is both is refused: write ./DIR)
  --head DIR         the newer snapshot (default: the provider's snapshot)
  --format F         text (default), markdown (pull-request comment), json
                     ({ semver, changes }), github (workflow annotations),
                     junit (CI dashboards)
  --fail-on S        exit 1 when a change is this severe or more
  --bump             write the advised version into codegen.config.ts
                     (package.version) and the generated package.json, and
                     add a CHANGELOG.md entry in the package folder
  --config FILE      config file (default: codegen.config.ts)
  --no-cache         neither read nor fill the stage cache

  Exit status: 0 no change meets --fail-on, 1 one does, 2 usage or input error.
  Rules, severities and overrides: README.md, "Schema changes".`;

const FAIL_ON: readonly ChangeSeverity[] = ["breaking", "warning", "info"];

/** The most bytes `--bump` reads of the config, the changelog or package.json. */
const MAX_BUMP_FILE_BYTES = 16 * 1024 * 1024;

/**
 * --bump: the version in the config and package.json, and a CHANGELOG.md entry; says what it wrote.
 * The entry records where it moved from and what it compared (see BumpMark): run again against the
 * same base, the bump replaces its entry and moves from the same version, so it never bumps twice.
 * The changelog is written first, so a run killed before the other two is finished by the next.
 */
async function bump(
  configFile: string,
  pkg: ResolvedPackage,
  providers: ResolvedProvider[],
  provider: string,
  diff: SnapshotDiff,
): Promise<string> {
  // Every text first, so a config the version cannot be set in leaves all three files as they were.
  // Text that is not UTF-8 would come back with U+FFFD in place of its bytes: such a file is refused.
  const utf8 = (bytes: Buffer, file: string) => {
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new CodegenError(`--bump: ${file} is not UTF-8; nothing was written`);
    }
  };
  const changelog = join(pkg.rootDir, "CHANGELOG.md");
  const packageJson = join(pkg.rootDir, "package.json");
  // Every target a file (or absent) before any is read or written, so a folder in one's place leaves all three as
  // they were. The changelog and package.json are the repository's (a commit may put a link out of it there, a
  // FIFO or a device): only a regular file is read, so no file outside is copied into the changelog and nothing
  // is waited on. The config, which was loaded as code already, may be a link: its target is written.
  /** Refuses a target that is not a regular file (or absent); `link`: a link to one is fine. */
  const check = async (target: string, link: boolean) => {
    const kind = await (link ? stat : lstat)(target).then(
      (s) => (s.isFile() ? undefined : s.isSymbolicLink() ? "a symbolic link" : "not a file"),
      (error: NodeJS.ErrnoException) => (error.code === "ENOENT" ? undefined : `unreadable (${error.code})`),
    );
    if (kind !== undefined) throw new CodegenError(`--bump: ${target} is ${kind}; nothing was written`);
  };
  /** A target's bytes (undefined when absent): a regular file, read to a bound. */
  const read = async (file: string): Promise<Buffer | undefined> => {
    const got = await readBoundedBytes(file, MAX_BUMP_FILE_BYTES).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (got === undefined) return undefined;
    if (!("bytes" in got))
      throw new CodegenError(
        `--bump: ${file} is ${got.problem === "too-large" ? `larger than ${MAX_BUMP_FILE_BYTES} bytes` : got.what}; nothing was written`,
      );
    return Buffer.from(got.bytes.buffer, got.bytes.byteOffset, got.bytes.byteLength);
  };
  // The package folder a link (out of the repository) would take the changelog there too, as the output does not.
  if ((await lstat(pkg.rootDir).catch(() => undefined))?.isSymbolicLink())
    throw new CodegenError(`--bump: ${pkg.rootDir} is a symbolic link; nothing was written`);
  await check(changelog, false);
  const existingBytes = await read(changelog);
  const existing = existingBytes === undefined ? undefined : utf8(existingBytes, changelog);
  const plan = planBump(existing, pkg.version, provider, diff.baseHash(), diff);
  if (plan === undefined) return `--bump: no change, ${pkg.name} stays ${pkg.version}`;
  const { version } = plan;
  await check(configFile, true);
  await check(packageJson, false);
  const configText = utf8((await read(configFile)) ?? Buffer.alloc(0), configFile);
  const config = setConfigVersion(configText, configFile, pkg.version, version);
  const manifest = emitPackage({ ...pkg, version }, providers).find((f) => f.path === "package.json")!;
  await mkdir(pkg.rootDir, { recursive: true });
  // A file already as it should be is left alone, so a second run writes nothing.
  const write = async (file: string, text: string, before: string | undefined) => {
    if (text !== before) await replaceFile(file, text);
  };
  await write(changelog, plan.changelog, existing);
  if (config !== configText) await replaceFile(configFile, config, { followLink: true });
  await write(packageJson, manifest.content, (await read(packageJson))?.toString("utf8"));
  const where = `in ${configFile} and ${relative(process.cwd(), packageJson)}`;
  const log = relative(process.cwd(), changelog);
  if (plan.semver === "none")
    return `--bump: no change since the base any more, ${pkg.name} ${pkg.version} → ${version} ${where}; its entry removed from ${log}`;
  return `--bump: ${pkg.name} ${plan.from} → ${version} (${plan.semver}) ${where}; entry ${plan.replaced ? "of this unreleased change replaced in" : "added to"} ${log}`;
}

const DIFF_FLAGS = {
  provider: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  format: { type: "string", default: "text" },
  "fail-on": { type: "string" },
  config: { type: "string", default: "codegen.config.ts" },
  cache: { type: "boolean" },
  bump: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;

export async function diffCommand(argv: string[]): Promise<number> {
  const unknown = unknownFlag(argv, DIFF_FLAGS);
  if (unknown !== undefined) {
    console.error(`${unknown}\n\n${DIFF_USAGE}`);
    return 2;
  }
  let values;
  try {
    values = parseArgs({ args: argv, options: DIFF_FLAGS, allowPositionals: false, allowNegative: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${DIFF_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(DIFF_USAGE);
    return 0;
  }
  const format = values.format as DiffFormat;
  const failOn = values["fail-on"] as ChangeSeverity | undefined;
  const usage = (message: string) => {
    console.error(`${message}\n\n${DIFF_USAGE}`);
    return 2;
  };
  if (values.provider === undefined) return usage("--provider is required");
  if (values.base === undefined) return usage("--base is required");
  if (!DIFF_FORMATS.includes(format)) return usage(`unknown --format ${JSON.stringify(values.format)}`);
  if (failOn !== undefined && !FAIL_ON.includes(failOn))
    return usage(`unknown --fail-on ${JSON.stringify(values["fail-on"])}`);

  let git: GitSnapshot | undefined;
  try {
    const loaded = await loadConfigFile(values.config!);
    const provider = loaded.providers.find((p) => p.name === values.provider);
    if (provider === undefined)
      throw new CodegenError(`no provider named ${JSON.stringify(values.provider)} in ${values.config}`);
    const options = runOptionsFromEnv(process.env);
    if (values.cache !== undefined) options.cache = values.cache;
    const headDir = values.head !== undefined ? resolve(values.head) : provider.snapshotDir;
    const baseIsDir = await stat(values.base).then(
      (s) => s.isDirectory(),
      () => false,
    );
    // A folder named like a revision (`main/` beside branch main) must not stand in for it unseen.
    const spelledAsPath = /^(\.{0,2}\/|~)/.test(values.base) || isAbsolute(values.base);
    if (baseIsDir && !spelledAsPath && (await isRevision(provider.snapshotDir, values.base)))
      return usage(
        `--base ${JSON.stringify(values.base)} names both a folder and a git revision: write ./${values.base} for the folder, or the revision's commit id (or refs/…) for the revision`,
      );
    let baseDir: string;
    // A folder comes with no output of its own: its IR takes today's name lock.
    let baseOutDir = provider.outDir;
    if (baseIsDir) baseDir = resolve(values.base);
    else {
      git = await snapshotAtRevision(provider.snapshotDir, values.base, provider.outDir);
      baseDir = git.dir;
      for (const warning of git.warnings ?? []) console.error(`warning: ${warning}`);
      if (git.outDir !== undefined) baseOutDir = git.outDir;
      else
        console.error(
          `warning: ${provider.outDir} is outside the git work tree, so its name lock at ${values.base} is unknown; the base is built with today's`,
        );
    }
    const diff = await diffSnapshots(provider, baseDir, headDir, options, baseOutDir);
    for (const note of diff.unusedRenames) console.error(`warning: diff.renames: ${note}`);
    const output = formatReport(diff, format, {
      ...(failOn !== undefined ? { failOn } : {}),
      fileOf: (connector) => {
        const file = diff.files.get(connector);
        return file === undefined ? undefined : relative(process.cwd(), join(headDir, file)).split("\\").join("/");
      },
    });
    process.stdout.write(output);
    if (values.bump) {
      if (!loaded.package) throw new CodegenError(`--bump needs \`package\` in ${values.config}`);
      const written = await bump(values.config!, loaded.package, loaded.providers, provider.name, diff);
      console.error(written);
    }
    return failOn !== undefined && diff.changes.some((c) => meets(c.severity, failOn)) ? 1 : 0;
  } catch (error) {
    // Bad input, an unreadable snapshot or git failing: all exit 2, never 1 (which means "changes found").
    console.error(error instanceof CodegenError ? error.message : error);
    return 2;
  } finally {
    await git?.remove();
  }
}
