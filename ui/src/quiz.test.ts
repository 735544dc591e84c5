import { afterEach, describe, expect, it } from "vitest";

import type { QuizOutcome } from "./api";
import { setLang } from "./i18n";
import { firstUnanswered, questionFeedback, revealNote } from "./quiz";

afterEach(() => setLang("en"));

const wrong = { question: "q1", correct: false, chosen: ["a"], expected: ["b"], explanation: "Because." };

function outcome(revealed: boolean, attempts: number): QuizOutcome {
  return {
    event: "e",
    correct: 1,
    total: 5,
    percent: 20,
    passed: false,
    pass_mark: 80,
    revealed,
    results: [wrong],
    history: { attempts: Array.from({ length: attempts }, (_, i) => ({ id: `${i}`, at_ms: i, correct: 1, total: 5, passed: false })), best_percent: 20, passed: false },
  };
}

describe("question feedback", () => {
  it("says which were wrong and why, without the answers when not revealed", () => {
    const f = questionFeedback(wrong, false, false);
    expect(f.tone).toBe("wrong");
    expect(f.verdict).toBe("Not quite.");
    expect(f.explanation).toBe("Because.");
    expect(f.expected).toEqual([]);
  });

  it("marks the correct options when revealed", () => {
    expect(questionFeedback(wrong, false, true).expected).toEqual(["b"]);
  });

  it("an unanswered question before any result", () => {
    expect(questionFeedback(undefined, true, false).tone).toBe("unanswered");
    expect(questionFeedback(undefined, false, false).tone).toBe("open");
  });
});

describe("when the answers are shown", () => {
  it("once passed, when the quiz reveals only then", () => {
    expect(revealNote(outcome(false, 1), null)).toBe("The correct answers are shown once you pass.");
  });

  it("after the attempts left, with plurals", () => {
    expect(revealNote(outcome(false, 1), 3)).toBe("The correct answers are shown once you pass, or after 2 more attempts.");
    expect(revealNote(outcome(false, 2), 3)).toBe("The correct answers are shown once you pass, or after one more attempt.");
    setLang("pl");
    expect(revealNote(outcome(false, 1), 6)).toContain("po jeszcze 5 próbach");
    expect(revealNote(outcome(false, 1), 3)).toContain("po jeszcze 2 próbach");
  });

  it("nothing to say when they are shown", () => {
    expect(revealNote(outcome(true, 3), 3)).toBeNull();
  });

  it("the first unanswered question in quiz order", () => {
    expect(firstUnanswered([{ id: "a" }, { id: "b" }, { id: "c" }], new Set(["c", "b"]))).toBe(1);
    expect(firstUnanswered([{ id: "a" }], new Set())).toBe(-1);
  });
});
