//! The coordinators' dashboard in a real browser: Debian's headless Chromium, driven by
//! `chromedriver` over WebDriver, against the real `lphm-server` binary on sled and on
//! PostgreSQL, with real laptops (desks on temp stores) enrolling and syncing. What the
//! HTTP-level tests of `crates/server/tests/server` cannot see: forms typed into and
//! submitted by a browser, its cookies, redirects and downloads, the content security
//! policy as a browser applies it, and what the pages look like.
//!
//! Needs `chromium` and `chromium-driver` (Debian; `scripts/setup` installs them),
//! PostgreSQL, and the built `lphm-server` (`cargo build -p lphm-server`). Full-page
//! screenshots are kept in `tests/artifacts/dashboard/<test>-<backend>/`.

mod cohort;
mod evaluation;
mod harness;
mod security;
mod verify;
