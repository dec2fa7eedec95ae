/**
 * The embed: /embed takes the explorer's URL parameters (lib/view/view-state.ts) and draws the figure alone,
 * for an iframe on another site. Its link back is the same parameters on /.
 */
export const EMBED_PATH = "/embed";

/** Height the embed page adds to its figure: the line above it (set, window, link back) and margins. */
export const EMBED_CHROME_PX = 56;

function withQuery(path: string, params: URLSearchParams | string): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The embed of a view (its parameters as serializeViewState writes them). */
export function embedPath(params: URLSearchParams | string): string {
  return withQuery(EMBED_PATH, params);
}

/** The full explorer on the same view: where the embed links back to. */
export function fullViewPath(params: URLSearchParams | string): string {
  return withQuery("/", params);
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The <iframe> a person pastes into their page: full width, the figure's height, lazy, no border. */
export function iframeSnippet({ origin, params, title, height }: { origin: string; params: URLSearchParams | string; title: string; height: number }): string {
  const src = `${origin}${embedPath(params)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}

/** The width the server draws an embed at before the browser measures its frame (a typical article column). */
export const EMBED_FIGURE_WIDTH = 720;
