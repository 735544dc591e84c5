//! Records progress events in a loop for the crash test. After each event is reported
//! saved (the store returned from its flush) it prints the event id on its own line; the
//! test kills this process with SIGKILL at a random moment and then checks that every
//! printed id is in the store.

use std::io::Write;

use lphm_progress::{Event, EventKind};
use lphm_store::Store;
use uuid::Uuid;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().expect("usage: crash-writer <store dir> <seed>");
    let seed: u128 = args.next().and_then(|s| s.parse().ok()).unwrap_or(1);
    let store = Store::open(std::path::Path::new(&dir)).expect("open store");
    let profile = Uuid::from_u128(42);
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    for n in 0u128.. {
        let event = Event {
            id: Uuid::from_u128((seed << 64) | n),
            profile,
            device: Uuid::from_u128(7),
            seq: 0,
            at_ms: n as i64,
            kind: EventKind::LessonCompleted {
                course: "crash".into(),
                lesson: format!("lesson-{n}"),
            },
        };
        store.record(&event).expect("record");
        writeln!(out, "{}", event.id).unwrap();
        out.flush().unwrap();
    }
}
