// Emitter: one module per connector — authoring and wire interfaces, key maps,
// toWire/fromWire, validate, and the create/update request builders. Printed
// in Prettier's format directly (generator/pretty.ts): the format stage skips
// these files, which are most of the output.

import { apiNames, optionFields } from "./api.js";
import type { IrConnector, IrField, IrProvider, IrType, JsonValue } from "../ir/ir.js";
import { connectorNames } from "../ir/naming.js";
import { banner, type OutputFile } from "../output/output.js";
import {
  arrayType,
  call,
  constDeclaration,
  declareConst,
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
  type Doc,
  type TypeDoc,
  type Value,
} from "../print/pretty.js";
import { connectorSpec } from "./runtime-spec.js";
import type { Spec, SpecValue } from "./runtime-spec.js";
import {
  describeConditions,
  docText,
  fieldDoc,
  hasCompositeLiteral,
  isOptional,
  jsonLiteralType,
  literal,
  type Side,
} from "../print/ts.js";

/** Nested type specs deeper than this become constants of their own, so tsc never compares one huge literal. */
const HOIST_DEPTH = 6;

/** The spec with deep type specs replaced by references to hoisted `const nestedTypeN: TypeSpec` declarations. */
function hoistDeepTypes(spec: Spec): { spec: Spec; declarations: { name: string; value: Doc }[] } {
  const declarations: { name: string; value: Doc }[] = [];
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
    declarations.push({ name, value: value(out as Value) });
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
    // Objects and arrays: their literal types on one line (`hasCompositeLiteral` hands such modules to Prettier).
    t = unionType(type.enum.map((o) => literalType(o.value) || plainType(jsonLiteralType(o.value))));
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
      case "never":
        t = plainType("never");
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

/**
 * One statement of a connector module in its three outputs: TypeScript, and the
 * JavaScript and declaration files of dist/ (undefined: as in TypeScript; null: left out).
 */
interface Part {
  ts: Doc;
  js?: Doc | null;
  dts?: Doc | null;
}

const same = (d: Doc): Part => ({ ts: d });

/** A connector module, and its dist/ JavaScript and declarations, all printed directly (no compiler run). */
export interface EmittedConnector extends OutputFile {
  formatted: boolean;
  compiled: OutputFile[];
}

export function emitConnector(provider: IrProvider, connector: IrConnector): EmittedConnector {
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
  const formatted =
    constants.every((c) => c.type !== false) && !connector.fields.some((f) => hasCompositeLiteral(f.type));
  const setOnceKeys = () => {
    const keys = setOnce.map((f) => plainType(str(f.key)));
    return typeDoc(unionType(keys), "argument");
  };

  const runtimeValues = [
    "buildCreateRequest",
    "buildUpdateRequest",
    "configFromWire",
    "configToWire",
    "validateConfig",
    "validateWireConfig",
  ];
  const runtimeTypes = ["ApiRequest", "ConnectorSpec", "Problem", "ValidateOptions"];
  const apiTypes = [a.createBody, a.createEnvelope, a.createOptions, a.updateBody, a.updateEnvelope, a.updateOptions];
  const types = (list: string[]) => list.map((n) => `type ${n}`);
  const keyMap = Object.fromEntries(connector.fields.map((f) => [f.key, f.wireKey]));
  const wireKeyMap = Object.fromEntries(connector.fields.map((f) => [f.wireKey, f.key]));
  /** `{ readonly a: "b"; … }`: the declared type of a key map. */
  const mapType = (map: Record<string, string>) =>
    typeDoc(
      objectType(Object.entries(map).map(([k, v]) => [["readonly ", key(k)], false, plainType(str(v))])),
      "member",
    );
  /** A function in all three forms: TypeScript, JavaScript (no types), declaration (no body). */
  const fn = (
    docs: string,
    name: string,
    parameters: [string, boolean, TypeDoc][],
    returnType: Doc,
    body: (typed: boolean) => Doc,
  ): Part => ({
    ts: withComment(docs, functionDeclaration(name, parameters, returnType, body(true))),
    js: withComment(docs, functionDeclaration(name, parameters, undefined, body(false))),
    dts: withComment(docs, functionDeclaration(name, parameters, returnType, undefined)),
  });
  const typeOnly = (d: Doc): Part => ({ ts: d, js: null, dts: d });
  /** `export const name = value as const;`, its JavaScript, and its declaration with the literal type. */
  const constant = (docs: string | undefined, name: string, js: Doc, declared: Doc, asConst: boolean): Part => ({
    ts: withComment(
      docs,
      constDeclaration(name, asConst ? [js, " as const"] : js, asConst ? "fluid" : "break-after-operator"),
    ),
    js: withComment(docs, constDeclaration(name, js, typeof js === "string" ? "break-after-operator" : "fluid")),
    dts: withComment(docs, declareConst(name, declared)),
  });

  const parts: (Part | true)[] = [
    same(banner(`${provider.provider}/${connector.source.file}`).trimEnd()),
    {
      ts: importDeclaration(
        [
          ...runtimeValues,
          ...types([
            "ApiRequest",
            "ConnectorSpec",
            "Problem",
            ...(hoisted.declarations.length > 0 ? ["TypeSpec"] : []),
          ]),
          "type ValidateOptions",
        ],
        `${up}runtime.gen.js`,
      ),
      js: importDeclaration(runtimeValues, `${up}runtime.gen.js`),
      dts: importDeclaration(types(runtimeTypes), `${up}runtime.gen.js`),
    },
    {
      ts: importDeclaration([a.spec, ...types(apiTypes)], `${up}api.gen.js`),
      js: importDeclaration([a.spec], `${up}api.gen.js`),
      dts: importDeclaration(types(apiTypes), `${up}api.gen.js`),
    },
    constant(undefined, "kind", str(connector.kind), str(connector.kind), true),
    constant(undefined, "code", str(connector.code), str(connector.code), true),
    constant(undefined, "displayName", str(connector.displayName), str(connector.displayName), false),
    true,
    typeOnly(
      interfaceOf(
        `${t}Config`,
        connector.fields,
        "authoring",
        `${about}\n\nConfig with authoring keys (camelCase); \`toWire\` maps them to the API's keys.`,
      ),
    ),
    true,
    typeOnly(
      interfaceOf(
        `${t}WireConfig`,
        connector.fields,
        "wire",
        `${label} config exactly as the API sends and receives it.`,
        constants.map(({ k, type }) =>
          withComment("Names the connector; filled in by `toWire` and the builders.", [
            propertySignature(key(k.wireKey), false, type || plainType(literal(k.value))),
            ";",
          ]),
        ),
      ),
    ),
    true,
    typeOnly(
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
    ),
    typeOnly(typeAlias("Config", `${t}Config`)),
    typeOnly(typeAlias("WireConfig", `${t}WireConfig`)),
    typeOnly(typeAlias("UpdateConfig", `${t}UpdateConfig`)),
    typeOnly(
      withComment(
        "Input of `create`: the envelope and the config.",
        typeAlias(
          "CreateInput",
          intersectionType(
            [a.createEnvelope, typeDoc(objectType([["config", false, plainType(`${t}Config`)]]), "member")],
            [false, true],
          ),
        ),
      ),
    ),
    typeOnly(
      withComment(
        "Input of `update`: the envelope and the config.",
        typeAlias(
          "UpdateInput",
          intersectionType(
            [a.updateEnvelope, typeDoc(objectType([["config", false, plainType(`${t}UpdateConfig`)]]), "member")],
            [false, true],
          ),
        ),
      ),
    ),
    constant("Authoring key → wire key.", "keyMap", value(keyMap), mapType(keyMap), true),
    constant("Wire key → authoring key.", "wireKeyMap", value(wireKeyMap), mapType(wireKeyMap), true),
    ...hoisted.declarations.map(({ name, value: v }): Part => ({
      ts: constDeclaration([name, ":", " ", "TypeSpec"], v, "fluid", false),
      js: constDeclaration(name, v, "fluid", false),
      dts: null,
    })),
    (() => {
      const docs = "What validation and re-keying check; generated from the schema.";
      const spec = value(hoisted.spec as Value);
      return {
        ts: withComment(docs, constDeclaration(["spec", ":", " ", "ConnectorSpec"], spec, "fluid")),
        js: withComment(docs, constDeclaration("spec", spec, "fluid")),
        dts: withComment(docs, declareConst("spec", "ConnectorSpec")),
      };
    })(),
    true,
    fn(
      "Authoring keys to wire keys. Throws `ConfigValidationError` on unknown keys.",
      "toWire",
      [["config", false, plainType(`${t}Config`)]],
      `${t}WireConfig`,
      (typed) => ["return ", call("configToWire", typed ? `${t}WireConfig` : undefined, ["spec", "config"]), ";"],
    ),
    true,
    fn(
      "Wire keys (e.g. a GET response's config) to authoring keys. Server-computed keys are dropped, integers sent as\nstrings are read as integers; unknown keys throw.",
      "fromWire",
      [
        [
          "wire",
          false,
          unionType([
            plainType(`${t}WireConfig`),
            plainType(typeReference("Readonly", [typeReference("Record", ["string", "unknown"])])),
          ]),
        ],
      ],
      `${t}Config`,
      (typed) => ["return ", call("configFromWire", typed ? `${t}Config` : undefined, ["spec", "wire"]), ";"],
    ),
    true,
    fn(
      "Every problem with an authoring config (empty when valid). Secret values are never echoed.",
      "validate",
      [
        ["config", false, plainType("unknown")],
        ["options", true, plainType("ValidateOptions")],
      ],
      "Problem[]",
      () => ["return ", call("validateConfig", undefined, ["spec", "config", "options"]), ";"],
    ),
    true,
    fn(
      "Every problem with a wire config (empty when valid).",
      "validateWire",
      [
        ["wire", false, plainType("unknown")],
        ["options", true, plainType("ValidateOptions")],
      ],
      "Problem[]",
      () => ["return ", call("validateWireConfig", undefined, ["spec", "wire", "options"]), ";"],
    ),
    true,
    fn(
      "True when `config` is a valid authoring config.",
      "isValid",
      [["config", false, plainType("unknown")]],
      ["config", " is ", `${t}Config`],
      () => isValidBody,
    ),
    true,
    fn(
      docText(
        `A validated ${api.create.method} ${api.create.path} request for this connector. Throws \`ConfigValidationError\` listing every problem.`,
      ),
      "create",
      [
        ["input", false, plainType("CreateInput")],
        ["options", !createOptionsRequired, plainType(a.createOptions)],
      ],
      typeReference("ApiRequest", [typeReference(a.createBody, ["typeof code", `${t}WireConfig`])]),
      () => ["return ", call("buildCreateRequest", undefined, [a.spec, "spec", "input", "options"]), ";"],
    ),
    true,
    fn(
      docText(
        `A validated ${api.update.method} ${api.update.path} request. Set-once fields must be left out or equal \`options.current\`.`,
      ),
      "update",
      [
        ["id", false, plainType("string")],
        ["input", false, plainType("UpdateInput")],
        ["options", !updateOptionsRequired, plainType(typeReference(a.updateOptions, [`${t}Config`], true))],
      ],
      typeReference("ApiRequest", [typeReference(a.updateBody, ["typeof code", `${t}WireConfig`])]),
      () => ["return ", call("buildUpdateRequest", undefined, [a.spec, "spec", "id", "input", "options"]), ";"],
    ),
  ];
  const variant = (pick: (p: Part) => Doc | null | undefined) => {
    const docs: (Doc | true)[] = [];
    for (const p of parts) {
      // One blank line where statements left out would have left several.
      if (p === true) {
        if (docs.length > 0 && docs.at(-1) !== true) docs.push(true);
        continue;
      }
      const d = pick(p);
      if (d !== null) docs.push(d === undefined ? p.ts : d);
    }
    if (docs.at(-1) === true) docs.pop();
    return printModule(docs);
  };
  const base = `dist/${names.modulePath.slice(0, -".ts".length)}`;
  return {
    path: names.modulePath,
    content: variant((p) => p.ts),
    formatted,
    compiled: [
      { path: `${base}.js`, content: variant((p) => p.js) },
      { path: `${base}.d.ts`, content: variant((p) => p.dts) },
    ],
  };
}
