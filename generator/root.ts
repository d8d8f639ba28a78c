// The generator's own folder (the checkout, or an installed copy): the nearest
// folder above this module that holds a package.json. Found rather than fixed,
// because the same module runs as TypeScript from generator/ and compiled from
// build/generator/.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

function findRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
  }
}

export const ROOT = findRoot(import.meta.dirname);
