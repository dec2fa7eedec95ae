"use client";

import type { Facet } from "@/lib/view/explorer-data";

interface FacetSelectProps {
  id: string;
  label: string;
  allLabel: string;
  /** Undefined until loaded: the current value is shown on its own meanwhile. */
  facets: readonly Facet[] | undefined;
  value: string | null;
  onChange: (value: string | null) => void;
}

/** A labelled drop-down filter over one facet (actor, tag) with its counts. */
export function FacetSelect({ id, label, allLabel, facets, value, onChange }: FacetSelectProps) {
  // The long option lists come by query once the page is interactive (choosing needs the script anyway): the first HTML stays small.
  const listed = facets ?? (value ? [{ name: value, count: 0 }] : []);
  return (
    <div className="facet-select">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {listed.map((facet) => (
          <option key={facet.name} value={facet.name}>
            {facet.count ? `${facet.name} (${facet.count})` : facet.name}
          </option>
        ))}
      </select>
    </div>
  );
}
