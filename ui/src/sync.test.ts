import { afterEach, describe, expect, it } from "vitest";

import type { SyncStatus } from "./api";
import { setLang } from "./i18n";
import { fileSize, syncSummary } from "./sync";

afterEach(() => setLang("en"));

const NOW = 1_790_000_000_000;

function status(change: Partial<SyncStatus>): SyncStatus {
  return {
    enrolled: true,
    server: "https://lphm.example.org",
    learner_name: "Thandi",
    syncing: false,
    waiting: 0,
    last_ok_ms: NOW - 3 * 60_000,
    last_error: null,
    now_ms: NOW,
    clock_skew_ms: 0,
    consent: null,
    ...change,
  };
}

describe("sync wording", () => {
  it.each<[string, SyncStatus | null, string, string]>([
    ["not asked yet", null, "none", "Checking sync…"],
    ["not connected", status({ enrolled: false }), "none", "Not connected to a server"],
    ["syncing", status({ syncing: true }), "busy", "Syncing…"],
    ["synced minutes ago", status({}), "ok", "Synced 3 minutes ago"],
    ["synced just now", status({ last_ok_ms: NOW }), "ok", "Synced just now"],
    ["synced hours ago", status({ last_ok_ms: NOW - 2 * 3_600_000 }), "ok", "Synced 2 hours ago"],
    ["never synced", status({ last_ok_ms: null }), "waiting", "Not synced yet"],
    ["changes waiting", status({ waiting: 4 }), "waiting", "4 changes waiting"],
    ["offline with changes", status({ waiting: 1, last_error: { code: "sync-offline", args: { server: "x" } } }), "offline", "Offline — 1 change waiting"],
    ["offline, nothing waiting", status({ last_error: { code: "sync-timeout", args: { server: "x" } } }), "offline", "Offline"],
  ])("%s", (_, s, tone, text) => {
    const summary = syncSummary(s);
    expect(summary.tone).toBe(tone);
    expect(summary.text).toBe(text);
  });

  it("an error that needs a person is shown in full", () => {
    const s = syncSummary(status({ last_error: { code: "sync-token-refused", args: { server: "lphm.example.org" } } }));
    expect(s.tone).toBe("error");
    expect(s.detail).toContain("Ask your coordinator for a new code");
  });

  it("a learner erased on the server is told so, and that progress here is kept", () => {
    const s = syncSummary(status({ last_error: { code: "learner-erased", args: { server: "lphm.example.org" } } }));
    expect(s.tone).toBe("error");
    expect(s.detail).toContain("The programme erased your data on the server lphm.example.org");
    expect(s.detail).toContain("Your progress on this computer is kept");
  });

  it("speaks the learner's language", () => {
    setLang("fr");
    expect(syncSummary(status({ waiting: 2, last_error: { code: "sync-offline", args: { server: "x" } } })).text).toContain("Hors connexion — ");
  });

  it("file sizes", () => {
    expect(fileSize(1_400_000)).toBe("1.4 MB");
    expect(fileSize(10)).toBe("1 kB");
  });
});
