//! Signed course packages (`.lphm`): how courses travel, by download or on a USB stick.
//!
//! A package is a gzip-compressed tar whose first entry is a manifest listing every file
//! with its size and sha256, whose second entry is an ed25519 signature over that
//! manifest, and whose other entries are the course folder's files (`docs/package-format.md`).
//! - [`pack`] builds one from a course folder, reproducibly.
//! - [`read_package`] streams one into a [`Sink`], checking the signature before reading
//!   any file and each file's hash as it goes; nothing in this crate writes to a store.

mod error;
mod key;
mod manifest;
mod pack;
mod read;

pub use error::{is_package_failure, PackageError};
pub use key::{builtin_key, key_id, PublicKey, SecretKey};
pub use manifest::{
    check_path, limits, FileEntry, PackageManifest, MANIFEST_NAME, PACKAGE_FORMAT, SIGNATURE_NAME,
};
pub use pack::{manifest_bytes, manifest_for_dir, pack};
pub use read::{read_package, CheckOnly, ProgressReader, Sink, Trust, Verified};

/// Verifies a whole package without keeping anything: `lphm verify`.
pub fn verify(input: impl std::io::Read, trust: &dyn Trust) -> Result<Verified, PackageError> {
    read_package(input, trust, &mut CheckOnly)
}
