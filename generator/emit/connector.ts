// Emitter: one module per connector — authoring and wire interfaces, key maps,
// toWire/fromWire, validate, and the create/update request builders — with its
// dist/ JavaScript and declarations, all printed by generator/print/pretty.ts.

import { apiNames, optionFields } from "./api-names.js";
import type { IrAlias, IrConnector, IrField, IrProvider } from "../ir/ir.js";
import { connectorNames } from "../ir/naming.js";
import { banner, TOOL_NAME, type OutputFile } from "../output/output.js";
import {
  call,
  constDeclaration,
  declareConst,
  functionPart,
  hardline,
  importDeclaration,
  intersectionType,
  key,
  objectType,
  parenthesised,
  plainType,
  printModules,
  propertySignature,
  Raw,
  same,
  str,
  typeAlias,
  typeDoc,
  typeOnly,
  typeReference,
  unionType,
  value,
  withComment,
  type Doc,
  type Part,
  type TypeDoc,
  type Value,
} from "../print/pretty.js";
import { connectorSpec } from "./runtime-spec.js";
import type { ConnectorSpec, FieldSpec, TypeSpec } from "../../templates/runtime.js";
import {
  conditionalUnions,
  conditionalUnionType,
  docText,
  interfaceOf,
  irTypeDoc,
  isOptional,
  valueType,
  type ConditionalUnion,
} from "../print/ir-types.js";

/** Nested type specs deeper than this become constants of their own, so tsc never compares one huge literal. */
const HOIST_DEPTH = 6;

type Printable = { [k: string]: Value | undefined };

/** Spec objects hold only JSON values from the IR, so they print as values. */
const printable = (spec: object): Printable => ({ ...(spec as Printable) });

/** The spec with deep type specs replaced by references to hoisted `const nestedTypeN: TypeSpec` declarations. */
function hoistDeepTypes(spec: ConnectorSpec): { spec: Value; declarations: { name: string; value: Doc }[] } {
  const declarations: { name: string; value: Doc }[] = [];
  const visitField = (f: FieldSpec, depth: number): Value => ({ ...printable(f), type: visitType(f.type, depth) });
  const visitType = (type: TypeSpec, depth: number): Value => {
    const out = printable(type);
    if (type.type === "object") {
      out.fields = type.fields.map((f) => visitField(f, depth + 1));
      if (type.additionalProperties !== false)
        out.additionalProperties = visitType(type.additionalProperties, depth + 1);
    } else if (type.type === "array") out.items = visitType(type.items, depth + 1);
    else if (type.type === "union") out.variants = type.variants.map((v) => visitType(v, depth + 1));
    else return out;
    if (depth === 0 || depth % HOIST_DEPTH !== 0) return out;
    const name = `nestedType${declarations.length + 1}`;
    declarations.push({ name, value: value(out) });
    return new Raw(name);
  };
  return { spec: { ...printable(spec), fields: spec.fields.map((f) => visitField(f, 1)) }, declarations };
}

/**
 * `Base & ({ x?: true; y: string } | { x: false }) & …`: the base interface with
 * each conditional union (a one-branch union is its object type).
 */
function withConditions(base: Doc[], unions: ConditionalUnion[]): Doc {
  const members = unions.map((u) => {
    const union = conditionalUnionType(u, "authoring");
    return union.kind === "union" && union.members.length > 1
      ? { doc: parenthesised(union), object: false }
      : { doc: typeDoc(union, "member"), object: true };
  });
  return intersectionType(
    [...base, ...members.map((m) => m.doc)],
    [...base.map(() => false), ...members.map((m) => m.object)],
  );
}

/** Always fits a line: printed as the one line Prettier would leave it. */
const isValidBody = 'return validateConfig(spec, config).every((p) => p.severity === "warning");';

/** A connector module and its dist/ JavaScript and declarations. */
export function emitConnector(provider: IrProvider, connector: IrConnector): OutputFile[] {
  const names = connectorNames(connector.kind, connector.code);
  const api = provider.kinds.find((k) => k.kind === connector.kind)!;
  const a = apiNames(connector.kind);
  const t = names.typeName;
  const up = "../".repeat(names.modulePath.split("/").length - 1);
  // Left out of an update, these keep their value: set-once fields, and secrets (a read never shows them).
  const setOnce = connector.fields.filter((f) => f.setOnce || f.secret);
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
  const constants = connector.constants ?? [];
  // Conditional requirements the types can state: `<Name>Config` is then `<Name>ConfigBase` & their unions.
  const unions = conditionalUnions(connector.fields);
  // In an update, set-once fields may be left out: no union tests or requires them.
  const updateUnions = conditionalUnions(connector.fields, (f) => f.setOnce || f.secret);
  // Former authoring keys of renamed fields: optional and deprecated, so configs written before still type-check.
  const aliases = (connector.aliases ?? []).flatMap((a) => {
    const field = connector.fields.find((f) => f.wireKey === a.toWire);
    return a.key !== undefined && field ? [{ ...a, key: a.key, field }] : [];
  });
  // A required field may be given under either key: `Base & (Required<Pick<Base, "new">> | Required<Pick<Base, "old">>)`.
  const aliasRequired = aliases.filter((a) => !isOptional(a.field));
  const configBase = unions.length > 0 || aliasRequired.length > 0 ? `${t}ConfigBase` : `${t}Config`;
  // One choice per required field, among its key and every former key (a field renamed twice has two).
  const requiredKeys: { field: IrField; to: string; keys: string[] }[] = [];
  for (const a of aliasRequired) {
    const group = requiredKeys.find((g) => g.field === a.field);
    if (group) group.keys.push(a.key);
    else requiredKeys.push({ field: a.field, to: a.to, keys: [a.key] });
  }
  const eitherKey = (g: (typeof requiredKeys)[number]) => {
    const pick = (k: string) =>
      typeReference("Required", [typeReference("Pick", [configBase, typeDoc(plainType(str(k)), "argument")])]);
    return parenthesised(unionType([g.to, ...g.keys].map((k) => plainType(pick(k)))) as TypeDoc & { kind: "union" });
  };
  const baseFields: IrField[] = connector.fields.map((f) =>
    aliasRequired.some((a) => a.field === f) ? { ...f, required: false } : f,
  );
  const deprecatedMembers = aliases.map((a: IrAlias & { key: string; field: IrField }) =>
    withComment(`@deprecated Renamed to \`${a.to}\` (wire key ${docText(JSON.stringify(a.toWire))}).`, [
      propertySignature(key(a.key), true, irTypeDoc(a.field.type, "authoring")),
      ";",
    ]),
  );
  const configDocs = `${about}\n\nConfig with authoring keys (camelCase); \`toWire\` maps them to the API's keys.`;
  const setOnceKeys = () => {
    const keys = setOnce.map((f) => plainType(str(f.key)));
    return typeDoc(unionType(keys), "argument");
  };

  const runtimeValues = [
    "buildCreateRequest",
    "buildUpdateRequest",
    "configFromWire",
    "configToWire",
    "diffConfig",
    "readConfig",
    "redactConfig",
    "toStandardSchema",
    "validateConfig",
    "wireCheck",
    "wireConfigProblems",
    // Former wire keys are read (and warned) by validateWire whatever the schema says.
    ...(connector.aliases?.length ? ["givesFormerWireKey"] : []),
  ].sort();
  const runtimeTypes = [
    "ApiRequest",
    "ConfigChange",
    "ConnectorSpec",
    "Problem",
    "ReadOptions",
    "ReadResult",
    "StandardSchema",
    "ValidateOptions",
  ];
  const apiTypes = [a.createBody, a.createEnvelope, a.createOptions, a.updateBody, a.updateEnvelope, a.updateOptions];
  const types = (list: string[]) => list.map((n) => `type ${n}`);
  const wireParameter = unionType([
    plainType(`${t}WireConfig`),
    plainType(typeReference("Readonly", [typeReference("Record", ["string", "unknown"])])),
  ]);
  const keyMap = Object.fromEntries(connector.fields.map((f) => [f.key, f.wireKey]));
  const wireKeyMap = Object.fromEntries(connector.fields.map((f) => [f.wireKey, f.key]));
  /** `{ readonly a: "b"; … }`: the declared type of a key map. */
  const mapType = (map: Record<string, string>) =>
    typeDoc(
      objectType(Object.entries(map).map(([k, v]) => [["readonly ", key(k)], false, plainType(str(v))])),
      "member",
    );
  const fn = functionPart;
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
            "ConfigChange",
            "ConnectorSpec",
            "Problem",
            "ReadOptions",
            "ReadResult",
            "StandardSchema",
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
        configBase,
        baseFields,
        "authoring",
        configBase !== `${t}Config`
          ? `Every field of \`${t}Config\`. ${
              unions.length > 0
                ? `A field required only when another field has some value is optional here; \`${t}Config\` requires it then.`
                : `A renamed field is optional here; \`${t}Config\` requires it under its new or its former key.`
            }`
          : configDocs,
        { trailing: deprecatedMembers },
      ),
    ),
    true,
    ...(configBase !== `${t}Config`
      ? [
          typeOnly(
            withComment(
              docText(
                [
                  configDocs,
                  ...(unions.length > 0
                    ? [
                        `Fields required by another field's value (see "Required when" on each) are required in the matching branch.`,
                      ]
                    : []),
                  ...requiredKeys.map((g) =>
                    g.keys.length === 1
                      ? `\`${g.to}\` is required, or its former key \`${g.keys[0]}\` (deprecated) in its place.`
                      : `\`${g.to}\` is required, or one of its former keys ${g.keys.map((k) => `\`${k}\``).join(", ")} (deprecated) in its place.`,
                  ),
                ].join("\n\n"),
              ),
              typeAlias(`${t}Config`, withConditions([`${t}ConfigBase`, ...requiredKeys.map(eitherKey)], unions)),
            ),
          ),
          true as const,
        ]
      : []),
    typeOnly(
      interfaceOf(
        `${t}WireConfig`,
        connector.fields,
        "wire",
        `${label} config exactly as the API sends and receives it.`,
        {
          extra: constants.map((k) =>
            withComment("Names the connector; filled in by `toWire` and the builders.", [
              propertySignature(key(k.wireKey), false, valueType(k.value)),
              ";",
            ]),
          ),
        },
      ),
    ),
    true,
    typeOnly(
      withComment(
        "Config accepted by an update, and read back by `read`: set-once fields and secrets may be left out (the server keeps them).",
        typeAlias(
          `${t}UpdateConfig`,
          setOnce.length === 0
            ? `${t}Config`
            : withConditions(
                [
                  typeReference("Omit", [configBase, setOnceKeys()]),
                  typeReference("Partial", [typeReference("Pick", [configBase, setOnceKeys()])]),
                  ...requiredKeys.filter((g) => !setOnce.includes(g.field)).map(eitherKey),
                ],
                updateUnions,
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
      const spec = value(hoisted.spec);
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
      "Wire keys (e.g. a GET response's config) to authoring keys, as `read` reads them; never throws on data unless\n`options.strict`.",
      "fromWire",
      [
        ["wire", false, wireParameter],
        ["options", true, plainType("ReadOptions")],
      ],
      `${t}Config`,
      (typed) => [
        "return ",
        call("configFromWire", typed ? `${t}Config` : undefined, ["spec", "wire", "options"]),
        ";",
      ],
    ),
    true,
    fn(
      "A config read back from the API (a GET response's config): strings read as their fields' types, hidden\nsecrets left out, unknown keys and enum values kept and reported. Never throws on data unless `options.strict`.",
      "read",
      [
        ["wire", false, wireParameter],
        ["options", true, plainType("ReadOptions")],
      ],
      typeReference("ReadResult", [`${t}UpdateConfig`]),
      (typed) => [
        "return ",
        call("readConfig", typed ? `${t}UpdateConfig` : undefined, ["spec", "wire", "options"]),
        ";",
      ],
    ),
    true,
    fn(
      'A copy safe to log: every secret replaced by "[redacted]".',
      "redact",
      [["config", false, plainType(`${t}UpdateConfig`)]],
      `${t}UpdateConfig`,
      (typed) => ["return ", call("redactConfig", typed ? `${t}UpdateConfig` : undefined, ["spec", "config"]), ";"],
    ),
    true,
    fn(
      "The smallest update from `current` (as `read` gave it) to `desired`: only changed fields; secrets left out or\nmasked stay unchanged. A changed set-once field is a problem naming it.",
      "diff",
      [
        ["current", false, plainType(`${t}UpdateConfig`)],
        ["desired", false, plainType(`${t}UpdateConfig`)],
      ],
      "ConfigChange",
      () => ["return ", call("diffConfig", undefined, ["spec", "current", "desired"]), ";"],
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
    // This module's own compiled wire check, made on first use: its call site is this module's alone, so the
    // engine can inline the check into the two functions below.
    { ts: "let wireValid: ((wire: unknown) => boolean) | undefined;", js: "let wireValid;", dts: null },
    true,
    fn(
      "Every problem with a wire config (empty when valid).",
      "validateWire",
      [
        ["wire", false, plainType("unknown")],
        ["options", true, plainType("ValidateOptions")],
      ],
      "Problem[]",
      () =>
        connector.aliases?.length
          ? [
              // A former wire key gets its warning even in a config the schema takes as it is (an open one).
              "if (options === undefined && !givesFormerWireKey(spec, wire) && (wireValid ??= wireCheck(spec))(wire))",
              " return [];",
              hardline,
              "return ",
              call("wireConfigProblems", undefined, ["spec", "wire", "options"]),
              ";",
            ]
          : [
              "return options === undefined && (wireValid ??= wireCheck(spec))(wire) ? [] : ",
              call("wireConfigProblems", undefined, ["spec", "wire", "options"]),
              ";",
            ],
    ),
    true,
    fn(
      connector.aliases?.length
        ? "True when `wire` is a valid wire config, exactly as its schema says: a renamed field's former wire key\n" +
            "counts as the schema counts it (`validateWire` reads it as the new key, with a warning)."
        : "True when `wire` is a valid wire config, exactly as its schema says: `validateWire` without the problem list.",
      "isValidWire",
      [["wire", false, plainType("unknown")]],
      ["wire", " is ", `${t}WireConfig`],
      () => "return (wireValid ??= wireCheck(spec))(wire);",
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
    (() => {
      const docs =
        '`validate` as a Standard Schema (v1): `standardSchema["~standard"].validate(config)` is `{ value }` or\n`{ issues }` (message and path of each problem); its input and output type is the authoring config.';
      const type = typeReference("StandardSchema", [`${t}Config`]);
      // Pure: a bundle that does not use it drops the call.
      const init = (typed: boolean) => [
        "/* @__PURE__ */ ",
        call("toStandardSchema", typed ? `${t}Config` : undefined, ["spec", str(TOOL_NAME)]),
      ];
      return {
        ts: withComment(docs, constDeclaration(["standardSchema", ":", " ", type], init(true), "fluid")),
        js: withComment(docs, constDeclaration("standardSchema", init(false), "fluid")),
        dts: withComment(docs, declareConst("standardSchema", type)),
      };
    })(),
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
  return printModules(names.modulePath, parts);
}
