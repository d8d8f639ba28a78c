// `npm run codegen`: the generator's command line, compiled ahead of time
// (scripts/build.mjs), rebuilt first if its sources changed since.
import { ensureBuilt, ENTRY } from "./build.mjs";
import { pathToFileURL } from "node:url";

await ensureBuilt();
await import(pathToFileURL(ENTRY).href);
