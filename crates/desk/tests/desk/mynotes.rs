//! Bookmarks and "My notes": set and removed, kept across restarts, listed with their
//! lessons in the learner's language, and exported as Markdown.

use lphm_desk::ErrorKind;

use crate::helpers::{desk_with_learner, open, CURRICULUM, STARTER};

#[test]
fn a_bookmark_is_set_removed_and_kept_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = desk_with_learner(dir.path(), "en");
        assert!(
            !desk
                .lesson(STARTER, "telling-the-story")
                .unwrap()
                .bookmarked
        );
        desk.set_bookmark(STARTER, "telling-the-story", true)
            .unwrap();
        assert!(
            desk.lesson(STARTER, "telling-the-story")
                .unwrap()
                .bookmarked
        );
        desk.set_bookmark(CURRICULUM, "ps-health-for-all", true)
            .unwrap();
        desk.set_bookmark(CURRICULUM, "ps-health-for-all", false)
            .unwrap();
        assert_eq!(
            desk.set_bookmark(STARTER, "no-such-lesson", true)
                .unwrap_err()
                .kind,
            ErrorKind::LessonNotFound {}
        );
    }
    let desk = open(dir.path());
    assert!(
        desk.lesson(STARTER, "telling-the-story")
            .unwrap()
            .bookmarked
    );
    assert!(
        !desk
            .lesson(CURRICULUM, "ps-health-for-all")
            .unwrap()
            .bookmarked
    );
}

#[test]
fn my_notes_lists_bookmarked_and_annotated_lessons_in_course_order_in_the_learners_language() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "fr");
    assert!(desk.my_notes().unwrap().entries.is_empty());
    assert_eq!(
        desk.notes_export_dialog().unwrap_err().kind,
        ErrorKind::NotesNothingToExport {}
    );
    desk.save_note(
        CURRICULUM,
        "ue-arrival-neighbourhoods",
        "Carte des quartiers d'arrivée : à refaire avec les habitants.",
        vec![],
    )
    .unwrap();
    desk.set_bookmark(CURRICULUM, "sc-perceptions-and-belonging", true)
        .unwrap();
    desk.set_bookmark(STARTER, "telling-the-story", true)
        .unwrap();
    desk.save_note(STARTER, "telling-the-story", "Histoire de Diourbel", vec![])
        .unwrap();
    // An emptied note with no bookmark is not listed.
    let empty = desk
        .save_note(CURRICULUM, "ps-health-for-all", "x", vec![])
        .unwrap();
    desk.save_note(CURRICULUM, "ps-health-for-all", "  ", vec![empty.event])
        .unwrap();

    let notes = desk.my_notes().unwrap();
    let listed: Vec<(&str, &str, bool, Option<&str>)> = notes
        .entries
        .iter()
        .map(|e| {
            (
                e.course.as_str(),
                e.lesson.as_str(),
                e.bookmarked,
                e.note.as_ref().map(|n| n.text.as_str()),
            )
        })
        .collect();
    let catalogue: Vec<String> = desk
        .catalogue()
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();
    let curriculum_first = catalogue[0] == CURRICULUM;
    let mut expected = vec![
        (CURRICULUM, "sc-perceptions-and-belonging", true, None),
        (
            CURRICULUM,
            "ue-arrival-neighbourhoods",
            false,
            Some("Carte des quartiers d'arrivée : à refaire avec les habitants."),
        ),
    ];
    let starter = (
        STARTER,
        "telling-the-story",
        true,
        Some("Histoire de Diourbel"),
    );
    if curriculum_first {
        expected.push(starter);
    } else {
        expected.insert(0, starter);
    }
    assert_eq!(
        listed, expected,
        "the catalogue's order, then each course's"
    );
    let first = notes
        .entries
        .iter()
        .find(|e| e.lesson == "sc-perceptions-and-belonging")
        .unwrap();
    let lesson = desk
        .lesson(CURRICULUM, "sc-perceptions-and-belonging")
        .unwrap();
    assert_eq!(
        first.lesson_title, lesson.title,
        "titles in the learner's language (French)"
    );
    assert_eq!(first.module_title, lesson.module_title);
    assert!(first.installed);
}

#[test]
fn my_notes_export_to_markdown_in_the_learners_language_and_a_failed_write_says_where() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(&dir.path().join("store"), "pl");
    desk.save_note(
        STARTER,
        "telling-the-story",
        "Pierwsza linia\nDruga linia",
        vec![],
    )
    .unwrap();
    desk.set_bookmark(STARTER, "telling-the-story", true)
        .unwrap();
    let dialog = desk.notes_export_dialog().unwrap();
    assert_eq!(dialog.extension, "md");
    assert!(dialog.file_name.unwrap().ends_with(".md"));

    let file = dir.path().join("notatki.md");
    desk.export_notes(&file).unwrap();
    let md = std::fs::read_to_string(&file).unwrap();
    let l10n = lphm_i18n::Localizer::new("pl").unwrap();
    let lesson = desk.lesson(STARTER, "telling-the-story").unwrap();
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains(&format!("## {}", lesson.course_title)), "{md}");
    assert!(
        md.contains(&format!(
            "{} ({})",
            lesson.title,
            l10n.format("notes-bookmarked", &[])
        )),
        "{md}"
    );
    assert!(md.contains("> Pierwsza linia\n> Druga linia\n"), "{md}");

    let nowhere = dir.path().join("no-such-folder").join("notatki.md");
    let err = desk.export_notes(&nowhere).unwrap_err();
    assert!(
        matches!(&err.kind, ErrorKind::NotesExportFailed { path, .. } if path.contains("no-such-folder")),
        "{err:?}"
    );
    // The notes are untouched.
    assert_eq!(desk.my_notes().unwrap().entries.len(), 1);
}
