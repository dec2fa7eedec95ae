import type { Annotation, Manifest, Precision, TimelineEvent } from "../schema";
import { DAY_MS } from "../time/partial-date";
import { createRandom, normal, pick } from "./random";
import { ACTORS, LINK_LABELS, PLACES, SYNTH_EXPERTS, SYNTH_LANES } from "./vocabulary";
import { formatCount } from "../scene/text";

/** How dates fall: clumped around a few crises (the default), or evenly over the whole period. */
export type SynthSpread = "clumped" | "even";

export const SYNTH_SPREADS: readonly SynthSpread[] = ["clumped", "even"];

export interface SynthOptions {
  events: number;
  seed: number;
  spread?: SynthSpread;
}

export interface SynthDataset {
  manifest: Manifest;
  events: TimelineEvent[];
  annotations: Annotation[];
}

const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2025, 11, 31);
const BURSTS = 14;
const BURST_SHARE = 0.65;

interface Draft {
  ms: number;
  lane: (typeof SYNTH_LANES)[number];
  precision: Precision;
  rangeDays: number;
}

function clampDay(ms: number): number {
  return Math.min(LAST, Math.max(FIRST, Math.floor(ms / DAY_MS) * DAY_MS));
}

function writeDate(ms: number, precision: Precision): string {
  const iso = new Date(ms).toISOString();
  return precision === "day" ? iso.slice(0, 10) : precision === "month" ? iso.slice(0, 7) : iso.slice(0, 4);
}

function pickLane(random: () => number) {
  let r = random();
  for (const lane of SYNTH_LANES) if ((r -= lane.weight) < 0) return lane;
  return SYNTH_LANES[0]!;
}

function draftEvents(count: number, random: () => number, spread: SynthSpread): Draft[] {
  // Crises: a few dates where many lanes fire at once, with spreads from weeks to months.
  const bursts = spread === "clumped" ? Array.from({ length: BURSTS }, () => ({ at: FIRST + random() * (LAST - FIRST), sd: (10 + random() * 80) * DAY_MS })) : [];
  const step = (LAST - FIRST) / Math.max(1, count);
  return Array.from({ length: count }, (_, i) => {
    let ms: number;
    if (spread === "even") {
      // One event in each of `count` equal slices of the period, at a random point of its slice.
      ms = clampDay(FIRST + (i + random()) * step);
    } else {
      const burst = random() < BURST_SHARE ? pick(random, bursts) : null;
      ms = clampDay(burst ? burst.at + normal(random) * burst.sd : FIRST + random() * (LAST - FIRST));
    }
    const p = random();
    const precision: Precision = p < 0.85 ? "day" : p < 0.95 ? "month" : "year";
    const rangeDays = random() < 0.1 ? Math.ceil(random() * { day: 90, month: 180, year: 730 }[precision]) : 0;
    return { ms, lane: pickLane(random), precision, rangeDays };
  });
}

function toEvent(draft: Draft, id: string, random: () => number): TimelineEvent {
  const date = writeDate(draft.ms, draft.precision);
  const endText = draft.rangeDays > 0 ? writeDate(Math.min(LAST, draft.ms + draft.rangeDays * DAY_MS), draft.precision) : date;
  const noun = pick(random, draft.lane.nouns);
  const place = pick(random, PLACES);
  return {
    id,
    title: `${noun[0]!.toUpperCase()}${noun.slice(1)} in ${place}`,
    summary: `Synthetic ${draft.lane.label.toLowerCase()} event (${noun}) generated for scale tests.`,
    date,
    precision: draft.precision,
    ...(endText !== date ? { end: endText } : {}),
    lane: draft.lane.id,
    actors: [pick(random, ACTORS)],
    tags: [noun],
    sources: [{ title: `Record ${id}`, publisher: "Synthetic wire", url: `https://example.org/synth/${id}`, type: "wire" }],
    related: [],
    importance: importanceOf(id),
  };
}

/** About 0.2 % headline events and 10 % notable ones, fixed by the id (no extra draw from the generator). */
function importanceOf(id: string): number {
  let hash = 0;
  for (const ch of id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  const bucket = hash % 500;
  return bucket === 0 ? 3 : bucket < 51 ? 2 : 1;
}

function addLinks(events: TimelineEvent[], random: () => number) {
  for (let i = 0; i < events.length - 1; i++) {
    if (random() >= 0.05) continue;
    const j = Math.min(events.length - 1, i + 1 + Math.floor(random() * 200));
    events[i]!.related.push({ id: events[j]!.id, label: pick(random, LINK_LABELS) });
  }
}

function makeAnnotations(events: TimelineEvent[], random: () => number): Annotation[] {
  const count = events.length === 0 ? 0 : Math.max(1, Math.round(events.length * 0.01));
  return Array.from({ length: count }, (_, k) => {
    const first = Math.floor(random() * events.length);
    const anchored = [events[first]!, events[Math.min(events.length - 1, first + 1 + Math.floor(random() * 20))]!];
    const ids = [...new Set(anchored.slice(0, random() < 0.5 ? 1 : 2).map((event) => event.id))];
    const expert = SYNTH_EXPERTS[k % SYNTH_EXPERTS.length]!;
    return {
      id: `note-${k + 1}`,
      expert: expert.id,
      quote: `On “${anchored[0]!.title}”: a synthetic remark number ${k + 1} for scale tests.`,
      anchors: { events: ids },
      theme: SYNTH_LANES.find((lane) => lane.id === anchored[0]!.lane)!.label,
      source: { title: "Synthetic commentary", publisher: "Synthetic Institute", url: "https://example.org/synth/commentary" },
    };
  });
}

/**
 * A valid, deterministic data set of `events` events in seven lanes over 2000–2025, clumped around
 * crises or (spread "even") spread evenly. The clumped set of a seed is the same whether or not
 * `spread` is given.
 */
export function generateSynthDataset({ events: count, seed, spread = "clumped" }: SynthOptions): SynthDataset {
  const random = createRandom(seed);
  const drafts = draftEvents(count, random, spread).sort((a, b) => a.ms - b.ms);
  const width = String(count).length;
  const events = drafts.map((draft, i) => toEvent(draft, `ev-${String(i + 1).padStart(width, "0")}`, random));
  addLinks(events, random);
  return {
    manifest: {
      id: spread === "clumped" ? `synthetic-${count}` : `synthetic-${count}-${spread}`,
      title: `Synthetic events (${formatCount(count)}${spread === "clumped" ? "" : ", evenly spread"})`,
      description: `Generated with seed ${seed}${spread === "clumped" ? "" : ", evenly spread,"} for scale tests and benchmarks; not real events.`,
      version: `seed-${seed}`,
      asOf: "2025-04-19",
      asOfLabel: "Synthetic snapshot, April 2025",
      lanes: SYNTH_LANES.map(({ id, label, colour, order }) => ({ id, label, colour, order })),
      experts: SYNTH_EXPERTS,
    },
    events,
    annotations: makeAnnotations(events, random),
  };
}
