// Stage: compile the formatted TypeScript output to ES modules and declaration
// files under `dist/`, so the output is a package any bundler or Node consumer
// can import without a TypeScript toolchain. The .ts sources stay alongside
// for readers and TypeScript-first consumers. The whole emit happens in memory.

import { posix } from "node:path";
import ts from "typescript";
import type { CacheEntry, StageCache } from "../output/cache.js";
import { CodegenError } from "../ir/diagnostics.js";
import type { OutputFile } from "../output/output.js";

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

/** Relative module paths a source imports (`./x.js` → `x.ts`), for cache keys. */
function imports(path: string, content: string): string[] {
  return [...content.matchAll(/from "(\.{1,2}\/[^"]+)\.js"/g)].map(
    (m) => `${posix.join(posix.dirname(path), m[1]!)}.ts`,
  );
}

interface Compiled {
  js: string;
  dts: string;
}

/**
 * JavaScript and declarations of a file that needs no other (see
 * OutputFile.isolated); undefined when its declarations turn out to need
 * other files after all (then the whole-program emit takes it).
 */
function compileIsolated(file: OutputFile): Compiled | undefined {
  const fileName = `/src/${file.path}`;
  const js = ts.transpileModule(file.content, { compilerOptions: { ...OPTIONS, declaration: false }, fileName });
  const dts = ts.transpileDeclaration(file.content, {
    compilerOptions: { ...OPTIONS, isolatedDeclarations: true },
    fileName,
    reportDiagnostics: true,
  });
  if ((dts.diagnostics ?? []).some((d) => d.category === ts.DiagnosticCategory.Error)) return undefined;
  return { js: js.outputText, dts: dts.outputText };
}

const compiledFiles = (path: string, { js, dts }: Compiled): OutputFile[] => {
  const base = `dist/${path.slice(0, -".ts".length)}`;
  return [
    { path: `${base}.js`, content: js },
    { path: `${base}.d.ts`, content: dts },
  ];
};

/**
 * Every .ts file compiled, with a cache per file. Declaration-isolated files
 * are compiled alone, keyed by their own text. The rest go through one
 * program, keyed by the file and the files it imports: a rerun compiles only
 * what changed (the changed files as roots, the rest loaded as needed).
 */
export async function compileOutputCached(
  files: readonly OutputFile[],
  declarations: readonly OutputFile[],
  cache: StageCache,
): Promise<OutputFile[]> {
  // Isolated files alone, keyed by their own text: a changed connector module does not recompile them.
  const isolated: OutputFile[] = [];
  const rest: OutputFile[] = [];
  for (const file of files) {
    if (!file.isolated || !file.path.endsWith(".ts")) {
      rest.push(file);
      continue;
    }
    const entry = cache.entry("compile", [ts.version, JSON.stringify(OPTIONS), "isolated", file.path, file.content]);
    const hit = await entry.get();
    const compiled = hit !== undefined ? (JSON.parse(hit) as Compiled) : compileIsolated(file);
    if (compiled === undefined) {
      rest.push(file);
      continue;
    }
    if (hit === undefined) await entry.put(JSON.stringify(compiled));
    isolated.push(...compiledFiles(file.path, compiled));
  }
  const sorted = (list: OutputFile[]) => list.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  if (!rest.some((f) => f.path.endsWith(".ts"))) return sorted(isolated);
  if (!cache.enabled) return sorted([...isolated, ...compileOutput(rest, undefined, declarations)]);
  const sources = new Map(rest.filter((f) => f.path.endsWith(".ts")).map((f) => [f.path, f.content]));
  // What an import resolves to, for keys: a source, or a module's ready-made declarations.
  const known = new Map(sources);
  for (const d of declarations) known.set(`${d.path.replace(/^dist\//, "").slice(0, -".d.ts".length)}.ts`, d.content);
  const entryOf = (path: string, content: string) =>
    cache.entry("compile", [
      ts.version,
      JSON.stringify(OPTIONS),
      path,
      content,
      ...imports(path, content).flatMap((dep) => [dep, known.get(dep) ?? ""]),
    ]);
  const found = new Map<string, Compiled>();
  const misses: { path: string; entry: CacheEntry }[] = [];
  for (const [path, content] of sources) {
    const entry = entryOf(path, content);
    const hit = await entry.get();
    if (hit !== undefined) found.set(path, JSON.parse(hit) as Compiled);
    else misses.push({ path, entry });
  }
  if (misses.length > 0) {
    const emitted = compileOutput(rest, new Set(misses.map((m) => m.path)), declarations);
    const byPath = new Map(emitted.map((f) => [f.path, f.content]));
    for (const { path, entry } of misses) {
      const base = `dist/${path.slice(0, -".ts".length)}`;
      const compiled = { js: byPath.get(`${base}.js`) ?? "", dts: byPath.get(`${base}.d.ts`) ?? "" };
      found.set(path, compiled);
      await entry.put(JSON.stringify(compiled));
    }
  }
  const out: OutputFile[] = [...isolated];
  for (const [path, compiled] of found) out.push(...compiledFiles(path, compiled));
  return sorted(out);
}

/**
 * Compiles every .ts file, or only those in `only` (the others are loaded for
 * their types). `declarations` (dist/….d.ts) stand in for modules that were
 * emitted as JavaScript and declarations directly and are not compiled.
 */
export function compileOutput(
  files: readonly OutputFile[],
  only?: ReadonlySet<string>,
  declarations: readonly OutputFile[] = [],
): OutputFile[] {
  const sources = new Map(files.filter((f) => f.path.endsWith(".ts")).map((f) => [`/src/${f.path}`, f.content]));
  const roots = only ? [...only].map((p) => `/src/${p}`) : [...sources.keys()];
  for (const d of declarations) sources.set(`/src/${d.path.replace(/^dist\//, "")}`, d.content);
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
