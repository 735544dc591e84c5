// Typed calls into the Rust side. Every failure arrives as { code, args } and is shown
// through Fluent (see i18n.ts: errorText).
import { Channel, invoke } from "@tauri-apps/api/core";

export interface ApiError {
  code: string;
  args: Record<string, unknown>;
}

export function isApiError(e: unknown): e is ApiError {
  return typeof e === "object" && e !== null && "code" in e && typeof (e as ApiError).code === "string";
}

export interface Profile {
  id: string;
  name: string;
  authority: string;
  role: string;
  lang: string;
  created_ms: number;
}

export interface AppState {
  lang: string;
  content_lang: string | null;
  languages: string[];
  profiles: Profile[];
  current: string | null;
  resume: { course: string; lesson: string } | null;
  data_dir: string;
  /** The learner has recorded progress before (false on a first visit). */
  returning: boolean;
}

export interface ModuleProgress {
  id: string;
  lessons_done: number;
  lessons_total: number;
  has_quiz: boolean;
  quiz_passed: boolean;
}

export interface CourseProgress {
  done: number;
  total: number;
  percent: number;
  seconds: number;
  modules: ModuleProgress[];
}

export interface CourseCard {
  id: string;
  version: number;
  title: string;
  summary: string;
  minutes: number;
  modules: { id: string; title: string }[];
  progress: CourseProgress;
  /** Where this learner stopped in this course; null when never started. */
  resume: Step | null;
  /** The languages the course's text is complete in. */
  languages: string[];
}

export interface CourseView {
  id: string;
  title: string;
  summary: string;
  progress: CourseProgress;
  /** Where this learner stopped in this course; null when never started. */
  resume: Step | null;
  /** The languages the course's text is complete in. */
  languages: string[];
  modules: {
    id: string;
    title: string;
    summary: string;
    lessons: { id: string; title: string; minutes: number; completed: boolean }[];
    quiz: { id: string; title: string; questions: number; attempts: number; best_percent: number; passed: boolean } | null;
  }[];
}

export interface Step {
  kind: "lesson" | "quiz";
  id: string;
  title: string;
}

export interface LessonView {
  course: string;
  course_title: string;
  module: string;
  module_title: string;
  id: string;
  title: string;
  minutes: number;
  html: string;
  lang: string;
  fallback: boolean;
  completed: boolean;
  prev: Step | null;
  next: Step | null;
  note: NoteView | null;
}

export interface NoteView {
  text: string;
  saved_ms: number;
  /** Versions saved at the same time on another computer, newest first. */
  conflicts: { text: string; saved_ms: number }[];
  /** The versions a save replaces; sent back with the next save. */
  bases: string[];
}

export interface Attempt {
  id: string;
  at_ms: number;
  correct: number;
  total: number;
  passed: boolean;
}

export interface QuizHistory {
  attempts: Attempt[];
  best_percent: number;
  passed: boolean;
}

export interface QuizView {
  course: string;
  course_title: string;
  module_title: string;
  id: string;
  title: string;
  pass_mark: number;
  questions: { id: string; kind: "single" | "multiple" | "true_false"; prompt: string; choices: { id: string; text: string }[] }[];
  history: QuizHistory;
  /** Attempts after which the correct answers are shown even without passing; null: only
   * once passed. */
  reveal_after: number | null;
  prev: Step | null;
  next: Step | null;
}

export interface QuizOutcome {
  event: string;
  correct: number;
  total: number;
  percent: number;
  passed: boolean;
  pass_mark: number;
  /** Whether the correct answers are shown (`results[].expected` is empty when not). */
  revealed: boolean;
  results: { question: string; correct: boolean; chosen: string[]; expected: string[]; explanation: string }[];
  history: QuizHistory;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export type ImportOutcome =
  | { status: "installed"; course: string; version: number }
  | { status: "updated"; course: string; version: number; previous: number; removed_lessons: string[] }
  | { status: "already_installed"; course: string; version: number };

export interface SyncStatus {
  enrolled: boolean;
  server: string | null;
  learner_name: string | null;
  syncing: boolean;
  waiting: number;
  last_ok_ms: number | null;
  last_error: ApiError | null;
  now_ms: number;
  clock_skew_ms: number;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  exchanges: number;
  bytes_sent: number;
  bytes_received: number;
}

export interface BundleInfo {
  path: string;
  events: number;
  bytes: number;
}

export interface RemoteCourse {
  course: string;
  version: number;
  title: string;
  file: string;
  size: number;
  sha256: string;
  installed_version: number | null;
  action: "install" | "update" | "installed";
  /** Bytes kept from an interrupted download. */
  partial: number;
}

export interface DownloadProgress {
  done: number;
  total: number;
}

export const api = {
  appState: () => invoke<AppState>("app_state"),
  createProfile: (profile: { name: string; authority: string; role: string; lang: string }) =>
    invoke<Profile>("create_profile", { profile }),
  switchProfile: (id: string) => invoke<Profile>("switch_profile", { id }),
  setLanguage: (lang: string) => invoke<void>("set_language", { lang }),
  setContentLanguage: (lang: string | null) => invoke<void>("set_content_language", { lang }),
  catalogue: () => invoke<CourseCard[]>("catalogue"),
  course: (course: string) => invoke<CourseView>("course", { course }),
  openLesson: (course: string, lesson: string) => invoke<LessonView>("open_lesson", { course, lesson }),
  /** The same as `openLesson`, recording nothing (e.g. to redraw it in another language). */
  lesson: (course: string, lesson: string) => invoke<LessonView>("lesson", { course, lesson }),
  completeLesson: (course: string, lesson: string) => invoke<{ event: string }>("complete_lesson", { course, lesson }),
  recordTime: (course: string, lesson: string, seconds: number) =>
    invoke<{ event: string } | null>("record_time", { course, lesson, seconds }),
  quiz: (course: string, quiz: string) => invoke<QuizView>("quiz", { course, quiz }),
  submitQuiz: (course: string, quiz: string, answers: Record<string, string[]>) =>
    invoke<QuizOutcome>("submit_quiz", { course, quiz, answers }),
  uiReady: () => invoke<void>("ui_ready"),
  pickPackage: (lang: string) => invoke<string | null>("pick_package", { lang }),
  importPackage: (path: string, onProgress: (p: ImportProgress) => void) => {
    const progress = new Channel<ImportProgress>();
    progress.onmessage = onProgress;
    return invoke<ImportOutcome>("import_package", { path, progress });
  },
  cancelImport: () => invoke<void>("cancel_import"),
  removeCourse: (course: string, forgetProgress: boolean) =>
    invoke<number>("remove_course", { course, forgetProgress }),
  syncStatus: () => invoke<SyncStatus>("sync_status"),
  enroll: (server: string, code: string) => invoke<SyncStatus>("enroll", { server, code }),
  syncNow: () => invoke<SyncReport>("sync_now"),
  note: (course: string, lesson: string) => invoke<NoteView | null>("note", { course, lesson }),
  saveNote: (course: string, lesson: string, text: string, bases: string[]) =>
    invoke<{ event: string }>("save_note", { course, lesson, text, bases }),
  exportProgress: (lang: string) => invoke<BundleInfo | null>("export_progress", { lang }),
  remoteCatalogue: () => invoke<RemoteCourse[]>("remote_catalogue"),
  downloadCourse: (course: RemoteCourse, onProgress: (p: DownloadProgress) => void) => {
    const channel = new Channel<DownloadProgress>();
    channel.onmessage = onProgress;
    return invoke<ImportOutcome>("download_course", { course, onProgress: channel });
  },
  cancelDownload: () => invoke<void>("cancel_download"),
};
