import { describe, expect, it } from "vitest";

import type { SearchResult } from "./api";
import { byLanguage, target } from "./search";

function result(kind: string, lang: string, at: Partial<SearchResult> = {}): SearchResult {
  return { kind, course: "c", course_title: "C", lesson: null, quiz: null, term: null, title: kind, snippet: "", words: [], lang, ...at };
}

describe("a search result", () => {
  it("opens a lesson at the words found", () => {
    expect(target(result("lesson", "pl", { lesson: "l1", words: ["handlu", "ludźmi"] }))).toEqual({
      name: "lesson",
      course: "c",
      lesson: "l1",
      find: ["handlu", "ludźmi"],
    });
  });
  it("opens a note's lesson, a quiz, a glossary entry, or else the course", () => {
    expect(target(result("note", "en", { lesson: "l2" }))).toMatchObject({ name: "lesson", lesson: "l2" });
    expect(target(result("question", "en", { quiz: "q1" }))).toEqual({ name: "quiz", course: "c", quiz: "q1" });
    expect(target(result("term", "en", { term: "migrant" }))).toEqual({ name: "glossary", term: "migrant" });
    expect(target(result("course", "en"))).toEqual({ name: "course", course: "c" });
  });
});

describe("results by language", () => {
  it("keeps the order they came in and the language met first first", () => {
    const groups = byLanguage([result("a", "fr"), result("b", "en"), result("c", "fr"), result("d", "zu")]);
    expect(groups.map((g) => g.lang)).toEqual(["fr", "en", "zu"]);
    expect(groups[0].results.map((r) => r.kind)).toEqual(["a", "c"]);
  });
  it("gives no group for no results", () => {
    expect(byLanguage([])).toEqual([]);
  });
});
