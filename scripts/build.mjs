// Compiles the generator (generator/**/*.ts, and templates/runtime.ts, which it
// imports) to JavaScript in build/, one module per source file, so `npm run codegen` runs without a TypeScript
// loader. `npm ci` runs it (the `prepare` script); `node scripts/build.mjs`
// runs it by hand.
//
// A stale build is never run: scripts/codegen.mjs, the one entry that users,
// tests and CI start, calls `ensureBuilt()` first, which compares a hash of
// the sources' contents (not their times: a checkout or stash can set any
// time) with the one recorded by the last build, and rebuilds when they differ.
// Hashing the sources costs a few milliseconds; a rebuild, a few hundred.
// Every file is written whole (temp file, rename) and the stamp last, so runs
// that rebuild at the same time write the same bytes and never read a half file.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_DIRS = ["generator", "templates"];
const OUT = join(ROOT, "build");
const STAMP = join(OUT, "stamp");
/** The compiled command line. */
export const ENTRY = join(OUT, "generator", "commands", "cli.js");

/**
 * The Node.js flags `npm run codegen` starts node with (package.json's `codegen` script), for the
 * benches that time the command as it runs.
 */
export function codegenNodeFlags() {
  const script = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.codegen;
  const words = script.split(/\s+/);
  return words.slice(1, words.indexOf("scripts/codegen.mjs")).filter((w) => w.startsWith("--"));
}

function sourceFiles() {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
      .map((e) => join(e.parentPath, e.name)),
  ).sort();
}

/** Hash of everything the build depends on: the sources, this script, the esbuild version. */
function stamp(files) {
  const hash = createHash("sha256");
  const esbuild = JSON.parse(readFileSync(join(ROOT, "node_modules", "esbuild", "package.json"), "utf8")).version;
  hash.update(`esbuild ${esbuild}\0`).update(readFileSync(import.meta.filename));
  for (const file of files) hash.update(`\0${relative(ROOT, file)}\0`).update(readFileSync(file));
  return hash.digest("hex");
}

function recordedStamp() {
  try {
    return readFileSync(STAMP, "utf8");
  } catch {
    return undefined;
  }
}

async function writeWhole(file, content) {
  await mkdir(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  await writeFile(temp, content);
  await rename(temp, file);
}

async function listJs(dir) {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Compiles every source; returns the number of modules written. */
export async function build() {
  const files = sourceFiles();
  const version = stamp(files);
  const { build: esbuild } = await import("esbuild");
  const result = await esbuild({
    entryPoints: files,
    outdir: OUT,
    outbase: ROOT,
    format: "esm",
    platform: "node",
    target: "node20",
    // One file per module, imports kept: `./x.js` specifiers already name the compiled files.
    bundle: false,
    write: false,
    logLevel: "warning",
  });
  const written = new Set(result.outputFiles.map((f) => f.path));
  await Promise.all(result.outputFiles.map((f) => writeWhole(f.path, f.contents)));
  // Modules whose source is gone would never be imported, but would mislead a reader.
  for (const dir of SOURCE_DIRS)
    for (const file of await listJs(join(OUT, dir)))
      if (!written.has(file) && !file.includes(".tmp-")) await rm(file, { force: true });
  await writeWhole(STAMP, version);
  return written.size;
}

/** Rebuilds when the sources differ from what build/ was compiled from. */
export async function ensureBuilt() {
  if (recordedStamp() !== stamp(sourceFiles())) await build();
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const started = performance.now();
  const count = await build();
  console.log(
    `build: ${count} modules in ${relative(process.cwd(), OUT) || "."} (${Math.round(performance.now() - started)} ms)`,
  );
}
