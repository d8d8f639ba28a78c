// Emitter: one module per connector — authoring and wire interfaces, key maps,
// toWire/fromWire, validate, and the create/update request builders. Printed
// in Prettier's format directly (generator/pretty.ts): the format stage skips
// these files, which are most of the output.

import { apiNames, optionFields } from "./emit-api.js";
import type { IrConnector, IrField, IrProvider, IrType, JsonValue } from "./ir.js";
import { connectorNames } from "./naming.js";
import { banner, type OutputFile } from "./output.js";
import {
  arrayType,
  call,
  constDeclaration,
  functionDeclaration,
  importDeclaration,
  interfaceDeclaration,
  intersectionType,
  key,
  num,
  objectType,
  plainType,
  printModule,
  propertySignature,
  Raw,
  str,
  typeAlias,
  typeDoc,
  typeReference,
  unionType,
  value,
  withComment,
  hardline,
  type Doc,
  type TypeDoc,
  type Value,
} from "./pretty.js";
import { connectorSpec } from "./runtime-spec.js";
import type { Spec, SpecValue } from "./runtime-spec.js";
import { describeConditions, docText, fieldDoc, isOptional, type Side } from "./ts.js";

/** Nested type specs deeper than this become constants of their own, so tsc never compares one huge literal. */
const HOIST_DEPTH = 6;

/** The spec with deep type specs replaced by references to hoisted `const nestedTypeN: TypeSpec` declarations. */
function hoistDeepTypes(spec: Spec): { spec: Spec; declarations: Doc[] } {
  const declarations: Doc[] = [];
  const visitType = (type: Spec, depth: number): Spec | Raw => {
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
    declarations.push(constDeclaration([name, ":", " ", "TypeSpec"], value(out as Value), "fluid", false));
    return new Raw(name);
  };
  const fields = (spec.fields as Spec[]).map((f) => ({ ...f, type: visitType(f.type as Spec, 1) }) as Spec);
  return { spec: { ...spec, fields }, declarations };
}

/** A literal type for a constant; false when it is not a primitive (then Prettier formats the module). */
function literalType(v: JsonValue): TypeDoc | false {
  if (v === null) return plainType("null");
  if (typeof v === "string") return plainType(str(v));
  if (typeof v === "number") return plainType(num(v));
  if (typeof v === "boolean") return plainType(v ? "true" : "false");
  return false;
}

/** The TypeScript type of an IR type, on the authoring or the wire side. */
export function irTypeDoc(type: IrType, side: Side): TypeDoc {
  let t: TypeDoc;
  if ("enum" in type && type.enum && type.enum.length > 0) {
    t = unionType(type.enum.map((o) => literalType(o.value) as TypeDoc));
  } else {
    switch (type.type) {
      case "string":
      case "boolean":
      case "unknown":
        t = plainType(type.type);
        break;
      case "integer":
      case "number":
        t = plainType("number");
        break;
      case "array":
        t = arrayType(irTypeDoc(type.items, side));
        break;
      case "union":
        t = unionType(type.variants.map((v) => irTypeDoc(v, side)));
        break;
      case "object":
        t = objectType(
          type.fields.map((f) => [key(side === "wire" ? f.wireKey : f.key), isOptional(f), irTypeDoc(f.type, side)]),
          type.additionalProperties === false
            ? undefined
            : type.fields.length > 0
              ? plainType("unknown")
              : irTypeDoc(type.additionalProperties, side),
        );
        break;
    }
  }
  return type.nullable ? unionType([t, plainType("null")]) : t;
}

function interfaceOf(name: string, fields: readonly IrField[], side: Side, docs: string, extra: Doc[] = []): Doc {
  const members = fields.map((f) =>
    withComment(fieldDoc(f, describeConditions), [
      propertySignature(key(side === "wire" ? f.wireKey : f.key), isOptional(f), irTypeDoc(f.type, side)),
      ";",
    ]),
  );
  return withComment(docText(docs), interfaceDeclaration(name, [...extra, ...members]));
}

/** Always fits a line: printed as the one line Prettier would leave it. */
const isValidBody = "return validateConfig(spec, config).length === 0;";

/** The module path of a connector, without emitting it. */
export function emitConnectorPath(connector: IrConnector): string {
  return connectorNames(connector.kind, connector.code).modulePath;
}

export function emitConnector(provider: IrProvider, connector: IrConnector): OutputFile & { formatted: boolean } {
  const names = connectorNames(connector.kind, connector.code);
  const api = provider.kinds.find((k) => k.kind === connector.kind)!;
  const a = apiNames(connector.kind);
  const t = names.typeName;
  const up = "../".repeat(names.modulePath.split("/").length - 1);
  const setOnce = connector.fields.filter((f) => f.setOnce);
  const label = `${connector.displayName} ${connector.kind} connector (${JSON.stringify(connector.code)})`;
  const about = [
    connector.displayName,
    connector.description,
    connector.comingSoon ? "Coming soon: listed by the provider but not deployable yet." : undefined,
  ]
    .filter(Boolean)
    .join("\n\n");
  const createOptionsRequired = optionFields(api.create, false).some((f) => f.required);
  const updateOptionsRequired = optionFields(api.update, true).some((f) => f.required);
  const hoisted = hoistDeepTypes(connectorSpec(connector));
  const constants = (connector.constants ?? []).map((k) => ({ k, type: literalType(k.value) }));
  // A constant that is not a primitive has no layout here: Prettier formats such a module.
  const formatted = constants.every((c) => c.type !== false);
  const setOnceKeys = () => {
    const keys = setOnce.map((f) => plainType(str(f.key)));
    return typeDoc(unionType(keys), "argument");
  };
  const typeName = (name: string) => plainType(name);

  const parts: (Doc | true)[] = [
    [banner(`${provider.provider}/${connector.source.file}`).trimEnd()],
    importDeclaration(
      [
        "buildCreateRequest",
        "buildUpdateRequest",
        "configFromWire",
        "configToWire",
        "validateConfig",
        "validateWireConfig",
        "type ApiRequest",
        "type ConnectorSpec",
        "type Problem",
        ...(hoisted.declarations.length > 0 ? ["type TypeSpec"] : []),
        "type ValidateOptions",
      ],
      `${up}runtime.gen.js`,
    ),
    importDeclaration(
      [
        a.spec,
        ...[a.createBody, a.createEnvelope, a.createOptions, a.updateBody, a.updateEnvelope, a.updateOptions].map(
          (name) => `type ${name}`,
        ),
      ],
      `${up}api.gen.js`,
    ),
    constDeclaration("kind", [str(connector.kind), " as const"], "fluid"),
    constDeclaration("code", [str(connector.code), " as const"], "fluid"),
    constDeclaration("displayName", str(connector.displayName), "break-after-operator"),
    true,
    interfaceOf(
      `${t}Config`,
      connector.fields,
      "authoring",
      `${about}\n\nConfig with authoring keys (camelCase); \`toWire\` maps them to the API's keys.`,
    ),
    true,
    interfaceOf(
      `${t}WireConfig`,
      connector.fields,
      "wire",
      `${label} config exactly as the API sends and receives it.`,
      constants.map(({ k, type }) =>
        withComment("Names the connector; filled in by `toWire` and the builders.", [
          propertySignature(key(k.wireKey), false, type || plainType("unknown")),
          ";",
        ]),
      ),
    ),
    true,
    withComment(
      "Config accepted by an update: set-once fields may be left out (the server keeps them).",
      typeAlias(
        `${t}UpdateConfig`,
        setOnce.length === 0
          ? `${t}Config`
          : intersectionType(
              [
                typeReference("Omit", [`${t}Config`, setOnceKeys()]),
                typeReference("Partial", [typeReference("Pick", [`${t}Config`, setOnceKeys()])]),
              ],
              [false, false],
            ),
      ),
    ),
    typeAlias("Config", `${t}Config`),
    typeAlias("WireConfig", `${t}WireConfig`),
    typeAlias("UpdateConfig", `${t}UpdateConfig`),
    withComment(
      "Input of `create`: the envelope and the config.",
      typeAlias(
        "CreateInput",
        intersectionType(
          [a.createEnvelope, typeDoc(objectType([["config", false, typeName(`${t}Config`)]]), "member")],
          [false, true],
        ),
      ),
    ),
    withComment(
      "Input of `update`: the envelope and the config.",
      typeAlias(
        "UpdateInput",
        intersectionType(
          [a.updateEnvelope, typeDoc(objectType([["config", false, typeName(`${t}UpdateConfig`)]]), "member")],
          [false, true],
        ),
      ),
    ),
    withComment(
      "Authoring key → wire key.",
      constDeclaration(
        "keyMap",
        [value(Object.fromEntries(connector.fields.map((f) => [f.key, f.wireKey]))), " as const"],
        "fluid",
      ),
    ),
    withComment(
      "Wire key → authoring key.",
      constDeclaration(
        "wireKeyMap",
        [value(Object.fromEntries(connector.fields.map((f) => [f.wireKey, f.key]))), " as const"],
        "fluid",
      ),
    ),
    ...hoisted.declarations,
    withComment(
      "What validation and re-keying check; generated from the schema.",
      constDeclaration(["spec", ":", " ", "ConnectorSpec"], value(hoisted.spec as Value), "fluid"),
    ),
    true,
    withComment(
      "Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys.",
      functionDeclaration("toWire", [["config", false, typeName(`${t}Config`)]], `${t}WireConfig`, [
        "return ",
        call("configToWire", `${t}WireConfig`, ["spec", "config"]),
        ";",
      ]),
    ),
    true,
    withComment(
      "Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as\nstrings are read as integers; unknown keys throw.",
      functionDeclaration(
        "fromWire",
        [
          [
            "wire",
            false,
            unionType([
              typeName(`${t}WireConfig`),
              plainType(typeReference("Readonly", [typeReference("Record", ["string", "unknown"])])),
            ]),
          ],
        ],
        `${t}Config`,
        ["return ", call("configFromWire", `${t}Config`, ["spec", "wire"]), ";"],
      ),
    ),
    true,
    withComment(
      "Every problem with an authoring config (empty when valid). Secret values are never echoed.",
      functionDeclaration(
        "validate",
        [
          ["config", false, typeName("unknown")],
          ["options", true, typeName("ValidateOptions")],
        ],
        "Problem[]",
        ["return ", call("validateConfig", undefined, ["spec", "config", "options"]), ";"],
      ),
    ),
    true,
    withComment(
      "Every problem with a wire config (empty when valid).",
      functionDeclaration(
        "validateWire",
        [
          ["wire", false, typeName("unknown")],
          ["options", true, typeName("ValidateOptions")],
        ],
        "Problem[]",
        ["return ", call("validateWireConfig", undefined, ["spec", "wire", "options"]), ";"],
      ),
    ),
    true,
    withComment(
      "True when `config` is a valid authoring config.",
      functionDeclaration(
        "isValid",
        [["config", false, typeName("unknown")]],
        ["config", " is ", `${t}Config`],
        isValidBody,
      ),
    ),
    true,
    withComment(
      docText(
        `A validated ${api.create.method} ${api.create.path} request for this connector. Throws \`ConfigValidationError\` listing every problem.`,
      ),
      functionDeclaration(
        "create",
        [
          ["input", false, typeName("CreateInput")],
          ["options", !createOptionsRequired, typeName(a.createOptions)],
        ],
        typeReference("ApiRequest", [typeReference(a.createBody, ["typeof code", `${t}WireConfig`])]),
        ["return ", call("buildCreateRequest", undefined, [a.spec, "spec", "input", "options"]), ";"],
      ),
    ),
    true,
    withComment(
      docText(
        `A validated ${api.update.method} ${api.update.path} request. Set-once fields must be left out or equal \`options.current\`.`,
      ),
      functionDeclaration(
        "update",
        [
          ["id", false, typeName("string")],
          ["input", false, typeName("UpdateInput")],
          ["options", !updateOptionsRequired, plainType(typeReference(a.updateOptions, [`${t}Config`], true))],
        ],
        typeReference("ApiRequest", [typeReference(a.updateBody, ["typeof code", `${t}WireConfig`])]),
        ["return ", call("buildUpdateRequest", undefined, [a.spec, "spec", "id", "input", "options"]), ";"],
      ),
    ),
  ];
  return { path: names.modulePath, content: printModule(parts), formatted };
}
