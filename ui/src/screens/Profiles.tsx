// The learner profiles on this computer: switch to another, or add one.
import { api } from "../api";
import { ProfileForm } from "../components/ProfileForm";
import { toast } from "../components/Toast";
import { errorText, percent, t } from "../i18n";
import { ChoiceSelect } from "../components/ChoiceSelect";
import { appState, currentProfile, go, refreshState, setTextSize } from "../state";
import { TEXT_SIZES } from "../textsize";
import { useValue } from "../store";
import type { Screen } from "./screen";

function Profiles() {
  const state = useValue(appState);
  const profiles = state?.profiles ?? [];
  return (
    <>
      <h1 tabIndex={-1}>{t("profiles-title")}</h1>
      <ul class="profile-list">
        {profiles.map((p) => (
          <li key={p.id} class={p.id === state?.current ? "card profile current" : "card profile"}>
            <span class="avatar big" aria-hidden="true">
              {p.name.slice(0, 1).toUpperCase()}
            </span>
            <span class="profile-info">
              <strong>{p.name}</strong>
              <span class="muted">{[p.role, p.authority].filter(Boolean).join(" · ")}</span>
            </span>
            {p.id === state?.current ? (
              <span class="badge">{t("profiles-current")}</span>
            ) : (
              <button
                data-test={`switch-${p.name}`}
                onClick={async () => {
                  try {
                    await api.switchProfile(p.id);
                    await refreshState();
                    await go({ name: "catalogue" });
                  } catch (e) {
                    toast(errorText(e), "error");
                  }
                }}
              >
                {t("profiles-use")}
              </button>
            )}
          </li>
        ))}
      </ul>
      {currentProfile(state) && (
        <section class="card text-size" aria-labelledby="text-size-title">
          <h2 id="text-size-title">{t("text-size-title")}</h2>
          <ChoiceSelect
            hook="text-size"
            label={t("text-size-title")}
            value={String(currentProfile(state)?.text_size ?? 100)}
            options={TEXT_SIZES.map((size) => ({ value: String(size), label: percent(size) }))}
            onChoose={(value) => void setTextSize(Number(value))}
          />
          <p class="muted">{t("text-size-hint")}</p>
        </section>
      )}
      <h2>{t("profiles-add")}</h2>
      <ProfileForm
        onDone={async () => {
          await refreshState();
          await go({ name: "catalogue" });
        }}
      />
    </>
  );
}

export const profiles: Screen<"profiles", null> = {
  load: async () => null,
  View: () => <Profiles />,
};
