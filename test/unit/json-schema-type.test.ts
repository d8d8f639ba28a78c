// generator/dialects/json-schema-type.ts on its own: one JSON Schema keyword per
// row in, the IR type or fields and the diagnostics (with JSON pointers) out.

import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  deref,
  fits,
  isSecretSchema,
  jsonEqual,
  MAX_SCHEMA_EXPANSIONS,
  mergeAllOf,
  schemaToFields,
  schemaToType,
  type SchemaContext,
} from "../../generator/dialects/json-schema-type.js";
import { type Diagnostic, Diagnostics } from "../../generator/ir/diagnostics.js";
import { resolvePointer } from "../../generator/ir/plain.js";
import type { IrField, IrType } from "../../generator/ir/ir.js";

const FILE = "openapi.json";
const CONNECTOR = "sources/demo";
const AT = "/schema";

function context(root: unknown = {}, extra: Partial<SchemaContext> = {}): SchemaContext {
  return { root, file: FILE, diags: new Diagnostics(), connector: CONNECTOR, suffixes: [], ...extra };
}

function diag(
  severity: "error" | "warning",
  rule: string,
  pointer: string,
  message: string,
  field?: string,
): Diagnostic {
  return {
    severity,
    rule,
    file: FILE,
    pointer,
    connector: CONNECTOR,
    ...(field !== undefined ? { field } : {}),
    message,
  };
}

/** A diagnostic about a schema outside any connector: it names none. */
function envelopeDiag(severity: "error" | "warning", rule: string, pointer: string, message: string): Diagnostic {
  return { severity, rule, file: FILE, pointer, message };
}

const unenforced = (pointer: string, keyword: string) =>
  diag("warning", "unenforced-keyword", pointer, `${keyword} is not enforced by the generated types or validators`);

/** The field at `${AT}/properties/<key>`, with the parser's defaults for what the row leaves out. */
function field(f: Pick<IrField, "key" | "wireKey" | "type"> & Partial<IrField>): IrField {
  return {
    required: false,
    secret: false,
    setOnce: false,
    source: { file: FILE, pointer: `${AT}/properties/${f.wireKey.replace(/~/g, "~0").replace(/\//g, "~1")}` },
    ...f,
  };
}

interface TypeRow {
  name: string;
  /** `envelope`: the schema belongs to no connector (the API envelope), so the context names none. */
  given: { schema: unknown; root?: unknown; fallbackRoot?: unknown; envelope?: boolean };
  want: { type: IrType | undefined; diagnostics: Diagnostic[] };
}

function typeResult(given: TypeRow["given"]) {
  const ctx = context(given.root, {
    ...(given.fallbackRoot !== undefined ? { fallbackRoot: given.fallbackRoot } : {}),
    ...(given.envelope ? { connector: undefined } : {}),
  });
  const type = schemaToType(given.schema, AT, ctx);
  return { type, diagnostics: ctx.diags.items };
}

const recursiveRoot = {
  definitions: { Node: { type: "object", properties: { next: { $ref: "#/definitions/Node" } } } },
};

describe("schemaToType: keyword → IR type", () => {
  it.each<TypeRow>([
    { name: "empty schema: unknown", given: { schema: {} }, want: { type: { type: "unknown" }, diagnostics: [] } },
    {
      name: "a titled one-member allOf of a oneOf (Pydantic v1's titled reference): the oneOf's union",
      given: {
        schema: { title: "T", description: "D", "x-order": 1, allOf: [{ $ref: "#/definitions/C" }] },
        root: { definitions: { C: { oneOf: [{ type: "string" }, { type: "integer" }] } } },
      },
      want: {
        type: { type: "union", variants: [{ type: "string" }, { type: "integer" }], exclusive: true },
        diagnostics: [],
      },
    },
    {
      name: "the same with `type` beside the allOf: the oneOf's union, held to that type",
      given: {
        schema: { title: "T", type: "object", allOf: [{ $ref: "#/definitions/C" }] },
        root: {
          definitions: {
            C: { oneOf: [{ properties: { a: { type: "string" } } }, { properties: { b: { type: "string" } } }] },
          },
        },
      },
      want: {
        type: {
          type: "union",
          variants: [
            {
              type: "object",
              fields: [field({ key: "a", wireKey: "a", type: { type: "string" } })].map((f) => ({
                ...f,
                source: { file: FILE, pointer: "/definitions/C/oneOf/0/properties/a" },
              })),
              additionalProperties: false,
              open: true,
            },
            {
              type: "object",
              fields: [field({ key: "b", wireKey: "b", type: { type: "string" } })].map((f) => ({
                ...f,
                source: { file: FILE, pointer: "/definitions/C/oneOf/1/properties/b" },
              })),
              additionalProperties: false,
              open: true,
            },
          ],
          exclusive: true,
        },
        diagnostics: [],
      },
    },
    { name: "true: unknown", given: { schema: true }, want: { type: { type: "unknown" }, diagnostics: [] } },
    {
      name: "only annotations: unknown",
      given: { schema: { title: "T", description: "D", default: 1, examples: [1], example: 1 } },
      want: { type: { type: "unknown" }, diagnostics: [] },
    },
    {
      name: "false: never, warned",
      given: { schema: false },
      want: {
        type: { type: "never" },
        diagnostics: [
          diag(
            "warning",
            "false-schema",
            AT,
            "the schema is `false`: no value is allowed; typed as never (the key may not be set)",
          ),
        ],
      },
    },
    {
      name: "string with format, lengths, pattern",
      given: { schema: { type: "string", format: "uri", minLength: 1, maxLength: 9, pattern: "^s3://" } },
      want: {
        type: { type: "string", format: "uri", minLength: 1, maxLength: 9, pattern: "^s3://" },
        diagnostics: [],
      },
    },
    {
      name: "OpenAPI 3.0 nullable",
      given: { schema: { type: "string", nullable: true } },
      want: { type: { type: "string", nullable: true }, diagnostics: [] },
    },
    {
      name: "type list with null",
      given: { schema: { type: ["integer", "null"], minimum: 0 } },
      want: { type: { type: "integer", minimum: 0, nullable: true }, diagnostics: [] },
    },
    {
      name: "type list of two: a union, constraints kept per type",
      given: { schema: { type: ["string", "integer", "null"], maxLength: 3, maximum: 9 } },
      want: {
        type: {
          type: "union",
          variants: [
            { type: "string", maxLength: 3 },
            { type: "integer", maximum: 9 },
          ],
          nullable: true,
        },
        diagnostics: [],
      },
    },
    {
      name: "integer and number bounds",
      given: { schema: { type: "number", minimum: -1.5, maximum: 1e6 } },
      want: { type: { type: "number", minimum: -1.5, maximum: 1e6 }, diagnostics: [] },
    },
    { name: "boolean", given: { schema: { type: "boolean" } }, want: { type: { type: "boolean" }, diagnostics: [] } },
    {
      name: "string enum",
      given: { schema: { type: "string", enum: ["a", "b"] } },
      want: { type: { type: "string", enum: [{ value: "a" }, { value: "b" }] }, diagnostics: [] },
    },
    {
      name: "enum with null is nullable",
      given: { schema: { enum: ["a", null] } },
      want: { type: { type: "string", enum: [{ value: "a" }], nullable: true }, diagnostics: [] },
    },
    {
      name: "enum of integers and fractions is a number",
      given: { schema: { enum: [1, 2.5] } },
      want: { type: { type: "number", enum: [{ value: 1 }, { value: 2.5 }] }, diagnostics: [] },
    },
    {
      // As validation reads it (OpenAPI 3.0.3, Ajv): null is not listed, so not accepted.
      name: "enum without null, with nullable: true, in a connector's config",
      given: { schema: { enum: [true], nullable: true } },
      want: {
        type: { type: "boolean", enum: [{ value: true }] },
        diagnostics: [
          {
            severity: "warning",
            rule: "nullable-without-null",
            file: FILE,
            connector: "sources/demo",
            pointer: `${AT}/nullable`,
            message:
              "`nullable: true` beside a list of values without null: null is not one of them (OpenAPI 3.0.3), so it is not accepted",
          },
        ],
      },
    },
    {
      name: "enum with null, with nullable: true",
      given: { schema: { enum: [true, null], nullable: true } },
      want: { type: { type: "boolean", enum: [{ value: true }], nullable: true }, diagnostics: [] },
    },
    {
      name: "mixed enum: a literal union (unknown with the values), not warned",
      given: { schema: { enum: ["a", 1] } },
      want: { type: { type: "unknown", enum: [{ value: "a" }, { value: 1 }] }, diagnostics: [] },
    },
    {
      // A connector's validator compares enum values against its wire schema, objects included.
      name: "enum of objects in a connector: a literal union, not warned",
      given: { schema: { enum: [{ a: 1 }] } },
      want: { type: { type: "unknown", enum: [{ value: { a: 1 } }] }, diagnostics: [] },
    },
    {
      name: "enum of objects outside a connector (the envelope): a literal union, warned at /enum that the validator does not check it",
      given: { schema: { enum: [{ a: 1 }] }, envelope: true },
      want: {
        type: { type: "unknown", enum: [{ value: { a: 1 } }] },
        diagnostics: [
          envelopeDiag(
            "warning",
            "enum-not-checked",
            `${AT}/enum`,
            "object and array values are typed as literal types; the generated validator accepts any JSON value here",
          ),
        ],
      },
    },
    {
      name: "const: a one-value enum",
      given: { schema: { const: "postgres" } },
      want: { type: { type: "string", enum: [{ value: "postgres" }] }, diagnostics: [] },
    },
    {
      name: "const null: the literal null (unknown with one value), not warned",
      given: { schema: { const: null } },
      want: { type: { type: "unknown", enum: [{ value: null }] }, diagnostics: [] },
    },
    {
      name: "anyOf with null: the other type, nullable",
      given: { schema: { anyOf: [{ type: "string" }, { type: "null" }] } },
      want: { type: { type: "string", nullable: true }, diagnostics: [] },
    },
    {
      name: "oneOf: a union",
      given: { schema: { oneOf: [{ type: "string" }, { type: "integer" }, { enum: [null] }] } },
      want: {
        type: { type: "union", variants: [{ type: "string" }, { type: "integer" }], exclusive: true, nullable: true },
        diagnostics: [],
      },
    },
    (() => {
      const schema = {
        type: "object",
        properties: { common: { type: "string" } },
        required: ["common"],
        oneOf: [
          { title: "B", properties: { kind: { const: "b" }, b: { type: "string" } }, required: ["kind"] },
          { title: "C", properties: { kind: { const: "c" } }, required: ["kind"] },
        ],
      };
      const variant = (title: string, kind: string, i: number, more: IrField[]) => ({
        type: "object" as const,
        fields: [
          field({ key: "common", wireKey: "common", type: { type: "string" }, required: true }),
          field({
            key: "kind",
            wireKey: "kind",
            type: { type: "string", enum: [{ value: kind }] },
            required: true,
            source: { file: FILE, pointer: `${AT}/oneOf/${i}/properties/kind` },
          }),
          ...more,
        ],
        additionalProperties: false as const,
        open: true,
        title,
      });
      return {
        name: "oneOf beside the object's own properties and required keys: each alternative has them too",
        given: { schema, root: { schema } },
        want: {
          type: {
            type: "union",
            variants: [
              variant("B", "b", 0, [
                field({
                  key: "b",
                  wireKey: "b",
                  type: { type: "string" },
                  source: { file: FILE, pointer: `${AT}/oneOf/0/properties/b` },
                }),
              ]),
              variant("C", "c", 1, []),
            ],
            exclusive: true,
          },
          diagnostics: [],
        },
      };
    })(),
    (() => {
      const schema = { type: "string", anyOf: [{ pattern: "^[a-z]+$" }, { const: "" }, { $ref: "#/d/N" }] };
      return {
        name: "anyOf beside a type: choices that say no type of their own are of that type",
        given: { schema, root: { schema, d: { N: { maxLength: 3 } } } },
        want: {
          type: {
            type: "union",
            variants: [
              { type: "string", pattern: "^[a-z]+$" },
              { type: "string", enum: [{ value: "" }] },
              { type: "string", maxLength: 3 },
            ],
          },
          diagnostics: [],
        },
      };
    })(),
    (() => {
      const schema = { type: ["integer", "string"], oneOf: [{ maximum: 10 }, { type: "string" }] };
      return {
        name: "oneOf beside a type list: a choice with a type of its own within it keeps it",
        given: { schema, root: { schema } },
        want: {
          type: {
            type: "union",
            variants: [
              {
                type: "union",
                variants: [{ type: "integer", maximum: 10 }, { type: "string" }],
              },
              { type: "string" },
            ],
            exclusive: true,
          },
          diagnostics: [],
        },
      };
    })(),
    (() => {
      const schema = { type: "string", anyOf: [{ type: "boolean" }, { type: "string", maxLength: 3 }] };
      return {
        name: "anyOf beside a type: a choice of another type takes no value, said of the anyOf",
        given: { schema, root: { schema } },
        want: {
          type: { type: "string", maxLength: 3 },
          diagnostics: [
            diag(
              "warning",
              "choice-type-conflict",
              "/schema/anyOf/0/type",
              'type "boolean" has no type in common with "string", the type beside the anyOf this is a choice of; no value fits the choice, so it is left out of the type',
            ),
          ],
        },
      };
    })(),
    (() => {
      const schema = {
        type: "string",
        oneOf: [{ type: "string", minLength: 1 }, { type: "integer" }, { type: "null" }],
      };
      return {
        name: "oneOf beside a type: a choice of another type, and null, take no value",
        given: { schema, root: { schema } },
        want: {
          type: { type: "string", minLength: 1 },
          diagnostics: [
            diag(
              "warning",
              "choice-type-conflict",
              "/schema/oneOf/1/type",
              'type "integer" has no type in common with "string", the type beside the oneOf this is a choice of; no value fits the choice, so it is left out of the type',
            ),
          ],
        },
      };
    })(),
    {
      name: "keywords beside a $ref: the target held to them too",
      given: {
        schema: { $ref: "#/d/S", pattern: "^[a-z]+$", description: "a name" },
        root: { d: { S: { type: "string", minLength: 1 } } },
      },
      want: { type: { type: "string", minLength: 1, pattern: "^[a-z]+$" }, diagnostics: [] },
    },
    {
      name: "keywords beside a dangling $ref: one error, at the reference",
      given: { schema: { $ref: "#/nope", minimum: 1 } },
      want: {
        type: undefined,
        diagnostics: [diag("error", "dangling-ref", AT, '$ref "#/nope" points nowhere')],
      },
    },
    {
      name: "anyOf of $ref'd members, with a $ref'd null",
      given: {
        schema: { anyOf: [{ $ref: "#/d/S" }, { $ref: "#/d/N" }], nullable: false },
        root: { d: { S: { type: "string", format: "email" }, N: { type: "null" } } },
      },
      want: { type: { type: "string", format: "email", nullable: true }, diagnostics: [] },
    },
    {
      name: "array of strings with item bounds",
      given: { schema: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 } },
      want: { type: { type: "array", items: { type: "string" }, minItems: 1, maxItems: 3 }, diagnostics: [] },
    },
    {
      name: "items without type: an array",
      given: { schema: { items: { type: "integer" } } },
      want: { type: { type: "array", items: { type: "integer" } }, diagnostics: [] },
    },
    {
      name: "a closed tuple (prefixItems, items false): of any type of its positions, no longer than them",
      given: {
        schema: {
          type: "array",
          prefixItems: [
            { type: "string", format: "date" },
            { type: "string", format: "date" },
          ],
          items: false,
        },
      },
      want: { type: { type: "array", items: { type: "string", format: "date" }, maxItems: 2 }, diagnostics: [] },
    },
    {
      name: "a tuple with items after its positions: of any of their types",
      given: { schema: { type: "array", prefixItems: [{ type: "string" }], items: { type: "integer" }, minItems: 1 } },
      want: {
        type: {
          type: "array",
          items: { type: "union", variants: [{ type: "string" }, { type: "integer" }] },
          minItems: 1,
        },
        diagnostics: [],
      },
    },
    {
      name: "a tuple bounded within its positions: the positions past the bound and what follows take no item",
      given: {
        schema: { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], maxItems: 1 },
      },
      want: { type: { type: "array", items: { type: "string" }, maxItems: 1 }, diagnostics: [] },
    },
    {
      name: "a draft-07 tuple (items as a list) open past its positions: of any value",
      given: { schema: { type: "array", items: [{ type: "string" }] } },
      want: { type: { type: "array", items: { type: "unknown" } }, diagnostics: [] },
    },
    {
      name: "a draft-07 tuple closed by additionalItems false",
      given: { schema: { type: "array", items: [{ type: "boolean" }], additionalItems: false } },
      want: { type: { type: "array", items: { type: "boolean" }, maxItems: 1 }, diagnostics: [] },
    },
    {
      name: "array without items: of unknown, its bounds kept (validation applies them)",
      given: { schema: { type: "array", minItems: 1, maxItems: 3 } },
      want: { type: { type: "array", items: { type: "unknown" }, minItems: 1, maxItems: 3 }, diagnostics: [] },
    },
    {
      name: "object with properties: fields, no extra keys",
      given: { schema: { type: "object", properties: { a_b: { type: "string" } }, required: ["a_b"] } },
      want: {
        type: {
          type: "object",
          fields: [field({ key: "aB", wireKey: "a_b", type: { type: "string" }, required: true })],
          additionalProperties: false,
          open: true,
        },
        diagnostics: [],
      },
    },
    {
      name: "object without properties: any keys",
      given: { schema: { type: "object" } },
      want: {
        type: { type: "object", fields: [], additionalProperties: { type: "unknown" }, open: true },
        diagnostics: [],
      },
    },
    {
      name: "object with additionalProperties false and no properties: no keys",
      given: { schema: { type: "object", additionalProperties: false } },
      want: { type: { type: "object", fields: [], additionalProperties: false, open: false }, diagnostics: [] },
    },
    {
      name: "map of strings",
      given: { schema: { type: "object", additionalProperties: { type: "string" }, nullable: true } },
      want: {
        type: { type: "object", fields: [], additionalProperties: { type: "string" }, open: true, nullable: true },
        diagnostics: [],
      },
    },
    {
      name: "unknown type name: unknown, warned at /type",
      given: { schema: { type: "date" } },
      want: {
        type: { type: "unknown" },
        diagnostics: [
          diag("warning", "unsupported-type", `${AT}/type`, 'unknown type "date"; typed as any JSON value'),
        ],
      },
    },
    {
      name: "multipleOf: enforced at run time, not warned; type kept",
      given: { schema: { type: "integer", multipleOf: 5, minimum: 0 } },
      want: { type: { type: "integer", minimum: 0 }, diagnostics: [] },
    },
    {
      name: "not, exclusiveMinimum, uniqueItems: enforced at run time, not warned",
      given: { schema: { type: "array", items: { type: "number", exclusiveMinimum: 0 }, uniqueItems: true, not: {} } },
      want: { type: { type: "array", items: { type: "number", exclusiveMinimum: 0 } }, diagnostics: [] },
    },
    {
      name: "allOf members' enums: only the values every member lists",
      given: { schema: { type: "string", allOf: [{ enum: ["a", "b", "c"] }, { enum: ["d", "c", "b"] }] } },
      want: { type: { type: "string", enum: [{ value: "b" }, { value: "c" }] }, diagnostics: [] },
    },
    {
      name: "allOf members' bounds: the tightest of each",
      given: {
        schema: {
          type: "integer",
          allOf: [
            { minimum: 1, maximum: 10 },
            { minimum: 3, maximum: 20 },
          ],
        },
      },
      want: { type: { type: "integer", minimum: 3, maximum: 10 }, diagnostics: [] },
    },
    {
      name: "allOf members' types intersect: string or null with string is a non-null string",
      given: { schema: { allOf: [{ type: ["string", "null"] }, { type: "string" }] } },
      want: { type: { type: "string" }, diagnostics: [] },
    },
    {
      name: "allOf members' types intersect: OpenAPI 3.0 nullable with a type that is not",
      given: { schema: { allOf: [{ type: "string", nullable: true, minLength: 1 }, { type: "string" }] } },
      want: { type: { type: "string", minLength: 1 }, diagnostics: [] },
    },
    {
      name: "allOf members' types intersect: null kept when every member admits it",
      given: { schema: { type: "integer", nullable: true, allOf: [{ type: ["integer", "null"], minimum: 0 }] } },
      want: { type: { type: "integer", minimum: 0, nullable: true }, diagnostics: [] },
    },
    {
      name: "allOf members' types intersect: integer within number is integer, bounds of both",
      given: {
        schema: {
          allOf: [
            { type: "number", maximum: 10 },
            { type: "integer", minimum: 1 },
          ],
        },
      },
      want: { type: { type: "integer", minimum: 1, maximum: 10 }, diagnostics: [] },
    },
    {
      name: "allOf members' types intersect with the schema's own type list",
      given: { schema: { type: ["string", "integer"], allOf: [{ type: ["boolean", "integer"] }] } },
      want: { type: { type: "integer" }, diagnostics: [] },
    },
    {
      name: "allOf members' consts that differ: never (no value is both)",
      given: { schema: { allOf: [{ const: "a" }, { const: "b" }] } },
      want: {
        type: { type: "never" },
        diagnostics: [
          diag(
            "warning",
            "empty-enum",
            `${AT}/const`,
            "no value is allowed here; typed as never (the key may not be set)",
          ),
        ],
      },
    },
    {
      name: "allOf members' types with nothing in common: never, warned at the member",
      given: { schema: { allOf: [{ type: "string" }, { type: "integer" }] } },
      want: {
        type: { type: "never" },
        diagnostics: [
          diag(
            "warning",
            "allof-type-conflict",
            `${AT}/allOf/1/type`,
            'type "integer" has no type in common with "string" (the schema and its other allOf members); no value is allowed; typed as never',
          ),
        ],
      },
    },
    {
      name: "an integer's exclusive bounds are the next integers inside",
      given: { schema: { type: "integer", exclusiveMinimum: 0, maximum: 10, exclusiveMaximum: 9.5 } },
      want: { type: { type: "integer", minimum: 1, maximum: 9 }, diagnostics: [] },
    },
    {
      name: "a number's bounds: OpenAPI 3.0 boolean exclusiveMaximum, and the tighter of two minimums",
      given: { schema: { type: "number", minimum: 2, exclusiveMinimum: 1, maximum: 5, exclusiveMaximum: true } },
      want: { type: { type: "number", minimum: 2, exclusiveMaximum: 5 }, diagnostics: [] },
    },
    {
      name: "patternProperties on an object: enforced at run time, not warned; what each pattern's keys take, typed",
      given: { schema: { type: "object", patternProperties: { "^x-": { type: "string" } } } },
      want: {
        type: {
          type: "object",
          fields: [],
          additionalProperties: { type: "unknown" },
          open: true,
          extraPatterns: [{ pattern: "^x-", values: { type: "string" } }],
        },
        diagnostics: [],
      },
    },
    {
      name: "patternProperties beside an allOf: not typed (each schema of the allOf judges the keys too)",
      given: {
        schema: {
          type: "object",
          patternProperties: { "^x-": { type: "string" } },
          allOf: [{ properties: { a: { type: "string" } } }],
        },
      },
      want: {
        type: {
          type: "object",
          fields: [
            field({
              key: "a",
              wireKey: "a",
              type: { type: "string" },
              source: { file: FILE, pointer: `${AT}/allOf/0/properties/a` },
            }),
          ],
          additionalProperties: false,
          open: true,
        },
        diagnostics: [],
      },
    },
    {
      name: "unevaluatedProperties with nothing beside it marking keys evaluated: additionalProperties; unevaluatedItems warned",
      given: {
        schema: {
          type: "object",
          properties: { a: { type: "array", unevaluatedItems: false } },
          unevaluatedProperties: false,
        },
      },
      want: {
        type: {
          type: "object",
          fields: [field({ key: "a", wireKey: "a", type: { type: "array", items: { type: "unknown" } } })],
          additionalProperties: false,
          open: false,
        },
        diagnostics: [unenforced(`${AT}/properties/a/unevaluatedItems`, "unevaluatedItems")],
      },
    },
    {
      name: "unevaluatedProperties beside an allOf (its members mark keys evaluated): warned, type kept",
      given: {
        schema: {
          type: "object",
          allOf: [{ properties: { a: { type: "string" } } }],
          unevaluatedProperties: false,
        },
      },
      want: {
        type: {
          type: "object",
          fields: [
            field({
              key: "a",
              wireKey: "a",
              type: { type: "string" },
              source: { file: FILE, pointer: `${AT}/allOf/0/properties/a` },
            }),
          ],
          additionalProperties: false,
          open: true,
        },
        diagnostics: [unenforced(`${AT}/unevaluatedProperties`, "unevaluatedProperties")],
      },
    },
    {
      name: "bound past 2^53: warned, left out",
      given: { schema: { type: "integer", minimum: 0, maximum: 2 ** 64 } },
      want: {
        type: { type: "integer", minimum: 0 },
        diagnostics: [
          diag(
            "warning",
            "unsafe-number",
            `${AT}/maximum`,
            `maximum ${2 ** 64} is beyond what a JavaScript number holds exactly (±2^53); it is not enforced`,
          ),
        ],
      },
    },
    {
      name: "pattern invalid with the u flag: warned, left out",
      given: { schema: { type: "string", pattern: "(" } },
      want: {
        type: { type: "string" },
        diagnostics: [
          diag(
            "warning",
            "invalid-pattern",
            `${AT}/pattern`,
            "pattern is not a valid regular expression with the u flag (Invalid regular expression: /(/u: Unterminated group); it is not enforced",
          ),
        ],
      },
    },
    {
      name: "pattern with a lookahead: kept, warned that long values are not matched",
      given: { schema: { type: "string", pattern: "^(?!-)[a-z-]+$" } },
      want: {
        type: { type: "string", pattern: "^(?!-)[a-z-]+$" },
        diagnostics: [
          diag(
            "warning",
            "backtracking-pattern",
            `${AT}/pattern`,
            "pattern needs backtracking (a lookahead), which has no linear-time check: values longer than 1000 characters are reported as problems instead of being matched",
          ),
        ],
      },
    },
    {
      name: "pattern that backtracks exponentially natively, (a+)+$: kept, no warning (checked in linear time)",
      given: { schema: { type: "string", pattern: "(a+)+$" } },
      want: { type: { type: "string", pattern: "(a+)+$" }, diagnostics: [] },
    },
    {
      name: "$ref: the target's type; pointers move to the target",
      given: {
        schema: { $ref: "#/components/schemas/Port" },
        root: {
          components: {
            schemas: { Port: { type: "integer", minimum: 1, multipleOf: 1, unevaluatedItems: false } },
          },
        },
      },
      want: {
        type: { type: "integer", minimum: 1 },
        diagnostics: [unenforced("/components/schemas/Port/unevaluatedItems", "unevaluatedItems")],
      },
    },
    {
      name: "$ref chain with escaped segments",
      given: {
        schema: { $ref: "#/defs/a~1b" },
        root: { defs: { "a/b": { $ref: "#/defs/c%20d" }, "c d": { type: "boolean" } } },
      },
      want: { type: { type: "boolean" }, diagnostics: [] },
    },
    {
      name: "$ref resolved in the fallback root",
      given: {
        schema: { $ref: "#/components/schemas/Mode" },
        root: {},
        fallbackRoot: { components: { schemas: { Mode: { enum: ["a"] } } } },
      },
      want: { type: { type: "string", enum: [{ value: "a" }] }, diagnostics: [] },
    },
    {
      name: "dangling $ref: error",
      given: { schema: { $ref: "#/components/schemas/Missing" } },
      want: {
        type: undefined,
        diagnostics: [diag("error", "dangling-ref", AT, '$ref "#/components/schemas/Missing" points nowhere')],
      },
    },
    {
      name: "non-local $ref: unknown, warned at /$ref",
      given: { schema: { $ref: "other.json#/X" } },
      want: {
        type: { type: "unknown" },
        diagnostics: [
          diag(
            "warning",
            "unenforced-keyword",
            `${AT}/$ref`,
            '$ref "other.json#/X" is not local; typed as any JSON value',
          ),
        ],
      },
    },
    {
      name: "$ref cycle: error",
      given: { schema: { $ref: "#/a" }, root: { a: { $ref: "#/b" }, b: { $ref: "#/a" } } },
      want: { type: undefined, diagnostics: [diag("error", "cyclic-ref", "/b", "$ref cycle through #/a")] },
    },
    {
      name: "recursive schema: error",
      given: { schema: { $ref: "#/definitions/Node" }, root: recursiveRoot },
      want: {
        type: undefined,
        diagnostics: [
          diag(
            "error",
            "recursive-schema",
            "/definitions/Node/properties/next",
            "recursive schema through #/definitions/Node cannot be expressed as a finite config type",
          ),
        ],
      },
    },
    {
      name: "the same $ref twice side by side is not recursion",
      given: {
        schema: { type: "object", properties: { a: { $ref: "#/d/S" }, b: { $ref: "#/d/S" } } },
        root: { d: { S: { type: "string" } } },
      },
      want: {
        type: {
          type: "object",
          fields: [
            field({ key: "a", wireKey: "a", type: { type: "string" } }),
            field({ key: "b", wireKey: "b", type: { type: "string" } }),
          ],
          additionalProperties: false,
          open: true,
        },
        diagnostics: [],
      },
    },
    {
      name: "type list: an unenforced keyword is warned once",
      given: { schema: { type: ["string", "integer"], unevaluatedItems: false } },
      want: {
        type: { type: "union", variants: [{ type: "string" }, { type: "integer" }] },
        diagnostics: [unenforced(`${AT}/unevaluatedItems`, "unevaluatedItems")],
      },
    },
    {
      name: "allOf: members merged into one object",
      given: {
        schema: {
          allOf: [{ $ref: "#/d/Base" }, { type: "object", properties: { b: { type: "integer" } }, required: ["b"] }],
        },
        root: {
          d: { Base: { type: "object", properties: { a: { type: "string" }, b: {} }, additionalProperties: false } },
        },
      },
      want: {
        type: {
          type: "object",
          fields: [
            // Each where it is written: in the $ref's target, in the allOf member.
            field({
              key: "a",
              wireKey: "a",
              type: { type: "string" },
              source: { file: FILE, pointer: "/d/Base/properties/a" },
            }),
            field({
              key: "b",
              wireKey: "b",
              type: { type: "integer" },
              required: true,
              // Declared twice (the closed Base allows it), so where the merged object has it.
              source: { file: FILE, pointer: `${AT}/properties/b` },
            }),
          ],
          additionalProperties: false,
          open: false,
        },
        diagnostics: [],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(typeResult(given)).toStrictEqual(want);
  });

  // Bug: one problem, several diagnostics.
  it.fails.each<TypeRow>([
    {
      // The null test of anyOf members dereferences each member with the parent's pointer.
      name: "anyOf: a dangling $ref member is one error, at the member",
      given: { schema: { anyOf: [{ $ref: "#/nope" }, { type: "null" }] } },
      want: {
        type: undefined,
        diagnostics: [diag("error", "dangling-ref", `${AT}/anyOf/0`, '$ref "#/nope" points nowhere')],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(typeResult(given)).toStrictEqual(want);
  });
});

interface FieldsRow {
  name: string;
  /** `envelope`: the schema belongs to no connector (the API envelope), so the context names none. */
  given: { schema: Record<string, unknown>; root?: unknown; suffixes?: string[]; envelope?: boolean };
  want: { fields: IrField[] | undefined; diagnostics: Diagnostic[] };
}

function fieldsResult(given: FieldsRow["given"]) {
  const ctx = context(given.root, {
    suffixes: given.suffixes ?? [],
    ...(given.envelope ? { connector: undefined } : {}),
  });
  const fields = schemaToFields(given.schema, AT, ctx);
  return { fields, diagnostics: ctx.diags.items };
}

/** In a connector: what the types and docs lose, which its validator still applies. */
const conditionalWarning = (pointer: string, what: string) =>
  diag(
    "warning",
    "unsupported-conditional",
    pointer,
    `${what}: this is not shown in the types or docs; validation applies it`,
  );

/** Outside a connector (the envelope): the condition ignored, and said so. (These carry `connector: undefined`.) */
const envelopeConditionalWarning = (pointer: string, message: string): Diagnostic => ({
  ...envelopeDiag("warning", "unsupported-conditional", pointer, message),
  connector: undefined,
});

describe("schemaToFields: properties → IR fields", () => {
  it.each<FieldsRow>([
    {
      name: "keys camelCased (suffixes dropped), required, title and description; a required name without a property: a required unknown field, warned",
      given: {
        schema: {
          properties: {
            "bucket.name.user.defined": { type: "string", title: "Bucket", description: "Where." },
            "a/b": { type: "boolean" },
          },
          required: ["bucket.name.user.defined", "missing"],
        },
        suffixes: [".user.defined"],
      },
      want: {
        fields: [
          field({
            key: "bucketName",
            wireKey: "bucket.name.user.defined",
            type: { type: "string" },
            required: true,
            title: "Bucket",
            description: "Where.",
          }),
          field({ key: "aB", wireKey: "a/b", type: { type: "boolean" } }),
          field({
            key: "missing",
            wireKey: "missing",
            type: { type: "unknown" },
            required: true,
            source: { file: FILE, pointer: `${AT}/required/1` },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "undeclared-required",
            `${AT}/required/1`,
            'required key "missing" has no property schema; typed as any JSON value',
            "missing",
          ),
        ],
      },
    },
    {
      name: "a required name without a property, where additionalProperties is false: no config can have it, an optional never, warned",
      given: {
        schema: {
          properties: { host: { type: "string" } },
          required: ["host", "password"],
          additionalProperties: false,
        },
      },
      want: {
        fields: [
          field({ key: "host", wireKey: "host", type: { type: "string" }, required: true }),
          field({
            key: "password",
            wireKey: "password",
            type: { type: "never" },
            unsatisfiable: true,
            source: { file: FILE, pointer: `${AT}/required/1` },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "unsatisfiable-required",
            `${AT}/required/1`,
            'required key "password" has no property schema and additionalProperties is false, so no config can have it; typed as an optional never',
            "password",
          ),
        ],
      },
    },
    {
      name: "a required name without a property: of the additionalProperties schema's type (a secret if it is one); with patternProperties, any JSON value",
      given: {
        schema: {
          properties: {},
          required: ["token"],
          additionalProperties: { type: "string", writeOnly: true },
        },
      },
      want: {
        fields: [
          field({
            key: "token",
            wireKey: "token",
            type: { type: "string" },
            required: true,
            secret: true,
            source: { file: FILE, pointer: `${AT}/required/0` },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "a required name without a property beside patternProperties: any JSON value, warned",
      given: {
        schema: {
          required: ["x"],
          patternProperties: { "^y": { type: "string" } },
          additionalProperties: false,
        },
      },
      want: {
        fields: [
          field({
            key: "x",
            wireKey: "x",
            type: { type: "unknown" },
            required: true,
            source: { file: FILE, pointer: `${AT}/required/0` },
          }),
        ],
        diagnostics: [
          diag(
            "warning",
            "undeclared-required",
            `${AT}/required/0`,
            'required key "x" has no property schema; typed as any JSON value',
            "x",
          ),
        ],
      },
    },
    {
      name: "defaults that fit are kept (null when nullable)",
      given: {
        schema: {
          properties: {
            port: { type: "integer", default: 5432 },
            mode: { enum: ["a", "b"], default: "b" },
            note: { type: ["string", "null"], default: null },
          },
        },
      },
      want: {
        fields: [
          field({ key: "port", wireKey: "port", type: { type: "integer" }, default: 5432 }),
          field({
            key: "mode",
            wireKey: "mode",
            type: { type: "string", enum: [{ value: "a" }, { value: "b" }] },
            default: "b",
          }),
          field({ key: "note", wireKey: "note", type: { type: "string", nullable: true }, default: null }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "a default of the wrong type: warned at /default, left out",
      given: { schema: { properties: { port: { type: "integer", default: "5432" } } } },
      want: {
        fields: [field({ key: "port", wireKey: "port", type: { type: "integer" } })],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            `${AT}/properties/port/default`,
            'default "5432" is not valid: expected an integer; left out',
            "port",
          ),
        ],
      },
    },
    {
      name: "a $ref'd property: annotations and default beside the $ref win",
      given: {
        schema: { properties: { mode: { $ref: "#/d/Mode", description: "Outer.", default: "x" } } },
        root: { d: { Mode: { type: "string", title: "Mode", description: "Inner.", default: "y" } } },
      },
      want: {
        fields: [
          field({
            key: "mode",
            wireKey: "mode",
            type: { type: "string" },
            default: "x",
            title: "Mode",
            description: "Outer.",
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "secrets: writeOnly, format password, x-secret, airbyte_secret, a secret anyOf member",
      given: {
        schema: {
          properties: {
            a: { type: "string", writeOnly: true },
            b: { type: "string", format: "password" },
            c: { type: "string", "x-secret": true },
            d: { type: "string", airbyte_secret: true },
            e: { anyOf: [{ type: "string", "x-sensitive": true }, { type: "null" }] },
            f: { type: "string", "x-secret": "yes" },
          },
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "string" }, secret: true }),
          field({ key: "b", wireKey: "b", type: { type: "string", format: "password" }, secret: true }),
          field({ key: "c", wireKey: "c", type: { type: "string" }, secret: true }),
          field({ key: "d", wireKey: "d", type: { type: "string" }, secret: true }),
          field({ key: "e", wireKey: "e", type: { type: "string", nullable: true }, secret: true }),
          field({ key: "f", wireKey: "f", type: { type: "string" } }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "readOnly",
      given: { schema: { properties: { id: { type: "string", readOnly: true } } } },
      want: {
        fields: [field({ key: "id", wireKey: "id", type: { type: "string" }, readOnly: true })],
        diagnostics: [],
      },
    },
    {
      name: "deprecated: on the property, or beside its $ref; false is not deprecated",
      given: {
        schema: {
          properties: {
            old: { type: "string", deprecated: true },
            host: { $ref: "#/$defs/host", deprecated: true },
            kept: { type: "string", deprecated: false },
          },
        },
        root: { $defs: { host: { type: "string" } } },
      },
      want: {
        fields: [
          field({ key: "old", wireKey: "old", type: { type: "string" }, deprecated: true }),
          field({ key: "host", wireKey: "host", type: { type: "string" }, deprecated: true }),
          field({ key: "kept", wireKey: "kept", type: { type: "string" } }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "two keys with one authoring key: the second gets a suffix, warned at the second",
      given: { schema: { properties: { "a.b": { type: "string" }, a_b: { type: "string" } } } },
      want: {
        fields: [
          field({ key: "aB", wireKey: "a.b", type: { type: "string" } }),
          field({ key: "aB2", wireKey: "a_b", type: { type: "string" } }),
        ],
        diagnostics: [
          diag(
            "warning",
            "authoring-key-collision",
            `${AT}/properties/a_b`,
            'wire keys "a.b" and "a_b" both map to authoring key "aB"; "a_b" is authored as "aB2"',
            "a_b",
          ),
        ],
      },
    },
    {
      name: "a key without letters or digits: named `unnamed`, warned",
      given: { schema: { properties: { "--": { type: "string" } } } },
      want: {
        fields: [field({ key: "unnamed", wireKey: "--", type: { type: "string" } })],
        diagnostics: [
          diag(
            "warning",
            "unnamed-key",
            `${AT}/properties/--`,
            "key has no letters or digits to derive an authoring name from; named after `unnamed`",
            "--",
          ),
        ],
      },
    },
    {
      name: "if/then: const → eq, enum → in, required-only → present; a key the if does not require holds unset",
      given: {
        schema: {
          properties: {
            auth: { enum: ["key", "role", "sso"] },
            region: { type: "string" },
            key: { type: "string" },
            role: { type: "string" },
            token: { type: "string" },
          },
          required: ["auth"],
          allOf: [
            { if: { properties: { auth: { const: "key" } } }, then: { required: ["key", "auth"] } },
            {
              if: { properties: { auth: { enum: ["role", "sso"] } }, required: ["region"] },
              then: { required: ["role"] },
            },
            { if: { properties: { auth: { enum: ["sso"] } }, required: ["auth"] }, then: { required: ["token"] } },
          ],
        },
      },
      want: {
        fields: [
          field({
            key: "auth",
            wireKey: "auth",
            type: { type: "string", enum: [{ value: "key" }, { value: "role" }, { value: "sso" }] },
            required: true,
          }),
          field({ key: "region", wireKey: "region", type: { type: "string" } }),
          field({
            key: "key",
            wireKey: "key",
            type: { type: "string" },
            requiredWhen: [{ key: "auth", wireKey: "auth", op: "eq", value: "key", unsetHolds: true }],
          }),
          field({
            key: "role",
            wireKey: "role",
            type: { type: "string" },
            requiredWhen: [
              { key: "auth", wireKey: "auth", op: "in", value: ["role", "sso"], unsetHolds: true },
              { key: "region", wireKey: "region", op: "present", value: null },
            ],
          }),
          field({
            key: "token",
            wireKey: "token",
            type: { type: "string" },
            // A one-value enum is a const.
            requiredWhen: [{ key: "auth", wireKey: "auth", op: "eq", value: "sso" }],
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "an if testing values listed by an anyOf of consts (in), and an if: { not } with an else (eq)",
      given: {
        schema: {
          properties: {
            auth: { type: "string" },
            key: { type: "string" },
            token: { type: "string" },
            user: { type: "string" },
          },
          allOf: [
            {
              if: { properties: { auth: { anyOf: [{ const: "key" }, { const: "api", title: "API" }] } } },
              then: { required: ["key"] },
            },
            {
              if: { properties: { auth: { oneOf: [{ enum: ["sso", "saml"] }, { const: "saml" }] } } },
              then: { required: ["token"] },
            },
            {
              if: { not: { properties: { auth: { const: "basic" } }, required: ["auth"] } },
              else: { required: ["user"] },
            },
          ],
        },
      },
      want: {
        fields: [
          field({ key: "auth", wireKey: "auth", type: { type: "string" } }),
          field({
            key: "key",
            wireKey: "key",
            type: { type: "string" },
            requiredWhen: [{ key: "auth", wireKey: "auth", op: "in", value: ["key", "api"], unsetHolds: true }],
          }),
          field({
            key: "token",
            wireKey: "token",
            type: { type: "string" },
            // Of a oneOf, the values one choice alone lists: "saml" matches both, and is rejected.
            requiredWhen: [{ key: "auth", wireKey: "auth", op: "eq", value: "sso", unsetHolds: true }],
          }),
          field({
            key: "user",
            wireKey: "user",
            type: { type: "string" },
            requiredWhen: [{ key: "auth", wireKey: "auth", op: "eq", value: "basic" }],
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "dependentRequired → present",
      given: {
        schema: {
          properties: { user: { type: "string" }, password: { type: "string" } },
          dependentRequired: { user: ["password"], nobody: ["user"] },
        },
      },
      want: {
        fields: [
          field({ key: "user", wireKey: "user", type: { type: "string" } }),
          field({
            key: "password",
            wireKey: "password",
            type: { type: "string" },
            requiredWhen: [{ key: "user", wireKey: "user", op: "present", value: null }],
          }),
        ],
        diagnostics: [
          conditionalWarning(`${AT}/dependentRequired/nobody`, 'dependentRequired names unknown property "nobody"'),
        ],
      },
    },
    {
      name: "dependents of a required key, chained, and a key both branches of an if require: required",
      given: {
        schema: {
          properties: {
            a: { type: "string" },
            b: { type: "string" },
            c: { type: "string" },
            d: { type: "string" },
            e: false,
          },
          required: ["a"],
          dependentRequired: { a: ["b", "e"], b: ["c"] },
          allOf: [
            { if: { properties: { a: { minLength: 2 } } }, then: { required: ["d"] }, else: { required: ["d"] } },
          ],
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "string" }, required: true }),
          field({ key: "b", wireKey: "b", type: { type: "string" }, required: true }),
          field({ key: "c", wireKey: "c", type: { type: "string" }, required: true }),
          field({ key: "d", wireKey: "d", type: { type: "string" }, required: true }),
          // No value fits it, and it must be sent: as a listed one, an optional never.
          field({ key: "e", wireKey: "e", type: { type: "never" }, unsatisfiable: true }),
        ],
        diagnostics: [
          {
            connector: "sources/demo",
            file: "openapi.json",
            message: "the schema is `false`: no value is allowed; typed as never (the key may not be set)",
            pointer: `${AT}/properties/e`,
            rule: "false-schema",
            severity: "warning",
          },
          conditionalWarning(`${AT}/allOf/0/if`, "`if` must test known properties with const or enum, or require them"),
        ],
      },
    },
    {
      name: "if that only requires (dependentRequired's condition); a key required where it is sent: nothing",
      given: {
        schema: {
          properties: { a: { type: "string" }, b: { type: "string" } },
          allOf: [
            { if: { required: ["a"] }, then: { required: ["b"] } },
            { if: { required: ["a"] }, then: { required: ["a"] } },
          ],
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "string" } }),
          field({
            key: "b",
            wireKey: "b",
            type: { type: "string" },
            requiredWhen: [{ key: "a", wireKey: "a", op: "present", value: null }],
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "if without properties or required: warned, ignored",
      given: { schema: { properties: { a: { type: "string" } }, if: { minProperties: 1 }, then: { required: ["a"] } } },
      want: {
        fields: [field({ key: "a", wireKey: "a", type: { type: "string" } })],
        diagnostics: [
          conditionalWarning(`${AT}/if`, "only if/then with `if.properties` and `then.required` is supported"),
        ],
      },
    },
    {
      name: "if testing an unknown property or with a type test: warned, ignored",
      given: {
        schema: {
          properties: { a: { type: "string" }, b: { type: "string" } },
          allOf: [
            { if: { properties: { zzz: { const: 1 } } }, then: { required: ["b"] } },
            { if: { properties: { a: { type: "string" } } }, then: { required: ["b"] } },
          ],
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "string" } }),
          field({ key: "b", wireKey: "b", type: { type: "string" } }),
        ],
        diagnostics: [
          conditionalWarning(`${AT}/allOf/0/if`, "`if` must test known properties with const or enum, or require them"),
          conditionalWarning(`${AT}/allOf/1/if`, "`if` must test known properties with const or enum, or require them"),
        ],
      },
    },
    {
      name: "then: unknown required name, value constraints, a second condition on one field",
      given: {
        schema: {
          properties: { a: { type: "boolean" }, b: { type: "string" } },
          allOf: [
            {
              if: { properties: { a: { const: true } } },
              then: { required: ["b", "ghost"], properties: { b: { minLength: 1 } } },
            },
            { if: { properties: { a: { const: false } } }, then: { required: ["b"] } },
          ],
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "boolean" } }),
          field({
            key: "b",
            wireKey: "b",
            type: { type: "string" },
            requiredWhen: [{ key: "a", wireKey: "a", op: "eq", value: true, unsetHolds: true }],
          }),
        ],
        diagnostics: [
          conditionalWarning(`${AT}/allOf/0/then/properties`, "value constraints under `then`"),
          conditionalWarning(`${AT}/allOf/0/then/required/1`, 'conditionally required "ghost" is not a property'),
          conditionalWarning(`${AT}/allOf/1/then/required/0`, "b is required under two different conditions"),
        ],
      },
    },
    {
      name: "outside a connector (the envelope) the conditions are ignored, and the warnings say so",
      given: {
        envelope: true,
        schema: {
          properties: { a: { type: "boolean" }, b: { type: "string" } },
          allOf: [
            {
              if: { properties: { a: { const: true } } },
              then: { required: ["b", "ghost"], properties: { b: { minLength: 1 } } },
            },
            { if: { properties: { a: { const: false } } }, then: { required: ["b"] } },
            { if: { properties: { zzz: { const: 1 } } }, then: { required: ["b"] } },
            { if: { required: ["a"] }, then: { required: ["b"] } },
          ],
          dependentRequired: { nobody: ["a"] },
        },
      },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "boolean" } }),
          field({
            key: "b",
            wireKey: "b",
            type: { type: "string" },
            requiredWhen: [{ key: "a", wireKey: "a", op: "eq", value: true, unsetHolds: true }],
          }),
        ],
        diagnostics: [
          envelopeConditionalWarning(
            `${AT}/allOf/0/then/properties`,
            "value constraints under `then` are not enforced; only `then.required` is",
          ),
          envelopeConditionalWarning(
            `${AT}/allOf/0/then/required/1`,
            'conditionally required "ghost" is not a property; ignored',
          ),
          envelopeConditionalWarning(
            `${AT}/allOf/1/then/required/0`,
            "b is required under two different conditions; only the first is checked",
          ),
          envelopeConditionalWarning(
            `${AT}/allOf/2/if`,
            "`if` must test known properties with const or enum, or require them; this condition is ignored",
          ),
          envelopeConditionalWarning(
            `${AT}/allOf/3/then/required/0`,
            "b is required under two different conditions; only the first is checked",
          ),
          envelopeConditionalWarning(
            `${AT}/dependentRequired/nobody`,
            'dependentRequired names unknown property "nobody"; ignored',
          ),
        ],
      },
    },
    {
      name: "an unknown type name and a mixed enum fail no property: every field kept, the type name warned",
      given: { schema: { properties: { a: { type: "date" }, b: { enum: [1, "x"] }, c: { type: "string" } } } },
      want: {
        fields: [
          field({ key: "a", wireKey: "a", type: { type: "unknown" } }),
          field({ key: "b", wireKey: "b", type: { type: "unknown", enum: [{ value: 1 }, { value: "x" }] } }),
          field({ key: "c", wireKey: "c", type: { type: "string" } }),
        ],
        diagnostics: [
          diag(
            "warning",
            "unsupported-type",
            `${AT}/properties/a/type`,
            'unknown type "date"; typed as any JSON value',
          ),
        ],
      },
    },
    {
      name: "a property that fails (a recursive schema): no fields",
      given: {
        schema: { properties: { a: { $ref: "#/definitions/Node" }, c: { type: "string" } } },
        root: recursiveRoot,
      },
      want: {
        fields: undefined,
        diagnostics: [
          diag(
            "error",
            "recursive-schema",
            "/definitions/Node/properties/next",
            "recursive schema through #/definitions/Node cannot be expressed as a finite config type",
          ),
        ],
      },
    },
    {
      name: "a property of the schema and of an allOf member: both apply (bounds, required), annotations from the first",
      given: {
        schema: {
          type: "object",
          properties: { port: { type: "integer", maximum: 100, description: "The port." } },
          allOf: [{ properties: { port: { minimum: 1, maximum: 10 } }, required: ["port"] }],
        },
      },
      want: {
        fields: [
          field({
            key: "port",
            wireKey: "port",
            type: { type: "integer", minimum: 1, maximum: 10 },
            required: true,
            description: "The port.",
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "a property of the schema and of an allOf member: its default is judged by both definitions",
      given: {
        schema: {
          properties: { port: { type: "integer", default: 50 }, size: { type: "integer", default: 5 } },
          allOf: [{ properties: { port: { maximum: 10 }, size: { maximum: 10 } } }],
        },
      },
      want: {
        fields: [
          field({ key: "port", wireKey: "port", type: { type: "integer", maximum: 10 } }),
          field({ key: "size", wireKey: "size", type: { type: "integer", maximum: 10 }, default: 5 }),
        ],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            `${AT}/properties/port/default`,
            "default 50 is not valid: expected at most 10; left out",
            "port",
          ),
        ],
      },
    },
    {
      name: "a property of two allOf members: enums intersected, secret if either says so, the later one's description when the first has none",
      given: {
        schema: {
          allOf: [{ properties: { mode: { type: "string", enum: ["a", "b", "c"] } } }, { $ref: "#/d/M" }],
        },
        root: { d: { M: { properties: { mode: { enum: ["d", "c", "b"], description: "How.", writeOnly: true } } } } },
      },
      want: {
        fields: [
          field({
            key: "mode",
            wireKey: "mode",
            type: { type: "string", enum: [{ value: "b" }, { value: "c" }] },
            secret: true,
            description: "How.",
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "a property of the schema and of an allOf member with no type in common: an optional never, warned at the member's type",
      given: {
        schema: {
          properties: { p: { type: "string" } },
          required: ["p"],
          allOf: [{ properties: { p: { type: "integer" } } }],
        },
      },
      want: {
        fields: [field({ key: "p", wireKey: "p", type: { type: "never" }, unsatisfiable: true })],
        diagnostics: [
          diag(
            "warning",
            "allof-type-conflict",
            `${AT}/allOf/0/properties/p/type`,
            'type "integer" has no type in common with "string" (the schema and its other allOf members); no value is allowed; typed as never',
          ),
          diag(
            "warning",
            "unsatisfiable-required",
            `${AT}/properties/p`,
            '"p" is required but no value fits its schema; typed as an optional never',
            "p",
          ),
        ],
      },
    },
    {
      name: "an object property of the schema and of an allOf member: its fields united, required in either",
      given: {
        schema: {
          properties: { tunnel: { type: "object", properties: { host: { type: "string" } }, required: ["host"] } },
          allOf: [{ properties: { tunnel: { properties: { port: { type: "integer" } }, required: ["port"] } } }],
        },
      },
      want: {
        fields: [
          field({
            key: "tunnel",
            wireKey: "tunnel",
            type: {
              type: "object",
              fields: [
                field({
                  key: "host",
                  wireKey: "host",
                  type: { type: "string" },
                  required: true,
                  source: { file: FILE, pointer: `${AT}/properties/tunnel/properties/host` },
                }),
                field({
                  key: "port",
                  wireKey: "port",
                  type: { type: "integer" },
                  required: true,
                  source: { file: FILE, pointer: `${AT}/allOf/0/properties/tunnel/properties/port` },
                }),
              ],
              additionalProperties: false,
              open: true,
            },
          }),
        ],
        diagnostics: [],
      },
    },
    {
      name: "an allOf member `true` adds nothing",
      given: { schema: { allOf: [true, { properties: { a: { type: "string" } } }] } },
      want: {
        fields: [
          field({
            key: "a",
            wireKey: "a",
            type: { type: "string" },
            source: { file: FILE, pointer: `${AT}/allOf/1/properties/a` },
          }),
        ],
        diagnostics: [],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(fieldsResult(given)).toStrictEqual(want);
  });

  // Bug: one problem, several diagnostics.
  it.fails.each<FieldsRow>([
    {
      // The property is dereferenced twice (for its annotations and for its type), so one dangling $ref is two errors.
      name: "a dangling $ref property is one error",
      given: { schema: { properties: { a: { $ref: "#/nope" } } } },
      want: {
        fields: undefined,
        diagnostics: [diag("error", "dangling-ref", `${AT}/properties/a`, '$ref "#/nope" points nowhere')],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(fieldsResult(given)).toStrictEqual(want);
  });
});

describe("a $ref target used twice at every level (types spell out each use)", () => {
  /** D0 … D{depth-1}, each using the next twice through `shape`; D{depth} an integer. */
  function chain(depth: number, shape: (next: unknown) => Record<string, unknown>) {
    const defs: Record<string, unknown> = {};
    for (let i = 0; i < depth; i++) defs[`D${i}`] = shape({ $ref: `#/$defs/D${i + 1}` });
    defs[`D${depth}`] = { type: "integer", minimum: 1 };
    return { $defs: defs };
  }
  const SHAPES = {
    "allOf of the target twice": (next: unknown) => ({ allOf: [next, next] }),
    "anyOf of the target twice": (next: unknown) => ({ anyOf: [next, { ...(next as object) }] }),
    "two properties of the target": (next: unknown) => ({ type: "object", properties: { a: next, b: next } }),
    "an array of a union of the target twice": (next: unknown) => ({
      type: "array",
      items: { oneOf: [next, { ...(next as object) }] },
    }),
  };

  it.each(Object.entries(SHAPES))("%s, 30 levels deep: an error, after a bounded number of schemas", (_, shape) => {
    const ctx = context(chain(30, shape), { expansions: { left: MAX_SCHEMA_EXPANSIONS } });
    const fields = schemaToFields({ properties: { size: { $ref: "#/$defs/D0" } } }, AT, ctx);
    const errors = ctx.diags.errors.map((d) => [d.rule, d.message]);
    // allOf merges a shared member once (A and A is A): no blow-up, nothing to refuse.
    if (shape === SHAPES["allOf of the target twice"]) {
      expect(errors).toEqual([]);
      expect(fields?.[0]?.type).toMatchObject({ type: "integer", minimum: 1 });
    } else {
      expect(fields).toBeUndefined();
      expect(errors).toEqual([
        [
          "too-large",
          "the schema spells out more than 20,000 schemas (each use of a $ref target counts: targets used many times over, nested); its types would be as large",
        ],
      ]);
    }
  });

  it.each(Object.entries(SHAPES))("%s, 10 levels deep: typed as written", (_, shape) => {
    const ctx = context(chain(10, shape), { expansions: { left: MAX_SCHEMA_EXPANSIONS } });
    expect(schemaToFields({ properties: { size: { $ref: "#/$defs/D0" } } }, AT, ctx)).toHaveLength(1);
    expect(ctx.diags.errors).toEqual([]);
  });
});

describe("mergeAllOf", () => {
  /** The merged schema's keys, and the if/then pairs it collected (kept under a private symbol). */
  function merged(schema: Record<string, unknown>, root: unknown = {}) {
    const ctx = context(root);
    const result = mergeAllOf(schema, AT, ctx);
    const [symbol] = result ? Object.getOwnPropertySymbols(result) : [];
    return {
      schema: result && Object.fromEntries(Object.entries(result)),
      conditionals: result && symbol ? (result as Record<symbol, unknown>)[symbol] : undefined,
      diagnostics: ctx.diags.items,
    };
  }

  it.each([
    {
      name: "properties and required united (a property several define: all its definitions); types intersected; first title and additionalProperties kept",
      given: {
        schema: {
          title: "Outer",
          properties: { a: { type: "string" } },
          required: ["a"],
          allOf: [
            { type: ["object", "null"], title: "First", properties: { b: { type: "integer" } }, required: ["b", "a"] },
            { type: "object", additionalProperties: false, properties: { a: { maxLength: 3 }, b: {} } },
          ],
        },
      },
      want: {
        schema: {
          title: "Outer",
          type: "object",
          additionalProperties: false,
          properties: { a: { allOf: [{ type: "string" }, { maxLength: 3 }] }, b: { allOf: [{ type: "integer" }, {}] } },
          required: ["a", "b"],
        },
        conditionals: [],
        diagnostics: [],
      },
    },
    {
      name: "a property a closed member does not declare takes no value (that member's additionalProperties: false judges it)",
      given: {
        schema: {
          allOf: [
            { properties: { b: { type: "integer" } } },
            { type: "object", additionalProperties: false, properties: { a: { type: "string" } } },
          ],
        },
      },
      want: {
        schema: { type: "object", additionalProperties: false, properties: { b: false, a: { type: "string" } } },
        conditionals: [],
        diagnostics: [
          {
            severity: "warning",
            rule: "false-schema",
            file: FILE,
            connector: "sources/demo",
            pointer: `${AT}/allOf/1/additionalProperties`,
            message:
              'property "b" is declared beside this schema, which allows no key it does not declare: no value is allowed; typed as never (the key may not be set)',
          },
        ],
      },
    },
    {
      name: "if/then of the schema and of members (nested allOf and $ref too) collected with their pointers",
      given: {
        schema: {
          if: { properties: { a: { const: 1 } } },
          then: { required: ["b"] },
          allOf: [{ $ref: "#/d/M" }, { allOf: [{ if: "inner-if", then: "inner-then" }] }],
        },
        root: { d: { M: { if: "m-if", then: "m-then", dependentRequired: { a: ["b"] } } } },
      },
      want: {
        schema: { dependentRequired: { a: ["b"] } },
        conditionals: [
          { if: { properties: { a: { const: 1 } } }, then: { required: ["b"] }, at: AT },
          { if: "m-if", then: "m-then", at: "/d/M" },
          { if: "inner-if", then: "inner-then", at: `${AT}/allOf/1/allOf/0` },
        ],
        diagnostics: [],
      },
    },
    {
      name: "a dangling member: nothing, and an error",
      given: { schema: { allOf: [{ type: "object" }, { $ref: "#/nope" }] } },
      want: {
        schema: undefined,
        conditionals: undefined,
        diagnostics: [diag("error", "dangling-ref", `${AT}/allOf/1`, '$ref "#/nope" points nowhere')],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(merged(given.schema, "root" in given ? given.root : {})).toStrictEqual(want);
  });
});

describe("deref and resolvePointer", () => {
  const root = {
    components: {
      schemas: { A: { $ref: "#/components/schemas/B" }, B: { type: "string" }, "x~y": { type: "integer" } },
    },
    list: [{ type: "boolean" }],
  };

  it.each([
    {
      name: "no $ref: the schema itself, same pointer",
      given: { schema: { type: "number" } },
      want: { result: { schema: { type: "number" }, at: AT }, diagnostics: [] },
    },
    {
      name: "a chain: the last target, its pointer",
      given: { schema: { $ref: "#/components/schemas/A" } },
      want: { result: { schema: { type: "string" }, at: "/components/schemas/B" }, diagnostics: [] },
    },
    {
      name: "a ~0-escaped name",
      given: { schema: { $ref: "#/components/schemas/x~0y" } },
      want: { result: { schema: { type: "integer" }, at: "/components/schemas/x~0y" }, diagnostics: [] },
    },
    {
      name: "an array index",
      given: { schema: { $ref: "#/list/0" } },
      want: { result: { schema: { type: "boolean" }, at: "/list/0" }, diagnostics: [] },
    },
    {
      name: "a malformed %-escape names no target (an error, not a thrown URIError)",
      given: { schema: { $ref: "#/components/a%ZZ" } },
      want: {
        result: undefined,
        diagnostics: [diag("error", "dangling-ref", AT, '$ref "#/components/a%ZZ" points nowhere')],
      },
    },
    {
      name: "a plain-name fragment (an $anchor) names no target, not the document",
      given: { schema: { $ref: "#Mode" }, root: { $anchor: "Mode", components: {} } },
      want: {
        result: undefined,
        diagnostics: [
          diag(
            "error",
            "dangling-ref",
            AT,
            '$ref "#Mode" points nowhere (a plain-name fragment names an $anchor; only JSON pointers are followed)',
          ),
        ],
      },
    },
    {
      name: "an inherited name is no target",
      given: { schema: { $ref: "#/components/toString" } },
      want: {
        result: undefined,
        diagnostics: [diag("error", "dangling-ref", AT, '$ref "#/components/toString" points nowhere')],
      },
    },
    {
      name: "a self reference: a cycle",
      given: { schema: { $ref: "#/self" }, root: { self: { $ref: "#/self" } } },
      want: { result: undefined, diagnostics: [diag("error", "cyclic-ref", "/self", "$ref cycle through #/self")] },
    },
  ])("$name", ({ given, want }) => {
    const ctx = context("root" in given ? given.root : root);
    expect({ result: deref(given.schema, AT, ctx), diagnostics: ctx.diags.items }).toStrictEqual(want);
  });

  it.each([
    { name: "whole document", given: "#", want: root },
    { name: "a member", given: "#/components/schemas/B", want: { type: "string" } },
    { name: "not local", given: "other.json#/B", want: undefined },
    { name: "a plain-name fragment", given: "#components", want: undefined },
    { name: "the empty key", given: "#/", want: undefined },
    { name: "missing", given: "#/components/nothing", want: undefined },
    { name: "through a scalar", given: "#/components/schemas/B/type/length", want: undefined },
  ])("resolvePointer: $name", ({ given, want }) => {
    expect(resolvePointer(root, given)).toStrictEqual(want);
  });

  // Empty segments and escapes, each segment the text between two slashes (RFC 6901).
  const keys = { "": { "": 1, a: 2 }, a: { "": 5 }, "a/b": 3, "m~n": 4, "%": 6 };
  it.each([
    { name: "the empty key", given: "#/", want: keys[""] },
    { name: "the empty key twice", given: "#//", want: 1 },
    { name: "a name under the empty key", given: "#//a", want: 2 },
    { name: "a trailing slash: the empty key under a name", given: "#/a/", want: 5 },
    { name: "an escaped slash", given: "#/a~1b", want: 3 },
    { name: "an escaped tilde", given: "#/m~0n", want: 4 },
    { name: "a %-escaped slash", given: "#/a%2Fb", want: 3 },
    { name: "a malformed %-escape", given: "#/%", want: undefined },
  ])("resolvePointer, segments: $name", ({ given, want }) => {
    expect(resolvePointer(structuredClone(keys), given)).toStrictEqual(want);
  });
});

describe("isSecretSchema and fits", () => {
  it.each([
    { name: "writeOnly", given: { writeOnly: true }, want: true },
    { name: "format password", given: { type: "string", format: "password" }, want: true },
    { name: "x-sensitive", given: { "x-sensitive": true }, want: true },
    { name: "x-airbyte-secret", given: { "x-airbyte-secret": true }, want: true },
    { name: "x-speakeasy-secret", given: { "x-speakeasy-secret": true }, want: true },
    { name: "x-speakeasy-param-sensitive", given: { "x-speakeasy-param-sensitive": true }, want: true },
    { name: "x-speakeasy-param-sensitive false", given: { "x-speakeasy-param-sensitive": false }, want: false },
    { name: "writeOnly false", given: { writeOnly: false }, want: false },
    { name: "plain string", given: { type: "string" }, want: false },
  ])("isSecretSchema: $name", ({ given, want }) => {
    expect(isSecretSchema(given)).toBe(want);
  });

  it.each<{ name: string; given: { type: IrType; value: unknown }; want: boolean }>([
    { name: "integer fits integer", given: { type: { type: "integer" }, value: 3 }, want: true },
    { name: "fraction does not fit integer", given: { type: { type: "integer" }, value: 3.5 }, want: false },
    { name: "null needs nullable", given: { type: { type: "string" }, value: null }, want: false },
    { name: "null fits nullable", given: { type: { type: "string", nullable: true }, value: null }, want: true },
    {
      name: "enum member",
      given: { type: { type: "string", enum: [{ value: "a" }] }, value: "b" },
      want: false,
    },
    {
      name: "array items checked",
      given: { type: { type: "array", items: { type: "boolean" } }, value: [true, "no"] },
      want: false,
    },
    {
      name: "a union fits any variant",
      given: { type: { type: "union", variants: [{ type: "string" }, { type: "integer" }] }, value: 1 },
      want: true,
    },
    {
      name: "an object fits by shape only",
      given: { type: { type: "object", fields: [], additionalProperties: false }, value: { x: 1 } },
      want: true,
    },
    { name: "unknown fits anything", given: { type: { type: "unknown" }, value: [1, {}] }, want: true },
  ])("fits: $name", ({ given, want }) => {
    expect(fits(given.type, given.value)).toBe(want);
  });
});

describe("allOf intersections against Ajv on the schema as written", () => {
  /** Does a value fit an IR type, bounds, enums, patterns and required fields included? */
  function admits(t: IrType, v: unknown): boolean {
    if (v === null)
      return (
        t.nullable === true || (t.type === "unknown" && (t.enum === undefined || t.enum.some((o) => o.value === null)))
      );
    if ("enum" in t && t.enum && !t.enum.some((o) => jsonEqual(o.value, v))) return false;
    switch (t.type) {
      case "never":
        return false;
      case "unknown":
        return true;
      case "boolean":
        return typeof v === "boolean";
      case "string":
        return (
          typeof v === "string" &&
          v.length >= (t.minLength ?? 0) &&
          v.length <= (t.maxLength ?? Infinity) &&
          (t.pattern === undefined || new RegExp(t.pattern, "u").test(v))
        );
      case "integer":
      case "number":
        return (
          typeof v === "number" &&
          (t.type === "number" || Number.isInteger(v)) &&
          v >= (t.minimum ?? -Infinity) &&
          v <= (t.maximum ?? Infinity) &&
          (t.exclusiveMinimum === undefined || v > t.exclusiveMinimum) &&
          (t.exclusiveMaximum === undefined || v < t.exclusiveMaximum)
        );
      case "array":
        return Array.isArray(v) && v.every((item) => admits(t.items, item));
      case "union":
        return t.variants.some((variant) => admits(variant, v));
      case "object": {
        if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
        const value = v as Record<string, unknown>;
        return t.fields.every((f) =>
          Object.hasOwn(value, f.wireKey) ? admits(f.type, value[f.wireKey]) : !f.required,
        );
      }
    }
  }

  const scalars: unknown[] = [null, "", "x", "abc", 0, 1, 1.5, 5, 10, 50, 100, 150, -1, true, {}, []];
  const objects = (key: string, values: unknown[]) => [{}, ...values.map((v) => ({ [key]: v }))];
  const tunnels = [{ host: "h" }, { port: 1 }, { host: "h", port: 1 }, { host: "h", port: "1" }, { host: 1, port: 1 }];

  it.each<{ name: string; schema: Record<string, unknown>; root?: Record<string, unknown>; values: unknown[] }>([
    {
      name: "string or null ∩ string",
      schema: { allOf: [{ type: ["string", "null"] }, { type: "string" }] },
      values: scalars,
    },
    {
      name: "nullable ∩ not",
      schema: { allOf: [{ type: "string", nullable: true, minLength: 1 }, { type: "string" }] },
      values: scalars,
    },
    { name: "string ∩ integer", schema: { allOf: [{ type: "string" }, { type: "integer" }] }, values: scalars },
    {
      name: "number ∩ integer",
      schema: {
        allOf: [
          { type: "number", maximum: 10 },
          { type: "integer", minimum: 1 },
        ],
      },
      values: scalars,
    },
    {
      name: "type list ∩ type list",
      schema: { type: ["string", "integer"], allOf: [{ type: ["boolean", "integer"] }] },
      values: scalars,
    },
    {
      name: "a property in the schema and a member",
      schema: {
        type: "object",
        properties: { port: { type: "integer", maximum: 100 } },
        allOf: [{ properties: { port: { minimum: 1, maximum: 10 } }, required: ["port"] }],
      },
      values: objects("port", scalars),
    },
    {
      name: "a property in two members",
      schema: {
        allOf: [{ properties: { mode: { type: "string", enum: ["a", "b", "c"] } } }, { $ref: "#/d/M" }],
      },
      root: { d: { M: { properties: { mode: { enum: ["d", "c", "b"] } } } } },
      values: objects("mode", ["a", "b", "c", "d", 1, null]),
    },
    {
      name: "a property whose definitions share no type",
      schema: { properties: { p: { type: "string" } }, allOf: [{ properties: { p: { type: "integer" } } }] },
      values: objects("p", scalars),
    },
    {
      name: "an object property in the schema and a member",
      schema: {
        properties: { tunnel: { type: "object", properties: { host: { type: "string" } }, required: ["host"] } },
        allOf: [{ properties: { tunnel: { properties: { port: { type: "integer" } }, required: ["port"] } } }],
      },
      values: objects("tunnel", tunnels),
    },
    {
      name: "a oneOf beside the object's own properties and required keys",
      schema: {
        type: "object",
        properties: { common: { type: "string" } },
        required: ["common"],
        oneOf: [
          { properties: { kind: { const: "b" }, b: { type: "integer" } }, required: ["kind"] },
          { properties: { kind: { const: "c" } }, required: ["kind"] },
        ],
      },
      // The alternatives are referred to where they stand.
      root: {},
      values: [
        {},
        { kind: "b" },
        { kind: "b", b: 1 },
        { common: "x", kind: "b", b: 1 },
        { common: "x", kind: "c" },
        { common: 1, kind: "c" },
        { common: "x", kind: "b", b: "1" },
      ],
    },
    {
      name: "a required key without a property schema, beside an additionalProperties schema",
      schema: { type: "object", properties: {}, required: ["token"], additionalProperties: { type: "string" } },
      values: [{}, { token: "x" }, { token: 1 }, { token: null }],
    },
  ])("$name: every value the IR type admits, Ajv accepts", ({ schema, root, values }) => {
    // The schema stands at AT in its document, as schemas the dialects read do.
    const ctx = context({ ...(root ?? {}), [AT.slice(1)]: schema });
    const type = schemaToType(schema, AT, ctx)!;
    const validate = new Ajv2020({ strict: false }).compile({ ...(root ?? {}), ...schema });
    const wrong = values.filter((v) => admits(type, v) && !validate(v));
    expect(wrong).toEqual([]);
    // The IR admits something wherever Ajv does (a type that admits nothing is no check at all).
    if (values.some((v) => validate(v))) expect(values.some((v) => admits(type, v))).toBe(true);
  });

  it("allOf of any types: the IR type admits exactly the scalars Ajv accepts", () => {
    const ajv = new Ajv2020({ strict: false });
    const TYPES = ["string", "integer", "number", "boolean", "null"];
    const typeList = fc.oneof(
      fc.constantFrom(...TYPES),
      fc.uniqueArray(fc.constantFrom(...TYPES), { minLength: 1, maxLength: 4 }),
    );
    const member = fc.record({ type: typeList }, { requiredKeys: [] });
    const schema = fc.record(
      { type: typeList, allOf: fc.array(member, { minLength: 1, maxLength: 3 }) },
      { requiredKeys: ["allOf"] },
    );
    fc.assert(
      fc.property(schema, (given) => {
        const type = schemaToType(given, AT, context());
        if (type === undefined) return false;
        const validate = ajv.compile(given);
        return [null, "", "x", 0, 1, -2, 1.5, true, false].every((v) => admits(type, v) === validate(v));
      }),
      { numRuns: 300 },
    );
  });

  it("a property the schema and allOf members define: every value its IR type admits, Ajv accepts", () => {
    const ajv = new Ajv2020({ strict: false });
    // Bounds or enums, not both: an enum's values are not checked against bounds by the types (validation is).
    const type = fc.constantFrom("integer", "number", "string", ["integer", "null"], ["string", "null"]);
    const bounds = fc.record(
      {
        type,
        minimum: fc.integer({ min: -2, max: 2 }),
        maximum: fc.integer({ min: -2, max: 2 }),
        minLength: fc.nat(2),
      },
      { requiredKeys: ["type"] },
    );
    const enums = fc.record(
      {
        type,
        enum: fc.uniqueArray(fc.constantFrom(-2, -1, 0, 1, 2, "", "a", "ab", null), { minLength: 1, maxLength: 5 }),
      },
      { requiredKeys: ["type"] },
    );
    const schemaOf = (definition: fc.Arbitrary<Record<string, unknown>>) =>
      fc.record({
        properties: fc.record({ p: definition }, { requiredKeys: [] }),
        required: fc.constantFrom([], ["p"]),
        allOf: fc.array(fc.record({ properties: fc.record({ p: definition }), required: fc.constantFrom([], ["p"]) }), {
          minLength: 1,
          maxLength: 3,
        }),
      });
    const schema = fc.oneof(schemaOf(bounds), schemaOf(enums));
    const values = [{}, ...[null, -2, -1, 0, 1, 1.5, 2, "", "a", "ab", true].map((p) => ({ p }))];
    fc.assert(
      fc.property(schema, (given) => {
        const type = schemaToType(given, AT, context());
        if (type === undefined) return false;
        const validate = ajv.compile(given);
        // A required key no value fits is typed optional (the run-time check reports it): left out here.
        const unsatisfiable = type.type === "object" && type.fields.some((f) => f.type.type === "never");
        return values.every((v) => (unsatisfiable && !("p" in v)) || !admits(type, v) || validate(v));
      }),
      { numRuns: 300 },
    );
  });
});

describe("large enums", () => {
  it("100,000 values, duplicates, others of another type and others rejected: each dropped once, messages cut short", () => {
    const values: unknown[] = [];
    for (let i = 0; i < 50_000; i++) values.push(`v${i}`, i);
    values.push("v1", "v2", { a: 1, b: 2 }, { b: 2, a: 1 });
    const ctx = context();
    const type = schemaToType({ type: "string", enum: values, not: { enum: ["v3", "v4"] } }, "/e", ctx);
    expect(type?.type).toBe("string");
    expect(type?.type === "string" && type.enum?.length).toBe(49_998);
    const byRule = new Map(ctx.diags.items.map((d) => [d.rule, d.message]));
    expect(byRule.get("enum-type-mismatch")).toMatch(
      /^values 0, 1, 2, .* and 49992 more do not fit type "string"; left out$/,
    );
    expect(byRule.get("enum-value-rejected")).toBe(
      `values "v3", "v4" are rejected by the schema's other keywords; left out`,
    );
    for (const message of byRule.values()) expect(message.length).toBeLessThan(1_000);
  });
});
