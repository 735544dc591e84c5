//! `CourseProgress::of`: progress through the installed version of a course.

use lphm_content::Manifest;
use lphm_progress::{CourseProgress, Event, Summary};
use serde_json::json;

use crate::summary::{attempted, completed, event, spent};

/// A manifest for course `c` with `modules` given as `(module id, lesson ids, quiz id)`.
fn manifest(modules: &[(&str, &[&str], Option<&str>)]) -> Manifest {
    let t = json!({ "en": "x" });
    let modules: Vec<_> = modules
        .iter()
        .map(|(id, lessons, quiz)| {
            let lessons: Vec<_> = lessons
                .iter()
                .map(|l| json!({ "id": l, "title": t }))
                .collect();
            json!({ "id": id, "title": t, "lessons": lessons, "quiz": quiz })
        })
        .collect();
    serde_json::from_value(json!({
        "format": 1, "id": "c", "version": 1, "languages": ["en"],
        "title": t, "summary": t, "modules": modules
    }))
    .unwrap()
}

fn progress(manifest: &Manifest, events: &[Event]) -> CourseProgress {
    CourseProgress::of(manifest, &Summary::from_events(events))
}

/// `(done, total, percent)` and, per module, `(lessons done, lessons total, quiz passed)`.
#[track_caller]
fn check(
    manifest: &Manifest,
    events: &[Event],
    expected: (u32, u32, u32),
    modules: &[(u32, u32, bool)],
) {
    let p = progress(manifest, events);
    assert_eq!((p.done, p.total, p.percent), expected);
    let got: Vec<_> = p
        .modules
        .iter()
        .map(|m| (m.lessons_done, m.lessons_total, m.quiz_passed))
        .collect();
    assert_eq!(got, modules);
}

fn two_modules() -> Manifest {
    manifest(&[("m1", &["a", "b"], Some("quiz-1")), ("m2", &["c"], None)])
}

#[test]
fn lessons_and_quizzes_are_the_steps_of_a_course() {
    let m = two_modules();
    check(&m, &[], (0, 4, 0), &[(0, 2, false), (0, 1, false)]);
    check(
        &m,
        &[
            event(1, 1, completed("c", "a")),
            event(2, 2, completed("c", "c")),
        ],
        (2, 4, 50),
        &[(1, 2, false), (1, 1, false)],
    );
    let p = progress(&m, &[]);
    let has_quiz: Vec<_> = p
        .modules
        .iter()
        .map(|m| (m.id.as_str(), m.has_quiz))
        .collect();
    assert_eq!(has_quiz, [("m1", true), ("m2", false)]);
}

#[test]
fn a_passed_quiz_counts_as_a_step_and_a_failed_one_does_not() {
    let m = two_modules();
    check(
        &m,
        &[event(1, 1, attempted("c", "quiz-1", 1, 4, false))],
        (0, 4, 0),
        &[(0, 2, false), (0, 1, false)],
    );
    check(
        &m,
        &[
            event(1, 1, attempted("c", "quiz-1", 1, 4, false)),
            event(2, 2, attempted("c", "quiz-1", 4, 4, true)),
        ],
        (1, 4, 25),
        &[(0, 2, true), (0, 1, false)],
    );
}

#[test]
fn progress_in_another_course_does_not_count() {
    check(
        &two_modules(),
        &[
            event(1, 1, completed("other", "a")),
            event(2, 2, attempted("other", "quiz-1", 4, 4, true)),
        ],
        (0, 4, 0),
        &[(0, 2, false), (0, 1, false)],
    );
}

#[test]
fn completions_of_items_the_course_no_longer_has_are_ignored() {
    // Version 2 of the course dropped lesson `b` and the quiz; the events stay but do not
    // count, and nothing goes above 100%.
    let v2 = manifest(&[("m1", &["a"], None), ("m2", &["c"], None)]);
    let events = [
        event(1, 1, completed("c", "a")),
        event(2, 2, completed("c", "b")),
        event(3, 3, attempted("c", "quiz-1", 4, 4, true)),
        event(4, 4, completed("c", "c")),
    ];
    check(&v2, &events, (2, 2, 100), &[(1, 1, false), (1, 1, false)]);
    check(
        &two_modules(),
        &events,
        (4, 4, 100),
        &[(2, 2, true), (1, 1, false)],
    );
}

#[test]
fn the_percentage_is_rounded_down() {
    let m = manifest(&[("m1", &["a", "b", "c"], None)]);
    check(
        &m,
        &[
            event(1, 1, completed("c", "a")),
            event(2, 2, completed("c", "b")),
        ],
        (2, 3, 66),
        &[(2, 3, false)],
    );
}

#[test]
fn an_empty_course_is_at_zero_percent() {
    check(&manifest(&[]), &[], (0, 0, 0), &[]);
    check(
        &manifest(&[("m1", &[], None)]),
        &[event(1, 1, completed("c", "a"))],
        (0, 0, 0),
        &[(0, 0, false)],
    );
}

#[test]
fn time_spent_is_the_time_in_this_course() {
    let p = progress(
        &two_modules(),
        &[
            event(1, 1, spent("c", "a", 30)),
            event(2, 2, spent("c", "c", 12)),
            event(3, 3, spent("other", "a", 1_000)),
        ],
    );
    assert_eq!(p.seconds, 42);
}

#[test]
fn a_course_is_complete_at_its_last_step_counted_at_its_latest_marking() {
    let m = two_modules();
    let mut events = vec![
        event(1, 100, completed("c", "a")),
        event(2, 200, attempted("c", "quiz-1", 1, 4, false)),
        event(3, 300, attempted("c", "quiz-1", 4, 4, true)),
        event(4, 400, completed("c", "b")),
    ];
    let at = |events: &[Event]| CourseProgress::completed_at(&m, &Summary::from_events(events));
    assert_eq!(at(&events), None, "lesson c is not done: not complete");
    events.push(event(5, 500, completed("c", "c")));
    assert_eq!(at(&events), Some(500), "the last lesson done");
    // A quiz passed again later does not move the date: its first pass counts.
    events.push(event(6, 900, attempted("c", "quiz-1", 4, 4, true)));
    assert_eq!(at(&events), Some(500));
    // A lesson marked again (on another laptop, say) counts at its latest marking.
    events.push(event(7, 700, completed("c", "a")));
    assert_eq!(at(&events), Some(700));
    // A lesson of another course, or one no longer in the course, changes nothing.
    events.push(event(8, 800, completed("other", "a")));
    events.push(event(9, 850, completed("c", "removed-since")));
    assert_eq!(at(&events), Some(700));
    // Extending a summary event by event gives the same date as deriving it.
    let mut extended = Summary::default();
    for e in &events {
        assert!(extended.extend(e));
    }
    assert_eq!(CourseProgress::completed_at(&m, &extended), Some(700));
}
