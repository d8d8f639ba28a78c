// Golden files: the generated text for a small snapshot that exercises every
// rule of the field-list dialect. Update with `npx vitest run -u` and review.
import { describe, expect, it } from "vitest";
import { generate } from "../generator/pipeline.js";
import { BASIC_INPUT, providerFor } from "./helpers.js";

describe("golden: cases/basic", async () => {
  const first = await generate(providerFor(BASIC_INPUT, "/nonexistent"));

  it.each(first.files.map((f) => [f.path, f.content]))("%s", async (path, content) => {
    await expect(content).toMatchFileSnapshot(`cases/basic/expected/${path}`);
  });

  it("is byte-identical on a rerun and does not mutate its input", async () => {
    const second = await generate(providerFor(BASIC_INPUT, "/nonexistent"));
    expect(second.files).toEqual(first.files);
  });

  it("documents the placeholder default and drops server-computed entries", () => {
    const manifest = JSON.parse(first.files.find((f) => f.path === "manifest.json")!.content) as {
      connectors: { code: string; fields: { key: string; wireKey: string; placeholder?: string; default?: unknown }[]; serverKeys: string[] }[];
    };
    const demo = manifest.connectors.find((c) => c.code === "demo-db")!;
    expect(demo.fields.find((f) => f.key === "sshPublicKey")).toMatchObject({
      wireKey: "ssh.public.key.user.displayed",
      placeholder: "<SSH.PUBLIC.KEY>",
    });
    expect(demo.fields.find((f) => f.key === "sshPublicKey")?.default).toBeUndefined();
    expect(demo.fields.map((f) => f.wireKey)).not.toContain("connector.class");
    expect(demo.serverKeys).toEqual(["connector.class", "database.hostname", "database.port", "ssh.public.key"]);
  });
});
