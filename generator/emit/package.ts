// Emitter: package.json of the whole output, so downstream SDKs install it as
// one package. Subpath exports per provider and per connector let a bundler
// keep only what is imported; nothing runs on import (sideEffects: false).

import { basename } from "node:path";
import type { ResolvedPackage, ResolvedProvider } from "../config/config.js";
import type { OutputFile } from "../output/output.js";
import { byText } from "../ir/plain.js";

export function emitPackageJson(pkg: ResolvedPackage, providers: readonly ResolvedProvider[]): OutputFile {
  const exports: Record<string, unknown> = {};
  const entry = (dir: string, path: string) => ({
    types: `./${dir}/dist/${path}.d.ts`,
    default: `./${dir}/dist/${path}.js`,
  });
  for (const p of [...providers].sort(byText((p) => p.name))) {
    const dir = basename(p.outDir);
    exports[`./${dir}`] = entry(dir, "index");
    exports[`./${dir}/runtime`] = entry(dir, "runtime.gen");
    exports[`./${dir}/api`] = entry(dir, "api.gen");
    for (const kind of Object.keys(p.kinds).sort()) exports[`./${dir}/${kind}/*`] = entry(dir, `${kind}/*.gen`);
    exports[`./${dir}/manifest.json`] = `./${dir}/manifest.json`;
    exports[`./${dir}/schemas/*`] = `./${dir}/schemas/*`;
  }
  exports["./package.json"] = "./package.json";
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: "Typed connector configs, key maps, validators and request builders. Generated: do not edit.",
    type: "module",
    sideEffects: false,
    exports,
  };
  return { path: "package.json", content: `${JSON.stringify(manifest, null, 2)}\n` };
}
