import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Story } from "@/lib/schema";
import { resolveDeck } from "@/lib/story/resolve";
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from "@/lib/story/share";

const builtIn = (JSON.parse(readFileSync(path.resolve("data/stories.json"), "utf8")) as Story[])[0]!;
const small: Story = {
  id: "adhoc",
  title: "Mine — “quoted” & <tagged>",
  description: "",
  steps: [
    { title: "Rome", summary: "Round two.", from: "2025-04-01", to: "2025-05-01", events: ["us-iran-talks-round-2-rome"], notes: "", quotes: [], target: 90 },
    { title: "A window", summary: "Nothing lit.", from: "2018-01-01", to: "2018-12-31", events: [], lanes: ["us", "iran"], notes: "Line one.\n\nLine two.", quotes: ["a-quote"] },
  ],
};

describe("a briefing carried in a link", () => {
  it("round-trips a story exactly, defaults and all", () => {
    const shared = encodeShare(small);
    expect(shared.ok).toBe(true);
    expect(decodeShare(shared.encoded)).toEqual({ ok: true, story: small });
  });

  it("writes only URL-safe characters behind a version prefix", () => {
    const { encoded } = encodeShare(small);
    expect(encoded).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(new URLSearchParams({ deck: encoded }).toString()).toBe(`deck=${encoded}`);
  });

  it("is compact: the built-in 12-step story with its notes fits a link", () => {
    const shared = encodeShare(builtIn);
    expect(shared.ok).toBe(true);
    expect(shared.encoded.length).toBeLessThan(JSON.stringify(builtIn).length * 0.7);
    expect(decodeShare(shared.encoded)).toEqual({ ok: true, story: builtIn });
  });

  it("refuses a story too long for a link, and says what to do instead", () => {
    // Text that does not compress: a long pseudo-random note.
    let seed = 7;
    const noise = Array.from({ length: 40_000 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join("");
    // Ten steps with notes at their 4,000-character limit: within every limit of a briefing, too long for a link.
    const long = { ...small, steps: Array.from({ length: 10 }, (_, i) => ({ ...small.steps[0]!, notes: noise.slice(i * 4000, (i + 1) * 4000) })) };
    const shared = encodeShare(long);
    expect(shared.ok).toBe(false);
    expect(!shared.ok && shared.message).toMatch(/too long to share as a link .* save it as a story file/);
    expect(shared.encoded.length).toBeGreaterThan(MAX_SHARE_CHARS);
    // A posted form may carry more than a link.
    expect(decodeShare(shared.encoded, 100_000)).toEqual({ ok: true, story: long });
    expect(decodeShare(shared.encoded).ok).toBe(false);
  });

  it("answers a damaged or foreign link with a reason, never a throw", () => {
    const { encoded } = encodeShare(small);
    expect(decodeShare("")).toEqual({ ok: false, errors: ["The link does not hold a briefing (unknown format)."] });
    expect(decodeShare("2.abc")).toMatchObject({ ok: false });
    expect(decodeShare(`${encoded.slice(0, 40)}`)).toEqual({ ok: false, errors: [expect.stringMatching(/could not be decompressed|cut short/)] });
    expect(decodeShare("1.not base64!")).toEqual({ ok: false, errors: [expect.stringMatching(/not valid base64url/)] });
  });

  it("checks the decoded story with the story schema and date rules", () => {
    const bad = encodeShare({ ...small, steps: [{ ...small.steps[0]!, from: "2025-02-30" }] });
    expect(decodeShare(bad.encoded)).toEqual({ ok: false, errors: ['steps.0.from: "2025-02-30" is not a real calendar date'] });
  });
});

describe("which deck a URL names", () => {
  const stories = [builtIn];
  it("prefers a deck in the link, then a story id, then the first story", () => {
    const { encoded } = encodeShare(small);
    expect(resolveDeck({ deck: encoded, story: builtIn.id }, stories)).toEqual({ kind: "story", story: small, ref: { deck: encoded } });
    expect(resolveDeck({ story: builtIn.id }, stories)).toMatchObject({ kind: "story", ref: { story: builtIn.id } });
    expect(resolveDeck({ story: "nope" }, stories)).toMatchObject({ kind: "story", story: builtIn });
    expect(resolveDeck({ story: "adhoc" }, stories)).toEqual({ kind: "adhoc" });
    expect(resolveDeck({}, [])).toEqual({ kind: "none" });
    expect(resolveDeck({ deck: "junk" }, stories)).toMatchObject({ kind: "bad-link" });
  });
});
