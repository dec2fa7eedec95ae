"use client";

import { createContext, useContext } from "react";

/** An answer of the desk's API that was not a success: its status and what it said. */
export class DeskRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(typeof body.error === "string" ? body.error : `The desk's server answered ${status}.`);
    this.name = "DeskRequestError";
  }
}

export interface DeskApi {
  get<T>(url: string): Promise<T>;
  /** A write: JSON, from this page (the browser sends its Origin), with the session's CSRF token. */
  send<T>(method: "POST" | "PUT" | "DELETE", url: string, body: unknown): Promise<T>;
}

async function answer<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) throw new DeskRequestError(response.status, body);
  return body as T;
}

export function createDeskApi(csrfToken: string, onSignedOut: () => void): DeskApi {
  async function check<T>(request: Promise<Response>): Promise<T> {
    const response = await request;
    if (response.status === 401) onSignedOut();
    return answer<T>(response);
  }
  return {
    get: <T,>(url: string) => check<T>(fetch(url, { headers: { accept: "application/json" }, cache: "no-store" })),
    send: <T,>(method: "POST" | "PUT" | "DELETE", url: string, body: unknown) =>
      check<T>(fetch(url, { method, headers: { "content-type": "application/json", accept: "application/json", "x-csrf-token": csrfToken }, body: JSON.stringify(body), cache: "no-store" })),
  };
}

export const DeskApiContext = createContext<DeskApi | null>(null);

export function useDeskApi(): DeskApi {
  const api = useContext(DeskApiContext);
  if (!api) throw new Error("useDeskApi outside the desk");
  return api;
}
