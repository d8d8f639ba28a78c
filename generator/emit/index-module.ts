// Emitter: index.ts — registries keyed by kind and connector code, type
// re-exports, and a discriminated union over every connector.

import * as prettier from "prettier";
import { StructureKind, type StatementStructures } from "ts-morph";
import type { IrProvider } from "../ir/ir.js";
import { apiNames, optionFields } from "./api.js";
import { camelIdentifier, connectorNames, kindTypeName } from "../ir/naming.js";
import { banner, type OutputFile } from "../output/output.js";
import { PRETTIER_OPTIONS } from "../print/format.js";
import {
  constDeclaration,
  exportFrom,
  importDeclaration,
  key,
  objectType,
  plainType,
  printModule,
  Raw,
  str,
  typeDoc,
  unionAlias,
  unionType,
  value,
  withComment,
  type Doc,
  type TypeDoc,
} from "../print/pretty.js";
import { docText, printNode, propertyName, renderModule } from "../print/ts.js";

/**
 * index.ts. The parts that grow with the number of connectors (imports,
 * registries, the discriminated unions, the per-kind config maps) are printed
 * in Prettier's format directly (generator/pretty.ts); the fixed-size helpers
 * below them go through ts-morph and Prettier. Prettier formats top-level
 * statements independently, so the two halves joined are what Prettier makes
 * of the whole (a test checks it).
 */
export async function emitIndex(provider: IrProvider): Promise<OutputFile> {
  const kinds = provider.kinds.map((k) => k.kind);
  const parts: Doc[] = [banner(`${provider.provider}'s snapshot`).trimEnd()];
  for (const c of provider.connectors) {
    const n = connectorNames(c.kind, c.code);
    const from = `./${n.modulePath.replace(/\.ts$/, ".js")}`;
    parts.push(`import * as ${n.binding} from ${str(from)};`);
    parts.push(
      exportFrom([`${n.typeName}Config`, `${n.typeName}WireConfig`, `${n.typeName}UpdateConfig`], from, "export type"),
    );
  }
  parts.push(
    exportFrom(["ConfigValidationError", "deepEqual", "suggestKey"], "./runtime.gen.js"),
    exportFrom(
      ["ApiRequest", "ConnectorSpec", "KindApiSpec", "Problem", "ProblemCode", "ValidateOptions"],
      "./runtime.gen.js",
      "export type",
    ),
    `export * from ${str("./api.gen.js")};`,
    importDeclaration(["Problem"], "./runtime.gen.js", "import type"),
  );
  for (const kind of kinds) {
    const inKind = provider.connectors.filter((c) => c.kind === kind);
    const bindings = inKind.map((c) => [c.code, connectorNames(c.kind, c.code).binding] as const);
    // Written-out types keep every module's declarations computable file by file (isolatedDeclarations).
    const type = objectType(
      bindings.map(([code, binding]) => [["readonly ", key(code)], false, plainType(["typeof ", binding])]),
    );
    parts.push(
      withComment(
        docText(`${kind} connectors by code: \`${camelIdentifier(kind)}.<code>.create(...)\`.`),
        constDeclaration(
          [camelIdentifier(kind), ":", " ", typeDoc(type, "member")],
          value(Object.fromEntries(bindings.map(([code, binding]) => [code, new Raw(binding)]))),
          "fluid",
        ),
      ),
    );
  }
  const registryType = objectType(
    kinds.map((k) => [["readonly ", key(k)], false, plainType(["typeof ", camelIdentifier(k)])]),
  );
  parts.push(
    withComment(
      "Every connector module, by kind and code.",
      constDeclaration(
        ["connectors", ":", " ", typeDoc(registryType, "member")],
        value(Object.fromEntries(kinds.map((k) => [k, new Raw(camelIdentifier(k))]))),
        "fluid",
      ),
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
    unionAlias("ConnectorKind", kinds.length ? unionType(kinds.map((k) => plainType(str(k)))) : plainType("never")),
    withComment(
      "Any connector's config, discriminated by kind and connector code.",
      unionAlias("ConnectorConfig", union("Config")),
    ),
    withComment(
      "Any connector's wire config, discriminated by kind and connector code.",
      unionAlias("ConnectorWireConfig", union("WireConfig")),
    ),
  );

  // Fixed-size helpers, through ts-morph and Prettier.
  const helpers: (string | StatementStructures)[] = [
    {
      kind: StructureKind.Function,
      isExported: true,
      name: "validateConnectorConfig",
      docs: ["Validates any connector's config; an unknown kind or code is a problem too."],
      parameters: [{ name: "entry", type: "ConnectorConfig" }],
      returnType: "Problem[]",
      statements: [
        `const byCode: Readonly<Record<string, { validate(config: unknown): Problem[] } | undefined>> | undefined = (connectors as Readonly<Record<string, Readonly<Record<string, { validate(config: unknown): Problem[] }>>>>)[entry.kind];`,
        `const module = byCode !== undefined && Object.prototype.hasOwnProperty.call(byCode, entry.connector) ? byCode[entry.connector] : undefined;`,
        `if (module === undefined) return [{ path: "connector", wirePath: "connector", code: "unknown-key", message: \`connector: unknown connector \${JSON.stringify(entry.kind)}/\${JSON.stringify(entry.connector)}\` }];`,
        `return module.validate(entry.config);`,
      ],
    },
    ...defineHelpers(provider),
  ];
  const formatted = await prettier.format(renderModule(helpers), { ...PRETTIER_OPTIONS, parser: "typescript" });
  const content = `${printModule(parts)}\n${formatted}`;
  // Written-out types throughout: compiles without loading the connector modules.
  return { path: "index.ts", content, formatted: true, isolated: true };
}

/**
 * Per kind: `defineSource({ connector, name, config })` whose `config` type
 * follows the chosen connector (for `.ts` config files), and
 * `createSourceRequest(definition, options)` that feeds it to the builder.
 */
function defineHelpers(provider: IrProvider): (string | StatementStructures)[] {
  const out: (string | StatementStructures)[] = [];
  const providerName = JSON.stringify(provider.provider);
  for (const api of provider.kinds) {
    const kind = api.kind;
    const members = provider.connectors.filter((c) => c.kind === kind);
    if (members.length === 0) continue;
    const t = kindTypeName(kind);
    const names = apiNames(kind);
    const registry = camelIdentifier(kind);
    const optionsRequired = optionFields(api.create, false).some((f) => f.required);
    const kindLiteral = JSON.stringify(kind);
    out.push(
      `import type { ${names.createEnvelope}, ${names.createOptions} } from "./api.gen.js";`,
      {
        kind: StructureKind.Interface,
        isExported: true,
        name: `${t}Configs`,
        docs: [`The config type of each ${kind} connector, by connector code.`],
        properties: members.map((c) => {
          const n = connectorNames(c.kind, c.code);
          return { name: printNode(propertyName(c.code)), type: `${n.binding}.${n.typeName}Config` };
        }),
      },
      {
        kind: StructureKind.TypeAlias,
        isExported: true,
        name: `${t}Definition`,
        typeParameters: [{ name: "C", constraint: `keyof ${t}Configs`, default: `keyof ${t}Configs` }],
        docs: [`A ${kind} connector as a value: which one, its name and config, and the rest of the create body.`],
        type: `{ [K in C]: ${names.createEnvelope} & { provider: ${providerName}; kind: ${kindLiteral}; connector: K; config: ${t}Configs[K] } }[C]`,
      },
      {
        kind: StructureKind.Function,
        isExported: true,
        name: `define${t}`,
        docs: [
          `Typed helper for a config file: \`config\` is checked against the chosen \`connector\`.\n\n@example\nexport default define${t}({ connector: ${JSON.stringify(members[0]!.code)}, name: "…", config: { … } });`,
        ],
        typeParameters: [{ name: "C", constraint: `keyof ${t}Configs` }],
        parameters: [
          {
            name: "definition",
            type: `Omit<${t}Definition<C>, "provider" | "kind"> & { provider?: ${providerName}; kind?: ${kindLiteral} }`,
          },
        ],
        returnType: `${t}Definition<C>`,
        statements: [`return { ...definition, provider: ${providerName}, kind: ${kindLiteral} } as ${t}Definition<C>;`],
      },
      {
        kind: StructureKind.Function,
        isExported: true,
        name: `create${t}Request`,
        docs: [`The validated create request for a definition made with \`define${t}\`.`],
        typeParameters: [{ name: "C", constraint: `keyof ${t}Configs` }],
        parameters: [
          { name: "definition", type: `${t}Definition<C>` },
          { name: optionsRequired ? "options" : "options?", type: names.createOptions },
        ],
        returnType: `ReturnType<(typeof ${registry})[C]["create"]>`,
        statements: [
          `const { provider, kind, connector, ...input } = definition as ${t}Definition;`,
          `if (provider !== ${providerName} || kind !== ${kindLiteral} || !Object.prototype.hasOwnProperty.call(${registry}, connector)) throw new TypeError(\`not a ${provider.provider} ${kind} definition: \${JSON.stringify(provider)}/\${JSON.stringify(kind)}/\${JSON.stringify(connector)}\`);`,
          `const module = ${registry}[connector] as unknown as { create(input: object, options?: object): unknown };`,
          `return module.create(input, options) as ReturnType<(typeof ${registry})[C]["create"]>;`,
        ],
      },
    );
  }
  return out;
}
