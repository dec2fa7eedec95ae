import type { SheetEvent } from "../story/slide-sheet";
import { SLIDE_TEXT_LINES } from "../story/slide-sheet";
import { textBlock, U, widthOf, type Box, type TextBlock } from "./text-block";

/** One numbered event: its disc (the number the figure's badge carries) and its lines, the date whole at the end. */
export interface ListEntry {
  id: string;
  number: number;
  disc: { cx: number; cy: number; r: number; size: number };
  text: Box & { lines: { text: string; date: string | null }[] };
}

export interface ListLayout extends Box {
  size: number;
  lineHeight: number;
  columns: number;
  entries: ListEntry[];
  /** "and 3 more" when the slide cannot hold every entry (the notes and the handout list them all). */
  more: TextBlock | null;
}

const COLUMN_GAP = 2.4 * U;
const ENTRY_GAP = 0.35 * U;

/** The title's lines and the date, never split, ending the last: at most `maxLines` lines, the title cut with "…" if need be. */
export function entryLines(title: string, date: string, size: number, width: number, maxLines: number = SLIDE_TEXT_LINES.listItem): { text: string; date: string | null }[] {
  const lines = textBlock(title, 0, 0, width, size).lines;
  const dateWidth = widthOf(` ${date}`, size);
  const last = lines[lines.length - 1] ?? "";
  const out = lines.map((text) => ({ text, date: null as string | null }));
  if (widthOf(last, size) + dateWidth <= width) out[out.length - 1]!.date = date;
  else out.push({ text: "", date });
  if (out.length <= maxLines) return out;
  const kept = out.slice(0, maxLines).map((line) => ({ ...line, date: null as string | null }));
  let words = kept[kept.length - 1]!.text.split(" ");
  const fits = () => widthOf(`${words.join(" ")}…`, size) + dateWidth <= width;
  while (words.length > 1 && !fits()) words = words.slice(0, -1);
  kept[kept.length - 1] = { text: `${words.join(" ").replace(/[\s,;:.–—-]+$/, "")}…`, date };
  return kept;
}

/**
 * The numbered list in `columns` columns (filled top to bottom, then left to right), set at `size`,
 * its bottom on `bottom`. Entries past `maxHeight` give way to an "and N more" line.
 */
export function layoutList(events: readonly SheetEvent[], x: number, bottom: number, width: number, columns: number, size: number, maxHeight = Infinity): ListLayout | null {
  if (events.length === 0) return null;
  const lineHeight = size * 1.25;
  const r = 0.62 * size;
  const indent = 2 * r + 0.7 * U;
  const colW = (width - (columns - 1) * COLUMN_GAP) / columns;
  const all = events.map((event) => entryLines(event.title, event.dateLabel, size, colW - indent));
  const heightOf = (lines: unknown[]) => lines.length * lineHeight + ENTRY_GAP;
  const place = (count: number) => {
    const perColumn = Math.ceil(count / columns);
    const heights = Array.from({ length: columns }, (_, c) => all.slice(c * perColumn, Math.min(count, (c + 1) * perColumn)).reduce((h, lines) => h + heightOf(lines), 0));
    return { perColumn, height: Math.max(...heights) - ENTRY_GAP };
  };
  let count = events.length;
  const moreHeight = lineHeight + ENTRY_GAP;
  while (count > 1 && place(count).height + (count < events.length ? moreHeight : 0) > maxHeight) count--;
  const { perColumn, height: entriesHeight } = place(count);
  const more = count < events.length ? textBlock(`and ${events.length - count} more (listed in the notes)`, x, bottom - lineHeight, width, size, { italic: true }) : null;
  const height = entriesHeight + (more ? moreHeight : 0);
  const top = bottom - height;
  const entries: ListEntry[] = [];
  for (let i = 0; i < count; i++) {
    const c = Math.floor(i / perColumn);
    const before = all.slice(c * perColumn, i).reduce((h, lines) => h + heightOf(lines), 0);
    const ex = x + c * (colW + COLUMN_GAP);
    const ey = top + before;
    const lines = all[i]!;
    entries.push({
      id: events[i]!.id,
      number: events[i]!.number,
      disc: { cx: ex + r, cy: ey + lineHeight / 2, r, size: size * 0.75 },
      text: { x: ex + indent, y: ey, width: colW - indent, height: lines.length * lineHeight, lines },
    });
  }
  return { x, y: top, width, height, size, lineHeight, columns, entries, more };
}
