/**
 * Next's not-found page, drawn once and then sent from memory for every path no route answers
 * (server/handler.ts): junk paths cost no render. The page is the same for every path but in one
 * place: the router's state in the RSC payload names the address it was drawn for (`"c":["","a","b"]`),
 * which the browser's router takes as the page's address. So that place is cut out, and each answer
 * gets its own path there — never another visitor's. Only paths of
 * plain characters are answered this way (nothing in them that JSON, a script string or HTML would
 * escape, no dot segments, no trailing slash, which Next redirects), and a page that shows the path
 * anywhere else is not kept.
 */
const PLAIN_PATH = /^(\/[A-Za-z0-9\-_~!$'()*+,;=:@%.]+)+$/;

export function isPlainPath(pathname: string): boolean {
  return PLAIN_PATH.test(pathname) && !pathname.split("/").some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/** The router's address as it stands in the page: a JSON array written inside a script's string. */
function routerPath(pathname: string): Buffer {
  return Buffer.from(`\\"c\\":${JSON.stringify(pathname.split("/")).replaceAll('"', '\\"')}`);
}

export interface NotFoundTemplate {
  before: Buffer;
  after: Buffer;
}

/** The page drawn for `pathname`, its address cut out; null when it cannot be cut out cleanly (then the page is not kept). */
export function toNotFoundTemplate(body: Buffer, pathname: string): NotFoundTemplate | null {
  if (!isPlainPath(pathname)) return null;
  const needle = routerPath(pathname);
  const at = body.indexOf(needle);
  if (at === -1 || body.indexOf(needle, at + 1) !== -1) return null;
  const before = body.subarray(0, at);
  const after = body.subarray(at + needle.length);
  const echo = Buffer.from(pathname);
  if (before.includes(echo) || after.includes(echo)) return null;
  return { before, after };
}

/** The not-found page for `pathname` (a plain path). */
export function fillNotFoundTemplate(template: NotFoundTemplate, pathname: string): Buffer {
  return Buffer.concat([template.before, routerPath(pathname), template.after]);
}
