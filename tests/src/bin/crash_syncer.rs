//! Syncs a laptop's data folder once, as the app's "Sync now" does, for the crash test
//! that kills a laptop while it merges pulled events (`tests/crash/merge.rs`).
//!
//! `crash-syncer <data dir>`: prints `syncing` once the store is open and the sync starts
//! (the test times its kills from there, not from the process start, which varies a lot
//! under Wine), then `pushed pulled` when the sync is done.

use lphm_desk::{Desk, SystemClock};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let dir = std::env::args()
        .nth(1)
        .expect("usage: crash-syncer <data dir>");
    let desk = Desk::open(std::path::Path::new(&dir), Box::new(SystemClock), 1).expect("open");
    {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        writeln!(out, "syncing").expect("stdout");
        out.flush().expect("stdout");
    }
    let report = desk.sync_now().await.expect("sync");
    println!("{} {}", report.pushed, report.pulled);
}
