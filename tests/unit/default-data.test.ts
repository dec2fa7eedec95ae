import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { indexDataset, type IndexedDataset } from "@/lib/data/index-dataset";
import { readDatasetDir } from "@/lib/data/read-dir";

let data: IndexedDataset;
let article: string;
let rawEvents: Record<string, unknown>[];

beforeAll(async () => {
  const result = await readDatasetDir(path.resolve("data"));
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`).join("\n"));
  data = indexDataset(result.dataset);
  // A verbatim copy of ../shared/seed/expert-snapshots-us-iran-nuclear-talks.txt.
  article = await readFile(path.resolve("tests/fixtures/expert-snapshots-article.txt"), "utf8");
  rawEvents = JSON.parse(await readFile(path.resolve("data/events.json"), "utf8")) as Record<string, unknown>[];
});

const officialOrWire = (id: string) => (data.eventById.get(id)?.sources ?? []).filter((s) => s.type === "official" || s.type === "wire");

describe("the built-in US–Iran data set", () => {
  it("holds at least 50 events in the seven lanes", () => {
    expect(data.events.length).toBeGreaterThanOrEqual(50);
    expect(data.lanes.map((l) => l.id)).toEqual(["diplomacy", "us", "iran", "israel-region", "un-iaea-e3", "military", "nuclear-program"]);
  });

  it.each([
    ["jcpoa-agreed-vienna", "2015-07-14", undefined],
    ["us-withdraws-from-jcpoa", "2018-05-08", undefined],
    ["iran-true-promise-attack-on-israel", "2024-04-13", "2024-04-14"],
    ["iran-election-first-round-2024", "2024-06-28", undefined],
    ["pezeshkian-wins-runoff", "2024-07-05", undefined],
    ["us-iran-talks-round-2-rome", "2025-04-19", undefined],
  ])("dates %s exactly", (id, date, end) => {
    const event = data.eventById.get(id);
    expect(event).toMatchObject({ date, precision: "day" });
    expect(event?.end).toBe(end);
  });

  it("quotes every expert word for word, attributed as the article does", () => {
    expect(data.manifest.experts.map((e) => e.name).sort()).toEqual(["Alam Saleh", "Clemens Chay", "Ludovica Castelli", "Sachi Sakanashi"]);
    for (const expert of data.manifest.experts) {
      expect(article).toContain(expert.name);
      // Shown as "name, role, institution": that line must be the article's own.
      expect(article, expert.id).toContain(`${expert.name}, ${expert.role}, ${expert.institution}`);
    }
    for (const note of data.annotations) {
      expect(article, note.id).toContain(note.quote);
      expect(note.source.url).toBe("https://mei.nus.edu.sg/?p=38986");
      expect(note.source.type).toBe("analysis");
    }
  });

  it("gives every annotation a headline in the editor's words, never a quotation from the article", () => {
    for (const note of data.annotations) {
      expect(note.headline, note.id).toBeTruthy();
      expect(note.headline!.length, note.id).toBeLessThanOrEqual(60);
      expect(article, note.id).not.toContain(note.headline!);
      expect(note.headline, note.id).not.toMatch(/[“”"]/);
    }
  });

  it("sets importance on every event, with a small top tier of the events the product is about", () => {
    for (const event of rawEvents) expect([1, 2, 3], String(event.id)).toContain(event.importance);
    const top = data.events.filter((e) => e.importance === 3).map((e) => e.id);
    expect(top.length).toBeGreaterThanOrEqual(10);
    for (const id of [
      "jcpoa-agreed-vienna",
      "us-withdraws-from-jcpoa",
      "iran-true-promise-attack-on-israel",
      "pezeshkian-wins-runoff",
      "us-presidential-election-2024",
      "us-iran-talks-round-2-rome",
      "israel-iran-12-day-war",
    ])
      expect(top, id).toContain(id);
    // Shares, not counts, so the record can grow: about one event in eight is a headline;
    // the middle tier stays a minority: most of the record is background.
    expect(top.length / data.events.length).toBeLessThanOrEqual(0.15);
    const notable = data.events.filter((e) => e.importance === 2).length;
    expect(notable / data.events.length).toBeGreaterThan(0.2);
    expect(notable / data.events.length).toBeLessThan(0.45);
  });

  it("opens on the recent story: a window from before the commentary to past the latest event", () => {
    const view = data.manifest.defaultView!;
    expect(Date.parse(view.from)).toBeLessThanOrEqual(data.snapshotMs);
    const latest = Math.max(...data.events.map((e) => data.intervalById.get(e.id)![1]));
    expect(Date.parse(view.to) + 86_400_000).toBeGreaterThanOrEqual(latest);
    // Recent enough that the last two years are readable, not a sliver at the edge of two decades.
    expect(Date.parse(view.to) - Date.parse(view.from)).toBeLessThanOrEqual(4 * 365 * 86_400_000);
  });

  it("names in its title the years the record spans", () => {
    const years = data.events.map((e) => new Date(data.intervalById.get(e.id)![0]).getUTCFullYear());
    expect(data.manifest.title).toContain(`${Math.min(...years)}–${Math.max(...years)}`);
  });

  it("includes the US election of 5 November 2024, linked to the inauguration and told in story step 7", () => {
    expect(data.eventById.get("us-presidential-election-2024")).toMatchObject({ date: "2024-11-05", precision: "day", lane: "us" });
    expect(data.eventById.get("us-presidential-election-2024")!.related.map((r) => r.id)).toContain("trump-second-inauguration");
    expect(data.stories[0]!.steps[6]!.events).toContain("us-presidential-election-2024");
  });

  it.each(["paris-agreement-e3-iran", "rouhani-elected-2013", "iaea-pmd-final-assessment", "saudi-iran-restore-ties", "us-presidential-election-2024"])(
    "sources %s to at least one official document or wire service",
    (id) => {
      expect(officialOrWire(id).length, id).toBeGreaterThan(0);
    },
  );

  it("sources every headline event and each event the article names to an official document or a wire report", () => {
    // Events the article turns on: the JCPOA, the US withdrawal, Iran's April 2024 strikes on Israel, the
    // 2024 election that brought Pezeshkian (both rounds), the US election, and the Rome round just before it.
    const named = [
      "jcpoa-agreed-vienna",
      "us-withdraws-from-jcpoa",
      "iran-true-promise-attack-on-israel",
      "iran-election-first-round-2024",
      "pezeshkian-wins-runoff",
      "us-presidential-election-2024",
      "us-iran-talks-round-2-rome",
    ];
    const headline = data.events.filter((e) => e.importance === 3).map((e) => e.id);
    for (const id of new Set([...named, ...headline])) expect(officialOrWire(id).length, id).toBeGreaterThan(0);
  });

  it("gives every event after 1 June 2025 at least two independent sources", () => {
    const since = Date.UTC(2025, 5, 1);
    for (const event of data.events.filter((e) => data.intervalById.get(e.id)![0] >= since))
      expect(new Set(event.sources.map((s) => s.url)).size, event.id).toBeGreaterThanOrEqual(2);
  });

  it("names an agency's copy read on another site as 'Agency, via Site' and types it wire", () => {
    const reprints = data.events.flatMap((e) => e.sources).filter((s) => s.publisher.includes(", via "));
    expect(reprints.length).toBeGreaterThanOrEqual(12);
    for (const source of reprints) expect(source.type, source.url).toBe("wire");
  });

  it("rests each round of the 2025 talks on reports of that round, and the Muscat rounds not on state media alone", () => {
    const rounds = ["us-iran-talks-round-1-muscat", "us-iran-talks-round-2-rome", "us-iran-talks-round-3-muscat", "us-iran-talks-round-4-muscat", "us-iran-talks-round-5-rome"];
    const urls = rounds.flatMap((id) => data.eventById.get(id)!.sources.map((s) => s.url));
    expect(new Set(urls).size, "no page is cited for two rounds").toBe(urls.length);
    for (const id of rounds) expect(data.eventById.get(id)!.sources.some((s) => s.type !== "state-affiliated"), id).toBe(true);
  });

  it("types every source, links only https pages and names publishers without a bracketed other outlet", () => {
    for (const event of data.events)
      for (const source of event.sources) {
        expect(source.type, `${event.id} ${source.url}`).toBeDefined();
        expect(source.url, event.id).toMatch(/^https:\/\//);
        expect(source.publisher, event.id).not.toMatch(/\((?:via|mirror|AP|AFP|Reuters|BBC|CNN)/);
      }
  });

  it("flags the claims that rest on the article alone", () => {
    expect(data.eventById.get("khamenei-heresy-hypocrisy-remarks")!.unverified).toMatch(/article/);
    for (const event of data.events) if (new Set(event.sources.map((s) => s.url)).size < 2) expect(event.unverified, event.id).toBeTruthy();
  });

  it("says what Operation Midnight Hammer hit with what", () => {
    const summary = data.eventById.get("us-strikes-fordow-natanz-isfahan")!.summary;
    expect(summary).toMatch(/B-2/);
    expect(summary).toMatch(/Tomahawk missiles struck Isfahan/);
    expect(summary).not.toMatch(/Tomahawk[^.]*Natanz/);
  });

  it("gives every expert annotations anchored to events", () => {
    for (const expert of data.manifest.experts)
      expect(data.annotations.filter((n) => n.expert === expert.id && n.anchors.events.length > 0).length).toBeGreaterThan(0);
  });

  it("links the withdrawal to the sanctions and Iran's reduced commitments", () => {
    const reachable = new Set<string>();
    const walk = (id: string) => {
      for (const link of data.eventById.get(id)?.related ?? []) {
        if (reachable.has(link.id)) continue;
        reachable.add(link.id);
        walk(link.id);
      }
    };
    walk("us-withdraws-from-jcpoa");
    expect(reachable).toContain("us-sanctions-reimposed-first-tranche");
    expect(reachable).toContain("iran-first-step-reducing-commitments");
  });

  it("draws the snapshot line in April 2025, no earlier than the latest event the commentary discusses", () => {
    expect(data.manifest.asOf).toMatch(/^2025-04-/);
    const anchored = data.annotations.flatMap((n) => n.anchors.events);
    const latestDiscussed = Math.max(...anchored.map((id) => data.intervalById.get(id)![0]));
    expect(data.snapshotMs).toBeGreaterThanOrEqual(latestDiscussed);
  });
});
