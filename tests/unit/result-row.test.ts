import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ResultRow } from "@/components/explorer/ResultRow";
import { createSnippet } from "@/lib/search/snippet";

const title = "Talking itself may hold off snapback";
const render = (props: Partial<Parameters<typeof ResultRow>[0]> = {}) =>
  renderToStaticMarkup(
    createElement(ResultRow, {
      data: { "data-annotation-id": "note-1" },
      title,
      snippet: createSnippet(title, title.indexOf("snapback"), 8),
      matchedIn: null,
      meta: "Sachi Sakanashi · written April 2025",
      selected: false,
      onActivate: () => {},
      ...props,
    }),
  );

describe("a search result row (events and expert notes alike)", () => {
  it("marks the match in the title when the title is what matched, and repeats nothing beneath it", () => {
    const html = render();
    expect(html).toContain('<span class="result-title">Talking itself may hold off <mark>snapback</mark></span>');
    expect(html).not.toContain("result-snippet");
    expect(html).toContain('data-annotation-id="note-1"');
  });

  it("names the field that matched and shows the words around the match beneath an unmarked title", () => {
    const summary = "The E3 said on 28 August that they had triggered the snapback of UN sanctions.";
    const html = render({ matchedIn: "summary", snippet: createSnippet(summary, summary.indexOf("snapback"), 8) });
    expect(html).toContain(`<span class="result-title">${title}</span>`);
    expect(html).toContain("Sachi Sakanashi · written April 2025 · in summary");
    expect(html).toMatch(/<span class="result-snippet">.*<mark>snapback<\/mark> of UN sanctions\.<\/span>/);
  });

  it("shows the snippet beneath when a long title matched but the snippet is only part of it", () => {
    const long = `${"A very long headline about talks ".repeat(4)}and snapback`;
    const html = render({ title: long, snippet: createSnippet(long, long.indexOf("snapback"), 8, 20) });
    expect(html).toContain(`<span class="result-title">${long}</span>`);
    expect(html).toContain("<mark>snapback</mark></span>");
  });

  it("says which row is selected", () => {
    expect(render({ selected: true })).toMatch(/<li[^>]*class="is-selected"><button[^>]*aria-current="true"/);
    expect(render()).not.toContain("aria-current");
  });

  it("writes hostile text as text", () => {
    const hostile = '<img src=x onerror="alert(1)">';
    const html = render({ title: hostile, snippet: createSnippet(hostile, 1, 3) });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;<mark>img</mark> src=x");
  });
});
