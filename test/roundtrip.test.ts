// Property-based round-trip tests over every generated connector module.
//
// From each module's `spec` we build an arbitrary of VALID authoring configs
// and check that validation accepts them, that re-keying is lossless, that
// one-step mutations are rejected with the right problem code, that `create`
// sends the config plus the defaults of omitted required fields, and that
// secret values never reach a problem's text.
//
// Deterministic: a fixed seed (override with ROUNDTRIP_SEED) and ROUNDTRIP_RUNS
// runs per property (default 200).

import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  asPlain,
  hasOwn,
  present,
  isNeeded,
  hasNestedKeys,
  caught,
  problemsOf,
  expectNone,
  check,
  expectDeepEqual,
  summary,
  arbitraryConfig,
  mutations,
} from "./arbitraries.js";
import { connectors as streamkap } from "../generated/streamkap/index.js";
import { connectors as unstructured } from "../generated/unstructured/index.js";
import {
  configFromWire,
  configToWire,
  validateConfig,
  validateWireConfig,
  type ApiRequest,
  type ConnectorSpec,
  type Problem,
} from "../generated/streamkap/runtime.gen.js";

// ---------------------------------------------------------------------------
// Settings

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const NUM_RUNS = envInt("ROUNDTRIP_RUNS", 200);
const SEED = envInt("ROUNDTRIP_SEED", 20240611);
const FC_OPTIONS = { numRuns: NUM_RUNS, seed: SEED } as const;

// ---------------------------------------------------------------------------
// The registry, typed structurally.

type Plain = Record<string, unknown>;

/** What the tests need of a generated connector module (method syntax: parameters are compared bivariantly). */
interface ConnectorModule {
  readonly kind: string;
  readonly code: string;
  readonly spec: ConnectorSpec;
  readonly keyMap: Readonly<Record<string, string>>;
  readonly wireKeyMap: Readonly<Record<string, string>>;
  toWire(config: object): unknown;
  fromWire(wire: object): unknown;
  validate(config: unknown): Problem[];
  validateWire(wire: unknown): Problem[];
  create(input: { name: string; config: object }, options?: object): ApiRequest<unknown>;
}

type Registry = Readonly<Record<string, Readonly<Record<string, ConnectorModule>>>>;

/** Each provider's registry and what its create request looks like. */
interface Provider {
  readonly name: string;
  readonly registry: Registry;
  readonly createPath: (kind: string) => string;
  readonly connectorProperty: string;
  readonly options?: object;
  readonly headers?: Readonly<Record<string, string>>;
}

const providers: Provider[] = [
  { name: "streamkap", registry: streamkap, createPath: (kind) => `/${kind}`, connectorProperty: "connector" },
  {
    name: "unstructured",
    registry: unstructured,
    createPath: (kind) => `/api/v1/${kind}/`,
    connectorProperty: "type",
    options: { unstructuredApiKey: "key-from-the-caller" },
    headers: { "unstructured-api-key": "key-from-the-caller" },
  },
];

interface Entry {
  readonly label: string;
  readonly kind: string;
  readonly code: string;
  readonly module: ConnectorModule;
  readonly provider: Provider;
}

const entries: Entry[] = providers.flatMap((provider) =>
  Object.entries(provider.registry).flatMap(([kind, byCode]) =>
    Object.entries(byCode).map(([code, module]) => ({
      label: `${provider.name} ${kind}/${code}`,
      kind,
      code,
      module,
      provider,
    })),
  ),
);

// ---------------------------------------------------------------------------
// The tests

describe.each(entries)("$label", ({ kind, code, module, provider }) => {
  const spec = module.spec;
  const configs = arbitraryConfig(spec);
  const wireKeys = new Set(spec.fields.map((f) => f.wireKey));
  const byKey = new Map(spec.fields.map((f) => [f.key, f]));

  it("module metadata matches the spec", () => {
    expect(module.kind).toBe(kind);
    expect(module.code).toBe(code);
    expect(spec.kind).toBe(kind);
    expect(spec.code).toBe(code);
    expect(Object.keys(module.keyMap).sort()).toEqual(spec.fields.map((f) => f.key).sort());
    for (const f of spec.fields) {
      expect(module.keyMap[f.key]).toBe(f.wireKey);
      expect(module.wireKeyMap[f.wireKey]).toBe(f.key);
    }
    expect(wireKeys.size).toBe(spec.fields.length);
    for (const k of spec.serverKeys) expect(wireKeys.has(k), `server key ${k} is also a field's wire key`).toBe(false);
  });

  it("valid configs validate and survive toWire/fromWire", () => {
    fc.assert(
      fc.property(configs, (config) => {
        expectNone(module.validate(config), "validate(config)");
        const wire = asPlain(module.toWire(config), "toWire");
        // toWire only re-keys: required keys with a default are the builders' to add (see create below).
        const stray = Object.keys(wire).filter((k) => !wireKeys.has(k));
        if (stray.length > 0) expect(stray, "toWire produced keys that are no field's wire key").toEqual([]);
        const unmapped = Object.entries(config).filter(([k, v]) => {
          const wk = module.keyMap[k];
          return (
            wk === undefined ||
            wk !== byKey.get(k)?.wireKey ||
            !hasOwn(wire, wk) ||
            // Values with nested objects are re-keyed too; fromWire(toWire) covers them.
            (!hasNestedKeys(byKey.get(k)!.type) && !isDeepStrictEqual(wire[wk], v))
          );
        });
        if (unmapped.length > 0) expect(unmapped, "config keys not carried over through keyMap").toEqual([]);
        if (Object.keys(wire).length !== Object.keys(config).length)
          expect(Object.keys(wire)).toHaveLength(Object.keys(config).length);
        expectDeepEqual(module.fromWire(wire), config, "fromWire(toWire(config))");
      }),
      FC_OPTIONS,
    );
  });

  it("invalid configs are rejected with the right problem", () => {
    const applicable = mutations(spec);
    fc.assert(
      fc.property(configs, fc.oneof(...applicable), (config, mutation) => {
        const bad = mutation.apply(config);
        if (mutation.applies !== undefined && !mutation.applies(bad)) return;
        const problems = module.validate(bad);
        const hit = problems.find((p) => p.code === mutation.code && p.path === mutation.key);
        check(
          hit !== undefined,
          () => `${mutation.name}: expected ${mutation.code} at ${mutation.key}, got\n${summary(problems)}`,
        );
        if (mutation.wireKey === undefined) {
          // Unknown keys cannot be re-keyed: toWire refuses them.
          const error = caught(() => module.toWire(bad));
          const thrown = problemsOf(error);
          check(
            thrown.some((p) => p.code === "unknown-key" && p.path === mutation.key),
            () => `toWire: expected unknown-key at ${mutation.key}, got\n${summary(thrown)}`,
          );
        } else {
          // The same problem on the wire side, at the wire key.
          const wireProblems = module.validateWire(module.toWire(bad));
          const wireHit = wireProblems.find((p) => p.code === mutation.code && p.wirePath === mutation.wireKey);
          check(
            wireHit !== undefined,
            () =>
              `${mutation.name} (wire): expected ${mutation.code} at ${mutation.wireKey}, got\n${summary(wireProblems)}`,
          );
        }
        // And create refuses it.
        const error = caught(() => module.create({ name: "n", config: bad }, provider.options));
        const createProblems = problemsOf(error);
        check(
          createProblems.some((p) => p.code === mutation.code && p.path === `config.${mutation.key}`),
          () => `${mutation.name} (create): got\n${summary(createProblems)}`,
        );
      }),
      FC_OPTIONS,
    );
  });

  it("create sends the wire config plus defaults of omitted required fields", () => {
    fc.assert(
      fc.property(configs, fc.string({ maxLength: 16 }), (config, name) => {
        const request = module.create({ name, config }, provider.options);
        check(request.method === "POST", () => `method ${request.method}`);
        check(request.path === provider.createPath(kind), () => `path ${request.path}`);
        expectDeepEqual(request.query, {}, "query");
        expectDeepEqual(request.headers, provider.headers, "headers");
        const body = asPlain(request.body, "body");
        check(
          body[provider.connectorProperty] === code,
          () => `body.${provider.connectorProperty} ${String(body[provider.connectorProperty])}`,
        );
        check(body.name === name, () => `body.name ${String(body.name)}`);
        const expected: Plain = { ...asPlain(module.toWire(config), "toWire") };
        for (const f of spec.fields) {
          if (!present(config, f.key) && f.default !== undefined && isNeeded(f, spec.fields, config))
            expected[f.wireKey] = f.default;
        }
        // The server's own values (read-only, placeholders) are checked but never sent.
        for (const f of spec.fields) if (f.server === true) delete expected[f.wireKey];
        const sent = asPlain(body.config, "body.config");
        expectDeepEqual(sent, expected, "body.config");
        // Defaults are valid values: what is sent validates on the wire side.
        expectNone(module.validateWire(sent), "validateWire(body.config)");
      }),
      FC_OPTIONS,
    );
  });

  const secrets = spec.fields.filter((f) => f.secret === true);
  it.skipIf(secrets.length === 0)("secret values never appear in problems", () => {
    const MARK = 987654321;
    const TEXT = "s3cr3t-Value-42";
    const leaks = (problems: readonly Problem[], needle: string): Problem[] =>
      problems.filter((p) => p.message.includes(needle) || (p.given ?? "").includes(needle));
    const badValues = fc.constantFrom<unknown>(MARK, [TEXT], { token: TEXT }, `${TEXT}`, true);
    fc.assert(
      fc.property(configs, fc.constantFrom(...secrets), badValues, (config, field, value) => {
        const bad = { ...config, [field.key]: value };
        const problems = module.validate(bad);
        const wireProblems = module.validateWire(module.toWire(bad));
        const createError = caught(() => module.create({ name: "n", config: bad }, provider.options));
        const createProblems = createError === undefined ? [] : problemsOf(createError);
        for (const needle of [String(MARK), TEXT]) {
          expectNone(leaks(problems, needle), `validate leaks ${needle}`);
          expectNone(leaks(wireProblems, needle), `validateWire leaks ${needle}`);
          expectNone(leaks(createProblems, needle), `create leaks ${needle}`);
          if (createError instanceof Error)
            check(
              !createError.message.includes(needle),
              () => `create error text leaks ${needle}: ${createError.message}`,
            );
        }
        const mine = problems.filter((p) => p.path === field.key);
        for (const p of mine) check(p.given === undefined, () => `given of secret ${field.key}: ${String(p.given)}`);
        // A wrong-typed secret is still reported, just without its value.
        if (typeof value !== "string" && field.type.type === "string")
          check(
            mine.some((p) => p.code === "type"),
            () => `no type problem for ${field.key}: ${summary(problems)}`,
          );
      }),
      FC_OPTIONS,
    );
  });
});

// ---------------------------------------------------------------------------
// The generic arbitrary over every TypeSpec kind, against the runtime directly
// (the registry's connectors only use strings, numbers, booleans and arrays).

const everyKind: ConnectorSpec = {
  kind: "sources",
  code: "every-kind",
  serverKeys: ["server.only"],
  fields: [
    { key: "name", wireKey: "name.user.defined", type: { type: "string", minLength: 1, maxLength: 5 }, required: true },
    { key: "port", wireKey: "port", type: { type: "integer", minimum: 1, maximum: 10 }, required: true, default: 3 },
    { key: "ratio", wireKey: "ratio", type: { type: "number", minimum: 0, maximum: 1, nullable: true } },
    { key: "mode", wireKey: "the.mode", type: { type: "string", enum: ["a", "b"] }, default: "a" },
    { key: "level", wireKey: "level", type: { type: "integer", enum: [1, 2, 3] } },
    { key: "code", wireKey: "code", type: { type: "string", pattern: "^[A-Z]{2}[0-9]$" } },
    {
      key: "extra",
      wireKey: "extra.when.b",
      type: { type: "string" },
      requiredWhen: [{ key: "mode", op: "eq", value: "b" }],
      secret: true,
    },
    {
      key: "chained",
      wireKey: "chained",
      type: { type: "boolean" },
      requiredWhen: [
        { key: "extra", op: "ne", value: "off" },
        { key: "level", op: "in", value: [2, 3] },
      ],
    },
    { key: "tags", wireKey: "tags", type: { type: "array", items: { type: "string" }, maxItems: 3 } },
    {
      key: "inner",
      wireKey: "inner.obj",
      type: {
        type: "object",
        additionalProperties: false,
        fields: [
          { key: "hostName", wireKey: "host.name", type: { type: "string" }, required: true },
          { key: "deep", wireKey: "deep.list", type: { type: "array", items: { type: "integer" } } },
        ],
      },
    },
    {
      key: "labels",
      wireKey: "labels",
      type: { type: "object", fields: [], additionalProperties: { type: "string" } },
    },
    {
      key: "either",
      wireKey: "either",
      type: { type: "union", variants: [{ type: "integer" }, { type: "array", items: { type: "boolean" } }] },
    },
    { key: "anything", wireKey: "any.thing", type: { type: "unknown", nullable: true } },
    { key: "flag", wireKey: "flag", type: { type: "boolean", nullable: true } },
  ],
};

describe("arbitraryConfig over every TypeSpec kind (runtime directly)", () => {
  it("generates valid configs that round-trip", () => {
    fc.assert(
      fc.property(arbitraryConfig(everyKind), (config) => {
        expectNone(validateConfig(everyKind, config), "validateConfig");
        const wire = configToWire<Plain>(everyKind, config);
        // Required keys with a default are the builders' to add: the wire config is complete only in a request.
        const missing = validateWireConfig(everyKind, wire).filter((p) => p.code !== "required");
        expectNone(missing, "validateWireConfig");
        expectDeepEqual(configFromWire<Plain>(everyKind, { ...wire, "server.only": 1 }), config, "round trip");
      }),
      FC_OPTIONS,
    );
  });

  it("mutations are rejected", () => {
    fc.assert(
      fc.property(arbitraryConfig(everyKind), fc.oneof(...mutations(everyKind)), (config, mutation) => {
        const bad = mutation.apply(config);
        if (mutation.applies !== undefined && !mutation.applies(bad)) return;
        const problems = validateConfig(everyKind, bad);
        check(
          problems.some((p) => p.code === mutation.code && p.path === mutation.key),
          () => `${mutation.name}: expected ${mutation.code} at ${mutation.key}, got\n${summary(problems)}`,
        );
      }),
      FC_OPTIONS,
    );
  });
});
