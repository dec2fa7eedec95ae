import { createElement, createRef } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PaneSection } from "@/components/explorer/PaneSection";

const render = (extra: Partial<Omit<Parameters<typeof PaneSection>[0], "children">> = {}) =>
  renderToStaticMarkup(
    createElement(PaneSection, { id: "pane-results-heading", className: "pane-results", title: "Search results", closeLabel: "Clear the search", onClose: () => {}, ...extra }, createElement("p", null, "hits")),
  );

describe("a closable section of the reading pane (search results, selected event, notes without room)", () => {
  it("is named by its heading and has a × that says what it closes", () => {
    const html = render();
    expect(html).toMatch(/^<section class="pane-section pane-results" aria-labelledby="pane-results-heading"><div class="pane-heading-row"><h2 id="pane-results-heading" class="pane-heading">Search results<\/h2>/);
    expect(html).toContain('<button type="button" class="pane-close" aria-label="Clear the search">×</button>');
    expect(html).toContain("<p>hits</p></section>");
  });

  it("makes its heading focusable only when it is to take focus on opening", () => {
    expect(render()).not.toContain("tabindex");
    expect(render({ headingRef: createRef<HTMLHeadingElement>() })).toContain('<h2 id="pane-results-heading" class="pane-heading" tabindex="-1">');
  });
});
