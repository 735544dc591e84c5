//! The laptop store through 100 power cuts.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::Rng;
use serde_json::Value;

use crate::{require_fuse, until};

const CUTS: usize = 100;

/// `powercut-writer check`: the store opened as the next start of the app would.
fn check(store: &std::path::Path, acks: &std::path::Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_powercut-writer"))
        .arg("check")
        .arg(store)
        .arg(acks)
        .stderr(Stdio::inherit())
        .output()
        .expect("run the checker");
    assert!(out.status.success(), "the checker failed: {out:?}");
    serde_json::from_slice(&out.stdout).expect("checker output")
}

#[test]
fn progress_acknowledged_as_saved_survives_power_cuts() {
    require_fuse();
    let mnt = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let acks = outside.path().join("acks");
    let store = mnt.path().join("store");
    let disk = lphm_powercut::Disk::new();
    let mut rng = rand::rng();
    let (mut opened, mut dropping_cuts) = (0usize, 0usize);
    let mut last = Value::Null;
    for cut in 0..=CUTS {
        let mount = disk.mount(mnt.path()).expect("mount the test file system");
        if cut > 0 {
            // The next start after cut number `cut`.
            let report = check(&store, &acks);
            assert_eq!(
                report["opened"], true,
                "cut {cut}: the store must open: {report}"
            );
            opened += 1;
            assert_eq!(
                report["missing"], 0,
                "cut {cut}: events acknowledged as saved are missing: {report}"
            );
            assert_eq!(report["dangling"], 0, "cut {cut}: {report}");
            assert_eq!(report["unindexed"], 0, "cut {cut}: {report}");
            assert_eq!(report["readable_by_sync"], true, "cut {cut}: {report}");
            last = report;
        }
        if cut == CUTS {
            mount.unmount().unwrap();
            break;
        }
        let mut writer = Command::new(env!("CARGO_BIN_EXE_powercut-writer"))
            .arg("write")
            .arg(&store)
            .arg(&acks)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        // From the very start (sled's background fsync has not run yet: the old code lost
        // everything here) to well after its first 500 ms.
        until(Instant::now() + Duration::from_millis(rng.random_range(0..1_200)));
        lphm_powercut::freeze(writer.id()).expect("freeze the writer");
        if mount.cut() > 0 {
            dropping_cuts += 1;
        }
        writer.kill().unwrap();
        writer.wait().unwrap();
        mount.unmount().expect("unmount after the cut");
    }
    let acked = last["acked"].as_u64().unwrap();
    let stats = disk.stats();
    println!(
        "power-cut test (laptop store): {CUTS} cuts, {acked} events acknowledged, 0 missing, \
         0 dangling index entries, store opened {opened} times; {dropping_cuts} cuts dropped \
         unsynced bytes ({} in all), {} fsyncs",
        stats.bytes_dropped, stats.syncs
    );
    assert!(
        acked >= CUTS as u64,
        "the writer must have saved events for the test to mean anything ({acked})"
    );
    assert!(
        dropping_cuts > 0,
        "no cut dropped anything: the file system did not hold back unsynced writes"
    );
}
