// The union layout (golden case cases/union): the builder fills in the
// connector's constant property, conversions add and drop it, validation of
// nested oneOf choices works both ways.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { withoutConnectorSchemas } from "../generator/emit/openapi-types.js";
import { buildIr } from "../generator/pipeline.js";
import { providerFor } from "./helpers.js";
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
    const request = sources.postgres.create({
      name: "app-db",
      workspaceId: "123e4567-e89b-12d3-a456-426614174000",
      config: { ...config },
    });
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/sources");
    expect(request.body).toEqual({
      name: "app-db",
      workspaceId: "123e4567-e89b-12d3-a456-426614174000",
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

  it("toWire adds the constant, fromWire drops it, validateWire requires it with its own value", () => {
    const wire = sources.postgres.toWire({ ...config });
    expect(wire.sourceType).toBe("postgres");
    expect(sources.postgres.fromWire(wire)).toEqual(config);
    // toWire only re-keys: port (required, default 5432) is the builder's to add.
    const codes = (problems: { code: string; wirePath: string }[]) => problems.map((p) => `${p.code} ${p.wirePath}`);
    expect(codes(sources.postgres.validateWire(wire))).toEqual(["required port"]);
    const sent = { ...wire, port: 5432 };
    expect(sources.postgres.validateWire(sent)).toEqual([]);
    const { sourceType: _omitted, ...withoutConstant } = sent;
    expect(codes(sources.postgres.validateWire(withoutConstant))).toEqual(["required sourceType"]);
    expect(codes(sources.postgres.validateWire({ ...sent, sourceType: "mysql" }))).toEqual(["enum sourceType"]);
    // The constant is not the author's to set.
    expect(sources.postgres.validate({ ...config, sourceType: "postgres" }).map((p) => p.code)).toEqual([
      "unknown-key",
    ]);
  });

  it("nested oneOf choices are unions in validation; problems follow the choice the value names", () => {
    expect(
      sources.postgres.validate({ ...config, replicationMethod: { method: "CDC" } }).map((p) => `${p.code} ${p.path}`),
    ).toEqual(["required replicationMethod.replicationSlot"]);
    expect(
      sources.postgres.validate({ ...config, replicationMethod: { method: "XMIN" } }).map((p) => p.code),
    ).toContain("no-variant");
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

describe("openapi.gen.ts in the union layout", () => {
  it("holds what only openapi-typescript gives: connector schemas become pointers to their modules, shared schemas stay", async () => {
    const caseDir = resolve(import.meta.dirname, "cases/union");
    const options = JSON.parse(readFileSync(resolve(caseDir, "case.json"), "utf8")) as Partial<ProviderConfig>;
    const { ir, openapi, openapiFile } = await buildIr(providerFor(resolve(caseDir, "input"), "/nonexistent", options));
    const input = JSON.stringify(openapi);
    const pruned = withoutConnectorSchemas(openapi, openapiFile, ir.connectors) as {
      components: { schemas: Record<string, { description?: string }> };
    };
    expect(JSON.stringify(openapi)).toBe(input); // the parsed document is not touched
    const before = (openapi as typeof pruned).components.schemas;
    const own = new Set(ir.connectors.map((c) => c.source.pointer.replace("/components/schemas/", "")));
    expect(own.size).toBe(ir.connectors.length);
    for (const c of ir.connectors) {
      const name = c.source.pointer.replace("/components/schemas/", "");
      expect(pruned.components.schemas[name]?.description).toContain(`validated by ${c.kind}/${c.code}.gen.ts`);
    }
    const kept = Object.keys(before).filter((k) => !own.has(k));
    expect(kept.length).toBeGreaterThan(0);
    for (const k of kept) expect(pruned.components.schemas[k]).toEqual(before[k]);
    const text = readFileSync(resolve(caseDir, "expected/openapi.gen.ts"), "utf8");
    expect(text).toContain("typed, mapped and validated by sources/postgres.gen.ts");
  });
});

describe("reading back from an open schema", () => {
  it("fromWire keeps a key the schema allows but does not list", () => {
    const wire = { ...sources.postgres.toWire({ ...config }), port: 5432, "server.added": "1" };
    expect(sources.postgres.validateWire(wire)).toEqual([]);
    // Kept beside the typed fields (not an authoring key), and sent back as it came.
    const read = sources.postgres.fromWire(wire);
    expect(JSON.parse(JSON.stringify(read))).toEqual({ ...config, port: 5432 });
    expect(sources.postgres.toWire(read)).toMatchObject({ "server.added": "1" });
    expect(sources.postgres.read(wire).unknown).toEqual({ "server.added": "1" });
    // The alternatives are open too (they say nothing of other keys): the wire side follows the schema.
    const nested = { ...wire, tunnel_method: { tunnel_method: "NO_TUNNEL", extra: 1 } };
    expect(sources.postgres.validateWire(nested)).toEqual([]);
  });
});
