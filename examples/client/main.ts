// The generated client end to end, against the fake Streamkap API on
// 127.0.0.1: create a PostgreSQL source, read it back (the password comes back
// masked and is left out; the port comes back as a string and reads as a
// number), change one field (only that field is sent), delete it.
//
//   npx tsx examples/client/main.ts

import { startFakeApi } from "../../scripts/fake-api.js";
import { ApiError, createClient } from "../../generated/streamkap/client.gen.js";

const token = "example-token";
const fake = await startFakeApi({ provider: "streamkap", credentials: token });
try {
  const sources = createClient({ baseUrl: fake.url, credentials: token }).sources;

  const created = await sources.postgresql.create({
    name: "orders",
    config: {
      databaseHostname: "db.internal",
      databasePort: 5432,
      databaseUser: "streamkap",
      databasePassword: "s3cret-password",
      databaseDbname: "shop",
      schemaIncludeList: "public",
      tableIncludeList: "public.orders",
      heartbeatEnabled: false,
    },
  });
  const id = String(created.id);

  const current = await sources.postgresql.get(id);
  const read = current.config;
  console.log(
    `get: ${current.name} port=${read.config.databasePort} (${typeof read.config.databasePort}) hidden=${read.hiddenSecrets.join(",")}`,
  );

  await sources.postgresql.update(
    id,
    { name: "orders", config: { ...read.config, tableIncludeList: "public.orders,public.items" } },
    { current },
  );
  const put = fake.requests.filter((r) => r.method === "PUT").at(-1)!;
  console.log(`update sent: ${JSON.stringify((put.body as { config: unknown }).config)}`);

  await sources.postgresql.delete(id);
  try {
    await sources.postgresql.get(id);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    console.log(`after delete: ApiError ${error.status} ${error.method} ${error.serverMessage}`);
  }
} finally {
  await fake.close();
}
