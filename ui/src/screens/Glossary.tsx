// The glossary: every term of the installed courses, in four languages side by side, with
// what it means and which word to use. Reachable from the header on every screen; the
// learner chooses the language of the explanations apart from the lesson's.
import { useLayoutEffect, useState } from "preact/hooks";

import { api, type GlossaryView, LANGUAGES } from "../api";
import { ChoiceSelect } from "../components/ChoiceSelect";
import { glossaryLanguageOptions, TermCard } from "../components/TermCard";
import { groups, matches } from "../glossary";
import { t } from "../i18n";
import { glossaryChoice, glossaryLanguage, go, refreshScreen } from "../state";
import type { RouteOf, Screen } from "./screen";

export async function chooseGlossaryLanguage(code: string): Promise<void> {
  glossaryChoice.set(code);
  await refreshScreen(true);
}

/** Shows entry `id`: scrolled into view and focused, so a screen reader reads it. */
function showEntry(id: string): void {
  const card = document.getElementById(`term-${id}`);
  card?.scrollIntoView({ block: "start" });
  card?.focus({ preventScroll: true });
}

function Glossary({ g, route }: { g: GlossaryView; route: RouteOf<"glossary"> }) {
  const [query, setQuery] = useState("");
  const [target, setTarget] = useState(route.term ?? null);
  const found = g.entries.filter((e) => matches(e, query));

  // The entry the learner came for (from a lesson, or "see also") is shown once drawn.
  useLayoutEffect(() => {
    if (target) showEntry(target);
  }, [target]);

  const see = (id: string) => {
    setQuery("");
    setTarget(null);
    // Drawn without the filter first, then shown.
    requestAnimationFrame(() => setTarget(id));
  };

  return (
    <>
      <h1 tabIndex={-1} data-test="glossary-title">
        {t("glossary-title")}
      </h1>
      <p class="muted">{t("glossary-intro")}</p>
      <div class="glossary-controls">
        <label class="glossary-filter">
          <span>{t("glossary-filter")}</span>
          <input type="search" data-test="glossary-filter" value={query} onInput={(ev) => setQuery(ev.currentTarget.value)} />
        </label>
        <label class="content-lang">
          <span>{t("glossary-language")}</span>
          <ChoiceSelect hook="glossary-language" value={g.lang} options={glossaryLanguageOptions(LANGUAGES)} onChoose={(code) => void chooseGlossaryLanguage(code)} />
        </label>
      </div>
      <p class="muted" role="status" data-test="glossary-count">
        {g.entries.length === 0 ? "" : t("glossary-count", { count: found.length })}
      </p>
      {g.entries.length === 0 && (
        <p class="notice" data-test="glossary-none">
          {t("glossary-none")}
        </p>
      )}
      {g.entries.length > 0 && found.length === 0 && (
        <p class="notice" data-test="glossary-no-match">
          {t("glossary-no-match", { query })}
        </p>
      )}
      {groups(found).map((group) => (
        <section class="glossary-group" key={group.module ?? ""} aria-label={group.module ?? t("glossary-general")}>
          <h2>{group.module ?? t("glossary-general")}</h2>
          {group.entries.map((e) => (
            <TermCard key={e.id} entry={e} level={3} onSee={see} highlight={e.id === target} />
          ))}
        </section>
      ))}
      <p>
        <button class="secondary" onClick={() => void go({ name: "catalogue" })}>
          {t("screen-error-back")}
        </button>
      </p>
    </>
  );
}

export const glossary: Screen<"glossary", GlossaryView> = {
  load: () => api.glossary(glossaryLanguage(), null),
  View: ({ data, route }) => <Glossary g={data} route={route} />,
};
