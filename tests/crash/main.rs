//! Crash test: a process recording progress is killed with SIGKILL at a random moment, 100
//! times. After each kill the store opens and holds every event that was reported saved.

mod merge;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lphm_store::Store;
use rand::Rng;
use uuid::Uuid;

const RUNS: u32 = 100;

#[test]
fn every_event_reported_saved_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = rand::rng();
    let mut reported_total = 0usize;
    let mut all_reported: Vec<Uuid> = Vec::new();
    for run in 0..RUNS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
            .arg(dir.path())
            .arg((run + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        // Lines are read on a thread so the kill happens at a time chosen here, independent
        // of what the writer is doing: mid-write, mid-flush or between events.
        let (lines_tx, lines_rx) = std::sync::mpsc::channel::<String>();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if lines_tx.send(line).is_err() {
                    break;
                }
            }
        });
        // The random delay counts from the first event reported saved, not from the start
        // of the process: on a slow or busy machine, starting the writer and opening its
        // store can take longer than the whole delay, and a kill before the first event
        // tests nothing. (A CI run once failed this way.)
        let mut lines = Vec::new();
        loop {
            match lines_rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) if line == "ready" => lines.push(line),
                Ok(line) => {
                    lines.push(line);
                    break;
                }
                Err(_) => {
                    let status = child.try_wait().unwrap();
                    panic!(
                        "run {run}: the writer reported no event within 60 s (its exit status: {status:?}); it prints an id after each event it saves"
                    );
                }
            }
        }
        let deadline = Instant::now() + Duration::from_millis(rng.random_range(0..220));
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(2));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        lines.extend(lines_rx.try_iter());
        let reported: Vec<Uuid> = lines
            .iter()
            .filter(|l| *l != "ready")
            .map(|l| l.parse().unwrap())
            .collect();
        reported_total += reported.len();
        all_reported.extend(reported);

        let store = Store::open(dir.path())
            .unwrap_or_else(|e| panic!("run {run}: the store must open after a kill: {e}"));
        let profile = Uuid::from_u128(42);
        let stored: std::collections::HashSet<Uuid> = store
            .events(profile)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let missing: Vec<&Uuid> = all_reported
            .iter()
            .filter(|id| !stored.contains(id))
            .collect();
        assert!(
            missing.is_empty(),
            "run {run}: {} event(s) reported saved are missing, e.g. {:?}",
            missing.len(),
            missing.first()
        );
    }
    println!(
        "crash test: {RUNS} SIGKILLs, {reported_total} events reported saved, 0 missing after reopening"
    );
}
