// Output and work in proportion to the input: enum problems name a few values
// however long the enum, "did you mean" is bounded however many fields and
// unknown keys there are; builders check and send one snapshot of their
// input, and refuse path parameters that would name another resource.
import { describe, expect, it } from "vitest";
import {
  buildCreateRequest,
  buildUpdateRequest,
  ConfigValidationError,
  schemaValidator,
  validateConfig,
  type ConnectorSpec,
  type FieldSpec,
  type KindApiSpec,
} from "../templates/runtime.js";

function thrown(fn: () => unknown): ConfigValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return error as ConfigValidationError;
  }
  throw new Error("expected a ConfigValidationError");
}

const spec: ConnectorSpec = {
  kind: "sources",
  code: "demo",
  serverKeys: [],
  fields: [
    { key: "host", wireKey: "database.host", type: { type: "string" }, required: true },
    { key: "port", wireKey: "database.port", type: { type: "integer" } },
    {
      key: "extra",
      wireKey: "extra",
      type: { type: "object", fields: [], additionalProperties: { type: "unknown" } },
    },
  ],
};

const op = { method: "POST", path: "/sources", pathParams: [], sendsConnector: true, query: [], headers: [], body: [] };
const api: KindApiSpec = {
  kind: "sources",
  connectorProperty: "connector",
  configProperty: "config",
  create: { ...op, body: [{ key: "name", wireKey: "name", type: { type: "string" }, required: true }] },
  update: {
    ...op,
    method: "PUT",
    path: "/workspaces/{workspace}/sources/{id}",
    pathParams: [
      { key: "workspace", wireKey: "workspace", type: { type: "string" }, required: true },
      { key: "id", wireKey: "id", type: { type: "string" }, required: true },
    ],
  },
};

describe("bounded messages", () => {
  it("an enum problem names the enum's size and a few of its values", () => {
    const values = Array.from({ length: 10_000 }, (_, i) => `value-${i}`);
    const [problem] = schemaValidator({ enum: values }).problems("nope");
    expect(problem!.expected).toBe('one of 10,000 values, e.g. "value-0", "value-1", "value-2", "value-3", "value-4"');
    expect(schemaValidator({ enum: values }).isValid("value-9999")).toBe(true);
    const [short] = schemaValidator({ enum: ["a", 1, null] }).problems("b");
    expect(short!.expected).toBe('one of "a", 1, null');
    expect(schemaValidator({ enum: [0, [1], { a: 1 }] }).isValid(-0)).toBe(true);
    expect(schemaValidator({ enum: [0, [1], { a: 1 }] }).isValid({ a: 1 })).toBe(true);
    expect(schemaValidator({ enum: [0, [1], { a: 1 }] }).isValid("0")).toBe(false);
  });

  it("did-you-mean suggests for the first 100 unknown keys only, among 100,000 fields", () => {
    const fields: FieldSpec[] = Array.from({ length: 100_000 }, (_, i) => ({
      key: `field${i}`,
      wireKey: `field.${i}`,
      type: { type: "string" },
    }));
    const wide: ConnectorSpec = { kind: "sources", code: "wide", serverKeys: [], fields };
    const config: Record<string, unknown> = {};
    // Near misses: one letter off a real key.
    for (let i = 0; i < 2_000; i++) config[`fieldd${i}`] = "x";
    const problems = validateConfig(wide, config);
    expect(problems).toHaveLength(2_000);
    const suggested = problems.filter((p) => p.message.includes("did you mean"));
    expect(suggested.length).toBeGreaterThan(0);
    expect(suggested.length).toBeLessThanOrEqual(100);
    expect(problems[0]!.message).toBe('fieldd0: unknown key; did you mean "field0"?');
    // The other side's key and a squashed spelling are still found by lookup.
    expect(validateConfig(wide, { "field.7": "x" })[0]!.message).toContain('did you mean "field7"?');
    expect(validateConfig(wide, { FIELD_7: "x" })[0]!.message).toContain('did you mean "field7"?');
  });
});

describe("builders", () => {
  it("read each getter and Proxy property once, and send what they checked", () => {
    const reads = new Map<string, number>();
    const count = (key: string) => reads.set(key, (reads.get(key) ?? 0) + 1);
    let host = "db.internal";
    const nested = {
      get deep() {
        count("deep");
        return "checked";
      },
    };
    const config = new Proxy(
      { host: "", extra: { nested } },
      {
        get(target, key, receiver) {
          if (typeof key === "string") count(key);
          if (key === "host") {
            const value = host;
            host = ""; // a second read would give an invalid value
            return value;
          }
          return Reflect.get(target, key, receiver) as unknown;
        },
      },
    );
    const input = {
      get name() {
        count("name");
        return "orders";
      },
      config,
    };
    const request = buildCreateRequest<Record<string, unknown>>(api, spec, input);
    expect(request.body).toEqual({
      connector: "demo",
      name: "orders",
      config: { "database.host": "db.internal", extra: { nested: { deep: "checked" } } },
    });
    expect(Object.fromEntries(reads)).toEqual({ name: 1, host: 1, extra: 1, deep: 1 });
  });

  it("refuse values that are not plain data, and cycles", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const [extra, got] of [
      [{ when: new Date(0) }, "an object that is not plain data"],
      [{ run: () => 1 }, "a function"],
      [{ big: 1n }, "a bigint"],
      [{ map: new Map() }, "an object that is not plain data"],
      [cyclic, "a value that contains itself"],
    ] as const) {
      const error = thrown(() => buildCreateRequest(api, spec, { name: "n", config: { host: "h", extra } }));
      expect(error.problems.map((p) => p.code)).toEqual(["type"]);
      expect(error.problems[0]!.path).toMatch(/^config\.extra\./);
      expect(error.problems[0]!.message).toContain(got);
    }
  });

  it("encode path parameters and refuse empty, . and .. ones", () => {
    const update = (id: string, workspace: string) =>
      buildUpdateRequest(api, spec, id, { config: { host: "h" } }, { workspace });
    expect(update("a/b?c", "w 1").path).toBe("/workspaces/w%201/sources/a%2Fb%3Fc");
    for (const id of [".", ".."]) {
      const error = thrown(() => update(id, "w"));
      expect(error.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["constraint id"]);
      expect(error.message).toContain('other than "", "." and ".."');
    }
    expect(thrown(() => update("", "w")).problems.map((p) => `${p.code} ${p.path}`)).toEqual(["type id"]);
    const error = thrown(() => update("x", ".."));
    expect(error.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["constraint options.workspace"]);
  });
});
