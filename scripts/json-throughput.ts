// Throughput of the strict snapshot JSON parser against JSON.parse, in MB/s of
// UTF-16 text (code units / 1e6 per second), median of N timed rounds after a
// warm-up: every snapshot's files (the largest file alone too) and one
// synthetic 2,000-connector union document. Times are reported, never asserted.
//
//   npx tsx scripts/json-throughput.ts [--rounds 15]

import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { parseStrictJson } from "../generator/input/strict-json.js";
import { syntheticDocument } from "./synthetic-corpus.js";

const root = resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { rounds: { type: "string", default: "15" } } });
const rounds = Number(values.rounds);

async function jsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => join(e.parentPath, e.name));
}

/** Median MB/s of parsing every text once per round. */
function measure(texts: string[], parse: (text: string) => unknown): number {
  const chars = texts.reduce((sum, t) => sum + t.length, 0);
  // Enough passes per round for about 20 MB, so short inputs are not timer noise.
  const passes = Math.max(1, Math.round(20e6 / chars));
  const rates: number[] = [];
  for (let round = -2; round < rounds; round++) {
    const start = performance.now();
    for (let p = 0; p < passes; p++) for (const t of texts) parse(t);
    const seconds = (performance.now() - start) / 1000;
    if (round >= 0) rates.push((chars * passes) / 1e6 / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)]!;
}

const inputs: { name: string; texts: string[] }[] = [];
for (const provider of (await readdir(join(root, "schemas"))).sort()) {
  const files = await jsonFiles(join(root, "schemas", provider));
  const texts = await Promise.all(files.map((f) => readFile(f, "utf8")));
  inputs.push({ name: `schemas/${provider} (${files.length} files)`, texts });
  const largest = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const file = files[texts.indexOf(largest)]!.slice(root.length + 1);
  inputs.push({ name: file, texts: [largest] });
}
inputs.push({ name: "synthetic union, 2000 connectors", texts: [JSON.stringify(syntheticDocument(2000), null, 2)] });

console.log("| input | size (MB) | JSON.parse (MB/s) | strict (MB/s) | ratio |");
console.log("| --- | ---: | ---: | ---: | ---: |");
for (const { name, texts } of inputs) {
  const size = texts.reduce((sum, t) => sum + t.length, 0) / 1e6;
  const native = measure(texts, (t) => JSON.parse(t));
  const strict = measure(texts, (t) => parseStrictJson(t));
  console.log(
    `| ${name} | ${size.toFixed(2)} | ${native.toFixed(0)} | ${strict.toFixed(0)} | ${(strict / native).toFixed(2)} |`,
  );
}
