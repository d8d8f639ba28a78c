// Golden files: the generated text for small snapshots, one per dialect, that
// exercise every rule. Update with `npx vitest run -u` and review the diff.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { generate } from "../generator/pipeline.js";
import { providerFor } from "./helpers.js";

const casesDir = resolve(import.meta.dirname, "cases");
// Generation cases have a case.json (cases/diff holds snapshot pairs instead).
const cases = readdirSync(casesDir)
  .filter((name) => existsSync(resolve(casesDir, name, "case.json")))
  .sort();

export function caseProvider(name: string) {
  const options = JSON.parse(readFileSync(resolve(casesDir, name, "case.json"), "utf8")) as Partial<ProviderConfig>;
  return providerFor(resolve(casesDir, name, "input"), "/nonexistent", options);
}

describe.each(cases)("golden: cases/%s", async (name) => {
  const first = await generate(caseProvider(name));

  it.each(first.files.map((f) => [f.path, f.content]))("%s", async (path, content) => {
    await expect(content).toMatchFileSnapshot(`cases/${name}/expected/${path}`);
  });

  it("is byte-identical on a rerun", async () => {
    const second = await generate(caseProvider(name));
    expect(second.files).toEqual(first.files);
  });
});

describe("golden details", () => {
  it("field-list: documents the placeholder default and drops server-computed entries", async () => {
    const { files } = await generate(caseProvider("basic"));
    const manifest = JSON.parse(files.find((f) => f.path === "manifest.json")!.content) as {
      connectors: {
        code: string;
        fields: { key: string; wireKey: string; placeholder?: string; default?: unknown }[];
        serverKeys: string[];
      }[];
    };
    const demo = manifest.connectors.find((c) => c.code === "demo-db")!;
    expect(demo.fields.find((f) => f.key === "sshPublicKey")).toMatchObject({
      wireKey: "ssh.public.key.user.displayed",
      placeholder: "<SSH.PUBLIC.KEY>",
    });
    expect(demo.fields.find((f) => f.key === "sshPublicKey")?.default).toBeUndefined();
    expect(demo.fields.map((f) => f.wireKey)).not.toContain("connector.class");
    expect(demo.serverKeys).toEqual(["connector.class", "database.hostname", "database.port", "ssh.public.key"]);
  });

  it("json-schema: warns with a JSON pointer about what it cannot enforce or use", async () => {
    const { warnings } = await generate(caseProvider("json-schema"));
    expect(warnings.map((w) => `${w.rule} ${w.file}#${w.pointer}`)).toEqual([
      "default-invalid openapi.json#/components/schemas/PostgresDestinationConnectorConfigInput/properties/batch_size/default",
      // `recursive`, declared by an allOf member, is no key the config's own `additionalProperties: false` allows.
      "false-schema openapi.json#/components/schemas/GoogleDriveSourceConnectorConfigInput/additionalProperties",
    ]);
  });

  it("union: connectors from the config oneOf, codes from const / one-value enum / title, mistakes warned", async () => {
    const { ir, warnings } = await generate(caseProvider("union"));
    expect(ir.connectors.map((c) => `${c.kind}/${c.code} ${JSON.stringify(c.constants ?? [])}`)).toEqual([
      'destinations/s3 [{"wireKey":"destinationType","value":"s3"}]',
      "sources/google-sheets-beta []",
      'sources/postgres [{"wireKey":"sourceType","value":"postgres"}]',
      'sources/stripe [{"wireKey":"sourceType","value":"stripe"}]',
    ]);
    expect(
      ir.kinds.map((k) => `${k.kind} ${k.create.method} ${k.create.path} sends code: ${k.create.sendsConnector}`),
    ).toEqual(["destinations POST /v1/destinations sends code: false", "sources POST /v1/sources sends code: false"]);
    const s3 = ir.connectors.find((c) => c.code === "s3")!;
    expect(s3.fields.map((f) => f.wireKey)).toEqual(["storage", "s3_bucket_name", "access_key_id", "format"]);
    expect(warnings.map((w) => `${w.rule} ${w.file}#${w.pointer}`)).toEqual([
      // google-sheets-beta has no sourceType: no property is a constant in every member.
      "no-discriminator openapi.yaml#/components/schemas/SourceCreateRequest/properties/configuration",
      "default-invalid openapi.yaml#/components/schemas/source-postgres/properties/replication_method/oneOf/1/properties/initial_waiting_seconds/default",
      "invalid-pattern openapi.yaml#/components/schemas/source-stripe/properties/account_id/pattern",
    ]);
  });
});
