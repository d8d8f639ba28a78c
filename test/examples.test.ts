// The generated package as a downstream SDK sees it: the example consumer in
// examples/consumer type-checks against the package's .d.ts files, runs on
// plain Node from the package's ES modules, and one connector bundles alone.
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const example = resolve(root, "examples/consumer");
const run = promisify(execFile);

describe("example consumer", () => {
  it("type-checks, builds and runs against the package", async () => {
    await run(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "-p", example]);
    const { stdout } = await run(process.execPath, ["dist/main.js", "configs/orders.yaml", "configs/broken.yaml"], {
      cwd: example,
      env: { ...process.env, UNSTRUCTURED_API_KEY: "key-from-env" },
    });
    expect(stdout).toBe(
      [
        "streamkap: POST /sources connector=postgresql port=5432",
        "unstructured: POST /api/v1/sources/ type=s3 headers=unstructured-api-key",
        "orders.yaml: valid",
        'broken.yaml: recursve: unknown key; did you mean "recursive"?; remoteUrl (remote_url): expected a string, got 42',
        "",
      ].join("\n"),
    );
    expect(stdout).not.toContain("key-from-env");
  });

  it("the client example runs create, get, update and delete against the fake API", async () => {
    const client = resolve(root, "examples/client");
    await run(process.execPath, [resolve(root, "node_modules/typescript/bin/tsc"), "-p", client]);
    const { stdout } = await run(process.execPath, [resolve(root, "node_modules/tsx/dist/cli.mjs"), "main.ts"], {
      cwd: client,
    });
    expect(stdout).toBe(
      [
        "get: orders port=5432 (number) hidden=databasePassword",
        'update sent: {"table.include.list.user.defined":"public.orders,public.items"}',
        "after delete: ApiError 404 GET not found",
        "",
      ].join("\n"),
    );
    expect(stdout).not.toContain("s3cret-password");
  });

  it("bundles one connector's builder without the others", async () => {
    const bundle = async (contents: string) =>
      (
        await build({
          stdin: { contents, resolveDir: example, loader: "ts" },
          bundle: true,
          minify: true,
          format: "esm",
          platform: "neutral",
          write: false,
        })
      ).outputFiles[0]!.text;
    const one = await bundle(
      'import { create } from "connector-configs/streamkap/sources/postgresql"; console.log(create);',
    );
    const two = await bundle(
      'import { create } from "connector-configs/streamkap/sources/postgresql"; import { create as m } from "connector-configs/streamkap/sources/mysql"; console.log(create, m);',
    );
    const all = await bundle('import * as all from "connector-configs/streamkap"; console.log(all);');
    expect(one).toContain("database.hostname.user.defined");
    expect(one).not.toContain("MySQL");
    expect(all).toContain("MySQL");
    // A second connector adds its own module only; the whole package adds every other one. Were the modules
    // not dropped, one connector's bundle would be the whole package's.
    expect(all.length - one.length).toBeGreaterThan(10 * (two.length - one.length));
  });
});
