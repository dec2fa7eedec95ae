import { describe, expect, it } from "vitest";
import { applyCommand, clampStep, parseStepParam, pickStory } from "@/lib/story/navigation";
import { readKey } from "@/lib/story/keys";

describe("step numbers", () => {
  it("clamps into 1..count", () => {
    expect(clampStep(0, 10)).toBe(1);
    expect(clampStep(11, 10)).toBe(10);
    expect(clampStep(4.7, 10)).toBe(4);
    expect(clampStep(Number.NaN, 10)).toBe(1);
    expect(clampStep(3, 0)).toBe(1);
  });

  it.each([
    [undefined, 1],
    ["3", 3],
    [["4", "9"], 4],
    ["99", 10],
    ["0", 1],
    ["-2", 1],
    ["2.5", 1],
    ["three", 1],
    ["", 1],
    ["1e3", 1],
  ] as const)("reads step=%j as %i in a 10-step story", (value, expected) => {
    expect(parseStepParam(value as string | string[] | undefined, 10)).toBe(expected);
  });
});

describe("picking the story", () => {
  const stories = [{ id: "a" }, { id: "b" }];
  it("finds the story by id", () => expect(pickStory(stories, "b")?.id).toBe("b"));
  it("falls back to the first story for unknown or missing ids", () => {
    expect(pickStory(stories, "nope")?.id).toBe("a");
    expect(pickStory(stories, undefined)?.id).toBe("a");
    expect(pickStory(stories, ["b"])?.id).toBe("b");
  });
  it("returns null when there are no stories", () => expect(pickStory([], "a")).toBeNull());
});

describe("deck commands", () => {
  it("moves one step and stops at both ends", () => {
    expect(applyCommand(3, { type: "next" }, 10)).toBe(4);
    expect(applyCommand(10, { type: "next" }, 10)).toBe(10);
    expect(applyCommand(3, { type: "prev" }, 10)).toBe(2);
    expect(applyCommand(1, { type: "prev" }, 10)).toBe(1);
  });
  it("jumps to the first, the last or a numbered step", () => {
    expect(applyCommand(5, { type: "first" }, 10)).toBe(1);
    expect(applyCommand(5, { type: "last" }, 10)).toBe(10);
    expect(applyCommand(5, { type: "go", step: 7 }, 10)).toBe(7);
    expect(applyCommand(5, { type: "go", step: 70 }, 10)).toBe(10);
  });
});

describe("clicker keys", () => {
  it.each(["ArrowRight", " ", "PageDown", "ArrowDown"])("%j goes forward", (key) => {
    expect(readKey(key, "").command).toEqual({ type: "next" });
  });
  it.each(["ArrowLeft", "PageUp", "ArrowUp"])("%j goes back", (key) => {
    expect(readKey(key, "").command).toEqual({ type: "prev" });
  });
  it("maps Home, End, F and Escape", () => {
    expect(readKey("Home", "").command).toEqual({ type: "first" });
    expect(readKey("End", "").command).toEqual({ type: "last" });
    expect(readKey("f", "").command).toEqual({ type: "fullscreen" });
    expect(readKey("F", "").command).toEqual({ type: "fullscreen" });
    expect(readKey("Escape", "").command).toEqual({ type: "exit" });
  });
  it("collects digits and jumps on Enter", () => {
    let state = readKey("1", "");
    expect(state).toEqual({ command: null, digits: "1" });
    state = readKey("2", state.digits);
    expect(readKey("Enter", state.digits)).toEqual({ command: { type: "go", step: 12 }, digits: "" });
  });
  it("Enter without digits goes forward; Escape first clears typed digits", () => {
    expect(readKey("Enter", "").command).toEqual({ type: "next" });
    expect(readKey("Escape", "4")).toEqual({ command: null, digits: "" });
    expect(readKey("Backspace", "42")).toEqual({ command: null, digits: "4" });
  });
  it("ignores other keys and keeps the digits", () => {
    expect(readKey("x", "3")).toEqual({ command: null, digits: "3" });
  });
});
