// The interface language, in the header of every screen (also on the start-up error screen).
import { t } from "../i18n";
import { ChoiceSelect } from "./ChoiceSelect";

/** A small globe icon, drawn inline so it needs no emoji font. */
export function Globe() {
  return (
    <svg viewBox="0 0 24 24" class="globe" aria-hidden="true">
      <path d="M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z" />
      <path d="M2 12h20" />
      <path d="M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z" />
    </svg>
  );
}

export function LanguagePicker({ languages, value, onChoose }: { languages: string[]; value: string; onChoose: (code: string) => void }) {
  return (
    <label class="lang-picker">
      <Globe />
      <ChoiceSelect
        hook="language"
        label={t("language-label")}
        value={value}
        options={languages.map((code) => ({ value: code, label: t(`language-endonym-${code}`), lang: code }))}
        onChoose={onChoose}
      />
    </label>
  );
}
