//! Syncs a laptop's data folder once, as the app's "Sync now" does, for the crash test
//! that kills a laptop while it merges pulled events (`tests/crash/merge.rs`).
//!
//! `crash-syncer <data dir>`: prints `pushed pulled` when the sync is done.

use lphm_desk::{Desk, SystemClock};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: crash-syncer <data dir>");
    let desk = Desk::open(std::path::Path::new(&dir), Box::new(SystemClock), 1).expect("open");
    let report = desk.sync_now().await.expect("sync");
    println!("{} {}", report.pushed, report.pulled);
}
