import * as destinationsSink from "./destinations/sink.gen.js";
export type { SinkDestinationConfig, SinkDestinationWireConfig, SinkDestinationUpdateConfig, } from "./destinations/sink.gen.js";
import * as sourcesDemoDb from "./sources/demo-db.gen.js";
export type { DemoDbSourceConfig, DemoDbSourceWireConfig, DemoDbSourceUpdateConfig } from "./sources/demo-db.gen.js";
export { ConfigValidationError, deepEqual, suggestKey } from "./runtime.gen.js";
export type { ApiRequest, ConnectorSpec, KindApiSpec, Problem, ProblemCode, ValidateOptions } from "./runtime.gen.js";
export * from "./api.gen.js";
import type { Problem } from "./runtime.gen.js";
/** destinations connectors by code: `destinations.<code>.create(...)`. */
export declare const destinations: {
    readonly sink: typeof destinationsSink;
};
/** sources connectors by code: `sources.<code>.create(...)`. */
export declare const sources: {
    readonly "demo-db": typeof sourcesDemoDb;
};
/** Every connector module, by kind and code. */
export declare const connectors: {
    readonly destinations: typeof destinations;
    readonly sources: typeof sources;
};
export type ConnectorKind = "destinations" | "sources";
/** Any connector's config, discriminated by kind and connector code. */
export type ConnectorConfig = {
    kind: "destinations";
    connector: "sink";
    config: destinationsSink.SinkDestinationConfig;
} | {
    kind: "sources";
    connector: "demo-db";
    config: sourcesDemoDb.DemoDbSourceConfig;
};
/** Any connector's wire config, discriminated by kind and connector code. */
export type ConnectorWireConfig = {
    kind: "destinations";
    connector: "sink";
    config: destinationsSink.SinkDestinationWireConfig;
} | {
    kind: "sources";
    connector: "demo-db";
    config: sourcesDemoDb.DemoDbSourceWireConfig;
};
/** Validates any connector's config; an unknown kind or code is a problem too. */
export declare function validateConnectorConfig(entry: ConnectorConfig): Problem[];
import type { DestinationCreateEnvelope, DestinationCreateOptions } from "./api.gen.js";
/** The config type of each destinations connector, by connector code. */
export interface DestinationConfigs {
    sink: destinationsSink.SinkDestinationConfig;
}
/** A destinations connector as a value: which one, its name and config, and the rest of the create body. */
export type DestinationDefinition<C extends keyof DestinationConfigs = keyof DestinationConfigs> = {
    [K in C]: DestinationCreateEnvelope & {
        provider: "demo";
        kind: "destinations";
        connector: K;
        config: DestinationConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineDestination({ connector: "sink", name: "…", config: { … } });
 */
export declare function defineDestination<C extends keyof DestinationConfigs>(definition: Omit<DestinationDefinition<C>, "provider" | "kind"> & {
    provider?: "demo";
    kind?: "destinations";
}): DestinationDefinition<C>;
/** The validated create request for a definition made with `defineDestination`. */
export declare function createDestinationRequest<C extends keyof DestinationConfigs>(definition: DestinationDefinition<C>, options?: DestinationCreateOptions): ReturnType<(typeof destinations)[C]["create"]>;
import type { SourceCreateEnvelope, SourceCreateOptions } from "./api.gen.js";
/** The config type of each sources connector, by connector code. */
export interface SourceConfigs {
    "demo-db": sourcesDemoDb.DemoDbSourceConfig;
}
/** A sources connector as a value: which one, its name and config, and the rest of the create body. */
export type SourceDefinition<C extends keyof SourceConfigs = keyof SourceConfigs> = {
    [K in C]: SourceCreateEnvelope & {
        provider: "demo";
        kind: "sources";
        connector: K;
        config: SourceConfigs[K];
    };
}[C];
/**
 * Typed helper for a config file: `config` is checked against the chosen `connector`.
 *
 * @example
 * export default defineSource({ connector: "demo-db", name: "…", config: { … } });
 */
export declare function defineSource<C extends keyof SourceConfigs>(definition: Omit<SourceDefinition<C>, "provider" | "kind"> & {
    provider?: "demo";
    kind?: "sources";
}): SourceDefinition<C>;
/** The validated create request for a definition made with `defineSource`. */
export declare function createSourceRequest<C extends keyof SourceConfigs>(definition: SourceDefinition<C>, options?: SourceCreateOptions): ReturnType<(typeof sources)[C]["create"]>;
