// What the whole window shares: the app's state from the Rust side, the learner's sync
// status (shown in the header and on the sync screen), the way to another screen, and the
// lesson being read (to record the time spent on it).
import { api, type AppState, type Profile, type SyncStatus } from "./api";
import { errorText, setLang } from "./i18n";
import type { Route, Router } from "./router";
import { Value } from "./store";
import { toast } from "./components/Toast";

export const appState = new Value<AppState | null>(null);

/** The current learner's sync status, as last asked. */
export const syncStatus = new Value<SyncStatus | null>(null);

/** The language course text is asked in: the learner's choice, else the interface's. */
export function contentLanguage(state: AppState | null = appState.get()): string {
  return state?.content_lang ?? state?.lang ?? "en";
}

/** The language the glossary explains terms in, when the learner chose one apart from the
 * course text (for the session). */
export const glossaryChoice = new Value<string | null>(null);

/** The glossary's language: the learner's choice for it, else `fallback` (the lesson's
 * language in a lesson), else the course text's. */
export function glossaryLanguage(fallback?: string): string {
  return glossaryChoice.get() ?? fallback ?? contentLanguage();
}

/** Sets the current learner's text size and applies it (see textsize.ts). */
export async function setTextSize(percent: number): Promise<void> {
  try {
    await api.setTextSize(percent);
    appState.update((s) => (s ? { ...s, profiles: s.profiles.map((p) => (p.id === s.current ? { ...p, text_size: percent } : p)) } : s));
  } catch (e) {
    toast(errorText(e), "error");
  }
}

export async function refreshState(): Promise<void> {
  const state = await api.appState();
  setLang(state.lang);
  appState.set(state);
}

export function currentProfile(state: AppState | null = appState.get()): Profile | undefined {
  return state?.profiles.find((p) => p.id === state.current);
}

/** Asks for the sync status again; every place that shows it redraws. */
export async function refreshSync(): Promise<void> {
  if (!appState.get()?.current) {
    syncStatus.set(null);
    return;
  }
  try {
    syncStatus.set(await api.syncStatus());
  } catch {
    // The header keeps what it last knew.
  }
}

let router: Router<Route> | null = null;

export function useRouter(r: Router<Route>): void {
  router = r;
}

export function go(route: Route): Promise<void> {
  return router ? router.go(route) : Promise.resolve();
}

export function refreshScreen(quiet: boolean): Promise<void> {
  return router ? router.refresh(quiet) : Promise.resolve();
}

/** The lesson being read and since when, to record time spent when the learner leaves. */
let reading: { course: string; lesson: string; since: number } | null = null;

export function startReading(course: string, lesson: string): void {
  reading = { course, lesson, since: Date.now() };
}

export async function stopReading(): Promise<void> {
  if (!reading) return;
  const { course, lesson, since } = reading;
  reading = null;
  const seconds = Math.round((Date.now() - since) / 1000);
  try {
    await api.recordTime(course, lesson, seconds);
  } catch (e) {
    toast(errorText(e), "error");
  }
}

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden" && reading) {
    const { course, lesson } = reading;
    void stopReading().then(() => startReading(course, lesson));
  }
});
