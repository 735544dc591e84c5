//! Bookmarks and "My notes": set and removed, kept across restarts, listed with their
//! lessons in the learner's language, and exported as Markdown and as PDF.

use lphm_desk::ErrorKind;

use crate::helpers::{desk_with_learner, flat, open, pdf_text, CURRICULUM, STARTER};

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
        desk.notes_export_dialog("md").unwrap_err().kind,
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
    let dialog = desk.notes_export_dialog("md").unwrap();
    assert_eq!(dialog.extension, "md");
    assert!(dialog.file_name.unwrap().ends_with(".md"));

    let file = dir.path().join("notatki.md");
    desk.export_notes(&file, "md").unwrap();
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
    let err = desk.export_notes(&nowhere, "md").unwrap_err();
    assert!(
        matches!(&err.kind, ErrorKind::NotesExportFailed { path, .. } if path.contains("no-such-folder")),
        "{err:?}"
    );
    // The notes are untouched.
    assert_eq!(desk.my_notes().unwrap().entries.len(), 1);
}

#[test]
fn my_notes_export_to_pdf_in_the_learners_language_with_every_version_of_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(&dir.path().join("store"), "fr");
    let l10n = lphm_i18n::Localizer::new("fr").unwrap();
    let first = "Première version\u{a0}: à revoir avec l'équipe\nDeuxième ligne, œuvre et façade";
    let other = "Version écrite sur l'autre ordinateur — Noël";
    desk.save_note(STARTER, "telling-the-story", first, vec![])
        .unwrap();
    // Saved without the first as its base: the two versions conflict, and both are kept.
    desk.save_note(STARTER, "telling-the-story", other, vec![])
        .unwrap();
    desk.set_bookmark(CURRICULUM, "ps-health-for-all", true)
        .unwrap();

    let dialog = desk.notes_export_dialog("pdf").unwrap();
    assert_eq!(dialog.extension, "pdf");
    assert_eq!(
        dialog.filter,
        l10n.format("notes-export-dialog-filter-pdf", &[])
    );
    let name = dialog.file_name.unwrap();
    assert!(
        name.starts_with("lphm-notes-") && name.ends_with(".pdf"),
        "{name}"
    );

    let file = dir.path().join("mes notes.pdf");
    desk.export_notes(&file, "pdf").unwrap();
    let written = std::fs::read(&file).unwrap();
    assert!(written.starts_with(b"%PDF-"), "a PDF file");
    assert_eq!(
        written,
        desk.notes_pdf().unwrap(),
        "the file holds what notes_pdf makes"
    );
    assert!(
        !dir.path().join("mes notes.pdf.part").exists(),
        "no temporary file is left"
    );

    let text = pdf_text(&file);
    let story = desk.lesson(STARTER, "telling-the-story").unwrap();
    let health = desk.lesson(CURRICULUM, "ps-health-for-all").unwrap();
    let mut wanted = vec![
        l10n.format("notes-export-title", &[("name", "Awa".into())]),
        format!("{} {}", health.title, l10n.format("notes-bookmarked", &[])),
        l10n.format("notes-page", &[("page", 1.into()), ("pages", 1.into())]),
    ];
    for lesson in [&story, &health] {
        wanted.extend([
            lesson.course_title.clone(),
            lesson.module_title.clone(),
            lesson.title.clone(),
        ]);
    }
    wanted.extend(first.lines().chain(other.lines()).map(String::from));
    for w in wanted {
        assert!(
            text.contains(&flat(&w)),
            "'{w}' is in the PDF, in French:\n{text}"
        );
    }
}

#[test]
fn a_notes_export_that_cannot_be_made_says_why_and_leaves_the_file_alone() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(&dir.path().join("store"), "pl");
    let emoji = desk
        .save_note(STARTER, "telling-the-story", "Dobrze 👍 dziękuję", vec![])
        .unwrap();
    let file = dir.path().join("notatki.pdf");
    std::fs::write(&file, "earlier export").unwrap();

    for format in ["docx", "PDF", ""] {
        let unknown = ErrorKind::NotesFormatUnknown {
            format: format.into(),
        };
        assert_eq!(desk.notes_export_dialog(format).unwrap_err().kind, unknown);
        assert_eq!(desk.export_notes(&file, format).unwrap_err().kind, unknown);
    }
    // The fonts of the PDF have no emoji: the learner is told which character, and the
    // Markdown export keeps it.
    assert_eq!(
        desk.export_notes(&file, "pdf").unwrap_err().kind,
        ErrorKind::NotesCannotPrint {
            character: "👍".into()
        }
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "earlier export");
    let md = dir.path().join("notatki.md");
    desk.export_notes(&md, "md").unwrap();
    assert!(std::fs::read_to_string(&md)
        .unwrap()
        .contains("> Dobrze 👍 dziękuję"));

    // Once the note is written without it, the PDF is made; a folder that is not there is
    // a failed write that names the path.
    desk.save_note(
        STARTER,
        "telling-the-story",
        "Dobrze, dziękuję",
        vec![emoji.event],
    )
    .unwrap();
    desk.notes_pdf().unwrap();
    let nowhere = dir.path().join("no-such-folder").join("notatki.pdf");
    let err = desk.export_notes(&nowhere, "pdf").unwrap_err();
    assert!(
        matches!(&err.kind, ErrorKind::NotesExportFailed { path, .. } if path.contains("no-such-folder")),
        "{err:?}"
    );
}
