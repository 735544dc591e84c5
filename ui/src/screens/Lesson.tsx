// A lesson: its text (HTML rendered and cleaned in Rust), "mark as complete", the
// learner's notes, and the way to the previous and next step.
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";

import { api, type LessonView } from "../api";
import { ContentLanguagePicker } from "../components/ContentLanguagePicker";
import { Crumbs } from "../components/Crumbs";
import { Notes } from "../components/Notes";
import { StepNav } from "../components/StepNav";
import { TermPanel } from "../components/TermPanel";
import { toast } from "../components/Toast";
import { errorText, t } from "../i18n";
import { appState, refreshSync, startReading } from "../state";
import type { Screen } from "./screen";

/** Labels placeholders of missing images and keeps links from navigating the app window. */
function decorate(article: HTMLElement): void {
  for (const span of article.querySelectorAll<HTMLElement>("span.missing-image")) {
    // The image's description, kept from the first time so a redraw does not take the
    // label for part of it.
    const alt = (span.dataset.alt ??= span.textContent ?? "");
    const label = document.createElement("span");
    label.className = "missing-label";
    label.textContent = t("lesson-image-missing");
    span.replaceChildren(label);
    if (alt) {
      const text = document.createElement("span");
      text.textContent = alt;
      span.append(text);
    }
  }
  for (const a of article.querySelectorAll<HTMLAnchorElement>("a[href]")) a.title = a.href;
  // Glossary terms (marked in Rust) become controls that open their entry.
  for (const term of article.querySelectorAll<HTMLElement>("span.term")) {
    term.tabIndex = 0;
    term.setAttribute("role", "button");
    term.setAttribute("aria-haspopup", "dialog");
    term.title = t("glossary-term-hint");
  }
}

/** The glossary term an event in the lesson text is on, if any. */
function termOf(ev: Event): HTMLElement | null {
  return (ev.target as HTMLElement).closest<HTMLElement>("span.term[data-term]");
}

/** Marks the first place in the lesson text where `words` occur (the first word found) and
 * scrolls it into view: where a search result pointed. */
function showFound(article: HTMLElement, words: string[]): void {
  if (article.querySelector("mark.search-hit")) return;
  for (const word of words) {
    const needle = word.toLowerCase();
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? "").toLowerCase().indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const mark = document.createElement("mark");
      mark.className = "search-hit";
      mark.dataset.test = "search-hit";
      range.surroundContents(mark);
      mark.scrollIntoView({ block: "center" });
      return;
    }
  }
}

function Lesson({ l, find }: { l: LessonView; find?: string[] }) {
  const [completed, setCompleted] = useState(l.completed);
  const [bookmarked, setBookmarked] = useState(l.bookmarked);
  const toggleBookmark = async () => {
    const on = !bookmarked;
    try {
      await api.setBookmark(l.course, l.id, on);
      setBookmarked(on);
      void refreshSync();
    } catch (e) {
      toast(errorText(e), "error");
    }
  };
  const [justSaved, setJustSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const article = useRef<HTMLElement>(null);
  // The glossary entry open beside the text, and the term it was opened from.
  const [term, setTerm] = useState<{ id: string; from: HTMLElement } | null>(null);
  const openTerm = (from: HTMLElement) => {
    for (const other of article.current?.querySelectorAll("span.term") ?? []) other.setAttribute("aria-expanded", "false");
    from.setAttribute("aria-expanded", "true");
    setTerm({ id: from.dataset.term ?? "", from });
  };
  const closeTerm = () => {
    term?.from.setAttribute("aria-expanded", "false");
    // The redrawn text may hold a new element for the same term.
    const again = term && (article.current?.querySelector<HTMLElement>(`span.term[data-term="${CSS.escape(term.id)}"]`) ?? term.from);
    setTerm(null);
    again?.focus();
  };

  useLayoutEffect(() => {
    if (article.current) decorate(article.current);
  });
  // Opened from a search result: show the passage it found.
  useLayoutEffect(() => {
    if (article.current && find && find.length > 0) showFound(article.current, find);
  }, [l.id, find?.join(" ")]);
  // The reading time runs from entering the lesson to leaving it; a redraw in another
  // language keeps the same lesson (same key), so the timer is not restarted.
  useEffect(() => startReading(l.course, l.id), [l.course, l.id]);

  const complete = async () => {
    setBusy(true);
    try {
      await api.completeLesson(l.course, l.id);
      void refreshSync();
      setCompleted(true);
      setJustSaved(true);
    } catch (e) {
      toast(errorText(e), "error");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Crumbs items={[{ label: t("catalogue-title"), to: { name: "catalogue" } }, { label: l.course_title, to: { name: "course", course: l.course } }, { label: l.module_title }]} />
      <h1 tabIndex={-1} data-test="lesson-title">{l.title}</h1>
      <div class="lesson-meta">
        <span class="muted">{t("duration-minutes", { minutes: l.minutes })}</span>
        <ContentLanguagePicker />
        <button class={`bookmark${bookmarked ? " on" : ""}`} data-test="bookmark" aria-pressed={bookmarked} onClick={() => void toggleBookmark()}>
          <span aria-hidden="true">{bookmarked ? "★ " : "☆ "}</span>
          {bookmarked ? t("bookmark-on") : t("bookmark-add")}
        </button>
      </div>
      {l.fallback && (
        <p class="notice" data-test="fallback-notice">
          {t("lesson-fallback", { lang: t(`language-endonym-${l.lang}`) })}
        </p>
      )}
      <article
        class="lesson-body"
        data-test="lesson-body"
        lang={l.lang}
        ref={article}
        onKeyDown={(ev) => {
          const from = termOf(ev);
          if (from && (ev.key === "Enter" || ev.key === " ")) {
            ev.preventDefault();
            openTerm(from);
          }
        }}
        onClick={(ev) => {
          const from = termOf(ev);
          if (from) {
            openTerm(from);
            return;
          }
          const a = (ev.target as HTMLElement).closest("a[href]") as HTMLAnchorElement | null;
          if (!a) return;
          ev.preventDefault();
          toast(t("lesson-link-outside", { url: a.href }));
        }}
        // Safe: the HTML was produced from Markdown and sanitized by an allow-list in Rust
        // (lphm-content::render_lesson), and the window's CSP forbids inline script anyway.
        dangerouslySetInnerHTML={{ __html: l.html }}
      />
      {term && <TermPanel course={l.course} term={term.id} lessonLang={l.lang} onClose={closeTerm} />}
      <div class="lesson-actions">
        <button class={completed ? "secondary" : "primary"} data-test="complete" disabled={completed || busy} onClick={() => void complete()}>
          {completed ? t("lesson-completed") : t("lesson-complete")}
        </button>
        {/* The button already says "Completed ✓"; the status only confirms the save. */}
        <span class="save-status" role="status" data-test="save-status">
          {justSaved ? t("lesson-saved") : ""}
        </span>
      </div>
      <Notes course={l.course} lesson={l.id} initial={l.note} />
      <StepNav prev={l.prev} next={l.next} course={l.course} />
    </>
  );
}

export const lesson: Screen<"lesson", LessonView> = {
  load: async (route, quiet) => {
    // A quiet load (another language) reads the lesson without recording it opened again.
    if (quiet) return api.lesson(route.course, route.lesson);
    const view = await api.openLesson(route.course, route.lesson);
    appState.update((s) => (s ? { ...s, resume: { course: route.course, lesson: route.lesson } } : s));
    return view;
  },
  View: ({ data, route }) => <Lesson l={data} find={route.find} />,
};
