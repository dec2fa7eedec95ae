/**
 * The width the explorer's figure was last drawn at, kept in a cookie so the server's first paint of
 * the next page is already the right size. Without one, the server guesses from the kind of device.
 */
export const FIGURE_WIDTH_COOKIE = "snapshots-figure-width";

/** The figure's width at 1280 px (pane beside it) and on a 390-px phone: the server's guesses. */
export const DESKTOP_FIGURE_WIDTH = 866;
export const PHONE_FIGURE_WIDTH = 364;

/** Widths are kept in steps of 8 px: close enough to draw the same scene, few enough to cache pages by. */
export function bucketWidth(width: number): number {
  return Math.min(3200, Math.max(280, Math.round(width / 8) * 8));
}

export function figureWidthFrom(cookie: string | undefined, userAgent: string | null, mobileHint: string | null): number {
  const remembered = Number(cookie);
  if (cookie && Number.isFinite(remembered) && remembered > 0) return bucketWidth(remembered);
  const phone = mobileHint === "?1" || /\b(Mobile|Android|iPhone)\b/i.test(userAgent ?? "");
  return phone ? PHONE_FIGURE_WIDTH : DESKTOP_FIGURE_WIDTH;
}

/** The same, from a request's headers: the page and the server's page cache (whose key it is part of) both read it so. */
export function figureWidthOfRequest(headers: { cookie?: string | null; userAgent?: string | null; mobile?: string | null }): number {
  const cookie = headers.cookie
    ?.split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${FIGURE_WIDTH_COOKIE}=`))
    ?.slice(FIGURE_WIDTH_COOKIE.length + 1);
  return figureWidthFrom(cookie, headers.userAgent ?? null, headers.mobile ?? null);
}

/** Browser side: remember the measured width for the next page the server draws. */
export function rememberFigureWidth(width: number): void {
  const value = bucketWidth(width);
  if (typeof document === "undefined" || document.cookie.includes(`${FIGURE_WIDTH_COOKIE}=${value}`)) return;
  document.cookie = `${FIGURE_WIDTH_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax`;
}
