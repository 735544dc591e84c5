//! What the tests of several crates share, so there is one of each: one test clock
//! ([`TestClock`]), one course builder ([`TestCourse`]), one way to wait for what happens
//! on its own ([`eventually`]), a private PostgreSQL ([`postgres`]), a fault-injecting
//! proxy ([`proxy`]), the fixtures, and the binaries of other packages.
//!
//! Used by the tests of `lphm-store`, `lphm-desk`, `lphm-cli` and `lphm-server`
//! (`crates/<name>/tests/<name>/`) and by the workspace tests in `tests/`. It depends only
//! on crates below all of those (`lphm-progress`, `lphm-package`): a crate whose tests
//! used it while it depended on that crate would be built twice, and its types would not
//! match.
//!
//! # Binaries
//!
//! A test runs its own package's binaries through `env!("CARGO_BIN_EXE_<name>")`
//! (`CARGO_BIN_EXE_lphm` in `lphm-cli`, `CARGO_BIN_EXE_lphm-server` in `lphm-server`),
//! made absolute by [`own_binary`]:
//! cargo builds them before it builds the tests and passes their paths, wherever
//! `CARGO_TARGET_DIR` points and for any `--target`. Tests never run a nested
//! `cargo build` and never name `target/debug`. Only a binary of *another* package (the
//! app or the server, for the end-to-end and workspace tests) is found with
//! [`workspace_binary`], beside the test in the folder cargo built it into; that binary
//! must be built first (`scripts/test` does), and a missing or stale one fails in words.

mod clock;
pub mod course;
mod desktop;
mod eventually;
pub mod postgres;
pub mod proxy;
mod workspace;

pub use clock::TestClock;
pub use course::{resign_package, tamper_package, TestCourse};
pub use desktop::{app_store_dir, xdg_env, Xvfb};
pub use eventually::{eventually, eventually_async, eventually_async_every, Outcome, POLL};
pub use workspace::{copy_dir, fixture, own_binary, workspace_binary, workspace_root};
