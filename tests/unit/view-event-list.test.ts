import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ViewEventList } from "@/components/events/ViewEventList";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { toTimelineItem } from "@/lib/data/items";
import { loadIndexedFixture } from "./fixture-scene";

describe("the server-rendered list of the view's events", () => {
  let data: IndexedDataset;
  beforeAll(async () => {
    data = await loadIndexedFixture("good");
  });
  const render = (limit: number, params = new URLSearchParams("from=2015-01-01&to=2025-12-31")) => {
    const items = data.events.map(toTimelineItem);
    return renderToStaticMarkup(createElement(ViewEventList, { items, count: items.length, total: items.length, lanes: data.lanes, params, domain: data.extent, limit }));
  };
  const items = (html: string) => html.match(/<li id="event-/g)?.length ?? 0;

  it("lists every event when they fit, each linking to its detail in the same view, with no note", () => {
    const html = render(500);
    expect(items(html)).toBe(data.events.length);
    expect(html).toContain(`${data.events.length} of ${data.events.length} events`);
    expect(html).toContain('href="/?from=2015-01-01&amp;to=2025-12-31&amp;event=deal"');
    expect(html).not.toContain("more-events");
  });

  it("lists only the first events above the limit and points to the report of the same view", () => {
    const html = render(2);
    expect(items(html)).toBe(2);
    expect(html).toContain(`${data.events.length - 2} more events not listed here`);
    expect(html).toContain('href="/report?from=2015-01-01&amp;to=2025-12-31"');
  });

  it("writes hostile text as text", () => {
    expect(render(500)).not.toMatch(/<img|<script/);
  });
});
