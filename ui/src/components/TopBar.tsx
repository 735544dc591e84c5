// The header of every screen: home, "works offline", the sync status, the language, the
// learner.
import { useLayoutEffect, useRef } from "preact/hooks";

import { api, LANGUAGES } from "../api";
import { errorText, lang, setLang, t } from "../i18n";
import { appState, currentProfile, go, refreshScreen, syncStatus } from "../state";
import { useValue } from "../store";
import { syncSummary } from "../sync";
import { LanguagePicker } from "./LanguagePicker";
import { SearchForm } from "../screens/Search";
import { toast } from "./Toast";

/** The sync status in the header; opens the sync screen. */
function SyncPill() {
  const s = syncSummary(useValue(syncStatus));
  return (
    <button
      class={`sync-pill tone-${s.tone}`}
      data-tone={s.tone}
      data-test="sync-status"
      title={s.detail !== "" && s.detail !== s.text ? `${s.text}\n${s.detail}` : s.text}
      onClick={() => void go({ name: "sync" })}
    >
      <span class="sync-dot" aria-hidden="true" />
      <span class="sync-text">{s.text}</span>
    </button>
  );
}

export async function chooseLanguage(code: string): Promise<void> {
  try {
    await api.setLanguage(code);
    setLang(code);
    appState.update((s) => (s ? { ...s, lang: code } : s));
    // Text redraws in place; the screen's content is loaded again in the new language
    // without entering it again (typed text, scroll and reading time stay).
    await refreshScreen(true);
  } catch (e) {
    toast(errorText(e), "error");
  }
}

export function TopBar() {
  const state = useValue(appState);
  const profile = currentProfile(state);
  // The header wraps to two rows in a narrow window or a long language: what is scrolled
  // into view (focus, a search hit, an answer) must clear its real height, not a guess.
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const note = () => document.documentElement.style.setProperty("--header-height", `${el.offsetHeight}px`);
    note();
    const watch = new ResizeObserver(note);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return (
    <header class="topbar" ref={header}>
      <button class="brand" data-test="home" onClick={() => void go(profile ? { name: "catalogue" } : { name: "welcome" })}>
        <span class="brand-mark">L</span>
        <span class="brand-name">{t("app-name")}</span>
      </button>
      <span class="offline-pill" title={t("offline-hint")}>
        {t("offline-ready")}
      </span>
      {profile && <SyncPill />}
      <span class="spacer" />
      {profile && <SearchForm hook="search-input" />}
      {profile && (
        <button class="glossary-button" data-test="notes-button" onClick={() => void go({ name: "notes" })}>
          {t("notes-open")}
        </button>
      )}
      <button class="glossary-button" data-test="glossary-button" onClick={() => void go({ name: "glossary" })}>
        {t("glossary-open")}
      </button>
      <LanguagePicker languages={state?.languages ?? [...LANGUAGES]} value={lang()} onChoose={(code) => void chooseLanguage(code)} />
      {profile && (
        <button class="profile-button" data-test="profile-button" onClick={() => void go({ name: "profiles" })} title={t("profiles-switch")}>
          <span class="avatar" aria-hidden="true">
            {profile.name.slice(0, 1).toUpperCase()}
          </span>
          <span>{profile.name}</span>
        </button>
      )}
    </header>
  );
}
