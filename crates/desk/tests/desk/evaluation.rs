//! The course evaluation on the laptop (issue 17): the pre-test offered until the first
//! lesson is done, the post-test and the reaction survey once the course is complete, the
//! follow-up survey exactly `after_days` after completion; which parallel form a learner
//! takes; one event per sitting or survey, refused twice; free text in four languages kept
//! intact through the store. Real sled stores, the LPHM curriculum as built into the app.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use lphm_desk::client::Enrollment;
use lphm_desk::{Desk, StepState, SurveyAnswers, Which, DAY_MS};
use lphm_progress::{first_form_by_hash, Answers, EventKind, Stage, Summary, SurveyAnswer};
use lphm_test_support::TestClock;
use uuid::Uuid;

use crate::helpers::{complete_course, new_profile, CURRICULUM};

const T0: i64 = 1_790_000_000_000;

/// A desk on `dir` whose clock stands still until the test moves it.
fn desk_at(dir: &Path, clock: &TestClock) -> Desk {
    Desk::open(dir, Box::new(clock.clone()), 7).expect("open desk")
}

fn learner(desk: &Desk, name: &str, lang: &str) -> Uuid {
    desk.create_profile(new_profile(name, lang)).unwrap().id
}

fn code(e: lphm_desk::ApiError) -> &'static str {
    e.code()
}

/// Answers to the test form on show: the first `right` questions right, the rest wrong.
fn test_answers(desk: &Desk, stage: Stage, right: usize) -> Answers {
    let view = desk.test(CURRICULUM, stage).unwrap();
    let m = desk.store().course(CURRICULUM).unwrap().unwrap();
    let e = desk.store().evaluation(&m).unwrap().unwrap();
    let id = if view.form == "A" { 0 } else { 1 };
    let form = &e.forms[id];
    form.questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let pick: BTreeSet<String> = if i < right {
                q.correct.clone()
            } else {
                let wrong = q
                    .choice_ids()
                    .into_iter()
                    .find(|c| !(q.correct.len() == 1 && q.correct.contains(*c)))
                    .unwrap();
                [wrong.to_string()].into()
            };
            (q.id.clone(), pick)
        })
        .collect()
}

fn summary(desk: &Desk, profile: Uuid) -> Summary {
    Summary::from_events(&desk.store().events(profile).unwrap())
}

fn enroll_by_hand(desk: &Desk, profile: Uuid, learner: Uuid, first_form: Option<u8>) {
    desk.store()
        .put_sync_record(
            profile,
            "enrollment",
            &Enrollment {
                server: "https://lphm.example.org".into(),
                learner,
                name: "Awa".into(),
                authority: "City of Plock".into(),
                token: "t".into(),
                enrolled_ms: T0,
                consent: None,
                first_form,
            },
        )
        .unwrap();
}

fn rating(n: u8) -> SurveyAnswer {
    SurveyAnswer::Rating(n)
}

fn text(t: &str) -> SurveyAnswer {
    SurveyAnswer::Text(t.into())
}

fn choices(c: &[&str]) -> SurveyAnswer {
    SurveyAnswer::Choices(c.iter().map(|c| c.to_string()).collect())
}

/// The reaction survey answered in full, with `improve` and `try_first` as its texts.
fn reaction(improve: &str, try_first: &str) -> SurveyAnswers {
    BTreeMap::from([
        ("relevance".into(), rating(5)),
        ("clarity".into(), rating(4)),
        ("other-cities".into(), rating(3)),
        ("app".into(), rating(5)),
        ("recommend".into(), rating(4)),
        ("most-useful-module".into(), choices(&["human-security"])),
        ("improve".into(), text(improve)),
        ("try-first".into(), text(try_first)),
    ])
}

#[test]
fn each_step_is_offered_closed_or_locked_as_the_course_goes() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new(T0);
    let desk = desk_at(dir.path(), &clock);
    let profile = learner(&desk, "Awa", "en");

    let v = desk.evaluation(CURRICULUM).unwrap();
    let (pre, post) = (v.pre.unwrap(), v.post.unwrap());
    assert_eq!(pre.state, StepState::Offered, "before any lesson");
    assert_eq!(pre.questions, 12);
    assert_eq!(
        post.state,
        StepState::Locked,
        "until the course is complete"
    );
    assert_eq!(v.reaction.unwrap().state, StepState::Locked);
    assert_eq!(v.follow_up.unwrap().state, StepState::Locked);
    assert_eq!(
        code(desk.test(CURRICULUM, Stage::Post).unwrap_err()),
        "test-locked"
    );
    assert_eq!(
        code(desk.survey(CURRICULUM, Which::Reaction).unwrap_err()),
        "survey-locked"
    );
    assert_eq!(
        desk.course(CURRICULUM).unwrap().evaluation,
        Some(desk.evaluation(CURRICULUM).unwrap()),
        "the course page carries the same view"
    );

    assert_eq!(
        desk.course(crate::helpers::STARTER).unwrap().evaluation,
        None,
        "a course without an evaluation shows none"
    );
    assert_eq!(
        code(desk.evaluation(crate::helpers::STARTER).unwrap_err()),
        "evaluation-none"
    );

    // Opening a lesson is not studying it: the pre-test stays offered until one is done.
    let m = desk.store().course(CURRICULUM).unwrap().unwrap();
    let first = m.modules[0].lessons[0].id.clone();
    desk.open_lesson(CURRICULUM, &first).unwrap();
    assert_eq!(
        desk.evaluation(CURRICULUM).unwrap().pre.unwrap().state,
        StepState::Offered
    );
    desk.complete_lesson(CURRICULUM, &first).unwrap();
    assert_eq!(
        desk.evaluation(CURRICULUM).unwrap().pre.unwrap().state,
        StepState::Closed,
        "a lesson done without the pre-test closes it: it would not measure the start"
    );
    let before = desk.store().event_count();
    assert_eq!(
        code(desk.test(CURRICULUM, Stage::Pre).unwrap_err()),
        "test-closed"
    );
    let answers: Answers = BTreeMap::from([("a1".into(), ["x".to_string()].into())]);
    assert_eq!(
        code(
            desk.submit_test(CURRICULUM, Stage::Pre, answers)
                .unwrap_err()
        ),
        "test-closed"
    );
    assert_eq!(desk.store().event_count(), before, "nothing recorded");

    complete_course(&desk, CURRICULUM);
    let v = desk.evaluation(CURRICULUM).unwrap();
    assert_eq!(v.pre.unwrap().state, StepState::Closed);
    let post = v.post.unwrap();
    assert_eq!(post.state, StepState::Offered);
    assert_eq!(post.gain, None, "no pre-test, no gain");
    assert_eq!(v.reaction.unwrap().state, StepState::Offered);
    let follow_up = v.follow_up.unwrap();
    assert_eq!(follow_up.state, StepState::Waiting);
    // Completed when the last lesson was marked or the last quiz first passed.
    let done = desk
        .store()
        .events(profile)
        .unwrap()
        .iter()
        .filter(|e| match &e.kind {
            EventKind::LessonCompleted { .. } => true,
            EventKind::QuizAttempted { passed, .. } => *passed,
            _ => false,
        })
        .map(|e| e.at_ms)
        .max()
        .unwrap();
    assert_eq!(follow_up.due_ms, Some(done + 90 * DAY_MS));
}

#[test]
fn a_learner_never_enrolled_takes_the_form_a_hash_of_the_profile_names() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_at(dir.path(), &TestClock::new(T0));
    let mut seen = BTreeSet::new();
    for i in 0..40 {
        let p = learner(&desk, &format!("Learner {i}"), "en");
        let expected = ["A", "B"][first_form_by_hash(p) as usize];
        let view = desk.test(CURRICULUM, Stage::Pre).unwrap();
        assert_eq!(view.form, expected, "profile {p}");
        seen.insert(view.form);
        if seen.len() == 2 && i >= 3 {
            break;
        }
    }
    assert_eq!(
        seen,
        BTreeSet::from(["A".to_string(), "B".to_string()]),
        "over profiles, both forms are taken first"
    );
}

#[test]
fn the_servers_form_decides_and_the_post_test_is_always_the_other() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_at(dir.path(), &TestClock::new(T0));
    let profile = learner(&desk, "Awa", "en");
    let on_server = Uuid::from_u128(0x5eed);
    let hashed = first_form_by_hash(on_server);

    // Enrolled, and the server said nothing (an enrollment kept before it did): the hash
    // of the learner's id on the server, the same on every laptop.
    let old: serde_json::Value = serde_json::json!({
        "server": "https://lphm.example.org", "learner": on_server, "name": "Awa",
        "authority": "City of Plock", "token": "t", "enrolled_ms": T0
    });
    desk.store()
        .put_sync_record(profile, "enrollment", &old)
        .unwrap();
    assert_eq!(desk.enrollment().unwrap().unwrap().first_form, None);
    assert_eq!(
        desk.test(CURRICULUM, Stage::Pre).unwrap().form,
        ["A", "B"][hashed as usize]
    );

    // The server's choice, kept with the enrollment, wins over the hash.
    let assigned = 1 - hashed;
    enroll_by_hand(&desk, profile, on_server, Some(assigned));
    let pre_form = desk.test(CURRICULUM, Stage::Pre).unwrap().form;
    assert_eq!(pre_form, ["A", "B"][assigned as usize]);
    let outcome = desk
        .submit_test(CURRICULUM, Stage::Pre, test_answers(&desk, Stage::Pre, 6))
        .unwrap();
    assert_eq!(outcome.score.form, pre_form);
    assert_eq!((outcome.score.correct, outcome.score.total), (6, 12));
    assert_eq!(outcome.score.percent, 50);
    assert!(
        outcome.results.is_empty(),
        "the pre-test shows the score only, not which answers were right"
    );

    // The assignment changes after the pre-test (enrolled again elsewhere): the
    // post-test is still the form not yet taken.
    enroll_by_hand(&desk, profile, Uuid::from_u128(0xbeef), Some(1 - assigned));
    complete_course(&desk, CURRICULUM);
    let post = desk.test(CURRICULUM, Stage::Post).unwrap();
    assert_ne!(post.form, pre_form, "never the same form twice");
    let outcome = desk
        .submit_test(
            CURRICULUM,
            Stage::Post,
            test_answers(&desk, Stage::Post, 11),
        )
        .unwrap();
    assert_eq!(outcome.score.form, post.form);
    assert_eq!(outcome.score.percent, 91);
    assert_eq!(outcome.pre.as_ref().map(|p| p.percent), Some(50));
    assert_eq!(outcome.gain, Some(41), "points gained over the pre-test");
    assert_eq!(outcome.results.len(), 12, "the post-test shows each answer");
    assert_eq!(outcome.results.iter().filter(|r| r.correct).count(), 11);
    assert!(
        outcome.results.iter().all(|r| !r.expected.is_empty()),
        "and the right answers"
    );
    let v = desk.evaluation(CURRICULUM).unwrap();
    let post = v.post.unwrap();
    assert_eq!(post.state, StepState::Taken);
    assert_eq!(post.gain, Some(41));
    assert_eq!(v.pre.unwrap().score.unwrap().form, pre_form);
    let s = summary(&desk, profile);
    assert_ne!(
        s.test(CURRICULUM, Stage::Pre).unwrap().form,
        s.test(CURRICULUM, Stage::Post).unwrap().form
    );
}

#[test]
fn a_test_is_recorded_once_and_unanswered_questions_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_at(dir.path(), &TestClock::new(T0));
    let profile = learner(&desk, "Awa", "fr");
    let view = desk.test(CURRICULUM, Stage::Pre).unwrap();
    assert_eq!(view.questions.len(), 12);
    let json = serde_json::to_string(&view).unwrap();
    assert!(!json.contains("correct") && !json.contains("explanation"));
    let m = desk.store().course(CURRICULUM).unwrap().unwrap();
    let e = desk.store().evaluation(&m).unwrap().unwrap();
    let form = &e.forms[if view.form == "A" { 0 } else { 1 }];
    assert_eq!(
        view.questions[0].prompt, form.questions[0].prompt.0["fr"],
        "in the learner's language"
    );

    let before = desk.store().event_count();
    let mut partial = test_answers(&desk, Stage::Pre, 12);
    let dropped: Vec<String> = partial.keys().take(3).cloned().collect();
    for q in &dropped {
        partial.remove(q);
    }
    let err = desk
        .submit_test(CURRICULUM, Stage::Pre, partial)
        .unwrap_err();
    assert_eq!(err.code(), "test-unanswered");
    assert_eq!(err.args()["count"], 3);
    assert_eq!(err.context.questions, dropped);
    assert_eq!(desk.store().event_count(), before, "nothing recorded");

    let answers = test_answers(&desk, Stage::Pre, 12);
    desk.submit_test(CURRICULUM, Stage::Pre, answers.clone())
        .unwrap();
    assert_eq!(
        desk.store().event_count(),
        before + 1,
        "one TestTaken event"
    );
    let err = desk
        .submit_test(CURRICULUM, Stage::Pre, answers)
        .unwrap_err();
    assert_eq!(err.code(), "test-already-taken");
    assert_eq!(
        code(desk.test(CURRICULUM, Stage::Pre).unwrap_err()),
        "test-already-taken"
    );
    assert_eq!(desk.store().event_count(), before + 1, "still one");

    // Durable: a desk opened again finds it.
    drop(desk);
    let desk = desk_at(dir.path(), &TestClock::new(T0));
    let pre = desk.evaluation(CURRICULUM).unwrap().pre.unwrap();
    assert_eq!(pre.state, StepState::Taken);
    assert_eq!(pre.score.unwrap().percent, 100);
    assert_eq!(summary(&desk, profile).tests.len(), 1);
}

#[test]
fn free_text_in_four_languages_is_kept_intact_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::new(T0);
    let texts = [
        (
            "en",
            "More cases from small towns.\nAnd a printable summary 😊",
            "Map who our city's \"newcomers\" are — with the statistics office.",
        ),
        (
            "fr",
            "Davantage d’exemples\u{a0}: Diourbel, Thiès…\nEt «\u{a0}moins de jargon\u{a0}»\u{a0}!",
            "Réunir les services à l’hôtel de ville ; être plus précis 🙏",
        ),
        (
            "pl",
            "Więcej przykładów z małych gmin: ąęłńóśźż ĄĘŁŃÓŚŹŻ.\nDziękuję!",
            "Spotkanie z urzędem pracy — źródła danych, żółć gęślą jaźń.",
        ),
        (
            "zu",
            "Izibonelo eziningi ezivela emadolobheni amancane.\nNgiyabonga kakhulu 🌍",
            "Ngizoqala ngokuhlangana nomphakathi wesigodi sakithi.",
        ),
    ];
    let mut profiles = Vec::new();
    {
        let desk = desk_at(dir.path(), &clock);
        for (lang, improve, try_first) in texts {
            let p = learner(&desk, &format!("Learner {lang}"), lang);
            complete_course(&desk, CURRICULUM);
            let survey = desk.survey(CURRICULUM, Which::Reaction).unwrap();
            assert_eq!(survey.max_chars, 4_000);
            assert_eq!(survey.questions.len(), 8);
            let m = desk.store().course(CURRICULUM).unwrap().unwrap();
            let e = desk.store().evaluation(&m).unwrap().unwrap();
            assert_eq!(survey.title, e.reaction().unwrap().title.0[lang]);
            desk.submit_survey(CURRICULUM, Which::Reaction, reaction(improve, try_first))
                .unwrap();
            assert_eq!(
                code(
                    desk.submit_survey(CURRICULUM, Which::Reaction, reaction("x", "y"))
                        .unwrap_err()
                ),
                "survey-already-answered"
            );
            assert_eq!(
                desk.evaluation(CURRICULUM).unwrap().reaction.unwrap().state,
                StepState::Answered
            );
            profiles.push((p, improve, try_first));
        }
    }
    let desk = desk_at(dir.path(), &clock);
    for (p, improve, try_first) in profiles {
        let s = summary(&desk, p);
        let answers = &s.survey(CURRICULUM, "reaction").unwrap().answers;
        assert_eq!(answers["improve"], text(improve), "read back byte for byte");
        assert_eq!(answers["try-first"], text(try_first));
        assert_eq!(answers["relevance"], rating(5));
        assert_eq!(answers.len(), 8);
    }
}

#[test]
fn unanswered_required_questions_and_answers_that_do_not_fit_record_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk_at(dir.path(), &TestClock::new(T0));
    let profile = learner(&desk, "Awa", "pl");
    complete_course(&desk, CURRICULUM);
    let before = desk.store().event_count();

    // Only the optional texts (one of them blank: dropped as no answer).
    let only_texts: SurveyAnswers = BTreeMap::from([
        ("improve".into(), text("Więcej ćwiczeń")),
        ("try-first".into(), text("   ")),
    ]);
    let err = desk
        .submit_survey(CURRICULUM, Which::Reaction, only_texts)
        .unwrap_err();
    assert_eq!(err.code(), "survey-unanswered");
    assert_eq!(err.args()["count"], 6);
    assert_eq!(
        err.context.questions,
        [
            "relevance",
            "clarity",
            "other-cities",
            "app",
            "recommend",
            "most-useful-module"
        ]
    );

    let mut off_scale = reaction("a", "b");
    off_scale.insert("clarity".into(), rating(6));
    let err = desk
        .submit_survey(CURRICULUM, Which::Reaction, off_scale)
        .unwrap_err();
    assert_eq!(err.code(), "survey-invalid-answer");
    assert_eq!(err.context.questions, ["clarity"]);

    let mut too_long = reaction("a", "b");
    too_long.insert("improve".into(), text(&"ż".repeat(4_001)));
    assert_eq!(
        code(
            desk.submit_survey(CURRICULUM, Which::Reaction, too_long)
                .unwrap_err()
        ),
        "survey-invalid-answer"
    );
    assert_eq!(desk.store().event_count(), before, "nothing recorded");
    assert!(summary(&desk, profile).surveys.is_empty());

    // The optional texts may be left out.
    let mut required_only = reaction("", "");
    required_only.remove("improve");
    desk.submit_survey(CURRICULUM, Which::Reaction, required_only)
        .unwrap();
    let s = summary(&desk, profile);
    let kept = &s.survey(CURRICULUM, "reaction").unwrap().answers;
    assert!(!kept.contains_key("improve") && !kept.contains_key("try-first"));
    assert_eq!(desk.store().event_count(), before + 1);
}

#[test]
fn the_follow_up_is_due_exactly_ninety_days_after_completion() {
    let dir = tempfile::tempdir().unwrap();
    let clock = TestClock::frozen(T0);
    let desk = desk_at(dir.path(), &clock);
    learner(&desk, "Awa", "zu");
    assert!(desk.follow_ups_due().unwrap().is_empty());
    complete_course(&desk, CURRICULUM);
    let due_at = T0 + 90 * DAY_MS;
    let follow_up = desk.evaluation(CURRICULUM).unwrap().follow_up.unwrap();
    assert_eq!(follow_up.due_ms, Some(due_at));

    clock.set(due_at - 1);
    assert!(
        desk.follow_ups_due().unwrap().is_empty(),
        "not a moment early"
    );
    assert_eq!(
        desk.evaluation(CURRICULUM)
            .unwrap()
            .follow_up
            .unwrap()
            .state,
        StepState::Waiting
    );
    assert_eq!(
        code(desk.survey(CURRICULUM, Which::FollowUp).unwrap_err()),
        "survey-locked"
    );
    let answers: SurveyAnswers = BTreeMap::from([
        ("applied".into(), choices(&["yes-several"])),
        ("obstacles".into(), choices(&["time"])),
        ("change".into(), rating(4)),
    ]);
    let before = desk.store().event_count();
    assert_eq!(
        code(
            desk.submit_survey(CURRICULUM, Which::FollowUp, answers.clone())
                .unwrap_err()
        ),
        "survey-locked"
    );
    assert_eq!(desk.store().event_count(), before);

    clock.set(due_at);
    let due = desk.follow_ups_due().unwrap();
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].course, CURRICULUM);
    assert_eq!(due[0].due_ms, due_at);
    assert!(!due[0].course_title.is_empty());
    assert_eq!(
        desk.evaluation(CURRICULUM)
            .unwrap()
            .follow_up
            .unwrap()
            .state,
        StepState::Offered
    );
    let survey = desk.survey(CURRICULUM, Which::FollowUp).unwrap();
    let m = desk.store().course(CURRICULUM).unwrap().unwrap();
    let e = desk.store().evaluation(&m).unwrap().unwrap();
    let (s, _) = e.follow_up().unwrap();
    let obstacles = s.questions.iter().find(|q| q.id == "obstacles").unwrap();
    let first_obstacle = obstacles.choices[0].id.clone();
    assert_eq!(survey.title, s.title.0["zu"]);
    let mut answers = answers;
    answers.insert("obstacles".into(), choices(&[&first_obstacle]));
    answers.insert(
        "how".into(),
        text("Ngahlela umhlangano nezakhamuzi.\nKwasiza kakhulu 👍"),
    );
    desk.submit_survey(CURRICULUM, Which::FollowUp, answers)
        .unwrap();
    assert!(
        desk.follow_ups_due().unwrap().is_empty(),
        "answered: not asked again"
    );
    assert_eq!(
        desk.evaluation(CURRICULUM)
            .unwrap()
            .follow_up
            .unwrap()
            .state,
        StepState::Answered
    );
}
