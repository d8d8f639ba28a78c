// Value constraints under if/then/else in the diff (generator/diff/compare.ts) on
// hand-built wire schemas: what the message says, and that hostile nesting
// (deep chains of conditions with large `if`s) stays linear in time and in the
// size of what it reports.

import { describe, expect, it } from "vitest";
import { diffIr } from "../generator/diff/compare.js";
import type { IrConnector, IrProvider, JsonValue } from "../generator/ir/ir.js";

type Schema = { [keyword: string]: JsonValue };

function provider(wireSchema: Schema): IrProvider {
  const connector: IrConnector = {
    kind: "sources",
    code: "demo",
    displayName: "Demo",
    comingSoon: false,
    fields: [],
    serverKeys: [],
    wireSchema,
    source: { file: "openapi.json", pointer: "/components/schemas/Demo" },
  };
  return { provider: "demo", kinds: [], connectors: [connector] };
}

/**
 * `port` at the top, and `depth` nested conditions, each testing a `size`-long const and
 * bounding `port` from below; the innermost also from above, by `maximum`.
 */
function nested(depth: number, size: number, maximum: number): Schema {
  let node: Schema = { properties: { port: { maximum } } };
  for (let i = 0; i < depth; i++)
    node = {
      if: { properties: { mode: { const: `${"m".repeat(size)}${i}` } } },
      then: { properties: { port: { minimum: i } }, allOf: [node] },
    };
  return { type: "object", properties: { port: { type: "integer" }, mode: { type: "string" } }, allOf: [node] };
}

describe("value constraints under conditions", () => {
  it("names the keyword, both values and the condition", () => {
    const [base, head] = [10, 5].map((maximum) =>
      provider({
        type: "object",
        properties: { port: { type: "integer" }, tls: { type: "boolean" } },
        if: { properties: { tls: { const: true } }, required: ["tls"] },
        then: { properties: { port: { maximum } } },
      }),
    );
    expect(diffIr(base!, head!).changes).toEqual([
      {
        connector: "sources/demo",
        field: "port",
        rule: "range-tightened",
        severity: "breaking",
        message: 'maximum 10 → 5 when {"properties":{"tls":{"const":true}},"required":["tls"]} holds',
      },
    ]);
  });

  it("under else, the condition fails", () => {
    const [base, head] = [undefined, 8].map((minLength) =>
      provider({
        type: "object",
        properties: { password: { type: "string" } },
        if: { required: ["token"] },
        then: {},
        else: minLength === undefined ? {} : { properties: { password: { minLength } } },
      }),
    );
    expect(diffIr(base!, head!).changes.map((c) => [c.rule, c.field, c.message])).toEqual([
      ["range-tightened", "password", 'minLength 8 added when {"required":["token"]} fails'],
    ]);
  });

  // Its time is the bench's to measure (npm run bench), not a test's.
  it("300 conditions deep, each 10 kB: one change, a short message", () => {
    const { changes } = diffIr(provider(nested(300, 10_000, 100)), provider(nested(300, 10_000, 10)));
    expect(changes.map((c) => [c.rule, c.field])).toEqual([["range-tightened", "port"]]);
    expect(changes[0]!.message.length).toBeLessThan(300);
  });
});
