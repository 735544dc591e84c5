//! Replays the `package_reader` fuzz target's committed seeds and regressions (`fuzz/`,
//! `docs/fuzzing.md`) on every test run, on stable and without cargo-fuzz: each input goes
//! through the very function the fuzzer calls, which panics if the reader panics or
//! accepts what it should not. `valid-*` seeds must be accepted, `refused-*` refused.

// The target's body, shared with `fuzz/src/lib.rs`. It also holds the seed functions the
// fuzz crate writes the corpus with, which this test does not need.
#[allow(dead_code)]
#[path = "../../../fuzz/src/package_reader.rs"]
mod target;

#[path = "../../../fuzz/replay.rs"]
mod replay;

#[test]
fn fuzz_seeds_and_regressions_read_as_named() {
    replay::replay("package_reader", "package", target::package_reader);
}
