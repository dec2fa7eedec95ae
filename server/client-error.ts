import { STATUS_CODES, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { securityHeaders } from "../lib/http/security-headers";

/** What Node's parser found wrong with a request, as the status the client gets. */
function statusOf(error: NodeJS.ErrnoException): number {
  if (error.code === "HPE_HEADER_OVERFLOW") return 431;
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return 408;
  if (error.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW") return 413;
  return 400;
}

const MESSAGES: Record<number, string> = {
  408: "The request took too long to arrive.",
  413: "The request is larger than this server takes.",
  431: "The request's headers are larger than this server takes.",
};

/**
 * The server's answer to a request Node refuses before any handler sees it (malformed, headers over
 * 16 KB, too slow to arrive): a plain status with the same security headers as every other response
 * (lib/http/security-headers.ts), then the connection closes. Nothing is written when an answer to this
 * socket has already begun, or the socket can no longer be written.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (error.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) return void socket.destroy();
  const status = statusOf(error);
  const body = `${MESSAGES[status] ?? "The request is malformed."}\n`;
  const headers: Record<string, string> = {
    ...securityHeaders({ pathname: "/", contentType: "text/plain", nonce: "" }),
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": String(Buffer.byteLength(body)),
    "Cache-Control": "no-store",
    Connection: "close",
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  // A client that never closes its side (a slow sender) does not keep the socket either.
  setTimeout(() => socket.destroy(), 1000).unref();
}
