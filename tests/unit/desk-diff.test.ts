import { describe, expect, it } from "vitest";
import { diffRecords } from "@/lib/desk/diff";

describe("diffRecords", () => {
  it("names each field that changed by its path, lists and objects item by item", () => {
    const before = { id: "a", title: "Talks", sources: [{ url: "https://a.example" }, { url: "https://b.example" }] };
    const after = { id: "a", title: "Talks resume", sources: [{ url: "https://a.example" }, { url: "https://c.example" }] };
    expect(diffRecords(before, after)).toEqual([
      { field: "title", before: "Talks", after: "Talks resume" },
      { field: "sources.1.url", before: "https://b.example", after: "https://c.example" },
    ]);
  });

  it("shows a created record as each of its fields added, and a deleted one as the record gone", () => {
    expect(diffRecords(null, { id: "a", title: "Talks", tags: ["x"] })).toEqual([
      { field: "id", after: "a" },
      { field: "title", after: "Talks" },
      { field: "tags", after: ["x"] },
    ]);
    expect(diffRecords({ id: "a" }, null)).toEqual([{ field: "(record)", before: { id: "a" }, after: null }]);
  });
});
