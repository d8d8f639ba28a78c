// A condition that holds where its key is not sent (a JSON Schema `if` that tests a key without requiring
// it): the runtime's reading of an IR spec, held to Ajv on the JSON Schema the condition came from.

import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { validateConfig, type ConnectorSpec } from "../../templates/runtime.js";

const spec = (unsetHolds: boolean): ConnectorSpec => ({
  kind: "sources",
  code: "conditions",
  serverKeys: [],
  fields: [
    { key: "mode", wireKey: "mode", type: { type: "string", enum: ["a", "b"] } },
    {
      key: "x",
      wireKey: "x",
      type: { type: "string" },
      requiredWhen: [{ key: "mode", op: "eq", value: "a", ...(unsetHolds ? { unsetHolds: true as const } : {}) }],
    },
  ],
});

/** The JSON Schema each spec reads: an `if` that requires the key it tests, or one that does not. */
const source = (unsetHolds: boolean) => ({
  type: "object",
  properties: { mode: { type: "string", enum: ["a", "b"] }, x: { type: "string" } },
  additionalProperties: false,
  if: { properties: { mode: { const: "a" } }, ...(unsetHolds ? {} : { required: ["mode"] }) },
  then: { required: ["x"] },
});

const ajv = new Ajv2020({ strict: false });

describe.each([true, false])("requiredWhen with unsetHolds %s", (unsetHolds) => {
  const reference = ajv.compile(source(unsetHolds));
  it.each([{}, { mode: "a" }, { mode: "b" }, { x: "s" }, { mode: "a", x: "s" }, { mode: "b", x: "s" }])(
    "validates %j as Ajv does on the schema it came from",
    (config) => {
      expect(validateConfig(spec(unsetHolds), config).length === 0).toBe(reference(config));
    },
  );
});
