//! Power cuts: what the app or the server acknowledged as saved is still there after the
//! power goes off at a random moment.
//!
//! The data lives on `lphm-powercut`'s FUSE file system, which keeps written bytes in
//! memory until that file is fsynced and, on a cut, drops everything not yet synced, as a
//! power cut does (a SIGKILL, as in `tests/crash`, cannot show this: the kernel's page cache
//! survives a killed process). The writer is frozen first (SIGSTOP), so nothing it does
//! after the cut counts, then the power is cut, the writer killed, the file system mounted
//! again and the data opened as the next start would.
//!
//! Linux only (FUSE, signals): the Windows build of the tests leaves this file out, and the
//! test command runs it on Linux.

#![cfg(target_os = "linux")]

mod server;
mod store;

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdout};
use std::time::{Duration, Instant};

/// Fails with a sentence naming what to install when FUSE cannot run here.
fn require_fuse() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}");
    }
}

/// Waits until `child` prints a line starting with `prefix` and returns that line.
fn wait_for_line(child: &mut Child, prefix: &str) -> String {
    let stdout: ChildStdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    for line in lines.by_ref() {
        let line = line.expect("child output");
        if line.starts_with(prefix) {
            // Keep draining in the background so the child never blocks on a full pipe.
            std::thread::spawn(move || for _ in lines {});
            return line;
        }
    }
    panic!("the child exited before printing {prefix:?}");
}

/// Spins until `deadline`: the cut comes at a moment chosen here, whatever the writer is
/// doing (mid-write, mid-fsync, between events).
fn until(deadline: Instant) {
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(1));
    }
}
