import { describe, expect, it } from "vitest";
import { eventInterval, parseIsoDay, parsePartialDate, partialDateInterval, precisionOf, timedDateProblem } from "@/lib/time/partial-date";
import { formatEventDate, formatEventDateUtc, formatEventDateWithUtc, formatPartialDate, formatShortDate, formatWindow } from "@/lib/time/format";

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

describe("time of day and time zones", () => {
  const at = (iso: string) => Date.parse(iso);

  it("reads hour and minute precision from the written form, with or without an offset", () => {
    expect(precisionOf("2025-06-22T02")).toBe("hour");
    expect(precisionOf("2025-06-22T02:30")).toBe("minute");
    expect(precisionOf("2025-06-22T02:30+03:30")).toBe("minute");
    expect(precisionOf("2025-06-21T23:00Z")).toBe("minute");
    expect(precisionOf("2025-06-22T02:30:15")).toBeNull();
    expect(parsePartialDate("2025-06-22T24:00")).toBeNull();
    expect(parsePartialDate("2025-06-22T02:60")).toBeNull();
    expect(parsePartialDate("2025-06-22T02:30+15:00")).toBeNull();
    expect(parsePartialDate("2025-06-22T02:30+03:30")).toEqual({ year: 2025, month: 6, day: 22, hour: 2, minute: 30, offset: "+03:30" });
  });

  it("places a time written with an offset at its instant, as an hour or a minute", () => {
    expect(partialDateInterval("2025-06-22T02:30+03:30")).toEqual([at("2025-06-21T23:00Z"), at("2025-06-21T23:01Z")]);
    expect(partialDateInterval("2025-06-22T02+03:30")).toEqual([at("2025-06-21T22:30Z"), at("2025-06-21T23:30Z")]);
    expect(partialDateInterval("2025-06-21T19:00-04:00")).toEqual([at("2025-06-21T23:00Z"), at("2025-06-21T23:01Z")]);
  });

  it("reads a local time in the event's IANA zone, across midnight and daylight saving", () => {
    expect(eventInterval({ date: "2025-06-22T02:30", zone: "Asia/Tehran" })).toEqual([at("2025-06-21T23:00Z"), at("2025-06-21T23:01Z")]);
    // New York is on daylight time in June (UTC−4) and on standard time in January (UTC−5).
    expect(eventInterval({ date: "2025-06-21T19:00", zone: "America/New_York" })[0]).toBe(at("2025-06-21T23:00Z"));
    expect(eventInterval({ date: "2025-01-21T19:00", zone: "America/New_York" })[0]).toBe(at("2025-01-22T00:00Z"));
    expect(eventInterval({ date: "2025-06-21T23:30", end: "2025-06-22T01:15", zone: "Asia/Tehran" })).toEqual([at("2025-06-21T20:00Z"), at("2025-06-21T21:46Z")]);
  });

  it("refuses a time with neither an offset nor a zone, and names clock times a zone skips", () => {
    expect(() => partialDateInterval("2025-06-22T02:30")).toThrow(/offset or a time zone/);
    expect(timedDateProblem("2025-06-22T02:30", undefined)).toMatch(/no UTC offset/);
    expect(timedDateProblem("2025-03-09T02:30", "America/New_York")).toMatch(/does not exist in America\/New_York/);
    expect(timedDateProblem("2025-06-22T02:30+03:30", "Asia/Tehran")).toBeNull();
    expect(timedDateProblem("2025-06-22T02:30+04:30", "Asia/Tehran")).toMatch(/not the offset of Asia\/Tehran/);
    expect(timedDateProblem("2025-06-22", undefined)).toBeNull();
  });

  it("keeps calendar dates free of any zone", () => {
    expect(eventInterval({ date: "2025-06-22", zone: "Asia/Tehran" })).toEqual([utc(2025, 6, 22), utc(2025, 6, 23)]);
  });
});

describe("formatting times on the event's own clock", () => {
  const strike = { date: "2025-06-22T02:30", precision: "minute" as const, zone: "Asia/Tehran" };

  it("shows the event's zone, and UTC beside it in the report", () => {
    expect(formatEventDate(strike)).toBe("22 June 2025, 02:30 Tehran");
    expect(formatEventDateUtc(strike)).toBe("21 June 2025, 23:00 UTC");
    expect(formatEventDateWithUtc(strike)).toBe("22 June 2025, 02:30 Tehran (21 June, 23:00 UTC)");
    expect(formatShortDate(strike.date, "minute", strike.zone)).toBe("22 Jun 2025, 02:30 Tehran");
  });

  it("names the year on the UTC clock only when the two clocks disagree on it", () => {
    const newYear = { date: "2025-01-01T01:00", precision: "minute" as const, zone: "Asia/Tehran" };
    expect(formatEventDateWithUtc(newYear)).toBe("1 January 2025, 01:00 Tehran (31 December 2024, 21:30 UTC)");
  });

  it("writes an offset-only time on that offset, and a UTC time once", () => {
    expect(formatEventDate({ date: "2025-06-21T19:00-04:00", precision: "minute" })).toBe("21 June 2025, 19:00 UTC-04:00");
    expect(formatEventDateWithUtc({ date: "2025-06-21T23:00Z", precision: "minute" })).toBe("21 June 2025, 23:00 UTC");
    expect(formatEventDateUtc({ date: "2025-06-21T23:00", precision: "minute", zone: "UTC" })).toBeNull();
  });

  it("writes hour precision as the hour it covers, and ranges across midnight in full", () => {
    expect(formatEventDate({ date: "2025-06-22T02", precision: "hour", zone: "Asia/Tehran" })).toBe("22 June 2025, 02:00–03:00 Tehran");
    expect(formatEventDate({ date: "2025-06-22T23", precision: "hour", zone: "Asia/Tehran" })).toBe("22 June 2025, 23:00–24:00 Tehran");
    expect(formatEventDate({ date: "2025-06-21T23:30", end: "2025-06-22T01:15", precision: "minute", zone: "Asia/Tehran" })).toBe(
      "21 June, 23:30 – 22 June 2025, 01:15 Tehran",
    );
    expect(formatEventDate({ date: "2025-06-21T19:00", end: "2025-06-21T19:30", precision: "minute", zone: "America/New_York" })).toBe(
      "21 June 2025, 19:00–19:30 New York",
    );
  });

  it("falls back to the IANA city for zones without a common name", () => {
    expect(formatEventDate({ date: "2025-06-21T19:00", precision: "minute", zone: "America/Los_Angeles" })).toBe("21 June 2025, 19:00 Los Angeles");
  });
});

describe("a window in words, as exact as its span needs", () => {
  const at = (iso: string) => Date.parse(iso);
  it("writes whole days as days, the last one included", () => {
    expect(formatWindow([at("2015-01-01T00:00Z"), at("2026-01-01T00:00Z")])).toBe("1 Jan 2015 – 31 Dec 2025");
    expect(formatWindow([at("2025-04-10T00:00Z"), at("2025-04-11T00:00Z")])).toBe("10 Apr 2025");
  });
  it("writes a week or more that a gesture left mid-day by the days it touches: the minutes stay in the URL", () => {
    expect(formatWindow([at("2015-03-03T14:23Z"), at("2025-06-17T09:12Z")])).toBe("3 Mar 2015 – 17 Jun 2025");
    expect(formatWindow([at("2025-06-01T06:00Z"), at("2025-06-09T00:00Z")])).toBe("1 Jun 2025 – 8 Jun 2025");
  });
  it("writes a shorter window to the minute in UTC, its shared day or year once", () => {
    expect(formatWindow([at("2025-06-22T02:00Z"), at("2025-06-22T04:30Z")])).toBe("22 Jun 2025 02:00–04:30 UTC");
    expect(formatWindow([at("2025-06-21T18:00Z"), at("2025-06-22T04:00Z")])).toBe("21 Jun 18:00 – 22 Jun 2025 04:00 UTC");
    expect(formatWindow([at("2025-12-31T18:00Z"), at("2026-01-01T04:00Z")])).toBe("31 Dec 2025 18:00 – 1 Jan 2026 04:00 UTC");
  });
});
