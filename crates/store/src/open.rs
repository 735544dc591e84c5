//! Opening a store: lock, open, check the schema. Never deletes or rewrites what it finds.

use std::fs::{File, TryLockError};
use std::io::ErrorKind;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use crate::{OpenError, Store};

/// The layout of trees and keys this build reads and writes.
/// 1: content in `content/items` by course version. 2: content-addressed files
/// (`content/blobs`, `media/`) and one record per course; the upgrade drops the old content
/// trees (content is replaceable: the built-in courses come back from their packages, and
/// others are imported again) and keeps every progress event. 3: events numbered per
/// profile and device (`progress/by_seq`) for sync, and the `sync` tree; the upgrade numbers
/// the events recorded before, oldest first. 4: an event and its index entry are written in
/// one transaction; the upgrade repairs what older versions could leave after a power cut or
/// a kill between the two writes (an index entry without its event, an event without its
/// index entry).
pub const SCHEMA_VERSION: u32 = 5;
const SCHEMA_KEY: &[u8] = b"schema";

fn unreadable(path: &Path, e: &std::io::Error) -> OpenError {
    OpenError::Unreadable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

impl Store {
    /// Opens (or creates) the store in `dir`.
    pub fn open(dir: &Path) -> Result<Store, OpenError> {
        std::fs::create_dir_all(dir).map_err(|e| unreadable(dir, &e))?;
        if !dir.is_dir() {
            return Err(OpenError::Unreadable {
                path: dir.to_path_buf(),
                detail: "not a folder".into(),
            });
        }

        // Our own lock first, so "another copy is running" is told apart from damage.
        let lock = File::options()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(dir.join("lphm.lock"))
            .map_err(|e| unreadable(dir, &e))?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                return Err(OpenError::Locked {
                    path: dir.to_path_buf(),
                })
            }
            Err(TryLockError::Error(e)) => return Err(unreadable(dir, &e)),
        }

        let db_path = dir.join("db");
        let existed = db_path.join("conf").exists() || db_path.join("db").exists();
        if !existed {
            // A new store is made complete (schema written, flushed) in a side folder and
            // then renamed into place, so a crash while creating it leaves either nothing
            // or a whole store, never a database without a schema, which would read as damage.
            create(dir, &db_path).map_err(|e| OpenError::Unreadable {
                path: dir.to_path_buf(),
                detail: e.to_string(),
            })?;
        }
        // sled repairs a damaged log in place, overwriting it. Keep the bytes we found so
        // that a store we refuse to open is put back exactly as it was.
        let guard = OpenGuard::take(dir, &db_path).map_err(|e| unreadable(dir, &e))?;
        let result = Self::open_locked(dir, &db_path, lock);
        match &result {
            Ok(_) => guard.release(),
            Err(_) => guard.restore(),
        }
        .map_err(|e| unreadable(dir, &e))?;
        result
    }

    fn open_locked(dir: &Path, db_path: &Path, lock: File) -> Result<Store, OpenError> {
        let corrupt = |detail: String| OpenError::Corrupt {
            path: dir.to_path_buf(),
            detail,
        };
        // sled reports some kinds of damage by panicking; a panic here is damage too.
        let open = || {
            catch_unwind(AssertUnwindSafe(|| {
                sled::Config::new().path(db_path).open()
            }))
        };
        let mut opened = open();
        // We hold the folder's lock, so no other process has this database. If sled still
        // finds its own file lock taken, a store this process just closed is finishing its
        // shutdown on a background thread: wait for it, briefly.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
        while matches!(&opened, Ok(Err(sled::Error::Io(e))) if e.to_string().contains("lock"))
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(std::time::Duration::from_millis(10));
            opened = open();
        }
        let db = match opened {
            Ok(Ok(db)) => db,
            Ok(Err(sled::Error::Io(e)))
                if matches!(
                    e.kind(),
                    ErrorKind::PermissionDenied
                        | ErrorKind::NotADirectory
                        | ErrorKind::ReadOnlyFilesystem
                ) =>
            {
                return Err(unreadable(dir, &e))
            }
            Ok(Err(sled::Error::Io(e))) if e.to_string().contains("lock") => {
                return Err(OpenError::Locked {
                    path: dir.to_path_buf(),
                })
            }
            Ok(Err(e)) => return Err(corrupt(e.to_string())),
            Err(panic) => {
                let detail = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "the database could not be read".into());
                return Err(corrupt(detail));
            }
        };

        // From here on every flush also syncs sled's files (see `lphm-durable`).
        let durable = lphm_durable::SledFiles::open(db_path).map_err(|e| unreadable(dir, &e))?;
        let tree = |name: &str| db.open_tree(name).map_err(|e| corrupt(e.to_string()));
        let meta = tree("meta")?;
        let mut repairs = Vec::new();
        match meta.get(SCHEMA_KEY).map_err(|e| corrupt(e.to_string()))? {
            Some(v) => {
                let found = <[u8; 4]>::try_from(v.as_ref())
                    .map(u32::from_be_bytes)
                    .map_err(|_| corrupt("unreadable schema version".into()))?;
                if found == 1 {
                    upgrade_from_1(&db).map_err(|e| corrupt(e.to_string()))?;
                }
                if found <= 2 {
                    crate::progress::upgrade_from_2(&db).map_err(|e| corrupt(e.to_string()))?;
                }
                if found <= 3 {
                    if let Some(repair) =
                        crate::progress::upgrade_from_3(&db).map_err(|e| corrupt(e.to_string()))?
                    {
                        repairs.push(repair);
                    }
                }
                if found <= 4 {
                    crate::progress::upgrade_from_4(&db).map_err(|e| corrupt(e.to_string()))?;
                    meta.insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())
                        .map_err(|e| corrupt(e.to_string()))?;
                    durable.flush(&db).map_err(|e| corrupt(e.to_string()))?;
                } else if found > SCHEMA_VERSION {
                    return Err(OpenError::NewerSchema {
                        path: dir.to_path_buf(),
                        found,
                        supported: SCHEMA_VERSION,
                    });
                }
            }
            // Every store is created with its schema key (see `create`), so one without it
            // lost its contents: report it rather than start afresh on top of it.
            None => return Err(corrupt("the schema version is missing".into())),
        }

        Ok(Store {
            dir: dir.to_path_buf(),
            courses: tree("content/courses")?,
            blobs: tree("content/blobs")?,
            trust: tree("trust")?,
            events: tree("progress/events")?,
            by_seq: tree("progress/by_seq")?,
            sync: tree("sync")?,
            certificates: tree("certificates")?,
            append_lock: std::sync::Mutex::new(()),
            generation: Default::default(),
            profiles: tree("profiles")?,
            device: tree("device")?,
            db,
            durable,
            repairs,
            _lock: lock,
        })
    }
}

fn upgrade_from_1(db: &sled::Db) -> Result<(), sled::Error> {
    db.drop_tree("content/items")?;
    db.drop_tree("content/courses")?;
    Ok(())
}

/// Creates a new database with its schema version in `db.new`, then renames it to `db_path`.
fn create(dir: &Path, db_path: &Path) -> Result<(), std::io::Error> {
    let fresh = dir.join("db.new");
    if fresh.exists() {
        // Left by a crash during an earlier creation; it never held anything.
        std::fs::remove_dir_all(&fresh)?;
    }
    {
        let io = |e: sled::Error| std::io::Error::other(e.to_string());
        let db = sled::Config::new().path(&fresh).open().map_err(io)?;
        db.open_tree("meta")
            .map_err(io)?
            .insert(SCHEMA_KEY, &SCHEMA_VERSION.to_be_bytes())
            .map_err(io)?;
        // The log, sled's `conf` and the new folder's entries, on stable storage.
        lphm_durable::SledFiles::open(&fresh)?
            .flush(&db)
            .map_err(io)?;
    }
    // The rename itself, durable (on Windows NTFS journals it; folders cannot be synced).
    lphm_durable::rename(&fresh, db_path)
}

/// The files of the sled folder as they were before opening, for putting back after a
/// refused open.
struct OpenGuard {
    db_path: std::path::PathBuf,
    copy: std::path::PathBuf,
    had_log: bool,
    names: Vec<std::ffi::OsString>,
}

impl OpenGuard {
    fn take(dir: &Path, db_path: &Path) -> std::io::Result<OpenGuard> {
        let copy = dir.join("lphm-open-guard");
        let log = db_path.join("db");
        let had_log = log.is_file();
        if had_log {
            std::fs::copy(&log, &copy)?;
        }
        let names = match std::fs::read_dir(db_path) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.file_name()))
                .collect(),
            Err(_) => Vec::new(),
        };
        Ok(OpenGuard {
            db_path: db_path.to_path_buf(),
            copy,
            had_log,
            names,
        })
    }

    fn release(self) -> std::io::Result<()> {
        if self.had_log {
            std::fs::remove_file(&self.copy)?;
        }
        Ok(())
    }

    /// Removes what the failed open created and puts the original log back.
    fn restore(self) -> std::io::Result<()> {
        if let Ok(entries) = std::fs::read_dir(&self.db_path) {
            for entry in entries.flatten() {
                if !self.names.contains(&entry.file_name()) && entry.path().is_file() {
                    std::fs::remove_file(entry.path())?;
                }
            }
        }
        if self.had_log {
            std::fs::rename(&self.copy, self.db_path.join("db"))?;
        } else if self.names.is_empty() {
            // The folder did not exist before; leave no empty database behind.
            let _ = std::fs::remove_dir(&self.db_path);
        }
        Ok(())
    }
}
