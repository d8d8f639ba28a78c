// Emitter: the HTTP client of a provider. client-runtime.gen.ts is
// templates/client.ts copied (like the runtime); client.gen.ts wires the kinds'
// registries, the auth the document's security scheme names, the read and
// delete routes, and the response types from openapi-typescript's `paths`.
// Both are foreign TypeScript to the pipeline: formatted and compiled there.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { IrKindApi, IrProvider, IrRoute } from "../ir/ir.js";
import { kindTypeName } from "../ir/naming.js";
import { ROOT } from "../root.js";
import { banner, type OutputFile } from "../output/output.js";

const TEMPLATE = join(ROOT, "templates", "client.ts");

export async function emitClientRuntime(): Promise<OutputFile> {
  const text = (await readFile(TEMPLATE, "utf8")).replace(/from "\.\/runtime\.js";/g, 'from "./runtime.gen.js";');
  return { path: "client-runtime.gen.ts", content: banner("templates/client.ts") + text };
}

const str = JSON.stringify;

/** The documented JSON response of a route as a `paths` type, or a plain object when the document has none. */
function responseType(route: IrRoute | undefined): string {
  if (route?.status === undefined) return "Record<string, unknown>";
  return `paths[${str(route.path)}][${str(route.method.toLowerCase())}]["responses"][${route.status}]["content"]["application/json"]`;
}

function routeValue(route: IrRoute | undefined): string {
  if (route === undefined) return "undefined";
  const items = route.itemsProperty !== undefined ? `, itemsProperty: ${str(route.itemsProperty)}` : "";
  const paging = route.paging !== undefined ? `, paging: ${str(route.paging)}` : "";
  return `{ method: ${str(route.method)}, path: ${str(route.path)}${items}${paging} }`;
}

/** The builder option that carries the credential header, when the operation names it as a parameter. */
function credentialOption(api: IrKindApi): string | undefined {
  const auth = api.client?.auth;
  if (auth?.type !== "header") return undefined;
  return api.create.headers.find((h) => h.wireKey.toLowerCase() === auth.name.toLowerCase())?.key;
}

export function emitClient(ir: IrProvider): OutputFile | undefined {
  const kinds = ir.kinds.filter((k) => k.client !== undefined);
  if (kinds.length === 0) return undefined;
  const auth = kinds.find((k) => k.client!.auth)?.client!.auth;
  const lines: string[] = [
    banner(`${ir.provider}'s OpenAPI document`).trimEnd(),
    'import { connectors } from "./index.js";',
    "import {",
    "  kindClient,",
    "  transport,",
    "  type Auth,",
    "  type ClientOptions,",
    "  type ConnectorClient,",
    "  type ConnectorModule,",
    "  type KindClient,",
    "  type KindRoutes,",
    '} from "./client-runtime.gen.js";',
    // Only when a response is documented: an unused import would not compile under noUnusedLocals.
    ...(kinds.some((k) => k.client!.create.status !== undefined)
      ? ['import type { paths } from "./openapi.gen.js";']
      : []),
    "",
    "// openapi-fetch and friends take these.",
    'export type { paths, components, operations } from "./openapi.gen.js";',
    "export {",
    "  ApiError,",
    "  retryAfterMs,",
    "  type Auth,",
    "  type ClientOptions,",
    "  type ClientUpdateOptions,",
    "  type ConnectorClient,",
    "  type Fetched,",
    "  type KindClient,",
    '} from "./client-runtime.gen.js";',
    "",
    `/** How requests authenticate, from the document's security scheme${auth ? "" : " (none it names)"}. */`,
    `export const auth: Auth | undefined = ${auth ? str(auth) : "undefined"};`,
    "",
  ];
  for (const api of kinds) {
    const c = api.client!;
    const item = `${kindTypeName(api.kind)}Item`;
    lines.push(
      `/** A ${kindTypeName(api.kind).toLowerCase()} as ${c.create.method} ${c.create.path} returns it${c.create.status ? ` (response ${c.create.status})` : ""}. */`,
      `export type ${item} = ${responseType(c.create)};`,
      "",
    );
  }
  lines.push(
    "/** The read, list and delete routes of each kind. */",
    `export const routes: { ${kinds.map((k) => `readonly ${str(k.kind)}: KindRoutes`).join("; ")} } = {`,
    ...kinds.map((api) => {
      const c = api.client!;
      const connector = api.connectorProperty !== undefined ? `connectorProperty: ${str(api.connectorProperty)}, ` : "";
      return `  ${str(api.kind)}: { ${connector}configProperty: ${str(api.configProperty)}, get: ${routeValue(c.get)}, list: ${routeValue(c.list)}, delete: ${routeValue(c.delete)} },`;
    }),
    "};",
    "",
    "/** The builder option that carries the credential header, per kind (the client fills it). */",
    `export const credentialOptions: { ${kinds.map((k) => `readonly ${str(k.kind)}: string | undefined`).join("; ")} } = {`,
    ...kinds.map(
      (api) => `  ${str(api.kind)}: ${credentialOption(api) === undefined ? "undefined" : str(credentialOption(api))},`,
    ),
    "};",
    "",
    "export interface Client {",
    ...kinds.map(
      (api) =>
        `  readonly ${str(api.kind)}: KindClient<typeof connectors[${str(api.kind)}], ${kindTypeName(api.kind)}Item>;`,
    ),
    "}",
    "",
    "/**",
    ` * A client of ${ir.provider}'s API: \`client.<kind>.<code>.create(input)\`, \`.get(id)\`, \`.list()\`,`,
    " * `.update(id, input, { current })`, `.delete(id)`. The credential goes to `baseUrl`'s origin only.",
    " */",
    "export function createClient(options: ClientOptions): Client {",
    "  const send = transport(auth, options);",
    "  return {",
    ...kinds.map(
      (api) =>
        `    ${str(api.kind)}: kindClient(send, routes[${str(api.kind)}], connectors[${str(api.kind)}], { credentials: options.credentials, option: credentialOptions[${str(api.kind)}] }, options.secretMasks),`,
    ),
    "  };",
    "}",
    "",
    "/**",
    ' * The client of one connector module alone (`import * as postgresql from ".../sources/postgresql"`):',
    " * a bundle holds that connector only.",
    " */",
    `export function connectorClient<Kind extends keyof typeof routes, M extends ConnectorModule>(`,
    "  kind: Kind,",
    "  module: M,",
    "  options: ClientOptions,",
    "): ConnectorClient<M, Kind extends keyof Client ? ItemOf<Kind> : never> {",
    "  const send = transport(auth, options);",
    "  const kinds = kindClient(send, routes[kind], { [module.code]: module }, { credentials: options.credentials, option: credentialOptions[kind] }, options.secretMasks);",
    "  return kinds[module.code] as ConnectorClient<M, Kind extends keyof Client ? ItemOf<Kind> : never>;",
    "}",
    "",
    "type ItemOf<Kind> = " +
      kinds.map((api) => `Kind extends ${str(api.kind)} ? ${kindTypeName(api.kind)}Item : `).join("") +
      "never;",
    "",
  );
  return { path: "client.gen.ts", content: lines.join("\n") };
}
