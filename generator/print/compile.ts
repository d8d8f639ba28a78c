// Stage: compile foreign TypeScript (openapi-typescript's output and the runtime
// template) to ES modules and declaration files under `dist/`, so the output is
// a package any bundler or Node consumer can import without a TypeScript
// toolchain; what we write ourselves prints its own dist/ files
// (generator/print/pretty.ts). Both files need no other: each is compiled alone
// with transpileModule + transpileDeclaration, no TypeScript program is built.

import { createRequire } from "node:module";
import type TS from "typescript";
import type { StageCache } from "../output/cache.js";
import { CodegenError } from "../ir/diagnostics.js";
import type { OutputFile } from "../output/output.js";

// As tsconfig.json spells them: part of the cache key without loading TypeScript.
const OPTIONS = {
  target: "ES2022",
  module: "ES2022",
  moduleResolution: "Bundler",
  declaration: true,
  strict: true,
  skipLibCheck: true,
  // The sources were type-checked by their own tests; emit is all we need here.
  noCheck: true,
  removeComments: false,
  newLine: "lf",
  types: [],
  rootDir: "/src",
  outDir: "/dist",
};

type TypeScript = typeof TS;

/** TypeScript and the options in its terms, loaded on the first cache miss only. */
let loaded: Promise<{ ts: TypeScript; options: TS.CompilerOptions }> | undefined;
const typescript = () =>
  (loaded ??= import("typescript").then(({ default: ts }) => ({
    ts,
    options: ts.convertCompilerOptionsFromJson(OPTIONS, "/").options,
  })));

interface Compiled {
  js: string;
  dts: string;
}

/** JavaScript and declarations of a file whose exported types are all spelled out (isolatedDeclarations). */
function compileAlone(ts: TypeScript, options: TS.CompilerOptions, file: OutputFile): Compiled {
  const fileName = `/src/${file.path}`;
  const js = ts.transpileModule(file.content, { compilerOptions: { ...options, declaration: false }, fileName });
  const dts = ts.transpileDeclaration(file.content, {
    compilerOptions: { ...options, isolatedDeclarations: true },
    fileName,
    reportDiagnostics: true,
  });
  const error = (dts.diagnostics ?? []).find((d) => d.category === ts.DiagnosticCategory.Error);
  if (error)
    throw new CodegenError(
      `compiling ${file.path} failed (a generator bug): ${ts.flattenDiagnosticMessageText(error.messageText, "\n")}`,
    );
  return { js: js.outputText, dts: dts.outputText };
}

/** `dist/….js` and `dist/….d.ts` of every file, cached per file by its own text. */
export async function compileFiles(files: readonly OutputFile[], cache: StageCache): Promise<OutputFile[]> {
  const { version } = createRequire(import.meta.url)("typescript/package.json") as { version: string };
  const out: OutputFile[] = [];
  for (const file of files) {
    const entry = cache.entry("compile", [version, JSON.stringify(OPTIONS), "isolated", file.path, file.content]);
    const hit = await entry.get();
    const compiled =
      hit !== undefined
        ? (JSON.parse(hit) as Compiled)
        : await typescript().then(({ ts, options }) => compileAlone(ts, options, file));
    if (hit === undefined) await entry.put(JSON.stringify(compiled));
    const base = `dist/${file.path.slice(0, -".ts".length)}`;
    out.push({ path: `${base}.js`, content: compiled.js }, { path: `${base}.d.ts`, content: compiled.dts });
  }
  return out;
}
