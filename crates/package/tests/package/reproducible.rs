//! `pack` is reproducible: the same course gives the same bytes, whatever the folder's
//! location, file times, permissions, creation order or editor litter.

use std::fs;
use std::time::{Duration, SystemTime};

use crate::fixture::{course, course_files, pack_dir, publisher, stranger, write_files};

#[test]
fn packing_the_same_folder_twice_gives_identical_bytes() {
    let dir = course();
    let first = pack_dir(dir.path(), &publisher()).unwrap();
    let second = pack_dir(dir.path(), &publisher()).unwrap();
    assert!(first == second, "two packs of one folder differ");
}

#[test]
fn a_copy_made_differently_packs_to_identical_bytes() {
    let original = pack_dir(course().path(), &publisher()).unwrap();

    // Same files, written in reverse order, with other times and modes, plus litter
    // that is not part of the course.
    let copy = tempfile::tempdir().unwrap();
    let mut files = course_files();
    files.reverse();
    write_files(copy.path(), &files);
    write_files(
        copy.path(),
        &[("media/.DS_Store", "litter"), ("notes.txt", "not course")],
    );
    for (i, (path, _)) in files.iter().enumerate() {
        let path = copy.path().join(path);
        let when = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000 * (i as u64 + 1));
        fs::File::options()
            .write(true)
            .open(&path)
            .unwrap()
            .set_modified(when)
            .unwrap();
        set_mode(&path, i);
    }

    let again = pack_dir(copy.path(), &publisher()).unwrap();
    assert!(original == again, "a copy of the course packs differently");
}

#[test]
fn a_changed_course_or_another_key_gives_other_bytes() {
    // The reproducibility above is not an accident of, say, ignoring the contents.
    let dir = course();
    let original = pack_dir(dir.path(), &publisher()).unwrap();
    assert_ne!(original, pack_dir(dir.path(), &stranger()).unwrap());
    write_files(
        dir.path(),
        &[("lessons/second-lesson.en.md", "# Changed\n")],
    );
    assert_ne!(original, pack_dir(dir.path(), &publisher()).unwrap());
}

/// Gives the `i`-th file different permissions: a Unix mode, or on Windows (which has
/// only the read-only flag) read-only for every other file.
#[cfg(unix)]
fn set_mode(path: &std::path::Path, i: usize) {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(0o600 + i as u32)).unwrap();
}

#[cfg(windows)]
fn set_mode(path: &std::path::Path, i: usize) {
    let mut permissions = fs::metadata(path).unwrap().permissions();
    permissions.set_readonly(i % 2 == 1);
    fs::set_permissions(path, permissions).unwrap();
}
