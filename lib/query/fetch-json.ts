import type { QueryClient } from "@tanstack/react-query";

/** Answers a GET of our API without the network: a set previewed in the browser answers its own queries. */
export type LocalAnswer = (pathname: string, search: URLSearchParams) => unknown;

const localAnswers = new WeakMap<QueryClient, LocalAnswer>();

/** Every query of `client` is answered by `answer` from now on; nothing it asks reaches the server. */
export function answerLocally(client: QueryClient, answer: LocalAnswer): void {
  localAnswers.set(client, answer);
}

/**
 * GETs JSON from our own route handlers; a non-2xx answer becomes an Error carrying the server's message.
 * Given the query's context, a client that answers locally (answerLocally) is asked instead of the server.
 */
export async function fetchJson<T>(url: string, context?: { signal?: AbortSignal; client?: QueryClient }): Promise<T> {
  const local = context?.client && localAnswers.get(context.client);
  if (local) {
    const target = new URL(url, "http://local.invalid");
    return local(target.pathname, target.searchParams) as T;
  }
  const response = await fetch(url, { signal: context?.signal, headers: { accept: "application/json" } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && typeof body === "object" && "error" in body ? String(body.error) : response.statusText;
    throw new Error(message || `Request failed (${response.status})`);
  }
  return body as T;
}
