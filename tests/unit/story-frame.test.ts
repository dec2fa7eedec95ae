import { describe, expect, it } from "vitest";
import { DEFAULT_FRAME, frameEvent, type FrameEvent } from "@/lib/story/frame";
import { toIsoDay } from "@/lib/time/partial-date";

const DAY = 86_400_000;
const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const ev = (id: string, lane: string, start: number, days = 1): FrameEvent => ({ id, lane, start, end: start + days * DAY });
const order = ["diplomacy", "us", "iran", "military"];
const all = order;
const iso = ([a, b]: readonly [number, number]) => [toIsoDay(a), toIsoDay(b)];

describe("framing a slide around one event", () => {
  const deal = ev("deal", "diplomacy", utc(2015, 7, 14));

  it("takes the nearest neighbours on both sides, pads the window and rounds it to whole days", () => {
    const frame = frameEvent(deal, [ev("talks", "diplomacy", utc(2015, 4, 2)), ev("vote", "us", utc(2015, 9, 17)), ev("far", "iran", utc(2011, 11, 24))], all, order);
    expect([...frame.neighbours].sort()).toEqual(["talks", "vote"]);
    const [from, to] = frame.domain;
    expect(from % DAY).toBe(0);
    expect(to % DAY).toBe(0);
    expect(from).toBeLessThan(utc(2015, 4, 2));
    expect(from).toBeGreaterThan(utc(2015, 2, 1));
    expect(to).toBeGreaterThan(utc(2015, 9, 18));
    expect(to).toBeLessThan(utc(2015, 11, 1));
    // The event in 2011 would stretch the window past three years, so neither it nor its lane is shown.
    expect(frame.lanes).toEqual(["diplomacy", "us"]);
  });

  it("keeps to the lanes the explorer shows, plus the event's own", () => {
    const frame = frameEvent(deal, [ev("strike", "military", utc(2015, 7, 20)), ev("vote", "us", utc(2015, 8, 1))], ["us"], order);
    expect(frame.neighbours).toEqual(["vote"]);
    expect(frame.lanes).toEqual(["diplomacy", "us"]);
  });

  it("lists its lanes in the data set's order, with every lane that has an event inside the window", () => {
    const frame = frameEvent(ev("e", "military", utc(2020, 1, 10)), [ev("a", "iran", utc(2020, 1, 5)), ev("b", "diplomacy", utc(2020, 1, 12)), ev("c", "us", utc(2020, 1, 11)), ev("d", "iran", utc(2020, 1, 13))], all, order);
    // Two a side: a before; c and b after (d is third after, but inside the window all the same).
    expect([...frame.neighbours].sort()).toEqual(["a", "b", "c"]);
    expect(frame.lanes).toEqual(["diplomacy", "us", "iran", "military"]);
  });

  it("is never narrower than the minimum span, centred on a lone event", () => {
    const frame = frameEvent(deal, [], all, order);
    expect(frame.domain[1] - frame.domain[0]).toBeGreaterThanOrEqual(DEFAULT_FRAME.minSpanMs);
    expect(frame.domain[1] - frame.domain[0]).toBeLessThanOrEqual(DEFAULT_FRAME.minSpanMs + 2 * DAY);
    expect(frame.domain[0]).toBeLessThan(deal.start);
    expect(frame.domain[1]).toBeGreaterThan(deal.end);
    expect(frame.lanes).toEqual(["diplomacy"]);
  });

  it("leaves out a neighbour that would stretch the window past the maximum span", () => {
    const frame = frameEvent(deal, [ev("near", "us", utc(2015, 8, 1)), ev("years-away", "us", utc(2019, 1, 1))], all, order);
    expect(frame.neighbours).toEqual(["near"]);
    expect(frame.domain[1] - frame.domain[0]).toBeLessThanOrEqual(DEFAULT_FRAME.maxSpanMs + 2 * DAY);
    expect(frame.domain[1]).toBeLessThan(utc(2016, 1, 1));
  });

  it("shows the whole of an event longer than the maximum span", () => {
    const war = ev("war", "military", utc(2001, 1, 1), 365 * 8);
    const frame = frameEvent(war, [], all, order);
    expect(frame.domain[0]).toBeLessThan(war.start);
    expect(frame.domain[1]).toBeGreaterThan(war.end);
  });

  it("frames the same way whatever order the neighbours come in", () => {
    const near = [ev("a", "us", utc(2015, 6, 1)), ev("b", "iran", utc(2015, 8, 1)), ev("c", "us", utc(2015, 5, 1)), ev("d", "iran", utc(2015, 10, 1))];
    expect(iso(frameEvent(deal, near, all, order).domain)).toEqual(iso(frameEvent(deal, [...near].reverse(), all, order).domain));
  });
});
