"use client";

import type { ReactNode } from "react";

export interface PanelDef {
  id: string;
  label: string;
  content: ReactNode;
}

/**
 * Side panels. On wide screens all show at once (the tab strip is hidden by CSS); on a phone
 * they become tabs, one panel at a time.
 */
export function PanelTabs({ panels, active, onActivate }: { panels: PanelDef[]; active: string; onActivate: (id: string) => void }) {
  const focusTab = (index: number) => {
    const panel = panels[(index + panels.length) % panels.length];
    if (!panel) return;
    onActivate(panel.id);
    document.getElementById(`tab-${panel.id}`)?.focus();
  };
  return (
    <div className="panels">
      <div className="panel-tabs" role="tablist" aria-label="Panels">
        {panels.map((panel, index) => (
          <button
            key={panel.id}
            id={`tab-${panel.id}`}
            type="button"
            role="tab"
            aria-selected={panel.id === active}
            aria-controls={`panel-${panel.id}`}
            tabIndex={panel.id === active ? 0 : -1}
            onClick={() => onActivate(panel.id)}
            onKeyDown={(event) => {
              if (event.key === "ArrowRight") focusTab(index + 1);
              if (event.key === "ArrowLeft") focusTab(index - 1);
            }}
          >
            {panel.label}
          </button>
        ))}
      </div>
      {panels.map((panel) => (
        <section key={panel.id} id={`panel-${panel.id}`} className={`panel panel-${panel.id}`} role="tabpanel" aria-labelledby={`heading-${panel.id}`} data-active={panel.id === active}>
          <h2 id={`heading-${panel.id}`} className="panel-heading">
            {panel.label}
          </h2>
          <div className="panel-body">{panel.content}</div>
        </section>
      ))}
    </div>
  );
}
