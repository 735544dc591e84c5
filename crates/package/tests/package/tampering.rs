//! Files changed after signing, and files the manifest promises but the archive lacks.

use std::io::Read;

use lphm_package::{read_package, FileEntry, PackageError, Sink, Verified};

use crate::craft::{check, package, Parts};
use crate::fixture::{trust, valid_package};

/// The fixture package with the bytes of `path` replaced by `change(old bytes)`, the tar
/// header updated to match: the manifest and its signature are untouched.
fn with_file_changed(path: &str, change: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let parts = Parts::of_course();
    let mut entries = parts.entries();
    change(&mut entries[2 + parts.index(path)].data);
    package(&entries)
}

#[test]
fn a_file_changed_after_signing_with_the_same_size_is_tampered() {
    for path in [
        "course.json",
        "lessons/first-lesson.en.md",
        "quizzes/basics-quiz.json",
        "media/pic.svg",
    ] {
        let first = with_file_changed(path, |b| b[0] ^= 0x20);
        check(&format!("{path}, first byte"), &first, "package-tampered");
        let last = with_file_changed(path, |b| *b.last_mut().unwrap() = b'!');
        check(&format!("{path}, last byte"), &last, "package-tampered");
    }
}

#[test]
fn a_file_whose_size_changed_after_signing_is_tampered() {
    let longer = with_file_changed("lessons/second-lesson.en.md", |b| {
        b.extend_from_slice(b"\n[click me](https://example.org)\n")
    });
    check("longer", &longer, "package-tampered");
    let shorter = with_file_changed("media/pic.svg", |b| b.truncate(b.len() - 1));
    check("shorter", &shorter, "package-tampered");
    let emptied = with_file_changed("quizzes/basics-quiz.json", Vec::clear);
    check("emptied", &emptied, "package-tampered");
}

#[test]
fn a_file_listed_in_the_manifest_but_absent_is_missing() {
    let parts = Parts::of_course();
    let mut entries = parts.entries();
    entries.remove(2 + parts.index("media/pic.svg"));
    check(
        "media/pic.svg left out",
        &package(&entries),
        "package-missing-file",
    );

    let err = lphm_package::verify(&package(&entries)[..], &trust()).unwrap_err();
    assert!(
        matches!(&err, PackageError::MissingFile { path } if path == "media/pic.svg"),
        "names the missing file: {err:?}"
    );

    // Only the signed head: every file is missing.
    check(
        "no files at all",
        &package(&entries[..2]),
        "package-missing-file",
    );
}

/// A sink that reads `take` bytes of each file and ignores the rest.
struct Lazy {
    take: u64,
}

impl Sink for Lazy {
    type Error = PackageError;
    fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
        Ok(())
    }
    fn file(&mut self, _: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
        let mut first = Vec::new();
        data.take(self.take).read_to_end(&mut first)?;
        Ok(())
    }
}

#[test]
fn a_sink_that_stops_reading_early_cannot_skip_the_hash_check() {
    let tampered = with_file_changed("media/pic.svg", |b| *b.last_mut().unwrap() ^= 1);
    for take in [0, 1, 10] {
        let honest = read_package(&valid_package()[..], &trust(), &mut Lazy { take });
        assert!(honest.is_ok(), "take {take}: {honest:?}");
        let err = read_package(&tampered[..], &trust(), &mut Lazy { take }).unwrap_err();
        assert_eq!(err.code(), "package-tampered", "take {take}");
    }
}

#[test]
fn the_sink_is_told_through_its_reader_when_a_file_is_tampered() {
    // The error a sink sees is recognisable, so it can pass it on unchanged.
    struct Probe(Vec<bool>);
    impl Sink for Probe {
        type Error = PackageError;
        fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
            Ok(())
        }
        fn file(&mut self, _: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
            let result = std::io::copy(data, &mut std::io::sink());
            self.0
                .push(result.as_ref().is_err_and(lphm_package::is_package_failure));
            result?;
            Ok(())
        }
    }
    let tampered = with_file_changed("course.json", |b| b[1] ^= 1);
    let mut probe = Probe(Vec::new());
    let err = read_package(&tampered[..], &trust(), &mut probe).unwrap_err();
    assert_eq!(err.code(), "package-tampered");
    assert_eq!(
        probe.0,
        [true],
        "course.json is first and the read stops there"
    );
}
