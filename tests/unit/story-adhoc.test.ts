import { describe, expect, it } from "vitest";
import {
  ADHOC_STORY_ID,
  addStep,
  createEventStep,
  createWindowStep,
  duplicateStep,
  findSameStep,
  insertStep,
  moveStepTo,
  updateStep,
  decodeAdhocStory,
  emptyAdhocStory,
  encodeAdhocStory,
  moveStep,
  parseStoryJson,
  removeStep,
  storyToJson,
} from "@/lib/story/adhoc";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const lanes = ["diplomacy", "us"];
const order = ["diplomacy", "us", "iran"];
const note = { id: "ada-deal", quote: "It held.", theme: "Deal", headline: "The deal held", expert: { id: "ada", name: "Ada", role: "Fellow", institution: "Institute" }, source: { title: "T", publisher: "P", url: "https://example.org" }, written: "April 2025", events: [] };
/** What GET /api/events/[id] answers, as much as a step needs. */
function detail(id: string, title: string, day: number, lane: string, neighbours: { id: string; lane: string; start: number; end: number }[] = [], annotations = [note]) {
  return { id, title, summary: `${title}, in brief.`, interval: [day, day + DAY] as [number, number], lane: { id: lane }, neighbours, annotations };
}
const deal = detail("jcpoa-agreed-vienna", "JCPOA agreed in Vienna", utc(2015, 7, 14), "diplomacy", [
  { id: "talks", lane: "diplomacy", start: utc(2015, 4, 2), end: utc(2015, 4, 3) },
  { id: "sanctions", lane: "us", start: utc(2015, 10, 18), end: utc(2015, 10, 19) },
  { id: "elsewhere", lane: "iran", start: utc(2015, 8, 1), end: utc(2015, 8, 2) },
]);

function threeSteps() {
  let story = emptyAdhocStory();
  story = addStep(story, createEventStep(deal, lanes, order));
  story = addStep(story, createWindowStep([utc(2018, 5, 1) + 3_600_000, utc(2018, 6, 1)], lanes));
  story = addStep(story, createEventStep(detail("rome", "Rome talks", utc(2025, 4, 19), "diplomacy", [], []), ["diplomacy"], order));
  return story;
}

describe("building an ad-hoc briefing", () => {
  it("starts empty under the ad-hoc id", () => {
    expect(emptyAdhocStory()).toMatchObject({ id: ADHOC_STORY_ID, steps: [] });
  });

  it("turns the selected event into a step framed around it and its neighbours in the shown lanes", () => {
    const step = createEventStep(deal, lanes, order);
    expect(step).toMatchObject({ title: "JCPOA agreed in Vienna", summary: "JCPOA agreed in Vienna, in brief.", events: ["jcpoa-agreed-vienna"], lanes: ["diplomacy", "us"], notes: "", quotes: ["ada-deal"] });
    // April to October 2015 with some air, not the explorer's window; the Iran lane is not shown, so its neighbour is not framed.
    expect(step.from < "2015-04-02" && step.from > "2015-03-01").toBe(true);
    expect(step.to > "2015-10-19" && step.to < "2015-12-01").toBe(true);
  });

  it("turns the current window into a step, widened to whole days", () => {
    const step = createWindowStep([utc(2018, 5, 1) + 3_600_000, utc(2018, 6, 1) + 60_000], lanes);
    expect(step).toMatchObject({ from: "2018-05-01", to: "2018-06-01", events: [], title: "1 May 2018 – 1 Jun 2018" });
  });

  it("appends steps in order, and does not change the story it was given", () => {
    const empty = emptyAdhocStory();
    const one = addStep(empty, createWindowStep([utc(2020), utc(2021)], lanes));
    expect(empty.steps).toHaveLength(0);
    expect(one.steps).toHaveLength(1);
    expect(threeSteps().steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "1 May 2018 – 31 May 2018", "Rome talks"]);
  });

  it("moves a step up or down and ignores moves past either end", () => {
    const story = threeSteps();
    expect(moveStep(story, 2, -1).steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "Rome talks", "1 May 2018 – 31 May 2018"]);
    expect(moveStep(story, 0, 1).steps[1]!.title).toBe("JCPOA agreed in Vienna");
    expect(moveStep(story, 0, -1)).toBe(story);
    expect(moveStep(story, 2, 1)).toBe(story);
    expect(moveStep(story, 7, -1)).toBe(story);
  });

  it("edits, duplicates and drags steps without touching the story it was given", () => {
    const story = threeSteps();
    const edited = updateStep(story, 1, { title: "Renamed", notes: "Say this.", target: 120 });
    expect(edited.steps[1]).toMatchObject({ title: "Renamed", notes: "Say this.", target: 120 });
    expect(story.steps[1]!.title).toBe("1 May 2018 – 31 May 2018");
    expect(updateStep(story, 9, { title: "x" })).toBe(story);
    const doubled = duplicateStep(story, 0);
    expect(doubled.steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "JCPOA agreed in Vienna (copy)", "1 May 2018 – 31 May 2018", "Rome talks"]);
    expect(doubled.steps[1]!.events).not.toBe(story.steps[0]!.events);
    expect(moveStepTo(story, 2, 0).steps.map((s) => s.title)).toEqual(["Rome talks", "JCPOA agreed in Vienna", "1 May 2018 – 31 May 2018"]);
    expect(moveStepTo(story, 0, 5)).toBe(story);
  });

  it("removes a step", () => {
    expect(removeStep(threeSteps(), 1).steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "Rome talks"]);
  });
});

describe("story files", () => {
  it("round-trips through JSON unchanged", () => {
    const story = threeSteps();
    expect(parseStoryJson(storyToJson(story))).toEqual({ ok: true, story });
  });

  it("rejects text that is not JSON", () => {
    expect(parseStoryJson("{ not json")).toEqual({ ok: false, errors: ["The file is not valid JSON."] });
  });

  it("names each schema problem by its path", () => {
    const result = parseStoryJson(JSON.stringify({ id: "x", title: "T", steps: [{ title: "S", summary: "s", from: "2015", to: "2016-01-01" }] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual(["steps.0.from: must be a date YYYY-MM-DD"]);
  });

  it("rejects a story without steps, and impossible or backwards dates", () => {
    expect(parseStoryJson(JSON.stringify({ id: "x", title: "T", steps: [] }))).toEqual({ ok: false, errors: ["steps: needs at least one step"] });
    const bad = parseStoryJson(
      JSON.stringify({ id: "x", title: "T", steps: [{ title: "S", summary: "s", from: "2024-02-30", to: "2023-01-01" }] }),
    );
    expect(!bad.ok && bad.errors).toEqual(['steps.0.from: "2024-02-30" is not a real calendar date', "steps.0.to: must be after from (2024-02-30)"]);
  });

  it("rejects an array or a number where a story should be", () => {
    expect(parseStoryJson("[]").ok).toBe(false);
    expect(parseStoryJson("42").ok).toBe(false);
  });
});

describe("keeping the briefing in local storage", () => {
  it("stores under the ad-hoc id and reads it back", () => {
    const story = { ...threeSteps(), id: "imported-story", title: "Imported" };
    expect(decodeAdhocStory(encodeAdhocStory(story))).toEqual({ ...story, id: ADHOC_STORY_ID });
  });

  it("reads nothing, an empty briefing or garbage as an empty briefing", () => {
    expect(decodeAdhocStory(null)).toEqual(emptyAdhocStory());
    expect(decodeAdhocStory(encodeAdhocStory(emptyAdhocStory()))).toEqual(emptyAdhocStory());
    expect(decodeAdhocStory("<script>")).toEqual(emptyAdhocStory());
  });
});

describe("adding the same thing twice, and undoing a removal", () => {
  it("finds the step that already highlights an event, or already shows a plain window", () => {
    let story = addStep(emptyAdhocStory(), createEventStep(deal, lanes, order));
    story = addStep(story, createWindowStep([utc(2020, 1, 1), utc(2021, 1, 1)], lanes));
    expect(findSameStep(story, createEventStep(deal, lanes, order))).toBe(0);
    expect(findSameStep(story, createWindowStep([utc(2020, 1, 1), utc(2021, 1, 1)], lanes))).toBe(1);
    expect(findSameStep(story, createWindowStep([utc(2020, 1, 1), utc(2022, 1, 1)], lanes))).toBe(-1);
  });

  it("puts a removed step back where it was", () => {
    const story = threeSteps();
    const removed = story.steps[1]!;
    expect(insertStep(removeStep(story, 1), 1, removed)).toEqual(story);
    expect(insertStep(removeStep(story, 2), 9, story.steps[2]!)).toEqual(story);
  });
});
