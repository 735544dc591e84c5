//! Replays the `sync_body` fuzz target's committed seeds and regressions (`fuzz/`,
//! `docs/fuzzing.md`) on every test run, on stable and without cargo-fuzz: each input goes
//! through the very function the fuzzer calls (`read_sync_body` as the handler calls it,
//! or the offline bundle reader), which panics if a reader panics or accepts what it
//! should not. `valid-*` seeds must be accepted, `refused-*` refused.

// The target's body, shared with `fuzz/src/lib.rs`.
#[path = "../../../fuzz/src/sync_body.rs"]
mod target;

#[path = "../../../fuzz/replay.rs"]
mod replay;

#[test]
fn fuzz_seeds_and_regressions_read_as_named() {
    replay::replay("sync_body", "body or bundle", target::sync_body);
}
