//! What the learner's window relies on the desk for: drawing a lesson again records
//! nothing, "Continue" knows where the learner stopped, a first visit is told from a return,
//! courses say which languages they are written in, a learner with no server can export,
//! and the sync form's empty fields and unreachable servers are named in words.
//! Against a real store in a temporary folder, with the built-in courses.

use lphm_desk::{Desk, NewProfile, StepKind};

use crate::helpers::{open, CURRICULUM, STARTER};

fn desk(dir: &std::path::Path) -> Desk {
    let desk = open(dir);
    desk.create_profile(NewProfile {
        name: "Agnieszka Wójcik".into(),
        authority: "Urząd Miasta Płocka".into(),
        role: "Officer".into(),
        lang: "pl".into(),
    })
    .unwrap();
    desk
}

fn events(desk: &Desk) -> usize {
    let profile = desk.state("").unwrap().current.unwrap();
    desk.store().events(profile).unwrap().len()
}

#[test]
fn drawing_a_lesson_again_records_nothing_opening_it_records_once() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    desk.open_lesson(STARTER, "telling-the-story").unwrap();
    assert_eq!(
        events(&desk),
        1,
        "opening a lesson records where the learner is"
    );
    // A language switch draws the lesson again, in the new language.
    desk.set_content_language(Some("fr")).unwrap();
    let again = desk.lesson(STARTER, "telling-the-story").unwrap();
    assert_eq!(again.lang, "fr");
    assert_eq!(
        events(&desk),
        1,
        "a redraw must not count as opening the lesson again"
    );
}

#[test]
fn continue_goes_where_the_learner_stopped_in_that_course() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let card = |course: &str| {
        desk.catalogue()
            .unwrap()
            .into_iter()
            .find(|c| c.id == course)
            .unwrap()
    };
    assert_eq!(card(STARTER).resume, None, "nothing opened yet");

    desk.open_lesson(STARTER, "telling-the-story").unwrap();
    desk.open_lesson(CURRICULUM, "sc-contact-and-dialogue")
        .unwrap();
    let starter = card(STARTER).resume.expect("a place to continue");
    assert_eq!(
        (starter.kind, starter.id.as_str()),
        (StepKind::Lesson, "telling-the-story")
    );
    let curriculum = card(CURRICULUM).resume.unwrap();
    assert_eq!(
        curriculum.id, "sc-contact-and-dialogue",
        "each course keeps its own place"
    );

    // Done with that lesson: continue with the next step not yet done.
    desk.complete_lesson(STARTER, "telling-the-story").unwrap();
    assert_eq!(card(STARTER).resume.unwrap().id, "contact-and-words");
    assert_eq!(
        desk.course(STARTER).unwrap().resume.unwrap().id,
        "contact-and-words",
        "the course page continues to the same place"
    );
    // The last lesson of the module done: next is the module's quiz.
    desk.open_lesson(STARTER, "contact-and-words").unwrap();
    desk.complete_lesson(STARTER, "contact-and-words").unwrap();
    let next = card(STARTER).resume.unwrap();
    assert_eq!(
        (next.kind, next.id.as_str()),
        (StepKind::Quiz, "perceptions-quiz")
    );
}

#[test]
fn a_first_visit_is_not_a_return() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    assert!(
        !desk.state("").unwrap().returning,
        "a new learner has not been here before"
    );
    desk.open_lesson(STARTER, "why-perceptions-matter").unwrap();
    assert!(desk.state("").unwrap().returning);
}

#[test]
fn a_course_says_which_languages_it_is_written_in() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let cards = desk.catalogue().unwrap();
    let langs = |id: &str| cards.iter().find(|c| c.id == id).unwrap().languages.clone();
    assert_eq!(langs(STARTER), ["en", "fr", "pl", "zu"]);
    assert_eq!(langs(CURRICULUM), ["en", "fr", "pl", "zu"]);
    assert_eq!(
        desk.course(STARTER).unwrap().languages,
        ["en", "fr", "pl", "zu"]
    );
    // A course written in English only says so.
    let key = lphm_package::SecretKey::from_seed("Test publisher", [9u8; 32]);
    lphm_desk::trust_key(desk.store(), &key.public().to_file()).unwrap();
    let package = dir.path().join("english-only.lphm");
    lphm_test_support::TestCourse::new("english-only")
        .lesson("only", "# Only\n\nIn English only.\n")
        .pack(&key, &package);
    desk.import_file(&package, |_| true).unwrap();
    let cards = desk.catalogue().unwrap();
    let card = cards.iter().find(|c| c.id == "english-only").unwrap();
    assert_eq!(card.languages, ["en"]);
}

#[test]
fn a_learner_never_connected_can_export_progress_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let nothing = desk.export_dialog().unwrap_err();
    assert_eq!(nothing.code(), "bundle-nothing-recorded", "{nothing:?}");

    desk.complete_lesson(STARTER, "why-perceptions-matter")
        .unwrap();
    let dialog = desk.export_dialog().unwrap();
    assert_eq!(
        dialog.file_name.as_deref(),
        Some("lphm-progress-Agnieszka-Wójcik-2026-09-21.lphm-progress"),
        "the name says whose progress and from when"
    );
    assert_eq!(
        dialog.title, "Zapisywanie postępów dla koordynatora",
        "titled in Polish"
    );
    let file = dir.path().join("out.lphm-progress");
    let info = desk.export_bundle(&file).unwrap();
    assert_eq!(info.events, 1);
    assert!(file.metadata().unwrap().len() > 0);
}

#[tokio::test]
async fn the_sync_form_names_empty_fields_and_an_unreachable_server_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let empty = desk
        .enroll(
            "  ",
            "ABCD-1234",
            "laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert_eq!(empty.code(), "sync-server-required", "{empty:?}");
    let no_code = desk
        .enroll(
            "lphm.example.org",
            " ",
            "laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert_eq!(no_code.code(), "sync-code-required", "{no_code:?}");

    // A port nothing listens on: the learner is told it cannot be reached, not that their
    // progress "is sent when the connection comes back" (they are not connected to any).
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let offline = desk
        .enroll(
            &format!("http://127.0.0.1:{port}"),
            "ABCD-1234",
            "laptop",
            Some(lphm_desk::CONSENT_VERSION),
        )
        .await
        .unwrap_err();
    assert_eq!(offline.code(), "enroll-offline", "{offline:?}");
    assert_eq!(
        offline.kind,
        lphm_desk::ErrorKind::EnrollOffline {
            server: format!("http://127.0.0.1:{port}")
        }
    );
    assert!(!desk.sync_status().unwrap().enrolled);
}

/// The statement of what is sent, which the window and `lphm` show from one list of ids,
/// reads in every interface language, and a learner who does not agree is refused before
/// anything else happens (no server is needed to find that out: nothing is sent).
#[tokio::test]
async fn the_statement_of_what_is_sent_is_in_every_language_and_enrolling_needs_agreement() {
    let ids: Vec<&str> = [
        "consent-title",
        "consent-agree",
        "consent-show",
        "consent-hide",
    ]
    .into_iter()
    .chain(
        lphm_desk::CONSENT_STATEMENT
            .iter()
            .flat_map(|(heading, paragraphs)| {
                std::iter::once(*heading).chain(paragraphs.iter().copied())
            }),
    )
    .collect();
    for lang in lphm_i18n::LANGUAGES {
        let own = lphm_i18n::bundle(lang).unwrap();
        for id in &ids {
            assert!(own.has_message(id), "{lang} has no {id}");
        }
    }

    let dir = tempfile::tempdir().unwrap();
    let desk = desk(dir.path());
    let refused = desk
        .enroll("http://127.0.0.1:9", "ABCD-1234", "laptop", None)
        .await
        .unwrap_err();
    assert_eq!(refused.code(), "consent-needed", "{refused:?}");
    assert!(!desk.sync_status().unwrap().enrolled);
    assert_eq!(desk.sync_status().unwrap().consent, None);
}
