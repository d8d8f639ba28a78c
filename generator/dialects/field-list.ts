// Dialect parser: the field-list connector schema (Streamkap style) into the IR.
// One file per connector: { display_name, description, coming_soon, config: [entry] }.

import { buildAlone, type Diagnostics, pointer } from "../ir/diagnostics.js";
import type { Condition, ConditionOp, EnumOption, IrConnector, IrField, IrType, JsonValue } from "../ir/ir.js";
import type { SnapshotConnector } from "../input/load-snapshot.js";
import { assignAuthoringKeys, stripSuffix } from "../ir/naming.js";
import { schemaValidator, type JsonSchema } from "../../templates/runtime.js";
import { describeProblem } from "./json-schema-type.js";
import { isObject, type PlainObject } from "../ir/plain.js";

export interface FieldListOptions {
  /** Wire-key suffixes the authoring name drops, e.g. `.user.defined`. */
  suffixes: readonly string[];
}

type Obj = PlainObject;

const STRING_CONTROLS = new Set(["string", "text", "password", "textarea", "json", "datetime", "file"]);
const BOOLEAN_CONTROLS = new Set(["boolean", "toggle", "checkbox"]);
const SELECT_CONTROLS = new Set(["one-select", "select"]);
const MULTI_CONTROLS = new Set(["multi-select", "multi_select"]);
const NUMBER_CONTROLS = new Set(["number", "slider"]);
const OPERATORS: Record<string, ConditionOp> = { EQ: "eq", NE: "ne", IN: "in" };

/** `<SSH.PUBLIC.KEY>`: a value the server fills in, not one to send. */
const PLACEHOLDER = /^<[^<>]+>$/;
/** A port is an integer even where the server stores a string. */
const PORT_KEY = /(^|[._-])port$/i;

interface Entry {
  name: string;
  index: number;
  raw: Obj;
}

function options(rawValues: unknown, at: string, ctx: Ctx): EnumOption[] | undefined {
  if (rawValues === undefined) return undefined;
  if (!Array.isArray(rawValues)) {
    ctx.error(at, "invalid-raw-values", "raw_values must be an array");
    return undefined;
  }
  const out: EnumOption[] = [];
  rawValues.forEach((item, i) => {
    const value = isObject(item) ? item.value : item;
    const label = isObject(item) && typeof item.label === "string" ? item.label : undefined;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      ctx.error(
        `${at}/${i}`,
        "invalid-raw-values",
        "each raw value must be a string, number or boolean, or {value, label}",
      );
      return;
    }
    if (out.some((o) => o.value === value)) return; // repeated option: harmless, keep the first
    out.push(label !== undefined && label !== String(value) ? { value, label } : { value });
  });
  return out;
}

interface Ctx {
  /** A problem that leaves this connector out: a warning, so the rest of the provider still generates. */
  error(at: string, rule: string, message: string): void;
  warn(at: string, rule: string, message: string): void;
}

function fieldType(entry: Entry, key: string, at: string, ctx: Ctx): IrType | undefined {
  const value = isObject(entry.raw.value) ? entry.raw.value : {};
  const control = value.control;
  if (typeof control !== "string") {
    ctx.error(`${at}/value/control`, "missing-control", "value.control is missing");
    return undefined;
  }
  const bound = (name: "min" | "max") => {
    const n = value[name];
    if (typeof n !== "number") return {};
    if (!Number.isSafeInteger(Math.trunc(n)) || !Number.isFinite(n)) {
      ctx.warn(
        `${at}/value/${name}`,
        "unsafe-number",
        `value.${name} ${String(n)} is beyond ±2^53; it is not enforced`,
      );
      return {};
    }
    return name === "min" ? { minimum: n } : { maximum: n };
  };
  const bounds = () => ({ ...bound("min"), ...bound("max") });
  if (STRING_CONTROLS.has(control)) {
    return PORT_KEY.test(key) && control !== "password"
      ? { type: "integer", minimum: 0, maximum: 65535 }
      : { type: "string" };
  }
  if (NUMBER_CONTROLS.has(control)) return { type: "integer", ...bounds() };
  if (BOOLEAN_CONTROLS.has(control)) return { type: "boolean" };
  if (SELECT_CONTROLS.has(control) || MULTI_CONTROLS.has(control)) {
    const opts = options(value.raw_values, `${at}/value/raw_values`, ctx);
    if (SELECT_CONTROLS.has(control)) {
      if (!opts || opts.length === 0) {
        ctx.error(`${at}/value/raw_values`, "empty-select", `control ${JSON.stringify(control)} needs raw_values`);
        return undefined;
      }
      const kinds = new Set(
        opts.map((o) =>
          typeof o.value === "number" ? (Number.isInteger(o.value) ? "integer" : "number") : typeof o.value,
        ),
      );
      if (kinds.has("integer") && kinds.has("number")) kinds.delete("integer");
      if (kinds.size !== 1) {
        ctx.error(`${at}/value/raw_values`, "mixed-raw-values", "raw_values mix strings, numbers and booleans");
        return undefined;
      }
      const type = [...kinds][0] as "string" | "integer" | "number" | "boolean";
      return { type, enum: opts };
    }
    const items: IrType =
      opts && opts.length > 0
        ? { type: "string", enum: opts.map((o) => ({ ...o, value: String(o.value) })) }
        : { type: "string" };
    return { type: "array", items };
  }
  ctx.error(`${at}/value/control`, "unknown-control", `unknown control type ${JSON.stringify(control)}`);
  return undefined;
}

/** A field-list type as the JSON Schema the generated runtime derives from its spec. */
function typeSchema(type: IrType): JsonSchema {
  switch (type.type) {
    case "array":
      return { type: "array", items: typeSchema(type.items) };
    case "string":
    case "boolean":
    case "integer":
    case "number":
      return {
        type: type.type,
        ...(type.type === "integer" || type.type === "number"
          ? {
              ...(type.minimum !== undefined ? { minimum: type.minimum } : {}),
              ...(type.maximum !== undefined ? { maximum: type.maximum } : {}),
            }
          : {}),
        ...(type.enum ? { enum: type.enum.map((o) => o.value) } : {}),
      };
    default:
      return {};
  }
}

/** The default as a value of the field's type, or a placeholder, or nothing (with a warning). */
function fieldDefault(
  raw: unknown,
  type: IrType,
  at: string,
  ctx: Ctx,
  secret: boolean,
): { default?: JsonValue; placeholder?: string } {
  if (raw === undefined || raw === null || raw === "") return {};
  if (typeof raw === "string" && PLACEHOLDER.test(raw)) return { placeholder: raw };
  let value: unknown = raw;
  if ((type.type === "integer" || type.type === "number") && typeof raw === "string" && /^-?\d+(\.\d+)?$/.test(raw))
    value = Number(raw);
  if (type.type === "boolean" && (raw === "true" || raw === "false")) value = raw === "true";
  if (type.type === "array" && typeof raw === "string")
    value = raw
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  // Judged by the runtime's evaluator against the schema the field describes (type, values, bounds).
  const validator = schemaValidator(typeSchema(type));
  if (!validator.isValid(value)) {
    const [problem] = validator.problems(value);
    ctx.warn(
      `${at}/value/default`,
      "default-invalid",
      // A secret's default is a secret's value: said where it is, never what it is (nor the problem, which may quote it).
      secret
        ? "default (a secret: its value is not shown) is not valid; left out"
        : `default ${JSON.stringify(raw)} is not valid: ${problem ? describeProblem(problem) : "rejected by its schema"}; left out`,
    );
    return {};
  }
  return { default: value as JsonValue };
}

/** One connector's IR; its errors leave it out, each a warning that says so (buildAlone). */
export function parseFieldListConnector(
  connector: SnapshotConnector,
  opts: FieldListOptions,
  diags: Diagnostics,
): IrConnector | undefined {
  return buildAlone(diags, (own) => fieldListConnector(connector, opts, own), {
    file: connector.file.path,
    pointer: "",
    connector: `${connector.kind}/${connector.code}`,
  });
}

function fieldListConnector(
  connector: SnapshotConnector,
  opts: FieldListOptions,
  diags: Diagnostics,
): IrConnector | undefined {
  const { kind, code, file } = connector;
  const name = `${kind}/${code}`;
  const ctxFor = (field?: string): Ctx => ({
    error(at, rule, message) {
      diags.error({
        rule,
        message,
        file: file.path,
        pointer: at,
        connector: name,
        ...(field !== undefined ? { field } : {}),
      });
    },
    warn(at, rule, message) {
      diags.warn({
        rule,
        message,
        file: file.path,
        pointer: at,
        connector: name,
        ...(field !== undefined ? { field } : {}),
      });
    },
  });
  if (file.unreadable) {
    diags.error({ ...file.unreadable, connector: name });
    return undefined;
  }
  const doc = file.json;
  if (!isObject(doc) || !Array.isArray(doc.config)) {
    ctxFor().error(
      isObject(doc) ? "/config" : "",
      "invalid-connector-schema",
      "expected an object with a `config` array of field entries",
    );
    return undefined;
  }

  const authored = (raw: Obj) => raw.user_defined === true && (!isObject(raw.value) || raw.value.type !== "dynamic");

  // Pass 1: names, duplicates.
  let unnamedEntries = 0;
  const entries: Entry[] = [];
  const byName = new Map<string, Entry>();
  doc.config.forEach((raw, index) => {
    const at = pointer("config", index);
    if (!isObject(raw)) return ctxFor().error(at, "invalid-field", "expected a field entry object");
    if (typeof raw.name !== "string" || raw.name.trim() === "") {
      // No key can be sent for it, and the connector accepts no other keys: leaving the field out loses
      // nothing but a requirement no config could meet, which leaves the connector out instead.
      if (raw.required === true && authored(raw))
        return ctxFor().error(
          `${at}/name`,
          "unnamed-field",
          "field entry has no name, but users must set it (required)",
        );
      unnamedEntries++;
      return ctxFor().warn(
        `${at}/name`,
        "unnamed-field",
        "field entry has no name, so no key can be sent for it; this field is left out",
      );
    }
    const entry = { name: raw.name, index, raw };
    const previous = byName.get(raw.name);
    if (previous) {
      return ctxFor(raw.name).error(
        `${at}/name`,
        "duplicate-wire-key",
        `wire key also defined at /config/${previous.index}`,
      );
    }
    byName.set(raw.name, entry);
    entries.push(entry);
  });

  // Entries, none of them named: not a field list this reads (its format changed, say), not a connector without fields.
  if (unnamedEntries > 0 && entries.length === 0) {
    ctxFor().error("/config", "unnamed-fields", "no field entry has a name");
    return undefined;
  }

  // Pass 2: authored fields.
  const fields: IrField[] = [];
  const keyOf = new Map<string, string>();
  const authoredEntries = entries.filter((e) => authored(e.raw));
  // As the JSON Schema dialect names properties: a taken key gets the next numeric suffix (the name lock keeps it).
  const assigned = assignAuthoringKeys(
    authoredEntries.map((e) => e.name),
    opts.suffixes,
  );
  const nameless = new Set(assigned.unnamed);
  const collided = new Map(assigned.collisions.map((c) => [c.index, c]));
  for (const [i, entry] of authoredEntries.entries()) {
    const at = pointer("config", entry.index);
    const ctx = ctxFor(entry.name);
    const key = assigned.keys[i]!;
    if (nameless.has(i))
      ctx.warn(
        `${at}/name`,
        "unnamed-key",
        "wire key has no letters or digits to derive an authoring name from; named after `unnamed`",
      );
    const clash = collided.get(i);
    if (clash !== undefined)
      ctx.warn(
        `${at}/name`,
        "authoring-key-collision",
        `wire keys ${JSON.stringify(clash.first)} and ${JSON.stringify(entry.name)} both map to authoring key ${JSON.stringify(clash.base)}; ${JSON.stringify(entry.name)} is authored as ${JSON.stringify(key)}`,
      );
    keyOf.set(entry.name, key);
    const type = fieldType(entry, stripSuffix(entry.name, opts.suffixes), at, ctx);
    if (!type) continue;
    const value = isObject(entry.raw.value) ? entry.raw.value : {};
    const secret = entry.raw.encrypt === true || value.control === "password";
    const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
    const description = str(entry.raw.description);
    const title = str(entry.raw.display_name);
    fields.push({
      key,
      wireKey: entry.name,
      type,
      required: entry.raw.required === true,
      ...fieldDefault(value.default, type, at, ctx, secret),
      secret,
      setOnce: entry.raw.set_once === true,
      ...(value.readonly === true ? { readOnly: true } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      source: { file: file.path, pointer: at },
    });
  }

  // Pass 3: conditions, now that every field has its authoring key.
  for (const field of fields) {
    const entry = byName.get(field.wireKey)!;
    const raw = entry.raw.conditions;
    if (raw === undefined || (Array.isArray(raw) && raw.length === 0)) continue;
    const at = `${pointer("config", entry.index)}/conditions`;
    const ctx = ctxFor(entry.name);
    if (!Array.isArray(raw)) {
      ctx.error(at, "invalid-conditions", "conditions must be an array");
      continue;
    }
    const conditions: Condition[] = [];
    let usable = true;
    raw.forEach((c, i) => {
      const cAt = `${at}/${i}`;
      if (!isObject(c) || typeof c.config !== "string")
        return ctx.error(cAt, "invalid-condition", "condition needs a `config` field name");
      const op = typeof c.operator === "string" ? OPERATORS[c.operator.toUpperCase()] : undefined;
      if (!op)
        return ctx.error(
          `${cAt}/operator`,
          "unknown-operator",
          `unknown condition operator ${JSON.stringify(c.operator)}; expected EQ, NE or IN`,
        );
      if (op === "in" && !Array.isArray(c.value))
        return ctx.error(`${cAt}/value`, "invalid-condition", "IN needs an array value");
      // A condition may name the plain key of a suffixed field (`ssh.enabled` for `ssh.enabled.user.defined`).
      const target = byName.get(c.config) ?? entries.find((e) => stripSuffix(e.name, opts.suffixes) === c.config);
      if (!target)
        return ctx.error(
          `${cAt}/config`,
          "condition-missing-field",
          `condition names field ${JSON.stringify(c.config)}, which this connector does not define`,
        );
      const targetKey = keyOf.get(target.name);
      if (targetKey === undefined) {
        usable = false;
        return ctx.warn(
          `${cAt}/config`,
          "condition-on-server-field",
          `condition names ${JSON.stringify(c.config)}, which users do not set; the field is treated as optional`,
        );
      }
      let value = c.value as JsonValue;
      // Compare like with like: conditions on integer fields are often written as strings.
      const targetField = fields.find((f) => f.key === targetKey);
      const numeric = targetField && (targetField.type.type === "integer" || targetField.type.type === "number");
      const toNumber = (v: JsonValue) =>
        numeric && typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : v;
      value = Array.isArray(value) ? value.map(toNumber) : toNumber(value);
      conditions.push({ key: targetKey, wireKey: target.name, op, value });
    });
    if (!usable) {
      field.required = false;
      continue;
    }
    if (conditions.length !== raw.length) continue;
    field.relevantWhen = conditions;
    if (field.required) {
      field.required = false;
      field.requiredWhen = conditions;
    }
  }

  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);
  const authoredNames = new Set(fields.map((f) => f.wireKey));
  const serverKeys = new Set(entries.filter((e) => !authoredNames.has(e.name)).map((e) => e.name));
  // The server derives the plain key from a suffixed one and may echo it back.
  for (const f of fields) {
    const plain = stripSuffix(f.wireKey, opts.suffixes);
    if (plain !== f.wireKey && !authoredNames.has(plain)) serverKeys.add(plain);
  }
  const description = str(doc.description);
  return {
    kind,
    code,
    displayName: str(doc.display_name) ?? code,
    ...(description !== undefined ? { description } : {}),
    comingSoon: doc.coming_soon === true,
    fields,
    open: false,
    serverKeys: [...serverKeys].sort(),
    source: { file: file.path, pointer: "" },
  };
}
