// Sync with a server: connecting with a coordinator's one-time code (after reading what is
// sent and agreeing), the status and "sync now", progress to a file, and the server's
// courses to download.
import { useEffect, useState } from "preact/hooks";

import { api, CONSENT_STATEMENT, CONSENT_VERSION, isApiError, type Consent, type RemoteCourse, type SyncStatus } from "../api";
import { useAfterRender } from "../components/afterRender";
import { Crumbs } from "../components/Crumbs";
import { outcomeLines } from "../components/outcome";
import { ProgressTask, type TaskProgress } from "../components/ProgressTask";
import { dateTime, errorText, percent, t, tAttr } from "../i18n";
import { refreshScreen, refreshSync, syncStatus } from "../state";
import { useValue } from "../store";
import { fileSize, syncSummary } from "../sync";
import type { Screen } from "./screen";

/** Said once on the sync screen after enrolling. */
let enrolledFlash: string | null = null;

/** The status line of the sync screen: the same words as the header, and the whole error. */
function StatusLine() {
  const s = syncSummary(useValue(syncStatus));
  return (
    <p class={`sync-line tone-${s.tone}`} data-tone={s.tone} data-test="sync-panel-status">
      <span class="sync-dot" aria-hidden="true" />
      <span>
        <strong>{s.text}</strong>
        {s.detail && s.detail !== s.text ? <span class="sync-detail">{s.detail}</span> : null}
      </span>
    </p>
  );
}

function EnrollField({ id, name, inputMode, invalid }: { id: string; name: string; inputMode?: string; invalid: boolean }) {
  return (
    <label class="field">
      <span>{t(id)}</span>
      <input
        name={name}
        data-test={`enroll-${name}`}
        required
        placeholder={tAttr(id, "placeholder")}
        autocomplete="off"
        spellcheck={false}
        inputMode={inputMode as "url" | undefined}
        aria-invalid={invalid ? "true" : undefined}
        aria-describedby={invalid ? "enroll-error" : undefined}
      />
      <span class="muted hint">{tAttr(id, "hint")}</span>
    </label>
  );
}

type EnrollField = "server" | "code" | "consent";

/** The field an enrollment error is about: the server address, the code, the agreement, or
 * none. */
export function enrollErrorField(e: unknown): EnrollField | null {
  if (!isApiError(e)) return null;
  if (e.code === "sync-server-required" || e.code === "sync-server-invalid") return "server";
  if (e.code.startsWith("sync-code-")) return "code";
  if (e.code === "consent-needed") return "consent";
  return null;
}

/** What the agreement box sends: the version of the statement shown, or nothing when the
 * box is not ticked (the Rust side then refuses with `consent-needed` and sends nothing). */
export function agreedVersion(ticked: boolean): number | null {
  return ticked ? CONSENT_VERSION : null;
}

/** What is sent to the server and who sees it, all of it on show: the learner reads it
 * before agreeing, and can read it again once connected. */
export function ConsentStatement({ id }: { id: string }) {
  return (
    <section class="consent" aria-labelledby={id} data-test="consent-statement">
      <h2 id={id}>{t("consent-title")}</h2>
      {CONSENT_STATEMENT.map(([heading, paragraphs]) => (
        <div class="consent-part" key={heading}>
          <h3>{t(heading)}</h3>
          <ul>
            {paragraphs.map((p) => (
              <li key={p}>{t(p)}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** Linking this learner to a server with the one-time code a coordinator gave them. */
function EnrollForm() {
  // The failure itself, worded at each drawing: a language switch rewords it.
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<EnrollField | null>(null);
  const [busy, setBusy] = useState(false);
  const afterRender = useAfterRender();
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const formEl = ev.currentTarget as HTMLFormElement;
    const data = new FormData(formEl);
    setError(null);
    setInvalid(null);
    setBusy(true);
    try {
      const s = await api.enroll(String(data.get("server") ?? ""), String(data.get("code") ?? ""), agreedVersion(data.get("consent") !== null));
      enrolledFlash = t("enroll-done", { name: s.learner_name ?? "", server: s.server ?? "" });
      await refreshScreen(false);
    } catch (e) {
      setError(e);
      setBusy(false);
      const field = enrollErrorField(e);
      setInvalid(field);
      if (field) afterRender(() => formEl.querySelector<HTMLInputElement>(`[name="${field}"]`)?.focus());
    }
  };
  return (
    <form class="card profile-form enroll-form" data-test="enroll-form" noValidate onSubmit={submit}>
      <p>{t("enroll-intro")}</p>
      <EnrollField id="enroll-server" name="server" inputMode="url" invalid={invalid === "server"} />
      <EnrollField id="enroll-code" name="code" invalid={invalid === "code"} />
      <ConsentStatement id="consent-title" />
      <label class="consent-box">
        <input
          type="checkbox"
          name="consent"
          data-test="enroll-consent"
          required
          aria-invalid={invalid === "consent" ? "true" : undefined}
          aria-describedby={invalid === "consent" ? "enroll-error" : undefined}
        />
        <span>{t("consent-agree")}</span>
      </label>
      <p class="form-error" role="alert" id="enroll-error" data-test="sync-error">
        {error === null ? "" : errorText(error)}
      </p>
      <button type="submit" class="primary" data-test="enroll-submit" disabled={busy}>
        {busy ? t("enroll-connecting") : t("enroll-submit")}
      </button>
    </form>
  );
}

/** "You agreed on … to send your progress to …", and the statement one click away. */
function Agreement({ consent, server }: { consent: Consent | null; server: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div class="consent-agreed">
      {consent && (
        <p data-test="consent-agreed" data-version={consent.version}>
          {t("consent-agreed", { date: dateTime(consent.agreed_ms), server })}
        </p>
      )}
      <button type="button" class="link" data-test="consent-toggle" aria-expanded={open ? "true" : "false"} aria-controls="consent-again" onClick={() => setOpen(!open)}>
        {open ? t("consent-hide") : t("consent-show")}
      </button>
      <div id="consent-again" hidden={!open}>
        {open && <ConsentStatement id="consent-again-title" />}
      </div>
    </div>
  );
}

function Connection({ s }: { s: SyncStatus }) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState("");
  const [error, setError] = useState("");
  const now = async () => {
    setRunning(true);
    setResult("");
    setError("");
    syncStatus.update((st) => (st ? { ...st, syncing: true } : st));
    try {
      const report = await api.syncNow();
      setResult(t("sync-now-done", { pushed: report.pushed, pulled: report.pulled }));
    } catch (e) {
      setError(errorText(e));
    } finally {
      setRunning(false);
      await refreshSync();
    }
  };
  return (
    <section class="card sync-connection">
      <dl class="facts">
        <dt>{t("sync-server")}</dt>
        <dd data-test="sync-server">{s.server ?? ""}</dd>
        <dt>{t("sync-learner")}</dt>
        <dd data-test="sync-learner">{s.learner_name ?? ""}</dd>
      </dl>
      <StatusLine />
      <p class="muted hint">{t("sync-automatic")}</p>
      <Agreement consent={s.consent} server={s.server ?? ""} />
      <div class="sync-actions">
        <button class="primary" data-test="sync-now" disabled={running} onClick={() => void now()}>
          {running ? t("sync-now-running") : t("sync-now")}
        </button>
        <p class="sync-result" role="status" data-test="sync-result">
          {result}
        </p>
      </div>
      <p class="form-error" role="alert" data-test="sync-error">
        {error}
      </p>
    </section>
  );
}

/** Progress to a file, for a laptop that never gets a connection. */
function Export() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ events: number; path: string } | null>(null);
  const [error, setError] = useState("");
  const afterRender = useAfterRender();
  const run = async () => {
    setBusy(true);
    setDone(null);
    setError("");
    try {
      const info = await api.exportProgress();
      if (info) setDone(info);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      afterRender(() => document.querySelector("[data-test='export-result']")?.scrollIntoView({ block: "nearest" }));
    }
  };
  return (
    <section class="card">
      <h2>{t("export-title")}</h2>
      <p>{t("export-intro")}</p>
      <button class="secondary" data-test="export-progress" disabled={busy} onClick={() => void run()}>
        {t("export-button")}
      </button>
      <div class={done ? "export-result ok" : error ? "export-result form-error" : "export-result"} role={error ? "alert" : "status"} data-test="export-result">
        {done && [
          <p>{t("export-done", { events: done.events })}</p>,
          <p>
            <code class="path">{done.path}</code>
          </p>,
          <p class="muted">{t("export-next")}</p>,
        ]}
        {error && <p>{error}</p>}
      </div>
    </section>
  );
}

function stateText(c: RemoteCourse): string {
  const lines = [
    c.action === "installed"
      ? t("download-state-installed", { version: c.version })
      : c.action === "update"
        ? t("download-state-update", { installed: c.installed_version ?? 0, version: c.version })
        : t("download-state-new"),
  ];
  if (c.partial > 0 && c.action !== "installed") {
    lines.push(t("download-state-partial", { percent: percent(Math.floor((c.partial * 100) / Math.max(1, c.size))) }));
  }
  return lines.join(" ");
}

type Remote = { kind: "loading" } | { kind: "error"; error: unknown } | { kind: "list"; courses: RemoteCourse[] };

/** The server's courses, to install or update over the connection. */
function Downloads() {
  const [remote, setRemote] = useState<Remote>({ kind: "loading" });
  const afterRender = useAfterRender();
  const [active, setActive] = useState<{ course: string; progress: TaskProgress; cancelling: boolean } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; lines: string[] } | null>(null);

  const load = async () => {
    setRemote({ kind: "loading" });
    try {
      setRemote({ kind: "list", courses: await api.remoteCatalogue() });
    } catch (e) {
      setRemote({ kind: "error", error: e });
    }
  };
  useEffect(() => void load(), []);

  const download = async (c: RemoteCourse) => {
    if (active) return;
    setMessage(null);
    setActive({ course: c.course, progress: { done: c.partial, total: c.size }, cancelling: false });
    let lines: string[];
    let ok = true;
    try {
      const outcome = await api.downloadCourse(c.course, (p) => setActive((a) => (a ? { ...a, progress: p } : a)));
      lines = await outcomeLines(outcome);
    } catch (e) {
      ok = false;
      const code = isApiError(e) ? e.code : "";
      lines = code === "download-cancelled" ? [errorText(e)] : [t("download-failed", { title: c.title }), errorText(e)];
    }
    setActive(null);
    setMessage({ ok, lines });
    await load();
    afterRender(() => document.querySelector("[data-test='download-result']")?.scrollIntoView({ block: "nearest" }));
  };

  return (
    <section class="card">
      <h2>{t("download-title")}</h2>
      <p class="muted">{t("download-intro")}</p>
      <div
        class={message ? (message.ok ? "download-result import-result ok" : "download-result import-result error") : "download-result"}
        role={message && !message.ok ? "alert" : "status"}
        data-test="download-result"
        data-outcome={message ? (message.ok ? "ok" : "error") : undefined}
      >
        {message?.lines.map((line) => <p>{line}</p>)}
      </div>
      <ul class="remote-list" data-test="remote-courses">
        {remote.kind === "loading" && <li class="muted">{t("download-loading")}</li>}
        {remote.kind === "error" && (
          <li class="form-error" role="alert" data-test="remote-error">
            {errorText(remote.error)}{" "}
            <button class="link" onClick={() => void load()}>
              {t("download-retry")}
            </button>
          </li>
        )}
        {remote.kind === "list" && remote.courses.length === 0 && <li class="muted">{t("download-none")}</li>}
        {remote.kind === "list" &&
          remote.courses.map((c) => {
            const running = active?.course === c.course ? active : null;
            return (
              <li key={c.course} class="remote-course" data-test="remote-course" data-course={c.course}>
                <div class="remote-info">
                  <strong>{c.title}</strong>
                  <span class="muted">{t("download-facts", { version: c.version, size: fileSize(c.size) })}</span>
                  <span class="muted" data-test="remote-state">
                    {stateText(c)}
                  </span>
                </div>
                <button class="primary" data-test="download-course" hidden={c.action === "installed" || !!running} disabled={!!active} onClick={() => void download(c)}>
                  {c.action === "update" ? t("download-update") : t("download-install")}
                </button>
                {running && (
                  <ProgressTask
                    hook="download"
                    progress={running.progress}
                    label={(pct) => t("download-progress", { percent: pct, size: fileSize(running.progress.total) })}
                    running
                    cancelLabel={running.cancelling ? t("import-cancelling") : t("import-cancel")}
                    cancelling={running.cancelling}
                    onCancel={() => {
                      setActive((a) => (a ? { ...a, cancelling: true } : a));
                      void api.cancelDownload();
                    }}
                  />
                )}
              </li>
            );
          })}
      </ul>
    </section>
  );
}

function Sync({ status }: { status: SyncStatus }) {
  const flash = useState(() => {
    const f = enrolledFlash;
    enrolledFlash = null;
    return f;
  })[0];
  const s = useValue(syncStatus) ?? status;
  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: t("sync-title") }]} />
      <section class="sync-panel" data-test="sync-panel">
        <h1 tabIndex={-1}>{t("sync-title")}</h1>
        {s.enrolled ? (
          <>
            {flash && (
              <p class="banner pass" role="status" data-test="enroll-done">
                {flash}
              </p>
            )}
            <Connection s={s} />
            <Export />
            <Downloads />
          </>
        ) : (
          <>
            <EnrollForm />
            {/* Exporting to a file is for the learner with no connection at all. */}
            <Export />
          </>
        )}
      </section>
    </>
  );
}

export const sync: Screen<"sync", SyncStatus> = {
  load: async () => {
    const status = await api.syncStatus();
    syncStatus.set(status);
    return status;
  },
  View: ({ data }) => <Sync status={data} />,
};
