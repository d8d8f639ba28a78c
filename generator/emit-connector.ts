// Emitter: one module per connector — authoring and wire interfaces, key maps,
// toWire/fromWire, validate, and the create/update request builders.

import { StructureKind, VariableDeclarationKind, type StatementStructures } from "ts-morph";
import { apiNames, optionFields } from "./emit-api.js";
import type { IrConnector, IrProvider } from "./ir.js";
import { connectorNames } from "./naming.js";
import { banner, type OutputFile } from "./output.js";
import { connectorSpec } from "./runtime-spec.js";
import { docText, interfaceOf, literal, printNode, propertyName, RawCode, renderModule } from "./ts.js";
import type { Spec, SpecValue } from "./runtime-spec.js";

/** Nested type specs deeper than this become constants of their own, so tsc never compares one huge literal. */
const HOIST_DEPTH = 6;

/** The spec with deep type specs replaced by references to hoisted `const nestedTypeN: TypeSpec` declarations. */
function hoistDeepTypes(spec: Spec): { spec: Spec; declarations: string[] } {
  const declarations: string[] = [];
  const visitType = (type: Spec, depth: number): Spec | RawCode => {
    const out: Spec = { ...type };
    if (Array.isArray(type.fields))
      out.fields = (type.fields as Spec[]).map((f) => ({ ...f, type: visitType(f.type as Spec, depth + 1) }) as Spec);
    if (type.items && typeof type.items === "object") out.items = visitType(type.items as Spec, depth + 1) as SpecValue;
    if (Array.isArray(type.variants))
      out.variants = (type.variants as Spec[]).map((v) => visitType(v, depth + 1)) as SpecValue[];
    if (type.additionalProperties && typeof type.additionalProperties === "object")
      out.additionalProperties = visitType(type.additionalProperties as Spec, depth + 1) as SpecValue;
    const composite = type.type === "object" || type.type === "array" || type.type === "union";
    if (!composite || depth === 0 || depth % HOIST_DEPTH !== 0) return out;
    const name = `nestedType${declarations.length + 1}`;
    declarations.push(`const ${name}: TypeSpec = ${literal(out)};`);
    return new RawCode(name);
  };
  const fields = (spec.fields as Spec[]).map((f) => ({ ...f, type: visitType(f.type as Spec, 1) }) as Spec);
  return { spec: { ...spec, fields }, declarations };
}

const constant = (name: string, initializer: string, docs?: string, type?: string): StatementStructures => ({
  kind: StructureKind.VariableStatement,
  isExported: true,
  declarationKind: VariableDeclarationKind.Const,
  ...(docs ? { docs: [docs] } : {}),
  declarations: [{ name, initializer, ...(type ? { type } : {}) }],
});

const fn = (
  name: string,
  docs: string,
  parameters: [string, string][],
  returnType: string,
  body: string,
): StatementStructures => ({
  kind: StructureKind.Function,
  isExported: true,
  name,
  docs: [docs],
  parameters: parameters.map(([pname, type]) => ({
    name: pname.replace(/\?$/, ""),
    type,
    hasQuestionToken: pname.endsWith("?"),
  })),
  returnType,
  statements: [body],
});

const alias = (name: string, type: string, docs?: string): StatementStructures => ({
  kind: StructureKind.TypeAlias,
  isExported: true,
  name,
  type,
  ...(docs ? { docs: [docs] } : {}),
});

/** The module path of a connector, without emitting it. */
export function emitConnectorPath(connector: IrConnector): string {
  return connectorNames(connector.kind, connector.code).modulePath;
}

export function emitConnector(provider: IrProvider, connector: IrConnector): OutputFile {
  const names = connectorNames(connector.kind, connector.code);
  const api = provider.kinds.find((k) => k.kind === connector.kind)!;
  const a = apiNames(connector.kind);
  const t = names.typeName;
  const up = "../".repeat(names.modulePath.split("/").length - 1);
  const setOnce = connector.fields.filter((f) => f.setOnce);
  const codeType = printNode(propertyName(connector.code)).startsWith('"')
    ? JSON.stringify(connector.code)
    : JSON.stringify(connector.code);
  const label = `${connector.displayName} ${connector.kind} connector (${JSON.stringify(connector.code)})`;
  const about = [
    connector.displayName,
    connector.description,
    connector.comingSoon ? "Coming soon: listed by the provider but not deployable yet." : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
  const createOptionsRequired = optionFields(api.create, false).some((f) => f.required);
  const hoisted = hoistDeepTypes(connectorSpec(connector));
  const updateOptionsRequired = optionFields(api.update, true).some((f) => f.required);

  const statements: (string | StatementStructures)[] = [
    banner(`${provider.provider}/${connector.source.file}`),
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `${up}runtime.gen.js`,
      namedImports: [
        "buildCreateRequest",
        "buildUpdateRequest",
        "configFromWire",
        "configToWire",
        "validateConfig",
        "validateWireConfig",
        { name: "ApiRequest", isTypeOnly: true },
        { name: "ConnectorSpec", isTypeOnly: true },
        { name: "Problem", isTypeOnly: true },
        ...(hoisted.declarations.length > 0 ? [{ name: "TypeSpec", isTypeOnly: true }] : []),
        { name: "ValidateOptions", isTypeOnly: true },
      ],
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `${up}api.gen.js`,
      namedImports: [
        a.spec,
        ...[a.createBody, a.createEnvelope, a.createOptions, a.updateBody, a.updateEnvelope, a.updateOptions].map(
          (name) => ({ name, isTypeOnly: true }),
        ),
      ],
    },
    constant("kind", `${JSON.stringify(connector.kind)} as const`),
    constant("code", `${codeType} as const`),
    constant("displayName", JSON.stringify(connector.displayName)),
    interfaceOf(
      `${t}Config`,
      connector.fields,
      "authoring",
      `${about}\n\nConfig with authoring keys (camelCase); \`toWire\` maps them to the API's keys.`,
    ),
    interfaceOf(
      `${t}WireConfig`,
      connector.fields,
      "wire",
      `${label} config exactly as the API sends and receives it.`,
      {
        extra: (connector.constants ?? []).map((k) => ({
          name: printNode(propertyName(k.wireKey)),
          type: literal(k.value),
          docs: ["Names the connector; filled in by `toWire` and the builders."],
        })),
      },
    ),
    alias(
      `${t}UpdateConfig`,
      setOnce.length === 0
        ? `${t}Config`
        : `Omit<${t}Config, ${setOnce.map((f) => JSON.stringify(f.key)).join(" | ")}> & Partial<Pick<${t}Config, ${setOnce.map((f) => JSON.stringify(f.key)).join(" | ")}>>`,
      "Config accepted by an update: set-once fields may be left out (the server keeps them).",
    ),
    alias("Config", `${t}Config`),
    alias("WireConfig", `${t}WireConfig`),
    alias("UpdateConfig", `${t}UpdateConfig`),
    alias(
      "CreateInput",
      `${a.createEnvelope} & { config: ${t}Config }`,
      "Input of `create`: the envelope and the config.",
    ),
    alias(
      "UpdateInput",
      `${a.updateEnvelope} & { config: ${t}UpdateConfig }`,
      "Input of `update`: the envelope and the config.",
    ),
    constant(
      "keyMap",
      `${literal(Object.fromEntries(connector.fields.map((f) => [f.key, f.wireKey])))} as const`,
      "Authoring key → wire key.",
    ),
    constant(
      "wireKeyMap",
      `${literal(Object.fromEntries(connector.fields.map((f) => [f.wireKey, f.key])))} as const`,
      "Wire key → authoring key.",
    ),
    ...hoisted.declarations,
    constant(
      "spec",
      literal(hoisted.spec),
      "What validation and re-keying check; generated from the schema.",
      "ConnectorSpec",
    ),
    fn(
      "toWire",
      "Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys.",
      [["config", `${t}Config`]],
      `${t}WireConfig`,
      `return configToWire<${t}WireConfig>(spec, config);`,
    ),
    fn(
      "fromWire",
      "Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as\nstrings are read as integers; unknown keys throw.",
      [["wire", `${t}WireConfig | Readonly<Record<string, unknown>>`]],
      `${t}Config`,
      `return configFromWire<${t}Config>(spec, wire);`,
    ),
    fn(
      "validate",
      "Every problem with an authoring config (empty when valid). Secret values are never echoed.",
      [
        ["config", "unknown"],
        ["options?", "ValidateOptions"],
      ],
      "Problem[]",
      "return validateConfig(spec, config, options);",
    ),
    fn(
      "validateWire",
      "Every problem with a wire config (empty when valid).",
      [
        ["wire", "unknown"],
        ["options?", "ValidateOptions"],
      ],
      "Problem[]",
      "return validateWireConfig(spec, wire, options);",
    ),
    fn(
      "isValid",
      "True when `config` is a valid authoring config.",
      [["config", "unknown"]],
      `config is ${t}Config`,
      "return validateConfig(spec, config).length === 0;",
    ),
    fn(
      "create",
      docText(
        `A validated ${api.create.method} ${api.create.path} request for this connector. Throws \`ConfigValidationError\` listing every problem.`,
      ),
      [
        ["input", "CreateInput"],
        [createOptionsRequired ? "options" : "options?", a.createOptions],
      ],
      `ApiRequest<${a.createBody}<typeof code, ${t}WireConfig>>`,
      `return buildCreateRequest(${a.spec}, spec, input, options);`,
    ),
    fn(
      "update",
      docText(
        `A validated ${api.update.method} ${api.update.path} request. Set-once fields must be left out or equal \`options.current\`.`,
      ),
      [
        ["id", "string"],
        ["input", "UpdateInput"],
        [updateOptionsRequired ? "options" : "options?", `${a.updateOptions}<${t}Config>`],
      ],
      `ApiRequest<${a.updateBody}<typeof code, ${t}WireConfig>>`,
      `return buildUpdateRequest(${a.spec}, spec, id, input, options);`,
    ),
  ];
  return { path: names.modulePath, content: renderModule(statements) };
}
