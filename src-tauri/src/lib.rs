//! The Tauri shell. It resolves the data folder, the clock and the system language, opens
//! the desk, and turns each command into one call on `lphm_desk::Desk`. No learning logic
//! lives here.

mod commands;
mod webview;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lphm_desk::client::WorkerOptions;
use lphm_desk::{ApiError, Clock, Desk, ErrorKind, SystemClock};
use tauri::{Emitter, Manager};

/// What the commands share. If the store could not be opened, `desk` holds the reason and
/// every command answers with it, so the window can show a clear screen instead of dying.
pub(crate) struct Shell {
    /// Shared with the background sync task.
    desk: Result<Arc<Desk>, ApiError>,
    system_lang: String,
    started: Instant,
    /// Set by `cancel_import`; the running import checks it between reads.
    cancel_import: std::sync::atomic::AtomicBool,
    /// Set by `cancel_download`; the running download checks it after each chunk.
    cancel_download: std::sync::atomic::AtomicBool,
}

impl Shell {
    pub(crate) fn desk(&self) -> Result<&Arc<Desk>, ApiError> {
        self.desk.as_ref().map_err(Clone::clone)
    }
}

/// When the background sync runs. `LPHM_SYNC_DEBOUNCE_MS` and `LPHM_SYNC_PERIOD_MS`
/// shorten the pause after a change and the period between syncs; the end-to-end tests set
/// them so they need not wait minutes, and nothing else does.
fn worker_options() -> WorkerOptions {
    let ms = |name: &str| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse::<u64>().ok())
            .map(Duration::from_millis)
    };
    let defaults = WorkerOptions::default();
    WorkerOptions {
        debounce: ms("LPHM_SYNC_DEBOUNCE_MS").unwrap_or(defaults.debounce),
        period: ms("LPHM_SYNC_PERIOD_MS").unwrap_or(defaults.period),
        ..defaults
    }
}

/// The app's clock: the system's, moved by `LPHM_CLOCK_OFFSET_MS` (signed milliseconds)
/// when that is set. For tests and trials only (docs/course-format.md): an end-to-end test
/// starts the app "91 days later" to see a follow-up survey come due. Events recorded
/// under an offset carry the shifted time.
fn clock() -> Box<dyn Clock> {
    match std::env::var("LPHM_CLOCK_OFFSET_MS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
    {
        Some(offset_ms) if offset_ms != 0 => {
            eprintln!("lphm: LPHM_CLOCK_OFFSET_MS: the clock runs {offset_ms} ms off the system's");
            Box::new(ShiftedClock { offset_ms })
        }
        _ => Box::new(SystemClock),
    }
}

/// The system clock plus a fixed offset.
struct ShiftedClock {
    offset_ms: i64,
}

impl Clock for ShiftedClock {
    fn now_ms(&self) -> i64 {
        SystemClock.now_ms().saturating_add(self.offset_ms)
    }
}

/// The name this laptop gives itself when it enrolls, so a coordinator can tell a
/// learner's laptops apart: the host name.
pub(crate) fn device_name() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "laptop".to_string())
}

fn data_dir(app: &tauri::App) -> Result<PathBuf, ApiError> {
    app.path()
        .app_data_dir()
        .map(|d| d.join("store"))
        .map_err(|e| ApiError::from(ErrorKind::StoreUnreadable {}).detail(e))
}

/// Sets the window title in `lang`.
pub(crate) fn set_title(window: &tauri::WebviewWindow, lang: &str) {
    if let Ok(l10n) = lphm_i18n::Localizer::new(lang) {
        let _ = window.set_title(&l10n.format("app-title", &[]));
    }
}

/// Windows: the window needs Microsoft's WebView2 runtime, which Windows 11 has and some
/// Windows 10 laptops lack. Without it Tauri would stop with an English-only box; instead
/// LPHM says what to do in the user's language (the system's: the store is not opened
/// yet), in a native message box and in its log, and exits with code 3.
#[cfg(windows)]
fn require_webview2() {
    if tauri::webview_version().is_ok() {
        return;
    }
    let lang = lphm_i18n::negotiate(&lphm_i18n::system_locale());
    let (title, text) = match lphm_i18n::Localizer::new(lang) {
        Ok(l10n) => (
            l10n.format("webview2-missing-title", &[]),
            l10n.format("webview2-missing", &[]),
        ),
        Err(_) => ("LPHM".into(), "Microsoft Edge WebView2 is missing.".into()),
    };
    eprintln!("lphm: {text}");
    rfd::MessageDialog::new()
        .set_level(rfd::MessageLevel::Error)
        .set_title(title)
        .set_description(text)
        .set_buttons(rfd::MessageButtons::Ok)
        .show();
    std::process::exit(3);
}

pub fn run() {
    #[cfg(windows)]
    require_webview2();
    let started = Instant::now();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let system_lang = lphm_i18n::system_locale();
            let desk = data_dir(app)
                .and_then(|dir| Desk::open(&dir, clock(), rand::random()))
                .and_then(lphm_desk::client::trust_server_ca_from_env)
                .map(Arc::new);
            if let Ok(d) = &desk {
                // The app's log (stderr): what opening had to repair, for support staff.
                for repair in d.repairs() {
                    eprintln!("lphm: {repair}");
                }
            }
            let lang = match &desk {
                Ok(d) => d.state(&system_lang).map(|s| s.lang).unwrap_or_default(),
                Err(_) => lphm_i18n::negotiate(&system_lang).to_string(),
            };
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
                set_title(&window, &lang);
            }
            if let Ok(desk) = &desk {
                commands::index_in_background(desk.clone());
                // Syncs enrolled learners in the background and tells the window after each
                // attempt, so the status in the header stays true.
                let handle = app.handle().clone();
                tauri::async_runtime::spawn(lphm_desk::client::run_worker(
                    desk.clone(),
                    worker_options(),
                    move |_profile| {
                        let _ = handle.emit("sync-status", ());
                    },
                ));
            }
            app.manage(Shell {
                desk,
                system_lang,
                started,
                cancel_import: Default::default(),
                cancel_download: Default::default(),
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_state,
            commands::create_profile,
            commands::switch_profile,
            commands::set_language,
            commands::set_content_language,
            commands::set_text_size,
            commands::catalogue,
            commands::course,
            commands::open_lesson,
            commands::lesson,
            commands::complete_lesson,
            commands::record_time,
            commands::quiz,
            commands::submit_quiz,
            commands::ui_ready,
            commands::pick_package,
            commands::import_package,
            commands::cancel_import,
            commands::remove_course,
            commands::sync_status,
            commands::enroll,
            commands::sync_now,
            commands::note,
            commands::save_note,
            commands::export_progress,
            commands::remote_catalogue,
            commands::download_course,
            commands::cancel_download,
            commands::glossary,
            commands::set_bookmark,
            commands::my_notes,
            commands::export_notes,
            commands::search,
            commands::save_certificate,
            commands::evaluation,
            commands::test,
            commands::submit_test,
            commands::survey,
            commands::submit_survey,
            commands::follow_ups_due,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the LPHM app");
}
