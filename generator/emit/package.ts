// Emitter: the files of the whole output that make it one npm package, so
// downstream SDKs install it as one dependency with no dependencies of its own:
// - package.json: the root export (every provider), subpath exports per provider
//   and per connector (with or without `.js`), `bin`, `engines`, licence;
//   nothing runs on import (sideEffects: false);
// - index.ts: the providers' modules by name and `validateText`;
// - validate.ts: `validateFile`, `validateFiles` and the command behind the bin;
// - validate-text.gen.ts, validate-files.gen.ts: the validate templates, copied;
// - bin/cli.js, README.md.
// Our own modules are written with their dist/ JavaScript and declarations; the
// templates are formatted and compiled like the runtime (pipeline.ts).

import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { ROOT } from "../root.js";
import type { ResolvedPackage, ResolvedProvider } from "../config/config.js";
import { banner, type OutputFile } from "../output/output.js";
import {
  declareConst,
  exportFrom,
  functionPart,
  importDeclaration,
  plainType,
  printModules,
  same,
  typeOnly,
  withComment,
  type Part,
} from "../print/pretty.js";
import { byText } from "../ir/plain.js";
import { camelIdentifier, isIdentifier } from "../ir/naming.js";
import { CodegenError } from "../ir/diagnostics.js";

const TEMPLATES = ["validate-text", "validate-files"] as const;

/** Folders at the package root that are the package's own. */
const RESERVED_DIRS = new Set(["dist", "bin", "node_modules"]);

/** The validate templates, as `<name>.gen.ts` at the package root (foreign TypeScript, to format and compile). */
export async function emitPackageTemplates(): Promise<OutputFile[]> {
  return Promise.all(
    TEMPLATES.map(async (name) => ({
      path: `${name}.gen.ts`,
      content:
        banner(`templates/${name}.ts`) +
        // Beside each other in the package, the templates are named `.gen`.
        (await readFile(join(ROOT, "templates", `${name}.ts`), "utf8")).replace(
          /from "\.\/(validate-[a-z]+)\.js";/g,
          `from "./$1.gen.js";`,
        ),
    })),
  );
}

/** The bin's name: the package name without its scope. */
const binName = (name: string) => name.replace(/^@[^/]+\//, "");

const sorted = (providers: readonly ResolvedProvider[]) => [...providers].sort(byText((p) => p.name));

function packageJson(pkg: ResolvedPackage, providers: readonly ResolvedProvider[]): OutputFile {
  const entry = (path: string) => ({ types: `./${path}.d.ts`, default: `./${path}.js` });
  // `./x` and `./x.js` name the same module: a consumer may write either.
  const exports: Record<string, unknown> = { ".": entry("dist/index") };
  const both = (subpath: string, target: unknown) => {
    exports[subpath] = target;
    exports[`${subpath}.js`] = target;
  };
  both("./validate", entry("dist/validate"));
  for (const p of sorted(providers)) {
    const dir = basename(p.outDir);
    exports[`./${dir}`] = entry(`${dir}/dist/index`);
    exports[`./${dir}/index.js`] = entry(`${dir}/dist/index`);
    both(`./${dir}/runtime`, entry(`${dir}/dist/runtime.gen`));
    both(`./${dir}/api`, entry(`${dir}/dist/api.gen`));
    both(`./${dir}/client`, entry(`${dir}/dist/client.gen`));
    // openapi-typescript's `paths`, for openapi-fetch users.
    both(`./${dir}/openapi`, entry(`${dir}/dist/openapi.gen`));
    // Node and TypeScript pick the longer pattern: `postgresql.js` matches `*.js`, not `*` with `* = postgresql.js`.
    for (const kind of Object.keys(p.kinds).sort()) both(`./${dir}/${kind}/*`, entry(`${dir}/dist/${kind}/*.gen`));
    exports[`./${dir}/manifest.json`] = `./${dir}/manifest.json`;
    exports[`./${dir}/schemas/*`] = `./${dir}/schemas/*`;
  }
  exports["./package.json"] = "./package.json";
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    description: "Typed connector configs, key maps, validators and request builders. Generated: do not edit.",
    license: pkg.license ?? "UNLICENSED",
    type: "module",
    sideEffects: false,
    // require() of these ES modules (no top-level await) works from Node 20.19 on.
    engines: { node: ">=20.19" },
    bin: { [binName(pkg.name)]: "bin/cli.js" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports,
  };
  return { path: "package.json", content: `${JSON.stringify(manifest, null, 2)}\n` };
}

/** Root `index`: each provider's module by name, and `validateText` over all of them. */
function indexModule(providers: readonly ResolvedProvider[]): OutputFile[] {
  const list = sorted(providers).map((p) => ({
    name: p.name,
    binding: camelIdentifier(p.name),
    dir: basename(p.outDir),
  }));
  const property = (name: string) => (isIdentifier(name) && name !== "__proto__" ? name : JSON.stringify(name));
  const names = list.map((p) => (p.binding === property(p.name) ? p.binding : `${property(p.name)}: ${p.binding}`));
  const object = `{ ${names.join(", ")} }`;
  const type = `{ ${list.map((p) => `readonly ${property(p.name)}: typeof ${p.binding}`).join("; ")} }`;
  const providersDoc = "Every provider's module (its `connectors` registry, builders and helpers), by provider name.";
  const textExports = ["formatProblems", "readText", "summarize", "summaryLine"];
  const textTypes = [
    "FileProblem",
    "Located",
    "ProviderModule",
    "Providers",
    "Summary",
    "TextFormat",
    "ValidateTextOptions",
  ];
  // The TypeScript sits beside the providers' folders; dist/ imports their dist/.
  const providerImports = list.map((p): Part => {
    const dist = `import * as ${p.binding} from ${JSON.stringify(`../${p.dir}/dist/index.js`)};`;
    return { ts: `import * as ${p.binding} from ${JSON.stringify(`./${p.dir}/index.js`)};`, js: dist, dts: dist };
  });
  const parts: (Part | true)[] = [
    same(banner("codegen.config.ts").trimEnd()),
    ...providerImports,
    {
      ts: importDeclaration(
        ["validateText as validateTextWith", "type FileProblem", "type ValidateTextOptions"],
        "./validate-text.gen.js",
      ),
      js: importDeclaration(["validateText as validateTextWith"], "./validate-text.gen.js"),
      dts: importDeclaration(["FileProblem", "ValidateTextOptions"], "./validate-text.gen.js", "import type"),
    },
    true,
    ...(list.length > 0 ? [same(`export { ${list.map((p) => p.binding).join(", ")} };`)] : []),
    same(exportFrom(textExports, "./validate-text.gen.js")),
    typeOnly(exportFrom(textTypes, "./validate-text.gen.js", "export type")),
    true,
    {
      ts: withComment(providersDoc, `export const providers: ${type} = ${object};`),
      js: withComment(providersDoc, `export const providers = ${object};`),
      dts: withComment(providersDoc, declareConst("providers", type)),
    },
    true,
    functionPart(
      'The problems of a config file\'s text (YAML, or JSON with `{ format: "json" }`), each\nwith its line and column; empty when the file is valid.',
      "validateText",
      [
        ["text", false, plainType("string")],
        ["options", true, plainType("ValidateTextOptions")],
      ],
      "FileProblem[]",
      () => "return validateTextWith(providers, text, options);",
    ),
  ];
  return printModules("index.ts", parts);
}

/** Root `validate`: files, directories and globs, and the command, over every provider. */
function validateModule(pkg: ResolvedPackage): OutputFile[] {
  const name = JSON.stringify(binName(pkg.name));
  const parts: (Part | true)[] = [
    same(banner("codegen.config.ts").trimEnd()),
    { ts: importDeclaration(["providers"], "./index.js"), dts: null },
    {
      ts: importDeclaration(
        [
          "main as mainWith",
          "validateFile as validateFileWith",
          "validateFiles as validateFilesWith",
          "type CommandIo",
          "type ValidateFilesOptions",
          "type ValidateFilesResult",
        ],
        "./validate-files.gen.js",
      ),
      js: importDeclaration(
        ["main as mainWith", "validateFile as validateFileWith", "validateFiles as validateFilesWith"],
        "./validate-files.gen.js",
      ),
      dts: importDeclaration(
        ["CommandIo", "ValidateFilesOptions", "ValidateFilesResult"],
        "./validate-files.gen.js",
        "import type",
      ),
    },
    typeOnly(importDeclaration(["FileProblem"], "./validate-text.gen.js", "import type")),
    true,
    same(exportFrom(["formatProblems", "summarize", "summaryLine", "validateText"], "./index.js")),
    same(exportFrom(["expandPaths"], "./validate-files.gen.js")),
    typeOnly(exportFrom(["FileProblem", "Summary", "ValidateTextOptions"], "./validate-text.gen.js", "export type")),
    typeOnly(
      exportFrom(
        ["CommandIo", "Reader", "ValidateFilesOptions", "ValidateFilesResult"],
        "./validate-files.gen.js",
        "export type",
      ),
    ),
    true,
    functionPart(
      "The problems of one config file (YAML or JSON; a path relative to `options.cwd`, default the current directory).",
      "validateFile",
      [
        ["path", false, plainType("string")],
        ["options", true, plainType("ValidateFilesOptions")],
      ],
      "Promise<FileProblem[]>",
      () => "return validateFileWith(providers, path, options);",
    ),
    true,
    functionPart(
      "The problems of every file that paths, directories and globs (`*`, `**`, `?`) name, relative to `options.cwd`.",
      "validateFiles",
      [
        ["paths", false, plainType("readonly string[]")],
        ["options", true, plainType("ValidateFilesOptions")],
      ],
      "Promise<ValidateFilesResult>",
      () => "return validateFilesWith(providers, paths, options);",
    ),
    true,
    functionPart(
      `The command line: \`${binName(pkg.name)} validate PATH...\`; returns the exit code (0 valid, 1 problems, 2 usage or I/O error).`,
      "main",
      [
        ["argv", false, plainType("readonly string[]")],
        ["io", false, plainType("CommandIo")],
      ],
      "Promise<number>",
      () => `return mainWith(providers, argv, io, ${name});`,
    ),
  ];
  return printModules("validate.ts", parts);
}

function bin(): OutputFile {
  const lines = [
    "#!/usr/bin/env node",
    banner("codegen.config.ts").trimEnd(),
    'import { main } from "../dist/validate.js";',
    "",
    "process.exitCode = await main(process.argv.slice(2), {",
    "  cwd: process.cwd(),",
    "  env: process.env,",
    "  isTTY: process.stdout.isTTY === true,",
    "  stdout: (text) => console.log(text),",
    "  stderr: (text) => console.error(text),",
    "}).catch((error) => {",
    "  // An I/O error the command did not expect: exit 2, like the ones it did.",
    "  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);",
    "  return 2;",
    "});",
    "",
  ];
  return { path: "bin/cli.js", content: lines.join("\n") };
}

function readme(pkg: ResolvedPackage, providers: readonly ResolvedProvider[]): OutputFile {
  const cli = binName(pkg.name);
  const list = sorted(providers);
  const first = list[0];
  const dir = first ? basename(first.outDir) : "<provider>";
  const kind = first ? (Object.keys(first.kinds).sort()[0] ?? "sources") : "sources";
  const lines = [
    `# ${pkg.name}`,
    "",
    "Typed connector configs, dot-notation key maps, validators and request builders,",
    "generated from each provider's API schemas. No dependencies; ES modules with",
    "type declarations, usable with `import` and (Node 20.19 or later) `require`.",
    "Generated by connector-config-codegen: do not edit.",
    "",
    "## Providers",
    "",
    ...list.map(
      (p) =>
        `- \`${p.name}\`: \`import { ${Object.keys(p.kinds).sort().map(camelIdentifier).join(", ")} } from "${pkg.name}/${basename(p.outDir)}"\`; reference docs in \`${basename(p.outDir)}/docs/\``,
    ),
    "",
    "Subpaths, with or without `.js`:",
    "",
    "```ts",
    `import { providers, validateText } from "${pkg.name}"; // every provider's module by name`,
    `import * as connector from "${pkg.name}/${dir}/${kind}/<code>"; // one connector: types, keyMap, validate, create, update`,
    `import type { Problem } from "${pkg.name}/${dir}/runtime";`,
    `import schema from "${pkg.name}/${dir}/schemas/${kind}/<code>.config.schema.json" with { type: "json" };`,
    "```",
    "",
    "## Checking config files",
    "",
    "A config file holds `{ provider, kind, connector, name, config }` (several as YAML",
    "documents or a list). From a shell or CI, paths relative to the current directory:",
    "",
    "```sh",
    `npx ${cli} validate configs/              # a directory: its .yaml, .yml and .json files at every depth`,
    `npx ${cli} validate 'configs/**/*.yaml'   # a glob: *, ** and ?`,
    `npx ${cli} validate a.yaml --format json  # { files, problems, summary }`,
    "```",
    "",
    "Each problem is printed once as `file:line:column  key (wire key)  message`,",
    "followed by a summary line (`3 files, 2 with problems, 5 problems`); colour on a",
    "terminal unless `NO_COLOR` is set. Exit code 0: no problems, 1: problems, 2: usage",
    "or I/O error. Secret values are never printed.",
    "",
    "From code:",
    "",
    "```ts",
    `import { validateText } from "${pkg.name}"; // runs anywhere`,
    `import { validateFile, validateFiles } from "${pkg.name}/validate"; // Node`,
    "",
    'validateText(text, { format: "yaml" }); // [{ file, line, column, path, wirePath, code, message }]',
    'await validateFile("configs/orders.yaml");',
    'await validateFiles(["configs/"]); // { files, problems, errors }',
    "```",
    "",
    "YAML is read without a dependency, by a reader of the subset config files use:",
    "block mappings and sequences, flow `[…]` and `{…}`, plain and quoted scalars,",
    "`|` and `>` block scalars, comments and `---` documents, scalars resolved as",
    "YAML 1.2's core schema. Anchors, aliases, tags, `?` keys and plain scalars over",
    "several lines are reported as unsupported at their line and column.",
    "",
    "## Licence",
    "",
    pkg.license === undefined ? "Not licensed for use by others (UNLICENSED)." : `${pkg.license}.`,
    "",
  ];
  return { path: "README.md", content: lines.join("\n") };
}

/** Every file of the package root but the compiled templates (see emitPackageTemplates). */
export function emitPackage(pkg: ResolvedPackage, providers: readonly ResolvedProvider[]): OutputFile[] {
  for (const p of providers)
    if (RESERVED_DIRS.has(basename(p.outDir)))
      throw new CodegenError(
        `provider ${p.name}: its out folder may not be named ${basename(p.outDir)} (the package's own)`,
      );
  return [
    packageJson(pkg, providers),
    ...indexModule(providers),
    ...validateModule(pkg),
    bin(),
    readme(pkg, providers),
  ];
}
