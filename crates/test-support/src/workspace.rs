//! Where tests find things: the workspace folder, the fixtures, and the binaries of other
//! packages.

use std::path::{Path, PathBuf};

/// The workspace's folder, as an absolute path on the platform the test runs on: under
/// Wine, `Z:\\work\\main` rather than `/work/main`, which Windows would take on the drive
/// of whatever folder a program runs in.
pub fn workspace_root() -> PathBuf {
    let support = std::path::absolute(env!("CARGO_MANIFEST_DIR")).expect("an absolute path");
    support
        .ancestors()
        .nth(2)
        .expect("this crate is crates/test-support in the workspace")
        .to_path_buf()
}

/// A folder under `crates/test-support/fixtures`: `fallback-course` is a small signed-able
/// course in English and French whose one lesson exists only in English.
pub fn fixture(name: &str) -> PathBuf {
    let path = std::path::absolute(env!("CARGO_MANIFEST_DIR"))
        .expect("an absolute path")
        .join("fixtures")
        .join(name);
    assert!(path.exists(), "no fixture {name} at {}", path.display());
    path
}

/// A binary of the test's own package, from the path cargo gives its tests in
/// `env!("CARGO_BIN_EXE_<name>")`: cargo builds it before the tests, wherever
/// `CARGO_TARGET_DIR` points and for any `--target`. Made absolute on the platform the test
/// runs on, as [`workspace_root`] is (under Wine, `/work/...` would otherwise be taken on
/// the drive of the child's working folder).
pub fn own_binary(cargo_path: &str) -> PathBuf {
    let bin = std::path::absolute(cargo_path).expect("an absolute path");
    assert!(
        bin.is_file(),
        "{} is missing, though cargo builds it before the tests",
        bin.display()
    );
    bin
}

/// A binary of *another* package of the workspace (`lphm-app`, or `lphm-server` for the
/// workspace tests), from the folder cargo built this test into: `<target>/debug`, or
/// `<target>/<triple>/debug` for a cross-build run under Wine, wherever `CARGO_TARGET_DIR`
/// puts `<target>`. A package's tests find its own binaries through
/// `env!("CARGO_BIN_EXE_<name>")` instead, which cargo builds for them; this exists because
/// that variable is set only in the package that owns a binary. The test command builds
/// these binaries before the tests; a missing binary, or one older than a source file it
/// was built from (cargo's `<name>.d` beside it lists them), fails with the command that
/// builds it.
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

/// Copies the folder `from` to `to`, recursively.
pub fn copy_dir(from: &Path, to: &Path) {
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
