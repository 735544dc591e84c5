//! Bookmarks and "My notes" in the real window (issue 15): a lesson bookmarked and a note
//! written show on one page that finds them and exports them to a Markdown file and to a
//! PDF; the page reads right and passes axe in every language.

use std::time::Duration;

use lphm_i18n::{Localizer, LANGUAGES};
use lphm_test_support::{eventually, eventually_async, workspace_root};

use crate::harness::{keep_image, pdf_text, Desktop};

const CURRICULUM: &str = "perceptions-communication-media";
const BOOKMARKED: &str = "ps-health-for-all";
const NOTED: &str = "ue-planning-with-newcomers";
const NOTE: &str = "Ask the Durban ward committee about mapping — żółć, ça, ngiyabonga";

#[tokio::test(flavor = "multi_thread")]
async fn bookmarks_and_notes_are_found_and_exported_in_every_language() {
    let out = tempfile::tempdir().unwrap();
    let export = out.path().join("my-notes.md");
    let desktop = Desktop::start_with("notes", &[("LPHM_SAVE_FILE", export.as_os_str())]);
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Aïssatou Diop")
        .await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;

    // Nothing yet: the page says how to fill it.
    app.click("[data-test='notes-button']").await;
    app.find("[data-test='notes-empty']").await;

    // A bookmark on one lesson, a note on another.
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{CURRICULUM}']"))
        .await;
    app.click(&format!("[data-test='lesson-{BOOKMARKED}']"))
        .await;
    app.find("[data-test='lesson-body'] h2").await;
    app.click("[data-test='bookmark']").await;
    eventually_async(Duration::from_secs(20), "the bookmark to be pressed", || async {
        app.eval("return document.querySelector(\"[data-test='bookmark']\").getAttribute('aria-pressed')", vec![]).await == "true"
    })
    .await;
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{CURRICULUM}']"))
        .await;
    app.click(&format!("[data-test='lesson-{NOTED}']")).await;
    app.type_into("[data-test='note-text']", NOTE).await;
    app.click("[data-test='note-save']").await;
    app.wait_text("[data-test='note-saved']", "Saved").await;

    for lang in LANGUAGES {
        let l10n = Localizer::new(lang).unwrap();
        app.select("[data-test='language']", lang).await;
        app.click("[data-test='notes-button']").await;
        app.wait_text("main h1", &l10n.format("notes-title", &[]))
            .await;
        let bookmarked = format!("[data-test='my-note-{CURRICULUM}-{BOOKMARKED}']");
        let noted = format!("[data-test='my-note-{CURRICULUM}-{NOTED}']");
        app.find(&format!("{bookmarked} [data-test='my-note-bookmarked']"))
            .await;
        app.wait_content(&format!("{noted} [data-test='my-note-text']"), NOTE)
            .await;
        assert_eq!(
            app.count(&format!("{noted} [data-test='my-note-bookmarked']"))
                .await,
            0
        );
        // Lesson titles in the language of the course text (here the interface's).
        let title = app
            .text(&format!("{bookmarked} [data-test='my-note-open']"))
            .await;
        app.assert_accessible(&format!("my notes ({lang})")).await;
        app.screenshot(&format!("notes-{lang}")).await;

        // Finding: a word of the note keeps it and drops the bookmark-only lesson.
        app.type_into("[data-test='notes-filter']", "ward").await;
        app.wait_gone(&bookmarked).await;
        app.find(&noted).await;
        app.type_into("[data-test='notes-filter']", " zzzqqq").await;
        app.find("[data-test='notes-no-match']").await;

        // Opening an entry opens its lesson.
        app.click("[data-test='notes-button']").await;
        app.click(&format!("{bookmarked} [data-test='my-note-open']"))
            .await;
        app.wait_text("[data-test='lesson-title']", &title).await;
        assert_eq!(
            app.eval("return document.querySelector(\"[data-test='bookmark']\").getAttribute('aria-pressed')", vec![]).await,
            "true"
        );
    }

    // Exported, in the learner's language of the moment (isiZulu, the last one).
    app.click("[data-test='notes-button']").await;
    app.click("[data-test='notes-export']").await;
    app.wait_text("[data-test='toast']", &export.display().to_string())
        .await;
    let md = std::fs::read_to_string(&export).unwrap();
    let zu = Localizer::new("zu").unwrap();
    assert!(md.contains(&format!("> {NOTE}")), "{md}");
    assert!(
        md.contains(&format!("({})", zu.format("notes-bookmarked", &[]))),
        "{md}"
    );

    // And as a PDF, to the same path (LPHM_SAVE_FILE stands in for the dialog): removed
    // first, since the file appears whole (written beside it, then renamed) and the toast
    // says the same words as before.
    std::fs::remove_file(&export).unwrap();
    app.click("[data-test='notes-export-pdf']").await;
    let pdf = eventually(
        Duration::from_secs(20),
        format!("the PDF at {}", export.display()),
        || std::fs::read(&export),
    );
    assert!(pdf.starts_with(b"%PDF-"), "a PDF, not Markdown");
    app.wait_text("[data-test='toast']", &export.display().to_string())
        .await;
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let text = flat(&pdf_text(&export));
    for wanted in [
        NOTE.to_string(),
        zu.format("notes-export-title", &[("name", "Aïssatou Diop".into())]),
        zu.format("notes-bookmarked", &[]),
    ] {
        assert!(
            text.contains(&flat(&wanted)),
            "'{wanted}' is in the PDF:\n{text}"
        );
    }
    let artifacts = workspace_root().join("tests/artifacts/e2e/notes");
    std::fs::create_dir_all(&artifacts).unwrap();
    keep_image(&export, &artifacts, "export-pdf-zu");
    app.quit().await;
}
