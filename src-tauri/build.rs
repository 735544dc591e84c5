//! Generates the Tauri context and allow-lists the app's own commands: a command not in
//! this list cannot be called from the window whatever the capabilities say.

fn main() {
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().commands(&[
            "app_state",
            "create_profile",
            "switch_profile",
            "set_language",
            "set_content_language",
            "catalogue",
            "course",
            "open_lesson",
            "complete_lesson",
            "record_time",
            "quiz",
            "submit_quiz",
            "ui_ready",
            "pick_package",
            "import_package",
            "cancel_import",
            "remove_course",
            "sync_status",
            "enroll",
            "sync_now",
            "note",
            "save_note",
            "export_progress",
            "remote_catalogue",
            "download_course",
            "cancel_download",
        ]),
    ))
    .expect("failed to run tauri-build");
}
