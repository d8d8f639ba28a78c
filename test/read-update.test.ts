// Read back, modify, update: for every generated connector, a config the API
// returns (values as strings, secrets masked or left out, keys and enum values
// the snapshot does not know) reads without throwing, and the update built
// from it sends no mask, keeps the unknown keys and changes only what changed.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryConfig } from "./arbitraries.js";
import { connectors as streamkap } from "../generated/streamkap/index.js";
import { connectors as unstructured } from "../generated/unstructured/index.js";
import {
  ConfigValidationError,
  readConfig,
  type ApiRequest,
  type ConfigChange,
  type ConnectorSpec,
  type Problem,
  type ReadResult,
  type TypeSpec,
} from "../generated/streamkap/runtime.gen.js";

type Plain = Record<string, unknown>;

interface ConnectorModule {
  readonly spec: ConnectorSpec;
  create(input: { name: string; config: object }, options?: object): ApiRequest<unknown>;
  update(id: string, input: { config: object }, options?: object): ApiRequest<unknown>;
  read(wire: object, options?: object): ReadResult<Plain>;
  diff(current: object, desired: object): ConfigChange;
  redact(config: object): Plain;
  validate(config: unknown): Problem[];
}

type Registry = Readonly<Record<string, Readonly<Record<string, ConnectorModule>>>>;

const providers: {
  name: string;
  registry: Registry;
  configProperty: string;
  options?: object;
  updateEnvelope: object;
}[] = [
  {
    name: "streamkap",
    registry: streamkap as unknown as Registry,
    configProperty: "config",
    updateEnvelope: { name: "n" },
  },
  {
    name: "unstructured",
    registry: unstructured as unknown as Registry,
    configProperty: "config",
    options: { unstructuredApiKey: "key-from-the-caller" },
    updateEnvelope: {},
  },
];

const entries = providers.flatMap((provider) =>
  Object.entries(provider.registry).flatMap(([kind, byCode]) =>
    Object.entries(byCode).map(([code, module]) => ({ label: `${provider.name} ${kind}/${code}`, module, provider })),
  ),
);

const RUNS = { numRuns: 40, seed: 20261129 } as const;
const MASK = "********";
const NEW_KEY = "some.key.from.a.newer.server";

/** What a Kafka Connect style server returns: scalars of non-string fields as strings. */
function asServerStrings(fields: ConnectorSpec["fields"], wire: Plain): Plain {
  const scalar = (t: TypeSpec) => t.type === "boolean" || t.type === "integer" || t.type === "number";
  const out: Plain = {};
  for (const [key, value] of Object.entries(wire)) {
    const field = fields.find((f) => f.wireKey === key);
    out[key] =
      field && scalar(field.type) && (typeof value === "number" || typeof value === "boolean") ? String(value) : value;
  }
  return out;
}

/** The response: secrets masked (every other one left out), strings for scalars, one key the snapshot lacks. */
function serverResponse(spec: ConnectorSpec, sent: Plain): Plain {
  const out = asServerStrings(spec.fields, sent);
  spec.fields
    .filter((f) => f.secret && Object.hasOwn(out, f.wireKey))
    .forEach((f, i) => {
      if (i % 2 === 0) out[f.wireKey] = MASK;
      else delete out[f.wireKey];
    });
  out[NEW_KEY] = "kept";
  return out;
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe.each(entries)("$label", ({ module, provider }) => {
  const spec = module.spec;
  const configs = arbitraryConfig(spec);
  const secrets = new Set(spec.fields.filter((f) => f.secret).map((f) => f.key));

  it("a response reads back to what was sent; an unchanged update sends no field and no secret", () => {
    fc.assert(
      fc.property(configs, (config) => {
        const sent = (module.create({ name: "n", config }, provider.options).body as Plain)[
          provider.configProperty
        ] as Plain;
        const read = module.read(serverResponse(spec, sent));
        // Nothing but the new key is reported: strings read as their types, masks and absences as hidden.
        expect(read.problems.map((p) => `${p.severity ?? "error"} ${p.code} ${p.wirePath}`)).toEqual([
          `warning unknown-key ${NEW_KEY}`,
        ]);
        expect(read.unknown).toEqual({ [NEW_KEY]: "kept" });
        for (const key of read.hiddenSecrets) expect(secrets.has(key)).toBe(true);
        // Every field sent comes back with its value (secrets excepted), whatever the server turned it into.
        const want = module.read(sent);
        expect(plain(read.config)).toEqual(
          Object.fromEntries(Object.entries(plain(want.config) as Plain).filter(([k]) => !secrets.has(k))),
        );

        const unchanged = module.diff(read.config, { ...read.config });
        expect(plain(unchanged.config)).toEqual({});
        expect(unchanged.problems).toEqual([]);

        // A full update from what was read: no mask is sent, the unknown key goes back as it came.
        const body = (
          module.update(
            "id-1",
            { ...provider.updateEnvelope, config: read.config },
            { ...provider.options, current: read.config },
          ).body as Plain
        )[provider.configProperty] as Plain;
        expect(Object.values(body)).not.toContain(MASK);
        expect(body[NEW_KEY]).toBe("kept");
        for (const f of spec.fields) if (f.secret) expect(Object.hasOwn(body, f.wireKey)).toBe(false);
      }),
      RUNS,
    );
  });

  it("changing one field changes only that field; redact hides every secret", () => {
    const editable = spec.fields.filter((f) => !f.secret && !f.setOnce && f.type.type === "string" && !f.type.enum);
    fc.assert(
      fc.property(configs, (config) => {
        const sent = (module.create({ name: "n", config }, provider.options).body as Plain)[
          provider.configProperty
        ] as Plain;
        const read = module.read(sent);
        const target = editable.find((f) => Object.hasOwn(read.config, f.key));
        if (target) {
          const desired = { ...read.config, [target.key]: `${String(read.config[target.key])}-changed` };
          expect(plain(module.diff(read.config, desired).config)).toEqual({ [target.key]: desired[target.key] });
        }
        const withSecrets: Plain = { ...read.config };
        for (const key of secrets) withSecrets[key] = "hunter2-secret";
        expect(JSON.stringify(module.redact(withSecrets))).not.toContain("hunter2-secret");
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------------------
// The rules, one row each, on a small spec.

const spec: ConnectorSpec = {
  kind: "sources",
  code: "demo",
  serverKeys: ["server.set"],
  fields: [
    { key: "host", wireKey: "database.host", type: { type: "string" }, required: true },
    { key: "port", wireKey: "database.port", type: { type: "integer", minimum: 1 } },
    { key: "ratio", wireKey: "ratio", type: { type: "number" } },
    { key: "ssl", wireKey: "ssl.enabled", type: { type: "boolean" } },
    { key: "mode", wireKey: "mode", type: { type: "string", enum: ["a", "b"] } },
    { key: "tables", wireKey: "table.list", type: { type: "array", items: { type: "string" } } },
    { key: "ports", wireKey: "port.list", type: { type: "array", items: { type: "integer" } } },
    { key: "password", wireKey: "database.password", type: { type: "string" }, required: true, secret: true },
    {
      key: "either",
      wireKey: "either",
      type: { type: "union", variants: [{ type: "integer" }, { type: "boolean" }] },
    },
  ],
};

describe("reading a response", () => {
  const rows: { given: Plain; want: Plain; problems?: string[]; hidden?: string[] }[] = [
    { given: { "database.port": "5432" }, want: { port: 5432 } },
    { given: { "database.port": "05432" }, want: { port: "05432" }, problems: ["error type port"] },
    {
      given: { "database.port": "9007199254740993" },
      want: { port: "9007199254740993" },
      problems: ["error type port"],
    },
    { given: { ratio: "0.5" }, want: { ratio: 0.5 } },
    { given: { ratio: "1e400" }, want: { ratio: "1e400" }, problems: ["error type ratio"] },
    { given: { "ssl.enabled": "true" }, want: { ssl: true } },
    { given: { "ssl.enabled": "false" }, want: { ssl: false } },
    { given: { "ssl.enabled": "yes" }, want: { ssl: "yes" }, problems: ["error type ssl"] },
    { given: { "table.list": "a, b,c" }, want: { tables: ["a", "b", "c"] } },
    { given: { "table.list": "" }, want: { tables: [] } },
    { given: { "port.list": "1,2" }, want: { ports: [1, 2] } },
    { given: { "port.list": "1,x" }, want: { ports: "1,x" }, problems: ["error type ports"] },
    { given: { either: "7" }, want: { either: 7 } },
    { given: { either: "true" }, want: { either: true } },
    { given: { mode: "c" }, want: { mode: "c" }, problems: ["warning enum mode"] },
    { given: { "server.set": 1 }, want: {} },
    { given: { "database.password": MASK }, want: {}, hidden: ["password"] },
    { given: { "database.password": "[hidden]" }, want: {}, hidden: ["password"] },
    { given: { "database.password": "real" }, want: { password: "real" }, hidden: [] },
    { given: { "new.key": 1 }, want: {}, problems: ["warning unknown-key new.key"] },
  ];
  it.each(rows)("$given", ({ given, want, problems = [], hidden = ["password"] }) => {
    const read = readConfig<Plain>(spec, { "database.host": "h", ...given });
    expect(plain(read.config)).toEqual({ host: "h", ...want });
    expect(read.problems.map((p) => `${p.severity ?? "error"} ${p.code} ${p.path}`)).toEqual(problems);
    expect(read.hiddenSecrets).toEqual(hidden);
  });

  it("never throws on data; strict mode does", () => {
    for (const given of [null, 1, "x", [], { "database.host": { deep: [1] } }]) {
      expect(() => readConfig(spec, given)).not.toThrow();
      expect(readConfig(spec, given).problems.length).toBeGreaterThan(0);
      expect(() => readConfig(spec, given, { strict: true })).toThrow(ConfigValidationError);
    }
  });

  it("null is a mask only when the provider says so", () => {
    const wire = { "database.host": "h", "database.password": null };
    expect(readConfig(spec, wire).hiddenSecrets).toEqual([]);
    expect(readConfig(spec, wire, { masks: [null] }).hiddenSecrets).toEqual(["password"]);
  });
});

describe("provenance", () => {
  it("the manifest says where each value comes from, and server-derived values are never sent", async () => {
    const { readFile } = await import("node:fs/promises");
    const manifest = JSON.parse(
      await readFile(new URL("../generated/streamkap/manifest.json", import.meta.url), "utf8"),
    ) as { connectors: { kind: string; code: string; fields: { key: string; provenance: string }[] }[] };
    const pg = manifest.connectors.find((c) => c.kind === "sources" && c.code === "postgresql")!;
    const of = (key: string) => pg.fields.find((f) => f.key === key)?.provenance;
    expect([of("databaseHostname"), of("databasePort"), of("databasePassword"), of("sshPublicKey")]).toEqual([
      "user",
      "default",
      "secret",
      "server",
    ]);
    const postgresql = streamkap.sources.postgresql as unknown as ConnectorModule;
    const config = {
      databaseHostname: "db",
      databaseUser: "u",
      databasePassword: "p",
      databaseDbname: "d",
      schemaIncludeList: "public",
      tableIncludeList: "public.t",
      heartbeatEnabled: false,
      sshPublicKey: "ssh-rsa AAAA… from a read",
    };
    const body = (postgresql.create({ name: "n", config }).body as Plain).config as Plain;
    expect(Object.hasOwn(body, "ssh.public.key.user.displayed")).toBe(false);
    // Shown when read back.
    expect(postgresql.read({ "ssh.public.key.user.displayed": "ssh-rsa X" }).config.sshPublicKey).toBe("ssh-rsa X");
  });
});
