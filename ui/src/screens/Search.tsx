// Search results: lessons, quiz questions, glossary entries and courses, and the learner's
// own notes, in the course-text language first, then the others; each opens where it was
// found.
import { useState } from "preact/hooks";

import { api, type SearchView } from "../api";
import { t } from "../i18n";
import { go } from "../state";
import { byLanguage, target } from "../search";
import type { Screen } from "./screen";

export function SearchForm(props: { initial?: string; hook: string; big?: boolean }) {
  const [query, setQuery] = useState(props.initial ?? "");
  return (
    <form
      role="search"
      class={props.big ? "search-form big" : "search-form"}
      onSubmit={(ev) => {
        ev.preventDefault();
        if (query.trim() !== "") void go({ name: "search", query: query.trim() });
      }}
    >
      <input type="search" data-test={props.hook} aria-label={t("search-label")} placeholder={t("search-placeholder")} value={query} onInput={(ev) => setQuery(ev.currentTarget.value)} />
      <button type="submit" data-test={`${props.hook}-go`}>
        {t("search-go")}
      </button>
    </form>
  );
}

function Results({ v }: { v: SearchView }) {
  return (
    <>
      <h1 tabIndex={-1} data-test="search-title">
        {t("search-title")}
      </h1>
      <SearchForm initial={v.query} hook="search-query" big />
      <p class="muted" role="status" data-test="search-count">
        {v.results.length === 0 ? t("search-none", { query: v.query }) : t("search-count", { count: v.results.length, query: v.query })}
      </p>
      {byLanguage(v.results).map((g) => (
        <section key={g.lang} aria-label={t("search-in", { lang: t(`language-endonym-${g.lang}`) })}>
          {(g.lang !== v.lang || byLanguage(v.results).length > 1) && <h2>{t("search-in", { lang: t(`language-endonym-${g.lang}`) })}</h2>}
          <ul class="search-results">
            {g.results.map((r) => (
              <li key={`${r.kind}-${r.course}-${r.lesson ?? r.quiz ?? r.term ?? ""}-${r.title}`} class="card search-result" data-test="search-result" data-kind={r.kind} lang={r.lang}>
                <span class="badge">{t(`search-kind-${r.kind}`)}</span>{" "}
                <button class="link search-result-title" data-test="search-result-open" onClick={() => void go(target(r))}>
                  {r.title}
                </button>
                <p class="muted small">{r.course_title}</p>
                {/* Safe: the passage is escaped in Rust; only <b> marks the words found. */}
                <p class="search-snippet" data-test="search-snippet" dangerouslySetInnerHTML={{ __html: r.snippet }} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export const search: Screen<"search", SearchView> = {
  load: (route) => api.search(route.query),
  View: ({ data }) => <Results v={data} />,
};
