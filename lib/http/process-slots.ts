import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { RenderJob, RenderResult } from "../export/render-jobs";

/**
 * What the custom server (server/) and Next's bundles share inside one process. They are separate
 * module graphs (the server is plain Node, each route is bundled by Next), so a module-level variable
 * would exist once per graph: these slots hang off globalThis under one registered symbol instead.
 */

/** What a page or route handler tells the server about its response beyond what Next lets it set. */
export interface ResponseNotes {
  /** Replaces a 200 from the renderer, e.g. 413 for the report's limit page, 503 for the data error page. */
  status?: number;
  /** Retry-After in seconds, with a 503. */
  retryAfter?: number;
  /** Longest time the server may serve this response from its cache (default: until the data changes). */
  cacheTtlMs?: number;
  /** Aborted by the server when the client goes before its answer is sent: work for it can stop. */
  signal?: AbortSignal;
  /** Set by the server when it can splice HTML into this response as it streams out (a page's plain, uncompressed load). */
  spliceOffered?: boolean;
  /** HTML the server writes where `marker` stands in the page, instead of the page carrying it through React. */
  splice?: { marker: string; html: string };
}

/** The server's render pool (server/render-pool.ts): runs a job in a child process within its deadline. */
export type RenderRunner = (job: RenderJob, options: { deadlineMs: number; signal?: AbortSignal }) => Promise<RenderResult>;

/** The data set the process serves right now, as the server's cache keys need it. */
export interface ServedData {
  ok: boolean;
  /** "id@version#digest" of the set being served; null when none has loaded. */
  version: string | null;
}

interface Slots {
  notes: AsyncLocalStorage<ResponseNotes>;
  served: ServedData;
  /** Where this process accepts HTTP, as the server found it after listen(): "http://127.0.0.1:3000". */
  origin: string | null;
  renderer: RenderRunner | null;
}

const KEY = Symbol.for("snapshots.process-slots");
const registry = globalThis as unknown as Record<symbol, Slots | undefined>;
const slots: Slots = (registry[KEY] ??= { notes: new AsyncLocalStorage(), served: { ok: false, version: null }, origin: null, renderer: null });

/** Runs a request's handling with a fresh notes object the server reads when the head goes out. */
export function runWithResponseNotes<T>(notes: ResponseNotes, fn: () => T): T {
  return slots.notes.run(notes, fn);
}

/** Called by a page while it renders: the status its response should carry (no-op outside the server). */
export function setResponseStatus(status: number, retryAfter?: number): void {
  const notes = slots.notes.getStore();
  if (!notes) return;
  notes.status = status;
  if (retryAfter !== undefined) notes.retryAfter = retryAfter;
}

/**
 * Called by a page with a large piece of finished HTML (a handout written by a render pool child): when the
 * server can, it writes `html` into the response where the returned marker stands, so the page renders
 * the marker (`dangerouslySetInnerHTML`) and the HTML never passes through React's payload, which would
 * carry it twice (in the HTML and escaped in the RSC data) through the event loop. Null where the server
 * cannot (a client navigation's RSC answer, a compressed stream, outside the server): then render `html`
 * itself. One splice per response.
 */
export function spliceIntoResponse(html: string): string | null {
  const notes = slots.notes.getStore();
  if (!notes?.spliceOffered || notes.splice) return null;
  // "<" is written escaped in the RSC data and in React's text and attributes, so this marker stands literally only
  // where the page puts it as raw HTML; random, so nothing a visitor sends can forge it.
  const marker = `<!--snapshots-splice:${randomUUID()}-->`;
  notes.splice = { marker, html };
  return marker;
}

/** Called by a page that shows the time it was made: the server's cache keeps it at most this long. */
export function limitCacheTime(ms: number): void {
  const notes = slots.notes.getStore();
  if (notes) notes.cacheTtlMs = Math.min(ms, notes.cacheTtlMs ?? Infinity);
}

export function publishServedData(served: ServedData): void {
  slots.served = served;
}

export function getServedData(): ServedData {
  return slots.served;
}

export function setListenOrigin(origin: string): void {
  slots.origin = origin;
}

export function getListenOrigin(): string | null {
  return slots.origin;
}

/** The client of the request being answered went away (never aborted outside the server). */
export function requestSignal(): AbortSignal | undefined {
  return slots.notes.getStore()?.signal;
}

export function setRenderer(renderer: RenderRunner | null): void {
  slots.renderer = renderer;
}

export function getRenderer(): RenderRunner | null {
  return slots.renderer;
}
