//! Generates the Tauri context and allow-lists the app's own commands: a command not in
//! `commands.in` cannot be called from the window whatever the capabilities say.

fn main() {
    // The list is generated from crates/desk/src/contract.rs (scripts/contract).
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(include!("commands.in"))),
    )
    .expect("failed to run tauri-build");
}
