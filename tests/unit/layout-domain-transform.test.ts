import { describe, expect, it } from "vitest";
import { clampDomain, DAY, domainToTransform, MIN_SPAN, padExtent, panDomainTo, sameDomain, transformToDomain, zoomDomain } from "@/lib/layout/domain-transform";

const base = [Date.UTC(2002, 0, 1), Date.UTC(2026, 0, 1)] as const;
const range = [120, 1200] as const;

describe("domain ⇄ zoom transform", () => {
  it("the whole base extent is the identity transform", () => {
    expect(domainToTransform(base, base, range)).toEqual({ k: 1, x: 0 });
  });

  it("round-trips any window exactly (to the millisecond)", () => {
    const domain = [Date.UTC(2015, 6, 14), Date.UTC(2018, 4, 8)] as const;
    const back = transformToDomain(domainToTransform(domain, base, range), base, range);
    expect(Math.abs(back[0] - domain[0])).toBeLessThan(2);
    expect(Math.abs(back[1] - domain[1])).toBeLessThan(2);
  });

  it("a window half as wide is a transform with k = 2", () => {
    const mid = (base[0] + base[1]) / 2;
    const quarter = (base[1] - base[0]) / 4;
    expect(domainToTransform([mid - quarter, mid + quarter], base, range).k).toBeCloseTo(2);
  });
});

describe("window limits", () => {
  it("never narrower than about two weeks", () => {
    const [from, to] = clampDomain([Date.UTC(2020, 0, 1), Date.UTC(2020, 0, 2)], base);
    expect(to - from).toBe(MIN_SPAN);
  });

  it("never wider than the bounds, and kept inside them", () => {
    expect(clampDomain([base[0] - 10 * DAY, base[1] + 10 * DAY], base)).toEqual(base);
    const [from] = clampDomain([base[0] - 100 * DAY, base[0] + 100 * DAY], base);
    expect(from).toBe(base[0]);
  });

  it("pads the data extent by a margin on both sides", () => {
    const [a, b] = padExtent([Date.UTC(2002, 0, 1), Date.UTC(2025, 0, 1)]);
    expect(a).toBeLessThan(Date.UTC(2002, 0, 1));
    expect(b).toBeGreaterThan(Date.UTC(2025, 0, 1));
  });

  it("zooms around a centre that stays put", () => {
    const domain = [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)] as const;
    const centre = Date.UTC(2012, 0, 1);
    const [from, to] = zoomDomain(domain, 2, base, centre);
    expect(to - from).toBeCloseTo((domain[1] - domain[0]) / 2);
    expect((centre - from) / (to - from)).toBeCloseTo((centre - domain[0]) / (domain[1] - domain[0]));
  });

  it("pans only when the target is out of view", () => {
    const domain = [Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)] as const;
    expect(panDomainTo(domain, Date.UTC(2011, 0, 1), base)).toBe(domain);
    const moved = panDomainTo(domain, Date.UTC(2019, 0, 1), base);
    expect(moved[1] - moved[0]).toBe(domain[1] - domain[0]);
    expect(moved[0]).toBeLessThan(Date.UTC(2019, 0, 1));
    expect(moved[1]).toBeGreaterThan(Date.UTC(2019, 0, 1));
  });

  it("treats domains within rounding as the same (no feedback loop)", () => {
    const domain = [Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 1)] as const;
    expect(sameDomain(domain, [domain[0] + 1, domain[1] - 1])).toBe(true);
    expect(sameDomain(domain, [domain[0] + DAY, domain[1]])).toBe(false);
  });
});

describe("sameDomain with a tolerance", () => {
  it("recognises its own window after the URL rounded it to whole days", () => {
    const emitted = [Date.UTC(2010, 0, 1, 13), Date.UTC(2012, 0, 1, 7)] as const;
    const rounded = [Date.UTC(2010, 0, 1), Date.UTC(2012, 0, 2)] as const;
    expect(sameDomain(rounded, emitted, DAY)).toBe(true);
    expect(sameDomain(rounded, emitted)).toBe(false);
  });
});
