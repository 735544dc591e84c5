import { describe, expect, it } from "vitest";

import { stepTextSize, textSizeKey } from "./textsize";

describe("stepTextSize", () => {
  it("moves one step up or down and stops at the ends", () => {
    expect(stepTextSize(100, 1)).toBe(125);
    expect(stepTextSize(175, 1)).toBe(200);
    expect(stepTextSize(200, 1)).toBe(200);
    expect(stepTextSize(125, -1)).toBe(100);
    expect(stepTextSize(100, -1)).toBe(100);
  });
  it("goes from a size between steps to the nearer step that way", () => {
    expect(stepTextSize(110, 1)).toBe(125);
    expect(stepTextSize(110, -1)).toBe(100);
  });
  it("0 is the normal size", () => {
    expect(stepTextSize(175, 0)).toBe(100);
  });
});

describe("textSizeKey", () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = { ctrlKey: true }) =>
    textSizeKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
  it("reads Ctrl or ⌘ with +, -, 0", () => {
    expect(key("+")).toBe(1);
    expect(key("=")).toBe(1);
    expect(key("-")).toBe(-1);
    expect(key("0", { metaKey: true })).toBe(0);
  });
  it("ignores keys without Ctrl, with Alt, or other keys", () => {
    expect(key("+", {})).toBe(null);
    expect(key("+", { ctrlKey: true, altKey: true })).toBe(null);
    expect(key("a")).toBe(null);
  });
});
