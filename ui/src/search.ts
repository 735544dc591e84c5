// Search results: where each leads, and how they are grouped on the results screen.
import type { SearchResult } from "./api";
import type { Route } from "./router";

/** Where a result leads. */
export function target(r: SearchResult): Route {
  if (r.lesson) return { name: "lesson", course: r.course, lesson: r.lesson, find: r.words };
  if (r.quiz) return { name: "quiz", course: r.course, quiz: r.quiz };
  if (r.term) return { name: "glossary", term: r.term };
  return { name: "course", course: r.course };
}

/** Results grouped by the language they are in, in the order they come. */
export function byLanguage(results: SearchResult[]): { lang: string; results: SearchResult[] }[] {
  const out: { lang: string; results: SearchResult[] }[] = [];
  for (const r of results) {
    const group = out.find((g) => g.lang === r.lang);
    if (group) group.results.push(r);
    else out.push({ lang: r.lang, results: [r] });
  }
  return out;
}
