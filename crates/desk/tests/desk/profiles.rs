//! First start, profiles and languages.

use lphm_test_support::TestCourse;

use crate::helpers::{card, desk_with_learner, new_profile, open, STARTER};

#[test]
fn first_start_offers_the_system_language_and_no_profile() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    // (system locale, expected interface language)
    for (system, expected) in [
        ("fr_SN.UTF-8", "fr"),
        ("fr_BE", "fr"),
        ("en_ZA.UTF-8", "en"),
        ("", "en"),
        ("C", "en"),
    ] {
        let state = desk.state(system).unwrap();
        assert_eq!(state.lang, expected, "system locale {system:?}");
        assert!(state.current.is_none());
        assert!(state.profiles.is_empty());
    }
    let err = desk.catalogue().unwrap_err();
    assert_eq!(err.code(), "profile-none");
}

#[test]
fn the_language_chosen_before_a_profile_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = open(dir.path());
        desk.set_language("fr").unwrap();
    }
    assert_eq!(open(dir.path()).state("en_GB").unwrap().lang, "fr");
}

#[test]
fn a_profile_needs_a_name_and_a_known_language() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    assert_eq!(
        desk.create_profile(new_profile("   ", "en"))
            .unwrap_err()
            .code(),
        "profile-name-required"
    );
    let err = desk.create_profile(new_profile("Awa", "xx")).unwrap_err();
    assert_eq!(err.code(), "language-unknown");
    assert_eq!(err.context.detail.as_deref(), Some("language xx"));
    assert!(
        desk.state("").unwrap().profiles.is_empty(),
        "a refused profile is not stored"
    );
}

#[test]
fn several_profiles_share_a_laptop_with_their_own_progress_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let desk = open(dir.path());
    let awa = desk.create_profile(new_profile("Awa", "fr")).unwrap();
    desk.open_lesson(STARTER, "why-perceptions-matter").unwrap();
    desk.complete_lesson(STARTER, "why-perceptions-matter")
        .unwrap();
    let jan = desk.create_profile(new_profile("Jan", "en")).unwrap();
    let state = desk.state("").unwrap();
    assert_eq!(
        state.current,
        Some(jan.id),
        "a new profile becomes the current one"
    );
    assert_eq!(state.lang, "en");
    assert_eq!(
        card(&desk, STARTER).progress.done,
        0,
        "Jan has done nothing yet"
    );

    desk.switch_profile(awa.id).unwrap();
    let state = desk.state("").unwrap();
    assert_eq!(
        state.lang, "fr",
        "the interface language is remembered per profile"
    );
    assert_eq!(state.profiles.len(), 2);
    assert_eq!(card(&desk, STARTER).progress.done, 1);
    assert_eq!(
        state.resume.map(|r| r.lesson).as_deref(),
        Some("why-perceptions-matter")
    );

    assert_eq!(
        desk.switch_profile(uuid::Uuid::from_u128(99))
            .unwrap_err()
            .code(),
        "profile-not-found"
    );
}

#[test]
fn switching_language_changes_course_text_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "en");
    let en = card(&desk, STARTER).title.clone();
    desk.set_language("fr").unwrap();
    let fr = card(&desk, STARTER).title.clone();
    assert_ne!(en, fr);
    assert!(fr.starts_with("Premiers pas"), "{fr}");
}

#[test]
fn a_second_instance_on_the_same_data_gets_a_clear_error_naming_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let _first = open(dir.path());
    let err = lphm_desk::Desk::open(
        dir.path(),
        Box::new(lphm_test_support::TestClock::new(0)),
        1,
    )
    .unwrap_err();
    assert_eq!(err.code(), "store-locked");
    assert_eq!(
        err.context.path,
        Some(dir.path().display().to_string()),
        "the folder is named beside the message"
    );
}

#[test]
fn course_text_can_be_read_in_another_language_than_the_interface() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_with_learner(dir.path(), "zu");
    // isiZulu interface: the starter course is written in isiZulu too.
    let lesson = desk.open_lesson(STARTER, "telling-the-story").unwrap();
    assert!(!lesson.fallback);
    assert_eq!(lesson.lang, "zu");
    // A course written in English only falls back to English, and says so.
    let key = lphm_package::SecretKey::from_seed("Test publisher", [9u8; 32]);
    lphm_desk::trust_key(desk.store(), &key.public().to_file()).unwrap();
    let package = dir.path().join("english-only.lphm");
    TestCourse::new("english-only")
        .lesson("only", "# Only\n\nIn English only.\n")
        .pack(&key, &package);
    desk.import_file(&package, |_| true).unwrap();
    let lesson = desk.open_lesson("english-only", "only").unwrap();
    assert!(lesson.fallback);
    assert_eq!(lesson.lang, "en");

    desk.set_content_language(Some("fr")).unwrap();
    let lesson = desk.open_lesson(STARTER, "telling-the-story").unwrap();
    assert!(
        !lesson.fallback,
        "French text exists, so nothing falls back"
    );
    assert_eq!(lesson.lang, "fr");
    assert!(card(&desk, STARTER).title.starts_with("Premiers pas"));
    let state = desk.state("").unwrap();
    assert_eq!(
        (state.lang.as_str(), state.content_lang.as_deref()),
        ("zu", Some("fr"))
    );

    desk.set_content_language(None).unwrap();
    assert_eq!(
        desk.open_lesson(STARTER, "telling-the-story").unwrap().lang,
        "zu",
        "back to the interface's language"
    );
    assert_eq!(
        desk.set_content_language(Some("xx")).unwrap_err().code(),
        "language-unknown"
    );
}

#[test]
fn text_size_is_kept_per_learner_from_100_to_200_percent() {
    let dir = tempfile::tempdir().unwrap();
    {
        let desk = desk_with_learner(dir.path(), "pl");
        let first = desk.state("").unwrap().current.unwrap();
        assert_eq!(
            desk.state("").unwrap().profiles[0].text_size,
            100,
            "a new learner starts at the normal size"
        );
        desk.set_text_size(175).unwrap();
        for wrong in [0, 99, 201, 1000] {
            assert_eq!(
                desk.set_text_size(wrong).unwrap_err().kind,
                lphm_desk::ErrorKind::TextSizeOutOfRange { min: 100, max: 200 },
                "{wrong} %"
            );
        }
        // Another learner on the same laptop has their own size.
        let other = desk.create_profile(new_profile("Jan", "pl")).unwrap();
        assert_eq!(other.text_size, 100);
        desk.set_text_size(200).unwrap();
        desk.switch_profile(first).unwrap();
    }
    let desk = open(dir.path());
    let state = desk.state("").unwrap();
    let size = |name: &str| {
        state
            .profiles
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.text_size)
    };
    assert_eq!((size("Awa"), size("Jan")), (Some(175), Some(200)));
}
