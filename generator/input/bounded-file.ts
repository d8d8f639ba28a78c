// Reading a small file a project keeps beside its snapshot (the name lock, the
// diff's ignore file): only a regular file, and never more than a bound, so a
// FIFO that never ends or a link to /dev/zero costs nothing.

import { open, stat } from "node:fs/promises";

export type BoundedRead = { text: string } | { problem: "not-a-file" | "too-large" };

/** The UTF-8 text of the regular file at `path`, if it holds at most `maxBytes` (errors as fs throws them, ENOENT included). */
export async function readBoundedFile(path: string, maxBytes: number): Promise<BoundedRead> {
  const info = await stat(path);
  if (!info.isFile()) return { problem: "not-a-file" };
  if (info.size > maxBytes) return { problem: "too-large" };
  const handle = await open(path, "r");
  try {
    // The size can change after stat: what is read is bounded all the same.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > maxBytes) return { problem: "too-large" };
    }
    return { text: buffer.subarray(0, length).toString("utf8") };
  } finally {
    await handle.close();
  }
}
