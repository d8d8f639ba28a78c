// The IR as the stage cache keeps it: one text per snapshot, a JSON header
// line (provider, kinds, warnings, and each connector's id, file and length)
// followed by every connector's JSON text. A reader can take one connector's
// text without parsing the others, so the diff parses only the connectors
// whose text differs between two snapshots. JSON.stringify writes no raw line
// break, so the header ends at the first one.

import type { Diagnostic } from "./diagnostics.js";
import type { IrConnector, IrKindApi, IrProvider } from "./ir.js";

export interface IrTextConnector {
  /** `kind/code`. */
  id: string;
  /** The connector's `source.file`. */
  file: string;
  /** Its JSON text: equal texts, equal connectors. */
  text: string;
}

export interface IrParts {
  provider: string;
  kinds: IrKindApi[];
  warnings: Diagnostic[];
  connectors: IrTextConnector[];
}

interface Header {
  provider: string;
  kinds: IrKindApi[];
  warnings: Diagnostic[];
  connectors: [id: string, file: string, length: number][];
}

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
    connectors: ir.connectors.map((c, i) => [`${c.kind}/${c.code}`, c.source.file, texts[i]!.length]),
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

/** The parts of a cache text; undefined when it is not one (then the entry counts as a miss). */
export function decodeIr(text: string): IrParts | undefined {
  const end = text.indexOf("\n");
  if (end === -1) return undefined;
  let header: Header;
  try {
    header = JSON.parse(text.slice(0, end)) as Header;
  } catch {
    return undefined;
  }
  if (!Array.isArray(header.connectors)) return undefined;
  const connectors: IrTextConnector[] = [];
  let at = end + 1;
  for (const [id, file, length] of header.connectors) {
    connectors.push({ id, file, text: text.slice(at, at + length) });
    at += length;
  }
  if (at !== text.length) return undefined;
  return { provider: header.provider, kinds: header.kinds, warnings: header.warnings, connectors };
}

/** The whole IR of `parts`. */
export function irOf(parts: IrParts): IrProvider {
  return {
    provider: parts.provider,
    kinds: parts.kinds,
    connectors: parts.connectors.map((c) => JSON.parse(c.text) as IrConnector),
  };
}
