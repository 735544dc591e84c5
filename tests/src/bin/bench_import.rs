//! Benchmark: importing a generated package of N MB (default 200) into a fresh store, next
//! to a plain copy of the same file made in the same run, and the importer's peak memory.
//! Prints numbers; it asserts nothing about time.
//!
//! `bench-import [MB] [RUNS]`. Works under `target/bench-import` (the same disk as the
//! build, not a RAM-backed /tmp). Media are random bytes, so gzip cannot shrink them and
//! the package really is N MB.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use lphm_package::SecretKey;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--child") {
        child(
            Path::new(&args[2]),
            Path::new(&args[3]),
            Path::new(&args[4]),
        );
        return;
    }
    let mb: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let runs: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(3);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench-import");
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();

    // A course folder with `mb` MB of media in 8 MB files.
    let course = root.join("course");
    lphm_test_support::copy_dir(&lphm_test_support::fixture("fallback-course"), &course);
    std::fs::create_dir_all(course.join("media")).unwrap();
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut left = mb * 1024 * 1024;
    let mut n = 0;
    while left > 0 {
        let size = left.min(8 * 1024 * 1024);
        let mut bytes = vec![0u8; size as usize];
        for chunk in bytes.chunks_mut(8) {
            // xorshift64*: fast, and incompressible enough for gzip.
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            let v = state.wrapping_mul(0x2545_F491_4F6C_DD1D).to_le_bytes();
            chunk.copy_from_slice(&v[..chunk.len()]);
        }
        std::fs::write(course.join(format!("media/clip-{n:03}.bin")), bytes).unwrap();
        left -= size;
        n += 1;
    }
    let key = SecretKey::from_seed("Bench publisher", [5u8; 32]);
    let public = root.join("bench.public.json");
    std::fs::write(&public, key.public().to_file()).unwrap();
    let package = root.join("bench.lphm");
    let started = Instant::now();
    let mut out = std::io::BufWriter::new(std::fs::File::create(&package).unwrap());
    let manifest = lphm_package::pack(&course, &key, &mut out).unwrap();
    out.flush().unwrap();
    drop(out);
    let pack_s = started.elapsed().as_secs_f64();
    let size = std::fs::metadata(&package).unwrap().len();
    let size_mb = size as f64 / 1024.0 / 1024.0;
    println!(
        "package: {size_mb:.1} MB, {} files; packed in {pack_s:.2} s ({:.0} MB/s)",
        manifest.files.len(),
        size_mb / pack_s
    );

    let me = std::env::current_exe().unwrap();
    let mut cp = Vec::new();
    let mut import = Vec::new();
    for run in 1..=runs {
        // A plain copy of the same file, synced to disk like the import is.
        let copy = root.join("copy.lphm");
        let started = Instant::now();
        std::fs::copy(&package, &copy).unwrap();
        std::fs::File::open(&copy).unwrap().sync_all().unwrap();
        let cp_s = started.elapsed().as_secs_f64();
        std::fs::remove_file(&copy).unwrap();

        let store = root.join(format!("store-{run}"));
        let out = Command::new(&me)
            .arg("--child")
            .args([&store, &package, &public])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let field = |name: &str| -> f64 {
            text.lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or_else(|| panic!("{name} in {text}"))
        };
        let import_s = field("import-seconds");
        let base_kb = field("rss-before-kb");
        let peak_kb = field("peak-rss-kb");
        let reopen_ms = field("reopen-ms");
        println!(
            "run {run}: cp {:.0} MB/s ({cp_s:.2} s) | import {:.0} MB/s ({import_s:.2} s), {:.0}% of cp | \
             peak RSS {:.1} MB (before import {:.1} MB) | store reopen {reopen_ms:.1} ms",
            size_mb / cp_s,
            size_mb / import_s,
            100.0 * cp_s / import_s,
            peak_kb / 1024.0,
            base_kb / 1024.0,
        );
        cp.push(size_mb / cp_s);
        import.push(size_mb / import_s);
        std::fs::remove_dir_all(&store).unwrap();
    }
    cp.sort_by(f64::total_cmp);
    import.sort_by(f64::total_cmp);
    println!(
        "median of {runs}: cp {:.0} MB/s, import {:.0} MB/s",
        cp[runs / 2],
        import[runs / 2]
    );
    std::fs::remove_dir_all(&root).unwrap();
}

/// Imports in a fresh process, so its peak memory is the import's own.
fn child(store: &Path, package: &Path, public: &Path) {
    let desk =
        lphm_desk::Desk::open(store, Box::new(lphm_test_support::TestClock::new(0)), 1).unwrap();
    lphm_desk::trust_key(desk.store(), &std::fs::read_to_string(public).unwrap()).unwrap();
    println!("rss-before-kb {}", status_kb("VmRSS"));
    let started = Instant::now();
    let outcome = desk.import_file(package, |_| true).unwrap();
    println!("import-seconds {}", started.elapsed().as_secs_f64());
    assert!(matches!(
        outcome,
        lphm_desk::ImportOutcome::Installed { .. }
    ));
    println!("peak-rss-kb {}", status_kb("VmHWM"));
    drop(desk);
    // Opening a store that holds the package: the open guard copies only sled's own log,
    // not the large media beside it.
    // Until the closed desk's lock is gone; the time of the open that worked.
    let started = lphm_test_support::eventually(
        std::time::Duration::from_secs(5),
        "the store to be free again",
        || {
            let started = Instant::now();
            match lphm_store::Store::open(store) {
                Ok(_) => Ok(started),
                Err(e @ lphm_store::OpenError::Locked { .. }) => Err(e),
                Err(e) => panic!("{e}"),
            }
        },
    );
    println!("reopen-ms {}", started.elapsed().as_secs_f64() * 1000.0);
}

fn status_kb(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| {
            v.trim_start_matches(':')
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}
