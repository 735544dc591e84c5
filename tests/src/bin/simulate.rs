//! `simulate [N]`: runs N seeded schedules of laptops and a server with faults
//! (`lphm_tests::sim`), 10,000 by default, on two threads; `simulate --seed S` replays one;
//! `simulate --from S N` runs S..S+N; `--all-faults` lets a schedule restore the server and
//! laptops both (`Mix::All`). Prints each failure with the command that replays it,
//! then the totals; exits 1 if any schedule failed.

use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mix = match args.iter().position(|a| a == "--all-faults") {
        Some(i) => {
            args.remove(i);
            lphm_tests::sim::Mix::All
        }
        None => lphm_tests::sim::Mix::Supported,
    };
    let number = |s: &str| -> u64 {
        s.parse().unwrap_or_else(|_| {
            eprintln!(
                "simulate: {s:?} is not a number; usage: simulate [N] | --seed S | --from S N"
            );
            std::process::exit(2)
        })
    };
    let (from, n) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => (1, 10_000),
        ["--seed", s] => (number(s), 1),
        ["--from", s, n] => (number(s), number(n)),
        [n] => (1, number(n)),
        _ => {
            eprintln!("usage: simulate [N] | --seed S | --from S N");
            return ExitCode::from(2);
        }
    };
    let threads = std::env::var("LPHM_SIM_THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(2);
    let started = Instant::now();
    let (stats, failures) = lphm_tests::sim::run_many(from, n, threads, mix);
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{n} schedules ({mix:?} faults, seeds {from}..{}) in {secs:.1} s ({:.1} a second, {threads} threads): {} failed",
        from + n - 1,
        n as f64 / secs,
        failures.len()
    );
    for (what, count) in lphm_tests::sim::describe(&stats) {
        println!("  {what}: {count}");
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
