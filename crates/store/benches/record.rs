//! Benchmark: recording one progress event until it is on stable storage (what "Mark as
//! complete" waits for), through `Store::append` (numbered, with its index entry: the app's
//! path) and `Store::record` (an event as it is), and opening a store that already holds
//! many events. Prints numbers; asserts nothing about time.
//!
//! `cargo bench -p lphm-store --bench record`

use std::time::{Duration, Instant};

use lphm_progress::{Event, EventKind};
use lphm_store::Store;
use uuid::Uuid;

fn event(n: u128) -> Event {
    Event {
        id: Uuid::from_u128(n),
        profile: Uuid::from_u128(1),
        device: Uuid::from_u128(2),
        seq: 0,
        at_ms: 1_790_000_000_000 + n as i64,
        kind: EventKind::LessonCompleted {
            course: "starter-communication".into(),
            lesson: format!("lesson-{}", n % 40),
        },
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    const EVENTS: u128 = 3_000;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    // Warm-up: the first writes create segments.
    for n in 0..100 {
        store.record(&event(1_000_000 + n)).unwrap();
    }
    let timed = |label: &str, write: &dyn Fn(u128)| {
        let mut times = Vec::with_capacity(EVENTS as usize);
        let start = Instant::now();
        for n in 0..EVENTS {
            let t = Instant::now();
            write(n);
            times.push(t.elapsed());
        }
        let total = start.elapsed();
        times.sort();
        println!("{label} ({EVENTS} events, {})", dir.path().display());
        println!(
            "  p50 {:.3} ms   p90 {:.3} ms   p99 {:.3} ms   max {:.3} ms   {:.0} events/s",
            ms(percentile(&times, 0.50)),
            ms(percentile(&times, 0.90)),
            ms(percentile(&times, 0.99)),
            ms(*times.last().unwrap()),
            EVENTS as f64 / total.as_secs_f64()
        );
    };
    timed("append one numbered event until saved", &|n| {
        let e = event(n);
        store.append(e.profile, e.device, e.at_ms, e.kind).unwrap();
    });
    timed("record one event until saved", &|n| {
        store.record(&event(n)).unwrap()
    });
    drop(store);

    let mut opens = Vec::new();
    for _ in 0..10 {
        let t = Instant::now();
        let store = Store::open(dir.path()).unwrap();
        opens.push(t.elapsed());
        assert_eq!(store.event_count(), (2 * EVENTS + 100) as usize);
    }
    opens.sort();
    let size: u64 = std::fs::read_dir(dir.path().join("db"))
        .unwrap()
        .filter_map(|e| e.ok()?.metadata().ok())
        .map(|m| m.len())
        .sum();
    println!(
        "open a store with {} events ({:.1} MB on disk): p50 {:.2} ms   max {:.2} ms",
        2 * EVENTS + 100,
        size as f64 / 1e6,
        ms(percentile(&opens, 0.5)),
        ms(*opens.last().unwrap())
    );
}
