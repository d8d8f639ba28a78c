// Diagnostics name the file, JSON pointer, connector and field, and are
// gathered so one run reports every problem at once.

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

export function formatDiagnostic(d: Diagnostic): string {
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

/** RFC 6901 pointer from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}
