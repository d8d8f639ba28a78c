// Reference docs: schema text cannot inject markup or break a table row.
import { describe, expect, it } from "vitest";
import { emitDocs, mdText } from "../generator/emit/docs.js";
import type { IrProvider } from "../generator/ir/ir.js";

describe("docs", () => {
  it("escapes untrusted text", () => {
    expect(mdText("a | b\n<script>alert(1)</script> [x](javascript:1) *em* `c`")).toBe(
      "a \\| b<br>&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\[x\\]\\(javascript:1\\) \\*em\\* <code>c</code>",
    );
  });

  it("keeps inline code as code, escaped inside, and escapes a lone backtick", () => {
    expect(mdText("run `a|b <i>` then ` alone")).toBe("run <code>a&#124;b &lt;i&gt;</code> then \\` alone");
    expect(mdText("`one`\n`two`")).toBe("<code>one</code><br><code>two</code>");
  });

  it("renders one row per field, nested fields with dotted paths, keys inert", () => {
    const ir: IrProvider = {
      provider: "demo",
      kinds: [],
      connectors: [
        {
          kind: "sources",
          code: "pg",
          displayName: "Postgres <b>",
          comingSoon: false,
          serverKeys: ["server.key"],
          source: { file: "x.json", pointer: "" },
          fields: [
            {
              key: "hostName",
              wireKey: "host|name</code>",
              type: { type: "string", pattern: "^a|b$" },
              required: true,
              secret: false,
              setOnce: true,
              description: "line one\nline | two",
              source: { file: "x.json", pointer: "/0" },
            },
            {
              key: "auth",
              wireKey: "auth",
              type: {
                type: "object",
                additionalProperties: false,
                fields: [
                  {
                    key: "token",
                    wireKey: "token",
                    type: { type: "string" },
                    required: false,
                    requiredWhen: [{ key: "hostName", wireKey: "host", op: "eq", value: "x" }],
                    secret: true,
                    setOnce: false,
                    source: { file: "x.json", pointer: "/1" },
                  },
                ],
              },
              required: false,
              secret: false,
              setOnce: false,
              source: { file: "x.json", pointer: "/1" },
            },
          ],
        },
      ],
    };
    const [page, index] = emitDocs(ir);
    expect(page!.path).toBe("docs/sources/pg.md");
    const rows = page!.content.split("\n").filter((l) => l.startsWith("| <code>"));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(11); // 9 cells, no stray pipes
    expect(rows[0]).toContain("<code>host&#124;name&lt;/code&gt;</code>");
    expect(rows[0]).toContain("line one<br>line \\| two");
    expect(rows[2]).toMatch(
      /^\| <code>auth\.token<\/code> \| <code>auth\.token<\/code> \| string \| when <code>hostName<\/code> = <code>"x"<\/code> \|/,
    );
    expect(page!.content).toContain("# Postgres &lt;b&gt; (sources: <code>pg</code>)");
    expect(index!.content).toContain("| [Postgres &lt;b&gt;](./sources/pg.md) | <code>pg</code> | 2 | 1 | 0 |");
  });
});
