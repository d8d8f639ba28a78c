// Type tests and golden output must compile: runs `tsc --noEmit` over the
// project (generator, generated/, test/types, test/cases/*/expected).
import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

it("tsc --noEmit passes (every @ts-expect-error is a real error)", async () => {
  const tsc = resolve(root, "node_modules/typescript/bin/tsc");
  const result = await promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", "tsconfig.json"], {
    cwd: root,
  }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
  );
  expect(result.out).toBe("");
  expect(result.code).toBe(0);
});
