//! The LPHM desktop app. Everything happens in `lphm_app_lib::run`.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    lphm_app_lib::run();
}
