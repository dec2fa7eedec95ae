/** Lower-case, diacritics removed: "Pezeshkian" matches "pezeshkián". One char in, one char out, so indices line up. */
export function foldText(text: string): string {
  // Most text is plain ASCII: lower-casing it is all folding does, and far cheaper than normalising each char.
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  let out = "";
  for (const char of text) {
    const base = char.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    out += base.length === char.length ? base : char;
  }
  return out;
}

/** Query words, folded; quotes and punctuation around words ignored. */
export function queryTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/[\s,;:"'“”‘’()]+/).filter((term) => term.length > 0))];
}
