// The LPHM window: routes between screens and draws them. All data and all decisions come
// from the Rust side (api.ts); this file only shows them, in the learner's language.
import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-ext-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans/latin-ext-700.css";
import "./style.css";

import { listen } from "@tauri-apps/api/event";

import { api, isApiError, type AppState, type ImportOutcome, type NoteView, type RemoteCourse, type Step, type SyncStatus } from "./api";
import { bar, h, ring } from "./dom";
import { dateTime, errorText, lang, percent, setLang, t, tAttr } from "./i18n";
import { fileSize, syncSummary } from "./sync";

type Route =
  | { name: "welcome" }
  | { name: "profiles" }
  | { name: "catalogue" }
  | { name: "course"; course: string }
  | { name: "lesson"; course: string; lesson: string }
  | { name: "quiz"; course: string; quiz: string }
  | { name: "sync" };

const root = document.getElementById("app")!;
let state: AppState | null = null;
let route: Route = { name: "catalogue" };
let readyReported = false;
/** The current learner's sync status, as last asked; drawn in the header of every screen. */
let syncStatus: SyncStatus | null = null;
/** Said once on the sync screen after enrolling. */
let enrolledFlash: string | null = null;

/** The lesson being read and since when, to record time spent when the learner leaves. */
let reading: { course: string; lesson: string; since: number } | null = null;

async function stopReading(): Promise<void> {
  if (!reading) return;
  const { course, lesson, since } = reading;
  reading = null;
  const seconds = Math.round((Date.now() - since) / 1000);
  try {
    await api.recordTime(course, lesson, seconds);
  } catch (e) {
    toast(errorText(e), "error");
  }
}

document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden" && reading) {
    const { course, lesson } = reading;
    void stopReading().then(() => {
      reading = { course, lesson, since: Date.now() };
    });
  }
});

async function go(next: Route): Promise<void> {
  await stopReading();
  route = next;
  await render();
}

function toast(text: string, kind: "ok" | "error" = "ok"): void {
  const old = document.querySelector(".toast");
  old?.remove();
  const el = h("div", { class: `toast toast-${kind}`, role: kind === "error" ? "alert" : "status", "data-test": "toast" }, text);
  document.body.append(el);
  setTimeout(() => el.remove(), kind === "error" ? 8000 : 3000);
}

// ---- frame ------------------------------------------------------------------------

function languagePicker(): HTMLElement {
  const select = h(
    "select",
    {
      "data-test": "language",
      "aria-label": t("language-label"),
      onchange: async (ev: Event) => {
        const value = (ev.target as HTMLSelectElement).value;
        try {
          await api.setLanguage(value);
          setLang(value);
          if (state) state.lang = value;
          await render();
        } catch (e) {
          toast(errorText(e), "error");
        }
      },
    },
    ...(state?.languages ?? ["en"]).map((code) => h("option", { value: code, selected: code === lang() }, t(`language-endonym-${code}`))),
  );
  return h("label", { class: "lang-picker" }, globe(), select);
}

/** A small globe icon, drawn inline so it needs no emoji font. */
function globe(): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("class", "globe");
  svg.setAttribute("aria-hidden", "true");
  for (const d of ["M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20z", "M2 12h20", "M12 2c3 3 4 6.5 4 10s-1 7-4 10c-3-3-4-6.5-4-10s1-7 4-10z"]) {
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

function header(): HTMLElement {
  const profile = state?.profiles.find((p) => p.id === state?.current);
  return h(
    "header",
    { class: "topbar" },
    h(
      "button",
      { class: "brand", "data-test": "home", onclick: () => go(profile ? { name: "catalogue" } : { name: "welcome" }) },
      h("span", { class: "brand-mark" }, "L"),
      h("span", { class: "brand-name" }, t("app-name")),
    ),
    h("span", { class: "offline-pill", title: t("offline-hint") }, t("offline-ready")),
    profile && syncIndicator(),
    h("span", { class: "spacer" }),
    languagePicker(),
    profile &&
      h(
        "button",
        { class: "profile-button", "data-test": "profile-button", onclick: () => go({ name: "profiles" }), title: t("profiles-switch") },
        h("span", { class: "avatar", "aria-hidden": "true" }, profile.name.slice(0, 1).toUpperCase()),
        h("span", {}, profile.name),
      ),
  );
}

/** The sync status in the header; opens the sync screen. */
function syncIndicator(): HTMLElement {
  const el = h("button", { "data-test": "sync-status", onclick: () => go({ name: "sync" }) });
  paintIndicator(el);
  return el;
}

function paintIndicator(el: HTMLElement): void {
  const s = syncSummary(syncStatus);
  el.className = `sync-pill tone-${s.tone}`;
  el.dataset.tone = s.tone;
  el.title = s.detail !== "" && s.detail !== s.text ? `${s.text}\n${s.detail}` : s.text;
  el.replaceChildren(h("span", { class: "sync-dot", "aria-hidden": "true" }), h("span", { class: "sync-text" }, s.text));
}

/** Asks for the sync status again and redraws every place that shows it. */
async function refreshSync(): Promise<void> {
  if (!state?.current) {
    syncStatus = null;
    return;
  }
  try {
    syncStatus = await api.syncStatus();
  } catch {
    return;
  }
  for (const el of document.querySelectorAll<HTMLElement>("[data-test='sync-status']")) paintIndicator(el);
  const line = document.querySelector<HTMLElement>("[data-test='sync-panel-status']");
  if (line) paintStatusLine(line);
}

function frame(...content: (Node | null | false)[]): void {
  root.replaceChildren(header(), h("main", { class: "content" }, ...content.filter((c): c is Node => !!c)));
}

function crumbs(...items: { label: string; to?: Route }[]): HTMLElement {
  return h(
    "nav",
    { class: "crumbs", "aria-label": t("breadcrumb-label") },
    ...items.flatMap((item, i) => [
      i > 0 ? h("span", { class: "crumb-sep", "aria-hidden": "true" }, "›") : null,
      item.to ? h("button", { class: "link", onclick: () => go(item.to!) }, item.label) : h("span", {}, item.label),
    ]),
  );
}

function minutes(n: number): string {
  return t("duration-minutes", { minutes: n });
}

// ---- screens ----------------------------------------------------------------------

const ALL_LANGUAGES = ["en", "fr", "pl", "zu"];

function fatalScreen(e: unknown): void {
  const err = isApiError(e) ? e : { code: "unexpected", args: {} };
  const path = typeof err.args.path === "string" ? err.args.path : "";
  // The store could not be opened, so the choice is not saved; it only redraws this screen.
  const picker = h(
    "select",
    {
      "data-test": "language",
      "aria-label": t("language-label"),
      onchange: (ev: Event) => {
        setLang((ev.target as HTMLSelectElement).value);
        document.title = t("app-title");
        fatalScreen(e);
      },
    },
    ...ALL_LANGUAGES.map((code) => h("option", { value: code, selected: code === lang() }, t(`language-endonym-${code}`))),
  );
  root.replaceChildren(
    h("header", { class: "topbar" }, h("span", { class: "brand" }, h("span", { class: "brand-mark" }, "L"), h("span", { class: "brand-name" }, t("app-name"))), h("span", { class: "spacer" }), h("label", { class: "lang-picker" }, globe(), picker)),
    h(
      "main",
      { class: "content fatal", "data-test": "fatal", role: "alert" },
      h("h1", {}, t("fatal-title")),
      h("p", { class: "fatal-what" }, errorText(e)),
      path && h("p", {}, t("fatal-folder"), " ", h("code", { "data-test": "fatal-path" }, path)),
      h("p", { class: "fatal-next" }, t(`fatal-next-${err.code}`) !== `fatal-next-${err.code}` ? t(`fatal-next-${err.code}`) : t("fatal-next-other")),
      h("p", { class: "muted" }, t("fatal-nothing-deleted")),
    ),
  );
}

function profileForm(onDone: () => Promise<void>): HTMLElement {
  const field = (id: string, name: string, required = false) =>
    h(
      "label",
      { class: "field" },
      h("span", {}, t(id)),
      h("input", { name, "data-test": `profile-${name}`, required, maxlength: 120, placeholder: tAttr(id, "placeholder"), autocomplete: "off" }),
    );
  const error = h("p", { class: "form-error", role: "alert", "data-test": "form-error" });
  const form = h(
    "form",
    {
      class: "card profile-form",
      "data-test": "profile-form",
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const data = new FormData(form);
        try {
          await api.createProfile({
            name: String(data.get("name") ?? ""),
            authority: String(data.get("authority") ?? ""),
            role: String(data.get("role") ?? ""),
            lang: lang(),
          });
          await onDone();
        } catch (e) {
          error.textContent = errorText(e);
        }
      },
      novalidate: true,
    },
    field("profile-name", "name", true),
    field("profile-authority", "authority"),
    field("profile-role", "role"),
    error,
    h("button", { type: "submit", class: "primary", "data-test": "profile-create" }, t("profile-create")),
  );
  return form;
}

async function refreshState(): Promise<void> {
  state = await api.appState();
  setLang(state.lang);
}

function welcomeScreen(): void {
  frame(
    h(
      "section",
      { class: "welcome" },
      h("h1", {}, t("welcome-title")),
      h("p", { class: "lead" }, t("welcome-lead")),
      h("h2", {}, t("welcome-language")),
      h(
        "div",
        { class: "lang-choices" },
        ...(state?.languages ?? []).map((code) =>
          h(
            "button",
            {
              class: code === lang() ? "choice selected" : "choice",
              "data-test": `welcome-lang-${code}`,
              "aria-pressed": code === lang() ? "true" : "false",
              onclick: async () => {
                await api.setLanguage(code);
                setLang(code);
                await render();
              },
            },
            t(`language-endonym-${code}`),
          ),
        ),
      ),
      h("h2", {}, t("welcome-profile")),
      profileForm(async () => {
        await refreshState();
        await go({ name: "catalogue" });
      }),
    ),
  );
}

function profilesScreen(): void {
  const profiles = state?.profiles ?? [];
  frame(
    h("h1", {}, t("profiles-title")),
    h(
      "ul",
      { class: "profile-list" },
      ...profiles.map((p) =>
        h(
          "li",
          { class: p.id === state?.current ? "card profile current" : "card profile" },
          h("span", { class: "avatar big", "aria-hidden": "true" }, p.name.slice(0, 1).toUpperCase()),
          h("span", { class: "profile-info" }, h("strong", {}, p.name), h("span", { class: "muted" }, [p.role, p.authority].filter(Boolean).join(" · "))),
          p.id === state?.current
            ? h("span", { class: "badge" }, t("profiles-current"))
            : h(
                "button",
                {
                  "data-test": `switch-${p.name}`,
                  onclick: async () => {
                    try {
                      await api.switchProfile(p.id);
                      await refreshState();
                      await go({ name: "catalogue" });
                    } catch (e) {
                      toast(errorText(e), "error");
                    }
                  },
                },
                t("profiles-use"),
              ),
        ),
      ),
    ),
    h("h2", {}, t("profiles-add")),
    profileForm(async () => {
      await refreshState();
      await go({ name: "catalogue" });
    }),
  );
}

async function catalogueScreen(): Promise<void> {
  const courses = await api.catalogue();
  const profile = state?.profiles.find((p) => p.id === state?.current);
  frame(
    h(
      "div",
      { class: "title-row" },
      h("h1", {}, t("catalogue-title")),
      h("button", { class: "secondary", "data-test": "import-button", onclick: () => void importCourse() }, t("import-button")),
    ),
    h("p", { class: "lead" }, t("catalogue-greeting", { name: profile?.name ?? "" })),
    courses.length === 0
      ? h("p", { class: "empty" }, t("catalogue-empty"))
      : h(
          "ul",
          { class: "course-grid", "data-test": "catalogue" },
          ...courses.map((c) =>
            h(
              "li",
              { class: "card course-card", "data-test": `course-${c.id}` },
              h(
                "div",
                { class: "course-head" },
                h("div", {}, h("h2", {}, c.title), h("p", { class: "muted" }, t("course-facts", { modules: c.modules.length, minutes: c.minutes }))),
                ring(c.progress.percent, t("progress-label", { done: c.progress.done, total: c.progress.total })),
              ),
              h("p", {}, c.summary),
              h("ul", { class: "module-chips" }, ...c.modules.map((m) => h("li", {}, m.title))),
              h(
                "p",
                { class: "muted", "data-test": "course-progress" },
                t("progress-items", { done: c.progress.done, total: c.progress.total }),
              ),
              h(
                "button",
                { class: "primary", "data-test": `open-course-${c.id}`, onclick: () => go({ name: "course", course: c.id }) },
                c.progress.done > 0 ? t("course-continue") : t("course-start"),
              ),
            ),
          ),
        ),
  );
}

async function courseScreen(courseId: string): Promise<void> {
  const c = await api.course(courseId);
  frame(
    crumbs({ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: c.title }),
    h("h1", {}, c.title),
    h("p", { class: "lead" }, c.summary),
    h(
      "div",
      { class: "course-progress" },
      bar(c.progress.percent, t("progress-label", { done: c.progress.done, total: c.progress.total })),
      h("span", { "data-test": "course-percent" }, percent(c.progress.percent)),
    ),
    ...c.modules.map((m, i) =>
      h(
        "section",
        { class: "card module", "data-test": `module-${m.id}` },
        h("h2", {}, t("module-number", { n: i + 1 }), " · ", m.title),
        m.summary && h("p", { class: "muted" }, m.summary),
        h(
          "ol",
          { class: "lesson-list" },
          ...m.lessons.map((l) =>
            h(
              "li",
              { class: l.completed ? "done" : "" },
              h("span", { class: "tick", "aria-label": l.completed ? t("lesson-done") : t("lesson-not-done") }, l.completed ? "✓" : ""),
              h("button", { class: "link", "data-test": `lesson-${l.id}`, onclick: () => go({ name: "lesson", course: c.id, lesson: l.id }) }, l.title),
              h("span", { class: "muted" }, minutes(l.minutes)),
            ),
          ),
          m.quiz &&
            h(
              "li",
              { class: m.quiz.passed ? "done quiz-item" : "quiz-item" },
              h("span", { class: "tick" }, m.quiz.passed ? "✓" : "?"),
              h("button", { class: "link", "data-test": `quiz-${m.quiz.id}`, onclick: () => go({ name: "quiz", course: c.id, quiz: m.quiz!.id }) }, m.quiz.title),
              h("span", { class: "badge" }, t("quiz-badge")),
              h(
                "span",
                { class: "muted" },
                m.quiz.attempts > 0 ? t("quiz-best", { best: percent(m.quiz.best_percent), attempts: m.quiz.attempts }) : t("quiz-questions", { count: m.quiz.questions }),
              ),
            ),
        ),
      ),
    ),
    removeSection(c.id, c.title),
  );
}

/** "Remove this course…", with a confirmation that keeps progress unless asked. */
function removeSection(courseId: string, title: string): HTMLElement {
  const forget = h("input", { type: "checkbox", "data-test": "remove-forget" });
  const confirm = h(
    "div",
    { class: "card remove-confirm", role: "alertdialog", "data-test": "remove-confirm", hidden: true },
    h("p", {}, h("strong", {}, t("course-remove-confirm", { title }))),
    h("p", { class: "muted" }, t("course-remove-keep-note")),
    h("label", { class: "check" }, forget, " ", t("course-remove-forget")),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          class: "danger",
          "data-test": "remove-yes",
          onclick: async () => {
            try {
              await api.removeCourse(courseId, forget.checked);
              toast(t("course-removed", { title }));
              await go({ name: "catalogue" });
            } catch (e) {
              toast(errorText(e), "error");
            }
          },
        },
        t("course-remove-yes"),
      ),
      h("button", { class: "secondary", "data-test": "remove-no", onclick: () => { confirm.hidden = true; open.hidden = false; } }, t("course-remove-no")),
    ),
  );
  const open = h(
    "button",
    { class: "link danger-link", "data-test": "course-remove", onclick: () => { confirm.hidden = false; open.hidden = true; } },
    t("course-remove"),
  );
  return h("section", { class: "remove-course" }, open, confirm);
}

/** Asks for a package file, imports it with a progress bar and a cancel button, and says
 * plainly what happened. A failed or cancelled import changes nothing, and says so. */
async function importCourse(): Promise<void> {
  let path: string | null;
  try {
    path = await api.pickPackage();
  } catch (e) {
    toast(errorText(e), "error");
    return;
  }
  if (!path) return;
  const file = path.split(/[\\/]/).pop() ?? path;
  const progress = h("progress", { max: 100, value: 0, "data-test": "import-progress" });
  const progressText = h("span", { class: "muted", "data-test": "import-percent" }, t("import-progress", { percent: percent(0) }));
  const result = h("div", { class: "import-result", role: "status", "data-test": "import-result" });
  const cancel = h("button", { class: "secondary", "data-test": "import-cancel" }, t("import-cancel"));
  const close = h("button", { class: "primary", "data-test": "import-close", hidden: true }, t("import-close"));
  const overlay = h(
    "div",
    { class: "overlay" },
    h(
      "section",
      { class: "card import-panel", role: "dialog", "aria-modal": "true", "aria-labelledby": "import-title", "data-test": "import-panel" },
      h("h2", { id: "import-title" }, t("import-title")),
      h("p", {}, t("import-reading", { file })),
      h("div", { class: "import-bar" }, progress, progressText),
      result,
      h("div", { class: "actions" }, cancel, close),
    ),
  );
  cancel.addEventListener("click", () => {
    cancel.disabled = true;
    cancel.textContent = t("import-cancelling");
    void api.cancelImport();
  });
  close.addEventListener("click", () => {
    overlay.remove();
    void render();
  });
  document.body.append(overlay);
  const finish = (ok: boolean, ...lines: string[]) => {
    result.className = ok ? "import-result ok" : "import-result error";
    result.setAttribute("role", ok ? "status" : "alert");
    result.dataset.outcome = ok ? "ok" : "error";
    result.replaceChildren(...lines.filter((line) => line !== "").map((line) => h("p", {}, line)));
    cancel.hidden = true;
    close.hidden = false;
    close.focus();
  };
  try {
    const outcome = await api.importPackage(path, (p) => {
      const pct = p.total > 0 ? Math.floor((p.done * 100) / p.total) : 100;
      progress.value = pct;
      progressText.textContent = t("import-progress", { percent: percent(pct) });
    });
    progress.value = 100;
    progressText.textContent = t("import-progress", { percent: percent(100) });
    finish(true, ...(await outcomeLines(outcome)));
  } catch (e) {
    const code = isApiError(e) ? e.code : "";
    finish(false, code === "package-cancelled" ? t("error-package-cancelled") : t("import-failed"), code === "package-cancelled" ? "" : errorText(e), t("import-nothing-changed"));
  }
}

async function outcomeLines(outcome: ImportOutcome): Promise<string[]> {
  const cards = await api.catalogue().catch(() => []);
  const title = cards.find((c) => c.id === outcome.course)?.title ?? outcome.course;
  switch (outcome.status) {
    case "installed":
      return [t("import-installed", { title, version: outcome.version })];
    case "already_installed":
      return [t("import-already", { title, version: outcome.version })];
    case "updated":
      return [
        t("import-updated", { title, version: outcome.version, previous: outcome.previous }),
        outcome.removed_lessons.length > 0 ? t("import-removed-lessons", { count: outcome.removed_lessons.length }) : "",
      ].filter((line) => line !== "");
  }
}

/** Lets the learner read course text in another language than the interface's. */
function contentLanguagePicker(): HTMLElement {
  const current = state?.content_lang ?? "";
  const select = h(
    "select",
    {
      "data-test": "content-language",
      onchange: async (ev: Event) => {
        const value = (ev.target as HTMLSelectElement).value;
        try {
          await api.setContentLanguage(value === "" ? null : value);
          if (state) state.content_lang = value === "" ? null : value;
          await render();
        } catch (e) {
          toast(errorText(e), "error");
        }
      },
    },
    h("option", { value: "", selected: current === "" }, t("content-language-same")),
    ...(state?.languages ?? []).map((code) => h("option", { value: code, selected: code === current }, t(`language-endonym-${code}`))),
  );
  return h("label", { class: "content-lang" }, h("span", {}, t("content-language-label")), select);
}

function stepButton(step: Step | null, course: string, which: "prev" | "next"): HTMLElement | null {
  if (!step) return null;
  const to: Route = step.kind === "lesson" ? { name: "lesson", course, lesson: step.id } : { name: "quiz", course, quiz: step.id };
  const label = step.kind === "quiz" ? t("step-quiz", { title: step.title }) : step.title;
  return h(
    "button",
    { class: `step step-${which}`, "data-test": `step-${which}`, onclick: () => go(to) },
    h("span", { class: "step-dir" }, which === "prev" ? t("nav-previous") : t("nav-next")),
    h("span", { class: "step-title" }, label),
  );
}

/** Labels placeholders of missing images and keeps links from navigating the app window. */
function decorateLesson(article: HTMLElement): void {
  for (const span of article.querySelectorAll<HTMLElement>("span.missing-image")) {
    const alt = span.textContent ?? "";
    span.replaceChildren(h("span", { class: "missing-label" }, t("lesson-image-missing")));
    if (alt) span.append(h("span", {}, alt));
  }
  for (const a of article.querySelectorAll<HTMLAnchorElement>("a[href]")) {
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      toast(t("lesson-link-outside", { url: a.href }));
    });
    a.title = a.href;
  }
}

async function lessonScreen(course: string, lessonId: string): Promise<void> {
  const l = await api.openLesson(course, lessonId);
  if (state) state.resume = { course, lesson: lessonId };
  const article = h("article", { class: "lesson-body", "data-test": "lesson-body", lang: l.lang });
  // Safe: the HTML was produced from Markdown and sanitized by an allow-list in Rust
  // (lphm-content::render_lesson), and the window's CSP forbids inline script anyway.
  article.innerHTML = l.html;
  decorateLesson(article);
  const status = h("span", { class: "save-status", role: "status", "data-test": "save-status" }, l.completed ? t("lesson-completed") : "");
  const complete = h(
    "button",
    {
      class: l.completed ? "secondary" : "primary",
      "data-test": "complete",
      disabled: l.completed,
      onclick: async () => {
        complete.setAttribute("disabled", "");
        try {
          await api.completeLesson(course, lessonId);
          void refreshSync();
          status.textContent = t("lesson-saved");
          complete.textContent = t("lesson-completed");
          complete.className = "secondary";
        } catch (e) {
          complete.removeAttribute("disabled");
          status.textContent = "";
          toast(errorText(e), "error");
        }
      },
    },
    l.completed ? t("lesson-completed") : t("lesson-complete"),
  );
  frame(
    crumbs({ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: l.course_title, to: { name: "course", course } }, { label: l.module_title }),
    h("h1", { "data-test": "lesson-title" }, l.title),
    h("div", { class: "lesson-meta" }, h("span", { class: "muted" }, minutes(l.minutes)), contentLanguagePicker()),
    l.fallback && h("p", { class: "notice", "data-test": "fallback-notice" }, t("lesson-fallback", { lang: t(`language-endonym-${l.lang}`) })),
    article,
    h("div", { class: "lesson-actions" }, complete, status),
    notesSection(course, lessonId, l.note),
    h("nav", { class: "steps", "aria-label": t("nav-label") }, stepButton(l.prev, course, "prev") ?? h("span"), stepButton(l.next, course, "next") ?? h("span")),
  );
  reading = { course, lesson: lessonId, since: Date.now() };
}

/** The learner's own notes on a lesson. Versions saved at the same time on another computer
 * are shown below until a save replaces them all. */
function notesSection(course: string, lessonId: string, initial: NoteView | null): HTMLElement {
  let bases = initial?.bases ?? [];
  const text = h("textarea", { class: "note-text", id: "note-text", "data-test": "note-text", rows: 5, placeholder: t("note-placeholder") });
  text.value = initial?.text ?? "";
  const status = h("span", { class: "save-status", role: "status", "data-test": "note-saved" });
  const when = h("span", { class: "muted note-when" });
  const error = h("p", { class: "form-error", role: "alert", "data-test": "note-error" });
  const conflicts = h("div", { class: "note-conflicts" });
  const save = h("button", { class: "primary", "data-test": "note-save" }, t("note-save"));

  const draw = (note: NoteView | null) => {
    when.textContent = note ? t("note-last-saved", { date: dateTime(note.saved_ms) }) : "";
    conflicts.replaceChildren();
    if (!note || note.conflicts.length === 0) return;
    conflicts.append(
      h("p", { class: "notice", "data-test": "note-conflict-explained" }, t("note-conflict-explained")),
      ...note.conflicts.map((c) =>
        h(
          "div",
          { class: "note-conflict", "data-test": "note-conflict" },
          h("p", { class: "muted" }, t("note-conflict-saved", { date: dateTime(c.saved_ms) })),
          h("p", { class: "note-conflict-text" }, c.text),
          h(
            "button",
            {
              class: "link",
              "data-test": "note-conflict-add",
              onclick: () => {
                text.value = text.value.trim() === "" ? c.text : `${text.value.trimEnd()}\n\n${c.text}`;
                status.textContent = t("note-unsaved");
                text.focus();
              },
            },
            t("note-conflict-add"),
          ),
        ),
      ),
    );
  };
  draw(initial);

  text.addEventListener("input", () => {
    status.textContent = t("note-unsaved");
    error.textContent = "";
  });
  save.addEventListener("click", async () => {
    save.disabled = true;
    error.textContent = "";
    try {
      await api.saveNote(course, lessonId, text.value, bases);
      const fresh = await api.note(course, lessonId);
      bases = fresh?.bases ?? [];
      draw(fresh);
      status.textContent = t("note-saved");
      void refreshSync();
    } catch (e) {
      status.textContent = "";
      error.textContent = errorText(e);
    } finally {
      save.disabled = false;
    }
  });

  return h(
    "section",
    { class: "card notes", "data-test": "notes" },
    h("h2", {}, h("label", { for: "note-text" }, t("note-title"))),
    h("p", { class: "muted hint" }, t("note-hint")),
    text,
    error,
    h("div", { class: "note-actions" }, save, status, when),
    conflicts,
  );
}

async function quizScreen(course: string, quizId: string): Promise<void> {
  const q = await api.quiz(course, quizId);
  const message = h("p", { class: "form-error", role: "alert", "data-test": "quiz-message" });
  const resultBox = h("section", { class: "quiz-result", "data-test": "quiz-result" });
  const history = h("section", { class: "history", "data-test": "quiz-history" });

  const drawHistory = (attempts: typeof q.history.attempts) => {
    history.replaceChildren();
    if (attempts.length === 0) return;
    history.append(
      h("h2", {}, t("quiz-history", { count: attempts.length })),
      h(
        "ol",
        {},
        ...attempts.map((a) =>
          h(
            "li",
            { class: a.passed ? "passed" : "failed" },
            h("span", {}, dateTime(a.at_ms)),
            h("span", {}, t("quiz-score", { correct: a.correct, total: a.total })),
            h("span", { class: "badge" }, a.passed ? t("quiz-passed-short") : t("quiz-failed-short")),
          ),
        ),
      ),
    );
  };

  const form = h("form", { class: "quiz", "data-test": "quiz-form", novalidate: true });
  q.questions.forEach((question, i) => {
    const type = question.kind === "multiple" ? "checkbox" : "radio";
    form.append(
      h(
        "fieldset",
        { class: "card question", "data-question": question.id, "data-test": `question-${question.id}` },
        h("legend", {}, h("span", { class: "q-number" }, t("quiz-question-number", { n: i + 1, total: q.questions.length })), " ", question.prompt),
        h("p", { class: "muted hint" }, question.kind === "multiple" ? t("quiz-hint-multiple") : t("quiz-hint-single")),
        ...question.choices.map((c) =>
          h(
            "label",
            { class: "choice-row", "data-choice": c.id },
            h("input", { type, name: question.id, value: c.id, "data-test": `answer-${question.id}-${c.id}` }),
            h("span", {}, question.kind === "true_false" ? t(`quiz-${c.id}`) : c.text),
          ),
        ),
        h("div", { class: "feedback" }),
      ),
    );
  });

  const submit = h("button", { type: "submit", class: "primary", "data-test": "quiz-submit" }, t("quiz-submit"));
  const retry = h("button", { type: "button", class: "secondary", "data-test": "quiz-retry", hidden: true }, t("quiz-retry"));
  retry.addEventListener("click", () => {
    form.reset();
    for (const fs of form.querySelectorAll("fieldset")) {
      fs.classList.remove("right", "wrong", "unanswered");
      fs.querySelector(".feedback")!.replaceChildren();
      fs.disabled = false;
      for (const row of fs.querySelectorAll(".choice-row")) row.classList.remove("expected");
    }
    resultBox.replaceChildren();
    retry.hidden = true;
    submit.hidden = false;
    form.querySelector("fieldset")?.scrollIntoView({ block: "start" });
  });
  form.append(message, h("div", { class: "quiz-actions" }, submit, retry));

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    message.textContent = "";
    const answers: Record<string, string[]> = {};
    for (const question of q.questions) {
      answers[question.id] = [...form.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(question.id)}"]:checked`)].map((i) => i.value);
    }
    try {
      const outcome = await api.submitQuiz(course, quizId, answers);
      void refreshSync();
      for (const r of outcome.results) {
        const fs = form.querySelector<HTMLFieldSetElement>(`fieldset[data-question="${CSS.escape(r.question)}"]`)!;
        fs.classList.remove("unanswered");
        fs.classList.add(r.correct ? "right" : "wrong");
        for (const id of r.expected) fs.querySelector(`.choice-row[data-choice="${CSS.escape(id)}"]`)?.classList.add("expected");
        fs.querySelector(".feedback")!.replaceChildren(
          h("strong", {}, r.correct ? t("quiz-feedback-right") : t("quiz-feedback-wrong")),
          " ",
          r.explanation,
        );
        fs.disabled = true;
      }
      resultBox.replaceChildren(
        h(
          "div",
          { class: outcome.passed ? "banner pass" : "banner fail", "data-test": outcome.passed ? "quiz-passed" : "quiz-failed" },
          h("strong", {}, outcome.passed ? t("quiz-passed") : t("quiz-failed")),
          " ",
          t("quiz-outcome", { correct: outcome.correct, total: outcome.total, score: percent(outcome.percent), mark: percent(outcome.pass_mark) }),
        ),
      );
      drawHistory(outcome.history.attempts);
      submit.hidden = true;
      retry.hidden = false;
      resultBox.scrollIntoView({ block: "start" });
    } catch (e) {
      if (isApiError(e) && e.code === "quiz-unanswered") {
        const missing = new Set((e.args.questions as string[]) ?? []);
        for (const fs of form.querySelectorAll<HTMLFieldSetElement>("fieldset")) {
          fs.classList.toggle("unanswered", missing.has(fs.dataset.question ?? ""));
        }
        form.querySelector("fieldset.unanswered")?.scrollIntoView({ block: "center" });
      }
      message.textContent = errorText(e);
    }
  });

  frame(
    crumbs({ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: q.course_title, to: { name: "course", course } }, { label: q.module_title }),
    h("h1", {}, q.title),
    h("p", { class: "lead" }, t("quiz-intro", { count: q.questions.length, mark: percent(q.pass_mark) })),
    q.history.passed && h("p", { class: "notice" }, t("quiz-already-passed", { best: percent(q.history.best_percent) })),
    form,
    resultBox,
    history,
    h("nav", { class: "steps", "aria-label": t("nav-label") }, stepButton(q.prev, course, "prev") ?? h("span"), stepButton(q.next, course, "next") ?? h("span")),
  );
  drawHistory(q.history.attempts);
}

// ---- sync -----------------------------------------------------------------------

/** The status line of the sync screen: the same words as the header, and the whole error. */
function paintStatusLine(el: HTMLElement): void {
  const s = syncSummary(syncStatus);
  el.className = `sync-line tone-${s.tone}`;
  el.dataset.tone = s.tone;
  el.replaceChildren(
    h("span", { class: "sync-dot", "aria-hidden": "true" }),
    h("span", {}, h("strong", {}, s.text), s.detail && s.detail !== s.text ? h("span", { class: "sync-detail" }, s.detail) : null),
  );
}

async function syncScreen(): Promise<void> {
  syncStatus = await api.syncStatus();
  frame(
    crumbs({ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: t("sync-title") }),
    h(
      "section",
      { class: "sync-panel", "data-test": "sync-panel" },
      h("h1", {}, t("sync-title")),
      ...(syncStatus.enrolled ? enrolledSections(syncStatus) : [enrollForm()]),
    ),
  );
}

/** Linking this learner to a server with the one-time code a coordinator gave them. */
function enrollForm(): HTMLElement {
  const field = (id: string, name: string, attrs: Record<string, string>) =>
    h(
      "label",
      { class: "field" },
      h("span", {}, t(id)),
      h("input", { name, "data-test": `enroll-${name}`, required: true, placeholder: tAttr(id, "placeholder"), autocomplete: "off", spellcheck: "false", ...attrs }),
      h("span", { class: "muted hint" }, tAttr(id, "hint")),
    );
  const error = h("p", { class: "form-error", role: "alert", "data-test": "sync-error" });
  const submit = h("button", { type: "submit", class: "primary", "data-test": "enroll-submit" }, t("enroll-submit"));
  const form = h(
    "form",
    {
      class: "card profile-form enroll-form",
      "data-test": "enroll-form",
      novalidate: true,
      onsubmit: async (ev: Event) => {
        ev.preventDefault();
        const data = new FormData(form);
        error.textContent = "";
        submit.disabled = true;
        submit.textContent = t("enroll-connecting");
        try {
          const s = await api.enroll(String(data.get("server") ?? ""), String(data.get("code") ?? ""));
          enrolledFlash = t("enroll-done", { name: s.learner_name ?? "", server: s.server ?? "" });
          await render();
        } catch (e) {
          error.textContent = errorText(e);
          submit.disabled = false;
          submit.textContent = t("enroll-submit");
        }
      },
    },
    h("p", {}, t("enroll-intro")),
    field("enroll-server", "server", { inputmode: "url" }),
    field("enroll-code", "code", {}),
    error,
    submit,
  );
  return form;
}

function enrolledSections(s: SyncStatus): HTMLElement[] {
  const flash = enrolledFlash;
  enrolledFlash = null;
  const statusLine = h("p", { "data-test": "sync-panel-status" });
  paintStatusLine(statusLine);
  const result = h("p", { class: "sync-result", role: "status", "data-test": "sync-result" });
  const error = h("p", { class: "form-error", role: "alert", "data-test": "sync-error" });
  const now = h("button", { class: "primary", "data-test": "sync-now" }, t("sync-now"));
  now.addEventListener("click", async () => {
    now.disabled = true;
    now.textContent = t("sync-now-running");
    result.textContent = "";
    error.textContent = "";
    if (syncStatus) syncStatus.syncing = true;
    paintStatusLine(statusLine);
    try {
      const report = await api.syncNow();
      result.textContent = t("sync-now-done", { pushed: report.pushed, pulled: report.pulled });
    } catch (e) {
      error.textContent = errorText(e);
    } finally {
      now.disabled = false;
      now.textContent = t("sync-now");
      await refreshSync();
    }
  });
  return [
    ...(flash ? [h("p", { class: "banner pass", role: "status", "data-test": "enroll-done" }, flash)] : []),
    h(
      "section",
      { class: "card sync-connection" },
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("sync-server")),
        h("dd", { "data-test": "sync-server" }, s.server ?? ""),
        h("dt", {}, t("sync-learner")),
        h("dd", { "data-test": "sync-learner" }, s.learner_name ?? ""),
      ),
      statusLine,
      h("p", { class: "muted hint" }, t("sync-automatic")),
      h("div", { class: "sync-actions" }, now, result),
      error,
    ),
    exportSection(),
    downloadsSection(),
  ];
}

/** Progress to a file, for a laptop that never gets a connection. */
function exportSection(): HTMLElement {
  const result = h("div", { class: "export-result", "data-test": "export-result" });
  const button = h("button", { class: "secondary", "data-test": "export-progress" }, t("export-button"));
  button.addEventListener("click", async () => {
    button.disabled = true;
    result.replaceChildren();
    try {
      const info = await api.exportProgress();
      if (info) {
        result.className = "export-result ok";
        result.setAttribute("role", "status");
        result.replaceChildren(
          h("p", {}, t("export-done", { events: info.events })),
          h("p", {}, h("code", { class: "path" }, info.path)),
          h("p", { class: "muted" }, t("export-next")),
        );
      }
    } catch (e) {
      result.className = "export-result form-error";
      result.setAttribute("role", "alert");
      result.replaceChildren(h("p", {}, errorText(e)));
    } finally {
      button.disabled = false;
      result.scrollIntoView({ block: "nearest" });
    }
  });
  return h("section", { class: "card" }, h("h2", {}, t("export-title")), h("p", {}, t("export-intro")), button, result);
}

/** The server's courses, to install or update over the connection. */
function downloadsSection(): HTMLElement {
  const list = h("ul", { class: "remote-list", "data-test": "remote-courses" });
  const message = h("div", { class: "download-result", "data-test": "download-result" });
  let busy = false;

  const load = async () => {
    list.replaceChildren(h("li", { class: "muted" }, t("download-loading")));
    try {
      draw(await api.remoteCatalogue());
    } catch (e) {
      list.replaceChildren(
        h(
          "li",
          { class: "form-error", role: "alert", "data-test": "remote-error" },
          errorText(e),
          " ",
          h("button", { class: "link", onclick: () => void load() }, t("download-retry")),
        ),
      );
    }
  };

  const stateText = (c: RemoteCourse) => {
    const lines = [
      c.action === "installed"
        ? t("download-state-installed", { version: c.version })
        : c.action === "update"
          ? t("download-state-update", { installed: c.installed_version ?? 0, version: c.version })
          : t("download-state-new"),
    ];
    if (c.partial > 0 && c.action !== "installed") {
      lines.push(t("download-state-partial", { percent: percent(Math.floor((c.partial * 100) / Math.max(1, c.size))) }));
    }
    return lines.join(" ");
  };

  const draw = (courses: RemoteCourse[]) => {
    if (courses.length === 0) {
      list.replaceChildren(h("li", { class: "muted" }, t("download-none")));
      return;
    }
    list.replaceChildren(
      ...courses.map((c) => {
        const progress = h("progress", { max: 100, value: 0, "data-test": "download-progress" });
        const progressText = h("span", { class: "muted", "data-test": "download-percent" });
        const cancel = h("button", { class: "secondary", "data-test": "download-cancel" }, t("import-cancel"));
        const running = h("div", { class: "import-bar", hidden: true }, progress, progressText, cancel);
        const button = h(
          "button",
          { class: "primary", "data-test": "download-course", hidden: c.action === "installed" },
          c.action === "update" ? t("download-update") : t("download-install"),
        );
        cancel.addEventListener("click", () => {
          cancel.disabled = true;
          cancel.textContent = t("import-cancelling");
          void api.cancelDownload();
        });
        button.addEventListener("click", async () => {
          if (busy) return;
          busy = true;
          for (const b of list.querySelectorAll<HTMLButtonElement>("[data-test='download-course']")) b.disabled = true;
          message.replaceChildren();
          running.hidden = false;
          button.hidden = true;
          const show = (done: number, total: number) => {
            const pct = total > 0 ? Math.floor((done * 100) / total) : 100;
            progress.value = pct;
            progressText.textContent = t("download-progress", { percent: percent(pct), size: fileSize(total) });
          };
          show(c.partial, c.size);
          let lines: string[];
          let ok = true;
          try {
            const outcome = await api.downloadCourse(c.course, (p) => show(p.done, p.total));
            lines = await outcomeLines(outcome);
          } catch (e) {
            ok = false;
            const code = isApiError(e) ? e.code : "";
            lines = code === "download-cancelled" ? [errorText(e)] : [t("download-failed", { title: c.title }), errorText(e)];
          }
          busy = false;
          message.className = ok ? "download-result import-result ok" : "download-result import-result error";
          message.setAttribute("role", ok ? "status" : "alert");
          message.dataset.outcome = ok ? "ok" : "error";
          message.replaceChildren(...lines.map((line) => h("p", {}, line)));
          await load();
          message.scrollIntoView({ block: "nearest" });
        });
        return h(
          "li",
          { class: "remote-course", "data-test": "remote-course", "data-course": c.course },
          h(
            "div",
            { class: "remote-info" },
            h("strong", {}, c.title),
            h("span", { class: "muted" }, t("download-facts", { version: c.version, size: fileSize(c.size) })),
            h("span", { class: "muted", "data-test": "remote-state" }, stateText(c)),
          ),
          button,
          running,
        );
      }),
    );
  };

  void load();
  return h("section", { class: "card" }, h("h2", {}, t("download-title")), h("p", { class: "muted" }, t("download-intro")), message, list);
}

// ---- routing ----------------------------------------------------------------------

async function render(): Promise<void> {
  document.title = t("app-title");
  try {
    if (!state || !state.current) {
      if (route.name !== "welcome" && route.name !== "profiles") route = { name: "welcome" };
    }
    switch (route.name) {
      case "welcome":
        welcomeScreen();
        break;
      case "profiles":
        profilesScreen();
        break;
      case "catalogue":
        await catalogueScreen();
        break;
      case "course":
        await courseScreen(route.course);
        break;
      case "lesson":
        await lessonScreen(route.course, route.lesson);
        break;
      case "quiz":
        await quizScreen(route.course, route.quiz);
        break;
      case "sync":
        await syncScreen();
        break;
    }
    window.scrollTo(0, 0);
  } catch (e) {
    frame(
      h(
        "section",
        { class: "card error-card", role: "alert", "data-test": "screen-error" },
        h("h1", {}, t("screen-error-title")),
        h("p", {}, errorText(e)),
        h("button", { class: "primary", onclick: () => go({ name: "catalogue" }) }, t("screen-error-back")),
      ),
    );
  }
  void refreshSync();
  if (!readyReported) {
    readyReported = true;
    root.dataset.ready = "true";
    void api.uiReady();
  }
}

async function start(): Promise<void> {
  try {
    await refreshState();
  } catch (e) {
    setLang((navigator.language || "en").slice(0, 2));
    document.title = t("app-title");
    fatalScreen(e);
    root.dataset.ready = "true";
    return;
  }
  // The background sync says when it tried; the header also rereads the status every 30 s
  // so "synced 3 minutes ago" stays true.
  void listen("sync-status", () => void refreshSync());
  setInterval(() => void refreshSync(), 30_000);
  await refreshSync();
  if (state?.current && state.resume) {
    route = { name: "lesson", course: state.resume.course, lesson: state.resume.lesson };
  } else if (state?.current) {
    route = { name: "catalogue" };
  } else {
    route = { name: "welcome" };
  }
  await render();
}

void start();
