// Reading a file that is untrusted input (a snapshot's files, the name lock,
// the diff's ignore file): only a regular file, and never more than a bound,
// so a FIFO that never ends or a link to /dev/zero costs nothing.

import { constants, type Stats } from "node:fs";
import { open, stat, type FileHandle } from "node:fs/promises";

export type BoundedRead = { text: string } | { problem: "not-a-file" | "too-large" };

/** Why a path was not read: not a regular file (`what` it is instead), or larger than the bound. */
export type BoundedProblem = { problem: "not-a-file"; what: string } | { problem: "too-large" };

export type BoundedBytes = { bytes: Uint8Array } | BoundedProblem;

/** What a path is, for a message: "a directory", "a FIFO", "a regular file", … */
export function fileKind(info: Stats): string {
  if (info.isFile()) return "a regular file";
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  return "neither a file nor a directory";
}

// Without blocking: opening a FIFO for reading otherwise waits for a writer. (No effect on a regular file.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of the regular file at `path` (links followed), if it holds at most
 * `maxBytes`; errors as fs throws them, ENOENT included. Anything else is
 * never opened: it is looked at with stat first, and what is opened (opened
 * without blocking, should a FIFO have taken the file's place since) is checked
 * again before a byte is read.
 */
export async function readBoundedBytes(path: string, maxBytes: number): Promise<BoundedBytes> {
  const info = await stat(path);
  if (!info.isFile()) return { problem: "not-a-file", what: fileKind(info) };
  if (info.size > maxBytes) return { problem: "too-large" };
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") return { problem: "not-a-file", what: "a directory" };
    throw error;
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { problem: "not-a-file", what: fileKind(opened) };
    // The size can change after stat: what is read is bounded all the same.
    let buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) return { problem: "too-large" };
        const larger = Buffer.alloc(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { problem: "too-large" };
    return { bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

/** The UTF-8 text of the regular file at `path`, if it holds at most `maxBytes` (errors as fs throws them, ENOENT included). */
export async function readBoundedFile(path: string, maxBytes: number): Promise<BoundedRead> {
  const read = await readBoundedBytes(path, maxBytes);
  if (!("bytes" in read)) return { problem: read.problem };
  return { text: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8") };
}
