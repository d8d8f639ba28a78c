// Reading a file that is untrusted input (a snapshot's files, the name lock,
// the diff's ignore file): only a regular file, and never more than a bound,
// so a FIFO that never ends or a link to /dev/zero costs nothing.

// The reading itself lives in the validate template, which the generated
// package ships (it reads config files the same way): one implementation.

import { readBoundedBytes } from "../../templates/validate-files.js";

export { fileKind, readBoundedBytes, type BoundedBytes, type BoundedProblem } from "../../templates/validate-files.js";

export type BoundedRead = { text: string } | { problem: "not-a-file" | "too-large" };

/** The UTF-8 text of the regular file at `path`, if it holds at most `maxBytes` (errors as fs throws them, ENOENT included). */
export async function readBoundedFile(path: string, maxBytes: number): Promise<BoundedRead> {
  const read = await readBoundedBytes(path, maxBytes);
  if (!("bytes" in read)) return { problem: read.problem };
  return { text: Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8") };
}
