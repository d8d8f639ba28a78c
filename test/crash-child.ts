// Child process for the crash tests: runs the real write stage on files the
// parent rendered, and announces itself so the parent can kill it mid-write.
import { readFile } from "node:fs/promises";
import { writeOutput } from "../generator/output/write.js";

const [dir, filesJson] = process.argv.slice(2);
const files = JSON.parse(await readFile(filesJson!, "utf8")) as { path: string; content: string }[];
process.stdout.write("ready\n");
const start = performance.now();
await writeOutput(dir!, files);
process.stdout.write(`done ${(performance.now() - start).toFixed(1)}\n`);
