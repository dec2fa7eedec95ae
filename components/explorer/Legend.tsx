/** How marks encode date precision, and what the red rule means. */
export function Legend({ asOfLabel }: { asOfLabel: string }) {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="#52606d" /></svg> exact day
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true"><rect x="1" y="3" width="20" height="8" rx="2" fill="#52606d" /></svg> date range
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true"><rect x="1" y="2" width="20" height="10" rx="5" fill="#52606d" fillOpacity="0.3" stroke="#52606d" strokeDasharray="3 2" /></svg> month or year only
      </li>
      <li>
        <svg width="10" height="14" aria-hidden="true"><line x1="5" x2="5" y1="0" y2="14" stroke="#b42318" strokeWidth="2" strokeDasharray="4 3" /></svg> {asOfLabel}
      </li>
    </ul>
  );
}
