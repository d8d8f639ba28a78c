// Stage 1: read a snapshot directory into memory. Nothing else reads files.
//   DIR/openapi.json
//   DIR/connectors/<kind>/<code>.json

import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { CodegenError, type Diagnostic } from "../ir/diagnostics.js";
import { compareText } from "../ir/plain.js";

export interface SnapshotFile {
  /** Path relative to the snapshot directory, with forward slashes. */
  path: string;
  json: unknown;
}

export interface SnapshotConnector {
  kind: string;
  code: string;
  file: SnapshotFile;
}

export interface Snapshot {
  dir: string;
  /** Hash of every file read (names and bytes): equal hashes, equal snapshots. */
  hash: string;
  openapi: SnapshotFile;
  /** Sorted by kind, then code. */
  connectors: SnapshotConnector[];
}

function parseJson(text: string, path: string, problems: Diagnostic[]): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = "";
    if (position) {
      const before = text.slice(0, Number(position[1]));
      const line = before.split("\n").length;
      const column = before.length - before.lastIndexOf("\n");
      where = ` at line ${line}, column ${column}`;
    }
    problems.push({ severity: "error", rule: "invalid-json", file: path, message: `invalid JSON${where}: ${message}` });
    return undefined;
  }
}

/** Only a YAML document loads the YAML parser. */
async function parseYaml(text: string, path: string, problems: Diagnostic[]): Promise<unknown> {
  const { parseDocument } = await import("yaml");
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    problems.push({
      severity: "error",
      rule: "invalid-yaml",
      file: path,
      message: `invalid YAML at line ${e.linePos?.[0]?.line ?? "?"}, column ${e.linePos?.[0]?.col ?? "?"}: ${e.message.split("\n")[0]}`,
    });
    return undefined;
  }
  return doc.toJS({ maxAliasCount: 1000 }) as unknown;
}

async function listDir(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).map((e) => e.name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

export async function loadSnapshot(dir: string): Promise<Snapshot> {
  const problems: Diagnostic[] = [];
  const hash = createHash("sha256");
  // openapi.json, else openapi.yaml / openapi.yml.
  let openapi: SnapshotFile | undefined;
  for (const name of ["openapi.json", "openapi.yaml", "openapi.yml"]) {
    let text: string;
    try {
      text = await readFile(join(dir, name), "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
      throw new CodegenError(`cannot read ${join(dir, name)}: ${(error as Error).message}`);
    }
    hash.update(`${name}\0${text}\0`);
    openapi = {
      path: name,
      json: name.endsWith(".json") ? parseJson(text, name, problems) : await parseYaml(text, name, problems),
    };
    break;
  }
  if (!openapi) throw new CodegenError(`cannot read ${join(dir, "openapi.json")} (nor openapi.yaml): no such file`);

  const connectors: SnapshotConnector[] = [];
  const connectorsDir = join(dir, "connectors");
  for (const kind of (await listDir(connectorsDir)).sort(compareText)) {
    const files = (await listDir(join(connectorsDir, kind))).filter((f) => f.endsWith(".json")).sort(compareText);
    const texts = await Promise.all(files.map((f) => readFile(join(connectorsDir, kind, f), "utf8")));
    files.forEach((f, i) => {
      const path = `connectors/${kind}/${f}`;
      hash.update(`${path}\0${texts[i]!}\0`);
      connectors.push({
        kind,
        code: f.slice(0, -".json".length),
        file: { path, json: parseJson(texts[i]!, path, problems) },
      });
    });
  }
  if (problems.length > 0) throw new CodegenError(`snapshot ${dir} has unreadable files`, problems);
  return { dir, hash: hash.digest("hex"), openapi, connectors };
}
