// The second provider end to end: the seed page's request, built from the
// generated Unstructured package.
import { describe, expect, it } from "vitest";
import { sources } from "../generated/unstructured/index.js";

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
});
