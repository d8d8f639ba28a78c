// generator/dialects/union.ts on its own: a small OpenAPI document whose create
// request carries `configuration: { oneOf: [...] }` in, IR connectors (codes,
// constants, fields) and diagnostics out.

import { describe, expect, it } from "vitest";
import { planUnionConnectors, type UnionOptions } from "../../generator/dialects/union.js";
import { type Diagnostic, Diagnostics } from "../../generator/ir/diagnostics.js";
import type { IrConnector, IrField } from "../../generator/ir/ir.js";

const FILE = "openapi.json";
const BODY = "/paths/~1v1~1sources/post/requestBody/content/application~1json/schema";
const CONFIG = `${BODY}/properties/configuration`;

/** An OpenAPI document with `POST /v1/sources` whose body's `configuration` is `config`. */
function document(config: unknown, schemas: Record<string, unknown> = {}) {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/v1/sources": {
        post: {
          requestBody: {
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  required: ["name", "configuration"],
                  properties: { name: { type: "string" }, configuration: config },
                },
              },
            },
          },
        },
      },
    },
    components: { schemas },
  };
}

const OPTIONS: UnionOptions = { suffixes: [], kinds: { sources: { configProperty: "configuration" } } };

function parse(json: unknown, options: UnionOptions = OPTIONS) {
  const diags = new Diagnostics();
  const snapshot = { dir: "/snapshot", openapi: { path: FILE, json }, connectors: [] };
  // Each built as it is found, as the pipeline does.
  const connectors: IrConnector[] = [];
  for (const plan of planUnionConnectors(snapshot, Object.keys(options.kinds), options, diags)) {
    const connector = plan.build();
    if (connector) connectors.push(connector);
  }
  return { connectors, diagnostics: diags.items };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function field(at: string, f: Pick<IrField, "key" | "wireKey" | "type"> & Partial<IrField>): IrField {
  return {
    required: false,
    secret: false,
    setOnce: false,
    source: { file: FILE, pointer: `${at}/properties/${f.wireKey}` },
    ...f,
  };
}

function connector(at: string, c: Pick<IrConnector, "code" | "fields"> & Partial<IrConnector>): IrConnector {
  return {
    kind: "sources",
    displayName: c.code,
    comingSoon: false,
    open: true,
    serverKeys: [],
    source: { file: FILE, pointer: at },
    ...c,
  };
}

function diag(severity: "error" | "warning", rule: string, pointer: string, message: string, more = {}): Diagnostic {
  return { severity, rule, file: FILE, pointer, message, ...more };
}

const host = (at: string, required = true) =>
  field(at, { key: "host", wireKey: "host", type: { type: "string" }, required });

/** The member `{ properties: { t: { const: "b" } } }` at oneOf/i, built. */
const bOnly = (i: number) =>
  connector(`${CONFIG}/oneOf/${i}`, {
    code: "b",
    fields: [],
    constants: [{ wireKey: "t", value: "b" }],
    wireSchema: { properties: { t: { const: "b" } } },
  });

interface Row {
  name: string;
  given: { json: unknown; options?: UnionOptions };
  want: { connectors: IrConnector[]; diagnostics: Diagnostic[] };
}

describe("connector codes and constants", () => {
  it.each<Row>([
    {
      name: "code from the const property, which is a constant and no field",
      given: {
        json: document(
          { oneOf: [ref("Postgres")] },
          {
            Postgres: {
              title: "Postgres",
              description: "Reads Postgres.",
              type: "object",
              required: ["sourceType", "host"],
              properties: { sourceType: { type: "string", const: "postgres" }, host: { type: "string" } },
            },
          },
        ),
      },
      want: {
        connectors: [
          connector("/components/schemas/Postgres", {
            code: "postgres",
            displayName: "Postgres",
            description: "Reads Postgres.",
            fields: [host("/components/schemas/Postgres")],
            constants: [{ wireKey: "sourceType", value: "postgres" }],
            // Validation keywords exactly as given; the title and description are left out.
            wireSchema: {
              type: "object",
              required: ["sourceType", "host"],
              properties: { sourceType: { type: "string", const: "postgres" }, host: { type: "string" } },
            },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "code from a one-value enum, inline member",
      given: {
        json: document({
          oneOf: [
            {
              type: "object",
              properties: { kind: { enum: ["mysql"] }, host: { type: "string" } },
            },
          ],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "mysql",
            fields: [host(`${CONFIG}/oneOf/0`, false)],
            constants: [{ wireKey: "kind", value: "mysql" }],
            wireSchema: { type: "object", properties: { kind: { enum: ["mysql"] }, host: { type: "string" } } },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "code from a $ref'd const",
      given: {
        json: document(
          { oneOf: [{ properties: { sourceType: ref("PgType"), host: { type: "string" } } }] },
          { PgType: { const: "pg" } },
        ),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "pg",
            fields: [host(`${CONFIG}/oneOf/0`, false)],
            constants: [{ wireKey: "sourceType", value: "pg" }],
            // The $ref'd component is copied into $defs and pointed at there.
            wireSchema: {
              properties: { sourceType: { $ref: "#/$defs/components_schemas_PgType" }, host: { type: "string" } },
              $defs: { components_schemas_PgType: { const: "pg" } },
            },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "no constant: the title, slugged; no constants; no discriminator warned",
      given: {
        json: document({
          anyOf: [
            { title: "Google Sheets (Beta)", properties: { host: { type: "string" } } },
            { title: "Café Münster", properties: {} },
          ],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/anyOf/0`, {
            code: "google-sheets-beta",
            displayName: "Google Sheets (Beta)",
            fields: [host(`${CONFIG}/anyOf/0`, false)],
            wireSchema: { properties: { host: { type: "string" } } },
          }),
          connector(`${CONFIG}/anyOf/1`, {
            code: "cafe-munster",
            displayName: "Café Münster",
            fields: [],
            wireSchema: { properties: {} },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "no-discriminator",
            CONFIG,
            "no property has a distinct constant value in every sources member; each member's code is its own constant property, else its title",
          ),
        ],
      },
    },
    {
      name: "two constants: sourceType (the kind's own name) is the code, guessed and warned; the other stays a field",
      given: {
        json: document({
          oneOf: [
            {
              required: ["sourceType"],
              properties: { version: { const: "v2" }, sourceType: { const: "kafka" } },
            },
          ],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "kafka",
            fields: [
              field(`${CONFIG}/oneOf/0`, {
                key: "version",
                wireKey: "version",
                type: { type: "string", enum: [{ value: "v2" }] },
              }),
            ],
            constants: [{ wireKey: "sourceType", value: "kafka" }],
            wireSchema: {
              required: ["sourceType"],
              properties: { version: { const: "v2" }, sourceType: { const: "kafka" } },
            },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "guessed-discriminator",
            CONFIG,
            'several properties have a distinct constant value in every sources member ("version", "sourceType"); connector codes are taken from "sourceType": set kinds.sources.discriminator to choose',
          ),
        ],
      },
    },
    {
      name: "two constants, neither required nor named like a discriminator: the first is the code, guessed and warned",
      given: {
        json: document({
          oneOf: [{ title: "Kafka", properties: { a: { const: "x" }, b: { const: "y" } } }],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "x",
            displayName: "Kafka",
            fields: [
              field(`${CONFIG}/oneOf/0`, { key: "b", wireKey: "b", type: { type: "string", enum: [{ value: "y" }] } }),
            ],
            constants: [{ wireKey: "a", value: "x" }],
            wireSchema: { properties: { a: { const: "x" }, b: { const: "y" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "guessed-discriminator",
            CONFIG,
            'several properties have a distinct constant value in every sources member ("a", "b"); connector codes are taken from "a": set kinds.sources.discriminator to choose',
          ),
        ],
      },
    },
    {
      name: "the configured discriminator wins over another required constant",
      given: {
        json: document({
          oneOf: [
            {
              required: ["a", "type"],
              properties: { a: { const: "x" }, type: { const: "s3" } },
            },
          ],
        }),
        options: { suffixes: [], kinds: { sources: { configProperty: "configuration", discriminator: "type" } } },
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "s3",
            fields: [
              field(`${CONFIG}/oneOf/0`, {
                key: "a",
                wireKey: "a",
                type: { type: "string", enum: [{ value: "x" }] },
                required: true,
              }),
            ],
            constants: [{ wireKey: "type", value: "s3" }],
            wireSchema: { required: ["a", "type"], properties: { a: { const: "x" }, type: { const: "s3" } } },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "a discriminator that is no constant in this member: the title, warned; the property stays a field",
      given: {
        json: document({
          oneOf: [{ title: "Blob", properties: { type: { type: "string" }, a: { const: "x" } } }],
        }),
        options: { suffixes: [], kinds: { sources: { configProperty: "configuration", discriminator: "type" } } },
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "blob",
            displayName: "Blob",
            fields: [
              field(`${CONFIG}/oneOf/0`, { key: "type", wireKey: "type", type: { type: "string" } }),
              field(`${CONFIG}/oneOf/0`, { key: "a", wireKey: "a", type: { type: "string", enum: [{ value: "x" }] } }),
            ],
            wireSchema: { properties: { type: { type: "string" }, a: { const: "x" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "no-discriminator",
            `${CONFIG}/oneOf/0/properties/type`,
            'the discriminator "type" has no string constant in this member; its code is taken from its title',
            { connector: "sources/blob" },
          ),
        ],
      },
    },
    {
      name: "a numeric const is no code",
      given: { json: document({ oneOf: [{ title: "V", properties: { version: { const: 2 } } }] }) },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "v",
            displayName: "V",
            fields: [
              field(`${CONFIG}/oneOf/0`, {
                key: "version",
                wireKey: "version",
                type: { type: "integer", enum: [{ value: 2 }] },
              }),
            ],
            wireSchema: { properties: { version: { const: 2 } } },
          }),
        ],
        diagnostics: [],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given.json, given.options)).toStrictEqual(want);
  });
});

describe("member schemas → fields", () => {
  const at = "/components/schemas/Pg";
  it.each<Row>([
    {
      name: "allOf members merged; readOnly properties are server keys; secrets",
      given: {
        json: document(
          { oneOf: [ref("Pg")] },
          {
            Base: { title: "Postgres base", properties: { id: { type: "string", readOnly: true } } },
            Pg: {
              allOf: [
                ref("Base"),
                {
                  required: ["sourceType", "password"],
                  properties: {
                    sourceType: { const: "postgres" },
                    password: { type: "string", "x-secret": true },
                  },
                },
              ],
            },
          },
        ),
      },
      want: {
        connectors: [
          connector(at, {
            code: "postgres",
            displayName: "Postgres base",
            fields: [
              field(at, {
                key: "password",
                wireKey: "password",
                type: { type: "string" },
                required: true,
                secret: true,
              }),
            ],
            serverKeys: ["id"],
            constants: [{ wireKey: "sourceType", value: "postgres" }],
            // The member as written (allOf unmerged), Base copied into $defs; readOnly, x-secret and the title left out.
            wireSchema: {
              allOf: [
                { $ref: "#/$defs/components_schemas_Base" },
                {
                  required: ["sourceType", "password"],
                  // The secret keeps its mark in the bundle (as writeOnly), so the diff knows it.
                  properties: { sourceType: { const: "postgres" }, password: { type: "string", writeOnly: true } },
                },
              ],
              $defs: { components_schemas_Base: { properties: { id: { type: "string" } } } },
            },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "nested oneOf (tunnel method): a union of objects whose constants stay fields",
      given: {
        json: document(
          { oneOf: [ref("Pg")] },
          {
            Pg: {
              required: ["sourceType"],
              properties: {
                sourceType: { const: "postgres" },
                tunnel_method: {
                  oneOf: [
                    { title: "No tunnel", type: "object", properties: { tunnel_method: { const: "NO_TUNNEL" } } },
                    {
                      title: "SSH",
                      type: "object",
                      required: ["tunnel_method", "tunnel_host"],
                      properties: { tunnel_method: { const: "SSH" }, tunnel_host: { type: "string" } },
                    },
                  ],
                },
              },
            },
          },
        ),
      },
      want: {
        connectors: [
          connector(at, {
            code: "postgres",
            fields: [
              field(at, {
                key: "tunnelMethod",
                wireKey: "tunnel_method",
                type: {
                  type: "union",
                  variants: [
                    {
                      type: "object",
                      fields: [
                        field(`${at}/properties/tunnel_method/oneOf/0`, {
                          key: "tunnelMethod",
                          wireKey: "tunnel_method",
                          type: { type: "string", enum: [{ value: "NO_TUNNEL" }] },
                        }),
                      ],
                      additionalProperties: false,
                      open: true,
                      title: "No tunnel",
                    },
                    {
                      type: "object",
                      fields: [
                        field(`${at}/properties/tunnel_method/oneOf/1`, {
                          key: "tunnelMethod",
                          wireKey: "tunnel_method",
                          type: { type: "string", enum: [{ value: "SSH" }] },
                          required: true,
                        }),
                        field(`${at}/properties/tunnel_method/oneOf/1`, {
                          key: "tunnelHost",
                          wireKey: "tunnel_host",
                          type: { type: "string" },
                          required: true,
                        }),
                      ],
                      additionalProperties: false,
                      open: true,
                      title: "SSH",
                    },
                  ],
                  exclusive: true,
                },
              }),
            ],
            constants: [{ wireKey: "sourceType", value: "postgres" }],
            wireSchema: {
              required: ["sourceType"],
              properties: {
                sourceType: { const: "postgres" },
                tunnel_method: {
                  oneOf: [
                    { type: "object", properties: { tunnel_method: { const: "NO_TUNNEL" } } },
                    {
                      type: "object",
                      required: ["tunnel_method", "tunnel_host"],
                      properties: { tunnel_method: { const: "SSH" }, tunnel_host: { type: "string" } },
                    },
                  ],
                },
              },
            },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "warnings of a member name its connector",
      given: {
        json: document(
          { oneOf: [ref("Pg")] },
          { Pg: { properties: { sourceType: { const: "postgres" }, port: { type: "integer", default: "5432" } } } },
        ),
      },
      want: {
        connectors: [
          connector(at, {
            code: "postgres",
            fields: [field(at, { key: "port", wireKey: "port", type: { type: "integer" } })],
            constants: [{ wireKey: "sourceType", value: "postgres" }],
            // The default (an annotation) is left out.
            wireSchema: { properties: { sourceType: { const: "postgres" }, port: { type: "integer" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            `${at}/properties/port/default`,
            'default "5432" is not valid: expected an integer; left out',
            { connector: "sources/postgres", field: "port" },
          ),
        ],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given.json, given.options)).toStrictEqual(want);
  });
});

describe("bad documents → diagnostics", () => {
  it.each<Row>([
    {
      name: "configuration not a union",
      given: { json: document({ type: "object", properties: {} }) },
      want: {
        connectors: [],
        diagnostics: [
          diag(
            "error",
            "no-config-union",
            CONFIG,
            'the sources create request\'s "configuration" is not a oneOf/anyOf of connector schemas',
          ),
        ],
      },
    },
    {
      name: "a member that is not an object",
      given: { json: document({ oneOf: ["postgres", { title: "Ok", properties: {} }] }) },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/1`, { code: "ok", displayName: "Ok", fields: [], wireSchema: { properties: {} } }),
        ],
        diagnostics: [
          diag(
            "warning",
            "invalid-connector-schema",
            `${CONFIG}/oneOf/0`,
            "a union member must be an object schema; this connector is left out",
          ),
        ],
      },
    },
    {
      name: "a member with neither a constant nor a title",
      given: { json: document({ oneOf: [{ properties: { host: { type: "string" } } }] }) },
      want: {
        connectors: [],
        diagnostics: [
          diag(
            "warning",
            "no-connector-code",
            `${CONFIG}/oneOf/0`,
            "cannot tell this member's connector code: give it a property with a `const` value or a title; this connector is left out",
          ),
        ],
      },
    },
    {
      name: "a title with nothing to slug",
      given: { json: document({ oneOf: [{ title: "!!!", properties: {} }] }) },
      want: {
        connectors: [],
        diagnostics: [
          diag(
            "warning",
            "no-connector-code",
            `${CONFIG}/oneOf/0`,
            "cannot tell this member's connector code: give it a property with a `const` value or a title; this connector is left out",
          ),
        ],
      },
    },
    {
      name: "two members with one code: no discriminator warned, the first is kept",
      given: {
        json: document({
          oneOf: [{ properties: { t: { const: "pg" } } }, { title: "PG", properties: {} }],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "pg",
            fields: [],
            constants: [{ wireKey: "t", value: "pg" }],
            wireSchema: { properties: { t: { const: "pg" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "no-discriminator",
            CONFIG,
            "no property has a distinct constant value in every sources member; each member's code is its own constant property, else its title",
          ),
          diag(
            "warning",
            "duplicate-connector",
            `${CONFIG}/oneOf/1`,
            `connector code "pg" is also used by ${CONFIG}/oneOf/0; this connector is left out`,
            { connector: "sources/pg" },
          ),
        ],
      },
    },
    {
      name: "a dangling member $ref: that member left out, the rest generates",
      given: { json: document({ oneOf: [ref("Missing"), { properties: { t: { const: "b" } } }] }) },
      want: {
        connectors: [bOnly(1)],
        diagnostics: [
          diag(
            "warning",
            "dangling-ref",
            `${CONFIG}/oneOf/0`,
            '$ref "#/components/schemas/Missing" points nowhere; this connector is left out',
          ),
        ],
      },
    },
    {
      name: "a member $ref cycle: that member left out, the rest generates",
      given: {
        json: document({ oneOf: [{ properties: { t: { const: "b" } } }, ref("A")] }, { A: ref("B"), B: ref("A") }),
      },
      want: {
        connectors: [bOnly(0)],
        diagnostics: [
          diag(
            "warning",
            "cyclic-ref",
            "/components/schemas/B",
            `$ref cycle through #/components/schemas/A (union member ${CONFIG}/oneOf/1); this connector is left out`,
          ),
        ],
      },
    },
    {
      name: "a member whose allOf $ref dangles: that member left out, the rest generates",
      given: {
        json: document({
          oneOf: [
            { allOf: [ref("Missing")], properties: { t: { const: "a" } } },
            { properties: { t: { const: "b" } } },
          ],
        }),
      },
      want: {
        connectors: [bOnly(1)],
        diagnostics: [
          diag(
            "warning",
            "dangling-ref",
            `${CONFIG}/oneOf/0/allOf/0`,
            '$ref "#/components/schemas/Missing" points nowhere; this connector is left out',
          ),
        ],
      },
    },
    {
      name: "a member whose allOf includes itself: that member left out, the rest generates",
      given: {
        json: document(
          { oneOf: [ref("Loop"), { properties: { t: { const: "b" } } }] },
          { Loop: { allOf: [ref("Loop")], properties: { t: { const: "a" } } } },
        ),
      },
      want: {
        connectors: [bOnly(1)],
        diagnostics: [
          diag(
            "warning",
            "recursive-schema",
            "/components/schemas/Loop/allOf/0",
            `allOf includes itself through #/components/schemas/Loop (union member ${CONFIG}/oneOf/0); this connector is left out`,
          ),
        ],
      },
    },
    {
      name: "a member of another type than object: that member left out, the rest generates",
      given: {
        json: document({
          oneOf: [
            { title: "Text", type: "string", properties: { t: { const: "a" } } },
            { properties: { t: { const: "b" } } },
            { title: "List", type: ["array", "null"] },
          ],
        }),
      },
      want: {
        connectors: [bOnly(1)],
        diagnostics: [
          diag(
            "warning",
            "invalid-connector-schema",
            `${CONFIG}/oneOf/0/type`,
            'a union member must be an object schema, not of type "string"; this connector is left out',
          ),
          diag(
            "warning",
            "invalid-connector-schema",
            `${CONFIG}/oneOf/2/type`,
            'a union member must be an object schema, not of type ["array","null"]; this connector is left out',
          ),
        ],
      },
    },
    {
      name: "a member whose discriminating const is a number: no discriminator, its code from its title (as for a missing one)",
      given: {
        json: document({
          oneOf: [
            { properties: { t: { const: "b" } } },
            { title: "Five", properties: { t: { const: 5 } } },
            { properties: { t: { const: "c" } } },
          ],
        }),
      },
      want: {
        connectors: [
          bOnly(0),
          connector(`${CONFIG}/oneOf/1`, {
            code: "five",
            displayName: "Five",
            fields: [
              field(`${CONFIG}/oneOf/1`, { key: "t", wireKey: "t", type: { type: "integer", enum: [{ value: 5 }] } }),
            ],
            wireSchema: { properties: { t: { const: 5 } } },
          }),
          connector(`${CONFIG}/oneOf/2`, {
            code: "c",
            fields: [],
            constants: [{ wireKey: "t", value: "c" }],
            wireSchema: { properties: { t: { const: "c" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "no-discriminator",
            CONFIG,
            "no property has a distinct constant value in every sources member; each member's code is its own constant property, else its title",
          ),
        ],
      },
    },
    {
      name: "the configuration $ref dangles: no union found, an error",
      given: { json: document(ref("Missing")) },
      want: {
        connectors: [],
        diagnostics: [
          diag("error", "dangling-ref", CONFIG, '$ref "#/components/schemas/Missing" points nowhere', {
            connector: undefined,
          }),
        ],
      },
    },
    {
      name: "a member with an unknown type name: kept, the field unknown, warned naming the connector",
      given: {
        json: document({
          oneOf: [{ properties: { t: { const: "a" }, x: { type: "date" } } }, { properties: { t: { const: "b" } } }],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "a",
            fields: [field(`${CONFIG}/oneOf/0`, { key: "x", wireKey: "x", type: { type: "unknown" } })],
            constants: [{ wireKey: "t", value: "a" }],
            // A type name JSON Schema does not have constrains nothing, as warned.
            wireSchema: { properties: { t: { const: "a" }, x: {} } },
          }),
          connector(`${CONFIG}/oneOf/1`, {
            code: "b",
            fields: [],
            constants: [{ wireKey: "t", value: "b" }],
            wireSchema: { properties: { t: { const: "b" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "unsupported-type",
            `${CONFIG}/oneOf/0/properties/x/type`,
            'unknown type "date"; typed as any JSON value',
            { connector: "sources/a" },
          ),
        ],
      },
    },
    {
      name: "a member whose fields fail (a recursive schema): that connector left out",
      given: {
        json: document(
          {
            oneOf: [{ properties: { t: { const: "a" }, x: ref("Node") } }, { properties: { t: { const: "b" } } }],
          },
          { Node: { type: "object", properties: { next: ref("Node") } } },
        ),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/1`, {
            code: "b",
            fields: [],
            constants: [{ wireKey: "t", value: "b" }],
            wireSchema: { properties: { t: { const: "b" } } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "recursive-schema",
            "/components/schemas/Node/properties/next",
            "recursive schema through #/components/schemas/Node cannot be expressed as a finite config type; this connector is left out",
            { connector: "sources/a" },
          ),
        ],
      },
    },
    {
      name: "no create operation: nothing (the envelope parser reports it)",
      given: { json: { openapi: "3.1.0", paths: {} } },
      want: { connectors: [], diagnostics: [] },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given.json, given.options)).toStrictEqual(want);
  });
});

describe("known bugs, and a remote $ref", () => {
  // Bug: the member's properties are dereferenced twice when their fields are parsed (for the field's
  // annotations, for its type), so one dangling $ref is two errors. (The look for the constant reports none.)
  it.fails.each<Row>([
    {
      name: "a dangling $ref in a member property is one error naming the connector",
      given: { json: document({ oneOf: [{ title: "A", properties: { x: ref("Missing") } }] }) },
      want: {
        connectors: [],
        diagnostics: [
          diag(
            "error",
            "dangling-ref",
            `${CONFIG}/oneOf/0/properties/x`,
            '$ref "#/components/schemas/Missing" points nowhere',
            {
              connector: "sources/a",
            },
          ),
        ],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given.json, given.options)).toStrictEqual(want);
  });

  // A non-local $ref is never fetched: the connector is kept, the property unenforced (as warned) in its wire schema too.
  it.each<Row>([
    {
      name: "a remote $ref in a member property: the connector kept, the property any JSON value, warned",
      given: {
        json: document({
          oneOf: [{ properties: { t: { const: "a" }, x: { $ref: "https://example.com/schema.json" } } }],
        }),
      },
      want: {
        connectors: [
          connector(`${CONFIG}/oneOf/0`, {
            code: "a",
            fields: [field(`${CONFIG}/oneOf/0`, { key: "x", wireKey: "x", type: { type: "unknown" } })],
            constants: [{ wireKey: "t", value: "a" }],
            wireSchema: { properties: { t: { const: "a" }, x: {} } },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "unenforced-keyword",
            `${CONFIG}/oneOf/0/properties/x/$ref`,
            '$ref "https://example.com/schema.json" is not local; typed as any JSON value',
            { connector: "sources/a" },
          ),
        ],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given.json, given.options)).toStrictEqual(want);
  });
});

describe("a discriminator both a connector's schema and its shared allOf base define", () => {
  it("is the connector's constant (every definition of the property holds)", () => {
    const member = (code: string) => ({
      title: code,
      type: "object",
      allOf: [ref("Base")],
      properties: { sourceType: { const: code }, host: { type: "string" } },
    });
    const { connectors, diagnostics } = parse(
      document(
        { oneOf: [ref("Postgres"), ref("Mysql")] },
        {
          Base: { type: "object", required: ["sourceType"], properties: { sourceType: { type: "string" } } },
          Postgres: member("postgres"),
          Mysql: member("mysql"),
        },
      ),
    );
    expect(connectors.map((c) => [c.code, c.constants, c.fields.map((f) => f.wireKey)])).toEqual([
      ["postgres", [{ wireKey: "sourceType", value: "postgres" }], ["host"]],
      ["mysql", [{ wireKey: "sourceType", value: "mysql" }], ["host"]],
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe("a config property both the create body and its shared allOf base define", () => {
  it("lists the connectors of the definition that is a oneOf", () => {
    const json = document(
      { oneOf: [ref("Postgres")] },
      {
        Body: { type: "object", properties: { configuration: { type: "object" } } },
        Postgres: {
          type: "object",
          properties: { sourceType: { const: "postgres" }, host: { type: "string" } },
        },
      },
    );
    const schema = json.paths["/v1/sources"].post.requestBody.content["application/json"].schema as Record<
      string,
      unknown
    >;
    schema.allOf = [ref("Body")];
    const { connectors, diagnostics } = parse(json);
    expect(connectors.map((c) => c.code)).toEqual(["postgres"]);
    expect(diagnostics).toEqual([]);
  });
});

describe("a member that is a $ref with keywords beside it", () => {
  it("is the allOf of the reference and those keywords: their fields and requirements are the connector's", () => {
    const { connectors, diagnostics } = parse(
      document(
        {
          oneOf: [
            { ...ref("Postgres"), properties: { schema: { type: "string" } }, required: ["schema"] },
            { ...ref("Postgres"), title: "Same" },
          ],
        },
        {
          Postgres: {
            type: "object",
            required: ["sourceType", "host"],
            properties: { sourceType: { type: "string", enum: ["postgres"] }, host: { type: "string" } },
          },
        },
      ),
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    // The second member is the reference alone (a title beside it says nothing of its values): the same code.
    expect(connectors.map((c) => c.code)).toEqual(["postgres"]);
    expect(connectors[0]!.fields.map((f) => [f.wireKey, f.required])).toEqual([
      ["schema", true],
      ["host", true],
    ]);
    expect(connectors[0]!.wireSchema).toMatchObject({ required: ["schema"], allOf: [{ $ref: expect.any(String) }] });
  });
});
