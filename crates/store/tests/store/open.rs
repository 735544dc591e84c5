//! Opening a store: a second instance, damage and unreadable folders are reported, and
//! nothing that was on disk is deleted or rewritten.

use std::collections::BTreeMap;
use std::path::Path;

use lphm_store::{OpenError, Store};
use uuid::Uuid;

use crate::progress::event;

/// Every file under `dir` with its bytes, to prove a failed open changed nothing.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap().display().to_string();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn store_with_progress(dir: &Path) {
    let store = Store::open(dir).unwrap();
    for n in 0..50 {
        store
            .record(&event(Uuid::from_u128(1), n, n as i64))
            .unwrap();
    }
}

#[test]
fn a_second_open_while_the_first_runs_is_refused_as_locked() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::open(dir.path()).unwrap();
    let err = Store::open(dir.path()).unwrap_err();
    assert!(matches!(err, OpenError::Locked { .. }), "{err:?}");
    assert_eq!(err.code(), "store-locked");
    assert_eq!(err.path(), dir.path());
    drop(first);
    Store::open(dir.path()).expect("the lock is released when the first store closes");
}

#[test]
fn a_folder_that_is_a_file_is_reported_unreadable() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("data");
    std::fs::write(&file, b"not a folder").unwrap();
    let err = Store::open(&file).unwrap_err();
    assert_eq!(err.code(), "store-unreadable", "{err:?}");
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");
    let err = Store::open(&file.join("below")).unwrap_err();
    assert_eq!(err.code(), "store-unreadable", "{err:?}");
}

/// `damage` is applied to a store holding progress; opening must report it as damage and
/// leave every byte as it was.
fn check_damage_reported(damage: impl Fn(&Path)) {
    let dir = tempfile::tempdir().unwrap();
    store_with_progress(dir.path());
    damage(dir.path());
    let before = snapshot(dir.path());
    let err = Store::open(dir.path()).unwrap_err();
    assert_eq!(err.code(), "store-corrupt", "{err:?}");
    let after = snapshot(dir.path());
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert!(before == after, "a failed open must not change any file");
}

#[test]
fn garbage_over_the_database_is_reported_and_left_alone() {
    check_damage_reported(|dir| {
        let db = dir.join("db/db");
        let len = std::fs::metadata(&db).unwrap().len() as usize;
        std::fs::write(&db, vec![0xA5; len]).unwrap();
    });
}

#[test]
fn a_damaged_configuration_is_reported_and_left_alone() {
    check_damage_reported(|dir| std::fs::write(dir.join("db/conf"), b"\x00\x01garbage").unwrap());
}

#[test]
fn a_store_from_a_newer_schema_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    {
        let db = sled::open(dir.path().join("db")).unwrap();
        db.open_tree("meta")
            .unwrap()
            .insert("schema", &99u32.to_be_bytes())
            .unwrap();
        db.flush().unwrap();
    }
    let err = Store::open(dir.path()).unwrap_err();
    assert!(
        matches!(err, OpenError::NewerSchema { found: 99, .. }),
        "{err:?}"
    );
}

#[test]
fn a_creation_cut_short_leaves_nothing_that_reads_as_damage() {
    let dir = tempfile::tempdir().unwrap();
    // What a crash in the middle of creating a store leaves: a half-made side folder.
    std::fs::create_dir_all(dir.path().join("db.new")).unwrap();
    std::fs::write(dir.path().join("db.new/db"), b"half written").unwrap();
    let store = Store::open(dir.path()).expect("a fresh store is made");
    assert!(!dir.path().join("db.new").exists());
    store.record(&event(Uuid::from_u128(1), 1, 1)).unwrap();
    drop(store);
    assert_eq!(Store::open(dir.path()).unwrap().event_count(), 1);
}
