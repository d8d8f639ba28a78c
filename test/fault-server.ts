// A hostile API for the fetch tests: real HTTP on 127.0.0.1 (node:http), one
// handler per request path. Unlike scripts/emulator.ts, which imitates the
// real APIs, it serves what a broken or malicious server would: compression
// bombs, bodies that never end, compressed bodies, echoed credentials.
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FaultServer {
  url: string;
  /** Path (with query) and Accept-Encoding of every request, in order. */
  requests: { path: string; acceptEncoding: string | undefined }[];
  /** Bytes written to responses so far, all requests together. */
  sent(): number;
  close(): Promise<void>;
}

export type Encoding = "identity" | "gzip" | "deflate" | "deflate-raw" | "br";

export function encode(body: Buffer, encoding: Encoding): Buffer {
  switch (encoding) {
    case "identity":
      return body;
    case "gzip":
      return gzipSync(body);
    case "deflate":
      return deflateSync(body);
    case "deflate-raw": // what some servers send as `deflate`
      return deflateRawSync(body);
    case "br":
      return brotliCompressSync(body);
  }
}

/** A complete JSON (or any) body, optionally compressed, with its true Content-Length. */
export function body(
  content: unknown,
  options: { status?: number; encoding?: Encoding; headers?: Record<string, string> } = {},
): Handler {
  const text = typeof content === "string" ? content : JSON.stringify(content);
  const encoding = options.encoding ?? "identity";
  const bytes = encode(Buffer.from(text), encoding);
  return (_req, res) => {
    res.writeHead(options.status ?? 200, {
      "content-type": "application/json",
      "content-length": String(bytes.byteLength),
      ...(encoding === "identity" ? {} : { "content-encoding": encoding === "deflate-raw" ? "deflate" : encoding }),
      ...options.headers,
    });
    res.end(bytes);
  };
}

/** Writes what `next` yields, honouring backpressure, until it yields nothing or the client goes away. */
function pump(res: ServerResponse, next: () => Buffer | undefined): void {
  const step = () => {
    while (!res.destroyed) {
      const chunk = next();
      if (chunk === undefined) {
        res.end();
        return;
      }
      if (!res.write(chunk)) {
        res.once("drain", step);
        return;
      }
    }
  };
  step();
}

let member: Buffer | undefined;
const MEMBER_INFLATED = 64 * 1024 * 1024;

/**
 * A gzip body that inflates to `inflated` bytes of zeros: the same 64 MiB gzip
 * member (about 64 KiB) repeated, which is valid gzip (RFC 1952 allows several
 * members). Small on the wire, with a correct Content-Length.
 */
export function gzipBomb(inflated: number): Handler {
  member ??= gzipSync(Buffer.alloc(MEMBER_INFLATED), { level: 9 });
  const count = Math.ceil(inflated / MEMBER_INFLATED);
  return (_req, res) => {
    res.writeHead(200, {
      "content-type": "application/json",
      "content-encoding": "gzip",
      "content-length": String(member!.byteLength * count),
    });
    let left = count;
    pump(res, () => (left-- > 0 ? member : undefined));
  };
}

/** The encoded size of a `gzipBomb(inflated)` body. */
export function gzipBombSize(inflated: number): number {
  member ??= gzipSync(Buffer.alloc(MEMBER_INFLATED), { level: 9 });
  return member.byteLength * Math.ceil(inflated / MEMBER_INFLATED);
}

/** A JSON document that never ends: `{"a":"xxxx…` (or `prefix` then `xxxx…`), chunked, no Content-Length. */
export function endless(options: { status?: number; prefix?: string } = {}): Handler {
  const chunk = Buffer.alloc(64 * 1024, "x");
  return (_req, res) => {
    res.writeHead(options.status ?? 200, { "content-type": "application/json" });
    res.write(options.prefix ?? '{"a":"');
    pump(res, () => chunk);
  };
}

/**
 * A gzip body that never ends and never inflates to anything: a gzip header,
 * then empty stored deflate blocks (00 00 00 FF FF, what a sync flush emits)
 * forever. Only a limit on the encoded bytes stops it.
 */
export function endlessEmptyGzip(): Handler {
  const empty = Buffer.from([0x00, 0x00, 0x00, 0xff, 0xff]);
  const chunk = Buffer.concat(Array.from({ length: 13_107 }, () => empty)); // 64 KiB
  const header = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0x03]);
  return (_req, res) => {
    res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" });
    res.write(header);
    pump(res, () => chunk);
  };
}

/** `text` with every character as a JSON `\uXXXX` escape. */
export const jsonEscaped = (text: string) =>
  [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");

export async function startFaultServer(routes: Record<string, Handler>): Promise<FaultServer> {
  const requests: FaultServer["requests"] = [];
  const sockets = new Set<Socket>();
  let sent = 0;
  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, acceptEncoding: req.headers["accept-encoding"] });
    const handler = routes[path];
    if (handler) handler(req, res);
    else body({ detail: "Not Found" }, { status: 404 })(req, res);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => {
      sent += socket.bytesWritten;
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    sent: () => [...sockets].reduce((n, s) => n + s.bytesWritten, sent),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
