//! The signed package manifest (`lphm-package.json`) and the rules every path obeys.

use std::collections::BTreeSet;

use lphm_content::Localized;
use serde::{Deserialize, Serialize};

use crate::PackageError;

/// The package format this build reads and writes.
pub const PACKAGE_FORMAT: u32 = 1;
/// The manifest entry: first in the archive.
pub const MANIFEST_NAME: &str = "lphm-package.json";
/// The signature entry: second in the archive.
pub const SIGNATURE_NAME: &str = "lphm-package.sig";

/// Caps that make a hostile package fail fast instead of filling the disk or memory.
pub mod limits {
    /// The manifest is read into memory; a real one is a few kilobytes.
    pub const MANIFEST_BYTES: u64 = 1024 * 1024;
    pub const SIGNATURE_BYTES: u64 = 4 * 1024;
    pub const FILES: usize = 20_000;
    pub const FILE_BYTES: u64 = 2 * 1024 * 1024 * 1024;
    pub const TOTAL_BYTES: u64 = 8 * 1024 * 1024 * 1024;
    pub const PATH_BYTES: usize = 200;
    /// Bytes allowed after the last entry (tar's end blocks and record padding).
    pub const TRAILER_BYTES: u64 = 64 * 1024;
}

/// One file of the course, as signed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileEntry {
    pub path: String,
    pub size: u64,
    /// Lowercase hex sha256 of the file's bytes.
    pub sha256: String,
}

/// `lphm-package.json`: what the package holds. The signature covers its exact bytes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackageManifest {
    pub format: u32,
    /// The course id and version; they must equal those in `course.json`.
    pub course: String,
    pub version: u32,
    pub languages: Vec<String>,
    pub title: Localized,
    pub files: Vec<FileEntry>,
}

impl PackageManifest {
    /// Sum of the declared file sizes.
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().map(|f| f.size).sum()
    }

    pub fn file(&self, path: &str) -> Option<&FileEntry> {
        self.files.iter().find(|f| f.path == path)
    }

    /// Parses and checks a manifest. The format number is read alone first, so a package
    /// made for a newer app is reported as such rather than as damage.
    pub fn parse(bytes: &[u8]) -> Result<PackageManifest, PackageError> {
        #[derive(Deserialize)]
        struct FormatOnly {
            format: u32,
        }
        let bad = |e: serde_json::Error| PackageError::BadManifest {
            detail: e.to_string(),
        };
        let FormatOnly { format } = serde_json::from_slice(bytes).map_err(bad)?;
        if format != PACKAGE_FORMAT {
            return Err(PackageError::UnsupportedFormat {
                found: format,
                supported: PACKAGE_FORMAT,
            });
        }
        let manifest: PackageManifest = serde_json::from_slice(bytes).map_err(bad)?;
        manifest.check()?;
        Ok(manifest)
    }

    fn check(&self) -> Result<(), PackageError> {
        let bad = |detail: String| PackageError::BadManifest { detail };
        if self.files.len() > limits::FILES {
            return Err(PackageError::TooLarge {
                detail: format!("{} files (at most {})", self.files.len(), limits::FILES),
            });
        }
        let mut seen = BTreeSet::new();
        let mut total: u64 = 0;
        for f in &self.files {
            check_path(&f.path)?;
            if !seen.insert(f.path.as_str()) {
                return Err(bad(format!("{} is listed twice", f.path)));
            }
            if f.size > limits::FILE_BYTES {
                return Err(PackageError::TooLarge {
                    detail: format!("{} declares {} bytes", f.path, f.size),
                });
            }
            total = total.saturating_add(f.size);
            if f.sha256.len() != 64
                || !f
                    .sha256
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            {
                return Err(bad(format!("{} has no valid sha256", f.path)));
            }
        }
        if total > limits::TOTAL_BYTES {
            return Err(PackageError::TooLarge {
                detail: format!("{total} bytes in all"),
            });
        }
        if !seen.contains("course.json") {
            return Err(bad("course.json is not listed".into()));
        }
        Ok(())
    }
}

/// A path inside a package: relative, `/`-separated, made of `[A-Za-z0-9._-]` segments,
/// no `.` or `..`, under `lessons/`, `quizzes/`, `media/` or `evaluation/` (or
/// `course.json` or `glossary.json` itself).
/// Nothing is ever written to disk under such a path, but a strict rule keeps every
/// reader of the format safe.
pub fn check_path(path: &str) -> Result<(), PackageError> {
    let unsafe_path = |detail: &str| PackageError::UnsafeEntry {
        path: path.chars().take(120).collect(),
        detail: detail.into(),
    };
    if path.is_empty() || path.len() > limits::PATH_BYTES {
        return Err(unsafe_path("path is empty or too long"));
    }
    if path.starts_with('/') || path.contains('\\') || path.contains(':') {
        return Err(unsafe_path("absolute path"));
    }
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." || seg == ".." {
            return Err(unsafe_path("'..', '.' or an empty segment"));
        }
        if !seg
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
        {
            return Err(unsafe_path("characters outside A-Z a-z 0-9 . _ -"));
        }
    }
    let top_ok = path == "course.json"
        || path == lphm_content::GLOSSARY_FILE
        || ["lessons/", "quizzes/", "media/", "evaluation/"]
            .iter()
            .any(|top| path.starts_with(top));
    if !top_ok {
        return Err(unsafe_path(
            "outside course.json, glossary.json, lessons/, quizzes/, media/, evaluation/",
        ));
    }
    Ok(())
}
