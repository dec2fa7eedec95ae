"use client";

import { interpolateZoom } from "d3-interpolate";
import { select } from "d3-selection";
import "d3-transition";
import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from "react";
import type { TimeDomain } from "@/lib/time/scale";

const REDUCED = "(prefers-reduced-motion: reduce)";

function subscribeReduced(onChange: () => void) {
  const query = window.matchMedia(REDUCED);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReduced, () => window.matchMedia(REDUCED).matches, () => false);
}


/**
 * Moves the drawn window to `target` with a d3 transition (zooming out and back in when the jump
 * is far, like d3-zoom's smooth zoom), re-rendering the SVG each frame. With reduced motion it jumps.
 * Returns the domain to draw.
 */
export function useAnimatedDomain(target: TimeDomain, host: RefObject<Element | null>, animate: boolean): TimeDomain {
  const reduced = usePrefersReducedMotion();
  const jump = !animate || reduced;
  const [frame, setFrame] = useState<TimeDomain>(target);
  const drawn = useRef<TimeDomain>(target);
  const [t0, t1] = target;

  useEffect(() => {
    const node = host.current;
    const [a0, a1] = drawn.current;
    if (jump || !node || (a0 === t0 && a1 === t1)) {
      drawn.current = [t0, t1];
      return;
    }
    const zoom = interpolateZoom([(a0 + a1) / 2, 0, a1 - a0], [(t0 + t1) / 2, 0, t1 - t0]);
    const selection = select(node);
    selection
      .transition("domain")
      .duration(Math.min(1600, Math.max(700, zoom.duration)))
      .tween("domain", () => (t: number) => {
        const [centre, , span] = zoom(t);
        drawn.current = t < 1 ? [centre - span / 2, centre + span / 2] : [t0, t1];
        setFrame(drawn.current);
      });
    return () => {
      selection.interrupt("domain");
    };
  }, [t0, t1, jump, host]);

  // Until the first frame of a move is drawn, `frame` still holds where the last move ended.
  return jump ? target : frame;
}
