// A quiz's questions, the answers chosen, and after submitting which were right, with the
// explanation of each, the result and the learner's attempts.
import type { ComponentChildren } from "preact";
import { useRef, useState } from "preact/hooks";

import { api, isApiError, type Question, type QuizOutcome, type QuizView } from "../api";
import { dateTime, errorText, percent, t } from "../i18n";
import { firstUnanswered, questionFeedback, revealNote } from "../quiz";
import { refreshSync } from "../state";
import { useAfterRender } from "./afterRender";

export function QuizHistory({ attempts }: { attempts: QuizView["history"]["attempts"] }) {
  return (
    <section class="history" data-test="quiz-history">
      {attempts.length > 0 && [
        <h2>{t("quiz-history", { count: attempts.length })}</h2>,
        <ol>
          {attempts.map((a) => (
            <li key={a.id} class={a.passed ? "passed" : "failed"}>
              <span>{dateTime(a.at_ms)}</span>
              <span>{t("quiz-score", { correct: a.correct, total: a.total })}</span>
              <span class="badge">{a.passed ? t("quiz-passed-short") : t("quiz-failed-short")}</span>
            </li>
          ))}
        </ol>,
      ]}
    </section>
  );
}

/** What a graded set of answers brings back: each question's result (none, to show no
 * feedback per question) and whether the correct choices may be shown. */
export interface Graded {
  results: QuizOutcome["results"];
  revealed: boolean;
}

/** A quiz's or a test's questions, the answers chosen, sending them, and after a sending
 * that worked, each question's result (when any came). `result` draws what came back below
 * the form; with `retry` the learner may answer again. */
export function QuestionsForm<O extends Graded>({
  questions,
  submit,
  onDone,
  result,
  retry: canRetry,
  submitLabel,
}: {
  questions: Question[];
  submit: (answers: Record<string, string[]>) => Promise<O>;
  onDone?: (outcome: O) => void;
  result: (outcome: O) => ComponentChildren;
  retry: boolean;
  submitLabel?: string;
}) {
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [outcome, setOutcome] = useState<O | null>(null);
  const [unanswered, setUnanswered] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const resultBox = useRef<HTMLElement>(null);
  const messageBox = useRef<HTMLDivElement>(null);
  const afterRender = useAfterRender();

  const choose = (question: Question, choice: string, checked: boolean) => {
    setAnswers((now) => {
      const before = now[question.id] ?? [];
      const after = question.kind === "multiple" ? (checked ? [...before, choice] : before.filter((c) => c !== choice)) : [choice];
      return { ...now, [question.id]: after };
    });
  };

  const send = async (ev: Event) => {
    ev.preventDefault();
    if (busy) return;
    setMessage("");
    const sent: Record<string, string[]> = {};
    for (const question of questions) sent[question.id] = answers[question.id] ?? [];
    setBusy(true);
    try {
      const got = await submit(sent);
      void refreshSync();
      setUnanswered(new Set());
      setOutcome(got);
      onDone?.(got);
      // The submit button goes away: focus moves to the result, which is read out.
      afterRender(() => {
        resultBox.current?.scrollIntoView({ block: "start" });
        resultBox.current?.focus({ preventScroll: true });
      });
    } catch (e) {
      setUnanswered(isApiError(e) && (e.code === "quiz-unanswered" || e.code === "test-unanswered") ? new Set(e.context?.questions ?? []) : new Set());
      setMessage(errorText(e));
      // The learner is at the submit button: the message comes into view there and takes
      // focus; its button leads to the first question left unanswered.
      afterRender(() => {
        messageBox.current?.scrollIntoView({ block: "nearest" });
        messageBox.current?.focus({ preventScroll: true });
      });
    } finally {
      setBusy(false);
    }
  };

  const retry = () => {
    setAnswers({});
    setOutcome(null);
    setUnanswered(new Set());
    afterRender(() => {
      form.current?.querySelector("fieldset")?.scrollIntoView({ block: "start" });
      form.current?.querySelector<HTMLInputElement>("fieldset input")?.focus({ preventScroll: true });
    });
  };

  const results = new Map((outcome?.results ?? []).map((r) => [r.question, r]));
  const revealed = outcome?.revealed === true;
  const missing = firstUnanswered(questions, unanswered);
  const goToMissing = () => {
    const fs = form.current?.querySelector<HTMLElement>(`fieldset[data-question="${CSS.escape(questions[missing].id)}"]`);
    fs?.scrollIntoView({ block: "center" });
    fs?.querySelector<HTMLInputElement>("input")?.focus({ preventScroll: true });
  };
  return (
    <>
      <form class="quiz" data-test="quiz-form" noValidate ref={form} onSubmit={send}>
        {questions.map((question, i) => {
          const r = results.get(question.id);
          const f = questionFeedback(r, unanswered.has(question.id), revealed);
          const cls = ["card", "question", f.tone === "open" ? "" : f.tone].filter(Boolean).join(" ");
          const type = question.kind === "multiple" ? "checkbox" : "radio";
          return (
            <fieldset key={question.id} class={cls} data-question={question.id} data-test={`question-${question.id}`} disabled={!!r || (!!outcome && !canRetry)}>
              <legend>
                <span class="q-number">{t("quiz-question-number", { n: i + 1, total: questions.length })}</span> {question.prompt}
              </legend>
              <p class="muted hint">{question.kind === "multiple" ? t("quiz-hint-multiple") : t("quiz-hint-single")}</p>
              {question.choices.map((c) => (
                <label key={c.id} class={f.expected.includes(c.id) ? "choice-row expected" : "choice-row"} data-choice={c.id}>
                  <input
                    type={type}
                    name={question.id}
                    value={c.id}
                    data-test={`answer-${question.id}-${c.id}`}
                    checked={(answers[question.id] ?? []).includes(c.id)}
                    onChange={(ev) => choose(question, c.id, (ev.target as HTMLInputElement).checked)}
                  />
                  <span>
                    {question.kind === "true_false" ? t(`quiz-${c.id}`) : c.text}
                    {f.expected.includes(c.id) && <span class="expected-label">{t("quiz-correct-answer")}</span>}
                  </span>
                </label>
              ))}
              <div class="feedback">
                {f.verdict && [<strong>{f.verdict}</strong>, " ", f.explanation]}
              </div>
            </fieldset>
          );
        })}
        <div class="form-error" role="alert" tabIndex={-1} data-test="quiz-message" ref={messageBox}>
          {message}
          {message && missing >= 0 && (
            <button type="button" class="link quiz-go" data-test="quiz-go-unanswered" onClick={goToMissing}>
              {t("quiz-go-to-question", { n: missing + 1 })}
            </button>
          )}
        </div>
        <div class="quiz-actions">
          <button type="submit" class="primary" data-test="quiz-submit" hidden={!!outcome} disabled={busy}>
            {submitLabel ?? t("quiz-submit")}
          </button>
          {canRetry && (
            <button type="button" class="secondary" data-test="quiz-retry" hidden={!outcome} onClick={retry}>
              {t("quiz-retry")}
            </button>
          )}
        </div>
      </form>
      <section class="quiz-result" data-test="quiz-result" aria-live="polite" tabIndex={-1} ref={resultBox}>
        {outcome && result(outcome)}
      </section>
    </>
  );
}

export function QuizForm({ course, quiz: q, onHistory }: { course: string; quiz: QuizView; onHistory: (h: QuizView["history"]) => void }) {
  return (
    <QuestionsForm<QuizOutcome>
      questions={q.questions}
      submit={(sent) => api.submitQuiz(course, q.id, sent)}
      onDone={(outcome) => onHistory(outcome.history)}
      retry={true}
      result={(outcome) => {
        const note = revealNote(outcome, q.reveal_after ?? null);
        return (
          <div class={outcome.passed ? "banner pass" : "banner fail"} data-test={outcome.passed ? "quiz-passed" : "quiz-failed"}>
            <strong>{outcome.passed ? t("quiz-passed") : t("quiz-failed")}</strong>{" "}
            {t("quiz-outcome", { correct: outcome.correct, total: outcome.total, score: percent(outcome.percent), mark: percent(outcome.pass_mark) })}
            {note && (
              <p class="reveal-note" data-test="quiz-reveal-note">
                {note}
              </p>
            )}
          </div>
        );
      }}
    />
  );
}
