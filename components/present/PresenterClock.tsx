"use client";

import { useEffect, useState } from "react";
import { STOPPED, elapsedMs, formatElapsed, formatPace, pauseStopwatch, startStopwatch, type Stopwatch } from "@/lib/story/timer";

/**
 * Wall clock and a start/pause/reset stopwatch for the presenter, set against the plan when the steps
 * have target times: the targets up to the end of this step, and what is to spare or over.
 * Blank until mounted, so server and client agree.
 */
export function PresenterClock({ plan }: { plan: { byEndMs: number; totalMs: number } | null }) {
  const [now, setNow] = useState<number | null>(null);
  const [watch, setWatch] = useState<Stopwatch>(STOPPED);
  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const id = window.setInterval(tick, 500);
    return () => window.clearInterval(id);
  }, []);
  const running = watch.startedAt !== null;
  const elapsed = now === null ? 0 : elapsedMs(watch, now);
  const clock = now === null ? "--:--" : new Date(now).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  return (
    <div className="presenter-clock">
      <p>
        <span className="presenter-clock-label">Clock</span> <time>{clock}</time>
      </p>
      <p>
        <span className="presenter-clock-label">Elapsed</span> <time data-testid="elapsed">{formatElapsed(elapsed)}</time>
      </p>
      {plan && (
        <p className="presenter-plan" data-testid="plan">
          <span className="presenter-clock-label">Plan</span> <time>{formatElapsed(plan.byEndMs)}</time>
          <span className="presenter-plan-total"> of {formatElapsed(plan.totalMs)}</span>{" "}
          <span className={elapsed > plan.byEndMs ? "presenter-pace presenter-pace-over" : "presenter-pace"}>{formatPace(elapsed, plan.byEndMs)}</span>
        </p>
      )}
      <button type="button" onClick={() => setWatch((w) => (running ? pauseStopwatch(w, Date.now()) : startStopwatch(w, Date.now())))}>
        {running ? "Pause" : watch.bankedMs > 0 ? "Resume" : "Start"}
      </button>
      <button type="button" onClick={() => setWatch(STOPPED)} disabled={!running && watch.bankedMs === 0}>
        Reset
      </button>
    </div>
  );
}
