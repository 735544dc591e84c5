//! Search through the desk: courses and notes, the course-text language first, a course
//! imported or removed since, and a damaged index made again.

use lphm_package::SecretKey;
use lphm_test_support::TestCourse;

use crate::helpers::{desk_with_learner, open, CURRICULUM, STARTER};

#[test]
fn search_finds_course_text_in_the_learners_language_first_then_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "pl");
    let view = desk.search("handlu ludźmi").unwrap();
    assert_eq!(view.lang, "pl");
    assert!(!view.results.is_empty());
    assert!(
        view.results.iter().all(|r| r.lang == "pl"),
        "a Polish query finds Polish text"
    );
    let lesson = view
        .results
        .iter()
        .find(|r| r.lesson.as_deref() == Some("hs-protection-and-trafficking"))
        .expect("the trafficking lesson");
    assert_eq!(lesson.course, CURRICULUM);
    assert!(lesson.snippet.contains("<b>"), "{lesson:?}");
    assert!(!lesson.words.is_empty());
    assert!(view
        .results
        .iter()
        .any(|r| r.term.as_deref() == Some("trafficking")));

    // An English word: nothing in Polish, so English text comes next.
    let view = desk.search("entrepreneurs").unwrap();
    let first_en = view
        .results
        .iter()
        .position(|r| r.lang == "en")
        .expect("English results");
    assert!(view.results[..first_en].iter().all(|r| r.lang == "pl"));
    assert!(desk.search("   ").unwrap().results.is_empty());
}

#[test]
fn the_learners_notes_are_searched_too_and_come_first() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    desk.save_note(
        STARTER,
        "telling-the-story",
        "Ask Radio Diourbel about a weekly slot",
        vec![],
    )
    .unwrap();
    let view = desk.search("diourbel radio").unwrap();
    let note = &view.results[0];
    assert_eq!(
        (note.kind.as_str(), note.lesson.as_deref()),
        ("note", Some("telling-the-story"))
    );
    assert!(
        note.snippet.contains("<b>Radio</b> <b>Diourbel</b>"),
        "{note:?}"
    );
}

#[test]
fn a_course_imported_or_removed_since_is_searched_or_not_and_a_damaged_index_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let key = SecretKey::from_seed("Test publisher", [9u8; 32]);
    {
        let desk = desk_with_learner(&store, "en");
        lphm_desk::trust_key(desk.store(), &key.public().to_file()).unwrap();
        assert!(desk.search("zyxwvut").unwrap().results.is_empty());
        let package = dir.path().join("ward.lphm");
        TestCourse::new("ward-course")
            .lesson("meet", "Every zyxwvut committee meets monthly.")
            .pack(&key, &package);
        desk.import_file(&package, |_| true).unwrap();
        let found = desk.search("zyxwvut").unwrap().results;
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            (found[0].course.as_str(), found[0].lesson.as_deref()),
            ("ward-course", Some("meet"))
        );
    }
    // Damage every file of the index: the next desk makes it again.
    let index = store.join("search-index");
    for entry in std::fs::read_dir(&index).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::write(entry.path(), b"damaged").unwrap();
        }
    }
    let desk = open(&store);
    assert_eq!(desk.search("zyxwvut").unwrap().results.len(), 1);
    desk.remove_course("ward-course", false).unwrap();
    assert!(desk.search("zyxwvut").unwrap().results.is_empty());
    assert!(
        !desk.search("trafficking").unwrap().results.is_empty(),
        "the others stay"
    );
}
