// Emitter: index.ts — registries keyed by kind and connector code, type
// re-exports, and a discriminated union over every connector.

import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import type { IrProvider } from "./ir.js";
import { camelIdentifier, connectorNames } from "./naming.js";
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
    const members = provider.connectors
      .filter((c) => c.kind === kind)
      .map((c) => `${printNode(propertyName(c.code))}: ${connectorNames(c.kind, c.code).binding}`);
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`${kind} connectors by code: \`${camelIdentifier(kind)}.<code>.create(...)\`.`],
      declarations: [{ name: camelIdentifier(kind), initializer: `{ ${members.join(", ")} } as const` }],
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
        initializer: `{ ${kinds.map((k) => `${printNode(propertyName(k))}: ${camelIdentifier(k)}`).join(", ")} } as const`,
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
  return { path: "index.ts", content: renderModule(statements) };
}
