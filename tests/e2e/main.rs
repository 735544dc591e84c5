//! End-to-end tests of the real app window under Xvfb, driven through tauri-driver and
//! WebKitWebDriver. Each test starts its own X server and driver with private XDG folders,
//! so runs never see each other's data or the real home folder.
//!
//! Needs `Xvfb`, `tauri-driver`, `WebKitWebDriver` and a built app (`cargo build -p lphm-app`
//! with the UI embedded); `scripts/test` installs and builds all of it. Screenshots are kept
//! in `tests/artifacts/e2e/`.

mod certificates;
mod evaluation;
mod glossary;
mod harness;
mod languages;
mod learner;
mod notes;
mod packages;
mod search;
mod startup_errors;
mod sync;
mod text_size;
mod window;
