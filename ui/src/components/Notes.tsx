// The learner's own notes on a lesson. Versions saved at the same time on another computer
// are shown below until a save replaces them all.
import { useState } from "preact/hooks";

import { api, type NoteView } from "../api";
import { noteDrafts, noteKey } from "../drafts";
import { dateTime, errorText, t } from "../i18n";
import { refreshSync } from "../state";

type SaveState = "none" | "saved" | "unsaved";

export function Notes({ course, lesson, initial }: { course: string; lesson: string; initial: NoteView | null }) {
  const key = noteKey(course, lesson);
  const [note, setNote] = useState(initial);
  // Text typed earlier in this session and not saved comes back as it was left.
  const draft = noteDrafts.get(key);
  const [text, setTextState] = useState(draft ?? initial?.text ?? "");
  const [saveState, setSaveState] = useState<SaveState>(draft !== undefined ? "unsaved" : "none");
  const setText = (value: string) => {
    setTextState(value);
    noteDrafts.keep(key, value, note?.text ?? "");
  };
  const [error, setError] = useState("");
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError("");
    try {
      await api.saveNote(course, lesson, text, note?.bases ?? []);
      noteDrafts.drop(key);
      setNote(await api.note(course, lesson));
      setSaveState("saved");
      void refreshSync();
    } catch (e) {
      setSaveState("none");
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="card notes" data-test="notes">
      <h2>
        <label for="note-text">{t("note-title")}</label>
      </h2>
      <p class="muted hint">{t("note-hint")}</p>
      <textarea
        class="note-text"
        id="note-text"
        data-test="note-text"
        rows={5}
        placeholder={t("note-placeholder")}
        value={text}
        onInput={(ev) => {
          setText((ev.target as HTMLTextAreaElement).value);
          setSaveState("unsaved");
          setError("");
        }}
      />
      <p class="form-error" role="alert" data-test="note-error">
        {error}
      </p>
      <div class="note-actions">
        <button class="primary" data-test="note-save" disabled={saving} onClick={() => void save()}>
          {t("note-save")}
        </button>
        <span class={saveState === "unsaved" ? "save-status unsaved" : "save-status"} role="status" data-test="note-saved">
          {saveState === "saved" ? t("note-saved") : saveState === "unsaved" ? t("note-unsaved") : ""}
        </span>
        <span class="muted note-when">{note ? t("note-last-saved", { date: dateTime(note.saved_ms) }) : ""}</span>
      </div>
      <div class="note-conflicts">
        {note && note.conflicts.length > 0 && [
          <p class="notice" data-test="note-conflict-explained">
            {t("note-conflict-explained")}
          </p>,
          ...note.conflicts.map((c) => (
            <div class="note-conflict" data-test="note-conflict">
              <p class="muted">{t("note-conflict-saved", { date: dateTime(c.saved_ms) })}</p>
              <p class="note-conflict-text">{c.text}</p>
              <button
                class="link"
                data-test="note-conflict-add"
                onClick={() => {
                  setText(text.trim() === "" ? c.text : `${text.trimEnd()}\n\n${c.text}`);
                  setSaveState("unsaved");
                  document.getElementById("note-text")?.focus();
                }}
              >
                {t("note-conflict-add")}
              </button>
            </div>
          )),
        ]}
      </div>
    </section>
  );
}
