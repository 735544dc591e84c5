//! A FUSE test file system that models a power cut, for tests that prove data the app
//! reports as "saved" survives losing power (the technique of LazyFS, which Jepsen uses).
//!
//! # Model
//!
//! - The [`Disk`] lives in memory only (no backing folder) and outlives its mounts: mount,
//!   [`Mount::cut`], unmount, then mount the same disk again, like rebooting with the same disk.
//! - Every regular file has `data` (what readers see now) and `synced` (its bytes as of its
//!   last `fsync` or `fdatasync`, both of which make the whole file durable). Nothing else
//!   makes bytes durable: over FUSE, Linux sends no request for `sync_file_range`, `close`
//!   or `syncfs`, so those change nothing here, as intended.
//! - Name-space operations (create, mkdir, rename, unlink, rmdir) and metadata (mode, owner,
//!   times) are durable at once, as in LazyFS; only file contents are volatile. So after a cut
//!   a file created but never synced exists with length 0, a file grown, overwritten or
//!   truncated since its last sync has exactly its synced length and bytes again, and a file
//!   written to a temporary name and renamed over another without a sync is empty.
//! - [`Mount::cut`] drops what was not synced and, from that instant, answers every request
//!   reaching that mount with EIO, so nothing a frozen or dying writer sends afterwards
//!   counts. The bytes it dropped are counted per file as the positions where `data` and
//!   `synced` differ, every position past the shorter of the two counting as different.
//! - The kernel caches nothing that a cut could make stale: attribute and entry TTLs are zero
//!   and files are opened with direct I/O, so every read, write and stat reaches the disk.
//!   Each `write(2)` is one or more FUSE writes (at most 1 MiB each on stock kernels).
//! - No locking requests are implemented, so the kernel keeps `flock` and POSIX locks
//!   locally: `File::try_lock`, fs2 and sled's lock work as on a local disk.
//! - Owners are the caller's uid/gid, permissions those given to create/mkdir (the root is
//!   0o755), checked by the kernel (`default_permissions`). `statfs` reports 4 TiB free;
//!   `fallocate` grows files (durable only once synced); symlinks, hard links, special files
//!   and extended attributes are not supported.

mod disk;
mod freeze;
mod fuse;

use std::io;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use fuser::{BackgroundSession, Config, MountOption};
use nix::mount::{umount2, MntFlags};

use crate::disk::State;
pub use crate::freeze::freeze;
use crate::fuse::{lock, PowercutFs};

/// How long [`Mount::unmount`] retries a busy mount before detaching it lazily.
const UNMOUNT_DEADLINE: Duration = Duration::from_secs(3);
const UNMOUNT_POLL: Duration = Duration::from_millis(10);

/// The in-memory "disk". Cloneable handle (Arc inside); outlives mounts.
#[derive(Clone)]
pub struct Disk {
    state: Arc<Mutex<State>>,
}

/// Counters since the disk was created.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// FUSE write requests served.
    pub writes: u64,
    /// fsync and fdatasync requests served on files.
    pub syncs: u64,
    /// Power cuts.
    pub cuts: u64,
    /// Unsynced bytes dropped by all cuts.
    pub bytes_dropped: u64,
}

impl Default for Disk {
    fn default() -> Disk {
        Disk::new()
    }
}

impl std::fmt::Debug for Disk {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Disk")
            .field("stats", &self.stats())
            .finish()
    }
}

impl Disk {
    /// An empty disk: just the root folder, owned by this process's user.
    pub fn new() -> Disk {
        let state = State::new(
            nix::unistd::getuid().as_raw(),
            nix::unistd::getgid().as_raw(),
        );
        Disk {
            state: Arc::new(Mutex::new(state)),
        }
    }

    /// Mounts the disk at `mountpoint` (an existing empty folder). One mount at a time.
    pub fn mount(&self, mountpoint: &Path) -> io::Result<Mount> {
        let mount_id = {
            let mut state = lock(&self.state);
            if state.mounted {
                return Err(io::Error::new(
                    io::ErrorKind::ResourceBusy,
                    "this disk is already mounted: unmount the earlier Mount first",
                ));
            }
            state.begin_mount()
        };
        let filesystem = PowercutFs {
            state: Arc::clone(&self.state),
            mount_id,
        };
        let mut config = Config::default();
        config.mount_options = vec![
            MountOption::FSName("lphm-powercut".into()),
            MountOption::DefaultPermissions,
        ];
        let mounted = mountpoint.canonicalize().and_then(|canonical| {
            Ok((
                fuser::spawn_mount(filesystem, &canonical, &config)?,
                canonical,
            ))
        });
        let (session, canonical) = match mounted {
            Ok(mounted) => mounted,
            Err(error) => {
                let mut state = lock(&self.state);
                state.mounted = false;
                state.live_mount = None;
                return Err(error);
            }
        };
        let device = find_device(&canonical);
        Ok(Mount {
            disk: self.clone(),
            path: mountpoint.to_path_buf(),
            canonical,
            device,
            mount_id,
            session: Some(session),
        })
    }

    /// Counters since creation.
    pub fn stats(&self) -> Stats {
        lock(&self.state).stats
    }
}

/// A mounted disk. Dropping it unmounts (after a cut too).
pub struct Mount {
    disk: Disk,
    path: PathBuf,
    canonical: PathBuf,
    /// "major:minor" of this mount in /proc/self/mountinfo, to tell it from a later one.
    device: Option<String>,
    mount_id: u64,
    session: Option<BackgroundSession>,
}

impl std::fmt::Debug for Mount {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Mount")
            .field("path", &self.path)
            .field("device", &self.device)
            .finish()
    }
}

impl Mount {
    /// Where the disk is mounted, as given to [`Disk::mount`].
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The power goes off now: every file's contents go back to their last synced state, and
    /// from this instant every request reaching this mount fails with EIO. Returns the bytes
    /// dropped (see the crate documentation); a second cut of the same mount drops nothing.
    pub fn cut(&self) -> u64 {
        let mut state = lock(&self.disk.state);
        if state.live_mount == Some(self.mount_id) {
            state.cut()
        } else {
            0
        }
    }

    /// Unmounts now (also done on drop). Retries while the kernel says busy (a process still
    /// holds files open here) for 3 s, then detaches the mount lazily; requests still coming
    /// from such processes get EIO.
    pub fn unmount(mut self) -> io::Result<()> {
        self.finish()
    }

    fn finish(&mut self) -> io::Result<()> {
        let Some(session) = self.session.take() else {
            return Ok(());
        };
        let deadline = Instant::now() + UNMOUNT_DEADLINE;
        let mut outcome = Ok(());
        let mut detached_lazily = false;
        while self.still_mounted() {
            match unmount_once(&self.canonical, false) {
                Ok(()) => break,
                Err(error) if error.raw_os_error() == Some(nix::libc::EINVAL) => break, // not mounted
                Err(_) if Instant::now() < deadline => std::thread::sleep(UNMOUNT_POLL),
                Err(_) => {
                    // Whatever the processes still holding files send from now on gets EIO.
                    lock(&self.disk.state).live_mount = None;
                    outcome = unmount_once(&self.canonical, true);
                    detached_lazily = true;
                    eprintln!(
                        "lphm-powercut: {} stayed busy for {UNMOUNT_DEADLINE:?}; detached it lazily",
                        self.path.display()
                    );
                    break;
                }
            }
        }
        {
            let mut state = lock(&self.disk.state);
            if state.live_mount == Some(self.mount_id) {
                state.live_mount = None;
            }
            state.mounted = false;
        }
        // Dropping fuser's session unmounts the path once more, even when its connection is
        // already gone, so whatever is mounted there by then would go. Drop it only while
        // nothing is; else leak it (one file descriptor; its thread ends with the connection).
        let nothing_mounted = mounts_at(&self.canonical).is_some_and(|devices| devices.is_empty());
        if nothing_mounted && !detached_lazily {
            drop(session);
        } else {
            std::mem::forget(session);
        }
        outcome
    }

    fn still_mounted(&self) -> bool {
        match (&self.device, mounts_at(&self.canonical)) {
            (Some(device), Some(devices)) => devices.contains(device),
            _ => true,
        }
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        if let Err(error) = self.finish() {
            eprintln!(
                "lphm-powercut: could not unmount {}: {error}",
                self.path.display()
            );
        }
    }
}

/// One unmount attempt: umount2(2) as root, else `fusermount3 -u` (with `-z` when lazy).
fn unmount_once(path: &Path, lazy: bool) -> io::Result<()> {
    let flags = if lazy {
        MntFlags::MNT_DETACH
    } else {
        MntFlags::empty()
    };
    match umount2(path, flags) {
        Ok(()) => Ok(()),
        Err(nix::errno::Errno::EPERM) => {
            let mut command = Command::new("fusermount3");
            command.arg("-u").arg("-q");
            if lazy {
                command.arg("-z");
            }
            let output = command.arg("--").arg(path).stdin(Stdio::null()).output()?;
            if output.status.success() {
                Ok(())
            } else {
                Err(io::Error::other(
                    String::from_utf8_lossy(&output.stderr).trim().to_owned(),
                ))
            }
        }
        Err(errno) => Err(errno.into()),
    }
}

/// The "major:minor" of the newest mount at `path`, from /proc/self/mountinfo.
fn find_device(path: &Path) -> Option<String> {
    mounts_at(path)?.pop()
}

/// The "major:minor" of every mount at `path`, oldest first; `None` if unknown.
fn mounts_at(path: &Path) -> Option<Vec<String>> {
    let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let wanted = path.as_os_str().as_bytes();
    let devices = mountinfo.lines().filter_map(|line| {
        // "id parent major:minor root mountpoint options... - fstype source superoptions"
        let fields: Vec<&str> = line.split(' ').collect();
        (fields.len() > 4 && unescape(fields[4]) == wanted).then(|| fields[2].to_owned())
    });
    Some(devices.collect())
}

/// mountinfo writes space, tab, newline and backslash as `\ooo` (octal).
fn unescape(field: &str) -> Vec<u8> {
    let bytes = field.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let octal = bytes.get(i + 1..i + 4).and_then(|digits| {
            std::str::from_utf8(digits)
                .ok()
                .and_then(|digits| u8::from_str_radix(digits, 8).ok())
        });
        match (bytes[i], octal) {
            (b'\\', Some(byte)) => {
                out.push(byte);
                i += 4;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// Ok if FUSE can run here; otherwise one sentence naming what is missing and how to get it.
pub fn available() -> Result<(), String> {
    let dev_fuse = Path::new("/dev/fuse");
    if !dev_fuse.exists() {
        return Err(
            "/dev/fuse is missing: this test needs FUSE (load the fuse module with \
                    `modprobe fuse`, or run it on a machine with /dev/fuse)"
                .into(),
        );
    }
    if let Err(error) = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(dev_fuse)
    {
        return Err(format!(
            "/dev/fuse cannot be opened ({error}): this test needs read-write access to it \
             (in a container, pass the device in, e.g. `--device /dev/fuse`)"
        ));
    }
    let fusermount = Command::new("fusermount3")
        .arg("-V")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if fusermount.is_err() {
        return Err(
            "fusermount3 is missing: install Debian's fuse3 package (scripts/setup does)".into(),
        );
    }
    Ok(())
}
