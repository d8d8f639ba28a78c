import { defineConfig } from "./generator/config/config.js";

export default defineConfig({
  // generated/ is one npm package: `connector-configs/streamkap`, `connector-configs/unstructured/sources/s3`, …
  package: { name: "connector-configs", version: "0.1.0", dir: "generated" },
  providers: [
    {
      name: "streamkap",
      dialect: "field-list",
      snapshot: "schemas/streamkap",
      out: "generated/streamkap",
      suffixes: [".user.defined", ".user.displayed"],
      kinds: {
        sources: { connectorProperty: "connector" },
        destinations: { connectorProperty: "connector" },
      },
      fetch: {
        baseUrlEnv: "STREAMKAP_API_URL",
        defaultBaseUrl: "https://api.streamkap.com/api",
        credential: { env: "STREAMKAP_TOKEN", header: "Authorization", scheme: "Bearer" },
        openapi: "/openapi.json",
        connectors: {
          sources: {
            list: { path: "/sources/connectors", items: "/result", code: "connector_code" },
            schema: "/sources/connectors?connector_code={code}",
          },
          destinations: {
            list: { path: "/destinations/connectors", items: "/result", code: "connector_code" },
            schema: "/destinations/connectors?connector_code={code}",
          },
        },
      },
    },
    {
      name: "unstructured",
      dialect: "json-schema",
      snapshot: "schemas/unstructured",
      out: "generated/unstructured",
      kinds: {
        sources: { connectorProperty: "type" },
        destinations: { connectorProperty: "type" },
      },
      fetch: {
        baseUrlEnv: "UNSTRUCTURED_API_URL",
        defaultBaseUrl: "https://platform.unstructuredapp.io",
        credential: { env: "UNSTRUCTURED_API_KEY", header: "unstructured-api-key" },
        openapi: "/openapi.json",
        // Types are listed in the document; a type whose schema is served on its own
        // (404 otherwise) gets a file that wins over the document's copy.
        connectors: {
          sources: { list: "openapi", schema: "/api/v1/sources/schemas/{code}", optional: true },
          destinations: { list: "openapi", schema: "/api/v1/destinations/schemas/{code}", optional: true },
        },
      },
    },
  ],
});
