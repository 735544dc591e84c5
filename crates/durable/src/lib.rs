//! Durability: the one place that decides when a write is on stable storage.
//!
//! "Saved" in LPHM means the bytes survive a power cut, not only a crash of the app. Two
//! things stand in the way, and this crate deals with both:
//!
//! - **sled's `flush()` is not durable on Linux.** sled 0.34 writes its log with `pwrite`
//!   and then calls only `sync_file_range`, which persists neither the file's grown size
//!   nor the drive's write cache; a real `fsync` comes from a background thread every
//!   500 ms. Its large values (`blobs/`) and its `conf` file are never synced at all.
//!   [`SledFiles::flush`] flushes sled and then `fdatasync`s the log and any new blob file,
//!   so when it returns the write is on disk. On Windows sled's own flush already calls
//!   `FlushFileBuffers`; doing it again costs nothing and keeps one code path.
//! - **Windows cannot sync a folder.** `File::open(dir)?.sync_all()` is how a rename or a
//!   new file is made durable on Unix, but Windows refuses to open a folder that way
//!   ("Access is denied", os error 5). NTFS journals its metadata, so [`sync_dir`] does
//!   nothing there instead of failing.
//!
//! The power-cut test (`tests/powercut`, over the FUSE file system in
//! `tests/powercut-fs`) proves the laptop store and the server's sled backend with these.

use std::collections::HashSet;
use std::ffi::OsString;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// sled's files in one database folder, kept open so every flush can sync them.
#[derive(Debug)]
pub struct SledFiles {
    dir: PathBuf,
    /// sled's log (`<dir>/db`), where every write lands.
    log: File,
    /// Blob files (values too large for the log) already synced.
    synced_blobs: Mutex<HashSet<OsString>>,
}

impl SledFiles {
    /// Call right after sled opened the database in `dir`. Syncs what sled wrote while
    /// opening and never syncs itself (`conf`, the log's first segment, the folder).
    pub fn open(dir: &Path) -> io::Result<SledFiles> {
        // Write access: Windows' FlushFileBuffers needs it; Linux does not mind.
        let log = File::options()
            .read(true)
            .write(true)
            .open(dir.join("db"))?;
        log.sync_all()?;
        match File::options()
            .read(true)
            .write(true)
            .open(dir.join("conf"))
        {
            Ok(conf) => conf.sync_all()?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        sync_dir(dir)?;
        let files = SledFiles {
            dir: dir.to_path_buf(),
            log,
            synced_blobs: Mutex::new(HashSet::new()),
        };
        files.sync_new_blobs()?;
        Ok(files)
    }

    /// Flushes sled and puts what it wrote on stable storage. When this returns `Ok`,
    /// every write made before the call survives a power cut.
    pub fn flush(&self, db: &sled::Db) -> sled::Result<()> {
        db.flush()?;
        self.sync()?;
        Ok(())
    }

    /// The sync half of [`SledFiles::flush`], for a caller that flushed sled itself.
    pub fn sync(&self) -> io::Result<()> {
        // fdatasync: the data and what is needed to read it back (the file's size).
        self.log.sync_data()?;
        self.sync_new_blobs()
    }

    /// sled writes values above a quarter of a segment (128 KiB by default) to
    /// `blobs/<lsn>` with plain writes and no sync; the log entry that points to one is
    /// only safe once the blob is too.
    fn sync_new_blobs(&self) -> io::Result<()> {
        let blobs = self.dir.join("blobs");
        let entries = match std::fs::read_dir(&blobs) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(e) => return Err(e),
        };
        let mut synced = self.synced_blobs.lock().unwrap_or_else(|e| e.into_inner());
        let mut any = false;
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name();
            if synced.contains(&name) {
                continue;
            }
            match File::options().read(true).write(true).open(entry.path()) {
                Ok(f) => f.sync_all()?,
                // sled removed it meanwhile (a rewritten value): nothing to keep.
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e),
            }
            synced.insert(name);
            any = true;
        }
        if any {
            sync_dir(&blobs)?;
        }
        Ok(())
    }
}

/// Makes the folder's entries (files created, renamed or removed in it) durable. On
/// Windows this does nothing: a folder cannot be opened for syncing there, and NTFS
/// journals these changes itself.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

/// The folder a path is in (`.` for a bare file name).
fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Moves `from` to `to` and makes the move durable.
pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    std::fs::rename(from, to)?;
    sync_dir(parent_of(to))
}

/// Writes `bytes` to `path` so that after a crash or a power cut the path holds either
/// its old contents or all of `bytes`, never part: written beside it under `tmp`, synced,
/// renamed over it, and the folder synced. On failure `tmp` is removed and `path` is
/// untouched.
pub fn write_file(path: &Path, tmp: &Path, bytes: &[u8]) -> io::Result<()> {
    let result = (|| {
        let mut f = File::create(tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        rename(tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(tmp);
    }
    result
}

/// Whether the failure `e` on the file at `path` is another program holding that file
/// without sharing it (an open document, a backup tool, an antivirus scan): Windows'
/// sharing or lock violation, or the "access denied" that replacing a held file gives,
/// when opening the file itself then reports the violation. Other systems do not lock
/// files that way.
pub fn in_use(path: &Path, e: &io::Error) -> bool {
    /// ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION.
    const SHARING: i32 = 32;
    const LOCK: i32 = 33;
    let violation = |e: &io::Error| matches!(e.raw_os_error(), Some(SHARING | LOCK));
    cfg!(windows)
        && (violation(e)
            || (e.kind() == io::ErrorKind::PermissionDenied
                && std::fs::OpenOptions::new()
                    .append(true)
                    .open(path)
                    .is_err_and(|probe| violation(&probe))))
}
