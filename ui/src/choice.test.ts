import { describe, expect, it } from "vitest";

import { SelectChoice } from "./choice";

describe("a select's choice", () => {
  it("arrow keys do not switch; Enter does", () => {
    const c = new SelectChoice();
    expect(c.keydown("ArrowDown")).toBe(null);
    expect(c.change()).toBe("wait");
    expect(c.keydown("ArrowDown")).toBe(null);
    expect(c.change()).toBe("wait");
    expect(c.keydown("Enter")).toBe("commit");
  });

  it("leaving the control after arrow keys commits what it shows", () => {
    const c = new SelectChoice();
    c.keydown("ArrowUp");
    expect(c.change()).toBe("wait");
    expect(c.blur()).toBe("commit");
    expect(c.blur()).toBe(null);
  });

  it("Escape puts the old value back", () => {
    const c = new SelectChoice();
    c.keydown("ArrowDown");
    c.change();
    expect(c.keydown("Escape")).toBe("revert");
    expect(c.blur()).toBe(null);
  });

  it("typing a letter to jump is a keyboard move too", () => {
    const c = new SelectChoice();
    c.keydown("p");
    expect(c.change()).toBe("wait");
  });

  it("a choice with the mouse or from the open list switches at once", () => {
    const c = new SelectChoice();
    expect(c.change()).toBe("commit");
    c.keydown("ArrowDown");
    c.pointer();
    expect(c.change()).toBe("commit");
  });

  it("Enter with nothing pending is left to the control (it opens the list)", () => {
    expect(new SelectChoice().keydown("Enter")).toBe(null);
  });
});
