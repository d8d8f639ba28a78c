// Imports a user's module: codegen.config.ts, or a connector config file given to
// `validate`. JavaScript is imported as is. TypeScript needs a transform, done
// here and only here, so a run that loads no TypeScript never loads esbuild:
// the file is bundled with its relative imports (packages stay imports), written
// next to itself so those package imports resolve as they would from the file,
// imported, and removed.

import { randomBytes } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";

const TYPESCRIPT = /\.[cm]?ts$/i;

export async function importModule(file: string): Promise<unknown> {
  if (!TYPESCRIPT.test(file)) return import(pathToFileURL(file).href);
  // Required, not imported: esbuild is CommonJS, and importing it costs a parse for its export names.
  const { build } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  const url = pathToFileURL(file).href;
  const result = await build({
    entryPoints: [file],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    logLevel: "silent",
    // The module sees its own location, not the temporary file's.
    define: {
      "import.meta.url": JSON.stringify(url),
      "import.meta.filename": JSON.stringify(file),
      "import.meta.dirname": JSON.stringify(dirname(file)),
    },
  });
  // Unique per load: threads share a pid, and a module URL is imported once per process.
  const temp = `${file}.tmp-${process.pid}-${randomBytes(6).toString("hex")}.mjs`;
  await writeFile(temp, result.outputFiles[0]!.contents);
  try {
    return await import(pathToFileURL(temp).href);
  } finally {
    await rm(temp, { force: true });
  }
}
