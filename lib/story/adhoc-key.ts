/** Where this browser keeps its ad-hoc briefing (local storage); no schema, so the explorer can count its steps without loading the tray. */
export const ADHOC_STORAGE_KEY = "snapshots:adhoc-story";
