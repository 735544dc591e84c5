//! Benchmark: how fast the sync server stores events, on sled and on PostgreSQL. For each
//! backend: PUSHES pushes of EVENTS events over loopback HTTP from DEVICES devices at once
//! (each device pushing in turn), then the same number of events stored straight through
//! the backend. Prints events per second; asserts nothing about time.
//!
//! `bench-server [PUSHES] [EVENTS] [DEVICES]` (default 50 1000 5). Sled works under
//! `target/bench-server`; PostgreSQL is a private cluster with fsync on (the harness's).

use std::path::Path;
use std::time::Instant;

use lphm_progress::{Event, EventKind};
use lphm_server::{admin, Backend, BackendConfig, Clock, ServerConfig, SystemClock};
use lphm_sync::protocol::{
    EnrollRequest, EnrollResponse, SyncRequest, SyncResponse, MAX_UNPACKED, PACKED,
};
use lphm_sync::wire::{self, Block};
use uuid::Uuid;

fn events(device: Uuid, seqs: std::ops::RangeInclusive<u64>) -> Vec<Event> {
    seqs.map(|seq| Event {
        id: Event::derived_id(device, seq),
        profile: Uuid::nil(),
        device,
        seq,
        at_ms: 1_704_067_200_000 + seq as i64 * 1_000,
        kind: match seq % 3 {
            0 => EventKind::LessonOpened {
                course: format!("course-{}", seq % 4),
                lesson: format!("lesson-{}", seq % 40),
            },
            1 => EventKind::TimeSpent {
                course: format!("course-{}", seq % 4),
                lesson: format!("lesson-{}", seq % 40),
                seconds: (seq % 600) as u32,
            },
            _ => EventKind::LessonCompleted {
                course: format!("course-{}", seq % 4),
                lesson: format!("lesson-{}", seq % 40),
            },
        },
    })
    .collect()
}

fn main() {
    let args: Vec<u64> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let pushes = args.first().copied().unwrap_or(50);
    let per_push = args.get(1).copied().unwrap_or(1000);
    let devices = args.get(2).copied().unwrap_or(5).max(1);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    println!("{pushes} pushes x {per_push} events from {devices} devices");

    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench-server");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let sled = BackendConfig::Sled {
        dir: root.join("sled"),
    };
    runtime.block_on(bench("sled", sled, pushes, per_push, devices));

    let cluster = lphm_test_support::postgres::PgCluster::start(true);
    let pg = BackendConfig::Postgres {
        url: cluster.create_database(),
    };
    runtime.block_on(bench("postgres", pg, pushes, per_push, devices));
}

async fn bench(name: &str, storage: BackendConfig, pushes: u64, per_push: u64, devices: u64) {
    let server = lphm_server::bind(ServerConfig::new(storage), "127.0.0.1:0".parse().unwrap())
        .await
        .unwrap();
    let backend = server.backend().clone();
    let http = reqwest::Client::new();
    let learner = admin::add_learner(&backend, "Bench", "", 0).await.unwrap();

    // Over HTTP: each device pushes its share in turn; the devices run at once.
    let mut tokens = Vec::new();
    for _ in 0..devices {
        let code = admin::new_code(&backend, learner.id, 1, SystemClock.now_ms())
            .await
            .unwrap();
        let device = Uuid::new_v4();
        let res: EnrollResponse = http
            .post(format!("{}/v1/enroll", server.url()))
            .json(&EnrollRequest {
                code,
                device,
                device_name: "bench".into(),
                device_key: "07".repeat(32),
                proof: String::new(),
            })
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        tokens.push((device, res.token));
    }
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (i, (device, token)) in tokens.into_iter().enumerate() {
        let share = pushes / devices + u64::from((i as u64) < pushes % devices);
        let (http, url) = (http.clone(), format!("{}/v1/sync", server.url()));
        tasks.push(tokio::spawn(async move {
            for p in 0..share {
                let batch = events(device, p * per_push + 1..=(p + 1) * per_push);
                let body = wire::pack(&SyncRequest {
                    push: Block::encode(&batch),
                    // Pushes only: one event pulled at most.
                    pull_after: 0,
                    pull_limit: 1,
                    pull_check: 0,
                    relay: Default::default(),
                });
                let res = http
                    .post(&url)
                    .bearer_auth(&token)
                    .header("content-type", PACKED)
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                assert!(res.status().is_success(), "{}", res.status());
                let answer: SyncResponse =
                    wire::unpack(&res.bytes().await.unwrap(), MAX_UNPACKED).unwrap();
                assert_eq!(answer.acked, (p + 1) * per_push);
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let http_secs = started.elapsed().as_secs_f64();

    // Straight into the backend, one device, the same number of events.
    let direct = admin::add_learner(&backend, "Direct", "", 0).await.unwrap();
    let device = Uuid::new_v4();
    backend
        .register_device(lphm_server::model::Device {
            learner: direct.id,
            device,
            name: "bench".into(),
            key: [7; 32],
            created_ms: 0,
            revoked: false,
            last_sync_ms: None,
            acked: 0,
            forked_from: None,
        })
        .await
        .unwrap();
    let started = Instant::now();
    for p in 0..pushes {
        let batch = events(device, p * per_push + 1..=(p + 1) * per_push);
        backend.ingest(direct.id, batch).await.unwrap();
    }
    let direct_secs = started.elapsed().as_secs_f64();
    let total = (pushes * per_push) as f64;
    println!(
        "{name:>8}: HTTP {:>9.0} events/s ({http_secs:.2} s)   direct ingest {:>9.0} events/s ({direct_secs:.2} s)",
        total / http_secs,
        total / direct_secs
    );
    check(&backend, learner.id, pushes * per_push).await;
    server.shutdown().await.unwrap();
}

/// Everything pushed is there (a benchmark that lost data would measure nothing).
async fn check(backend: &Backend, learner: Uuid, expected: u64) {
    let stored = backend.events(learner).await.unwrap().len() as u64;
    assert_eq!(stored, expected);
}
