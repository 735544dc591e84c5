//! Archive entries that are not plain course files: escaping or absolute paths, links,
//! devices, tar extension records, files the signed manifest does not list, and files
//! that appear twice. Each is refused as `package-unsafe-entry`.

use tar::EntryType;

use crate::craft::{check, package, Entry, Parts};
use crate::fixture::read_all;

/// The valid fixture package with `extra` inserted right after the signature, so it is
/// the first entry the reader meets after checking the signature.
fn with_first(extra: Entry) -> Vec<u8> {
    let mut entries = Parts::of_course().entries();
    entries.insert(2, extra);
    package(&entries)
}

/// The valid fixture package with `extra` after all of its files.
fn with_last(extra: Entry) -> Vec<u8> {
    let mut entries = Parts::of_course().entries();
    entries.push(extra);
    package(&entries)
}

#[track_caller]
fn check_unsafe(what: &str, extra: Entry) {
    check(what, &with_first(extra.clone()), "package-unsafe-entry");
    check(
        &format!("{what} (last)"),
        &with_last(extra),
        "package-unsafe-entry",
    );
}

#[test]
fn paths_that_climb_out_are_refused() {
    for name in [
        "../evil.md",
        "lessons/../../evil.md",
        "media/../../../home/user/.bashrc",
        "lessons/./first-lesson.en.md",
        "lessons//first-lesson.en.md",
        "..",
    ] {
        check_unsafe(name, Entry::file(name, b"x".to_vec()));
    }
}

#[test]
fn absolute_paths_are_refused() {
    for name in [
        "/etc/passwd",
        "/course.json",
        "C:/Windows/evil.md",
        "c:evil.md",
    ] {
        check_unsafe(name, Entry::file(name, b"x".to_vec()));
    }
}

#[test]
fn backslashes_are_refused() {
    for name in [
        "lessons\\evil.md",
        "..\\..\\evil.md",
        "media\\pic.svg",
        "\\etc\\passwd",
    ] {
        check_unsafe(name, Entry::file(name, b"x".to_vec()));
    }
}

#[test]
fn names_outside_the_course_layout_are_refused() {
    for name in [
        &b"media/\xff.svg"[..],
        b"media/pic .svg",
        b"media/<pic>.svg",
        b"notes.txt",
        b"lessons",
        b"",
    ] {
        check_unsafe(
            &String::from_utf8_lossy(name),
            Entry::file(name, b"x".to_vec()),
        );
    }
}

#[test]
fn symbolic_links_are_refused() {
    for (name, target) in [
        ("media/pic.svg", "/etc/passwd"),
        ("media/other.svg", "../../../etc/passwd"),
        ("media/same.svg", "pic.svg"),
    ] {
        check_unsafe(name, Entry::link(name, EntryType::Symlink, target));
    }
}

#[test]
fn hard_links_are_refused() {
    for (name, target) in [
        ("media/pic.svg", "course.json"),
        ("media/passwd.svg", "/etc/passwd"),
        ("lessons/x.en.md", "../../x"),
    ] {
        check_unsafe(name, Entry::link(name, EntryType::Link, target));
    }
}

#[test]
fn devices_fifos_and_tar_extension_records_are_refused() {
    for (what, entry) in [
        ("char device", Entry::of_kind("media/tty", EntryType::Char)),
        (
            "block device",
            Entry::of_kind("media/sda", EntryType::Block),
        ),
        ("fifo", Entry::of_kind("media/pipe", EntryType::Fifo)),
        (
            "GNU long name",
            Entry {
                kind: EntryType::GNULongName,
                ..Entry::file("././@LongLink", format!("media/{}.svg\0", "a".repeat(300)))
            },
        ),
        (
            "PAX header",
            Entry {
                kind: EntryType::XHeader,
                ..Entry::file("PaxHeaders/pic.svg", "30 path=../../../etc/passwd\n")
            },
        ),
        (
            "PAX global header",
            Entry {
                kind: EntryType::XGlobalHeader,
                ..Entry::file("pax_global_header", "22 path=/etc/passwd\n")
            },
        ),
        (
            "directory climbing out",
            Entry::of_kind("../", EntryType::Directory),
        ),
        (
            "absolute directory",
            Entry::of_kind("/tmp/", EntryType::Directory),
        ),
    ] {
        check_unsafe(what, entry);
    }
}

#[test]
fn a_file_the_manifest_does_not_list_is_refused() {
    let parts = Parts::of_course();
    for name in [
        "media/extra.svg",
        "lessons/hidden.en.md",
        "quizzes/extra.json",
    ] {
        check_unsafe(name, Entry::file(name, b"x".to_vec()));
    }
    // Same bytes as a listed file, under a name the manifest does not have.
    let pic = parts.files[parts.index("media/pic.svg")].1.clone();
    check_unsafe("copy of pic.svg", Entry::file("media/pic2.svg", pic));
}

#[test]
fn a_file_that_appears_twice_is_refused() {
    let parts = Parts::of_course();
    for (path, bytes) in &parts.files {
        // The second copy carries the very same, correctly signed bytes.
        let twice = with_last(Entry::file(path, bytes.clone()));
        check(&format!("{path} twice"), &twice, "package-unsafe-entry");
    }
}

#[test]
fn directory_entries_inside_the_course_are_harmless() {
    let mut entries = Parts::of_course().entries();
    for dir in ["media/", "lessons/", "quizzes/sub/"] {
        entries.insert(2, Entry::of_kind(dir, EntryType::Directory));
    }
    let (result, sink) = read_all(&package(&entries));
    let verified = result.unwrap();
    assert_eq!(sink.files.len(), verified.manifest.files.len());
}
