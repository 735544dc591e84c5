//! The window's behaviour as a learner meets it (issue 13): a language switch redraws in
//! place, unsaved notes survive, Continue resumes, quizzes do not give answers away, the
//! sync screen serves a learner with no connection, the whole path works with the keyboard
//! alone, and axe finds no serious accessibility problem on any screen in any language.

use std::time::Duration;

use fantoccini::key::Key;
use lphm_i18n::Localizer;
use lphm_progress::EventKind;

use crate::harness::{App, Desktop};
use crate::learner::{answer, quiz_key};

const COURSE: &str = "starter-communication";
const LESSON: &str = "telling-the-story";
const QUIZ: &str = "perceptions-quiz";

async fn new_learner(app: &App, name: &str) {
    app.type_into("[data-test='profile-name']", name).await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;
}

async fn open_lesson(app: &App) {
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.find(&format!("[data-test='lesson-{LESSON}']")).await;
    app.click(&format!("[data-test='lesson-{LESSON}']")).await;
    app.find("[data-test='lesson-body'] h2").await;
}

async fn scroll_y(app: &App) -> i64 {
    app.eval("return Math.round(window.scrollY)", vec![])
        .await
        .as_i64()
        .unwrap()
}

/// The events of the one learner in the store, once the app has let go of it.
async fn events(desktop: &Desktop) -> Vec<EventKind> {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let store = loop {
        match lphm_store::Store::open(&desktop.store_dir()) {
            Ok(store) => break store,
            Err(lphm_store::OpenError::Locked { .. }) if std::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(e) => panic!("{e}"),
        }
    };
    let profile = store.current_profile().unwrap().unwrap();
    store
        .events(profile)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect()
}

/// Defect 1: switching the interface or the course-text language on a lesson redraws it
/// in place: the note being typed, the scroll position and the reading time stay, and no
/// second "lesson opened" is recorded. (Needs the `lesson` command.)
#[tokio::test(flavor = "multi_thread")]
async fn a_language_switch_redraws_the_lesson_in_place() {
    let desktop = Desktop::start("window-language-switch");
    let app = desktop.launch().await;
    new_learner(&app, "Awa Ndiaye").await;
    open_lesson(&app).await;
    let english = app.text("[data-test='lesson-title']").await;
    app.type_into("[data-test='note-text']", "Ask the councillor")
        .await;
    app.eval("window.scrollTo(0, 250)", vec![]).await;
    let scrolled = scroll_y(&app).await;
    assert!(scrolled > 0, "the lesson is long enough to scroll");
    // Reading time to be counted before the switch: the timer must not restart there.
    tokio::time::sleep(Duration::from_secs(3)).await;

    app.select("[data-test='language']", "fr").await;
    app.wait_text("[data-test='complete']", "Marquer").await;
    let french = app.text("[data-test='lesson-title']").await;
    assert_ne!(french, english, "the lesson's text follows the interface");
    assert_eq!(
        app.find("[data-test='note-text']")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Ask the councillor"),
        "the note being typed stays"
    );
    assert_eq!(scroll_y(&app).await, scrolled, "the page does not jump");

    // The course text alone back to English, from the lesson (its list scrolled into view
    // first: WebDriver cannot choose in a list under the sticky header).
    app.scroll_to("[data-test='content-language']").await;
    let scrolled = scroll_y(&app).await;
    app.select("[data-test='content-language']", "en").await;
    app.wait_text("[data-test='lesson-title']", &english).await;
    assert_eq!(scroll_y(&app).await, scrolled);
    app.screenshot("lesson-after-switches").await;
    app.click("[data-test='home']").await;
    app.find("[data-test='catalogue']").await;
    app.quit().await;

    let events = events(&desktop).await;
    let opened = events
        .iter()
        .filter(|e| matches!(e, EventKind::LessonOpened { lesson, .. } if lesson == LESSON))
        .count();
    assert_eq!(
        opened, 1,
        "one lesson opened, whatever the switches: {events:?}"
    );
    let seconds: u32 = events
        .iter()
        .filter_map(|e| match e {
            EventKind::TimeSpent { seconds, .. } => Some(*seconds),
            _ => None,
        })
        .sum();
    assert!(
        seconds >= 3,
        "the time read before the switch counts: {seconds} s recorded"
    );
}

/// Defect 2 and the "not saved yet" style: unsaved text survives leaving the lesson; a
/// typed name survives choosing a language on the welcome screen.
#[tokio::test(flavor = "multi_thread")]
async fn typed_text_survives_leaving_and_language_choices() {
    let desktop = Desktop::start("window-drafts");
    let app = desktop.launch().await;
    app.type_into("[data-test='profile-name']", "Łucja Nowak")
        .await;
    app.click("[data-test='welcome-lang-pl']").await;
    app.wait_text("h1", "LPHM").await;
    assert_eq!(
        app.find("[data-test='profile-name']")
            .await
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some("Łucja Nowak")
    );
    app.click("[data-test='welcome-lang-en']").await;
    app.click("[data-test='profile-create']").await;
    app.find("[data-test='catalogue']").await;

    open_lesson(&app).await;
    app.type_into("[data-test='note-text']", "Shelters list")
        .await;
    app.click("[data-test='home']").await;
    app.find("[data-test='catalogue']").await;
    open_lesson(&app).await;
    let note = app.find("[data-test='note-text']").await;
    assert_eq!(
        note.prop("value").await.unwrap().as_deref(),
        Some("Shelters list")
    );
    app.wait_text("[data-test='note-saved']", "Not saved yet")
        .await;
    assert_eq!(app.count("[data-test='note-saved'].unsaved").await, 1);
    app.screenshot("draft-kept").await;
    app.click("[data-test='note-save']").await;
    app.wait_text("[data-test='note-saved']", "Saved").await;
    assert_eq!(app.count("[data-test='note-saved'].unsaved").await, 0);
    app.quit().await;
}

/// Defect 4, the parts the window alone decides: Completed once, the ring's percent sign,
/// the course-text language on the course page, the empty quiz's message in view and
/// focused.
#[tokio::test(flavor = "multi_thread")]
async fn course_lesson_and_quiz_details() {
    let desktop = Desktop::start("window-details");
    let app = desktop.launch().await;
    new_learner(&app, "Awa Ndiaye").await;
    open_lesson(&app).await;
    app.click("[data-test='complete']").await;
    app.wait_text("[data-test='save-status']", "Saved").await;
    app.click("[data-test='step-next']").await;
    app.click("[data-test='step-prev']").await;
    app.wait_text("[data-test='complete']", "Completed ✓").await;
    let page = app.text("main").await;
    assert_eq!(page.matches("Completed ✓").count(), 1, "{page}");

    app.click("[data-test='home']").await;
    let ring = app
        .text(&format!("[data-test='course-{COURSE}'] .ring-text"))
        .await;
    assert!(ring.ends_with('%'), "the ring shows a percentage: {ring}");
    app.select("[data-test='language']", "fr").await;
    app.wait_text(&format!("[data-test='course-{COURSE}'] .ring-text"), "%")
        .await;
    // WebDriver's text turns no-break spaces into spaces: read the DOM's own text.
    let ring = app
        .eval(
            &format!("return document.querySelector(\"[data-test='course-{COURSE}'] .ring-text\").textContent"),
            vec![],
        )
        .await
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        ring.contains('\u{202f}') || ring.contains('\u{a0}'),
        "French puts a no-break space before %: {ring:?}"
    );
    app.select("[data-test='language']", "en").await;
    // The course-text language can be chosen on the course page (and in the catalogue).
    app.find("main [data-test='content-language']").await;
    goto_course(&app).await;
    app.find("[data-test='content-language']").await;

    // The empty quiz: the message is in view and has focus.
    goto_quiz(&app).await;
    app.click("[data-test='quiz-submit']").await;
    app.wait_text("[data-test='quiz-message']", "nothing was recorded")
        .await;
    app.wait_focus("[data-test='quiz-message']").await;
    let visible = app
        .eval(
            "const r = document.querySelector('[data-test=quiz-message]').getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight",
            vec![],
        )
        .await;
    assert_eq!(visible, true, "the message is on screen");
    app.screenshot("empty-quiz").await;
    app.click("[data-test='quiz-go-unanswered']").await;
    let first = &quiz_key()[0].0;
    app.wait_focus(&format!("input[name='{first}']")).await;
    app.quit().await;
}

/// The course page, from the catalogue: the course's title leads there.
async fn goto_course(app: &App) {
    app.click("[data-test='home']").await;
    app.find("[data-test='catalogue']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.find("[data-test='module-perceptions']").await;
}

async fn goto_quiz(app: &App) {
    goto_course(app).await;
    app.click(&format!("[data-test='quiz-{QUIZ}']")).await;
    app.find("[data-test='quiz-form']").await;
}

/// Defect 5, without the Rust change: a failed attempt says which answers were wrong and
/// why, but does not mark the correct options, and says when they will be shown.
#[tokio::test(flavor = "multi_thread")]
async fn a_failed_quiz_does_not_give_the_answers_away() {
    let desktop = Desktop::start("window-quiz-failed");
    let app = desktop.launch().await;
    new_learner(&app, "Awa Ndiaye").await;
    goto_quiz(&app).await;
    answer(&app, false).await;
    app.click("[data-test='quiz-submit']").await;
    app.find("[data-test='quiz-failed']").await;
    assert_eq!(app.count("fieldset.wrong").await, quiz_key().len());
    assert_eq!(
        app.count(".choice-row.expected").await,
        0,
        "a retake must not be copying"
    );
    app.wait_text(
        "[data-test='quiz-reveal-note']",
        "correct answers are shown",
    )
    .await;
    app.wait_focus("[data-test='quiz-result']").await;
    app.screenshot("quiz-failed-unrevealed").await;
    app.quit().await;
}

/// Defect 5 with the Rust change (QuizOutcome.revealed): once passed, the correct options
/// are marked, with words as well as colour.
#[tokio::test(flavor = "multi_thread")]
async fn a_passed_quiz_shows_the_correct_answers() {
    let desktop = Desktop::start("window-quiz-passed");
    let app = desktop.launch().await;
    new_learner(&app, "Awa Ndiaye").await;
    goto_quiz(&app).await;
    answer(&app, true).await;
    app.click("[data-test='quiz-submit']").await;
    app.find("[data-test='quiz-passed']").await;
    let expected: usize = quiz_key().iter().map(|(_, c, _)| c.len()).sum();
    assert_eq!(app.count(".choice-row.expected").await, expected);
    assert_eq!(
        app.count(".choice-row.expected .expected-label").await,
        expected
    );
    app.quit().await;
}

/// Defect 4 with the Rust change: a first visit is greeted as one, "Continue" opens the
/// lesson where the learner stopped, and a course with no Polish text says so in Polish
/// (one written in all four languages says nothing).
#[tokio::test(flavor = "multi_thread")]
async fn continue_resumes_and_cards_say_what_is_missing() {
    let desktop = Desktop::start("window-continue");
    // A course written in English and French only, installed as from a stick.
    const PARTIAL: &str = "fixture-fallback";
    {
        let desk = lphm_desk::Desk::open(
            &desktop.store_dir(),
            Box::new(lphm_test_support::TestClock::new(1_790_000_000_000)),
            1,
        )
        .unwrap();
        let key = lphm_package::SecretKey::from_seed("Province publisher", [42u8; 32]);
        lphm_desk::trust_key(desk.store(), &key.public().to_file()).unwrap();
        let package = desktop.store_dir().with_extension("lphm");
        lphm_package::pack(
            &lphm_test_support::fixture("fallback-course"),
            &key,
            std::fs::File::create(&package).unwrap(),
        )
        .unwrap();
        desk.import_file(&package, |_| true).unwrap();
    }
    let app = desktop.launch().await;
    new_learner(&app, "Awa Ndiaye").await;
    let en = Localizer::new("en").unwrap();
    let first = en.format(
        "catalogue-greeting-first",
        &[("name", fluent_bundle::FluentValue::from("Awa Ndiaye"))],
    );
    app.wait_text("main", &first).await;
    open_lesson(&app).await;
    app.click("[data-test='step-next']").await;
    let stopped = app.text("[data-test='lesson-title']").await;
    app.click("[data-test='home']").await;
    app.wait_text("main", "Welcome back, Awa Ndiaye").await;
    app.wait_text(&format!("[data-test='open-course-{COURSE}']"), "Continue")
        .await;
    app.click(&format!("[data-test='open-course-{COURSE}']"))
        .await;
    app.wait_text("[data-test='lesson-title']", &stopped).await;

    app.click("[data-test='home']").await;
    app.select("[data-test='language']", "pl").await;
    app.wait_text(
        &format!("[data-test='course-{PARTIAL}'] [data-test='course-languages']"),
        "Treść kursu dostępna w językach",
    )
    .await;
    assert_eq!(
        app.count(&format!(
            "[data-test='course-{COURSE}'] [data-test='course-languages']"
        ))
        .await,
        0,
        "the starter course is written in Polish: nothing to say"
    );
    app.screenshot("card-pl-languages").await;
    app.quit().await;
}

/// Defects 3 and 6 with the Rust change: a learner with no connection at all can export
/// progress to a file; an empty server address is refused with its own message, the field
/// marked invalid and focused.
#[tokio::test(flavor = "multi_thread")]
async fn the_sync_screen_serves_a_learner_with_no_connection() {
    let home = tempfile::tempdir().unwrap();
    let export = home.path().join("progress.lphm-progress");
    let desktop = Desktop::start_with("window-sync", &[("LPHM_SAVE_FILE", export.as_os_str())]);
    let app = desktop.launch().await;
    new_learner(&app, "Thandi Dlamini").await;
    // Something to export: the lesson opened is recorded.
    open_lesson(&app).await;
    app.click("[data-test='sync-status']").await;
    app.find("[data-test='enroll-form']").await;
    app.click("[data-test='enroll-submit']").await;
    let en = Localizer::new("en").unwrap();
    app.wait_text(
        "[data-test='sync-error']",
        &en.format("error-sync-server-required", &[]),
    )
    .await;
    app.wait_focus("[data-test='enroll-server'][aria-invalid='true']")
        .await;
    app.screenshot("server-required").await;

    app.click("[data-test='export-progress']").await;
    app.wait_text("[data-test='export-result']", "saved to the file")
        .await;
    assert!(export.exists(), "the progress file is written");
    app.quit().await;
}

/// Defect 7: the whole path with the keyboard alone. The skip link comes first; focus moves
/// to each new page's heading; the language list switches only on Enter and keeps focus.
#[tokio::test(flavor = "multi_thread")]
async fn a_learner_can_do_everything_with_the_keyboard() {
    let desktop = Desktop::start("window-keyboard");
    let app = desktop.launch().await;
    app.find("[data-test='profile-name']").await;
    // Nothing focused yet: the first Tab reaches the skip link.
    app.eval("document.activeElement?.blur()", vec![]).await;
    app.client
        .find(fantoccini::Locator::Css("body"))
        .await
        .unwrap()
        .send_keys(&Key::Tab.to_string())
        .await
        .unwrap();
    app.wait_focus("[data-test='skip-link']").await;
    app.tab_to("[data-test='profile-name']", false, 20).await;
    app.keys("Kofi Mensah").await;
    app.keys(&Key::Enter.to_string()).await;
    app.find("[data-test='catalogue']").await;
    app.wait_focus("main h1").await;

    // Open the course with Enter.
    app.tab_to(&format!("[data-test='open-course-{COURSE}']"), false, 40)
        .await;
    app.keys(&Key::Enter.to_string()).await;
    app.find(
        "[data-test='module-perceptions'], [data-test='lesson-title'], [data-test='quiz-form']",
    )
    .await;
    app.wait_focus("main h1").await;
    if app.count("[data-test='module-perceptions']").await == 0 {
        // "Start" opened a lesson: back to the overview by its crumb.
        app.tab_to(".crumbs button:nth-of-type(2)", true, 40).await;
        app.keys(&Key::Enter.to_string()).await;
        app.find("[data-test='module-perceptions']").await;
        app.wait_focus("main h1").await;
    }

    // A lesson, read and marked complete.
    app.tab_to(&format!("[data-test='lesson-{LESSON}']"), false, 40)
        .await;
    app.keys(&Key::Enter.to_string()).await;
    app.find("[data-test='lesson-body']").await;
    app.wait_focus("main h1[data-test='lesson-title']").await;
    app.tab_to("[data-test='complete']", false, 40).await;
    app.keys(&Key::Space.to_string()).await;
    app.wait_text("[data-test='save-status']", "Saved").await;

    // The quiz, answered and submitted.
    app.tab_to(".crumbs button:nth-of-type(2)", true, 40).await;
    app.keys(&Key::Enter.to_string()).await;
    app.find("[data-test='module-perceptions']").await;
    app.tab_to(&format!("[data-test='quiz-{QUIZ}']"), false, 60)
        .await;
    app.keys(&Key::Enter.to_string()).await;
    app.find("[data-test='quiz-form']").await;
    app.wait_focus("main h1").await;
    for (q, correct, _) in quiz_key() {
        let multiple = app
            .count(&format!("input[name='{q}'][type='checkbox']"))
            .await
            > 0;
        if multiple {
            for c in correct {
                app.tab_to(&format!("[data-test='answer-{q}-{c}']"), false, 60)
                    .await;
                app.keys(&Key::Space.to_string()).await;
            }
        } else {
            // A radio group is one Tab stop; arrow keys move (and choose) within it.
            app.tab_to(&format!("input[name='{q}']"), false, 60).await;
            let target = format!("[data-test='answer-{q}-{}']", correct[0]);
            for _ in 0..8 {
                if app.focused(&target).await {
                    break;
                }
                app.keys(&Key::Down.to_string()).await;
            }
            app.keys(&Key::Space.to_string()).await;
            assert!(
                app.eval(
                    &format!("return document.querySelector(\"{target}\").checked"),
                    vec![]
                )
                .await
                    == true,
                "{target} chosen with the keyboard"
            );
        }
    }
    app.tab_to("[data-test='quiz-submit']", false, 60).await;
    app.keys(&Key::Enter.to_string()).await;
    app.find("[data-test='quiz-passed']").await;
    app.wait_focus("[data-test='quiz-result']").await;

    // The language: an arrow key moves in the list without switching; Enter switches, and
    // focus stays on the list.
    app.tab_to("[data-test='language']", true, 80).await;
    let title = app.text("main h1").await;
    app.keys(&Key::Down.to_string()).await;
    tokio::time::sleep(Duration::from_millis(500)).await; // time for a wrong switch to show
    assert_eq!(
        app.text("main h1").await,
        title,
        "an arrow key does not switch"
    );
    assert!(app.focused("[data-test='language']").await);
    app.keys(&Key::Enter.to_string()).await;
    app.wait_text("[data-test='quiz-retry']", "Réessayer").await;
    assert!(
        app.focused("[data-test='language']").await,
        "focus stays on the list: {}",
        app.describe_focus().await
    );
    app.screenshot("keyboard-after-language").await;
    app.quit().await;
}

/// axe-core on every screen in every language: no serious or critical violation.
#[tokio::test(flavor = "multi_thread")]
async fn every_screen_passes_axe_in_every_language() {
    let stick = tempfile::tempdir().unwrap();
    let package = stick.path().join("not-a-course.lphm");
    std::fs::write(&package, b"this is not a course package").unwrap();
    let desktop = Desktop::start_with("window-axe", &[("LPHM_PICK_FILE", package.as_os_str())]);
    let app = desktop.launch().await;
    app.find("[data-test='profile-name']").await;
    for lang in lphm_i18n::LANGUAGES {
        app.click(&format!("[data-test='welcome-lang-{lang}']"))
            .await;
        app.wait_text("html", "").await;
        app.assert_accessible(&format!("welcome ({lang})")).await;
    }
    app.click("[data-test='welcome-lang-en']").await;
    new_learner(&app, "Awa Ndiaye").await;

    for lang in lphm_i18n::LANGUAGES {
        app.select("[data-test='language']", lang).await;
        let l10n = Localizer::new(lang).unwrap();
        app.click("[data-test='home']").await;
        app.wait_text("main h1", &l10n.format("catalogue-title", &[]))
            .await;
        app.assert_accessible(&format!("catalogue ({lang})")).await;

        app.click("[data-test='import-button']").await;
        app.find("[data-test='import-close']:not([hidden])").await;
        app.assert_accessible(&format!("import panel ({lang})"))
            .await;
        app.screenshot(&format!("import-{lang}")).await;
        app.click("[data-test='import-close']").await;

        app.click("[data-test='profile-button']").await;
        app.wait_text("main h1", &l10n.format("profiles-title", &[]))
            .await;
        app.assert_accessible(&format!("profiles ({lang})")).await;

        goto_course(&app).await;
        app.assert_accessible(&format!("course ({lang})")).await;
        app.screenshot(&format!("course-{lang}")).await;

        app.click(&format!("[data-test='lesson-{LESSON}']")).await;
        app.find("[data-test='lesson-body'] h2").await;
        app.assert_accessible(&format!("lesson ({lang})")).await;

        goto_quiz(&app).await;
        app.assert_accessible(&format!("quiz ({lang})")).await;
        answer(&app, false).await;
        app.click("[data-test='quiz-submit']").await;
        app.find("[data-test='quiz-failed']").await;
        app.assert_accessible(&format!("quiz after submitting ({lang})"))
            .await;
        app.screenshot(&format!("quiz-failed-{lang}")).await;

        app.click("[data-test='sync-status']").await;
        app.find("[data-test='enroll-form']").await;
        app.assert_accessible(&format!("sync, not connected ({lang})"))
            .await;
        app.screenshot(&format!("sync-{lang}")).await;
    }
    app.quit().await;
}
