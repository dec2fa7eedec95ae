import type { IncomingMessage, ServerResponse } from "node:http";
import type { Socket } from "node:net";
import { tooLargeMessage } from "../lib/http/body-limits";

export type BodyCheck = { ok: true } | { ok: false; status: 413 | 503; message: string } | { ok: false; status: 0 };

/** Bytes of request bodies held by every request at once, and the most there may be. */
export interface BodyBudget {
  held: number;
  max: number;
}

/** Whether a request says it carries a body (a length above zero, or chunks). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers["content-length"];
  return req.headers["transfer-encoding"] !== undefined || (length !== undefined && length.trim() !== "0");
}

type Push = (chunk: unknown, encoding?: BufferEncoding) => boolean;

/**
 * Holds a request's body back until all of it has arrived, counting bytes as Node's parser hands them
 * over (chunked or not, whatever Content-Length claimed), then gives it to the request's stream for
 * whoever reads it. Past `limit` the answer is 413 at once and the rest is never buffered: the parser
 * is told to stop reading. Must be called before the request handler first awaits, so no chunk passes
 * unseen. A body too slow to arrive is cut by the server's requestTimeout (server/main.ts).
 */
export function holdBody(req: IncomingMessage, limit: number, budget: BodyBudget): Promise<BodyCheck> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge(declared, limit));
  return new Promise((resolve) => {
    const push = req.push as Push;
    const held: Buffer[] = [];
    let size = 0;
    let settled = false;

    function settle(check: BodyCheck) {
      if (settled) return;
      settled = true;
      budget.held -= size;
      req.off("close", onClose);
      resolve(check);
    }
    function onClose() {
      if (!req.complete) settle({ ok: false, status: 0 });
    }
    req.on("close", onClose);

    (req as unknown as { push: Push }).push = (chunk) => {
      if (settled) return false;
      if (chunk === null) {
        // All of it arrived within the limit: hand it to the stream as if it had just come in.
        delete (req as unknown as { push?: Push }).push;
        for (const part of held) push.call(req, part);
        push.call(req, null);
        settle({ ok: true });
        return false;
      }
      const buffer = chunk as Buffer;
      size += buffer.length;
      budget.held += buffer.length;
      if (size > limit || budget.held > budget.max) {
        held.length = 0;
        settle(size > limit ? tooLarge(null, limit) : { ok: false, status: 503, message: "The server is receiving too many request bodies at once; try again in a moment." });
        return false;
      }
      held.push(buffer);
      return true;
    };
  });
}

function tooLarge(declared: number | null, limit: number): BodyCheck {
  return { ok: false, status: 413, message: tooLargeMessage(declared, limit) };
}

/**
 * An answer sent while the client is still sending its body (a 413, say): Node closes the socket as
 * soon as the answer is written, and the bytes still arriving then make the kernel reset the
 * connection, often before the client has read the answer (a client writing a 10 MB body gets EPIPE
 * instead of the 413). Instead the socket shuts its side only, and is closed `ms` later if the client
 * has not closed it first.
 */
export function lingerAfterAnswer(res: ServerResponse, ms = 2000): void {
  const socket = res.socket as (Socket & { destroySoon?: () => void }) | null;
  if (!socket) return;
  socket.destroySoon = () => {
    socket.end();
    setTimeout(() => socket.destroy(), ms).unref();
  };
}
