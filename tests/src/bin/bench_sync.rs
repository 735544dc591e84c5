//! Benchmark of progress sync. Prints numbers; asserts nothing about time.
//!
//! - `bench-sync loopback [RUNS]`: an in-process `lphm-server` (sled) on 127.0.0.1: the
//!   first sync of 12,600 events from one laptop, the first pull of them on a second
//!   laptop, and a sync with nothing new. Bytes are HTTP bytes both ways (headers
//!   included), counted by a proxy in front of the server.
//! - `bench-sync link --server URL --codes FILE --stats FILE [--runs N]`: run inside
//!   badlink's client namespace (`scripts/bench-sync` sets it up) against a server in the
//!   other namespace: time and bytes on the wire (IP packets offered to the link both ways,
//!   from badlink's own counters, retransmissions included) to sync 1,000 events on a
//!   fresh connection.
//! - `bench-sync blackout --server URL --codes FILE --stats FILE --link-start UNIX_S
//!   --at S --until S`: the background sync starts a second before the link is cut for
//!   `until - at` seconds; prints the bytes on the wire next to a clean run and how long
//!   after the link returned everything was acknowledged.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use lphm_desk::client::{SyncOptions, WorkerOptions};
use lphm_desk::{Clock, Desk, NewProfile, SystemClock};
use lphm_progress::{EventKind, Hlc};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    match args.first().map(String::as_str) {
        Some("loopback") => {
            let runs = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
            rt.block_on(loopback(runs));
        }
        Some("link") => rt.block_on(link(
            &flag("--server").expect("--server"),
            &read_codes(&flag("--codes").expect("--codes")),
            Path::new(&flag("--stats").expect("--stats")),
            flag("--runs").and_then(|r| r.parse().ok()).unwrap_or(5),
        )),
        Some("blackout") => rt.block_on(blackout(
            &flag("--server").expect("--server"),
            &read_codes(&flag("--codes").expect("--codes")),
            Path::new(&flag("--stats").expect("--stats")),
            flag("--link-start")
                .and_then(|s| s.parse().ok())
                .expect("--link-start"),
            flag("--at").and_then(|s| s.parse().ok()).expect("--at"),
            flag("--until")
                .and_then(|s| s.parse().ok())
                .expect("--until"),
        )),
        _ => {
            eprintln!("usage: bench-sync loopback [RUNS] | link … | blackout … (see the source)");
            std::process::exit(2);
        }
    }
}

fn read_codes(path: &str) -> Vec<String> {
    std::fs::read_to_string(path)
        .expect("codes file")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A laptop with a learner profile, in a temp folder.
fn laptop(dir: &Path, seed: u64) -> Desk {
    let desk = open(dir, seed);
    desk.create_profile(NewProfile {
        name: "Bench".into(),
        authority: "Bench City".into(),
        role: "Officer".into(),
        lang: "en".into(),
    })
    .unwrap();
    desk
}

fn open(dir: &Path, seed: u64) -> Desk {
    Desk::open(dir, Box::new(SystemClock), seed)
        .unwrap()
        .with_sync_options(SyncOptions::default())
}

/// `n` events as a learner makes them: lessons opened, time spent, lessons completed,
/// quiz attempts with six answers, now and then a note.
fn record(desk: &Desk, n: usize) {
    let profile = desk.state("en").unwrap().current.unwrap();
    let device = desk.device();
    let start = now_ms() - n as i64 * 40_000;
    for i in 0..n {
        let course = "perceptions-communication-media".to_string();
        let lesson = format!("m{}-l{}", i / 17 % 6 + 1, i / 5 % 3 + 1);
        let at = start + i as i64 * 40_000 + (i as i64 * 7919 % 5000);
        let kind = match i % 12 {
            0 | 4 | 8 => EventKind::LessonOpened { course, lesson },
            1 | 5 | 9 | 10 => EventKind::TimeSpent {
                course,
                lesson,
                seconds: 60 + (i as u32 * 37 % 600),
            },
            2 | 6 => EventKind::LessonCompleted { course, lesson },
            3 => EventKind::QuizAttempted {
                course,
                quiz: format!("m{}-quiz", i / 17 % 6 + 1),
                answers: (1..=6)
                    .map(|q| {
                        (
                            format!("q{q}"),
                            [["a", "b", "c", "d"][(i * q) % 4].to_string()].into(),
                        )
                    })
                    .collect(),
                correct: (i % 7) as u32,
                total: 6,
                passed: i % 7 >= 4,
            },
            7 => EventKind::NoteSaved {
                course,
                lesson,
                text: format!("Follow up with the youth council, item {i}."),
                hlc: Hlc { ms: at, count: 0 },
                bases: vec![],
            },
            _ => EventKind::LessonOpened { course, lesson },
        };
        desk.store().append(profile, device, at, kind).unwrap();
    }
}

fn now_ms() -> i64 {
    SystemClock.now_ms()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

// ---- loopback ----------------------------------------------------------------------

async fn loopback(runs: usize) {
    let data = tempfile::tempdir().unwrap();
    let server = lphm_server::bind(
        lphm_server::ServerConfig::new(lphm_server::BackendConfig::Sled {
            dir: data.path().join("server"),
        }),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let proxy = lphm_test_support::proxy::FaultyProxy::start(server.local_addr()).await;
    let backend = server.backend();
    let learner = lphm_server::admin::add_learner(backend, "Bench", "", now_ms())
        .await
        .unwrap()
        .id;
    let code = || lphm_server::admin::new_code(backend, learner, 1, now_ms());

    let dir_a = tempfile::tempdir().unwrap();
    let a = laptop(dir_a.path(), 1);
    a.enroll(
        &proxy.url(),
        &code().await.unwrap(),
        "a",
        Some(lphm_desk::CONSENT_VERSION),
    )
    .await
    .unwrap();
    record(&a, 12_600);
    let a = reopen(a, dir_a.path(), 1);
    let bytes = || proxy.bytes_up() + proxy.bytes_down();

    let (b0, t0) = (bytes(), Instant::now());
    let report = a.sync_now().await.unwrap();
    let (first_ms, first_bytes) = (ms(t0), bytes() - b0);
    println!(
        "loopback first sync of 12,600 events: {first_ms:.0} ms, {first_bytes} bytes over HTTP ({:.2} bytes/event; bodies {} up, {} down; {} exchanges)",
        first_bytes as f64 / 12_600.0,
        report.bytes_sent,
        report.bytes_received,
        report.exchanges
    );

    let dir_b = tempfile::tempdir().unwrap();
    let b = laptop(dir_b.path(), 2);
    b.enroll(
        &proxy.url(),
        &code().await.unwrap(),
        "b",
        Some(lphm_desk::CONSENT_VERSION),
    )
    .await
    .unwrap();
    let b = reopen(b, dir_b.path(), 2);
    let (b0, t0) = (bytes(), Instant::now());
    let report = b.sync_now().await.unwrap();
    println!(
        "loopback second laptop's first pull of {} events: {:.0} ms, {} bytes over HTTP",
        report.pulled,
        ms(t0),
        bytes() - b0
    );

    let mut times = Vec::new();
    let mut sizes = Vec::new();
    for _ in 0..runs {
        let (b0, t0) = (bytes(), Instant::now());
        let report = a.sync_now().await.unwrap();
        assert_eq!((report.pushed, report.pulled), (0, 0));
        times.push(ms(t0));
        sizes.push((bytes() - b0) as f64);
    }
    println!(
        "loopback sync with nothing new (warm connection, {runs} runs): median {:.2} ms, max {:.2} ms, {:.0} bytes over HTTP",
        median(times.clone()),
        times.iter().cloned().fold(0.0, f64::max),
        median(sizes)
    );
    drop(a);
    drop(b);
    server.shutdown().await.unwrap();
}

/// A desk reopened on the same store: a new HTTP client, so the next sync opens a fresh
/// connection as it would after a connection appears.
fn reopen(desk: Desk, dir: &Path, seed: u64) -> Desk {
    drop(desk);
    open(dir, seed)
}

fn ms(t0: Instant) -> f64 {
    t0.elapsed().as_secs_f64() * 1000.0
}

// ---- through badlink ---------------------------------------------------------------

/// Bytes badlink has seen offered to the link, both ways. The counters are written once
/// a second, so wait for a fresh dump.
async fn wire_bytes(stats: &Path) -> u64 {
    tokio::time::sleep(Duration::from_millis(1_300)).await;
    let text = std::fs::read_to_string(stats).expect("badlink stats file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("badlink stats");
    v["up"]["rx_bytes"].as_u64().unwrap() + v["down"]["rx_bytes"].as_u64().unwrap()
}

async fn enrolled_laptop(dir: &Path, seed: u64, server: &str, code: &str) -> Desk {
    let desk = laptop(dir, seed);
    let mut tries = 0;
    loop {
        match desk
            .enroll(server, code, "bench", Some(lphm_desk::CONSENT_VERSION))
            .await
        {
            Ok(_) => break,
            Err(e) if tries < 5 && lphm_desk::client::is_transient(&e) => tries += 1,
            Err(e) => panic!("enrolling over the link failed: {e:?}"),
        }
    }
    record(&desk, 1_000);
    reopen(desk, dir, seed)
}

async fn link(server: &str, codes: &[String], stats: &Path, runs: usize) {
    let mut times = Vec::new();
    let mut sizes = Vec::new();
    for (run, code) in codes.iter().take(runs).enumerate() {
        let dir = tempfile::tempdir().unwrap();
        let desk = enrolled_laptop(dir.path(), 10 + run as u64, server, code).await;
        let before = wire_bytes(stats).await;
        let t0 = Instant::now();
        let report = desk.sync_now().await.expect("sync over the link");
        let secs = t0.elapsed().as_secs_f64();
        let wire = wire_bytes(stats).await - before;
        println!(
            "link run {}: 1,000 events in {secs:.2} s, {wire} bytes on the wire ({:.1} per event; bodies {} up + {} down, {} exchanges)",
            run + 1,
            wire as f64 / 1000.0,
            report.bytes_sent,
            report.bytes_received,
            report.exchanges
        );
        times.push(secs);
        sizes.push(wire as f64);
    }
    let mut sorted = times.clone();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "link summary ({runs} runs): time p50 {:.2} s (min {:.2}, max {:.2}); bytes on the wire p50 {:.0} ({:.1} per event)",
        median(times),
        sorted[0],
        sorted[sorted.len() - 1],
        median(sizes.clone()),
        median(sizes) / 1000.0
    );
}

async fn blackout(
    server: &str,
    codes: &[String],
    stats: &Path,
    link_start: f64,
    at: f64,
    until: f64,
) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Arc::new(enrolled_laptop(dir.path(), 99, server, &codes[0]).await);
    let waiting = desk.sync_status().unwrap().waiting;
    let before = wire_bytes(stats).await;
    let unix = || now_ms() as f64 / 1000.0;
    let start_at = link_start + at - 1.0;
    assert!(
        unix() < start_at,
        "the set-up took too long for the blackout window"
    );
    tokio::time::sleep(Duration::from_secs_f64(start_at - unix())).await;
    println!(
        "blackout: {waiting} events waiting; the sync starts 1 s before the link is cut for {:.0} s",
        until - at
    );
    let watched = desk.clone();
    let worker = tokio::spawn(lphm_desk::client::run_worker(
        desk.clone(),
        WorkerOptions::default(),
        move |_| {
            let s = watched.sync_status().unwrap();
            let t = now_ms() as f64 / 1000.0 - link_start;
            println!(
                "  attempt ended at {t:.2} s on the link's clock: {} waiting, {}",
                s.waiting,
                s.last_error
                    .map_or("ok".to_string(), |e| e.code().to_string())
            );
        },
    ));
    let back = link_start + until;
    loop {
        let status = desk.sync_status().unwrap();
        if status.waiting == 0 && status.last_error.is_none() && !status.syncing {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let done = unix();
    worker.abort();
    let wire = wire_bytes(stats).await - before;
    println!(
        "blackout: everything acknowledged {:.2} s after the link returned ({:.2} s after the sync started); {wire} bytes on the wire in all",
        done - back,
        done - start_at
    );
}
