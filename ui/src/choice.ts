// When a <select> (the interface language, the course-text language) commits a choice.
// WebKitGTK fires `change` on every arrow key of a closed <select>, so switching there would
// redraw the window under the learner's fingers at each step. A change that follows a key
// press waits for Enter or for the control to lose focus; Escape puts the old value back.
// A change made with the mouse or the popup list is a choice at once.

export type Decision = "commit" | "revert" | "wait" | null;

export class SelectChoice {
  /** The value shown differs from the value in force, after keyboard moves. */
  #pending = false;
  /** The last interaction was a key that may change the selection. */
  #keyed = false;

  keydown(key: string): Decision {
    if (key === "Enter") {
      if (!this.#pending) return null;
      this.#pending = false;
      this.#keyed = false;
      return "commit";
    }
    if (key === "Escape") {
      if (!this.#pending) return null;
      this.#pending = false;
      this.#keyed = false;
      return "revert";
    }
    if (key === "Tab" || key === "Shift" || key === "Control" || key === "Alt" || key === "Meta") return null;
    this.#keyed = true;
    return null;
  }

  /** The mouse (or a touch) is choosing: its change is a choice. */
  pointer(): void {
    this.#keyed = false;
  }

  change(): Decision {
    if (this.#keyed) {
      this.#pending = true;
      return "wait";
    }
    return "commit";
  }

  blur(): Decision {
    this.#keyed = false;
    if (!this.#pending) return null;
    this.#pending = false;
    return "commit";
  }
}
