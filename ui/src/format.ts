// Numbers and lists in the learner's language, for the progress ring and course cards.
import { lang, percent, t } from "./i18n";

/** The text inside a progress ring: the localized percentage ("8%", "8 %" in French). */
export function ringText(value: number): string {
  return percent(Math.round(value));
}

/** "Course text available in: English, Français" when the course's text is not complete in
 * `wanted` (the course-text language in use); null when it is, or when not known. */
export function textLanguagesNote(languages: string[] | undefined, wanted: string): string | null {
  if (!languages || languages.length === 0 || languages.includes(wanted)) return null;
  const names = languages.map((code) => t(`language-endonym-${code}`));
  return t("course-text-languages", { languages: new Intl.ListFormat(lang(), { type: "unit", style: "short" }).format(names) });
}
