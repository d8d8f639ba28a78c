// manifest.json and the docs keep what the schema says about objects: union
// variants' titles, the connector's constant, and whether each object accepts
// keys it does not list. Built from the union golden case (cases/union) and
// small inline schemas.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ProviderConfig } from "../generator/config/config.js";
import { schemaToType, type SchemaContext } from "../generator/dialects/json-schema-type.js";
import { emitDocs } from "../generator/emit/docs.js";
import { emitManifest } from "../generator/emit/manifest.js";
import { Diagnostics } from "../generator/ir/diagnostics.js";
import type { IrConnector, IrProvider, IrType } from "../generator/ir/ir.js";
import { buildIr } from "../generator/pipeline.js";
import { providerFor } from "./helpers.js";

const caseDir = resolve(import.meta.dirname, "cases/union");

interface ManifestType {
  title?: string;
  type?: string | string[];
  open?: boolean;
  additionalProperties?: ManifestType;
  fields?: ManifestField[];
  oneOf?: ManifestType[];
  items?: ManifestType;
}
interface ManifestField extends ManifestType {
  key: string;
  wireKey: string;
}
interface Manifest {
  connectors: {
    kind: string;
    code: string;
    constants?: Record<string, unknown>;
    open: boolean;
    fields: ManifestField[];
  }[];
}

let ir: IrProvider;
let manifest: Manifest;
let docs: Map<string, string>;

beforeAll(async () => {
  const options = JSON.parse(readFileSync(resolve(caseDir, "case.json"), "utf8")) as Partial<ProviderConfig>;
  ({ ir } = await buildIr(providerFor(resolve(caseDir, "input"), "/nonexistent", options)));
  manifest = JSON.parse(emitManifest(ir).content) as Manifest;
  docs = new Map(emitDocs(ir).map((f) => [f.path, f.content]));
});

const connector = (name: string) => manifest.connectors.find((c) => `${c.kind}/${c.code}` === name)!;
const field = (name: string, key: string) => connector(name).fields.find((f) => f.key === key)!;
const page = (name: string) => docs.get(`docs/${name}.md`)!;
const row = (name: string, key: string) =>
  page(name)
    .split("\n")
    .find((l) => l.startsWith(`| <code>${key}</code> |`))!;

describe("manifest.json: variant titles", () => {
  it.each([
    { given: "sources/postgres tunnelMethod", want: ["No tunnel", "Password authentication"] },
    { given: "sources/postgres replicationMethod", want: ["Standard", "Logical replication (CDC)"] },
    { given: "destinations/s3 format", want: ["CSV", "Parquet"] },
  ])("$given → $want", ({ given, want }) => {
    const [name, key] = given.split(" ") as [string, string];
    expect(field(name, key).oneOf!.map((v) => v.title)).toEqual(want);
  });

  it("a variant entry: title first, then its type, fields and openness", () => {
    const { fields, ...variant } = field("sources/postgres", "tunnelMethod").oneOf![0]!;
    expect(variant).toMatchInlineSnapshot(`
      {
        "open": true,
        "title": "No tunnel",
        "type": "object",
      }
    `);
    expect(Object.keys(field("sources/postgres", "tunnelMethod").oneOf![0]!)).toEqual([
      "title",
      "type",
      "fields",
      "open",
    ]);
    expect(fields!.map((f) => f.wireKey)).toEqual(["tunnel_method"]);
  });

  it("a field's own title is kept where it was; its object type's title does not move it", () => {
    expect(Object.keys(field("sources/postgres", "host"))).not.toContain("open");
    expect(field("sources/postgres", "tunnelMethod").title).toBeUndefined();
  });
});

describe("manifest.json: connector constants and openness", () => {
  it.each([
    { given: "sources/postgres", want: { constants: { sourceType: "postgres" }, open: true } },
    { given: "sources/stripe", want: { constants: { sourceType: "stripe" }, open: true } },
    { given: "sources/google-sheets-beta", want: { constants: undefined, open: true } },
    { given: "destinations/s3", want: { constants: { destinationType: "s3" }, open: true } },
  ])("$given", ({ given, want }) => {
    const c = connector(given);
    expect({ constants: c.constants, open: c.open }).toStrictEqual(want);
  });

  it("every object variant of the case says open: true (no additionalProperties in the document)", () => {
    const opens = manifest.connectors.flatMap((c) =>
      c.fields.flatMap((f) => (f.oneOf ?? []).map((v) => `${c.code}.${f.key}.${v.title}: ${String(v.open)}`)),
    );
    expect(opens).toMatchInlineSnapshot(`
      [
        "s3.format.CSV: true",
        "s3.format.Parquet: true",
        "postgres.replicationMethod.Standard: true",
        "postgres.replicationMethod.Logical replication (CDC): true",
        "postgres.tunnelMethod.No tunnel: true",
        "postgres.tunnelMethod.Password authentication: true",
      ]
    `);
  });
});

describe("IR: titles and openness from JSON Schema", () => {
  const root = {
    d: {
      Ssh: {
        title: "SSH key",
        type: "object",
        required: ["key"],
        properties: { key: { type: "string" } },
        additionalProperties: false,
      },
      Base: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
    },
  };
  const context = (): SchemaContext => ({
    root,
    file: "openapi.json",
    diags: new Diagnostics(),
    connector: "sources/demo",
    suffixes: [],
  });
  const summary = (type: IrType | undefined): unknown =>
    type?.type === "union"
      ? type.variants.map(summary)
      : type?.type === "object"
        ? { title: type.title, open: type.open, authoringExtra: type.additionalProperties !== false }
        : type?.type;

  it.each([
    {
      name: "properties, no additionalProperties: open on the wire, closed to authoring",
      given: { type: "object", properties: { a: { type: "string" } } },
      want: { title: undefined, open: true, authoringExtra: false },
    },
    {
      name: "additionalProperties false: closed",
      given: { title: "Closed", type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
      want: { title: "Closed", open: false, authoringExtra: false },
    },
    {
      name: "additionalProperties true: open both ways",
      given: { type: "object", properties: { a: { type: "string" } }, additionalProperties: true },
      want: { title: undefined, open: true, authoringExtra: true },
    },
    {
      name: "additionalProperties a schema: open both ways",
      given: { type: "object", additionalProperties: { type: "string" } },
      want: { title: undefined, open: true, authoringExtra: true },
    },
    {
      name: "an allOf member closed: the whole is closed",
      given: { allOf: [{ $ref: "#/d/Base" }, { type: "object", properties: { b: { type: "integer" } } }] },
      want: { title: undefined, open: false, authoringExtra: false },
    },
    {
      name: "oneOf: titles inline, through $ref, and a $ref's sibling title wins",
      given: {
        oneOf: [
          { title: "No tunnel", type: "object", properties: { m: { const: "NONE" } } },
          { $ref: "#/d/Ssh" },
          { $ref: "#/d/Ssh", title: "Password" },
          { type: "string", title: "Raw" },
        ],
      },
      want: [
        { title: "No tunnel", open: true, authoringExtra: false },
        { title: "SSH key", open: false, authoringExtra: false },
        { title: "Password", open: false, authoringExtra: false },
        "string",
      ],
    },
  ])("$name", ({ given, want }) => {
    expect(summary(schemaToType(given, "/schema", context()))).toStrictEqual(want);
  });

  it("a non-object variant keeps its title too", () => {
    const type = schemaToType({ oneOf: [{ type: "string", title: "Raw" }, { type: "integer" }] }, "/s", context());
    expect(type).toStrictEqual({
      type: "union",
      variants: [{ type: "string", title: "Raw" }, { type: "integer" }],
      exclusive: true,
    });
  });
});

describe("docs: titles, constants and openness", () => {
  it.each([
    {
      given: ["sources/postgres", "tunnelMethod"],
      want: "one of: No tunnel \\| Password authentication (each: object, other keys allowed on the wire)",
    },
    {
      given: ["sources/postgres", "replicationMethod"],
      want: "one of: Standard \\| Logical replication \\(CDC\\) (each: object, other keys allowed on the wire)",
    },
    {
      given: ["destinations/s3", "format"],
      want: "one of: CSV \\| Parquet (each: object, other keys allowed on the wire)",
    },
  ])("$given.1 is described by its variants' titles", ({ given, want }) => {
    expect(row(given[0]!, given[1]!).split(" | ")[2]).toBe(want);
  });

  it("each variant's fields follow the union with dotted paths (wire keys dotted by wire keys)", () => {
    expect(row("sources/postgres", "tunnelMethod.tunnelHost")).toMatchInlineSnapshot(
      `"| <code>tunnelMethod.tunnelHost</code> | <code>tunnel_method.tunnel_host</code> | string | yes |  |  |  |  | Only in Password authentication. |"`,
    );
  });

  it.each([
    { given: "sources/postgres", want: 'Sent as <code>sourceType: "postgres"</code>, filled in by the builders' },
    { given: "destinations/s3", want: 'Sent as <code>destinationType: "s3"</code>, filled in by the builders' },
  ])("$given states its constant", ({ given, want }) => {
    expect(page(given)).toContain(want);
  });

  it("a connector without a constant states none; every page says whether the config takes other keys", () => {
    expect(page("sources/google-sheets-beta")).not.toContain("Sent as");
    for (const c of ir.connectors)
      expect(page(`${c.kind}/${c.code}`)).toContain(
        "On the wire the config also accepts keys it does not list (its schema leaves it open); authoring keys are those listed.",
      );
  });

  it("schema text in titles, constants and objects is escaped; closed objects say so", () => {
    const object = (title: string, open: boolean): IrType => ({
      type: "object",
      fields: [],
      additionalProperties: false,
      open,
      title,
    });
    const c: IrConnector = {
      kind: "sources",
      code: "x",
      displayName: "X",
      comingSoon: false,
      open: false,
      serverKeys: [],
      constants: [{ wireKey: "kind</code>|", value: "<b>x</b>" }],
      source: { file: "x.json", pointer: "" },
      fields: [
        {
          key: "auth",
          wireKey: "auth",
          type: { type: "union", variants: [object("<script>|`*a*`", false), object("Open [x](y)", true)] },
          required: false,
          secret: false,
          setOnce: false,
          source: { file: "x.json", pointer: "/auth" },
        },
      ],
    };
    const content = emitDocs({ provider: "p", kinds: [], connectors: [c] })[0]!.content;
    const lines = content.split("\n");
    expect(lines.find((l) => l.startsWith("Sent as"))).toMatchInlineSnapshot(
      `"Sent as <code>kind&lt;/code&gt;&#124;: "&lt;b&gt;x&lt;/b&gt;"</code>, filled in by the builders (\`create\`, \`update\`, \`toWire\`); never authored."`,
    );
    expect(lines.find((l) => l.startsWith("| <code>auth</code>"))!.split(/(?<!\\)\|/)[3]).toMatchInlineSnapshot(
      `" one of: &lt;script&gt;\\|<code>*a*</code> (object, no other keys) \\| Open \\[x\\]\\(y\\) (object, other keys allowed on the wire) "`,
    );
    expect(content).toContain("The config accepts no keys other than those listed.");
  });
});

describe("manifest.json: what a union, a number and an array constrain", () => {
  const context = (): SchemaContext => ({
    root: {},
    file: "openapi.json",
    diags: new Diagnostics(),
    connector: "sources/demo",
    suffixes: [],
  });
  /** A provider of one connector whose one field `f` has the given schema. */
  const providerOf = (schema: unknown): IrProvider => {
    const type = schemaToType(schema, "/f", context())!;
    const source = { file: "openapi.json", pointer: "/f" };
    const connector: IrConnector = {
      kind: "sources",
      code: "demo",
      displayName: "Demo",
      comingSoon: false,
      serverKeys: [],
      fields: [{ key: "f", wireKey: "f", type, required: false, secret: false, setOnce: false, source }],
      source,
    };
    return { provider: "demo", kinds: [], connectors: [connector] };
  };
  /** The manifest entry of the field. */
  const entry = (schema: unknown): Record<string, unknown> => {
    const manifest = JSON.parse(emitManifest(providerOf(schema)).content) as {
      connectors: { fields: Record<string, unknown>[] }[];
    };
    return manifest.connectors[0]!.fields[0]!;
  };
  const pick = (value: Record<string, unknown>, keys: string[]) =>
    Object.fromEntries(keys.filter((k) => k in value).map((k) => [k, value[k]]));

  it.each([
    {
      name: "a oneOf: one variant exactly",
      given: { oneOf: [{ type: "string" }, { type: "integer" }] },
      want: { type: ["string", "integer"], exclusive: true },
    },
    {
      name: "an anyOf: any number of variants, under the same key",
      given: { anyOf: [{ type: "string" }, { type: "integer" }] },
      want: { type: ["string", "integer"], exclusive: false },
    },
    {
      name: "a number's exclusive bounds",
      given: { type: "number", exclusiveMinimum: 0, maximum: 1 },
      want: { type: "number", exclusiveMinimum: 0, maximum: 1 },
    },
    {
      name: "an integer's exclusive bounds folded into inclusive ones",
      given: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 10 },
      want: { type: "integer", minimum: 1, maximum: 9 },
    },
    {
      name: "an array's item counts",
      given: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 },
      want: { type: "array", minItems: 1, maxItems: 3 },
    },
  ])("$name", ({ given, want }) => {
    const keys = [
      "type",
      "exclusive",
      "minimum",
      "maximum",
      "exclusiveMinimum",
      "exclusiveMaximum",
      "minItems",
      "maxItems",
    ];
    expect(pick(entry(given), keys)).toStrictEqual(want);
  });

  it.each([
    {
      name: "a number's exclusive bound",
      given: { type: "number", exclusiveMinimum: 0, maximum: 1 },
      want: "0 (exclusive) to 1",
    },
    {
      name: "an array's item count, then what each item allows",
      given: { type: "array", items: { type: "string", minLength: 2 }, minItems: 1, maxItems: 3 },
      want: "1 to 3 items; each: length 2 to ∞",
    },
  ])("the docs: $name", ({ given, want }) => {
    const page = emitDocs(providerOf(given)).find((f) => f.path === "docs/sources/demo.md")!.content;
    const line = page.split("\n").find((l) => l.startsWith("| <code>f</code> |"));
    expect(line).toContain(` ${want} |`);
  });
});
