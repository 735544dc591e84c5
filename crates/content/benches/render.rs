//! What the glossary's links cost when a lesson is drawn: every lesson of the curriculum in
//! each language, rendered without and with the glossary's linker, and the linker's own
//! construction (once per lesson opened).
//!
//! `cargo bench -p lphm-content --bench render` (scripts/bench runs it). Prints p50 and p99
//! in microseconds.

use std::time::Instant;

use lphm_content::{load_course, render_lesson, render_lesson_linked, DirSource, Linker};

const ROUNDS: usize = 30;

fn percentiles(mut us: Vec<f64>) -> (f64, f64) {
    us.sort_by(f64::total_cmp);
    let at = |p: f64| us[((us.len() - 1) as f64 * p).round() as usize];
    (at(0.50), at(0.99))
}

fn main() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../courses/lphm-curriculum");
    let course = load_course(&DirSource::new(dir)).expect("the curriculum loads");
    let glossary = course
        .glossary
        .as_ref()
        .expect("the curriculum has a glossary");
    let media = |path: &str| course.media.get(path).cloned();
    println!(
        "{} lessons x {} languages, {} glossary terms, {ROUNDS} rounds",
        course.manifest.lessons().count(),
        course.manifest.languages.len(),
        glossary.terms.len()
    );
    for lang in &course.manifest.languages {
        let bodies: Vec<&String> = course
            .lessons
            .iter()
            .filter(|((_, l), _)| l == lang)
            .map(|(_, body)| body)
            .collect();
        let (mut plain, mut linked, mut build) = (Vec::new(), Vec::new(), Vec::new());
        let mut links = 0;
        for round in 0..ROUNDS {
            for body in &bodies {
                let t = Instant::now();
                std::hint::black_box(render_lesson(body, &media));
                plain.push(t.elapsed().as_secs_f64() * 1e6);

                let t = Instant::now();
                let linker = Linker::new(glossary, lang);
                build.push(t.elapsed().as_secs_f64() * 1e6);
                let html = render_lesson_linked(body, &media, &linker);
                linked.push(t.elapsed().as_secs_f64() * 1e6);
                if round == 0 {
                    links += html.matches("data-term=").count();
                }
            }
        }
        let (p50, p99) = percentiles(plain);
        let (l50, l99) = percentiles(linked);
        let (b50, b99) = percentiles(build);
        println!(
            "{lang}: render {p50:.0} / {p99:.0} us; with the glossary (linker included) {l50:.0} / {l99:.0} us; linker alone {b50:.0} / {b99:.0} us; {links} links in {} lessons",
            bodies.len()
        );
    }
}
