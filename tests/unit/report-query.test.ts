import { describe, expect, it } from "vitest";
import { checkReportIds, parseReportQuery, toReportSearch } from "@/lib/report/report-query";

const known = { lanes: ["diplomacy", "military"], experts: ["ada"], hasEvent: (id: string) => id === "deal" };

describe("PDF report parameters", () => {
  it("accepts a full, valid query and fills in paper and orientation", () => {
    const result = parseReportQuery({ from: "2015-01-01", to: "2025-06-30", lanes: "military,diplomacy", q: "Rome talks" });
    expect(result).toEqual({
      ok: true,
      query: { from: "2015-01-01", to: "2025-06-30", lanes: ["military", "diplomacy"], q: "Rome talks", paper: "a4", orientation: "auto" },
    });
  });

  it("drops repeated ids from lists, keeping the first order", () => {
    const result = parseReportQuery({ lanes: "military, diplomacy,military,,diplomacy" });
    expect(result.ok && result.query.lanes).toEqual(["military", "diplomacy"]);
  });

  it("accepts no period at all: the data set's default window", () => {
    expect(parseReportQuery({ paper: "letter" }).ok).toBe(true);
  });

  it.each([
    [{ from: "2015-02-30", to: "2016-01-01" }, "from: must be a real date YYYY-MM-DD (or YYYY-MM-DDTHH:MMZ)"],
    [{ from: "2016-01-01", to: "2015-01-01" }, "to: must be after from"],
    [{ from: "2015-01-01" }, "to: give both from and to, or neither"],
    [{ paper: "a3" }, "paper: must be one of a4, letter"],
    [{ orientation: "sideways" }, "orientation: must be one of auto, portrait, landscape"],
    [{ lanes: "Diplomacy!" }, "lanes: must be comma-separated ids"],
    [{ url: "http://example.org" }, "unknown parameter(s): url"],
  ])("rejects %j with a message naming the parameter", (params, message) => {
    const result = parseReportQuery(params as Record<string, string>);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContain(message);
  });

  it("names ids the data set does not know", () => {
    const result = parseReportQuery({ lanes: "military,navy", expert: "bob", event: "nope" });
    if (!result.ok) throw new Error("syntax is valid");
    expect(checkReportIds(result.query, known)).toEqual([
      "lanes: unknown id 'navy' (known: diplomacy, military)",
      "expert: unknown id 'bob' (known: ada)",
      "event: unknown id 'nope'",
    ]);
  });

  it("writes the /report parameters the page reads, nothing else", () => {
    const result = parseReportQuery({ from: "2015-01-01", to: "2016-01-01", paper: "letter" });
    if (!result.ok) throw new Error("valid");
    expect(toReportSearch(result.query).toString()).toBe("from=2015-01-01&to=2016-01-01&paper=letter&orientation=auto");
  });
});
