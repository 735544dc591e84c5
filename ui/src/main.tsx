// The LPHM window: start-up and mount. All data and all decisions come from the Rust side
// (api.ts); the screens (screens/) only show them, in the learner's language.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "./style.css";

import { listen } from "@tauri-apps/api/event";
import { render } from "preact";

import { api } from "./api";
import { App } from "./App";
import { setLang, t } from "./i18n";
import { later } from "./evaluation";
import { createRouter, type Route } from "./router";
import { screens } from "./screens";
import { Fatal } from "./screens/Fatal";
import type { Screen } from "./screens/screen";
import { appState, currentProfile, refreshState, refreshSync, setTextSize, stopReading, useRouter } from "./state";
import { applyTextSize, stepTextSize, textSizeKey } from "./textsize";

const root = document.getElementById("app")!;

function ready(): void {
  if (root.dataset.ready) return;
  root.dataset.ready = "true";
  void api.uiReady();
}

async function start(): Promise<void> {
  try {
    await refreshState();
  } catch (e) {
    setLang((navigator.language || "en").slice(0, 2));
    document.title = t("app-title");
    render(<Fatal error={e} />, root);
    root.dataset.ready = "true";
    return;
  }
  // The learner's text size, applied now and whenever it or the learner changes; Ctrl with
  // + − 0 changes it on any screen, as in a browser.
  const textSize = () => currentProfile(appState.get())?.text_size ?? 100;
  applyTextSize(textSize());
  appState.subscribe(() => applyTextSize(textSize()));
  document.addEventListener("keydown", (ev) => {
    const step = textSizeKey(ev);
    if (step === null || !appState.get()?.current) return;
    ev.preventDefault();
    const next = stepTextSize(textSize(), step);
    if (next !== textSize()) void setTextSize(next);
  });
  const router = createRouter<Route>({
    load: (route, quiet) => (screens[route.name] as Screen<Route["name"], unknown>).load(route as never, quiet),
    leave: stopReading,
    // Without a profile there is only the welcome screen, the profiles and the glossary.
    resolve: (route) => (appState.get()?.current || route.name === "welcome" || route.name === "profiles" || route.name === "glossary" ? route : { name: "welcome" }),
  });
  useRouter(router);
  // Every screen drawn rereads the sync status, as a screen of the header.
  router.shown.subscribe(() => void refreshSync());
  render(<App router={router} onDrawn={ready} />, root);
  // The background sync says when it tried; the header also rereads the status every 30 s
  // so "synced 3 minutes ago" stays true.
  void listen("sync-status", () => void refreshSync());
  setInterval(() => void refreshSync(), 30_000);
  await refreshSync();
  const state = appState.get();
  // A follow-up survey that came due is asked first, once per start ("Later" puts it off
  // until the next one).
  if (state?.current) {
    const due = later.next(await api.followUpsDue().catch(() => []));
    if (due) {
      await router.go({ name: "survey", course: due.course, which: "follow_up", startup: true });
      return;
    }
  }
  if (state?.current && state.resume) {
    await router.go({ name: "lesson", course: state.resume.course, lesson: state.resume.lesson });
  } else {
    await router.go(state?.current ? { name: "catalogue" } : { name: "welcome" });
  }
}

void start();
