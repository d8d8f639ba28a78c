// The package root's manifest: which subpaths it exports and what it declares.
import { describe, expect, it } from "vitest";
import { emitPackage } from "../generator/emit/package.js";
import { providerFor } from "./helpers.js";

const pkg = { name: "@acme/configs", version: "1.2.3", dir: "out", rootDir: "/tmp/out" };
const manifest = (providers = [providerFor("/tmp/snap", "/tmp/out/demo")], settings = pkg) =>
  JSON.parse(emitPackage(settings, providers).find((f) => f.path === "package.json")!.content) as {
    exports: Record<string, unknown>;
    bin: Record<string, string>;
    license: string;
    engines: Record<string, string>;
    dependencies?: unknown;
  };

describe("package.json", () => {
  it("exports the root, validate, and every subpath with and without .js", () => {
    const target = (path: string) => ({ types: `./${path}.d.ts`, default: `./${path}.js` });
    const given = manifest().exports;
    const want: [string, unknown][] = [
      [".", target("dist/index")],
      ["./validate", target("dist/validate")],
      ["./validate.js", target("dist/validate")],
      ["./demo", target("demo/dist/index")],
      ["./demo/index.js", target("demo/dist/index")],
      ["./demo/runtime", target("demo/dist/runtime.gen")],
      ["./demo/runtime.js", target("demo/dist/runtime.gen")],
      ["./demo/api.js", target("demo/dist/api.gen")],
      ["./demo/sources/*", target("demo/dist/sources/*.gen")],
      ["./demo/sources/*.js", target("demo/dist/sources/*.gen")],
      ["./demo/destinations/*.js", target("demo/dist/destinations/*.gen")],
      ["./demo/manifest.json", "./demo/manifest.json"],
    ];
    for (const [subpath, value] of want) expect(given[subpath], subpath).toEqual(value);
  });

  it("declares the bin by the unscoped name, engines and the licence; no dependencies", () => {
    const m = manifest();
    expect(m.bin).toEqual({ configs: "bin/cli.js" });
    expect(m.engines).toEqual({ node: ">=20.19" });
    expect(m.license).toBe("UNLICENSED");
    expect(manifest(undefined, { ...pkg, license: "MIT" } as typeof pkg).license).toBe("MIT");
    expect(m.dependencies).toBeUndefined();
  });

  it("refuses a provider folder named like the package's own", () => {
    expect(() => manifest([providerFor("/tmp/snap", "/tmp/out/dist")])).toThrow(/may not be named dist/);
  });
});
