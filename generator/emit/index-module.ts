// Emitter: index.ts — registries keyed by kind and connector code, type
// re-exports, a discriminated union over every connector, and the typed
// helpers for config files — with its dist/ JavaScript and declarations,
// printed by generator/print/pretty.ts.

import type { IrKindApi, IrProvider } from "../ir/ir.js";
import { apiNames, optionFields } from "./api-names.js";
import { camelIdentifier, connectorNames, kindTypeName } from "../ir/naming.js";
import type { OutputFile } from "../output/output.js";
import { banner } from "../output/output.js";
import { docText } from "../print/ir-types.js";
import {
  constDeclaration,
  declareConst,
  exportFrom,
  functionDeclaration,
  group,
  hardline,
  ifBreak,
  importDeclaration,
  indent,
  indentIfBreak,
  interfaceDeclaration,
  intersectionType,
  join,
  key,
  line,
  objectExpression,
  objectType,
  plainType,
  printModules,
  property,
  propertySignature,
  Raw,
  same,
  softline,
  str,
  templateText,
  typeAlias,
  typeDoc,
  typeOnly,
  typeParameters,
  typeReference,
  unionAlias,
  unionType,
  value,
  withComment,
  type Doc,
  type Part,
  type TypeDoc,
} from "../print/pretty.js";

/** Fixed text, already in Prettier's layout at the top level of a module. */
const lines = (text: string[]): Doc => join(hardline, text);

const validateDocs = "Validates any connector's config; an unknown kind or code is a problem too.";
const validateBody = [
  "  const module =",
  "    byCode !== undefined && Object.prototype.hasOwnProperty.call(byCode, entry.connector)",
  "      ? byCode[entry.connector]",
  "      : undefined;",
  "  if (module === undefined)",
  "    return [",
  "      {",
  '        path: "connector",',
  '        wirePath: "connector",',
  '        code: "unknown-key",',
  "        message: `connector: unknown connector ${JSON.stringify(entry.kind)}/${JSON.stringify(entry.connector)}`,",
  "      },",
  "    ];",
  "  return module.validate(entry.config);",
  "}",
];

/** `validateConnectorConfig`: the same for every provider. */
const validateConnectorConfig: Part = {
  ts: withComment(
    validateDocs,
    lines([
      "export function validateConnectorConfig(entry: ConnectorConfig): Problem[] {",
      "  const byCode: Readonly<Record<string, { validate(config: unknown): Problem[] } | undefined>> | undefined = (",
      "    connectors as Readonly<Record<string, Readonly<Record<string, { validate(config: unknown): Problem[] }>>>>",
      "  )[entry.kind];",
      ...validateBody,
    ]),
  ),
  js: withComment(
    validateDocs,
    lines([
      "export function validateConnectorConfig(entry) {",
      "  const byCode = connectors[entry.kind];",
      ...validateBody,
    ]),
  ),
  dts: withComment(validateDocs, "export declare function validateConnectorConfig(entry: ConnectorConfig): Problem[];"),
};

export function emitIndex(provider: IrProvider): OutputFile[] {
  const kinds = provider.kinds.map((k) => k.kind);
  const parts: (Part | true)[] = [same(banner(`${provider.provider}'s snapshot`).trimEnd())];
  for (const c of provider.connectors) {
    const n = connectorNames(c.kind, c.code);
    const from = `./${n.modulePath.replace(/\.ts$/, ".js")}`;
    parts.push(
      same(["import * as ", n.binding, " from ", str(from), ";"]),
      typeOnly(
        exportFrom(
          [`${n.typeName}Config`, `${n.typeName}WireConfig`, `${n.typeName}UpdateConfig`],
          from,
          "export type",
        ),
      ),
    );
  }
  parts.push(
    same(exportFrom(["ConfigValidationError", "deepEqual", "suggestKey"], "./runtime.gen.js")),
    typeOnly(
      exportFrom(
        ["ApiRequest", "ConnectorSpec", "KindApiSpec", "Problem", "ProblemCode", "ValidateOptions"],
        "./runtime.gen.js",
        "export type",
      ),
    ),
    same(["export * from ", str("./api.gen.js"), ";"]),
    typeOnly(importDeclaration(["Problem"], "./runtime.gen.js", "import type")),
  );
  for (const kind of kinds) {
    const inKind = provider.connectors.filter((c) => c.kind === kind);
    const bindings = inKind.map((c) => [c.code, connectorNames(c.kind, c.code).binding] as const);
    // Written-out types keep every module's declarations computable file by file (isolatedDeclarations).
    const type = objectType(
      bindings.map(([code, binding]) => [["readonly ", key(code)], false, plainType(["typeof ", binding])]),
    );
    parts.push(
      registry(
        docText(`${kind} connectors by code: \`${camelIdentifier(kind)}.<code>.create(...)\`.`),
        camelIdentifier(kind),
        type,
        value(Object.fromEntries(bindings.map(([code, binding]) => [code, new Raw(binding)]))),
      ),
    );
  }
  parts.push(
    registry(
      "Every connector module, by kind and code.",
      "connectors",
      objectType(kinds.map((k) => [["readonly ", key(k)], false, plainType(["typeof ", camelIdentifier(k)])])),
      value(Object.fromEntries(kinds.map((k) => [k, new Raw(camelIdentifier(k))]))),
    ),
  );
  const union = (suffix: string): TypeDoc =>
    provider.connectors.length === 0
      ? plainType("never")
      : unionType(
          provider.connectors.map((c) => {
            const n = connectorNames(c.kind, c.code);
            return objectType([
              ["kind", false, plainType(str(c.kind))],
              ["connector", false, plainType(str(c.code))],
              ["config", false, plainType(`${n.binding}.${n.typeName}${suffix}`)],
            ]);
          }),
        );
  parts.push(
    typeOnly(
      unionAlias("ConnectorKind", kinds.length ? unionType(kinds.map((k) => plainType(str(k)))) : plainType("never")),
    ),
    typeOnly(
      withComment(
        "Any connector's config, discriminated by kind and connector code.",
        unionAlias("ConnectorConfig", union("Config")),
      ),
    ),
    typeOnly(
      withComment(
        "Any connector's wire config, discriminated by kind and connector code.",
        unionAlias("ConnectorWireConfig", union("WireConfig")),
      ),
    ),
    true,
    validateConnectorConfig,
  );
  for (const api of provider.kinds) parts.push(...defineHelpers(provider, api));
  return printModules("index.ts", parts);
}

/** `export const name: { … } = { … };`, its JavaScript, and its declaration. */
function registry(docs: string, name: string, type: TypeDoc, object: Doc): Part {
  return {
    ts: withComment(docs, constDeclaration([name, ":", " ", typeDoc(type, "member")], object, "fluid")),
    js: withComment(docs, constDeclaration(name, object, "fluid")),
    dts: withComment(docs, declareConst(name, typeDoc(type, "member"))),
  };
}

/** `left !== right`, as one operand of a `||` chain. */
const notEqual = (left: string, right: Doc): Doc => group([group(left), indent([" ", group(["!==", line, right])])]);

/** `Object.prototype.hasOwnProperty.call(object, property)` */
const hasOwn = (object: string, property: string): Doc => [
  "Object.prototype.hasOwnProperty.call",
  group(["(", indent([softline, object, ",", line, property]), ifBreak(","), softline, ")"]),
];

/** `(typeof registry)[C]["create"]` inside `ReturnType<…>`. */
const createReturn = (registryName: string): Doc =>
  typeReference("ReturnType", [["(typeof ", registryName, ')[C]["create"]']]);

/**
 * Per kind: `defineSource({ connector, name, config })` whose `config` type
 * follows the chosen connector (for `.ts` config files), and
 * `createSourceRequest(definition, options)` that feeds it to the builder.
 */
function defineHelpers(provider: IrProvider, api: IrKindApi): (Part | true)[] {
  const kind = api.kind;
  const members = provider.connectors.filter((c) => c.kind === kind);
  if (members.length === 0) return [];
  const t = kindTypeName(kind);
  const names = apiNames(kind);
  const registryName = camelIdentifier(kind);
  const optionsRequired = optionFields(api.create, false).some((f) => f.required);
  const providerLiteral = str(provider.provider);
  const kindLiteral = str(kind);
  const configs = `${t}Configs`;
  const definition = `${t}Definition`;
  const generic = typeParameters([["C", `keyof ${configs}`]]);
  const defineDocs = `Typed helper for a config file: \`config\` is checked against the chosen \`connector\`.\n\n@example\nexport default define${t}({ connector: ${docText(JSON.stringify(members[0]!.code))}, name: "…", config: { … } });`;
  const createDocs = `The validated create request for a definition made with \`define${t}\`.`;
  const defineParameters: [string, boolean, TypeDoc][] = [
    [
      "definition",
      false,
      plainType(
        intersectionType(
          [
            typeReference("Omit", [
              `${definition}<C>`,
              typeDoc(unionType([plainType('"provider"'), plainType('"kind"')]), "argument"),
            ]),
            typeDoc(
              objectType([
                ["provider", true, plainType(providerLiteral)],
                ["kind", true, plainType(kindLiteral)],
              ]),
              "member",
            ),
          ],
          [false, true],
        ),
      ),
    ],
  ];
  const defined = objectExpression([
    ["...", "definition"],
    property("provider", provider.provider),
    property("kind", kind),
  ]);
  const createParameters: [string, boolean, TypeDoc][] = [
    ["definition", false, plainType(`${definition}<C>`)],
    ["options", !optionsRequired, plainType(names.createOptions)],
  ];
  const assignment = (left: Doc, right: Doc): Doc => {
    const id = Symbol("assignment");
    return group([
      "const ",
      group([left, " =", group(indent(line), { id }), indentIfBreak(right, { groupId: id })]),
      ";",
    ]);
  };
  const createBody = (typed: boolean): Doc => [
    assignment(
      objectExpression(["provider", "kind", "connector", ["...", "input"]], true),
      typed ? ["definition as ", definition] : "definition",
    ),
    hardline,
    group([
      "if (",
      group([
        indent([
          softline,
          group(notEqual("provider", providerLiteral)),
          " ||",
          line,
          notEqual("kind", kindLiteral),
          " ||",
          line,
          "!",
          group(hasOwn(registryName, "connector")),
        ]),
        softline,
      ]),
      ")",
      indent([
        line,
        "throw new TypeError",
        group([
          "(",
          indent([
            softline,
            "`",
            `not a ${templateText(provider.provider)} ${templateText(kind)} definition: `,
            "${JSON.stringify(provider)}/${JSON.stringify(kind)}/${JSON.stringify(connector)}",
            "`",
          ]),
          ifBreak(","),
          softline,
          ")",
        ]),
        ";",
      ]),
    ]),
    hardline,
    typed
      ? assignment("module", [
          registryName,
          group(["[", indent([softline, "connector"]), softline, "]"]),
          " as unknown as ",
          // `{ create(input: object, options?: object): unknown }`
          group([
            "{",
            indent([
              line,
              group([
                "create(",
                indent([softline, "input: object,", line, "options?: object"]),
                ifBreak(","),
                softline,
                "): unknown",
              ]),
              ifBreak(";"),
            ]),
            line,
            "}",
          ]),
        ])
      : group([
          "const ",
          group([
            "module",
            " =",
            group(indent([line, registryName, group(["[", indent([softline, "connector"]), softline, "]"])])),
          ]),
          ";",
        ]),
    hardline,
    "return module.create",
    group(["(", indent([softline, "input,", line, "options"]), ifBreak(","), softline, ")"]),
    typed ? [" as ", createReturn(registryName)] : "",
    ";",
  ];
  return [
    true,
    typeOnly(importDeclaration([names.createEnvelope, names.createOptions], "./api.gen.js", "import type")),
    true,
    typeOnly(
      withComment(
        docText(`The config type of each ${kind} connector, by connector code.`),
        interfaceDeclaration(
          configs,
          members.map((c) => {
            const n = connectorNames(c.kind, c.code);
            return [propertySignature(key(c.code), false, plainType(`${n.binding}.${n.typeName}Config`)), ";"];
          }),
        ),
      ),
    ),
    true,
    typeOnly(
      withComment(
        docText(`A ${kind} connector as a value: which one, its name and config, and the rest of the create body.`),
        typeAlias(
          definition,
          [
            group([
              "{",
              indent([
                line,
                group([
                  group(["[", indent([softline, "K in C"]), softline, "]"]),
                  ": ",
                  intersectionType(
                    [
                      names.createEnvelope,
                      typeDoc(
                        objectType([
                          ["provider", false, plainType(providerLiteral)],
                          ["kind", false, plainType(kindLiteral)],
                          ["connector", false, plainType("K")],
                          ["config", false, plainType(`${configs}[K]`)],
                        ]),
                        "member",
                      ),
                    ],
                    [false, true],
                  ),
                ]),
                ifBreak(";"),
              ]),
              line,
              "}",
            ]),
            "[C]",
          ],
          typeParameters([["C", `keyof ${configs}`, `keyof ${configs}`]]),
        ),
      ),
    ),
    true,
    {
      ts: withComment(
        defineDocs,
        functionDeclaration(
          `define${t}`,
          defineParameters,
          `${definition}<C>`,
          ["return ", defined, " as ", definition, "<C>;"],
          generic,
        ),
      ),
      js: withComment(
        defineDocs,
        functionDeclaration(`define${t}`, defineParameters, undefined, ["return ", defined, ";"]),
      ),
      dts: withComment(
        defineDocs,
        functionDeclaration(`define${t}`, defineParameters, `${definition}<C>`, undefined, generic),
      ),
    },
    true,
    {
      ts: withComment(
        createDocs,
        functionDeclaration(
          `create${t}Request`,
          createParameters,
          createReturn(registryName),
          createBody(true),
          generic,
        ),
      ),
      js: withComment(
        createDocs,
        functionDeclaration(`create${t}Request`, createParameters, undefined, createBody(false)),
      ),
      dts: withComment(
        createDocs,
        functionDeclaration(`create${t}Request`, createParameters, createReturn(registryName), undefined, generic),
      ),
    },
  ];
}
