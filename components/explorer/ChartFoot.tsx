"use client";

import { FigureDownloads } from "@/components/export/FigureDownloads";
import type { Scene } from "@/lib/scene/types";
import type { ExplorerCommentary } from "@/lib/view/explorer-data";
import { Legend } from "./Legend";
import { SnapshotSwitcher } from "./SnapshotSwitcher";

interface ChartFootProps {
  asOfLabel: string | null;
  hideAfter: boolean;
  commentary: ExplorerCommentary | null;
  hrefFor: (id: string) => string;
  /** The figure drawn now, for its downloads; absent in list mode. */
  figure?: () => { scene: Scene; title: string } | null;
  name: string;
}

/** Under the figure: the legend, the commentary snapshot shown, and the figure's downloads. */
export function ChartFoot({ asOfLabel, hideAfter, commentary, hrefFor, figure, name }: ChartFootProps) {
  return (
    <div className="chart-foot">
      <Legend asOfLabel={asOfLabel} hideAfter={hideAfter} />
      {commentary && <SnapshotSwitcher commentary={commentary} hrefFor={hrefFor} />}
      {figure && <FigureDownloads figure={figure} name={name} className="figure-downloads" />}
    </div>
  );
}
