/** What the marks mean: precision, ranges, importance, counts, the snapshot line, and what is after it or unverified. */
/** `asOfLabel` null: a set without commentary has no snapshot line, and nothing comes after it. */
export function Legend({ asOfLabel, hideAfter = false }: { asOfLabel: string | null; hideAfter?: boolean }) {
  const ink = "#52606d";
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <circle cx="6" cy="7" r="3.5" fill={ink} />
          <circle cx="21" cy="7" r="6.5" fill={ink} />
        </svg>
        Exact day (larger: key event)
      </li>
      <li>
        <svg width="22" height="14" aria-hidden="true">
          <rect x="1" y="3" width="20" height="8" rx="2" fill={ink} />
        </svg>
        Date range
      </li>
      <li>
        <svg width="24" height="14" aria-hidden="true">
          <rect x="1" y="1" width="22" height="12" rx="6" fill={ink} fillOpacity="0.3" stroke={ink} strokeDasharray="3 2" />
        </svg>
        Month or year only
      </li>
      <li>
        <svg width="26" height="16" aria-hidden="true">
          <rect x="1" y="2" width="24" height="12" rx="6" fill="#fff" stroke={ink} strokeWidth="1.5" />
          <text x="13" y="11.5" textAnchor="middle" fontSize="9" fontWeight="700" fill="#1f2933">
            n
          </text>
        </svg>
        Several events (click to zoom)
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle cx="8" cy="8" r="3.5" fill={ink} />
          <circle cx="8" cy="8" r="7" fill="none" stroke={ink} strokeDasharray="2 2" />
        </svg>
        Unverified
      </li>
      {asOfLabel !== null && (
        <li>
          <svg width="10" height="14" aria-hidden="true">
            <line x1="5" x2="5" y1="0" y2="14" stroke="#b42318" strokeWidth="2" strokeDasharray="4 3" />
          </svg>
          {asOfLabel}
        </li>
      )}
      {asOfLabel !== null && !hideAfter && (
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <defs>
              <pattern id="legend-hatch" patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
                <rect width="2" height="4" fill="#fff" />
              </pattern>
            </defs>
            <circle cx="7" cy="7" r="5" fill={ink} fillOpacity="0.6" />
            <circle cx="7" cy="7" r="5" fill="url(#legend-hatch)" />
          </svg>
          After the commentary
        </li>
      )}
    </ul>
  );
}
