// The IR as the stage cache keeps it: one text per snapshot, a JSON header
// line (provider, kinds, warnings, and each connector's id, file, length in
// characters and in UTF-8 bytes, and a digest of its text) followed by every
// connector's JSON text. A reader can take one connector's text without
// parsing the others, and the diff reads only the header and the texts whose
// digests differ between two snapshots. JSON.stringify writes no raw line
// break, so the header ends at the first one.

import { createHash } from "node:crypto";
import type { Diagnostic } from "./diagnostics.js";
import type { IrConnector, IrKindApi, IrProvider } from "./ir.js";

/** A connector of a cache text: what the header says of it, and its text where read. */
export interface IrIndexedConnector {
  /** `kind/code`. */
  id: string;
  /** The connector's `source.file`. */
  file: string;
  /** A digest of its JSON text: equal digests, equal connectors. */
  digest: string;
  /** Its JSON text, when read. */
  text?: string;
}

export interface IrTextConnector extends IrIndexedConnector {
  /** Its JSON text: equal texts, equal connectors. */
  text: string;
}

/** A cache text's header, and the texts of some of its connectors (those read). */
export interface IrIndex {
  provider: string;
  kinds: IrKindApi[];
  warnings: Diagnostic[];
  connectors: IrIndexedConnector[];
}

export interface IrParts extends IrIndex {
  connectors: IrTextConnector[];
}

interface Header {
  provider: string;
  kinds: IrKindApi[];
  warnings: Diagnostic[];
  connectors: [id: string, file: string, length: number, bytes: number, digest: string][];
}

/** The digest of a connector's text: 128 bits of its SHA-256. */
export const textDigest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

/**
 * The cache text of an IR and its warnings. JSON has no -0: JSON.stringify
 * writes it as 0, so the text, not the object, is what a later run gets.
 */
export function encodeIr(ir: IrProvider, warnings: Diagnostic[]): string {
  const texts = ir.connectors.map((c) => JSON.stringify(c));
  const header: Header = {
    provider: ir.provider,
    kinds: ir.kinds,
    warnings,
    connectors: ir.connectors.map((c, i) => [
      `${c.kind}/${c.code}`,
      c.source.file,
      texts[i]!.length,
      Buffer.byteLength(texts[i]!),
      textDigest(texts[i]!),
    ]),
  };
  return `${JSON.stringify(header)}\n${texts.join("")}`;
}

/** Whether `value` holds a -0 anywhere (which its JSON text holds as 0). Walks with an explicit stack. */
export function hasNegativeZero(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "number") {
      if (v === 0 && 1 / v < 0) return true;
    } else if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (typeof v === "object" && v !== null) {
      for (const key in v) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** A cache text's header line (no line break in it), read; undefined when it is not one. */
function readHeader(line: string): Header | undefined {
  let header: Header;
  try {
    header = JSON.parse(line) as Header;
  } catch {
    return undefined;
  }
  if (header === null || typeof header !== "object" || !Array.isArray(header.connectors)) return undefined;
  const fits = ([id, file, length, bytes, digest]: Header["connectors"][number]) =>
    typeof id === "string" &&
    typeof file === "string" &&
    Number.isSafeInteger(length) &&
    length >= 0 &&
    Number.isSafeInteger(bytes) &&
    bytes >= length &&
    typeof digest === "string";
  return header.connectors.every((c) => Array.isArray(c) && fits(c)) ? header : undefined;
}

/** The parts of a cache text; undefined when it is not one (then the entry counts as a miss). */
export function decodeIr(text: string): IrParts | undefined {
  const end = text.indexOf("\n");
  if (end === -1) return undefined;
  const header = readHeader(text.slice(0, end));
  if (header === undefined) return undefined;
  const connectors: IrTextConnector[] = [];
  let at = end + 1;
  for (const [id, file, length, , digest] of header.connectors) {
    connectors.push({ id, file, digest, text: text.slice(at, at + length) });
    at += length;
  }
  if (at !== text.length) return undefined;
  return { provider: header.provider, kinds: header.kinds, warnings: header.warnings, connectors };
}

/** A cache text as read in part: its bytes from a place, a length on. */
export type ReadBytes = (position: number, length: number) => Promise<Uint8Array | undefined>;

/** Bytes of a header read at a time, and at most. */
const HEADER_CHUNK = 1 << 16;
const MAX_HEADER_BYTES = 1 << 28;

/**
 * The header of a cache text of `size` bytes, read from its start, and where each connector's text
 * lies; undefined when it is not one (or its texts would not end where the file does).
 */
export async function readIrIndex(
  read: ReadBytes,
  size: number,
): Promise<{ index: IrIndex; places: Map<string, { at: number; bytes: number }> } | undefined> {
  const chunks: Buffer[] = [];
  let end = -1;
  let scanned = 0;
  while (end === -1) {
    if (scanned >= Math.min(size, MAX_HEADER_BYTES)) return undefined;
    const chunk = await read(scanned, Math.min(HEADER_CHUNK << Math.min(chunks.length, 8), size - scanned));
    if (chunk === undefined || chunk.length === 0) return undefined;
    const newline = chunk.indexOf(0x0a);
    if (newline !== -1) end = scanned + newline;
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    scanned += chunk.length;
  }
  const header = readHeader(Buffer.concat(chunks).toString("utf8", 0, end));
  if (header === undefined) return undefined;
  const places = new Map<string, { at: number; bytes: number }>();
  let at = end + 1;
  const connectors: IrIndexedConnector[] = [];
  for (const [id, file, , bytes, digest] of header.connectors) {
    connectors.push({ id, file, digest });
    places.set(id, { at, bytes });
    at += bytes;
  }
  if (at !== size) return undefined;
  return { index: { provider: header.provider, kinds: header.kinds, warnings: header.warnings, connectors }, places };
}

/**
 * The index with the texts of the connectors `wanted` picks read in; undefined when one cannot be read
 * or is not the text its digest names (a cache file cut short or changed).
 */
export async function withTexts(
  index: IrIndex,
  places: Map<string, { at: number; bytes: number }>,
  read: ReadBytes,
  wanted: (c: IrIndexedConnector) => boolean,
): Promise<IrIndex | undefined> {
  const connectors: IrIndexedConnector[] = [];
  for (const c of index.connectors) {
    if (!wanted(c)) {
      connectors.push(c);
      continue;
    }
    const place = places.get(c.id)!;
    const bytes = await read(place.at, place.bytes);
    if (bytes === undefined || bytes.length !== place.bytes) return undefined;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
    if (textDigest(text) !== c.digest) return undefined;
    connectors.push({ ...c, text });
  }
  return { ...index, connectors };
}

/** The whole IR of `parts`. */
export function irOf(parts: IrParts): IrProvider {
  return {
    provider: parts.provider,
    kinds: parts.kinds,
    connectors: parts.connectors.map((c) => JSON.parse(c.text) as IrConnector),
  };
}
