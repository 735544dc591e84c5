//! The server's sled backend through 30 power cuts, with a real laptop syncing to it.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lphm_desk::{Desk, NewProfile};
use lphm_test_support::{eventually_async, TestClock};
use lphm_tests::{event_ids, unique_ids};
use rand::Rng;
use uuid::Uuid;

use crate::{require_fuse, until, wait_for_line};

const CUTS: usize = 30;
const COURSE: &str = "starter-communication";

fn server_bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_powercut-server"))
}

/// Starts the server on `dir`; returns it and its port.
fn serve(dir: &Path, port: u16) -> (Child, u16) {
    let mut child = server_bin()
        .arg("serve")
        .arg(dir)
        .arg(port.to_string())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let line = wait_for_line(&mut child, "listening ");
    let port = line["listening ".len()..].parse().unwrap();
    (child, port)
}

/// What a restarted server holds for `learner`: every event id, with repeats.
fn dump(dir: &Path, learner: Uuid) -> Vec<Uuid> {
    let out = server_bin()
        .arg("dump")
        .arg(dir)
        .arg(learner.to_string())
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert!(out.status.success(), "the server's data must open: {out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["ids"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_str().unwrap().parse().unwrap())
        .collect()
}

/// The ids of the laptop's own events numbered up to `acked`: what the server said it holds.
fn acknowledged(desk: &Desk, profile: Uuid) -> BTreeSet<Uuid> {
    let status = desk.sync_status_of(profile).unwrap();
    let last = desk.store().last_seq(profile, desk.device()).unwrap();
    let acked = last - status.waiting;
    desk.store()
        .events_after(profile, desk.device(), 0, acked as usize)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect()
}

async fn sync_until_nothing_waits(desk: &Desk, profile: Uuid) {
    let what = "the laptop to converge with the restarted server";
    eventually_async(Duration::from_secs(60), what, || async {
        let result = desk.sync_profile(profile).await;
        match desk.sync_status_of(profile).unwrap().waiting {
            0 if result.is_ok() => Ok(()),
            waiting => Err(format!("{waiting} waiting, the last sync: {result:?}")),
        }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushes_acknowledged_by_the_server_survive_power_cuts() {
    require_fuse();
    let mnt = tempfile::tempdir().unwrap();
    let data = mnt.path().join("server");
    let disk = lphm_powercut::Disk::new();

    // The laptop is on a normal disk; only the server's power is cut.
    let laptop_dir = tempfile::tempdir().unwrap();
    let desk = Arc::new(
        Desk::open(
            laptop_dir.path(),
            Box::new(TestClock::new(1_790_000_000_000)),
            5,
        )
        .unwrap(),
    );
    let profile = desk
        .create_profile(NewProfile {
            name: "Thandi".into(),
            authority: "eThekwini".into(),
            role: "Officer".into(),
            lang: "zu".into(),
        })
        .unwrap()
        .id;

    let mount = disk.mount(mnt.path()).unwrap();
    let setup = server_bin().arg("setup").arg(&data).output().unwrap();
    assert!(setup.status.success(), "{setup:?}");
    let setup: serde_json::Value = serde_json::from_slice(&setup.stdout).unwrap();
    let learner: Uuid = setup["learner"].as_str().unwrap().parse().unwrap();
    let (mut server, port) = serve(&data, 0);
    desk.enroll(
        &format!("http://127.0.0.1:{port}"),
        setup["code"].as_str().unwrap(),
        "laptop",
        Some(lphm_desk::CONSENT_VERSION),
    )
    .await
    .expect("enrolls");

    let mut rng = rand::rng();
    let mut acked_at_cuts = 0usize;
    let mut mount = Some(mount);
    for cut in 0..CUTS {
        // The laptop studies and syncs in the background until the power goes.
        let stop = Arc::new(AtomicBool::new(false));
        let pusher = {
            let (desk, stop) = (desk.clone(), stop.clone());
            tokio::spawn(async move {
                let mut n = 0u32;
                while !stop.load(Ordering::SeqCst) {
                    for _ in 0..(1 + n % 40) {
                        desk.record_time(COURSE, "telling-the-story", 5 + n % 50)
                            .unwrap();
                    }
                    n += 1;
                    let _ = desk.sync_profile(profile).await;
                }
            })
        };
        let wait = Duration::from_millis(rng.random_range(100..1_500));
        tokio::task::spawn_blocking(move || until(Instant::now() + wait))
            .await
            .unwrap();
        lphm_powercut::freeze(server.id()).unwrap();
        mount.as_ref().unwrap().cut();
        server.kill().unwrap();
        server.wait().unwrap();
        stop.store(true, Ordering::SeqCst);
        pusher.await.unwrap();
        mount.take().unwrap().unmount().unwrap();

        // The machine comes back: what the server acknowledged must be there.
        mount = Some(disk.mount(mnt.path()).unwrap());
        let acked = acknowledged(&desk, profile);
        let held = dump(&data, learner);
        let held_set = unique_ids(&held, &format!("cut {cut}: the server"));
        let lost: Vec<&Uuid> = acked.difference(&held_set).collect();
        assert!(
            lost.is_empty(),
            "cut {cut}: {} of {} acknowledged events are gone after the cut, e.g. {:?}",
            lost.len(),
            acked.len(),
            lost.first()
        );
        acked_at_cuts = acked.len();

        // The server starts again and the laptop catches up.
        (server, _) = serve(&data, port);
        sync_until_nothing_waits(&desk, profile).await;
    }

    // Stopped for good (no cut): exactly the laptop's events, each once.
    server.kill().unwrap();
    server.wait().unwrap();
    let held = dump(&data, learner);
    mount.take().unwrap().unmount().unwrap();
    let laptop = event_ids(desk.store(), profile);
    let held_set = unique_ids(&held, "the server");
    assert_eq!(
        held_set, laptop,
        "the server and the laptop converge exactly"
    );
    let stats = disk.stats();
    println!(
        "power-cut test (server, sled): {CUTS} cuts, {acked_at_cuts} events acknowledged \
         before the last cut, 0 lost, 0 doubled; {} events converged; {} unsynced bytes \
         dropped by the cuts",
        laptop.len(),
        stats.bytes_dropped
    );
    assert!(
        acked_at_cuts > CUTS,
        "the server must have acknowledged events"
    );
}
