// Writes a synthetic OpenAPI document in the union layout of many-connector
// platforms: `POST /v1/sources` and `POST /v1/destinations` whose
// `configuration` is a oneOf of N per-connector schemas, each with a constant
// `sourceType` / `destinationType`, realistic fields (nested oneOf for tunnel
// and auth choices, enums, ranges, secrets marked `x-secret`, dotted and
// hyphenated keys), and shared `$ref`s. Deterministic for a given N and seed.
//
//   npm run corpus -- --connectors 500 --out DIR [--seed 1]

import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

type Obj = Record<string, unknown>;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "postgres",
  "mysql",
  "stripe",
  "hubspot",
  "salesforce",
  "s3",
  "gcs",
  "kafka",
  "zendesk",
  "jira",
  "github",
  "shopify",
  "snowflake",
  "bigquery",
  "mongo",
  "redis",
  "oracle",
  "db2",
  "sftp",
  "notion",
];
const FIELD_NAMES = [
  "host",
  "port",
  "database",
  "username",
  "schemas",
  "start_date",
  "page_size",
  "region",
  "bucket",
  "lookback_window_days",
  "include_deleted",
  "account_id",
  "base_url",
  "batch_size",
  "timeout_seconds",
];

function connectorSchema(kind: "source" | "destination", i: number, rnd: () => number): { name: string; schema: Obj } {
  const word = WORDS[i % WORDS.length]!;
  const code = `${word}-${i}`;
  const discriminator = `${kind}Type`;
  const properties: Obj = { [discriminator]: { type: "string", const: code, order: 0 } };
  const required = [discriminator];
  const count = 6 + Math.floor(rnd() * 14);
  for (let f = 0; f < count; f++) {
    const base = FIELD_NAMES[(i + f) % FIELD_NAMES.length]!;
    const name = f % 7 === 3 ? `${base}.override` : f % 11 === 5 ? `${base.replace(/_/g, "-")}-v${f}` : `${base}_${f}`;
    const roll = rnd();
    let schema: Obj;
    if (roll < 0.35)
      schema = {
        type: "string",
        title: `${base} ${f}`,
        description: `The ${base.replace(/_/g, " ")} to use.`,
        ...(rnd() < 0.2 ? { pattern: "^[A-Za-z0-9_.-]+$" } : {}),
      };
    else if (roll < 0.55) schema = { type: "integer", minimum: 0, maximum: 65535, default: Math.floor(rnd() * 1000) };
    else if (roll < 0.65) schema = { type: "boolean", default: rnd() < 0.5 };
    else if (roll < 0.78) schema = { type: "string", enum: ["fast", "safe", "custom"], default: "safe" };
    else if (roll < 0.86) schema = { type: "array", items: { type: "string" }, description: "A list of names." };
    else if (roll < 0.93) schema = { type: "string", "x-secret": true, description: "A credential." };
    else schema = { $ref: "#/components/schemas/SslMode" };
    properties[name] = schema;
    if (rnd() < 0.4) required.push(name);
  }
  properties.tunnel_method = {
    title: "SSH tunnel",
    oneOf: [
      {
        title: "No tunnel",
        type: "object",
        required: ["tunnel_method"],
        properties: { tunnel_method: { const: "NO_TUNNEL" } },
      },
      {
        title: "SSH key",
        type: "object",
        required: ["tunnel_method", "tunnel_host", "ssh_key"],
        properties: {
          tunnel_method: { const: "SSH_KEY_AUTH" },
          tunnel_host: { type: "string" },
          tunnel_port: { type: "integer", minimum: 1, maximum: 65535, default: 22 },
          ssh_key: { type: "string", "x-secret": true },
        },
      },
    ],
  };
  properties.replication = { $ref: "#/components/schemas/ReplicationMethod" };
  return {
    name: `${kind}-${code}`,
    schema: { title: `${word[0]!.toUpperCase()}${word.slice(1)} ${i}`, type: "object", required, properties },
  };
}

export function syntheticDocument(connectors: number, seed = 1): Obj {
  const rnd = random(seed);
  const schemas: Obj = {
    SslMode: { type: "string", enum: ["disable", "require", "verify-full"], default: "require" },
    ReplicationMethod: {
      oneOf: [
        { title: "Standard", type: "object", required: ["method"], properties: { method: { const: "STANDARD" } } },
        {
          title: "CDC",
          type: "object",
          required: ["method"],
          properties: {
            method: { const: "CDC" },
            initial_waiting_seconds: { type: "integer", minimum: 120, maximum: 1200, default: 300 },
          },
        },
      ],
    },
  };
  const refs: Record<"source" | "destination", Obj[]> = { source: [], destination: [] };
  const destinations = Math.max(1, Math.round(connectors / 5));
  for (let i = 0; i < connectors; i++) {
    const kind = i < connectors - destinations ? "source" : "destination";
    const { name, schema } = connectorSchema(kind, i, rnd);
    schemas[name] = schema;
    refs[kind].push({ $ref: `#/components/schemas/${name}` });
  }
  const kindPaths = (kind: "source" | "destination") => {
    const plural = `${kind}s`;
    const Create = `${kind[0]!.toUpperCase()}${kind.slice(1)}CreateRequest`;
    const Patch = `${kind[0]!.toUpperCase()}${kind.slice(1)}PatchRequest`;
    schemas[Create] = {
      type: "object",
      required: ["name", "workspaceId", "configuration"],
      properties: {
        name: { type: "string" },
        workspaceId: { type: "string", format: "uuid" },
        configuration: { oneOf: refs[kind] },
      },
    };
    schemas[Patch] = {
      type: "object",
      required: ["configuration"],
      properties: { name: { type: "string" }, configuration: { oneOf: refs[kind] } },
    };
    const response = { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } };
    return {
      [`/v1/${plural}`]: {
        post: {
          operationId: `create${Create}`,
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${Create}` } } },
          },
          responses: response,
        },
      },
      [`/v1/${plural}/{${kind}Id}`]: {
        parameters: [{ name: `${kind}Id`, in: "path", required: true, schema: { type: "string" } }],
        patch: {
          operationId: `patch${Patch}`,
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${Patch}` } } },
          },
          responses: response,
        },
      },
    };
  };
  return {
    openapi: "3.1.0",
    info: { title: `Synthetic platform (${connectors} connectors)`, version: "1.0.0" },
    security: [{ bearerAuth: [] }],
    paths: { ...kindPaths("source"), ...kindPaths("destination") },
    components: { securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } }, schemas },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connectors: { type: "string", default: "50" },
      out: { type: "string" },
      seed: { type: "string", default: "1" },
    },
  });
  if (!values.out) throw new Error("--out DIR is required");
  const dir = resolve(values.out);
  await mkdir(dir, { recursive: true });
  const text = `${JSON.stringify(syntheticDocument(Number(values.connectors), Number(values.seed)), null, 2)}\n`;
  await writeFile(join(dir, "openapi.json"), text);
  console.log(
    `wrote ${join(dir, "openapi.json")} (${values.connectors} connectors, ${(text.length / 1e6).toFixed(2)} MB)`,
  );
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
