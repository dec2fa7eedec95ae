/** The related-event links whose two ends are both among `ids`, read from `from`'s point of view. */
export function getLinksAmong(
  ids: readonly string[],
  relatedOf: (id: string) => readonly { id: string; label: string }[] | undefined,
): { from: string; to: string; label: string }[] {
  const shown = new Set(ids);
  return ids.flatMap((from) => (relatedOf(from) ?? []).filter((link) => shown.has(link.id)).map((link) => ({ from, to: link.id, label: link.label })));
}
