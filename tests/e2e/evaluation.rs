//! The course evaluation in the real window (issue 17), offline: a learner takes the
//! pre-test of the LPHM curriculum (score only), studies the course (recorded through the
//! desk, as a learner's weeks of study), takes the post-test in the other form (both
//! scores, the change and the answers), answers the reaction survey with free text and
//! switches to Polish in the middle without losing it; the app started again "91 days
//! later" (`LPHM_CLOCK_OFFSET_MS`) asks the follow-up survey at once, "Later" puts it off
//! until the next start, and it is answered then. The answers read back intact from the
//! store.

use std::collections::BTreeSet;
use std::path::Path;

use lphm_desk::{Desk, NewProfile, SystemClock};
use lphm_progress::{Stage, Summary, SurveyAnswer};

use crate::harness::{workspace_root, App, Desktop};

const COURSE: &str = "perceptions-communication-media";
const DAY_MS: i64 = 86_400_000;

/// Free text as learners type it: French spacing, Polish letters, isiZulu, a new line.
const IMPROVE: &str = "Plus d’exemples\u{a0}: Diourbel, Płock — ąęłńóśźż.\nNgiyabonga kakhulu!";
const TRY_FIRST: &str = "Spotkanie z radą dzielnicy";
const HOW: &str = "Ngahlela umhlangano nezakhamuzi.\nIt worked.";

/// `(question id, correct choice ids, a wrong choice id)` of a test form, from the course.
fn form_key(form: &str) -> Vec<(String, Vec<String>, String)> {
    let path = workspace_root().join(format!(
        "courses/lphm-curriculum/evaluation/pre-post-{}.json",
        form.to_lowercase()
    ));
    let quiz: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    quiz["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let ids = |v: &serde_json::Value| -> Vec<String> {
                v.as_array()
                    .map(|a| a.iter().map(|c| c.as_str().unwrap().to_string()).collect())
                    .unwrap_or_default()
            };
            let correct = ids(&q["correct"]);
            let mut choices: Vec<String> = q["choices"]
                .as_array()
                .map(|cs| {
                    cs.iter()
                        .map(|c| c["id"].as_str().unwrap().to_string())
                        .collect()
                })
                .unwrap_or_default();
            if choices.is_empty() {
                choices = vec!["true".into(), "false".into()];
            }
            let wrong = choices.into_iter().find(|c| !correct.contains(c)).unwrap();
            (q["id"].as_str().unwrap().to_string(), correct, wrong)
        })
        .collect()
}

/// Answers the form on show: the first `right` questions right, the others wrong.
async fn answer_form(app: &App, form: &str, right: usize) {
    for (i, (q, correct, wrong)) in form_key(form).into_iter().enumerate() {
        let picks = if i < right { correct } else { vec![wrong] };
        for choice in picks {
            app.click(&format!("[data-test='answer-{q}-{choice}']"))
                .await;
        }
    }
}

/// The form shown: "A" or "B" from "Form A · 12 questions".
async fn shown_form(app: &App) -> String {
    let text = app.wait_text("[data-test='test-form']", "Form").await;
    let form = text.split_whitespace().nth(1).unwrap().to_string();
    assert!(form == "A" || form == "B", "{text}");
    form
}

/// The desk on the app's store, once the app that just quit has let go of it.
fn open_desk(store: &Path) -> Desk {
    lphm_test_support::eventually(
        std::time::Duration::from_secs(20),
        "the app to let go of its store",
        || match Desk::open(store, Box::new(SystemClock), 3) {
            Err(e) if e.code() == "store-locked" => Err(e),
            other => Ok(other.unwrap()),
        },
    )
}

/// The learner's weeks of study: every lesson done and every quiz passed, through the
/// desk, on the laptop's own store (the app is closed meanwhile).
fn study_the_course(store: &Path) {
    let desk = open_desk(store);
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

async fn course_page(app: &App) {
    app.click("[data-test='home']").await;
    app.click(&format!("[data-test='course-overview-{COURSE}']"))
        .await;
    app.find("[data-test='module-social-cohesion']").await;
}

/// Types `text` into the field `css` as a person would, a new line with the Enter key.
async fn type_text(app: &App, css: &str, text: &str) {
    let keys = text.replace('\n', &fantoccini::key::Key::Enter.to_string());
    app.type_into(css, &keys).await;
}

async fn value_of(app: &App, css: &str) -> String {
    app.eval(
        "return document.querySelector(arguments[0]).value",
        vec![css.into()],
    )
    .await
    .as_str()
    .unwrap()
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn pre_test_course_post_test_surveys_and_the_follow_up_ninety_one_days_later() {
    let mut desktop = Desktop::start("evaluation");
    let store = desktop.store_dir();
    {
        let desk = open_desk(&store);
        desk.create_profile(NewProfile {
            name: "Zanele Dlamini".into(),
            authority: "eThekwini Municipality".into(),
            role: "Migration desk officer".into(),
            lang: "en".into(),
        })
        .unwrap();
    }

    // The pre-test, offered before module 1 with why it is there.
    let app = desktop.launch().await;
    app.find("[data-test='catalogue']").await;
    course_page(&app).await;
    app.wait_text("[data-test='eval-pre']", "about 15 minutes")
        .await;
    app.wait_text("[data-test='eval-pre']", "no pass mark")
        .await;
    assert_eq!(app.count("[data-test='eval-post']").await, 0, "locked");
    assert_eq!(app.count("[data-test='eval-reaction']").await, 0, "locked");
    app.assert_accessible("course page with the pre-test offered")
        .await;
    app.screenshot("01-course-pre-test-offered").await;
    app.click("[data-test='eval-pre-start']").await;
    app.wait_text("h1", "Pre-test").await;
    let pre_form = shown_form(&app).await;
    app.wait_text("[data-test='test-form']", "12 questions")
        .await;
    app.screenshot("02-pre-test").await;
    answer_form(&app, &pre_form, 5).await;
    app.click("[data-test='quiz-submit']").await;
    app.wait_text("[data-test='test-done-pre']", "5 of 12")
        .await;
    assert_eq!(
        app.count("fieldset.right, fieldset.wrong, .expected-label")
            .await,
        0,
        "the pre-test shows the score only, no answer per question"
    );
    assert_eq!(app.count("[data-test='quiz-retry']").await, 0, "once only");
    app.assert_accessible("pre-test result").await;
    app.scroll_to("[data-test='test-done-pre']").await;
    app.screenshot("03-pre-test-done").await;
    app.click("[data-test='test-to-course']").await;
    app.wait_text("[data-test='eval-pre']", "5 of 12 correct")
        .await;
    app.quit().await;

    study_the_course(&store);

    // The course complete: the post-test and the reaction survey after the last module;
    // no follow-up yet (the app starts on the catalogue).
    let app = desktop.launch().await;
    app.find("[data-test='catalogue']").await;
    assert_eq!(app.count("[data-test='survey-startup']").await, 0);
    course_page(&app).await;
    app.find("[data-test='eval-post'][data-state='offered']")
        .await;
    app.find("[data-test='eval-reaction'][data-state='offered']")
        .await;
    app.find("[data-test='eval-follow-up'][data-state='waiting']")
        .await;
    assert_eq!(
        app.count("[data-test='eval-pre-start']").await,
        0,
        "taken once"
    );
    app.scroll_to("[data-test='eval-post']").await;
    app.screenshot("04-course-complete").await;
    app.click("[data-test='eval-post-start']").await;
    app.wait_text("h1", "Post-test").await;
    let post_form = shown_form(&app).await;
    assert_ne!(post_form, pre_form, "the post-test is the other form");
    answer_form(&app, &post_form, 11).await;
    app.click("[data-test='quiz-submit']").await;
    app.wait_text("[data-test='test-done-post']", "11 of 12")
        .await;
    app.wait_text("[data-test='test-pre-score']", "5 of 12")
        .await;
    // 91 % − 41 % = 50 points.
    app.wait_text("[data-test='test-gain']", "+50 points").await;
    assert_eq!(app.count("fieldset.right").await, 11);
    assert_eq!(app.count("fieldset.wrong").await, 1);
    app.assert_accessible("post-test result").await;
    app.scroll_to("[data-test='test-done-post']").await;
    app.screenshot("05-post-test-done").await;
    app.scroll_to("fieldset.wrong").await;
    app.screenshot("06-post-test-answers").await;
    app.click("[data-test='test-to-course']").await;
    app.wait_text("[data-test='eval-gain']", "+50 points").await;

    // The reaction survey: sent empty, refused; ratings, a choice and free text; Polish
    // in the middle keeps what was typed.
    app.click("[data-test='eval-reaction-start']").await;
    app.wait_text("h1", "Your view of the course").await;
    app.click("[data-test='survey-send']").await;
    app.wait_text("[data-test='survey-message']", "6 required questions")
        .await;
    app.find("fieldset.unanswered[data-question='relevance']")
        .await;
    for (q, n) in [
        ("relevance", 5),
        ("clarity", 4),
        ("other-cities", 4),
        ("app", 5),
    ] {
        app.click(&format!("[data-test='rate-{q}-{n}']")).await;
    }
    app.wait_gone("fieldset.unanswered[data-question='relevance']")
        .await;
    app.click("[data-test='choose-most-useful-module-human-security']")
        .await;
    type_text(&app, "[data-test='text-improve']", IMPROVE).await;
    app.wait_text("[data-test='count-improve']", "characters left")
        .await;
    app.type_into("[data-test='text-try-first']", TRY_FIRST)
        .await;
    app.assert_accessible("reaction survey").await;
    app.scroll_to("[data-test='text-improve']").await;
    app.screenshot("07-reaction-typed").await;
    app.select("[data-test='language']", "pl").await;
    app.wait_text("h1", "Opinia o kursie").await;
    app.wait_text("[data-test='count-improve']", "znak").await;
    assert_eq!(value_of(&app, "[data-test='text-improve']").await, IMPROVE);
    assert_eq!(
        value_of(&app, "[data-test='text-try-first']").await,
        TRY_FIRST
    );
    assert!(
        app.find("[data-test='rate-relevance-5']")
            .await
            .prop("checked")
            .await
            .unwrap()
            .as_deref()
            == Some("true"),
        "the ratings stay chosen too"
    );
    app.scroll_to("[data-test='survey-question-recommend']")
        .await;
    app.screenshot("08-reaction-in-polish").await;
    // Keyboard: the last rating reached and chosen with the keys.
    app.click("[data-test='rate-recommend-3']").await;
    app.keys(&fantoccini::key::Key::Right.to_string()).await;
    app.wait_focus("[data-test='rate-recommend-4']").await;
    app.click("[data-test='survey-send']").await;
    app.wait_text("[data-test='survey-sent']", "Dziękujemy")
        .await;
    app.screenshot("09-reaction-sent").await;
    app.click("[data-test='survey-to-course']").await;
    app.find("[data-test='eval-reaction'][data-state='answered']")
        .await;
    app.select("[data-test='language']", "en").await;
    app.wait_text("[data-test='eval-reaction']", "Answered on")
        .await;
    app.quit().await;

    // 91 days later: the follow-up comes first, at start.
    let offset = (91 * DAY_MS).to_string();
    desktop.set_app_env(&[("LPHM_CLOCK_OFFSET_MS", offset.as_ref())]);
    let app = desktop.launch().await;
    app.wait_text("[data-test='survey-startup']", "some time ago")
        .await;
    app.wait_text("h1", "What has changed since the course?")
        .await;
    app.assert_accessible("follow-up survey at start").await;
    app.screenshot("10-follow-up-at-start").await;
    app.click("[data-test='survey-later']").await;
    app.find("[data-test='catalogue']").await;
    app.quit().await;

    // "Later" asked again at the next start; answered this time.
    let app = desktop.launch().await;
    app.wait_text("[data-test='survey-startup']", "some time ago")
        .await;
    app.click("[data-test='choose-applied-yes-several']").await;
    app.click("[data-test='choose-areas-human-security']").await;
    type_text(&app, "[data-test='text-how']", HOW).await;
    let obstacle = app
        .find("[data-test^='choose-obstacles-']")
        .await
        .attr("data-test")
        .await
        .unwrap()
        .unwrap();
    app.click(&format!("[data-test='{obstacle}']")).await;
    app.click("[data-test='rate-change-4']").await;
    app.click("[data-test='survey-send']").await;
    app.wait_text("[data-test='survey-sent']", "Thank you")
        .await;
    app.screenshot("11-follow-up-sent").await;
    app.click("[data-test='survey-continue']").await;
    app.find("[data-test='catalogue']").await;
    course_page(&app).await;
    app.find("[data-test='eval-follow-up'][data-state='answered']")
        .await;
    app.scroll_to("[data-test='eval-follow-up']").await;
    app.screenshot("12-course-all-done").await;
    app.quit().await;

    // What the store holds, read back as the sync would send it.
    let desk = open_desk(&store);
    let profile = desk.state("en").unwrap().current.unwrap();
    let s = Summary::from_events(&desk.store().events(profile).unwrap());
    let pre = s.test(COURSE, Stage::Pre).unwrap();
    let post = s.test(COURSE, Stage::Post).unwrap();
    assert_eq!((pre.correct, post.correct), (5, 11));
    assert_ne!(pre.form, post.form);
    let reaction = &s.survey(COURSE, "reaction").unwrap().answers;
    assert_eq!(reaction["improve"], SurveyAnswer::Text(IMPROVE.into()));
    assert_eq!(reaction["try-first"], SurveyAnswer::Text(TRY_FIRST.into()));
    assert_eq!(reaction["recommend"], SurveyAnswer::Rating(4));
    let follow_up = &s.survey(COURSE, "follow-up").unwrap().answers;
    assert_eq!(follow_up["how"], SurveyAnswer::Text(HOW.into()));
    assert_eq!(
        follow_up["applied"],
        SurveyAnswer::Choices(BTreeSet::from(["yes-several".to_string()]))
    );
}
