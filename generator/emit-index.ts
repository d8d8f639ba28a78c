// Emitter: index.ts — registries keyed by kind and connector code, type
// re-exports, and a discriminated union over every connector.

import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { IrProvider } from "./ir.js";
import { apiNames, optionFields } from "./emit-api.js";
import { camelIdentifier, connectorNames, kindTypeName } from "./naming.js";
import { banner, type OutputFile } from "./output.js";
import { printNode, propertyName, renderModule } from "./ts.js";

export function emitIndex(provider: IrProvider): OutputFile {
  const kinds = provider.kinds.map((k) => k.kind);
  const statements: (string | StatementStructures)[] = [banner(`${provider.provider}'s snapshot`)];
  for (const c of provider.connectors) {
    const n = connectorNames(c.kind, c.code);
    const from = `./${n.modulePath.replace(/\.ts$/, ".js")}`;
    statements.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: from, namespaceImport: n.binding });
    statements.push({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: from,
      isTypeOnly: true,
      namedExports: [`${n.typeName}Config`, `${n.typeName}WireConfig`, `${n.typeName}UpdateConfig`],
    });
  }
  statements.push(
    `export { ConfigValidationError, deepEqual, suggestKey } from "./runtime.gen.js";`,
    `export type { ApiRequest, ConnectorSpec, KindApiSpec, Problem, ProblemCode, ValidateOptions } from "./runtime.gen.js";`,
    `export * from "./api.gen.js";`,
    `import type { Problem } from "./runtime.gen.js";`,
  );
  for (const kind of kinds) {
    const inKind = provider.connectors.filter((c) => c.kind === kind);
    const members = inKind.map((c) => `${printNode(propertyName(c.code))}: ${connectorNames(c.kind, c.code).binding}`);
    // Written-out types keep every module's declarations computable file by file (isolatedDeclarations).
    const memberTypes = inKind.map(
      (c) => `readonly ${printNode(propertyName(c.code))}: typeof ${connectorNames(c.kind, c.code).binding}`,
    );
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`${kind} connectors by code: \`${camelIdentifier(kind)}.<code>.create(...)\`.`],
      declarations: [
        {
          name: camelIdentifier(kind),
          type: `{ ${memberTypes.join("; ")} }`,
          initializer: `{ ${members.join(", ")} }`,
        },
      ],
    });
  }
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Every connector module, by kind and code."],
    declarations: [
      {
        name: "connectors",
        type: `{ ${kinds.map((k) => `readonly ${printNode(propertyName(k))}: typeof ${camelIdentifier(k)}`).join("; ")} }`,
        initializer: `{ ${kinds.map((k) => `${printNode(propertyName(k))}: ${camelIdentifier(k)}`).join(", ")} }`,
      },
    ],
  });
  const union = (suffix: string) =>
    provider.connectors.length === 0
      ? "never"
      : provider.connectors
          .map(
            (c) =>
              `{ kind: ${JSON.stringify(c.kind)}; connector: ${JSON.stringify(c.code)}; config: ${connectorNames(c.kind, c.code).binding}.${connectorNames(c.kind, c.code).typeName}${suffix} }`,
          )
          .join(" | ");
  statements.push(
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ConnectorKind",
      type: kinds.length ? kinds.map((k) => JSON.stringify(k)).join(" | ") : "never",
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ConnectorConfig",
      type: union("Config"),
      docs: ["Any connector's config, discriminated by kind and connector code."],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: "ConnectorWireConfig",
      type: union("WireConfig"),
      docs: ["Any connector's wire config, discriminated by kind and connector code."],
    },
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
  );
  statements.push(...defineHelpers(provider));
  // Written-out types throughout: compiles without loading the connector modules.
  return { path: "index.ts", content: renderModule(statements), isolated: true };
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
