// A union member's constant (`sourceType: { const: "probe" }`), which names its connector inside the config:
// the builders fill it in, but a config written as sent (stored, read back from the API) carries it under its
// key. Given the key renamed in the member, want it said as a wire key renamed; the reference is Ajv on the
// member as written, which rejects the config sent with the old key.

import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, it } from "vitest";
import { diffUnionDocuments, probeUnionDocument } from "./helpers.js";

type Obj = Record<string, unknown>;

/** The probe document with its member's constant under `key` (required or not). */
function withConstant(key: string, required = true): Obj {
  const doc = probeUnionDocument([{ type: "string" }]) as { components: { schemas: Record<string, Obj> } };
  const probe = doc.components.schemas.Probe!;
  const { sourceType, ...rest } = probe.properties as Obj;
  probe.properties = { [key]: sourceType, ...rest };
  probe.required = [...(required ? [key] : []), ...(probe.required as string[]).filter((k) => k !== "sourceType")];
  return doc;
}

const ajv = new Ajv2020({ strict: false });
const member = (doc: Obj) => ajv.compile((doc as { components: { schemas: { Probe: Obj } } }).components.schemas.Probe);

it("the constant's key renamed is a wire key renamed, breaking: a config sent with the old key is rejected", async () => {
  const [base, head] = [withConstant("sourceType"), withConstant("source_type")];
  const changes = await diffUnionDocuments(base, head);
  expect(changes.map((c) => [c.connector, c.field, c.rule, c.severity])).toEqual([
    ["sources/probe", "sourceType", "wire-key-renamed", "breaking"],
  ]);
  expect(changes[0]!.message).toBe(
    'the connector\'s constant is now sent as "source_type" (the builders fill it in; a config written as sent carries the old key)',
  );
  const sent = { sourceType: "probe", f0: "x" };
  expect([member(base)(sent), member(head)(sent)]).toEqual([true, false]);
  // And back.
  expect((await diffUnionDocuments(head, base)).map((c) => [c.field, c.rule])).toEqual([
    ["source_type", "wire-key-renamed"],
  ]);
});

it("the same constant under the same key is no change", async () => {
  expect(await diffUnionDocuments(withConstant("sourceType"), withConstant("sourceType"))).toEqual([]);
});
