/** Where the open briefing tray docks: the explorer gives it a place of its own in the layout (beside the reading pane, a sheet on a phone). */
export const BRIEFING_DOCK_ID = "briefing-dock";
