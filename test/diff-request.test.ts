// The requests every config is sent in: a kind's create and update bodies (besides the connector code and
// the config), query parameters and headers, compared as config fields are. Given a change to the create
// request of a union-layout document, want the rules said under `sources (create request …)`; and where
// a body value is at stake, the breaking verdict is Ajv's on the request body schema as written.

import { Ajv2020 } from "ajv/dist/2020.js";
import { expect, it } from "vitest";
import { diffUnionDocuments, probeUnionDocument } from "./helpers.js";

type Obj = Record<string, unknown>;

/** The probe document with its create request's body properties, required keys and query parameters replaced. */
function withRequest({
  properties = {},
  required = [],
  parameters,
}: {
  properties?: Obj;
  required?: string[];
  parameters?: Obj[];
}): Obj {
  const doc = probeUnionDocument([{ type: "string" }]) as {
    paths: Record<string, Record<string, Obj>>;
    components: { schemas: Record<string, Obj> };
  };
  const request = doc.components.schemas.SourceCreateRequest!;
  request.properties = { ...(request.properties as Obj), ...properties };
  request.required = [...(request.required as string[]), ...required];
  if (parameters !== undefined) doc.paths["/v1/sources"]!.post!.parameters = parameters;
  return doc;
}

/** The changes said of the create request (the probe document's update request is the same schema). */
const createRequestChanges = async (base: Obj, head: Obj) =>
  (await diffUnionDocuments(base, head)).filter((c) => c.connector.startsWith("sources (create request"));

const ajv = new Ajv2020({ strict: false, allErrors: false });

/** Whether Ajv takes, under the head's create request body schema, every probe body it took under the base's. */
function ajvKeepsBodies(base: Obj, head: Obj, probes: Obj[]): boolean {
  const validator = (doc: Obj) => {
    const { components } = doc as { components: Obj };
    return ajv.compile({ components, $ref: "#/components/schemas/SourceCreateRequest" });
  };
  const [before, after] = [validator(base), validator(head)];
  return probes.every((body) => !before(body) || after(body));
}

const CONFIG = { sourceType: "probe" };
// Bodies as the builders send them: a property the base did not declare is sent, if at all, with a value its
// later declaration takes (the builders typed no other).
const BODIES: Obj[] = [
  { name: "n", configuration: CONFIG },
  { name: "a longer name than ten", configuration: CONFIG },
  { name: "n", workspaceId: "w", configuration: CONFIG },
  { name: "n", state: "paused", configuration: CONFIG },
  { name: "n", state: "active", configuration: CONFIG },
];

const plain = withRequest({ properties: { state: { type: "string", enum: ["active", "paused"] } } });

it.each([
  {
    name: "a required body property added",
    head: withRequest({
      properties: { state: { type: "string", enum: ["active", "paused"] }, workspaceId: { type: "string" } },
      required: ["workspaceId"],
    }),
    want: [["body", "workspaceId", "field-added-required", "breaking"]],
  },
  {
    name: "an optional body property added",
    head: withRequest({
      properties: { state: { type: "string", enum: ["active", "paused"] }, workspaceId: { type: "string" } },
    }),
    want: [["body", "workspaceId", "field-added-optional", "info"]],
  },
  {
    name: "the name given a maximum length",
    head: withRequest({
      properties: { name: { type: "string", maxLength: 10 }, state: { type: "string", enum: ["active", "paused"] } },
    }),
    want: [["body", "name", "range-tightened", "breaking"]],
  },
  {
    name: "an enum narrowed",
    head: withRequest({ properties: { state: { type: "string", enum: ["active"] } } }),
    want: [["body", "state", "enum-narrowed", "breaking"]],
  },
  {
    name: "nothing changed",
    head: plain,
    want: [],
  },
])("the create request body: $name", async ({ head, want }) => {
  const changes = await createRequestChanges(plain, head);
  expect(
    changes.map((c) => [c.connector.replace(/^sources \(create request (\w+)\)$/, "$1"), c.field, c.rule, c.severity]),
  ).toEqual(want);
  // The reference: a body Ajv took before and rejects now is what a breaking verdict says.
  expect(changes.some((c) => c.severity === "breaking")).toBe(!ajvKeepsBodies(plain, head, BODIES));
});

it("a body property removed is breaking (the builders no longer take it), and the reverse is info", async () => {
  const changes = await createRequestChanges(plain, withRequest({}));
  expect(changes.map((c) => [c.field, c.rule, c.severity])).toEqual([["state", "field-removed", "breaking"]]);
  const back = await createRequestChanges(withRequest({}), plain);
  expect(back.map((c) => [c.field, c.rule, c.severity])).toEqual([["state", "field-added-optional", "info"]]);
});

it("a required query parameter added is breaking, under the create request's query", async () => {
  const wait = { name: "wait", in: "query", schema: { type: "boolean" } };
  const changes = await createRequestChanges(
    withRequest({ parameters: [wait] }),
    withRequest({
      parameters: [
        { ...wait, required: true },
        { name: "dryRun", in: "query", schema: { type: "boolean" } },
      ],
    }),
  );
  expect(changes.map((c) => [c.connector, c.field, c.rule, c.severity])).toEqual([
    ["sources (create request query)", "dryRun", "field-added-optional", "info"],
    ["sources (create request query)", "wait", "field-became-required", "breaking"],
  ]);
});
