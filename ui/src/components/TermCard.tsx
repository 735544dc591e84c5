// One glossary entry: the headword in every language side by side, what it means, which
// word to use and why, and related entries.
import type { TermView } from "../api";
import { t } from "../i18n";

export function TermCard(props: { entry: TermView; level: 2 | 3; headingId?: string; onSee: (id: string) => void; highlight?: boolean }) {
  const e = props.entry;
  const Heading = props.level === 2 ? "h2" : "h3";
  return (
    <article class={`term-card${props.highlight ? " highlight" : ""}`} data-test="term-card" data-term={e.id} id={`term-${e.id}`} tabIndex={-1} lang={e.lang}>
      <Heading class="term-head" id={props.headingId} data-test="term-head" tabIndex={-1}>
        {e.term}
      </Heading>
      {e.fallback && (
        <p class="notice" data-test="term-fallback">
          {t("glossary-fallback", { lang: t(`language-endonym-${e.lang}`) })}
        </p>
      )}
      <dl class="term-names" data-test="term-names">
        {e.names.map((n) => (
          <div class="term-name" key={n.lang} data-lang={n.lang}>
            <dt>{t(`language-endonym-${n.lang}`)}</dt>
            <dd lang={n.lang}>{n.text}</dd>
          </div>
        ))}
      </dl>
      <p class="term-definition" data-test="term-definition">
        {e.definition}
      </p>
      {e.usage && (
        <p class="term-usage" data-test="term-usage">
          <strong>{t("glossary-usage")}</strong> {e.usage}
        </p>
      )}
      {e.avoid.length > 0 && (
        <p class="term-avoid" data-test="term-avoid">
          <strong>{t("glossary-avoid")}</strong>{" "}
          {e.avoid.map((word, i) => (
            <>
              {i > 0 && ", "}
              <s class="avoid-word">{word}</s>
            </>
          ))}
        </p>
      )}
      {e.see.length > 0 && (
        <p class="term-see" data-test="term-see">
          <span>{t("glossary-see-also")}</span>{" "}
          {e.see.map((s) => (
            <button key={s.id} class="link" data-test="term-see-link" data-term={s.id} onClick={() => props.onSee(s.id)}>
              {s.term}
            </button>
          ))}
        </p>
      )}
    </article>
  );
}

/** The languages the glossary can explain terms in, for a `ChoiceSelect`. */
export function glossaryLanguageOptions(languages: readonly string[]) {
  return languages.map((code) => ({ value: code, label: t(`language-endonym-${code}`), lang: code }));
}
