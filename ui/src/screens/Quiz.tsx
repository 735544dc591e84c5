// A quiz: its questions, the result of each attempt, and the learner's attempts so far.
import { useState } from "preact/hooks";

import { api, type QuizView } from "../api";
import { Crumbs } from "../components/Crumbs";
import { QuizForm, QuizHistory } from "../components/QuizForm";
import { StepNav } from "../components/StepNav";
import { percent, t } from "../i18n";
import type { Screen } from "./screen";

function Quiz({ q }: { q: QuizView }) {
  const [history, setHistory] = useState(q.history);
  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: q.course_title, to: { name: "course", course: q.course } }, { label: q.module_title }]} />
      <h1 tabIndex={-1}>{q.title}</h1>
      <p class="lead">{t("quiz-intro", { count: q.questions.length, mark: percent(q.pass_mark) })}</p>
      {q.history.passed && <p class="notice">{t("quiz-already-passed", { best: percent(q.history.best_percent) })}</p>}
      <QuizForm course={q.course} quiz={q} onHistory={setHistory} />
      <QuizHistory attempts={history.attempts} />
      <StepNav prev={q.prev} next={q.next} course={q.course} />
    </>
  );
}

export const quiz: Screen<"quiz", QuizView> = {
  load: (route) => api.quiz(route.course, route.quiz),
  View: ({ data }) => <Quiz q={data} />,
};
