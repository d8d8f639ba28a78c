// Replacing one file whole, as the commands that edit files people keep (config
// files by migrate, codegen.config.ts and package files by --bump) do: a reader
// sees the old text or the new, never a part.

import { randomBytes } from "node:crypto";
import { lstat, open, realpath, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Writes `text` over `path` through a temporary sibling with a random name,
 * created exclusively (a file or link planted under the name makes it fail,
 * never followed), then renamed over the file. Its permission bits are `mode`
 * when given, else the file's own (0o644 for a new file). A symbolic link at
 * `path` is replaced by the file, unless `followLink` (a file the user keeps
 * and links to, as migrate's configs): then the file it points to is.
 */
export async function replaceFile(
  path: string,
  text: string,
  { mode, followLink = false }: { mode?: number; followLink?: boolean } = {},
): Promise<void> {
  const target = followLink ? await realpath(path).catch(() => path) : path;
  const kept =
    mode ??
    (await lstat(target).then(
      (s) => (s.isFile() ? s.mode & 0o7777 : 0o644),
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
