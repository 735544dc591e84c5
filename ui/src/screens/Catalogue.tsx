// The learner's courses, with their progress, and importing a course from a file.
import { useState } from "preact/hooks";

import { api, type CourseCard } from "../api";
import { ImportPanel, pickPackage } from "../components/ImportPanel";
import { Ring } from "../components/Progress";
import { t } from "../i18n";
import { appState, currentProfile, go, refreshScreen } from "../state";
import { useValue } from "../store";
import type { Screen } from "./screen";

function Card({ c }: { c: CourseCard }) {
  return (
    <li class="card course-card" data-test={`course-${c.id}`}>
      <div class="course-head">
        <div>
          <h2>{c.title}</h2>
          <p class="muted">{t("course-facts", { modules: c.modules.length, minutes: c.minutes })}</p>
        </div>
        <Ring percent={c.progress.percent} label={t("progress-label", { done: c.progress.done, total: c.progress.total })} />
      </div>
      <p>{c.summary}</p>
      <ul class="module-chips">
        {c.modules.map((m) => (
          <li key={m.id}>{m.title}</li>
        ))}
      </ul>
      <p class="muted" data-test="course-progress">
        {t("progress-items", { done: c.progress.done, total: c.progress.total })}
      </p>
      <button class="primary" data-test={`open-course-${c.id}`} onClick={() => void go({ name: "course", course: c.id })}>
        {c.progress.done > 0 ? t("course-continue") : t("course-start")}
      </button>
    </li>
  );
}

function Catalogue({ courses }: { courses: CourseCard[] }) {
  const profile = currentProfile(useValue(appState));
  const [importing, setImporting] = useState<string | null>(null);
  return (
    <>
      <div class="title-row">
        <h1>{t("catalogue-title")}</h1>
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
      <p class="lead">{t("catalogue-greeting", { name: profile?.name ?? "" })}</p>
      {courses.length === 0 ? (
        <p class="empty">{t("catalogue-empty")}</p>
      ) : (
        <ul class="course-grid" data-test="catalogue">
          {courses.map((c) => (
            <Card key={c.id} c={c} />
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
  load: () => api.catalogue(),
  View: ({ data }) => <Catalogue courses={data} />,
};
