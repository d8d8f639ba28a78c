// Stage: compile the formatted TypeScript output to ES modules and declaration
// files under `dist/`, so the output is a package any bundler or Node consumer
// can import without a TypeScript toolchain. The .ts sources stay alongside
// for readers and TypeScript-first consumers. The whole emit happens in memory.

import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import ts from "typescript";
import { CodegenError } from "./diagnostics.js";
import type { OutputFile } from "./output.js";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ES2022,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  declaration: true,
  strict: true,
  skipLibCheck: true,
  // The sources were type-checked by their own tests; emit is all we need here.
  noCheck: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
  types: [],
  rootDir: "/src",
  outDir: "/dist",
};

/** Default library files, parsed once per process. */
const libraries = new Map<string, ts.SourceFile | undefined>();

const CACHE_DIR = resolve(import.meta.dirname, "..", "node_modules", ".cache", "connector-config-codegen", "compile");

/** compileOutput, cached by the hash of every source (a no-change rerun compiles nothing). */
export async function compileOutputCached(files: readonly OutputFile[]): Promise<OutputFile[]> {
  if (process.env.CODEGEN_CACHE === "0") return compileOutput(files);
  const hash = createHash("sha256").update(`${ts.version}\0${JSON.stringify(OPTIONS)}\0`);
  for (const f of files) if (f.path.endsWith(".ts")) hash.update(`${f.path}\0${f.content}\0`);
  const key = hash.digest("hex");
  const file = join(CACHE_DIR, `${key}.json`);
  try {
    return JSON.parse(await readFile(file, "utf8")) as OutputFile[];
  } catch {
    // not cached yet
  }
  const out = compileOutput(files);
  try {
    await mkdir(CACHE_DIR, { recursive: true });
    await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(out));
    await rename(`${file}.${process.pid}.tmp`, file);
  } catch {
    // a cache that cannot be written only costs time
  }
  return out;
}

export function compileOutput(files: readonly OutputFile[]): OutputFile[] {
  const sources = new Map(files.filter((f) => f.path.endsWith(".ts")).map((f) => [`/src/${f.path}`, f.content]));
  const out: OutputFile[] = [];
  const host: ts.CompilerHost = {
    fileExists: (name) => sources.has(name),
    readFile: (name) => sources.get(name),
    getSourceFile: (name, languageVersion) => {
      const text = sources.get(name);
      if (text !== undefined) return ts.createSourceFile(name, text, languageVersion, true);
      // Default library files come from the TypeScript package itself.
      if (!libraries.has(name)) {
        const lib = ts.sys.readFile(name);
        libraries.set(name, lib === undefined ? undefined : ts.createSourceFile(name, lib, languageVersion, true));
      }
      return libraries.get(name);
    },
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    writeFile: (name, text) => {
      out.push({ path: `dist/${name.replace(/^\/dist\//, "")}`, content: text });
    },
    getCurrentDirectory: () => "/",
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => "\n",
    directoryExists: (name) =>
      name === "/" || [...sources.keys()].some((k) => k.startsWith(`${name.replace(/\/$/, "")}/`)),
    getDirectories: () => [],
  };
  const program = ts.createProgram([...sources.keys()], OPTIONS, host);
  const result = program.emit();
  const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0)
    throw new CodegenError(
      `compiling the generated code failed (a generator bug): ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n")}`,
    );
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
