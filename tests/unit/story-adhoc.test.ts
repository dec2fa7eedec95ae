import { describe, expect, it } from "vitest";
import {
  ADHOC_STORY_ID,
  addStep,
  createEventStep,
  createWindowStep,
  decodeAdhocStory,
  emptyAdhocStory,
  encodeAdhocStory,
  moveStep,
  parseStoryJson,
  removeStep,
  storyToJson,
} from "@/lib/story/adhoc";

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const deal = { id: "jcpoa-agreed-vienna", title: "JCPOA agreed in Vienna", dateLabel: "14 July 2015" };
const lanes = ["diplomacy", "us"];

function threeSteps() {
  let story = emptyAdhocStory();
  story = addStep(story, createEventStep(deal, [utc(2015), utc(2016)], lanes));
  story = addStep(story, createWindowStep([utc(2018, 5, 1) + 3_600_000, utc(2018, 6, 1)], lanes));
  story = addStep(story, createEventStep({ id: "rome", title: "Rome talks", dateLabel: "19 April 2025" }, [utc(2025), utc(2025, 6)], ["diplomacy"]));
  return story;
}

describe("building an ad-hoc briefing", () => {
  it("starts empty under the ad-hoc id", () => {
    expect(emptyAdhocStory()).toMatchObject({ id: ADHOC_STORY_ID, steps: [] });
  });

  it("turns the selected event into a step in the current window", () => {
    expect(createEventStep(deal, [utc(2015), utc(2016)], lanes)).toEqual({
      title: "JCPOA agreed in Vienna",
      summary: "14 July 2015",
      from: "2015-01-01",
      to: "2016-01-01",
      events: ["jcpoa-agreed-vienna"],
      lanes: ["diplomacy", "us"],
      notes: "",
      quotes: [],
    });
  });

  it("turns the current window into a step, widened to whole days", () => {
    const step = createWindowStep([utc(2018, 5, 1) + 3_600_000, utc(2018, 6, 1) + 60_000], lanes);
    expect(step).toMatchObject({ from: "2018-05-01", to: "2018-06-02", events: [], title: "1 May 2018 – 2 Jun 2018" });
  });

  it("appends steps in order, and does not change the story it was given", () => {
    const empty = emptyAdhocStory();
    const one = addStep(empty, createWindowStep([utc(2020), utc(2021)], lanes));
    expect(empty.steps).toHaveLength(0);
    expect(one.steps).toHaveLength(1);
    expect(threeSteps().steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "1 May 2018 – 1 Jun 2018", "Rome talks"]);
  });

  it("moves a step up or down and ignores moves past either end", () => {
    const story = threeSteps();
    expect(moveStep(story, 2, -1).steps.map((s) => s.title)).toEqual(["JCPOA agreed in Vienna", "Rome talks", "1 May 2018 – 1 Jun 2018"]);
    expect(moveStep(story, 0, 1).steps[1]!.title).toBe("JCPOA agreed in Vienna");
    expect(moveStep(story, 0, -1)).toBe(story);
    expect(moveStep(story, 2, 1)).toBe(story);
    expect(moveStep(story, 7, -1)).toBe(story);
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
