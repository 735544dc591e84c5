//! The first two entries: where they must be, what the signed manifest must say, and
//! files that are not packages at all.

use lphm_package::{PackageManifest, MANIFEST_NAME, SIGNATURE_NAME};
use tar::EntryType;

use crate::craft::{check, gzip, head, head_signed_by, manifest_json, package, tar, Entry, Parts};
use crate::fixture::{stranger, valid_package};

/// A package whose manifest is `manifest_bytes` exactly, signed by the publisher, followed
/// by the fixture's files.
fn signed_manifest(manifest_bytes: &[u8]) -> Vec<u8> {
    let mut entries = head(manifest_bytes);
    entries.extend(Parts::of_course().file_entries());
    package(&entries)
}

/// An edit to a manifest's JSON.
type JsonChange = fn(&mut serde_json::Value);

/// The fixture manifest as JSON, changed by `change`, then signed.
fn signed_json(change: impl Fn(&mut serde_json::Value)) -> Vec<u8> {
    let mut json = serde_json::to_value(&Parts::of_course().manifest).unwrap();
    change(&mut json);
    signed_manifest(&serde_json::to_vec_pretty(&json).unwrap())
}

#[test]
fn a_malformed_manifest_is_refused_once_its_signature_checks_out() {
    for bytes in [
        &b""[..],
        b"{",
        b"not json at all",
        b"[]",
        br#"{"format": 1}"#,
        br#"{"format": "1"}"#,
        b"\xff\xfe{}",
    ] {
        check(
            &String::from_utf8_lossy(bytes),
            &signed_manifest(bytes),
            "package-bad-manifest",
        );
    }
    let rows: [(&str, JsonChange); 7] = [
        ("unknown field", |j| j["extra"] = 1.into()),
        ("no files", |j| j["files"] = serde_json::json!([])),
        ("course.json not listed", |j| {
            let files = j["files"].as_array_mut().unwrap();
            files.retain(|f| f["path"] != "course.json");
        }),
        ("short sha256", |j| j["files"][0]["sha256"] = "abc".into()),
        ("uppercase sha256", |j| {
            let upper = j["files"][0]["sha256"].as_str().unwrap().to_uppercase();
            j["files"][0]["sha256"] = upper.into();
        }),
        ("negative size", |j| j["files"][0]["size"] = (-1).into()),
        ("unknown file field", |j| {
            j["files"][0]["mode"] = 0o755.into()
        }),
    ];
    for (what, change) in rows {
        check(what, &signed_json(change), "package-bad-manifest");
    }
}

#[test]
fn the_manifest_is_only_parsed_after_the_signature_is_checked() {
    // Garbage signed by a stranger is reported as an unknown key, not as a bad manifest:
    // nothing in it was looked at.
    let mut entries = head_signed_by(b"{", &stranger());
    entries.extend(Parts::of_course().file_entries());
    check(
        "garbage by a stranger",
        &package(&entries),
        "package-unknown-key",
    );
}

#[test]
fn a_manifest_listing_the_same_path_twice_is_refused() {
    let mut manifest = Parts::of_course().manifest;
    let pic = manifest.file("media/pic.svg").unwrap().clone();
    manifest.files.push(pic);
    check(
        "media/pic.svg twice",
        &signed_manifest(&manifest_json(&manifest)),
        "package-bad-manifest",
    );
    let mut manifest = Parts::of_course().manifest;
    let mut other_hash = manifest.files[0].clone();
    other_hash.sha256 = "0".repeat(64);
    manifest.files.insert(0, other_hash);
    check(
        "course.json twice, two hashes",
        &signed_manifest(&manifest_json(&manifest)),
        "package-bad-manifest",
    );
}

#[test]
fn a_manifest_listing_an_unsafe_path_is_refused() {
    for path in [
        "../course.json",
        "/etc/passwd",
        "media\\pic.svg",
        "notes.txt",
        "media/a b.svg",
    ] {
        let mut manifest: PackageManifest = Parts::of_course().manifest;
        manifest.files[1].path = path.into();
        check(
            path,
            &signed_manifest(&manifest_json(&manifest)),
            "package-unsafe-entry",
        );
    }
    let mut manifest = Parts::of_course().manifest;
    manifest.files[1].path = format!("media/{}.svg", "a".repeat(200));
    check(
        "a path over the length cap",
        &signed_manifest(&manifest_json(&manifest)),
        "package-unsafe-entry",
    );
}

#[test]
fn an_unsupported_format_version_is_reported_as_such() {
    for format in [0, 2, 99] {
        check(
            &format!("format {format}"),
            &signed_json(|j| j["format"] = format.into()),
            "package-unsupported-format",
        );
    }
    // A newer format may change everything else too: the version is read on its own.
    check(
        "format 2, new shape",
        &signed_manifest(br#"{"format": 2, "chapters": ["a new layout"]}"#),
        "package-unsupported-format",
    );
}

#[test]
fn the_manifest_and_signature_must_come_first_in_that_order() {
    let parts = Parts::of_course();
    let good = parts.entries();
    let (manifest, sig) = (good[0].clone(), good[1].clone());
    let files = parts.file_entries();

    let mut swapped = vec![sig.clone(), manifest.clone()];
    swapped.extend(files.clone());
    let mut file_first = vec![files[0].clone(), manifest.clone(), sig.clone()];
    file_first.extend(files[1..].iter().cloned());
    let mut signature_late = vec![manifest.clone(), files[0].clone(), sig.clone()];
    signature_late.extend(files[1..].iter().cloned());
    let renamed = {
        let mut e = good.clone();
        e[0].name = format!("./{MANIFEST_NAME}").into_bytes();
        e
    };
    let as_directory = {
        let mut e = good.clone();
        e[0].kind = EntryType::Directory;
        e
    };
    let as_symlink = {
        let mut e = good.clone();
        e[1] = Entry::link(SIGNATURE_NAME, EntryType::Symlink, "/tmp/sig");
        e
    };

    for (what, entries) in [
        ("signature before manifest", swapped),
        ("a file before the manifest", file_first),
        ("a file between manifest and signature", signature_late),
        ("manifest under another name", renamed),
        ("manifest as a directory", as_directory),
        ("signature as a symlink", as_symlink),
        ("manifest alone", vec![manifest]),
        ("no entries at all", vec![]),
    ] {
        check(what, &package(&entries), "package-not-a-package");
    }
}

#[test]
fn files_that_are_not_gzip_are_not_packages() {
    let valid = valid_package();
    let plain_tar = tar(&Parts::of_course().entries(), 0);
    let noise: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    for (what, bytes, expected) in [
        ("random bytes", noise, "package-not-a-package"),
        (
            "plain text",
            b"Hello, this is a lesson, not a package.\n".to_vec(),
            "package-not-a-package",
        ),
        (
            "a zip file",
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00rest".to_vec(),
            "package-not-a-package",
        ),
        ("an uncompressed tar", plain_tar, "package-not-a-package"),
        ("gzip of nothing", gzip(b""), "package-not-a-package"),
        // Nothing there, or only the start of a gzip header: the file was cut short.
        ("an empty file", Vec::new(), "package-truncated"),
        (
            "the gzip magic alone",
            valid[..2].to_vec(),
            "package-truncated",
        ),
    ] {
        check(what, &bytes, expected);
    }
}

#[test]
fn a_gzip_file_holding_something_other_than_a_tar_is_refused() {
    // A gzip stream that holds no tar at all: a short text, or a block of text whose tar
    // header checksum cannot match. Damage, never "the file could not be read" (the tar
    // crate reports malformed blocks as `io::ErrorKind::Other`; the reader must still call
    // them damage).
    let text = "Hello, this is a lesson, not a package.\n".repeat(40);
    for (what, bytes) in [
        ("gzip of a short text", gzip(b"Hello, not a tar.\n")),
        ("gzip of a longer text", gzip(text.as_bytes())),
    ] {
        match lphm_package::verify(&bytes[..], &crate::fixture::trust()) {
            Ok(_) => panic!("{what} verified"),
            Err(e) => assert!(e.code() == "package-not-a-package", "{what}: {e}"),
        }
    }
}
