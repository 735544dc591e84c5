// One observable value for state that several places show (the sync status in the header
// and on the sync screen, the interface language, the screen on show). Components read it
// with `useValue` and redraw when it changes; nothing is found again by `data-test`.
//
// Not @preact/signals: Tauri freezes `Object.prototype` in the window (`freezePrototype`),
// and signals-core assigns `Signal.prototype.valueOf`/`toString`, which then throws at load
// ("Cannot assign to read only property"). This is the part of it the window needs.
import { useLayoutEffect, useReducer } from "preact/hooks";

export class Value<T> {
  #value: T;
  readonly #listeners = new Set<(value: T) => void>();

  constructor(value: T) {
    this.#value = value;
  }

  get(): T {
    return this.#value;
  }

  set(value: T): void {
    if (Object.is(value, this.#value)) return;
    this.#value = value;
    for (const listener of [...this.#listeners]) listener(value);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.#value));
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** The value's current content; the component redraws whenever it changes. */
export function useValue<T>(value: Value<T>): T {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const seen = value.get();
  useLayoutEffect(() => {
    // A change between this render and the subscription is not missed.
    if (!Object.is(value.get(), seen)) redraw(0);
    return value.subscribe(() => redraw(0));
  }, [value]);
  return seen;
}
