/**
 * Names people use for common IANA zones where the zone's own city is not that name.
 * Any other zone shows its city ("America/Los_Angeles" → "Los Angeles"); docs/DATA.md lists these.
 */
export const ZONE_NAMES: Readonly<Record<string, string>> = {
  UTC: "UTC",
  "Etc/UTC": "UTC",
  "Etc/GMT": "UTC",
  GMT: "UTC",
  "Asia/Tehran": "Tehran",
  "Asia/Kolkata": "India",
  "Asia/Calcutta": "India",
  "Asia/Shanghai": "Beijing",
  "Europe/Kiev": "Kyiv",
  "Europe/Kyiv": "Kyiv",
};

const IANA_FORM = /^(?:UTC|GMT|[A-Z][A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/;

/** An IANA zone name this runtime knows ("Asia/Tehran", "UTC"); offsets and abbreviations are not zones. */
export function isIanaZone(zone: string): boolean {
  if (!IANA_FORM.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** "Tehran", "Los Angeles", "UTC", or "UTC+03:30" for a bare offset. */
export function zoneLabel(zone: string): string {
  const named = ZONE_NAMES[zone];
  if (named) return named;
  if (/^[+-]\d{2}:\d{2}$/.test(zone)) return zone === "+00:00" || zone === "-00:00" ? "UTC" : `UTC${zone}`;
  const city = zone.split("/").pop() ?? zone;
  return city.replace(/_/g, " ");
}

/** Whether a zone or offset is UTC itself (no second clock needed beside it). */
export function isUtcZone(zone: string): boolean {
  return zoneLabel(zone) === "UTC";
}
