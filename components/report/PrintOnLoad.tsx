"use client";

import { useEffect } from "react";

/** Opens the print dialog once the report and its fonts have loaded (the report opened with print=1). */
export function PrintOnLoad() {
  useEffect(() => {
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (!cancelled) window.print();
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return null;
}
