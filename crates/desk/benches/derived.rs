//! How long the screens the learner opens most take when the profile's log is long: the
//! catalogue, a course page and opening a lesson, with 1,000, 10,000 and 50,000 events in
//! the log, against a real store on disk; then the course page once the course is complete
//! (with its evaluation: post-test, surveys, the follow-up's date). Also what deriving the
//! summary from the whole log costs (once after start, and what every screen cost before
//! the desk kept summaries).
//!
//! `cargo bench -p lphm-desk --bench derived` (scripts/bench runs it). Prints p50 and p99.

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use lphm_desk::{Clock, Desk, NewProfile};
use lphm_progress::{Event, EventKind, Summary};
use uuid::Uuid;

const COURSE: &str = "perceptions-communication-media";
const LESSONS: &[&str] = &[
    "sc-perceptions-and-belonging",
    "sc-contact-and-dialogue",
    "ed-migrants-in-the-local-economy",
    "ey-schools-as-arrival-places",
    "ue-arrival-neighbourhoods",
    "ps-health-for-all",
];

struct Ticking(Arc<AtomicI64>);

impl Clock for Ticking {
    fn now_ms(&self) -> i64 {
        self.0.fetch_add(1_000, Ordering::SeqCst)
    }
}

/// `n` events of a learner's study on another laptop: lessons opened, read and completed,
/// quiz attempts and notes.
fn history(profile: Uuid, n: usize) -> Vec<Event> {
    let device = Uuid::from_u128(0xbe_4c4);
    (1..=n as u64)
        .map(|seq| {
            let lesson = LESSONS[seq as usize % LESSONS.len()].to_string();
            let course = COURSE.to_string();
            let kind = match seq % 5 {
                0 => EventKind::LessonOpened { course, lesson },
                1 => EventKind::TimeSpent {
                    course,
                    lesson,
                    seconds: 60,
                },
                2 => EventKind::LessonCompleted { course, lesson },
                3 => EventKind::QuizAttempted {
                    course,
                    quiz: "social-cohesion-quiz".into(),
                    answers: Default::default(),
                    correct: (seq % 6) as u32,
                    total: 5,
                    passed: seq % 6 == 5,
                },
                _ => EventKind::NoteSaved {
                    course,
                    lesson,
                    text: format!("Note {seq}: what our front desk could change."),
                    hlc: lphm_progress::Hlc {
                        ms: seq as i64,
                        count: 0,
                    },
                    bases: Vec::new(),
                },
            };
            Event {
                id: Event::derived_id(device, seq),
                profile,
                device,
                seq,
                at_ms: 1_700_000_000_000 + seq as i64 * 1_000,
                kind,
            }
        })
        .collect()
}

/// Every lesson done and every quiz passed.
fn complete(desk: &Desk) {
    let m = desk.store().course(COURSE).unwrap().unwrap();
    for module in &m.modules {
        for lesson in &module.lessons {
            desk.complete_lesson(COURSE, &lesson.id).unwrap();
        }
        if let Some(quiz) = &module.quiz {
            let q = desk.store().quiz(&m, quiz).unwrap().unwrap();
            let answers = q
                .questions
                .iter()
                .map(|q| (q.id.clone(), q.correct.clone()))
                .collect();
            assert!(desk.submit_quiz(COURSE, quiz, answers).unwrap().passed);
        }
    }
}

fn percentile(times: &mut [Duration], p: f64) -> f64 {
    times.sort();
    let i = ((times.len() as f64 - 1.0) * p).round() as usize;
    times[i].as_secs_f64() * 1000.0
}

fn measure(what: &str, events: usize, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    println!(
        "{events:>6} events  {what:<28} p50 {:>8.3} ms   p99 {:>8.3} ms",
        percentile(&mut times, 0.5),
        percentile(&mut times, 0.99)
    );
}

fn main() {
    for n in [1_000, 10_000, 50_000] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let clock = Ticking(Arc::new(AtomicI64::new(1_800_000_000_000)));
        let desk = Desk::open(dir.path(), Box::new(clock), 7).expect("the desk opens");
        let profile = desk
            .create_profile(NewProfile {
                name: "Thandeka Mkhize".into(),
                authority: "eThekwini Municipality".into(),
                role: "Officer".into(),
                lang: "zu".into(),
            })
            .unwrap()
            .id;
        for chunk in history(profile, n).chunks(1_000) {
            desk.store().merge_events(profile, chunk).unwrap();
        }
        let start = Instant::now();
        let events = desk.store().events(profile).unwrap();
        let summary = Summary::from_events(&events);
        assert!(summary.ids.len() >= n);
        println!(
            "{n:>6} events  {:<28} {:>8.3} ms (once after start; before, every screen)",
            "derive from the whole log",
            start.elapsed().as_secs_f64() * 1000.0
        );
        measure("catalogue", n, 200, || {
            desk.catalogue().unwrap();
        });
        measure("course page", n, 200, || {
            desk.course(COURSE).unwrap();
        });
        let mut i = 0;
        measure("open a lesson (records)", n, 100, || {
            i += 1;
            desk.open_lesson(COURSE, LESSONS[i % LESSONS.len()])
                .unwrap();
        });
        measure("catalogue after recording", n, 100, || {
            desk.complete_lesson(COURSE, LESSONS[0]).unwrap();
            desk.catalogue().unwrap();
        });
        complete(&desk);
        measure("course page, course complete", n, 200, || {
            let page = desk.course(COURSE).unwrap();
            assert!(page.evaluation.is_some());
        });
    }
}
