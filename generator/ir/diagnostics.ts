// Diagnostics name the file, JSON pointer, connector and field, and are
// gathered so one run reports every problem at once.

import { visible } from "../../templates/validate-text.js";

export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Short rule id, e.g. `unknown-control`, `duplicate-wire-key`. */
  rule: string;
  message: string;
  file?: string;
  /** JSON pointer into `file` (RFC 6901). */
  pointer?: string;
  connector?: string;
  field?: string;
}

/**
 * One diagnostic as one line of text. File names, connector codes, keys and messages come from the snapshot:
 * control characters (a newline that forges another line, ESC that drives the terminal) are shown as `\uXXXX`,
 * as in the diff's and validate's output.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return visible(diagnosticText(d));
}

function diagnosticText(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.pointer !== undefined ? `#${d.pointer}` : ""}` : "";
  const subject = [d.connector && `connector ${d.connector}`, d.field && `field ${JSON.stringify(d.field)}`]
    .filter(Boolean)
    .join(", ");
  return `${d.severity} [${d.rule}] ${[where, subject].filter(Boolean).join(" ")}: ${d.message}`;
}

/** A user-facing failure: bad input or a stale check. Carries every diagnostic. */
export class CodegenError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(summary: string, diagnostics: readonly Diagnostic[] = []) {
    super([summary, ...diagnostics.map((d) => `  ${formatDiagnostic(d)}`)].join("\n"));
    this.name = "CodegenError";
    this.diagnostics = diagnostics;
  }
}

export class Diagnostics {
  readonly items: Diagnostic[] = [];
  error(d: Omit<Diagnostic, "severity">): void {
    this.items.push({ severity: "error", ...d });
  }
  warn(d: Omit<Diagnostic, "severity">): void {
    this.items.push({ severity: "warning", ...d });
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "error");
  }
  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "warning");
  }
  /** Throws one CodegenError listing every error gathered so far. */
  throwIfErrors(summary: string): void {
    const errors = this.errors;
    if (errors.length > 0) throw new CodegenError(`${summary}: ${errors.length} error(s)`, errors);
  }
}

/**
 * Builds one connector with diagnostics of its own. Its errors (a dangling or
 * cyclic `$ref`, a recursive schema, an unknown control, …) leave that
 * connector out: each becomes a warning that says so, with its file and
 * pointer, and the rest of the provider generates. Every dialect builds its
 * connectors through this.
 */
export function buildAlone<T>(
  diags: Diagnostics,
  build: (own: Diagnostics) => T | undefined,
  /** The connector's place, for an internal error: it leaves this connector out, not the provider. */
  where?: { file: string; pointer: string; connector?: string },
): T | undefined {
  const own = new Diagnostics();
  let built: T | undefined;
  try {
    built = build(own);
  } catch (error) {
    // Bad input the provider cannot go on with is a CodegenError; anything else is a bug the schema found.
    if (where === undefined || !(error instanceof Error) || error instanceof CodegenError) throw error;
    own.error({
      rule: "internal-error",
      ...where,
      message: `building this connector failed on an internal error (${errorPlace(error)}; please report it with the schema)`,
    });
  }
  const failed = own.errors.length > 0;
  for (const d of own.items)
    diags.items.push(
      d.severity === "error" ? { ...d, severity: "warning", message: `${d.message}; this connector is left out` } : d,
    );
  return failed ? undefined : built;
}

/**
 * Where an internal error was thrown: its kind and the first frame of its stack (file name and line), never
 * its message, which may quote a schema's values.
 */
export function errorPlace(error: Error): string {
  const frame = /\n\s+at (.*)/.exec(error.stack ?? "")?.[1];
  const where = frame?.replace(/\(?[^()\s]*[\\/]([^\\/()\s]+:\d+):\d+\)?/, "$1").slice(0, 200);
  return where === undefined ? error.name : `${error.name} at ${where}`;
}

/** RFC 6901 pointer from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
