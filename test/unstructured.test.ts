// The second provider end to end: the seed page's request, built from the
// generated Unstructured package.
import { describe, expect, it } from "vitest";
import { createSourceRequest, defineSource, sources, type SourceDefinition } from "../generated/unstructured/index.js";

describe("unstructured", () => {
  it("reproduces the seed page's create-source request exactly", () => {
    const request = sources.s3.create(
      {
        name: "My S3 Source",
        config: {
          remoteUrl: "s3://my-bucket/input/",
          accessKeyId: "AKIAIOSFODNN7EXAMPLE",
          secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          recursive: true,
        },
      },
      { unstructuredApiKey: "api-key-from-env" },
    );
    expect(request).toEqual({
      method: "POST",
      path: "/api/v1/sources/",
      query: {},
      headers: { "unstructured-api-key": "api-key-from-env" },
      body: {
        type: "s3",
        name: "My S3 Source",
        config: {
          remote_url: "s3://my-bucket/input/",
          access_key_id: "AKIAIOSFODNN7EXAMPLE",
          secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
          recursive: true,
        },
      },
    });
  });

  it("the API key header is required and never echoed", () => {
    expect(() => sources.s3.create({ name: "n", config: { remoteUrl: "s3://b/" } }, {} as never)).toThrow(
      /options\.unstructuredApiKey \(options\.unstructured-api-key\): required but missing/,
    );
  });

  it("update sends only the config to PUT /api/v1/sources/{source_id}", () => {
    const request = sources["kafka-cloud"].update(
      "0b5c",
      { config: { bootstrapServers: "pkc.confluent.cloud", topic: "docs", kafkaApiKey: "k", secret: "s" } },
      { unstructuredApiKey: "key" },
    );
    expect(request.method).toBe("PUT");
    expect(request.path).toBe("/api/v1/sources/0b5c");
    expect(Object.keys(request.body)).toEqual(["config"]);
  });

  it("defineSource feeds createSourceRequest, which rejects a definition of another provider or kind", () => {
    const definition = defineSource({
      connector: "s3",
      name: "My S3 Source",
      config: { remoteUrl: "s3://my-bucket/input/", recursive: true },
    });
    expect(definition).toMatchObject({ provider: "unstructured", kind: "sources", connector: "s3" });
    const request = createSourceRequest(definition, { unstructuredApiKey: "key" });
    expect(request.body).toEqual({
      type: "s3",
      name: "My S3 Source",
      config: { remote_url: "s3://my-bucket/input/", recursive: true },
    });
    const foreign = { ...definition, provider: "streamkap" } as unknown as SourceDefinition;
    expect(() => createSourceRequest(foreign, { unstructuredApiKey: "key" })).toThrow(
      /not a unstructured sources definition/,
    );
    const unknown = { ...definition, connector: "__proto__" } as unknown as SourceDefinition;
    expect(() => createSourceRequest(unknown, { unstructuredApiKey: "key" })).toThrow(TypeError);
  });
});
