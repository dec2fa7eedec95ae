/** What the marks mean: precision, ranges, clusters, and the commentary cut-off. */
export function ChartLegend({ hideAfterAsOf, asOfLabel }: { hideAfterAsOf: boolean; asOfLabel: string }) {
  return (
    <ul className="tchart-legend" aria-label="Legend">
      <li><svg width="14" height="12" aria-hidden="true"><circle cx="7" cy="6" r="5" className="legend-point" /></svg>Exact day</li>
      <li><svg width="22" height="12" aria-hidden="true"><rect x="1" y="2" width="20" height="8" rx="2" className="legend-bar" /></svg>Date range</li>
      <li><svg width="26" height="12" aria-hidden="true"><defs><linearGradient id="legend-soft"><stop offset="0" stopOpacity="0.05" /><stop offset="0.25" stopOpacity="0.45" /><stop offset="0.75" stopOpacity="0.45" /><stop offset="1" stopOpacity="0.05" /></linearGradient></defs><rect x="1" y="0" width="24" height="12" rx="6" fill="url(#legend-soft)" /></svg>Month or year only</li>
      <li><svg width="26" height="14" aria-hidden="true"><rect x="1" y="1" width="24" height="12" rx="7" className="legend-cluster" /><text x="13" y="10" textAnchor="middle">n</text></svg>Several events</li>
      <li><svg width="12" height="14" aria-hidden="true"><line x1="6" x2="6" y1="0" y2="14" className="legend-asof" /></svg>{asOfLabel}</li>
      {!hideAfterAsOf && <li><svg width="14" height="12" aria-hidden="true"><defs><pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)"><rect width="2" height="4" fill="#fff" /></pattern></defs><circle cx="7" cy="6" r="5" className="legend-point after" /><circle cx="7" cy="6" r="5" fill="url(#legend-hatch)" /></svg>After the commentary</li>}
    </ul>
  );
}
