// Bad JSON Schema input and bad overrides: errors name file, pointer and connector.
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { CodegenError } from "../generator/ir/diagnostics.js";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import formats from "ajv-formats";
import { generate, run } from "../generator/pipeline.js";
import { copySnapshot, providerFor, removeDir } from "./helpers.js";

const INPUT = resolve(import.meta.dirname, "cases/json-schema/input");
const OPTIONS: Partial<ProviderConfig> = {
  dialect: "json-schema",
  suffixes: [],
  kinds: { sources: { connectorProperty: "type" }, destinations: { connectorProperty: "type" } },
};
const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map(removeDir)));

type Json = Record<string, unknown>;
async function failWith(
  edit: (doc: Json, kafka: Json) => void,
  extra: Partial<ProviderConfig> = {},
): Promise<CodegenError> {
  const dir = await copySnapshot(INPUT);
  cleanup.push(dir);
  const docPath = join(dir, "openapi.json");
  const kafkaPath = join(dir, "connectors/sources/kafka-cloud.json");
  const doc = JSON.parse(await readFile(docPath, "utf8")) as Json;
  const kafka = JSON.parse(await readFile(kafkaPath, "utf8")) as Json;
  edit(doc, kafka);
  await writeFile(docPath, JSON.stringify(doc));
  await writeFile(kafkaPath, JSON.stringify(kafka));
  const error = await generate(providerFor(dir, "/nonexistent", { ...OPTIONS, ...extra })).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CodegenError);
  return error as CodegenError;
}
async function warnWith(edit: (doc: Json, kafka: Json) => void) {
  const dir = await copySnapshot(INPUT);
  cleanup.push(dir);
  const docPath = join(dir, "openapi.json");
  const kafkaPath = join(dir, "connectors/sources/kafka-cloud.json");
  const doc = JSON.parse(await readFile(docPath, "utf8")) as Json;
  const kafka = JSON.parse(await readFile(kafkaPath, "utf8")) as Json;
  edit(doc, kafka);
  await writeFile(docPath, JSON.stringify(doc));
  await writeFile(kafkaPath, JSON.stringify(kafka));
  return generate(providerFor(dir, "/nonexistent", OPTIONS));
}
const schemas = (doc: Json) => (doc.components as Json).schemas as Json;
const props = (s: Json) => s.properties as Json;

describe("bad JSON Schema input", () => {
  // One odd connector never fails the provider: its errors leave it out with a warning, the rest generates.
  it("a dangling $ref", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      props(kafka).batch_size = { $ref: "#/components/schemas/Nope" };
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        rule: "dangling-ref",
        file: "connectors/sources/kafka-cloud.json",
        pointer: "/properties/batch_size",
        connector: "sources/kafka-cloud",
        message: '$ref "#/components/schemas/Nope" points nowhere; this connector is left out',
      }),
    );
    expect(ir.connectors.map((c) => c.code)).not.toContain("kafka-cloud");
    expect(ir.connectors.length).toBeGreaterThan(0);
  });

  it("a recursive schema", async () => {
    const { warnings, ir } = await warnWith((doc) => {
      schemas(doc).Node = { type: "object", properties: { child: { $ref: "#/components/schemas/Node" } } };
      props(schemas(doc).GoogleDriveSourceConnectorConfigInput as Json).tree = { $ref: "#/components/schemas/Node" };
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({
        rule: "recursive-schema",
        connector: "sources/google_drive",
        pointer: "/components/schemas/Node/properties/child",
      }),
    );
    expect(ir.connectors.map((c) => c.code)).not.toContain("google_drive");
    expect(ir.connectors.map((c) => c.code)).toContain("kafka-cloud");
  });

  // One odd connector never fails the provider: it is warned and left out, the rest generates.
  it("a connector type without a config schema", async () => {
    const { warnings, ir } = await warnWith((doc) => {
      const create = schemas(doc).CreateSourceConnector as Json;
      ((props(create).type as Json).enum as string[]).push("box");
    });
    expect(warnings).toContainEqual(expect.objectContaining({ rule: "no-config-schema", connector: "sources/box" }));
    expect(ir.connectors.map((c) => c.code)).not.toContain("box");
    expect(ir.connectors.map((c) => c.code)).toContain("kafka-cloud");
  });

  it("a top-level union config", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      delete kafka.type;
      delete kafka.properties;
      kafka.oneOf = [{ type: "object" }, { type: "object" }];
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({ rule: "invalid-connector-schema", file: "connectors/sources/kafka-cloud.json" }),
    );
    expect(ir.connectors.map((c) => c.code)).not.toContain("kafka-cloud");
    expect(ir.connectors.length).toBeGreaterThan(0);
  });

  it("a top-level union config beside type: object", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      const { properties, required } = kafka;
      delete kafka.properties;
      delete kafka.required;
      kafka.oneOf = [
        { title: "Plain", type: "object", properties, required },
        { title: "Other", type: "object", properties: { other: { type: "string" } } },
      ];
    });
    expect(warnings).toContainEqual(
      expect.objectContaining({ rule: "invalid-connector-schema", file: "connectors/sources/kafka-cloud.json" }),
    );
    expect(ir.connectors.map((c) => c.code)).not.toContain("kafka-cloud");
  });

  it("a top-level oneOf of one alternative is that alternative's fields, with their pointers", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      const { properties, required } = kafka;
      delete kafka.properties;
      delete kafka.required;
      delete kafka.additionalProperties;
      kafka.oneOf = [{ title: "Only", type: "object", properties, required, additionalProperties: false }];
    });
    expect(warnings.filter((w) => w.file === "connectors/sources/kafka-cloud.json")).toEqual([]);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafka.fields.map((f) => [f.wireKey, f.required])).toContainEqual(["bootstrap_servers", true]);
    expect(kafka.fields.find((f) => f.wireKey === "topic")!.source.pointer).toBe("/oneOf/0/properties/topic");
  });

  it("a top-level anyOf that only constrains the config's own properties is generated, and validates as Ajv does", async () => {
    // As destination-bigquery's spec had it: a key required under one value of another.
    const anyOf = [
      { properties: { topic: { const: "audit" } }, required: ["consumer"] },
      { properties: { topic: { not: { const: "audit" } } } },
    ];
    const dir = await copySnapshot(INPUT);
    cleanup.push(dir);
    const kafkaPath = join(dir, "connectors/sources/kafka-cloud.json");
    const original = { ...(JSON.parse(await readFile(kafkaPath, "utf8")) as Json), anyOf };
    await writeFile(kafkaPath, JSON.stringify(original));
    const out = join(dir, "out");
    const { warnings } = await run(providerFor(dir, out, OPTIONS), "write", { cache: false });
    expect(warnings.filter((w) => w.file === "connectors/sources/kafka-cloud.json")).toEqual([]);
    const kafka = (await import(pathToFileURL(join(out, "sources/kafka-cloud.gen.ts")).href)) as {
      isValidWire(wire: unknown): boolean;
    };
    const ajv = new Ajv2020({ strict: false });
    (formats as unknown as { default: (a: Ajv2020) => void }).default(ajv);
    // Its $refs point into the OpenAPI document's components: Ajv reads them there.
    const doc = JSON.parse(await readFile(join(dir, "openapi.json"), "utf8")) as Json;
    const valid = ajv.compile({ ...original, components: doc.components });
    const base = { bootstrap_servers: "b:9092", topic: "t", auth: { kafka_api_key: "k", secret: "s3cr3t-value" } };
    const configs = [
      base,
      { ...base, topic: "audit" },
      { ...base, topic: "audit", consumer: {} },
      { ...base, consumer: { group_id: "g" } },
    ];
    expect(configs.map((c) => kafka.isValidWire(c))).toEqual(configs.map((c) => valid(c)));
    expect(configs.map((c) => valid(c))).toEqual([true, false, true, true]);
  });

  it("an unknown type and mixed enums are warned and typed, not refused", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      props(kafka).topic = { type: "file" };
      props(kafka).port = { enum: [1, "two"] };
    });
    expect(warnings.filter((d) => d.connector === "sources/kafka-cloud").map((d) => `${d.rule} ${d.pointer}`)).toEqual([
      "unsupported-type /properties/topic/type",
    ]);
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafka.fields.find((f) => f.wireKey === "port")?.type).toEqual({
      type: "unknown",
      enum: [{ value: 1 }, { value: "two" }],
    });
  });

  it("two properties with one authoring key: the second is suffixed, warned", async () => {
    const { warnings, ir } = await warnWith((_doc, kafka) => {
      props(kafka)["bootstrap-servers"] = { type: "string" };
    });
    expect(warnings.map((w) => w.message).join("\n")).toContain(
      '"bootstrap_servers" and "bootstrap-servers" both map to authoring key "bootstrapServers"',
    );
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafka.fields.filter((f) => f.key.startsWith("bootstrapServers")).map((f) => [f.key, f.wireKey])).toEqual([
      ["bootstrapServers", "bootstrap_servers"],
      ["bootstrapServers2", "bootstrap-servers"],
    ]);
  });
});

describe("overrides", () => {
  it("rename and exclude apply to any dialect", async () => {
    const { ir } = await generate(
      providerFor(INPUT, "/nonexistent", {
        ...OPTIONS,
        overrides: { "sources/kafka-cloud": { rename: { bootstrap_servers: "brokers" }, exclude: ["batch_size"] } },
      }),
    );
    const kafka = ir.connectors.find((c) => c.code === "kafka-cloud")!;
    expect(kafka.fields.map((f) => f.key)).toEqual(["brokers", "port", "topic", "auth", "consumer", "headers"]);
    expect(kafka.serverKeys).toContain("batch_size");
  });

  it("an override that matches nothing fails the run", async () => {
    const error = await failWith(() => {}, {
      overrides: {
        "sources/kafka": { exclude: ["x"] },
        "sources/kafka-cloud": { rename: { topik: "t" }, exclude: ["topic"] },
      },
    });
    expect(error.diagnostics.map((d) => `${d.rule} ${d.connector} ${d.field ?? ""}`.trim())).toEqual([
      "override sources/kafka",
      "override sources/kafka-cloud topik",
      "override sources/kafka-cloud topic",
    ]);
    expect(error.message).toContain("cannot exclude a required field");
  });
});
