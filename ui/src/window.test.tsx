// The window's screens against a fake Rust side: what the learner types and reads survives
// a language switch and leaving a lesson; nothing is recorded twice.
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { answer, appStateView, calls, lessonView, reset, settle, type } from "./test/fake";

vi.mock("@tauri-apps/api/core", async () => (await import("./test/fake")).fakeCore);

const { App } = await import("./App");
const { createRouter } = await import("./router");
const { screens } = await import("./screens");
const state = await import("./state");
const { chooseLanguage } = await import("./components/TopBar");
const { chooseContentLanguage } = await import("./components/ContentLanguagePicker");
const { dateTime, setLang, t } = await import("./i18n");
const { CONSENT_STATEMENT, CONSENT_VERSION } = await import("./api");
const { LanguagePicker } = await import("./components/LanguagePicker");
const { QuizForm } = await import("./components/QuizForm");
const { openTarget } = await import("./screens/Catalogue");
type Route = import("./router").Route;

let root: HTMLElement;

async function mount(start: Route) {
  const router = createRouter<Route>({
    load: (route, quiet) => (screens[route.name] as any).load(route, quiet),
    leave: state.stopReading,
  });
  state.useRouter(router);
  await act(() => render(<App router={router} onDrawn={() => {}} />, root));
  await act(() => router.go(start));
  await settle();
  return router;
}

const $ = <T extends Element = HTMLElement>(css: string) => root.querySelector<T>(css as string) as T;

beforeEach(async () => {
  reset();
  root = document.createElement("div");
  document.body.replaceChildren(root);
  setLang("en");
  state.appState.set(appStateView() as any);
  answer("set_language", () => null);
  answer("set_content_language", () => null);
  answer("sync_status", () => ({ enrolled: false, server: null, learner_name: null, syncing: false, waiting: 0, last_ok_ms: null, last_error: null, now_ms: 0, clock_skew_ms: 0, consent: null }));
  answer("record_time", () => null);
});

afterEach(async () => {
  await act(() => render(null, root));
  // The reading timer is the window's: leave the lesson so the next test starts clean.
  await state.stopReading();
});

describe("a language switch on a lesson", () => {
  beforeEach(() => {
    answer("open_lesson", () => lessonView());
    answer("lesson", () => lessonView({ title: "Raconter l'histoire", lang: "fr" }));
  });

  it.each([
    ["interface language", () => chooseLanguage("fr")],
    ["course-text language", () => chooseContentLanguage("fr")],
  ])("(%s) redraws in place: the draft, the scroll and the reading time stay; nothing is recorded", async (_, choose) => {
    await mount({ name: "lesson", course: "starter", lesson: "l1" });
    expect(calls.filter((c) => c.cmd === "open_lesson")).toHaveLength(1);
    calls.length = 0;
    const note = $<HTMLTextAreaElement>("[data-test='note-text']");
    await act(() => type(note, "Ask the ward councillor"));
    window.scrollTo(0, 400);
    await act(() => choose());
    await settle();
    expect($("[data-test='lesson-title']").textContent).toBe("Raconter l'histoire");
    // The same textarea, still holding the text.
    expect($<HTMLTextAreaElement>("[data-test='note-text']")).toBe(note);
    expect(note.value).toBe("Ask the ward councillor");
    expect(window.scrollY).toBe(400);
    expect(calls.filter((c) => c.cmd === "open_lesson")).toHaveLength(0);
    expect(calls.some((c) => c.cmd === "lesson")).toBe(true);
    // Time is recorded once, when the learner leaves, not at the switch.
    expect(calls.filter((c) => c.cmd === "record_time")).toHaveLength(0);
  });
});

describe("notes", () => {
  it("unsaved text comes back after leaving the lesson, marked not saved", async () => {
    answer("open_lesson", () => lessonView());
    answer("catalogue", () => []);
    const router = await mount({ name: "lesson", course: "starter", lesson: "l1" });
    await act(() => type($("[data-test='note-text']"), "Draft"));
    await act(() => router.go({ name: "catalogue" }));
    await settle();
    expect($("[data-test='note-text']")).toBeNull();
    await act(() => router.go({ name: "lesson", course: "starter", lesson: "l1" }));
    await settle();
    expect($<HTMLTextAreaElement>("[data-test='note-text']").value).toBe("Draft");
    const status = $("[data-test='note-saved']");
    expect(status.textContent).toBe("Not saved yet");
    // Its own style, not the green of "Saved".
    expect(status.classList.contains("unsaved")).toBe(true);
    expect(calls.some((c) => c.cmd === "save_note")).toBe(false);
  });
});

describe("my notes", () => {
  it("exports to Markdown or to PDF, one button each, and says where the file went", async () => {
    const entry = { course: "starter", course_title: "Starter", module_title: "Module one", lesson: "l1", lesson_title: "Telling the story", installed: true, bookmarked: true, note: null };
    answer("my_notes", () => ({ entries: [entry] }));
    answer("export_notes", (args) => `/home/awa/lphm-notes.${args.format}`);
    await mount({ name: "notes" });
    for (const [button, format] of [
      ["notes-export", "md"],
      ["notes-export-pdf", "pdf"],
    ]) {
      $<HTMLButtonElement>(`[data-test='${button}']`).click();
      await settle();
      const exports = calls.filter((c) => c.cmd === "export_notes");
      expect(exports[exports.length - 1].args).toEqual({ format });
      expect($("[data-test='toast']:last-child").textContent).toContain(`/home/awa/lphm-notes.${format}`);
    }
    expect($("[data-test='notes-export']").textContent).toBe("Export as Markdown…");
    expect($("[data-test='notes-export-pdf']").textContent).toBe("Export as PDF…");
  });
});

describe("the lesson's completed state", () => {
  it("says Completed once", async () => {
    answer("open_lesson", () => lessonView({ completed: true }));
    await mount({ name: "lesson", course: "starter", lesson: "l1" });
    expect(root.textContent!.split("Completed ✓").length - 1).toBe(1);
  });
});

describe("welcome", () => {
  it("keeps the typed name when a language is chosen", async () => {
    state.appState.set(appStateView({ current: null, profiles: [] }) as any);
    await mount({ name: "welcome" });
    const name = $<HTMLInputElement>("[data-test='profile-name']");
    name.value = "Awa Ndiaye";
    $<HTMLButtonElement>("[data-test='welcome-lang-fr']").click();
    await settle();
    expect($("h1").textContent).toBe("Bienvenue dans LPHM");
    expect($<HTMLInputElement>("[data-test='profile-name']").value).toBe("Awa Ndiaye");
  });
});

describe("navigation", () => {
  it("moves focus to the new page's heading; the skip link comes first", async () => {
    answer("catalogue", () => []);
    answer("course", () => ({ id: "c", title: "Course", summary: "", progress: { done: 0, total: 0, percent: 0, seconds: 0, modules: [] }, modules: [], resume: null, languages: ["en"] }));
    const router = await mount({ name: "catalogue" });
    const focusable = root.querySelector("a[href], button, select, input, textarea");
    expect(focusable?.getAttribute("data-test")).toBe("skip-link");
    await act(() => router.go({ name: "course", course: "c" }));
    await settle();
    expect(document.activeElement?.tagName).toBe("H1");
    expect(document.activeElement?.textContent).toBe("Course");
  });

  it("the window is not one live region", () => {
    expect(document.querySelector("#app[aria-live]")).toBeNull();
  });
});

describe("course cards and page", () => {
  const progress = { done: 1, total: 8, percent: 8, seconds: 0, modules: [] };
  const card = (over: Record<string, unknown>) =>
    ({ id: "c", version: 1, title: "Course", summary: "", minutes: 10, modules: [], progress, resume: null, languages: ["en", "fr"], ...over }) as any;

  it("Continue opens where the learner stopped; Start opens the overview", () => {
    expect(openTarget(card({ resume: { kind: "lesson", id: "l3", title: "" } }))).toEqual({ name: "lesson", course: "c", lesson: "l3" });
    expect(openTarget(card({ resume: { kind: "quiz", id: "q1", title: "" } }))).toEqual({ name: "quiz", course: "c", quiz: "q1" });
    expect(openTarget(card({ resume: null }))).toEqual({ name: "course", course: "c" });
  });

  it("greets a first visit as one, shows the percent with its sign, and marks a course not in the language asked", async () => {
    state.appState.set(appStateView({ returning: false, lang: "pl" }) as any);
    setLang("pl");
    // The catalogue asks for the app state again (a learner who studied is greeted back).
    answer("app_state", () => appStateView({ returning: false, lang: "pl" }));
    answer("catalogue", () => [card({})]);
    await mount({ name: "catalogue" });
    expect(root.textContent).toContain("Witamy, Awa.");
    expect($(".ring-text").textContent).toBe("8%");
    expect($("[data-test='course-languages']").textContent).toContain("English");
    expect($("[data-test='content-language']")).not.toBeNull();
  });

  it("ticks are read as words", async () => {
    answer("course", () => ({
      id: "c",
      title: "Course",
      summary: "",
      progress,
      resume: null,
      languages: ["en"],
      modules: [{ id: "m", title: "M", summary: "", lessons: [{ id: "l1", title: "L", minutes: 3, completed: true }], quiz: null }],
    }));
    await mount({ name: "course", course: "c" });
    const li = $("[data-test='module-m'] li");
    expect(li.querySelector(".tick")?.getAttribute("aria-hidden")).toBe("true");
    expect(li.querySelector(".visually-hidden")?.textContent).toBe("Done");
    expect($("[data-test='content-language']")).not.toBeNull();
  });
});

describe("the language list", () => {
  it("arrow keys move without switching; Enter switches and focus stays", async () => {
    const chosen: string[] = [];
    await act(() => render(<LanguagePicker languages={["en", "fr", "pl"]} value="en" onChoose={(c) => chosen.push(c)} />, root));
    const select = $<HTMLSelectElement>("[data-test='language']");
    select.focus();
    select.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    select.value = "fr";
    select.dispatchEvent(new Event("change", { bubbles: true }));
    expect(chosen).toEqual([]);
    select.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(chosen).toEqual(["fr"]);
    expect(document.activeElement).toBe(select);
  });
});

describe("quiz", () => {
  const quiz = {
    course: "c",
    course_title: "C",
    module_title: "M",
    id: "q",
    title: "Quiz",
    pass_mark: 80,
    questions: [
      { id: "q1", kind: "single", prompt: "One?", choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
      { id: "q2", kind: "single", prompt: "Two?", choices: [{ id: "a", text: "A" }, { id: "b", text: "B" }] },
    ],
    history: { attempts: [], best_percent: 0, passed: false },
    reveal_after: 3,
    prev: null,
    next: null,
  } as any;

  it("an empty submission brings its message into focus, with the way to the first question", async () => {
    answer("submit_quiz", () => Promise.reject({ code: "quiz-unanswered", args: { count: 2 }, context: { questions: ["q1", "q2"] } }));
    await act(() => render(<QuizForm course="c" quiz={quiz} onHistory={() => {}} />, root));
    $<HTMLButtonElement>("[data-test='quiz-submit']").click();
    await settle();
    const message = $("[data-test='quiz-message']");
    expect(document.activeElement).toBe(message);
    expect(message.textContent).toContain("Go to question 1");
    $<HTMLButtonElement>("[data-test='quiz-go-unanswered']").click();
    expect(document.activeElement).toBe($("[data-test='answer-q1-a']"));
  });

  it("a failed attempt that does not reveal shows what was wrong, not the answers", async () => {
    answer("submit_quiz", () => ({
      event: "e",
      correct: 0,
      total: 2,
      percent: 0,
      passed: false,
      pass_mark: 80,
      revealed: false,
      // Even if expected choices arrived, they are not shown.
      results: [
        { question: "q1", correct: false, chosen: ["a"], expected: ["b"], explanation: "B is right because." },
        { question: "q2", correct: false, chosen: ["a"], expected: [], explanation: "" },
      ],
      history: { attempts: [{ id: "1", at_ms: 0, correct: 0, total: 2, passed: false }], best_percent: 0, passed: false },
    }));
    await act(() => render(<QuizForm course="c" quiz={quiz} onHistory={() => {}} />, root));
    $<HTMLInputElement>("[data-test='answer-q1-a']").click();
    $<HTMLInputElement>("[data-test='answer-q2-a']").click();
    $<HTMLButtonElement>("[data-test='quiz-submit']").click();
    await settle();
    expect(root.querySelectorAll(".expected")).toHaveLength(0);
    expect($("[data-test='question-q1']").classList.contains("wrong")).toBe(true);
    expect($("[data-test='question-q1']").textContent).toContain("B is right because.");
    expect($("[data-test='quiz-reveal-note']").textContent).toContain("after 2 more attempts");
  });
});

describe("sync screen", () => {
  it("offers export to a file to a learner not connected to any server", async () => {
    await mount({ name: "sync" });
    expect($("[data-test='enroll-form']")).not.toBeNull();
    expect($("[data-test='export-progress']")).not.toBeNull();
  });

  it("an empty server address marks the field and takes focus", async () => {
    answer("enroll", () => Promise.reject({ code: "sync-server-required", args: {} }));
    await mount({ name: "sync" });
    $<HTMLButtonElement>("[data-test='enroll-submit']").click();
    await settle();
    const server = $<HTMLInputElement>("[data-test='enroll-server']");
    expect(server.getAttribute("aria-invalid")).toBe("true");
    expect(document.activeElement).toBe(server);
  });
  describe("the learner's agreement", () => {
    const AGREED_MS = Date.UTC(2026, 8, 21, 9, 30);
    beforeEach(() => {
      // The Rust side's rule: without the statement's current version, nothing is sent.
      answer("enroll", (args) => {
        if (args.consent !== CONSENT_VERSION) return Promise.reject({ code: "consent-needed", args: {} });
        const enrolled = { enrolled: true, server: "https://lphm.example.org", learner_name: "Thandi Dlamini", syncing: false, waiting: 0, last_ok_ms: null, last_error: null, now_ms: AGREED_MS, clock_skew_ms: 0, consent: { version: CONSENT_VERSION, agreed_ms: AGREED_MS } };
        answer("sync_status", () => enrolled);
        return enrolled;
      });
      answer("remote_catalogue", () => []);
    });

    async function fillIn() {
      await mount({ name: "sync" });
      await act(() => type($<HTMLInputElement>("[data-test='enroll-server']"), "lphm.example.org"));
      await act(() => type($<HTMLInputElement>("[data-test='enroll-code']"), "K7QM-2XPD-AB12"));
    }

    it("shows the whole statement before the box: what is sent, what is not, who sees it", async () => {
      await mount({ name: "sync" });
      const statement = $("[data-test='consent-statement']").textContent ?? "";
      for (const id of ["consent-title", ...CONSENT_STATEMENT.flatMap(([heading, paragraphs]) => [heading, ...paragraphs])]) {
        expect(statement).toContain(t(id));
      }
      // The statement comes before the box, which comes before the button.
      const order = [...root.querySelectorAll("[data-test='consent-statement'], [data-test='enroll-consent'], [data-test='enroll-submit']")].map((e) => e.getAttribute("data-test"));
      expect(order).toEqual(["consent-statement", "enroll-consent", "enroll-submit"]);
    });

    it("the form refuses without the box: the words are next to it, tied to it, and it takes focus", async () => {
      await fillIn();
      $<HTMLButtonElement>("[data-test='enroll-submit']").click();
      await settle();
      expect(calls.filter((c) => c.cmd === "enroll").map((c) => c.args.consent)).toEqual([null]);
      const box = $<HTMLInputElement>("[data-test='enroll-consent']");
      const error = $("[data-test='sync-error']");
      expect(error.textContent).toBe(t("error-consent-needed"));
      expect(box.getAttribute("aria-invalid")).toBe("true");
      expect(box.getAttribute("aria-describedby")).toBe(error.id);
      expect(box.closest("label")?.textContent).toBe(t("consent-agree"));
      expect(box.closest("label")?.nextElementSibling).toBe(error);
      expect(document.activeElement).toBe(box);
      // A language switch rewords the message; what was typed stays.
      await act(() => chooseLanguage("pl"));
      await settle();
      expect(error.textContent).toBe(t("error-consent-needed"));
      expect(error.textContent).toContain("Nic nie zostało wysłane");
      expect($<HTMLInputElement>("[data-test='enroll-code']").value).toBe("K7QM-2XPD-AB12");
    });

    it("with the box ticked it sends the statement's version, then says when and to which server the learner agreed", async () => {
      await fillIn();
      $<HTMLInputElement>("[data-test='enroll-consent']").click();
      $<HTMLButtonElement>("[data-test='enroll-submit']").click();
      await settle();
      expect(calls.filter((c) => c.cmd === "enroll").map((c) => c.args.consent)).toEqual([CONSENT_VERSION]);
      expect($("[data-test='consent-agreed']").textContent).toBe(t("consent-agreed", { date: dateTime(AGREED_MS), server: "https://lphm.example.org" }));
      // The statement is one click away, and the button says whether it is open.
      expect($("[data-test='consent-statement']")).toBeNull();
      const toggle = $<HTMLButtonElement>("[data-test='consent-toggle']");
      expect(toggle.getAttribute("aria-expanded")).toBe("false");
      await act(() => toggle.click());
      expect(toggle.getAttribute("aria-expanded")).toBe("true");
      expect($("[data-test='consent-statement']").textContent).toContain(t("consent-who"));
    });
  });
});
