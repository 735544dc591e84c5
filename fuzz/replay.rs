//! Replaying a fuzz target's committed seeds and regressions in the main test suite
//! (`crates/package/tests/fuzz_seeds.rs`, `crates/server/tests/fuzz_seeds.rs`, which
//! include this file): `valid-*` seeds must be accepted, `refused-*` refused, and nothing
//! may panic. `target` returns whether it accepted the input.

use std::fs;
use std::path::{Path, PathBuf};

/// The files in `fuzz/<part>/<target>`, by name; none when the folder is absent.
fn inputs(part: &str, target: &str) -> (PathBuf, Vec<(String, Vec<u8>)>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz")
        .join(part)
        .join(target);
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

/// Runs every seed and regression of `name` through `target`; `what` names an input in
/// the messages ("package", "body or bundle").
pub fn replay(name: &str, what: &str, target: impl Fn(&[u8]) -> bool) {
    let (dir, seeds) = inputs("corpus", name);
    assert!(
        seeds.iter().any(|(file, _)| file.starts_with("valid-")),
        "the seed corpus {} is missing or has no valid-* seed: it is committed with the \
         fuzz crate, and `LPHM_WRITE_SEEDS=1 cargo test` in fuzz/ writes it again",
        dir.display()
    );
    // Regressions: inputs that once made the fuzzer fail (git keeps no empty folder).
    let (_, regressions) = inputs("regressions", name);
    for (file, input) in seeds.iter().chain(&regressions) {
        let accepted = target(input);
        if file.starts_with("valid-") {
            assert!(accepted, "{file}: a valid {what} was refused");
        }
        if file.starts_with("refused-") {
            assert!(!accepted, "{file}: a bad {what} was accepted");
        }
    }
}
