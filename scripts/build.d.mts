// Types of scripts/build.mjs, for the TypeScript that imports it (test/global-setup.ts).
export declare const ROOT: string;
export declare const ENTRY: string;
export declare function build(): Promise<number>;
export declare function ensureBuilt(): Promise<void>;
export declare function codegenNodeFlags(): string[];
