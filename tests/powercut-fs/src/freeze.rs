//! Freezing a process the way a power cut freezes a program: SIGSTOP, then wait until the
//! kernel reports every thread of it stopped, so it cannot send another request.

use std::io;
use std::time::{Duration, Instant};

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;

const DEADLINE: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(2);

/// Sends SIGSTOP to `pid` and returns once all of its threads are in state `T` or `t`.
pub fn freeze(pid: u32) -> io::Result<()> {
    let raw =
        i32::try_from(pid).map_err(|_| io::Error::other(format!("{pid} is not a process id")))?;
    kill(Pid::from_raw(raw), Signal::SIGSTOP)?;
    let deadline = Instant::now() + DEADLINE;
    loop {
        match all_threads_stopped(pid) {
            Ok(true) => return Ok(()),
            Ok(false) if Instant::now() < deadline => std::thread::sleep(POLL),
            Ok(false) => {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!(
                    "process {pid} got SIGSTOP but not all its threads stopped within {DEADLINE:?}"
                ),
                ))
            }
            Err(error) => return Err(error),
        }
    }
}

/// Whether every thread of `pid` is stopped; an error if the process is gone or dying.
fn all_threads_stopped(pid: u32) -> io::Result<bool> {
    let mut all_stopped = true;
    for task in std::fs::read_dir(format!("/proc/{pid}/task"))? {
        let stat = match std::fs::read_to_string(task?.path().join("stat")) {
            Ok(stat) => stat,
            // The thread ended between listing and reading.
            Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        // "tid (comm) S ...": comm may hold spaces and parentheses, so split at the last ')'.
        let state = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.trim_start().chars().next());
        match state {
            Some('T' | 't') => {}
            Some('Z' | 'X') => {
                return Err(io::Error::other(format!(
                    "process {pid} exited instead of freezing"
                )))
            }
            _ => all_stopped = false,
        }
    }
    Ok(all_stopped)
}
