"use client";

import type { Facet } from "@/lib/view/explorer-data";

interface FacetSelectProps {
  id: string;
  label: string;
  allLabel: string;
  facets: readonly Facet[];
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A labelled drop-down filter over one facet (actor, tag) with its counts. */
export function FacetSelect({ id, label, allLabel, facets, value, onChange }: FacetSelectProps) {
  return (
    <div className="facet-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {facets.map((facet) => (
          <option key={facet.name} value={facet.name}>
            {facet.name} ({facet.count})
          </option>
        ))}
      </select>
    </div>
  );
}
