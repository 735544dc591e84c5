// "Previous" and "Next" at the foot of a lesson or quiz.
import type { Step } from "../api";
import { t } from "../i18n";
import type { Route } from "../router";
import { go } from "../state";

function StepButton({ step, course, which }: { step: Step | null; course: string; which: "prev" | "next" }) {
  if (!step) return <span />;
  const to: Route = step.kind === "lesson" ? { name: "lesson", course, lesson: step.id } : { name: "quiz", course, quiz: step.id };
  const label = step.kind === "quiz" ? t("step-quiz", { title: step.title }) : step.title;
  return (
    <button class={`step step-${which}`} data-test={`step-${which}`} onClick={() => void go(to)}>
      <span class="step-dir">{which === "prev" ? t("nav-previous") : t("nav-next")}</span>
      <span class="step-title">{label}</span>
    </button>
  );
}

export function StepNav({ prev, next, course }: { prev: Step | null; next: Step | null; course: string }) {
  return (
    <nav class="steps" aria-label={t("nav-label")}>
      <StepButton step={prev} course={course} which="prev" />
      <StepButton step={next} course={course} which="next" />
    </nav>
  );
}
