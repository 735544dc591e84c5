//! An honest package: what `pack` writes is what `verify` and `read_package` give back,
//! file for file and byte for byte, laid out as the format says.

use std::io::Read;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use flate2::read::GzDecoder;
use lphm_package::{
    read_package, verify, FileEntry, PackageError, ProgressReader, Sink, Verified, MANIFEST_NAME,
    PACKAGE_FORMAT, SIGNATURE_NAME,
};
use sha2::{Digest, Sha256};

use crate::craft::manifest_json;
use crate::fixture::{self, course, pack_dir, publisher, read_all, trust, Trickle};

/// The entries of a package as (name, bytes), in archive order.
fn unpack(package: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = tar::Archive::new(GzDecoder::new(package));
    archive
        .entries()
        .unwrap()
        .map(|e| {
            let mut e = e.unwrap();
            let name = e.path().unwrap().to_string_lossy().into_owned();
            let mut bytes = Vec::new();
            e.read_to_end(&mut bytes).unwrap();
            (name, bytes)
        })
        .collect()
}

#[test]
fn verify_returns_the_manifest_pack_signed() {
    let dir = course();
    let mut package = Vec::new();
    let packed = lphm_package::pack(dir.path(), &publisher(), &mut package).unwrap();
    let verified = verify(&package[..], &trust()).unwrap();

    assert_eq!(verified.manifest, packed);
    assert_eq!(verified.signer, publisher().public());
    let m = &verified.manifest;
    assert_eq!(m.format, PACKAGE_FORMAT);
    assert_eq!((m.course.as_str(), m.version), ("fixture-package", 3));
    assert_eq!(m.languages, ["en", "fr"]);

    // Sizes and hashes computed here, independently of the crate; sorted by path.
    let mut expected: Vec<FileEntry> = fixture::course_files()
        .into_iter()
        .map(|(path, text)| FileEntry {
            path: path.into(),
            size: text.len() as u64,
            sha256: hex::encode(Sha256::digest(text.as_bytes())),
        })
        .collect();
    expected.sort_by(|a, b| a.path.cmp(&b.path));
    assert_eq!(m.files, expected);

    let manifest_entry = &unpack(&package)[0].1;
    assert_eq!(
        verified.manifest_sha256,
        hex::encode(Sha256::digest(manifest_entry)),
        "manifest_sha256 identifies the exact signed bytes"
    );
}

#[test]
fn the_sink_receives_every_file_exactly_once_with_its_bytes() {
    let (result, sink) = read_all(&fixture::valid_package());
    let verified = result.unwrap();
    assert_eq!(sink.began.unwrap().manifest, verified.manifest);
    let expected: Vec<(String, Vec<u8>)> = fixture::course_files()
        .into_iter()
        .map(|(p, t)| (p.to_string(), t.as_bytes().to_vec()))
        .collect();
    let mut got: Vec<(String, Vec<u8>)> = sink.files.into_iter().collect();
    got.sort();
    let mut expected = expected;
    expected.sort();
    assert_eq!(got, expected);
}

#[test]
fn the_archive_holds_manifest_then_signature_then_the_listed_files() {
    let dir = course();
    let package = pack_dir(dir.path(), &publisher()).unwrap();
    let manifest = lphm_package::manifest_for_dir(dir.path()).unwrap();
    let entries = unpack(&package);

    let names: Vec<&str> = entries.iter().map(|(n, _)| n.as_str()).collect();
    let mut expected = vec![MANIFEST_NAME, SIGNATURE_NAME];
    expected.extend(manifest.files.iter().map(|f| f.path.as_str()));
    assert_eq!(names, expected);

    // The manifest is stored in its canonical form, and the signature is over those bytes.
    assert_eq!(entries[0].1, manifest_json(&manifest));
    assert_eq!(entries[0].1, lphm_package::manifest_bytes(&manifest));
    let sig: serde_json::Value = serde_json::from_slice(&entries[1].1).unwrap();
    assert_eq!(sig["key"], publisher().public().id().as_str());
    assert_eq!(sig["algorithm"], "ed25519");
    let signature = B64.decode(sig["signature"].as_str().unwrap()).unwrap();
    publisher()
        .public()
        .verify(&entries[0].1, &signature)
        .unwrap();

    for (path, bytes) in &entries[2..] {
        assert_eq!(bytes, &std::fs::read(dir.path().join(path)).unwrap());
    }
}

/// Refuses in `begin`, as the app does for an older version than the one installed.
struct RefuseAtBegin {
    files: usize,
}

impl Sink for RefuseAtBegin {
    type Error = PackageError;
    fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
        Err(PackageError::Cancelled)
    }
    fn file(&mut self, _: &FileEntry, _: &mut dyn Read) -> Result<(), PackageError> {
        self.files += 1;
        Ok(())
    }
}

#[test]
fn a_sink_that_refuses_in_begin_is_never_given_a_file() {
    let mut sink = RefuseAtBegin { files: 0 };
    let err = read_package(&fixture::valid_package()[..], &trust(), &mut sink).unwrap_err();
    assert_eq!(err.code(), "package-cancelled");
    assert_eq!(sink.files, 0);
}

#[test]
fn a_progress_reader_reports_and_can_cancel() {
    let package = fixture::valid_package();
    for stop_at in [0, 1, package.len() as u64 / 2] {
        let mut reported = Vec::new();
        let input = ProgressReader::new(Trickle::new(&package, 64), |n| {
            reported.push(n);
            n < stop_at
        });
        let err = verify(input, &trust()).unwrap_err();
        assert_eq!(err.code(), "package-cancelled", "stop at {stop_at}");
        assert!(reported.last().unwrap() >= &stop_at);
    }

    let mut last = 0;
    let input = ProgressReader::new(Trickle::new(&package, 64), |n| {
        assert!(n >= last, "progress never goes back");
        last = n;
        true
    });
    verify(input, &trust()).unwrap();
    assert!(
        last + 64 >= package.len() as u64 && last <= package.len() as u64,
        "the last report ({last}) is within one read of the end ({})",
        package.len()
    );
}
