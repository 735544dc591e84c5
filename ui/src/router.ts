// Which screen is on show, and getting there. A screen's data is loaded before it is drawn;
// when the learner navigates again while it loads, the older load is dropped, so a slow
// screen never draws itself over the one the learner went to since.
import type { Stage, Which } from "./gen/contract";
import { Value } from "./store";

export type Route =
  | { name: "welcome" }
  | { name: "profiles" }
  | { name: "catalogue" }
  | { name: "course"; course: string }
  | { name: "lesson"; course: string; lesson: string; find?: string[] }
  | { name: "quiz"; course: string; quiz: string }
  | { name: "test"; course: string; stage: Stage }
  | { name: "survey"; course: string; which: Which; startup?: boolean }
  | { name: "sync" }
  | { name: "glossary"; term?: string }
  | { name: "notes" }
  | { name: "search"; query: string };

/** Hands out tokens; only the newest one is current. */
export class Latest {
  #n = 0;

  begin(): number {
    return ++this.#n;
  }

  isCurrent(token: number): boolean {
    return token === this.#n;
  }
}

/** What is drawn: a route, its data (or the error loading it), and a key that changes
 * only when the screen is entered anew. */
export interface Shown<R> {
  route: R;
  data: unknown;
  error: unknown;
  key: number;
}

export interface Router<R> {
  readonly shown: Value<Shown<R> | null>;
  /** Enters `route`: its data is loaded, then it replaces the screen on show. */
  go(route: R): Promise<void>;
  /** Loads the screen on show again, e.g. in another language. With `quiet`, the screen is
   * not entered again: its state (typed text, scroll, timers) stays and nothing is recorded. */
  refresh(quiet: boolean): Promise<void>;
}

export interface RouterParts<R> {
  /** Loads a route's data; `quiet` asks for a load that records nothing. */
  load(route: R, quiet: boolean): Promise<unknown>;
  /** Runs before another screen is entered (e.g. to record time spent reading). */
  leave(): Promise<void>;
  /** The route actually entered for `route` (e.g. the welcome screen without a profile). */
  resolve?(route: R): R;
}

export function createRouter<R>(parts: RouterParts<R>): Router<R> {
  const shown = new Value<Shown<R> | null>(null);
  const latest = new Latest();

  const show = async (token: number, route: R, quiet: boolean, key: number | null) => {
    let data: unknown = null;
    let error: unknown = null;
    try {
      data = await parts.load(route, quiet);
    } catch (e) {
      error = e;
    }
    if (!latest.isCurrent(token)) return;
    shown.set({ route, data, error, key: key ?? token });
  };

  return {
    shown,
    async go(route) {
      const token = latest.begin();
      await parts.leave();
      await show(token, parts.resolve ? parts.resolve(route) : route, false, null);
    },
    async refresh(quiet) {
      const current = shown.get();
      if (!current) return;
      const token = latest.begin();
      await show(token, current.route, quiet, quiet && current.error === null ? current.key : null);
    },
  };
}
