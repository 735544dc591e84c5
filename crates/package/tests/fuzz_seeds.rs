//! Replays the `package_reader` fuzz target's committed seeds and regressions (`fuzz/`,
//! `docs/fuzzing.md`) on every test run, on stable and without cargo-fuzz: each input goes
//! through the very function the fuzzer calls, which panics if the reader panics or
//! accepts what it should not; `valid-*` seeds must be accepted.

use std::fs;
use std::path::{Path, PathBuf};

// The target's body, shared with `fuzz/src/lib.rs`. It also holds the seed functions the
// fuzz crate uses to write the corpus, which this test does not need.
#[allow(dead_code)]
#[path = "../../../fuzz/src/package_reader.rs"]
mod target;

fn inputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut inputs: Vec<_> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, fs::read(&path).unwrap())
        })
        .collect();
    inputs.sort();
    inputs
}

fn fuzz_dir(part: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(part)
        .join("package_reader")
}

#[test]
fn the_seed_corpus_reads_as_named() {
    let dir = fuzz_dir("corpus");
    let seeds = if dir.is_dir() { inputs(&dir) } else { vec![] };
    assert!(
        !seeds.is_empty(),
        "the seed corpus {} is missing or empty: it is committed with the fuzz crate, and \
         `LPHM_WRITE_SEEDS=1 cargo test` in fuzz/ writes it again",
        dir.display()
    );
    let mut valid = 0;
    for (name, input) in &seeds {
        let accepted = target::package_reader(input);
        if name.starts_with("valid-") {
            assert!(accepted, "seed {name}: a valid package was refused");
            valid += 1;
        }
    }
    assert!(valid > 0, "no valid-* seed in {}", dir.display());
}

#[test]
fn inputs_the_fuzzer_once_broke_the_reader_with_are_handled() {
    // Empty until the fuzzer finds something: git keeps no empty folder.
    let dir = fuzz_dir("regressions");
    if dir.is_dir() {
        for (name, input) in inputs(&dir) {
            eprintln!("regression {name}");
            target::package_reader(&input);
        }
    }
}
