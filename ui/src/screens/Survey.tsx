// A survey: the reaction survey when the course is complete, or the follow-up some time
// later (shown at start-up when it is due, with "Later"). Ratings are a row of radio
// buttons, texts have a character counter, choices are radio buttons or check boxes.
// What the learner typed is kept for the session: a language switch redraws the
// questions and keeps the answers.
import { useRef, useState } from "preact/hooks";

import { api, isApiError, type SurveyQuestionView, type SurveyView } from "../api";
import { useAfterRender } from "../components/afterRender";
import { Crumbs } from "../components/Crumbs";
import { charsLeft, later, loadKept, surveyAnswers, surveyDrafts, toggleChoice, type SurveyDraft } from "../evaluation";
import { errorText, t } from "../i18n";
import { useValue } from "../store";
import type { RouteOf } from "./screen";
import { appState, go, refreshSync, syncStatus } from "../state";
import type { Screen } from "./screen";

/** After a follow-up at start-up: the next one due, else where the app would have opened. */
export async function afterStartup(): Promise<void> {
  try {
    const next = later.next(await api.followUpsDue());
    if (next) return go({ name: "survey", course: next.course, which: "follow_up", startup: true });
  } catch {
    // Nothing more to ask: carry on.
  }
  const resume = appState.get()?.resume;
  return go(resume ? { name: "lesson", course: resume.course, lesson: resume.lesson } : { name: "catalogue" });
}

function Rating({ q, value, set }: { q: SurveyQuestionView; value: number | undefined; set: (n: number) => void }) {
  const values = Array.from({ length: q.scale }, (_, i) => i + 1);
  return (
    <div class="rating-row">
      <span class="rating-end" aria-hidden="true">
        {q.low}
      </span>
      {values.map((n) => (
        <label key={n} class="rating-choice">
          <input type="radio" name={q.id} value={String(n)} data-test={`rate-${q.id}-${n}`} checked={value === n} onChange={() => set(n)} />
          <span>{n}</span>
          {n === 1 && q.low && <span class="visually-hidden">{q.low}</span>}
          {n === q.scale && q.high && <span class="visually-hidden">{q.high}</span>}
        </label>
      ))}
      <span class="rating-end" aria-hidden="true">
        {q.high}
      </span>
    </div>
  );
}

function TextAnswer({ q, value, max, set }: { q: SurveyQuestionView; value: string; max: number; set: (v: string) => void }) {
  const left = charsLeft(value, max);
  const counter = `survey-count-${q.id}`;
  return (
    <>
      <textarea class="survey-text" rows={4} aria-labelledby={`survey-q-${q.id}`} aria-describedby={counter} data-test={`text-${q.id}`} value={value} onInput={(ev) => set((ev.target as HTMLTextAreaElement).value)} />
      <p id={counter} class={left < 0 ? "char-count over" : "char-count muted"} data-test={`count-${q.id}`}>
        {left < 0 ? t("survey-chars-over", { count: -left }) : t("survey-chars-left", { count: left })}
      </p>
    </>
  );
}

function Choices({ q, value, set }: { q: SurveyQuestionView; value: string[]; set: (v: string[]) => void }) {
  const type = q.kind === "choices" ? "checkbox" : "radio";
  const hint = q.kind === "choices" ? t("survey-hint-choices") : t("quiz-hint-single");
  return (
    <>
      {/* The hint, unless the question says it already. */}
      {!q.prompt.includes(hint) && <p class="muted hint">{hint}</p>}
      {q.choices.map((c) => (
        <label key={c.id} class="choice-row">
          <input type={type} name={q.id} value={c.id} data-test={`choose-${q.id}-${c.id}`} checked={value.includes(c.id)} onChange={(ev) => set(toggleChoice(q.kind, value, c.id, (ev.target as HTMLInputElement).checked))} />
          <span>{c.text}</span>
        </label>
      ))}
    </>
  );
}

function Survey({ v, route }: { v: SurveyView; route: RouteOf<"survey"> }) {
  const [draft, setDraftState] = useState<SurveyDraft>(() => surveyDrafts.get(v.course, v.which));
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState("");
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  // Answers are sent only from a laptop connected to the programme's server.
  const enrolled = useValue(syncStatus)?.enrolled ?? false;
  const form = useRef<HTMLFormElement>(null);
  const messageBox = useRef<HTMLDivElement>(null);
  const doneBox = useRef<HTMLDivElement>(null);
  const afterRender = useAfterRender();
  const set = (id: string, value: SurveyDraft[string]) => {
    // A question answered is no longer marked as missing.
    setMissing((now) => {
      if (!now.has(id)) return now;
      const next = new Set(now);
      next.delete(id);
      return next;
    });
    setDraftState((now) => {
      const next = { ...now, [id]: value };
      surveyDrafts.keep(v.course, v.which, next);
      return next;
    });
  };
  const startup = route.startup === true;

  const send = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    setMessage("");
    setBusy(true);
    try {
      await api.submitSurvey(v.course, v.which, surveyAnswers(v.questions, draft));
      surveyDrafts.drop(v.course, v.which);
      void refreshSync();
      setMissing(new Set());
      setSent(true);
      afterRender(() => {
        doneBox.current?.scrollIntoView({ block: "start" });
        doneBox.current?.focus({ preventScroll: true });
      });
    } catch (e) {
      setMissing(isApiError(e) && (e.code === "survey-unanswered" || e.code === "survey-invalid-answer") ? new Set(e.context?.questions ?? []) : new Set());
      setMessage(errorText(e));
      afterRender(() => {
        messageBox.current?.scrollIntoView({ block: "nearest" });
        messageBox.current?.focus({ preventScroll: true });
      });
    } finally {
      setBusy(false);
    }
  };

  const first = v.questions.findIndex((q) => missing.has(q.id));
  const goToMissing = () => {
    const fs = form.current?.querySelector<HTMLElement>(`fieldset[data-question="${CSS.escape(v.questions[first].id)}"]`);
    fs?.scrollIntoView({ block: "center" });
    fs?.querySelector<HTMLElement>("input, textarea")?.focus({ preventScroll: true });
  };
  const putOff = () => {
    later.put(v.course);
    void afterStartup();
  };

  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: v.course_title, to: { name: "course", course: v.course } }, { label: v.title }]} />
      <h1 tabIndex={-1}>{v.title}</h1>
      {startup && (
        <p class="notice" data-test="survey-startup">
          {t("survey-follow-up-startup", { course: v.course_title })}
        </p>
      )}
      {v.intro && <p class="lead">{v.intro}</p>}
      <p class="muted">{t("survey-optional-note")}</p>
      <form class="quiz survey" data-test="survey-form" noValidate ref={form} onSubmit={send}>
        {v.questions.map((q, i) => (
          <fieldset key={q.id} class={missing.has(q.id) ? "card question unanswered" : "card question"} data-question={q.id} data-test={`survey-question-${q.id}`} disabled={sent}>
            <legend id={`survey-q-${q.id}`}>
              <span class="q-number">{t("quiz-question-number", { n: i + 1, total: v.questions.length })}</span> {q.prompt}
              {q.optional && <span class="optional"> {t("survey-optional")}</span>}
            </legend>
            {q.kind === "rating" && <Rating q={q} value={typeof draft[q.id] === "number" ? (draft[q.id] as number) : undefined} set={(n) => set(q.id, n)} />}
            {q.kind === "text" && <TextAnswer q={q} max={v.max_chars} value={typeof draft[q.id] === "string" ? (draft[q.id] as string) : ""} set={(text) => set(q.id, text)} />}
            {(q.kind === "choice" || q.kind === "choices") && <Choices q={q} value={Array.isArray(draft[q.id]) ? (draft[q.id] as string[]) : []} set={(c) => set(q.id, c)} />}
          </fieldset>
        ))}
        <div class="form-error" role="alert" tabIndex={-1} data-test="survey-message" ref={messageBox}>
          {message}
          {message && first >= 0 && (
            <button type="button" class="link quiz-go" data-test="survey-go-unanswered" onClick={goToMissing}>
              {t("quiz-go-to-question", { n: first + 1 })}
            </button>
          )}
        </div>
        <div class="quiz-actions" hidden={sent}>
          <button type="submit" class="primary" data-test="survey-send" disabled={busy}>
            {t("survey-send")}
          </button>
          {startup && (
            <button type="button" class="secondary" data-test="survey-later" onClick={putOff}>
              {t("survey-later")}
            </button>
          )}
        </div>
      </form>
      <div class="quiz-result" aria-live="polite" tabIndex={-1} ref={doneBox} data-test="survey-result">
        {sent && (
          <div class="banner pass" data-test="survey-sent">
            <p>
              <strong>{t("eval-thanks")}</strong> {t(enrolled ? "survey-sent" : "survey-saved")}
            </p>
            {startup ? (
              <button class="primary" data-test="survey-continue" onClick={() => void afterStartup()}>
                {t("survey-continue")}
              </button>
            ) : (
              <button class="primary" data-test="survey-to-course" onClick={() => void go({ name: "course", course: v.course })}>
                {t("eval-to-course")}
              </button>
            )}
          </div>
        )}
      </div>
    </>
  );
}

export const survey: Screen<"survey", SurveyView> = {
  load: (route, quiet) => loadKept(`survey\u0000${route.course}\u0000${route.which}`, quiet, () => api.survey(route.course, route.which)),
  View: ({ data, route }) => <Survey v={data} route={route} />,
};
