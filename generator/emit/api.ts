// Emitter: api.gen.ts — per connector kind, the create/update operation specs
// and the envelope types (everything in a request except the config itself) —
// with its dist/ JavaScript and declarations, printed by generator/print/pretty.ts.

import type { IrKindApi, IrOperation, IrProvider } from "../ir/ir.js";
import { apiNames, optionFields } from "./api-names.js";
import { banner, type OutputFile } from "../output/output.js";
import { kindApiSpec } from "./runtime-spec.js";
import { docText, interfaceOf, irTypeDoc } from "../print/ir-types.js";
import {
  constDeclaration,
  declareConst,
  importDeclaration,
  interfaceDeclaration,
  key,
  plainType,
  printModules,
  propertySignature,
  same,
  typeOnly,
  typeParameters,
  value,
  withComment,
  type Doc,
  type Part,
  type Value,
} from "../print/pretty.js";

function bodyInterface(api: IrKindApi, op: IrOperation, name: string): Doc {
  const member = (k: string, optional: boolean, type: Doc) => [
    propertySignature(key(k), optional, plainType(type)),
    ";",
  ];
  const members: Doc[] = [
    ...(op.sendsConnector && api.connectorProperty !== undefined ? [member(api.connectorProperty, false, "Code")] : []),
    ...op.body.map((f) => [propertySignature(key(f.wireKey), !f.required, irTypeDoc(f.type, "wire", "grouped")), ";"]),
    member(api.configProperty, false, "Config"),
  ];
  return withComment(
    docText(`Request body of ${op.method} ${op.path}, with wire keys.`),
    interfaceDeclaration(name, members, typeParameters([["Code", "string"], ["Config"]])),
  );
}

export function emitApi(provider: IrProvider): OutputFile[] {
  const parts: (Part | true)[] = [
    same(banner(`${provider.provider}'s OpenAPI document`).trimEnd()),
    {
      ts: importDeclaration(["type KindApiSpec"], "./runtime.gen.js"),
      js: null,
    },
  ];
  for (const [i, api] of provider.kinds.entries()) {
    const n = apiNames(api.kind);
    const docs = docText(
      `How ${api.kind} are created (${api.create.method} ${api.create.path}) and updated (${api.update.method} ${api.update.path}).`,
    );
    const spec = value(kindApiSpec(api) as unknown as Value);
    if (i > 0) parts.push(true);
    parts.push(
      {
        ts: withComment(docs, constDeclaration([n.spec, ":", " ", "KindApiSpec"], spec, "fluid")),
        js: withComment(docs, constDeclaration(n.spec, spec, "fluid")),
        dts: withComment(docs, declareConst(n.spec, "KindApiSpec")),
      },
      true,
      typeOnly(
        interfaceOf(
          n.createEnvelope,
          api.create.body,
          "authoring",
          `Envelope of a create request (everything but the config), with authoring keys.`,
          { nesting: "grouped" },
        ),
      ),
      true,
      typeOnly(
        interfaceOf(
          n.createOptions,
          optionFields(api.create, false),
          "authoring",
          `Path, query and header parameters of ${api.create.method} ${api.create.path}.`,
          { nesting: "grouped" },
        ),
      ),
      true,
      typeOnly(bodyInterface(api, api.create, n.createBody)),
      true,
      typeOnly(
        interfaceOf(
          n.updateEnvelope,
          api.update.body,
          "authoring",
          `Envelope of an update request (everything but the config), with authoring keys.`,
          { nesting: "grouped" },
        ),
      ),
      true,
      typeOnly(
        interfaceOf(
          n.updateOptions,
          optionFields(api.update, true),
          "authoring",
          `Path, query and header parameters of ${api.update.method} ${api.update.path} (the id is the builder's first argument), and the current config.`,
          {
            nesting: "grouped",
            typeParameters: typeParameters([["Current"]]),
            extra: [
              withComment(
                "The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).\nLets an update resend set-once fields unchanged; without it they must be left out.",
                [propertySignature("current", true, plainType("Current")), ";"],
              ),
            ],
          },
        ),
      ),
      true,
      typeOnly(bodyInterface(api, api.update, n.updateBody)),
    );
  }
  return printModules("api.gen.ts", parts);
}
