import { describe, expect, it } from "vitest";
import { validateDataset } from "@/lib/data/validate";
import { annotationSchema, eventSchema, manifestSchema, sourceSchema } from "@/lib/schema";

const source = { title: "t", publisher: "p", url: "https://x.org/" };
const event = { id: "a", title: "A", summary: "S", date: "2020", precision: "year", lane: "l", sources: [source] };
const note = { id: "n", expert: "e", quote: "q", theme: "t", anchors: { events: ["a"] }, source };
const lane = { id: "l", label: "L", colour: "#123456", order: 1 };
const manifest = { id: "m", title: "T", description: "D", asOf: "2025-04-24", lanes: [lane], experts: [{ id: "e", name: "E", role: "R", institution: "I" }] };

function problemsWith(defaultView: unknown) {
  const result = validateDataset({ manifest: { ...manifest, defaultView }, events: [event], annotations: [], stories: [] });
  return result.ok ? [] : result.problems.map((p) => `${p.record}: ${p.field}: ${p.message}`);
}

describe("event importance", () => {
  it("defaults to 1, the background tier", () => {
    expect(eventSchema.parse(event).importance).toBe(1);
  });

  it("takes the whole numbers 1 to 3 only", () => {
    for (const importance of [1, 2, 3]) expect(eventSchema.safeParse({ ...event, importance }).success).toBe(true);
    for (const importance of [0, 4, 2.5, "3"]) expect(eventSchema.safeParse({ ...event, importance }).success).toBe(false);
  });
});

describe("event unverified", () => {
  it("is optional and, when present, must give a reason", () => {
    expect(eventSchema.parse(event).unverified).toBeUndefined();
    expect(eventSchema.parse({ ...event, unverified: "Only the article reports it." }).unverified).toBe("Only the article reports it.");
    expect(eventSchema.safeParse({ ...event, unverified: "  " }).success).toBe(false);
    expect(eventSchema.safeParse({ ...event, unverified: true }).success).toBe(false);
  });
});

describe("source type", () => {
  it("is optional and one of official, wire, press, analysis, state-affiliated", () => {
    expect(sourceSchema.parse(source).type).toBeUndefined();
    for (const type of ["official", "wire", "press", "analysis", "state-affiliated"]) expect(sourceSchema.safeParse({ ...source, type }).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, type: "blog" }).success).toBe(false);
  });
});

describe("annotation headline", () => {
  it("is optional, not empty, and at most 60 characters", () => {
    expect(annotationSchema.parse(note).headline).toBeUndefined();
    expect(annotationSchema.safeParse({ ...note, headline: "Talks buy Tehran legitimacy" }).success).toBe(true);
    expect(annotationSchema.safeParse({ ...note, headline: "x".repeat(60) }).success).toBe(true);
    const tooLong = annotationSchema.safeParse({ ...note, headline: "x".repeat(61) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.message).toBe("must be at most 60 characters");
    expect(annotationSchema.safeParse({ ...note, headline: "" }).success).toBe(false);
  });
});

describe("manifest defaultView", () => {
  it("is optional", () => {
    expect(manifestSchema.parse(manifest).defaultView).toBeUndefined();
    expect(problemsWith(undefined)).toEqual([]);
  });

  it("accepts a window of real days, with or without known lanes", () => {
    expect(problemsWith({ from: "2015-01-01", to: "2025-12-31" })).toEqual([]);
    expect(problemsWith({ from: "2015-01-01", to: "2025-12-31", lanes: ["l"] })).toEqual([]);
  });

  it("refuses days off the calendar, a window that ends before it starts, and unknown lanes", () => {
    expect(problemsWith({ from: "2015-02-30", to: "2025-12-31" })).toContain('(manifest): defaultView.from: "2015-02-30" is not a real calendar date');
    expect(problemsWith({ from: "2025-01-01", to: "2025-01-01" })).toContain("(manifest): defaultView.to: must be after from (2025-01-01)");
    expect(problemsWith({ from: "2015-01-01", to: "2025-12-31", lanes: ["sea"] })).toContain('(manifest): defaultView.lanes.0: unknown lane "sea"');
    expect(problemsWith({ from: "2015", to: "2025-12-31" })).toContain("(manifest): defaultView.from: must be a date YYYY-MM-DD");
  });
});
