"use client";

import { interpolateZoom } from "d3-interpolate";
import { select } from "d3-selection";
import "d3-transition";
import { useEffect, useRef, useState, type RefObject } from "react";
import type { TimeDomain } from "@/lib/time/scale";

function prefersReducedMotion(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}

/**
 * Moves the drawn window to `target` with a d3 transition (zooming out and back in when the jump
 * is far, like d3-zoom's smooth zoom), re-rendering the SVG each frame. With reduced motion it jumps.
 * Returns the domain to draw and whether it is still moving.
 */
export function useAnimatedDomain(target: TimeDomain, host: RefObject<Element | null>, animate: boolean): [TimeDomain, boolean] {
  const [shown, setShown] = useState<{ domain: TimeDomain; moving: boolean }>({ domain: target, moving: false });
  const current = useRef<TimeDomain>(target);
  const [t0, t1] = target;

  useEffect(() => {
    const node = host.current;
    const [a0, a1] = current.current;
    if (a0 === t0 && a1 === t1) return;
    if (!node || !animate || prefersReducedMotion()) {
      current.current = [t0, t1];
      setShown({ domain: [t0, t1], moving: false });
      return;
    }
    const zoom = interpolateZoom([(a0 + a1) / 2, 0, a1 - a0], [(t0 + t1) / 2, 0, t1 - t0]);
    const selection = select(node);
    selection
      .transition("domain")
      .duration(Math.min(1600, Math.max(700, zoom.duration)))
      .tween("domain", () => (t: number) => {
        const [centre, , span] = zoom(t);
        current.current = [centre - span / 2, centre + span / 2];
        setShown({ domain: current.current, moving: t < 1 });
      })
      .on("end interrupt", () => setShown((s) => ({ ...s, moving: false })));
    return () => {
      selection.interrupt("domain");
    };
  }, [t0, t1, animate, host]);

  return [shown.domain, shown.moving];
}
