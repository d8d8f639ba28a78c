// The generated runtime on hostile config input: prototype keys never reach a
// prototype, odd inputs give validation problems (never crashes or hangs), and
// unknown keys are reported, never dropped or passed through.
import { describe, expect, it } from "vitest";
import {
  buildCreateRequest,
  buildUpdateRequest,
  ConfigValidationError,
  configFromWire,
  readConfig,
  configToWire,
  validateConfig,
  validateWireConfig,
  type ConnectorSpec,
  type KindApiSpec,
} from "../generated/streamkap/runtime.gen.js";

const spec: ConnectorSpec = {
  kind: "sources",
  code: "hostile",
  serverKeys: ["server.key"],
  fields: [
    { key: "host", wireKey: "database.host", type: { type: "string" }, required: true },
    { key: "anything", wireKey: "any.thing", type: { type: "unknown" } },
    {
      key: "headers",
      wireKey: "extra.headers",
      type: { type: "object", fields: [], additionalProperties: { type: "unknown" } },
    },
    {
      key: "nested",
      wireKey: "nested.obj",
      type: {
        type: "object",
        fields: [{ key: "innerKey", wireKey: "inner_key", type: { type: "string" } }],
        additionalProperties: false,
      },
      setOnce: true,
    },
    { key: "tags", wireKey: "tag.list", type: { type: "array", items: { type: "string" } } },
    {
      key: "choice",
      wireKey: "the.choice",
      type: { type: "union", variants: [{ type: "string" }, { type: "integer" }] },
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
    path: "/sources/{id}",
    pathParams: [{ key: "id", wireKey: "id", type: { type: "string" }, required: true }],
  },
};

const PROTO_KEYS = ["__proto__", "constructor", "prototype"];
const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(",");

/** Every object reachable from `value` has Object.prototype (or null) as its prototype and no inherited junk. */
function expectClean(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, null]).toContain(proto);
  // Data may hold a "polluted" key of its own (a read keeps what the server sent); none may be inherited.
  if (!Object.hasOwn(value, "polluted")) expect((value as Record<string, unknown>).polluted).toBeUndefined();
  for (const v of Object.values(value)) expectClean(v, seen);
}

/** Calls every entry point; only validation problems (ConfigValidationError) may be thrown. */
function everyEntryPoint(authoring: unknown, wire: unknown): unknown[] {
  const results: unknown[] = [];
  const attempt = (f: () => unknown) => {
    try {
      results.push(f());
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigValidationError);
      expect((error as ConfigValidationError).problems.length).toBeGreaterThan(0);
    }
  };
  attempt(() => validateConfig(spec, authoring));
  attempt(() => validateWireConfig(spec, wire));
  attempt(() => configToWire(spec, authoring));
  attempt(() => configFromWire(spec, wire));
  attempt(() => buildCreateRequest(api, spec, { name: "n", config: authoring }));
  attempt(() => buildUpdateRequest(api, spec, "id-1", { config: authoring }, { current: authoring }));
  return results;
}

describe("hostile config input", () => {
  it("prototype keys at every level never reach a prototype", () => {
    const before = prototypeSnapshot();
    let polluted = 0;
    for (const key of PROTO_KEYS) {
      const evil = `{"${key}": {"polluted": 1}}`;
      const authoring = JSON.parse(
        `{"host": "h", ${evil.slice(1, -1)}, "anything": ${evil}, "headers": ${evil}, "nested": ${evil}, "choice": ${evil}}`,
      ) as unknown;
      const wire = JSON.parse(
        `{"database.host": "h", ${evil.slice(1, -1)}, "any.thing": ${evil}, "extra.headers": ${evil}, "nested.obj": ${evil}}`,
      ) as unknown;
      for (const result of everyEntryPoint(authoring, wire)) expectClean(result);
      // The problems name the key; it is not dropped silently.
      expect(validateConfig(spec, authoring).map((p) => p.path)).toEqual(
        expect.arrayContaining([key, `nested.${key}`, "choice"]),
      );
      expect(() => configToWire(spec, authoring)).toThrow(new RegExp(`${key}: unknown key`));
      if (({} as Record<string, unknown>).polluted !== undefined) polluted++;
    }
    // Free-form values keep such keys as own data, never as prototypes.
    const free = JSON.parse('{"host": "h", "headers": {"__proto__": {"polluted": 1}}}') as Record<string, unknown>;
    const wire = configToWire<Record<string, Record<string, unknown>>>(spec, free);
    expect(Object.hasOwn(wire["extra.headers"]!, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(wire["extra.headers"])).toBe(Object.prototype);
    expect(prototypeSnapshot()).toBe(before);
    expect(polluted).toBe(0);
  });

  it("non-objects, arrays and null are problems, not exceptions", () => {
    for (const input of [
      null,
      undefined,
      [],
      [1, 2],
      0,
      42,
      "config",
      true,
      () => 1,
      Symbol("s"),
      new Date(0),
      new Map(),
    ]) {
      const problems = validateConfig(spec, input);
      expect(problems.map((p) => p.code)).toEqual(["type"]);
      expect(problems[0]!.message).toMatch(/^\(top level\): expected an object/);
      everyEntryPoint(input, input);
    }
    expect(validateConfig(spec, { host: null }).map((p) => p.code)).toEqual(["type"]);
    expect(validateConfig(spec, { host: "h", tags: "a,b" }).map((p) => p.code)).toEqual(["type"]);
  });

  it("cyclic objects, deep nesting and huge strings neither crash nor hang", () => {
    const cyclic: Record<string, unknown> = { host: "h" };
    cyclic.anything = cyclic;
    cyclic.headers = { self: cyclic };
    everyEntryPoint(cyclic, { "database.host": "h", "any.thing": cyclic });
    const loop: Record<string, unknown> = { host: "h" };
    loop.nested = loop; // a cycle through a typed object field
    expect(validateConfig(spec, loop).length).toBeGreaterThan(0);
    everyEntryPoint(loop, loop);

    let deepArray: unknown = "leaf";
    for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
    let deepObject: unknown = { leaf: true };
    for (let i = 0; i < 100_000; i++) deepObject = { next: deepObject };
    const deep = { host: "h", anything: deepArray, headers: { d: deepObject }, tags: [deepArray] };
    everyEntryPoint(deep, { "database.host": "h", "any.thing": deepArray });
    expect(validateConfig(spec, deep).map((p) => p.code)).toEqual(["type"]); // tags[0] is not a string
    const nestedDeep = { host: "h", nested: deepObject };
    expect(validateConfig(spec, nestedDeep).length).toBeGreaterThan(0);

    const huge = "x".repeat(20_000_000);
    expect(validateConfig(spec, { host: huge })).toEqual([]);
    const problems = validateConfig(spec, { host: 1, tags: [huge] });
    expect(JSON.stringify(problems).length).toBeLessThan(2_000); // given values are abbreviated
  });

  it("unknown keys are reported by validate and stop every conversion and builder", () => {
    const config = { host: "h", hots: "typo", nested: { innerKey: "a", outer: 1 } };
    expect(validateConfig(spec, config).map((p) => `${p.code} ${p.path}`)).toEqual([
      "unknown-key hots",
      "unknown-key nested.outer",
    ]);
    expect(() => configToWire(spec, config)).toThrow(ConfigValidationError);
    expect(() => buildCreateRequest(api, spec, { name: "n", config })).toThrow(ConfigValidationError);
    // Reading a response: strict mode (tests) throws; the default keeps the key for an update to send back.
    expect(() => configFromWire(spec, { "database.host": "h", "database.hots": 1 }, { strict: true })).toThrow(
      /database\.hots: not in the snapshot/,
    );
    const read = readConfig<Record<string, unknown>>(spec, { "database.host": "h", "database.hots": 1 });
    expect(JSON.parse(JSON.stringify(read.config))).toEqual({ host: "h" });
    expect(read.unknown).toEqual({ "database.hots": 1 });
    expect(read.problems.map((p) => `${p.severity} ${p.code} ${p.wirePath}`)).toEqual([
      "warning unknown-key database.hots",
    ]);
    // Server-set keys in a response are accepted and left out.
    expect(configFromWire(spec, { "database.host": "h", "server.key": 1 })).toEqual({ host: "h" });
  });
});
