// The generated package as a registry would deliver it: `npm pack` of this
// worktree's generated/, installed offline into a fresh project (it has no
// dependencies, so no registry is needed), type-checked there under NodeNext
// and Bundler resolution, and run with plain node through `import`, `require`
// and the bin. One pack and one install for the whole file.
import { execFile } from "node:child_process";
import { mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeDir, tempDir } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const run = promisify(execFile);
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let work: string;
let project: string;
let packed: { files: { path: string }[]; filename: string };

const MAIN_TS = `import { providers, validateText, type FileProblem } from "connector-configs";
import { validateFile } from "connector-configs/validate";
import * as postgresql from "connector-configs/streamkap/sources/postgresql";
import * as postgresqlJs from "connector-configs/streamkap/sources/postgresql.js";
import { sources } from "connector-configs/unstructured";
import type { Problem } from "connector-configs/streamkap/runtime";

const request = postgresql.create({
  name: "orders-db",
  config: {
    databaseHostname: "db.internal",
    databaseUser: "cdc",
    databasePassword: "secret",
    databaseDbname: "orders",
    schemaIncludeList: "public",
    tableIncludeList: "public.orders",
    heartbeatDataCollectionSchemaOrDatabase: "public",
  },
});
const same: typeof postgresql.create = postgresqlJs.create;
const problems: FileProblem[] = validateText("provider: unstructured\\nkind: sources\\nconnector: s3\\nname: d\\nconfig: {}\\n");
const runtimeProblems: Problem[] = sources.s3.validate({});
const fromFile: FileProblem[] = await validateFile("configs/bad.yaml");
console.log(
  [
    Object.keys(providers).join(","),
    request.method + " " + request.path,
    String(same === postgresql.create),
    problems.map((p) => p.line + ":" + p.column + " " + p.path).join(";"),
    String(runtimeProblems.length),
    fromFile.map((p) => p.file + ":" + p.line + ":" + p.column).join(";"),
  ].join(" | "),
);
`;

const MAIN_CTS = `import root = require("connector-configs");
import postgresql = require("connector-configs/streamkap/sources/postgresql.js");
const problems: root.FileProblem[] = root.validateText("provider: nope\\n");
console.log(Object.keys(root.providers).join(","), typeof postgresql.create, problems.map((p) => p.code).join(","));
`;

beforeAll(async () => {
  work = await tempDir("codegen-package-");
  const { stdout } = await run(npm, ["pack", resolve(root, "generated"), "--pack-destination", work, "--json"], {
    cwd: work,
    maxBuffer: 64 * 1024 * 1024,
  });
  packed = (JSON.parse(stdout) as (typeof packed)[])[0]!;
  project = join(work, "consumer");
  await mkdir(join(project, "src"), { recursive: true });
  await mkdir(join(project, "configs"));
  await writeFile(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  await run(npm, ["install", "--offline", "--no-audit", "--no-fund", join(work, packed.filename)], { cwd: project });
  // The compiler comes from this repository; the package itself needs nothing.
  await symlink(resolve(root, "node_modules/typescript"), join(project, "node_modules/typescript"), "dir");
  await writeFile(join(project, "src/main.ts"), MAIN_TS);
  await writeFile(join(project, "src/main.cts"), MAIN_CTS);
  await writeFile(
    join(project, "configs/bad.yaml"),
    "provider: unstructured\nkind: sources\nconnector: s3\nname: docs\nconfig:\n  remoteUrl: 42\n",
  );
}, 300_000);
afterAll(() => removeDir(work));

const tsc = (config: string) =>
  run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", config], { cwd: project }).then(
    () => "",
    (e: { stdout: string }) => e.stdout,
  );

async function tsconfig(name: string, compilerOptions: Record<string, unknown>, files: string[]): Promise<string> {
  const path = join(project, name);
  const base = { target: "ES2022", lib: ["ES2022", "DOM"], strict: true, types: [], skipLibCheck: false };
  await writeFile(path, JSON.stringify({ compilerOptions: { ...base, ...compilerOptions }, files }));
  return path;
}

describe("the packed package", () => {
  it("holds the package's own files and depends on nothing", async () => {
    const paths = packed.files.map((f) => f.path);
    for (const path of ["README.md", "package.json", "bin/cli.js", "dist/index.js", "dist/validate.d.ts"])
      expect(paths).toContain(path);
    const manifest = JSON.parse(
      await readFile(join(project, "node_modules/connector-configs/package.json"), "utf8"),
    ) as Record<string, unknown>;
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.engines).toEqual({ node: ">=20.19" });
    expect(typeof manifest.license).toBe("string");
    expect(manifest.bin).toEqual({ "connector-configs": "bin/cli.js" });
  });

  it("type-checks a consumer under NodeNext (ESM and CommonJS) and runs it with node", async () => {
    const config = await tsconfig(
      "tsconfig.nodenext.json",
      { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out" },
      ["src/main.ts", "src/main.cts"],
    );
    expect(await tsc(config)).toBe("");
    const esm = await run(process.execPath, ["out/main.js"], { cwd: project });
    expect(esm.stdout).toBe(
      "streamkap,unstructured | POST /sources | true | 5:1 config.remoteUrl | 1 | configs/bad.yaml:6:14\n",
    );
    const cjs = await run(process.execPath, ["out/main.cjs"], { cwd: project });
    expect(cjs.stdout).toBe("streamkap,unstructured function required,required,required,required\n");
  }, 300_000);

  it("type-checks the consumer under Bundler resolution", async () => {
    const config = await tsconfig(
      "tsconfig.bundler.json",
      { module: "ESNext", moduleResolution: "Bundler", noEmit: true },
      ["src/main.ts"],
    );
    expect(await tsc(config)).toBe("");
  }, 300_000);

  it("exports the client and openapi-typescript's paths (for openapi-fetch users)", async () => {
    await writeFile(
      join(project, "src/client.ts"),
      [
        'import type { paths } from "connector-configs/streamkap/openapi";',
        'import { ApiError, createClient, type SourceItem } from "connector-configs/streamkap/client";',
        'type Listed = paths["/sources"]["get"]["responses"][200]["content"]["application/json"]["result"];',
        "const item: SourceItem = { name: 'n', connector: 'postgresql' };",
        "const listed: Listed = [item];",
        'const client = createClient({ baseUrl: "http://127.0.0.1:9", credentials: "t", fetch: async () => new Response(null, { status: 503 }), retries: 0 });',
        "client.sources.postgresql.list().catch((e: unknown) => console.log(e instanceof ApiError, (e as ApiError).status, listed.length));",
      ].join("\n"),
    );
    const config = await tsconfig(
      "tsconfig.client.json",
      { module: "NodeNext", moduleResolution: "NodeNext", outDir: "out-client" },
      ["src/client.ts"],
    );
    expect(await tsc(config)).toBe("");
    const { stdout } = await run(process.execPath, ["out-client/client.js"], { cwd: project });
    expect(stdout).toBe("true 503 1\n");
  }, 300_000);

  it("runs plain require() and import of every kind of subpath", async () => {
    const script = [
      'const root = require("connector-configs");',
      'const a = require("connector-configs/streamkap/sources/postgresql");',
      'const b = require("connector-configs/streamkap/sources/postgresql.js");',
      'const runtime = require("connector-configs/unstructured/runtime.js");',
      'const manifest = require("connector-configs/streamkap/manifest.json");',
      'console.log(a === b, typeof runtime.suggestKey, manifest.provider, Object.keys(root.providers.streamkap.connectors).join(","));',
    ].join("\n");
    await writeFile(join(project, "req.cjs"), script);
    const { stdout } = await run(process.execPath, ["req.cjs"], { cwd: project });
    expect(stdout).toBe("true function streamkap destinations,sources\n");
    const missing = await run(
      process.execPath,
      ["-e", 'import("connector-configs/streamkap/sources/nope").catch((e) => console.log(e.code))'],
      {
        cwd: project,
      },
    );
    expect(missing.stdout).toBe("ERR_MODULE_NOT_FOUND\n");
  });

  it("installs the bin: npx connector-configs validate", async () => {
    const bin = join(project, "node_modules/.bin/connector-configs");
    const result = await run(bin, ["validate", "configs/"], { cwd: project }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );
    expect(result).toEqual({
      code: 1,
      stdout:
        "configs/bad.yaml:6:14  config.remoteUrl (config.remote_url)  expected a string, got 42\n1 file, 1 with problems, 1 problem\n",
    });
  });
});
