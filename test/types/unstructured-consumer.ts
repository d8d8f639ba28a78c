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
