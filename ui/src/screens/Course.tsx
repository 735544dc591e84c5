// A course's modules, lessons and quizzes, with what is done; and removing the course.
import { useState } from "preact/hooks";

import { api, type CertificateView, type CourseView, type SurveyStep, type TestStep } from "../api";
import { ContentLanguagePicker } from "../components/ContentLanguagePicker";
import { Crumbs } from "../components/Crumbs";
import { Bar } from "../components/Progress";
import { toast } from "../components/Toast";
import { textLanguagesNote } from "../format";
import { signedPoints } from "../evaluation";
import { dateOnly, errorText, percent, t } from "../i18n";
import { appState, contentLanguage, go } from "../state";
import { useValue } from "../store";
import type { Screen } from "./screen";

/** "Remove this course…", with a confirmation that keeps progress unless asked. */
function RemoveCourse({ course, title }: { course: string; title: string }) {
  const [asking, setAsking] = useState(false);
  const [forget, setForget] = useState(false);
  return (
    <section class="remove-course">
      <button class="link danger-link" data-test="course-remove" hidden={asking} onClick={() => setAsking(true)}>
        {t("course-remove")}
      </button>
      <div class="card remove-confirm" role="alertdialog" data-test="remove-confirm" hidden={!asking}>
        <p>
          <strong>{t("course-remove-confirm", { title })}</strong>
        </p>
        <p class="muted">{t("course-remove-keep-note")}</p>
        <label class="check">
          <input type="checkbox" data-test="remove-forget" checked={forget} onChange={(ev) => setForget((ev.target as HTMLInputElement).checked)} />{" "}
          {t("course-remove-forget")}
        </label>
        <div class="actions">
          <button
            class="danger"
            data-test="remove-yes"
            onClick={async () => {
              try {
                await api.removeCourse(course, forget);
                toast(t("course-removed", { title }));
                await go({ name: "catalogue" });
              } catch (e) {
                toast(errorText(e), "error");
              }
            }}
          >
            {t("course-remove-yes")}
          </button>
          <button class="secondary" data-test="remove-no" onClick={() => setAsking(false)}>
            {t("course-remove-no")}
          </button>
        </div>
      </div>
    </section>
  );
}

/** The certificate of a complete course: the programme's, once a sync brought it, or
 * until then a statement of completion the learner can print. */
function Certificate({ course, v }: { course: string; v: CertificateView }) {
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const path = await api.saveCertificate(course);
      if (path) toast(t("certificate-saved", { path }), "ok");
    } catch (e) {
      toast(errorText(e), "error");
    } finally {
      setBusy(false);
    }
  };
  const issued = v.state === "issued";
  return (
    <section class={`card certificate certificate-${v.state}`} data-test="certificate" data-state={v.state} aria-labelledby="certificate-heading">
      <h2 id="certificate-heading">{issued ? t("certificate-issued-title") : v.state === "revoked" ? t("certificate-revoked-title") : t("certificate-complete-title")}</h2>
      <p>
        {issued
          ? t("certificate-issued-text")
          : v.state === "revoked"
            ? t("certificate-revoked-text")
            : v.connected
              ? t("certificate-complete-connected")
              : t("certificate-complete-offline")}
      </p>
      {issued && v.verify_url && (
        <p class="muted small" data-test="certificate-verify-url">
          {t("certificate-verify-at")} <span class="url">{v.verify_url}</span>
        </p>
      )}
      <button class={issued ? "primary" : "secondary"} data-test="certificate-save" disabled={busy} onClick={() => void save()}>
        {issued ? t("certificate-save") : t("certificate-save-statement")}
      </button>
    </section>
  );
}

/** The pre-test or post-test on the course page: why and a button while offered, the
 * score once taken (with the change since the pre-test). Nothing while locked or closed. */
function TestCard({ course, step }: { course: string; step: TestStep }) {
  const pre = step.stage === "pre";
  if (step.state !== "offered" && step.state !== "taken") return null;
  const s = step.score;
  return (
    <section class={`card evaluation-step ${step.state}`} data-test={`eval-${step.stage}`} data-state={step.state} aria-labelledby={`eval-${step.stage}-heading`}>
      <h2 id={`eval-${step.stage}-heading`}>
        {pre ? t("eval-pre-title") : t("eval-post-title")}
        {s && <span class="badge done-badge">{t("eval-done")}</span>}
      </h2>
      {step.state === "offered" ? (
        <>
          <p>{pre ? t("eval-pre-why") : t("eval-post-why")}</p>
          {pre && <p class="muted small">{t("eval-pre-closes")}</p>}
          <button class="primary" data-test={`eval-${step.stage}-start`} onClick={() => void go({ name: "test", course, stage: step.stage })}>
            {pre ? t("eval-pre-start") : t("eval-post-start")}
          </button>
        </>
      ) : (
        s && (
          <>
            <p data-test={`eval-${step.stage}-score`}>{t(pre ? "eval-pre-result" : "eval-post-result", { form: s.form, correct: s.correct, total: s.total, score: percent(s.percent) })}</p>
            {step.gain !== null && (
              <p data-test="eval-gain">
                <strong>{t("eval-gain", { points: signedPoints(step.gain), count: Math.abs(step.gain) })}</strong>
              </p>
            )}
          </>
        )
      )}
    </section>
  );
}

/** A survey on the course page: offered (with why), answered (when), or for the follow-up,
 * the date it comes. Nothing while locked. */
function SurveyCard({ course, step }: { course: string; step: SurveyStep }) {
  if (step.state === "locked") return null;
  const reaction = step.which === "reaction";
  const id = reaction ? "reaction" : "follow-up";
  return (
    <section class={`card evaluation-step ${step.state}`} data-test={`eval-${id}`} data-state={step.state} aria-labelledby={`eval-${id}-heading`}>
      <h2 id={`eval-${id}-heading`}>
        {step.title}
        {step.state === "answered" && <span class="badge done-badge">{t("eval-done")}</span>}
      </h2>
      {step.state === "offered" && (
        <>
          <p>{reaction ? t("eval-reaction-why") : t("eval-follow-up-why")}</p>
          <button class="primary" data-test={`eval-${id}-start`} onClick={() => void go({ name: "survey", course, which: step.which })}>
            {t("eval-survey-start")}
          </button>
        </>
      )}
      {step.state === "answered" && step.answered_ms !== null && <p>{t("eval-answered", { date: dateOnly(step.answered_ms) })}</p>}
      {step.state === "waiting" && step.due_ms !== null && <p class="muted">{t("eval-follow-up-waiting", { date: dateOnly(step.due_ms) })}</p>}
    </section>
  );
}

/** A done/not-done mark: the tick is drawn, the words are read. */
function Tick({ done, mark }: { done: boolean; mark: string }) {
  return (
    <>
      <span class="tick" aria-hidden="true">
        {mark}
      </span>
      <span class="visually-hidden">{done ? t("lesson-done") : t("lesson-not-done")}</span>
    </>
  );
}

function Course({ c }: { c: CourseView }) {
  const languages = textLanguagesNote(c.languages, contentLanguage(useValue(appState)));
  const resume = c.resume;
  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: c.title }]} />
      <h1 tabIndex={-1}>{c.title}</h1>
      <p class="lead">{c.summary}</p>
      <div class="lesson-meta">
        {resume ? (
          <button
            class="primary"
            data-test="course-resume"
            onClick={() => void go(resume.kind === "lesson" ? { name: "lesson", course: c.id, lesson: resume.id } : { name: "quiz", course: c.id, quiz: resume.id })}
          >
            {t("course-continue")}
          </button>
        ) : (
          <span />
        )}
        <ContentLanguagePicker />
      </div>
      {languages && (
        <p class="notice" data-test="course-languages">
          {languages}
        </p>
      )}
      <div class="course-progress">
        <Bar percent={c.progress.percent} label={t("progress-label", { done: c.progress.done, total: c.progress.total })} />
        <span data-test="course-percent">{percent(c.progress.percent)}</span>
      </div>
      {c.certificate && <Certificate course={c.id} v={c.certificate} />}
      {c.evaluation?.pre && <TestCard course={c.id} step={c.evaluation.pre} />}
      {c.modules.map((m, i) => (
        <section key={m.id} class="card module" data-test={`module-${m.id}`}>
          <h2>
            {t("module-number", { n: i + 1 })} · {m.title}
          </h2>
          {m.summary && <p class="muted">{m.summary}</p>}
          <ol class="lesson-list">
            {m.lessons.map((l) => (
              <li key={l.id} class={l.completed ? "done" : ""}>
                <Tick done={l.completed} mark={l.completed ? "✓" : ""} />
                <button class="link" data-test={`lesson-${l.id}`} onClick={() => void go({ name: "lesson", course: c.id, lesson: l.id })}>
                  {l.title}
                </button>
                <span class="muted">{t("duration-minutes", { minutes: l.minutes })}</span>
              </li>
            ))}
            {m.quiz && (
              <li class={m.quiz.passed ? "done quiz-item" : "quiz-item"}>
                <Tick done={m.quiz.passed} mark={m.quiz.passed ? "✓" : "?"} />
                <button class="link" data-test={`quiz-${m.quiz.id}`} onClick={() => void go({ name: "quiz", course: c.id, quiz: m.quiz!.id })}>
                  {m.quiz.title}
                </button>
                <span class="badge">{t("quiz-badge")}</span>
                <span class="muted">
                  {m.quiz.attempts > 0 ? t("quiz-best", { best: percent(m.quiz.best_percent), attempts: m.quiz.attempts }) : t("quiz-questions", { count: m.quiz.questions })}
                </span>
              </li>
            )}
          </ol>
        </section>
      ))}
      {c.evaluation?.post && <TestCard course={c.id} step={c.evaluation.post} />}
      {c.evaluation?.reaction && <SurveyCard course={c.id} step={c.evaluation.reaction} />}
      {c.evaluation?.follow_up && <SurveyCard course={c.id} step={c.evaluation.follow_up} />}
      <RemoveCourse course={c.id} title={c.title} />
    </>
  );
}

export const course: Screen<"course", CourseView> = {
  load: (route) => api.course(route.course),
  View: ({ data }) => <Course c={data} />,
};
