// What the dialect gives the client (generator/dialects/openapi.ts): the auth
// from `securitySchemes` + `security` (operation-level first), and the get,
// list and delete routes with their documented JSON status and list wrapper.

import { describe, expect, it } from "vitest";
import { parseOpenApiEnvelope } from "../../generator/dialects/openapi.js";
import { Diagnostics } from "../../generator/ir/diagnostics.js";
import type { IrKindClient } from "../../generator/ir/ir.js";

type Obj = Record<string, unknown>;

const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const body = { requestBody: json({ type: "object", properties: { name: { type: "string" }, config: {} } }) };

function clientOf(doc: {
  security?: unknown;
  schemes?: Obj;
  create?: Obj;
  item?: Obj;
  collection?: Obj;
}): IrKindClient {
  const openapi = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    ...(doc.security !== undefined ? { security: doc.security } : {}),
    components: { securitySchemes: doc.schemes ?? {} },
    paths: {
      "/sources": { post: { ...body, responses: { 200: json({ type: "object" }) }, ...doc.create }, ...doc.collection },
      "/sources/{id}": {
        put: { ...body, parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] },
        ...doc.item,
      },
    },
  };
  const diags = new Diagnostics();
  const [api] = parseOpenApiEnvelope({ path: "openapi.json", json: openapi }, ["sources"], { sources: {} }, diags);
  expect(diags.errors).toEqual([]);
  return api!.client!;
}

const bearer = { bearerAuth: { type: "http", scheme: "bearer" } };
const apiKey = { key: { type: "apiKey", in: "header", name: "x-api-key" } };

describe("auth from the security scheme", () => {
  const rows: { name: string; given: Parameters<typeof clientOf>[0]; want: IrKindClient["auth"] }[] = [
    { name: "http bearer", given: { schemes: bearer, security: [{ bearerAuth: [] }] }, want: { type: "bearer" } },
    {
      name: "http Bearer, any case",
      given: { schemes: { b: { type: "http", scheme: "Bearer" } }, security: [{ b: [] }] },
      want: { type: "bearer" },
    },
    {
      name: "an API key header",
      given: { schemes: apiKey, security: [{ key: [] }] },
      want: { type: "header", name: "x-api-key" },
    },
    {
      name: "the operation's security wins over the document's",
      given: { schemes: { ...bearer, ...apiKey }, security: [{ bearerAuth: [] }], create: { security: [{ key: [] }] } },
      want: { type: "header", name: "x-api-key" },
    },
    {
      name: "an empty operation security: none",
      given: { schemes: bearer, security: [{ bearerAuth: [] }], create: { security: [] } },
      want: undefined,
    },
    {
      name: "an API key in the query: not spoken",
      given: { schemes: { q: { type: "apiKey", in: "query", name: "k" } }, security: [{ q: [] }] },
      want: undefined,
    },
    {
      name: "a requirement needing two schemes at once is skipped for the next",
      given: { schemes: { ...bearer, ...apiKey }, security: [{ bearerAuth: [], key: [] }, { key: [] }] },
      want: { type: "header", name: "x-api-key" },
    },
    {
      name: "basic auth: not spoken",
      given: { schemes: { b: { type: "http", scheme: "basic" } }, security: [{ b: [] }] },
      want: undefined,
    },
    { name: "no security", given: {}, want: undefined },
    { name: "a scheme the components lack", given: { security: [{ missing: [] }] }, want: undefined },
  ];
  it.each(rows)("$name", ({ given, want }) => {
    expect(clientOf(given).auth).toEqual(want);
  });
});

describe("routes", () => {
  it("finds get, list and delete beside create and update, with status and list wrapper", () => {
    const client = clientOf({
      collection: {
        get: {
          responses: {
            200: json({ type: "object", properties: { total: { type: "integer" }, result: { type: "array" } } }),
          },
        },
      },
      item: {
        get: { responses: { 200: json({ type: "object" }) } },
        delete: { responses: { 204: { description: "gone" } } },
      },
    });
    expect(client).toEqual({
      create: { method: "POST", path: "/sources", status: "200" },
      update: { method: "PUT", path: "/sources/{id}" },
      list: { method: "GET", path: "/sources", status: "200", itemsProperty: "result" },
      get: { method: "GET", path: "/sources/{id}", status: "200" },
      delete: { method: "DELETE", path: "/sources/{id}" },
    });
  });

  it("reads a paged list's page and page-size parameters and its has_next flag", () => {
    const param = (name: string, schema: Obj) => ({ name, in: "query", schema });
    const client = clientOf({
      collection: {
        get: {
          parameters: [param("page", { type: "integer" }), param("page_size", { type: "integer", maximum: 50 })],
          responses: {
            200: json({
              type: "object",
              properties: { has_next: { type: "boolean" }, items: { type: "array" } },
            }),
          },
        },
      },
    });
    expect(client.list).toEqual({
      method: "GET",
      path: "/sources",
      status: "200",
      itemsProperty: "items",
      paging: { pageParam: "page", sizeParam: "page_size", maxSize: 50, hasNextProperty: "has_next" },
    });
  });

  it("leaves out what the document does not have; a bare array list has no wrapper", () => {
    const client = clientOf({ collection: { get: { responses: { 201: json({ type: "array" }) } } } });
    expect(client.get).toBeUndefined();
    expect(client.delete).toBeUndefined();
    expect(client.list).toEqual({ method: "GET", path: "/sources", status: "201" });
  });
});
