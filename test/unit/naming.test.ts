// generator/ir/naming.ts on its own: wire keys to authoring keys, identifiers,
// type names and connector names, as given/want tables.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assignAuthoringKeys,
  authoringKey,
  camelIdentifier,
  connectorNames,
  isIdentifier,
  kindTypeName,
  pascalCase,
  stripSuffix,
} from "../../generator/ir/naming.js";

const STREAMKAP = [".user.defined", ".user.displayed"];

describe("stripSuffix", () => {
  it.each([
    {
      name: "first matching suffix",
      given: { key: "database.hostname.user.defined", suffixes: STREAMKAP },
      want: "database.hostname",
    },
    {
      name: "second suffix",
      given: { key: "ssh.public.key.user.displayed", suffixes: STREAMKAP },
      want: "ssh.public.key",
    },
    { name: "no suffix matches", given: { key: "database.dbname", suffixes: STREAMKAP }, want: "database.dbname" },
    { name: "no suffixes configured", given: { key: "a.user.defined", suffixes: [] }, want: "a.user.defined" },
    {
      name: "a key that is only the suffix is kept",
      given: { key: ".user.defined", suffixes: STREAMKAP },
      want: ".user.defined",
    },
    {
      name: "only one suffix is stripped",
      given: { key: "x.user.defined.user.defined", suffixes: STREAMKAP },
      want: "x.user.defined",
    },
    { name: "suffix order decides", given: { key: "a.b.c", suffixes: [".c", ".b.c"] }, want: "a.b" },
    {
      name: "suffix in the middle is kept",
      given: { key: "a.user.defined.b", suffixes: STREAMKAP },
      want: "a.user.defined.b",
    },
  ])("$name", ({ given, want }) => {
    expect(stripSuffix(given.key, given.suffixes)).toBe(want);
  });
});

describe("authoringKey", () => {
  it.each([
    {
      name: "dotted key with suffix",
      given: { key: "database.hostname.user.defined", suffixes: STREAMKAP },
      want: "databaseHostname",
    },
    { name: "snake case", given: { key: "access_key_id", suffixes: [] }, want: "accessKeyId" },
    { name: "kebab case", given: { key: "bootstrap-servers", suffixes: [] }, want: "bootstrapServers" },
    { name: "already camelCase", given: { key: "remoteUrl", suffixes: [] }, want: "remoteUrl" },
    {
      name: "PascalCase first word lowered",
      given: { key: "InsertStaticKey1.static.field", suffixes: [] },
      want: "insertStaticKey1StaticField",
    },
    { name: "all-caps first word lowered whole", given: { key: "SSH.enabled", suffixes: [] }, want: "sshEnabled" },
    {
      name: "mixed-caps first word only loses its first capital",
      given: { key: "URLPath", suffixes: [] },
      want: "uRLPath",
    },
    { name: "later words keep their case", given: { key: "use_SSL_mode", suffixes: [] }, want: "useSSLMode" },
    { name: "leading digit gets an underscore", given: { key: "3d.model", suffixes: [] }, want: "_3dModel" },
    { name: "repeated and edge separators", given: { key: "__a..b--", suffixes: [] }, want: "aB" },
    { name: "non-ASCII letters are letters", given: { key: "größe.wert", suffixes: [] }, want: "größeWert" },
    { name: "no letters or digits", given: { key: "._-", suffixes: [] }, want: undefined },
    { name: "empty key", given: { key: "", suffixes: [] }, want: undefined },
    {
      name: "key equal to a suffix is not stripped",
      given: { key: ".user.defined", suffixes: STREAMKAP },
      want: "userDefined",
    },
    // Collisions: naming does not resolve them (the dialect parsers report them); both give the same key.
    { name: "collision: dotted", given: { key: "a.b", suffixes: [] }, want: "aB" },
    { name: "collision: snake", given: { key: "a_b", suffixes: [] }, want: "aB" },
    { name: "collision: suffixed", given: { key: "a.b.user.defined", suffixes: STREAMKAP }, want: "aB" },
  ])("$name", ({ given, want }) => {
    expect(authoringKey(given.key, given.suffixes)).toBe(want);
  });

  // The definition, by Unicode property classes: ASCII keys take a faster path that must agree with it.
  const byDefinition = (key: string): string | undefined => {
    const parts = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
    if (parts.length === 0) return undefined;
    const [first, ...rest] = parts;
    const lowered =
      first === first!.toUpperCase() ? first!.toLowerCase() : first!.charAt(0).toLowerCase() + first!.slice(1);
    const joined = lowered + rest.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
    return /^\p{N}/u.test(joined) ? `_${joined}` : joined;
  };
  it("agrees with the Unicode definition on any key", () => {
    const piece = fc.constantFrom(
      "a",
      "Z",
      "0",
      "9",
      ".",
      "_",
      "-",
      " ",
      "/",
      "~",
      "é",
      "Ä",
      "٣",
      "²",
      "\u{1F600}",
      "ß",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join("")),
        ),
        (key) => {
          expect(authoringKey(key)).toBe(byDefinition(key));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("assignAuthoringKeys", () => {
  it.each([
    { name: "distinct keys", given: ["a.b", "c"], want: { keys: ["aB", "c"], unnamed: [], collisions: [] } },
    {
      name: "a taken key: the next free suffix, in order",
      given: ["a.b", "a_b", "a-b"],
      want: {
        keys: ["aB", "aB2", "aB3"],
        unnamed: [],
        collisions: [
          { index: 1, first: "a.b", base: "aB", key: "aB2" },
          { index: 2, first: "a.b", base: "aB", key: "aB3" },
        ],
      },
    },
    {
      name: "a suffix another key has plainly is skipped",
      given: ["a_b", "aB2", "a.b"],
      want: {
        keys: ["aB", "aB2", "aB3"],
        unnamed: [],
        collisions: [{ index: 2, first: "a_b", base: "aB", key: "aB3" }],
      },
    },
    {
      name: "no letters or digits: unnamed, then unnamed2 (a collision with the first)",
      given: ["._.", "--"],
      want: {
        keys: ["unnamed", "unnamed2"],
        unnamed: [0, 1],
        collisions: [{ index: 1, first: "._.", base: "unnamed", key: "unnamed2" }],
      },
    },
    {
      name: "a plain `unnamed` key keeps its name",
      given: ["..", "unnamed"],
      want: { keys: ["unnamed2", "unnamed"], unnamed: [0], collisions: [] },
    },
  ])("$name", ({ given, want }) => {
    expect(assignAuthoringKeys(given)).toEqual(want);
  });
});

describe("pascalCase", () => {
  it.each([
    { name: "kebab", given: "kafka-cloud", want: "KafkaCloud" },
    { name: "snake", given: "databricks_volumes", want: "DatabricksVolumes" },
    { name: "spaces and punctuation", given: "Google Drive (v2)", want: "GoogleDriveV2" },
    { name: "inner capitals kept", given: "mySQL", want: "MySQL" },
    { name: "leading digit", given: "2fa", want: "_2fa" },
    { name: "nothing usable", given: "!!!", want: "_" },
    { name: "empty", given: "", want: "_" },
  ])("$name", ({ given, want }) => {
    expect(pascalCase(given)).toBe(want);
  });
});

describe("camelIdentifier", () => {
  it.each([
    { name: "two words", given: "sources postgresql", want: "sourcesPostgresql" },
    { name: "reserved word gets an underscore", given: "class", want: "class_" },
    { name: "reserved after lowering", given: "Default", want: "default_" },
    { name: "TypeScript type keyword", given: "type", want: "type_" },
    { name: "contextual keyword", given: "await", want: "await_" },
    { name: "not reserved", given: "destinations", want: "destinations" },
    { name: "nothing usable", given: "---", want: "_" },
    { name: "leading digit", given: "1st", want: "_1st" },
  ])("$name", ({ given, want }) => {
    expect(camelIdentifier(given)).toBe(want);
  });

  // Bug: `eval` and `arguments` cannot be declared as bindings in strict code (every ES module):
  // `const eval = …` is a SyntaxError, yet camelIdentifier returns them unchanged.
  it.fails.each([
    { name: "eval is not a declarable binding", given: "eval", want: "eval_" },
    { name: "arguments is not a declarable binding", given: "arguments", want: "arguments_" },
  ])("$name", ({ given, want }) => {
    expect(camelIdentifier(given)).toBe(want);
  });
});

describe("kindTypeName", () => {
  it.each([
    { name: "plural", given: "sources", want: "Source" },
    { name: "plural destinations", given: "destinations", want: "Destination" },
    { name: "double s kept", given: "address", want: "Address" },
    { name: "not plural", given: "sink", want: "Sink" },
    { name: "single letter s kept", given: "s", want: "S" },
    { name: "kebab plural", given: "event-streams", want: "EventStream" },
  ])("$name", ({ given, want }) => {
    expect(kindTypeName(given)).toBe(want);
  });
});

describe("isIdentifier", () => {
  it.each([
    { name: "plain", given: "host", want: true },
    { name: "dollar and underscore", given: "$_x1", want: true },
    { name: "non-ASCII letter", given: "größe", want: true },
    { name: "reserved word is an IdentifierName", given: "class", want: true },
    { name: "dotted", given: "a.b", want: false },
    { name: "hyphen", given: "a-b", want: false },
    { name: "leading digit", given: "1a", want: false },
    { name: "empty", given: "", want: false },
    { name: "__proto__ never bare", given: "__proto__", want: false },
    { name: "emoji", given: "a😀", want: false },
  ])("$name", ({ given, want }) => {
    expect(isIdentifier(given)).toBe(want);
  });
});

describe("connectorNames", () => {
  it.each([
    {
      name: "simple code",
      given: { kind: "sources", code: "postgresql" },
      want: { typeName: "PostgresqlSource", modulePath: "sources/postgresql.gen.ts", binding: "sourcesPostgresql" },
    },
    {
      name: "kebab code",
      given: { kind: "sources", code: "kafka-cloud" },
      want: { typeName: "KafkaCloudSource", modulePath: "sources/kafka-cloud.gen.ts", binding: "sourcesKafkaCloud" },
    },
    {
      name: "unsafe file characters replaced, leading dots too",
      given: { kind: "destinations", code: "..a/b c" },
      want: { typeName: "ABCDestination", modulePath: "destinations/_a_b_c.gen.ts", binding: "destinationsABC" },
    },
    {
      name: "collision: type names and bindings of two codes agree (check-ir reports it)",
      given: { kind: "sources", code: "a_b" },
      want: { typeName: "ABSource", modulePath: "sources/a_b.gen.ts", binding: "sourcesAB" },
    },
    {
      name: "collision partner",
      given: { kind: "sources", code: "a-b" },
      want: { typeName: "ABSource", modulePath: "sources/a-b.gen.ts", binding: "sourcesAB" },
    },
  ])("$name", ({ given, want }) => {
    expect(connectorNames(given.kind, given.code)).toMatchObject(want);
  });
});
