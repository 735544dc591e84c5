// "My notes": every lesson the learner bookmarked or wrote a note on, across courses, with
// a way to find one and to export them all to a file (Markdown or PDF) to take into a
// meeting.
import { useState } from "preact/hooks";

import { api, type MyNote, type MyNotes } from "../api";
import { toast } from "../components/Toast";
import { fold } from "../glossary";
import { dateTime, errorText, t } from "../i18n";
import { go } from "../state";
import type { Screen } from "./screen";

/** Whether `entry` answers `query`: every word found in its titles or its note. */
export function noteMatches(entry: MyNote, query: string): boolean {
  const words = fold(query).split(" ").filter((w) => w !== "");
  const haystack = fold(
    [entry.course_title, entry.module_title, entry.lesson_title, entry.note?.text ?? "", ...(entry.note?.conflicts.map((c) => c.text) ?? [])].join(" \u0000 "),
  );
  return words.every((w) => haystack.includes(w));
}

function Entry({ e }: { e: MyNote }) {
  return (
    <li class="card my-note" data-test={`my-note-${e.course}-${e.lesson}`}>
      <div class="my-note-head">
        {e.installed ? (
          <button class="link my-note-title" data-test="my-note-open" onClick={() => void go({ name: "lesson", course: e.course, lesson: e.lesson })}>
            {e.lesson_title}
          </button>
        ) : (
          <strong class="my-note-title">{e.lesson_title}</strong>
        )}
        {e.bookmarked && (
          <span class="badge bookmark-badge" data-test="my-note-bookmarked">
            <span aria-hidden="true">★ </span>
            {t("bookmark-on")}
          </span>
        )}
      </div>
      {e.module_title && <p class="muted my-note-module">{e.module_title}</p>}
      {e.note && (
        <>
          <p class="my-note-text" data-test="my-note-text">
            {e.note.text}
          </p>
          <p class="muted small">{t("notes-saved-at", { when: dateTime(e.note.saved_ms) })}</p>
          {e.note.conflicts.length > 0 && <p class="notice">{t("notes-conflicts", { count: e.note.conflicts.length })}</p>}
        </>
      )}
    </li>
  );
}

function Notes({ n }: { n: MyNotes }) {
  const [query, setQuery] = useState("");
  const [busy, setBusy] = useState(false);
  const found = n.entries.filter((e) => noteMatches(e, query));
  const courses: { course: string; title: string; entries: MyNote[] }[] = [];
  for (const e of found) {
    const last = courses[courses.length - 1];
    if (last && last.course === e.course) last.entries.push(e);
    else courses.push({ course: e.course, title: e.course_title, entries: [e] });
  }
  const exportNotes = async (format: "md" | "pdf") => {
    setBusy(true);
    try {
      const path = await api.exportNotes(format);
      if (path) toast(t("notes-exported", { path }), "ok");
    } catch (e) {
      toast(errorText(e), "error");
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1 tabIndex={-1} data-test="notes-title">
        {t("notes-title")}
      </h1>
      <p class="muted">{t("notes-intro")}</p>
      {n.entries.length === 0 ? (
        <p class="notice" data-test="notes-empty">
          {t("notes-empty")}
        </p>
      ) : (
        <div class="glossary-controls">
          <label class="glossary-filter">
            <span>{t("notes-filter")}</span>
            <input type="search" data-test="notes-filter" value={query} onInput={(ev) => setQuery(ev.currentTarget.value)} />
          </label>
          <button class="secondary" data-test="notes-export" disabled={busy} onClick={() => void exportNotes("md")}>
            {t("notes-export")}
          </button>
          <button class="secondary" data-test="notes-export-pdf" disabled={busy} onClick={() => void exportNotes("pdf")}>
            {t("notes-export-pdf")}
          </button>
        </div>
      )}
      <p class="muted" role="status" data-test="notes-count">
        {n.entries.length === 0 ? "" : t("notes-count", { count: found.length })}
      </p>
      {n.entries.length > 0 && found.length === 0 && (
        <p class="notice" data-test="notes-no-match">
          {t("notes-no-match", { query })}
        </p>
      )}
      {courses.map((c) => (
        <section key={c.course} aria-label={c.title}>
          <h2>{c.title}</h2>
          <ul class="my-notes">
            {c.entries.map((e) => (
              <Entry key={e.lesson} e={e} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export const notes: Screen<"notes", MyNotes> = {
  load: () => api.myNotes(),
  View: ({ data }) => <Notes n={data} />,
};
