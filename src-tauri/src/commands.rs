//! One-line adapters from Tauri commands to `lphm_desk::Desk`. Errors cross as
//! `{ code, args }` and the window shows them through Fluent.

use lphm_desk::{
    ApiError, AppState, CourseCard, CourseView, ImportOutcome, ImportProgress, LessonView,
    NewProfile, QuizOutcome, QuizView, Saved,
};
use lphm_progress::Answers;
use tauri::{Manager, State, WebviewWindow};
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

/// Asks the learner for a package file with the system's file dialog, titled in their
/// language. `None` when they close it. With `LPHM_PICK_FILE` set, returns that path
/// instead: a native dialog cannot be driven through WebDriver, so the end-to-end tests
/// use it; nothing else sets it.
#[tauri::command]
pub async fn pick_package(app: tauri::AppHandle, lang: String) -> R<Option<String>> {
    if let Some(path) = std::env::var_os("LPHM_PICK_FILE") {
        return Ok(Some(path.to_string_lossy().into_owned()));
    }
    use tauri_plugin_dialog::DialogExt;
    let (title, filter) = {
        let l10n =
            lphm_i18n::Localizer::new(&lang).map_err(|_| ApiError::new("language-unknown"))?;
        (
            l10n.format("import-dialog-title", &[]),
            l10n.format("import-dialog-filter", &[]),
        )
    };
    let picked = tauri::async_runtime::spawn_blocking(move || {
        app.dialog()
            .file()
            .set_title(title)
            .add_filter(filter, &["lphm"])
            .blocking_pick_file()
    })
    .await
    .map_err(|e| ApiError::new("unexpected").arg("code", e.to_string()))?;
    Ok(picked
        .and_then(|p| p.into_path().ok())
        .map(|p| p.display().to_string()))
}

/// Imports the package at `path` on a worker thread, reporting progress on `progress` at
/// most once per percent.
#[tauri::command]
pub async fn import_package(
    app: tauri::AppHandle,
    path: String,
    progress: tauri::ipc::Channel<ImportProgress>,
) -> R<ImportOutcome> {
    use std::sync::atomic::Ordering;
    tauri::async_runtime::spawn_blocking(move || {
        let shell = app.state::<Shell>();
        shell.cancel_import.store(false, Ordering::SeqCst);
        let mut last_percent = u64::MAX;
        shell.desk()?.import_file(std::path::Path::new(&path), |p| {
            let percent = (p.done * 100).checked_div(p.total).unwrap_or(100);
            if percent != last_percent {
                last_percent = percent;
                let _ = progress.send(p);
            }
            !shell.cancel_import.load(Ordering::SeqCst)
        })
    })
    .await
    .map_err(|e| ApiError::new("unexpected").arg("code", e.to_string()))?
}

#[tauri::command]
pub fn cancel_import(shell: State<'_, Shell>) {
    shell
        .cancel_import
        .store(true, std::sync::atomic::Ordering::SeqCst);
}

#[tauri::command]
pub fn remove_course(shell: State<'_, Shell>, course: String, forget_progress: bool) -> R<usize> {
    shell.desk()?.remove_course(&course, forget_progress)
}
