// The course evaluation in the window: survey answers as the learner is typing them (kept
// for the session, across a language switch or leaving the screen), turned into what the
// Rust side records; the characters left in a text; the gain between the two tests; and
// which follow-up survey to ask at start-up.
import type { FollowUpDue, SurveyAnswer, SurveyQuestionView, Which } from "./api";

/** What the learner has put in a survey so far, by question: a rating, a text, choices. */
export type SurveyDraft = Record<string, number | string | string[]>;

/** The answers to send: blank texts and empty choices left out (as unanswered), texts as
 * typed (the Rust side trims them). */
export function surveyAnswers(questions: SurveyQuestionView[], draft: SurveyDraft): Record<string, SurveyAnswer> {
  const out: Record<string, SurveyAnswer> = {};
  for (const q of questions) {
    const value = draft[q.id];
    if (value === undefined) continue;
    if (q.kind === "rating" && typeof value === "number") out[q.id] = { rating: value };
    else if (q.kind === "text" && typeof value === "string" && value.trim() !== "") out[q.id] = { text: value };
    else if ((q.kind === "choice" || q.kind === "choices") && Array.isArray(value) && value.length > 0) out[q.id] = { choices: value };
  }
  return out;
}

/** The required questions without an answer in `draft`, in survey order. */
export function missingAnswers(questions: SurveyQuestionView[], draft: SurveyDraft): string[] {
  const given = surveyAnswers(questions, draft);
  return questions.filter((q) => !q.optional && !(q.id in given)).map((q) => q.id);
}

/** Characters as the Rust side counts them (Unicode scalar values: an emoji is one). */
export function charCount(text: string): number {
  return [...text].length;
}

/** How many characters may still be typed (negative: too many). */
export function charsLeft(text: string, max: number): number {
  return max - charCount(text);
}

/** Choices after the learner ticks or unticks `choice` (one only for a `choice` question). */
export function toggleChoice(kind: SurveyQuestionView["kind"], before: string[], choice: string, on: boolean): string[] {
  if (kind === "choice") return on ? [choice] : [];
  return on ? (before.includes(choice) ? before : [...before, choice]) : before.filter((c) => c !== choice);
}

/** A gain in points with its sign: "+12", "−3" (a true minus), "0". */
export function signedPoints(points: number): string {
  if (points > 0) return `+${points}`;
  if (points < 0) return `\u2212${-points}`;
  return "0";
}

/** Surveys typed into and not sent, for the session (like unsent notes). */
export class SurveyDrafts {
  readonly #drafts = new Map<string, SurveyDraft>();

  static key(course: string, which: Which): string {
    return `${course}\u0000${which}`;
  }

  get(course: string, which: Which): SurveyDraft {
    return this.#drafts.get(SurveyDrafts.key(course, which)) ?? {};
  }

  keep(course: string, which: Which, draft: SurveyDraft): void {
    this.#drafts.set(SurveyDrafts.key(course, which), draft);
  }

  drop(course: string, which: Which): void {
    this.#drafts.delete(SurveyDrafts.key(course, which));
  }
}

export const surveyDrafts = new SurveyDrafts();

/** Follow-up surveys put off with "Later": asked again at the next start only. */
export class Later {
  readonly #courses = new Set<string>();

  put(course: string): void {
    this.#courses.add(course);
  }

  /** The first due follow-up not put off in this run, if any. */
  next(due: FollowUpDue[]): FollowUpDue | null {
    return due.find((d) => !this.#courses.has(d.course)) ?? null;
  }
}

export const later = new Later();

/** What a test or survey screen last loaded, by key. */
const lastLoaded = new Map<string, unknown>();

/** Loads a test's or a survey's screen. A quiet reload (a language switch) after it was
 * sent fails on the Rust side (taken already); the screen then keeps what it showed, with
 * the learner's result on it, instead of turning into an error. */
export async function loadKept<T>(key: string, quiet: boolean, load: () => Promise<T>): Promise<T> {
  try {
    const value = await load();
    lastLoaded.set(key, value);
    return value;
  } catch (e) {
    if (quiet && lastLoaded.has(key)) return lastLoaded.get(key) as T;
    throw e;
  }
}
