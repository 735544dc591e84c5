//! Helpers shared by the workspace tests: a controllable clock and fixture paths.

pub mod postgres;
pub mod proxy;
pub mod sim;

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use lphm_desk::Clock;

/// A clock that starts at a fixed instant and moves one second per reading, so events are
/// ordered and tests are repeatable.
#[derive(Debug, Clone)]
pub struct TestClock(pub Arc<AtomicI64>);

impl TestClock {
    pub fn new(start_ms: i64) -> TestClock {
        TestClock(Arc::new(AtomicI64::new(start_ms)))
    }
}

impl Clock for TestClock {
    fn now_ms(&self) -> i64 {
        self.0.fetch_add(1_000, Ordering::SeqCst)
    }
}

/// The set of `ids`; panics, naming `holder`, when one appears twice (nothing may be held
/// twice, on a laptop or on the server).
pub fn unique_ids(ids: &[uuid::Uuid], holder: &str) -> std::collections::BTreeSet<uuid::Uuid> {
    let set: std::collections::BTreeSet<uuid::Uuid> = ids.iter().copied().collect();
    assert_eq!(set.len(), ids.len(), "{holder} holds an event twice");
    set
}

/// The ids of every event `store` holds for `profile`; panics on a duplicate.
pub fn event_ids(
    store: &lphm_store::Store,
    profile: uuid::Uuid,
) -> std::collections::BTreeSet<uuid::Uuid> {
    let ids: Vec<uuid::Uuid> = store
        .events(profile)
        .unwrap()
        .iter()
        .map(|e| e.id)
        .collect();
    unique_ids(&ids, "the laptop")
}

/// The workspace's folder, as an absolute path on the platform the test runs on: under
/// Wine, `Z:\\work\\main` rather than `/work/main`, which Windows would take on the drive
/// of whatever folder a program runs in.
pub fn workspace_root() -> PathBuf {
    let tests = std::path::absolute(env!("CARGO_MANIFEST_DIR")).expect("an absolute path");
    tests
        .parent()
        .expect("tests/ is in the workspace")
        .to_path_buf()
}

/// A folder under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    workspace_root().join("tests").join("fixtures").join(name)
}

/// A private virtual X display for tests and benchmarks of the real window.
pub struct Xvfb {
    child: std::process::Child,
    /// The `DISPLAY` value, e.g. `:123`.
    pub display: String,
}

impl std::fmt::Debug for Xvfb {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Xvfb")
            .field("display", &self.display)
            .finish()
    }
}

impl Xvfb {
    /// Starts Xvfb on a display number nobody uses and waits until it accepts clients.
    pub fn start() -> Xvfb {
        use std::path::Path;
        let display = (100..400)
            .map(|n| n + (std::process::id() % 300))
            .find(|n| {
                !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                    && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
            })
            .expect("a free X display");
        let child = std::process::Command::new("Xvfb")
            .arg(format!(":{display}"))
            .args(["-screen", "0", "1280x800x24", "-nolisten", "tcp"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("Xvfb must be installed (apt-get install xvfb); scripts/setup does it");
        let socket = format!("/tmp/.X11-unix/X{display}");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !Path::new(&socket).exists() {
            assert!(std::time::Instant::now() < deadline, "Xvfb did not start");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        Xvfb {
            child,
            display: format!(":{display}"),
        }
    }
}

impl Drop for Xvfb {
    fn drop(&mut self) {
        // SIGTERM, so Xvfb removes its lock and socket files.
        let _ = std::process::Command::new("kill")
            .arg(self.child.id().to_string())
            .status();
        let _ = self.child.wait();
    }
}

/// A binary of another package of the workspace (`lphm`, `lphm-server`, `lphm-app`), from
/// the folder cargo built this test into: `target/debug`, or `target/<triple>/debug` for a
/// cross-build run under Wine. (`CARGO_BIN_EXE_*` exists only in the package that owns a
/// binary.) The test command builds them before the tests; a missing binary, or one older
/// than a source file it was built from (cargo's `<name>.d` beside it lists them), fails
/// with the command that builds it.
pub fn workspace_binary(name: &str, package: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its own path");
    let mut dir = exe.parent().expect("the test is in a folder").to_path_buf();
    if dir.ends_with("deps") {
        dir.pop();
    }
    let bin = dir.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let build = format!("build it first with `cargo build -p {package}` (scripts/test does)");
    let built = std::fs::metadata(&bin)
        .and_then(|m| m.modified())
        .unwrap_or_else(|_| panic!("{} is missing: {build}", bin.display()));
    let sources = std::fs::read_to_string(dir.join(format!("{name}.d"))).unwrap_or_default();
    let newer = dep_info_paths(&sources).into_iter().find(|source| {
        std::fs::metadata(source)
            .and_then(|m| m.modified())
            .is_ok_and(|changed| changed > built)
    });
    if let Some(source) = newer {
        panic!(
            "{} is older than {}: {build}",
            bin.display(),
            source.display()
        );
    }
    bin
}

/// The source files a cargo dep-info file (`target: a.rs b\ c.rs`) names.
fn dep_info_paths(text: &str) -> Vec<PathBuf> {
    let Some(line) = text.lines().next() else {
        return Vec::new();
    };
    let Some((_, list)) = line.split_once(": ") else {
        return Vec::new();
    };
    let mut paths = Vec::new();
    let mut current = String::new();
    let mut chars = list.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => current.extend(chars.next()),
            ' ' => paths
                .extend((!current.is_empty()).then(|| PathBuf::from(std::mem::take(&mut current)))),
            c => current.push(c),
        }
    }
    paths.extend((!current.is_empty()).then(|| PathBuf::from(current)));
    paths
}

/// Private XDG folders, so the app under test never touches a real home folder.
pub fn xdg_env(home: &std::path::Path) -> Vec<(&'static str, PathBuf)> {
    let dirs = [
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ];
    dirs.iter()
        .map(|(var, sub)| {
            let dir = home.join(sub);
            std::fs::create_dir_all(&dir).unwrap();
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
            }
            (*var, dir)
        })
        .collect()
}

/// Where the app keeps its store under an XDG data home (Tauri's `app_data_dir()`).
pub fn app_store_dir(home: &std::path::Path) -> PathBuf {
    home.join("data/org.unitar.lphm/store")
}

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Writes to `out` a copy of the package `package` in which the entry `path` had one byte
/// (in its middle) changed after signing: same size, same headers, same signed manifest.
pub fn tamper_package(package: &std::path::Path, path: &str, out: &std::path::Path) {
    use std::io::{Read, Write};
    let input = flate2::read::GzDecoder::new(std::fs::File::open(package).unwrap());
    let mut archive = tar::Archive::new(input);
    let gz = flate2::write::GzEncoder::new(
        std::fs::File::create(out).unwrap(),
        flate2::Compression::default(),
    );
    let mut builder = tar::Builder::new(gz);
    let mut found = false;
    for entry in archive.entries().unwrap() {
        let mut entry = entry.unwrap();
        let header = entry.header().clone();
        let mut data = Vec::new();
        entry.read_to_end(&mut data).unwrap();
        if entry.path().unwrap().to_str() == Some(path) {
            let mid = data.len() / 2;
            data[mid] ^= 0x20;
            found = true;
        }
        builder.append(&header, data.as_slice()).unwrap();
    }
    assert!(found, "{path} is in the package");
    builder
        .into_inner()
        .unwrap()
        .finish()
        .unwrap()
        .flush()
        .unwrap();
}
