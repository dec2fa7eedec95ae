/**
 * Which requests make Next draw a page per request when the server's cache cannot answer them: the
 * pages (and the not-found page any unknown address gets). The server admits these per client
 * (PAGE_RENDER_BURST, PAGE_RENDER_PER_MINUTE) so one address cannot keep the process drawing pages
 * nobody asks for twice. API answers take milliseconds and are not counted; the routes that rasterise
 * or print (/report/pdf, /present/image, /present/pptx) have their own admission
 * (lib/server/render-admission.ts); files are not drawn.
 */
const OWN_ADMISSION = new Set(["/report/pdf", "/present/image", "/present/pptx"]);

export function isPageRender(pathname: string): boolean {
  if (pathname.startsWith("/api/") || pathname.startsWith("/_next/") || OWN_ADMISSION.has(pathname)) return false;
  return !/\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf("/") + 1));
}
