import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setResponseStatus } from "@/lib/http/process-slots";
import { createHandler, type HandlerOptions } from "@/server/handler";

/** The server's handler in front of a stand-in for Next that counts its renders. */
export async function serve(options: Partial<HandlerOptions> = {}, page: (req: IncomingMessage, res: ServerResponse) => void | Promise<void> = defaultPage) {
  const renders: string[] = [];
  const handle = createHandler({
    handle: async (req, res) => {
      renders.push(req.url ?? "");
      await page(req, res);
    },
    dev: false,
    trustedHops: 0,
    cacheMaxBytes: 4 * 1024 * 1024,
    cacheMaxEntryBytes: 1024 * 1024,
    cacheMaxOrigins: 4,
    bodyBudgetBytes: 64 * 1024 * 1024,
    pageRenders: { burst: 100_000, perMinute: 6_000_000 },
    pageErrors: { burst: 100_000, perMinute: 6_000_000 },
    stopping: () => false,
    ...options,
  });
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, url, renders };
}

/** A page with the nonce Next would stamp on its scripts, 10 kB of it; a bad link's page sets its status as /present does. */
export function defaultPage(req: IncomingMessage, res: ServerResponse) {
  const nonce = /'nonce-([^']+)'/.exec(String(req.headers["content-security-policy"]))?.[1];
  if (req.url?.includes("deck=1.garbage")) setResponseStatus(400);
  res.statusCode = 200;
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.end(`<html><script nonce="${nonce}"></script><p>${req.url}</p>${"<p>Iran – talks</p>".repeat(500)}</html>`);
}

