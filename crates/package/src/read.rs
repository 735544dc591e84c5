//! Reading a package as a stream: check the signature first, then hand each file to a
//! sink through a reader that fails if the bytes differ from what was signed.
//!
//! Nothing is trusted before it is checked: the manifest is read only up to a small cap,
//! the signature is checked before any file is read, every entry must be a regular file
//! listed in the signed manifest with the signed size, and each file's sha256 is checked
//! as its last byte goes by. Memory use does not depend on the package's size.

use std::collections::BTreeMap;
use std::io::{self, Read};

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use flate2::read::GzDecoder;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{CancelledMarker, InputError, TamperedMarker};
use crate::manifest::{check_path, limits, FileEntry, PackageManifest, MANIFEST_NAME};
use crate::{PackageError, PublicKey, SIGNATURE_NAME};

/// `lphm-package.sig`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SignatureFile {
    pub key: String,
    pub algorithm: String,
    pub signature: String,
}

/// The keys a laptop accepts packages from.
pub trait Trust {
    fn key(&self, id: &str) -> Option<PublicKey>;
}

impl Trust for [PublicKey] {
    fn key(&self, id: &str) -> Option<PublicKey> {
        self.iter().find(|k| k.id() == id).cloned()
    }
}

impl Trust for Vec<PublicKey> {
    fn key(&self, id: &str) -> Option<PublicKey> {
        self.as_slice().key(id)
    }
}

/// A package whose manifest carries a valid signature from a trusted key.
#[derive(Clone, Debug)]
pub struct Verified {
    pub manifest: PackageManifest,
    /// sha256 of the manifest's bytes: identifies this exact package.
    pub manifest_sha256: String,
    pub signer: PublicKey,
}

/// Receives a package as it is read.
pub trait Sink {
    type Error: From<PackageError>;
    /// Called once the signature checked out, before any file is read: the place to
    /// refuse, say, an older version than the one installed.
    fn begin(&mut self, package: &Verified) -> Result<(), Self::Error>;
    /// One listed file. `data` yields exactly `entry.size` bytes and returns an error at its
    /// end when they do not hash to `entry.sha256`, so a sink keeps the bytes only after
    /// reading `data` to its end without error.
    fn file(&mut self, entry: &FileEntry, data: &mut dyn Read) -> Result<(), Self::Error>;
}

/// A sink that only checks: `lphm verify`.
#[derive(Debug, Default)]
pub struct CheckOnly;

impl Sink for CheckOnly {
    type Error = PackageError;
    fn begin(&mut self, _: &Verified) -> Result<(), PackageError> {
        Ok(())
    }
    fn file(&mut self, _: &FileEntry, data: &mut dyn Read) -> Result<(), PackageError> {
        io::copy(data, &mut io::sink())?;
        Ok(())
    }
}

/// Reads the whole package from `input`, checking it against `trust`, and feeds its files
/// to `sink`. Returns only when every listed file arrived intact and the archive ended
/// cleanly; on any error the sink must discard what it received.
pub fn read_package<S: Sink>(
    input: impl Read,
    trust: &dyn Trust,
    sink: &mut S,
) -> Result<Verified, S::Error> {
    let mut archive = tar::Archive::new(GzDecoder::new(TagInput(input)));
    let verified = {
        // Raw entries: GNU long-name and PAX extension records are refused like any other
        // entry that is not a plain file, so nothing is ever read into memory unchecked.
        let mut entries = archive
            .entries()
            .map_err(PackageError::from_read)?
            .raw(true);
        let manifest_bytes = read_small(&mut entries, MANIFEST_NAME, limits::MANIFEST_BYTES)?;
        let sig_bytes = read_small(&mut entries, SIGNATURE_NAME, limits::SIGNATURE_BYTES)?;
        let verified = verify(&manifest_bytes, &sig_bytes, trust)?;
        sink.begin(&verified)?;

        let index: BTreeMap<&str, &FileEntry> = verified
            .manifest
            .files
            .iter()
            .map(|f| (f.path.as_str(), f))
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        for entry in entries {
            let mut entry = entry.map_err(PackageError::from_read)?;
            let path = entry_path(&entry)?;
            match entry.header().entry_type() {
                tar::EntryType::Directory => {
                    // Harmless, and some tools add them: checked like a path, then skipped.
                    check_path(&format!("{}/x", path.trim_end_matches('/')))?;
                    continue;
                }
                tar::EntryType::Regular => {}
                other => {
                    return Err(PackageError::UnsafeEntry {
                        path,
                        detail: format!("{other:?} entries are not allowed, only plain files"),
                    }
                    .into())
                }
            }
            check_path(&path)?;
            let Some(file) = index.get(path.as_str()) else {
                return Err(PackageError::UnsafeEntry {
                    path,
                    detail: "not listed in the signed manifest".into(),
                }
                .into());
            };
            if !seen.insert(file.path.as_str()) {
                return Err(PackageError::UnsafeEntry {
                    path,
                    detail: "appears twice".into(),
                }
                .into());
            }
            let declared = entry.header().size().map_err(PackageError::from_read)?;
            if declared != file.size {
                return Err(PackageError::Tampered { path }.into());
            }
            let mut data = HashingReader::new(&mut entry, file);
            sink.file(file, &mut data)?;
            data.finish().map_err(PackageError::from_read)?;
        }
        if let Some(missing) = verified
            .manifest
            .files
            .iter()
            .find(|f| !seen.contains(f.path.as_str()))
        {
            return Err(PackageError::MissingFile {
                path: missing.path.clone(),
            }
            .into());
        }
        verified
    };
    // Read what follows the last entry to the end of the compressed stream: this checks the
    // gzip checksum and catches a file cut short after its last entry. Capped, so a stream
    // of zeros after the archive cannot keep us busy.
    let mut rest = archive.into_inner().take(limits::TRAILER_BYTES + 1);
    let trailer = io::copy(&mut rest, &mut io::sink()).map_err(PackageError::from_read)?;
    if trailer > limits::TRAILER_BYTES {
        return Err(PackageError::TooLarge {
            detail: "data after the last entry".into(),
        }
        .into());
    }
    Ok(verified)
}

/// Checks the signature over `manifest_bytes`, then parses the manifest.
fn verify(
    manifest_bytes: &[u8],
    sig_bytes: &[u8],
    trust: &dyn Trust,
) -> Result<Verified, PackageError> {
    let sig: SignatureFile =
        serde_json::from_slice(sig_bytes).map_err(|e| PackageError::NotAPackage {
            detail: format!("{SIGNATURE_NAME}: {e}"),
        })?;
    if sig.algorithm != "ed25519" {
        return Err(PackageError::BadSignature);
    }
    let key = trust
        .key(&sig.key)
        .ok_or_else(|| PackageError::UnknownKey {
            key: sig.key.chars().take(64).collect(),
        })?;
    let signature = B64
        .decode(sig.signature.trim())
        .map_err(|_| PackageError::BadSignature)?;
    key.verify(manifest_bytes, &signature)?;
    // Parsed only once we know who wrote it.
    let manifest = PackageManifest::parse(manifest_bytes)?;
    Ok(Verified {
        manifest,
        manifest_sha256: hex::encode(Sha256::digest(manifest_bytes)),
        signer: key,
    })
}

fn entry_path<R: Read>(entry: &tar::Entry<'_, R>) -> Result<String, PackageError> {
    let bytes = entry.path_bytes();
    String::from_utf8(bytes.into_owned()).map_err(|e| PackageError::UnsafeEntry {
        path: String::from_utf8_lossy(e.as_bytes())
            .chars()
            .take(120)
            .collect(),
        detail: "the name is not UTF-8".into(),
    })
}

/// Reads the next entry, which must be the plain file `name` of at most `cap` bytes.
fn read_small<R: Read>(
    entries: &mut tar::Entries<'_, R>,
    name: &str,
    cap: u64,
) -> Result<Vec<u8>, PackageError> {
    let not_package = || PackageError::NotAPackage {
        detail: format!("{name} is not where a package has it"),
    };
    let mut entry = entries
        .next()
        .ok_or_else(not_package)?
        .map_err(PackageError::from_read)?;
    if entry_path(&entry)? != name || entry.header().entry_type() != tar::EntryType::Regular {
        return Err(not_package());
    }
    let size = entry.header().size().map_err(PackageError::from_read)?;
    if size > cap {
        return Err(PackageError::TooLarge {
            detail: format!("{name} declares {size} bytes (at most {cap})"),
        });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    (&mut entry)
        .take(cap)
        .read_to_end(&mut bytes)
        .map_err(PackageError::from_read)?;
    if bytes.len() as u64 != size {
        return Err(PackageError::Truncated);
    }
    Ok(bytes)
}

/// Tags the input's own errors (see [`PackageError::from_read`]); cancellation passes as is.
struct TagInput<R>(R);

impl<R: Read> Read for TagInput<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf).map_err(|e| {
            if crate::is_package_failure(&e) {
                e
            } else {
                io::Error::new(e.kind(), InputError(e))
            }
        })
    }
}

/// Yields one file's bytes and checks their sha256 when the last one is read.
struct HashingReader<'a> {
    inner: &'a mut dyn Read,
    file: &'a FileEntry,
    hasher: Sha256,
    remaining: u64,
    checked: bool,
}

impl<'a> HashingReader<'a> {
    fn new(inner: &'a mut dyn Read, file: &'a FileEntry) -> Self {
        HashingReader {
            inner,
            file,
            hasher: Sha256::default(),
            remaining: file.size,
            checked: false,
        }
    }

    /// Reads whatever the sink left unread, so the hash is always checked.
    fn finish(&mut self) -> io::Result<()> {
        io::copy(self, &mut io::sink())?;
        Ok(())
    }
}

impl Read for HashingReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.remaining == 0 {
            if !self.checked {
                let digest = hex::encode(std::mem::take(&mut self.hasher).finalize());
                if digest != self.file.sha256 {
                    return Err(io::Error::other(TamperedMarker(self.file.path.clone())));
                }
                self.checked = true;
            }
            return Ok(0);
        }
        let want = buf
            .len()
            .min(self.remaining.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n == 0 && want > 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        self.hasher.update(&buf[..n]);
        self.remaining -= n as u64;
        Ok(n)
    }
}

/// Counts the bytes read from a package file and asks `report(bytes_so_far)` after each
/// read whether to go on; `false` cancels the import.
pub struct ProgressReader<R, F> {
    inner: R,
    read: u64,
    report: F,
}

impl<R: Read, F: FnMut(u64) -> bool> ProgressReader<R, F> {
    pub fn new(inner: R, report: F) -> Self {
        ProgressReader {
            inner,
            read: 0,
            report,
        }
    }
}

impl<R: Read, F: FnMut(u64) -> bool> Read for ProgressReader<R, F> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !(self.report)(self.read) {
            return Err(io::Error::other(CancelledMarker));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        // Reported again after the read: the last read before the end of the gzip stream
        // may be the last one made at all, and the bar should reach the whole file.
        if n > 0 && !(self.report)(self.read) {
            return Err(io::Error::other(CancelledMarker));
        }
        Ok(n)
    }
}
