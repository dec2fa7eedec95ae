"use client";

import { useSyncExternalStore } from "react";
import { toIsoDay } from "@/lib/time/partial-date";
import { formatShortDate } from "@/lib/time/format";
import type { TimeDomain } from "@/lib/time/scale";
import type { Emitter } from "@/lib/view/emitter";

const day = (ms: number) => formatShortDate(toIsoDay(ms), "day");

/** The visible window in words; follows a gesture in progress through the emitter, not the URL. */
export function WindowLabel({ committed, gesture }: { committed: TimeDomain; gesture: Emitter<TimeDomain | null> }) {
  const live = useSyncExternalStore(gesture.subscribe, gesture.get, () => null);
  const [from, to] = live ?? committed;
  return (
    <p className="window-label" data-testid="window-label">
      <span className="visually-hidden">Time window: </span>
      {day(from)} – {day(to)}
    </p>
  );
}
