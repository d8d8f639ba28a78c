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

/** Relative module paths a source imports (`./x.js` → `x.ts`), for cache keys. */
function imports(path: string, content: string): string[] {
  const dir = path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
  const out: string[] = [];
  for (const m of content.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)) {
    const parts = `${dir}${m[1]}`.split("/");
    const stack: string[] = [];
    for (const part of parts) {
      if (part === "..") stack.pop();
      else if (part !== ".") stack.push(part);
    }
    out.push(`${stack.join("/")}.ts`);
  }
  return out;
}

interface Compiled {
  js: string;
  dts: string;
}

/**
 * compileOutput with a cache per file, keyed by the file and the files it
 * imports: a rerun compiles only what changed (one program, the changed files
 * as roots, the rest loaded as needed).
 */
export async function compileOutputCached(files: readonly OutputFile[]): Promise<OutputFile[]> {
  if (process.env.CODEGEN_CACHE === "0") return compileOutput(files);
  const sources = new Map(files.filter((f) => f.path.endsWith(".ts")).map((f) => [f.path, f.content]));
  const keyOf = (path: string, content: string) => {
    const hash = createHash("sha256").update(`${ts.version}\0${JSON.stringify(OPTIONS)}\0${path}\0${content}`);
    for (const dep of imports(path, content)) hash.update(`\0${dep}\0${sources.get(dep) ?? ""}`);
    return hash.digest("hex");
  };
  const found = new Map<string, Compiled>();
  const misses: { path: string; key: string }[] = [];
  for (const [path, content] of sources) {
    const key = keyOf(path, content);
    try {
      found.set(path, JSON.parse(await readFile(join(CACHE_DIR, key.slice(0, 2), `${key}.json`), "utf8")) as Compiled);
    } catch {
      misses.push({ path, key });
    }
  }
  if (misses.length > 0) {
    const emitted = compileOutput(files, new Set(misses.map((m) => m.path)));
    const byPath = new Map(emitted.map((f) => [f.path, f.content]));
    for (const { path, key } of misses) {
      const base = `dist/${path.slice(0, -".ts".length)}`;
      const compiled = { js: byPath.get(`${base}.js`) ?? "", dts: byPath.get(`${base}.d.ts`) ?? "" };
      found.set(path, compiled);
      try {
        const dir = join(CACHE_DIR, key.slice(0, 2));
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, `${key}.json.${process.pid}.tmp`), JSON.stringify(compiled));
        await rename(join(dir, `${key}.json.${process.pid}.tmp`), join(dir, `${key}.json`));
      } catch {
        // a cache that cannot be written only costs time
      }
    }
  }
  const out: OutputFile[] = [];
  for (const [path, { js, dts }] of found) {
    const base = `dist/${path.slice(0, -".ts".length)}`;
    out.push({ path: `${base}.js`, content: js }, { path: `${base}.d.ts`, content: dts });
  }
  return out.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}

/** Compiles every .ts file, or only those in `only` (the others are loaded for their types). */
export function compileOutput(files: readonly OutputFile[], only?: ReadonlySet<string>): OutputFile[] {
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
  const roots = only ? [...only].map((p) => `/src/${p}`) : [...sources.keys()];
  const program = ts.createProgram(roots, OPTIONS, host);
  const diagnostics: ts.Diagnostic[] = [];
  if (only) {
    for (const root of roots) diagnostics.push(...program.emit(program.getSourceFile(root)).diagnostics);
  } else diagnostics.push(...program.emit().diagnostics);
  const errors = diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0)
    throw new CodegenError(
      `compiling the generated code failed (a generator bug): ${ts.flattenDiagnosticMessageText(errors[0]!.messageText, "\n")}`,
    );
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
