/**
 * Limits on text in the data files, by field name (docs/DATA.md). Checked by lib/data/check-text.ts
 * for every string in every file, wherever the field sits ("sources.0.title" counts as "title").
 */
export const TEXT_LIMITS: Record<string, number> = {
  id: 120,
  lane: 120,
  expert: 120,
  events: 120,
  lanes: 120,
  quotes: 120,
  actors: 120,
  tags: 120,
  label: 80,
  title: 300,
  publisher: 200,
  name: 200,
  role: 200,
  institution: 200,
  theme: 200,
  version: 200,
  asOfLabel: 200,
  marking: 100,
  url: 2048,
  summary: 2000,
  description: 2000,
  dateNote: 1000,
  asOfNote: 1000,
  quote: 4000,
  notes: 4000,
};

/** Any field not named above. */
export const DEFAULT_TEXT_LIMIT = 1000;

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they make
 * text display in an order other than its own ("gnp.exe" shown as "exe.png"). The marks U+200E,
 * U+200F and U+061C stay allowed: right-to-left text needs them and they reorder nothing on their own.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
