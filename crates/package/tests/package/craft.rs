//! Hand-built packages: any entries in any order, with raw header names, types and sizes,
//! and manifests signed by the test, so each hostile shape can be made on purpose.
//!
//! The writer here does not use `tar::Builder`, which refuses the very paths and sizes
//! these tests need; it lays out ustar headers and data blocks itself.

use std::io::Write;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use flate2::write::GzEncoder;
use flate2::Compression;
use lphm_package::{
    manifest_for_dir, verify, PackageManifest, SecretKey, MANIFEST_NAME, SIGNATURE_NAME,
};
use tar::EntryType;

use crate::fixture;

/// One tar entry, exactly as it will be written.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Raw bytes of the header's name field (at most 100).
    pub name: Vec<u8>,
    pub kind: EntryType,
    pub data: Vec<u8>,
    /// The size the header declares, when it should differ from `data.len()`.
    pub header_size: Option<u64>,
    /// Raw bytes of the link name field, for links.
    pub link: Vec<u8>,
}

impl Entry {
    pub fn file(name: impl AsRef<[u8]>, data: impl Into<Vec<u8>>) -> Entry {
        Entry {
            name: name.as_ref().to_vec(),
            kind: EntryType::Regular,
            data: data.into(),
            header_size: None,
            link: Vec::new(),
        }
    }

    pub fn of_kind(name: impl AsRef<[u8]>, kind: EntryType) -> Entry {
        Entry {
            kind,
            ..Entry::file(name, Vec::new())
        }
    }

    pub fn link(name: &str, kind: EntryType, target: &str) -> Entry {
        Entry {
            link: target.as_bytes().to_vec(),
            ..Entry::of_kind(name, kind)
        }
    }

    /// The header claims `size` bytes whatever the data is.
    pub fn claiming(mut self, size: u64) -> Entry {
        self.header_size = Some(size);
        self
    }
}

/// The tar stream of `entries`, its two end blocks, then `zeros_after_end` more zero bytes.
pub fn tar(entries: &[Entry], zeros_after_end: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        let mut header = tar::Header::new_ustar();
        {
            let ustar = header.as_ustar_mut().unwrap();
            ustar.name[..e.name.len()].copy_from_slice(&e.name);
            ustar.linkname[..e.link.len()].copy_from_slice(&e.link);
        }
        header.set_size(e.header_size.unwrap_or(e.data.len() as u64));
        header.set_mode(0o644);
        header.set_mtime(0);
        header.set_uid(0);
        header.set_gid(0);
        header.set_entry_type(e.kind);
        header.set_cksum();
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(&e.data);
        out.resize(out.len().next_multiple_of(512), 0);
    }
    out.resize(out.len() + 1024 + zeros_after_end, 0);
    out
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

/// A gzip-compressed tar of `entries`: what a `.lphm` file is.
pub fn package(entries: &[Entry]) -> Vec<u8> {
    gzip(&tar(entries, 0))
}

/// The manifest's bytes as `pack` writes them: pretty JSON and a newline.
pub fn manifest_json(manifest: &PackageManifest) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(manifest).unwrap();
    bytes.push(b'\n');
    bytes
}

/// A signature file naming `key_id`, with any algorithm and signature bytes.
pub fn sig_file(key_id: &str, algorithm: &str, signature: &[u8]) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(&serde_json::json!({
        "key": key_id,
        "algorithm": algorithm,
        "signature": B64.encode(signature),
    }))
    .unwrap();
    bytes.push(b'\n');
    bytes
}

/// The signature file `key` makes over `manifest`.
pub fn sign(manifest: &[u8], key: &SecretKey) -> Vec<u8> {
    sig_file(&key.public().id(), "ed25519", &key.sign(manifest))
}

/// The fixture course taken apart: its manifest and files, ready to be reassembled with
/// changes.
#[derive(Clone, Debug)]
pub struct Parts {
    pub manifest: PackageManifest,
    /// (path, bytes) in manifest order.
    pub files: Vec<(String, Vec<u8>)>,
}

impl Parts {
    pub fn of_course() -> Parts {
        let dir = fixture::course();
        let manifest = manifest_for_dir(dir.path()).unwrap();
        let files = manifest
            .files
            .iter()
            .map(|f| {
                (
                    f.path.clone(),
                    std::fs::read(dir.path().join(&f.path)).unwrap(),
                )
            })
            .collect();
        Parts { manifest, files }
    }

    /// Manifest, signature by `key`, then every file: a package as `pack` lays it out.
    pub fn entries_signed_by(&self, key: &SecretKey) -> Vec<Entry> {
        let mut entries = head_signed_by(&manifest_json(&self.manifest), key);
        entries.extend(self.file_entries());
        entries
    }

    /// Signed by the trusted publisher.
    pub fn entries(&self) -> Vec<Entry> {
        self.entries_signed_by(&fixture::publisher())
    }

    /// Just the course files, as plain entries.
    pub fn file_entries(&self) -> Vec<Entry> {
        self.files
            .iter()
            .map(|(path, bytes)| Entry::file(path, bytes.clone()))
            .collect()
    }

    /// Index of `path` among the files (not among the entries: add 2 for those).
    pub fn index(&self, path: &str) -> usize {
        self.files.iter().position(|(p, _)| p == path).unwrap()
    }
}

/// The first two entries of a package signed by the publisher, for `manifest_bytes`
/// exactly as given (which need not be valid JSON).
pub fn head(manifest_bytes: &[u8]) -> Vec<Entry> {
    head_signed_by(manifest_bytes, &fixture::publisher())
}

pub fn head_signed_by(manifest_bytes: &[u8], key: &SecretKey) -> Vec<Entry> {
    vec![
        Entry::file(MANIFEST_NAME, manifest_bytes.to_vec()),
        Entry::file(SIGNATURE_NAME, sign(manifest_bytes, key)),
    ]
}

/// Asserts that verifying `package` (trusting the publisher) fails with `expected`.
#[track_caller]
pub fn check(what: &str, package: &[u8], expected: &str) {
    match verify(package, &fixture::trust()) {
        Ok(v) => panic!(
            "{what}: expected {expected}, but the package verified as {}",
            v.manifest.course
        ),
        Err(e) => assert_eq!(e.code(), expected, "{what}: {e}"),
    }
}
