/** "AS" for "Alam Saleh": the first letter of the first and last names. */
export function getInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = words[0]?.charAt(0) ?? "";
  const last = words.length > 1 ? (words.at(-1)?.charAt(0) ?? "") : "";
  return `${first}${last}`.toUpperCase();
}

/** The first ~max characters of a quote, cut at a word boundary, with "…" when anything was cut. */
export function createExcerpt(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(" ", max);
  const head = clean.slice(0, cut > max / 2 ? cut : max).replace(/[\s,;:.–—-]+$/, "");
  return `${head}…`;
}
