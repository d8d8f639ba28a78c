import { connectors } from "./index.js";
import { type Auth, type ClientOptions, type ConnectorClient, type ConnectorModule, type KindClient, type KindRoutes } from "./client-runtime.gen.js";
import type { paths } from "./openapi.gen.js";
export type { paths, components, operations } from "./openapi.gen.js";
export { ApiError, retryAfterMs, type Auth, type ClientOptions, type ClientUpdateOptions, type ConnectorClient, type Fetched, type KindClient, } from "./client-runtime.gen.js";
/** How requests authenticate, from the document's security scheme. */
export declare const auth: Auth | undefined;
/** A destination as POST /api/v1/destinations/ returns it (response 200). */
export type DestinationItem = paths["/api/v1/destinations/"]["post"]["responses"][200]["content"]["application/json"];
/** A source as POST /api/v1/sources/ returns it (response 200). */
export type SourceItem = paths["/api/v1/sources/"]["post"]["responses"][200]["content"]["application/json"];
/** The read, list and delete routes of each kind. */
export declare const routes: {
    readonly destinations: KindRoutes;
    readonly sources: KindRoutes;
};
/** The builder option that carries the credential header, per kind (the client fills it). */
export declare const credentialOptions: {
    readonly destinations: string | undefined;
    readonly sources: string | undefined;
};
export interface Client {
    readonly destinations: KindClient<(typeof connectors)["destinations"], DestinationItem>;
    readonly sources: KindClient<(typeof connectors)["sources"], SourceItem>;
}
/**
 * A client of unstructured's API: `client.<kind>.<code>.create(input)`, `.get(id)`, `.list()`,
 * `.update(id, input, { current })`, `.delete(id)`. The credential goes to `baseUrl`'s origin only.
 */
export declare function createClient(options: ClientOptions): Client;
/**
 * The client of one connector module alone (`import * as postgresql from ".../sources/postgresql"`):
 * a bundle holds that connector only.
 */
export declare function connectorClient<Kind extends keyof typeof routes, M extends ConnectorModule>(kind: Kind, module: M, options: ClientOptions): ConnectorClient<M, Kind extends keyof Client ? ItemOf<Kind> : never>;
type ItemOf<Kind> = Kind extends "destinations" ? DestinationItem : Kind extends "sources" ? SourceItem : never;
