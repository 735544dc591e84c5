// The learner's courses, with their progress, and importing a course from a file.
import { useState } from "preact/hooks";

import { api, type CourseCard } from "../api";
import { ContentLanguagePicker } from "../components/ContentLanguagePicker";
import { ImportPanel, pickPackage } from "../components/ImportPanel";
import { Ring } from "../components/Progress";
import { textLanguagesNote } from "../format";
import { t } from "../i18n";
import type { Route } from "../router";
import { appState, contentLanguage, currentProfile, go, refreshScreen, refreshState } from "../state";
import { useValue } from "../store";
import type { Screen } from "./screen";

/** Where "Continue" leads: the lesson or quiz where the learner stopped. A course never
 * started opens on its overview, which shows what it holds and in which languages. */
export function openTarget(c: CourseCard): Route {
  if (c.resume?.kind === "lesson") return { name: "lesson", course: c.id, lesson: c.resume.id };
  if (c.resume?.kind === "quiz") return { name: "quiz", course: c.id, quiz: c.resume.id };
  return { name: "course", course: c.id };
}

function Card({ c, wanted }: { c: CourseCard; wanted: string }) {
  const languages = textLanguagesNote(c.languages, wanted);
  return (
    <li class="card course-card" data-test={`course-${c.id}`}>
      <div class="course-head">
        <div>
          <h2>
            {/* The title opens the overview: every lesson and quiz, also once "Continue"
                leads straight to where the learner stopped. */}
            <button type="button" class="link course-title" data-test={`course-overview-${c.id}`} onClick={() => void go({ name: "course", course: c.id })}>
              {c.title}
            </button>
          </h2>
          <p class="muted">{t("course-facts", { modules: c.modules.length, minutes: c.minutes })}</p>
        </div>
        <Ring percent={c.progress.percent} label={t("progress-label", { done: c.progress.done, total: c.progress.total })} />
      </div>
      {languages && (
        <p class="text-languages" data-test="course-languages">
          {languages}
        </p>
      )}
      <p>{c.summary}</p>
      <ul class="module-chips">
        {c.modules.map((m) => (
          <li key={m.id}>{m.title}</li>
        ))}
      </ul>
      <p class="muted" data-test="course-progress">
        {t("progress-items", { done: c.progress.done, total: c.progress.total })}
      </p>
      <button class="primary" data-test={`open-course-${c.id}`} onClick={() => void go(openTarget(c))}>
        {c.resume || c.progress.done > 0 ? t("course-continue") : t("course-start")}
      </button>
    </li>
  );
}

function Catalogue({ courses }: { courses: CourseCard[] }) {
  const state = useValue(appState);
  const profile = currentProfile(state);
  const [importing, setImporting] = useState<string | null>(null);
  return (
    <>
      <div class="title-row">
        <h1 tabIndex={-1}>{t("catalogue-title")}</h1>
        <button
          class="secondary"
          data-test="import-button"
          onClick={async () => {
            const path = await pickPackage();
            if (path) setImporting(path);
          }}
        >
          {t("import-button")}
        </button>
      </div>
      <p class="lead">{t(state?.returning ? "catalogue-greeting" : "catalogue-greeting-first", { name: profile?.name ?? "" })}</p>
      {courses.length > 0 && (
        <div class="lesson-meta">
          <span />
          <ContentLanguagePicker />
        </div>
      )}
      {courses.length === 0 ? (
        <p class="empty">{t("catalogue-empty")}</p>
      ) : (
        <ul class="course-grid" data-test="catalogue">
          {courses.map((c) => (
            <Card key={c.id} c={c} wanted={contentLanguage(state)} />
          ))}
        </ul>
      )}
      {importing && (
        <ImportPanel
          key={importing}
          path={importing}
          onClose={() => {
            setImporting(null);
            void refreshScreen(false);
          }}
        />
      )}
    </>
  );
}

export const catalogue: Screen<"catalogue", CourseCard[]> = {
  // The app state again too: "welcome back" once this learner has studied.
  load: async () => (await Promise.all([api.catalogue(), refreshState()]))[0],
  View: ({ data }) => <Catalogue courses={data} />,
};
