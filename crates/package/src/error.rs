//! Why a package was refused. Each variant has a stable `code()` that the interface and the
//! command-line tool turn into a Fluent message (`error-<code>`).

use std::io;

/// Why a package could not be packed, verified or read. Reading a package never changes
/// anything by itself; the caller installs only after the whole package checked out.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PackageError {
    #[error("the file is not an LPHM course package, or it is damaged: {detail}")]
    NotAPackage { detail: String },
    #[error(
        "the package ends too early: the file was cut short (an interrupted copy or download?)"
    )]
    Truncated,
    #[error("package format {found} is not supported (this app reads format {supported})")]
    UnsupportedFormat { found: u32, supported: u32 },
    #[error("the package manifest is not valid: {detail}")]
    BadManifest { detail: String },
    #[error("the package is signed with a key this computer does not trust ({key})")]
    UnknownKey { key: String },
    #[error("the package signature does not match its contents")]
    BadSignature,
    #[error("{path} was changed after the package was signed")]
    Tampered { path: String },
    #[error("the package contains an entry that is not allowed: {path} ({detail})")]
    UnsafeEntry { path: String, detail: String },
    #[error("the package is larger than allowed: {detail}")]
    TooLarge { detail: String },
    #[error("{path} is listed in the manifest but missing from the package")]
    MissingFile { path: String },
    #[error("the course in the package is not valid: {0}")]
    Content(#[from] lphm_content::ContentError),
    #[error("the import was cancelled")]
    Cancelled,
    #[error("the key file is not valid: {detail}")]
    BadKey { detail: String },
    #[error("could not read or write the file: {0}")]
    Io(io::Error),
}

impl PackageError {
    pub fn code(&self) -> &'static str {
        match self {
            PackageError::NotAPackage { .. } => "package-not-a-package",
            PackageError::Truncated => "package-truncated",
            PackageError::UnsupportedFormat { .. } => "package-unsupported-format",
            PackageError::BadManifest { .. } => "package-bad-manifest",
            PackageError::UnknownKey { .. } => "package-unknown-key",
            PackageError::BadSignature => "package-bad-signature",
            PackageError::Tampered { .. } => "package-tampered",
            PackageError::UnsafeEntry { .. } => "package-unsafe-entry",
            PackageError::TooLarge { .. } => "package-too-large",
            PackageError::MissingFile { .. } => "package-missing-file",
            PackageError::Content(e) => e.code(),
            PackageError::Cancelled => "package-cancelled",
            PackageError::BadKey { .. } => "package-bad-key",
            PackageError::Io(_) => "package-io",
        }
    }
}

/// Carried inside an `io::Error` by [`crate::ProgressReader`] when the caller cancels.
#[derive(Debug)]
pub(crate) struct CancelledMarker;

impl std::fmt::Display for CancelledMarker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("cancelled")
    }
}
impl std::error::Error for CancelledMarker {}

/// Carried inside an `io::Error` when a file's bytes do not hash to the signed value.
#[derive(Debug)]
pub(crate) struct TamperedMarker(pub String);

impl std::fmt::Display for TamperedMarker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} does not match its signed hash", self.0)
    }
}
impl std::error::Error for TamperedMarker {}

impl From<io::Error> for PackageError {
    /// Sorts an error met while reading the archive into what it means for the learner.
    fn from(e: io::Error) -> Self {
        if let Some(inner) = e.get_ref() {
            if inner.is::<CancelledMarker>() {
                return PackageError::Cancelled;
            }
            if let Some(t) = inner.downcast_ref::<TamperedMarker>() {
                return PackageError::Tampered { path: t.0.clone() };
            }
        }
        match e.kind() {
            io::ErrorKind::UnexpectedEof => PackageError::Truncated,
            io::ErrorKind::InvalidData | io::ErrorKind::InvalidInput => PackageError::NotAPackage {
                detail: e.to_string(),
            },
            _ => PackageError::Io(e),
        }
    }
}

/// Wraps an error from the reader the package comes from (the file, a download), so it is
/// told apart from the archive's own complaints about its contents.
#[derive(Debug)]
pub(crate) struct InputError(pub io::Error);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}
impl std::error::Error for InputError {}

impl PackageError {
    /// Sorts an error met while reading a package: a failure of the file or stream it comes
    /// from is `Io`; running out of bytes is `Truncated`; anything the gzip or tar layers
    /// reject (bad checksums, malformed headers) is damage, `NotAPackage`.
    pub fn from_read(e: io::Error) -> PackageError {
        if let Some(inner) = e.get_ref() {
            if inner.is::<CancelledMarker>() {
                return PackageError::Cancelled;
            }
            if let Some(t) = inner.downcast_ref::<TamperedMarker>() {
                return PackageError::Tampered { path: t.0.clone() };
            }
            if inner.is::<InputError>() {
                let kind = e.kind();
                let Ok(InputError(original)) = e
                    .into_inner()
                    .expect("checked")
                    .downcast::<InputError>()
                    .map(|b| *b)
                else {
                    unreachable!("checked above")
                };
                return if kind == io::ErrorKind::UnexpectedEof {
                    PackageError::Truncated
                } else {
                    PackageError::Io(original)
                };
            }
        }
        match e.kind() {
            io::ErrorKind::UnexpectedEof => PackageError::Truncated,
            _ => PackageError::NotAPackage {
                detail: e.to_string(),
            },
        }
    }
}

/// Whether `e` (as returned by a reader this crate handed out) means the signed hash did
/// not match or the caller cancelled: a sink passes such errors on unchanged.
pub fn is_package_failure(e: &io::Error) -> bool {
    e.get_ref()
        .is_some_and(|i| i.is::<CancelledMarker>() || i.is::<TamperedMarker>())
}
