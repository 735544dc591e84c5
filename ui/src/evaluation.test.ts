import { describe, expect, it } from "vitest";

import type { SurveyQuestionView } from "./api";
import { charCount, charsLeft, Later, loadKept, missingAnswers, signedPoints, SurveyDrafts, surveyAnswers, toggleChoice } from "./evaluation";

function q(id: string, kind: SurveyQuestionView["kind"], optional = false): SurveyQuestionView {
  return { id, kind, prompt: id, optional, choices: [], scale: kind === "rating" ? 5 : 0, low: "", high: "" };
}

const questions = [q("relevance", "rating"), q("module", "choice"), q("areas", "choices", true), q("improve", "text", true), q("how", "text")];

describe("survey answers", () => {
  it("sends ratings, texts as typed and choices, and leaves out what is blank", () => {
    const answers = surveyAnswers(questions, { relevance: 4, module: ["m2"], areas: [], improve: "  \n ", how: " Zebranie z radą dzielnicy.\nŻółć 🙂 " });
    expect(answers).toEqual({ relevance: { rating: 4 }, module: { choices: ["m2"] }, how: { text: " Zebranie z radą dzielnicy.\nŻółć 🙂 " } });
  });

  it("ignores a draft value of the wrong shape and questions the survey does not have", () => {
    expect(surveyAnswers(questions, { relevance: "4", how: 3, other: "x" })).toEqual({});
  });

  it("lists the required questions still unanswered, in survey order", () => {
    expect(missingAnswers(questions, { how: "   " })).toEqual(["relevance", "module", "how"]);
    expect(missingAnswers(questions, { relevance: 1, module: ["a"], how: "ok" })).toEqual([]);
  });
});

describe("the character counter", () => {
  it("counts characters as the Rust side does: an emoji or a Polish letter is one", () => {
    expect(charCount("ąęł😊")).toBe(4);
    expect("😊".length).toBe(2);
    expect(charsLeft("😊".repeat(10), 4000)).toBe(3990);
    expect(charsLeft("a".repeat(4002), 4000)).toBe(-2);
  });
});

describe("choices", () => {
  it("keeps one for a single choice and any number for a multiple one", () => {
    expect(toggleChoice("choice", ["a"], "b", true)).toEqual(["b"]);
    expect(toggleChoice("choice", ["a"], "a", false)).toEqual([]);
    expect(toggleChoice("choices", ["a"], "b", true)).toEqual(["a", "b"]);
    expect(toggleChoice("choices", ["a", "b"], "b", true)).toEqual(["a", "b"]);
    expect(toggleChoice("choices", ["a", "b"], "a", false)).toEqual(["b"]);
  });
});

describe("the gain", () => {
  it("carries its sign, with a true minus", () => {
    expect(signedPoints(41)).toBe("+41");
    expect(signedPoints(-3)).toBe("\u22123");
    expect(signedPoints(0)).toBe("0");
  });
});

describe("drafts and Later", () => {
  it("keeps a survey's draft per course and survey until it is sent", () => {
    const drafts = new SurveyDrafts();
    drafts.keep("c", "reaction", { improve: "Więcej" });
    expect(drafts.get("c", "reaction")).toEqual({ improve: "Więcej" });
    expect(drafts.get("c", "follow_up")).toEqual({});
    expect(drafts.get("d", "reaction")).toEqual({});
    drafts.drop("c", "reaction");
    expect(drafts.get("c", "reaction")).toEqual({});
  });

  it("skips the follow-ups put off in this run", () => {
    const later = new Later();
    const due = [
      { course: "a", course_title: "A", due_ms: 1 },
      { course: "b", course_title: "B", due_ms: 2 },
    ];
    expect(later.next(due)?.course).toBe("a");
    later.put("a");
    expect(later.next(due)?.course).toBe("b");
    later.put("b");
    expect(later.next(due)).toBeNull();
  });
});

describe("loadKept", () => {
  it("keeps the screen on a quiet reload that fails once the test was taken, and fails otherwise", async () => {
    expect(await loadKept("k", false, async () => 1)).toBe(1);
    const taken = () => Promise.reject({ code: "test-already-taken" });
    expect(await loadKept("k", true, taken)).toBe(1);
    await expect(loadKept("k", false, taken)).rejects.toEqual({ code: "test-already-taken" });
    await expect(loadKept("never-loaded", true, taken)).rejects.toEqual({ code: "test-already-taken" });
  });
});
