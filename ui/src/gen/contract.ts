// Generated from crates/desk/src/contract.rs by scripts/contract: do not edit.
// The types are the Rust types the desk's commands take and answer (ts-rs).
/* eslint-disable */
import { Channel, invoke } from "@tauri-apps/api/core";

export type ApiError = { 
/**
 * Boxed: most errors have none, and a `Result` stays small.
 */
context?: Context, } & ({ "code": "unexpected", "args": { code: string, } } | { "code": "store-unreadable", "args": Record<symbol, never> } | { "code": "store-locked", "args": Record<symbol, never> } | { "code": "store-corrupt", "args": Record<symbol, never> } | { "code": "store-newer-schema", "args": Record<symbol, never> } | { "code": "store-disk-full", "args": Record<symbol, never> } | { "code": "store-io", "args": Record<symbol, never> } | { "code": "store-corrupt-record", "args": Record<symbol, never> } | { "code": "content-io", "args": Record<symbol, never> } | { "code": "content-missing-file", "args": { detail: string, } } | { "code": "content-malformed", "args": { detail: string, } } | { "code": "content-unsupported-format", "args": Record<symbol, never> } | { "code": "content-bad-id", "args": { detail: string, } } | { "code": "content-duplicate-id", "args": { detail: string, } } | { "code": "content-missing-fallback", "args": { detail: string, } } | { "code": "content-bad-question", "args": { detail: string, } } | { "code": "profile-name-required", "args": Record<symbol, never> } | { "code": "profile-not-found", "args": Record<symbol, never> } | { "code": "profile-none", "args": Record<symbol, never> } | { "code": "language-unknown", "args": Record<symbol, never> } | { "code": "text-size-out-of-range", "args": { min: number, max: number, } } | { "code": "course-not-found", "args": Record<symbol, never> } | { "code": "lesson-not-found", "args": Record<symbol, never> } | { "code": "quiz-not-found", "args": Record<symbol, never> } | { "code": "quiz-unanswered", "args": { count: number, } } | { "code": "quiz-invalid-answer", "args": Record<symbol, never> } | { "code": "evaluation-none", "args": Record<symbol, never> } | { "code": "test-locked", "args": Record<symbol, never> } | { "code": "test-closed", "args": Record<symbol, never> } | { "code": "test-already-taken", "args": Record<symbol, never> } | { "code": "test-unanswered", "args": { count: number, } } | { "code": "test-invalid-answer", "args": Record<symbol, never> } | { "code": "survey-locked", "args": Record<symbol, never> } | { "code": "survey-already-answered", "args": Record<symbol, never> } | { "code": "survey-unanswered", "args": { count: number, } } | { "code": "survey-invalid-answer", "args": Record<symbol, never> } | { "code": "package-not-a-package", "args": Record<symbol, never> } | { "code": "package-truncated", "args": Record<symbol, never> } | { "code": "package-unsupported-format", "args": Record<symbol, never> } | { "code": "package-bad-manifest", "args": { detail: string, } } | { "code": "package-unknown-key", "args": { key: string, } } | { "code": "package-bad-signature", "args": Record<symbol, never> } | { "code": "package-tampered", "args": { path: string, } } | { "code": "package-unsafe-entry", "args": { path: string, } } | { "code": "package-too-large", "args": { detail: string, } } | { "code": "package-missing-file", "args": { path: string, } } | { "code": "package-cancelled", "args": Record<symbol, never> } | { "code": "package-bad-key", "args": { detail: string, } } | { "code": "package-io", "args": { detail: string, } } | { "code": "package-file-unreadable", "args": { path: string, detail: string, } } | { "code": "file-in-use", "args": { path: string, } } | { "code": "package-older-version", "args": { found: number, installed: number, } } | { "code": "package-same-version-differs", "args": { version: number, } } | { "code": "trust-key-not-found", "args": { key: string, } } | { "code": "sync-offline", "args": { server: string, } } | { "code": "sync-timeout", "args": { server: string, } } | { "code": "sync-server-error", "args": { server: string, status: number, } } | { "code": "sync-bad-response", "args": { server: string, } } | { "code": "sync-token-refused", "args": { server: string, } } | { "code": "sync-code-invalid", "args": Record<symbol, never> } | { "code": "sync-code-used", "args": Record<symbol, never> } | { "code": "sync-code-expired", "args": Record<symbol, never> } | { "code": "sync-too-many-attempts", "args": { server: string, } } | { "code": "sync-device-forked", "args": { server: string, } } | { "code": "learner-erased", "args": { server: string, } } | { "code": "sync-server-version", "args": { server: string, } } | { "code": "sync-refused", "args": { server: string, status: number, } } | { "code": "sync-not-enrolled", "args": Record<symbol, never> } | { "code": "sync-server-invalid", "args": { server: string, } } | { "code": "sync-server-required", "args": Record<symbol, never> } | { "code": "sync-code-required", "args": Record<symbol, never> } | { "code": "consent-needed", "args": Record<symbol, never> } | { "code": "enroll-offline", "args": { server: string, } } | { "code": "sync-certificate-invalid", "args": { detail: string, } } | { "code": "sync-certificate-untrusted", "args": { server: string, } } | { "code": "bundle-nothing-to-export", "args": Record<symbol, never> } | { "code": "bundle-nothing-recorded", "args": Record<symbol, never> } | { "code": "bundle-write-failed", "args": { path: string, detail: string, } } | { "code": "notes-nothing-to-export", "args": Record<symbol, never> } | { "code": "search-failed", "args": Record<symbol, never> } | { "code": "notes-export-failed", "args": { path: string, detail: string, } } | { "code": "notes-format-unknown", "args": { format: string, } } | { "code": "notes-cannot-print", "args": { character: string, } } | { "code": "certificate-not-complete", "args": Record<symbol, never> } | { "code": "certificate-save-failed", "args": { path: string, detail: string, } } | { "code": "certificate-cannot-print", "args": { character: string, } } | { "code": "certificate-not-pdf", "args": { file: string, } } | { "code": "certificate-statement", "args": { file: string, } } | { "code": "certificate-no-credential", "args": { file: string, } } | { "code": "certificate-tampered", "args": { file: string, } } | { "code": "certificate-unknown-key", "args": { file: string, } } | { "code": "download-not-offered", "args": { file: string, } } | { "code": "download-write-failed", "args": { path: string, detail: string, } } | { "code": "download-damaged", "args": { file: string, } } | { "code": "download-cancelled", "args": Record<symbol, never> } | { "code": "note-too-long", "args": { max: number, } });

export type ErrorKind = { "code": "unexpected", "args": { code: string, } } | { "code": "store-unreadable", "args": Record<symbol, never> } | { "code": "store-locked", "args": Record<symbol, never> } | { "code": "store-corrupt", "args": Record<symbol, never> } | { "code": "store-newer-schema", "args": Record<symbol, never> } | { "code": "store-disk-full", "args": Record<symbol, never> } | { "code": "store-io", "args": Record<symbol, never> } | { "code": "store-corrupt-record", "args": Record<symbol, never> } | { "code": "content-io", "args": Record<symbol, never> } | { "code": "content-missing-file", "args": { detail: string, } } | { "code": "content-malformed", "args": { detail: string, } } | { "code": "content-unsupported-format", "args": Record<symbol, never> } | { "code": "content-bad-id", "args": { detail: string, } } | { "code": "content-duplicate-id", "args": { detail: string, } } | { "code": "content-missing-fallback", "args": { detail: string, } } | { "code": "content-bad-question", "args": { detail: string, } } | { "code": "profile-name-required", "args": Record<symbol, never> } | { "code": "profile-not-found", "args": Record<symbol, never> } | { "code": "profile-none", "args": Record<symbol, never> } | { "code": "language-unknown", "args": Record<symbol, never> } | { "code": "text-size-out-of-range", "args": { min: number, max: number, } } | { "code": "course-not-found", "args": Record<symbol, never> } | { "code": "lesson-not-found", "args": Record<symbol, never> } | { "code": "quiz-not-found", "args": Record<symbol, never> } | { "code": "quiz-unanswered", "args": { count: number, } } | { "code": "quiz-invalid-answer", "args": Record<symbol, never> } | { "code": "evaluation-none", "args": Record<symbol, never> } | { "code": "test-locked", "args": Record<symbol, never> } | { "code": "test-closed", "args": Record<symbol, never> } | { "code": "test-already-taken", "args": Record<symbol, never> } | { "code": "test-unanswered", "args": { count: number, } } | { "code": "test-invalid-answer", "args": Record<symbol, never> } | { "code": "survey-locked", "args": Record<symbol, never> } | { "code": "survey-already-answered", "args": Record<symbol, never> } | { "code": "survey-unanswered", "args": { count: number, } } | { "code": "survey-invalid-answer", "args": Record<symbol, never> } | { "code": "package-not-a-package", "args": Record<symbol, never> } | { "code": "package-truncated", "args": Record<symbol, never> } | { "code": "package-unsupported-format", "args": Record<symbol, never> } | { "code": "package-bad-manifest", "args": { detail: string, } } | { "code": "package-unknown-key", "args": { key: string, } } | { "code": "package-bad-signature", "args": Record<symbol, never> } | { "code": "package-tampered", "args": { path: string, } } | { "code": "package-unsafe-entry", "args": { path: string, } } | { "code": "package-too-large", "args": { detail: string, } } | { "code": "package-missing-file", "args": { path: string, } } | { "code": "package-cancelled", "args": Record<symbol, never> } | { "code": "package-bad-key", "args": { detail: string, } } | { "code": "package-io", "args": { detail: string, } } | { "code": "package-file-unreadable", "args": { path: string, detail: string, } } | { "code": "file-in-use", "args": { path: string, } } | { "code": "package-older-version", "args": { found: number, installed: number, } } | { "code": "package-same-version-differs", "args": { version: number, } } | { "code": "trust-key-not-found", "args": { key: string, } } | { "code": "sync-offline", "args": { server: string, } } | { "code": "sync-timeout", "args": { server: string, } } | { "code": "sync-server-error", "args": { server: string, status: number, } } | { "code": "sync-bad-response", "args": { server: string, } } | { "code": "sync-token-refused", "args": { server: string, } } | { "code": "sync-code-invalid", "args": Record<symbol, never> } | { "code": "sync-code-used", "args": Record<symbol, never> } | { "code": "sync-code-expired", "args": Record<symbol, never> } | { "code": "sync-too-many-attempts", "args": { server: string, } } | { "code": "sync-device-forked", "args": { server: string, } } | { "code": "learner-erased", "args": { server: string, } } | { "code": "sync-server-version", "args": { server: string, } } | { "code": "sync-refused", "args": { server: string, status: number, } } | { "code": "sync-not-enrolled", "args": Record<symbol, never> } | { "code": "sync-server-invalid", "args": { server: string, } } | { "code": "sync-server-required", "args": Record<symbol, never> } | { "code": "sync-code-required", "args": Record<symbol, never> } | { "code": "consent-needed", "args": Record<symbol, never> } | { "code": "enroll-offline", "args": { server: string, } } | { "code": "sync-certificate-invalid", "args": { detail: string, } } | { "code": "sync-certificate-untrusted", "args": { server: string, } } | { "code": "bundle-nothing-to-export", "args": Record<symbol, never> } | { "code": "bundle-nothing-recorded", "args": Record<symbol, never> } | { "code": "bundle-write-failed", "args": { path: string, detail: string, } } | { "code": "notes-nothing-to-export", "args": Record<symbol, never> } | { "code": "search-failed", "args": Record<symbol, never> } | { "code": "notes-export-failed", "args": { path: string, detail: string, } } | { "code": "notes-format-unknown", "args": { format: string, } } | { "code": "notes-cannot-print", "args": { character: string, } } | { "code": "certificate-not-complete", "args": Record<symbol, never> } | { "code": "certificate-save-failed", "args": { path: string, detail: string, } } | { "code": "certificate-cannot-print", "args": { character: string, } } | { "code": "certificate-not-pdf", "args": { file: string, } } | { "code": "certificate-statement", "args": { file: string, } } | { "code": "certificate-no-credential", "args": { file: string, } } | { "code": "certificate-tampered", "args": { file: string, } } | { "code": "certificate-unknown-key", "args": { file: string, } } | { "code": "download-not-offered", "args": { file: string, } } | { "code": "download-write-failed", "args": { path: string, detail: string, } } | { "code": "download-damaged", "args": { file: string, } } | { "code": "download-cancelled", "args": Record<symbol, never> } | { "code": "note-too-long", "args": { max: number, } };

export type Context = { 
/**
 * The system's or the server's own words, untranslated: shown as a detail, kept for
 * support.
 */
detail?: string, 
/**
 * The file or folder concerned, when the message does not name it.
 */
path?: string, 
/**
 * The questions left unanswered (`quiz-unanswered`), for the window to point at.
 */
questions?: Array<string>, 
/**
 * The last event the server holds from this laptop (`sync-device-forked`).
 */
seq?: number, };

export type AppState = { 
/**
 * Interface language.
 */
lang: string, 
/**
 * Course content language, when the learner chose one apart from the interface.
 */
content_lang: string | null, languages: Array<string>, profiles: Array<Profile>, current: string | null, resume: Resume | null, 
/**
 * The current learner has studied on LPHM before (some progress is recorded): the
 * catalogue says "welcome back" only then.
 */
returning: boolean, data_dir: string, };

export type Resume = { course: string, lesson: string, };

export type Profile = { id: string, name: string, 
/**
 * The authority or city the learner works for.
 */
authority: string, role: string, 
/**
 * Interface language, remembered per profile.
 */
lang: string, 
/**
 * The language to read course content in, when it differs from the interface
 * language; `None` follows the interface.
 */
content_lang: string | null, created_ms: number, 
/**
 * The size of text in the window, in percent of the normal size
 * ([`TEXT_SIZES`]); profiles saved before it existed read as 100.
 */
text_size: number, };

export type NewProfile = { name: string, authority: string, role: string, lang: string, };

export type Saved = { event: string, };

export type CourseCard = { id: string, version: number, title: string, summary: string, minutes: number, modules: Array<ModuleBrief>, progress: CourseProgress, 
/**
 * The languages the course's text is written in, the fallback first.
 */
languages: Array<string>, 
/**
 * Where "Continue" takes the learner: the lesson they last opened in this course, or
 * the first step after it not yet done when they completed it. `None` before they
 * opened any lesson of it.
 */
resume: Step | null, };

export type ModuleBrief = { id: string, title: string, };

export type CourseProgress = { done: number, total: number, percent: number, seconds: number, modules: Array<ModuleProgress>, };

export type ModuleProgress = { id: string, lessons_done: number, lessons_total: number, has_quiz: boolean, quiz_passed: boolean, };

export type CourseView = { id: string, title: string, summary: string, progress: CourseProgress, modules: Array<ModuleView>, 
/**
 * The languages the course's text is written in, the fallback first.
 */
languages: Array<string>, 
/**
 * Where "Continue" takes the learner (see [`CourseCard::resume`]).
 */
resume: Step | null, 
/**
 * The certificate: issued, revoked, or a statement to save once the course is
 * complete; `None` before.
 */
certificate: CertificateView | null, 
/**
 * The course's pre-test, post-test and surveys, where they stand for this learner;
 * `None` for a course without an evaluation.
 */
evaluation: EvaluationView | null, };

export type ModuleView = { id: string, title: string, summary: string, lessons: Array<LessonItem>, quiz: QuizItem | null, };

export type LessonItem = { id: string, title: string, minutes: number, completed: boolean, };

export type QuizItem = { id: string, title: string, questions: number, attempts: number, best_percent: number, passed: boolean, };

export type Step = { kind: StepKind, id: string, title: string, };

export type StepKind = "lesson" | "quiz";

export type LessonView = { course: string, course_title: string, module: string, module_title: string, id: string, title: string, minutes: number, 
/**
 * Sanitized HTML: safe to insert as is.
 */
html: string, 
/**
 * The language the lesson text is in.
 */
lang: string, 
/**
 * True when the learner's language was missing and the course's fallback is shown.
 */
fallback: boolean, completed: boolean, 
/**
 * Whether the learner bookmarked this lesson.
 */
bookmarked: boolean, prev: Step | null, next: Step | null, 
/**
 * The learner's note on this lesson.
 */
note: NoteView | null, };

export type NoteView = { text: string, saved_ms: number, 
/**
 * Other versions saved concurrently on another laptop, newest first.
 */
conflicts: Array<ConflictView>, 
/**
 * The version ids this note replaces when saved again; the interface sends them back.
 */
bases: Array<string>, };

export type ConflictView = { text: string, saved_ms: number, };

export type QuizView = { course: string, course_title: string, module_title: string, id: string, title: string, pass_mark: number, 
/**
 * Attempts after which the correct answers are shown without passing; `None`: only
 * once passed.
 */
reveal_after: number | null, questions: Array<QuestionView>, history: QuizHistory, prev: Step | null, next: Step | null, };

export type QuestionView = { id: string, kind: QuestionKind, prompt: string, choices: Array<ChoiceView>, };

export type QuestionKind = "single" | "multiple" | "true_false";

export type ChoiceView = { id: string, 
/**
 * Empty for true/false answers, which the interface labels in its own language.
 */
text: string, };

export type QuizHistory = { attempts: Array<Attempt>, best_percent: number, passed: boolean, };

export type Attempt = { id: string, at_ms: number, correct: number, total: number, passed: boolean, };

export type QuizOutcome = { event: string, correct: number, total: number, percent: number, passed: boolean, pass_mark: number, 
/**
 * Whether the correct choices are shown: once the quiz is passed (now or before), or
 * after the course's `reveal_after` attempts. A learner who failed sees which answers
 * were wrong and why, not the answer sheet to copy on the retake.
 */
revealed: boolean, results: Array<QuestionFeedback>, history: QuizHistory, };

export type QuestionFeedback = { question: string, correct: boolean, chosen: Array<string>, 
/**
 * The correct choices; empty unless [`QuizOutcome::revealed`].
 */
expected: Array<string>, explanation: string, };

export type ImportProgress = { 
/**
 * Bytes of the package file read so far.
 */
done: number, 
/**
 * The package file's size.
 */
total: number, };

export type ImportOutcome = { "status": "installed", course: string, version: number, } | { "status": "updated", course: string, version: number, previous: number, 
/**
 * Lessons of the old version that this one no longer has. Progress about them is
 * kept; it no longer counts towards the course.
 */
removed_lessons: Array<string>, } | { "status": "already_installed", course: string, version: number, };

export type SyncStatus = { enrolled: boolean, server: string | null, 
/**
 * The learner's name on the server.
 */
learner_name: string | null, 
/**
 * A sync is running right now.
 */
syncing: boolean, 
/**
 * Changes recorded here that the server has not acknowledged yet.
 */
waiting: number, last_ok_ms: number | null, 
/**
 * The last attempt's failure, cleared by the next success.
 */
last_error: ApiError | null, 
/**
 * The desk's clock, for "synced 3 minutes ago".
 */
now_ms: number, 
/**
 * How far the server's clock was ahead of this laptop's at the last sync.
 */
clock_skew_ms: number, 
/**
 * What the learner agreed to when enrolling (`None` when not enrolled, or enrolled
 * before the app asked).
 */
consent: Consent | null, };

export type Consent = { 
/**
 * The [`CONSENT_VERSION`] of the statement agreed to.
 */
version: number, 
/**
 * When (the desk's clock, at enrollment).
 */
agreed_ms: number, };

export type SyncReport = { pushed: number, pulled: number, exchanges: number, 
/**
 * Request and response body bytes (compressed), not counting HTTP headers.
 */
bytes_sent: number, bytes_received: number, 
/**
 * Events of the learner's other laptops that the server lacked (erased by a restore)
 * and this laptop sent back.
 */
relayed: number, 
/**
 * This laptop found its identity shared with a copy or a backup of itself, took a new
 * one and sent its own events again under it (see [`Desk::fork`]).
 */
forked: boolean, 
/**
 * The server's history no longer matched this laptop's cursor (it was restored from
 * a backup): everything was pulled again, and what it lacked of ours sent again.
 */
rewound: boolean, };

export type BundleInfo = { path: string, events: number, bytes: number, };

export type RemoteCourse = { course: string, version: number, title: string, file: string, size: number, 
/**
 * Hex SHA-256 of the package file, checked after downloading.
 */
sha256: string, installed_version: number | null, action: RemoteAction, 
/**
 * Bytes already downloaded by an interrupted download.
 */
partial: number, };

export type RemoteAction = "install" | "update" | "installed";

export type DownloadProgress = { done: number, total: number, };

export type GlossaryView = { 
/**
 * The language asked for.
 */
lang: string, 
/**
 * Entries grouped by course and module in study order (general terms last), and by
 * headword within a group.
 */
entries: Array<TermView>, };

export type MyNotes = { 
/**
 * In the order of the catalogue and of each course; lessons of courses no longer on
 * this laptop last.
 */
entries: Array<MyNote>, };

export type MyNote = { course: string, 
/**
 * The course's title in the learner's language; its id when the course is no longer
 * on this laptop (the note is kept all the same).
 */
course_title: string, module_title: string, lesson: string, lesson_title: string, 
/**
 * Whether the lesson is still on this laptop, so the page can open it.
 */
installed: boolean, bookmarked: boolean, note: NoteView | null, };

export type SearchView = { query: string, 
/**
 * The course-text language, searched first.
 */
lang: string, results: Array<SearchResult>, };

export type SearchResult = { 
/**
 * `lesson`, `question`, `term`, `course` or `note`.
 */
kind: string, course: string, course_title: string, 
/**
 * The lesson (also for a note), quiz, or glossary term to open; the course page when
 * all are `None`.
 */
lesson: string | null, quiz: string | null, term: string | null, title: string, 
/**
 * HTML: the passage, escaped, with the words found in `<b>`.
 */
snippet: string, 
/**
 * The words found, for the lesson to scroll to.
 */
words: Array<string>, lang: string, };

export type CertificateView = { 
/**
 * `issued`: the programme's certificate is here; `revoked`: it was revoked;
 * `complete`: the course is complete and no certificate came yet (a statement can be
 * saved).
 */
state: string, 
/**
 * The certificate's id, when issued.
 */
id: string | null, 
/**
 * Where anyone can check it, when issued.
 */
verify_url: string | null, 
/**
 * The day the course was completed, YYYY-MM-DD.
 */
completed_on: string, 
/**
 * Whether this learner syncs with a server (then the certificate comes with a sync).
 */
connected: boolean, };

export type TermView = { id: string, 
/**
 * The course whose glossary holds the entry.
 */
course: string, 
/**
 * The module (thematic cluster) it belongs to, in the glossary's language; `None` for
 * a general term.
 */
module: string | null, 
/**
 * The headword in the glossary's language.
 */
term: string, 
/**
 * The headword in every language that has it, in the app's order of languages.
 */
names: Array<TermName>, definition: string, usage: string | null, 
/**
 * Words to avoid, in the glossary's language.
 */
avoid: Array<string>, see: Array<TermLink>, 
/**
 * The language the definition is in.
 */
lang: string, 
/**
 * True when the glossary's language was missing and the course's fallback is shown.
 */
fallback: boolean, };

export type TermName = { lang: string, text: string, };

export type TermLink = { id: string, term: string, };

export type EvaluationView = { course: string, pre: TestStep | null, post: TestStep | null, reaction: SurveyStep | null, follow_up: SurveyStep | null, };

export type TestStep = { stage: Stage, state: StepState, 
/**
 * How many questions the form has.
 */
questions: number, score: TestScore | null, 
/**
 * The post-test's percent minus the pre-test's, in points, when both were taken.
 */
gain: number | null, };

export type TestScore = { 
/**
 * "A" or "B": the parallel form taken.
 */
form: string, correct: number, total: number, percent: number, at_ms: number, };

export type SurveyStep = { which: Which, title: string, state: StepState, 
/**
 * When it was answered.
 */
answered_ms: number | null, 
/**
 * The follow-up: when it becomes due (completion plus the course's days).
 */
due_ms: number | null, };

export type StepState = "locked" | "offered" | "waiting" | "taken" | "answered" | "closed";

export type Which = "reaction" | "follow_up";

export type Stage = "pre" | "post";

export type TestView = { course: string, course_title: string, stage: Stage, 
/**
 * "A" or "B".
 */
form: string, questions: Array<QuestionView>, };

export type TestOutcome = { event: string, stage: Stage, score: TestScore, pre: TestScore | null, gain: number | null, 
/**
 * Empty after the pre-test.
 */
results: Array<QuestionFeedback>, };

export type SurveyView = { course: string, course_title: string, which: Which, title: string, intro: string, questions: Array<SurveyQuestionView>, 
/**
 * The longest text answer, in characters.
 */
max_chars: number, };

export type SurveyQuestionView = { id: string, kind: SurveyKind, prompt: string, optional: boolean, choices: Array<ChoiceView>, 
/**
 * A rating's highest value (0 for other kinds).
 */
scale: number, 
/**
 * What 1 and `scale` mean, for a rating.
 */
low: string, high: string, };

export type SurveyKind = "rating" | "text" | "choice" | "choices";

export type SurveyAnswer = { "rating": number } | { "text": string } | { "choices": Array<string> };

export type FollowUpDue = { course: string, course_title: string, due_ms: number, };

/** The interface languages, the reference (English) first. */
export const LANGUAGES = ["en","fr","pl","zu"] as const;

/** The version of the statement of what is sent and who sees it (`consent-*` messages), to agree to when enrolling. */
export const CONSENT_VERSION = 2;

/** The statement's message ids: each section's heading, then its paragraphs. */
export const CONSENT_STATEMENT = [["consent-sent-title",["consent-sent-progress","consent-sent-evaluation","consent-sent-notes","consent-sent-computer"]],["consent-not-sent-title",["consent-not-sent"]],["consent-who-title",["consent-who","consent-rights"]]] as const;

/** One typed function per command; failures reject with an `ApiError`. */
export const api = {
  appState: (): Promise<AppState> => invoke<AppState>("app_state"),
  createProfile: (profile: NewProfile): Promise<Profile> => invoke<Profile>("create_profile", { profile }),
  switchProfile: (id: string): Promise<Profile> => invoke<Profile>("switch_profile", { id }),
  setLanguage: (lang: string): Promise<void> => invoke<void>("set_language", { lang }),
  setContentLanguage: (lang: string | null): Promise<void> => invoke<void>("set_content_language", { lang }),
  setTextSize: (percent: number): Promise<void> => invoke<void>("set_text_size", { percent }),
  catalogue: (): Promise<Array<CourseCard>> => invoke<Array<CourseCard>>("catalogue"),
  course: (course: string): Promise<CourseView> => invoke<CourseView>("course", { course }),
  openLesson: (course: string, lesson: string): Promise<LessonView> => invoke<LessonView>("open_lesson", { course, lesson }),
  lesson: (course: string, lesson: string): Promise<LessonView> => invoke<LessonView>("lesson", { course, lesson }),
  completeLesson: (course: string, lesson: string): Promise<Saved> => invoke<Saved>("complete_lesson", { course, lesson }),
  recordTime: (course: string, lesson: string, seconds: number): Promise<Saved | null> => invoke<Saved | null>("record_time", { course, lesson, seconds }),
  quiz: (course: string, quiz: string): Promise<QuizView> => invoke<QuizView>("quiz", { course, quiz }),
  submitQuiz: (course: string, quiz: string, answers: { [key in string]: Array<string> }): Promise<QuizOutcome> => invoke<QuizOutcome>("submit_quiz", { course, quiz, answers }),
  uiReady: (): Promise<void> => invoke<void>("ui_ready"),
  pickPackage: (): Promise<string | null> => invoke<string | null>("pick_package"),
  importPackage: (path: string, progress: (report: ImportProgress) => void): Promise<ImportOutcome> => {
    const progressChannel = new Channel<ImportProgress>();
    progressChannel.onmessage = progress;
    return invoke<ImportOutcome>("import_package", { path, progress: progressChannel });
  },
  cancelImport: (): Promise<void> => invoke<void>("cancel_import"),
  removeCourse: (course: string, forgetProgress: boolean): Promise<number> => invoke<number>("remove_course", { course, forgetProgress }),
  syncStatus: (): Promise<SyncStatus> => invoke<SyncStatus>("sync_status"),
  enroll: (server: string, code: string, consent: number | null): Promise<SyncStatus> => invoke<SyncStatus>("enroll", { server, code, consent }),
  syncNow: (): Promise<SyncReport> => invoke<SyncReport>("sync_now"),
  note: (course: string, lesson: string): Promise<NoteView | null> => invoke<NoteView | null>("note", { course, lesson }),
  saveNote: (course: string, lesson: string, text: string, bases: Array<string>): Promise<Saved> => invoke<Saved>("save_note", { course, lesson, text, bases }),
  exportProgress: (): Promise<BundleInfo | null> => invoke<BundleInfo | null>("export_progress"),
  remoteCatalogue: (): Promise<Array<RemoteCourse>> => invoke<Array<RemoteCourse>>("remote_catalogue"),
  downloadCourse: (course: string, onProgress: (report: DownloadProgress) => void): Promise<ImportOutcome> => {
    const onProgressChannel = new Channel<DownloadProgress>();
    onProgressChannel.onmessage = onProgress;
    return invoke<ImportOutcome>("download_course", { course, onProgress: onProgressChannel });
  },
  cancelDownload: (): Promise<void> => invoke<void>("cancel_download"),
  glossary: (lang: string | null, course: string | null): Promise<GlossaryView> => invoke<GlossaryView>("glossary", { lang, course }),
  setBookmark: (course: string, lesson: string, on: boolean): Promise<Saved> => invoke<Saved>("set_bookmark", { course, lesson, on }),
  myNotes: (): Promise<MyNotes> => invoke<MyNotes>("my_notes"),
  exportNotes: (format: string): Promise<string | null> => invoke<string | null>("export_notes", { format }),
  search: (query: string): Promise<SearchView> => invoke<SearchView>("search", { query }),
  saveCertificate: (course: string): Promise<string | null> => invoke<string | null>("save_certificate", { course }),
  evaluation: (course: string): Promise<EvaluationView> => invoke<EvaluationView>("evaluation", { course }),
  test: (course: string, stage: Stage): Promise<TestView> => invoke<TestView>("test", { course, stage }),
  submitTest: (course: string, stage: Stage, answers: { [key in string]: Array<string> }): Promise<TestOutcome> => invoke<TestOutcome>("submit_test", { course, stage, answers }),
  survey: (course: string, which: Which): Promise<SurveyView> => invoke<SurveyView>("survey", { course, which }),
  submitSurvey: (course: string, which: Which, answers: { [key in string]: SurveyAnswer }): Promise<Saved> => invoke<Saved>("submit_survey", { course, which, answers }),
  followUpsDue: (): Promise<Array<FollowUpDue>> => invoke<Array<FollowUpDue>>("follow_ups_due"),
};
