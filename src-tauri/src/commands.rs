//! One-line adapters from Tauri commands to `lphm_desk::Desk`. Errors cross as
//! `{ code, args }` and the window shows them through Fluent.

use std::sync::atomic::Ordering;

use lphm_desk::sync::{BundleInfo, Enrollment, SyncReport, SyncStatus};
use lphm_desk::{
    ApiError, AppState, CourseCard, CourseView, DownloadProgress, ImportOutcome, ImportProgress,
    LessonView, NewProfile, NoteView, QuizOutcome, QuizView, RemoteCourse, Saved,
};
use lphm_progress::Answers;
use tauri::ipc::Channel;
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
    shell.cancel_import.store(true, Ordering::SeqCst);
}

#[tauri::command]
pub fn remove_course(shell: State<'_, Shell>, course: String, forget_progress: bool) -> R<usize> {
    shell.desk()?.remove_course(&course, forget_progress)
}

// ---- sync ------------------------------------------------------------------------------

#[tauri::command]
pub fn sync_status(shell: State<'_, Shell>) -> R<SyncStatus> {
    shell.desk()?.sync_status()
}

/// Links the current learner to a server with a coordinator's one-time code. The laptop
/// introduces itself by its host name. Answers with the new sync status rather than the
/// [`Enrollment`]: that holds the laptop's access token, which the window has no use for.
#[tauri::command]
pub async fn enroll(shell: State<'_, Shell>, server: String, code: String) -> R<SyncStatus> {
    let desk = shell.desk()?;
    let _: Enrollment = desk.enroll(&server, &code, &crate::device_name()).await?;
    desk.sync_status()
}

#[tauri::command]
pub async fn sync_now(shell: State<'_, Shell>) -> R<SyncReport> {
    shell.desk()?.sync_now().await
}

#[tauri::command]
pub fn note(shell: State<'_, Shell>, course: String, lesson: String) -> R<Option<NoteView>> {
    shell.desk()?.note(&course, &lesson)
}

#[tauri::command]
pub fn save_note(
    shell: State<'_, Shell>,
    course: String,
    lesson: String,
    text: String,
    bases: Vec<Uuid>,
) -> R<Saved> {
    shell.desk()?.save_note(&course, &lesson, &text, bases)
}

/// Writes the learner's unsent progress to a file that a coordinator imports on the server,
/// for laptops that never get a connection. Asks where with the system's save dialog,
/// titled in `lang`; `None` when the learner closes it. With `LPHM_SAVE_FILE` set, writes
/// there without a dialog: the end-to-end tests use it (a native dialog cannot be driven
/// through WebDriver); nothing else sets it.
#[tauri::command]
pub async fn export_progress(app: tauri::AppHandle, lang: String) -> R<Option<BundleInfo>> {
    let desk = app.state::<Shell>().desk()?.clone();
    // Say so before asking where to save, rather than after.
    if desk.sync_status()?.waiting == 0 {
        return Err(ApiError::new("bundle-nothing-to-export"));
    }
    let path = match std::env::var_os("LPHM_SAVE_FILE") {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => {
            use tauri_plugin_dialog::DialogExt;
            let (title, filter) = {
                let l10n = lphm_i18n::Localizer::new(&lang)
                    .map_err(|_| ApiError::new("language-unknown"))?;
                (
                    l10n.format("export-dialog-title", &[]),
                    l10n.format("export-dialog-filter", &[]),
                )
            };
            let name = bundle_file_name(&desk)?;
            tauri::async_runtime::spawn_blocking(move || {
                app.dialog()
                    .file()
                    .set_title(title)
                    .set_file_name(name)
                    .add_filter(filter, &["lphm-progress"])
                    .blocking_save_file()
            })
            .await
            .map_err(|e| ApiError::new("unexpected").arg("code", e.to_string()))?
            .and_then(|p| p.into_path().ok())
        }
    };
    let Some(path) = path else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || desk.export_bundle(&path))
        .await
        .map_err(|e| ApiError::new("unexpected").arg("code", e.to_string()))?
        .map(Some)
}

/// `lphm-progress-<learner>-<yyyy-mm-dd>.lphm-progress`: says whose it is and from when.
fn bundle_file_name(desk: &lphm_desk::Desk) -> R<String> {
    let state = desk.state("")?;
    let name: String = state
        .profiles
        .iter()
        .find(|p| Some(p.id) == state.current)
        .map(|p| p.name.as_str())
        .unwrap_or("learner")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("-")
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let (y, m, d) = civil_date(lphm_desk::Clock::now_ms(&lphm_desk::SystemClock));
    Ok(format!(
        "lphm-progress-{name}-{y:04}-{m:02}-{d:02}.lphm-progress"
    ))
}

/// The UTC calendar date of a Unix time in milliseconds (Howard Hinnant's
/// `civil_from_days`).
fn civil_date(ms: i64) -> (i64, u32, u32) {
    let z = ms.div_euclid(86_400_000) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[tauri::command]
pub async fn remote_catalogue(shell: State<'_, Shell>) -> R<Vec<RemoteCourse>> {
    shell.desk()?.remote_catalogue().await
}

/// Downloads a course from the server and installs it, reporting progress on `on_progress`
/// at most once per percent. `cancel_download` stops it; what was downloaded is kept and the
/// next download of the same file continues from there.
#[tauri::command]
pub async fn download_course(
    shell: State<'_, Shell>,
    course: lphm_desk::RemoteCourse,
    on_progress: Channel<DownloadProgress>,
) -> R<ImportOutcome> {
    shell.cancel_download.store(false, Ordering::SeqCst);
    let mut last_percent = u64::MAX;
    shell
        .desk()?
        .download_course(&course, |p| {
            let percent = (p.done * 100).checked_div(p.total).unwrap_or(100);
            if percent != last_percent {
                last_percent = percent;
                let _ = on_progress.send(p);
            }
            !shell.cancel_download.load(Ordering::SeqCst)
        })
        .await
}

#[tauri::command]
pub fn cancel_download(shell: State<'_, Shell>) {
    shell.cancel_download.store(true, Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    #[test]
    fn civil_date_of_known_days() {
        assert_eq!(super::civil_date(0), (1970, 1, 1));
        // 2024-02-29 12:00 UTC, a leap day.
        assert_eq!(super::civil_date(1_709_208_000_000), (2024, 2, 29));
        assert_eq!(super::civil_date(1_790_000_000_000), (2026, 9, 21));
    }
}
