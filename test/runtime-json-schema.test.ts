// Behaviour of modules generated from the JSON Schema dialect (cases/json-schema/expected).
import { describe, expect, it } from "vitest";
import { ConfigValidationError, destinations, sources, type Problem } from "./cases/json-schema/expected/index.js";

const codes = (problems: Problem[]) => problems.map((p) => `${p.code} ${p.path}`);
const kafka = sources["kafka-cloud"];
const kafkaConfig = { bootstrapServers: "b:9092", topic: "t", auth: { kafkaApiKey: "k", secret: "s3cr3t-value" } };

describe("json-schema dialect at run time", () => {
  it("a schema file wins over the document's copy of the same type", () => {
    expect(Object.values(sources.s3.keyMap)).toEqual(["remote_url", "anonymous", "key", "secret", "recursive"]);
  });

  it("if/then makes fields required exactly when the schema's condition holds", () => {
    // `if` requires anonymous: left out, the condition does not hold (its default is the server's to apply).
    expect(sources.s3.validate({ remoteUrl: "s3://b/" })).toEqual([]);
    expect(codes(sources.s3.validate({ remoteUrl: "s3://b/", anonymous: false }))).toEqual([
      "required key",
      "required secret",
    ]);
    expect(sources.s3.validate({ remoteUrl: "s3://b/", anonymous: true })).toEqual([]);
    expect(codes(sources.s3.validate({ remoteUrl: "http://b/", anonymous: true }))).toEqual(["pattern remoteUrl"]);
  });

  it("dependentRequired: password is required once username is set", () => {
    const pg = destinations.postgres;
    expect(codes(pg.validate({ host: "h", username: "u" }))).toEqual(["required password"]);
    expect(pg.validate({ host: "h", username: "u", password: "p" })).toEqual([]);
  });

  it("oneOf of objects is a union in validation and re-keying, nested keys mapped", () => {
    expect(kafka.validate(kafkaConfig)).toEqual([]);
    expect(kafka.validate({ ...kafkaConfig, auth: { mode: "none" } })).toEqual([]);
    const bad = kafka.validate({ ...kafkaConfig, auth: { mode: "sasl" } });
    expect(codes(bad)[0]).toBe("no-variant auth");
    const wire = kafka.toWire({
      ...kafkaConfig,
      consumer: { groupId: null, numMessagesToConsume: 5 },
      headers: [{ name: "a" }],
    });
    expect(wire).toEqual({
      bootstrap_servers: "b:9092",
      topic: "t",
      auth: { kafka_api_key: "k", secret: "s3cr3t-value" },
      consumer: { group_id: null, num_messages_to_consume: 5 },
      headers: [{ name: "a" }],
    });
    expect(kafka.fromWire(wire)).toEqual({
      ...kafkaConfig,
      consumer: { groupId: null, numMessagesToConsume: 5 },
      headers: [{ name: "a" }],
    });
  });

  it("nested problems carry nested paths; nested secrets stay hidden", () => {
    const problems = kafka.validate({
      ...kafkaConfig,
      consumer: { numMessagesToConsume: 0, groupld: "x" },
      headers: [{ value: "v" }],
      auth: { kafkaApiKey: "k", secret: 42 },
    });
    // Unknown keys first: a typo explains what follows from it.
    expect(codes(problems)).toEqual([
      "unknown-key consumer.groupld",
      "no-variant auth",
      "type auth.secret",
      "range consumer.numMessagesToConsume",
      "required headers[0].name",
    ]);
    expect(problems.find((p) => p.path === "auth.secret")!.given).toBeUndefined();
    expect(problems.find((p) => p.path === "consumer.groupld")!.message).toContain('did you mean "groupId"?');
  });

  it("$ref into the document's components from a schema file", () => {
    expect(codes(kafka.validate({ ...kafkaConfig, batchSize: 5000 }))).toEqual(["range batchSize"]);
  });

  it("readOnly properties are server keys: accepted by fromWire, never authored", () => {
    const drive = sources.google_drive;
    expect(Object.keys(drive.keyMap)).not.toContain("createdAt");
    expect(drive.fromWire({ drive_id: "d", service_account_key: null, created_at: "2026-01-01" })).toEqual({
      driveId: "d",
      serviceAccountKey: null,
    });
    expect(codes(drive.validate({ driveId: "", serviceAccountKey: null }))).toEqual(["length driveId"]);
  });

  it("builds the exact request with the API key header from the caller, and an update body without type", () => {
    const create = kafka.create({ name: "k", config: kafkaConfig }, { unstructuredApiKey: "key-123" });
    expect(create).toEqual({
      method: "POST",
      path: "/api/v1/sources/",
      query: {},
      headers: { "unstructured-api-key": "key-123" },
      body: {
        type: "kafka-cloud",
        name: "k",
        config: { bootstrap_servers: "b:9092", topic: "t", auth: { kafka_api_key: "k", secret: "s3cr3t-value" } },
      },
    });
    const update = kafka.update("abc", { config: kafkaConfig }, { unstructuredApiKey: "key-123" });
    expect(update.path).toBe("/api/v1/sources/abc");
    expect(update.body).not.toHaveProperty("type");
    const error = (() => {
      try {
        kafka.create({ name: "k", config: kafkaConfig }, { unstructuredApiKey: 12345678 } as never);
      } catch (e) {
        return e as ConfigValidationError;
      }
    })();
    expect(error?.problems.map((p) => p.path)).toEqual(["options.unstructuredApiKey"]);
    expect(error?.message).not.toContain("12345678");
  });
});
