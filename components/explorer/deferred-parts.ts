"use client";

import { deferredPart } from "@/components/lazy/deferred-part";
import type * as Briefing from "@/components/briefing/BriefingMenu";
import type * as Table from "@/components/events/EventTable";
import type * as EventList from "@/components/events/ViewEventList";
import type * as Foot from "./ChartFoot";
import type * as Lanes from "./LaneMenu";
import type * as Pane from "./ReadingPane";
import type * as Actions from "./TitleActions";

// The explorer's regions that its first paint shows but its first interaction does not need: drawn by the server,
// loaded by the browser once the figure is live (components/lazy/deferred-part.tsx). `typeof window` is a
// build-time constant, so each `require` exists only in the server's bundle.
/* eslint-disable @typescript-eslint/no-require-imports */
export const DeferredTitleActions = deferredPart(
  "title-actions",
  typeof window === "undefined" ? (require("./TitleActions") as typeof Actions).TitleActions : null,
  () => import("./TitleActions").then((module) => module.TitleActions),
);

export const DeferredReadingPane = deferredPart(
  "reading-pane",
  typeof window === "undefined" ? (require("./ReadingPane") as typeof Pane).ReadingPane : null,
  () => import("./ReadingPane").then((module) => module.ReadingPane),
);

export const DeferredChartFoot = deferredPart(
  "chart-foot",
  typeof window === "undefined" ? (require("./ChartFoot") as typeof Foot).ChartFoot : null,
  () => import("./ChartFoot").then((module) => module.ChartFoot),
);

export const DeferredEventList = deferredPart(
  "event-list",
  typeof window === "undefined" ? (require("@/components/events/ViewEventList") as typeof EventList).ViewEventList : null,
  () => import("@/components/events/ViewEventList").then((module) => module.ViewEventList),
);

export const DeferredBriefingMenu = deferredPart(
  "briefing-menu",
  typeof window === "undefined" ? (require("@/components/briefing/BriefingMenu") as typeof Briefing).BriefingMenu : null,
  () => import("@/components/briefing/BriefingMenu").then((module) => module.BriefingMenu),
);

export const DeferredLaneMenu = deferredPart(
  "lane-menu",
  typeof window === "undefined" ? (require("./LaneMenu") as typeof Lanes).LaneMenu : null,
  () => import("./LaneMenu").then((module) => module.LaneMenu),
);

export const DeferredEventTable = deferredPart(
  "event-table",
  typeof window === "undefined" ? (require("@/components/events/EventTable") as typeof Table).EventTable : null,
  () => import("@/components/events/EventTable").then((module) => module.EventTable),
);
