import { describe, expect, it } from "vitest";
import { RECORD_KINDS } from "@/lib/data/records";
import { validateRecord } from "@/lib/data/validate";
import { blankRecord, FORMS, type DeskRefs } from "@/lib/desk/forms";

const REFS: DeskRefs = {
  title: "Fixture",
  lanes: [{ id: "diplomacy", label: "Diplomacy", colour: "#006CD1", order: 1 }],
  experts: [{ id: "ada", name: "Ada" }],
  snapshots: [{ id: "spring", title: "Spring", asOf: "2025-04-19" }],
};
const KNOWN = { laneIds: new Set(["diplomacy"]), expertIds: new Set(["ada"]), eventIds: new Set<string>(), annotationIds: new Set<string>(), snapshotIds: new Set(["spring"]) };

describe("the desk's blank records", () => {
  it("never make a problem of an optional field left as it starts (which would also hide the other fields' problems)", () => {
    for (const kind of RECORD_KINDS.filter((k) => k !== "manifest")) {
      const optional = new Set(FORMS[kind].filter((f) => f.optional).map((f) => f.key));
      const problems = validateRecord(kind, blankRecord(kind, REFS), KNOWN);
      expect(problems.filter((p) => optional.has(p.field.split(".")[0]!)).map((p) => `${kind}.${p.field}: ${p.message}`)).toEqual([]);
    }
  });
});
