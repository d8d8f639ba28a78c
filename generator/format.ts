// Stage: format every rendered file with the pinned, in-process Prettier.

import * as prettier from "prettier";
import { CodegenError } from "./diagnostics.js";
import type { OutputFile } from "./output.js";

export const PRETTIER_OPTIONS: prettier.Options = { printWidth: 120, trailingComma: "all", endOfLine: "lf" };

export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  return Promise.all(
    files.map(async (file) => {
      // Reference docs are written in their final form: Prettier would only pad their tables.
      if (file.path.endsWith(".md")) return file;
      const parser = file.path.endsWith(".json") ? "json" : "typescript";
      try {
        return { path: file.path, content: await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser }) };
      } catch (error) {
        // A formatting failure is a generator bug: show the raw text's place.
        throw new CodegenError(`prettier could not format ${file.path}: ${(error as Error).message.split("\n")[0]}`);
      }
    }),
  );
}
