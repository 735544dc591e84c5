//! Catalogue, lessons, completion, resuming and safe rendering.

use lphm_content::{load_course, DirSource};
use lphm_desk::StepKind;
use lphm_test_support::fixture;

use crate::helpers::{card, desk_with_learner, open, CURRICULUM, STARTER};

#[test]
fn the_starter_course_is_there_from_the_first_start() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let catalogue = desk.catalogue().unwrap();
    let ids: Vec<&str> = catalogue.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [CURRICULUM, STARTER],
        "both built-in packages, sorted by title"
    );
    let card = &catalogue[1];
    assert_eq!(card.modules.len(), 2);
    // 6 lessons and 2 quizzes.
    assert_eq!(
        (
            card.progress.done,
            card.progress.total,
            card.progress.percent
        ),
        (0, 8, 0)
    );
    assert!(card.minutes > 0);
}

#[test]
fn opening_the_desk_again_does_not_reinstall_or_duplicate_the_course() {
    let dir = tempfile::tempdir().unwrap();
    drop(desk_with_learner(dir.path(), "en"));
    let desk = open(dir.path());
    assert_eq!(desk.store().courses().unwrap().len(), 2);
}

#[test]
fn completing_a_lesson_is_saved_and_counted_and_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let saved = {
        let desk = desk_with_learner(dir.path(), "en");
        let lesson = desk.open_lesson(STARTER, "telling-the-story").unwrap();
        assert!(!lesson.completed);
        let saved = desk.complete_lesson(STARTER, "telling-the-story").unwrap();
        assert!(
            desk.open_lesson(STARTER, "telling-the-story")
                .unwrap()
                .completed
        );
        saved
    };
    let desk = open(dir.path());
    let state = desk.state("").unwrap();
    let profile = state.current.unwrap();
    assert!(desk.store().has_event(profile, saved.event).unwrap());
    let course = desk.course(STARTER).unwrap();
    let lesson = course.modules[0]
        .lessons
        .iter()
        .find(|l| l.id == "telling-the-story")
        .unwrap();
    assert!(lesson.completed);
    assert_eq!(course.progress.done, 1);
    assert_eq!(course.progress.percent, 12, "1 of 8 steps, rounded down");
    assert_eq!(
        state.resume,
        Some(lphm_desk::Resume {
            course: STARTER.into(),
            lesson: "telling-the-story".into()
        }),
        "the app reopens at the lesson the learner was on"
    );
}

#[test]
fn completing_twice_counts_once() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    desk.complete_lesson(STARTER, "why-perceptions-matter")
        .unwrap();
    desk.complete_lesson(STARTER, "why-perceptions-matter")
        .unwrap();
    assert_eq!(card(&desk, STARTER).progress.done, 1);
}

#[test]
fn unknown_courses_and_lessons_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    assert_eq!(
        desk.open_lesson("nope", "x").unwrap_err().code(),
        "course-not-found"
    );
    assert_eq!(
        desk.open_lesson(STARTER, "nope").unwrap_err().code(),
        "lesson-not-found"
    );
    assert_eq!(
        desk.complete_lesson(STARTER, "nope").unwrap_err().code(),
        "lesson-not-found"
    );
    assert_eq!(
        desk.quiz(STARTER, "nope").unwrap_err().code(),
        "quiz-not-found"
    );
}

#[test]
fn next_and_previous_follow_lessons_then_the_module_quiz() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let first = desk.open_lesson(STARTER, "why-perceptions-matter").unwrap();
    assert!(first.prev.is_none());
    assert_eq!(first.next.as_ref().unwrap().id, "telling-the-story");
    let third = desk.open_lesson(STARTER, "contact-and-words").unwrap();
    let next = third.next.unwrap();
    assert_eq!(
        (next.kind, next.id.as_str()),
        (StepKind::Quiz, "perceptions-quiz")
    );
    let quiz = desk.quiz(STARTER, "perceptions-quiz").unwrap();
    assert_eq!(quiz.next.unwrap().id, "arrival-neighbourhoods");
}

#[test]
fn every_starter_lesson_renders_in_both_languages_with_its_images_inline() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let manifest = desk.store().course(STARTER).unwrap().unwrap();
    let mut images = 0;
    for lang in ["en", "fr"] {
        desk.set_language(lang).unwrap();
        for (_, lesson) in manifest.lessons() {
            let view = desk.open_lesson(STARTER, &lesson.id).unwrap();
            assert_eq!(view.lang, lang);
            assert!(!view.fallback);
            assert!(view.html.contains("<h2>"), "{} has headings", lesson.id);
            assert!(
                !view.html.contains("missing-image"),
                "{} references only shipped images",
                lesson.id
            );
            images += view
                .html
                .matches("src=\"data:image/svg+xml;base64,")
                .count();
        }
    }
    assert!(images >= 2, "the starter course shows its images");
}

#[test]
fn a_lesson_missing_in_the_learners_language_falls_back_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "fr");
    let course = load_course(&DirSource::new(fixture("fallback-course"))).unwrap();
    desk.store().put_course(&course).unwrap();
    let view = desk
        .open_lesson("fixture-fallback", "english-only")
        .unwrap();
    assert!(view.fallback);
    assert_eq!(view.lang, "en");
    assert_eq!(
        view.course_title, "Cours de test",
        "titles use the learner's language where present"
    );
    assert_eq!(view.module_title, "Only module", "and fall back where not");
    // The missing image still shows, as a placeholder with its description.
    assert!(
        view.html.contains(r#"class="missing-image""#),
        "{}",
        view.html
    );
    assert!(view.html.contains("A map that was never packed"));
    // Script in a lesson never survives.
    assert!(!view.html.contains("<script"));
    assert!(!view.html.contains("hacked"));
}

#[test]
fn time_spent_is_recorded_capped_and_summed() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    assert!(desk
        .record_time(STARTER, "telling-the-story", 0)
        .unwrap()
        .is_none());
    desk.record_time(STARTER, "telling-the-story", 90)
        .unwrap()
        .unwrap();
    desk.record_time(STARTER, "telling-the-story", 1_000_000)
        .unwrap()
        .unwrap();
    let seconds = card(&desk, STARTER).progress.seconds;
    assert_eq!(seconds, 90 + u64::from(lphm_desk::MAX_SITTING_SECONDS));
}
