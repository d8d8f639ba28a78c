// buildAlone, through which every dialect builds a connector: given what the build does, want what it returns
// and the diagnostics it leaves. An internal error (a bug some schema finds) leaves that connector out with a
// warning at its place, never the provider, and never quotes the error's text (it may hold a schema's values).

import { describe, expect, it } from "vitest";
import { buildAlone, CodegenError, Diagnostics } from "../../generator/ir/diagnostics.js";

const WHERE = { file: "connectors/sources/pg.json", pointer: "/properties", connector: "sources/pg" };

describe("buildAlone", () => {
  it.each([
    {
      name: "a build that succeeds",
      build: () => "ir",
      want: { built: "ir", diagnostics: [] },
    },
    {
      name: "a build with an error",
      build: (own: Diagnostics) => {
        own.error({ rule: "dangling-ref", file: "f.json", pointer: "/a", message: "points nowhere" });
        return "ir";
      },
      want: {
        built: undefined,
        diagnostics: [
          ["warning", "dangling-ref", "f.json", "/a", undefined, "points nowhere; this connector is left out"],
        ],
      },
    },
    {
      name: "a build that throws",
      build: () => {
        throw new TypeError("Cannot read properties of null (reading 'hunter2')");
      },
      want: {
        built: undefined,
        diagnostics: [
          [
            "warning",
            "internal-error",
            WHERE.file,
            WHERE.pointer,
            WHERE.connector,
            expect.stringMatching(
              /^building this connector failed on an internal error \(TypeError at .*build-alone\.test\.ts:\d+; please report it with the schema\); this connector is left out$/,
            ),
          ],
        ],
      },
    },
  ])("$name", ({ build, want }) => {
    const diags = new Diagnostics();
    const built = buildAlone(diags, build, WHERE);
    expect({
      built,
      diagnostics: diags.items.map((d) => [d.severity, d.rule, d.file, d.pointer, d.connector, d.message]),
    }).toEqual(want);
    expect(JSON.stringify(diags.items)).not.toContain("hunter2");
  });

  it("lets bad input the provider cannot go on with (a CodegenError) through, and any error without a place", () => {
    expect(() =>
      buildAlone(
        new Diagnostics(),
        () => {
          throw new CodegenError("bad input");
        },
        WHERE,
      ),
    ).toThrow("bad input");
    expect(() =>
      buildAlone(new Diagnostics(), () => {
        throw new TypeError("bug");
      }),
    ).toThrow("bug");
  });
});
