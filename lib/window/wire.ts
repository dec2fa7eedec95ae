import type { TimelineItem } from "../data/items";
import type { Precision } from "../schema";
import type { WindowResponse } from "./types";

/**
 * A window's items as columns, the form the window query keeps in its cache and so the form the page's
 * dehydrated state carries: one array per field instead of one object per item, so the field names are
 * written once rather than once per event (about half the bytes of a whole small set). Optional fields
 * are sparse: [index, value, index, value, …].
 */
export interface ItemColumns {
  lanes: string[];
  id: string[];
  title: string[];
  /** Index into `lanes`. */
  lane: number[];
  start: number[];
  end: number[];
  precision: Precision[];
  dateLabel: string[];
  importance: number[];
  isRange: number[];
  shortTitle: (number | string)[];
  utcLabel: (number | string)[];
  unverified: (number | string)[];
}

export interface WindowWire extends Omit<WindowResponse, "items"> {
  items: ItemColumns;
}

type Sparse = "shortTitle" | "utcLabel" | "unverified";
const SPARSE: readonly Sparse[] = ["shortTitle", "utcLabel", "unverified"];

export function encodeItems(items: readonly TimelineItem[]): ItemColumns {
  const lanes: string[] = [];
  const laneIndex = new Map<string, number>();
  const columns: ItemColumns = { lanes, id: [], title: [], lane: [], start: [], end: [], precision: [], dateLabel: [], importance: [], isRange: [], shortTitle: [], utcLabel: [], unverified: [] };
  items.forEach((item, i) => {
    let lane = laneIndex.get(item.lane);
    if (lane === undefined) {
      lane = lanes.push(item.lane) - 1;
      laneIndex.set(item.lane, lane);
    }
    columns.id.push(item.id);
    columns.title.push(item.title);
    columns.lane.push(lane);
    columns.start.push(item.start);
    columns.end.push(item.end);
    columns.precision.push(item.precision);
    columns.dateLabel.push(item.dateLabel);
    columns.importance.push(item.importance);
    if (item.isRange) columns.isRange.push(i);
    for (const key of SPARSE) {
      const value = item[key];
      if (value !== undefined) columns[key].push(i, value);
    }
  });
  return columns;
}

export function decodeItems(columns: ItemColumns): TimelineItem[] {
  const items: TimelineItem[] = columns.id.map((id, i) => ({
    id,
    title: columns.title[i]!,
    lane: columns.lanes[columns.lane[i]!]!,
    start: columns.start[i]!,
    end: columns.end[i]!,
    precision: columns.precision[i]!,
    dateLabel: columns.dateLabel[i]!,
    importance: columns.importance[i]!,
  }));
  for (const i of columns.isRange) items[i]!.isRange = true;
  for (const key of SPARSE) {
    const pairs = columns[key];
    for (let k = 0; k + 1 < pairs.length; k += 2) items[pairs[k] as number]![key] = pairs[k + 1] as string;
  }
  return items;
}

export function encodeWindow(response: WindowResponse): WindowWire {
  return { ...response, items: encodeItems(response.items) };
}

export function decodeWindow(wire: WindowWire): WindowResponse {
  return { ...wire, items: decodeItems(wire.items) };
}
