import type { Expert, Lane } from "../schema";

/** Seven lanes with a colour-blind-safe palette (Okabe–Ito) and the share of events each gets. */
export const SYNTH_LANES: (Lane & { weight: number; nouns: readonly string[] })[] = [
  { id: "diplomacy", label: "Diplomacy", colour: "#0072b2", order: 1, weight: 0.24, nouns: ["talks", "summit", "letter", "envoy visit", "joint statement"] },
  { id: "military", label: "Military", colour: "#d55e00", order: 2, weight: 0.18, nouns: ["strike", "exercise", "deployment", "drone incident", "naval stand-off"] },
  { id: "nuclear", label: "Nuclear programme", colour: "#cc79a7", order: 3, weight: 0.14, nouns: ["enrichment step", "site inspection", "centrifuge report", "stockpile estimate"] },
  { id: "sanctions", label: "Sanctions", colour: "#e69f00", order: 4, weight: 0.13, nouns: ["designation", "waiver", "oil embargo", "banking measure"] },
  { id: "domestic", label: "Domestic politics", colour: "#009e73", order: 5, weight: 0.12, nouns: ["election", "protest", "parliament vote", "cabinet change"] },
  { id: "regional", label: "Regional", colour: "#56b4e9", order: 6, weight: 0.11, nouns: ["proxy clash", "border incident", "ceasefire", "shipping attack"] },
  { id: "economy", label: "Economy", colour: "#8c6d1f", order: 7, weight: 0.08, nouns: ["currency drop", "oil price shock", "trade deal", "budget"] },
];

export const SYNTH_EXPERTS: Expert[] = [
  { id: "analyst-a", name: "Avery Analyst", role: "Senior Fellow", institution: "Synthetic Institute" },
  { id: "analyst-b", name: "Blake Brennan", role: "Director", institution: "Example Policy Centre" },
  { id: "analyst-c", name: "Casey Chen", role: "Professor", institution: "University of Samples" },
];

export const PLACES = ["Vienna", "Geneva", "Muscat", "Doha", "Tehran", "Washington", "Baghdad", "the Gulf", "New York", "Brussels"] as const;
export const ACTORS = ["United States", "Iran", "IAEA", "European Union", "Israel", "Oman", "Qatar", "UN Security Council"] as const;
export const LINK_LABELS = ["led to", "response to", "followed by", "reversed"] as const;
