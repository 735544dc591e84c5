//! Replays the `sync_body` fuzz target's committed seeds and regressions (`fuzz/`,
//! `docs/fuzzing.md`) on every test run, on stable and without cargo-fuzz: each input goes
//! through the very function the fuzzer calls (`read_sync_body` as the handler calls it,
//! or the offline bundle reader), which panics if a reader panics or accepts what it
//! should not. `valid-*` seeds must be accepted, `refused-*` refused.

use std::fs;
use std::path::{Path, PathBuf};

// The target's body, shared with `fuzz/src/lib.rs`.
#[path = "../../../fuzz/src/sync_body.rs"]
mod target;

/// The files in `fuzz/<part>/sync_body`, by name; none when the folder is absent.
fn inputs(part: &str) -> (PathBuf, Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(part)
        .join("sync_body");
    let mut inputs = Vec::new();
    if let Ok(entries) = fs::read_dir(&dir) {
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            inputs.push((name, fs::read(&path).unwrap()));
        }
    }
    inputs.sort();
    (dir, inputs)
}

#[test]
fn fuzz_seeds_and_regressions_read_as_named() {
    let (dir, seeds) = inputs("corpus");
    assert!(
        seeds.iter().any(|(name, _)| name.starts_with("valid-")),
        "the seed corpus {} is missing or has no valid-* seed: it is committed with the \
         fuzz crate, and `LPHM_WRITE_SEEDS=1 cargo test` in fuzz/ writes it again",
        dir.display()
    );
    // Regressions: inputs that once made the fuzzer fail (git keeps no empty folder).
    let (_, regressions) = inputs("regressions");
    for (name, input) in seeds.iter().chain(&regressions) {
        let accepted = target::sync_body(input);
        if name.starts_with("valid-") {
            assert!(accepted, "{name}: a valid body or bundle was refused");
        }
        if name.starts_with("refused-") {
            assert!(!accepted, "{name}: a bad body or bundle was accepted");
        }
    }
}
