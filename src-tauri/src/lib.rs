//! The Tauri shell. It resolves the data folder, the clock and the system language, opens
//! the desk, and turns each command into one call on `lphm_desk::Desk`. No learning logic
//! lives here.

mod commands;
mod webview;

use std::path::PathBuf;
use std::time::Instant;

use lphm_desk::{ApiError, Desk, SystemClock};
use tauri::Manager;

/// What the commands share. If the store could not be opened, `desk` holds the reason and
/// every command answers with it, so the window can show a clear screen instead of dying.
pub(crate) struct Shell {
    desk: Result<Desk, ApiError>,
    system_lang: String,
    started: Instant,
    /// Set by `cancel_import`; the running import checks it between reads.
    cancel_import: std::sync::atomic::AtomicBool,
}

impl Shell {
    pub(crate) fn desk(&self) -> Result<&Desk, ApiError> {
        self.desk.as_ref().map_err(Clone::clone)
    }
}

/// The system locale as POSIX tells it (`LC_ALL`, `LC_MESSAGES`, `LANG`).
fn system_locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_default()
}

fn data_dir(app: &tauri::App) -> Result<PathBuf, ApiError> {
    app.path()
        .app_data_dir()
        .map(|d| d.join("store"))
        .map_err(|e| {
            ApiError::new("store-unreadable")
                .arg("path", "")
                .arg("detail", e.to_string())
        })
}

/// Sets the window title in `lang`.
pub(crate) fn set_title(window: &tauri::WebviewWindow, lang: &str) {
    if let Ok(l10n) = lphm_i18n::Localizer::new(lang) {
        let _ = window.set_title(&l10n.format("app-title", &[]));
    }
}

pub fn run() {
    let started = Instant::now();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(move |app| {
            let system_lang = system_locale();
            let desk = data_dir(app)
                .and_then(|dir| Desk::open(&dir, Box::new(SystemClock), rand::random()));
            let lang = match &desk {
                Ok(d) => d.state(&system_lang).map(|s| s.lang).unwrap_or_default(),
                Err(_) => lphm_i18n::negotiate(&system_lang).to_string(),
            };
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
                set_title(&window, &lang);
            }
            app.manage(Shell {
                desk,
                system_lang,
                started,
                cancel_import: Default::default(),
            });
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_state,
            commands::create_profile,
            commands::switch_profile,
            commands::set_language,
            commands::set_content_language,
            commands::catalogue,
            commands::course,
            commands::open_lesson,
            commands::complete_lesson,
            commands::record_time,
            commands::quiz,
            commands::submit_quiz,
            commands::ui_ready,
            commands::pick_package,
            commands::import_package,
            commands::cancel_import,
            commands::remove_course,
        ])
        .run(tauri::generate_context!())
        .expect("error while running the LPHM app");
}
