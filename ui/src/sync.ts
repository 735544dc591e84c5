// How sync looks to the learner: one short line for the header and the sync screen, in
// their language. The facts come from the Rust side (`sync_status`); this only words them.
import type { ApiError, SyncStatus } from "./api";
import { dateTime, errorText, lang, t } from "./i18n";

/** The colour of the status: nothing to do, working, waiting, offline, or needs a person. */
export type Tone = "none" | "ok" | "busy" | "waiting" | "offline" | "error";

export interface SyncSummary {
  text: string;
  tone: Tone;
  /** The whole story, for a tooltip and the sync screen (the error's message, if any). */
  detail: string;
}

/** Failures that only mean the server could not be reached: they fix themselves. */
export function isOffline(e: ApiError | null): boolean {
  return e !== null && (e.code === "sync-offline" || e.code === "sync-timeout");
}

/** "Synced 3 minutes ago", "Synced 2 hours ago", or the date for older syncs. */
export function syncedAgo(s: SyncStatus): string {
  if (s.last_ok_ms === null) return t("sync-indicator-never");
  const minutes = Math.max(0, Math.floor((s.now_ms - s.last_ok_ms) / 60_000));
  if (minutes < 60) return t("sync-indicator-synced-minutes", { minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("sync-indicator-synced-hours", { hours });
  return t("sync-indicator-synced-on", { date: dateTime(s.last_ok_ms) });
}

export function syncSummary(s: SyncStatus | null): SyncSummary {
  if (s === null) return { text: t("sync-indicator-checking"), tone: "none", detail: "" };
  if (!s.enrolled) {
    return { text: t("sync-indicator-not-connected"), tone: "none", detail: t("sync-indicator-not-connected-hint") };
  }
  if (s.syncing) return { text: t("sync-indicator-syncing"), tone: "busy", detail: "" };
  if (s.last_error && isOffline(s.last_error)) {
    return { text: t("sync-indicator-offline", { count: s.waiting }), tone: "offline", detail: errorText(s.last_error) };
  }
  if (s.last_error) {
    const text = errorText(s.last_error);
    return { text, tone: "error", detail: text };
  }
  if (s.waiting > 0) return { text: t("sync-indicator-waiting", { count: s.waiting }), tone: "waiting", detail: syncedAgo(s) };
  return { text: syncedAgo(s), tone: s.last_ok_ms === null ? "waiting" : "ok", detail: "" };
}

/** A file size in the learner's language: "1.4 MB". */
export function fileSize(bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "megabyte"] : [Math.max(1, bytes / 1000), "kilobyte"];
  return new Intl.NumberFormat(lang(), { style: "unit", unit, maximumFractionDigits: 1 }).format(value);
}
