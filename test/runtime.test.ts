// Behaviour of the generated modules: validation, re-keying and request
// building, on the golden case's output (cases/basic/expected).
import { describe, expect, it } from "vitest";
import { ConfigValidationError, destinations, sources, type Problem } from "./cases/basic/expected/index.js";
import type { DemoDbSourceConfig } from "./cases/basic/expected/index.js";

const demo = sources["demo-db"];
const valid: DemoDbSourceConfig = {
  databaseHostname: "db.internal",
  databasePassword: "hunter2-secret",
  databaseDbname: "orders",
  signalTable: "public.signal",
};

const codes = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.path}`);

function thrown(fn: () => unknown): ConfigValidationError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return error as ConfigValidationError;
  }
  throw new Error("expected a ConfigValidationError");
}

describe("validate", () => {
  it("accepts a valid config", () => {
    expect(demo.validate(valid)).toEqual([]);
    expect(demo.isValid(valid)).toBe(true);
  });

  it("reports every problem at once with authoring key, wire key, expected and given", () => {
    const problems = demo.validate({
      databaseHostname: 42,
      snapshotMode: "sometimes",
      tasksMax: 11,
      databasePassword: "x",
    });
    expect(codes(problems)).toEqual([
      "type databaseHostname",
      "required databaseDbname",
      "enum snapshotMode",
      "range tasksMax",
    ]);
    const range = problems.find((p) => p.code === "range")!;
    expect(range).toMatchObject({ wirePath: "tasks.max", expected: "between 1 and 10", given: "11" });
    expect(range.message).toBe("tasksMax (tasks.max): expected between 1 and 10, got 11");
    expect(problems[0]!.message).toBe("databaseHostname (database.hostname.user.defined): expected a string, got 42");
  });

  it("suggests the key a typo or a wire key meant", () => {
    const problems = demo.validate({ ...valid, databseHostname: "x", "ssh.enabled": true, TASKSMAX: 2 });
    expect(problems.map((p) => p.message)).toEqual([
      'databseHostname: unknown key; did you mean "databaseHostname"?',
      'ssh.enabled: unknown key; did you mean "sshEnabled"?',
      'TASKSMAX: unknown key; did you mean "tasksMax"?',
    ]);
  });

  it("requires conditional fields only when every condition holds", () => {
    // signal.table: snapshot.mode IN [initial, when_needed] (default initial) AND ssh.enabled NE true.
    const { signalTable: _s, ...withoutSignal } = valid;
    expect(codes(demo.validate(withoutSignal))).toEqual(["required signalTable"]);
    expect(demo.validate({ ...withoutSignal, snapshotMode: "never" })).toEqual([]);
    // ssh.host is required once SSH is on; ssh.port has a default, so it is not.
    expect(codes(demo.validate({ ...withoutSignal, sshEnabled: true }))).toEqual(["required sshHost"]);
    expect(demo.validate({ ...withoutSignal, sshEnabled: true, sshHost: "bastion" })).toEqual([]);
  });

  it("never echoes secret values", () => {
    const problems = demo.validate({ ...valid, databasePassword: 123456789 });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.given).toBeUndefined();
    expect(problems[0]!.message).not.toContain("123456789");
    expect(problems[0]!.message).toContain("secret value not shown");
    const sink = destinations.sink.validate({ endpointUrl: "https://x", apiKey: ["sk-live-abcdef"] });
    expect(JSON.stringify(sink)).not.toContain("sk-live-abcdef");
  });

  it("rejects non-object input without throwing", () => {
    for (const input of [null, [], "config", 42, undefined]) expect(codes(demo.validate(input))).toEqual(["type "]);
  });
});

describe("toWire / fromWire", () => {
  it("maps authoring keys to exact wire keys and back", () => {
    const config: DemoDbSourceConfig = {
      ...valid,
      columnIncludeList: "a,b",
      columnIncludeListToggled: true,
      transformsInsertStaticKey1StaticField: "f",
    };
    const wire = demo.toWire(config);
    expect(wire).toEqual({
      "database.hostname.user.defined": "db.internal",
      "database.password": "hunter2-secret",
      "database.dbname": "orders",
      "signal.table": "public.signal",
      "column.include.list": "a,b",
      "column.include.list.toggled": true,
      "transforms.InsertStaticKey1.static.field": "f",
    });
    expect(demo.fromWire(wire)).toEqual(config);
  });

  it("fromWire drops server-computed keys, reads string ports, keeps unknown keys (strict mode rejects them)", () => {
    const response = {
      ...demo.toWire(valid),
      "database.hostname": "10.0.0.5",
      "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
      "database.port.user.defined": "6543",
    };
    expect(demo.fromWire(response)).toEqual({ ...valid, databasePort: 6543 });
    const newer = { ...response, "database.hostnme.user.defined": "x" };
    const kept = demo.fromWire(newer);
    expect(JSON.parse(JSON.stringify(kept))).toEqual({ ...valid, databasePort: 6543 });
    expect(demo.toWire(kept)).toMatchObject({ "database.hostnme.user.defined": "x" });
    const error = thrown(() => demo.fromWire(newer, { strict: true }));
    // toWire fills no defaults, so the schema's required-with-default keys are reported missing too.
    expect(error.problems[0]!.message).toBe(
      'database.hostnme.user.defined: not in the snapshot; kept as the server sent it (did you mean "database.hostname.user.defined"?)',
    );
  });

  it("toWire rejects unknown keys instead of dropping them", () => {
    const error = thrown(() => demo.toWire({ ...valid, extra: 1 } as DemoDbSourceConfig));
    expect(error.problems.map((p) => p.code)).toEqual(["unknown-key"]);
  });

  it("keeps __proto__ and constructor keys away from prototypes", () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ) as Record<string, unknown>;
    expect(codes(demo.validate({ ...valid, ...hostile }))).toEqual([
      "unknown-key __proto__",
      "unknown-key constructor",
    ]);
    expect(() => demo.toWire({ ...valid, ...hostile } as DemoDbSourceConfig)).toThrow(ConfigValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });
});

describe("create / update", () => {
  it("builds the exact request: method, path, query, body with wire keys and defaults", () => {
    const request = demo.create({ name: "orders", state: "Active", tagIds: ["t1"], config: valid }, { wait: false });
    expect(request).toEqual({
      method: "POST",
      path: "/v2/sources",
      query: { wait: false },
      body: {
        connector: "demo-db",
        name: "orders",
        state: "Active",
        tag_ids: ["t1"],
        config: {
          "database.hostname.user.defined": "db.internal",
          "database.port.user.defined": 5432,
          "database.password": "hunter2-secret",
          "database.dbname": "orders",
          "snapshot.mode": "initial",
          "signal.table": "public.signal",
        },
      },
    });
    // The placeholder default of ssh.public.key is never sent, even with SSH on.
    const ssh = demo.create({
      name: "o",
      config: { ...valid, sshEnabled: true, sshHost: "b", signalTable: undefined },
    });
    expect(Object.keys(ssh.body.config)).not.toContain("ssh.public.key.user.displayed");
    expect(ssh.body.config["ssh.port"]).toBe(22);
  });

  it("throws one error listing every problem, envelope and config alike", () => {
    const error = thrown(() =>
      demo.create({ name: 7, state: "Running", config: { databaseHostname: "h" } } as never, { wait: "no" } as never),
    );
    expect(error.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      "type name",
      "enum state",
      "required config.databasePassword",
      "required config.databaseDbname",
      "required config.signalTable",
      "type options.wait",
    ]);
    expect(error.message).toContain("sources/demo-db create: 6 problems");
    expect(error.problems.find((p) => p.path === "config.databasePassword")!.wirePath).toBe("config.database.password");
  });

  it("update fills the path parameter (encoded) and refuses set-once changes", () => {
    const { databaseDbname: _d, ...rest } = valid;
    const request = demo.update("id/1 ?", { name: "orders", config: rest });
    expect(request.method).toBe("PUT");
    expect(request.path).toBe("/v2/sources/id%2F1%20%3F");
    expect(request.body.config).not.toHaveProperty("database.dbname");

    const error = thrown(() => demo.update("1", { name: "orders", config: valid }));
    expect(error.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["set-once config.databaseDbname"]);
    expect(() => demo.update("1", { name: "o", config: valid }, { current: valid })).not.toThrow();
    const changed = thrown(() =>
      demo.update("1", { name: "o", config: { ...valid, databaseDbname: "other" } }, { current: valid }),
    );
    expect(changed.problems[0]!.message).toBe(
      'config.databaseDbname (config.database.dbname): can only be set at creation and cannot be changed by an update, got "other"',
    );
    expect(codes(demo.validate(valid, { mode: "update" }))).toEqual(["set-once databaseDbname"]);
  });

  it("uses the operation the OpenAPI document declares (PATCH with {id})", () => {
    const request = destinations.sink.update("42", { name: "s", config: { endpointUrl: "u", apiKey: "k" } });
    expect(request).toMatchObject({ method: "PATCH", path: "/v2/destinations/42", query: {} });
    // batch.size has a default but is optional: the server applies it, so it is not sent.
    expect(request.body).toEqual({ connector: "sink", name: "s", config: { "endpoint.url": "u", "api.key": "k" } });
  });
});

describe("conditions on unset fields", async () => {
  const { sources: streamkap } = await import("../generated/streamkap/index.js");
  it("a condition on a field left unset (no default) does not hold, not even NE", () => {
    // Vitess: database.password is required when database.user NE "" — an unauthenticated setup leaves both out.
    const vitess = streamkap.vitess;
    const problems = vitess.validate({});
    expect(problems.map((p) => p.path)).not.toContain("databasePassword");
    const withUser = vitess.validate({ databaseUser: "reader" });
    expect(withUser.map((p) => `${p.code} ${p.path}`)).toContain("required databasePassword");
  });
});
