// What the quiz shows about each question after an attempt, and when the correct answers
// will be shown.
import type { QuizOutcome } from "./api";
import { t } from "./i18n";

export type QuestionTone = "open" | "unanswered" | "right" | "wrong";

export interface QuestionFeedback {
  tone: QuestionTone;
  /** "Correct." / "Not quite.", once submitted. */
  verdict: string | null;
  explanation: string;
  /** The choices to mark as correct: none unless the outcome reveals them. */
  expected: string[];
}

type Result = QuizOutcome["results"][number];

export function questionFeedback(result: Result | undefined, unanswered: boolean, revealed: boolean): QuestionFeedback {
  if (!result) return { tone: unanswered ? "unanswered" : "open", verdict: null, explanation: "", expected: [] };
  return {
    tone: result.correct ? "right" : "wrong",
    verdict: result.correct ? t("quiz-feedback-right") : t("quiz-feedback-wrong"),
    explanation: result.explanation,
    // A failed attempt that does not reveal must not give the answers away, whatever arrives.
    expected: revealed ? result.expected : [],
  };
}

/** When the correct answers will be shown, after an attempt that did not show them. */
export function revealNote(outcome: QuizOutcome, revealAfter: number | null): string | null {
  if (outcome.revealed) return null;
  if (revealAfter === null) return t("quiz-reveal-on-pass");
  const left = Math.max(1, revealAfter - outcome.history.attempts.length);
  return t("quiz-reveal-after", { count: left });
}

/** The first question, in quiz order, among `missing`. */
export function firstUnanswered(questions: { id: string }[], missing: Set<string>): number {
  return questions.findIndex((q) => missing.has(q.id));
}
