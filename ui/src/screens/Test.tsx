// The pre-test or the post-test: one of the course's two parallel forms, answered once.
// The pre-test shows the score only; the post-test shows both scores, the change, and
// which answers were right.
import { api, type TestOutcome, type TestView } from "../api";
import { Crumbs } from "../components/Crumbs";
import { QuestionsForm } from "../components/QuizForm";
import { loadKept, signedPoints } from "../evaluation";
import { percent, t } from "../i18n";
import { go } from "../state";
import type { Screen } from "./screen";

type Shown = TestOutcome & { revealed: boolean };

function Result({ o, course }: { o: TestOutcome; course: string }) {
  const score = { form: o.score.form, correct: o.score.correct, total: o.score.total, score: percent(o.score.percent) };
  return (
    <div class="banner pass" data-test={`test-done-${o.stage}`}>
      {o.stage === "pre" ? (
        <p>
          <strong>{t("eval-thanks")}</strong> {t("eval-pre-done", score)}
        </p>
      ) : (
        <>
          <p>
            <strong>{t("eval-post-result", score)}</strong>
          </p>
          {o.pre && <p data-test="test-pre-score">{t("eval-pre-result", { form: o.pre.form, correct: o.pre.correct, total: o.pre.total, score: percent(o.pre.percent) })}</p>}
          {o.gain !== null && (
            <p data-test="test-gain">
              <strong>{t("eval-gain", { points: signedPoints(o.gain), count: Math.abs(o.gain) })}</strong>
            </p>
          )}
          <p>{t("eval-post-answers-below")}</p>
        </>
      )}
      <button class="primary" data-test="test-to-course" onClick={() => void go({ name: "course", course })}>
        {o.stage === "pre" ? t("eval-start-course") : t("eval-to-course")}
      </button>
    </div>
  );
}

function Test({ v }: { v: TestView }) {
  const pre = v.stage === "pre";
  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: v.course_title, to: { name: "course", course: v.course } }, { label: pre ? t("eval-pre-title") : t("eval-post-title") }]} />
      <h1 tabIndex={-1}>{pre ? t("eval-pre-title") : t("eval-post-title")}</h1>
      <p class="lead">{pre ? t("eval-pre-why") : t("eval-post-why")}</p>
      <p class="muted" data-test="test-form">
        {t("eval-form", { form: v.form, count: v.questions.length })}
      </p>
      <QuestionsForm<Shown>
        questions={v.questions}
        submit={async (sent) => ({ ...(await api.submitTest(v.course, v.stage, sent)), revealed: true })}
        retry={false}
        submitLabel={t("eval-test-submit")}
        result={(o) => <Result o={o} course={v.course} />}
      />
    </>
  );
}

export const test: Screen<"test", TestView> = {
  load: (route, quiet) => loadKept(`test\u0000${route.course}\u0000${route.stage}`, quiet, () => api.test(route.course, route.stage)),
  View: ({ data }) => <Test v={data} />,
};
