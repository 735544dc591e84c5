//! Archive bombs and oversized parts: sizes are checked against the caps in
//! `lphm_package::limits` before anything is read, header sizes must equal the signed
//! ones, and a flood of zeros after the archive is refused without being inflated.

use lphm_package::{limits, verify, FileEntry, MANIFEST_NAME, SIGNATURE_NAME};

use crate::craft::{check, gzip, head, manifest_json, package, sign, tar, Entry, Parts};
use crate::fixture::{read_all, trust, Trickle};

/// The fixture course with `change` applied to its manifest, signed by the publisher;
/// the archive still holds the original files.
fn with_manifest(change: impl Fn(&mut Vec<FileEntry>)) -> Vec<u8> {
    let parts = Parts::of_course();
    let mut manifest = parts.manifest.clone();
    change(&mut manifest.files);
    let mut entries = head(&manifest_json(&manifest));
    entries.extend(parts.file_entries());
    package(&entries)
}

fn declared(path: &str, size: u64) -> FileEntry {
    FileEntry {
        path: path.into(),
        size,
        sha256: "0".repeat(64),
    }
}

#[test]
fn a_file_declared_larger_than_the_file_cap_is_too_large() {
    for size in [limits::FILE_BYTES + 1, u64::MAX] {
        let package = with_manifest(|files| files.push(declared("media/huge.bin", size)));
        check(&format!("declares {size}"), &package, "package-too-large");
    }
    // Exactly at the cap is allowed by the manifest check; the archive then lacks it.
    let at_cap = with_manifest(|files| files.push(declared("media/huge.bin", limits::FILE_BYTES)));
    check("at the cap", &at_cap, "package-missing-file");
}

#[test]
fn files_declared_larger_than_the_total_cap_together_are_too_large() {
    let per_file = limits::FILE_BYTES;
    let count = limits::TOTAL_BYTES / per_file + 1;
    let package = with_manifest(|files| {
        for i in 0..count {
            files.push(declared(&format!("media/part-{i}.bin"), per_file));
        }
    });
    check("total over the cap", &package, "package-too-large");
}

#[test]
fn a_tar_header_size_that_differs_from_the_signed_size_is_tampered() {
    let parts = Parts::of_course();
    let i = parts.index("media/pic.svg");
    let real = parts.files[i].1.len() as u64;
    for claimed in [
        real + 1,
        real - 1,
        0,
        limits::FILE_BYTES + 1,
        8 * 1024 * 1024 * 1024 * 1024, // more than the octal field holds
    ] {
        let mut entries = parts.entries();
        entries[2 + i] = entries[2 + i].clone().claiming(claimed);
        check(
            &format!("header claims {claimed}"),
            &package(&entries),
            "package-tampered",
        );
    }
}

#[test]
fn a_flood_of_zeros_after_the_archive_is_refused_without_inflating_it() {
    let entries = Parts::of_course().entries();
    let flood = gzip(&tar(&entries, 10 * 1024 * 1024));
    assert!(
        flood.len() < 100 * 1024,
        "10 MiB of zeros compress to {} bytes",
        flood.len()
    );
    check("10 MiB of zeros", &flood, "package-too-large");

    // Handing out the file a little at a time shows how much of it the reader pulled in:
    // it stops soon after the cap, far before the end of the compressed stream.
    let mut input = Trickle::new(&flood, 64);
    let err = verify(&mut input, &trust()).unwrap_err();
    assert_eq!(err.code(), "package-too-large");
    assert!(
        input.taken < flood.len() / 2,
        "read {} of {} compressed bytes",
        input.taken,
        flood.len()
    );
}

#[test]
fn the_trailer_cap_is_exact() {
    // After the first end-of-archive block come the second (512 bytes) and any padding.
    let entries = Parts::of_course().entries();
    let padding = (limits::TRAILER_BYTES - 512) as usize;
    let (at_cap, _) = read_all(&gzip(&tar(&entries, padding)));
    assert!(
        at_cap.is_ok(),
        "record padding up to the cap is normal: {at_cap:?}"
    );
    check(
        "one byte over",
        &gzip(&tar(&entries, padding + 1)),
        "package-too-large",
    );
    // GNU tar pads to 10240-byte records: such packages read fine.
    let (gnu, _) = read_all(&gzip(&tar(&entries, 10240 - 1024)));
    gnu.unwrap();
}

#[test]
fn a_manifest_larger_than_its_cap_is_too_large() {
    let parts = Parts::of_course();
    let manifest = manifest_json(&parts.manifest);

    // A header that claims too much, over a few real bytes: refused before reading.
    let mut entries = parts.entries();
    entries[0] = Entry::file(MANIFEST_NAME, manifest.clone()).claiming(limits::MANIFEST_BYTES + 1);
    check("header claims", &package(&entries), "package-too-large");

    // A real, signed manifest padded past the cap with JSON whitespace.
    let mut big = manifest.clone();
    big.resize(limits::MANIFEST_BYTES as usize + 1, b' ');
    let mut entries = head(&big);
    entries.extend(parts.file_entries());
    check("real bytes", &package(&entries), "package-too-large");

    // At the cap it is read (and is still the same manifest to serde).
    let mut at_cap = manifest.clone();
    at_cap.resize(limits::MANIFEST_BYTES as usize, b' ');
    let mut entries = head(&at_cap);
    entries.extend(parts.file_entries());
    let (result, _) = read_all(&package(&entries));
    assert_eq!(result.unwrap().manifest, parts.manifest);
}

#[test]
fn a_signature_larger_than_its_cap_is_too_large() {
    let parts = Parts::of_course();
    let manifest = manifest_json(&parts.manifest);
    let mut sig = sign(&manifest, &crate::fixture::publisher());
    sig.resize(limits::SIGNATURE_BYTES as usize + 1, b' ');
    let mut entries = parts.entries();
    entries[1] = Entry::file(SIGNATURE_NAME, sig);
    check("padded signature", &package(&entries), "package-too-large");

    let mut entries = parts.entries();
    entries[1] = entries[1].clone().claiming(u64::from(u32::MAX));
    check("header claims", &package(&entries), "package-too-large");
}
