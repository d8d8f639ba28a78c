// Replacing one file whole, as the commands that edit files people keep (config
// files by migrate, codegen.config.ts and package files by --bump) do: a reader
// sees the old text or the new, never a part.

import { randomBytes } from "node:crypto";
import { open, realpath, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `text` over `path` through a temporary sibling with a random name,
 * created exclusively (a file or link planted under the name makes it fail,
 * never followed), then renamed over the file. A symbolic link is kept and
 * the file it points to is replaced. Its permission bits are `mode` when
 * given, else the file's own (0o644 for a new file).
 */
export async function replaceFile(path: string, text: string, mode?: number): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const kept =
    mode ??
    (await stat(target).then(
      (s) => s.mode & 0o7777,
      () => 0o644,
    ));
  const temp = join(dirname(target), `.${basename(target)}.tmp-${randomBytes(8).toString("hex")}`);
  const handle = await open(temp, "wx", kept);
  try {
    try {
      await handle.writeFile(text);
      // The mode open gives is narrowed by the umask: set the file's own.
      await handle.chmod(kept);
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
