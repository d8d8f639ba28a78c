// Emitter: api.gen.ts — per connector kind, the create/update operation specs
// and the envelope types (everything in a request except the config itself).

import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { IrField, IrKindApi, IrOperation, IrProvider } from "../ir/ir.js";
import { camelIdentifier, kindTypeName } from "../ir/naming.js";
import { banner, type OutputFile } from "../output/output.js";
import { kindApiSpec } from "./runtime-spec.js";
import { docText, interfaceOf, literal, printNode, propertyName, renderModule, typeText } from "../print/ts.js";

/** Names of the per-kind declarations in api.gen.ts, shared with the connector emitter. */
export function apiNames(kind: string) {
  const t = kindTypeName(kind);
  return {
    spec: `${camelIdentifier(kind)}Api`,
    createEnvelope: `${t}CreateEnvelope`,
    createOptions: `${t}CreateOptions`,
    createBody: `${t}CreateBody`,
    updateEnvelope: `${t}UpdateEnvelope`,
    updateOptions: `${t}UpdateOptions`,
    updateBody: `${t}UpdateBody`,
  };
}

/** Options of a builder: path parameters (but the id), query parameters and headers. */
export function optionFields(op: IrOperation, isUpdate: boolean): IrField[] {
  return [...(isUpdate ? op.pathParams.slice(0, -1) : op.pathParams), ...op.query, ...op.headers];
}

function bodyInterface(api: IrKindApi, op: IrOperation, name: string): StatementStructures {
  const wireName = (f: IrField) => printNode(propertyName(f.wireKey));
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    typeParameters: ["Code extends string", "Config"],
    docs: [docText(`Request body of ${op.method} ${op.path}, with wire keys.`)],
    properties: [
      ...(op.sendsConnector && api.connectorProperty !== undefined
        ? [{ name: printNode(propertyName(api.connectorProperty)), type: "Code" }]
        : []),
      ...op.body.map((f) => ({ name: wireName(f), type: typeText(f.type, "wire"), hasQuestionToken: !f.required })),
      { name: printNode(propertyName(api.configProperty)), type: "Config" },
    ],
  };
}

export function emitApi(provider: IrProvider): OutputFile {
  const statements: (string | StatementStructures)[] = [
    banner(`${provider.provider}'s OpenAPI document`),
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime.gen.js",
      namedImports: [{ name: "KindApiSpec", isTypeOnly: true }],
    },
  ];
  for (const api of provider.kinds) {
    const n = apiNames(api.kind);
    const createOptions = optionFields(api.create, false);
    const updateOptions = optionFields(api.update, true);
    statements.push(
      {
        kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: [
          docText(
            `How ${api.kind} are created (${api.create.method} ${api.create.path}) and updated (${api.update.method} ${api.update.path}).`,
          ),
        ],
        declarations: [{ name: n.spec, type: "KindApiSpec", initializer: literal(kindApiSpec(api)) }],
      },
      interfaceOf(
        n.createEnvelope,
        api.create.body,
        "authoring",
        `Envelope of a create request (everything but the config), with authoring keys.`,
      ),
      interfaceOf(
        n.createOptions,
        createOptions,
        "authoring",
        `Path, query and header parameters of ${api.create.method} ${api.create.path}.`,
      ),
      bodyInterface(api, api.create, n.createBody),
      interfaceOf(
        n.updateEnvelope,
        api.update.body,
        "authoring",
        `Envelope of an update request (everything but the config), with authoring keys.`,
      ),
      interfaceOf(
        n.updateOptions,
        updateOptions,
        "authoring",
        `Path, query and header parameters of ${api.update.method} ${api.update.path} (the id is the builder's first argument), and the current config.`,
        {
          typeParameters: ["Current"],
          extra: [
            {
              name: "current",
              type: "Current",
              hasQuestionToken: true,
              docs: [
                "The connector's current config (authoring keys, e.g. from `fromWire` of a GET response).\nLets an update resend set-once fields unchanged; without it they must be left out.",
              ],
            },
          ],
        },
      ),
      bodyInterface(api, api.update, n.updateBody),
    );
  }
  return { path: "api.gen.ts", content: renderModule(statements), isolated: true };
}
