// The glossary entry of a term met in a lesson, in a side panel beside the text: opened
// from the term by mouse or keyboard, closed with Escape (focus goes back to the term). The
// learner can read it in another language than the lesson's, and open the whole glossary.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";

import { api, type GlossaryView, LANGUAGES } from "../api";
import { errorText, t } from "../i18n";
import { glossaryChoice, glossaryLanguage, go } from "../state";
import { useValue } from "../store";
import { ChoiceSelect } from "./ChoiceSelect";
import { glossaryLanguageOptions, TermCard } from "./TermCard";

export function TermPanel(props: { course: string; term: string; lessonLang: string; onClose: () => void }) {
  useValue(glossaryChoice);
  const lang = glossaryLanguage(props.lessonLang);
  const [term, setTerm] = useState(props.term);
  const [g, setG] = useState<GlossaryView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => setTerm(props.term), [props.term]);
  useEffect(() => {
    let live = true;
    api.glossary(lang, props.course).then(
      (view) => live && (setG(view), setError(null)),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [lang, props.course]);

  const entry = g?.entries.find((e) => e.id === term);
  // Focus goes to the entry's heading when it opens or another entry is shown.
  useLayoutEffect(() => {
    if (entry) panel.current?.querySelector<HTMLElement>(".term-head")?.focus();
  }, [entry?.id, g === null]);

  return (
    <div
      class="term-panel"
      role="dialog"
      aria-labelledby="term-panel-title"
      data-test="term-panel"
      ref={panel}
      onKeyDown={(ev) => {
        if (ev.key === "Escape" && !(ev.target instanceof HTMLSelectElement)) {
          ev.preventDefault();
          props.onClose();
        }
      }}
    >
      <div class="term-panel-bar">
        <label class="content-lang">
          <span>{t("glossary-language")}</span>
          <ChoiceSelect hook="term-panel-language" value={lang} options={glossaryLanguageOptions(LANGUAGES)} onChoose={(code) => glossaryChoice.set(code)} />
        </label>
        <button class="icon-button" data-test="term-panel-close" aria-label={t("glossary-close")} title={t("glossary-close")} onClick={props.onClose}>
          ×
        </button>
      </div>
      {error && <p class="notice" role="alert">{error}</p>}
      {entry && (
        <div class="term-panel-entry">
          <TermCard entry={entry} level={2} headingId="term-panel-title" onSee={setTerm} />
        </div>
      )}
      <button class="secondary" data-test="term-panel-open-glossary" onClick={() => void go({ name: "glossary", term })}>
        {t("glossary-open-entry")}
      </button>
    </div>
  );
}
