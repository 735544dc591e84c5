// First start: choose a language, create a learner profile.
import { api } from "../api";
import { ProfileForm } from "../components/ProfileForm";
import { lang, setLang, t } from "../i18n";
import { appState, go, refreshState } from "../state";
import { useValue } from "../store";
import type { Screen } from "./screen";

function Welcome() {
  const state = useValue(appState);
  return (
    <section class="welcome">
      <h1 tabIndex={-1}>{t("welcome-title")}</h1>
      <p class="lead">{t("welcome-lead")}</p>
      <h2>{t("welcome-language")}</h2>
      <div class="lang-choices">
        {(state?.languages ?? []).map((code) => (
          <button
            key={code}
            class={code === lang() ? "choice selected" : "choice"}
            data-test={`welcome-lang-${code}`}
            aria-pressed={code === lang() ? "true" : "false"}
            onClick={async () => {
              await api.setLanguage(code);
              // Redraws the text in place: what is typed in the form below stays.
              setLang(code);
              appState.update((s) => (s ? { ...s, lang: code } : s));
            }}
          >
            {t(`language-endonym-${code}`)}
          </button>
        ))}
      </div>
      <h2>{t("welcome-profile")}</h2>
      <ProfileForm
        onDone={async () => {
          await refreshState();
          await go({ name: "catalogue" });
        }}
      />
    </section>
  );
}

export const welcome: Screen<"welcome", null> = {
  load: async () => null,
  View: () => <Welcome />,
};
