"use client";

import { useEffect, useLayoutEffect, useRef, useState, type ComponentType } from "react";

/** Where a person was inside a part when its server HTML gave way to the live component. */
interface Kept {
  focus: number[] | null;
  open: number[][];
  scroll: [number[], number, number][];
  clicks: number[][];
}

const pathOf = (root: Element, node: Element): number[] | null => {
  const path: number[] = [];
  for (let at: Element | null = node; at !== root; at = at.parentElement) {
    if (!at?.parentElement) return null;
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  return path;
};
const atPath = (root: Element, path: readonly number[]): Element | null => path.reduce<Element | null>((at, i) => at?.children[i] ?? null, root);

function keep(root: HTMLElement, clicks: number[][]): Kept {
  const active = document.activeElement;
  const all = [...root.querySelectorAll("*")];
  return {
    focus: active && root.contains(active) ? pathOf(root, active) : null,
    open: all.filter((el) => el instanceof HTMLDetailsElement && el.open).map((el) => pathOf(root, el)!),
    scroll: all.filter((el) => el.scrollTop || el.scrollLeft).map((el) => [pathOf(root, el)!, el.scrollTop, el.scrollLeft]),
    clicks,
  };
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(run, { timeout: 1500 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 300);
  return () => window.clearTimeout(id);
}

/**
 * A part of a page that the server draws into the HTML but the browser loads after the page has hydrated (when
 * idle), or at once on first use — a pointer over it, focus in it, a click, new props. Until then its server HTML stays as it
 * is (readable, links work; hydration leaves an element with `dangerouslySetInnerHTML` alone), and then the live
 * component replaces it with the same markup, keeping focus, open disclosures and scroll; a button clicked in
 * between (or a download link) is clicked again. Its code is not in the page's first-load chunks.
 *
 * `server` is the component itself on the server and null in the browser, so the browser's bundle keeps only the
 * `import()`: write `typeof window === "undefined" ? require(…).X : null` at the call site (a build-time constant).
 */
export function deferredPart<P extends object>(name: string, server: ComponentType<P> | null, load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = server;
  let loading: Promise<ComponentType<P>> | null = null;
  const start = () => (loading ??= load().then((component) => (loaded = component)));

  function DeferredPart(props: P) {
    const [Live, setLive] = useState<ComponentType<P> | null>(() => loaded);
    const host = useRef<HTMLDivElement>(null);
    const kept = useRef<Kept | null>(null);
    const goNow = useRef<(() => void) | null>(null);
    const renders = useRef(0);

    useEffect(() => {
      const root = host.current;
      if (Live || !root) return;
      let current = true;
      const clicks: number[][] = [];
      const go = () => {
        void start().then((component) => {
          if (!current) return;
          kept.current = keep(root, clicks);
          setLive(() => component);
        });
      };
      // A button in the server's HTML does nothing yet, and a download link would skip its progress: hold the click
      // and make it again on the live one.
      const onClick = (event: MouseEvent) => {
        const control = event.target instanceof Element ? event.target.closest("button, a[download]") : null;
        if (!control || !root.contains(control)) return;
        event.preventDefault();
        event.stopPropagation();
        const path = pathOf(root, control);
        if (path) clicks.push(path);
        control.setAttribute("aria-busy", "true");
        go();
      };
      goNow.current = go;
      root.addEventListener("click", onClick, true);
      root.addEventListener("pointerover", go, { once: true });
      root.addEventListener("focusin", go, { once: true });
      const cancel = whenIdle(go);
      return () => {
        current = false;
        cancel();
        root.removeEventListener("click", onClick, true);
        root.removeEventListener("pointerover", go);
        root.removeEventListener("focusin", go);
      };
    }, [Live]);

    // Drawn again before it is live (the view changed): the server's HTML is out of date, so the part is in use now.
    useEffect(() => {
      if (renders.current++ > 0 && !Live) goNow.current?.();
    });

    useLayoutEffect(() => {
      const root = host.current;
      const was = kept.current;
      if (!Live || !root || !was) return;
      for (const path of was.open) {
        const el = atPath(root, path);
        if (el instanceof HTMLDetailsElement) el.open = true;
      }
      for (const [path, top, left] of was.scroll) {
        const el = atPath(root, path);
        if (el) el.scrollTo(left, top);
      }
      const focus = was.focus && atPath(root, was.focus);
      if (focus instanceof HTMLElement) focus.focus({ preventScroll: true });
    }, [Live]);

    useEffect(() => {
      const root = host.current;
      const was = kept.current;
      kept.current = null;
      if (!Live || !root || !was) return;
      for (const path of was.clicks) {
        const el = atPath(root, path);
        if (el instanceof HTMLElement) el.click();
      }
    }, [Live]);

    return Live ? (
      <div ref={host} className="deferred-part" data-part={name}>
        <Live {...props} />
      </div>
    ) : (
      <div ref={host} className="deferred-part" data-part={name} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: "" }} />
    );
  }
  DeferredPart.displayName = `Deferred(${name})`;
  return DeferredPart;
}
