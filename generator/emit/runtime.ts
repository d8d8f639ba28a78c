// Emitter: runtime.gen.ts — the static helpers from templates/, copied as is.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../root.js";
import { banner, type OutputFile } from "../output/output.js";

const TEMPLATE = join(ROOT, "templates", "runtime.ts");

export async function emitRuntime(): Promise<OutputFile> {
  return { path: "runtime.gen.ts", content: banner("templates/runtime.ts") + (await readFile(TEMPLATE, "utf8")) };
}
