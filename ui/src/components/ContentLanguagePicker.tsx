// Lets the learner read course text in another language than the interface's.
import { api } from "../api";
import { errorText, t } from "../i18n";
import { appState, refreshScreen } from "../state";
import { useValue } from "../store";
import { ChoiceSelect } from "./ChoiceSelect";
import { toast } from "./Toast";

export async function chooseContentLanguage(code: string | null): Promise<void> {
  try {
    await api.setContentLanguage(code);
    appState.update((s) => (s ? { ...s, content_lang: code } : s));
    // The text of the screen on show is loaded again in that language, recording nothing.
    await refreshScreen(true);
  } catch (e) {
    toast(errorText(e), "error");
  }
}

export function ContentLanguagePicker() {
  const state = useValue(appState);
  const current = state?.content_lang ?? "";
  return (
    <label class="content-lang">
      <span>{t("content-language-label")}</span>
      <ChoiceSelect
        hook="content-language"
        value={current}
        options={[{ value: "", label: t("content-language-same") }, ...(state?.languages ?? []).map((code) => ({ value: code, label: t(`language-endonym-${code}`), lang: code }))]}
        onChoose={(value) => void chooseContentLanguage(value || null)}
      />
    </label>
  );
}
