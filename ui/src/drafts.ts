// What the learner typed and has not saved, kept in memory for the session: leaving a
// lesson and coming back, or switching language, finds the note as it was left. Nothing is
// saved without the learner asking.

export class Drafts {
  readonly #texts = new Map<string, string>();

  /** The unsaved text under `key`, if any. */
  get(key: string): string | undefined {
    return this.#texts.get(key);
  }

  /** Keeps `text` under `key`, unless it is what is saved already. */
  keep(key: string, text: string, saved: string): void {
    if (text === saved) this.#texts.delete(key);
    else this.#texts.set(key, text);
  }

  /** Forgets the draft under `key` (it was saved). */
  drop(key: string): void {
    this.#texts.delete(key);
  }
}

/** Unsaved notes, by course and lesson. */
export const noteDrafts = new Drafts();

export function noteKey(course: string, lesson: string): string {
  return `${course}\u0000${lesson}`;
}
