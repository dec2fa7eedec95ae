import type { z } from "zod";
import { markingSchema } from "../schema/primitives";
import { ORIENTATIONS, PAPERS } from "../report/report-query";
import { searchParamsSchema } from "../search/params";
import { viewParamsShape } from "../view/view-params";
import { bucketPx, MAX_PX, WINDOW_KEYS } from "../window/params";

/**
 * The query parameters each route reads, so the server can answer anything else with a redirect to
 * the canonical URL before Next renders (as /api/preview.png does for its own): `/?utm_source=x` and
 * a thousand junk variants all become `/`, one page in the cache, not a thousand. Routes whose
 * parameters are checked strictly (/api/export, /report/pdf: an unknown one is a 400) are not listed;
 * nor is anything Next serves itself.
 */

/** What a value becomes in the canonical URL: itself, another spelling of it, or nothing (the route would ignore it). */
type Rule = (value: string) => string | null;

const any: Rule = (value) => value;
const valid =
  (schema: z.ZodType): Rule =>
  (value) =>
    schema.safeParse(value).success ? value : null;
const oneOf =
  (values: readonly string[]): Rule =>
  (value) =>
    values.includes(value) ? value : null;

interface RouteParams {
  rules: Record<string, Rule>;
  /** A page reads the first value of a key; an API may read another (the window API reads the last), so its repeats stay. */
  page: boolean;
}

/** The explorer's view: a malformed value is dropped by the page (lenient parsing), so it is dropped from the URL too. */
const VIEW: Record<string, Rule> = Object.fromEntries(Object.entries(viewParamsShape).map(([key, schema]) => [key, valid(schema as z.ZodType)]));
/** A deck: a story by id, or a briefing carried whole in the link, and the step (lib/story/links.ts writes them). */
const DECK: Record<string, Rule> = { story: any, deck: any, step: any };
const keys = (names: readonly string[], rule: Rule = any) => Object.fromEntries(names.map((name) => [name, rule]));
/** An earlier commentary snapshot, which every API answering about the set's commentary or events reads beside its own keys. */
const SNAPSHOT: Record<string, Rule> = { snapshot: any };

const ROUTES: Record<string, RouteParams> = {
  "/": { rules: VIEW, page: true },
  "/embed": { rules: VIEW, page: true },
  "/present": { rules: DECK, page: true },
  "/present/presenter": { rules: DECK, page: true },
  // The report (the view, on paper) or, given a deck, the handout; print=1 opens the print dialog.
  // marking: a handling mark for this report or handout (a malformed one is dropped, as the page ignores it).
  "/report": { rules: { ...VIEW, ...DECK, paper: oneOf(PAPERS), orientation: oneOf(ORIENTATIONS), print: oneOf(["1"]), marking: valid(markingSchema) }, page: true },
  "/present/image": { rules: { ...DECK, format: any, part: any }, page: false },
  "/present/pptx": { rules: { story: any, deck: any }, page: false },
  "/api/window": { rules: { ...keys(WINDOW_KEYS), px: windowPx, ...SNAPSHOT }, page: false },
  "/api/window/links": { rules: { ...keys(WINDOW_KEYS), px: windowPx, ...SNAPSHOT }, page: false },
  "/api/search": { rules: { ...keys(Object.keys(searchParamsSchema.shape)), ...SNAPSHOT }, page: false },
  "/api/notes": { rules: { ids: any, ...SNAPSHOT }, page: false },
  "/api/facets": { rules: {}, page: false },
  "/api/health": { rules: {}, page: false },
};

/** The window API answers at widths rounded up to its buckets: one URL per bucket. */
function windowPx(value: string): string {
  const px = Number(value);
  return Number.isInteger(px) && px >= 1 && px <= MAX_PX && String(px) === value ? String(bucketPx(px)) : value;
}

function routeOf(pathname: string): RouteParams | undefined {
  // /api/events/<id> reads its id from the path and nothing from the query.
  return ROUTES[pathname] ?? (/^\/api\/events\/[^/]+$/.test(pathname) ? { rules: SNAPSHOT, page: false } : undefined);
}

/** The parameters a listed route reads, or null for a route the server leaves alone. */
export function routeParamKeys(pathname: string): string[] | null {
  const route = routeOf(pathname);
  return route ? Object.keys(route.rules) : null;
}

/**
 * The canonical form of a normalised query (keys sorted, lib/http/request-target.ts) for a route, or
 * null when the query already is canonical or the route is not listed.
 */
export function canonicalQuery(pathname: string, search: string): string | null {
  const route = routeOf(pathname);
  if (!route || search === "") return null;
  const out = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) {
    const rule = Object.hasOwn(route.rules, key) ? route.rules[key]! : null;
    if (!rule || (route.page && out.has(key))) continue;
    const kept = rule(value);
    if (kept !== null) out.append(key, kept);
  }
  const canonical = out.toString();
  return canonical === search ? null : canonical;
}
