//! Store errors. Each has a stable `code()` that the interface turns into a Fluent message.

use std::path::PathBuf;

/// Why the store could not be opened. Opening never deletes or rewrites existing data.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    #[error("the data folder {path} cannot be read or written: {detail}")]
    Unreadable { path: PathBuf, detail: String },
    #[error("the data folder {path} is in use by another running copy of the app")]
    Locked { path: PathBuf },
    #[error("the data in {path} is damaged: {detail}")]
    Corrupt { path: PathBuf, detail: String },
    #[error("the data in {path} was written by a newer version of the app (schema {found}, this app knows {supported})")]
    NewerSchema {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
}

impl OpenError {
    pub fn code(&self) -> &'static str {
        match self {
            OpenError::Unreadable { .. } => "store-unreadable",
            OpenError::Locked { .. } => "store-locked",
            OpenError::Corrupt { .. } => "store-corrupt",
            OpenError::NewerSchema { .. } => "store-newer-schema",
        }
    }

    pub fn path(&self) -> &std::path::Path {
        match self {
            OpenError::Unreadable { path, .. }
            | OpenError::Locked { path }
            | OpenError::Corrupt { path, .. }
            | OpenError::NewerSchema { path, .. } => path,
        }
    }
}

/// A failure while reading or writing an open store.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    #[error("the disk is full")]
    DiskFull,
    #[error("the disk could not be written or read: {0}")]
    Io(std::io::Error),
    #[error("stored data is damaged: {0}")]
    Corrupt(String),
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::DiskFull => "store-disk-full",
            StoreError::Io(_) => "store-io",
            StoreError::Corrupt(_) => "store-corrupt-record",
        }
    }
}

/// ENOSPC and EDQUOT: no room left for the write.
fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(28) | Some(122)) || e.kind() == std::io::ErrorKind::StorageFull
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        if is_disk_full(&e) {
            StoreError::DiskFull
        } else {
            StoreError::Io(e)
        }
    }
}

impl From<sled::Error> for StoreError {
    fn from(e: sled::Error) -> Self {
        match e {
            sled::Error::Io(io) => io.into(),
            other => StoreError::Corrupt(other.to_string()),
        }
    }
}

impl From<sled::transaction::TransactionError<StoreError>> for StoreError {
    fn from(e: sled::transaction::TransactionError<StoreError>) -> Self {
        match e {
            sled::transaction::TransactionError::Abort(e) => e,
            sled::transaction::TransactionError::Storage(e) => e.into(),
        }
    }
}

impl From<serde_json::Error> for StoreError {
    fn from(e: serde_json::Error) -> Self {
        StoreError::Corrupt(e.to_string())
    }
}
