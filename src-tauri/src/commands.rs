//! One-line adapters from Tauri commands to `lphm_desk::Desk`. Errors cross as
//! `{ code, args }` and the window shows them through Fluent.

use lphm_desk::{
    ApiError, AppState, CourseCard, CourseView, LessonView, NewProfile, QuizOutcome, QuizView,
    Saved,
};
use lphm_progress::Answers;
use tauri::{State, WebviewWindow};
use uuid::Uuid;

use crate::Shell;

type R<T> = Result<T, ApiError>;

#[tauri::command]
pub fn app_state(shell: State<'_, Shell>) -> R<AppState> {
    shell.desk()?.state(&shell.system_lang)
}

#[tauri::command]
pub fn create_profile(
    shell: State<'_, Shell>,
    window: WebviewWindow,
    profile: NewProfile,
) -> R<lphm_desk::Profile> {
    let lang = profile.lang.clone();
    let p = shell.desk()?.create_profile(profile)?;
    crate::set_title(&window, &lang);
    Ok(p)
}

#[tauri::command]
pub fn switch_profile(
    shell: State<'_, Shell>,
    window: WebviewWindow,
    id: Uuid,
) -> R<lphm_desk::Profile> {
    let p = shell.desk()?.switch_profile(id)?;
    crate::set_title(&window, &p.lang);
    Ok(p)
}

#[tauri::command]
pub fn set_language(shell: State<'_, Shell>, window: WebviewWindow, lang: String) -> R<()> {
    shell.desk()?.set_language(&lang)?;
    crate::set_title(&window, &lang);
    Ok(())
}

#[tauri::command]
pub fn set_content_language(shell: State<'_, Shell>, lang: Option<String>) -> R<()> {
    shell.desk()?.set_content_language(lang.as_deref())
}

#[tauri::command]
pub fn catalogue(shell: State<'_, Shell>) -> R<Vec<CourseCard>> {
    shell.desk()?.catalogue()
}

#[tauri::command]
pub fn course(shell: State<'_, Shell>, course: String) -> R<CourseView> {
    shell.desk()?.course(&course)
}

#[tauri::command]
pub fn open_lesson(shell: State<'_, Shell>, course: String, lesson: String) -> R<LessonView> {
    shell.desk()?.open_lesson(&course, &lesson)
}

#[tauri::command]
pub fn complete_lesson(shell: State<'_, Shell>, course: String, lesson: String) -> R<Saved> {
    shell.desk()?.complete_lesson(&course, &lesson)
}

#[tauri::command]
pub fn record_time(
    shell: State<'_, Shell>,
    course: String,
    lesson: String,
    seconds: u32,
) -> R<Option<Saved>> {
    shell.desk()?.record_time(&course, &lesson, seconds)
}

#[tauri::command]
pub fn quiz(shell: State<'_, Shell>, course: String, quiz: String) -> R<QuizView> {
    shell.desk()?.quiz(&course, &quiz)
}

#[tauri::command]
pub fn submit_quiz(
    shell: State<'_, Shell>,
    course: String,
    quiz: String,
    answers: Answers,
) -> R<QuizOutcome> {
    shell.desk()?.submit_quiz(&course, &quiz, answers)
}

/// The window reports that its first screen is drawn and usable. Used to measure start-up:
/// with `LPHM_EXIT_WHEN_READY=1` the app prints the time since process start and quits.
#[tauri::command]
pub fn ui_ready(shell: State<'_, Shell>, app: tauri::AppHandle) {
    if std::env::var_os("LPHM_EXIT_WHEN_READY").is_some() {
        println!(
            "lphm-ready-ms {}",
            shell.started.elapsed().as_secs_f64() * 1000.0
        );
        app.exit(0);
    } else if std::env::var_os("LPHM_REPORT_READY").is_some() {
        println!(
            "lphm-ready-ms {}",
            shell.started.elapsed().as_secs_f64() * 1000.0
        );
    }
}
