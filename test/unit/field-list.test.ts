// generator/dialects/field-list.ts on its own: one Streamkap-style connector
// file (`{ display_name, config: [entry] }`) in, IR fields and diagnostics out.

import { describe, expect, it } from "vitest";
import { parseFieldListConnector } from "../../generator/dialects/field-list.js";
import { type Diagnostic, Diagnostics } from "../../generator/ir/diagnostics.js";
import type { IrField } from "../../generator/ir/ir.js";

const FILE = "connectors/sources/demo.json";
const CONNECTOR = "sources/demo";
const STREAMKAP = [".user.defined", ".user.displayed"];

function parse(json: unknown, suffixes: readonly string[] = STREAMKAP) {
  const diags = new Diagnostics();
  const connector = parseFieldListConnector(
    { kind: "sources", code: "demo", file: { path: FILE, json } },
    { suffixes },
    diags,
  );
  return { connector, diagnostics: diags.items };
}

/** A user-defined raw entry with the given `value` (control, raw_values, …) and extra entry properties. */
function entry(name: string, value: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { name, user_defined: true, ...extra, value: { type: "raw", ...value } };
}

/** The IR field of the entry at `/config/<index>`, with the dialect's defaults for what the row leaves out. */
function field(index: number, f: Pick<IrField, "key" | "wireKey" | "type"> & Partial<IrField>): IrField {
  return { required: false, secret: false, setOnce: false, source: { file: FILE, pointer: `/config/${index}` }, ...f };
}

function diag(severity: "error" | "warning", rule: string, pointer: string, message: string, f?: string): Diagnostic {
  return {
    severity,
    rule,
    message,
    file: FILE,
    pointer,
    connector: CONNECTOR,
    ...(f !== undefined ? { field: f } : {}),
  };
}

interface Row {
  name: string;
  given: unknown[];
  want: { fields?: IrField[]; serverKeys?: string[]; diagnostics: Diagnostic[] };
}

function check({ given, want }: Row) {
  const { connector, diagnostics } = parse({ display_name: "Demo", config: given });
  expect({ fields: connector?.fields, serverKeys: connector?.serverKeys, diagnostics }).toStrictEqual({
    fields: want.fields,
    serverKeys: want.serverKeys,
    diagnostics: want.diagnostics,
  });
}

describe("controls → IR types", () => {
  it.each<Row>([
    {
      name: "string",
      given: [entry("database.user", { control: "string" })],
      want: {
        fields: [field(0, { key: "databaseUser", wireKey: "database.user", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "textarea is a string",
      given: [entry("notes", { control: "textarea" })],
      want: {
        fields: [field(0, { key: "notes", wireKey: "notes", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "json is a string",
      given: [entry("extra.json", { control: "json" })],
      want: {
        fields: [field(0, { key: "extraJson", wireKey: "extra.json", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "password is a secret string",
      given: [entry("database.password", { control: "password" })],
      want: {
        fields: [
          field(0, { key: "databasePassword", wireKey: "database.password", type: { type: "string" }, secret: true }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a string port is an integer 0..65535",
      given: [entry("database.port.user.defined", { control: "string" })],
      want: {
        fields: [
          field(0, {
            key: "databasePort",
            wireKey: "database.port.user.defined",
            type: { type: "integer", minimum: 0, maximum: 65535 },
          }),
        ],
        serverKeys: ["database.port"],
        diagnostics: [],
      },
    },
    {
      name: "a hyphenated port is a port",
      given: [entry("ssh-port", { control: "text" })],
      want: {
        fields: [
          field(0, { key: "sshPort", wireKey: "ssh-port", type: { type: "integer", minimum: 0, maximum: 65535 } }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a password named port stays a string",
      given: [entry("port", { control: "password" })],
      want: {
        fields: [field(0, { key: "port", wireKey: "port", type: { type: "string" }, secret: true })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a key merely ending in 'port' is no port",
      given: [entry("db.export", { control: "string" })],
      want: {
        fields: [field(0, { key: "dbExport", wireKey: "db.export", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "number with min and max",
      given: [entry("tasks.max", { control: "number", min: 1, max: 10 })],
      want: {
        fields: [
          field(0, { key: "tasksMax", wireKey: "tasks.max", type: { type: "integer", minimum: 1, maximum: 10 } }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "slider with only a max",
      given: [entry("poll.ms", { control: "slider", max: 500 })],
      want: {
        fields: [field(0, { key: "pollMs", wireKey: "poll.ms", type: { type: "integer", maximum: 500 } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a numeric control's string bounds are ignored",
      given: [entry("batch", { control: "number", min: "1" })],
      want: {
        fields: [field(0, { key: "batch", wireKey: "batch", type: { type: "integer" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a bound past 2^53 is warned about and left out",
      given: [entry("offset", { control: "number", min: 0, max: 2 ** 60 })],
      want: {
        fields: [field(0, { key: "offset", wireKey: "offset", type: { type: "integer", minimum: 0 } })],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "unsafe-number",
            "/config/0/value/max",
            `value.max ${2 ** 60} is beyond ±2^53; it is not enforced`,
            "offset",
          ),
        ],
      },
    },
    {
      name: "toggle",
      given: [entry("ssh.enabled", { control: "toggle" })],
      want: {
        fields: [field(0, { key: "sshEnabled", wireKey: "ssh.enabled", type: { type: "boolean" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "checkbox",
      given: [entry("heartbeat", { control: "checkbox" })],
      want: {
        fields: [field(0, { key: "heartbeat", wireKey: "heartbeat", type: { type: "boolean" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "one-select of labelled values (a label equal to its value dropped, repeats dropped)",
      given: [
        entry("snapshot.mode", {
          control: "one-select",
          raw_values: [{ value: "initial", label: "Initial" }, "never", { value: "Yes", label: "Yes" }, "never"],
        }),
      ],
      want: {
        fields: [
          field(0, {
            key: "snapshotMode",
            wireKey: "snapshot.mode",
            type: {
              type: "string",
              enum: [{ value: "initial", label: "Initial" }, { value: "never" }, { value: "Yes" }],
            },
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "select of integers",
      given: [entry("level", { control: "select", raw_values: [1, 2, 3] })],
      want: {
        fields: [
          field(0, {
            key: "level",
            wireKey: "level",
            type: { type: "integer", enum: [{ value: 1 }, { value: 2 }, { value: 3 }] },
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "select of integers and fractions is a number",
      given: [entry("ratio", { control: "one-select", raw_values: [1, 1.5] })],
      want: {
        fields: [
          field(0, { key: "ratio", wireKey: "ratio", type: { type: "number", enum: [{ value: 1 }, { value: 1.5 }] } }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "select of booleans",
      given: [entry("flag", { control: "one-select", raw_values: [true, false] })],
      want: {
        fields: [
          field(0, {
            key: "flag",
            wireKey: "flag",
            type: { type: "boolean", enum: [{ value: true }, { value: false }] },
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "multi-select: an array of the values as strings",
      given: [entry("skipped.operations", { control: "multi-select", raw_values: ["c", { value: 1, label: "one" }] })],
      want: {
        fields: [
          field(0, {
            key: "skippedOperations",
            wireKey: "skipped.operations",
            type: { type: "array", items: { type: "string", enum: [{ value: "c" }, { value: "1", label: "one" }] } },
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "multi_select without raw_values: an array of any strings",
      given: [entry("tables", { control: "multi_select" })],
      want: {
        fields: [field(0, { key: "tables", wireKey: "tables", type: { type: "array", items: { type: "string" } } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
  ])("$name", check);
});

describe("required, defaults, secrets, set-once, titles", () => {
  it.each<Row>([
    {
      name: "required, set once, encrypted, titled, described",
      given: [
        entry(
          "database.dbname",
          { control: "string" },
          { required: true, set_once: true, encrypt: true, display_name: "Database", description: "Which database." },
        ),
      ],
      want: {
        fields: [
          field(0, {
            key: "databaseDbname",
            wireKey: "database.dbname",
            type: { type: "string" },
            required: true,
            setOnce: true,
            secret: true,
            title: "Database",
            description: "Which database.",
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "blank title and description are left out; required must be true itself",
      given: [entry("a", { control: "string" }, { required: "true", display_name: "  ", description: "" })],
      want: {
        fields: [field(0, { key: "a", wireKey: "a", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "read-only value",
      given: [entry("ssh.public.key.user.displayed", { control: "textarea", readonly: true })],
      want: {
        fields: [
          field(0, {
            key: "sshPublicKey",
            wireKey: "ssh.public.key.user.displayed",
            type: { type: "string" },
            readOnly: true,
          }),
        ],
        serverKeys: ["ssh.public.key"],
        diagnostics: [],
      },
    },
    {
      name: "string default",
      given: [entry("mode", { control: "string", default: "fast" })],
      want: {
        fields: [field(0, { key: "mode", wireKey: "mode", type: { type: "string" }, default: "fast" })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "numeric string default of a port becomes a number",
      given: [entry("database.port.user.defined", { control: "string", default: "5432" })],
      want: {
        fields: [
          field(0, {
            key: "databasePort",
            wireKey: "database.port.user.defined",
            type: { type: "integer", minimum: 0, maximum: 65535 },
            default: 5432,
          }),
        ],
        serverKeys: ["database.port"],
        diagnostics: [],
      },
    },
    {
      name: "boolean string default becomes a boolean",
      given: [entry("ssh.enabled", { control: "toggle", default: "false" })],
      want: {
        fields: [field(0, { key: "sshEnabled", wireKey: "ssh.enabled", type: { type: "boolean" }, default: false })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "comma-separated default of a multi-select becomes an array",
      given: [entry("ops", { control: "multi-select", raw_values: ["c", "u", "d"], default: "c, d," })],
      want: {
        fields: [
          field(0, {
            key: "ops",
            wireKey: "ops",
            type: { type: "array", items: { type: "string", enum: [{ value: "c" }, { value: "u" }, { value: "d" }] } },
            default: ["c", "d"],
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "select default among the values",
      given: [entry("snapshot.read.only", { control: "one-select", raw_values: ["Yes", "No"], default: "No" })],
      want: {
        fields: [
          field(0, {
            key: "snapshotReadOnly",
            wireKey: "snapshot.read.only",
            type: { type: "string", enum: [{ value: "Yes" }, { value: "No" }] },
            default: "No",
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "select default outside the values: warned, left out",
      given: [entry("snapshot.read.only", { control: "one-select", raw_values: ["Yes", "No"], default: "Maybe" })],
      want: {
        fields: [
          field(0, {
            key: "snapshotReadOnly",
            wireKey: "snapshot.read.only",
            type: { type: "string", enum: [{ value: "Yes" }, { value: "No" }] },
          }),
        ],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            "/config/0/value/default",
            `default "Maybe" is not valid: expected one of "Yes", "No"; left out`,
            "snapshot.read.only",
          ),
        ],
      },
    },
    {
      name: "fractional default of an integer: warned, left out",
      given: [entry("tasks", { control: "slider", default: "1.5" })],
      want: {
        fields: [field(0, { key: "tasks", wireKey: "tasks", type: { type: "integer" } })],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            "/config/0/value/default",
            `default "1.5" is not valid: expected an integer; left out`,
            "tasks",
          ),
        ],
      },
    },
    {
      name: "number default of a string: warned, left out",
      given: [entry("name", { control: "string", default: 5 })],
      want: {
        fields: [field(0, { key: "name", wireKey: "name", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "default-invalid",
            "/config/0/value/default",
            "default 5 is not valid: expected a string; left out",
            "name",
          ),
        ],
      },
    },
    {
      name: "server placeholder default is a placeholder, not a default",
      given: [entry("ssh.public.key", { control: "textarea", default: "<SSH.PUBLIC.KEY>" })],
      want: {
        fields: [
          field(0, {
            key: "sshPublicKey",
            wireKey: "ssh.public.key",
            type: { type: "string" },
            placeholder: "<SSH.PUBLIC.KEY>",
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "empty and null defaults are no default",
      given: [entry("a", { control: "string", default: "" }), entry("b", { control: "number", default: null })],
      want: {
        fields: [
          field(0, { key: "a", wireKey: "a", type: { type: "string" } }),
          field(1, { key: "b", wireKey: "b", type: { type: "integer" } }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
  ])("$name", check);
});

describe("server keys", () => {
  it.each<{ name: string; given: { suffixes: string[]; config: unknown[] }; want: Row["want"] }>([
    {
      name: "entries users do not set and dynamic values are server keys; suffixed keys add their plain key",
      given: {
        suffixes: STREAMKAP,
        config: [
          entry("database.hostname.user.defined", { control: "string" }),
          { name: "database.hostname", user_defined: false, value: { control: "string", type: "dynamic" } },
          { name: "connector.class", value: { control: "string", type: "raw" } },
          entry("computed", { control: "string", type: "dynamic" }),
          entry("ssh.key.user.displayed", { control: "string" }),
        ],
      },
      want: {
        fields: [
          field(0, { key: "databaseHostname", wireKey: "database.hostname.user.defined", type: { type: "string" } }),
          field(4, { key: "sshKey", wireKey: "ssh.key.user.displayed", type: { type: "string" } }),
        ],
        serverKeys: ["computed", "connector.class", "database.hostname", "ssh.key"],
        diagnostics: [],
      },
    },
    {
      name: "with no suffixes configured, suffixed keys are kept whole",
      given: { suffixes: [], config: [entry("a.user.defined", { control: "string" })] },
      want: {
        fields: [field(0, { key: "aUserDefined", wireKey: "a.user.defined", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [],
      },
    },
  ])("$name", ({ given, want }) => {
    const { connector, diagnostics } = parse({ config: given.config }, given.suffixes);
    expect({ fields: connector?.fields, serverKeys: connector?.serverKeys, diagnostics }).toStrictEqual(want);
  });
});

const sshEnabled = entry("ssh.enabled", { control: "toggle" });
const sshEnabledField = field(0, { key: "sshEnabled", wireKey: "ssh.enabled", type: { type: "boolean" } });
const whenSsh = [{ key: "sshEnabled", wireKey: "ssh.enabled", op: "eq", value: true }] as const;

describe("conditions → requiredWhen / relevantWhen", () => {
  it.each<Row>([
    {
      name: "required under a condition: requiredWhen and relevantWhen, not required",
      given: [
        sshEnabled,
        entry(
          "ssh.host",
          { control: "string" },
          { required: true, conditions: [{ operator: "EQ", config: "ssh.enabled", value: true }] },
        ),
      ],
      want: {
        fields: [
          sshEnabledField,
          field(1, {
            key: "sshHost",
            wireKey: "ssh.host",
            type: { type: "string" },
            requiredWhen: [...whenSsh],
            relevantWhen: [...whenSsh],
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "optional under a condition: relevantWhen only",
      given: [
        sshEnabled,
        entry(
          "ssh.user",
          { control: "string" },
          { conditions: [{ operator: "eq", config: "ssh.enabled", value: true }] },
        ),
      ],
      want: {
        fields: [
          sshEnabledField,
          field(1, { key: "sshUser", wireKey: "ssh.user", type: { type: "string" }, relevantWhen: [...whenSsh] }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a condition may name the plain key of a suffixed field",
      given: [
        entry("ssh.enabled.user.defined", { control: "toggle" }),
        entry(
          "ssh.host",
          { control: "string" },
          { required: true, conditions: [{ operator: "NE", config: "ssh.enabled", value: false }] },
        ),
      ],
      want: {
        fields: [
          field(0, { key: "sshEnabled", wireKey: "ssh.enabled.user.defined", type: { type: "boolean" } }),
          field(1, {
            key: "sshHost",
            wireKey: "ssh.host",
            type: { type: "string" },
            requiredWhen: [{ key: "sshEnabled", wireKey: "ssh.enabled.user.defined", op: "ne", value: false }],
            relevantWhen: [{ key: "sshEnabled", wireKey: "ssh.enabled.user.defined", op: "ne", value: false }],
          }),
        ],
        serverKeys: ["ssh.enabled"],
        diagnostics: [],
      },
    },
    {
      name: "IN on an integer field: string values compared as numbers; all conditions must hold",
      given: [
        entry("mode", { control: "one-select", raw_values: [1, 2, 3] }),
        sshEnabled,
        entry(
          "extra",
          { control: "string" },
          {
            required: true,
            conditions: [
              { operator: "IN", config: "mode", value: ["1", 2, "x"] },
              { operator: "EQ", config: "ssh.enabled", value: true },
            ],
          },
        ),
      ],
      want: {
        fields: [
          field(0, {
            key: "mode",
            wireKey: "mode",
            type: { type: "integer", enum: [{ value: 1 }, { value: 2 }, { value: 3 }] },
          }),
          field(1, { key: "sshEnabled", wireKey: "ssh.enabled", type: { type: "boolean" } }),
          field(2, {
            key: "extra",
            wireKey: "extra",
            type: { type: "string" },
            requiredWhen: [{ key: "mode", wireKey: "mode", op: "in", value: [1, 2, "x"] }, ...whenSsh],
            relevantWhen: [{ key: "mode", wireKey: "mode", op: "in", value: [1, 2, "x"] }, ...whenSsh],
          }),
        ],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "an empty condition list is no condition",
      given: [entry("a", { control: "string" }, { required: true, conditions: [] })],
      want: {
        fields: [field(0, { key: "a", wireKey: "a", type: { type: "string" }, required: true })],
        serverKeys: [],
        diagnostics: [],
      },
    },
    {
      name: "a condition on a field users do not set: warned, the field becomes optional",
      given: [
        { name: "mode", user_defined: false, value: { control: "string", type: "raw" } },
        entry(
          "extra",
          { control: "string" },
          { required: true, conditions: [{ operator: "EQ", config: "mode", value: "x" }] },
        ),
      ],
      want: {
        fields: [field(1, { key: "extra", wireKey: "extra", type: { type: "string" } })],
        serverKeys: ["mode"],
        diagnostics: [
          diag(
            "warning",
            "condition-on-server-field",
            "/config/1/conditions/0/config",
            `condition names "mode", which users do not set; the field is treated as optional`,
            "extra",
          ),
        ],
      },
    },
  ])("$name", check);
});

const UNNAMED = "field entry has no name, so no key can be sent for it; this field is left out";

describe("an entry without a name: that field left out, warned, the connector kept", () => {
  it.each<Row>([
    {
      name: "an optional authored entry without a name",
      given: [
        entry("a", { control: "string" }),
        { user_defined: true, value: { type: "raw", control: "string" } },
        entry("b", { control: "toggle" }),
      ],
      want: {
        fields: [
          field(0, { key: "a", wireKey: "a", type: { type: "string" } }),
          field(2, { key: "b", wireKey: "b", type: { type: "boolean" } }),
        ],
        serverKeys: [],
        diagnostics: [diag("warning", "unnamed-field", "/config/1/name", UNNAMED)],
      },
    },
    {
      name: "a name that is no string, blank, or a server entry's (required for the server, not the user)",
      given: [
        { name: 42, user_defined: true, value: { control: "string" } },
        entry("a", { control: "string" }, { required: true }),
        { name: "  ", user_defined: true, value: { control: "string" } },
        { user_defined: false, required: true, value: { control: "string" } },
      ],
      want: {
        fields: [field(1, { key: "a", wireKey: "a", type: { type: "string" }, required: true })],
        serverKeys: [],
        diagnostics: [
          diag("warning", "unnamed-field", "/config/0/name", UNNAMED),
          diag("warning", "unnamed-field", "/config/2/name", UNNAMED),
          diag("warning", "unnamed-field", "/config/3/name", UNNAMED),
        ],
      },
    },
  ])("$name", check);
});

describe("bad input → warnings with a pointer, the connector left out", () => {
  it.each<Row>([
    {
      name: "missing control",
      given: [entry("a", {})],
      want: {
        diagnostics: [
          diag(
            "warning",
            "missing-control",
            "/config/0/value/control",
            "value.control is missing; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "no value at all",
      given: [{ name: "a", user_defined: true }],
      want: {
        diagnostics: [
          diag(
            "warning",
            "missing-control",
            "/config/0/value/control",
            "value.control is missing; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "unknown control",
      given: [entry("a", { control: "color-picker" })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "unknown-control",
            "/config/0/value/control",
            'unknown control type "color-picker"; this connector is left out',
            "a",
          ),
        ],
      },
    },
    {
      name: "select without raw_values",
      given: [entry("a", { control: "one-select" })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "empty-select",
            "/config/0/value/raw_values",
            'control "one-select" needs raw_values; this connector is left out',
            "a",
          ),
        ],
      },
    },
    {
      name: "raw_values not an array (and so an empty select)",
      given: [entry("a", { control: "one-select", raw_values: "x,y" })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "invalid-raw-values",
            "/config/0/value/raw_values",
            "raw_values must be an array; this connector is left out",
            "a",
          ),
          diag(
            "warning",
            "empty-select",
            "/config/0/value/raw_values",
            'control "one-select" needs raw_values; this connector is left out',
            "a",
          ),
        ],
      },
    },
    {
      name: "a raw value that is not a scalar",
      given: [entry("a", { control: "one-select", raw_values: ["x", null, { label: "no value" }] })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "invalid-raw-values",
            "/config/0/value/raw_values/1",
            "each raw value must be a string, number or boolean, or {value, label}; this connector is left out",
            "a",
          ),
          diag(
            "warning",
            "invalid-raw-values",
            "/config/0/value/raw_values/2",
            "each raw value must be a string, number or boolean, or {value, label}; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "raw values mixing strings and numbers",
      given: [entry("a", { control: "one-select", raw_values: ["x", 1] })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "mixed-raw-values",
            "/config/0/value/raw_values",
            "raw_values mix strings, numbers and booleans; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "entry that is not an object",
      given: ["database.user"],
      want: {
        diagnostics: [
          diag("warning", "invalid-field", "/config/0", "expected a field entry object; this connector is left out"),
        ],
      },
    },
    {
      name: "a required entry without a name: no key can be sent for what the server requires",
      given: [entry("a", { control: "string" }), { user_defined: true, required: true, value: { control: "string" } }],
      want: {
        diagnostics: [
          diag(
            "warning",
            "unnamed-field",
            "/config/1/name",
            "field entry has no name, but users must set it (required); this connector is left out",
          ),
        ],
      },
    },
    {
      name: "no entry with a name: not a field list one can read",
      given: [
        { user_defined: true, value: { control: "string" } },
        { name: " ", user_defined: true },
      ],
      want: {
        diagnostics: [
          diag("warning", "unnamed-field", "/config/0/name", UNNAMED),
          diag("warning", "unnamed-field", "/config/1/name", UNNAMED),
          diag("warning", "unnamed-fields", "/config", "no field entry has a name; this connector is left out"),
        ],
      },
    },
    {
      name: "name without letters or digits: named after `unnamed`, warned, the connector kept",
      given: [entry("._.", { control: "string" })],
      want: {
        fields: [field(0, { key: "unnamed", wireKey: "._.", type: { type: "string" } })],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "unnamed-key",
            "/config/0/name",
            "wire key has no letters or digits to derive an authoring name from; named after `unnamed`",
            "._.",
          ),
        ],
      },
    },
    {
      name: "duplicate wire key",
      given: [entry("a", { control: "string" }), entry("a", { control: "number" })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "duplicate-wire-key",
            "/config/1/name",
            "wire key also defined at /config/0; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "two wire keys with one authoring key: the later one suffixed, warned, the connector kept",
      given: [entry("a.b", { control: "string" }), entry("a_b", { control: "string" })],
      want: {
        fields: [
          field(0, { key: "aB", wireKey: "a.b", type: { type: "string" } }),
          field(1, { key: "aB2", wireKey: "a_b", type: { type: "string" } }),
        ],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "authoring-key-collision",
            "/config/1/name",
            'wire keys "a.b" and "a_b" both map to authoring key "aB"; "a_b" is authored as "aB2"',
            "a_b",
          ),
        ],
      },
    },
    {
      name: "suffix stripping makes a collision",
      given: [entry("a.user.defined", { control: "string" }), entry("a", { control: "string" })],
      want: {
        fields: [
          field(0, { key: "a", wireKey: "a.user.defined", type: { type: "string" } }),
          field(1, { key: "a2", wireKey: "a", type: { type: "string" } }),
        ],
        serverKeys: [],
        diagnostics: [
          diag(
            "warning",
            "authoring-key-collision",
            "/config/1/name",
            'wire keys "a.user.defined" and "a" both map to authoring key "a"; "a" is authored as "a2"',
            "a",
          ),
        ],
      },
    },
    {
      name: "conditions not an array",
      given: [entry("a", { control: "string" }, { conditions: { config: "b" } })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "invalid-conditions",
            "/config/0/conditions",
            "conditions must be an array; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "condition without a config name",
      given: [entry("a", { control: "string" }, { conditions: [{ operator: "EQ", value: 1 }] })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "invalid-condition",
            "/config/0/conditions/0",
            "condition needs a `config` field name; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "unknown operator",
      given: [
        sshEnabled,
        entry("a", { control: "string" }, { conditions: [{ operator: "GT", config: "ssh.enabled", value: 1 }] }),
      ],
      want: {
        diagnostics: [
          diag(
            "warning",
            "unknown-operator",
            "/config/1/conditions/0/operator",
            'unknown condition operator "GT"; expected EQ, NE or IN; this connector is left out',
            "a",
          ),
        ],
      },
    },
    {
      name: "IN without an array",
      given: [
        sshEnabled,
        entry("a", { control: "string" }, { conditions: [{ operator: "IN", config: "ssh.enabled", value: true }] }),
      ],
      want: {
        diagnostics: [
          diag(
            "warning",
            "invalid-condition",
            "/config/1/conditions/0/value",
            "IN needs an array value; this connector is left out",
            "a",
          ),
        ],
      },
    },
    {
      name: "condition on a field the connector does not define",
      given: [entry("a", { control: "string" }, { conditions: [{ operator: "EQ", config: "nope", value: 1 }] })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "condition-missing-field",
            "/config/0/conditions/0/config",
            'condition names field "nope", which this connector does not define; this connector is left out',
            "a",
          ),
        ],
      },
    },
    {
      name: "every problem of the file is reported at once",
      given: [entry("a", { control: "nope" }), entry("b", {}), entry("b", { control: "string" })],
      want: {
        diagnostics: [
          diag(
            "warning",
            "duplicate-wire-key",
            "/config/2/name",
            "wire key also defined at /config/1; this connector is left out",
            "b",
          ),
          diag(
            "warning",
            "unknown-control",
            "/config/0/value/control",
            'unknown control type "nope"; this connector is left out',
            "a",
          ),
          diag(
            "warning",
            "missing-control",
            "/config/1/value/control",
            "value.control is missing; this connector is left out",
            "b",
          ),
        ],
      },
    },
  ])("$name", check);
});

describe("the connector file", () => {
  it.each([
    {
      name: "display name, description, coming soon",
      given: { display_name: "Demo DB", description: "A demo.", coming_soon: true, config: [] },
      want: {
        connector: {
          kind: "sources",
          code: "demo",
          displayName: "Demo DB",
          description: "A demo.",
          comingSoon: true,
          fields: [],
          open: false,
          serverKeys: [],
          source: { file: FILE, pointer: "" },
        },
        diagnostics: [],
      },
    },
    {
      name: "no display name: the code; blank description left out",
      given: { description: " ", coming_soon: "yes", config: [] },
      want: {
        connector: {
          kind: "sources",
          code: "demo",
          displayName: "demo",
          comingSoon: false,
          fields: [],
          open: false,
          serverKeys: [],
          source: { file: FILE, pointer: "" },
        },
        diagnostics: [],
      },
    },
    {
      name: "no config array",
      given: { display_name: "Demo", config: {} },
      want: {
        connector: undefined,
        diagnostics: [
          diag(
            "warning",
            "invalid-connector-schema",
            "/config",
            "expected an object with a `config` array of field entries; this connector is left out",
          ),
        ],
      },
    },
    {
      name: "not an object",
      given: [],
      want: {
        connector: undefined,
        diagnostics: [
          diag(
            "warning",
            "invalid-connector-schema",
            "",
            "expected an object with a `config` array of field entries; this connector is left out",
          ),
        ],
      },
    },
  ])("$name", ({ given, want }) => {
    expect(parse(given)).toStrictEqual(want);
  });
});
