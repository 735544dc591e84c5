// Lets the learner read course text in another language than the interface's.
import { api } from "../api";
import { errorText, t } from "../i18n";
import { appState, refreshScreen } from "../state";
import { useValue } from "../store";
import { toast } from "./Toast";

export async function chooseContentLanguage(code: string | null): Promise<void> {
  try {
    await api.setContentLanguage(code);
    appState.update((s) => (s ? { ...s, content_lang: code } : s));
    await refreshScreen(false);
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
      <select data-test="content-language" value={current} onChange={(ev) => void chooseContentLanguage((ev.target as HTMLSelectElement).value || null)}>
        <option value="">{t("content-language-same")}</option>
        {(state?.languages ?? []).map((code) => (
          <option key={code} value={code}>
            {t(`language-endonym-${code}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
