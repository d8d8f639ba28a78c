// Unknown command-line flags, named with the closest known one: shared by the
// main command and its subcommands (diff, migrate), whose flag tables have
// parseArgs' shape.

import { didYouMean } from "../config/suggest.js";

/** What an unknown-flag check needs of a flag: parseArgs' own option shape fits. */
export interface FlagShape {
  readonly type: "boolean" | "string";
  readonly short?: string;
}

/**
 * The first argument that names no flag, as a message with the closest flag;
 * undefined when all are known. Values of string flags are skipped, and
 * nothing after `--` is a flag.
 */
export function unknownFlag(argv: readonly string[], flags: Readonly<Record<string, FlagShape>>): string | undefined {
  const names = Object.keys(flags);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") return undefined;
    if (!arg.startsWith("-") || arg === "-") continue;
    if (!arg.startsWith("--")) {
      const short = Object.entries(flags).find(([, f]) => f.short === arg.slice(1, 2));
      if (arg.length === 2 && short) continue;
      return `unknown option ${arg.slice(0, 100)}`;
    }
    const [name = "", value] = arg.slice(2).split(/=(.*)/s);
    const flag: FlagShape | undefined = Object.hasOwn(flags, name) ? flags[name] : undefined;
    if (flag) {
      if (flag.type === "string" && value === undefined) i++;
      continue;
    }
    if (name.startsWith("no-") && Object.hasOwn(flags, name.slice(3)) && flags[name.slice(3)]!.type === "boolean")
      continue;
    const candidates = names.flatMap((n) => (flags[n]!.type === "boolean" ? [n, `no-${n}`] : [n]));
    return `unknown option --${name.slice(0, 100)}${didYouMean(name, candidates, (n) => `--${n}`)}`;
  }
  return undefined;
}
