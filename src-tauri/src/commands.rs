//! One-line adapters from Tauri commands to `lphm_desk::Desk`. Errors cross as
//! `{ code, args }` and the window shows them through Fluent.

use std::sync::atomic::Ordering;

use lphm_desk::client::{BundleInfo, Enrollment, SyncReport, SyncStatus};
use lphm_desk::{
    per_percent, ApiError, AppState, CourseCard, CourseView, DownloadProgress, EvaluationView,
    FileDialog, FollowUpDue, GlossaryView, ImportOutcome, ImportProgress, LessonView, MyNotes,
    NewProfile, NoteView, QuizOutcome, QuizView, RemoteCourse, Saved, SearchView, SurveyAnswers,
    SurveyView, TestOutcome, TestView, Which,
};
use lphm_progress::{Answers, Stage};
use tauri::ipc::Channel;
use tauri::{Manager, State, WebviewWindow};
use uuid::Uuid;

use crate::Shell;

type R<T> = Result<T, ApiError>;

/// A failure of Tauri's own machinery (a blocking task that died).
fn unexpected(e: impl std::fmt::Display) -> ApiError {
    ApiError::from(lphm_desk::ErrorKind::Unexpected {
        code: e.to_string(),
    })
}

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
pub fn set_text_size(shell: State<'_, Shell>, percent: u16) -> R<()> {
    shell.desk()?.set_text_size(percent)
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

/// The lesson again, e.g. in another language, without recording that it was opened.
#[tauri::command]
pub fn lesson(shell: State<'_, Shell>, course: String, lesson: String) -> R<LessonView> {
    shell.desk()?.lesson(&course, &lesson)
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
pub async fn pick_package(app: tauri::AppHandle) -> R<Option<String>> {
    if let Some(path) = std::env::var_os("LPHM_PICK_FILE") {
        return Ok(Some(path.to_string_lossy().into_owned()));
    }
    let dialog = app.state::<Shell>().desk()?.import_dialog()?;
    let picked = file_dialog(app, dialog, false).await?;
    Ok(picked.map(|p| p.display().to_string()))
}

/// Shows a system file dialog (open, or save when `save`) off the main thread.
async fn file_dialog(
    app: tauri::AppHandle,
    d: FileDialog,
    save: bool,
) -> R<Option<std::path::PathBuf>> {
    use tauri_plugin_dialog::DialogExt;
    let picked = tauri::async_runtime::spawn_blocking(move || {
        let mut b = app
            .dialog()
            .file()
            .set_title(d.title)
            .add_filter(d.filter, &[d.extension.as_str()]);
        if let Some(name) = d.file_name {
            b = b.set_file_name(name);
        }
        if save {
            b.blocking_save_file()
        } else {
            b.blocking_pick_file()
        }
    })
    .await
    .map_err(unexpected)?;
    Ok(picked.and_then(|p| p.into_path().ok()))
}

/// Imports the package at `path` on a worker thread, reporting progress on `progress`.
#[tauri::command]
pub async fn import_package(
    app: tauri::AppHandle,
    path: String,
    progress: tauri::ipc::Channel<ImportProgress>,
) -> R<ImportOutcome> {
    tauri::async_runtime::spawn_blocking(move || {
        let shell = app.state::<Shell>();
        shell.cancel_import.store(false, Ordering::SeqCst);
        shell.desk()?.import_file(
            std::path::Path::new(&path),
            per_percent(
                |p| {
                    let _ = progress.send(p);
                },
                || shell.cancel_import.load(Ordering::SeqCst),
            ),
        )
    })
    .await
    .map_err(unexpected)?
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

/// Links the current learner to a server with a coordinator's one-time code, once they
/// agreed to the statement of what is sent (`consent`: its version). The laptop
/// introduces itself by its host name. Answers with the new sync status rather than the
/// [`Enrollment`]: that holds the laptop's access token, which the window has no use for.
#[tauri::command]
pub async fn enroll(
    shell: State<'_, Shell>,
    server: String,
    code: String,
    consent: Option<u32>,
) -> R<SyncStatus> {
    let desk = shell.desk()?;
    let _: Enrollment = desk
        .enroll(&server, &code, &crate::device_name(), consent)
        .await?;
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
/// for laptops that never get a connection (enrolled or not). Asks where with the system's
/// save dialog; `None` when the learner closes it. With `LPHM_SAVE_FILE` set, writes there
/// without a dialog: the end-to-end tests use it (a native dialog cannot be driven through
/// WebDriver); nothing else sets it.
#[tauri::command]
pub async fn export_progress(app: tauri::AppHandle) -> R<Option<BundleInfo>> {
    let desk = app.state::<Shell>().desk()?.clone();
    // Says "nothing to export" before asking where to save, rather than after.
    let dialog = desk.export_dialog()?;
    let path = match std::env::var_os("LPHM_SAVE_FILE") {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => file_dialog(app, dialog, true).await?,
    };
    let Some(path) = path else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || desk.export_bundle(&path))
        .await
        .map_err(unexpected)?
        .map(Some)
}

#[tauri::command]
pub async fn remote_catalogue(shell: State<'_, Shell>) -> R<Vec<RemoteCourse>> {
    shell.desk()?.remote_catalogue().await
}

/// Downloads the course `course` of the server's catalogue and installs it, reporting
/// progress on `on_progress`. `cancel_download` stops it; what was downloaded is kept and
/// the next download of the same file continues from there.
#[tauri::command]
pub async fn download_course(
    shell: State<'_, Shell>,
    course: String,
    on_progress: Channel<DownloadProgress>,
) -> R<ImportOutcome> {
    shell.cancel_download.store(false, Ordering::SeqCst);
    shell
        .desk()?
        .download_course(
            &course,
            per_percent(
                |p| {
                    let _ = on_progress.send(p);
                },
                || shell.cancel_download.load(Ordering::SeqCst),
            ),
        )
        .await
}

#[tauri::command]
pub fn cancel_download(shell: State<'_, Shell>) {
    shell.cancel_download.store(true, Ordering::SeqCst);
}

#[tauri::command]
pub fn glossary(
    shell: State<'_, Shell>,
    lang: Option<String>,
    course: Option<String>,
) -> R<GlossaryView> {
    shell.desk()?.glossary(lang, course)
}

#[tauri::command]
pub fn set_bookmark(shell: State<'_, Shell>, course: String, lesson: String, on: bool) -> R<Saved> {
    shell.desk()?.set_bookmark(&course, &lesson, on)
}

#[tauri::command]
pub fn my_notes(shell: State<'_, Shell>) -> R<MyNotes> {
    shell.desk()?.my_notes()
}

/// Saves "My notes" as `format` (`md` for Markdown, `pdf`) where the learner chooses (the
/// system's save dialog); `None` when they close it. `LPHM_SAVE_FILE` stands in for the
/// dialog in the end-to-end tests, as for the progress export. Answers the path written.
#[tauri::command]
pub async fn export_notes(app: tauri::AppHandle, format: String) -> R<Option<String>> {
    let desk = app.state::<Shell>().desk()?.clone();
    let dialog = desk.notes_export_dialog(&format)?;
    let path = match std::env::var_os("LPHM_SAVE_FILE") {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => file_dialog(app, dialog, true).await?,
    };
    let Some(path) = path else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || {
        desk.export_notes(&path, &format)?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(unexpected)?
}

/// Saves the certificate (or the statement of completion) of `course` as a PDF where the
/// learner chooses; `None` when they close the dialog. `LPHM_SAVE_FILE` stands in for
/// the dialog in the end-to-end tests. Answers the path written.
#[tauri::command]
pub async fn save_certificate(app: tauri::AppHandle, course: String) -> R<Option<String>> {
    let desk = app.state::<Shell>().desk()?.clone();
    let dialog = desk.certificate_dialog(&course)?;
    let path = match std::env::var_os("LPHM_SAVE_FILE") {
        Some(path) => Some(std::path::PathBuf::from(path)),
        None => file_dialog(app, dialog, true).await?,
    };
    let Some(path) = path else { return Ok(None) };
    tauri::async_runtime::spawn_blocking(move || {
        desk.save_certificate(&course, &path)?;
        Ok(Some(path.display().to_string()))
    })
    .await
    .map_err(unexpected)?
}

/// Searches the installed courses and the learner's notes, off the window's thread.
#[tauri::command]
pub async fn search(shell: State<'_, Shell>, query: String) -> R<SearchView> {
    let desk = shell.desk()?.clone();
    tauri::async_runtime::spawn_blocking(move || desk.search(&query))
        .await
        .map_err(unexpected)?
}

#[tauri::command]
pub fn evaluation(shell: State<'_, Shell>, course: String) -> R<EvaluationView> {
    shell.desk()?.evaluation(&course)
}

#[tauri::command]
pub fn test(shell: State<'_, Shell>, course: String, stage: Stage) -> R<TestView> {
    shell.desk()?.test(&course, stage)
}

#[tauri::command]
pub fn submit_test(
    shell: State<'_, Shell>,
    course: String,
    stage: Stage,
    answers: Answers,
) -> R<TestOutcome> {
    shell.desk()?.submit_test(&course, stage, answers)
}

#[tauri::command]
pub fn survey(shell: State<'_, Shell>, course: String, which: Which) -> R<SurveyView> {
    shell.desk()?.survey(&course, which)
}

#[tauri::command]
pub fn submit_survey(
    shell: State<'_, Shell>,
    course: String,
    which: Which,
    answers: SurveyAnswers,
) -> R<Saved> {
    shell.desk()?.submit_survey(&course, which, answers)
}

#[tauri::command]
pub fn follow_ups_due(shell: State<'_, Shell>) -> R<Vec<FollowUpDue>> {
    shell.desk()?.follow_ups_due()
}

/// Brings the search index up to date in the background (at start, after an import, a
/// download or a removal); a failure only means search waits for the next try.
pub fn index_in_background(desk: std::sync::Arc<lphm_desk::Desk>) {
    std::thread::spawn(move || {
        if let Err(e) = desk.index_courses() {
            eprintln!("lphm: search index: {e:?}");
        }
    });
}
