//! A few hundred seeded schedules of the sync simulation (`lphm_tests::sim`); the full run
//! of 10,000 or more is `scripts/simulate`. A failure names the seed and the command that
//! replays it.

/// Seeds 1..=SCHEDULES, the same on every run.
const SCHEDULES: u64 = 200;

#[test]
fn seeded_schedules_with_faults_lose_and_double_nothing() {
    let (stats, failures) =
        lphm_tests::sim::run_many(1, SCHEDULES, 2, lphm_tests::sim::Mix::Supported);
    assert!(
        failures.is_empty(),
        "{} of {SCHEDULES} schedules failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    // The schedules did exercise the faults they are for.
    let seen = lphm_tests::sim::describe(&stats);
    for kind in [
        "failed syncs",
        "new identities",
        "full pulls after a restore",
        "server restores",
        "laptop restores",
        "laptop copies",
    ] {
        assert!(
            seen[kind] > 0,
            "no {kind} in {SCHEDULES} schedules: {seen:?}"
        );
    }
}
