//! The store: one sled database in a folder the shell chooses.
//!
//! Trees and what they hold (every key layout is listed in `ARCHITECTURE.md`):
//! - `meta`: the schema version; a store written by a newer schema is refused, never
//!   rewritten.
//! - `content/courses`, `content/blobs` (and the `media/` folder beside the database):
//!   imported course content, read-only and content-addressed. A course is replaced by
//!   writing the new version's files and then its one record, so a reader never sees half
//!   of an update.
//! - `progress/events`: the append-only event log, keyed by profile, time and event id.
//! - `progress/by_seq`: the same events by profile, device and number, for sync.
//! - `sync`: per profile, what the sync client keeps (enrollment, acknowledged and pulled
//!   positions, last outcome), as opaque JSON records.
//! - `profiles`, `device`: local learner profiles and this device's settings.
//! - `trust`: publisher keys an administrator added beside the built-in one.
//!
//! Every write that the interface reports as saved is on stable storage first: sled is
//! flushed and its files fsynced ([`Store::flush`], through `lphm-durable`), so it survives
//! a power cut, not only a crash. An event and its index entry are written in one sled
//! transaction, so a cut never leaves one without the other.

mod certificates;
mod content;
mod error;
mod open;
mod profiles;
mod progress;
mod trust;

pub use certificates::KeptCertificate;
pub use content::{FileRef, Import, ImportWriteError, InstalledCourse, PackageInfo, INLINE_MAX};
pub use error::{OpenError, StoreError};
pub use open::SCHEMA_VERSION;
pub use profiles::{Profile, TEXT_SIZES};
pub use progress::{IndexCheck, Repair};
pub use trust::TrustedKey;

use std::fs::File;
use std::path::{Path, PathBuf};

/// An open store. Holds an exclusive lock on its folder for as long as it lives, so a
/// second instance of the app cannot open the same data.
pub struct Store {
    dir: PathBuf,
    db: sled::Db,
    courses: sled::Tree,
    blobs: sled::Tree,
    trust: sled::Tree,
    events: sled::Tree,
    by_seq: sled::Tree,
    sync: sled::Tree,
    certificates: sled::Tree,
    /// Numbering a new event and writing it happen under this lock.
    append_lock: std::sync::Mutex<()>,
    /// Counts changes to the event log since the store was opened (see
    /// [`Store::generation`]).
    generation: std::sync::atomic::AtomicU64,
    profiles: sled::Tree,
    device: sled::Tree,
    /// sled's files, synced after every flush.
    durable: lphm_durable::SledFiles,
    /// What opening this store had to repair (see [`Store::repairs`]).
    repairs: Vec<Repair>,
    _lock: File,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.dir).finish()
    }
}

impl Store {
    /// The folder this store lives in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Puts everything written so far on stable storage: when this returns `Ok` it
    /// survives a power cut. Every write the interface reports as saved goes through here.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.durable.flush(&self.db)?;
        Ok(())
    }

    /// What opening this store found damaged and repaired, for the shell to log. Empty
    /// for a healthy store.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }
}
