// Type test (checked by `tsc --noEmit`, see typecheck.test.ts): each connector's
// `standardSchema` is a Standard Schema v1 as `@standard-schema/spec` declares
// it, and its inferred input and output are the authoring config. Every
// expected error below must be a real compile error.
import type { StandardSchemaV1 } from "@standard-schema/spec";
import * as postgresql from "../../generated/streamkap/sources/postgresql.gen.js";
import * as kafkaCloud from "../../generated/unstructured/sources/kafka-cloud.gen.js";
import { sources } from "../../generated/unstructured/index.js";
import type { StandardSchema } from "../../templates/runtime.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

// Assignable to the spec's interface, with the config as input and output.
export const asSpec: StandardSchemaV1<postgresql.Config, postgresql.Config> = postgresql.standardSchema;
export const fromRegistry: StandardSchemaV1<kafkaCloud.Config> = sources["kafka-cloud"].standardSchema;
// The runtime's shape, for any input and output, is the spec's.
export const anySchema = <I, O>(s: StandardSchema<I, O>): StandardSchemaV1<I, O> => s;

type Input = StandardSchemaV1.InferInput<typeof postgresql.standardSchema>;
type Output = StandardSchemaV1.InferOutput<typeof postgresql.standardSchema>;
export const inputIsConfig: Equal<Input, postgresql.PostgresqlSourceConfig> = true;
export const outputIsConfig: Equal<Output, postgresql.PostgresqlSourceConfig> = true;
// @ts-expect-error the input is not `unknown` (the types are the connector's)
export const notUnknown: Equal<Input, unknown> = true;

// @ts-expect-error another connector's config is not this schema's input
export const otherConnector: StandardSchemaV1<kafkaCloud.Config> = postgresql.standardSchema;

export const valid: Input = {
  databaseHostname: "db.internal",
  databaseUser: "streamkap",
  databasePassword: "from-a-vault",
  databaseDbname: "orders",
  schemaIncludeList: "public",
  tableIncludeList: "public.orders",
  heartbeatDataCollectionSchemaOrDatabase: "public",
};
// @ts-expect-error a wrong enum value is not an input
export const wrongEnum: Input = { ...valid, databaseSslmode: "maybe" };

/** How a library consumes any Standard Schema: the result's value has the output type. */
function parse<S extends StandardSchemaV1>(schema: S, value: unknown): StandardSchemaV1.InferOutput<S> {
  const result = schema["~standard"].validate(value);
  if (result instanceof Promise) throw new TypeError("asynchronous validation");
  if (result.issues) throw new Error(result.issues.map((i) => i.message).join("; "));
  return result.value;
}
export const parsed: postgresql.Config = parse(postgresql.standardSchema, valid);
// @ts-expect-error the output is the authoring config, not the wire config
export const wire: postgresql.WireConfig = parse(postgresql.standardSchema, valid);
