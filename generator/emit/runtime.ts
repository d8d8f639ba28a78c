// Emitter: runtime.gen.ts — the static helpers from templates/, copied as is.

import { readFile } from "node:fs/promises";
import { banner, type OutputFile } from "../output/output.js";

const TEMPLATE = new URL("../../templates/runtime.ts", import.meta.url);

export async function emitRuntime(): Promise<OutputFile> {
  return { path: "runtime.gen.ts", content: banner("templates/runtime.ts") + (await readFile(TEMPLATE, "utf8")) };
}
