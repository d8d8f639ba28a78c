import { defineConfig } from "./generator/config.js";

export default defineConfig({
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
    },
  ],
});
