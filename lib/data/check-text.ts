import { BIDI_CONTROLS, DEFAULT_TEXT_LIMIT, TEXT_LIMITS } from "../schema/text-limits";
import type { Report } from "./validate";
import { formatCount } from "../scene/text";

function limitFor(path: readonly string[]): number {
  const name = [...path].reverse().find((part) => !/^\d+$/.test(part));
  return (name === undefined ? undefined : TEXT_LIMITS[name]) ?? DEFAULT_TEXT_LIMIT;
}

/** Reports every string in `value` that is longer than its field allows or holds a bidi control character. */
export function checkText(value: unknown, record: string, report: Report, path: string[] = []): void {
  if (typeof value === "string") {
    const field = path.join(".") || "(record)";
    const limit = limitFor(path);
    if (value.length > limit) report(record, field, `is ${formatCount(value.length)} characters long; at most ${formatCount(limit)} allowed here`);
    const bidi = BIDI_CONTROLS.exec(value);
    if (bidi)
      report(record, field, `contains the bidirectional control character U+${bidi[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}, which makes text display in a different order from how it reads`);
  } else if (Array.isArray(value)) value.forEach((item, i) => checkText(item, record, report, [...path, String(i)]));
  else if (value && typeof value === "object") for (const [key, item] of Object.entries(value)) checkText(item, record, report, [...path, key]);
}
