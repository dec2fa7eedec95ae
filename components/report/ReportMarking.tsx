/**
 * The handling mark across the top and bottom of a report or handout on screen. On paper the page's
 * running header and footer carry it on every page instead (ReportPageStyle), so this is not printed.
 */
export function ReportMarking({ marking, place }: { marking: string | null; place: "top" | "bottom" }) {
  if (!marking) return null;
  return (
    <p className={`report-marking report-marking-${place}`} aria-hidden={place === "bottom" || undefined}>
      {marking}
    </p>
  );
}
