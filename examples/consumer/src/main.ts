// How a downstream SDK uses the generated package: import one connector's
// module alone (the bundler keeps only it), or a provider's registry; build
// requests; read a YAML config file and validate it before deploying.

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import * as postgresql from "connector-configs/streamkap/sources/postgresql";
import { connectors as streamkap } from "connector-configs/streamkap";
import { connectors as unstructured, createSourceRequest, defineSource } from "connector-configs/unstructured";
import type { Problem } from "connector-configs/streamkap/runtime";

// 1. Streamkap, one connector imported alone.
const pg = postgresql.create({
  name: "orders",
  config: {
    databaseHostname: "db.internal",
    databaseUser: "cdc",
    databasePassword: process.env.PG_PASSWORD ?? "from-your-secret-store",
    databaseDbname: "orders",
    schemaIncludeList: "public",
    tableIncludeList: "public.orders",
    heartbeatDataCollectionSchemaOrDatabase: "public",
  },
});
console.log(
  `streamkap: ${pg.method} ${pg.path} connector=${pg.body.connector} port=${pg.body.config["database.port.user.defined"]}`,
);

// 2. Unstructured, through defineSource; the API key comes from the environment.
const docs = defineSource({
  connector: "s3",
  name: "docs",
  config: { remoteUrl: "s3://bucket/input/", recursive: true },
});
const s3 = createSourceRequest(docs, { unstructuredApiKey: process.env.UNSTRUCTURED_API_KEY ?? "example-key" });
console.log(
  `unstructured: ${s3.method} ${s3.path} type=${s3.body.type} headers=${Object.keys(s3.headers ?? {}).join(",")}`,
);

// 3. Config files: validate with the registry of the provider they name.
type Registry = Record<string, Record<string, { validate(config: unknown): Problem[] }>>;
const registries: Record<string, Registry> = { streamkap, unstructured };
for (const file of process.argv.slice(2)) {
  const definition = parse(readFileSync(file, "utf8")) as {
    provider: string;
    kind: string;
    connector: string;
    config: unknown;
  };
  const module = registries[definition.provider]?.[definition.kind]?.[definition.connector];
  const problems = module
    ? module.validate(definition.config)
    : [{ message: `unknown connector ${definition.connector}` }];
  console.log(
    `${file.split("/").pop()}: ${problems.length === 0 ? "valid" : problems.map((p) => p.message).join("; ")}`,
  );
}
