// A secret's values never reach a warning: the generator prints its warnings (CI logs keep them), so a
// secret field's default or listed values that a warning is about are said to be a secret's, not shown.
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../generator/ir/diagnostics.js";
import { buildIr } from "../generator/pipeline.js";
import { jsonSchemaPair, providerFor, removeDir, tempDir } from "./helpers.js";

const SECRET = "hunter2-do-not-print";

describe("warnings about a secret field", () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await removeDir(dir);
  });

  it("json-schema: an invalid default, a default of another type and rejected or repeated listed values", async () => {
    dir = await tempDir();
    const schema = {
      type: "object",
      properties: {
        password: { type: "string", airbyte_secret: true, minLength: 40, default: SECRET },
        token: { type: "string", writeOnly: true, const: "x", default: SECRET },
        pin: { type: "integer", "x-secret": true, default: `${SECRET}-pin` },
        key: { type: "string", writeOnly: true, format: "email", enum: [SECRET, "a@example.com", "a@example.com"] },
        mode: { type: "string", "x-secret": true, enum: [`${SECRET}-mode`, 3] },
        plain: { type: "string", minLength: 40, default: "shown-not-secret" },
      },
    };
    const { provider } = await jsonSchemaPair(dir, schema, schema);
    const { warnings } = await buildIr(provider, { cache: false });
    const text = warnings.map(formatDiagnostic).join("\n");
    expect(text).toContain("shown-not-secret"); // a field that is no secret is said as before
    expect(text).toContain("password");
    expect(text).toContain("default-invalid");
    expect(text).toContain("enum-value-rejected");
    expect(text).not.toContain(SECRET);
  });

  it("json-schema: listed values of a field marked secret beside its $ref, or inside a secret object", async () => {
    dir = await tempDir();
    const schema = {
      type: "object",
      $defs: {
        Listed: { type: "string", format: "email", enum: [`${SECRET}-a`, "a@example.com", "a@example.com"] },
        Mixed: { type: "string", enum: [`${SECRET}-b`, 3] },
      },
      properties: {
        apiKey: { $ref: "#/$defs/Listed", writeOnly: true },
        pin: { allOf: [{ $ref: "#/$defs/Mixed" }], airbyte_secret: true },
        auth: {
          type: "object",
          "x-secret": true,
          properties: { inner: { type: "string", enum: [`${SECRET}-c`, `${SECRET}-c`] } },
        },
        plain: { $ref: "#/$defs/Mixed" },
      },
    };
    const { provider } = await jsonSchemaPair(dir, schema, schema);
    const { warnings } = await buildIr(provider, { cache: false });
    const text = warnings.map(formatDiagnostic).join("\n");
    expect(text).toContain("$defs/Listed/enum");
    expect(text).toContain("enum-value-rejected");
    expect(text).toContain("properties/auth/properties/inner/enum");
    expect(text).toContain("values 3 do not fit"); // the field that is no secret: its values are said
    expect(text).not.toContain(SECRET);
  });

  it("field-list: an invalid default of an encrypted or password field", async () => {
    dir = await tempDir();
    const snapshot = join(dir, "snapshot");
    await mkdir(join(snapshot, "connectors/sources"), { recursive: true });
    await cp(resolve(import.meta.dirname, "cases/diff/field-list/base/openapi.json"), join(snapshot, "openapi.json"));
    const entry = (name: string, extra: object, value: object) => ({
      name,
      display_name: name,
      user_defined: true,
      ...extra,
      value: { type: "raw", ...value },
    });
    await writeFile(
      join(snapshot, "connectors/sources/app.json"),
      JSON.stringify({
        display_name: "App",
        coming_soon: false,
        config: [
          entry("db.port", { encrypt: true }, { control: "string", type: "int", default: SECRET }),
          entry("db.pass", {}, { control: "password", type: "int", default: `${SECRET}-2` }),
          entry("plain.port", {}, { control: "string", type: "int", default: "shown-not-secret" }),
        ],
      }),
    );
    const { warnings } = await buildIr(providerFor(snapshot, join(dir, "out")), { cache: false });
    const text = warnings.map(formatDiagnostic).join("\n");
    expect(text).toContain("shown-not-secret");
    expect(text).toContain("db.port");
    expect(text).not.toContain(SECRET);
  });
});
