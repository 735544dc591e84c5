//! Tests of the power-cut file system itself, each way round: what was fsync'd survives a cut
//! and a remount byte for byte, what was not is gone, and the mount behaves like a disk
//! (locks, renames, EIO once the power is off).

use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::{DirBuilderExt, FileExt, MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use lphm_powercut::{Disk, Mount};
use tempfile::TempDir;

const EIO: i32 = nix::libc::EIO;

/// A fresh disk mounted at `<tempdir>/mnt`. Declared in this order so the mount goes first.
fn fresh_mount() -> (TempDir, Disk, Mount) {
    let dir = tempfile::tempdir().unwrap();
    let mountpoint = dir.path().join("mnt");
    fs::create_dir(&mountpoint).unwrap();
    let disk = Disk::new();
    let mount = disk.mount(&mountpoint).unwrap();
    (dir, disk, mount)
}

/// Cuts the power, unmounts, and mounts the same disk again at the same place.
fn power_cycle(disk: &Disk, mount: Mount) -> (u64, Mount) {
    let dropped = mount.cut();
    let path = mount.path().to_owned();
    mount.unmount().unwrap();
    (dropped, disk.mount(&path).unwrap())
}

/// Positions where two byte strings differ, every position past the shorter one counting.
fn differing_bytes(a: &[u8], b: &[u8]) -> u64 {
    (a.iter().zip(b).filter(|(x, y)| x != y).count() + a.len().abs_diff(b.len())) as u64
}

#[derive(Clone, Copy, Debug)]
enum Step {
    Write(u64, &'static [u8]),
    Append(&'static [u8]),
    SetLen(u64),
    SyncAll,
    SyncData,
}

/// Runs `steps` on a file at `path` and returns the bytes readers should see now.
fn run_steps(path: &Path, steps: &[Step]) -> Vec<u8> {
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .unwrap();
    let mut model = Vec::new();
    for step in steps {
        match *step {
            Step::Write(offset, bytes) => {
                file.write_all_at(bytes, offset).unwrap();
                let end = offset as usize + bytes.len();
                model.resize(model.len().max(end), 0);
                model[offset as usize..end].copy_from_slice(bytes);
            }
            Step::Append(bytes) => {
                file.write_all_at(bytes, model.len() as u64).unwrap();
                model.extend_from_slice(bytes);
            }
            Step::SetLen(len) => {
                file.set_len(len).unwrap();
                model.resize(len as usize, 0);
            }
            Step::SyncAll => file.sync_all().unwrap(),
            Step::SyncData => file.sync_data().unwrap(),
        }
    }
    model
}

#[test]
fn sync_all_and_sync_data_make_written_bytes_durable() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    let big: Vec<u8> = (0..3 * 1024 * 1024 + 17)
        .map(|i: u32| (i % 251) as u8)
        .collect();
    let contents: [(&str, &[u8]); 4] = [
        ("empty", b""),
        ("small", b"hello, power cut"),
        ("binary", &[0, 255, 0, 1, 2]),
        ("three-MiB", &big),
    ];
    let (_dir, disk, mount) = fresh_mount();
    let mut expected = Vec::new();
    for (name, bytes) in contents {
        for (sync, how) in [(Step::SyncAll, "sync_all"), (Step::SyncData, "sync_data")] {
            let path = mount.path().join(format!("{name}-{how}"));
            let mut file = File::create(&path).unwrap();
            file.write_all(bytes).unwrap();
            match sync {
                Step::SyncAll => file.sync_all().unwrap(),
                _ => file.sync_data().unwrap(),
            }
            expected.push((path, bytes));
        }
    }
    let (dropped, _mount) = power_cycle(&disk, mount);
    assert_eq!(dropped, 0, "everything was synced");
    for (path, bytes) in expected {
        let read = fs::read(&path).unwrap();
        assert!(
            read == bytes,
            "{} differs after the cut ({} bytes, expected {})",
            path.display(),
            read.len(),
            bytes.len()
        );
    }
    assert_eq!(disk.stats().syncs, 8);
    assert_eq!(disk.stats().cuts, 1);
}

#[test]
fn unsynced_changes_are_dropped_by_a_cut() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    use Step::*;
    // (file, steps, contents after the cut, bytes the cut drops from it)
    let cases: [(&str, &[Step], &[u8], u64); 9] = [
        (
            "append-after-sync",
            &[Write(0, b"AAAA"), SyncAll, Append(b"BBBB")],
            b"AAAA",
            4,
        ),
        ("never-synced", &[Write(0, b"data")], b"", 4),
        (
            "overwrite-after-sync",
            &[Write(0, b"AAAA"), SyncData, Write(1, b"XX")],
            b"AAAA",
            2,
        ),
        (
            "truncate-after-sync",
            &[Write(0, b"ABCDEFGH"), SyncAll, SetLen(2)],
            b"ABCDEFGH",
            6,
        ),
        (
            "hole-after-sync",
            &[Write(0, b"AB"), SyncAll, Write(6, b"Z")],
            b"AB",
            5,
        ),
        ("synced-hole", &[Write(4, b"Z"), SyncAll], b"\0\0\0\0Z", 0),
        (
            "synced-twice",
            &[
                Write(0, b"one"),
                SyncAll,
                Write(0, b"two!"),
                SyncData,
                Append(b"x"),
            ],
            b"two!",
            1,
        ),
        (
            "emptied-and-rewritten",
            &[Write(0, b"keep"), SyncAll, SetLen(0), Write(0, b"kept")],
            b"keep",
            2, // "kept" vs "keep"
        ),
        (
            "same-bytes-again",
            &[Write(0, b"same"), SyncAll, Write(0, b"same")],
            b"same",
            0,
        ),
    ];
    let (_dir, disk, mount) = fresh_mount();
    for (name, steps, _, _) in cases {
        let now = run_steps(&mount.path().join(name), steps);
        assert_eq!(
            fs::read(mount.path().join(name)).unwrap(),
            now,
            "{name}: readers see the latest bytes before the cut"
        );
    }
    let (dropped, mount) = power_cycle(&disk, mount);
    for (name, _, after_cut, _) in cases {
        assert_eq!(
            fs::read(mount.path().join(name)).unwrap(),
            after_cut,
            "{name}"
        );
    }
    assert_eq!(dropped, cases.iter().map(|case| case.3).sum::<u64>());
    assert_eq!(disk.stats().bytes_dropped, dropped);
}

#[test]
fn names_are_durable_at_once_but_unsynced_contents_are_not() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    let (_dir, disk, mount) = fresh_mount();
    let at = |name: &str| mount.path().join(name);
    // Written and renamed, never synced: the name survives, the bytes do not.
    fs::write(at("draft.tmp"), b"new contents").unwrap();
    fs::rename(at("draft.tmp"), at("draft")).unwrap();
    // The classic zero-length file: a synced file replaced by an unsynced one.
    let mut config = File::create(at("config")).unwrap();
    config.write_all(b"old").unwrap();
    config.sync_all().unwrap();
    fs::write(at("config.tmp"), b"new").unwrap();
    fs::rename(at("config.tmp"), at("config")).unwrap();
    // The right way: sync, then rename.
    let mut safe = File::create(at("safe.tmp")).unwrap();
    safe.write_all(b"safe").unwrap();
    safe.sync_all().unwrap();
    fs::rename(at("safe.tmp"), at("safe")).unwrap();
    // Folders and removals.
    fs::create_dir_all(at("folder/sub")).unwrap();
    fs::rename(at("safe"), at("folder/sub/safe")).unwrap();
    fs::create_dir(at("emptied")).unwrap();
    fs::remove_dir(at("emptied")).unwrap();
    fs::write(at("gone"), b"x").unwrap();
    fs::remove_file(at("gone")).unwrap();
    drop((config, safe));
    // Modes given to create and mkdir are kept (and durable, like all metadata).
    let private = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(at("private"));
    fs::DirBuilder::new()
        .mode(0o700)
        .create(at("folder/private"))
        .unwrap();
    drop(private.unwrap());

    let (dropped, mount) = power_cycle(&disk, mount);
    let at = |name: &str| mount.path().join(name);
    let mut names: Vec<String> = fs::read_dir(mount.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["config", "draft", "folder", "private"]);
    for (name, mode) in [("private", 0o100600), ("folder/private", 0o040700)] {
        let metadata = fs::metadata(at(name)).unwrap();
        assert_eq!(metadata.mode(), mode, "{name}");
        assert_eq!(
            metadata.uid(),
            nix::unistd::getuid().as_raw(),
            "{name}: the caller owns it"
        );
    }
    assert_eq!(
        fs::read(at("draft")).unwrap(),
        b"",
        "renamed without a sync: exists but empty"
    );
    assert_eq!(
        fs::read(at("config")).unwrap(),
        b"",
        "replaced without a sync: exists but empty"
    );
    assert_eq!(
        fs::read(at("folder/sub/safe")).unwrap(),
        b"safe",
        "synced before the rename"
    );
    assert!(at("folder/sub").is_dir());
    assert_eq!(dropped, ("new contents".len() + "new".len()) as u64);
}

#[test]
fn a_cut_mount_answers_eio_and_a_fresh_mount_works() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    let (_dir, disk, mount) = fresh_mount();
    let path = mount.path().join("file");
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    file.write_all(b"synced").unwrap();
    file.sync_all().unwrap();
    file.write_all(b" and more").unwrap();
    let mut before = Vec::new();
    File::open(&path).unwrap().read_to_end(&mut before).unwrap(); // pages a cache could keep
    assert_eq!(before, b"synced and more");
    assert_eq!(file.read_at(&mut [0; 16], 0).unwrap(), before.len());
    let busy = disk.mount(mount.path()).unwrap_err();
    assert_eq!(
        busy.kind(),
        std::io::ErrorKind::ResourceBusy,
        "one mount at a time"
    );

    assert_eq!(mount.cut(), " and more".len() as u64);
    assert_eq!(
        mount.cut(),
        0,
        "a second cut of the same mount drops nothing"
    );
    let mut buffer = [0; 4]; // within the size the kernel knows, so only a cache could answer
    let failures = [
        ("read", file.read_at(&mut buffer, 0).map(drop)),
        ("write", file.write_all_at(b"late", 0)),
        ("fsync", file.sync_all()),
        ("stat", fs::metadata(&path).map(drop)),
        ("create", fs::write(mount.path().join("new"), b"late")),
    ];
    for (operation, result) in failures {
        assert_eq!(
            result.map_err(|error| error.raw_os_error()),
            Err(Some(EIO)),
            "{operation} after the cut"
        );
    }
    drop(file);

    let place = mount.path().to_owned();
    mount.unmount().unwrap();
    let mount = disk.mount(&place).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"synced");
    fs::write(&path, b"after the reboot").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"after the reboot");
    assert!(!mount.path().join("new").exists());
    assert_eq!(disk.stats().cuts, 1);
}

#[test]
fn a_busy_mount_is_detached_lazily_and_the_disk_mounts_again() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    let (_dir, disk, mount) = fresh_mount();
    let path = mount.path().join("held");
    let held = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(true)
        .open(&path)
        .unwrap();
    held.write_all_at(b"kept", 0).unwrap();
    held.sync_data().unwrap();
    held.write_all_at(b"lost", 4).unwrap();
    assert_eq!(mount.cut(), 4);
    let place = mount.path().to_owned();
    let started = Instant::now();
    mount
        .unmount()
        .expect("a mount still held open is detached lazily");
    assert!(
        started.elapsed() >= Duration::from_secs(2),
        "it first retried while busy"
    );

    let mount = disk.mount(&place).unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"kept");
    // The old handle still talks to the detached mount, which only answers EIO.
    let late = held
        .write_all_at(b"late", 0)
        .map_err(|error| error.raw_os_error());
    assert_eq!(late, Err(Some(EIO)));
    drop(held);
    fs::write(mount.path().join("new"), b"fine").unwrap();
    assert_eq!(fs::read(&path).unwrap(), b"kept");
    assert_eq!(fs::read(mount.path().join("new")).unwrap(), b"fine");
    mount.unmount().unwrap();
}

#[test]
fn try_lock_and_flock_work_on_the_mount() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    let (_dir, _disk, mount) = fresh_mount();
    let path = mount.path().join("lock");
    let first = File::create(&path).unwrap();
    let second = File::open(&path).unwrap();
    first.try_lock().unwrap();
    for attempt in [second.try_lock(), second.try_lock_shared()] {
        assert!(
            matches!(attempt, Err(std::fs::TryLockError::WouldBlock)),
            "{attempt:?}"
        );
    }
    first.unlock().unwrap();
    second.try_lock().unwrap();
    assert!(matches!(
        first.try_lock_shared(),
        Err(std::fs::TryLockError::WouldBlock)
    ));
    drop(second); // closing releases the lock
    first.try_lock().unwrap();
}

/// SplitMix64: a small, seeded random source so every run writes the same bytes.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound
    }
}

#[test]
fn random_writes_leave_exactly_the_synced_state() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    for seed in [1, 2, 3] {
        let (_dir, disk, mount) = fresh_mount();
        let mut random = Random(seed);
        let names = ["a.log", "b.data"];
        let files: Vec<File> = names
            .iter()
            .map(|name| {
                OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create(true)
                    .truncate(true)
                    .open(mount.path().join(name))
                    .unwrap()
            })
            .collect();
        // (what readers see, what the last sync made durable) per file
        let mut models = vec![(Vec::<u8>::new(), Vec::<u8>::new()); files.len()];
        let (mut written, mut writes, mut syncs) = (0, 0, 0);
        while written < 4 * 1024 * 1024 {
            let which = random.below(files.len() as u64) as usize;
            let (file, (now, synced)) = (&files[which], &mut models[which]);
            match random.below(20) {
                0..=1 => {
                    if random.below(2) == 0 {
                        file.sync_all().unwrap()
                    } else {
                        file.sync_data().unwrap()
                    }
                    synced.clone_from(now);
                    syncs += 1;
                }
                2 => {
                    let len = random.below(now.len() as u64 + 1);
                    file.set_len(len).unwrap();
                    now.resize(len as usize, 0);
                }
                _ => {
                    let offset = random.below(now.len() as u64 + 4096) as usize;
                    let chunk: Vec<u8> = (0..1 + random.below(96 * 1024))
                        .map(|_| random.next() as u8)
                        .collect();
                    file.write_all_at(&chunk, offset as u64).unwrap();
                    now.resize(now.len().max(offset + chunk.len()), 0);
                    now[offset..offset + chunk.len()].copy_from_slice(&chunk);
                    written += chunk.len();
                    writes += 1;
                }
            }
        }
        files[0]
            .write_all_at(b"never synced", models[0].0.len() as u64)
            .unwrap();
        models[0].0.extend_from_slice(b"never synced");
        for (name, (now, _)) in names.iter().zip(&models) {
            assert!(
                fs::read(mount.path().join(name)).unwrap() == *now,
                "seed {seed}: {name} before the cut"
            );
        }
        drop(files);

        let (dropped, mount) = power_cycle(&disk, mount);
        let expected_dropped: u64 = models
            .iter()
            .map(|(now, synced)| differing_bytes(now, synced))
            .sum();
        assert_eq!(dropped, expected_dropped, "seed {seed}");
        assert!(
            dropped >= 12,
            "seed {seed}: the last write was never synced"
        );
        for (name, (_, synced)) in names.iter().zip(&models) {
            let read = fs::read(mount.path().join(name)).unwrap();
            assert!(
                read == *synced,
                "seed {seed}: {name} after the cut: {} bytes, synced {}",
                read.len(),
                synced.len()
            );
        }
        let stats = disk.stats();
        assert_eq!(
            (stats.syncs, stats.cuts, stats.bytes_dropped),
            (syncs, 1, dropped),
            "seed {seed}"
        );
        assert!(
            stats.writes > writes,
            "seed {seed}: every write reached the disk"
        );
    }
}

/// Set in the child: the db folder, and how the writer ends (a `SledEnding` name).
const SLED_WRITER: &str = "LPHM_POWERCUT_SLED_WRITER";
const SLED_ENDING: &str = "LPHM_POWERCUT_SLED_ENDING";
const SLED_READY: &str = "lphm-powercut: the sled writer is done";
const KEY: &[u8] = b"progress";
const VALUE: &[u8] = b"lesson 7 done";

/// How the writer ends before the power goes off.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SledEnding {
    /// `flush()` only: pwrite and `sync_file_range`, which sends nothing over FUSE.
    Flush,
    /// `flush()`, then the test fsyncs sled's log file `db/db` itself.
    FlushThenFsyncLog,
    /// `flush()`, then the Db is dropped: sled's `Log::drop` fsyncs the log.
    FlushThenClose,
}

/// The child process: writes one key with sled, ends as told, reports, then waits to be frozen.
fn run_sled_writer(db_path: &Path, ending: &str) -> ! {
    let db = sled::Config::new()
        .path(db_path)
        .flush_every_ms(None)
        .open()
        .unwrap();
    db.insert(KEY, VALUE).unwrap();
    db.flush().unwrap();
    if ending == format!("{:?}", SledEnding::FlushThenClose) {
        drop(db);
        // sled closes on background threads: wait until no file of the db is open here.
        let db_path = db_path.canonicalize().unwrap();
        let deadline = Instant::now() + Duration::from_secs(20);
        while fs::read_dir("/proc/self/fd").unwrap().any(|fd| {
            fs::read_link(fd.unwrap().path()).is_ok_and(|target| target.starts_with(&db_path))
        }) {
            assert!(Instant::now() < deadline, "sled kept its files open");
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    println!("{SLED_READY}");
    // Stay alive (the db still open unless closed above) until the parent freezes and kills
    // this process; exit without running destructors if the parent goes away instead.
    let _ = std::io::stdin().read(&mut [0]);
    std::process::exit(0)
}

#[test]
fn sled_flush_alone_is_lost_but_an_fsynced_log_survives() {
    if let Err(why) = lphm_powercut::available() {
        panic!("{why}")
    }
    if let Ok(db_path) = std::env::var(SLED_WRITER) {
        run_sled_writer(Path::new(&db_path), &std::env::var(SLED_ENDING).unwrap());
    }
    // (how the writer ends, whether the key is there after the cut)
    let cases = [
        (SledEnding::Flush, false),
        (SledEnding::FlushThenFsyncLog, true),
        (SledEnding::FlushThenClose, true),
    ];
    for (ending, survives) in cases {
        let (_dir, disk, mount) = fresh_mount();
        let db_path = mount.path().join("db");
        let mut writer = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "sled_flush_alone_is_lost_but_an_fsynced_log_survives",
                "--nocapture",
            ])
            .env(SLED_WRITER, &db_path)
            .env(SLED_ENDING, format!("{ending:?}"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let (lines, received) = mpsc::channel();
        let stdout = writer.stdout.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let _ = lines.send(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let wait = deadline.saturating_duration_since(Instant::now());
            match received.recv_timeout(wait) {
                Ok(line) if line == SLED_READY => break,
                Ok(_) => {}
                Err(error) => panic!("{ending:?}: the sled writer never reported ({error})"),
            }
        }
        lphm_powercut::freeze(writer.id()).unwrap();
        if ending == SledEnding::FlushThenFsyncLog {
            File::open(db_path.join("db")).unwrap().sync_all().unwrap();
        }
        let syncs_before_cut = disk.stats().syncs;
        let dropped = mount.cut();
        writer.kill().unwrap();
        writer.wait().unwrap();
        let place = mount.path().to_owned();
        mount.unmount().unwrap();
        let _mount = disk.mount(&place).unwrap();

        let found = match sled::Config::new()
            .path(&db_path)
            .flush_every_ms(None)
            .open()
        {
            Ok(db) => db.get(KEY).unwrap().map(|value| value.to_vec()),
            Err(error) => {
                eprintln!("{ending:?}: sled cannot open the db after the cut: {error}");
                None
            }
        };
        if survives {
            assert_eq!(
                found.as_deref(),
                Some(VALUE),
                "{ending:?}: the key must survive"
            );
        } else {
            assert_eq!(found, None, "{ending:?}: the key must be lost");
            assert_eq!(
                syncs_before_cut, 0,
                "{ending:?}: sync_file_range sends no fsync over FUSE"
            );
            assert!(
                dropped > 0,
                "{ending:?}: the cut must drop sled's unsynced log"
            );
        }
    }
}
