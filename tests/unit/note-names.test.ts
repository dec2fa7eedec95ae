import { beforeAll, describe, expect, it } from "vitest";
import type { IndexedDataset } from "@/lib/data/index-dataset";
import { searchNotes } from "@/lib/search/search-notes";
import { getEventDetail } from "@/lib/view/event-detail";
import { getNoteAnchors } from "@/lib/view/explorer-data";
import { getNoteDetails, noteExpert } from "@/lib/view/note-detail";
import { loadIndexedFixture } from "./fixture-scene";

// The fixture's one note ("ada-deal") has no headline of its own: every place that lists it must name it the same way.
describe("a note is named and credited the same way everywhere it is shown", () => {
  let data: IndexedDataset;
  beforeAll(async () => {
    data = await loadIndexedFixture("good");
  });

  it("a note without a headline reads as its theme in the commentary list, the search results, the event's detail and the quote", () => {
    const named = [
      getNoteAnchors(data).find((note) => note.id === "ada-deal")?.headline,
      searchNotes(data, data.annotations, "deals").hits.find((hit) => hit.id === "ada-deal")?.headline,
      getEventDetail(data, "deal")?.annotations.find((note) => note.id === "ada-deal")?.headline,
      getNoteDetails(data, ["ada-deal"])[0]?.headline,
    ];
    expect(named).toEqual(["Deals", "Deals", "Deals", "Deals"]);
  });

  it("credits the expert by name, role and institution, and an expert the set does not list by the id", () => {
    const credit = { id: "ada", name: "Ada Expert", role: "Fellow", institution: "Institute" };
    expect(getEventDetail(data, "deal")?.annotations[0]?.expert).toEqual(credit);
    expect(getNoteDetails(data, ["ada-deal"])[0]?.expert).toEqual(credit);
    expect(getNoteAnchors(data)[0]?.expertName).toBe("Ada Expert");
    expect(searchNotes(data, data.annotations, "ada").hits[0]?.expertName).toBe("Ada Expert");
    expect(noteExpert(data, "someone-else")).toEqual({ id: "someone-else", name: "someone-else", role: "", institution: "" });
  });
});
