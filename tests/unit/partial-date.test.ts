import { describe, expect, it } from "vitest";
import { eventInterval, parseIsoDay, parsePartialDate, partialDateInterval, precisionOf } from "@/lib/time/partial-date";
import { formatEventDate, formatPartialDate } from "@/lib/time/format";

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe("partial dates", () => {
  it("reads the precision from the written form", () => {
    expect(precisionOf("2015")).toBe("year");
    expect(precisionOf("2015-07")).toBe("month");
    expect(precisionOf("2015-07-14")).toBe("day");
    expect(precisionOf("14/07/2015")).toBeNull();
  });

  it("refuses dates that are not on the calendar", () => {
    expect(parsePartialDate("2024-02-30")).toBeNull();
    expect(parsePartialDate("2023-02-29")).toBeNull();
    expect(parsePartialDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parsePartialDate("2024-13")).toBeNull();
    expect(parseIsoDay("2024-02-30")).toBeNull();
    expect(parseIsoDay("2024-02")).toBeNull();
  });

  it("spans the whole month or year, never just the 1st", () => {
    expect(partialDateInterval("2025-04")).toEqual([utc(2025, 4, 1), utc(2025, 5, 1)]);
    expect(partialDateInterval("2016")).toEqual([utc(2016, 1, 1), utc(2017, 1, 1)]);
    expect(partialDateInterval("2015-07-14")).toEqual([utc(2015, 7, 14), utc(2015, 7, 15)]);
    expect(partialDateInterval("2024-12")).toEqual([utc(2024, 12, 1), utc(2025, 1, 1)]);
  });

  it("reads four-digit years 0000–0099 as written, not as 1900–1999", () => {
    const year50 = new Date(0);
    year50.setUTCFullYear(50, 0, 1);
    expect(parseIsoDay("0050-01-01")).toBe(year50.getTime());
    expect(new Date(partialDateInterval("0000")[0]).getUTCFullYear()).toBe(0);
    expect(new Date(partialDateInterval("0099-12")[1]).getUTCFullYear()).toBe(100);
    expect(new Date(parseIsoDay("0099-12-31")!).toISOString().slice(0, 10)).toBe("0099-12-31");
    expect(parsePartialDate("0100-02-29")).toBeNull();
    expect(parsePartialDate("0004-02-29")).toEqual({ year: 4, month: 2, day: 29 });
    expect(formatPartialDate("0050-03-01", "day")).toBe("1 March 0050");
  });

  it("covers a range from the start of its first to the end of its last unit", () => {
    expect(eventInterval({ date: "2024-04-13", end: "2024-04-14" })).toEqual([utc(2024, 4, 13), utc(2024, 4, 15)]);
    expect(eventInterval({ date: "2016", end: "2018" })).toEqual([utc(2016, 1, 1), utc(2019, 1, 1)]);
  });
});

describe("precision-aware formatting", () => {
  it("never claims more precision than the data has", () => {
    expect(formatPartialDate("2025-04", "month")).toBe("April 2025");
    expect(formatPartialDate("2016", "year")).toBe("2016");
    expect(formatPartialDate("2015-07-14", "day")).toBe("14 July 2015");
  });

  it("writes ranges compactly", () => {
    expect(formatEventDate({ date: "2024-04-13", end: "2024-04-14", precision: "day" })).toBe("13–14 April 2024");
    expect(formatEventDate({ date: "2025-06-13", end: "2025-07-02", precision: "day" })).toBe("13 June – 2 July 2025");
    expect(formatEventDate({ date: "2021-04-06", end: "2022-08-08", precision: "day" })).toBe("6 April 2021 – 8 August 2022");
    expect(formatEventDate({ date: "2025-04", end: "2025-06", precision: "month" })).toBe("April–June 2025");
    expect(formatEventDate({ date: "2016", end: "2018", precision: "year" })).toBe("2016–2018");
    expect(formatEventDate({ date: "2025-04", precision: "month" })).toBe("April 2025");
  });
});
