// Child process for the crash tests.
//   crash-child.ts DIR FILES_JSON [STEP]      runs the real write stage on files the parent
//                                             rendered, announcing itself so the parent can
//                                             kill it mid-write (or killing itself at STEP);
//   crash-child.ts --fetch STEP SNAPSHOT OUT  runs a real fetch of streamkap (emulator URL and
//                                             token from the environment) and kills itself
//                                             with SIGKILL as the swap reaches STEP.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadConfig } from "../generator/config/config.js";
import { DEFAULT_HTTP } from "../generator/fetch/http.js";
import { writeOutput } from "../generator/output/write.js";
import { fetchAndRun } from "../generator/pipeline.js";

const args = process.argv.slice(2);
if (args[0] === "--fetch") {
  const [, step, snapshotDir, outDir] = args;
  const streamkap = (await loadConfig(resolve(import.meta.dirname, "../codegen.config.ts"))).find(
    (p) => p.name === "streamkap",
  )!;
  await fetchAndRun(
    { ...streamkap, snapshotDir: snapshotDir!, outDir: outDir! },
    "write",
    { env: process.env, concurrency: 4, http: { ...DEFAULT_HTTP, backoffMs: 1 } },
    {},
    {
      onStep: (s) => {
        if (s === step) process.kill(process.pid, "SIGKILL");
      },
    },
  );
  process.stdout.write("done\n");
} else {
  const [dir, filesJson, step] = args;
  const files = JSON.parse(await readFile(filesJson!, "utf8")) as { path: string; content: string }[];
  process.stdout.write("ready\n");
  const start = performance.now();
  await writeOutput(dir!, files, {
    onStep: (s) => {
      if (s === step) process.kill(process.pid, "SIGKILL");
    },
  });
  process.stdout.write(`done ${(performance.now() - start).toFixed(1)}\n`);
}
