import { describe, expect, it } from "vitest";

import { Drafts, noteKey } from "./drafts";

describe("drafts", () => {
  it("keeps unsaved text per lesson and forgets it when saved or back to the saved text", () => {
    const d = new Drafts();
    const a = noteKey("course", "a");
    const b = noteKey("course", "b");
    d.keep(a, "Ask the councillor", "");
    d.keep(b, "other", "other");
    expect(d.get(a)).toBe("Ask the councillor");
    expect(d.get(b)).toBeUndefined();
    d.drop(a);
    expect(d.get(a)).toBeUndefined();
  });

  it("lesson keys do not collide", () => {
    expect(noteKey("a-b", "c")).not.toBe(noteKey("a", "b-c"));
  });
});
