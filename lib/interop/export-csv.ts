import type { TimelineEvent } from "../schema";
import { eventToRow, OUR_COLUMNS } from "./columns";
import { writeCsv } from "./csv-table";

/** Events as our CSV (OUR_COLUMNS), which `npm run data:import` reads back unchanged. */
export function exportCsv(events: readonly TimelineEvent[]): string {
  return writeCsv(OUR_COLUMNS, events.map(eventToRow));
}
