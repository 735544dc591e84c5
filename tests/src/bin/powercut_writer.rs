//! The laptop side of the power-cut test (`tests/powercut`).
//!
//! `powercut-writer write <store> <ack file>` records numbered progress events with
//! `Store::append`, the app's own path, and after each one returns ("Saved") appends its
//! number to the ack file, which lives outside the file system whose power is cut.
//!
//! `powercut-writer check <store> <ack file>` opens the store as the next start of the app
//! would and prints one JSON line: whether it opened, how many acknowledged events are
//! missing, and how the event log and its index agree.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::Path;

use lphm_progress::EventKind;
use lphm_store::Store;
use uuid::Uuid;

const PROFILE: Uuid = Uuid::from_u128(42);
const DEVICE: Uuid = Uuid::from_u128(7);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mode, store, acks] = args.as_slice() else {
        eprintln!("usage: powercut-writer write|check <store dir> <ack file>");
        std::process::exit(2);
    };
    match mode.as_str() {
        "write" => write(Path::new(store), Path::new(acks)),
        "check" => check(Path::new(store), Path::new(acks)),
        _ => {
            eprintln!("unknown mode {mode}");
            std::process::exit(2);
        }
    }
}

fn kind(n: u64) -> EventKind {
    let (course, lesson) = (
        "starter-communication".to_string(),
        format!("lesson-{}", n % 12),
    );
    match n % 4 {
        0 => EventKind::LessonOpened { course, lesson },
        1 => EventKind::TimeSpent {
            course,
            lesson,
            seconds: 30 + (n % 90) as u32,
        },
        2 => EventKind::LessonCompleted { course, lesson },
        _ => EventKind::NoteSaved {
            course,
            lesson,
            text: format!("note {n}: what the city council asked"),
            hlc: lphm_progress::Hlc {
                ms: n as i64 * 1000,
                count: 0,
            },
            bases: Vec::new(),
        },
    }
}

fn write(store: &Path, acks: &Path) {
    let store = Store::open(store).unwrap_or_else(|e| panic!("open: {e}"));
    let mut acks = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(acks)
        .expect("ack file");
    println!("ready");
    for n in store.last_seq(PROFILE, DEVICE).unwrap() + 1.. {
        match store.append(PROFILE, DEVICE, n as i64 * 1000, kind(n)) {
            Ok(event) => {
                // One write per line, so a killed writer leaves whole lines.
                acks.write_all(format!("{}\n", event.seq).as_bytes())
                    .expect("ack");
            }
            // After the cut the file system answers every request with an error; the app
            // would show that error and not "Saved". Nothing more to do.
            Err(_) => std::thread::park(),
        }
    }
}

fn check(store: &Path, acks: &Path) {
    let acked: BTreeSet<u64> = std::fs::read_to_string(acks)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.parse().ok())
        .collect();
    let store = match Store::open(store) {
        Ok(store) => store,
        Err(e) => {
            println!(
                "{}",
                serde_json::json!({ "opened": false, "error": e.to_string() })
            );
            return;
        }
    };
    let stored: BTreeSet<u64> = store
        .events(PROFILE)
        .expect("events")
        .iter()
        .map(|e| e.seq)
        .collect();
    let missing: Vec<u64> = acked.difference(&stored).copied().collect();
    let index = store.check_index().expect("index");
    // Sync reads the log through the index; it must work.
    let readable = store
        .events_after(PROFILE, DEVICE, 0, usize::MAX)
        .map(|e| e.len());
    println!(
        "{}",
        serde_json::json!({
            "opened": true,
            "acked": acked.len(),
            "stored": stored.len(),
            "missing": missing.len(),
            "first_missing": missing.first(),
            "dangling": index.dangling,
            "unindexed": index.unindexed,
            "readable_by_sync": readable.is_ok(),
            "repairs": store.repairs().len(),
        })
    );
}
