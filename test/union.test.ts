// The union layout (golden case cases/union): the builder fills in the
// connector's constant property, conversions add and drop it, validation of
// nested oneOf choices works both ways.
import { describe, expect, it } from "vitest";
import { destinations, sources } from "./cases/union/expected/index.js";

const config = {
  host: "db.internal",
  database: "app",
  username: "reader",
  password: "s3cret-value",
  replicationMethod: { method: "CDC", replicationSlot: "slot_1" },
  tunnelMethod: { tunnelMethod: "NO_TUNNEL" },
} as const;

describe("union layout", () => {
  it("create puts the constant inside the configuration and sends no connector property", () => {
    const request = sources.postgres.create({ name: "app-db", workspaceId: "9f1c", config: { ...config } });
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/sources");
    expect(request.body).toEqual({
      name: "app-db",
      workspaceId: "9f1c",
      configuration: {
        sourceType: "postgres",
        host: "db.internal",
        port: 5432,
        database: "app",
        username: "reader",
        password: "s3cret-value",
        replication_method: { method: "CDC", replication_slot: "slot_1" },
        tunnel_method: { tunnel_method: "NO_TUNNEL" },
      },
    });
    expect(Object.keys(request.body.configuration)[0]).toBe("sourceType");
  });

  it("toWire adds the constant, fromWire drops it, validateWire accepts it only with its own value", () => {
    const wire = sources.postgres.toWire({ ...config });
    expect(wire.sourceType).toBe("postgres");
    expect(sources.postgres.fromWire(wire)).toEqual(config);
    expect(sources.postgres.validateWire(wire)).toEqual([]);
    const { sourceType: _omitted, ...withoutConstant } = wire;
    expect(sources.postgres.validateWire(withoutConstant)).toEqual([]);
    expect(sources.postgres.validateWire({ ...wire, sourceType: "mysql" }).map((p) => p.code)).toEqual(["unknown-key"]);
    // The constant is not the author's to set.
    expect(sources.postgres.validate({ ...config, sourceType: "postgres" }).map((p) => p.code)).toEqual([
      "unknown-key",
    ]);
  });

  it("nested oneOf choices are unions in validation", () => {
    expect(sources.postgres.validate({ ...config, replicationMethod: { method: "CDC" } }).map((p) => p.code)).toContain(
      "no-variant",
    );
    expect(
      sources.postgres.validate({ ...config, tunnelMethod: { tunnelMethod: "SSH_PASSWORD_AUTH", tunnelHost: "h" } }),
    ).not.toEqual([]);
    const problems = sources.postgres.validate({
      ...config,
      tunnelMethod: { tunnelMethod: "SSH_PASSWORD_AUTH", tunnelHost: "h", tunnelUserPassword: "hunter2-secret" },
      port: 70000,
    });
    expect(problems.map((p) => p.code)).toEqual(["range"]);
    expect(JSON.stringify(problems)).not.toContain("hunter2");
  });

  it("a member without a constant is named by its title; a one-value enum counts as a constant", () => {
    expect(Object.keys(sources).sort()).toEqual(["google-sheets-beta", "postgres", "stripe"]);
    expect(sources.stripe.toWire({ clientSecret: "x" })).toEqual({ sourceType: "stripe", client_secret: "x" });
    expect(sources["google-sheets-beta"].toWire({ spreadsheetId: "1" })).toEqual({ spreadsheet_id: "1" });
    expect(destinations.s3.toWire({ s3BucketName: "b", format: { formatType: "CSV" } })).toEqual({
      destinationType: "s3",
      s3_bucket_name: "b",
      format: { format_type: "CSV" },
    });
  });
});
