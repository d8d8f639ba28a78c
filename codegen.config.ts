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
  ],
});
