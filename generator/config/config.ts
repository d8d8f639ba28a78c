// The user's codegen.config.ts: which providers to generate, from where, to where.

import { access } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { CodegenError } from "../ir/diagnostics.js";
import { isObject } from "../ir/plain.js";
import { importModule } from "./load-module.js";
import { didYouMean } from "./suggest.js";
import { checkSeverityOverrides, type DiffPolicy } from "../diff/policy.js";

/** How one kind (sources, destinations) is created and updated; read by the OpenAPI envelope parser. */
export interface KindApiOptions {
  /**
   * Body property carrying the connector code, e.g. `connector` or `type`. Omit it
   * when the code sits inside the config (a union member's const property).
   */
  connectorProperty?: string;
  /** Body property carrying the config. Default `config`. */
  configProperty?: string;
  /** `"POST /sources"`; default: the POST whose path ends in `/<kind>` or `/<kind>/`. */
  create?: string;
  /** `"PUT /sources/{id}"`; default: the PUT (else PATCH) on the create path plus one path parameter. */
  update?: string;
}

export type Dialect = "field-list" | "json-schema" | "union";
export const DIALECTS: readonly Dialect[] = ["field-list", "json-schema", "union"];

export interface ProviderConfig {
  /** Provider name; also names the output's package folder. */
  name: string;
  /** Input dialect of the connector schemas. */
  dialect: Dialect;
  /** Snapshot directory (`openapi.json`, `connectors/<kind>/<code>.json`), relative to the config file. */
  snapshot: string;
  /** Output directory, relative to the config file. */
  out: string;
  /**
   * Per connector kind (snapshot folder name): how requests are built. For the
   * union dialect, `discriminator` names the members' constant property when
   * they have more than one.
   */
  kinds: Record<string, KindApiOptions & { discriminator?: string }>;
  /** Wire-key suffixes dropped from authoring names, e.g. `.user.defined`. */
  suffixes?: string[];
  /**
   * Per connector (`"<kind>/<code>"`): authoring names to use instead of the derived ones
   * (`rename: { "<wire key>": "authoringName" }`) and wire keys to leave out of the
   * authoring interface (`exclude: ["<wire key>"]`). An override that matches nothing fails the run.
   */
  overrides?: Record<string, ConnectorOverrides>;
  /** Where `--fetch` downloads the snapshot from. */
  fetch?: FetchSettings;
  /** How `npm run codegen -- diff` judges schema changes. */
  diff?: DiffSettings;
}

/** Settings of the `diff` command for one provider. */
export interface DiffSettings {
  /** Severity per rule id instead of its default (`"off"`: leave the rule's changes out), e.g. `{ "default-changed": "info" }`. */
  severity?: DiffPolicy["severity"];
  /** Ignore file, relative to the config file: one `RULE CONNECTOR [FIELD]` a line, `#` comments. */
  ignore?: string;
  /** Confirmed or declared wire-key renames per connector: `{ "sources/postgresql": { "old.key": "new.key" } }`. */
  renames?: Record<string, Record<string, string>>;
}

/**
 * How to download a provider's snapshot. Paths are joined to the base URL;
 * `{code}` in a schema path is replaced by the URL-encoded connector code.
 */
export interface FetchSettings {
  /** Environment variable holding the API base URL, e.g. `STREAMKAP_API_URL`. */
  baseUrlEnv: string;
  /** Base URL when the variable is unset. */
  defaultBaseUrl?: string;
  /** The credential: read from `env`, sent in `header` (as `<scheme> <value>` when `scheme` is set). */
  credential?: { env: string; header: string; scheme?: string };
  /** Path (or absolute URL) of the OpenAPI document. */
  openapi: string;
  /** Per connector kind (snapshot folder name): how to list its codes and download each schema. */
  connectors?: Record<string, FetchKindSettings>;
}

export interface FetchKindSettings {
  /**
   * Where the connector codes come from: `"openapi"` (the connector property's enum or the
   * config oneOf's discriminator in the downloaded document), a fixed list, or a list endpoint
   * whose array sits at JSON pointer `items` (default: the body) and holds strings or objects
   * with the code in property `code`.
   */
  list: "openapi" | string[] | { path: string; items?: string; code?: string };
  /** Path of one connector's schema, with `{code}`, e.g. `/sources/connectors?connector_code={code}`. */
  schema: string;
  /** A 404 for a schema means "no separate schema" (the document has it) instead of an error. */
  optional?: boolean;
}

export interface ConnectorOverrides {
  rename?: Record<string, string>;
  exclude?: string[];
}

export interface CodegenConfig {
  providers: ProviderConfig[];
  /**
   * Publish the output as one npm package: `package.json` (exports map with a
   * subpath per provider and per connector) in `dir`, the providers' common
   * output folder. Omit to write no package.json.
   */
  package?: PackageSettings;
}

export interface PackageSettings {
  name: string;
  version: string;
  /** Package root, relative to the config file; every provider's `out` must sit directly in it. */
  dir: string;
  /** SPDX licence of the package (package.json `license`); default `UNLICENSED`. */
  license?: string;
}

export interface ResolvedPackage extends PackageSettings {
  rootDir: string;
}

/** Typed helper for codegen.config.ts, in the manner of vite/orval/kubb. */
export function defineConfig(config: CodegenConfig): CodegenConfig {
  return config;
}

export interface ResolvedProvider extends ProviderConfig {
  snapshotDir: string;
  outDir: string;
  /** `diff.ignore` resolved against the config file's folder. */
  diffIgnoreFile?: string;
}

/**
 * A kind's settings. Kinds are snapshot folder names: only the config's own
 * entries count, so a folder named `constructor` or `__proto__` has none
 * (never Object.prototype's members).
 */
export function settingsOfKind<T>(kinds: Readonly<Record<string, T>>, kind: string): T | undefined {
  return Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
}

const KIND_STRING_KEYS = ["connectorProperty", "configProperty", "create", "update", "discriminator"] as const;

// Every key each object of the config may have: anything else is a typo, named with the closest valid key.
const CONFIG_KEYS = ["providers", "package"];
const PACKAGE_KEYS = ["name", "version", "dir", "license"];
const PROVIDER_KEYS = ["name", "dialect", "snapshot", "out", "kinds", "suffixes", "overrides", "fetch", "diff"];
const OVERRIDE_KEYS = ["rename", "exclude"];
const FETCH_KEYS = ["baseUrlEnv", "defaultBaseUrl", "credential", "openapi", "connectors"];
const CREDENTIAL_KEYS = ["env", "header", "scheme"];
const FETCH_KIND_KEYS = ["list", "schema", "optional"];

const quoteKey = (key: string) => `\`${key.length > 100 ? `${key.slice(0, 100)}…` : key}\``;

/** Fails on the first key of `object` that is not in `keys`, suggesting the closest one. */
function checkKeys(where: string, object: object, keys: readonly string[]): void {
  for (const key of Object.keys(object))
    if (!keys.includes(key))
      throw new CodegenError(
        `${where}: unknown key ${quoteKey(key)}${didYouMean(key, keys, quoteKey)}; valid keys: ${keys.join(", ")}`,
      );
}

/** The provider's nested objects have only known keys (their values are checked where they are used). */
function checkProviderKeys(where: string, p: ProviderConfig): void {
  for (const [kind, entry] of Object.entries(p.kinds))
    checkKeys(`${where}: kinds.${kind}`, entry, [...KIND_STRING_KEYS]);
  const overrides: unknown = p.overrides;
  if (overrides !== undefined) {
    if (!isObject(overrides)) throw new CodegenError(`${where}: overrides must be an object keyed by "<kind>/<code>"`);
    for (const [id, entry] of Object.entries(overrides)) {
      if (!isObject(entry)) throw new CodegenError(`${where}: overrides[${JSON.stringify(id)}] must be an object`);
      checkKeys(`${where}: overrides[${JSON.stringify(id)}]`, entry, OVERRIDE_KEYS);
    }
  }
  const fetch: unknown = p.fetch;
  if (fetch !== undefined) {
    if (!isObject(fetch)) throw new CodegenError(`${where}: fetch must be an object`);
    checkKeys(`${where}: fetch`, fetch, FETCH_KEYS);
    if (isObject(fetch.credential)) checkKeys(`${where}: fetch.credential`, fetch.credential, CREDENTIAL_KEYS);
    if (isObject(fetch.connectors))
      for (const [kind, entry] of Object.entries(fetch.connectors))
        if (isObject(entry)) checkKeys(`${where}: fetch.connectors.${kind}`, entry, FETCH_KIND_KEYS);
  }
}

/** `kinds` and each kind entry are objects whose settings are strings: a config error naming the key, never a TypeError later. */
function checkKinds(path: string, p: ProviderConfig): void {
  const kinds: unknown = p.kinds;
  if (!isObject(kinds) || Object.keys(kinds).length === 0)
    throw new CodegenError(
      `${path}: provider ${p.name}: \`kinds\` must be an object with one entry per connector kind`,
    );
  for (const [kind, entry] of Object.entries(kinds)) {
    if (!isObject(entry))
      throw new CodegenError(
        `${path}: provider ${p.name}: kinds.${kind} must be an object (e.g. { connectorProperty: "type" })`,
      );
    for (const key of KIND_STRING_KEYS)
      if (entry[key] !== undefined && (typeof entry[key] !== "string" || entry[key] === ""))
        throw new CodegenError(`${path}: provider ${p.name}: kinds.${kind}.${key} must be a non-empty string`);
  }
}

/** The `diff` settings, checked when the config is read: an error names the key, never a TypeError in a later diff. */
function checkDiffSettings(where: string, diff: unknown): void {
  if (diff === undefined) return;
  if (!isObject(diff)) throw new CodegenError(`${where}: diff must be an object`);
  checkSeverityOverrides(where, diff.severity);
  if (diff.ignore !== undefined && (typeof diff.ignore !== "string" || diff.ignore === ""))
    throw new CodegenError(`${where}: diff.ignore must be a file path`);
  const renames = diff.renames;
  if (renames === undefined) return;
  const ok =
    isObject(renames) &&
    Object.values(renames).every((m) => isObject(m) && Object.values(m).every((v) => typeof v === "string"));
  if (!ok) throw new CodegenError(`${where}: diff.renames must map "kind/code" to { "old wire key": "new wire key" }`);
}

export async function loadConfig(path: string): Promise<ResolvedProvider[]> {
  return (await loadConfigFile(path)).providers;
}

export async function loadConfigFile(
  path: string,
): Promise<{ providers: ResolvedProvider[]; package: ResolvedPackage | undefined }> {
  const file = resolve(path);
  try {
    await access(file);
  } catch {
    throw new CodegenError(`config file ${path} not found`);
  }
  let loaded: { default?: CodegenConfig };
  try {
    loaded = (await importModule(file)) as { default?: CodegenConfig };
  } catch (error) {
    throw new CodegenError(`${path}: cannot load it: ${String((error as Error)?.message ?? error)}`);
  }
  const config = loaded.default;
  if (isObject(config)) checkKeys(path, config, CONFIG_KEYS);
  if (!config || !Array.isArray(config.providers))
    throw new CodegenError(`${path}: expected \`export default defineConfig({ providers: [...] })\``);
  const base = dirname(file);
  const names = new Set<string>();
  const providers = config.providers.map((p, i): ResolvedProvider => {
    if (!isObject(p)) throw new CodegenError(`${path}: providers[${i}] must be an object`);
    checkKeys(`${path}: providers[${i}]`, p, PROVIDER_KEYS);
    if (typeof p.name !== "string" || !/^[a-z0-9][a-z0-9._-]*$/i.test(p.name))
      throw new CodegenError(`${path}: providers[${i}].name must be a simple name`);
    if (names.has(p.name)) throw new CodegenError(`${path}: provider ${p.name} is configured twice`);
    names.add(p.name);
    if (!DIALECTS.includes(p.dialect))
      throw new CodegenError(
        `${path}: provider ${p.name}: unknown dialect ${JSON.stringify(p.dialect)}${typeof p.dialect === "string" ? didYouMean(p.dialect, DIALECTS, (d) => JSON.stringify(d)) : ""}; one of ${DIALECTS.join(", ")}`,
      );
    for (const key of ["snapshot", "out"] as const)
      if (typeof p[key] !== "string" || p[key] === "")
        throw new CodegenError(
          `${path}: provider ${p.name}: \`${key}\` must be a folder path (relative to the config file)`,
        );
    checkKinds(path, p);
    checkProviderKeys(`${path}: provider ${p.name}`, p);
    checkDiffSettings(`${path}: provider ${p.name}`, p.diff);
    return {
      ...p,
      snapshotDir: resolve(base, p.snapshot),
      outDir: resolve(base, p.out),
      ...(p.diff?.ignore !== undefined ? { diffIgnoreFile: resolve(base, p.diff.ignore) } : {}),
    };
  });
  let pkg: ResolvedPackage | undefined;
  if (config.package) {
    if (!isObject(config.package)) throw new CodegenError(`${path}: package must be an object`);
    checkKeys(`${path}: package`, config.package, PACKAGE_KEYS);
    for (const key of PACKAGE_KEYS) {
      const value = (config.package as unknown as Record<string, unknown>)[key];
      // Every package setting is a string; the licence alone may be left out.
      if (typeof value !== "string" && !(key === "license" && value === undefined))
        throw new CodegenError(`${path}: package.${key} must be a string`);
    }
    const rootDir = resolve(base, config.package.dir);
    for (const p of providers)
      if (dirname(p.outDir) !== rootDir)
        throw new CodegenError(
          `${path}: provider ${p.name}'s out must sit directly in package.dir (${config.package.dir})`,
        );
    pkg = { ...config.package, rootDir };
  }
  return { providers, package: pkg };
}
