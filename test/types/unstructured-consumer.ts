// Type test (tsc --noEmit): the generated Unstructured package. Identifiers from
// `kafka-cloud` and `databricks_volumes` are readable; errors are compile errors.
import {
  sources,
  type ConnectorConfig,
  type DatabricksVolumesSourceConfig,
  type KafkaCloudSourceConfig,
  type S3SourceConfig,
} from "../../generated/unstructured/index.js";

export const kafka: KafkaCloudSourceConfig = {
  bootstrapServers: "pkc.confluent.cloud:9092",
  topic: "documents",
  kafkaApiKey: "key",
  secret: "secret",
};

export const volumes: DatabricksVolumesSourceConfig | undefined = undefined;

const request = sources["kafka-cloud"].create({ name: "k", config: kafka }, { unstructuredApiKey: "from-env" });
const type: "kafka-cloud" = request.body.type;
void type;

// @ts-expect-error the API key header is required
sources["kafka-cloud"].create({ name: "k", config: kafka });

export const misspelt: S3SourceConfig = {
  remoteUrl: "s3://bucket/",
  // @ts-expect-error snake_case wire keys are not authoring keys
  remote_url: "s3://bucket/",
};

export const wrongType: S3SourceConfig = {
  remoteUrl: "s3://bucket/",
  // @ts-expect-error recursive is a boolean
  recursive: "yes",
};

// Nullable fields accept null.
export const nullable: S3SourceConfig = { remoteUrl: "s3://bucket/", key: null, secret: null };

export function isKafka(entry: ConnectorConfig): string | undefined {
  if (entry.kind === "sources" && entry.connector === "kafka-cloud") return entry.config.topic;
  return undefined;
}

// defineSource: `config` follows `connector`; the definition feeds the builder.
import { createSourceRequest, defineSource, defineDestination } from "../../generated/unstructured/index.js";

export const defined = defineSource({
  connector: "kafka-cloud",
  name: "docs-topic",
  config: { bootstrapServers: "b:9092", topic: "t", kafkaApiKey: "k", secret: "s" },
});
const definedKind: "sources" = defined.kind;
const definedProvider: "unstructured" = defined.provider;
const definedTopic: string = defined.config.topic;
export const definedRequest = createSourceRequest(defined, { unstructuredApiKey: "from-env" });
const definedType: "kafka-cloud" = definedRequest.body.type;
void [definedKind, definedProvider, definedTopic, definedType];

defineSource({
  connector: "kafka-cloud",
  name: "x",
  // @ts-expect-error: `remoteUrl` belongs to other connectors, not kafka-cloud
  config: { bootstrapServers: "b:9092", topic: "t", kafkaApiKey: "k", secret: "s", remoteUrl: "s3://b" },
});
defineSource({
  connector: "s3",
  name: "x",
  // @ts-expect-error: s3 requires remoteUrl
  config: { anonymous: true },
});
// @ts-expect-error: not a source type
defineSource({ connector: "pinecone", name: "x", config: {} });
defineDestination({
  connector: "pinecone",
  name: "x",
  // @ts-expect-error: wrong type for a pinecone field
  config: { indexName: 42, apiKey: "k", namespace: "n" },
});
// @ts-expect-error: the create request needs the API key header
createSourceRequest(defined);
