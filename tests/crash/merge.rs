//! A laptop killed (SIGKILL) while it merges 5,000 events pulled from the server, at random
//! moments, 30 times. After each kill every indexed event is present (older versions left
//! index entries without their event, and then skipped that event on every later pull
//! while showing "synced"), and the next pull brings whatever the merge had not finished.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use lphm_desk::{Desk, NewProfile};
use lphm_server::{BackendConfig, ServerConfig};
use lphm_test_support::{copy_dir, TestClock};
use lphm_tests::{event_ids, unique_ids};
use rand::Rng;
use uuid::Uuid;

const KILLS: usize = 30;
const EVENTS: usize = 5_000;

fn desk(dir: &Path, seed: u64) -> Desk {
    Desk::open(dir, Box::new(TestClock::new(1_790_000_000_000)), seed).unwrap()
}

fn profile(desk: &Desk) -> Uuid {
    desk.create_profile(NewProfile {
        name: "Anna".into(),
        authority: "Płock".into(),
        role: "Officer".into(),
        lang: "pl".into(),
    })
    .unwrap()
    .id
}

/// Runs `crash-syncer` on `dir`; kills it `kill_after` after its sync started (it says
/// when) unless it finished. Returns whether it was killed, and how long the sync ran.
fn sync_in_a_process(dir: &Path, kill_after: Option<Duration>) -> (bool, Duration) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crash-syncer"))
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Kept open until the end: the child prints its report after the sync.
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut started = String::new();
    stdout.read_line(&mut started).unwrap();
    assert_eq!(started.trim(), "syncing", "the sync process did not start");
    let start = Instant::now();
    let Some(after) = kill_after else {
        assert!(child.wait().unwrap().success(), "the sync process failed");
        return (false, start.elapsed());
    };
    let deadline = start + after;
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return (false, start.elapsed());
        }
        std::thread::sleep(Duration::from_millis(1));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    (true, start.elapsed())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_laptop_killed_while_merging_pulled_events_keeps_its_index_whole() {
    let server_dir = tempfile::tempdir().unwrap();
    let server = lphm_server::bind(
        ServerConfig::new(BackendConfig::Sled {
            dir: server_dir.path().join("server"),
        }),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let learner = lphm_server::admin::add_learner(server.backend(), "Anna", "Płock", 0)
        .await
        .unwrap()
        .id;
    let code = || async {
        lphm_server::admin::new_code(server.backend(), learner, 14, lphm_tests_now())
            .await
            .unwrap()
    };

    // Laptop A studied a lot and synced it.
    let a_dir = tempfile::tempdir().unwrap();
    let a = desk(a_dir.path(), 1);
    let a_profile = profile(&a);
    a.enroll(
        &server.url(),
        &code().await,
        "A",
        Some(lphm_desk::CONSENT_VERSION),
    )
    .await
    .unwrap();
    for i in 0..EVENTS {
        a.record_time(
            "starter-communication",
            "telling-the-story",
            1 + i as u32 % 90,
        )
        .unwrap();
    }
    a.sync_now().await.unwrap();
    let a_events = event_ids(a.store(), a_profile);
    assert_eq!(a_events.len(), EVENTS);

    // Laptop B is enrolled and has pulled nothing yet: the state every trial starts from.
    let pristine = tempfile::tempdir().unwrap();
    let b_profile = {
        let b = desk(pristine.path(), 2);
        let id = profile(&b);
        b.enroll(
            &server.url(),
            &code().await,
            "B",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap();
        id
    };

    // How long a whole pull takes here, so the kills land throughout it: the quickest of
    // three, so that a machine busy at that moment does not push the kills past the end.
    let full = (0..3)
        .map(|_| {
            let timing = tempfile::tempdir().unwrap();
            copy_dir(pristine.path(), timing.path());
            sync_in_a_process(timing.path(), None).1
        })
        .min()
        .unwrap();
    // The merge is the last part of that: time it alone on a scratch store, so that half
    // the kills can aim at it (the other half land anywhere in the sync).
    let merge_time = {
        let scratch = tempfile::tempdir().unwrap();
        let store = lphm_store::Store::open(scratch.path()).unwrap();
        let events = a.store().events(a_profile).unwrap();
        let start = Instant::now();
        assert_eq!(store.merge_events(b_profile, &events).unwrap(), EVENTS);
        start.elapsed()
    };

    let mut rng = rand::rng();
    let (mut killed, mut none, mut all) = (0, 0, 0);
    for trial in 0..KILLS {
        let trial_dir = tempfile::tempdir().unwrap();
        copy_dir(pristine.path(), trial_dir.path());
        let after = if trial % 2 == 0 {
            full.mul_f64(rng.random_range(0.05..1.0))
        } else {
            full.saturating_sub(merge_time.mul_f64(rng.random_range(0.0..2.0)))
        };
        if sync_in_a_process(trial_dir.path(), Some(after)).0 {
            killed += 1;
        }
        let b = desk(trial_dir.path(), 2);
        let index = b.store().check_index().unwrap();
        assert_eq!(
            (index.dangling, index.unindexed),
            (0, 0),
            "trial {trial}: after a kill {after:?} into the sync, the index and the events disagree: {index:?}"
        );
        // Each pulled page is merged in one transaction: a kill leaves all of it or none.
        match index.events {
            0 => none += 1,
            EVENTS => all += 1,
            _ => {}
        }
        // The next pull brings the rest, and nothing twice.
        b.sync_now().await.unwrap();
        let held: Vec<Uuid> = b
            .store()
            .events(b_profile)
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect();
        let held_set = unique_ids(&held, &format!("trial {trial}: the laptop"));
        assert_eq!(
            held_set, a_events,
            "trial {trial}: the laptop must end with every event"
        );
    }
    println!(
        "kill during merge: {KILLS} trials, {killed} killed mid-sync (after the kill: {none} held \
         none of the {EVENTS} events, {all} all of them, {} part), 0 dangling index entries, \
         every later pull complete \
         (a whole pull takes {full:?} here, of which the merge {merge_time:?})",
        KILLS - none - all
    );
    assert!(
        killed >= KILLS / 2,
        "most trials must kill the sync before it ends ({killed})"
    );
    server.shutdown().await.unwrap();
}

fn lphm_tests_now() -> i64 {
    lphm_desk::Clock::now_ms(&lphm_desk::SystemClock)
}
