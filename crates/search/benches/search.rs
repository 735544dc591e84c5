//! Search speed and index size: the built-in curriculum, and a generated library of 200
//! courses (the curriculum's text under 200 course ids, so every course is as long as a
//! real one). Prints index build time and size, and query p50/p99 over real queries in the
//! four languages (inflected forms and a misspelling among them).
//!
//! `cargo bench -p lphm-search --bench search`.

use std::time::Instant;

use lphm_content::{load_course, DirSource};
use lphm_search::Library;

const QUERIES: &[(&str, &str)] = &[
    ("en", "trafficking"),
    ("en", "entrepreneurs"),
    ("en", "remitances"),
    ("en", "arrival neighbourhood"),
    ("fr", "cohesion sociale"),
    ("fr", "sans papiers"),
    ("fr", "diaspora"),
    ("pl", "przedsiębiorcy"),
    ("pl", "handlu ludźmi"),
    ("pl", "integracji"),
    ("zu", "abafuduki"),
    ("zu", "uhulumeni wasekhaya"),
];

fn size(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum()
}

fn measure(library: &Library, rounds: usize) -> (f64, f64) {
    let mut ms = Vec::new();
    for _ in 0..rounds {
        for (lang, q) in QUERIES {
            let t = Instant::now();
            std::hint::black_box(library.search(q, lang, 20).unwrap());
            ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len() - 1) as f64 * p).round() as usize];
    (at(0.5), at(0.99))
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let course = load_course(&DirSource::new(dir)).expect("the curriculum loads");
    for n in [1usize, 200] {
        let out = tempfile::tempdir().unwrap();
        let path = out.path().join("index");
        let library = Library::open(&path).unwrap();
        let t = Instant::now();
        for i in 0..n {
            let mut c = course.clone();
            if n > 1 {
                c.manifest.id = format!("generated-{i:03}");
            }
            library.put_course(&c, "bench").unwrap();
        }
        let build = t.elapsed();
        let (p50, p99) = measure(&library, if n == 1 { 50 } else { 10 });
        println!(
            "{n} course(s): index built in {:.2} s, {:.1} MB on disk; query p50 {p50:.2} ms, p99 {p99:.2} ms ({} queries in 4 languages)",
            build.as_secs_f64(),
            size(&path) as f64 / 1e6,
            QUERIES.len()
        );
    }
}
