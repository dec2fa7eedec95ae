import { format } from "date-fns";
import { tz } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { formatFields, formatInZone } from "@/lib/time/pattern";

// The one pattern formatter writes what date-fns's format wrote for the same tokens, without its locale.
const PATTERNS = ["d MMMM yyyy", "d MMM yyyy", "MMMM yyyy", "MMM yyyy", "yyyy", "d MMM", "HH:mm", "yyyy-MM-dd", "EEE d MMMM yyyy 'UTC'", "d MMMM"];
const INSTANTS = [Date.UTC(2015, 6, 14, 9, 5), Date.UTC(2025, 5, 21, 23, 30), Date.UTC(2024, 1, 29), Date.UTC(1979, 0, 1, 12), Date.UTC(2026, 11, 31, 23, 59)];

describe("date patterns", () => {
  it("write every pattern the app uses as date-fns did, in UTC and on Tehran's clock", () => {
    for (const ms of INSTANTS)
      for (const pattern of PATTERNS)
        for (const zone of ["UTC", "Asia/Tehran", "America/New_York"]) expect(formatInZone(ms, pattern, zone), `${pattern} ${zone}`).toBe(format(ms, pattern, { in: tz(zone) }));
  });

  it("pad years below 1000 to four digits and keep quoted text as it is", () => {
    const date = new Date(2000, 0, 1);
    date.setFullYear(44, 2, 15);
    expect(formatFields(date, "d MMMM yyyy")).toBe("15 March 0044");
    expect(formatInZone(Date.UTC(2025, 5, 22, 2, 30), "HH:mm 'at' d MMM", "UTC")).toBe("02:30 at 22 Jun");
  });
});
