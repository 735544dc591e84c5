//! Tests of the durability helpers on a real disk. That the syncs they issue are the ones
//! a power cut needs is proven by the power-cut test over the FUSE file system
//! (`tests/powercut`); these check what can be seen without cutting the power.

use std::path::Path;
use std::time::Duration;

use lphm_durable::{sync_dir, write_file, SledFiles};

#[test]
fn a_sled_flush_through_sled_files_keeps_every_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    {
        let db = sled::Config::new().path(&path).open().unwrap();
        let files = SledFiles::open(&path).unwrap();
        for n in 0u32..200 {
            db.insert(n.to_be_bytes(), vec![n as u8; 100]).unwrap();
            files.flush(&db).unwrap();
        }
        // A value above sled's blob threshold goes to `blobs/`, which sled never syncs.
        db.insert(b"big", vec![7u8; 300 * 1024]).unwrap();
        files.flush(&db).unwrap();
        let blobs: Vec<_> = std::fs::read_dir(path.join("blobs")).unwrap().collect();
        assert!(
            !blobs.is_empty(),
            "a 300 KiB value must be written as a blob file, which SledFiles then syncs"
        );
    }
    let db = open_again(&path);
    assert_eq!(db.len(), 201);
    assert_eq!(db.get(b"big").unwrap().unwrap().len(), 300 * 1024);
}

/// sled finishes closing on a background thread; its file lock tells when.
fn open_again(path: &Path) -> sled::Db {
    lphm_test_support::eventually(Duration::from_secs(5), "sled to reopen", || {
        sled::Config::new().path(path).open()
    })
}

#[test]
fn sled_files_refuse_a_folder_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let err = SledFiles::open(dir.path()).unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
}

#[test]
fn write_file_replaces_whole_files_and_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.lphm-progress");
    let tmp = dir.path().join("progress.part");
    for content in [&b"first version"[..], b"second, longer version", b""] {
        write_file(&path, &tmp, content).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), content);
        assert!(!tmp.exists(), "the temporary file is renamed away");
    }
}

#[test]
fn a_failed_write_file_leaves_the_old_file_and_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keep.txt");
    std::fs::write(&path, b"old").unwrap();
    // The target is a folder now: the rename fails after the temporary was written.
    let target = dir.path().join("a-folder");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("inside"), b"x").unwrap();
    let tmp = dir.path().join("a-folder.part");
    assert!(write_file(&target, &tmp, b"new").is_err());
    assert!(!tmp.exists(), "a failed write removes its temporary file");
    assert_eq!(std::fs::read(&path).unwrap(), b"old");
}

#[test]
fn sync_dir_works_on_folders_and_reports_missing_ones() {
    let dir = tempfile::tempdir().unwrap();
    sync_dir(dir.path()).unwrap();
    // On Windows nothing is opened, so a missing folder is not an error there.
    #[cfg(unix)]
    assert_eq!(
        sync_dir(&dir.path().join("missing")).unwrap_err().kind(),
        std::io::ErrorKind::NotFound
    );
}
