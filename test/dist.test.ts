// Connector modules' dist/*.js and dist/*.d.ts are printed by the emitter, not
// compiled from the .ts: check they say the same thing. For every connector of
// the golden cases and the committed providers, the JavaScript exports the same
// values and behaves the same, and the declarations' types are mutually
// assignable with the source's (one tsc run over a generated check file).

import { readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { StandardSchema } from "../templates/runtime.js";
import { removeDir, tempDir, typeCheck } from "./helpers.js";

const root = resolve(import.meta.dirname, "..");
const outputs = [
  ...readdirSync(resolve(root, "test/cases")).map((c) => resolve(root, "test/cases", c, "expected")),
  ...["streamkap", "unstructured"].map((p) => resolve(root, "generated", p)),
];
const modules = outputs.flatMap((out) =>
  ["sources", "destinations"].flatMap((kind) => {
    try {
      return readdirSync(join(out, kind))
        .filter((f) => f.endsWith(".gen.ts"))
        .map((f) => ({ out, path: `${kind}/${f.slice(0, -".ts".length)}` }));
    } catch {
      return [];
    }
  }),
);

type Module = Record<string, unknown> & {
  validate(c: unknown): unknown[];
  validateWire(c: unknown): unknown[];
  isValid(c: unknown): boolean;
  toWire(c: object): unknown;
  fromWire(c: object): unknown;
};

const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

describe("dist/ of connector modules", () => {
  it("covers every connector module", () => {
    expect(modules.length).toBeGreaterThan(50);
  });

  it.each(modules.map((m) => [`${m.out.slice(root.length + 1)}/${m.path}`, m]))(
    "%s: the JavaScript exports the same values and behaves the same",
    async (_, { out, path }) => {
      const source = (await import(pathToFileURL(join(out, `${path}.ts`)).href)) as Module;
      const dist = (await import(pathToFileURL(join(out, "dist", `${path}.js`)).href)) as Module;
      expect(Object.keys(dist).sort()).toEqual(Object.keys(source).sort());
      // standardSchema holds a function: compared by what it says and, below, by what it does.
      const standard = (m: Module) => (m.standardSchema as StandardSchema)["~standard"];
      for (const name of Object.keys(source)) {
        if (typeof source[name] === "function") expect(typeof dist[name]).toBe("function");
        else if (name === "standardSchema")
          expect({ ...standard(dist), validate: undefined }).toEqual({ ...standard(source), validate: undefined });
        else expect(dist[name], name).toEqual(source[name]);
      }
      const keyMap = source.keyMap as Record<string, string>;
      const samples: object[] = [
        {},
        { unknownKey: 1 },
        Object.fromEntries(Object.keys(keyMap).map((k, i) => [k, i % 2 ? "text" : 1])),
      ];
      for (const sample of samples) {
        expect(dist.validate(sample)).toEqual(source.validate(sample));
        expect(dist.validateWire(sample)).toEqual(source.validateWire(sample));
        expect(dist.isValid(sample)).toBe(source.isValid(sample));
        expect(standard(dist).validate(sample)).toEqual(standard(source).validate(sample));
        expect(outcome(() => dist.toWire(sample))).toEqual(outcome(() => source.toWire(sample)));
        expect(outcome(() => dist.fromWire(sample))).toEqual(outcome(() => source.fromWire(sample)));
      }
    },
  );

  let work: string | undefined;
  afterAll(async () => {
    if (work) await removeDir(work);
  });

  it("the declarations' types are mutually assignable with the sources'", async () => {
    work = await tempDir("codegen-dist-types-");
    const lines = [
      "type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;",
      "const same = <T extends true>(_: T) => _;",
    ];
    const exported = ["Config", "WireConfig", "UpdateConfig", "CreateInput", "UpdateInput"];
    const values = ["kind", "code", "displayName", "keyMap", "wireKeyMap", "spec", "toWire", "fromWire"];
    const functions = ["validate", "validateWire", "isValid", "create", "update"];
    modules.forEach(({ out, path }, i) => {
      lines.push(`import type * as S${i} from ${JSON.stringify(join(out, `${path}.js`))};`);
      lines.push(`import type * as D${i} from ${JSON.stringify(join(out, "dist", `${path}.js`))};`);
      for (const t of exported) lines.push(`same<Same<S${i}.${t}, D${i}.${t}>>(true);`);
      for (const v of [...values, ...functions]) lines.push(`same<Same<typeof S${i}.${v}, typeof D${i}.${v}>>(true);`);
    });
    writeFileSync(join(work, "check.ts"), lines.join("\n") + "\n");
    const output = await typeCheck(work, {
      compilerOptions: { module: "ESNext", moduleResolution: "Bundler", skipLibCheck: false },
      files: ["check.ts"],
    });
    expect(output.slice(0, 4000)).toBe("");
  }, 300_000);
});
