import type { ScaleTime } from "d3-scale";
import { overlaps } from "./rect-index";
import { measureText, wrapText } from "./text";
import { EXPERT_COLOURS, type Theme } from "./theme";
import type { Rect, SceneCallout, SceneNote } from "./types";

/** Where the leader leaves the box: this far in from its left edge. */
const ANCHOR_OFFSET = 10;
const GAP = 8;

interface NoteBox {
  note: SceneNote;
  surname: string;
  lines: string[];
  width: number;
  rows: number;
}

interface Group {
  key: string;
  at: number;
  notes: NoteBox[];
  /** Notes of the anchor that did not fit in the band's height. */
  more: number;
  width: number;
  rows: number;
  priority: number;
}

/** A group placed once for all zooms: its rows, and the coarsest scale (ms per px) at which it still shows. */
interface Placed extends Group {
  row: number;
  maxScale: number;
}

export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.at(-1) ?? name;
}

function noteBox(note: SceneNote, theme: Theme): NoteBox {
  const c = theme.callout!;
  const surname = surnameOf(note.expertName);
  const head = `${surname}: `;
  const headWidth = measureText(head, c.size, "bold");
  const oneLine = headWidth + measureText(note.headline, c.size);
  if (oneLine + c.pad * 2 <= c.maxWidth) return { note, surname, lines: [note.headline], width: oneLine + c.pad * 2 + 3, rows: 1 };
  // Two lines: the surname and the start of the headline, then the rest. Never cut.
  const words = note.headline.split(/\s+/);
  for (let k = words.length - 1; k > 0; k--) {
    const first = words.slice(0, k).join(" ");
    const rest = words.slice(k).join(" ");
    const w1 = headWidth + measureText(first, c.size);
    const w2 = measureText(rest, c.size);
    if (w1 + c.pad * 2 <= c.maxWidth && w2 + c.pad * 2 <= c.maxWidth) return { note, surname, lines: [first, rest], width: Math.max(w1, w2) + c.pad * 2 + 3, rows: 2 };
  }
  const wrapped = wrapText(note.headline, c.size, c.maxWidth - c.pad * 2, 2) ?? [note.headline];
  return { note, surname, lines: wrapped, width: c.maxWidth, rows: Math.max(2, wrapped.length) };
}

/** How far a leader at `at` must be from a box's anchor to pass beside the box rather than through it. */
function clearance(box: Group, at: number): number {
  return at >= box.at ? box.width - ANCHOR_OFFSET : ANCHOR_OFFSET;
}

const cache = new WeakMap<readonly SceneNote[], Map<string, Placed[]>>();

/**
 * Every note's row and zoom range, decided once for the whole set (Been, Daiches & Yap's "active
 * ranges"): notes are grouped by anchor and placed by priority in the row that keeps them visible the
 * longest; a group shows while the window's scale is at most its maxScale, so nothing pops in and out
 * as a person zooms. Boxes and leaders never overlap at any scale where both show.
 */
function placeGroups(notes: readonly SceneNote[], experts: readonly string[], theme: Theme): Placed[] {
  const key = `${theme.medium}:${theme.callout!.rows}:${theme.callout!.maxWidth}:${experts.join(",")}`;
  const memo = cache.get(notes)?.get(key);
  if (memo) return memo;
  const rows = theme.callout!.rows;
  const byAnchor = new Map<string, SceneNote[]>();
  for (const note of notes) {
    const anchor = note.eventIds[0] ?? `range:${note.range?.[0]}`;
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), note]);
  }
  const order = (id: string) => (experts.indexOf(id) + 1 || 99);
  const groups: Group[] = [...byAnchor].map(([anchor, members]) => {
    const boxes = members.sort((a, b) => order(a.expertId) - order(b.expertId)).map((note) => noteBox(note, theme));
    const kept: NoteBox[] = [];
    let used = 0;
    for (const box of boxes) {
      const room = rows - (kept.length < boxes.length - 1 ? 1 : 0);
      if (used + box.rows > (box === boxes.at(-1) ? rows : room)) break;
      kept.push(box);
      used += box.rows;
    }
    const more = boxes.length - kept.length;
    return {
      key: anchor,
      at: members[0]!.at,
      notes: kept,
      more,
      width: Math.max(...kept.map((b) => b.width), more ? 80 : 0),
      rows: used + (more ? 1 : 0),
      priority: Math.max(...members.map((n) => n.importance)) * 100 + members.length,
    };
  });
  groups.sort((a, b) => b.priority - a.priority || a.at - b.at);
  const placed: Placed[] = [];
  for (const group of groups) {
    let best: { row: number; scale: number } | null = null;
    for (let row = 0; row + group.rows <= rows; row++) {
      let scale = Infinity;
      const bottom = row + group.rows - 1;
      for (const other of placed) {
        const otherBottom = other.row + other.rows - 1;
        const dt = Math.abs(group.at - other.at);
        if (row <= otherBottom && other.row <= bottom) scale = Math.min(scale, dt / ((group.at <= other.at ? group.width : other.width) + GAP));
        // A leader runs down from a box to the lanes, through every row below the box.
        if (bottom > otherBottom) scale = Math.min(scale, dt / (clearance(group, other.at) + GAP));
        if (otherBottom > bottom) scale = Math.min(scale, dt / (clearance(other, group.at) + GAP));
      }
      if (!best || scale > best.scale || (scale === best.scale && row > best.row)) best = { row, scale };
    }
    if (best) placed.push({ ...group, row: best.row, maxScale: best.scale });
  }
  const forNotes = cache.get(notes) ?? new Map<string, Placed[]>();
  forNotes.set(key, placed);
  cache.set(notes, forNotes);
  return placed;
}

export interface CalloutContext {
  x: ScaleTime<number, number>;
  theme: Theme;
  band: { top: number; bottom: number };
  plotX0: number;
  plotX1: number;
  /** Where a note's event is drawn in this scene (a mark or the badge holding it), or null. */
  anchorOf: (eventId: string) => { x: number; y: number } | null;
  selectedNoteId: string | null;
  experts: readonly string[];
}

interface Shown {
  group: Placed;
  box: Rect;
  callouts: SceneCallout[];
}

/** The callouts of one window: the placed groups whose zoom range includes this scale, a final overlap check, and "+N notes". */
export function layoutCallouts(notes: readonly SceneNote[], ctx: CalloutContext) {
  const { theme, x, band } = ctx;
  const c = theme.callout!;
  const [from, to] = x.domain().map(Number) as [number, number];
  const scale = (to - from) / (ctx.plotX1 - ctx.plotX0);
  const rowHeight = c.rowHeight;
  const colourOf = (expertId: string) => EXPERT_COLOURS[Math.max(0, ctx.experts.indexOf(expertId)) % EXPERT_COLOURS.length]!;
  const shown: Shown[] = [];
  const leaders: Rect[] = [];
  const hidden: string[] = [];
  const isSelected = (group: Placed) => group.notes.some((n) => n.note.id === ctx.selectedNoteId);
  const groups = [...placeGroups(notes, ctx.experts, theme)].sort((a, b) => Number(isSelected(b)) - Number(isSelected(a)));
  for (const group of groups) {
    const first = group.notes[0]!.note;
    const anchorEvent = first.eventIds.map((id) => ctx.anchorOf(id)).find((at) => at !== null) ?? null;
    const range = first.range;
    if (!anchorEvent && !(range && range[1] > from && range[0] < to)) continue;
    const anchor = anchorEvent ?? { x: Math.max(x(range![0]), ctx.plotX0), y: band.bottom };
    if (anchor.x < ctx.plotX0 - 1 || anchor.x > ctx.plotX1 + 1) continue;
    const ids = group.notes.map((n) => n.note.id);
    if (group.maxScale < scale && !isSelected(group)) {
      hidden.push(...ids);
      continue;
    }
    const x0 = Math.min(Math.max(anchor.x - ANCHOR_OFFSET, ctx.plotX0), ctx.plotX1 - group.width);
    const y0 = band.top + group.row * rowHeight;
    const box = { x0, x1: x0 + group.width, y0, y1: y0 + group.rows * rowHeight - 2 };
    const bx = Math.min(Math.max(anchor.x, box.x0 + 3), box.x1 - 3);
    const leaderBox = { x0: bx - 1, x1: bx + 1, y0: box.y1, y1: band.bottom };
    if (shown.some((other) => overlaps(box, other.box, GAP) || overlaps(leaderBox, other.box)) || leaders.some((l) => overlaps(box, l, GAP))) {
      hidden.push(...ids);
      continue;
    }
    leaders.push(leaderBox);
    const endY = anchorEvent ? anchor.y - 7 : band.bottom;
    const leader = bx === anchor.x ? `M${bx},${box.y1}V${endY}` : `M${bx},${box.y1}V${band.bottom - 3}H${anchor.x}V${endY}`;
    const bracket = range && !anchorEvent ? { x0: Math.max(x(range[0]), ctx.plotX0), x1: Math.min(x(range[1]), ctx.plotX1), y: band.bottom - 2 } : null;
    const callouts: SceneCallout[] = [];
    let y = y0;
    const rowsOf = [...group.notes.map((n) => ({ n, rows: n.rows })), ...(group.more ? [{ n: null, rows: 1 }] : [])];
    rowsOf.forEach(({ n, rows }, i) => {
      const last = i === rowsOf.length - 1;
      const part = { x0, x1: x0 + group.width, y0: y, y1: y + rows * rowHeight - 2 };
      y += rows * rowHeight;
      if (!n) {
        callouts.push({ id: `more:${group.key}`, expertId: "", colour: theme.inkSoft, surname: "", lines: [`+${group.more} more on this event`], box: part, anchor, leader, bracket: null, selected: false, eventIds: first.eventIds });
        return;
      }
      callouts.push({
        id: n.note.id,
        expertId: n.note.expertId,
        colour: colourOf(n.note.expertId),
        surname: n.surname,
        lines: n.lines,
        box: part,
        anchor,
        leader: last ? leader : "",
        bracket: i === 0 ? bracket : null,
        selected: n.note.id === ctx.selectedNoteId,
        eventIds: n.note.eventIds,
      });
    });
    shown.push({ group, box, callouts });
  }
  let overflow: { count: number; ids: string[]; x: number; y: number; box: Rect } | null = null;
  if (hidden.length > 0) {
    const width = measureText(`+${hidden.length + 9} notes`, c.size, "bold") + c.pad * 2;
    const box = { x0: ctx.plotX1 - width, x1: ctx.plotX1, y0: band.top, y1: band.top + rowHeight - 2 };
    // The chip keeps the top-right corner; a group there gives way to it.
    for (let i = shown.length - 1; i >= 0; i--)
      if (overlaps(shown[i]!.box, box, 4)) hidden.push(...shown.splice(i, 1)[0]!.group.notes.map((n) => n.note.id));
    overflow = { count: hidden.length, ids: hidden, x: box.x1 - c.pad, y: (box.y0 + box.y1) / 2, box };
  }
  return { callouts: shown.flatMap((s) => s.callouts), overflow };
}
