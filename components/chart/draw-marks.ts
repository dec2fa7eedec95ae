import type { Selection } from "d3-selection";
import { MARK_RADIUS, type DetailCluster, type DetailMark } from "@/lib/layout/detail-layout";

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface MarkStyle {
  colourOf: (lane: string) => string;
  titleOf: (id: string) => string;
  isAfter: (start: number) => boolean;
  isMatch: (id: string) => boolean;
}

/** setAttribute only when the value differs: most marks keep most attributes from one gesture frame to the next. */
function setAttr(el: Element, name: string, value: string | number) {
  const text = String(value);
  if (el.getAttribute(name) !== text) el.setAttribute(name, text);
}

function setText(el: Element | null, text: string) {
  if (el && el.textContent !== text) el.textContent = text;
}

function placeShape(shape: Selection<SVGElement, DetailMark, SVGGElement, unknown>) {
  shape.each(function (m) {
    if (this.tagName === "circle") {
      setAttr(this, "cx", (m.x0 + m.x1) / 2);
      setAttr(this, "cy", m.y);
      setAttr(this, "r", MARK_RADIUS);
      return;
    }
    setAttr(this, "x", m.x0);
    setAttr(this, "width", Math.max(m.x1 - m.x0, 3));
    setAttr(this, "y", m.y - (m.kind === "bar" ? 4 : 6));
    setAttr(this, "height", m.kind === "bar" ? 8 : 12);
    setAttr(this, "rx", m.kind === "bar" ? 2 : 6);
  });
}

function joinShape(mark: Selection<SVGGElement, DetailMark, SVGGElement, unknown>, className: string, when: (m: DetailMark) => boolean) {
  return mark
    .selectAll<SVGElement, DetailMark>(`.${className}`)
    .data((m) => (when(m) ? [m] : []))
    .join((enter) => enter.append((m) => document.createElementNS("http://www.w3.org/2000/svg", m.kind === "point" ? "circle" : "rect")).attr("class", className))
    .call(placeShape);
}

type MarkElement = SVGGElement & { __look?: string; __title?: string };

/** A mark's tooltip is made on first hover, not with the mark: a dense window enters hundreds of marks at once. */
export function ensureMarkTitle(mark: Element) {
  const el = mark as MarkElement;
  if (el.__title === undefined) return;
  const title = el.querySelector("title") ?? el.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "title"));
  setText(title, el.__title);
}

/** Event marks (points, bars, soft spans), their labels, and "after the commentary" hatching. Elements are reused across frames. */
export function drawMarks(root: G, marks: readonly DetailMark[], style: MarkStyle) {
  root
    .selectAll<MarkElement, DetailMark>("g.mark")
    .data(marks, (m) => m.id)
    .join("g")
    .each(function (m) {
      // Class, colours and tooltip depend on the event, not on the frame: rewrite them only when they change.
      const after = style.isAfter(m.start);
      const look = `${m.kind}|${m.lane}|${style.colourOf(m.lane)}|${after}|${style.isMatch(m.id)}`;
      const el = this as MarkElement;
      if (el.__look === look) return;
      el.__look = look;
      this.setAttribute("class", `mark kind-${m.kind}${after ? " after-asof" : ""}${style.isMatch(m.id) ? " is-match" : ""}`);
      this.setAttribute("data-id", m.id);
      this.setAttribute("data-kind", m.kind);
      this.setAttribute("data-lane", m.lane);
      el.__title = style.titleOf(m.id);
      setText(el.querySelector("title"), el.__title);
      const shape = this.querySelector(".mark-shape");
      shape?.setAttribute("fill", m.kind === "span" ? `url(#span-${m.lane})` : style.colourOf(m.lane));
      shape?.setAttribute("stroke", m.kind === "span" ? style.colourOf(m.lane) : "#fff");
    })
    .call((mark) => {
      const entered = joinShape(mark, "mark-shape", () => true).filter(function () {
        return !this.hasAttribute("fill");
      });
      entered.attr("fill", (m) => (m.kind === "span" ? `url(#span-${m.lane})` : style.colourOf(m.lane))).attr("stroke", (m) => (m.kind === "span" ? style.colourOf(m.lane) : "#fff"));
    })
    .call((mark) => joinShape(mark, "mark-hatch", (m) => style.isAfter(m.start)))
    .call((mark) =>
      mark
        .selectAll<SVGTextElement, DetailMark>("text.mark-label")
        .data((m) => (m.label === null ? [] : [m]))
        .join((enter) => enter.append("text").attr("class", "mark-label").attr("dy", "0.35em"))
        .each(function (m) {
          setAttr(this, "x", m.labelSide === "right" ? m.x1 + 4 : m.x0 - 4);
          setAttr(this, "y", m.y);
          setAttr(this, "text-anchor", m.labelSide === "right" ? "start" : "end");
          setText(this, m.label!);
        }),
    );
}

/** Count badges for events too dense to draw one by one; a click zooms into them. */
export function drawClusters(root: G, clusters: readonly DetailCluster[], colourOf: (lane: string) => string) {
  root
    .selectAll<SVGGElement, DetailCluster>("g.cluster")
    .data(clusters, (c) => `${c.lane}:${c.start}:${c.end}`)
    .join((enter) => {
      const badge = enter.append("g").attr("class", "cluster");
      badge.append("rect").attr("class", "cluster-badge");
      badge.append("text").attr("class", "cluster-count");
      badge.append("title");
      return badge;
    })
    .each(function (c) {
      setAttr(this, "transform", `translate(${c.x},${c.y})`);
      if (this.getAttribute("data-count") === String(c.count)) return;
      // Keyed by lane and time span: the rest only changes when a badge is new.
      const width = 14 + String(c.count).length * 7;
      this.setAttribute("data-count", String(c.count));
      this.setAttribute("data-start", String(c.start));
      this.setAttribute("data-end", String(c.end));
      this.setAttribute("data-lane", c.lane);
      const rect = this.querySelector("rect")!;
      for (const [name, value] of [["x", -width / 2], ["width", width], ["y", -10], ["height", 20], ["rx", 10], ["stroke", colourOf(c.lane)]] as const) rect.setAttribute(name, String(value));
      const text = this.querySelector("text")!;
      text.setAttribute("dominant-baseline", "central");
      text.setAttribute("text-anchor", "middle");
      text.textContent = String(c.count);
      setText(this.querySelector("title"), `${c.count} events — click to zoom in`);
    });
}
