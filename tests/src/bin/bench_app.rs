//! Benchmark of the real app (release build) under Xvfb: process start to interactive
//! catalogue, and idle memory (PSS) of the app and its WebKit processes. Prints numbers.
//!
//! `cargo run --release -p lphm-tests --bin bench-app -- target/release/lphm-app [runs]`
//! (`scripts/bench` builds everything and runs it.)

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lphm_desk::{Desk, NewProfile};
use lphm_test_support::{app_store_dir, xdg_env, TestClock, Xvfb};

fn spawn(app: &Path, home: &Path, xvfb: &Xvfb, mode: &str) -> Child {
    Command::new(app)
        .envs(xdg_env(home))
        .env("DISPLAY", &xvfb.display)
        .env("LANG", "en_GB.UTF-8")
        .envs(
            std::env::var_os("BENCH_NO_COMPOSITING")
                .map(|_| ("WEBKIT_DISABLE_COMPOSITING_MODE", "1")),
        )
        .env(mode, "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the app")
}

/// Waits for the app's "ready" line; returns the time since `start`.
fn wait_ready(child: &mut Child, start: Instant) -> Duration {
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    loop {
        match lines.next() {
            Some(Ok(line)) if line.starts_with("lphm-ready-ms") => return start.elapsed(),
            Some(_) => continue,
            None => panic!("the app exited before its first screen was ready"),
        }
    }
}

/// The process and all its descendants.
fn tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // The command name may contain spaces; the fields after ") " are fixed.
        let rest = &stat[stat.rfind(") ").map_or(0, |i| i + 2)..];
        let ppid: u32 = rest
            .split(' ')
            .nth(1)
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        parents.push((pid, ppid));
    }
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let p = out[i];
        out.extend(parents.iter().filter(|(_, pp)| *pp == p).map(|(c, _)| *c));
        i += 1;
    }
    out
}

fn pss_kb(pid: u32) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    text.lines()
        .find(|l| l.starts_with("Pss:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
}

fn name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let app = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/release/lphm-app".into()),
    );
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(10);
    let app = app.canonicalize().expect("the release app binary");
    let xvfb = Xvfb::start();
    let home = tempfile::tempdir().unwrap();
    xdg_env(home.path());
    {
        // A learner exists, so the first screen is the catalogue.
        let desk = Desk::open(
            &app_store_dir(home.path()),
            Box::new(TestClock::new(1_790_000_000_000)),
            1,
        )
        .unwrap();
        desk.create_profile(NewProfile {
            name: "Bench".into(),
            authority: "Antwerp".into(),
            role: "Officer".into(),
            lang: "en".into(),
        })
        .unwrap();
    }

    // One warm-up run fills the page cache, as on a laptop where LPHM was used before.
    let mut times = Vec::new();
    for run in 0..=runs {
        let start = Instant::now();
        let mut child = spawn(&app, home.path(), &xvfb, "LPHM_EXIT_WHEN_READY");
        let t = wait_ready(&mut child, start);
        child.wait().unwrap();
        if run > 0 {
            times.push(t);
        }
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "start to interactive catalogue ({runs} runs, release, Xvfb): min {:.0} ms   p50 {:.0} ms   max {:.0} ms",
        ms(times[0]),
        ms(times[times.len() / 2]),
        ms(*times.last().unwrap())
    );

    let mut child = spawn(&app, home.path(), &xvfb, "LPHM_REPORT_READY");
    wait_ready(&mut child, Instant::now());
    // Let start-up work settle; this is the idle figure.
    std::thread::sleep(Duration::from_secs(5));
    let mut total = 0;
    let mut parts = Vec::new();
    for pid in tree(child.id()) {
        if let Some(kb) = pss_kb(pid) {
            total += kb;
            parts.push(format!("{} {:.1} MB", name(pid), kb as f64 / 1024.0));
        }
    }
    println!(
        "idle memory (PSS, app + WebKit processes): {:.1} MB  [{}]",
        total as f64 / 1024.0,
        parts.join(", ")
    );
    let _ = child.kill();
    let _ = child.wait();
}
