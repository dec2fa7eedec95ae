import type { TimeScale } from "../time/scale";
import { overlaps } from "./rect-index";
import { measureText } from "./text";
import { EXPERT_COLOURS, type Theme } from "./theme";
import type { Rect, SceneCallout, SceneNote } from "./types";

/** Where the leader leaves the box: this far in from its left edge. */
const ANCHOR_OFFSET = 10;
const GAP = 8;
/** Room for the "+2" of a callout that stands for several notes on one anchor. */
const MORE_WIDTH = 24;

interface NoteText {
  note: SceneNote;
  surname: string;
  /** Headline lines; the first shares its line with "Surname: ". */
  lines: string[];
  width: number;
}

/** All the notes on one anchor, drawn as one callout: the lead note's headline and "+N" for the others. */
interface Group {
  key: string;
  at: number;
  notes: NoteText[];
  width: number;
  rows: number;
  priority: number;
}

/** A group placed once for all zooms: its row, and the coarsest scale (ms per px) at which it still shows. */
interface Placed extends Group {
  row: number;
  maxScale: number;
}

export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words.at(-1) ?? name;
}

/** "Surname: headline" on one line if it fits, else on two lines split where they are most even. Never cut. */
function noteText(note: SceneNote, theme: Theme, extra: number): NoteText {
  const c = theme.callout!;
  const surname = surnameOf(note.expertName);
  const head = measureText(`${surname}: `, c.size, "bold");
  const room = c.maxWidth - c.pad * 2 - 3 - extra;
  const one = head + measureText(note.headline, c.size);
  if (one <= room) return { note, surname, lines: [note.headline], width: one };
  const words = note.headline.split(/\s+/);
  let best: NoteText | null = null;
  for (let k = 1; k < words.length; k++) {
    const lines = [words.slice(0, k).join(" "), words.slice(k).join(" ")];
    const width = Math.max(head + measureText(lines[0]!, c.size), measureText(lines[1]!, c.size));
    if (!best || width < best.width) best = { note, surname, lines, width };
  }
  return best ?? { note, surname, lines: [note.headline], width: one };
}

const cache = new WeakMap<readonly SceneNote[], Map<string, Placed[]>>();

/** How far a leader at `at` must be from a box's anchor to pass beside the box rather than through it. */
function clearance(box: Group, at: number): number {
  return at >= box.at ? box.width - ANCHOR_OFFSET : ANCHOR_OFFSET;
}

/**
 * Every callout's row and zoom range, decided once for the whole set (Been, Daiches & Yap's "active
 * ranges"): notes are grouped by anchor and placed by priority in the row that keeps them visible the
 * longest; a callout shows while the window's scale is at most its maxScale, so none pops in and out as
 * a person zooms. Boxes and leaders never overlap at any scale where both show.
 */
function placeGroups(notes: readonly SceneNote[], experts: readonly string[], theme: Theme): Placed[] {
  const c = theme.callout!;
  const key = `${theme.medium}:${c.rows}:${c.maxWidth}:${experts.join(",")}`;
  const memo = cache.get(notes)?.get(key);
  if (memo) return memo;
  const byAnchor = new Map<string, SceneNote[]>();
  for (const note of notes) {
    const anchor = note.eventIds[0] ?? `range:${note.range?.[0]}`;
    byAnchor.set(anchor, [...(byAnchor.get(anchor) ?? []), note]);
  }
  const order = (id: string) => experts.indexOf(id) + 1 || 99;
  const groups: Group[] = [...byAnchor].map(([anchor, members]) => {
    const extra = members.length > 1 ? MORE_WIDTH : 0;
    const texts = members.sort((a, b) => order(a.expertId) - order(b.expertId)).map((note) => noteText(note, theme, extra));
    return {
      key: anchor,
      at: members[0]!.at,
      notes: texts,
      // Any of the group's notes can lead (the selected one does), so the box fits the largest.
      width: Math.ceil(Math.max(...texts.map((t) => t.width)) + c.pad * 2 + 3 + extra),
      rows: Math.max(...texts.map((t) => t.lines.length)),
      priority: Math.max(...members.map((n) => n.importance)) * 100 + members.length,
    };
  });
  groups.sort((a, b) => b.priority - a.priority || a.at - b.at);
  const placed: Placed[] = [];
  for (const group of groups) {
    let best: { row: number; scale: number } | null = null;
    for (let row = c.rows - group.rows; row >= 0; row--) {
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
      // Rows nearer the lanes first: shorter leaders when the choice is free.
      if (!best || scale > best.scale) best = { row, scale };
    }
    if (best) placed.push({ ...group, row: best.row, maxScale: best.scale });
  }
  const forNotes = cache.get(notes) ?? new Map<string, Placed[]>();
  forNotes.set(key, placed);
  cache.set(notes, forNotes);
  return placed;
}

export interface CalloutContext {
  x: TimeScale;
  theme: Theme;
  band: { top: number; bottom: number };
  plotX0: number;
  plotX1: number;
  /** Where a note's event is drawn in this scene (a mark or the badge holding it), or null. */
  anchorOf: (eventId: string) => { x: number; y: number } | null;
  selectedNoteId: string | null;
  experts: readonly string[];
}

/**
 * The callouts of one window: the placed groups whose zoom range includes this scale, a final check
 * that nothing overlaps (boxes moved in from the plot's edges could), and the notes left without room.
 */
export function layoutCallouts(notes: readonly SceneNote[], ctx: CalloutContext) {
  const { theme, x, band } = ctx;
  const c = theme.callout!;
  const [from, to] = x.domain().map(Number) as [number, number];
  const scale = (to - from) / (ctx.plotX1 - ctx.plotX0);
  const colourOf = (expertId: string) => EXPERT_COLOURS[Math.max(0, ctx.experts.indexOf(expertId)) % EXPERT_COLOURS.length]!;
  const shown: { box: Rect; leader: Rect; callout: SceneCallout }[] = [];
  const hidden: string[] = [];
  const isSelected = (group: Placed) => group.notes.some((n) => n.note.id === ctx.selectedNoteId);
  // A group whose own anchor is in view keeps the place its zoom range promises; one shown at another of
  // its events (its anchor is out of view) comes after, so it never pushes a steady one out.
  const onOwnAnchor = (group: Placed) => {
    const first = group.notes[0]!.note.eventIds[0];
    return first !== undefined && ctx.anchorOf(first) !== null;
  };
  const rank = (group: Placed) => (isSelected(group) ? 2 : onOwnAnchor(group) || group.notes[0]!.note.eventIds.length === 0 ? 1 : 0);
  const groups = [...placeGroups(notes, ctx.experts, theme)].sort((a, b) => rank(b) - rank(a));
  for (const group of groups) {
    const lead = group.notes.find((n) => n.note.id === ctx.selectedNoteId) ?? group.notes[0]!;
    const anchorEvent = lead.note.eventIds.map((id) => ctx.anchorOf(id)).find((at) => at !== null) ?? null;
    const range = lead.note.range;
    if (!anchorEvent && !(range && range[1] > from && range[0] < to)) continue;
    const anchor = anchorEvent ?? { x: Math.max(x(range![0]), ctx.plotX0), y: band.bottom };
    if (anchor.x < ctx.plotX0 - 1 || anchor.x > ctx.plotX1 + 1) continue;
    const ids = group.notes.map((n) => n.note.id);
    if (group.maxScale < scale && !isSelected(group)) {
      hidden.push(...ids);
      continue;
    }
    const x0 = Math.min(Math.max(anchor.x - ANCHOR_OFFSET, ctx.plotX0), ctx.plotX1 - group.width);
    const y0 = band.top + group.row * c.rowHeight;
    const box = { x0, x1: x0 + group.width, y0, y1: y0 + group.rows * c.rowHeight - 2 };
    const bx = Math.min(Math.max(anchor.x, box.x0 + 3), box.x1 - 3);
    const leaderBox = { x0: bx - 1, x1: bx + 1, y0: box.y1, y1: band.bottom };
    if (shown.some((other) => overlaps(box, other.box, GAP) || overlaps(leaderBox, other.box) || overlaps(box, other.leader, GAP))) {
      hidden.push(...ids);
      continue;
    }
    const endY = anchorEvent ? anchor.y - 7 : band.bottom;
    shown.push({
      box,
      leader: leaderBox,
      callout: {
        id: lead.note.id,
        expertId: lead.note.expertId,
        colour: colourOf(lead.note.expertId),
        surname: lead.surname,
        lines: lead.lines,
        more: group.notes.length - 1,
        others: group.notes.filter((n) => n !== lead).map((n) => n.note.id),
        box,
        anchor,
        leader: bx === anchor.x ? `M${bx},${box.y1}V${endY}` : `M${bx},${box.y1}V${band.bottom - 3}H${anchor.x}V${endY}`,
        bracket: range && !anchorEvent ? { x0: Math.max(x(range[0]), ctx.plotX0), x1: Math.min(x(range[1]), ctx.plotX1), y: band.bottom - 2 } : null,
        selected: lead.note.id === ctx.selectedNoteId,
        eventIds: [...new Set(group.notes.flatMap((n) => n.note.eventIds))],
      },
    });
  }
  return { callouts: shown.map((s) => s.callout), overflow: hidden.length > 0 ? { count: hidden.length, ids: hidden } : null };
}
