// The store could not be opened at start-up: what happened, the folder, what to do next.
// The language can still be changed; the choice is not saved (there is nowhere to save it).
import { isApiError, LANGUAGES, type ApiError } from "../api";
import { LanguagePicker } from "../components/LanguagePicker";
import { errorText, language, lang, setLang, t } from "../i18n";
import { useValue } from "../store";


export function Fatal({ error }: { error: unknown }) {
  useValue(language);
  const err: ApiError = isApiError(error) ? error : { code: "unexpected", args: { code: String(error) } };
  const path = err.context?.path ?? "";
  const next = t(`fatal-next-${err.code}`);
  return (
    <>
      <header class="topbar">
        <span class="brand">
          <span class="brand-mark">L</span>
          <span class="brand-name">{t("app-name")}</span>
        </span>
        <span class="spacer" />
        <LanguagePicker
          languages={[...LANGUAGES]}
          value={lang()}
          onChoose={(code) => {
            setLang(code);
            document.title = t("app-title");
          }}
        />
      </header>
      <main class="content fatal" data-test="fatal">
        <div role="alert">
        <h1 tabIndex={-1}>{t("fatal-title")}</h1>
        <p class="fatal-what">{errorText(error)}</p>
        {path && (
          <p>
            {t("fatal-folder")} <code data-test="fatal-path">{path}</code>
          </p>
        )}
        <p class="fatal-next">{next !== `fatal-next-${err.code}` ? next : t("fatal-next-other")}</p>
        <p class="muted">{t("fatal-nothing-deleted")}</p>
        </div>
      </main>
    </>
  );
}
